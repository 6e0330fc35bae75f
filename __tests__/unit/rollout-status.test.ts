import { describe, expect, test } from '@jest/globals';
import { rolloutStatus } from '../../src/kube/rollout-status.ts';
import type { WorkloadObject } from '../../src/kube/rollout-status.ts';

// The rules and sentences of k8s.io/kubectl pkg/polymorphichelpers/rollout_status.go
// (DeploymentStatusViewer, DaemonSetStatusViewer, StatefulSetStatusViewer), edge by edge.

const sts = (generation: number | undefined, status: object, spec: object = {}): WorkloadObject => ({
  metadata: { name: 'db', ...(generation === undefined ? {} : { generation }) },
  spec: { replicas: 3, updateStrategy: { type: 'RollingUpdate' }, ...spec },
  status: { readyReplicas: 3, updatedReplicas: 3, currentReplicas: 3, currentRevision: 'db-2', updateRevision: 'db-2', ...status },
});

const ds = (generation: number | undefined, status: object, spec: object = {}): WorkloadObject => ({
  metadata: { name: 'agent', ...(generation === undefined ? {} : { generation }) },
  spec: { updateStrategy: { type: 'RollingUpdate' }, ...spec },
  status: { desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 3, ...status },
});

const deploy = (generation: number | undefined, status: object, spec: object = { replicas: 3 }): WorkloadObject => ({
  metadata: { name: 'api', ...(generation === undefined ? {} : { generation }) },
  spec,
  status: { replicas: 3, updatedReplicas: 3, availableReplicas: 3, ...status },
});

describe('a generation not yet observed is never done, however good the stale status looks', () => {
  test('StatefulSet: generation 6 with status of generation 5 waits; 5 of 5 is done', () => {
    expect(rolloutStatus('StatefulSet', sts(6, { observedGeneration: 5 }))).toEqual({
      state: 'waiting',
      message: 'Waiting for statefulset spec update to be observed...',
    });
    expect(rolloutStatus('StatefulSet', sts(5, { observedGeneration: 5 }))).toEqual({
      state: 'done',
      message: 'statefulset rolling update complete 3 pods at revision db-2...',
    });
    expect(rolloutStatus('StatefulSet', sts(4, { observedGeneration: 5 })).state).toBe('done');
  });

  test('StatefulSet: a status never observed (no observedGeneration) waits, even without a generation', () => {
    expect(rolloutStatus('StatefulSet', sts(undefined, {})).message).toBe('Waiting for statefulset spec update to be observed...');
    expect(rolloutStatus('StatefulSet', sts(undefined, { observedGeneration: 1 })).state).toBe('done');
  });

  test('DaemonSet: generation 5 with status of generation 4 waits; 4 of 4 is done', () => {
    expect(rolloutStatus('DaemonSet', ds(5, { observedGeneration: 4 }))).toEqual({
      state: 'waiting',
      message: 'Waiting for daemon set spec update to be observed...',
    });
    expect(rolloutStatus('DaemonSet', ds(4, { observedGeneration: 4 }))).toEqual({ state: 'done', message: 'daemon set "agent" successfully rolled out' });
    expect(rolloutStatus('DaemonSet', ds(3, { observedGeneration: 4 })).state).toBe('done');
  });

  test('DaemonSet and Deployment: no generation and no observedGeneration counts as observed', () => {
    expect(rolloutStatus('DaemonSet', ds(undefined, {})).state).toBe('done');
    expect(rolloutStatus('DaemonSet', ds(1, {})).message).toBe('Waiting for daemon set spec update to be observed...');
    expect(rolloutStatus('Deployment', deploy(undefined, {})).state).toBe('done');
    expect(rolloutStatus('Deployment', deploy(1, {})).message).toBe('Waiting for deployment spec update to be observed...');
  });

  test('Deployment: generation 3 with status of generation 2 waits; 2 of 2 is done; 2 with status of 3 is done', () => {
    expect(rolloutStatus('Deployment', deploy(3, { observedGeneration: 2 })).message).toBe('Waiting for deployment spec update to be observed...');
    expect(rolloutStatus('Deployment', deploy(2, { observedGeneration: 2 })).message).toBe('deployment "api" successfully rolled out');
    expect(rolloutStatus('Deployment', deploy(2, { observedGeneration: 3 })).state).toBe('done');
  });
});

