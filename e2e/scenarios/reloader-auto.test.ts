import { beforeAll, expect, test } from '@jest/globals';
import {
  admin,
  apply,
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
import { generation, readyPods, restartedAt } from './workloads.ts';

/**
 * A Deployment that Stakater Reloader (v1.4.22, real) manages with `reloader.stakater.com/auto: "true"`,
 * named in `restart:`. The action leaves the restart to Reloader and waits for the rollout Reloader starts:
 * exactly one new rollout, not two.
 */

const NS = 'e2e-reloader';
const NAME = `/team/${NS}/token`;
const OLD = 'e2e-reloader-old-token-0123456789abcdef';

interface DeploymentObject {
  metadata: { generation: number; annotations?: Record<string, string> };
  spec: { template: { metadata?: { annotations?: Record<string, string> }; spec: { containers: { env?: { name: string; value?: string }[] }[] } } };
}

const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  // Reloader's internal/pkg/options ReloaderAutoAnnotation: every Secret and ConfigMap the pods read.
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
  },
};

describeWith('reloader', 'a Deployment Reloader restarts (reloader.stakater.com/auto)', () => {
  beforeAll(async () => {
    await prepareNamespace(NS);
    await putToken(NAME, OLD);
    await apply([plainExternalSecret(NS, NAME)]);
    await untilSynced(NS, 'app-token');
    await untilSecret(NS, 'app-token', OLD);
    await apply([deployment]);
    await admin(['rollout', 'status', 'deployment/api', '-n', NS, '--timeout=180s']);
  });

  test('the action leaves the restart to Reloader and waits for its rollout: one new rollout, the new token everywhere', async () => {
    const podsBefore = await readyPods(NS, 'api');
    const generationBefore = await generation(NS, 'deployment/api');
    const run = await runBundled({
      'parameter-name': NAME,
      namespace: NS,
      'external-secrets': 'app-token',
      'verify-secret-key': 'token',
      restart: 'deployment/api',
      'sync-timeout': '90s',
      'rollout-timeout': '180s',
    });
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    const token = run.outputs.token ?? '';
    expect(run.outputs).toMatchObject({ rotated: 'true', version: '2', 'previous-version': '1' });
    expect(markers(run)).toEqual(['PLAN', 'PLAN', 'PLAN', 'MINTED', 'WROTE', 'LABELED', 'SYNCED', 'VERIFIED', 'RESTARTED', 'ROLLED-OUT', 'CONFIRMED']);
    expect(run.stdout).toMatch(/^RESTARTED .*deployment\/api.*left to Reloader/m);

    // moto and the Secret hold the new token.
    expect(await history(NAME)).toEqual([
      { version: 1, value: OLD, labels: ['previous'] },
      { version: 2, value: token, labels: ['current'] },
    ]);
    expect(await secretValue(NS, 'app-token')).toBe(token);

    // One rollout, Reloader's: generation +1, revision 2, Reloader's env var and no restartedAt of the action's.
    const after = await getObject<DeploymentObject>(['deployment', 'api', '-n', NS]);
    expect(after.metadata.generation).toBe(generationBefore + 1);
    expect(after.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(await restartedAt(NS, 'deployment/api')).toBeUndefined();
    // internal/pkg/callbacks/rolling_upgrade.go (env-vars strategy): STAKATER_<SECRET NAME>_SECRET holds the SHA-1 of the data.
    const env = after.spec.template.spec.containers[0]?.env ?? [];
    expect(env.find((e) => e.name === 'STAKATER_APP_TOKEN_SECRET')?.value).toMatch(/^[0-9a-f]{40}$/);
    const podsAfter = await readyPods(NS, 'api');
    expect(podsAfter.length).toBe(podsBefore.length);
    for (const uid of podsAfter) expect(podsBefore).not.toContain(uid);
    expect(run.summary).not.toContain(token);
  });
});
