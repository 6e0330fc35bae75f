import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultPlan } from './faults.ts';
import type { FaultRule, FaultSpec } from './faults.ts';
import { IamPolicy, accessDenied, accessKeyIdFromAuthorization } from './iam.ts';
import { DEFAULT_SSM_KEY_ALIAS, KmsKeyRing } from './kms.ts';
import { RateLimiter } from './rate-limits.ts';
import type { RateLimits } from './rate-limits.ts';
import { RequestLog } from './request-log.ts';
import { SsmError, serializationError } from './ssm-error.ts';
import { ParameterStore } from './store.ts';
import type { CallContext, Caller, SeedParameterInput } from './store.ts';

/**
 * A local SSM endpoint speaking AWS JSON 1.1 the way the real one does
 * (`POST /`, `X-Amz-Target: AmazonSSM.<Operation>`, JSON bodies, errors as
 * `{"__type", "message"}` with x-amzn-ErrorType), so the AWS SDK and the AWS
 * CLI work against it unchanged. Under `/_local/` it also serves a JSON
 * control API for other processes: state, request log, faults, IAM, reset.
 */

export interface SsmServerOptions {
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  region?: string;
  accountId?: string;
  /** KMS keys SecureStrings may use besides alias/aws/ssm: key ids, key ARNs, alias names or alias ARNs. */
  kmsKeys?: string[];
  /** Access key id → principal ARN reported as LastModifiedUser and in denials. */
  users?: Record<string, string>;
  /** Enforce request-rate quotas as token buckets (rate-limits.ts); none by default. */
  rateLimits?: RateLimits;
}

export interface SsmServer {
  /** Base URL, e.g. http://127.0.0.1:4583 — use it as the SDK `endpoint` or `--endpoint-url`. */
  url: string;
  port: number;
  region: string;
  accountId: string;
  store: ParameterStore;
  requests: RequestLog;
  faults: FaultPlan;
  /** The rate limiter, when `rateLimits` was given. */
  limiter: RateLimiter | undefined;
  iam: IamPolicy;
  kms: KmsKeyRing;
  /** Forgets parameters, requests, faults and the IAM allow-list. */
  reset(): void;
  close(): Promise<void>;
}

type Operation = (store: ParameterStore, body: unknown, context: CallContext) => Record<string, unknown>;

const OPERATIONS: Record<string, Operation> = {
  PutParameter: (store, body, context) => store.putParameter(body, context),
  GetParameter: (store, body, context) => store.getParameter(body, context),
  GetParameters: (store, body, context) => store.getParameters(body, context),
  GetParameterHistory: (store, body, context) => store.getParameterHistory(body, context),
  GetParametersByPath: (store, body, context) => store.getParametersByPath(body, context),
  DescribeParameters: (store, body, context) => store.describeParameters(body, context),
  LabelParameterVersion: (store, body, context) => store.labelParameterVersion(body, context),
  UnlabelParameterVersion: (store, body, context) => store.unlabelParameterVersion(body, context),
  DeleteParameter: (store, body, context) => store.deleteParameter(body, context),
  DeleteParameters: (store, body, context) => store.deleteParameters(body, context),
  AddTagsToResource: (store, body, context) => store.addTagsToResource(body, context),
  ListTagsForResource: (store, body, context) => store.listTagsForResource(body, context),
  RemoveTagsFromResource: (store, body, context) => store.removeTagsFromResource(body, context),
};

/** The operations this server implements, by their SSM names. */
export const SUPPORTED_OPERATIONS = Object.keys(OPERATIONS);

const TARGET_PREFIX = 'AmazonSSM.';
const MAX_BODY_BYTES = 1024 * 1024;

class ControlError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    request.on('error', reject);
  });
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** The parameter a request is about, for the request log and fault matching. */
function parameterNameOf(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const fields = body as Record<string, unknown>;
  for (const candidate of [fields.Name, fields.ResourceId, fields.Path, (fields.Names as unknown[] | undefined)?.[0]]) {
    if (typeof candidate === 'string') {
      const trimmed = candidate.trim();
      const colon = trimmed.indexOf(':');
      return colon < 0 ? trimmed : trimmed.slice(0, colon);
    }
  }
  return undefined;
}

function unknownOperation(): SsmError {
  return new SsmError('UnknownOperationException', '', { origin: 'coral-service' });
}

