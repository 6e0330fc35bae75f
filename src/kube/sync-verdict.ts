// When a forced sync counts: ESO's status after our force-sync annotation,
// judged as pkg/controllers/externalsecret/externalsecret_controller.go writes it.
import type { Blocker, ExternalSecretObject, ReadyCondition } from './eso-rules.ts';
import { describeReady, isGenericTarget, readyConditionOf } from './eso-rules.ts';

/**
 * How long a retried failure may last before it is final. ESO requeues a
 * failed reconcile with a per-item exponential backoff, 1 s base doubling up
 * to 7 min (pkg/controllers/common/common.go, BuildRateLimiter): retries come
 * 1 s, 2 s and 4 s after the failures. A failure still there 8 s after it
 * first showed has survived three retries.
 */
export const RETRY_GRACE_MS = 8_000;

/** How often the Events are listed while a failure from before the run stands. */
export const ANSWER_POLL_MS = 1_000;

/**
 * Failures ESO does not retry: Reconcile calls markAsFailed with these and
 * returns `ctrl.Result{}, nil` ("this error cant be fixed by retrying"), so
 * nothing is requeued until the object changes again.
 */
export const FINAL_FAILURES: Readonly<Record<string, (secret: string) => string>> = {
  'target is owned by another ExternalSecret': (secret) => `Another ExternalSecret owns Secret ${secret}: point spec.target.name at a Secret of its own.`,
  'could not update secret, target is immutable': (secret) =>
    `Secret ${secret} is immutable and Kubernetes never makes it mutable again: delete it (ESO recreates it) and keep spec.target.immutable false.`,
  'failed to take ownership of target secret': (secret) =>
    `Check who owns Secret ${secret} (its metadata.ownerReferences) and free it for this ExternalSecret.`,
  'invalid generic target': () => GENERIC_TARGET_NEXT,
};

const GENERIC_TARGET_NEXT =
  'Start the ESO controller with --unsafe-allow-generic-targets (off by default) and set spec.target.manifest.apiVersion and kind, or drop spec.target.manifest; the ExternalSecret events give the reason.';

/**
 * Whether a Ready=False condition is ESO's failure of this ExternalSecret.
 * A generic target fails with ResourceSyncedError in reconcileGenericTarget,
 * but with SecretSyncedError when validateGenericTarget refuses it ("invalid
 * generic target", Reconcile in externalsecret_controller.go, v1.0.0 to v2.9.0),
 * which every spec.target.manifest gets on a default install
 * (--unsafe-allow-generic-targets defaults to false, cmd/controller/root.go).
 */
export const isSyncFailure = (ready: ReadyCondition | null, generic: boolean): ready is ReadyCondition =>
  ready?.status === 'False' && (ready.reason === 'SecretSyncedError' || (generic && ready.reason === 'ResourceSyncedError'));

/**
 * Refuses, in preflight, an ExternalSecret ESO already refuses for good: an
 * invalid generic target is not requeued ("don't requeue as this is a
 * configuration error"), and our annotation only runs the same validation again.
 */
export function standingFailureBlocker(externalSecret: ExternalSecretObject): Blocker | undefined {
  const ready = readyConditionOf(externalSecret);
  if (!isSyncFailure(ready, isGenericTarget(externalSecret)) || ready.message !== 'invalid generic target') return undefined;
  return {
    reason:
      'External Secrets Operator already refuses its spec.target.manifest (Ready=False, "invalid generic target") and does not retry it, so a forced sync would fail the same way.',
    next: GENERIC_TARGET_NEXT,
  };
}

/** One core/v1 Event about the ExternalSecret, as far as the evidence needs it. */
export interface EventMark {
  readonly name: string;
  /** `count` (or `series.count`): the correlator raises it for every repeat. */
  readonly count: number;
  /** `lastTimestamp` (or `series.lastObservedTime`, `eventTime`). */
  readonly last: string;
}

