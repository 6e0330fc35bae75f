import * as core from '@actions/core';
import { StepError } from '../errors.ts';
import { PatchType, explainApiError, getObject, namespacedPath, patchObject, statusCodeOf, withRetries } from './api-calls.ts';
import type { KubeStep } from './api-calls.ts';
import type { Cluster } from './cluster.ts';
import { formatDuration, parseGoDuration } from './durations.ts';
import { describeRef } from './targets.ts';
import type { ObjectRef } from './targets.ts';
import { watchObjectUntil } from './watch-object.ts';
import type { Judgement } from './watch-object.ts';

export const ESO_GROUP = 'external-secrets.io';
export const ESO_VERSION = 'v1';
const ESO_PLURAL = 'externalsecrets';
/** The RBAC resource name, for messages. */
export const ESO_RESOURCE = `${ESO_PLURAL}.${ESO_GROUP}`;
/** The annotation whose change makes ESO refresh now (its documented `kubectl annotate es ... force-sync=...`). */
export const FORCE_SYNC_ANNOTATION = 'force-sync';

/** ESO's `Ready` condition as last written. */
export interface ReadyCondition {
  readonly status: string;
  readonly reason: string;
  readonly message: string;
  readonly lastTransitionTime: string;
}

/** The fields of an ExternalSecret this module reads. */
export interface ExternalSecretObject {
  readonly apiVersion?: string;
  readonly metadata?: {
    readonly name?: string;
    readonly generation?: number;
    readonly resourceVersion?: string;
    readonly annotations?: Readonly<Record<string, string>>;
  };
  readonly spec?: {
    readonly refreshInterval?: string | number;
    readonly refreshPolicy?: string;
    readonly target?: { readonly name?: string; readonly immutable?: boolean };
  };
  readonly status?: {
    readonly syncedResourceVersion?: string;
    readonly refreshTime?: string | null;
    readonly conditions?: ReadonlyArray<{
      readonly type?: string;
      readonly status?: string;
      readonly reason?: string;
      readonly message?: string;
      readonly lastTransitionTime?: string;
    }>;
  };
}

/** What preflight learned about one ExternalSecret. */
export interface ExternalSecretRecord {
  readonly ref: ObjectRef;
  /** The Secret ESO writes: `spec.target.name`, else the ExternalSecret's name, same namespace. */
  readonly targetSecret: ObjectRef;
  /** `status.syncedResourceVersion` at preflight ('' when never synced). */
  readonly syncedResourceVersion: string;
  /** `spec.refreshPolicy` (default Periodic) and `spec.refreshInterval` as written ('' when unset). */
  readonly refreshPolicy: string;
  readonly refreshInterval: string;
  /** The Ready condition at preflight, or null when ESO has written none. */
  readonly ready: ReadyCondition | null;
}

/** What forceSync saw and did, which waitForSync needs to tell our sync from an old one. */
export interface SyncStart {
  /** `status.syncedResourceVersion` at the moment of the annotation ('' when never synced). */
  readonly before: string;
  /** The Ready condition at that moment; a failure only counts when it differs. */
  readonly readyBefore?: ReadyCondition | null | undefined;
  /** When the annotation was written (used when readyBefore is unknown). */
  readonly annotatedAt?: Date | undefined;
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
}

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
}

const esTarget = (ref: ObjectRef): string => describeRef({ ...ref, kind: 'ExternalSecret' });
const collectionPath = (namespace: string): string => namespacedPath(ESO_GROUP, ESO_VERSION, namespace, ESO_PLURAL);
const externalSecretPath = (ref: ObjectRef): string => namespacedPath(ESO_GROUP, ESO_VERSION, ref.namespace, ESO_PLURAL, ref.name);

export function readyConditionOf(externalSecret: ExternalSecretObject): ReadyCondition | null {
  const ready = externalSecret.status?.conditions?.find((condition) => condition.type === 'Ready');
  if (!ready) return null;
  return {
    status: ready.status ?? '',
    reason: ready.reason ?? '',
    message: ready.message ?? '',
    lastTransitionTime: ready.lastTransitionTime ?? '',
  };
}

export const describeReady = (ready: ReadyCondition | null): string =>
  ready ? `Ready=${ready.status} ${ready.reason}${ready.message ? ` "${ready.message}"` : ''}` : 'no Ready condition';

/**
 * GETs an ExternalSecret at external-secrets.io/v1. A 404 is explained by
 * asking discovery whether the cluster serves that API at all.
 */
