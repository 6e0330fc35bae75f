import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { quietCore } from './quiet-core.ts';
import { present } from '../../local-servers/present.ts';

// Everything here runs against the local Kubernetes API server with its
// simulated ESO, workload controller and Reloader, over real HTTP.
const logged = quietCore();
let kube: typeof import('../../src/kube/index.ts');
let errors: typeof import('../../src/errors.ts');
let token: typeof import('../../src/token.ts');
let server: Awaited<ReturnType<(typeof import('../../local-servers/kube/server.ts'))['startKubeServer']>>;
let cluster: Awaited<ReturnType<(typeof import('../../src/kube/index.ts'))['connectCluster']>>;

type KubeObject = import('../../local-servers/kube/server.ts').KubeObject;

const NS = 'prod';
const OLD_TOKEN = 'tok_old-value-of-the-deploy-token';
const NEW_TOKEN = 'tok_new-value-of-the-deploy-token';

const secretStore = (value: string): KubeObject => ({
  apiVersion: 'external-secrets.io/v1',
  kind: 'SecretStore',
  metadata: { name: 'fake', namespace: NS },
  spec: { provider: { fake: { data: [{ key: '/app/token', value }] } } },
});

const externalSecret = (name: string, spec: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'external-secrets.io/v1',
  kind: 'ExternalSecret',
  metadata: { name, namespace: NS },
  spec: {
    refreshInterval: '1h',
    secretStoreRef: { kind: 'SecretStore', name: 'fake' },
    target: { name: 'app-token' },
    data: [{ secretKey: 'token', remoteRef: { key: '/app/token' } }],
    ...spec,
  },
});

const podTemplate = (app: string) => ({
  metadata: { labels: { app } },
  spec: {
    containers: [{ name: app, image: 'registry.local/app:1', env: [{ name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'app-token', key: 'token' } } }] }],
  },
});

const workload = (
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet',
  name: string,
  extra: { annotations?: Record<string, string>; spec?: Record<string, unknown> } = {},
): KubeObject => ({
  apiVersion: 'apps/v1',
  kind,
  metadata: { name, namespace: NS, ...(extra.annotations ? { annotations: extra.annotations } : {}) },
  spec: {
    ...(kind === 'DaemonSet' ? {} : { replicas: 2 }),
    ...(kind === 'StatefulSet' ? { serviceName: name } : {}),
    selector: { matchLabels: { app: name } },
    template: podTemplate(name),
    ...extra.spec,
  },
});

const apply = (object: KubeObject): KubeObject => server.store.apply(object);
const esRef = { namespace: NS, name: 'app' };
const deploymentRef = { kind: 'Deployment' as const, namespace: NS, name: 'api' };

