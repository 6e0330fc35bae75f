import { beforeAll, expect, test } from '@jest/globals';
import {
  apply,
  eventually,
  explain,
  facts,
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
 * An Argo Rollout that Stakater Reloader manages (`reloader.stakater.com/auto: "true"`, Reloader started with
 * --is-Argo-Rollouts=true), named in `restart:`: the action leaves it to Reloader, which updates the pod
 * template (its default rollout strategy, internal/pkg/callbacks/rolling_upgrade.go UpdateRollout), and waits
 * until the real Argo Rollouts controller has rolled it out.
 */

const NS = 'e2e-reloader-rollout';
const NAME = `/team/${NS}/token`;
const OLD = 'e2e-reloader-rollout-old-token-0123456789abcdef';

interface RolloutObject {
  metadata: { generation: number };
  spec: { restartAt?: string; template: { spec: { containers: { env?: { name: string; value?: string }[] }[] } } };
  status?: { phase?: string; observedGeneration?: string; stableRS?: string };
}

const rollout = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Rollout',
  metadata: { name: 'api', namespace: NS, annotations: { 'reloader.stakater.com/auto': 'true' } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'api' } },
    template: {
      metadata: { labels: { app: 'api' } },
      spec: {
        containers: [
          {
            name: 'api',
            image: 'registry.k8s.io/pause:3.10',
            env: [{ name: 'API_TOKEN', valueFrom: { secretKeyRef: { name: 'app-token', key: 'token' } } }],
          },
        ],
        terminationGracePeriodSeconds: 0,
      },
    },
    strategy: { canary: {} },
  },
};

const getRollout = (): Promise<RolloutObject> => getObject<RolloutObject>(['rollout.argoproj.io', 'api', '-n', NS]);

describeWith(['argo-rollouts', 'reloader'], 'an Argo Rollout Reloader restarts (reloader.stakater.com/auto, --is-Argo-Rollouts=true)', () => {
  beforeAll(async () => {
    expect(facts().extras.reloader?.args).toContain('--is-Argo-Rollouts=true');
    await prepareNamespace(NS);
    await putToken(NAME, OLD);
    await apply([plainExternalSecret(NS, NAME)]);
    await untilSynced(NS, 'app-token');
    await untilSecret(NS, 'app-token', OLD);
    await apply([rollout]);
    await eventually(async () => {
      const r = await getRollout();
      return r.status?.phase === 'Healthy' && r.status.observedGeneration === String(r.metadata.generation) && (await readyPods(NS, 'api')).length === 2
        ? r
        : undefined;
    }, `Rollout ${NS}/api Healthy with both pods Ready`);
  });

  test('the action leaves the Rollout to Reloader and waits until it is Healthy on a new ReplicaSet', async () => {
    const podsBefore = await readyPods(NS, 'api');
    const before = await getRollout();
    const run = await runBundled({
      'parameter-name': NAME,
      namespace: NS,
      'external-secrets': 'app-token',
      'verify-secret-key': 'token',
      restart: 'rollout/api',
      'sync-timeout': '90s',
      'rollout-timeout': '180s',
    });
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    const token = run.outputs.token ?? '';
    expect(markers(run)).toEqual(['PLAN', 'PLAN', 'PLAN', 'MINTED', 'WROTE', 'LABELED', 'SYNCED', 'VERIFIED', 'RESTARTED', 'ROLLED-OUT', 'CONFIRMED']);
    expect(run.stdout).toMatch(/^RESTARTED .*rollout\/api.*left to Reloader/m);

    expect(await history(NAME)).toEqual([
      { version: 1, value: OLD, labels: ['previous'] },
      { version: 2, value: token, labels: ['current'] },
    ]);
    expect(await secretValue(NS, 'app-token')).toBe(token);

    // Reloader's template update, not the action's restartAt: one generation more, a new stable ReplicaSet, Healthy.
    const after = await getRollout();
    expect(after.spec.restartAt).toBeUndefined();
    expect(after.metadata.generation).toBe(before.metadata.generation + 1);
    expect(after.status?.phase).toBe('Healthy');
    expect(after.status?.stableRS).not.toBe(before.status?.stableRS);
    const env = after.spec.template.spec.containers[0]?.env ?? [];
    expect(env.find((e) => e.name === 'STAKATER_APP_TOKEN_SECRET')?.value).toMatch(/^[0-9a-f]{40}$/);
    const podsAfter = await readyPods(NS, 'api');
    expect(podsAfter.length).toBe(podsBefore.length);
    for (const uid of podsAfter) expect(podsBefore).not.toContain(uid);
    expect(run.summary).not.toContain(token);
  });
});
