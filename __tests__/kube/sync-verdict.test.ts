import { describe, expect, test } from '@jest/globals';
import type { ExternalSecretObject } from '../../src/kube/eso-rules.ts';
import {
  ANSWER_POLL_MS,
  changedSince,
  esoAnsweredSince,
  esoWroteSince,
  judgeSync,
  RETRY_GRACE_MS,
  standingFailureBlocker,
} from '../../src/kube/sync-verdict.ts';
import type { SyncStart } from '../../src/kube/sync-verdict.ts';
import { firstSyncBlocker } from '../../src/kube/first-sync.ts';

const T0 = Date.parse('2025-01-02T00:00:00Z');
const cond = (status: string, reason: string, message = '', lastTransitionTime = '2025-01-02T00:00:00Z') => ({
  type: 'Ready',
  status,
  reason,
  message,
  lastTransitionTime,
});
const es = (synced: string, ready: ReturnType<typeof cond> | undefined, generic = false): ExternalSecretObject => ({
  spec: generic ? { target: { manifest: { apiVersion: 'v1', kind: 'ConfigMap' } } } : {},
  status: { syncedResourceVersion: synced, refreshTime: '2025-01-02T00:00:01Z', conditions: ready ? [ready] : [] },
});
const oldReady = { status: 'True', reason: 'SecretSynced', message: 'secret synced', lastTransitionTime: '2025-01-01T00:00:00Z' };
const started: SyncStart = { before: '1-old', readyBefore: oldReady, annotatedAt: new Date(T0) };
const at = (now: number, failingSince?: number) => ({ now, failingSince, namespace: 'prod', name: 'app', secretName: 'app-token' });

describe('judgeSync: success', () => {
  test('a new syncedResourceVersion with Ready=True SecretSynced is done, with ESO refreshTime', () => {
    expect(judgeSync(es('1-new', cond('True', 'SecretSynced')), started, at(T0))).toEqual({
      kind: 'done',
      syncedResourceVersion: '1-new',
      refreshTime: '2025-01-02T00:00:01Z',
      proof: 'force-sync',
    });
  });

  test.each([
    ['the version did not move', es('1-old', cond('True', 'SecretSynced'))],
    ['Ready=False with a moved version', es('1-new', cond('False', 'SecretSynced'))],
    ['another reason', es('1-new', cond('True', 'SecretSyncedX'))],
    ['ResourceSynced on a Secret target', es('1-new', cond('True', 'ResourceSynced'))],
    ['SecretSynced on a generic target', es('1-new', cond('True', 'SecretSynced'), true)],
    ['no condition', es('1-new', undefined)],
  ])('%s is not done', (_name, object) => {
    expect(judgeSync(object, started, at(T0)).kind).toBe('waiting');
  });

  test('a generic target is done on ResourceSynced', () => {
    expect(judgeSync(es('1-new', cond('True', 'ResourceSynced'), true), started, at(T0)).kind).toBe('done');
  });
});

describe('judgeSync: syncs that deliver nothing fail at once', () => {
  test.each([
    ['SecretMissing', false, 'External Secrets Operator wrote nothing: m (Secret app-token does not exist).'],
    ['ResourceMissing', true, 'External Secrets Operator wrote nothing: m (Secret app-token does not exist).'],
    ['SecretDeleted', false, 'External Secrets Operator found no data for it and deleted Secret app-token: m.'],
    ['ResourceDeleted', true, 'External Secrets Operator found no data for it and deleted Secret app-token: m.'],
  ])('%s (generic %p)', (reason, generic, sentence) => {
    const verdict = judgeSync(es('1-new', cond('True', reason, 'm'), generic), started, at(T0));
    expect(verdict.kind === 'failed' ? [verdict.blocker.reason, verdict.final] : verdict.kind).toEqual([sentence, true]);
  });

  test.each([
    ['SecretMissing on a generic target', 'SecretMissing', true],
    ['ResourceMissing on a Secret target', 'ResourceMissing', false],
    ['SecretDeleted on a generic target', 'SecretDeleted', true],
  ])('%s waits', (_name, reason, generic) => {
    expect(judgeSync(es('1-new', cond('True', reason), generic), started, at(T0)).kind).toBe('waiting');
  });

  test('an old SecretMissing, unchanged since the annotation, is not ours', () => {
    const before = { status: 'True', reason: 'SecretMissing', message: 'm', lastTransitionTime: '2025-01-01T00:00:00Z' };
    expect(judgeSync(es('1-old', cond('True', 'SecretMissing', 'm', '2025-01-01T00:00:00Z')), { ...started, readyBefore: before }, at(T0)).kind).toBe(
      'waiting',
    );
  });

  test('Ready=False SecretMissing is not a delivered-nothing verdict', () => {
    expect(judgeSync(es('1-new', cond('False', 'SecretMissing')), started, at(T0)).kind).toBe('waiting');
  });
});

