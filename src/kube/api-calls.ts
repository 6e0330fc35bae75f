import * as core from '#actions-core';
import { CancelledError, StepError } from '../errors.ts';
import type { StepName } from '../errors.ts';
import { KubeApiError } from './requests.ts';

export {
  FIELD_MANAGER,
  KubeApiError,
  PatchType,
  clusterPath,
  createObject,
  getObject,
  groupVersionPath,
  kubeRequest,
  listObjects,
  namespacedPath,
  patchObject,
} from './requests.ts';
export type { KubeRequest, Query, RequestTarget } from './requests.ts';

/** The steps this module can fail in. */
export type KubeStep = Extract<StepName, 'preflight' | 'sync' | 'verify' | 'restart' | 'rollout'>;

/** Retry and timing settings; tests shrink them so nothing waits for real. */
export interface CallTuning {
  /** Waits `ms`; resolves early (without throwing) when `signal` aborts. */
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Attempts for one request when the server answers 429/5xx or the network fails. */
  readonly retryAttempts: number;
  readonly retryBaseDelayMs: number;
  readonly retryMaxDelayMs: number;
  /** Per-request time limit so a silent server cannot hang a step. */
  readonly requestTimeoutMs: number;
}

/** What a request was for, so a failure can say exactly what is missing. */
export interface CallPurpose {
  readonly step: KubeStep;
  readonly target: string;
  /** The RBAC verb the request needs: get, patch, watch, create. */
  readonly verb: string;
  /** The RBAC resource, `plural.group` (`deployments.apps`) or a core plural (`secrets`). */
  readonly resource: string;
  readonly namespace: string;
  /** The sentence for a 404, e.g. `the ExternalSecret prod/app does not exist`. */
  readonly missing?: string;
  readonly missingNext?: string;
}

export const sleepUnlessAborted = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });

export const defaultCallTuning: CallTuning = {
  sleep: sleepUnlessAborted,
  retryAttempts: 5,
  retryBaseDelayMs: 250,
  retryMaxDelayMs: 4000,
  requestTimeoutMs: 30_000,
};

/** Argo Rollouts' API (manifests/crds/rollout-crd.yaml): argoproj.io/v1alpha1 rollouts. */
export const ARGO_ROLLOUTS = { group: 'argoproj.io', version: 'v1alpha1', plural: 'rollouts' } as const;

/** The HTTP status of a failed client call or watch, if it got that far. */
export function statusCodeOf(error: unknown): number | undefined {
  if (error instanceof KubeApiError) return error.code;
  // client-node's Watch reports a refused watch as an Error with statusCode.
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof statusCode === 'number' ? statusCode : undefined;
}

/** The Kubernetes `Status` object a failed call carried, if any. */
export interface KubeStatus {
  readonly kind?: string;
  readonly code?: number;
  readonly reason?: string;
  readonly message?: string;
  readonly details?: { readonly name?: string; readonly group?: string; readonly kind?: string };
}

export function statusBodyOf(error: unknown): KubeStatus | undefined {
  if (!(error instanceof KubeApiError)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(error.body);
  } catch {
    return undefined;
  }
  if (typeof parsed === 'object' && parsed !== null && (parsed as KubeStatus).kind === 'Status') {
    return parsed;
  }
  return undefined;
}

const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/** The low-level network error code (ECONNREFUSED, ...) behind a failed fetch. */
export function networkCodeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const candidate = current as { code?: unknown; name?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string') return candidate.code;
    if (candidate.name === 'TimeoutError') return 'ETIMEDOUT';
    current = candidate.cause;
  }
  return undefined;
}

export function isRetryable(error: unknown): boolean {
  const status = statusCodeOf(error);
  if (status !== undefined) return status === 429 || status >= 500;
  const network = networkCodeOf(error);
  if (network !== undefined) return RETRYABLE_NETWORK_CODES.has(network);
  // fetch() reports a failed connection as a bare TypeError('fetch failed').
  return error instanceof TypeError && /fetch failed|terminated/i.test(error.message);
}

function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof KubeApiError)) return undefined;
  const value = error.headers['retry-after'];
  const seconds = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

export interface RetryScope {
  /** Cancels the call; the retry loop then throws CancelledError. */
  readonly signal?: AbortSignal | undefined;
  /** What is being done, for CancelledError: `reading prod/deployment/api`. */
  readonly doing: string;
  /** Keep retrying transient failures until this time (epoch ms) instead of a fixed count. */
  readonly until?: number;
}

/**
 * Runs one API request, retrying 429, 5xx and network failures with
 * exponential backoff. Other failures, and the last transient one, are
 * rethrown as they came so the caller can explain them.
 */
