import * as core from '#actions-core';
import { CancelledError, StepError } from '../errors.ts';
import { explainApiError, isRetryable, statusCodeOf, withRetries } from './api-calls.ts';
import type { CallPurpose, KubeStatus } from './api-calls.ts';
import { sayInfo, scrubber } from '../scrub.ts';
import type { Cluster } from './cluster.ts';

/** What an observed state of the object means for the wait. */
export type Judgement<R> =
  | { readonly kind: 'done'; readonly result: R }
  | { readonly kind: 'failed'; readonly error: StepError }
  /** recheckAt: judge the object again at that time (epoch ms) even if nothing changes. */
  | { readonly kind: 'waiting'; readonly status: string; readonly recheckAt?: number | undefined };

/** A raw object as the API returns it, with the only field the loop itself needs. */
export interface ObservedObject {
  readonly metadata?: { readonly resourceVersion?: string | undefined } | undefined;
}

export interface ObjectWatch<T extends ObservedObject, R> {
  /** Collection path to watch, e.g. `/apis/apps/v1/namespaces/prod/deployments`. */
  readonly collectionPath: string;
  readonly name: string;
  /** For a 403 on watch and other failures: step, target, namespace, resource. */
  readonly purpose: Omit<CallPurpose, 'verb'>;
  /** A fresh GET of the object; `undefined` when it does not exist. */
  readonly read: (signal: AbortSignal) => Promise<T | undefined>;
  readonly judge: (object: T) => Judgement<R>;
  /** The error when the object is gone (deleted, or missing on a re-GET). */
  readonly whenGone: () => StepError;
  /** The error when the time is up, given the last status seen. */
  readonly whenTimedOut: (lastStatus: string | undefined) => StepError;
  /** For CancelledError and logs: `waiting for prod/deployment/api to roll out`. */
  readonly doing: string;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
}

type WatchOutcome<R> =
  | { readonly kind: 'judged'; readonly judgement: Exclude<Judgement<R>, { kind: 'waiting' }> }
  | { readonly kind: 'deleted' }
  | { readonly kind: 'ended'; readonly error?: unknown; readonly healthy?: boolean }
  | { readonly kind: 'expired' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'cancelled' };

/**
 * Waits for one object to reach a verdict by watching it: GET it, judge it,
 * then watch from that resourceVersion and judge every change. When a watch
 * ends (client-node ends idle watches after ~30 s, servers close them) or
 * breaks, GET again and watch again; a 410 Gone is healed by the same re-GET.
 */
export async function watchObjectUntil<T extends ObservedObject, R>(cluster: Cluster, spec: ObjectWatch<T, R>): Promise<R> {
  const deadline = Date.now() + spec.timeoutMs;
  let lastStatus: string | undefined;
  let failuresInARow = 0;
  let recheckAt: number | undefined;

  const note = (judgement: Judgement<R>): Exclude<Judgement<R>, { kind: 'waiting' }> | undefined => {
    if (judgement.kind !== 'waiting') return judgement;
    recheckAt = judgement.recheckAt;
    // The status may quote a condition message from the server: it goes through the scrubber.
    if (judgement.status !== lastStatus) sayInfo(`${spec.purpose.target}: ${judgement.status}`);
    lastStatus = judgement.status;
    return undefined;
  };

  for (;;) {
    if (spec.signal?.aborted) throw new CancelledError(spec.doing);
    if (Date.now() >= deadline) throw spec.whenTimedOut(lastStatus);

    let object: T | undefined;
    try {
      object = await withRetries(cluster.tuning, { signal: spec.signal, doing: spec.doing, until: deadline }, spec.read);
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      // Out of time while the API kept failing: the status seen says more, if there was one.
      if (isRetryable(error) && lastStatus !== undefined) throw spec.whenTimedOut(lastStatus);
      throw explainApiError(error, { ...spec.purpose, verb: 'get' }, cluster.server);
    }
    if (object === undefined) throw spec.whenGone();
    const verdict = note(spec.judge(object));
    if (verdict) return settle(verdict);

    const watchUntil = recheckAt !== undefined && recheckAt < deadline ? recheckAt : deadline;
    const outcome = await watchOnce(
      cluster,
      spec,
      object.metadata?.resourceVersion,
      watchUntil,
      (event) => note(spec.judge(event)),
      () => recheckAt,
    );
    switch (outcome.kind) {
      case 'judged':
        return settle(outcome.judgement);
      case 'deleted':
        throw spec.whenGone();
      case 'timeout':
        // A recheck came due before the deadline: read and judge again.
        if (Date.now() < deadline) continue;
        throw spec.whenTimedOut(lastStatus);
      case 'cancelled':
        throw new CancelledError(spec.doing);
      case 'expired':
        core.debug(`${spec.purpose.target}: watch expired (410 Gone); reading the object again`);
        failuresInARow = 0;
        continue;
      case 'ended': {
        // A watch that worked for a while and then broke is a normal end, not a reason to back off.
        if (outcome.error === undefined || outcome.healthy === true) {
          core.debug(`${spec.purpose.target}: watch ended; reading the object again`);
          failuresInARow = 0;
          continue;
        }
        const status = statusCodeOf(outcome.error);
        if (status === 401 || status === 403) {
          throw explainApiError(outcome.error, { ...spec.purpose, verb: 'watch' }, cluster.server);
        }
        failuresInARow++;
        const delay = Math.min(
          cluster.tuning.retryMaxDelayMs,
          cluster.tuning.retryBaseDelayMs * 2 ** Math.min(failuresInARow - 1, 10),
          Math.max(0, deadline - Date.now()),
        );
        core.debug(scrubber.clean(`${spec.purpose.target}: watch failed (${describeFailure(outcome.error)}); retrying in ${delay}ms`));
        await cluster.tuning.sleep(delay, spec.signal);
        continue;
      }
    }
  }
}