/** Polls a condition of the simulated cluster (test setup only; the code under test watches). */
async function until(what: string, condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const esStatus = (name = 'app'): Record<string, unknown> => (server.store.get('externalsecrets', NS, name)?.status ?? {}) as Record<string, unknown>;

/** Seeds the store and the ExternalSecret `app`, and waits until ESO has synced the old token. */
async function seedSyncedExternalSecret(spec: Record<string, unknown> = {}): Promise<void> {
  apply(secretStore(OLD_TOKEN));
  apply(externalSecret('app', spec));
  await until('ESO synced app', () => Boolean(esStatus().syncedResourceVersion));
}

/** What rotate.ts does between the SSM write and the gate: the provider now serves the new token. */
const providerServesNewToken = (): KubeObject => apply(secretStore(NEW_TOKEN));

async function settled(kind: string, name: string): Promise<void> {
  await server.workloads.whenSettled(kind, NS, name, 5000);
}

beforeAll(async () => {
  const { startKubeServer } = await import('../../local-servers/kube/server.ts');
  kube = await import('../../src/kube/index.ts');
  errors = await import('../../src/errors.ts');
  token = await import('../../src/token.ts');
  server = await startKubeServer({ workloads: { msPerReplica: 20 } });
  cluster = await kube.connectCluster({ kubeconfig: server.kubeconfig() }, { env: {}, sleep: async () => undefined, retryBaseDelayMs: 5 });
});

beforeEach(() => {
  server.reset();
  server.workloads.configure({ msPerReplica: 20 });
  logged.info.length = 0;
});

afterEach(() => {
  server.faults.clear();
});

afterAll(async () => {
  await cluster.close();
  await server.close();
});

describe('the gate against the local cluster', () => {
  test('force-sync, wait and verify: the Secret ends up holding the new token', async () => {
    await seedSyncedExternalSecret();
    const preflight = await kube.preflightCluster(cluster, { externalSecrets: [esRef], restart: [], verifySecretKey: 'token' });
    const [record] = preflight.externalSecrets;
    expect(record?.targetSecret).toEqual({ namespace: NS, name: 'app-token' });
    expect(record?.syncedResourceVersion).not.toBe('');
    expect(preflight.readableSecrets).toEqual([{ namespace: NS, name: 'app-token' }]);

    providerServesNewToken();
    const started = await kube.forceSync(cluster, present(record), 'run-42');
    expect(started.before).toBe(record?.syncedResourceVersion);
    expect(started.value).toBe('run-42');
    const synced = await kube.waitForSync(cluster, esRef, started, { timeoutMs: 5000 });
    expect(synced.syncedResourceVersion).not.toBe(started.before);
    expect(synced.observedAt.getTime()).toBeGreaterThanOrEqual(started.annotatedAt.getTime());
    await expect(kube.verifySecretKey(cluster, present(record).targetSecret, 'token', token.fingerprint(NEW_TOKEN))).resolves.toBeUndefined();
    expect(server.store.get('externalsecrets', NS, 'app')?.metadata.annotations?.['force-sync']).toBe('run-42');
  });

  test('watches cut again and again (here every 300 ms) still reach the sync', async () => {
    await seedSyncedExternalSecret();
    server.eso.configure({ syncDelayMs: 2000 });
    server.faults.add({ match: { resource: 'externalsecrets', verb: 'watch' }, action: { type: 'watch-cut', afterMs: 300 } });
    providerServesNewToken();
    const started = await kube.forceSync(cluster, { ref: esRef }, 'run-cut');
    const synced = await kube.waitForSync(cluster, esRef, started, { timeoutMs: 8000 });
    expect(synced.syncedResourceVersion).not.toBe(started.before);
    expect(server.requests.count({ verb: 'watch', resource: 'externalsecrets' })).toBeGreaterThanOrEqual(3);
    await expect(kube.verifySecretKey(cluster, { namespace: NS, name: 'app-token' }, 'token', token.fingerprint(NEW_TOKEN))).resolves.toBeUndefined();
  });

  test('watches that end cleanly are resumed with a fresh GET', async () => {
    await seedSyncedExternalSecret();
    server.eso.configure({ syncDelayMs: 500 });
    server.faults.add({ match: { resource: 'externalsecrets', verb: 'watch' }, action: { type: 'watch-end', afterMs: 150 } });
    providerServesNewToken();
    const started = await kube.forceSync(cluster, { ref: esRef }, 'run-end');
    await kube.waitForSync(cluster, esRef, started, { timeoutMs: 5000 });
    const gets = server.requests.count({ verb: 'get', resource: 'externalsecrets' });
    const watches = server.requests.count({ verb: 'watch', resource: 'externalsecrets' });
    expect(watches).toBeGreaterThanOrEqual(2);
    // Besides forceSync's own GET, every watch starts from a fresh GET.
    expect(gets - 1).toBeGreaterThanOrEqual(watches);
  });

  test('410 Expired on the watch is healed by reading the object again', async () => {
    await seedSyncedExternalSecret();
    server.eso.configure({ syncDelayMs: 300 });
    server.faults.add({ match: { resource: 'externalsecrets', verb: 'watch' }, action: { type: 'watch-expired' }, times: 2 });
    providerServesNewToken();
    const started = await kube.forceSync(cluster, { ref: esRef }, 'run-410');
    const synced = await kube.waitForSync(cluster, esRef, started, { timeoutMs: 5000 });
    expect(synced.syncedResourceVersion).not.toBe(started.before);
    expect(server.requests.count({ verb: 'watch', resource: 'externalsecrets' })).toBe(3);
  });

  test('ESO failing after the annotation fails with ESO’s message once its retries kept failing', async () => {
    await seedSyncedExternalSecret();
    server.eso.override(NS, 'app', { mode: 'failing' });
    const began = Date.now();
    const started = await kube.forceSync(cluster, { ref: esRef }, 'run-fail');
    await expect(kube.waitForSync(cluster, esRef, started, { timeoutMs: 10_000 })).rejects.toMatchObject({
      step: 'sync',
      target: 'prod/externalsecret/app',
      reason: 'External Secrets Operator failed to sync it and kept failing across its retries for 8s: could not get secret data from provider.',
    });
    // ESO retried (1 s, 2 s, 4 s backoff) before the verdict.
    expect(server.eso.syncCount(NS, 'app', 'failed')).toBeGreaterThanOrEqual(3);
    expect(Date.now() - began).toBeLessThan(10_000);
  }, 20_000);

  test('ESO failing given only the old syncedResourceVersion string still fails before the timeout', async () => {
    await seedSyncedExternalSecret();
    server.eso.override(NS, 'app', { mode: 'failing', syncDelayMs: 300 });
    const { before } = await kube.forceSync(cluster, { ref: esRef }, 'run-fail-string');
    await expect(kube.waitForSync(cluster, esRef, before, { timeoutMs: 15_000 })).rejects.toMatchObject({
      reason: 'External Secrets Operator failed to sync it and kept failing across its retries for 8s: could not get secret data from provider.',
    });
  }, 25_000);

  test('ESO stuck runs into the timeout, which says ESO never answered since the annotation', async () => {
    await seedSyncedExternalSecret();
    server.eso.override(NS, 'app', { mode: 'stuck' });
    const started = await kube.forceSync(cluster, { ref: esRef }, 'run-stuck');
    await expect(kube.waitForSync(cluster, esRef, started, { timeoutMs: 400 })).rejects.toMatchObject({
      step: 'sync',
      target: 'prod/externalsecret/app',
      reason: `External Secrets Operator never answered: no status update on the ExternalSecret (refreshTime, syncedResourceVersion and Ready condition unchanged) in the 400ms since the force-sync annotation at ${started.annotatedAt.toISOString()}.`,
    });
  });

  test('an ExternalSecret already failing before the annotation is not taken for a fresh failure', async () => {
    server.eso.override(NS, 'app', { mode: 'failing' });
    apply(secretStore(OLD_TOKEN));
    apply(externalSecret('app'));
    await until('ESO failed app', () => JSON.stringify(esStatus()).includes('SecretSyncedError'));
    const started = await kube.forceSync(cluster, { ref: esRef }, 'run-old-failure');
    expect(started.readyBefore?.reason).toBe('SecretSyncedError');
    await expect(kube.waitForSync(cluster, esRef, started, { timeoutMs: 300 })).rejects.toMatchObject({
      reason: `External Secrets Operator never answered: no status update on the ExternalSecret (refreshTime, syncedResourceVersion and Ready condition unchanged, no new Event) in the 300ms since the force-sync annotation at ${started.annotatedAt.toISOString()}. It was failing before this run: could not get secret data from provider.`,
    });
  });

  test('forceSync on a run that already annotated uses a new value, so ESO sees a change', async () => {
    await seedSyncedExternalSecret();
    const first = await kube.forceSync(cluster, { ref: esRef }, 'run-7');
    await kube.waitForSync(cluster, esRef, first, { timeoutMs: 5000 });
    const second = await kube.forceSync(cluster, { ref: esRef }, 'run-7');
    expect(second.value).toMatch(/^run-7-[0-9a-z]+$/);
    const synced = await kube.waitForSync(cluster, esRef, second, { timeoutMs: 5000 });
    expect(synced.syncedResourceVersion).not.toBe(second.before);
  });

  test('verify fails on a Secret that still holds the old token, printing fingerprints only', async () => {
    await seedSyncedExternalSecret();
    const error = await kube
      .verifySecretKey(cluster, { namespace: NS, name: 'app-token' }, 'token', token.fingerprint(NEW_TOKEN))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(errors.StepError);
    expect((error as Error).message).toBe(
      `verify prod/secret/app-token: key "token" holds a value with fingerprint ${token.fingerprint(OLD_TOKEN)} but the new token's is ${token.fingerprint(NEW_TOKEN)}. ` +
        'External Secrets Operator synced another value: check that the ExternalSecret reads this parameter (remoteRef.key) without a pinned version.',
    );
    expect(`${(error as Error).message} ${logged.all()}`).not.toContain(OLD_TOKEN);
  });

  test('patching without the patch verb names it', async () => {
    await seedSyncedExternalSecret();
    server.rbac.allowOnly([{ verb: ['get', 'list', 'watch'], resource: '*' }]);
    await expect(kube.forceSync(cluster, { ref: esRef }, 'run-rbac')).rejects.toMatchObject({
      step: 'sync',
      reason: `the credentials (${server.user}) lack the RBAC verb patch on externalsecrets.external-secrets.io in namespace prod.`,
    });
  });

  test('a resourceVersion conflict while annotating is retried on a fresh read', async () => {
    await seedSyncedExternalSecret();
    server.faults.add({ match: { resource: 'externalsecrets', verb: 'patch' }, action: { type: 'status', code: 409 }, times: 1 });
    const started = await kube.forceSync(cluster, { ref: esRef }, 'run-409');
    expect(server.requests.count({ verb: 'patch', resource: 'externalsecrets' })).toBe(2);
    await expect(kube.waitForSync(cluster, esRef, started, { timeoutMs: 5000 })).resolves.toMatchObject({
      ref: esRef,
      syncedResourceVersion: expect.not.stringMatching(new RegExp(`^${started.before}$`)),
    });
  });
});

describe('preflight against the local cluster', () => {
  test('refreshPolicy CreatedOnce fails before anything is written', async () => {
    await seedSyncedExternalSecret({ refreshPolicy: 'CreatedOnce' });
    await expect(kube.preflightCluster(cluster, { externalSecrets: [esRef], restart: [] })).rejects.toMatchObject({
      step: 'preflight',
      target: 'prod/externalsecret/app',
      reason: 'its refreshPolicy is CreatedOnce, so External Secrets Operator ignores the force-sync annotation and would never deliver the new token.',
      next: 'Set spec.refreshPolicy: OnChange on the ExternalSecret (or Periodic with a non-zero refreshInterval).',
    });
    expect(server.requests.count({ verb: 'patch' })).toBe(0);
  });

  test('refreshInterval 0 with the default policy fails and says what to change', async () => {
    await seedSyncedExternalSecret({ refreshInterval: '0s' });
    await expect(kube.preflightCluster(cluster, { externalSecrets: [esRef], restart: [] })).rejects.toMatchObject({
      reason:
        'its refreshInterval is "0s" with the Periodic refresh policy, and External Secrets Operator treats an interval of 0 or less as "never refresh", so it ignores the force-sync annotation.',
    });
  });

  test('a missing ExternalSecret is named', async () => {
    await expect(kube.preflightCluster(cluster, { externalSecrets: [{ namespace: NS, name: 'nope' }], restart: [] })).rejects.toMatchObject({
      target: 'prod/externalsecret/nope',
      reason: 'the ExternalSecret prod/nope does not exist (external-secrets.io/v1).',
    });
  });

  test('a cluster serving only external-secrets.io/v1beta1 is told apart from a missing object', async () => {
    const { startKubeServer } = await import('../../local-servers/kube/server.ts');
    const old = await startKubeServer({ externalSecretsVersions: ['v1beta1'] });
    const oldCluster = await kube.connectCluster({ kubeconfig: old.kubeconfig() }, { env: {}, sleep: async () => undefined });
    try {
      await expect(kube.preflightCluster(oldCluster, { externalSecrets: [esRef], restart: [] })).rejects.toMatchObject({
        reason: 'the cluster serves external-secrets.io only as v1beta1, not v1.',
        next: 'Upgrade External Secrets Operator to a release that serves external-secrets.io/v1.',
      });
    } finally {
      await oldCluster.close();
      await old.close();
    }
  });

  test('a paused Deployment fails', async () => {
    apply(workload('Deployment', 'api', { spec: { paused: true } }));
    await expect(kube.preflightCluster(cluster, { externalSecrets: [], restart: [deploymentRef] })).rejects.toMatchObject({
      target: 'prod/deployment/api',
      reason: 'the deployment is paused (spec.paused: true), so a restart would not roll out.',
    });
  });

  test('an OnDelete StatefulSet fails', async () => {
    apply(workload('StatefulSet', 'db', { spec: { updateStrategy: { type: 'OnDelete' } } }));
    await expect(kube.preflightCluster(cluster, { externalSecrets: [], restart: [{ kind: 'StatefulSet', namespace: NS, name: 'db' }] })).rejects.toMatchObject({
      reason: 'the statefulset uses the OnDelete update strategy, so changing its pod template restarts no pod.',
    });
  });

  test('a missing workload is named', async () => {
    await expect(kube.preflightCluster(cluster, { externalSecrets: [], restart: [deploymentRef] })).rejects.toMatchObject({
      reason: 'the deployment prod/api does not exist.',
    });
  });

  test('403 names the missing verb and resource exactly', async () => {
    await seedSyncedExternalSecret();
    server.rbac.allowOnly([{ verb: 'get', resource: 'deployments', group: 'apps' }]);
    await expect(kube.preflightCluster(cluster, { externalSecrets: [esRef], restart: [] })).rejects.toMatchObject({
      step: 'preflight',
      reason: `the credentials (${server.user}) lack the RBAC verb get on externalsecrets.external-secrets.io in namespace prod.`,
    });
  });

  test('403 on reading the Secret is caught in preflight when the run verifies', async () => {
    await seedSyncedExternalSecret();
    server.rbac.allowOnly([{ verb: ['get', 'patch', 'watch'], resource: 'externalsecrets', group: 'external-secrets.io' }]);
    await expect(kube.preflightCluster(cluster, { externalSecrets: [esRef], restart: [], verifySecretKey: 'token' })).rejects.toMatchObject({
      target: 'prod/secret/app-token',
      reason: `the credentials (${server.user}) lack the RBAC verb get on secrets in namespace prod.`,
    });
  });

  test('401 says the credentials were rejected', async () => {
    const rejected = await kube.connectCluster({ kubeconfig: server.kubeconfig().replace(server.token, 'wrong-token') }, { env: {} });
    await expect(kube.preflightCluster(rejected, { externalSecrets: [esRef], restart: [] })).rejects.toMatchObject({
      reason: `the Kubernetes API at ${rejected.server} rejected the credentials (401 Unauthorized).`,
    });
    await rejected.close();
  });

  test('a Reloader-managed workload is recorded as such, with its generation', async () => {
    await seedSyncedExternalSecret();
    apply(workload('Deployment', 'api', { annotations: { 'reloader.stakater.com/auto': 'true' } }));
    apply(workload('Deployment', 'worker'));
    const preflight = await kube.preflightCluster(cluster, {
      externalSecrets: [esRef],
      restart: [deploymentRef, { kind: 'Deployment', namespace: NS, name: 'worker' }],
    });
    expect(preflight.workloads.map((record) => [record.ref.name, record.reloaderManaged, record.generation])).toEqual([
      ['api', true, 1],
      ['worker', false, 1],
    ]);
    expect(preflight.workloads[0]?.reloader).toEqual({ secret: 'app-token', annotation: 'reloader.stakater.com/auto=true' });
  });
});

describe('restart and rollout against the local cluster', () => {
  // The pods read the token from this Secret; without it they would never start.
  beforeEach(() => {
    apply({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'app-token', namespace: NS }, data: { token: Buffer.from(OLD_TOKEN).toString('base64') } });
  });

  test.each([
    ['Deployment', 'api', 'deployment "api" successfully rolled out'],
    ['StatefulSet', 'db', 'partitioned roll out complete: 2 new pods have been updated...'],
    ['DaemonSet', 'agent', 'daemon set "agent" successfully rolled out'],
  ] as const)('a %s is restarted once and its rollout followed to the end', async (kind, name, closing) => {
    apply(workload(kind, name));
    await settled(kind, name);
    const ref = { kind, namespace: NS, name };
    const restarted = await kube.restartWorkload(cluster, ref, '2025-06-01T12:00:00Z');
    expect(restarted.generation).toBe(2);
    const result = await kube.waitForRollout(cluster, ref, { timeoutMs: 3000, minGeneration: restarted.generation });
    expect(result.message).toBe(closing);
    expect(server.workloads.rolloutCount(kind, NS, name)).toBe(1);
    const template = server.store.get(`${kind.toLowerCase()}s`, NS, name)?.spec as { template: { metadata: { annotations: Record<string, string> } } };
    expect(template.template.metadata.annotations['kubectl.kubernetes.io/restartedAt']).toBe('2025-06-01T12:00:00Z');
  });

  test('ProgressDeadlineExceeded fails with kubectl’s sentence', async () => {
    apply(workload('Deployment', 'api'));
    await settled('Deployment', 'api');
    server.workloads.override('Deployment', NS, 'api', { mode: 'deadline', deadlineMs: 200 });
    await kube.restartWorkload(cluster, deploymentRef, 'now');
    await expect(kube.waitForRollout(cluster, deploymentRef, { timeoutMs: 5000 })).rejects.toMatchObject({
      step: 'rollout',
      target: 'prod/deployment/api',
      reason: 'deployment "api" exceeded its progress deadline.',
    });
  });

  test('a stalled rollout times out with the last status', async () => {
    apply(workload('Deployment', 'api'));
    await settled('Deployment', 'api');
    server.workloads.override('Deployment', NS, 'api', { mode: 'stall' });
    await kube.restartWorkload(cluster, deploymentRef, 'now');
    await expect(kube.waitForRollout(cluster, deploymentRef, { timeoutMs: 400 })).rejects.toMatchObject({
      reason: expect.stringMatching(/^the rollout did not finish within 400ms; last status: Waiting for deployment "api" rollout to finish: /),
    });
  });

  test('a workload deleted mid-rollout fails with a clear sentence', async () => {
    apply(workload('Deployment', 'api'));
    await settled('Deployment', 'api');
    server.workloads.override('Deployment', NS, 'api', { mode: 'stall' });
    await kube.restartWorkload(cluster, deploymentRef, 'now');
    setTimeout(() => server.store.delete('deployments', NS, 'api'), 100);
    await expect(kube.waitForRollout(cluster, deploymentRef, { timeoutMs: 5000 })).rejects.toMatchObject({
      reason: 'the deployment was deleted while its rollout was in progress.',
    });
  });

  test('a 503 on the restart patch is retried', async () => {
    apply(workload('Deployment', 'api'));
    await settled('Deployment', 'api');
    server.faults.add({ match: { resource: 'deployments', verb: 'patch' }, action: { type: 'status', code: 503 }, times: 2 });
    await expect(kube.restartWorkload(cluster, deploymentRef, 'now')).resolves.toEqual({ generation: 2 });
    expect(server.requests.count({ verb: 'patch', resource: 'deployments' })).toBe(3);
  });

  test('a Reloader-managed workload is rolled exactly once, by Reloader', async () => {
    server.reloader.enable();
    await seedSyncedExternalSecret();
    apply(workload('Deployment', 'api', { annotations: { 'reloader.stakater.com/auto': 'true' } }));
    await settled('Deployment', 'api');
    const preflight = await kube.preflightCluster(cluster, { externalSecrets: [esRef], restart: [deploymentRef] });
    const [record] = preflight.workloads;
    expect(record?.reloaderManaged).toBe(true);

    providerServesNewToken();
    const started = await kube.forceSync(cluster, present(preflight.externalSecrets[0]), 'run-reloader');
    await kube.waitForSync(cluster, esRef, started, { timeoutMs: 5000 });
    // As the orchestration does for a Reloader-managed workload: no patch, wait for Reloader's rollout.
    const result = await kube.waitForRollout(cluster, deploymentRef, { timeoutMs: 5000, minGeneration: present(record).generation + 1 });
    expect(result.generation).toBe(present(record).generation + 1);
    expect(server.reloader.reloadCount('Deployment', NS, 'api')).toBe(1);
    expect(server.workloads.rolloutCount('Deployment', NS, 'api')).toBe(1);
    expect(server.requests.count({ verb: 'patch', resource: 'deployments' })).toBe(0);
  });
});

