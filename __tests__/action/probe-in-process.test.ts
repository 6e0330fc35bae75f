import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { exampleObjects } from '../../local-servers/kube/fixtures.ts';
import { followPods, followSsm } from '../../local-servers/kube/probe-follower.ts';
import { startKubeServer } from '../../local-servers/kube/server.ts';
import type { KubeServer } from '../../local-servers/kube/server.ts';
import { fingerprintOf, startProbeService } from '../../local-servers/probe-service.ts';
import type { ProbeService } from '../../local-servers/probe-service.ts';
import type { RotationDeps } from '../../src/rotate.ts';
import { CREDENTIALS, REGION, rotateInProcess, secretValue, startSsmServer, until } from './world.ts';
import type { SsmServer } from './world.ts';

// The test step in this process (the dist-run tests in probe.test.ts cover the bundle): waits are injected, so no backoff is slept for real.
const NAME = '/svc/token';
const OLD = 'old-token-value-0123456789abcdef';
let ssm: SsmServer;
let kube: KubeServer;
let service: ProbeService;

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

/** A clock the injected sleep moves: probe-timeout passes after a few tries, in no real time. */
function fakeTime(): Partial<RotationDeps> {
  let clock = 0;
  return {
    probeTools: {
      now: () => clock,
      sleep: (ms) => {
        clock += ms;
        return Promise.resolve();
      },
    },
  };
}

function ssmOnly(): void {
  ssm.reset();
  service.reset();
  ssm.store.seed({ Name: NAME, Value: OLD, Type: 'SecureString', Labels: ['current'] });
  service.follow(followSsm(ssm.store, NAME));
}

const inputs = { 'parameter-name': NAME, 'probe-url': '', 'probe-timeout': '30s' };

describe('the test step, in process', () => {
  test('an SSM-only run tests the new value after the labels and confirms', async () => {
    ssmOnly();
    const run = await rotateInProcess(ssm, { ...inputs, 'probe-url': service.url }, fakeTime());
    expect(run.outcome.error).toBeUndefined();
    expect(run.log.map((l) => l.split(' ')[0])).toEqual(['PLAN', 'MINTED', 'WROTE', 'LABELED', 'PROBED', 'CONFIRMED']);
    expect(service.requests.map((r) => [r.presented, r.status])).toEqual([[fingerprintOf(run.outcome.outputs.token), 200]]);
  });

  test('a test that never passes gives up at probe-timeout on the injected clock, restores SSM and tests the old value once', async () => {
    ssmOnly();
    service.configure({ mode: 'reject' });
    const run = await rotateInProcess(ssm, { ...inputs, 'probe-url': service.url }, fakeTime());
    expect(run.outcome.error?.step).toBe('probe');
    expect(run.outcome.error?.reason).toMatch(
      /^the service did not accept the new value within probe-timeout \(30\.0 s\): its last answer was 401 Unauthorized after 10 tries/,
    );
    expect(ssm.store.latest(NAME)).toMatchObject({ version: 3, value: OLD, labels: ['current'] });
    expect(run.outcome.outputs).toMatchObject({ rotated: 'false', token: OLD });
    expect(run.outcome.state).toContain('The test with the previous value got 401 Unauthorized: the service does not accept it either');
    expect(service.requests.at(-1)?.presented).toBe(fingerprintOf(OLD));
    // Tries at 0, 0.5, 1.5, 3.5, 7.5, 12.5, 17.5, 22.5, 27.5 s and at the deadline; the rejected token never printed.
    expect(run.log.join('\n')).not.toContain(ssm.store.versions(NAME)[1]?.value);
  });

  test('rollback-on-failure false leaves the new value in force and tests nothing again', async () => {
    ssmOnly();
    service.configure({ mode: 'reject' });
    const run = await rotateInProcess(ssm, { ...inputs, 'probe-url': service.url, 'rollback-on-failure': 'false' }, fakeTime());
    expect(run.outcome.error?.step).toBe('probe');
    expect(run.outcome.outputs.rotated).toBe('true');
    expect(ssm.store.latest(NAME)?.version).toBe(2);
    expect(run.log.filter((l) => l.startsWith('PROBED'))).toEqual([]);
  });

  test('a gated run whose test fails restarts the Deployment again onto the old token', async () => {
    ssm.reset();
    kube.reset();
    service.reset();
    ssm.store.seed({ Name: '/rotate-deploy-token/demo/deploy-token', Value: OLD, Type: 'SecureString', Labels: ['current'] });
    for (const object of exampleObjects()) kube.store.apply(object);
    await until(() => secretValue(kube, 'default', 'deploy-token') === OLD, 'ESO synced the old token');
    await kube.workloads.whenSettled('Deployment', 'default', 'api', 5000);
    const pods = followPods(kube.store, { resource: 'deployments', namespace: 'default', name: 'api' }, 'deploy-token/token');
    service.follow(pods.follower);
    service.configure({ rejectPrefix: 'bad_' });
    const before = kube.workloads.rolloutCount('Deployment', 'default', 'api');
    const run = await rotateInProcess(
      ssm,
      {
        'parameter-name': '/rotate-deploy-token/demo/deploy-token',
        'external-secrets': 'deploy-token',
        restart: 'deployment/api',
        kubeconfig: kube.kubeconfig(),
        'token-prefix': 'bad_',
        'probe-url': service.url,
        'probe-timeout': '5s',
      },
      fakeTime(),
    );
    pods.stop();
    expect(run.outcome.error?.step).toBe('probe');
    expect(kube.workloads.rolloutCount('Deployment', 'default', 'api') - before).toBe(2);
    expect(run.log.slice(-4).map((l) => l.split(' ')[0])).toEqual(['ROLLED-BACK', 'RESTARTED', 'ROLLED-OUT', 'PROBED']);
    expect(run.log.at(-1)).toMatch(/^PROBED \S+ sha256:[0-9a-f]{16} the previous value: GET answered 200 OK, the service accepts it again/);
    expect(run.outcome.outputs).toMatchObject({ rotated: 'false', token: OLD });
  }, 30_000);
});
