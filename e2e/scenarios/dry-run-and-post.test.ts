import { beforeAll, describe, expect, test } from '@jest/globals';
import { runAction } from '../../local-servers/runner/run-action.ts';
import {
  apply,
  explain,
  externalSecret,
  history,
  markers,
  prepareNamespace,
  putToken,
  runBundled,
  secretValue,
  untilSecret,
  untilSynced,
  actionEnv,
  facts,
} from './cluster.ts';
import { generation, startWorkloads } from './workloads.ts';

/** Scenario f: dry-run writes nothing anywhere; the post step after a kill during the sync puts the old token back. */

const NS = 'e2e-interrupt';
const NAME = `/team/${NS}/token`;
const OLD = 'e2e-interrupt-old-token-0123456789abcdef';

const externalSecretObject = {
  apiVersion: 'external-secrets.io/v1',
  kind: 'ExternalSecret',
  metadata: { name: 'app-token', namespace: NS },
  spec: {
    refreshPolicy: 'OnChange',
    secretStoreRef: { kind: 'SecretStore', name: 'parameter-store' },
    target: { name: 'app-token', creationPolicy: 'Owner' },
    data: [{ secretKey: 'token', remoteRef: { key: NAME } }],
  },
};

const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  'parameter-name': NAME,
  namespace: NS,
  'external-secrets': 'app-token',
  'verify-secret-key': 'token',
  restart: 'deployment/api',
  'sync-timeout': '90s',
  'rollout-timeout': '180s',
  ...extra,
});

beforeAll(async () => {
  await prepareNamespace(NS);
  await putToken(NAME, OLD);
  await apply([externalSecretObject]);
  await untilSynced(NS, 'app-token');
  await untilSecret(NS, 'app-token', OLD);
  await startWorkloads(NS);
});

describe('dry-run on the real cluster', () => {
  test('prints the plan and writes nothing to moto or the cluster', async () => {
    const before = { history: await history(NAME), es: await externalSecret(NS, 'app-token'), generation: await generation(NS, 'deployment/api') };
    const run = await runBundled(inputs({ 'dry-run': 'true' }));
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    expect(markers(run).every((m) => m === 'PLAN')).toBe(true);
    expect(markers(run).length).toBeGreaterThan(0);
    expect(await history(NAME)).toEqual(before.history);
    const es = await externalSecret(NS, 'app-token');
    expect(es.metadata.resourceVersion).toBe(before.es.metadata.resourceVersion);
    expect(es.metadata.annotations?.['force-sync']).toBeUndefined();
    expect(await generation(NS, 'deployment/api')).toBe(before.generation);
    expect(await secretValue(NS, 'app-token')).toBe(OLD);
  });
});

describe('the post step after the main step is killed during the sync', () => {
  test('rolls SSM and its labels back to the old token and ESO syncs it back into the Secret', async () => {
    const versionsBefore = (await history(NAME)).length;
    const main = await runBundled(inputs(), { interrupt: { when: /set force-sync=/m, signal: 'SIGKILL' } });
    expect({ signal: main.signal, log: main.signal === 'SIGKILL' ? '' : explain(main) }).toEqual({ signal: 'SIGKILL', log: '' });
    expect(main.state['rotation-progress']).toContain('"phase":"sync-started"');
    // The runner runs the post step with the state the main step saved.
    const post = await runAction({
      inputs: { kubeconfig: facts().actionKubeconfigYaml, ...inputs() },
      env: actionEnv(),
      state: main.state,
      timeoutMs: 240_000,
    });
    expect({ exit: post.exitCode, log: post.exitCode === 0 ? '' : explain(post) }).toEqual({ exit: 0, log: '' });
    expect(post.stdout).toMatch(new RegExp(`^RECOVERED ${NAME} sha256:[0-9a-f]{16} the main step stopped at phase sync-started`, 'm'));
    // moto: the killed run's version, then the old token again as the newest version, `current` on it.
    const versions = await history(NAME);
    expect(versions.length).toBe(versionsBefore + 2);
    expect(versions.at(-1)).toMatchObject({ value: OLD, labels: ['current'] });
    await untilSecret(NS, 'app-token', OLD);
  });
});
