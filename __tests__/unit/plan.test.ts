import { describe, expect, test } from '@jest/globals';
import { StepError } from '../../src/errors.ts';
import { readInputs } from '../../src/inputs.ts';
import { Journal } from '../../src/journal.ts';
import type { ExternalSecretRecord, WorkloadRecord } from '../../src/kube/index.ts';
import { buildPlan, printPlan } from '../../src/plan.ts';
import type { Member } from '../../src/plan.ts';
import type { ClusterSession } from '../../src/rollback.ts';
import type { ParameterPlan } from '../../src/ssm/parameter-preflight.ts';

const KUBECONFIG =
  'apiVersion: v1\nclusters:\n- name: c\n  cluster: {server: "http://127.0.0.1:1"}\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\nusers:\n- name: u\n  user: {token: t}\ncurrent-context: x\n';

const configOf = (inputs: Record<string, string>) => readInputs((name) => ({ kubeconfig: KUBECONFIG, ...inputs })[name] ?? '', { AWS_REGION: 'us-east-1' });

const planAt = (version: number | undefined): ParameterPlan => ({
  head: version === undefined ? undefined : { type: 'SecureString', version, lastModified: undefined },
  currentLabelVersion: version,
  previousLabelVersion: undefined,
  heldVersion: version,
  drift: false,
  keyId: undefined,
  tier: 'Standard',
  keyChange: undefined,
});

const record = (name: string, setKeys?: { parameter: string; secretKey: string }[]): ExternalSecretRecord => ({
  ref: { namespace: 'default', name },
  targetSecret: { namespace: 'default', name },
  syncedResourceVersion: '1',
  refreshPolicy: 'OnChange',
  refreshInterval: '',
  ready: null,
  ...(setKeys ? { setKeys } : {}),
});

const workload = (name: string): WorkloadRecord => ({
  ref: { namespace: 'default', kind: 'Deployment', name },
  generation: 1,
  reloaderManaged: false,
  reloader: undefined,
});

const clusterWith = (externalSecrets: ExternalSecretRecord[], workloads: WorkloadRecord[]): ClusterSession =>
  ({ preflight: { externalSecrets, workloads, beforeWrite: true, readableSecrets: [] } }) as unknown as ClusterSession;

const membersOf = (config: ReturnType<typeof configOf>, versions: (number | undefined)[]): Member[] =>
  config.parameters.map((entry, index) => ({ entry, config: { ...config, parameterName: entry.name }, plan: planAt(versions[index]) }));

const SET = '/s/a=a\n/s/b=b\n/s/c=c';