describe('judgeSync: errors ESO does not retry fail at once', () => {
  test.each([
    ['target is owned by another ExternalSecret', 'Another ExternalSecret owns Secret app-token'],
    ['could not update secret, target is immutable', 'Secret app-token is immutable and Kubernetes never makes it mutable again'],
    ['failed to take ownership of target secret', 'Check who owns Secret app-token'],
    ['invalid generic target', '--unsafe-allow-generic-targets'],
  ])('%s', (message, next) => {
    const verdict = judgeSync(es('1-old', cond('False', 'SecretSyncedError', message)), started, at(T0));
    expect(verdict.kind === 'failed' ? [verdict.blocker.reason, verdict.final] : verdict).toEqual([
      `External Secrets Operator failed to sync it and does not retry: ${message}.`,
      true,
    ]);
    expect(verdict.kind === 'failed' ? verdict.blocker.next : '').toContain(next);
  });

  test('on a generic target both SecretSyncedError (validateGenericTarget, v1.0.0+) and ResourceSyncedError are failures', () => {
    expect(judgeSync(es('1-old', cond('False', 'ResourceSyncedError', 'invalid generic target'), true), started, at(T0)).kind).toBe('failed');
    expect(judgeSync(es('1-old', cond('False', 'SecretSyncedError', 'invalid generic target'), true), started, at(T0)).kind).toBe('failed');
    expect(judgeSync(es('1-old', cond('False', 'ResourceSyncedError', 'invalid generic target')), started, at(T0)).kind).toBe('waiting');
  });
});

describe('standingFailureBlocker: an ExternalSecret ESO already refuses for good', () => {
  test.each([
    ['invalid generic target under SecretSyncedError', es('1-old', cond('False', 'SecretSyncedError', 'invalid generic target'), true), true],
    ['invalid generic target under ResourceSyncedError', es('1-old', cond('False', 'ResourceSyncedError', 'invalid generic target'), true), true],
    ['another failure of a generic target', es('1-old', cond('False', 'SecretSyncedError', 'could not get secret data from provider'), true), false],
    ['a synced generic target', es('1-old', cond('True', 'ResourceSynced'), true), false],
    ['a Secret target', es('1-old', cond('False', 'ResourceSyncedError', 'invalid generic target')), false],
    ['no condition', es('', undefined, true), false],
  ])('%s: refused %p', (_name, externalSecret, refused) => {
    expect(standingFailureBlocker(externalSecret)?.reason ?? 'accepted').toBe(
      refused
        ? 'External Secrets Operator already refuses its spec.target.manifest (Ready=False, "invalid generic target") and does not retry it, so a forced sync would fail the same way.'
        : 'accepted',
    );
  });
});

