import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A scripted stand-in for an API server, for edge cases of one request at a time. */
export interface StubApi {
  readonly url: string;
  /** TCP connections accepted so far. */
  connections(): number;
  /** Requests seen, as `METHOD path?query`. */
  readonly requests: string[];
  kubeconfig(token?: string): string;
  close(): Promise<void>;
}

export type StubHandler = (request: IncomingMessage, response: ServerResponse, body: string) => void;

export async function startStubApi(handler: StubHandler): Promise<StubApi> {
  let connections = 0;
  const requests: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      requests.push(`${request.method ?? ''} ${request.url ?? ''}`);
      handler(request, response, body);
    });
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    connections: () => connections,
    requests,
    kubeconfig: (token = 'stub-token') =>
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        '- name: stub',
        '  cluster:',
        `    server: ${url}`,
        'users:',
        '- name: stub-user',
        '  user:',
        `    token: ${token}`,
        'contexts:',
        '- name: stub',
        '  context:',
        '    cluster: stub',
        '    user: stub-user',
        'current-context: stub',
        '',
      ].join('\n'),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

export const sendJson = (response: ServerResponse, code: number, value: unknown): void => {
  response.writeHead(code, { 'content-type': 'application/json' });
  response.end(JSON.stringify(value));
};

export const statusBody = (code: number, reason: string, message: string, details?: object): object => ({
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message,
  reason,
  code,
  ...(details ? { details } : {}),
});

/** Starts a chunked watch response and returns a function that sends one event line. */
export function openWatch(response: ServerResponse): (type: string, object: unknown) => void {
  response.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
  return (type, object) => response.write(`${JSON.stringify({ type, object })}\n`);
}
