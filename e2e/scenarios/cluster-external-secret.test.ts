import { beforeAll, describe, expect, test } from '@jest/globals';
import { exampleDocuments } from '../world/manifests.ts';
import {
  admin,
  apply,
  explain,
  externalSecret,
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

/**
 * Scenario e: a ClusterExternalSecret on ESO v0.16.2. Its controller sets every owned ExternalSecret's
 * annotations to spec.externalSecretMetadata.annotations on each reconcile
 * (pkg/controllers/clusterexternalsecret/clusterexternalsecret_controller.go, createOrUpdateExternalSecret,
 * v0.16.2): no annotation of the ClusterExternalSecret itself reaches them, so no force-sync does.
 */

const NS = 'e2e-ces';
const NAME = `/team/${NS}/token`;
const OLD = 'e2e-ces-old-token-0123456789abcdef';

const clusterExternalSecret = {
  apiVersion: 'external-secrets.io/v1',
  kind: 'ClusterExternalSecret',
  metadata: { name: 'app-token' },
  spec: {
    externalSecretName: 'app-token',
    namespaceSelectors: [{ matchLabels: { 'e2e-ces': 'true' } }],
    refreshTime: '1s',
    externalSecretSpec: (plainExternalSecret(NS, NAME) as { spec: unknown }).spec,
  },
};

beforeAll(async () => {
  await prepareNamespace(NS);
  await admin(['label', 'namespace', NS, 'e2e-ces=true', '--overwrite']);
  await apply(exampleDocuments('rbac-clusterexternalsecret.yaml'));
  await putToken(NAME, OLD);
  await apply([clusterExternalSecret]);
  await untilSynced(NS, 'app-token');
  await untilSecret(NS, 'app-token', OLD);
});

describe('a ClusterExternalSecret on ESO v0.16.2', () => {
  test('the force-sync set on it never reaches its ExternalSecret: the run waits out sync-timeout and rolls back', async () => {
    const syncedBefore = (await externalSecret(NS, 'app-token')).status?.syncedResourceVersion;
    const run = await runBundled({
      'parameter-name': NAME,
      'external-secrets': 'clusterexternalsecret/app-token',
      namespace: NS,
      'verify-secret-key': 'token',
      'sync-timeout': '15s',
    });
    expect({ exit: run.exitCode, log: run.exitCode === 1 ? '' : explain(run) }).toEqual({ exit: 1, log: '' });
    expect(markers(run)).toContain('ROLLED-BACK');
    const es = await externalSecret(NS, 'app-token');
    expect(es.metadata.annotations?.['force-sync']).toBeUndefined();
    expect(es.status?.syncedResourceVersion).toBe(syncedBefore);
    expect((await history(NAME)).at(-1)).toMatchObject({ value: OLD, labels: ['current'] });
    expect(await secretValue(NS, 'app-token')).toBe(OLD);
  });
});