describe('judgeSync: errors ESO retries', () => {
  const failing = es('1-old', cond('False', 'SecretSyncedError', 'could not get secret data from provider'));

  test('a new one waits for the retry, from the time it was first seen', () => {
    expect(judgeSync(failing, started, at(T0 + 100))).toEqual({
      kind: 'waiting',
      status: 'External Secrets Operator failed (could not get secret data from provider); waiting for its retry',
      failingSince: T0 + 100,
      recheckAt: T0 + 100 + RETRY_GRACE_MS,
    });
  });

  test('it keeps its first-seen time and fails once it has lasted RETRY_GRACE_MS', () => {
    expect(judgeSync(failing, started, at(T0 + RETRY_GRACE_MS - 1, T0)).kind).toBe('waiting');
    const verdict = judgeSync(failing, started, at(T0 + RETRY_GRACE_MS, T0));
    expect(verdict.kind === 'failed' ? [verdict.blocker.reason, verdict.final] : verdict).toEqual([
      'External Secrets Operator failed to sync it and kept failing across its retries for 8s: could not get secret data from provider.',
      false,
    ]);
    expect(verdict.kind === 'failed' ? verdict.blocker.next : '').toContain('kubectl -n prod describe externalsecret app');
  });

  test('an old failure, unchanged since the annotation, is not judged until ESO is seen to answer the force-sync', () => {
    const before = { status: 'False', reason: 'SecretSyncedError', message: 'x', lastTransitionTime: '2025-01-01T00:00:00Z' };
    const old = es('1-old', cond('False', 'SecretSyncedError', 'x', '2025-01-01T00:00:00Z'));
    const start = { ...started, readyBefore: before };
    // Long after the annotation, no answer yet: still waiting, polled again in a second.
    expect(judgeSync(old, start, at(T0 + 60_000))).toEqual({
      kind: 'waiting',
      status: 'waiting for External Secrets Operator to process the force-sync (its Ready=False SecretSyncedError "x" is from before this run)',
      recheckAt: T0 + 60_000 + ANSWER_POLL_MS,
      awaitingAnswer: true,
    });
    // Answered: the retry clock starts when the answer is seen, and runs RETRY_GRACE_MS.
    expect(judgeSync(old, start, { ...at(T0 + 60_000), esoAnswered: true })).toMatchObject({ kind: 'waiting', failingSince: T0 + 60_000 });
    expect(judgeSync(old, start, { ...at(T0 + 60_000 + RETRY_GRACE_MS, T0 + 60_000), esoAnswered: true }).kind).toBe('failed');
    // A final message that ESO wrote again on our force-sync is final.
    const ownedBefore = { ...before, message: 'target is owned by another ExternalSecret' };
    const owned = es('1-old', cond('False', 'SecretSyncedError', 'target is owned by another ExternalSecret', '2025-01-01T00:00:00Z'));
    expect(judgeSync(owned, { ...started, readyBefore: ownedBefore }, at(T0 + 5)).kind).toBe('waiting');
    expect(judgeSync(owned, { ...started, readyBefore: ownedBefore }, { ...at(T0 + 5), esoAnswered: true })).toMatchObject({ kind: 'failed', final: true });
  });

  test('success after a failure is done', () => {
    expect(judgeSync(es('1-new', cond('True', 'SecretSynced')), started, at(T0 + 1000, T0)).kind).toBe('done');
  });

  test('no message is said so', () => {
    const verdict = judgeSync(es('1-old', cond('False', 'SecretSyncedError')), started, at(T0 + RETRY_GRACE_MS, T0));
    expect(verdict.kind === 'failed' ? verdict.blocker.reason : '').toContain('for 8s: no message.');
  });
});

