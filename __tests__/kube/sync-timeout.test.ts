import { describe, expect, test } from '@jest/globals';
import type { ExternalSecretObject } from '../../src/kube/eso-rules.ts';
import { esoNeverAnswered, syncTimeoutBlocker } from '../../src/kube/sync-timeout.ts';
import type { TimeoutSeen } from '../../src/kube/sync-timeout.ts';
import type { SyncStart } from '../../src/kube/sync-verdict.ts';

const ANNOTATED = new Date('2025-01-02T00:00:00.000Z');
const synced = { type: 'Ready', status: 'True', reason: 'SecretSynced', message: 'secret synced', lastTransitionTime: '2025-01-01T00:00:00Z' };
const failing = {
  type: 'Ready',
  status: 'False',
  reason: 'SecretSyncedError',
  message: 'could not get secret data from provider',
  lastTransitionTime: '2025-01-01T00:00:00Z',
};
const es = (srv: string, refreshTime: string, ready: typeof synced): ExternalSecretObject => ({
  spec: {},
  status: { syncedResourceVersion: srv, refreshTime, conditions: [ready] },
});
const startedSynced: SyncStart = { before: '1-old', readyBefore: synced, annotatedAt: ANNOTATED, refreshTimeBefore: '2025-01-01T00:00:00Z' };
const startedFailing: SyncStart = { ...startedSynced, readyBefore: failing, eventsBefore: [{ name: 'e1', count: 3, last: '2025-01-01T00:00:00Z' }] };
const seen = (last: ExternalSecretObject | undefined, more: Partial<TimeoutSeen> = {}): TimeoutSeen => ({
  namespace: 'prod',
  name: 'app',
  timeoutMs: 20_000,
  last,
  lastStatus: 'waiting for External Secrets Operator (Ready=True SecretSynced "secret synced", syncedResourceVersion unchanged)',
  lastFailure: undefined,
  awaitingAnswer: false,
  esoAnswered: false,
  ...more,
});
const unchanged = es('1-old', '2025-01-01T00:00:00Z', synced);

describe('esoNeverAnswered: ESO leaves a status change or an Event on every reconcile after the annotation', () => {
  test.each<[string, SyncStart, Partial<TimeoutSeen> & { last: ExternalSecretObject | undefined }, boolean]>([
    ['status exactly as at the annotation: never answered', startedSynced, { last: unchanged }, true],
    ['a new refreshTime (markAsDone): answered', startedSynced, { last: es('1-old', '2025-01-02T00:00:05Z', synced) }, false],
    ['a new syncedResourceVersion: answered', startedSynced, { last: es('1-new', '2025-01-01T00:00:00Z', synced) }, false],
    ['Ready turned False (markAsFailed): answered', startedSynced, { last: es('1-old', '2025-01-01T00:00:00Z', failing) }, false],
    ['never read: cannot tell', startedSynced, { last: undefined }, false],
    ['refreshTime at the annotation unknown: cannot tell', { ...startedSynced, refreshTimeBefore: undefined }, { last: unchanged }, false],
    ['only the old syncedResourceVersion known: cannot tell', { before: '1-old', annotatedAt: ANNOTATED }, { last: unchanged }, false],
    ['failing before, Events listed, none new: never answered', startedFailing, { last: es('1-old', '2025-01-01T00:00:00Z', failing) }, true],
    [
      'failing before, a new Event (the same failure repeated): answered',
      startedFailing,
      { last: es('1-old', '2025-01-01T00:00:00Z', failing), esoAnswered: true },
      false,
    ],
    [
      'failing before, Events not listed (RBAC): a repeated failure leaves no trace, cannot tell',
      { ...startedFailing, eventsBefore: undefined },
      { last: es('1-old', '2025-01-01T00:00:00Z', failing) },
      false,
    ],
  ])('%s', (_name, started, more, expected) => {
    expect(esoNeverAnswered(started, seen(more.last, more))).toBe(expected);
  });
});

describe('syncTimeoutBlocker: the sentence at sync-timeout', () => {
  test('ESO silent: says it never answered, since when, and where to look', () => {
    expect(syncTimeoutBlocker(startedSynced, seen(unchanged))).toEqual({
      reason:
        'External Secrets Operator never answered: no status update on the ExternalSecret (refreshTime, syncedResourceVersion and Ready condition unchanged) in the 20s since the force-sync annotation at 2025-01-02T00:00:00.000Z.',
      next: 'Check that the external-secrets controller is running (kubectl -n external-secrets get pods; kubectl -n external-secrets logs deploy/external-secrets) and that it watches namespace prod, then run again; raise sync-timeout if it is only slow.',
    });
  });

  test('ESO silent over a failure from before the run: names the Events and the old failure', () => {
    const blocker = syncTimeoutBlocker(
      startedFailing,
      seen(es('1-old', '2025-01-01T00:00:00Z', failing), { awaitingAnswer: true, lastFailure: 'could not get secret data from provider' }),
    );
    expect(blocker.reason).toBe(
      'External Secrets Operator never answered: no status update on the ExternalSecret (refreshTime, syncedResourceVersion and Ready condition unchanged, no new Event) in the 20s since the force-sync annotation at 2025-01-02T00:00:00.000Z. It was failing before this run: could not get secret data from provider.',
    );
  });

  test('ESO answered but did not finish: the last status, as before', () => {
    const last = es('1-old', '2025-01-02T00:00:05Z', synced);
    expect(syncTimeoutBlocker(startedSynced, seen(last)).reason).toBe(
      'External Secrets Operator did not sync it within 20s; last seen: waiting for External Secrets Operator (Ready=True SecretSynced "secret synced", syncedResourceVersion unchanged).',
    );
  });

  test('ESO answered with a failure still standing at the timeout', () => {
    const blocker = syncTimeoutBlocker(
      startedSynced,
      seen(es('1-old', '2025-01-01T00:00:00Z', failing), { lastFailure: 'could not get secret data from provider' }),
    );
    expect(blocker.reason).toBe(
      'External Secrets Operator failed to sync it and was still failing at sync-timeout (20s): could not get secret data from provider.',
    );
    expect(blocker.next).toBe(
      'Check that the ESO controller is running and read its events (kubectl -n prod describe externalsecret app), or raise sync-timeout.',
    );
  });

  test('failing before, Events unreadable: the old "no sign of processing" sentence', () => {
    const blocker = syncTimeoutBlocker(
      { ...startedFailing, eventsBefore: undefined },
      seen(es('1-old', '2025-01-01T00:00:00Z', failing), { awaitingAnswer: true, lastFailure: 'could not get secret data from provider' }),
    );
    expect(blocker.reason).toBe(
      'External Secrets Operator was failing before this run and showed no sign of processing the force-sync within 20s (no new Event, no status change): could not get secret data from provider.',
    );
  });
});
