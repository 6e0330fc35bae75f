import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runAction } from '../../local-servers/runner/run-action.ts';
import type { ActionRun } from '../../local-servers/runner/run-action.ts';
import { exampleObjects } from '../../local-servers/kube/fixtures.ts';
import { followPods } from '../../local-servers/kube/probe-follower.ts';
import { startKubeServer } from '../../local-servers/kube/server.ts';
import type { KubeServer } from '../../local-servers/kube/server.ts';
import { fingerprintOf, startProbeService } from '../../local-servers/probe-service.ts';
import type { ProbeService } from '../../local-servers/probe-service.ts';
import { expectNoTokenLeak } from '../fault-matrix/leak-audit.ts';
import { CREDENTIALS, REGION, runnerEnv, secretValue as secretValueOf, startSsmServer, until } from './world.ts';
import type { SsmServer } from './world.ts';

// The post step of a run killed after its rollout, before its test finished: it runs the test itself (SPEC.md, "Interrupted runs").
const NAME = '/rotate-deploy-token/demo/deploy-token';
const NS = 'default';
const OLD = 'old-token-value-0123456789abcdef';
let ssm: SsmServer;
let kube: KubeServer;
let service: ProbeService;
let stop: () => void = () => undefined;

beforeAll(async () => {
  ssm = await startSsmServer();
  kube = await startKubeServer({ ssm: { endpoint: ssm.url, region: REGION, credentials: CREDENTIALS }, workloads: { msPerReplica: 10 } });
  service = await startProbeService();
});
afterAll(async () => {
  stop();
  await service.close();
  await kube.close();
  await ssm.close();
});

async function world(): Promise<void> {
  stop();
  ssm.reset();
  kube.reset();
  service.reset();
  kube.workloads.configure({ msPerReplica: 10 });
  ssm.store.seed({ Name: NAME, Value: OLD, Type: 'SecureString', Labels: ['current'] });
  for (const object of exampleObjects({ parameterName: NAME })) kube.store.apply(object);
  await until(() => secretValueOf(kube, NS, 'deploy-token') === OLD, 'ESO synced the old token');
  await kube.workloads.whenSettled('Deployment', NS, 'api', 5000);
  const pods = followPods(kube.store, { resource: 'deployments', namespace: NS, name: 'api' }, 'deploy-token/token');
  stop = pods.stop;
  service.follow(pods.follower);
}

const inputs = (): Record<string, string> => ({
  'parameter-name': NAME,
  'external-secrets': 'deploy-token',
  'verify-secret-key': 'token',
  restart: 'deployment/api',
  kubeconfig: kube.kubeconfig(),
  'sync-timeout': '30s',
  'rollout-timeout': '60s',
  'probe-url': `${service.url}/v1/whoami`,
  'probe-timeout': '3s',
  'token-prefix': 'bad_',
});

/** The main step killed as its rollout ends, before its test answered; then the post step with the state it saved. */
async function killedBeforeTheTest(): Promise<{ main: ActionRun; post: ActionRun }> {
  // The first answer comes only after a second: the main step is killed before it.
  service.configure({ warmupMs: 1000 });
  const main = await runAction({ inputs: inputs(), env: runnerEnv(ssm), interrupt: { when: /^ROLLED-OUT /m, signal: 'SIGKILL' } });
  expect(main.signal).toBe('SIGKILL');
  // Warmed up by the time the post step runs: its one test of the old value is not a warm-up race.
  service.configure({ warmupMs: 0 });
  const post = await runAction({ inputs: inputs(), env: runnerEnv(ssm), state: main.state });
  expect(post.exitCode).toBe(0);
  return { main, post };
}

const values = (): string[] => ssm.store.versions(NAME).map((v) => v.value);

describe('a run killed before its test answered, then its post step', () => {
  test('the post step tests the new value; it passes, so the new value stays', async () => {
    await world();
    const { main, post } = await killedBeforeTheTest();
    const token = ssm.store.versions(NAME)[1]?.value ?? '';
    expect(post.stdout).toMatch(/^PROBED \S+ sha256:[0-9a-f]{16} GET answered 200 OK with the new value after \d+ tries/m);
    expect(post.stdout).toMatch(/^RECOVERED .* stays in force.* The test the main step did not finish passed \(200 OK\)\./m);
    expect(ssm.store.latest(NAME)).toMatchObject({ version: 2, value: token, labels: ['current'] });
    expect(service.requests.at(-1)).toMatchObject({ presented: fingerprintOf(token), status: 200 });
    expectNoTokenLeak(main, values());
    expectNoTokenLeak(post, values());
  }, 60_000);

  test('the new value fails the test: the post step rolls back, restarts the Deployment again and tests the old value once', async () => {
    await world();
    service.configure({ rejectPrefix: 'bad_' });
    const rolloutsBefore = kube.workloads.rolloutCount('Deployment', NS, 'api');
    const { main, post } = await killedBeforeTheTest();
    expect(post.stdout).toMatch(
      /^FAILED \S+ sha256:[0-9a-f]{16} the service did not accept the new value within probe-timeout \(3\.0 s\): its last answer was 401 Unauthorized/m,
    );
    expect(ssm.store.latest(NAME)).toMatchObject({ version: 3, value: OLD, labels: ['current'] });
    await until(() => secretValueOf(kube, NS, 'deploy-token') === OLD, 'the Secret holds the old token');
    expect(kube.workloads.rolloutCount('Deployment', NS, 'api') - rolloutsBefore).toBe(2);
    expect(post.stdout).toMatch(/^PROBED \S+ sha256:[0-9a-f]{16} the previous value: GET answered 200 OK, the service accepts it again/m);
    expect(post.stdout).toMatch(
      /^RECOVERED .*the test the main step did not finish failed .* so the run is rolled back: .*SSM version 3 holds the previous token again/m,
    );
    expectNoTokenLeak(main, values());
    expectNoTokenLeak(post, values());
  }, 60_000);
});
