import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readInputs } from '../../src/inputs.ts';
import { Journal, NO_FINGERPRINT } from '../../src/journal.ts';
import { rollBack } from '../../src/rollback.ts';
import type { ParameterStore } from '../../src/ssm/parameter-store.ts';
import type { ClusterSession, Gate, RollbackContext } from '../../src/rollback.ts';
import { encodingsToMask, fingerprint } from '../../src/token.ts';
import { startSsmHarness } from './ssm-harness.ts';
import type { SsmHarness } from './ssm-harness.ts';

const NAME = '/team/app/token';
const OLD = 'old-token-0123456789';
const NEW = 'new-token-9876543210';

let ssm: SsmHarness;
beforeAll(async () => {
  ssm = await startSsmHarness(2);
});
afterAll(async () => {
  await ssm.close();
});
beforeEach(() => {
  ssm.server.reset();
});

interface Run {
  readonly context: RollbackContext;
  readonly lines: string[];
  readonly masked: string[];
}

function run(inputs: Record<string, string> = {}, over: Partial<RollbackContext> = {}): Run {
  const lines: string[] = [];
  const masked: string[] = [];
  const config = readInputs((name) => ({ 'parameter-name': NAME, 'aws-region': 'us-east-1', ...inputs })[name] ?? '', {});
  const context: RollbackContext = {
    config,
    store: ssm.store,
    journal: new Journal(
      (line) => lines.push(line),
      () => 0,
    ),
    cluster: undefined,
    runId: 'run-7',
    signal: new AbortController().signal,
    now: () => new Date('2026-01-01T00:00:00Z'),
    mask: (value) => masked.push(value),
    ...over,
  };
  return { context, lines, masked };
}

/** Version 1 holds the old token, version 2 this run's; current -> 2, previous -> 1, as a rotation leaves them. */
async function rotated(): Promise<void> {
  await ssm.put(NAME, OLD, false);
  await ssm.put(NAME, NEW);
  await ssm.store.label(NAME, 2, ['current']);
  await ssm.store.label(NAME, 1, ['previous']);
}

const written = { version: 2, replacedVersion: 1, previousLabelVersion: undefined };

describe('rollBack puts the previous value back', () => {
  test('as a new version, with current moved to it, and says so in one sentence', async () => {
    await rotated();
    const { context, lines, masked } = run();
    expect(await rollBack(context, written)).toEqual({
      restoredVersion: 3,
      // previous was left on version 1, where the rotation put it.
      previousVersion: 1,
      tokenInForce: OLD,
      newTokenInForce: false,
      state: 'SSM version 3 holds the previous token again, current -> 3; no ExternalSecret to sync back.',
      failed: false,
    });
    expect(await ssm.versions(NAME)).toEqual([
      { version: 1, value: OLD, labels: ['previous'] },
      { version: 2, value: NEW, labels: [] },
      { version: 3, value: OLD, labels: ['current'] },
    ]);
    expect(masked).toEqual(encodingsToMask(OLD));
    expect(lines).toEqual([
      `ROLLED-BACK ${NAME} ${NO_FINGERPRINT} version 3 holds the value of version 1 (${fingerprint(OLD)}), the one this run replaced, again, current -> 3; no ExternalSecret to sync back (0 ms)`,
    ]);
  });

  test('previous goes back to the version it marked before the run', async () => {
    await ssm.put(NAME, 'older', false);
    await ssm.put(NAME, OLD);
    await ssm.put(NAME, NEW);
    await ssm.store.label(NAME, 3, ['current']);
    await ssm.store.label(NAME, 2, ['previous']);
    const { context } = run();
    const result = await rollBack(context, { version: 3, replacedVersion: 2, previousLabelVersion: 1 });
    expect(result.state).toBe('SSM version 4 holds the previous token again, current -> 4, previous label back on 1; no ExternalSecret to sync back.');
    expect(result.previousVersion).toBe(1);
    expect((await ssm.versions(NAME)).map((v) => [v.version, v.labels])).toEqual([
      [1, ['previous']],
      [2, []],
      [3, []],
      [4, ['current']],
    ]);
  });

  test('with version-labels off no label is touched', async () => {
    await ssm.put(NAME, OLD, false);
    await ssm.put(NAME, NEW);
    const { context } = run({ 'version-labels': 'false' });
    expect((await rollBack(context, written)).state).toBe('SSM version 3 holds the previous token again; no ExternalSecret to sync back.');
    expect(ssm.operations().filter((op) => op.startsWith('LabelParameterVersion'))).toEqual([]);
  });
});

