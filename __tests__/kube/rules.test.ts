import { describe, expect, test } from '@jest/globals';
import { formatDuration, parseGoDuration } from '../../src/kube/durations.ts';
import { reloaderManagement } from '../../src/kube/reloader.ts';
import { rolloutStatus } from '../../src/kube/rollout-status.ts';
import type { WorkloadObject } from '../../src/kube/rollout-status.ts';

describe('parseGoDuration', () => {
  test.each([
    ['0', 0],
    ['0s', 0],
    ['0m', 0],
    ['0h0m0s', 0],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['1.5h', 5_400_000],
    ['15m', 900_000],
    ['300ms', 300],
    [0, 0],
  ])('reads %p as %p ms', (text, ms) => {
    expect(parseGoDuration(text)).toBe(ms);
  });

  test.each(['', 'abc', '5', '1x', '1h junk'])('rejects %p', (text) => {
    expect(parseGoDuration(text)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  test.each([
    [250, '250ms'],
    [90_000, '1m30s'],
    [300_000, '5m'],
    [45_000, '45s'],
  ])('prints %p ms as %p', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

const deployment = (over: { generation?: number; spec?: object; status?: object }): WorkloadObject => ({
  metadata: { name: 'api', generation: over.generation ?? 2 },
  spec: { replicas: 3, ...over.spec },
  status: { observedGeneration: 2, replicas: 3, updatedReplicas: 3, availableReplicas: 3, ...over.status },
});

describe('rolloutStatus follows kubectl rollout status', () => {
  test('a deployment whose new generation is not observed yet is waiting', () => {
    expect(rolloutStatus('Deployment', deployment({ generation: 3 }))).toEqual({
      state: 'waiting',
      message: 'Waiting for deployment spec update to be observed...',
    });
  });

  test('a deployment with too few updated replicas is waiting', () => {
    expect(rolloutStatus('Deployment', deployment({ status: { updatedReplicas: 1 } })).message).toBe(
      'Waiting for deployment "api" rollout to finish: 1 out of 3 new replicas have been updated...',
    );
  });

  test('a deployment with old replicas left is waiting for their termination', () => {
    expect(rolloutStatus('Deployment', deployment({ status: { replicas: 4 } })).message).toBe(
      'Waiting for deployment "api" rollout to finish: 1 old replicas are pending termination...',
    );
  });

  test('a deployment with unavailable updated replicas is waiting', () => {
    expect(rolloutStatus('Deployment', deployment({ status: { availableReplicas: 2 } })).message).toBe(
      'Waiting for deployment "api" rollout to finish: 2 of 3 updated replicas are available...',
    );
  });

  test('a deployment with every replica updated and available is done', () => {
    expect(rolloutStatus('Deployment', deployment({}))).toEqual({
      state: 'done',
      message: 'deployment "api" successfully rolled out',
    });
  });

  test('ProgressDeadlineExceeded fails with kubectl’s sentence', () => {
    const stuck = deployment({
      status: { updatedReplicas: 1, conditions: [{ type: 'Progressing', reason: 'ProgressDeadlineExceeded' }] },
    });
    expect(rolloutStatus('Deployment', stuck)).toEqual({
      state: 'failed',
      message: 'deployment "api" exceeded its progress deadline',
    });
  });

  const statefulSet = (spec: object, status: object): WorkloadObject => ({
    metadata: { name: 'db', generation: 5 },
    spec: { replicas: 3, updateStrategy: { type: 'RollingUpdate' }, ...spec },
    status: { observedGeneration: 5, readyReplicas: 3, updatedReplicas: 3, currentReplicas: 3, currentRevision: 'db-2', updateRevision: 'db-2', ...status },
  });

  test('a statefulset never observed is waiting', () => {
    expect(rolloutStatus('StatefulSet', statefulSet({}, { observedGeneration: 0 })).message).toBe('Waiting for statefulset spec update to be observed...');
  });

  test('a statefulset with unready pods is waiting for them', () => {
    expect(rolloutStatus('StatefulSet', statefulSet({}, { readyReplicas: 1 })).message).toBe('Waiting for 2 pods to be ready...');
  });

  test('a partitioned statefulset is done once the pods above the partition are updated', () => {
    const partitioned = { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } } };
    expect(rolloutStatus('StatefulSet', statefulSet(partitioned, { updatedReplicas: 1 })).message).toBe(
      'Waiting for partitioned roll out to finish: 1 out of 2 new pods have been updated...',
    );
    expect(rolloutStatus('StatefulSet', statefulSet(partitioned, { updatedReplicas: 2 }))).toEqual({
      state: 'done',
      message: 'partitioned roll out complete: 2 new pods have been updated...',
    });
  });

  test('a statefulset without rollingUpdate settings waits for the update revision to become current', () => {
    expect(rolloutStatus('StatefulSet', statefulSet({}, { currentRevision: 'db-1', updatedReplicas: 1 })).message).toBe(
      'waiting for statefulset rolling update to complete 1 pods at revision db-2...',
    );
    expect(rolloutStatus('StatefulSet', statefulSet({}, {})).state).toBe('done');
  });

  test('an OnDelete statefulset or daemonset cannot be followed', () => {
    const onDelete = { updateStrategy: { type: 'OnDelete' } };
    expect(rolloutStatus('StatefulSet', statefulSet(onDelete, {}))).toEqual({
      state: 'failed',
      message: 'rollout status is only available for RollingUpdate strategy type',
    });
    expect(rolloutStatus('DaemonSet', { metadata: { name: 'agent' }, spec: onDelete }).state).toBe('failed');
  });

  test('a daemonset waits for updated, then available pods', () => {
    const daemon = (status: object): WorkloadObject => ({
      metadata: { name: 'agent', generation: 4 },
      spec: { updateStrategy: { type: 'RollingUpdate' } },
      status: { observedGeneration: 4, desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 3, ...status },
    });
    expect(rolloutStatus('DaemonSet', daemon({ updatedNumberScheduled: 1 })).message).toBe(
      'Waiting for daemon set "agent" rollout to finish: 1 out of 3 new pods have been updated...',
    );
    expect(rolloutStatus('DaemonSet', daemon({ numberAvailable: 2 })).message).toBe(
      'Waiting for daemon set "agent" rollout to finish: 2 of 3 updated pods are available...',
    );
    expect(rolloutStatus('DaemonSet', daemon({})).message).toBe('daemon set "agent" successfully rolled out');
  });
});

describe('reloaderManagement mirrors Stakater Reloader’s matcher', () => {
  const usingSecret = (annotations: Record<string, string>, podAnnotations: Record<string, string> = {}): WorkloadObject => ({
    metadata: { name: 'api', annotations },
    spec: {
      template: {
        metadata: { annotations: podAnnotations },
        spec: { containers: [{ env: [{ valueFrom: { secretKeyRef: { name: 'app-token' } } }] }] },
      },
    },
  });

  test('reloader.stakater.com/auto manages a workload whose pods use the Secret', () => {
    expect(reloaderManagement(usingSecret({ 'reloader.stakater.com/auto': 'true' }), ['app-token'])).toEqual({
      secret: 'app-token',
      annotation: 'reloader.stakater.com/auto=true',
    });
  });

  test('auto does not manage a workload whose pods do not use the Secret', () => {
    const other: WorkloadObject = {
      metadata: { annotations: { 'reloader.stakater.com/auto': 'true' } },
      spec: { template: { spec: { containers: [{ envFrom: [{ secretRef: { name: 'unrelated' } }] }] } } },
    };
    expect(reloaderManagement(other, ['app-token'])).toBeUndefined();
  });

  test('secret.reloader.stakater.com/reload names the Secret, as a list entry or pattern', () => {
    expect(reloaderManagement({ metadata: { annotations: { 'secret.reloader.stakater.com/reload': 'db, app-token' } } }, ['app-token'])?.secret).toBe(
      'app-token',
    );
    expect(reloaderManagement({ metadata: { annotations: { 'secret.reloader.stakater.com/reload': 'app-.*' } } }, ['app-token'])?.secret).toBe('app-token');
    expect(reloaderManagement({ metadata: { annotations: { 'secret.reloader.stakater.com/reload': 'app' } } }, ['app-token'])).toBeUndefined();
  });

  test('the exclude list wins over auto', () => {
    const excluded = usingSecret({
      'reloader.stakater.com/auto': 'true',
      'secrets.exclude.reloader.stakater.com/reload': 'app-token',
    });
    expect(reloaderManagement(excluded, ['app-token'])).toBeUndefined();
  });

  test('pod template annotations count when the workload has none of Reloader’s', () => {
    expect(reloaderManagement(usingSecret({}, { 'secret.reloader.stakater.com/auto': 'true' }), ['app-token'])?.annotation).toBe(
      'secret.reloader.stakater.com/auto=true',
    );
  });

  test('a secret volume counts as use of the Secret', () => {
    const withVolume: WorkloadObject = {
      metadata: { annotations: { 'reloader.stakater.com/auto': 'true' } },
      spec: { template: { spec: { volumes: [{ projected: { sources: [{ secret: { name: 'app-token' } }] } }] } } },
    };
    expect(reloaderManagement(withVolume, ['app-token'])?.secret).toBe('app-token');
  });
});