/**
 * Whether ESO has acted on the ExternalSecret since `before` was listed: an
 * Event that is new, or whose count or last time moved. For a failure ESO
 * repeats, this is the only trace: markAsFailed writes the same condition,
 * and SetExternalSecretCondition keeps its lastTransitionTime when status,
 * reason and message are unchanged (pkg/controllers/externalsecret/util.go,
 * v0.16.2; externalsecret_controller.go markAsFailed, v0.16.2 and v2.9.0).
 */
export function esoAnsweredSince(before: readonly EventMark[], now: readonly EventMark[]): boolean {
  return now.some((event) => {
    const earlier = before.find((known) => known.name === event.name);
    return !earlier || event.count > earlier.count || event.last !== earlier.last;
  });
}

/** What forceSync saw and did, which the judgement needs to tell our sync from an old one. */
export interface SyncStart {
  /** `status.syncedResourceVersion` at the moment of the annotation ('' when never synced). */
  readonly before: string;
  /** The Ready condition at that moment; a failure only counts as new when it differs. */
  readonly readyBefore?: ReadyCondition | null | undefined;
  /** When the annotation was written. */
  readonly annotatedAt?: Date | undefined;
  /** `status.refreshTime` at the annotation ('' when none); undefined when not read. */
  readonly refreshTimeBefore?: string | undefined;
  /**
   * The ExternalSecret's Events just before the annotation, listed only when
   * it was failing then; undefined when not listed (or RBAC forbids it).
   */
  readonly eventsBefore?: readonly EventMark[] | undefined;
  /**
   * The status preflight read, before this run's write. A sync between that read and the
   * annotation is not ours, yet may have read the write: only the target Secret can tell.
   */
  readonly recorded?: { readonly syncedResourceVersion: string; readonly refreshTime?: string | undefined } | undefined;
}

export type SyncVerdict =
  | {
      readonly kind: 'done';
      readonly syncedResourceVersion: string;
      readonly refreshTime: string | undefined;
      /** What proves the sync read this run's write: our annotation, or the target Secret's value. */
      readonly proof: 'force-sync' | 'secret';
    }
  | { readonly kind: 'failed'; readonly blocker: Blocker; readonly final: boolean }
  | {
      readonly kind: 'waiting';
      readonly status: string;
      readonly failingSince?: number;
      readonly recheckAt?: number;
      /** A failure from before the annotation stands: look for ESO's answer (esoAnsweredSince). */
      readonly awaitingAnswer?: true;
      /** ESO synced since the write on its own: read the target Secret and judge again. */
      readonly readSecret?: true;
    };

const sameCondition = (a: ReadyCondition | null, b: ReadyCondition | null): boolean =>
  a === b ||
  (a !== null && b !== null && a.status === b.status && a.reason === b.reason && a.message === b.message && a.lastTransitionTime === b.lastTransitionTime);

/** Whether a condition was written after our annotation. */
export function changedSince(ready: ReadyCondition, started: SyncStart): boolean {
  if (started.readyBefore !== undefined) return !sameCondition(ready, started.readyBefore);
  if (started.annotatedAt !== undefined) {
    const transition = Date.parse(ready.lastTransitionTime);
    // lastTransitionTime has whole seconds only.
    return Number.isFinite(transition) && transition >= Math.floor(started.annotatedAt.getTime() / 1000) * 1000;
  }
  return false;
}

/**
 * ESO's verdict on our forced sync.
 * - Success: a new syncedResourceVersion (markAsDone writes it) and
 *   Ready=True with SecretSynced (ResourceSynced for spec.target.manifest);
 *   Ready=True alone can be left from an earlier sync.
 * - Ready=True/SecretMissing (creationPolicy Merge, no Secret) and
 *   SecretDeleted (deletionPolicy Delete, no data) - ResourceMissing /
 *   ResourceDeleted for generic targets (reconcileGenericTarget) - are
 *   markAsDone too, but deliver nothing: they fail at once.
 * - Ready=False/SecretSyncedError (or ResourceSyncedError, isSyncFailure) with a message in
 *   FINAL_FAILURES fails at once; any other is retried by ESO and fails only
 *   once it has lasted RETRY_GRACE_MS, counted from when it was first seen;
 *   one there before the annotation and unchanged counts only from when
 *   ESO is seen to have processed our annotation (esoAnsweredSince).
 */
