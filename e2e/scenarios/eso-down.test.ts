import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import {
  apply,
  eventually,
  explain,
  externalSecret,
  facts,
  history,
  latest,
  markers,
  plainExternalSecret,
  prepareNamespace,
  putToken,
  runBundled,
  secretValue,
  untilSecret,
  untilSynced,
} from './cluster.ts';
import { expectNoTokenLeak } from '../../__tests__/fault-matrix/leak-audit.ts';

/**
 * The ESO controller stopped (SIGSTOP: alive, connections open, doing nothing, as a hung or
 * unscheduled controller) while the action waits for its sync, then resumed (SIGCONT).
 */

const NS = 'e2e-eso-down';
const NAME = `/team/${NS}/token`;
const OLD = 'e2e-eso-down-old-token-0123456789abcdef';
const FORCE_SYNC = 'force-sync';

const inputs = {
  'parameter-name': NAME,
  namespace: NS,
  'external-secrets': 'app-token',
  'verify-secret-key': 'token',
  'sync-timeout': '20s',
};

const esoSignal = (signal: 'SIGSTOP' | 'SIGCONT'): void => {
  process.kill(facts().esoPid, signal);
};

/** Resolves once the ExternalSecret carries a force-sync value other than `before`. */
const untilAnnotated = (before: string | undefined): Promise<string> =>
  eventually(async () => {
    const value = (await externalSecret(NS, 'app-token')).metadata.annotations?.[FORCE_SYNC];
    return value !== undefined && value !== before ? value : undefined;
  }, 'the action annotated the ExternalSecret');

beforeAll(async () => {
  await prepareNamespace(NS);
  await putToken(NAME, OLD);
  await apply([plainExternalSecret(NS, NAME)]);
  await untilSynced(NS, 'app-token');
  await untilSecret(NS, 'app-token', OLD);
});
// Never leave the world's ESO stopped for the next scenario.
afterEach(() => {
  esoSignal('SIGCONT');
});

describe('ESO stopped', () => {
  test('for the whole sync-timeout: rolled back whole, "never answered"; resumed, the Secret holds SSM current', async () => {
    const inForce = (await secretValue(NS, 'app-token')) ?? '';
    esoSignal('SIGSTOP');
    const run = await runBundled(inputs);
    esoSignal('SIGCONT');
    expect({ exit: run.exitCode, log: run.exitCode === 1 ? '' : explain(run) }).toEqual({ exit: 1, log: '' });
    expect(markers(run)).toContain('ROLLED-BACK');
    expect(run.stdout).toMatch(
      /^FAILED .*External Secrets Operator never answered: no status update on the ExternalSecret \(refreshTime, syncedResourceVersion and Ready condition unchanged\) in the 20s since the force-sync annotation at \d{4}-[\d-]+T[\d:.]+Z\./m,
    );
    expect(run.stdout).toContain('kubectl -n external-secrets get pods');
    expect(run.outputs).toMatchObject({ rotated: 'false', token: inForce });
    // The run's version, then the token in force before it as the newest version, `current` on it.
    const versions = await history(NAME);
    expect(versions.at(-1)).toMatchObject({ value: inForce, labels: ['current'] });
    const written = versions.at(-2)?.value ?? '';
    expect(written).not.toBe(inForce);
    // The labels are back: only the restoring version is `current`; the run's version has none of ours.
    expect(versions.filter((v) => v.labels.includes('current')).map((v) => v.value)).toEqual([inForce]);
    expect(versions.at(-2)?.labels).not.toContain('current');
    expectNoTokenLeak(run, [written, inForce]);
    // Resumed, ESO handles the queued changes and syncs SSM's current value: the two agree.
    await untilSynced(NS, 'app-token');
    await untilSecret(NS, 'app-token', (await latest(NAME)).value);
    expect(await secretValue(NS, 'app-token')).toBe(inForce);
  }, 120_000);

  test('during the sync and resumed within sync-timeout: the rotation completes', async () => {
    const before = (await externalSecret(NS, 'app-token')).metadata.annotations?.[FORCE_SYNC];
    esoSignal('SIGSTOP');
    const running = runBundled({ ...inputs, 'sync-timeout': '60s' });
    await untilAnnotated(before);
    // ESO stays down a while after the annotation, then picks it up.
    await new Promise((done) => setTimeout(done, 5_000));
    esoSignal('SIGCONT');
    const run = await running;
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    expect(markers(run).slice(-3)).toEqual(['SYNCED', 'VERIFIED', 'CONFIRMED']);
    const token = run.outputs.token ?? '';
    expect(await latest(NAME)).toMatchObject({ value: token, labels: ['current'] });
    expect(await secretValue(NS, 'app-token')).toBe(token);
  }, 120_000);
});