export async function readExternalSecret(
  cluster: Cluster,
  ref: ObjectRef,
  step: KubeStep,
  signal?: AbortSignal,
): Promise<ExternalSecretObject> {
  const target = esTarget(ref);
  try {
    return (await withRetries(cluster.tuning, { signal, doing: `reading ${target}` }, (requestSignal) =>
      getObject<ExternalSecretObject>(cluster, externalSecretPath(ref), requestSignal),
    ));
  } catch (error) {
    if (statusCodeOf(error) === 404) throw await explainMissingExternalSecret(cluster, ref, step, signal);
    throw explainApiError(
      error,
      { step, target, verb: 'get', resource: ESO_RESOURCE, namespace: ref.namespace },
      cluster.server,
    );
  }
}

async function explainMissingExternalSecret(
  cluster: Cluster,
  ref: ObjectRef,
  step: KubeStep,
  signal?: AbortSignal,
): Promise<StepError> {
  const target = esTarget(ref);
  let served: string[] | undefined;
  try {
    const groups = await withRetries(cluster.tuning, { signal, doing: 'reading API discovery' }, (requestSignal) =>
      getObject<{ groups: { name: string; versions?: { version: string }[] }[] }>(cluster, '/apis', requestSignal),
    );
    served = (groups.groups.find((group) => group.name === ESO_GROUP)?.versions ?? []).map((version) => version.version);
  } catch (error) {
    core.debug(`API discovery failed (${String(statusCodeOf(error) ?? error)}); cannot tell a missing CRD from a missing object`);
  }
  if (served !== undefined && served.length === 0) {
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
  return new StepError(
    step,
    target,
    `the ExternalSecret ${ref.namespace}/${ref.name} does not exist (${ESO_GROUP}/${ESO_VERSION}).`,
    'Check the name and namespace in the external-secrets input.',
  );
}

/**
 * Why ESO would ignore the force-sync annotation on this ExternalSecret, or
 * undefined when a forced sync can happen.
 */
export function refreshBlocker(externalSecret: ExternalSecretObject): { reason: string; next: string } | undefined {
  const policy = externalSecret.spec?.refreshPolicy || 'Periodic';
  if (policy === 'CreatedOnce') {
    return {
      reason: 'its refreshPolicy is CreatedOnce, so External Secrets Operator ignores the force-sync annotation and would never deliver the new token.',
      next: 'Set spec.refreshPolicy: OnChange on the ExternalSecret (or Periodic with a non-zero refreshInterval).',
    };
  }
  const interval = externalSecret.spec?.refreshInterval;
  if (policy === 'Periodic' && interval !== undefined && parseGoDuration(interval) === 0) {
    return {
      reason: `its refreshInterval is ${JSON.stringify(interval)} with the Periodic refresh policy, so External Secrets Operator ignores the force-sync annotation.`,
      next: 'Set spec.refreshPolicy: OnChange or a non-zero spec.refreshInterval (for example 1h) on the ExternalSecret.',
    };
  }
  if (externalSecret.spec?.target?.immutable === true) {
    return {
      reason: 'its target Secret is immutable (spec.target.immutable: true), so External Secrets Operator cannot write the new token into it.',
      next: 'Set spec.target.immutable: false on the ExternalSecret.',
    };
  }
  return undefined;
}

export function recordExternalSecret(ref: ObjectRef, externalSecret: ExternalSecretObject): ExternalSecretRecord {
  return {
    ref,
    targetSecret: { namespace: ref.namespace, name: externalSecret.spec?.target?.name || ref.name },
    syncedResourceVersion: externalSecret.status?.syncedResourceVersion ?? '',
    refreshPolicy: externalSecret.spec?.refreshPolicy || 'Periodic',
    refreshInterval: externalSecret.spec?.refreshInterval === undefined ? '' : String(externalSecret.spec.refreshInterval),
    ready: readyConditionOf(externalSecret),
  };
}

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
    // ESO refreshes on a change of its annotations; re-writing the same value would change nothing.
    const value =
      current.metadata?.annotations?.[FORCE_SYNC_ANNOTATION] === runId ? `${runId}-${Date.now().toString(36)}` : runId;
    const body = {
      metadata: { resourceVersion: current.metadata?.resourceVersion, annotations: { [FORCE_SYNC_ANNOTATION]: value } },
    };
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
    return { before, readyBefore, annotatedAt: new Date(), value };
  }
}

const sameCondition = (a: ReadyCondition | null, b: ReadyCondition | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.status === b.status &&
    a.reason === b.reason &&
    a.message === b.message &&
    a.lastTransitionTime === b.lastTransitionTime);