export function judgeSync(
  externalSecret: ExternalSecretObject,
  started: SyncStart,
  observation: {
    readonly now: number;
    readonly failingSince: number | undefined;
    readonly namespace: string;
    readonly name: string;
    readonly secretName: string;
    /** esoAnsweredSince(started.eventsBefore, the Events now): ESO processed our force-sync. */
    readonly esoAnswered?: boolean | undefined;
    /** The run may read the target Secret (verify-secret-key given). */
    readonly canReadSecret?: boolean | undefined;
    /** Whether the target Secret holds the new value, read for this very state of the ExternalSecret; undefined when not read. */
    readonly delivered?: boolean | undefined;
  },
): SyncVerdict {
  const synced = externalSecret.status?.syncedResourceVersion ?? '';
  const ready = readyConditionOf(externalSecret);
  const moved = synced !== started.before;
  const generic = isGenericTarget(externalSecret);
  const fresh = ready !== null && (moved || changedSince(ready, started));
  if (moved && ready?.status === 'True' && ready.reason === (generic ? 'ResourceSynced' : 'SecretSynced')) {
    return { kind: 'done', syncedResourceVersion: synced, refreshTime: externalSecret.status?.refreshTime ?? undefined, proof: 'force-sync' };
  }
  const own = ownSyncVerdict(externalSecret, started, observation, ready, generic);
  if (own) return own;
  if (fresh && ready.status === 'True' && ready.reason === (generic ? 'ResourceMissing' : 'SecretMissing')) {
    return {
      kind: 'failed',
      final: true,
      blocker: {
        reason: `External Secrets Operator wrote nothing: ${ready.message || 'SecretMissing'} (Secret ${observation.secretName} does not exist).`,
        next: `Create Secret ${observation.secretName}, or set spec.target.creationPolicy: Owner.`,
      },
    };
  }
  if (fresh && ready.status === 'True' && ready.reason === (generic ? 'ResourceDeleted' : 'SecretDeleted')) {
    return {
      kind: 'failed',
      final: true,
      blocker: {
        reason: `External Secrets Operator found no data for it and deleted Secret ${observation.secretName}: ${ready.message || 'SecretDeleted'}.`,
        next: 'Check that the store can read the parameter (ParameterNotFound means ESO sees no such name), and the remoteRef.key.',
      },
    };
  }
  if (!isSyncFailure(ready, generic)) {
    return {
      kind: 'waiting',
      status: `waiting for External Secrets Operator (${describeReady(ready)}, syncedResourceVersion ${moved ? `now ${synced}` : 'unchanged'})`,
    };
  }
  // A failure standing since before our annotation says nothing about our sync until ESO has
  // processed it: with one worker (--concurrent defaults to 1) that can take long.
  if (!fresh && observation.esoAnswered !== true) {
    return {
      kind: 'waiting',
      status: `waiting for External Secrets Operator to process the force-sync (its ${describeReady(ready)} is from before this run)`,
      recheckAt: observation.now + ANSWER_POLL_MS,
      awaitingAnswer: true,
    };
  }
  const finalNext = FINAL_FAILURES[ready.message];
  if (finalNext) {
    return {
      kind: 'failed',
      final: true,
      blocker: { reason: `External Secrets Operator failed to sync it and does not retry: ${ready.message}.`, next: finalNext(observation.secretName) },
    };
  }
  const since = observation.failingSince ?? observation.now;
  if (observation.now - since >= RETRY_GRACE_MS) {
    return {
      kind: 'failed',
      final: false,
      blocker: {
        reason: `External Secrets Operator failed to sync it and kept failing across its retries for ${Math.round((observation.now - since) / 1000)}s: ${ready.message || 'no message'}.`,
        next: `Read the ExternalSecret's events for the provider error (kubectl -n ${observation.namespace} describe externalsecret ${observation.name}) and check that its SecretStore can read the parameter.`,
      },
    };
  }
  return {
    kind: 'waiting',
    status: `External Secrets Operator failed (${ready.message || 'no message'}); waiting for its retry`,
    failingSince: since,
    recheckAt: since + RETRY_GRACE_MS,
  };
}