describe('rollBack never rolls back over a newer version', () => {
  test('a version another run wrote after ours is left in force, and nothing is written', async () => {
    await rotated();
    await ssm.put(NAME, 'another run');
    const { context, lines, masked } = run();
    expect(await rollBack(context, written)).toEqual({
      restoredVersion: undefined,
      tokenInForce: undefined,
      newTokenInForce: false,
      state: "SSM's latest version 3 was written by another run after this one, so it was left in force.",
      failed: false,
    });
    expect((await ssm.versions(NAME)).map((v) => v.value)).toEqual([OLD, NEW, 'another run']);
    expect(masked).toEqual([]);
    expect(lines).toEqual([`FAILED ${NAME} ${NO_FINGERPRINT} not rolled back: version 3 was written after ours (0 ms)`]);
  });

  test('a parameter this run created has nothing to roll back to', async () => {
    await ssm.put(NAME, NEW, false);
    const { context, lines } = run();
    expect(await rollBack(context, { version: 1, replacedVersion: undefined, previousLabelVersion: undefined })).toEqual({
      restoredVersion: undefined,
      tokenInForce: undefined,
      newTokenInForce: true,
      state: 'SSM version 1 holds the new token (this run created the parameter, so there is no earlier value to restore).',
      failed: false,
    });
    expect(lines).toEqual([`FAILED ${NAME} ${NO_FINGERPRINT} nothing to roll back to: this run created the parameter (0 ms)`]);
    expect(ssm.operations()).toEqual(['PutParameter 200']);
  });
});

describe('a rollback that fails says where SSM and the labels stand', () => {
  const byHand = `Or restore version 1 by hand (aws ssm get-parameter --name '${NAME}:1' --with-decryption, then put-parameter --overwrite).`;

  test('the restoring write denied: the new token stays, current still points at it', async () => {
    await rotated();
    ssm.server.faults.add({ operation: 'PutParameter', kind: 'AccessDeniedException', message: 'denied here' });
    const { context, lines } = run();
    expect(await rollBack(context, written)).toEqual({
      restoredVersion: undefined,
      tokenInForce: undefined,
      newTokenInForce: true,
      state: `The rollback failed: the AWS credentials are not allowed ssm:PutParameter (denied here). SSM's latest version 2 still holds the new token, and current points at version 2, which holds the new token. Grant ssm:PutParameter on this parameter to the role the workflow assumes. ${byHand}`,
      failed: true,
    });
    expect(lines).toEqual([`FAILED ${NAME} ${NO_FINGERPRINT} rollback failed: the AWS credentials are not allowed ssm:PutParameter (denied here) (0 ms)`]);
  });

  test('the first read denied names ssm:GetParameters; current on the previous version is said so', async () => {
    await rotated();
    await ssm.store.label(NAME, 1, ['current']);
    // The first read is the GetParameters that finds the latest version.
    ssm.server.faults.add({ operation: 'GetParameters', kind: 'AccessDeniedException', message: 'no read' });
    const { context } = run();
    expect((await rollBack(context, written)).state).toBe(
      `The rollback failed: the AWS credentials are not allowed ssm:GetParameters (no read). SSM's latest version 2 still holds the new token, and current points at version 1, which holds the previous token. Grant ssm:GetParameters on this parameter to the role the workflow assumes. ${byHand}`,
    );
    // Only the two writes of the rotation before it: the rollback wrote nothing.
    expect(ssm.operations().filter((op) => op.startsWith('PutParameter'))).toEqual(['PutParameter 200', 'PutParameter 200']);
  });

  test('current on some other version is named; no current label, or labels off, adds nothing', async () => {
    await ssm.put(NAME, 'zero', false);
    await ssm.put(NAME, OLD);
    await ssm.put(NAME, NEW);
    await ssm.store.label(NAME, 1, ['current']);
    ssm.server.faults.add({ operation: 'PutParameter', kind: 'AccessDeniedException', message: 'x', count: 2 });
    const other = { version: 3, replacedVersion: 2, previousLabelVersion: undefined };
    const hand = `Or restore version 2 by hand (aws ssm get-parameter --name '${NAME}:2' --with-decryption, then put-parameter --overwrite).`;
    expect((await rollBack(run().context, other)).state).toBe(
      `The rollback failed: the AWS credentials are not allowed ssm:PutParameter (x). SSM's latest version 3 still holds the new token, and current points at version 1. Grant ssm:PutParameter on this parameter to the role the workflow assumes. ${hand}`,
    );
    expect((await rollBack(run({ 'version-labels': 'false' }).context, other)).state).toBe(
      `The rollback failed: the AWS credentials are not allowed ssm:PutParameter (x). SSM's latest version 3 still holds the new token. Grant ssm:PutParameter on this parameter to the role the workflow assumes. ${hand}`,
    );
  });

  test('a restoring write without an answer that cannot be checked names the GetParameters read of the version it would have', async () => {
    await rotated();
    ssm.server.faults.add({ operation: 'PutParameter', kind: 'InternalServerError' });
    // The check reads version 3 with GetParameters; it is denied only once the write has gone unanswered.
    const store = Object.assign(Object.create(ssm.store) as ParameterStore, {
      putOnce: async (input: Parameters<ParameterStore['putOnce']>[0]): Promise<number> => {
        try {
          return await ssm.store.putOnce(input);
        } catch (error) {
          ssm.server.faults.add({ operation: 'GetParameters', kind: 'AccessDeniedException', message: 'no read' });
          throw error;
        }
      },
    });
    const { context } = run({ 'version-labels': 'false' }, { store });
    const result = await rollBack(context, written);
    expect(result.failed).toBe(true);
    expect(result.state).toBe(
      `The rollback failed: the AWS credentials are not allowed ssm:GetParameters (no read). SSM's latest version is 2 with the new token, or a newer one if the restoring write landed. Grant ssm:GetParameters on this parameter to the role the workflow assumes. ${byHand}`,
    );
  });

  test('labels denied after the restore: the previous token is in force, and moving current by hand is the next step', async () => {
    await rotated();
    ssm.server.faults.add({ operation: 'LabelParameterVersion', kind: 'AccessDeniedException', message: 'no labels' });
    const { context, lines } = run();
    expect(await rollBack(context, written)).toEqual({
      restoredVersion: 3,
      tokenInForce: OLD,
      newTokenInForce: false,
      state: `SSM version 3 holds the previous token again, but the labels were not moved back (the AWS credentials are not allowed ssm:LabelParameterVersion (no labels)), and current points at version 2, which holds the new token; no ExternalSecret to sync back. Grant ssm:LabelParameterVersion on this parameter to the role the workflow assumes. Then move current by hand (aws ssm label-parameter-version --name '${NAME}' --parameter-version 3 --labels current).`,
      failed: false,
    });
    expect(lines).toEqual([
      `FAILED ${NAME} ${NO_FINGERPRINT} version 3 holds the value of version 1 again, but the labels were not moved back: the AWS credentials are not allowed ssm:LabelParameterVersion (no labels) (0 ms)`,
    ]);
  });

  test('a failing lookup of current adds nothing to the sentence', async () => {
    await rotated();
    ssm.server.faults.add({ operation: 'PutParameter', kind: 'AccessDeniedException', message: 'x' });
    // The same store, whose label lookup fails as a denied GetParameter on name:current would.
    const store = Object.assign(Object.create(ssm.store) as ParameterStore, {
      labelledVersion: async (): Promise<number | undefined> => {
        throw new Error('denied');
      },
    });
    const { context } = run({}, { store });
    expect((await rollBack(context, written)).state).toBe(
      `The rollback failed: the AWS credentials are not allowed ssm:PutParameter (x). SSM's latest version 2 still holds the new token. Grant ssm:PutParameter on this parameter to the role the workflow assumes. ${byHand}`,
    );
  });
});

