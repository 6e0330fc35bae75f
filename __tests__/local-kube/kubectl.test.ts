import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';

import { esoResourceVersion } from '../../local-servers/kube/eso-controller.ts';
import { exampleDaemonSet, exampleExternalSecret, exampleObjects, exampleRollout, exampleStatefulSet } from '../../local-servers/kube/fixtures.ts';
import type { KubeObject } from '../../local-servers/kube/objects.ts';
import type { KubeServer } from '../../local-servers/kube/server.ts';
import { fingerprint, secretFingerprintsAnnotation } from '../../local-servers/kube/workload-controller.ts';
import { sleep, startSsmEndpoint, startTestServer, waitFor, type SsmEndpoint } from './helpers.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const parameter = '/rotate-deploy-token/demo/deploy-token';

describe('the real kubectl against the local server', () => {
  let ssm: SsmEndpoint;
  let server: KubeServer;
  let workdir: string;
  let kubeconfigPath: string;

  const kubectl = (...args: string[]): Promise<Run> =>
    new Promise((resolve) => {
      execFile(
        'kubectl',
        ['--kubeconfig', kubeconfigPath, '--cache-dir', join(workdir, 'cache'), ...args],
        { timeout: 60_000, env: { ...process.env, HOME: workdir } },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ code, stdout, stderr });
        },
      );
    });

  beforeAll(async () => {
    ssm = await startSsmEndpoint();
    await ssm.put(parameter, 'token-v1');
    server = await startTestServer({ ssm: { endpoint: ssm.url }, workloads: { msPerReplica: 60 }, seed: [...exampleObjects(), exampleRollout()] });
    workdir = await mkdtemp(join(tmpdir(), 'local-kube-kubectl-'));
    kubeconfigPath = join(workdir, 'kubeconfig');
    await server.writeKubeconfig(kubeconfigPath);
    await waitFor(() => (server.store.get('secrets', 'default', 'deploy-token') ? true : undefined), 5000, 'the first sync');
    await server.workloads.whenSettled('deployment', 'default', 'api');
  });
  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll failed before starting it
    await server?.close();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll failed before starting it
    await ssm?.close();
    if (workdir) await rm(workdir, { recursive: true, force: true });
  });

  test('kubectl auth can-i --list reads a SelfSubjectRulesReview (sent as protobuf)', async () => {
    server.rbac.allowOnly([{ verb: ['get', 'patch'], resource: 'deployments', group: 'apps', namespace: 'default', name: 'api' }]);
    try {
      const listed = await kubectl('auth', 'can-i', '--list', '-n', 'default');
      expect(listed.stderr).toBe('');
      expect(listed.stdout).toMatch(/^deployments\.apps\s+\[\]\s+\[api\]\s+\[get patch\]$/m);
      expect(listed.stdout).toMatch(/^selfsubjectrulesreviews\.authorization\.k8s\.io\s+\[\]\s+\[\]\s+\[create\]$/m);
      const elsewhere = await kubectl('auth', 'can-i', '--list', '-n', 'other');
      expect(elsewhere.stdout).not.toContain('deployments.apps');
    } finally {
      server.rbac.allowOnly(null);
    }
  });

  test('kubectl is installed', async () => {
    const version = await kubectl('version', '--client');
    expect(version.stderr).toBe('');
    expect(version.code).toBe(0);
  });

  test('Argo Rollouts: get rollouts (CRD columns), and a merge patch of spec.restartAt restarts its pods', async () => {
    await waitFor(
      () => (server.store.get('rollouts', 'default', 'web')?.status as { phase?: string } | undefined)?.phase === 'Healthy' || undefined,
      5000,
      'the Rollout is Healthy',
    );
    const table = await kubectl('get', 'rollouts');
    expect(table.stderr).toBe('');
    expect(table.stdout).toMatch(/^NAME\s+DESIRED\s+CURRENT\s+UP-TO-DATE\s+AVAILABLE\s+AGE\n/);
    expect(table.stdout).toMatch(/\nweb\s+2\s+2\s+2\s+2\s+\d+s\n/);
    const short = await kubectl('get', 'ro', 'web', '-o', 'name');
    expect(short.stdout).toBe('rollout.argoproj.io/web\n');
    const resources = await kubectl('api-resources', '--api-group', 'argoproj.io', '--no-headers');
    expect(resources.stdout).toMatch(/^rollouts\s+ro\s+argoproj.io\/v1alpha1\s+true\s+Rollout\n$/);

    const restartAt = new Date(Math.floor(Date.now() / 1000) * 1000 + 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const patched = await kubectl('patch', 'rollout', 'web', '--type', 'merge', '-p', JSON.stringify({ spec: { restartAt } }));
    expect(patched.stderr).toBe('');
    expect(patched.stdout).toBe('rollout.argoproj.io/web patched\n');
    const done = await kubectl('wait', 'rollout/web', `--for=jsonpath={.status.restartedAt}=${restartAt}`, '--timeout=20s');
    expect(done.code).toBe(0);
    const status = JSON.parse((await kubectl('get', 'rollout', 'web', '-o', 'json')).stdout) as {
      metadata: { generation: number };
      status: Record<string, unknown>;
    };
    expect(status.status).toMatchObject({
      phase: 'Healthy',
      observedGeneration: String(status.metadata.generation),
      restartedAt: restartAt,
      updatedReplicas: 2,
      availableReplicas: 2,
    });
    const pods = server.store.list('pods', 'default').filter((pod) => pod.metadata.labels?.app === 'web');
    expect(pods).toHaveLength(2);
    for (const pod of pods) expect(Date.parse(pod.metadata.creationTimestamp ?? '')).toBeGreaterThanOrEqual(Date.parse(restartAt));
  });

  test('get: server-side tables for deployments and externalsecrets, JSON for secrets', async () => {
    const deployments = await kubectl('get', 'deployments');
    expect(deployments.code).toBe(0);
    expect(deployments.stdout).toMatch(/^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\n/);
    expect(deployments.stdout).toMatch(/\napi\s+2\/2\s+2\s+2\s+\d+s\n/);

    const externalSecrets = await kubectl('get', 'es');
    expect(externalSecrets.stdout).toMatch(/^NAME\s+STORETYPE\s+STORE\s+REFRESH INTERVAL\s+STATUS\s+READY\n/);
    expect(externalSecrets.stdout).toMatch(/\ndeploy-token\s+SecretStore\s+aws-parameter-store\s+1h\s+SecretSynced\s+True\n/);

    const secret = await kubectl('get', 'secret', 'deploy-token', '-o', 'json');
    const parsed = JSON.parse(secret.stdout) as KubeObject & { data: Record<string, string> };
    expect(Buffer.from(parsed.data.token ?? '', 'base64').toString('utf8')).toBe('token-v1');

    const all = await kubectl('get', 'externalsecrets,secretstores', '-o', 'name');
    expect(all.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'externalsecret.external-secrets.io/deploy-token',
      'secretstore.external-secrets.io/aws-parameter-store',
    ]);

    const missing = await kubectl('get', 'externalsecret', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('Error from server (NotFound): externalsecrets.external-secrets.io "nope" not found');
  });

  test('annotate force-sync, then wait for the new syncedResourceVersion and SecretSynced', async () => {
    await ssm.put(parameter, 'token-v2');
    const annotate = await kubectl('annotate', 'externalsecret', 'deploy-token', `force-sync=${Date.now()}`, '--overwrite');
    expect(annotate.stdout.trim()).toBe('externalsecret.external-secrets.io/deploy-token annotated');
    const expected = esoResourceVersion(server.store.get('externalsecrets', 'default', 'deploy-token') as KubeObject);
    const waitVersion = await kubectl('wait', `--for=jsonpath={.status.syncedResourceVersion}=${expected}`, 'externalsecret/deploy-token', '--timeout=10s');
    expect(waitVersion.stderr).toBe('');
    expect(waitVersion.stdout.trim()).toBe('externalsecret.external-secrets.io/deploy-token condition met');
    const waitReason = await kubectl('wait', '--for=jsonpath={.status.conditions[0].reason}=SecretSynced', 'externalsecret/deploy-token', '--timeout=10s');
    expect(waitReason.code).toBe(0);
    const value = await kubectl('get', 'secret', 'deploy-token', '-o', 'jsonpath={.data.token}');
    expect(Buffer.from(value.stdout, 'base64').toString('utf8')).toBe('token-v2');
  });

  test('rollout restart and rollout status for a Deployment; pods run the new token', async () => {
    const before = server.workloads.rolloutCount('deployment', 'default', 'api');
    // Slow enough for kubectl, a separate process, to see the rollout in progress.
    server.workloads.override('deployment', 'default', 'api', { msPerReplica: 600 });
    const restart = await kubectl('rollout', 'restart', 'deployment/api');
    expect(restart.stdout.trim()).toBe('deployment.apps/api restarted');
    const status = await kubectl('rollout', 'status', 'deployment/api', '--timeout=30s');
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('Waiting for deployment "api" rollout to finish');
    expect(status.stdout.trim().split('\n').pop()).toBe('deployment "api" successfully rolled out');
    server.workloads.override('deployment', 'default', 'api', null);
    expect(server.workloads.rolloutCount('deployment', 'default', 'api')).toBe(before + 1);
    const pods = server.store.list('pods', 'default').filter((pod) => pod.metadata.name?.startsWith('api-'));
    expect(pods).toHaveLength(2);
    for (const pod of pods) {
      const secretValue = Buffer.from(String((server.store.get('secrets', 'default', 'deploy-token')?.data as Record<string, string>).token), 'base64');
      expect(JSON.parse(pod.metadata.annotations?.[secretFingerprintsAnnotation] ?? '{}')).toEqual({ 'deploy-token/token': fingerprint(secretValue) });
    }
  });

  test("rollout status fails with kubectl's message when the progress deadline is exceeded", async () => {
    server.workloads.override('deployment', 'default', 'api', { mode: 'deadline', deadlineMs: 800 });
    // kubectl rollout restart refuses a second restart within the same second (restartedAt has second precision).
    await sleep(1100);
    try {
      expect((await kubectl('rollout', 'restart', 'deployment/api')).code).toBe(0);
      const status = await kubectl('rollout', 'status', 'deployment/api', '--timeout=30s');
      expect(status.code).toBe(1);
      expect(status.stderr.trim()).toBe('error: deployment "api" exceeded its progress deadline');
    } finally {
      server.workloads.override('deployment', 'default', 'api', null);
    }
    const recovered = await kubectl('rollout', 'status', 'deployment/api', '--timeout=30s');
    expect(recovered.code).toBe(0);
  });

  test('rollout restart and status for a StatefulSet and a DaemonSet', async () => {
    server.store.apply(exampleStatefulSet({ replicas: 2 }));
    server.store.apply(exampleDaemonSet());
    await server.workloads.whenSettled('statefulset', 'default', 'worker');
    await server.workloads.whenSettled('daemonset', 'default', 'agent');
    expect((await kubectl('rollout', 'restart', 'statefulset/worker', 'daemonset/agent')).stdout.trim().split('\n')).toEqual([
      'statefulset.apps/worker restarted',
      'daemonset.apps/agent restarted',
    ]);
    const sts = await kubectl('rollout', 'status', 'statefulset/worker', '--timeout=30s');
    expect(sts.code).toBe(0);
    expect(sts.stdout.trim().split('\n').pop()).toBe('partitioned roll out complete: 2 new pods have been updated...');
    const ds = await kubectl('rollout', 'status', 'daemonset/agent', '--timeout=30s');
    expect(ds.code).toBe(0);
    expect(ds.stdout.trim().split('\n').pop()).toBe('daemon set "agent" successfully rolled out');
  });

  test("an RBAC denial reads as the apiserver's Forbidden error", async () => {
    server.rbac.allowOnly([{ verb: ['get', 'list', 'watch'], resource: '*' }]);
    try {
      const annotate = await kubectl('annotate', 'externalsecret', 'deploy-token', 'force-sync=denied', '--overwrite');
      expect(annotate.code).toBe(1);
      expect(annotate.stderr.trim()).toBe(
        'Error from server (Forbidden): externalsecrets.external-secrets.io "deploy-token" is forbidden: User "system:serviceaccount:ci:deployer" cannot patch resource "externalsecrets" in API group "external-secrets.io" in the namespace "default"',
      );
    } finally {
      server.rbac.allowOnly(null);
    }
  });

  test('get --chunk-size pages a list across every namespace with limit and continue, as external-secrets: auto lists', async () => {
    for (const namespace of ['chunk-a', 'chunk-b']) {
      for (const name of ['one', 'two', 'three']) {
        server.store.apply(exampleExternalSecret({ namespace, externalSecretName: name, parameterName: `/chunk/${name}` }));
      }
    }
    server.requests.clear();
    const listed = await kubectl('get', 'externalsecrets', '--chunk-size=2', '-A', '-o', 'name');
    expect(listed.code).toBe(0);
    const names = listed.stdout.trim().split('\n');
    expect(names.filter((line) => line.includes('externalsecret'))).toHaveLength(7);
    // 7 ExternalSecrets (the example and six more) in pages of two: four list requests.
    expect(server.requests.count({ verb: 'list', resource: 'externalsecrets' })).toBe(4);
    const selected = await kubectl('get', 'externalsecrets', '--chunk-size=1', '-n', 'chunk-b', '--field-selector', 'metadata.name=two', '-o', 'name');
    expect(selected.stdout.trim()).toBe('externalsecret.external-secrets.io/two');
  });
});
