import { createHash } from 'node:crypto';

import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { CoreV1Api, CustomObjectsApi, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';

import { esoResourceVersion, shouldRefresh } from '../../local-servers/kube/eso-controller.ts';
import { exampleExternalSecret, exampleSecretStore, type ExampleOptions } from '../../local-servers/kube/fixtures.ts';
import type { KubeObject } from '../../local-servers/kube/objects.ts';
import type { KubeServer } from '../../local-servers/kube/server.ts';
import { kubeConfigFor, sleep, startSsmEndpoint, startTestServer, waitFor, type SsmEndpoint } from './helpers.ts';

interface EsStatus {
  refreshTime?: string;
  syncedResourceVersion?: string;
  binding?: { name: string };
  conditions?: { type: string; status: string; reason: string; message: string; lastTransitionTime: string }[];
}

const parameter = '/rotate-deploy-token/test/token';

describe('simulated External Secrets Operator', () => {
  let ssm: SsmEndpoint;
  let server: KubeServer;
  let custom: CustomObjectsApi;
  let core: CoreV1Api;
  const esApi = { group: 'external-secrets.io', version: 'v1', namespace: 'default', plural: 'externalsecrets' };

  const statusOf = (name: string): EsStatus => server.store.get('externalsecrets', 'default', name)?.status ?? {};
  const secretValue = (name: string, key = 'token'): string | undefined => {
    const encoded = (server.store.get('secrets', 'default', name)?.data as Record<string, string> | undefined)?.[key];
    return encoded === undefined ? undefined : Buffer.from(encoded, 'base64').toString('utf8');
  };
  const forceSync = async (name: string, value: string): Promise<void> => {
    await custom.patchNamespacedCustomObject(
      { ...esApi, name, body: { metadata: { annotations: { 'force-sync': value } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
  };
  const createExternalSecret = async (name: string, options: ExampleOptions = {}): Promise<EsStatus> => {
    await custom.createNamespacedCustomObject({ ...esApi, body: exampleExternalSecret({ externalSecretName: name, parameterName: parameter, ...options }) });
    return waitFor(() => (statusOf(name).syncedResourceVersion ? statusOf(name) : undefined), 5000, `${name} synced`);
  };

  beforeAll(async () => {
    ssm = await startSsmEndpoint();
    server = await startTestServer({ ssm: { endpoint: ssm.url, region: 'us-east-1' }, workloads: { enabled: false } });
    const kc = kubeConfigFor(server);
    custom = kc.makeApiClient(CustomObjectsApi);
    core = kc.makeApiClient(CoreV1Api);
  });
  afterAll(async () => {
    await server.close();
    await ssm.close();
  });
  beforeEach(async () => {
    server.reset();
    server.store.apply(exampleSecretStore());
    await ssm.put(parameter, 'token-v1');
  });

  test('syncs the SSM value into the target Secret and writes ESO status and Secret metadata', async () => {
    const status = await createExternalSecret('app');
    expect(secretValue('app')).toBe('token-v1');
    expect(status.syncedResourceVersion).toMatch(/^1-[0-9a-f]{56}$/);
    expect(status.binding).toEqual({ name: 'app' });
    expect(status.refreshTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(status.conditions).toEqual([
      { type: 'Ready', status: 'True', reason: 'SecretSynced', message: 'secret synced', lastTransitionTime: expect.any(String) },
    ]);
    const secret = server.store.get('secrets', 'default', 'app') as KubeObject;
    expect(secret.metadata.labels?.['reconcile.external-secrets.io/managed']).toBe('true');
    expect(secret.metadata.annotations?.['reconcile.external-secrets.io/data-hash']).toMatch(/^[0-9a-f]{56}$/);
    expect(secret.metadata.ownerReferences).toEqual([
      expect.objectContaining({ apiVersion: 'external-secrets.io/v1', kind: 'ExternalSecret', name: 'app', controller: true, blockOwnerDeletion: true }),
    ]);
    const storeStatus = server.store.get('secretstores', 'default', 'aws-parameter-store')?.status as EsStatus;
    expect(storeStatus.conditions?.[0]).toMatchObject({ type: 'Ready', status: 'True', reason: 'Valid' });
  });

  test("syncedResourceVersion is ESO's GetResourceVersion: generation and SHA3-224 of %+v of annotations and labels", async () => {
    await createExternalSecret('app');
    await forceSync('app', 'run-1');
    const es = await waitFor(() => {
      const current = server.store.get('externalsecrets', 'default', 'app');
      return current && (current.status as EsStatus).syncedResourceVersion === esoResourceVersion(current) ? current : undefined;
    });
    const goText = '{annotations:map[force-sync:run-1] labels:map[]}';
    expect((es.status as EsStatus).syncedResourceVersion).toBe(`1-${createHash('sha3-224').update(goText).digest('hex')}`);
  });

  test.each([
    ['OnChange', '1h'],
    ['Periodic', '1h'],
    ['unset', '15m'],
  ] as const)('a force-sync annotation triggers a sync with refreshPolicy %s, refreshInterval %s', async (policy, refreshInterval) => {
    const refreshPolicy = policy === 'unset' ? null : policy;
    const before = await createExternalSecret('app', { refreshPolicy, refreshInterval });
    // No refreshPolicy at all (unset) means Periodic.
    const es = server.store.get('externalsecrets', 'default', 'app') as KubeObject;
    expect((es.spec as Record<string, unknown>).refreshPolicy).toBe(refreshPolicy ?? undefined);
    await ssm.put(parameter, 'token-v2');
    await sleep(1100);
    await forceSync('app', `run-${Date.now()}`);
    const after = await waitFor(() => (statusOf('app').syncedResourceVersion !== before.syncedResourceVersion ? statusOf('app') : undefined));
    expect(after.conditions?.[0]).toMatchObject({ status: 'True', reason: 'SecretSynced' });
    expect(secretValue('app')).toBe('token-v2');
    expect(Date.parse(after.refreshTime ?? '')).toBeGreaterThan(Date.parse(before.refreshTime ?? ''));
    expect(server.eso.syncCount('default', 'app')).toBe(2);
  });

  test.each([
    ['CreatedOnce', '1h'],
    ['Periodic', '0'],
    ['unset', '0s'],
  ] as const)('a force-sync annotation is ignored with refreshPolicy %s, refreshInterval %s', async (policy, refreshInterval) => {
    const before = await createExternalSecret('app', { refreshPolicy: policy === 'unset' ? null : policy, refreshInterval });
    await ssm.put(parameter, 'token-v2');
    await forceSync('app', 'run-ignored');
    await sleep(300);
    await server.eso.whenIdle();
    expect(statusOf('app')).toEqual(before);
    expect(secretValue('app')).toBe('token-v1');
    expect(server.eso.syncCount('default', 'app')).toBe(1);
    const es = server.store.get('externalsecrets', 'default', 'app') as KubeObject;
    expect(shouldRefresh(es)).toBe(false);
  });

  test('a deleted target Secret is recreated even with CreatedOnce (isSecretValid)', async () => {
    await createExternalSecret('app', { refreshPolicy: 'CreatedOnce' });
    await ssm.put(parameter, 'token-v2');
    await core.deleteNamespacedSecret({ name: 'app', namespace: 'default' });
    await waitFor(() => secretValue('app'), 3000, 'the Secret back');
    expect(secretValue('app')).toBe('token-v2');
  });

  test("failing mode: Ready False SecretSyncedError with ESO's message; refreshTime and syncedResourceVersion kept", async () => {
    const before = await createExternalSecret('app');
    server.eso.configure({ mode: 'failing', failureMessage: 'AccessDeniedException: not authorized to perform ssm:GetParameter' });
    await forceSync('app', 'run-fail');
    const failed = await waitFor(() => (statusOf('app').conditions?.[0]?.status === 'False' ? statusOf('app') : undefined));
    expect(failed.conditions?.[0]).toMatchObject({
      type: 'Ready',
      status: 'False',
      reason: 'SecretSyncedError',
      message: 'could not get secret data from provider',
    });
    expect(failed.conditions?.[0]?.lastTransitionTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(failed.syncedResourceVersion).toBe(before.syncedResourceVersion);
    expect(failed.refreshTime).toBe(before.refreshTime);
    const events = server.store.list('events', 'default').filter((event) => event.reason === 'UpdateFailed');
    expect(String(events[0]?.message)).toContain('AccessDeniedException');
    // Back to normal: the retry succeeds.
    server.eso.configure({ mode: 'normal' });
    await waitFor(() => (statusOf('app').conditions?.[0]?.status === 'True' ? true : undefined));
    expect(statusOf('app').syncedResourceVersion).not.toBe(before.syncedResourceVersion);
  });

  test('a missing parameter fails the sync the same way', async () => {
    await custom.createNamespacedCustomObject({ ...esApi, body: exampleExternalSecret({ externalSecretName: 'missing', parameterName: '/does/not/exist' }) });
    const status = await waitFor(() => statusOf('missing').conditions?.[0]);
    expect(status).toMatchObject({ status: 'False', reason: 'SecretSyncedError', message: 'could not get secret data from provider' });
    expect(server.store.get('secrets', 'default', 'missing')).toBeUndefined();
  });

  test('stuck mode and per-ExternalSecret overrides: nothing changes', async () => {
    const before = await createExternalSecret('app');
    await createExternalSecret('other');
    server.eso.override('default', 'app', { mode: 'stuck' });
    await forceSync('app', 'run-stuck');
    await forceSync('other', 'run-normal');
    await waitFor(() => (statusOf('other').conditions && server.eso.syncCount('default', 'other') === 2 ? true : undefined));
    await sleep(200);
    expect(statusOf('app')).toEqual(before);
  });

  test('a delay before each sync', async () => {
    server.eso.configure({ syncDelayMs: 400 });
    const started = Date.now();
    await createExternalSecret('app');
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
  });

  test('remoteRef.version reads that version (GetParameter "name:version")', async () => {
    await ssm.put(parameter, 'token-v2');
    await custom.createNamespacedCustomObject({
      ...esApi,
      body: {
        ...exampleExternalSecret({ externalSecretName: 'pinned' }),
        spec: {
          secretStoreRef: { name: 'aws-parameter-store', kind: 'SecretStore' },
          target: { name: 'pinned' },
          data: [{ secretKey: 'token', remoteRef: { key: parameter, version: '1' } }],
        },
      },
    });
    await waitFor(() => secretValue('pinned'));
    expect(secretValue('pinned')).toBe('token-v1');
  });

  test('deleting the ExternalSecret garbage-collects its owned Secret', async () => {
    await createExternalSecret('app');
    await custom.deleteNamespacedCustomObject({ ...esApi, name: 'app' });
    await waitFor(() => (server.store.get('secrets', 'default', 'app') === undefined ? true : undefined));
  });
});
