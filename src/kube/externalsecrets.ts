import * as core from '#actions-core';
import { StepError } from '../errors.ts';
import { PatchType, explainApiError, getObject, namespacedPath, patchObject, statusCodeOf, withRetries } from './api-calls.ts';
import type { KubeStep } from './api-calls.ts';
import { forceClusterSync } from './clusterexternalsecrets.ts';
import type { Cluster } from './cluster.ts';
import { isGenericTarget, readyConditionOf } from './eso-rules.ts';
import type { ExternalSecretObject, ReadyCondition } from './eso-rules.ts';
import { listExternalSecretEvents } from './eso-events.ts';
import { esoAnsweredSince, isSyncFailure, judgeSync } from './sync-verdict.ts';
import { syncTimeoutBlocker } from './sync-timeout.ts';
import type { EventMark, SyncStart } from './sync-verdict.ts';
import { describeRef } from './targets.ts';
import type { ObjectRef } from './targets.ts';
import { watchObjectUntil } from './watch-object.ts';
import type { Judgement } from './watch-object.ts';

export type { ExternalSecretObject, ReadyCondition } from './eso-rules.ts';
export type { SyncStart } from './sync-verdict.ts';

export const ESO_GROUP = 'external-secrets.io';
export const ESO_VERSION = 'v1';
const ESO_PLURAL = 'externalsecrets';
/** The RBAC resource name, for messages. */
export const ESO_RESOURCE = `${ESO_PLURAL}.${ESO_GROUP}`;
/** The annotation whose change makes ESO refresh now (esv1.AnnotationForceSync). */
export const FORCE_SYNC_ANNOTATION = 'force-sync';

/** What preflight learned about one ExternalSecret. */
export interface ExternalSecretRecord {
  readonly ref: ObjectRef;
  /** The Secret ESO writes: `spec.target.name`, else the ExternalSecret's name, same namespace. */
  readonly targetSecret: ObjectRef;
  /** `status.syncedResourceVersion` at preflight ('' when never synced). */
  readonly syncedResourceVersion: string;
  /** `status.refreshTime` at preflight ('' when none): a Periodic refresh moves only this. */
  readonly refreshTime?: string | undefined;
  /** `spec.refreshPolicy` (default Periodic) and `spec.refreshInterval` as written ('' when unset). */
  readonly refreshPolicy: string;
  readonly refreshInterval: string;
  /** The Ready condition at preflight, or null when ESO has written none. */
  readonly ready: ReadyCondition | null;
  /** `spec.target.creationPolicy` (CRD default Owner). */
  readonly creationPolicy?: string | undefined;
  /** The ClusterExternalSecret that controls it: the force-sync goes there. */
  readonly clusterOwner?: string | undefined;
  /** For a set: each key of spec.data[] that reads a parameter of the set, with that parameter (what verify checks). */
  readonly setKeys?: readonly { readonly parameter: string; readonly secretKey: string }[] | undefined;
}

export interface ForceSyncResult extends SyncStart {
  readonly readyBefore: ReadyCondition | null;
  readonly annotatedAt: Date;
  /** The value written to the force-sync annotation. */
  readonly value: string;
}

export interface SyncResult {
  readonly ref: ObjectRef;
  /** When this action saw the completed sync. */
  readonly observedAt: Date;
  /** ESO's `status.refreshTime` of that sync, as written. */
  readonly refreshTime: string | undefined;
  readonly syncedResourceVersion: string;
  /** 'secret': ESO synced on its own after the write and the target Secret holds the new value. */
  readonly proof?: 'force-sync' | 'secret' | undefined;
}

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
  /** The target Secret's name, for messages (default: the ExternalSecret's). */
  readonly secretName?: string | undefined;
  /**
   * Whether the target Secret holds the new value(s) (undefined: could not read it). Given only
   * with verify-secret-key: it lets a sync ESO made on its own since the write count (judgeSync).
   */
  readonly delivered?: ((signal: AbortSignal) => Promise<boolean | undefined>) | undefined;
}

