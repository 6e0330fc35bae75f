/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return --
   This suite reads the control API's JSON answers as `any` and pins their shape with toEqual. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { GetParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { startSsmServer } from '../../local-servers/ssm/server.ts';
import type { SsmServer } from '../../local-servers/ssm/server.ts';
import { rejectionOf, ssmClientFor } from './sdk-client.ts';
import { present } from '../../local-servers/present.ts';

let server: SsmServer;
let ssm: SSMClient;

beforeAll(async () => {
  server = await startSsmServer({ kmsKeys: ['alias/deploy'] });
  ssm = ssmClientFor(server);
});

afterAll(async () => {
  ssm.destroy();
  await server.close();
});

beforeEach(() => {
  server.reset();
});

async function control(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, any> }> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json' };
  }
  const response = await fetch(`${server.url}${path}`, init);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('control API', () => {
  test('seeds a parameter and shows the whole state, values included', async () => {
    const seeded = await control('POST', '/_local/parameters', {
      Name: '/app/token',
      Value: 'seeded',
      Type: 'SecureString',
      KeyId: 'alias/deploy',
      Labels: ['current'],
      Tags: { team: 'platform' },
    });
    expect(seeded).toEqual({ status: 201, body: { Version: 1, Tier: 'Standard' } });
    await ssm.send(new PutParameterCommand({ Name: '/app/token', Value: 'second', Overwrite: true }));

    const state = await control('GET', '/_local/state');
    expect(state.status).toBe(200);
    expect(state.body.region).toBe('us-east-1');
    expect(state.body.iam).toEqual({ allowed: null });
    expect(state.body.parameters).toEqual([
      {
        name: '/app/token',
        arn: 'arn:aws:ssm:us-east-1:123456789012:parameter/app/token',
        tags: { team: 'platform' },
        versions: [
          expect.objectContaining({
            version: 1,
            value: 'seeded',
            type: 'SecureString',
            keyId: 'alias/deploy',
            labels: ['current'],
            lastModifiedUser: 'arn:aws:iam::123456789012:user/local-seed',
          }),
          expect.objectContaining({
            version: 2,
            value: 'second',
            keyId: 'alias/aws/ssm',
            labels: [],
            lastModifiedUser: 'arn:aws:iam::123456789012:user/AKIDLOCAL',
          }),
        ],
      },
    ]);
    expect(new Date(state.body.parameters[0].versions[1].lastModifiedDate).getTime()).toBeGreaterThan(0);

    const invalid = await control('POST', '/_local/parameters', { Name: 'bad/name', Value: 'v', Type: 'String' });
    expect(invalid).toEqual({ status: 400, body: { error: 'Parameter name must be a fully qualified name.', type: 'ValidationException' } });
  });

  test('adds, lists and clears faults', async () => {
    const added = await control('POST', '/_local/faults', { operation: 'PutParameter', kind: 'ThrottlingException', count: 1 });
    expect(added.status).toBe(201);
    expect(added.body.faults[0]).toMatchObject({ operation: 'PutParameter', kind: 'ThrottlingException', remaining: 1, injected: 0 });

    const error = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/x', Value: 'v', Type: 'String' })));
    expect(error.name).toBe('ThrottlingException');
    const listed = await control('GET', '/_local/faults');
    expect(listed.body.injected).toBe(1);
    expect(listed.body.faults[0]).toMatchObject({ remaining: 0, injected: 1 });

    const several = await control('POST', '/_local/faults', [
      { kind: 'delay', delayMs: 5 },
      { operation: 'GetParameter', kind: 'lost-response', probability: 0.5 },
    ]);
    expect(several.body.faults).toHaveLength(2);
    const removed = await control('DELETE', `/_local/faults?id=${several.body.faults[0].id}`);
    expect(removed.body.faults).toHaveLength(2);
    expect((await control('DELETE', '/_local/faults')).body).toEqual({ faults: [] });

    const bad = await control('POST', '/_local/faults', { kind: 'Meltdown' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/fault kind must be one of/);
  });

  test('sets and clears the IAM allow-list', async () => {
    expect((await control('POST', '/_local/iam', { allow: ['ssm:GetParameter'] })).body).toEqual({ allowed: ['ssm:GetParameter'] });
    const denied = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/x', Value: 'v', Type: 'String' })));
    expect(denied.name).toBe('AccessDeniedException');
    expect((await control('GET', '/_local/iam')).body).toEqual({ allowed: ['ssm:GetParameter'] });
    expect((await control('POST', '/_local/iam', { allow: null })).body).toEqual({ allowed: null });
    await ssm.send(new PutParameterCommand({ Name: '/x', Value: 'v', Type: 'String' }));
    expect((await control('POST', '/_local/iam', { allow: 'everything' })).status).toBe(400);
    expect((await control('POST', '/_local/iam', { allow: ['ssm:GetParameter'], accessKeyId: 'AKIDLOCAL' })).body).toEqual({
      accessKeyId: 'AKIDLOCAL',
      allowed: ['ssm:GetParameter'],
    });
    expect((await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/y', Value: 'v', Type: 'String' })))).name).toBe('AccessDeniedException');
    expect((await control('POST', '/_local/iam', { allow: null, accessKeyId: 'AKIDLOCAL' })).body).toEqual({ accessKeyId: 'AKIDLOCAL', allowed: null });
    expect((await control('POST', '/_local/iam', { allow: null, accessKeyId: 7 })).status).toBe(400);
  });

  test('reports requests with counts by operation, and clears them', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/x', Value: 'v', Type: 'String' }));
    await ssm.send(new GetParameterCommand({ Name: '/x' }));
    await rejectionOf(ssm.send(new GetParameterCommand({ Name: '/missing' })));
    const log = await control('GET', '/_local/requests');
    expect(log.body.total).toBe(3);
    expect(log.body.counts).toEqual({ PutParameter: 1, GetParameter: 2 });
    expect(log.body.requests.map((r: any) => [r.operation, r.parameterName, r.status, r.error ?? null])).toEqual([
      ['PutParameter', '/x', 200, null],
      ['GetParameter', '/x', 200, null],
      ['GetParameter', '/missing', 400, 'ParameterNotFound'],
    ]);
    expect((await control('DELETE', '/_local/requests')).body).toEqual({ total: 0 });
    expect(server.requests.count()).toBe(0);
  });

  test('reset forgets parameters, requests, faults and the allow-list', async () => {
    server.store.seed({ Name: '/x', Value: 'v', Type: 'String' });
    server.faults.add({ kind: 'ThrottlingException', probability: 0.1 });
    server.iam.allowOnly(['ssm:GetParameter']);
    expect((await control('POST', '/_local/reset')).body).toEqual({ reset: true });
    const state = await control('GET', '/_local/state');
    expect(state.body).toMatchObject({ parameters: [], faults: [], iam: { allowed: null } });
  });

  test('unknown routes and bad JSON are plain JSON errors', async () => {
    expect((await control('GET', '/_local/nope')).status).toBe(404);
    const badJson = await control('POST', '/_local/faults', '{"kind":');
    expect(badJson).toEqual({ status: 400, body: { error: 'request body is not valid JSON' } });
  });
});

describe('command line', () => {
  test('prints its URL, serves the SDK, and stops cleanly on SIGTERM', async () => {
    const mainPath = fileURLToPath(new URL('../../local-servers/ssm/main.ts', import.meta.url));
    const child = spawn(process.execPath, [mainPath, '--port', '0', '--kms-key', 'alias/cli-key'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('\n')) resolve(present(output.split('\n')[0]));
        });
        child.once('exit', (code) => {
          reject(new Error(`exited with ${code} before printing its URL`));
        });
      });
      const match = /^local SSM listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(firstLine);
      expect(match).not.toBeNull();
      const url = present(present(match)[1]);
      expect(Number(match?.[2])).toBeGreaterThan(0);

      const client = ssmClientFor({ url } as SsmServer);
      const put = await client.send(new PutParameterCommand({ Name: '/cli/x', Value: 'v', Type: 'SecureString', KeyId: 'alias/cli-key' }));
      client.destroy();
      expect(put.Version).toBe(1);
      const state = (await (await fetch(`${url}/_local/state`)).json()) as { parameters: { name: string }[] };
      expect(state.parameters.map((p) => p.name)).toEqual(['/cli/x']);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  test('refuses a bad option with usage', async () => {
    const mainPath = fileURLToPath(new URL('../../local-servers/ssm/main.ts', import.meta.url));
    const child = spawn(process.execPath, [mainPath, '--port', 'many'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr).toContain('--port must be an integer from 0 to 65535');
    expect(stderr).toContain('usage: node local-servers/ssm/main.ts');
  });
});