describe('rollBack has ESO sync the previous value back', () => {
  interface Call {
    readonly runId: string;
    readonly timeoutMs: number;
  }
  const es = (name: string, clusterOwner?: string) => ({
    ref: { namespace: 'prod', name },
    targetSecret: { name: `${name}-secret` },
    clusterOwner,
    syncedResourceVersion: 'rv1',
  });

  /**
   * A gate whose forceSyncAll asks every ExternalSecret at once, as the real one
   * does (one annotation per ClusterExternalSecret owner): it fails as a whole
   * when `asked` is false.
   */
  function session(outcome: Record<string, 'ok' | 'pending'>, calls: Call[], asked = true, owners: Record<string, string> = {}): ClusterSession {
    const gate = {
      forceSyncAll: async (_cluster: unknown, records: readonly { ref: { name: string } }[], runId: string) => {
        calls.push({ runId, timeoutMs: Number.NaN });
        if (!asked) throw new Error('forbidden');
        return records.map(() => ({ before: 'rv1', readyBefore: null, annotatedAt: new Date(), value: runId }));
      },
      waitForSync: async (_cluster: unknown, ref: { name: string }, _started: unknown, options: { timeoutMs: number; secretName: string }) => {
        calls.push({ runId: `${ref.name} -> ${options.secretName}`, timeoutMs: options.timeoutMs });
        if (outcome[ref.name] === 'pending') throw new Error('timed out');
        return { resourceVersion: 'rv2' };
      },
    } as unknown as Gate;
    const preflight = {
      externalSecrets: Object.keys(outcome).map((name) => es(name, owners[name])),
      workloads: [],
      readableSecrets: [],
    } as unknown as ClusterSession['preflight'];
    return { gate, cluster: {} as ClusterSession['cluster'], preflight };
  }

  test('every ExternalSecret synced: said so, all asked at once under the run id, each waited for at most 60 s', async () => {
    await rotated();
    const calls: Call[] = [];
    const { context } = run({ 'external-secrets': 'prod/a\nprod/b', 'sync-timeout': '5m' }, { cluster: session({ a: 'ok', b: 'ok' }, calls) });
    expect((await rollBack(context, written)).state).toBe(
      'SSM version 3 holds the previous token again, current -> 3; the ExternalSecrets synced the previous value back.',
    );
    expect(calls).toEqual([
      { runId: 'run-7-rollback', timeoutMs: Number.NaN },
      { runId: 'a -> a-secret', timeoutMs: 60_000 },
      { runId: 'b -> b-secret', timeoutMs: 60_000 },
    ]);
  });

  test('a shorter sync-timeout is kept; after a cancel the wait is at most 1 s', async () => {
    await rotated();
    const calls: Call[] = [];
    await rollBack(run({ 'external-secrets': 'prod/a', 'sync-timeout': '30s' }, { cluster: session({ a: 'ok' }, calls) }).context, written);
    const cancelled = new AbortController();
    cancelled.abort();
    await rollBack(run({ 'external-secrets': 'prod/a', 'sync-timeout': '30s' }, { cluster: session({ a: 'ok' }, calls), signal: cancelled.signal }).context, {
      version: 3,
      replacedVersion: 2,
      previousLabelVersion: undefined,
    });
    expect(calls.filter((c) => c.runId === 'a -> a-secret').map((c) => c.timeoutMs)).toEqual([30_000, 1_000]);
  });

  test('one not synced in time is named; the others synced', async () => {
    await rotated();
    const { context } = run({ 'external-secrets': 'prod/a\nprod/b' }, { cluster: session({ a: 'pending', b: 'ok' }, []) });
    expect((await rollBack(context, written)).state).toBe(
      'SSM version 3 holds the previous token again, current -> 3; ESO was asked to sync prod/a back but had not finished, so the cluster Secret may hold the new token until it does.',
    );
  });

  test('ESO that cannot be asked is asked three times, then every ExternalSecret is named with the command to ask by hand', async () => {
    await rotated();
    const calls: Call[] = [];
    const { context } = run({ 'external-secrets': 'prod/a\nprod/b' }, { cluster: session({ a: 'ok', b: 'ok', c: 'ok' }, calls, false, { c: 'shared-token' }) });
    expect((await rollBack(context, written)).state).toBe(
      'SSM version 3 holds the previous token again, current -> 3; ESO could not be asked to sync back, so the cluster Secret may still hold the new token: kubectl -n prod annotate externalsecret a force-sync=$(date +%s) --overwrite; kubectl -n prod annotate externalsecret b force-sync=$(date +%s) --overwrite; kubectl patch clusterexternalsecret shared-token --type merge -p \'{"metadata":{"annotations":{"external-secrets.io/force-sync":"\'$(date +%s)\'"}},"spec":{"externalSecretMetadata":{"annotations":{"external-secrets.io/force-sync":"\'$(date +%s)\'"}}}}\'.',
    );
    expect(calls).toEqual([1, 2, 3].map(() => ({ runId: 'run-7-rollback', timeoutMs: Number.NaN })));
  });

  test('several pending are listed in order, and forceSyncAll is given a signal that has not fired', async () => {
    await rotated();
    const base = session({ a: 'pending', b: 'ok', c: 'pending' }, []);
    const signals: AbortSignal[] = [];
    const gate = {
      ...base.gate,
      forceSyncAll: async (...args: unknown[]) => {
        signals.push((args[3] as { signal: AbortSignal }).signal);
        return (base.gate.forceSyncAll as (...a: unknown[]) => Promise<unknown>)(...args);
      },
    } as unknown as Gate;
    const { context } = run({ 'external-secrets': 'prod/a\nprod/b\nprod/c' }, { cluster: { ...base, gate } });
    expect((await rollBack(context, written)).state).toBe(
      'SSM version 3 holds the previous token again, current -> 3; ESO was asked to sync prod/a, prod/c back but had not finished, so the cluster Secret may hold the new token until it does.',
    );
    expect(signals.map((signal) => signal instanceof AbortSignal && !signal.aborted)).toEqual([true]);
  });

  test('a session without ExternalSecrets has none to sync back', async () => {
    await rotated();
    const { context } = run({ restart: 'deployment/api' }, { cluster: session({}, []) });
    expect((await rollBack(context, written)).state).toBe('SSM version 3 holds the previous token again, current -> 3; no ExternalSecret to sync back.');
  });
});