export const esTarget = (ref: ObjectRef): string => describeRef({ ...ref, kind: 'ExternalSecret' });
const collectionPath = (namespace: string): string => namespacedPath(ESO_GROUP, ESO_VERSION, namespace, ESO_PLURAL);
const externalSecretPath = (ref: ObjectRef): string => namespacedPath(ESO_GROUP, ESO_VERSION, ref.namespace, ESO_PLURAL, ref.name);

/**
 * GETs an ExternalSecret at external-secrets.io/v1. A 404 is explained by
 * asking discovery whether the cluster serves that API at all.
 */
export async function readExternalSecret(cluster: Cluster, ref: ObjectRef, step: KubeStep, signal?: AbortSignal): Promise<ExternalSecretObject> {
  const target = esTarget(ref);
  try {
    return await withRetries(cluster.tuning, { signal, doing: `reading ${target}` }, (requestSignal) =>
      getObject<ExternalSecretObject>(cluster, externalSecretPath(ref), requestSignal),
    );
  } catch (error) {
    if (statusCodeOf(error) === 404) throw await explainMissingEsoObject(cluster, target, step, `the ExternalSecret ${ref.namespace}/${ref.name}`, signal);
    throw explainApiError(error, { step, target, verb: 'get', resource: ESO_RESOURCE, namespace: ref.namespace }, cluster.server);
  }
}

/** A 404 from the ESO API: a missing CRD, an old API version, or a missing object. */
export async function explainMissingEsoObject(cluster: Cluster, target: string, step: KubeStep, what: string, signal?: AbortSignal): Promise<StepError> {
  let served: string[] | undefined;
  try {
    const groups = await withRetries(cluster.tuning, { signal, doing: 'reading API discovery' }, (requestSignal) =>
      getObject<{ groups: { name: string; versions?: { version: string }[] }[] }>(cluster, '/apis', requestSignal),
    );
    served = (groups.groups.find((group) => group.name === ESO_GROUP)?.versions ?? []).map((version) => version.version);
  } catch (error) {
    core.debug(`API discovery failed (${String(statusCodeOf(error) ?? error)}); cannot tell a missing CRD from a missing object`);
  }
  if (served?.length === 0) {
    return new StepError(
      step,
      target,
      `the cluster does not serve the ${ESO_GROUP} API, so External Secrets Operator (or its CRDs) is not installed.`,
      'Install External Secrets Operator, or drop the external-secrets input.',
    );
  }
  if (served !== undefined && !served.includes(ESO_VERSION)) {
    return new StepError(
      step,
      target,
      `the cluster serves ${ESO_GROUP} only as ${served.join(', ')}, not ${ESO_VERSION}.`,
      `Upgrade External Secrets Operator to a release that serves ${ESO_GROUP}/${ESO_VERSION}.`,
    );
  }
  return new StepError(step, target, `${what} does not exist (${ESO_GROUP}/${ESO_VERSION}).`, 'Check the name and namespace in the external-secrets input.');
}

/** ESO refreshes on a change of the annotations; re-writing the same value would change nothing. */
export const forceSyncValue = (current: string | undefined, runId: string): string => (current === runId ? `${runId}-${Date.now().toString(36)}` : runId);

const FORCE_SYNC_ATTEMPTS = 5;

/**
 * Records `status.syncedResourceVersion` and sets the force-sync annotation
 * to a value unique to the run. The patch carries the resourceVersion that
 * was read, so `before` is exactly the state the annotation lands on: if ESO
 * writes in between, the API answers 409 and we read again.
 */
