// The bundled action restarts an Argo Rollout as `kubectl argo rollouts restart`
// does and waits as `kubectl argo rollouts status` does, against the local
// servers (the Kubernetes one simulates the Rollout controller).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprint } from '../../src/token.ts';
import { runAction, runWithPost } from '../../local-servers/runner/run-action.ts';
import { startKubeServer } from '../../local-servers/kube/server.ts';
import type { KubeServer } from '../../local-servers/kube/server.ts';
import { exampleExternalSecret, exampleRollout, exampleSecretStore } from '../../local-servers/kube/fixtures.ts';
import { CREDENTIALS, REGION, runnerEnv, secretValue, startSsmServer, until } from './world.ts';
import type { SsmServer } from './world.ts';

const NAME = '/rotate-deploy-token/demo/deploy-token';
const NS = 'default';
let ssm: SsmServer;
let kube: KubeServer;

beforeAll(async () => {
  ssm = await startSsmServer();
  kube = await startKubeServer({ ssm: { endpoint: ssm.url, region: REGION, credentials: CREDENTIALS }, argoRollouts: { msPerReplica: 20 } });
});
afterAll(async () => {
  await kube.close();
  await ssm.close();
});

async function world(rollout = exampleRollout()): Promise<string> {
  ssm.reset();
  kube.reset();
  const old = 'old-token-value-0123456789abcdef';
  ssm.store.seed({ Name: NAME, Value: old, Type: 'SecureString', Labels: ['current'] });
  for (const object of [exampleSecretStore(), exampleExternalSecret(), rollout]) kube.store.apply(object);
  await until(() => secretValue(kube, NS, 'deploy-token') === old, 'ESO synced the old token');
  await until(() => phase() === 'Healthy' && webPods().length === 2, 'the Rollout is Healthy');
  return old;
}

const webPods = () => kube.store.list('pods', NS).filter((pod) => pod.metadata.labels?.app === 'web');
const rolloutObject = () =>
  kube.store.get('rollouts', NS, 'web') as unknown as { spec: { restartAt?: string }; status?: { phase?: string; restartedAt?: string } };
const phase = (): string | undefined => rolloutObject().status?.phase;

const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  'parameter-name': NAME,
  'external-secrets': 'deploy-token',
  'verify-secret-key': 'token',
  restart: 'rollout/web',
  kubeconfig: kube.kubeconfig(),
  'sync-timeout': '5s',
  'rollout-timeout': '15s',
  ...extra,
});

describe('a gated rotation that restarts an Argo Rollout', () => {
  test('sets spec.restartAt, waits for Healthy, and every pod runs the new token; the post step has nothing to do', async () => {
    await world();
    const before = webPods().map((pod) => pod.metadata.name);
    const { main, post } = await runWithPost({ inputs: inputs(), env: runnerEnv(ssm) });
    expect(main.exitCode).toBe(0);
    const token = main.outputs.token ?? '';
    expect(ssm.store.latest(NAME)).toMatchObject({ version: 2, value: token });
    expect(secretValue(kube, NS, 'deploy-token')).toBe(token);
    const rollout = rolloutObject();
    expect(rollout.spec.restartAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(rollout.status?.restartedAt).toBe(rollout.spec.restartAt);
    expect(rollout.status?.phase).toBe('Healthy');
    expect(kube.argoRollouts.restartCount(NS, 'web')).toBe(1);
    const pods = webPods();
    expect(pods).toHaveLength(2);
    for (const pod of pods) {
      expect(before).not.toContain(pod.metadata.name);
      expect(JSON.stringify(pod.metadata.annotations ?? {})).toContain(fingerprint(token));
    }
    expect(main.stdout).toContain(`default/rollout/web: set spec.restartAt=${rollout.spec.restartAt}`);
    expect(main.stdout).toMatch(/ROLLED-OUT default\/rollout\/web sha256:[0-9a-f]{16} rollout complete/);
    expect(main.stdout).toContain('RESTARTED default/rollout/web');
    expect(main.stdout).toMatch(/spec.restartAt patched, generation 2/);
    expect(post.exitCode).toBe(0);
    expect(post.stdout.trim()).toBe('rotate-deploy-token post step: the main step reached its end; nothing to recover.');
    const printed = main.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(printed.filter((line) => line.includes(token))).toEqual([]);
  });

  test('a Degraded rollout fails the step naming it, and says the new token is in place', async () => {
    await world();
    kube.argoRollouts.override(NS, 'web', { mode: 'degraded', deadlineMs: 300 });
    const run = await runAction({ inputs: inputs(), env: runnerEnv(ssm) });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error::rollout failed for default/rollout/web: rollout "web" is in a degraded state with message: ProgressDeadlineExceeded: ReplicaSet "web-',
    );
    expect(run.outputs).toMatchObject({ rotated: 'true', token: ssm.store.latest(NAME)?.value });
    expect(phase()).toBe('Degraded');
  });

  test('an aborted update fails the step', async () => {
    await world();
    kube.argoRollouts.override(NS, 'web', { mode: 'abort' });
    const run = await runAction({ inputs: inputs(), env: runnerEnv(ssm) });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('rollout "web" is in a degraded state with message: RolloutAborted: Rollout aborted update to revision');
  });

  test.each([
    ['restart', 'Reloader sets spec.restartAt'],
    ['rollout', 'Reloader changes the pod template'],
  ])('a Rollout Reloader manages (rollout-strategy %s: %s) is left to it and rolled once, onto the new token', async (strategy) => {
    const rollout = exampleRollout();
    await world({
      ...rollout,
      metadata: { ...rollout.metadata, annotations: { 'reloader.stakater.com/auto': 'true', 'reloader.stakater.com/rollout-strategy': strategy } },
    });
    kube.reloader.configure({ enabled: true, argoRollouts: true });
    // Reloader's restartAt has whole seconds, and Argo keeps pods created in that same second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const run = await runAction({ inputs: inputs(), env: runnerEnv(ssm) });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      'default/rollout/web: generation 1, restarted by Stakater Reloader (reloader.stakater.com/auto=true, rollout-strategy ' +
        strategy +
        ') when Secret deploy-token changes',
    );
    expect(run.stdout).toMatch(/RESTARTED default\/rollout\/web .*left to Reloader/);
    expect(kube.reloader.reloadCount('Rollout', NS, 'web')).toBe(1);
    expect(rolloutObject().spec.restartAt === undefined).toBe(strategy === 'rollout');
    const token = ssm.store.latest(NAME)?.value ?? '';
    await until(() => webPods().length === 2, 'old pods gone');
    for (const pod of webPods()) expect(JSON.stringify(pod.metadata.annotations ?? {})).toContain(fingerprint(token));
  });

  test('a paused rollout (spec.paused) stops the run in preflight, before anything is written', async () => {
    await world();
    const rollout = exampleRollout();
    kube.store.apply({ ...rollout, spec: { ...(rollout.spec as object), paused: true } });
    const run = await runAction({ inputs: inputs(), env: runnerEnv(ssm) });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('the rollout is paused (spec.paused: true), so a restart would not finish.');
    expect(ssm.store.versions(NAME)).toHaveLength(1);
  });
});