describe('Deployment edges', () => {
  test('without spec.replicas the updated count is not compared', () => {
    expect(rolloutStatus('Deployment', deploy(1, { observedGeneration: 1, replicas: 1, updatedReplicas: 1, availableReplicas: 1 }, {})).state).toBe('done');
  });

  test('updated equal to wanted, total equal to updated and available equal to updated is done', () => {
    expect(rolloutStatus('Deployment', deploy(1, { observedGeneration: 1 })).state).toBe('done');
  });

  test('a Progressing condition with another reason does not fail', () => {
    const status = {
      observedGeneration: 1,
      updatedReplicas: 1,
      conditions: [
        { type: 'Available', reason: 'ProgressDeadlineExceeded' },
        { type: 'Progressing', reason: 'NewReplicaSetAvailable' },
      ],
    };
    expect(rolloutStatus('Deployment', deploy(1, status))).toEqual({
      state: 'waiting',
      message: 'Waiting for deployment "api" rollout to finish: 1 out of 3 new replicas have been updated...',
    });
  });

  test('missing status counts are zero; a nameless deployment is quoted empty', () => {
    expect(rolloutStatus('Deployment', { metadata: { generation: 1 }, spec: { replicas: 2 }, status: { observedGeneration: 1 } })).toEqual({
      state: 'waiting',
      message: 'Waiting for deployment "" rollout to finish: 0 out of 2 new replicas have been updated...',
    });
    expect(rolloutStatus('Deployment', {})).toEqual({ state: 'done', message: 'deployment "" successfully rolled out' });
  });
});

describe('StatefulSet edges', () => {
  test('a missing strategy type is RollingUpdate', () => {
    expect(rolloutStatus('StatefulSet', sts(1, { observedGeneration: 1 }, { updateStrategy: {} })).state).toBe('done');
    expect(rolloutStatus('StatefulSet', { metadata: { generation: 1 }, status: { observedGeneration: 1 } })).toEqual({
      state: 'done',
      message: 'statefulset rolling update complete 0 pods at revision ...',
    });
  });

  test('ready equal to replicas is enough; without spec.replicas readiness is not compared', () => {
    expect(rolloutStatus('StatefulSet', sts(1, { observedGeneration: 1, readyReplicas: 3 })).state).toBe('done');
    expect(rolloutStatus('StatefulSet', sts(1, { observedGeneration: 1, readyReplicas: 0 }, { replicas: undefined })).state).toBe('done');
  });

  test('partition: updated equal to replicas minus partition is done; without a partition or replicas it is done at once', () => {
    const partitioned = (partition: number | undefined, replicas: number | undefined) => ({
      replicas,
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: partition === undefined ? {} : { partition } },
    });
    expect(rolloutStatus('StatefulSet', sts(1, { observedGeneration: 1, updatedReplicas: 2 }, partitioned(1, 3))).message).toBe(
      'partitioned roll out complete: 2 new pods have been updated...',
    );
    expect(rolloutStatus('StatefulSet', sts(1, { observedGeneration: 1, updatedReplicas: 0 }, partitioned(undefined, 3))).message).toBe(
      'partitioned roll out complete: 0 new pods have been updated...',
    );
    expect(rolloutStatus('StatefulSet', sts(1, { observedGeneration: 1, readyReplicas: 0, updatedReplicas: 0 }, partitioned(1, undefined))).message).toBe(
      'partitioned roll out complete: 0 new pods have been updated...',
    );
  });

  test('missing revisions and counts read as empty and zero', () => {
    expect(rolloutStatus('StatefulSet', { metadata: { generation: 1 }, spec: {}, status: { observedGeneration: 1, updateRevision: 'db-3' } })).toEqual({
      state: 'waiting',
      message: 'waiting for statefulset rolling update to complete 0 pods at revision db-3...',
    });
    expect(rolloutStatus('StatefulSet', { metadata: { generation: 1 }, spec: {}, status: { observedGeneration: 1, currentRevision: 'db-3' } })).toEqual({
      state: 'waiting',
      message: 'waiting for statefulset rolling update to complete 0 pods at revision ...',
    });
  });
});

describe('DaemonSet edges', () => {
  test('a missing strategy type is RollingUpdate; OnDelete fails with kubectl’s sentence', () => {
    expect(rolloutStatus('DaemonSet', ds(1, { observedGeneration: 1 }, { updateStrategy: {} })).state).toBe('done');
    expect(rolloutStatus('DaemonSet', ds(1, { observedGeneration: 1 }, { updateStrategy: { type: 'OnDelete' } }))).toEqual({
      state: 'failed',
      message: 'rollout status is only available for RollingUpdate strategy type',
    });
  });

  test('updated and available equal to desired is done; missing counts are zero', () => {
    expect(rolloutStatus('DaemonSet', ds(1, { observedGeneration: 1 })).state).toBe('done');
    expect(rolloutStatus('DaemonSet', { metadata: { generation: 1 }, status: { observedGeneration: 1 } })).toEqual({
      state: 'done',
      message: 'daemon set "" successfully rolled out',
    });
    expect(
      rolloutStatus('DaemonSet', { metadata: { generation: 1 }, status: { observedGeneration: 1, desiredNumberScheduled: 2, updatedNumberScheduled: 2 } }),
    ).toEqual({
      state: 'waiting',
      message: 'Waiting for daemon set "" rollout to finish: 0 of 2 updated pods are available...',
    });
  });
});
