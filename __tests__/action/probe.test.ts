import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { runAction } from '../../local-servers/runner/run-action.ts';
import type { ActionRun } from '../../local-servers/runner/run-action.ts';
import { exampleObjects } from '../../local-servers/kube/fixtures.ts';
import { followPods, followSecret, followSsm } from '../../local-servers/kube/probe-follower.ts';
import { startKubeServer } from '../../local-servers/kube/server.ts';
import type { KubeServer } from '../../local-servers/kube/server.ts';
import { fingerprintOf, startProbeService } from '../../local-servers/probe-service.ts';
import type { ProbeService } from '../../local-servers/probe-service.ts';
import { expectNoTokenLeak } from '../fault-matrix/leak-audit.ts';
import { CREDENTIALS, REGION, runnerEnv, secretValue as secretValueOf, startSsmServer, until } from './world.ts';
import type { SsmServer } from './world.ts';

// The test step (SPEC.md step 10) through the bundled action: a service that accepts the credential its pods started with.
const NAME = '/rotate-deploy-token/demo/deploy-token';
const NS = 'default';
const OLD = 'old-token-value-0123456789abcdef';
let ssm: SsmServer;
let kube: KubeServer;
let service: ProbeService;
let stopFollowing: () => void = () => undefined;

beforeAll(async () => {
  ssm = await startSsmServer();
  kube = await startKubeServer({ ssm: { endpoint: ssm.url, region: REGION, credentials: CREDENTIALS }, workloads: { msPerReplica: 10 } });
  service = await startProbeService();
});
afterAll(async () => {
  await service.close();
  await kube.close();
  await ssm.close();
});
afterEach(() => {
  stopFollowing();
});

const secretValue = (): string | undefined => secretValueOf(kube, NS, 'deploy-token');

/** Version 1 holds the old token, synced into the Secret; Deployment api runs it, and the service follows api's pods. */
async function world(): Promise<void> {
  ssm.reset();
  kube.reset();
  service.reset();
  kube.workloads.configure({ msPerReplica: 10 });
  ssm.store.seed({ Name: NAME, Value: OLD, Type: 'SecureString', Labels: ['current'] });
  for (const object of exampleObjects({ parameterName: NAME })) kube.store.apply(object);
  await until(() => secretValue() === OLD, 'ESO synced the old token');
  await kube.workloads.whenSettled('Deployment', NS, 'api', 5000);
  const pods = followPods(kube.store, { resource: 'deployments', namespace: NS, name: 'api' }, 'deploy-token/token');
  stopFollowing = pods.stop;
  service.follow(pods.follower);
}

const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  'parameter-name': NAME,
  'external-secrets': 'deploy-token',
  'verify-secret-key': 'token',
  restart: 'deployment/api',
  kubeconfig: kube.kubeconfig(),
  'sync-timeout': '30s',
  'rollout-timeout': '60s',
  'probe-url': `${service.url}/v1/whoami`,
  'probe-timeout': '3s',
  ...extra,
});

const markers = (run: ActionRun): string[] => run.stdout.split('\n').flatMap((line) => (/^[A-Z-]+ /.test(line) ? [line.split(' ')[0] ?? ''] : []));
/** Every value SSM holds for the parameter: the leak audit searches for each. */
const values = (name = NAME): string[] => ssm.store.versions(name).map((v) => v.value);
const run = async (extra: Record<string, string> = {}): Promise<ActionRun> => runAction({ inputs: inputs(extra), env: runnerEnv(ssm), timeoutMs: 120_000 });