export async function withRetries<T>(tuning: CallTuning, scope: RetryScope, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    if (scope.signal?.aborted) throw new CancelledError(scope.doing);
    const left = scope.until === undefined ? Infinity : Math.max(1000, scope.until - Date.now());
    const timeout = AbortSignal.timeout(Math.min(tuning.requestTimeoutMs, left));
    const signal = scope.signal ? AbortSignal.any([scope.signal, timeout]) : timeout;
    try {
      return await run(signal);
    } catch (error) {
      if (scope.signal?.aborted) throw new CancelledError(scope.doing);
      const outOfAttempts = scope.until === undefined ? attempt >= tuning.retryAttempts : Date.now() >= scope.until;
      if (!isRetryable(error) || outOfAttempts) throw error;
      const backoff = Math.min(tuning.retryMaxDelayMs, tuning.retryBaseDelayMs * 2 ** (attempt - 1));
      let delay = Math.min(tuning.retryMaxDelayMs * 2, retryAfterMs(error) ?? backoff);
      if (scope.until !== undefined) delay = Math.max(0, Math.min(delay, scope.until - Date.now()));
      core.debug(`${scope.doing}: attempt ${attempt} failed (${describeTransient(error)}); retrying in ${delay}ms`);
      await tuning.sleep(delay, scope.signal);
    }
  }
}

function describeTransient(error: unknown): string {
  const status = statusCodeOf(error);
  if (status !== undefined) return `HTTP ${status}`;
  return networkCodeOf(error) ?? (error instanceof Error ? error.message : String(error));
}

/** fetch() says only `fetch failed`; the cause says why (`bad port`, `getaddrinfo ...`). */
function innermostMessage(error: unknown): string {
  let message = 'unknown error';
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    message = current.message || message;
    current = current.cause;
  }
  return message;
}

const oneLine = (text: string, max = 300): string => {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/**
 * Turns a failed request into a StepError that says what went wrong in one
 * sentence and what to do. Only status codes, the server's Status message and
 * names appear: never request or response bodies.
 */
export function explainApiError(error: unknown, purpose: CallPurpose, server: string): Error {
  if (error instanceof StepError || error instanceof CancelledError) return error;
  const { step, target, verb, resource } = purpose;
  const status = statusCodeOf(error);
  const serverMessage = statusBodyOf(error)?.message;
  switch (status) {
    case 401:
      return new StepError(
        step,
        target,
        `the Kubernetes API at ${server} rejected the credentials (401 Unauthorized).`,
        'Check the kubeconfig or service-account token: it may have expired or belong to another cluster.',
      );
    case 403:
      return missingVerbError(purpose, /User "([^"]+)"/.exec(serverMessage ?? '')?.[1]);
    case 404:
      return new StepError(step, target, purpose.missing ?? `${target} does not exist.`, purpose.missingNext ?? 'Check the name and namespace in the inputs.');
    case undefined: {
      const detail = networkCodeOf(error) ?? oneLine(innermostMessage(error), 160);
      return new StepError(
        step,
        target,
        `could not reach the Kubernetes API at ${server} (${detail}).`,
        "Check the kubeconfig's server address and that this runner can reach the cluster.",
      );
    }
    default: {
      const said = serverMessage ? `: ${oneLine(serverMessage)}` : '';
      if (status === 429 || status >= 500) {
        return new StepError(
          step,
          target,
          `the Kubernetes API kept failing with HTTP ${status} to ${verb} ${resource}${said}.`,
          'The API server is overloaded or unhealthy; re-run the job when it recovers.',
        );
      }
      return new StepError(
        step,
        target,
        `the Kubernetes API refused to ${verb} ${resource} with HTTP ${status}${said}.`,
        'Check the object and the action inputs.',
      );
    }
  }
}

/** The error for an RBAC denial, naming the verb and resource exactly. */
export function missingVerbError(purpose: CallPurpose, user?: string): StepError {
  const { step, target, verb, resource, namespace } = purpose;
  const who = user ? `the credentials (${user})` : 'the credentials';
  return new StepError(
    step,
    target,
    `${who} lack the RBAC verb ${verb} on ${resource} ${namespace ? `in namespace ${namespace}` : 'at cluster scope'}.`,
    namespace
      ? `Grant ${verb} on ${resource} in a Role bound to that identity in namespace ${namespace} (the README lists the minimal Role).`
      : `Grant ${verb} on ${resource} in a ClusterRole bound to that identity (the README lists the minimal ClusterRole).`,
  );
}

/** A request with retries whose failure becomes a StepError. */
export async function callApi<T>(
  tuning: CallTuning,
  server: string,
  purpose: CallPurpose,
  signal: AbortSignal | undefined,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  try {
    return await withRetries(tuning, { signal, doing: `${purpose.verb} ${purpose.target}` }, run);
  } catch (error) {
    throw explainApiError(error, purpose, server);
  }
}