/** The error a fault rule answers with, shaped like the real one. */
function faultError(rule: FaultRule, caller: Caller, operation: string, body: unknown, store: ParameterStore): SsmError {
  switch (rule.kind) {
    case 'ThrottlingException':
      return new SsmError('ThrottlingException', rule.message ?? 'Rate exceeded', { origin: 'coral-availability' });
    case 'TooManyUpdates':
      return new SsmError('TooManyUpdates', rule.message ?? 'There are concurrent updates for a resource that supports one update at a time.', {
        messageKey: 'Message',
      });
    case 'InternalServerError':
      return new SsmError('InternalServerError', rule.message ?? 'An error occurred on the server side.', { status: 500, messageKey: 'Message' });
    case 'ServiceUnavailable':
      return new SsmError('ServiceUnavailable', rule.message ?? 'Service Unavailable', { status: 503, origin: 'coral-availability' });
    case 'AccessDeniedException': {
      if (rule.message !== undefined) return new SsmError('AccessDeniedException', rule.message, { messageKey: 'Message' });
      const name = parameterNameOf(body);
      return accessDenied(caller, `ssm:${operation}`, name === undefined ? store.wildcardArn : store.parameterArn(name));
    }
    case 'InvalidKeyId': {
      if (rule.message !== undefined) return new SsmError('InvalidKeyId', rule.message);
      const requested = (body as Record<string, unknown> | null)?.KeyId;
      return store.kms.notFound(typeof requested === 'string' ? requested : DEFAULT_SSM_KEY_ALIAS);
    }
    default:
      throw new Error(`fault kind ${rule.kind} has no error answer`);
  }
}