/** Whether a failing Ready condition was written after our annotation. */
function failedSinceAnnotation(ready: ReadyCondition, started: SyncStart): boolean {
  if (started.readyBefore !== undefined) return !sameCondition(ready, started.readyBefore);
  if (started.annotatedAt !== undefined) {
    const transition = Date.parse(ready.lastTransitionTime);
    // lastTransitionTime has whole seconds only.
    return Number.isFinite(transition) && transition >= Math.floor(started.annotatedAt.getTime() / 1000) * 1000;
  }
  return false;
}

/**
 * ESO's verdict on our forced sync. Success needs a new syncedResourceVersion
 * (ESO writes it only after a successful sync) and Ready=True/SecretSynced;
 * Ready=True alone can be left from an earlier sync. On failure ESO keeps the
 * old syncedResourceVersion and sets Ready=False/SecretSyncedError; that
 * counts as ours only when the condition changed after the annotation (or the
 * version moved on).
 */
export function judgeSync(
  externalSecret: ExternalSecretObject,
  ref: ObjectRef,
  started: SyncStart,
): Judgement<SyncResult> {
  const synced = externalSecret.status?.syncedResourceVersion ?? '';
  const ready = readyConditionOf(externalSecret);
  const moved = synced !== started.before;
  if (moved && ready?.status === 'True' && ready.reason === 'SecretSynced') {
    return {
      kind: 'done',
      result: {
        ref,
        observedAt: new Date(),
        refreshTime: externalSecret.status?.refreshTime ?? undefined,
        syncedResourceVersion: synced,
      },
    };
  }
  if (ready?.status === 'False' && ready.reason === 'SecretSyncedError' && (moved || failedSinceAnnotation(ready, started))) {
    return {
      kind: 'failed',
      error: new StepError(
        'sync',
        esTarget(ref),
        `External Secrets Operator failed to sync it: ${ready.message || 'no message'}.`,
        `Read the ExternalSecret's events for the provider error (kubectl -n ${ref.namespace} describe externalsecret ${ref.name}) and check that its SecretStore can read the parameter.`,
      ),
    };
  }
  return {
    kind: 'waiting',
    status: `waiting for External Secrets Operator (${describeReady(ready)}, syncedResourceVersion ${moved ? `now ${synced}` : 'unchanged'})`,
  };
}

/**
 * Watches the ExternalSecret until ESO has synced it after our annotation,
 * failed to, or the timeout passes. Pass forceSync's result: with it a
 * failure is told from an older one exactly; a bare `before` string falls back
 * to comparing the condition's lastTransitionTime with the time of the call.
 */
export async function waitForSync(
  cluster: Cluster,
  ref: ObjectRef,
  started: SyncStart | string,
  options: WaitOptions,
): Promise<SyncResult> {
  const target = esTarget(ref);
  // Given only the old syncedResourceVersion, a failure counts when its condition changed from now on.
  const start: SyncStart = typeof started === 'string' ? { before: started, annotatedAt: new Date() } : started;
  return watchObjectUntil<ExternalSecretObject, SyncResult>(cluster, {
    collectionPath: collectionPath(ref.namespace),
    name: ref.name,
    purpose: { step: 'sync', target, resource: ESO_RESOURCE, namespace: ref.namespace },
    doing: `waiting for ${target} to sync`,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    read: async (signal) => {
      try {
        return await getObject<ExternalSecretObject>(cluster, externalSecretPath(ref), signal);
      } catch (error) {
        if (statusCodeOf(error) === 404) return undefined;
        throw error;
      }
    },
    judge: (externalSecret) => judgeSync(externalSecret, ref, start),
    whenGone: () =>
      new StepError(
        'sync',
        target,
        'the ExternalSecret was deleted while waiting for it to sync.',
        'Find out what deleted it and recreate it; SSM already holds the new token.',
      ),
    whenTimedOut: (last) =>
      new StepError(
        'sync',
        target,
        `External Secrets Operator did not sync it within ${formatDuration(options.timeoutMs)}; last seen: ${last ?? 'nothing'}.`,
        `Check that the ESO controller is running and read its events (kubectl -n ${ref.namespace} describe externalsecret ${ref.name}), or raise sync-timeout.`,
      ),
  });
}

/** Preflight for one ExternalSecret: it exists at v1 and a forced sync can happen. */
export async function inspectExternalSecret(
  cluster: Cluster,
  ref: ObjectRef,
  signal?: AbortSignal,
): Promise<ExternalSecretRecord> {
  const externalSecret = await readExternalSecret(cluster, ref, 'preflight', signal);
  const blocker = refreshBlocker(externalSecret);
  if (blocker) throw new StepError('preflight', esTarget(ref), blocker.reason, blocker.next);
  return recordExternalSecret(ref, externalSecret);
}
