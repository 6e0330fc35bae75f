// The rules of Argo Rollouts' status (utils/rollout GetRolloutPhase, CalculateRolloutPhase;
// cmd/status), the restartAt value, and Reloader's rollout strategy, case by case.
import { describe, expect, test } from '@jest/globals';
import { argoRolloutPhase, argoRolloutStatus, restartAtFor } from '../../src/kube/argo-rollout-status.ts';
import type { ArgoRolloutObject } from '../../src/kube/argo-rollout-status.ts';
import { reloaderManagement, reloaderRolloutStrategy } from '../../src/kube/reloader.ts';
import { rolloutStatus } from '../../src/kube/rollout-status.ts';
import type { WorkloadObject } from '../../src/kube/rollout-status.ts';

type Spec = NonNullable<ArgoRolloutObject['spec']>;
type Status = NonNullable<ArgoRolloutObject['status']>;

const settled: Status = { observedGeneration: '3', replicas: 2, updatedReplicas: 2, availableReplicas: 2, stableRS: 'abc', currentPodHash: 'abc' };
const ro = (status: Status, spec: Spec = { replicas: 2, strategy: { canary: {} } }, generation = 3): ArgoRolloutObject => ({
  metadata: { name: 'web', generation },
  spec,
  status,
});

describe('argoRolloutPhase: GetRolloutPhase', () => {
  test.each<[string, ArgoRolloutObject, string, string]>([
    [
      'generation not observed yet',
      ro({ ...settled, observedGeneration: '2', phase: 'Healthy' }),
      'Progressing',
      'waiting for rollout spec update to be observed',
    ],
    [
      'observedGeneration as a number',
      ro({ ...settled, observedGeneration: 2, phase: 'Healthy' }),
      'Progressing',
      'waiting for rollout spec update to be observed',
    ],
    ['a v0.9 hash counts as observed', ro({ ...settled, observedGeneration: '7d9f8c', phase: 'Healthy' }), 'Healthy', ''],
    ['an all-digit hash above the generation counts as observed', ro({ ...settled, observedGeneration: '12345', phase: 'Healthy' }), 'Healthy', ''],
    ['no observedGeneration counts as observed', ro({ ...settled, observedGeneration: undefined, phase: 'Healthy' }), 'Healthy', ''],
    ['unpausing', ro({ ...settled, controllerPause: true, pauseConditions: [], phase: 'Paused' }), 'Progressing', 'waiting for rollout to unpause'],
    [
      'controller paused with a condition',
      ro({ ...settled, controllerPause: true, pauseConditions: [{ reason: 'CanaryPauseStep' }], phase: 'Paused', message: 'CanaryPauseStep' }),
      'Paused',
      'CanaryPauseStep',
    ],
    [
      'the controller phase wins once observed',
      ro({ ...settled, phase: 'Degraded', message: 'RolloutAborted: Rollout aborted update to revision 2' }),
      'Degraded',
      'RolloutAborted: Rollout aborted update to revision 2',
    ],
    [
      'workloadRef generation not observed',
      {
        ...ro({ ...settled, phase: 'Healthy', workloadObservedGeneration: '1' }, { replicas: 2, workloadRef: {} }),
        metadata: { name: 'web', generation: 3, annotations: { 'rollout.argoproj.io/workload-generation': '2' } },
      },
      'Progressing',
      'waiting for rollout spec update to be observed for the reference workload',
    ],
    [
      'workloadRef generation observed',
      {
        ...ro({ ...settled, phase: 'Healthy', workloadObservedGeneration: '2' }, { replicas: 2, workloadRef: {} }),
        metadata: { name: 'web', generation: 3, annotations: { 'rollout.argoproj.io/workload-generation': '2' } },
      },
      'Healthy',
      '',
    ],
  ])('%s', (_name, rollout, phase, message) => {
    expect(argoRolloutPhase(rollout)).toEqual({ phase, message });
  });
});