export async function forceSync(
  cluster: Cluster,
  externalSecret: { readonly ref: ObjectRef },
  runId: string,
  options: { readonly signal?: AbortSignal | undefined } = {},
): Promise<ForceSyncResult> {
  const { ref } = externalSecret;
  const target = esTarget(ref);
  for (let attempt = 1; ; attempt++) {
    const current = await readExternalSecret(cluster, ref, 'sync', options.signal);
    const before = current.status?.syncedResourceVersion ?? '';
    const readyBefore = readyConditionOf(current);
    const eventsBefore = await eventsIfFailing(cluster, ref, current, options.signal);
    const value = forceSyncValue(current.metadata?.annotations?.[FORCE_SYNC_ANNOTATION], runId);
    const body = { metadata: { resourceVersion: current.metadata?.resourceVersion, annotations: { [FORCE_SYNC_ANNOTATION]: value } } };
    try {
      await withRetries(cluster.tuning, { signal: options.signal, doing: `annotating ${target}` }, (requestSignal) =>
        patchObject(cluster, externalSecretPath(ref), body, PatchType.merge, requestSignal),
      );
    } catch (error) {
      if (statusCodeOf(error) === 409 && attempt < FORCE_SYNC_ATTEMPTS) continue;
      throw explainApiError(
        error,
        {
          step: 'sync',
          target,
          verb: 'patch',
          resource: ESO_RESOURCE,
          namespace: ref.namespace,
          missing: `the ExternalSecret ${ref.namespace}/${ref.name} no longer exists.`,
        },
        cluster.server,
      );
    }
    core.info(`${target}: set ${FORCE_SYNC_ANNOTATION}=${value} (syncedResourceVersion was ${before || 'empty'})`);
    return { before, readyBefore, annotatedAt: new Date(), value, eventsBefore, refreshTimeBefore: current.status?.refreshTime ?? '' };
  }
}

/** The Events to compare with later, listed only when the ExternalSecret is failing now (sync-verdict.ts, esoAnsweredSince). */
async function eventsIfFailing(cluster: Cluster, ref: ObjectRef, current: ExternalSecretObject, signal?: AbortSignal): Promise<EventMark[] | undefined> {
  if (!isSyncFailure(readyConditionOf(current), isGenericTarget(current))) return undefined;
  return listExternalSecretEvents(cluster, ref, signal);
}

/**
 * Forces every ExternalSecret, in input order. One controlled by a
 * ClusterExternalSecret is forced through its owner, once per owner: the CES
 * controller resets the annotations of the ExternalSecrets it owns
 * (clusterexternalsecret_controller.go, createOrUpdateExternalSecret), so
 * the value goes where it copies from (ces-rules.ts, clusterForceSyncPatch).
 * Each one's state is read before the owner is annotated, so a sync that
 * lands at once still counts.
 */
export async function forceSyncAll(
  cluster: Cluster,
  externalSecrets: readonly ExternalSecretRecord[],
  runId: string,
  options: { readonly signal?: AbortSignal | undefined } = {},
): Promise<ForceSyncResult[]> {
  const owners = [...new Set(externalSecrets.map((es) => es.clusterOwner).filter((owner): owner is string => owner !== undefined))];
  const befores = new Map<
    ExternalSecretRecord,
    { before: string; readyBefore: ReadyCondition | null; eventsBefore: EventMark[] | undefined; refreshTimeBefore: string }
  >();
  for (const es of externalSecrets.filter((record) => record.clusterOwner !== undefined)) {
    const current = await readExternalSecret(cluster, es.ref, 'sync', options.signal);
    befores.set(es, {
      before: current.status?.syncedResourceVersion ?? '',
      readyBefore: readyConditionOf(current),
      eventsBefore: await eventsIfFailing(cluster, es.ref, current, options.signal),
      refreshTimeBefore: current.status?.refreshTime ?? '',
    });
  }
  const ownerValues = new Map<string, { value: string; annotatedAt: Date }>();
  for (const owner of owners) {
    const value = await forceClusterSync(cluster, owner, runId, options.signal);
    ownerValues.set(owner, { value, annotatedAt: new Date() });
  }
  return Promise.all(
    externalSecrets.map(async (es) => {
      const owned = es.clusterOwner === undefined ? undefined : ownerValues.get(es.clusterOwner);
      const before = befores.get(es);
      const recorded = { syncedResourceVersion: es.syncedResourceVersion, refreshTime: es.refreshTime };
      if (owned && before) return { ...before, ...owned, recorded };
      return { ...(await forceSync(cluster, es, runId, options)), recorded };
    }),
  );
}

/**
 * Watches the ExternalSecret until ESO has synced it after our annotation,
 * failed for good (sync-verdict.ts, judgeSync), or the timeout passes.
 */
