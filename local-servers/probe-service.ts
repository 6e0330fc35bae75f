import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small service for the test step (AWS Secrets Manager's testSecret): it
 * accepts the credential its instances were started with, as a real service
 * that reads its Secret at start does, so a rollout changes what it accepts.
 * Who answers a request, and what it holds, comes from a follower: the local
 * cluster's pods (followPods), a Secret or SSM read on every request, or the
 * e2e world's real cluster. It keeps credentials as fingerprints only.
 *
 * Faults: `reject` (401 to everything), `rejectPrefix` (401 to a credential
 * of that form, whoever holds it), `warmupMs` (an instance answers 503
 * until it has been up that long: slow to accept after a rollout),
 * `redirect` (302 to another local host, which records whether the
 * Authorization header reached it), and `echo` with any of them (the body,
 * and the reason phrase of a refusal, quote the header it received).
 */

export const fingerprintOf = (value: string): string => `sha256:${createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 16)}`;

/** One instance able to answer: the fingerprint of the credential it holds and when it became ready (ms since the epoch). */
export interface Instance {
  readonly name: string;
  readonly fingerprint: string | undefined;
  readonly readySince: number;
}

/** The instances that can take a request now (none: the service answers 503). */
export type Follower = () => readonly Instance[] | Promise<readonly Instance[]>;

export interface ProbeFault {
  readonly mode: 'normal' | 'reject' | 'redirect';
  /** The body, and the reason phrase of a refusal, quote the Authorization header received. */
  readonly echo: boolean;
  readonly warmupMs: number;
  /** Refuses credentials that start with this (a service that cannot take a new value's format); '' refuses none. */
  readonly rejectPrefix: string;
}

export interface ProbeRequest {
  readonly at: number;
  readonly method: string;
  readonly path: string;
  /** The fingerprint of the credential presented, or undefined when none came. */
  readonly presented: string | undefined;
  readonly status: number;
  readonly instance: string | undefined;
}

export interface ElsewhereRequest {
  readonly path: string;
  readonly authorization: boolean;
  readonly headers: readonly string[];
}

export interface ProbeService {
  readonly url: string;
  /** The other host a redirect points at. */
  readonly elsewhere: { readonly url: string; readonly requests: ElsewhereRequest[] };
  readonly requests: ProbeRequest[];
  configure(fault: Partial<ProbeFault>): void;
  follow(follower: Follower): void;
  reset(): void;
  close(): Promise<void>;
}

const NORMAL: ProbeFault = { mode: 'normal', echo: false, warmupMs: 0, rejectPrefix: '' };

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The credential of `Authorization: Bearer <credential>`. */
function credentialOf(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer (.+)$/.exec(header);
  return match?.[1];
}

export async function startProbeService(options: { follower?: Follower; now?: () => number } = {}): Promise<ProbeService> {
  const now = options.now ?? (() => Date.now());
  let follower: Follower = options.follower ?? (() => []);
  let fault: ProbeFault = NORMAL;
  let turn = 0;
  const requests: ProbeRequest[] = [];
  const elsewhereRequests: ElsewhereRequest[] = [];

  const elsewhereServer = createServer((request, response) => {
    elsewhereRequests.push({
      path: request.url ?? '',
      authorization: request.headers.authorization !== undefined,
      headers: Object.keys(request.headers),
    });
    response.writeHead(200, { 'content-type': 'text/plain' }).end('elsewhere');
  });
  const elsewhereUrl = await listen(elsewhereServer);

  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const credential = credentialOf(request);
    const presented = credential === undefined ? undefined : fingerprintOf(credential);
    const record = (status: number, instance?: string): void => {
      requests.push({ at: now(), method: request.method ?? '', path: request.url ?? '', presented, status, instance });
    };
    const echo = fault.echo ? `you sent Authorization: ${request.headers.authorization ?? '(nothing)'}` : '';
    if (fault.mode === 'redirect') {
      record(302);
      response.writeHead(302, { location: `${elsewhereUrl}/login` }).end();
      return;
    }
    const ready = await follower();
    if (ready.length === 0) {
      record(503);
      response.writeHead(503, 'No Ready Instance', { 'content-type': 'text/plain' }).end(echo || 'no instance ready');
      return;
    }
    // A load balancer: each request goes to the next ready instance.
    const instance = ready[turn++ % ready.length] as Instance;
    let status: number;
    if (now() - instance.readySince < fault.warmupMs) status = 503;
    else if (fault.mode === 'reject' || (fault.rejectPrefix !== '' && credential?.startsWith(fault.rejectPrefix))) status = 401;
    else status = presented !== undefined && presented === instance.fingerprint ? 200 : 401;
    record(status, instance.name);
    // An echoing service quotes the credential in its reason phrase too, where a client might print it.
    const reason = status === 200 ? 'OK' : echo && /^[\x20-\x7e]*$/.test(echo) ? echo : status === 503 ? 'Warming Up' : 'Unauthorized';
    response.writeHead(status, reason, { 'content-type': 'text/plain' }).end(echo || (status === 200 ? 'ok' : 'no'));
  };
  const server = createServer((request, response) => {
    answer(request, response).catch(() => response.writeHead(500).end('follower failed'));
  });
  const url = await listen(server);

  return {
    url,
    elsewhere: { url: elsewhereUrl, requests: elsewhereRequests },
    requests,
    configure(change) {
      fault = { ...fault, ...change };
    },
    follow(next) {
      follower = next;
    },
    reset() {
      fault = NORMAL;
      requests.length = 0;
      elsewhereRequests.length = 0;
    },
    async close() {
      server.closeAllConnections();
      elsewhereServer.closeAllConnections();
      await Promise.all([new Promise((resolve) => server.close(resolve)), new Promise((resolve) => elsewhereServer.close(resolve))]);
    },
  };
}