describe('credentials for the local cluster', () => {
  test('KUBECONFIG pointing at a written kubeconfig, with its context selected, reaches the cluster', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kube-local-'));
    const file = path.join(dir, 'config');
    await server.writeKubeconfig(file);
    writeFileSync(path.join(dir, 'other'), server.kubeconfig().replaceAll(server.contextName, 'other'));
    const viaEnv = await kube.connectCluster({ context: server.contextName }, { env: { KUBECONFIG: `${file}${path.delimiter}${path.join(dir, 'other')}` } });
    apply(workload('Deployment', 'api'));
    await expect(kube.preflightCluster(viaEnv, { externalSecrets: [], restart: [deploymentRef] })).resolves.toMatchObject({
      workloads: [{ generation: 1, reloaderManaged: false }],
    });
    await viaEnv.close();
  });

  test('base64 of the kubeconfig reaches the cluster', async () => {
    const viaBase64 = await kube.connectCluster({ kubeconfig: Buffer.from(server.kubeconfig()).toString('base64') }, { env: {} });
    apply(workload('Deployment', 'api'));
    await expect(kube.preflightCluster(viaBase64, { externalSecrets: [], restart: [deploymentRef] })).resolves.toMatchObject({
      externalSecrets: [],
      workloads: [{ generation: 1, reloaderManaged: false }],
    });
    await viaBase64.close();
  });

  test('a context the kubeconfig lacks is named, with the ones it has', async () => {
    await expect(kube.connectCluster({ kubeconfig: server.kubeconfig(), context: 'staging' }, { env: {} })).rejects.toThrow(
      `kube-context "staging" is not in the kubeconfig input; the contexts it has are: ${server.contextName}.`,
    );
  });
});
