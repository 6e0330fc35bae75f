import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { startProbeService, fingerprintOf } from '../../local-servers/probe-service.ts';
import type { ProbeService } from '../../local-servers/probe-service.ts';
import type { ActionRun } from '../../local-servers/runner/run-action.ts';
import { expectNoTokenLeak } from '../../__tests__/fault-matrix/leak-audit.ts';
import { followClusterPods } from '../world/probe-follower.ts';
import {
  admin,
  apply,
  explain,
  facts,
  history,
  markers,
  plainExternalSecret,
  prepareNamespace,
  putToken,
  runBundled,
  secretValue,
  untilSecret,
  untilSynced,
} from './cluster.ts';
import { generation, workloadObjects } from './workloads.ts';

/**
 * The test step on the real cluster: a service on loopback that accepts what
 * the Deployment's pods started with (it reads the real Secret for each new
 * pod), so only a real rollout after a real ESO sync makes it take the new token.
 */

const NS = 'e2e-probe';
const NAME = `/team/${NS}/token`;
const OLD = 'e2e-probe-old-token-0123456789abcdef';
let service: ProbeService;
let stop: () => void = () => undefined;

beforeAll(async () => {
  await prepareNamespace(NS);
  await putToken(NAME, OLD);
  await apply([plainExternalSecret(NS, NAME)]);
  await untilSynced(NS, 'app-token');
  await untilSecret(NS, 'app-token', OLD);
  await apply(workloadObjects(NS).filter((o) => (o as { kind: string }).kind === 'Deployment'));
  await admin(['rollout', 'status', 'deployment/api', '-n', NS, '--timeout=180s']);
  service = await startProbeService();
  const following = followClusterPods(facts().adminKubeconfig, { namespace: NS, app: 'api', secret: 'app-token', key: 'token' });
  stop = following.stop;
  service.follow(following.follower);
});
afterAll(async () => {
  stop();
  await service.close();
});
afterEach(() => {
  service.reset();
});

const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  'parameter-name': NAME,
  namespace: NS,
  'external-secrets': 'app-token',
  'verify-secret-key': 'token',
  restart: 'deployment/api',
  // Long, so a run that ends soon after probe-timeout has judged the test, not timed out elsewhere.
  'sync-timeout': '120s',
  'rollout-timeout': '180s',
  'probe-url': `${service.url}/v1/whoami`,
  'probe-timeout': '10s',
  ...extra,
});

const values = async (): Promise<string[]> => (await history(NAME)).map((v) => v.value);

/** The duration a marker line ends with, in ms: `(48 ms)`, `(2.4 s)`, `(1 min 3 s)`. */
function lineMs(run: ActionRun, pattern: RegExp): number {
  const line = run.stdout.split('\n').find((l) => pattern.test(l)) ?? '';
  const match = /\((?:(\d+) min )?(\d+(?:\.\d+)?) (ms|s)\)$/.exec(line);
  if (!match) return Number.NaN;
  return Number(match[1] ?? 0) * 60_000 + Number(match[2]) * (match[3] === 'ms' ? 1 : 1000);
}