describe('changedSince', () => {
  const ready = { status: 'False', reason: 'R', message: 'm', lastTransitionTime: '2025-01-02T00:00:00Z' };

  test.each([
    [{ status: 'True' }, true],
    [{ reason: 'X' }, true],
    [{ message: 'other' }, true],
    [{ lastTransitionTime: '2025-01-01T00:00:00Z' }, true],
    [{}, false],
  ])('against readyBefore differing in %j: %p', (diff, changed) => {
    expect(changedSince(ready, { before: '', readyBefore: { ...ready, ...diff } })).toBe(changed);
  });

  test('with no readyBefore, any condition is new', () => {
    expect(changedSince(ready, { before: '', readyBefore: null })).toBe(true);
  });

  test('without readyBefore, lastTransitionTime is compared with the annotation time in whole seconds', () => {
    expect(changedSince(ready, { before: '', annotatedAt: new Date(T0 + 999) })).toBe(true);
    expect(changedSince(ready, { before: '', annotatedAt: new Date(T0 + 1000) })).toBe(false);
    expect(changedSince({ ...ready, lastTransitionTime: 'garbage' }, { before: '', annotatedAt: new Date(T0) })).toBe(false);
    expect(changedSince(ready, { before: '' })).toBe(false);
  });
});

describe('judgeSync: whole verdicts, sentence by sentence', () => {
  test('a Secret ESO found missing or deleted, without a message, is named by the reason, with the next step', () => {
    expect(judgeSync(es('1-new', cond('True', 'SecretMissing')), started, at(T0))).toEqual({
      kind: 'failed',
      final: true,
      blocker: {
        reason: 'External Secrets Operator wrote nothing: SecretMissing (Secret app-token does not exist).',
        next: 'Create Secret app-token, or set spec.target.creationPolicy: Owner.',
      },
    });
    expect(judgeSync(es('1-new', cond('True', 'SecretDeleted')), started, at(T0))).toEqual({
      kind: 'failed',
      final: true,
      blocker: {
        reason: 'External Secrets Operator found no data for it and deleted Secret app-token: SecretDeleted.',
        next: 'Check that the store can read the parameter (ParameterNotFound means ESO sees no such name), and the remoteRef.key.',
      },
    });
  });

  test('Ready=False SecretDeleted is not a deleted-Secret verdict', () => {
    expect(judgeSync(es('1-new', cond('False', 'SecretDeleted', 'm')), started, at(T0))).toEqual({
      kind: 'waiting',
      status: 'waiting for External Secrets Operator (Ready=False SecretDeleted "m", syncedResourceVersion now 1-new)',
    });
  });

  test('the waiting status names the Ready condition and whether syncedResourceVersion moved', () => {
    expect(judgeSync(es('1-old', cond('True', 'SecretSynced')), started, at(T0))).toEqual({
      kind: 'waiting',
      status: 'waiting for External Secrets Operator (Ready=True SecretSynced, syncedResourceVersion unchanged)',
    });
    expect(judgeSync(es('1-new', undefined), started, at(T0))).toEqual({
      kind: 'waiting',
      status: 'waiting for External Secrets Operator (no Ready condition, syncedResourceVersion now 1-new)',
    });
  });

  test('an ExternalSecret never synced, before or after, has not moved', () => {
    const never: ExternalSecretObject = { spec: {}, status: { conditions: [cond('True', 'SecretSynced')] } };
    expect(judgeSync(never, { before: '' }, at(T0))).toEqual({
      kind: 'waiting',
      status: 'waiting for External Secrets Operator (Ready=True SecretSynced, syncedResourceVersion unchanged)',
    });
  });

  test('a retried failure without a message says so while it waits', () => {
    expect(judgeSync(es('1-old', cond('False', 'SecretSyncedError')), started, at(T0 + 100))).toEqual({
      kind: 'waiting',
      status: 'External Secrets Operator failed (no message); waiting for its retry',
      failingSince: T0 + 100,
      recheckAt: T0 + 100 + RETRY_GRACE_MS,
    });
  });
});