describe('argoRolloutPhase without status.phase: CalculateRolloutPhase', () => {
  test.each<[string, Status, Spec | undefined, string, string]>([
    ['healthy canary', settled, undefined, 'Healthy', ''],
    ['InvalidSpec', { ...settled, conditions: [{ type: 'InvalidSpec', message: 'bad selector' }] }, undefined, 'Degraded', 'InvalidSpec: bad selector'],
    [
      'aborted',
      { ...settled, abort: true, conditions: [{ type: 'Progressing', reason: 'RolloutAborted', message: 'Rollout aborted update to revision 2' }] },
      undefined,
      'Degraded',
      'RolloutAborted: Rollout aborted update to revision 2',
    ],
    [
      'progress deadline',
      { ...settled, conditions: [{ type: 'Progressing', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "web-abc" has timed out progressing.' }] },
      undefined,
      'Degraded',
      'ProgressDeadlineExceeded: ReplicaSet "web-abc" has timed out progressing.',
    ],
    ['manually paused', settled, { replicas: 2, paused: true, strategy: { canary: {} } }, 'Paused', 'manually paused'],
    ['paused by a step', { ...settled, pauseConditions: [{ reason: 'CanaryPauseStep' }], controllerPause: true }, undefined, 'Paused', 'CanaryPauseStep'],
    ['restart pending', settled, { replicas: 2, restartAt: '2026-12-01T10:00:01Z', strategy: { canary: {} } }, 'Progressing', 'rollout is restarting'],
    [
      'restart of an earlier time done',
      { ...settled, restartedAt: '2026-12-01T10:00:00Z' },
      { replicas: 2, restartAt: '2026-12-01T10:00:01Z', strategy: { canary: {} } },
      'Progressing',
      'rollout is restarting',
    ],
    [
      'restart done',
      { ...settled, restartedAt: '2026-12-01T10:00:01Z' },
      { replicas: 2, restartAt: '2026-12-01T10:00:01Z', strategy: { canary: {} } },
      'Healthy',
      '',
    ],
    [
      'restart done, written in another form of the same time',
      { ...settled, restartedAt: '2026-12-01T10:00:01.000Z' },
      { replicas: 2, restartAt: '2026-12-01T10:00:01Z', strategy: { canary: {} } },
      'Healthy',
      '',
    ],
    ['replicas to update', { ...settled, updatedReplicas: 1 }, undefined, 'Progressing', 'more replicas need to be updated'],
    ['replicas default to 1', { ...settled, updatedReplicas: 1, availableReplicas: 1, replicas: 1 }, { strategy: { canary: {} } }, 'Healthy', ''],
    ['updated not yet available', { ...settled, availableReplicas: 1 }, undefined, 'Progressing', 'updated replicas are still becoming available'],
    ['old replicas left (basic canary)', { ...settled, replicas: 3 }, undefined, 'Progressing', 'old replicas are pending termination'],
    ['old replicas left with traffic routing', { ...settled, replicas: 3 }, { replicas: 2, strategy: { canary: { trafficRouting: {} } } }, 'Healthy', ''],
    ['canary steps not done', { ...settled, stableRS: 'old' }, undefined, 'Progressing', 'waiting for all steps to complete'],
    [
      'blue-green cutover pending',
      { ...settled, blueGreen: { activeSelector: 'old' } },
      { replicas: 2, strategy: { blueGreen: {} } },
      'Progressing',
      'active service cutover pending',
    ],
    [
      'blue-green post-promotion analysis',
      { ...settled, stableRS: 'old', blueGreen: { activeSelector: 'abc' } },
      { replicas: 2, strategy: { blueGreen: { postPromotionAnalysis: {} } } },
      'Progressing',
      'waiting for analysis to complete',
    ],
    [
      'blue-green verification',
      { ...settled, stableRS: 'old', blueGreen: { activeSelector: 'abc' } },
      { replicas: 2, strategy: { blueGreen: {} } },
      'Progressing',
      'waiting for post-promotion verification to complete',
    ],
    ['blue-green healthy', { ...settled, blueGreen: { activeSelector: 'abc' } }, { replicas: 2, strategy: { blueGreen: {} } }, 'Healthy', ''],
  ])('%s', (_name, status, spec, phase, message) => {
    expect(argoRolloutPhase(ro(status, spec ?? { replicas: 2, strategy: { canary: {} } }))).toEqual({ phase, message });
  });
});

describe('argoRolloutStatus: what kubectl argo rollouts status does', () => {
  test.each<[string, Status, string, string]>([
    ['Healthy ends the watch', { ...settled, phase: 'Healthy' }, 'done', 'rollout "web" is Healthy'],
    [
      'Degraded fails it with the message',
      { ...settled, phase: 'Degraded', message: 'ProgressDeadlineExceeded: ReplicaSet "web-abc" has timed out progressing.' },
      'failed',
      'rollout "web" is in a degraded state with message: ProgressDeadlineExceeded: ReplicaSet "web-abc" has timed out progressing.',
    ],
    [
      'an abort fails it',
      { ...settled, phase: 'Degraded', abort: true, message: 'RolloutAborted: Rollout aborted update to revision 2' },
      'failed',
      'rollout "web" is in a degraded state with message: RolloutAborted: Rollout aborted update to revision 2',
    ],
    ['Paused keeps watching', { ...settled, phase: 'Paused', message: 'manually paused' }, 'waiting', 'Paused - manually paused'],
    ['Progressing keeps watching', { ...settled, phase: 'Progressing', message: 'rollout is restarting' }, 'waiting', 'Progressing - rollout is restarting'],
    [
      'a stale Healthy keeps watching',
      { ...settled, observedGeneration: '2', phase: 'Healthy' },
      'waiting',
      'Progressing - waiting for rollout spec update to be observed',
    ],
  ])('%s', (_name, status, state, message) => {
    expect(argoRolloutStatus(ro(status))).toEqual({ state, message });
    expect(rolloutStatus('Rollout', ro(status) as WorkloadObject)).toEqual({ state, message });
  });
});

describe('restartAtFor', () => {
  test.each([
    ['2026-12-01T10:00:00.000Z', '2026-12-01T10:00:01Z'],
    ['2026-12-01T10:00:00.999Z', '2026-12-01T10:00:01Z'],
    ['2026-12-01T23:59:59.001Z', '2026-12-02T00:00:00Z'],
  ])('%s restarts pods created before %s, in RFC 3339 seconds', (now, restartAt) => {
    expect(restartAtFor(new Date(now))).toBe(restartAt);
  });
});

describe("Reloader's handling of Rollouts", () => {
  const rollout = (annotations: Record<string, string>): WorkloadObject => ({
    metadata: { name: 'web', annotations },
    spec: { template: { spec: { containers: [{ env: [{ valueFrom: { secretKeyRef: { name: 'deploy-token' } } }] }] } } },
  });
  test.each<[Record<string, string>, 'restart' | 'rollout']>([
    [{}, 'rollout'],
    [{ 'reloader.stakater.com/rollout-strategy': 'rollout' }, 'rollout'],
    [{ 'reloader.stakater.com/rollout-strategy': 'restart' }, 'restart'],
    [{ 'reloader.stakater.com/rollout-strategy': 'Restart' }, 'rollout'],
  ])('rollout-strategy %p is %p', (annotations, strategy) => {
    expect(reloaderRolloutStrategy(rollout(annotations))).toBe(strategy);
  });
  test('the same annotations as on a Deployment make Reloader manage it', () => {
    expect(reloaderManagement(rollout({ 'reloader.stakater.com/auto': 'true' }), ['deploy-token'])).toEqual({
      secret: 'deploy-token',
      annotation: 'reloader.stakater.com/auto=true',
    });
    expect(reloaderManagement(rollout({}), ['deploy-token'])).toBeUndefined();
  });
});