describe('the test step through the bundled action', () => {
  test('a gated rotation with a test passes: the service accepts the new token after the rollout', async () => {
    await world();
    const result = await run();
    expect(result.exitCode).toBe(0);
    const token = result.outputs.token ?? '';
    expect(markers(result)).toEqual([
      'PLAN',
      'PLAN',
      'PLAN',
      'MINTED',
      'WROTE',
      'LABELED',
      'SYNCED',
      'VERIFIED',
      'RESTARTED',
      'ROLLED-OUT',
      'PROBED',
      'CONFIRMED',
    ]);
    expect(result.stdout).toMatch(
      new RegExp(`^PROBED ${service.url}/v1/whoami sha256:[0-9a-f]{16} GET answered 200 OK with the new value after 1 try \\(\\d+ ms\\)$`, 'm'),
    );
    expect(result.outputs.rotated).toBe('true');
    expect(service.requests.map((r) => [r.presented, r.status])).toEqual([[fingerprintOf(token), 200]]);
    expect(result.summary).toMatch(/\| ✅ ok \| probe \| http:\/\/127\.0\.0\.1:\d+\/v1\/whoami \| [^|]+ \| GET answered 200 OK/);
    expectNoTokenLeak(result, values());
  }, 60_000);

  test('a test that never passes is rolled back whole, within probe-timeout plus the rollback', async () => {
    await world();
    service.configure({ mode: 'reject' });
    const rolloutsBefore = kube.workloads.rolloutCount('Deployment', NS, 'api');
    const result = await run();
    expect(result.exitCode).toBe(1);
    // SSM: version 2 is the rejected token, version 3 the old one again with current on it.
    expect(ssm.store.latest(NAME)).toMatchObject({ version: 3, value: OLD, labels: ['current'] });
    expect(secretValue()).toBe(OLD);
    // The same Deployment restarted twice: once onto the new token, once back onto the old one, and its pods run the old one.
    expect(kube.workloads.rolloutCount('Deployment', NS, 'api') - rolloutsBefore).toBe(2);
    const pods = kube.store.list('pods', NS).filter((pod) => pod.metadata.labels?.app === 'api' && !pod.metadata.deletionTimestamp);
    for (const pod of pods) expect(JSON.stringify(pod.metadata.annotations ?? {})).toContain(fingerprintOf(OLD));
    // The service, no longer rejecting, would take the old value: the one test after the rollback presented it.
    expect(service.requests.at(-1)?.presented).toBe(fingerprintOf(OLD));
    // Lift the fault: the service now takes the old value, which its pods hold again, and refuses the new one.
    service.configure({ mode: 'normal' });
    const answer = async (value: string): Promise<number> =>
      (await fetch(`${service.url}/v1/whoami`, { headers: { authorization: `Bearer ${value}` } })).status;
    expect([await answer(OLD), await answer(ssm.store.versions(NAME)[1]?.value ?? '')]).toEqual([200, 401]);
    expect(result.outputs).toMatchObject({ rotated: 'false', token: OLD, version: '3' });
    expect(markers(result).slice(-5)).toEqual(['FAILED', 'ROLLED-BACK', 'RESTARTED', 'ROLLED-OUT', 'PROBED']);
    expect(result.stdout).toMatch(
      /^::error::probe failed for http:\/\/127\.0\.0\.1:\d+\/v1\/whoami: the service did not accept the new value within probe-timeout \(3\.0 s\): its last answer was 401 Unauthorized after \d+ tries/m,
    );
    expect(result.stdout).toContain('The test with the previous value got 401 Unauthorized: the service does not accept it either');
    // Far from sync-timeout (30 s) and rollout-timeout (60 s).
    expect(result.durationMs).toBeLessThan(20_000);
    expectNoTokenLeak(result, values());
  }, 60_000);

  test('a new value the service refuses is rolled back, and the retest finds the service taking the old one again', async () => {
    await world();
    // The service cannot take tokens of the new form (prefix bad_); the old token it takes whenever its pods hold it.
    service.configure({ rejectPrefix: 'bad_' });
    const result = await run({ 'token-prefix': 'bad_' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/the service did not accept the new value within probe-timeout \(3\.0 s\): its last answer was 401 Unauthorized/);
    expect(result.stdout).toMatch(/^PROBED \S+ sha256:[0-9a-f]{16} the previous value: GET answered 200 OK, the service accepts it again/m);
    expect(service.requests.at(-1)).toMatchObject({ presented: fingerprintOf(OLD), status: 200 });
    expect(result.summary).toContain('The test with the previous value got 200 OK: the service accepts it again.');
    expect(result.outputs).toMatchObject({ rotated: 'false', token: OLD });
    expectNoTokenLeak(result, values());
  }, 60_000);

  test('a service slow to accept after its rollout passes once it warms up', async () => {
    await world();
    service.configure({ warmupMs: 1500 });
    const result = await run({ 'probe-timeout': '20s' });
    expect(result.exitCode).toBe(0);
    const statuses = service.requests.map((r) => r.status);
    expect(statuses.at(-1)).toBe(200);
    expect(statuses.slice(0, -1).every((s) => s === 503)).toBe(true);
    expect(statuses.length).toBeGreaterThan(1);
    expect(result.stdout).toMatch(/^PROBED .* GET answered 200 OK with the new value after [2-9] tries/m);
    expectNoTokenLeak(result, values());
  }, 60_000);

  test('a redirect is not followed: the other host never receives the header, and the run rolls back', async () => {
    await world();
    service.configure({ mode: 'redirect' });
    const result = await run({ 'probe-timeout': '2s' });
    expect(result.exitCode).toBe(1);
    expect(service.requests.length).toBeGreaterThan(0);
    expect(service.elsewhere.requests).toEqual([]);
    expect(result.stdout).toMatch(/its last answer was 302 Found/);
    expect(ssm.store.latest(NAME)).toMatchObject({ value: OLD });
    expectNoTokenLeak(result, values());
  }, 60_000);

  test('a service that echoes the header in its body and reason phrase leaks nothing, passing or failing', async () => {
    await world();
    service.configure({ echo: true, warmupMs: 800 });
    const passed = await run({ 'probe-timeout': '20s' });
    expect(passed.exitCode).toBe(0);
    expectNoTokenLeak(passed, values());
    await world();
    service.configure({ echo: true, mode: 'reject' });
    const failed = await run({ 'probe-timeout': '2s' });
    expect(failed.exitCode).toBe(1);
    // The reason phrase quoted the token; what the run printed has its fingerprint in its place.
    const rejected = ssm.store.versions(NAME).find((v) => v.version === 2)?.value ?? '';
    expect(failed.stdout).toContain(`its last answer was 401 you sent Authorization: Bearer ${fingerprintOf(rejected)}`);
    expectNoTokenLeak(failed, values());
  }, 60_000);

  test('without restarts the test runs after the sync and verify, against a service that reads the Secret on every request', async () => {
    await world();
    stopFollowing();
    const secret = followSecret(kube.store, NS, 'deploy-token', 'token');
    stopFollowing = secret.stop;
    service.follow(secret.follower);
    const result = await run({ restart: '' });
    expect(result.exitCode).toBe(0);
    expect(markers(result).slice(-4)).toEqual(['SYNCED', 'VERIFIED', 'PROBED', 'CONFIRMED']);
    expect(service.requests.at(-1)).toMatchObject({ presented: fingerprintOf(result.outputs.token ?? ''), status: 200 });
    expectNoTokenLeak(result, values());
  }, 60_000);

  test('a dry run prints the test step without calling the service', async () => {
    await world();
    const result = await run({ 'dry-run': 'true' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /^PLAN http:\/\/127\.0\.0\.1:\d+\/v1\/whoami dry run: would GET with the new value in header Authorization until it answers 200-299, at most 3\.0 s; not called$/m,
    );
    expect(service.requests).toEqual([]);
  }, 60_000);

  test('a bad probe input is refused in one sentence, with no request made', async () => {
    await world();
    const before = ssm.requests.count();
    const result = await run({ 'probe-url': `${service.url}/check?key={value}` });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^::error::Input probe-url holds \{value\}, but URLs end up in proxy and server logs: .* Nothing was written anywhere\.$/m);
    expect(service.requests).toEqual([]);
    expect(ssm.store.latest(NAME)?.version).toBe(1);
    expect(ssm.requests.count()).toBe(before);
  }, 60_000);
});

describe('the test step for a set, SSM only', () => {
  const SET = { api: '/svc/api-key', hook: '/svc/hook-secret' };
  const setInputs = (extra: Record<string, string>): Record<string, string> => ({
    parameters: `${SET.api}=api\n${SET.hook}=hook`,
    'probe-url': `${service.url}/hooks/ping`,
    'probe-header': 'Authorization: Bearer {value:hook}',
    'probe-timeout': '2s',
    ...extra,
  });
  async function setWorld(): Promise<void> {
    ssm.reset();
    service.reset();
    ssm.store.seed({ Name: SET.api, Value: 'old-api-key-0123456789abcdef', Type: 'SecureString', Labels: ['current'] });
    ssm.store.seed({ Name: SET.hook, Value: 'old-hook-secret-0123456789abcdef', Type: 'SecureString', Labels: ['current'] });
    // The service reads the hook secret from SSM on every request, as an SSM-only consumer does.
    service.follow(followSsm(ssm.store, SET.hook));
  }
  const setValues = (): string[] => [...values(SET.api), ...values(SET.hook)];

  test('{value:hook} sends the hook member once for the whole set, after the labels', async () => {
    await setWorld();
    const result = await runAction({ inputs: setInputs({}), env: runnerEnv(ssm) });
    expect(result.exitCode).toBe(0);
    expect(markers(result)).toEqual(['PLAN', 'PLAN', 'MINTED', 'MINTED', 'WROTE', 'WROTE', 'LABELED', 'LABELED', 'PROBED', 'CONFIRMED', 'CONFIRMED']);
    const tokens = JSON.parse(result.outputs.tokens ?? '{}') as Record<string, string>;
    expect(service.requests.map((r) => r.presented)).toEqual([fingerprintOf(tokens.hook ?? '')]);
    expect(result.stdout).toMatch(/^PROBED \S+ sha256:[0-9a-f]{16} GET answered 200 OK with the new value \(the value of \/svc\/hook-secret\) after 1 try/m);
    expectNoTokenLeak(result, setValues());
  }, 60_000);

  test('a failed test of a parameter the run created has nothing to go back to, and says so', async () => {
    ssm.reset();
    service.reset();
    service.follow(followSsm(ssm.store, '/svc/new-token'));
    service.configure({ mode: 'reject' });
    const result = await runAction({ inputs: { 'parameter-name': '/svc/new-token', 'probe-url': service.url, 'probe-timeout': '1s' }, env: runnerEnv(ssm) });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('nothing to roll back to: this run created the parameter');
    expect(result.stdout).toContain(
      'There is no previous value to go back to (this run created the parameter), so the workloads were not restarted again and nothing was tested again.',
    );
    // The new token is the only value there is: it stays in force and is handed out.
    expect(result.outputs).toMatchObject({ rotated: 'true', version: '1' });
    expect(ssm.store.versions('/svc/new-token').length).toBe(1);
    expectNoTokenLeak(result, values('/svc/new-token'));
  }, 60_000);

  test('a failed test rolls the whole set back and tests the previous hook secret once', async () => {
    await setWorld();
    service.configure({ mode: 'reject' });
    const result = await runAction({ inputs: setInputs({}), env: runnerEnv(ssm) });
    expect(result.exitCode).toBe(1);
    expect(ssm.store.latest(SET.api)).toMatchObject({ version: 3, value: 'old-api-key-0123456789abcdef', labels: ['current'] });
    expect(ssm.store.latest(SET.hook)).toMatchObject({ version: 3, value: 'old-hook-secret-0123456789abcdef', labels: ['current'] });
    expect(service.requests.at(-1)?.presented).toBe(fingerprintOf('old-hook-secret-0123456789abcdef'));
    expect(result.outputs.rotated).toBe('false');
    expectNoTokenLeak(result, setValues());
  }, 60_000);
});
