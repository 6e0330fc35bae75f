import { beforeAll, describe, expect, test } from '@jest/globals';
import { quietCore } from './quiet-core.ts';

quietCore();
let rules: typeof import('../../src/kube/externalsecrets.ts');
let errors: typeof import('../../src/errors.ts');

beforeAll(async () => {
  rules = await import('../../src/kube/externalsecrets.ts');
  errors = await import('../../src/errors.ts');
});

const ref = { namespace: 'prod', name: 'app' };
const ready = (status: string, reason: string, message = '', lastTransitionTime = '2025-01-01T00:00:00Z') => ({
  type: 'Ready',
  status,
  reason,
  message,
  lastTransitionTime,
});

describe('refreshBlocker', () => {
  test('refreshPolicy CreatedOnce blocks a forced sync and says to use OnChange', () => {
    const blocker = rules.refreshBlocker({ spec: { refreshPolicy: 'CreatedOnce' } });
    expect(blocker?.reason).toMatch(/refreshPolicy is CreatedOnce/);
    expect(blocker?.next).toMatch(/refreshPolicy: OnChange/);
  });

  test.each(['0', '0s', '0m', '0h0m0s'])('refreshInterval %p with the default Periodic policy blocks a forced sync', (interval) => {
    const blocker = rules.refreshBlocker({ spec: { refreshInterval: interval } });
    expect(blocker?.reason).toContain(`refreshInterval is "${interval}"`);
    expect(blocker?.next).toMatch(/non-zero spec.refreshInterval/);
  });

  test('refreshInterval 0 with OnChange, a non-zero interval, or none at all let a forced sync happen', () => {
    expect(rules.refreshBlocker({ spec: { refreshPolicy: 'OnChange', refreshInterval: '0s' } })).toBeUndefined();
    expect(rules.refreshBlocker({ spec: { refreshInterval: '1h' } })).toBeUndefined();
    expect(rules.refreshBlocker({ spec: {} })).toBeUndefined();
  });

  test('an immutable target Secret blocks the sync', () => {
    expect(rules.refreshBlocker({ spec: { target: { immutable: true } } })?.reason).toMatch(/immutable/);
  });
});

describe('recordExternalSecret', () => {
  test('the target Secret defaults to the ExternalSecret’s name', () => {
    expect(rules.recordExternalSecret(ref, { spec: {} }).targetSecret).toEqual({ namespace: 'prod', name: 'app' });
    expect(rules.recordExternalSecret(ref, { spec: { target: { name: 'app-token' } } }).targetSecret).toEqual({
      namespace: 'prod',
      name: 'app-token',
    });
  });
});

describe('judgeSync', () => {
  const started = { before: '1-abc', readyBefore: { status: 'True', reason: 'SecretSynced', message: 'Secret was synced', lastTransitionTime: '2025-01-01T00:00:00Z' }, annotatedAt: new Date('2025-01-02T00:00:00Z') };

  test('Ready=True with the old syncedResourceVersion proves nothing', () => {
    const verdict = rules.judgeSync({ status: { syncedResourceVersion: '1-abc', conditions: [ready('True', 'SecretSynced')] } }, ref, started);
    expect(verdict.kind).toBe('waiting');
  });

  test('a new syncedResourceVersion with Ready=True SecretSynced is the sync', () => {
    const verdict = rules.judgeSync(
      { status: { syncedResourceVersion: '1-def', refreshTime: '2025-01-02T00:00:01Z', conditions: [ready('True', 'SecretSynced')] } },
      ref,
      started,
    );
    expect(verdict).toMatchObject({ kind: 'done', result: { syncedResourceVersion: '1-def', refreshTime: '2025-01-02T00:00:01Z' } });
  });

  test('a SecretSyncedError written after the annotation fails with ESO’s message', () => {
    const verdict = rules.judgeSync(
      { status: { syncedResourceVersion: '1-abc', conditions: [ready('False', 'SecretSyncedError', 'could not get secret data from provider', '2025-01-02T00:00:02Z')] } },
      ref,
      started,
    );
    expect(verdict.kind).toBe('failed');
    if (verdict.kind !== 'failed') return;
    expect(verdict.error).toBeInstanceOf(errors.StepError);
    expect(verdict.error.step).toBe('sync');
    expect(verdict.error.target).toBe('prod/externalsecret/app');
    expect(verdict.error.reason).toBe('External Secrets Operator failed to sync it: could not get secret data from provider.');
  });

  test('the same SecretSyncedError as before the annotation is not taken for ours', () => {
    const failing = { status: 'False', reason: 'SecretSyncedError', message: 'boom', lastTransitionTime: '2025-01-01T00:00:00Z' };
    const verdict = rules.judgeSync(
      { status: { syncedResourceVersion: '1-abc', conditions: [ready('False', 'SecretSyncedError', 'boom')] } },
      ref,
      { before: '1-abc', readyBefore: failing },
    );
    expect(verdict.kind).toBe('waiting');
  });

  test('without the earlier condition, a failure counts when it transitioned at or after the annotation', () => {
    const before = { before: '1-abc', annotatedAt: new Date('2025-01-02T00:00:00.700Z') };
    const old = rules.judgeSync({ status: { syncedResourceVersion: '1-abc', conditions: [ready('False', 'SecretSyncedError', 'x', '2025-01-01T23:59:59Z')] } }, ref, before);
    const fresh = rules.judgeSync({ status: { syncedResourceVersion: '1-abc', conditions: [ready('False', 'SecretSyncedError', 'x', '2025-01-02T00:00:00Z')] } }, ref, before);
    expect(old.kind).toBe('waiting');
    expect(fresh.kind).toBe('failed');
  });
});