export async function startSsmServer(options: SsmServerOptions = {}): Promise<SsmServer> {
  const region = options.region ?? 'us-east-1';
  const accountId = options.accountId ?? '123456789012';
  const kms = new KmsKeyRing(region, accountId, options.kmsKeys ?? []);
  const store = new ParameterStore({ region, accountId, kms });
  const requests = new RequestLog();
  const faults = new FaultPlan();
  const iam = new IamPolicy(accountId, options.users ?? {});
  const limiter = options.rateLimits ? new RateLimiter(options.rateLimits) : undefined;

  const reset = (): void => {
    store.clear();
    requests.clear();
    faults.clear();
    iam.reset();
  };

  function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const payload = JSON.stringify(body);
    response.writeHead(status, {
      'Content-Type': 'application/x-amz-json-1.1',
      'Content-Length': Buffer.byteLength(payload),
      ...headers,
    });
    response.end(payload);
  }

  async function handleSsm(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const requestId = randomUUID();
    const raw = await readBody(request);
    const target = request.headers['x-amz-target'];
    const operation = typeof target === 'string' && target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
    const accessKeyId = accessKeyIdFromAuthorization(request.headers.authorization);
    let body: unknown;
    let parameterName: string | undefined;
    const fired: string[] = [];

    const record = (status: number, error?: string): void => {
      const entry: Parameters<RequestLog['add']>[0] = {
        time: new Date(),
        operation: operation || String(target ?? ''),
        status,
        faults: fired,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      };
      if (parameterName !== undefined) entry.parameterName = parameterName;
      if (accessKeyId !== undefined) entry.accessKeyId = accessKeyId;
      if (error !== undefined) entry.error = error;
      requests.add(entry);
    };

    const fail = (error: SsmError): void => {
      record(error.status, error.type);
      const errorBody = error.type === 'UnknownOperationException' ? { __type: error.wireType } : error.toBody();
      sendJson(response, error.status, errorBody, { 'x-amzn-RequestId': requestId, 'x-amzn-ErrorType': error.errorTypeHeader });
    };

    try {
      const handler = Object.hasOwn(OPERATIONS, operation) ? OPERATIONS[operation] : undefined;
      if (!handler) {
        fail(unknownOperation());
        return;
      }
      if (raw.length > MAX_BODY_BYTES) {
        fail(serializationError('Request body is too large'));
        return;
      }
      const text = raw.toString('utf8').trim();
      try {
        body = text === '' ? {} : JSON.parse(text);
      } catch {
        fail(serializationError('Request body is not valid JSON'));
        return;
      }
      parameterName = parameterNameOf(body);
      if (accessKeyId === undefined) {
        fail(new SsmError('MissingAuthenticationTokenException', 'Missing Authentication Token', { origin: 'coral-service' }));
        return;
      }
      const caller = iam.callerFor(accessKeyId);
      if (limiter && !limiter.take(operation)) {
        // As Parameter Store answers a call over its account's rate (rate-limits.ts).
        fail(new SsmError('ThrottlingException', 'Rate exceeded', { origin: 'coral-availability' }));
        return;
      }

      const draw = faults.draw(operation, parameterName);
      fired.push(...draw.fired.map((rule) => rule.kind));
      if (draw.delayMs > 0) await sleep(draw.delayMs);
      const outcome = draw.outcome;
      if (outcome && outcome.kind !== 'lost-response') {
        fail(faultError(outcome, caller, operation, body, store));
        return;
      }

      const context: CallContext = {
        caller,
        authorize: (action, resource) => {
          iam.authorize(caller, action, resource);
        },
      };
      let result: Record<string, unknown> | undefined;
      let failure: SsmError | undefined;
      try {
        result = handler(store, body, context);
      } catch (error) {
        if (!(error instanceof SsmError)) throw error;
        failure = error;
      }

      if (outcome?.kind === 'lost-response') {
        // The call took effect; the client never hears about it.
        record(0, failure?.type);
        request.socket.destroy();
        return;
      }
      if (failure) {
        fail(failure);
        return;
      }
      record(200);
      sendJson(response, 200, result, { 'x-amzn-RequestId': requestId });
    } catch (error) {
      console.error('local SSM: unexpected error', error);
      fail(new SsmError('InternalServerError', error instanceof Error ? error.message : String(error), { status: 500, messageKey: 'Message' }));
    }
  }

  async function handleControl(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    const send = (status: number, body: unknown) => {
      const payload = JSON.stringify(body, null, 2);
      response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
      response.end(payload);
    };
    try {
      const raw = (await readBody(request)).toString('utf8').trim();
      let body: unknown = undefined;
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new ControlError(400, 'request body is not valid JSON');
        }
      }
      const method = request.method ?? 'GET';
      const route = `${method} ${path}`;
      switch (route) {
        case 'GET /_local/state': {
          send(200, {
            region,
            accountId,
            url: server.url,
            kmsKeys: kms.list(),
            iam: { allowed: iam.allowed() },
            faults: faults.list(),
            parameters: store.snapshot(),
          });
          return;
        }
        case 'GET /_local/requests': {
          send(200, { total: requests.count(), counts: requests.countsByOperation(), requests: requests.all() });
          return;
        }
        case 'DELETE /_local/requests':
          requests.clear();
          {
            send(200, { total: 0 });
            return;
          }
        case 'GET /_local/faults': {
          send(200, { injected: faults.injectedCount(), faults: faults.list() });
          return;
        }
        case 'POST /_local/faults': {
          if (body === undefined) throw new ControlError(400, 'send a fault, e.g. {"operation":"PutParameter","kind":"ThrottlingException","count":2}');
          try {
            send(201, { faults: faults.add(body as FaultSpec | FaultSpec[]) });
            return;
          } catch (error) {
            throw new ControlError(400, (error as Error).message);
          }
        }
        case 'DELETE /_local/faults': {
          const id = new URL(request.url ?? '/', 'http://local').searchParams.get('id');
          if (id === null) {
            faults.clear();
            send(200, { faults: [] });
            return;
          }
          if (!faults.remove(id)) throw new ControlError(404, `no fault with id ${id}`);
          send(200, { faults: faults.list() });
          return;
        }
        case 'GET /_local/iam': {
          send(200, { allowed: iam.allowed() });
          return;
        }
        case 'POST /_local/iam': {
          const { allow, accessKeyId } = (body as { allow?: unknown; accessKeyId?: unknown } | undefined) ?? {};
          if (allow !== null && !(Array.isArray(allow) && allow.every((action) => typeof action === 'string'))) {
            throw new ControlError(
              400,
              'send {"allow": ["ssm:GetParameter", ...]} or {"allow": null} to allow everything, with "accessKeyId" for one key only',
            );
          }
          if (accessKeyId !== undefined && typeof accessKeyId !== 'string') throw new ControlError(400, '"accessKeyId" must be an access key id');
          if (typeof accessKeyId === 'string') {
            iam.allowOnlyFor(accessKeyId, allow);
            send(200, { accessKeyId, allowed: iam.allowedFor(accessKeyId) });
            return;
          }
          iam.allowOnly(allow);
          send(200, { allowed: iam.allowed() });
          return;
        }
        case 'POST /_local/parameters': {
          if (body === null || typeof body !== 'object') {
            throw new ControlError(400, 'send a parameter, e.g. {"Name":"/app/token","Value":"v","Type":"SecureString"}');
          }
          try {
            send(201, store.seed(body as SeedParameterInput));
            return;
          } catch (error) {
            if (error instanceof SsmError) {
              send(400, { error: error.message, type: error.type });
              return;
            }
            throw error;
          }
        }
        case 'POST /_local/reset':
          reset();
          {
            send(200, { reset: true });
            return;
          }
        default:
          throw new ControlError(404, `no control endpoint ${route}; see local-servers/ssm/README.md`);
      }
    } catch (error) {
      if (error instanceof ControlError) {
        send(error.status, { error: error.message });
        return;
      }
      console.error('local SSM: unexpected control error', error);
      send(500, { error: error instanceof Error ? error.message : String(error) });
      return;
    }
  }

  const httpServer: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://local').pathname;
    if (path === '/_local' || path.startsWith('/_local/')) {
      void handleControl(request, response, path);
      return;
    }
    if (request.method !== 'POST' || path !== '/') {
      request.resume();
      const payload = JSON.stringify({ message: 'Not Found' });
      response.writeHead(404, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
      response.end(payload);
      return;
    }
    void handleSsm(request, response);
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    // Loopback only: this server holds secrets in plaintext and checks no signatures.
    httpServer.listen(options.port ?? 0, '127.0.0.1', () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;

  const server: SsmServer = {
    url: `http://127.0.0.1:${port}`,
    port,
    region,
    accountId,
    store,
    requests,
    faults,
    limiter,
    iam,
    kms,
    reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        httpServer.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        // SDK clients keep connections alive; without this, close() waits for them to time out.
        httpServer.closeAllConnections();
      }),
  };
  return server;
}
