// Shared setup for the local Kubernetes server tests: a server, real clients, an SSM endpoint.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { KubeConfig } from '@kubernetes/client-node';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';

import { startKubeServer, type KubeServer, type KubeServerOptions } from '../../local-servers/kube/server.ts';

export const kubeConfigFor = (server: KubeServer, tls = true): KubeConfig => {
  const kc = new KubeConfig();
  kc.loadFromString(server.kubeconfig({ tls }));
  return kc;
};

export const startTestServer = (options: KubeServerOptions = {}): Promise<KubeServer> => startKubeServer({ workloads: { msPerReplica: 40 }, ...options });

export const waitFor = async <T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 5000, what = 'condition'): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Raw request to the server with the bearer token (for things the typed client hides). */
export const rawRequest = async (
  server: KubeServer,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; token?: string | null } = {},
): Promise<{ status: number; headers: Headers; json: unknown; text: string }> => {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  const token = init.token === undefined ? server.token : init.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
};

export interface SsmEndpoint {
  url: string;
  put(name: string, value: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * The project's local SSM server when it is present, else a minimal AWS JSON 1.1 stub
 * (PutParameter, GetParameter with "name:version" selectors).
 */
export const startSsmEndpoint = async (): Promise<SsmEndpoint> => {
  const projectServer = fileURLToPath(new URL('../../local-servers/ssm/server.ts', import.meta.url));
  let url: string;
  let close: () => Promise<void>;
  if (existsSync(projectServer)) {
    const module = (await import('../../local-servers/ssm/server.ts')) as {
      startSsmServer: () => Promise<{ url: string; close(): Promise<void> }>;
    };
    const ssm = await module.startSsmServer();
    url = ssm.url;
    close = () => ssm.close();
  } else {
    const stub = await startSsmStub();
    url = stub.url;
    close = () => stub.close();
  }
  const client = new SSMClient({ region: 'us-east-1', endpoint: url, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
  return {
    url,
    put: async (name, value) => {
      const output = await client.send(new PutParameterCommand({ Name: name, Value: value, Type: 'SecureString', Overwrite: true }));
      return output.Version ?? 0;
    },
    close: async () => {
      client.destroy();
      await close();
    },
  };
};

const startSsmStub = async (): Promise<{ url: string; close(): Promise<void> }> => {
  const parameters = new Map<string, string[]>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { Name?: string; Value?: string };
      const target = String(req.headers['x-amz-target'] ?? '');
      const send = (status: number, payload: unknown): void => {
        res.writeHead(status, { 'Content-Type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify(payload));
      };
      if (target === 'AmazonSSM.PutParameter') {
        const versions = parameters.get(body.Name ?? '') ?? [];
        versions.push(body.Value ?? '');
        parameters.set(body.Name ?? '', versions);
        send(200, { Version: versions.length, Tier: 'Standard' });
      } else if (target === 'AmazonSSM.GetParameter') {
        const [name = '', selector] = (body.Name ?? '').split(':');
        const versions = parameters.get(name);
        const index = selector ? Number(selector) - 1 : (versions?.length ?? 0) - 1;
        const value = versions?.[index];
        if (value === undefined) send(400, { __type: 'ParameterNotFound', message: '' });
        else send(200, { Parameter: { Name: name, Value: value, Version: index + 1, Type: 'SecureString' } });
      } else {
        send(400, { __type: 'InvalidAction', message: target });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
};
