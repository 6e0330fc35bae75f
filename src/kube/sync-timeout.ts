// What the sync-timeout sentence says, from what the wait saw of the ExternalSecret.
import type { Blocker, ExternalSecretObject, ReadyCondition } from './eso-rules.ts';
import { isGenericTarget, readyConditionOf } from './eso-rules.ts';
import { formatDuration } from './durations.ts';
import type { SyncStart } from './sync-verdict.ts';
import { isSyncFailure } from './sync-verdict.ts';

/** What the wait knew when sync-timeout ran out. */
export interface TimeoutSeen {
  readonly namespace: string;
  readonly name: string;
  readonly timeoutMs: number;
  /** The ExternalSecret as last read; undefined when never read. */
  readonly last: ExternalSecretObject | undefined;
  /** The wait's last status line. */
  readonly lastStatus: string | undefined;
  /** The standing failure message, when the last verdict was a failure (new or from before). */
  readonly lastFailure: string | undefined;
  /** The last verdict waited for ESO to process the force-sync over a failure from before the run. */
  readonly awaitingAnswer: boolean;
  /** esoAnsweredSince saw a new or repeated ESO Event since the annotation. */
  readonly esoAnswered: boolean;
}

const sameReady = (a: ReadyCondition | null, b: ReadyCondition | null): boolean =>
  a === b ||
  (a !== null && b !== null && a.status === b.status && a.reason === b.reason && a.message === b.message && a.lastTransitionTime === b.lastTransitionTime);

/**
 * Whether ESO never reacted to the force-sync. Our annotation changes the metadata hash, so
 * shouldRefresh is true (refreshPolicy OnChange and Periodic; preflight refuses CreatedOnce and a
 * Periodic interval of 0, which skip it) and every reconcile ends in markAsDone, which writes
 * status.refreshTime (the reconcile's start) and syncedResourceVersion, or in markAsFailed, which
 * records a Warning Event and sets Ready=False; the deferred Status().Update writes any change
 * (externalsecret_controller.go Reconcile, markAsDone, markAsFailed, v0.16.2). A controller that is
 * down writes nothing. Only a failure repeated word for word leaves the status as it was, and then
 * only its Event tells: without the Events listed before the annotation, nothing does.
 */
export function esoNeverAnswered(started: SyncStart, seen: Pick<TimeoutSeen, 'last' | 'esoAnswered'>): boolean {
  const { last } = seen;
  if (last === undefined || seen.esoAnswered || started.readyBefore === undefined) return false;
  if ((last.status?.syncedResourceVersion ?? '') !== started.before) return false;
  if (started.refreshTimeBefore === undefined || (last.status?.refreshTime ?? '') !== started.refreshTimeBefore) return false;
  if (!sameReady(readyConditionOf(last), started.readyBefore)) return false;
  const failingBefore = isSyncFailure(started.readyBefore, isGenericTarget(last));
  return !failingBefore || started.eventsBefore !== undefined;
}

/** The sync-timeout failure: ESO silent since the annotation, or ESO answering without finishing. */
export function syncTimeoutBlocker(started: SyncStart, seen: TimeoutSeen): Blocker {
  const within = formatDuration(seen.timeoutMs);
  const describe = `kubectl -n ${seen.namespace} describe externalsecret ${seen.name}`;
  if (esoNeverAnswered(started, seen)) {
    const at = started.annotatedAt === undefined ? '' : ` at ${started.annotatedAt.toISOString()}`;
    const events = started.eventsBefore === undefined ? '' : ', no new Event';
    const before = seen.lastFailure === undefined ? '' : ` It was failing before this run: ${seen.lastFailure}.`;
    return {
      reason: `External Secrets Operator never answered: no status update on the ExternalSecret (refreshTime, syncedResourceVersion and Ready condition unchanged${events}) in the ${within} since the force-sync annotation${at}.${before}`,
      next: `Check that the external-secrets controller is running (kubectl -n external-secrets get pods; kubectl -n external-secrets logs deploy/external-secrets) and that it watches namespace ${seen.namespace}, then run again; raise sync-timeout if it is only slow.`,
    };
  }
  const next = `Check that the ESO controller is running and read its events (${describe}), or raise sync-timeout.`;
  if (seen.awaitingAnswer) {
    return {
      reason: `External Secrets Operator was failing before this run and showed no sign of processing the force-sync within ${within} (no new Event, no status change): ${seen.lastFailure ?? 'no message'}.`,
      next,
    };
  }
  if (seen.lastFailure !== undefined) {
    return { reason: `External Secrets Operator failed to sync it and was still failing at sync-timeout (${within}): ${seen.lastFailure}.`, next };
  }
  return { reason: `External Secrets Operator did not sync it within ${within}; last seen: ${seen.lastStatus ?? 'nothing'}.`, next };
}