export async function waitForSync(cluster: Cluster, ref: ObjectRef, started: SyncStart | string, options: WaitOptions): Promise<SyncResult> {
  const target = esTarget(ref);
  // Given only the old syncedResourceVersion, a failure counts when its condition changed from now on.
  const start: SyncStart = typeof started === 'string' ? { before: started, annotatedAt: new Date() } : started;
  let failingSince: number | undefined;
  let lastFailure: string | undefined;
  let awaitingAnswer = false;
  // Once ESO is seen to have processed the annotation, that stays true.
  let esoAnswered = false;
  let askEvents = false;
  // The target Secret's answer for one state of the ExternalSecret (its resourceVersion).
  let delivery: { readonly resourceVersion: string | undefined; readonly delivered: boolean | undefined } | undefined;
  let askSecret = false;
  let lastSeen: ExternalSecretObject | undefined;
  const judge = (externalSecret: ExternalSecretObject): Judgement<SyncResult> => {
    lastSeen = externalSecret;
    const known = delivery?.resourceVersion === externalSecret.metadata?.resourceVersion ? delivery : undefined;
    const verdict = judgeSync(externalSecret, start, {
      now: Date.now(),
      canReadSecret: options.delivered !== undefined && (known === undefined || known.delivered !== undefined),
      delivered: known?.delivered,
      esoAnswered,
      failingSince,
      namespace: ref.namespace,
      name: ref.name,
      secretName: options.secretName ?? externalSecret.spec?.target?.name ?? ref.name,
    });
    if (verdict.kind === 'done') {
      const { syncedResourceVersion, refreshTime, proof } = verdict;
      return { kind: 'done', result: { ref, observedAt: new Date(), refreshTime, syncedResourceVersion, proof } };
    }
    if (verdict.kind === 'failed') return { kind: 'failed', error: new StepError('sync', target, verdict.blocker.reason, verdict.blocker.next) };
    failingSince = verdict.failingSince;
    askSecret = verdict.readSecret === true;
    askEvents = verdict.awaitingAnswer === true && start.eventsBefore !== undefined;
    lastFailure =
      verdict.failingSince === undefined && verdict.awaitingAnswer === undefined ? undefined : readyConditionOf(externalSecret)?.message || 'no message';
    awaitingAnswer = verdict.awaitingAnswer === true;
    return { kind: 'waiting', status: verdict.status, recheckAt: verdict.recheckAt };
  };
  return watchObjectUntil<ExternalSecretObject, SyncResult>(cluster, {
    collectionPath: collectionPath(ref.namespace),
    name: ref.name,
    purpose: { step: 'sync', target, resource: ESO_RESOURCE, namespace: ref.namespace },
    doing: `waiting for ${target} to sync`,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    read: async (signal) => {
      try {
        const object = await getObject<ExternalSecretObject>(cluster, externalSecretPath(ref), signal);
        if (askSecret && options.delivered) {
          askSecret = false;
          delivery = { resourceVersion: object.metadata?.resourceVersion, delivered: await options.delivered(signal) };
        }
        if (askEvents && start.eventsBefore) {
          const events = await listExternalSecretEvents(cluster, ref, signal);
          esoAnswered ||= events !== undefined && esoAnsweredSince(start.eventsBefore, events);
        }
        return object;
      } catch (error) {
        if (statusCodeOf(error) === 404) return undefined;
        throw error;
      }
    },
    judge,
    whenGone: () =>
      new StepError(
        'sync',
        target,
        'the ExternalSecret was deleted while waiting for it to sync.',
        'Find out what deleted it and recreate it; SSM already holds the new token.',
      ),
    whenTimedOut: (last) => {
      const blocker = syncTimeoutBlocker(start, {
        namespace: ref.namespace,
        name: ref.name,
        timeoutMs: options.timeoutMs,
        last: lastSeen,
        lastStatus: last,
        lastFailure,
        awaitingAnswer,
        esoAnswered,
      });
      return new StepError('sync', target, blocker.reason, blocker.next);
    },
  });
}
