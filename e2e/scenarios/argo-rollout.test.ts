import { beforeAll, expect, test } from '@jest/globals';
import {
  apply,
  eventually,
  explain,
  getObject,
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
import { describeWith } from './extras.ts';
import { readyPods } from './workloads.ts';

/**
 * An Argo Rollout named in `restart:` (`rollout/<name>`), with the real Argo Rollouts controller (v1.9.2):
 * the action sets spec.restartAt as `kubectl argo rollouts restart` does, and waits until the controller has
 * replaced the pods and the Rollout is Healthy again.
 */

const NS = 'e2e-argo';
const NAME = `/team/${NS}/token`;
const OLD = 'e2e-argo-old-token-0123456789abcdef';

interface RolloutObject {
  metadata: { generation: number };
  spec: { restartAt?: string };
  status?: { phase?: string; restartedAt?: string; observedGeneration?: string };
}

const rollout = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Rollout',
  metadata: { name: 'web', namespace: NS },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [{ name: 'web', image: 'registry.k8s.io/pause:3.10', envFrom: [{ secretRef: { name: 'app-token' } }] }],
        terminationGracePeriodSeconds: 0,
      },
    },
    // A canary without steps: a template change goes to 100% at once.
    strategy: { canary: {} },
  },
};

const getRollout = (): Promise<RolloutObject> => getObject<RolloutObject>(['rollout.argoproj.io', 'web', '-n', NS]);

/** Healthy for the generation it has now (status.observedGeneration is a string since Argo Rollouts v0.10). */
const untilHealthy = (): Promise<RolloutObject> =>
  eventually(async () => {
    const r = await getRollout();
    return r.status?.phase === 'Healthy' && r.status.observedGeneration === String(r.metadata.generation) ? r : undefined;
  }, `Rollout ${NS}/web Healthy`);

describeWith('argo-rollouts', 'an Argo Rollout in restart: (rollout/web)', () => {
  beforeAll(async () => {
    await prepareNamespace(NS);
    await putToken(NAME, OLD);
    await apply([plainExternalSecret(NS, NAME)]);
    await untilSynced(NS, 'app-token');
    await untilSecret(NS, 'app-token', OLD);
    await apply([rollout]);
    await untilHealthy();
    await eventually(async () => ((await readyPods(NS, 'web')).length === 2 ? true : undefined), 'both pods of the Rollout Ready');
  });

  test('spec.restartAt is set, the Rollout is Healthy again with status.restartedAt equal to it, every pod replaced', async () => {
    const podsBefore = await readyPods(NS, 'web');
    const before = await getRollout();
    const run = await runBundled({
      'parameter-name': NAME,
      namespace: NS,
      'external-secrets': 'app-token',
      'verify-secret-key': 'token',
      restart: 'rollout/web',
      'sync-timeout': '90s',
      'rollout-timeout': '180s',
    });
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    const token = run.outputs.token ?? '';
    expect(run.outputs).toMatchObject({ rotated: 'true', version: '2', 'previous-version': '1' });
    expect(markers(run)).toEqual(['PLAN', 'PLAN', 'PLAN', 'MINTED', 'WROTE', 'LABELED', 'SYNCED', 'VERIFIED', 'RESTARTED', 'ROLLED-OUT', 'CONFIRMED']);
    expect(run.stdout).toMatch(/^RESTARTED .*rollout\/web.*spec\.restartAt patched/m);

    expect(await history(NAME)).toEqual([
      { version: 1, value: OLD, labels: ['previous'] },
      { version: 2, value: token, labels: ['current'] },
    ]);
    expect(await secretValue(NS, 'app-token')).toBe(token);

    // When the action reported ROLLED-OUT, the controller had finished the restart it asked for.
    const after = await getRollout();
    expect(before.spec.restartAt).toBeUndefined();
    expect(after.spec.restartAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(after.status?.restartedAt).toBe(after.spec.restartAt);
    expect(after.status?.phase).toBe('Healthy');
    expect(after.metadata.generation).toBe(before.metadata.generation + 1);
    const podsAfter = await readyPods(NS, 'web');
    expect(podsAfter.length).toBe(podsBefore.length);
    for (const uid of podsAfter) expect(podsBefore).not.toContain(uid);
    expect(run.summary).not.toContain(token);
  });
});