describe('buildPlan: the run as steps', () => {
  test('a set of three: every write, then every label, one sync per ExternalSecret, the verifies, one restart per workload, every confirm', () => {
    const config = configOf({ parameters: SET, 'external-secrets': 'ab\nc', 'verify-secret-key': 'true', restart: 'deployment/api\ndeployment/worker' });
    const cluster = clusterWith(
      [
        record('ab', [
          { parameter: '/s/a', secretKey: 'a' },
          { parameter: '/s/b', secretKey: 'b' },
        ]),
        record('c', [{ parameter: '/s/c', secretKey: 'token' }]),
      ],
      [workload('api'), workload('worker')],
    );
    const steps = buildPlan(config, membersOf(config, [4, 1, undefined]), cluster);
    expect(steps.map((s) => `${s.step} ${s.target}`)).toEqual([
      'mint /s/a',
      'mint /s/b',
      'mint /s/c',
      'write /s/a',
      'write /s/b',
      'write /s/c',
      'label /s/a',
      'label /s/b',
      'label /s/c',
      'sync default/externalsecret/ab',
      'sync default/externalsecret/c',
      'verify default/secret/ab',
      'verify default/secret/ab',
      'verify default/secret/c',
      'restart default/deployment/api',
      'restart default/deployment/worker',
      'confirm /s/a',
      'confirm /s/b',
      'confirm /s/c',
    ]);
    expect(steps.filter((s) => s.step === 'verify').map((s) => `${s.parameter} ${s.do}`)).toEqual([
      '/s/a verify key a of Secret ab',
      '/s/b verify key b of Secret ab',
      '/s/c verify key token of Secret c',
    ]);
    // How each write is undone: a created parameter has no earlier value; a restart is never undone.
    expect(steps.filter((s) => s.step === 'write').map((s) => s.undo)).toEqual([
      'put the value consumers held back as a new version, labels back, then sync the ExternalSecrets back',
      'put the value consumers held back as a new version, labels back, then sync the ExternalSecrets back',
      'none: this run creates the parameter, there is no earlier value',
    ]);
    expect(steps.find((s) => s.step === 'restart')?.undo).toBe('none: from the first restart the new tokens may run, so they stay');
  });

  test('the single form is a set of one: its verify checks the verify-secret-key input', () => {
    const config = configOf({ 'parameter-name': '/s/one', 'external-secrets': 'es', 'verify-secret-key': 'token' });
    const steps = buildPlan(config, membersOf(config, [2]), clusterWith([record('es')], []));
    expect(steps.map((s) => `${s.step} ${s.target} ${s.do}`)).toEqual([
      'mint /s/one mint 32 random bytes, base64url, and mask them',
      'write /s/one write version 3 (SecureString, alias/aws/ssm, Standard), replacing version 2, the one consumers hold',
      'label /s/one move current -> 3, previous -> 2',
      'sync default/externalsecret/es force-sync and wait',
      'verify default/secret/es verify key token of Secret es',
      'confirm /s/one confirm the version written is the latest',
    ]);
  });

  test('the test step comes after the restarts and before the confirms, once for a set, undone by the restore and the restarts again', () => {
    const config = configOf({
      parameters: SET,
      'external-secrets': 'es',
      restart: 'deployment/api',
      'probe-url': 'https://api.example.com/whoami',
      'probe-header': 'X-Key: {value:b}',
    });
    const steps = buildPlan(config, membersOf(config, [1, 1, 1]), clusterWith([record('es')], [workload('api')]));
    expect(steps.map((s) => s.step).slice(-5)).toEqual(['restart', 'probe', 'confirm', 'confirm', 'confirm']);
    expect(steps.find((s) => s.step === 'probe')).toEqual({
      step: 'probe',
      target: 'https://api.example.com/whoami',
      parameter: '/s/b',
      do: 'GET with the new value in header X-Key until it answers 200-299, at most 1 min 0 s',
      undo: 'put the previous value back, restart the same workloads again and test it once',
    });
  });

  test('without restarts the test step follows the labels (SSM only) and its undo is the restore alone', () => {
    const config = configOf({ 'parameter-name': '/s/one', kubeconfig: '', 'probe-url': 'http://127.0.0.1:8080/health' });
    const steps = buildPlan(config, membersOf(config, [2]), undefined);
    expect(steps.map((s) => s.step)).toEqual(['mint', 'write', 'label', 'probe', 'confirm']);
    expect(steps[3]?.undo).toBe('put the previous value back and test it once');
  });

  test('version-labels false plans no label step', () => {
    const config = configOf({ 'parameter-name': '/s/one', 'version-labels': 'false', kubeconfig: '' });
    expect(buildPlan(config, membersOf(config, [2]), undefined).map((s) => s.step)).toEqual(['mint', 'write', 'confirm']);
  });

  test('a set that verifies an ExternalSecret with no data[] key of the set is refused at preflight', () => {
    const config = configOf({ parameters: SET, 'external-secrets': 'other', 'verify-secret-key': 'true' });
    let refused: unknown;
    try {
      buildPlan(config, membersOf(config, [1, 1, 1]), clusterWith([record('other', [])], []));
    } catch (error) {
      refused = error;
    }
    expect(refused).toEqual(
      new StepError(
        'preflight',
        'default/externalsecret/other',
        'verify-secret-key is set, but no spec.data[] entry of this ExternalSecret reads a parameter of the set, so there is no key to verify.',
        'Map the parameters with spec.data[].secretKey entries, or leave verify-secret-key empty.',
      ),
    );
  });
});

describe('printPlan: the dry run prints the plan', () => {
  test('the test step is listed as planned, not called', () => {
    const config = configOf({ 'parameter-name': '/s/one', kubeconfig: '', 'probe-url': 'http://127.0.0.1:8080/health', 'probe-timeout': '90s' });
    const lines: string[] = [];
    printPlan(config, buildPlan(config, membersOf(config, [2]), undefined), new Journal((line) => lines.push(line)));
    expect(lines).toContain(
      'PLAN http://127.0.0.1:8080/health dry run: would GET with the new value in header Authorization until it answers 200-299, at most 1 min 30 s; not called',
    );
  });

  test('one line per parameter with its labels, per ExternalSecret with its verifies, per workload, then the closing line', () => {
    const config = configOf({ parameters: '/s/a=a\n/s/b=b', 'external-secrets': 'ab', 'verify-secret-key': 'true', restart: 'deployment/api' });
    const cluster = clusterWith(
      [
        record('ab', [
          { parameter: '/s/a', secretKey: 'a' },
          { parameter: '/s/b', secretKey: 'b' },
        ]),
      ],
      [workload('api')],
    );
    const lines: string[] = [];
    printPlan(config, buildPlan(config, membersOf(config, [1, 7]), cluster), new Journal((line) => lines.push(line)));
    expect(lines).toEqual([
      'PLAN /s/a dry run: would write version 2 (SecureString, alias/aws/ssm, Standard), replacing version 1, the one consumers hold; would move current -> 2, previous -> 1',
      'PLAN /s/b dry run: would write version 8 (SecureString, alias/aws/ssm, Standard), replacing version 7, the one consumers hold; would move current -> 8, previous -> 7',
      'PLAN default/externalsecret/ab dry run: would force-sync and wait, then verify key a of Secret ab, verify key b of Secret ab',
      'PLAN default/deployment/api dry run: would restart and wait for the rollout',
      'PLAN the set of 2 parameters dry run: nothing was written',
    ]);
  });
});