describe('the test step on the real cluster (real ESO, real controllers, kwok pods)', () => {
  test('passes once the Deployment runs the new token, and leaks nothing', async () => {
    const run = await runBundled(inputs());
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    const token = run.outputs.token ?? '';
    expect(markers(run).slice(-4)).toEqual(['RESTARTED', 'ROLLED-OUT', 'PROBED', 'CONFIRMED']);
    expect(service.requests.at(-1)).toMatchObject({ presented: fingerprintOf(token), status: 200 });
    expect(await secretValue(NS, 'app-token')).toBe(token);
    expectNoTokenLeak(run, await values());
    // For BENCHMARKS.md: what a passing test adds to the run.
    process.stderr.write(`e2e probe: a passing test added ${lineMs(run, /^PROBED /)} ms (run ${run.durationMs} ms)\n`);
  });

  test('never passes: rolled back whole, the Deployment restarted again, the old value accepted again, within probe-timeout plus the rollback', async () => {
    const before = await values();
    const generationBefore = await generation(NS, 'deployment/api');
    service.configure({ mode: 'reject' });
    const run = await runBundled(inputs());
    expect(run.exitCode).toBe(1);
    expect(markers(run).slice(-5)).toEqual(['FAILED', 'ROLLED-BACK', 'RESTARTED', 'ROLLED-OUT', 'PROBED']);
    const stored = await history(NAME);
    const latestVersion = stored.at(-1);
    // The previous value is back as the latest version with current on it; the Secret holds it; the pods restarted twice.
    expect(latestVersion).toMatchObject({ value: before.at(-1), labels: ['current'] });
    expect(await secretValue(NS, 'app-token')).toBe(before.at(-1));
    expect((await generation(NS, 'deployment/api')) - generationBefore).toBe(2);
    expect(run.outputs).toMatchObject({ rotated: 'false', token: before.at(-1) });
    // The service, no longer rejecting, takes the old value (its pods hold it again) and refuses the new one.
    service.configure({ mode: 'normal' });
    const status = async (value: string): Promise<number> =>
      (await fetch(`${service.url}/v1/whoami`, { headers: { authorization: `Bearer ${value}` } })).status;
    const rejected = stored.at(-2)?.value ?? '';
    expect([await status(before.at(-1) ?? ''), await status(rejected)]).toEqual([200, 401]);
    // Ends soon after probe-timeout (10 s), far from sync-timeout (120 s) and rollout-timeout (180 s).
    expect(run.durationMs).toBeLessThan(100_000);
    expectNoTokenLeak(run, await values());
    const rollback = ['ROLLED-BACK', 'RESTARTED', 'ROLLED-OUT', 'PROBED'].map((m) =>
      lineMs(run, new RegExp(`^${m} .*(previous|version \\d+ holds the value)`)),
    );
    process.stderr.write(
      `e2e probe: a failed test's full rollback took ${rollback.reduce((a, b) => a + b, 0)} ms (restore and sync back ${rollback[0]} ms, restart again ${rollback[1]} ms, rollout ${rollback[2]} ms, retest ${rollback[3]} ms; run ${run.durationMs} ms with probe-timeout 10s)\n`,
    );
  });

  test('a service slow to accept (answers 503 for some seconds after the rollout) passes within probe-timeout', async () => {
    service.configure({ warmupMs: 4000 });
    const run = await runBundled(inputs({ 'probe-timeout': '20s' }));
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    const token = run.outputs.token ?? '';
    const statuses = service.requests.map((r) => r.status);
    // Refused while warming up, then taken: more than one try, every one before the last a 503.
    expect(statuses.length).toBeGreaterThan(1);
    expect(statuses.slice(0, -1).every((s) => s === 503)).toBe(true);
    expect(service.requests.at(-1)).toMatchObject({ presented: fingerprintOf(token), status: 200 });
    expect(run.stdout).toMatch(/^PROBED .* GET answered 200 OK with the new value after \d+ tries/m);
    expect(await secretValue(NS, 'app-token')).toBe(token);
    expectNoTokenLeak(run, await values());
    // For BENCHMARKS.md: a service that warms up for 4 s after its rollout.
    process.stderr.write(`e2e probe: a service warming up 4 s passed after ${lineMs(run, /^PROBED /)} ms (run ${Math.round(run.durationMs)} ms)\n`);
  });

  test('a redirect is not followed: the other host never receives the header, and the run rolls back', async () => {
    const before = await values();
    service.configure({ mode: 'redirect' });
    const run = await runBundled(inputs());
    expect(run.exitCode).toBe(1);
    expect(service.requests.length).toBeGreaterThan(0);
    expect(service.requests.every((r) => r.status === 302)).toBe(true);
    // The second loopback listener the 302 points at recorded nothing: no request, so no header.
    expect(service.elsewhere.requests).toEqual([]);
    expect(run.stdout).toMatch(/its last answer was 302 Found/);
    expect((await history(NAME)).at(-1)).toMatchObject({ value: before.at(-1), labels: ['current'] });
    expect(await secretValue(NS, 'app-token')).toBe(before.at(-1));
    expectNoTokenLeak(run, await values());
  });

  test('an echoing service (the header in its body and reason phrase) leaks nothing, passing or failing', async () => {
    service.configure({ echo: true, warmupMs: 1500 });
    const passed = await runBundled(inputs({ 'probe-timeout': '20s' }));
    expect({ exit: passed.exitCode, log: passed.exitCode === 0 ? '' : explain(passed) }).toEqual({ exit: 0, log: '' });
    expectNoTokenLeak(passed, await values());
    service.reset();
    service.configure({ echo: true, mode: 'reject' });
    const failed = await runBundled(inputs());
    expect(failed.exitCode).toBe(1);
    // The reason phrase quoted the token; what the run printed has its fingerprint in its place.
    const rejected = (await history(NAME)).at(-2)?.value ?? '';
    expect(failed.stdout).toContain(`its last answer was 401 you sent Authorization: Bearer ${fingerprintOf(rejected)}`);
    expectNoTokenLeak(failed, await values());
  });
});