describe('esoAnsweredSince: an Event ESO wrote after the list taken before the annotation', () => {
  const mark = (name: string, count: number, last: string) => ({ name, count, last });
  test.each([
    ['no Event before or after', [], [], false],
    ['the same Event, unchanged', [mark('a', 3, '2025-01-02T00:00:00Z')], [mark('a', 3, '2025-01-02T00:00:00Z')], false],
    ['the same Event, count raised by the correlator', [mark('a', 3, '2025-01-02T00:00:00Z')], [mark('a', 4, '2025-01-02T00:00:00Z')], true],
    ['the same Event, a later lastTimestamp', [mark('a', 3, '2025-01-02T00:00:00Z')], [mark('a', 3, '2025-01-02T00:00:09Z')], true],
    ['a new Event', [mark('a', 3, '2025-01-02T00:00:00Z')], [mark('a', 3, '2025-01-02T00:00:00Z'), mark('b', 1, '2025-01-02T00:00:09Z')], true],
    ['an Event gone (expired), none new', [mark('a', 3, '2025-01-02T00:00:00Z')], [], false],
  ])('%s: %p', (_name, before, now, answered) => {
    expect(esoAnsweredSince(before, now)).toBe(answered);
  });
});

describe('esoWroteSince: markAsDone writes refreshTime on every sync, syncedResourceVersion only on a metadata change', () => {
  const record = { syncedResourceVersion: '1-a', refreshTime: '2025-01-02T00:00:00Z' };
  test.each([
    ['nothing moved', { before: '1-a', refreshTimeBefore: '2025-01-02T00:00:00Z' }, false],
    ['a Periodic refresh: refreshTime moved alone', { before: '1-a', refreshTimeBefore: '2025-01-02T00:00:05Z' }, true],
    ['a forced sync: syncedResourceVersion moved', { before: '1-b', refreshTimeBefore: '2025-01-02T00:00:05Z' }, true],
    ['refreshTime not known: syncedResourceVersion decides', { before: '1-a', refreshTimeBefore: '2025-01-02T00:00:00Z' }, false],
  ])('%s: %p', (_name, started, wrote) => {
    expect(esoWroteSince(record, started)).toBe(wrote);
  });

  test('a record and a start without refreshTime compare as equal', () => {
    expect(esoWroteSince({ syncedResourceVersion: '' }, { before: '' })).toBe(false);
  });
});

