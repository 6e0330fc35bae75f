import { describe, expect, test } from '@jest/globals';
import { summarise } from '../../bench/measure.ts';
import { countsOf, explainKubeRequests, explainSsmRequests } from '../../bench/requests.ts';
import { STARTUP_AND_EXIT, stepDurations } from '../../bench/step-durations.ts';
import { ssmRequestsAtMost } from '../../bench/report.ts';
import type { RequestRecord as KubeRequest } from '../../local-servers/kube/request-log.ts';
import type { RequestRecord as SsmRequest } from '../../local-servers/ssm/request-log.ts';

describe('summarise', () => {
  test('gives the median of an odd and an even series, nearest-rank p90, min and max', () => {
    expect(summarise([5, 1, 3])).toEqual({ count: 3, median: 3, p90: 5, min: 1, max: 5 });
    expect(summarise([4, 1, 3, 2])).toMatchObject({ median: 2.5, min: 1, max: 4 });
    expect(summarise([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).p90).toBe(9);
  });
});

describe('stepDurations', () => {
  const log = [
    '::group::Rotate /app/token',
    'PLAN /app/token (no token yet) version 3, SecureString, current on 3 (24 ms)',
    'Kubernetes: context local-kube at https://127.0.0.1:1 (credentials from the kubeconfig input)',
    'PLAN default/externalsecret/deploy-token (no token yet) ExternalSecret ready for force-sync, target Secret deploy-token (236 ms)',
    'PLAN default/deployment/api (no token yet) will restart (237 ms)',
    'MINTED /app/token sha256:f77d74236d21118f 32 random bytes, base64url, masked (1 ms)',
    'WROTE /app/token sha256:f77d74236d21118f version 4 (previous 3) (5 ms)',
    'SYNCED default/externalsecret/deploy-token sha256:f77d74236d21118f ESO synced Secret deploy-token (1.5 s)',
    'CONFIRMED /app/token sha256:f77d74236d21118f version 4 is the latest (10 ms)',
    '::endgroup::',
  ].join('\n');

  test('reads each marker line once, counts the shared cluster preflight span once, and leaves the rest to start-up and exit', () => {
    const steps = stepDurations(log, 2100);
    expect(Object.fromEntries(steps)).toEqual({
      [STARTUP_AND_EXIT]: 2100 - (24 + 237 + 1 + 5 + 1500 + 10),
      'preflight SSM (1 x GetParameterHistory, the first SDK call)': 24,
      'preflight cluster (load the Kubernetes chunk, connect, preflight requests)': 237,
      'mint and mask': 1,
      'write (PutParameter)': 5,
      'force-sync and wait for ESO': 1500,
      'confirm (1 x GetParameters)': 10,
    });
  });
});

describe('request explanations', () => {
  const ssm = (operation: string): SsmRequest => ({ seq: 0, time: new Date(0), operation, status: 200, faults: [], durationMs: 1 });
  const kube = (verb: string, resource: string): KubeRequest => ({
    time: new Date(0).toISOString(),
    method: 'GET',
    path: '/',
    query: '',
    verb,
    group: '',
    resource,
    subresource: '',
    namespace: 'default',
    name: 'x',
    watch: verb === 'watch',
    status: 200,
    durationMs: 1,
    userAgent: 'kubernetes-client-javascript/2.0.1',
    faults: [],
  });

  test('the history read is the preflight, GetParameters after the write the confirm; consecutive equal reasons are grouped', () => {
    const groups = explainSsmRequests(['GetParameterHistory', 'PutParameter', 'LabelParameterVersion', 'LabelParameterVersion', 'GetParameters'].map(ssm));
    expect(groups.map(({ call, count, why }) => [call, count, why.split(':')[0]])).toEqual([
      ['GetParameterHistory', 1, 'preflight'],
      ['PutParameter', 1, 'write'],
      ['LabelParameterVersion', 1, 'label'],
      ['LabelParameterVersion', 1, 'label'],
      ['GetParameters', 1, 'confirm'],
    ]);
    expect(countsOf(groups)).toEqual({ GetParameterHistory: 1, PutParameter: 1, LabelParameterVersion: 2, GetParameters: 1 });
    expect(explainSsmRequests(['GetParameters'].map(ssm))[0]?.why).toBe('not expected before the write');
  });

  test('Kubernetes reads are told apart by what came before them', () => {
    const groups = explainKubeRequests([
      kube('get', 'externalsecrets'),
      kube('create', 'selfsubjectaccessreviews'),
      kube('get', 'externalsecrets'),
      kube('patch', 'externalsecrets'),
      kube('get', 'externalsecrets'),
      kube('get', 'secrets'),
      kube('patch', 'deployments'),
      kube('get', 'deployments'),
      kube('watch', 'deployments'),
      kube('get', 'configmaps'),
    ]);
    expect(groups.map(({ why }) => why.split(':')[0])).toEqual([
      'preflight',
      'preflight',
      'force-sync',
      'force-sync',
      'wait for sync',
      'verify',
      'restart',
      'rollout',
      'rollout',
      'not expected in this rotation',
    ]);
  });
});

describe('ssmRequestsAtMost', () => {
  test('adds the most of each SSM call over the probe runs, and nothing of Kubernetes', () => {
    const range = new Map([
      ['SSM GetParameterHistory', { min: 1, max: 1 }],
      ['SSM LabelParameterVersion', { min: 1, max: 2 }],
      ['SSM PutParameter', { min: 1, max: 1 }],
      ['SSM GetParameters', { min: 1, max: 1 }],
      ['Kubernetes get secrets', { min: 2, max: 2 }],
    ]);
    expect(ssmRequestsAtMost({ range })).toBe(5);
  });
});