/**
 * A sync ESO made on its own between preflight and our annotation (its retry, a Periodic refresh):
 * its syncedResourceVersion hashes the metadata without our annotation, so nothing in the status
 * says whether its provider read came before or after the write. refreshTime is the reconcile's
 * start on the controller's clock (Reconcile `start := time.Now()`, markAsDone
 * `Status.RefreshTime = metav1.NewTime(start)`, externalsecret_controller.go v0.16.2 and v2.9.0),
 * whole seconds, and no clock of the runner or of SSM is tied to it, so a time comparison proves
 * nothing under skew. The target Secret's value does: it holds the new token only if ESO read the
 * write. That matters most for refreshPolicy CreatedOnce: once synced, shouldRefresh is false for
 * good and the force-sync is ignored, so this sync is the only one there will be.
 */
function ownSyncVerdict(
  externalSecret: ExternalSecretObject,
  started: SyncStart,
  observation: { readonly now: number; readonly secretName: string; readonly canReadSecret?: boolean | undefined; readonly delivered?: boolean | undefined },
  ready: ReadyCondition | null,
  generic: boolean,
): SyncVerdict | undefined {
  const { recorded } = started;
  const synced = externalSecret.status?.syncedResourceVersion ?? '';
  if (!recorded || ready?.status !== 'True' || ready.reason !== (generic ? 'ResourceSynced' : 'SecretSynced')) return undefined;
  const now = { syncedResourceVersion: synced, refreshTime: externalSecret.status?.refreshTime ?? '' };
  if (!esoWroteSince(now, { before: recorded.syncedResourceVersion, refreshTimeBefore: recorded.refreshTime })) return undefined;
  if (observation.delivered === true) return { kind: 'done', syncedResourceVersion: synced, refreshTime: now.refreshTime || undefined, proof: 'secret' };
  // shouldRefresh: CreatedOnce with a syncedResourceVersion and a refreshTime never refreshes again.
  const ignoresForceSync = (externalSecret.spec?.refreshPolicy ?? '') === 'CreatedOnce' && started.before !== '' && now.refreshTime !== '';
  if (observation.delivered === false && ignoresForceSync) {
    return {
      kind: 'failed',
      final: true,
      blocker: {
        reason: `External Secrets Operator made its one sync (refreshPolicy CreatedOnce) before it could read the new token, so Secret ${observation.secretName} holds another value, and it ignores the force-sync from now on.`,
        next: 'Set spec.refreshPolicy: OnChange on the ExternalSecret and run again.',
      },
    };
  }
  if (observation.delivered === undefined && observation.canReadSecret === true) {
    return {
      kind: 'waiting',
      status: `External Secrets Operator synced on its own since the write; reading Secret ${observation.secretName} to tell whether it holds the new token`,
      recheckAt: observation.now,
      readSecret: true,
    };
  }
  return undefined;
}

/**
 * Whether ESO completed a sync between the record and `started`: markAsDone writes refreshTime on
 * every sync, but syncedResourceVersion is the metadata hash, which a Periodic refresh
 * (shouldRefreshPeriodic, the interval ran out) leaves as it was (externalsecret_controller.go,
 * markAsDone, v0.16.2 and v2.9.0).
 */
export const esoWroteSince = (
  record: { readonly syncedResourceVersion: string; readonly refreshTime?: string | undefined },
  started: { readonly before: string; readonly refreshTimeBefore?: string | undefined },
): boolean => started.before !== record.syncedResourceVersion || (started.refreshTimeBefore ?? '') !== (record.refreshTime ?? '');
