import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { AppsV1Api, PatchStrategy, Watch, setHeaderOptions, type KubeConfig, type V1Deployment } from '@kubernetes/client-node';

import { exampleDaemonSet, exampleDeployment, exampleStatefulSet } from '../../local-servers/kube/fixtures.ts';
import type { KubeObject } from '../../local-servers/kube/objects.ts';
import { reloaderEnvVarName, reloaderSecretHash } from '../../local-servers/kube/reloader-controller.ts';
import type { KubeServer } from '../../local-servers/kube/server.ts';
import { fingerprint, secretFingerprintsAnnotation } from '../../local-servers/kube/workload-controller.ts';
import { kubeConfigFor, sleep, startTestServer, waitFor } from './helpers.ts';

const tokenSecret = (value: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'deploy-token', namespace: 'default' },
  data: { token: Buffer.from(value).toString('base64') },
});

const restartPatch = (at: string): { spec: unknown } => ({
  spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': at } } } },
});

/** What `kubectl rollout status` decides for a Deployment (polymorphichelpers DeploymentStatusViewer). */
const deploymentRolloutState = (deployment: V1Deployment): string => {
  const status = deployment.status ?? {};
  if ((deployment.metadata?.generation ?? 0) > (status.observedGeneration ?? 0)) return 'waiting: spec update';
  const progressing = status.conditions?.find((condition) => condition.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') return 'failed: deadline';
  const replicas = deployment.spec?.replicas ?? 1;
  if ((status.updatedReplicas ?? 0) < replicas) return `waiting: ${status.updatedReplicas ?? 0} of ${replicas} updated`;
  if ((status.replicas ?? 0) > (status.updatedReplicas ?? 0))
    return `waiting: ${(status.replicas ?? 0) - (status.updatedReplicas ?? 0)} old pending termination`;
  if ((status.availableReplicas ?? 0) < (status.updatedReplicas ?? 0)) return 'waiting: available';
  return 'done';
};

const podFingerprints = (server: KubeServer, prefix: string): Record<string, string>[] =>
  server.store
    .list('pods', 'default')
    .filter((pod) => (pod.metadata.name ?? '').startsWith(prefix))
    .map((pod) => JSON.parse(pod.metadata.annotations?.[secretFingerprintsAnnotation] ?? '{}') as Record<string, string>);

describe('simulated workload controller and Reloader', () => {
  let server: KubeServer;
  let kc: KubeConfig;
  let apps: AppsV1Api;

  beforeAll(async () => {
    server = await startTestServer({ eso: { enabled: false } });
    kc = kubeConfigFor(server);
    apps = kc.makeApiClient(AppsV1Api);
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.reset();
    server.workloads.configure({ msPerReplica: 40 });
    server.store.apply(tokenSecret('token-v1'));
  });

  test('a restart rolls a Deployment forward through the states kubectl rollout status reports', async () => {
    server.store.apply(exampleDeployment({ replicas: 2 }));
    await server.workloads.whenSettled('deployment', 'default', 'api');
    const states: string[] = [];
    const controller = await new Watch(kc).watch(
      '/apis/apps/v1/namespaces/default/deployments',
      { fieldSelector: 'metadata.name=api' },
      (_type, object) => {
        const state = deploymentRolloutState(object as V1Deployment);
        if (states[states.length - 1] !== state) states.push(state);
      },
      () => undefined,
    );
    await waitFor(() => states.includes('done'));
    await apps.patchNamespacedDeployment(
      { name: 'api', namespace: 'default', body: restartPatch('2025-01-01T00:00:00Z') },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    await waitFor(() => states.length > 1 && states[states.length - 1] === 'done', 5000, 'rollout done');
    controller.abort();
    // As against a real cluster, the patched spec is seen before the controller observes it.
    expect(states).toEqual(['done', 'waiting: spec update', 'waiting: 1 of 2 updated', 'waiting: 1 old pending termination', 'done']);

    const deployment = await apps.readNamespacedDeployment({ name: 'api', namespace: 'default' });
    expect(deployment.status).toMatchObject({ observedGeneration: 2, replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2 });
    const progressing = deployment.status?.conditions?.find((condition) => condition.type === 'Progressing');
    expect(progressing).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
    expect(progressing?.message).toMatch(/^ReplicaSet "api-[bcdfghjklmnpqrstvwxz2456789]+" has successfully progressed\.$/);
    expect(deployment.status?.conditions?.find((condition) => condition.type === 'Available')).toMatchObject({
      status: 'True',
      reason: 'MinimumReplicasAvailable',
    });
    expect(server.workloads.rolloutCount('deployment', 'default', 'api')).toBe(1);
    expect(server.store.list('replicasets', 'default')).toHaveLength(2);
    expect(server.store.list('pods', 'default')).toHaveLength(2);
  });

  test('pods record the fingerprint of the Secret value they started with', async () => {
    server.store.apply(exampleDeployment({ replicas: 2 }));
    await server.workloads.whenSettled('deployment', 'default', 'api');
    expect(podFingerprints(server, 'api-')).toEqual([{ 'deploy-token/token': fingerprint('token-v1') }, { 'deploy-token/token': fingerprint('token-v1') }]);
    expect(fingerprint('token-v1')).toMatch(/^sha256:[0-9a-f]{16}$/);

    // A new Secret value alone restarts nothing; the restart picks it up.
    server.store.apply(tokenSecret('token-v2'));
    await sleep(100);
    expect(podFingerprints(server, 'api-').every((entry) => entry['deploy-token/token'] === fingerprint('token-v1'))).toBe(true);
    await apps.patchNamespacedDeployment(
      { name: 'api', namespace: 'default', body: restartPatch('2025-01-02T00:00:00Z') },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    await server.workloads.whenSettled('deployment', 'default', 'api');
    expect(podFingerprints(server, 'api-')).toEqual([{ 'deploy-token/token': fingerprint('token-v2') }, { 'deploy-token/token': fingerprint('token-v2') }]);
    expect(server.workloads.rolloutCount('deployment', 'default', 'api')).toBe(1);
  });

  test('a pod whose Secret is missing waits in CreateContainerConfigError and starts when it appears', async () => {
    server.store.delete('secrets', 'default', 'deploy-token');
    server.store.apply(exampleDeployment({ replicas: 1 }));
    const pod = await waitFor(() => server.store.list('pods', 'default')[0]);
    const waiting = (pod.status as { containerStatuses: { state: { waiting?: { reason: string; message: string } } }[] }).containerStatuses[0]?.state.waiting;
    expect(waiting).toEqual({ reason: 'CreateContainerConfigError', message: 'secret "deploy-token" not found' });
    server.store.apply(tokenSecret('late'));
    await waitFor(
      () => (server.store.get('deployments', 'default', 'api')?.status as { readyReplicas?: number } | undefined)?.readyReplicas === 1 || undefined,
    );
    expect(podFingerprints(server, 'api-')).toEqual([{ 'deploy-token/token': fingerprint('late') }]);
  });

  test('deadline mode: the rollout stalls and the Deployment reports ProgressDeadlineExceeded', async () => {
    server.store.apply(exampleDeployment({ replicas: 2 }));
    await server.workloads.whenSettled('deployment', 'default', 'api');
    server.workloads.override('deployment', 'default', 'api', { mode: 'deadline', deadlineMs: 300 });
    await apps.patchNamespacedDeployment(
      { name: 'api', namespace: 'default', body: restartPatch('2025-01-03T00:00:00Z') },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    const failed = await waitFor(async () => {
      const deployment = await apps.readNamespacedDeployment({ name: 'api', namespace: 'default' });
      return deploymentRolloutState(deployment) === 'failed: deadline' ? deployment : undefined;
    });
    const progressing = failed.status?.conditions?.find((condition) => condition.type === 'Progressing');
    expect(progressing?.status).toBe('False');
    expect(progressing?.message).toMatch(/^ReplicaSet "api-[a-z0-9]+" has timed out progressing\.$/);
    expect(failed.status).toMatchObject({ updatedReplicas: 1, readyReplicas: 2, availableReplicas: 2, unavailableReplicas: 1 });
    expect(server.workloads.rollouts({ name: 'api' })[0]?.outcome).toBe('deadline-exceeded');
  });

  test('StatefulSets and DaemonSets roll forward with the fields kubectl reads', async () => {
    server.store.apply(exampleStatefulSet({ replicas: 3 }));
    server.store.apply(exampleDaemonSet());
    await server.workloads.whenSettled('statefulset', 'default', 'worker');
    await server.workloads.whenSettled('daemonset', 'default', 'agent');
    const before = (server.store.get('statefulsets', 'default', 'worker')?.status ?? {}) as Record<string, unknown>;
    expect(before.currentRevision).toBe(before.updateRevision);

    await apps.patchNamespacedStatefulSet(
      { name: 'worker', namespace: 'default', body: restartPatch('2025-01-04T00:00:00Z') },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    const midway = await waitFor(async () => {
      const sts = await apps.readNamespacedStatefulSet({ name: 'worker', namespace: 'default' });
      return sts.status?.updateRevision !== before.updateRevision ? sts : undefined;
    });
    expect(midway.status?.currentRevision).toBe(before.currentRevision);
    await server.workloads.whenSettled('statefulset', 'default', 'worker');
    const sts = await apps.readNamespacedStatefulSet({ name: 'worker', namespace: 'default' });
    expect(sts.status).toMatchObject({ observedGeneration: 2, replicas: 3, readyReplicas: 3, currentReplicas: 3, updatedReplicas: 3 });
    expect(sts.status?.currentRevision).toBe(sts.status?.updateRevision);
    expect(sts.status?.updateRevision).not.toBe(before.updateRevision);
    expect(
      server.store
        .list('pods', 'default')
        .filter((pod) => pod.metadata.name?.startsWith('worker-'))
        .map((pod) => pod.metadata.name)
        .sort(),
    ).toEqual(['worker-0', 'worker-1', 'worker-2']);

    await apps.patchNamespacedDaemonSet(
      { name: 'agent', namespace: 'default', body: restartPatch('2025-01-04T00:00:00Z') },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    await server.workloads.whenSettled('daemonset', 'default', 'agent');
    const ds = await apps.readNamespacedDaemonSet({ name: 'agent', namespace: 'default' });
    expect(ds.status).toMatchObject({ observedGeneration: 2, desiredNumberScheduled: 2, updatedNumberScheduled: 2, numberAvailable: 2, numberReady: 2 });
    expect(server.workloads.rolloutCount('statefulset', 'default', 'worker')).toBe(1);
    expect(server.workloads.rolloutCount('daemonset', 'default', 'agent')).toBe(1);
  });

  test('Reloader (env-vars strategy) patches workloads that opt in when the Secret data changes', async () => {
    server.reloader.enable('env-vars');
    const auto = exampleDeployment({ workloadName: 'auto', replicas: 1 });
    auto.metadata.annotations = { 'reloader.stakater.com/auto': 'true' };
    const named = exampleDeployment({ workloadName: 'named', replicas: 1 });
    named.metadata.annotations = { 'secret.reloader.stakater.com/reload': 'other,deploy-token' };
    const untouched = exampleDeployment({ workloadName: 'plain', replicas: 1 });
    for (const workload of [auto, named, untouched]) server.store.apply(workload);
    for (const name of ['auto', 'named', 'plain']) await server.workloads.whenSettled('deployment', 'default', name);

    server.store.apply(tokenSecret('token-v2'));
    await waitFor(() => (server.reloader.reloads.length === 2 ? true : undefined));
    for (const name of ['auto', 'named']) await server.workloads.whenSettled('deployment', 'default', name);
    const expectedHash = reloaderSecretHash({ token: Buffer.from('token-v2').toString('base64') });
    const env = (name: string): unknown =>
      ((server.store.get('deployments', 'default', name)?.spec as V1Deployment['spec'])?.template.spec?.containers[0]?.env ?? []).find(
        (entry) => entry.name === reloaderEnvVarName('deploy-token'),
      );
    expect(reloaderEnvVarName('deploy-token')).toBe('STAKATER_DEPLOY_TOKEN_SECRET');
    expect(env('auto')).toEqual({ name: 'STAKATER_DEPLOY_TOKEN_SECRET', value: expectedHash });
    expect(env('named')).toEqual({ name: 'STAKATER_DEPLOY_TOKEN_SECRET', value: expectedHash });
    expect(env('plain')).toBeUndefined();
    expect(server.workloads.rolloutCount('deployment', 'default', 'auto')).toBe(1);
    expect(server.workloads.rolloutCount('deployment', 'default', 'plain')).toBe(0);
    expect(podFingerprints(server, 'auto-')).toEqual([{ 'deploy-token/token': fingerprint('token-v2') }]);

    // The same data again changes nothing.
    server.store.apply({ ...tokenSecret('token-v2'), metadata: { name: 'deploy-token', namespace: 'default', labels: { touched: 'yes' } } });
    await sleep(100);
    expect(server.reloader.reloads).toHaveLength(2);
  });

  test('Reloader (annotations strategy) sets last-reloaded-from on the pod template', async () => {
    server.reloader.enable('annotations');
    const auto = exampleDeployment({ workloadName: 'auto', replicas: 1 });
    auto.metadata.annotations = { 'reloader.stakater.com/auto': 'true' };
    server.store.apply(auto);
    await server.workloads.whenSettled('deployment', 'default', 'auto');
    server.store.apply(tokenSecret('token-v3'));
    await waitFor(() => (server.reloader.reloads.length === 1 ? true : undefined));
    const annotations = (server.store.get('deployments', 'default', 'auto')?.spec as V1Deployment['spec'])?.template.metadata?.annotations ?? {};
    const source = JSON.parse(annotations['reloader.stakater.com/last-reloaded-from'] ?? '{}') as Record<string, unknown>;
    expect(source).toMatchObject({ type: 'SECRET', name: 'deploy-token', namespace: 'default', containerRefs: ['app'] });
    expect(Object.keys(source)).toEqual(['type', 'name', 'namespace', 'hash', 'containerRefs', 'observedAt']);
  });
});
