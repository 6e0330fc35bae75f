import { describe, expect, test } from '@jest/globals';
import { judgeWorkload, secretUses } from '../../src/kube/workload-usage-rules.ts';
import type { ListedWorkload } from '../../src/kube/workload-usage-rules.ts';
import type { PodTemplate } from '../../src/kube/rollout-status.ts';

const S = 'app-token';
const template = (spec: NonNullable<PodTemplate['spec']>): PodTemplate => ({ spec });

describe('secretUses: each way a pod template uses a Secret, with where', () => {
  test.each<[string, PodTemplate, string[]]>([
    ['env[].valueFrom.secretKeyRef', template({ containers: [{ env: [{}, { valueFrom: { secretKeyRef: { name: S } } }] }] }), ['containers[0].env[1]']],
    ['envFrom[].secretRef', template({ containers: [{}, { envFrom: [{ secretRef: { name: S } }] }] }), ['containers[1].envFrom[0]']],
    ['an init container', template({ initContainers: [{ env: [{}, {}, { valueFrom: { secretKeyRef: { name: S } } }] }] }), ['initContainers[0].env[2]']],
    ['volumes[].secret', template({ volumes: [{}, { secret: { secretName: S } }] }), ['volumes[1]']],
    ['a projected volume', template({ volumes: [{ projected: { sources: [{}, { secret: { name: S } }] } }] }), ['volumes[0].projected.sources[1]']],
    [
      'several at once, in spec order',
      template({
        initContainers: [{ envFrom: [{ secretRef: { name: S } }] }],
        containers: [{ env: [{ valueFrom: { secretKeyRef: { name: S } } }] }],
        volumes: [{ secret: { secretName: S } }],
      }),
      ['initContainers[0].envFrom[0]', 'containers[0].env[0]', 'volumes[0]'],
    ],
    [
      'another Secret is no use',
      template({ containers: [{ envFrom: [{ secretRef: { name: 'other' } }] }], volumes: [{ secret: { secretName: 'other' } }] }),
      [],
    ],
    ['no template', {}, []],
  ])('%s', (_name, podTemplate, uses) => {
    expect(secretUses(podTemplate, S)).toEqual(uses);
  });
});

const uses: PodTemplate = template({ containers: [{ envFrom: [{ secretRef: { name: S } }] }] });
const none = (): PodTemplate | undefined => undefined;

describe('judgeWorkload', () => {
  test('a Deployment using the Secret is restarted', () => {
    expect(judgeWorkload('Deployment', { spec: { template: uses } }, ['x', S], none)).toEqual({
      uses: true,
      secret: S,
      reasons: ['containers[0].envFrom[0]'],
      notRestarted: undefined,
    });
  });

  test.each<[string, 'Deployment' | 'Rollout' | 'StatefulSet' | 'DaemonSet', ListedWorkload, RegExp]>([
    ['a paused Deployment', 'Deployment', { spec: { paused: true, template: uses } }, /paused/],
    ['a paused Rollout', 'Rollout', { spec: { paused: true, template: uses } }, /paused/],
    ['an OnDelete StatefulSet', 'StatefulSet', { spec: { updateStrategy: { type: 'OnDelete' }, template: uses } }, /OnDelete/],
    ['an OnDelete DaemonSet', 'DaemonSet', { spec: { updateStrategy: { type: 'OnDelete' }, template: uses } }, /OnDelete/],
  ])('%s is reported, not restarted', (_name, kind, workload, why) => {
    expect(judgeWorkload(kind, workload, [S], none)).toEqual({
      uses: true,
      secret: S,
      reasons: ['containers[0].envFrom[0]'],
      notRestarted: expect.stringMatching(why),
    });
  });

  test('a Rollout with workloadRef uses the referenced Deployment’s template', () => {
    const rollout: ListedWorkload = { spec: { workloadRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' } } };
    expect(judgeWorkload('Rollout', rollout, [S], (name) => (name === 'api' ? uses : undefined))).toMatchObject({
      uses: true,
      reasons: ['workloadRef deployment/api containers[0].envFrom[0]'],
    });
    expect(judgeWorkload('Rollout', rollout, [S], none)).toEqual({ uses: false, unresolved: expect.stringContaining('does not exist') });
  });

  test('a Rollout whose workloadRef is not a Deployment is reported as not searched', () => {
    const rollout: ListedWorkload = { spec: { workloadRef: { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs' } } };
    expect(judgeWorkload('Rollout', rollout, [S], () => uses)).toEqual({ uses: false, unresolved: expect.stringContaining('ReplicaSet rs') });
  });

  test('a workload that uses none of the Secrets is not taken', () => {
    expect(judgeWorkload('DaemonSet', { spec: { template: uses } }, ['other'], none)).toEqual({ uses: false });
  });
});