describe('judgeSync: a sync ESO made on its own between the write and the annotation (refreshPolicy CreatedOnce race)', () => {
  // Preflight found it never synced; ESO's retry synced before the annotation was read, so `before` is that sync's hash.
  const createdOnce = (synced: string, ready: ReturnType<typeof cond>, refreshTime = '2025-01-02T00:00:01Z'): ExternalSecretObject => ({
    spec: { refreshPolicy: 'CreatedOnce' },
    status: { syncedResourceVersion: synced, refreshTime, conditions: [ready] },
  });
  const raced: SyncStart = {
    before: '1-own',
    readyBefore: cond('True', 'SecretSynced'),
    annotatedAt: new Date(T0),
    recorded: { syncedResourceVersion: '', refreshTime: '' },
  };
  const seen = (delivered: boolean | undefined, canReadSecret = true) => ({ ...at(T0), canReadSecret, delivered });
  const synced = createdOnce('1-own', cond('True', 'SecretSynced'));

  test('the target Secret holding the new value proves the sync read the write: done, by the Secret', () => {
    expect(judgeSync(synced, raced, seen(true))).toEqual({
      kind: 'done',
      syncedResourceVersion: '1-own',
      refreshTime: '2025-01-02T00:00:01Z',
      proof: 'secret',
    });
  });

  test('not yet read: read the Secret now and judge again', () => {
    expect(judgeSync(synced, raced, seen(undefined))).toEqual({
      kind: 'waiting',
      status: 'External Secrets Operator synced on its own since the write; reading Secret app-token to tell whether it holds the new token',
      recheckAt: T0,
      readSecret: true,
    });
  });

  test('another value in the Secret under CreatedOnce fails at once: ESO never syncs again', () => {
    expect(judgeSync(synced, raced, seen(false))).toEqual({
      kind: 'failed',
      final: true,
      blocker: {
        reason:
          'External Secrets Operator made its one sync (refreshPolicy CreatedOnce) before it could read the new token, so Secret app-token holds another value, and it ignores the force-sync from now on.',
        next: 'Set spec.refreshPolicy: OnChange on the ExternalSecret and run again.',
      },
    });
  });

  test('another value in the Secret under OnChange waits: the force-sync still brings a sync', () => {
    const onChange = { ...synced, spec: { refreshPolicy: 'OnChange' } };
    expect(judgeSync(onChange, raced, seen(false)).kind).toBe('waiting');
    expect(judgeSync(onChange, raced, seen(false))).not.toHaveProperty('readSecret');
  });

  test('CreatedOnce still never synced at the annotation: the force-sync brings its first sync, no Secret read needed', () => {
    const fresh: SyncStart = { ...raced, before: '', readyBefore: cond('False', 'SecretSyncedError') };
    expect(judgeSync(createdOnce('1-own', cond('True', 'SecretSynced')), fresh, seen(false))).toMatchObject({ kind: 'done', proof: 'force-sync' });
  });

  test.each([
    ['without verify-secret-key (the Secret cannot be read)', synced, raced, seen(undefined, false)],
    [
      'when the status is the one preflight recorded',
      synced,
      { ...raced, recorded: { syncedResourceVersion: '1-own', refreshTime: '2025-01-02T00:00:01Z' } },
      seen(undefined),
    ],
    ['when no record was given', synced, { ...raced, recorded: undefined }, seen(undefined)],
    [
      'when the sync failed',
      createdOnce('1-own', cond('False', 'SecretSyncedError', 'x', '2025-01-01T00:00:00Z')),
      { ...raced, readyBefore: cond('False', 'SecretSyncedError', 'x', '2025-01-01T00:00:00Z') },
      seen(true),
    ],
  ])('no proof %s: waiting, no Secret read', (_name, object, start, observation) => {
    const verdict = judgeSync(object, start, observation);
    expect(verdict.kind).toBe('waiting');
    expect(verdict).not.toHaveProperty('readSecret');
  });

  test('a Periodic refresh since preflight (refreshTime moved, syncedResourceVersion not) counts as a sync of its own', () => {
    const periodic: ExternalSecretObject = {
      spec: {},
      status: { syncedResourceVersion: '1-old', refreshTime: '2025-01-02T00:00:09Z', conditions: [cond('True', 'SecretSynced')] },
    };
    const start: SyncStart = { ...started, recorded: { syncedResourceVersion: '1-old', refreshTime: '2025-01-02T00:00:01Z' } };
    expect(judgeSync(periodic, start, seen(true))).toMatchObject({ kind: 'done', proof: 'secret' });
  });
});

describe('firstSyncBlocker: CreatedOnce before its first sync needs verify-secret-key', () => {
  test.each([
    ['never synced, no verify-secret-key: refused', { spec: { refreshPolicy: 'CreatedOnce' } }, false, true],
    [
      'refreshTime zero, no verify-secret-key: refused',
      { spec: { refreshPolicy: 'CreatedOnce' }, status: { syncedResourceVersion: '1-a', refreshTime: null } },
      false,
      true,
    ],
    ['never synced, verifying: allowed', { spec: { refreshPolicy: 'CreatedOnce' } }, true, false],
    ['OnChange never synced: allowed', { spec: { refreshPolicy: 'OnChange' } }, false, false],
    [
      'CreatedOnce synced: left to refreshBlocker',
      { spec: { refreshPolicy: 'CreatedOnce' }, status: { syncedResourceVersion: '1-a', refreshTime: '2025-01-01T00:00:00Z' } },
      false,
      false,
    ],
  ] as [string, ExternalSecretObject, boolean, boolean][])('%s', (_name, object, verifying, refused) => {
    const blocker = firstSyncBlocker(object, verifying);
    expect(blocker === undefined ? undefined : blocker.next).toBe(
      refused
        ? 'Give verify-secret-key (the key the ExternalSecret writes the token to), or set spec.refreshPolicy: OnChange on the ExternalSecret.'
        : undefined,
    );
  });
});