function settle<R>(judgement: Exclude<Judgement<R>, { kind: 'waiting' }>): R {
  if (judgement.kind === 'failed') throw judgement.error;
  return judgement.result;
}

function describeFailure(error: unknown): string {
  const status = statusCodeOf(error);
  if (status !== undefined) return `HTTP ${status}`;
  return error instanceof Error ? error.message : String(error);
}

/** One watch connection, until a verdict, its end, the deadline or cancellation. */
function watchOnce<T extends ObservedObject, R>(
  cluster: Cluster,
  spec: ObjectWatch<T, R>,
  resourceVersion: string | undefined,
  deadline: number,
  onChange: (object: T) => Exclude<Judgement<R>, { kind: 'waiting' }> | undefined,
  recheckAt: () => number | undefined = () => undefined,
): Promise<WatchOutcome<R>> {
  return new Promise((resolve) => {
    let settled = false;
    let sawEvent = false;
    const openedAt = Date.now();
    let connection: AbortController | undefined;
    const finish = (outcome: WatchOutcome<R>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onAbort);
      connection?.abort();
      resolve(outcome);
    };
    const onAbort = (): void => {
      finish({ kind: 'cancelled' });
    };
    let timer = setTimeout(
      () => {
        finish({ kind: 'timeout' });
      },
      Math.max(0, deadline - Date.now()),
    );
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    if (spec.signal?.aborted) {
      finish({ kind: 'cancelled' });
      return;
    }

    const serverTimeout = Math.max(1, Math.min(cluster.tuning.watchTimeoutSeconds, Math.ceil((deadline - Date.now()) / 1000)));
    const params: Record<string, string | number | boolean> = {
      fieldSelector: `metadata.name=${spec.name}`,
      allowWatchBookmarks: true,
      timeoutSeconds: serverTimeout,
    };
    if (resourceVersion) params.resourceVersion = resourceVersion;

    cluster.watcher
      .watch(
        spec.collectionPath,
        params,
        (type: string, object: unknown) => {
          if (settled) return;
          sawEvent = true;
          if (type === 'ERROR') {
            const status = object as KubeStatus;
            if (status.code === 410) {
              finish({ kind: 'expired' });
              return;
            }
            finish({ kind: 'ended', error: { statusCode: status.code, message: status.message } });
            return;
          }
          if (type === 'BOOKMARK') return;
          if (type === 'DELETED') {
            finish({ kind: 'deleted' });
            return;
          }
          try {
            const verdict = onChange(object as T);
            if (verdict) {
              finish({ kind: 'judged', judgement: verdict });
              return;
            }
            // A judgement that asks to be made again at a time: end this watch then, so it is.
            const recheck = recheckAt();
            if (recheck !== undefined && recheck < deadline) {
              clearTimeout(timer);
              timer = setTimeout(
                () => {
                  finish({ kind: 'timeout' });
                },
                Math.max(0, recheck - Date.now()),
              );
            }
          } catch (error) {
            finish({ kind: 'ended', error });
          }
        },
        (error: unknown) => {
          if (statusCodeOf(error) === 410) {
            finish({ kind: 'expired' });
            return;
          }
          // client-node ends a watch that has been quiet for 30 s with a TimeoutError: a normal end.
          const quiet = (error as { name?: unknown } | null)?.name === 'TimeoutError';
          if (!error || quiet) {
            finish({ kind: 'ended' });
            return;
          }
          const healthy = statusCodeOf(error) === undefined && (sawEvent || Date.now() - openedAt >= 1000);
          finish({ kind: 'ended', error, healthy });
        },
      )
      .then(
        (controller) => {
          connection = controller;
          if (settled) controller.abort();
        },
        (error: unknown) => {
          finish({ kind: 'ended', error });
        },
      );
  });
}
