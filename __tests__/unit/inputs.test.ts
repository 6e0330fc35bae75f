import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../src/errors.ts';
import { parseDuration, readInputs } from '../../src/inputs.ts';

const KUBECONFIG =
  'apiVersion: v1\nclusters:\n- name: c\n  cluster: {server: "http://127.0.0.1:1"}\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\nusers:\n- name: u\n  user: {token: t}\ncurrent-context: x\n';

const reader =
  (inputs: Record<string, string>) =>
  (name: string): string =>
    inputs[name] ?? '';
const read = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = { AWS_REGION: 'us-east-1' }) =>
  readInputs(reader({ 'parameter-name': '/team/app/token', ...inputs }), env);

/** The InputError a call throws; fails the test when it throws nothing or something else. */
function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

describe('readInputs', () => {
  test('applies the defaults of action.yml when inputs are empty', () => {
    const config = read({});
    expect(config).toMatchObject({
      parameterName: '/team/app/token',
      region: 'us-east-1',
      kmsKeyId: undefined,
      tier: undefined,
      token: { bytes: 32, encoding: 'base64url', prefix: '' },
      versionLabels: true,
      externalSecrets: [],
      restart: [],
      syncTimeoutMs: 300_000,
      rolloutTimeoutMs: 600_000,
      rollbackOnFailure: true,
      dryRun: false,
    });
  });

  test('parses every input of a full gated configuration', () => {
    const config = read({
      'aws-region': 'eu-west-1',
      'kms-key-id': 'alias/deploy-tokens',
      tier: 'advanced',
      description: 'deploy token',
      tags: 'team=platform\n# comment\n\nowner = ops@example.com',
      'token-bytes': '48',
      'token-encoding': 'alphanumeric',
      'token-prefix': 'dpl_',
      'version-labels': 'False',
      'external-secrets': 'backend-token\nprod/api-token',
      'verify-secret-key': 'token',
      restart: 'deployment/api\nprod/sts/db\nops/DaemonSet/agent',
      namespace: 'staging',
      kubeconfig: Buffer.from(KUBECONFIG).toString('base64'),
      'kube-context': 'x',
      'sync-timeout': '1m30s',
      'rollout-timeout': '2h',
      'rollback-on-failure': 'false',
      'dry-run': 'TRUE',
    });
    expect(config).toEqual({
      parameterName: '/team/app/token',
      parameters: [{ name: '/team/app/token', key: '' }],
      setForm: false,
      region: 'eu-west-1',
      kmsKeyId: 'alias/deploy-tokens',
      tier: 'Advanced',
      description: 'deploy token',
      tags: [
        { key: 'team', value: 'platform' },
        { key: 'owner', value: 'ops@example.com' },
      ],
      token: { bytes: 48, encoding: 'alphanumeric', prefix: 'dpl_' },
      versionLabels: false,
      externalSecrets: [
        { namespace: 'staging', name: 'backend-token' },
        { namespace: 'prod', name: 'api-token' },
      ],
      verifySecretKey: 'token',
      restart: [
        { namespace: 'staging', kind: 'Deployment', name: 'api' },
        { namespace: 'prod', kind: 'StatefulSet', name: 'db' },
        { namespace: 'ops', kind: 'DaemonSet', name: 'agent' },
      ],
      kubeconfig: KUBECONFIG,
      kubeContext: 'x',
      syncTimeoutMs: 90_000,
      rolloutTimeoutMs: 7_200_000,
      rollbackOnFailure: false,
      dryRun: true,
    });
  });

  test('falls back to AWS_DEFAULT_REGION when aws-region and AWS_REGION are unset', () => {
    expect(read({}, { AWS_DEFAULT_REGION: 'ap-southeast-2' }).region).toBe('ap-southeast-2');
  });

  test('accepts key ids, key ARNs and alias ARNs for kms-key-id', () => {
    for (const key of [
      '1234abcd-12ab-34cd-56ef-1234567890ab',
      'mrk-1234abcd12ab34cd56ef1234567890ab',
      'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      'arn:aws:kms:us-east-1:123456789012:alias/deploy',
    ]) {
      expect(read({ 'kms-key-id': key }).kmsKeyId).toBe(key);
    }
  });
});

// [input, value, words the sentence must contain]; other inputs are valid.
const BAD_INPUTS: [string, string, string][] = [
  ['parameter-name', '', 'is required'],
  ['parameter-name', 'team/app/token', 'does not start with /'],
  ['parameter-name', '/team/app token', 'not a valid SSM parameter name'],
  ['parameter-name', '/team//token', 'empty path segment'],
  ['parameter-name', '/team/app/', 'empty path segment'],
  ['parameter-name', '/aws/reserved', 'reserved prefix'],
  ['parameter-name', 'ssm-token', 'reserved prefix'],
  ['parameter-name', `/${'a/'.repeat(15)}x`, 'at most 15'],
  ['parameter-name', `/${'x'.repeat(1011)}`, 'not a valid SSM parameter name'],
  ['parameter-name', '/team/app/tok$n', 'not a valid SSM parameter name'],
  ['aws-region', 'US-EAST-1', 'not an AWS region name'],
  ['aws-region', 'useast1', 'not an AWS region name'],
  ['kms-key-id', 'my-key', 'not a KMS key reference'],
  ['kms-key-id', 'arn:aws:s3:::bucket', 'not a KMS key reference'],
  ['tier', 'Premium', 'not an SSM tier'],
  ['description', 'x'.repeat(1025), 'at most 1024'],
  ['tags', 'team', 'without a key=value pair'],
  ['tags', '=value', 'without a key=value pair'],
  ['tags', 'aws:owner=me', 'reserved prefix'],
  ['tags', 'team=a\nteam=b', 'twice'],
  ['tags', 'team=a;b', 'SSM does not accept'],
  ['tags', Array.from({ length: 51 }, (_, i) => `k${i}=v`).join('\n'), 'at most 50'],
  ['token-bytes', '8', 'from 16 to 1024'],
  ['token-bytes', '2048', 'from 16 to 1024'],
  ['token-bytes', '32.5', 'from 16 to 1024'],
  ['token-bytes', 'lots', 'from 16 to 1024'],
  ['token-encoding', 'base64', 'base64url, hex or alphanumeric'],
  ['token-encoding', 'HEX', 'base64url, hex or alphanumeric'],
  ['token-prefix', 'dpl.', 'A-Z a-z 0-9 _ -'],
  ['token-prefix', 'x'.repeat(33), 'at most 32'],
  ['version-labels', 'yes', 'use true or false'],
  ['rollback-on-failure', '1', 'use true or false'],
  ['dry-run', 'maybe', 'use true or false'],
  ['namespace', 'Prod', 'not a Kubernetes namespace name'],
  ['namespace', 'a'.repeat(64), 'not a Kubernetes namespace name'],
  ['external-secrets', 'prod/app/extra', 'not an ExternalSecret reference'],
  ['external-secrets', 'Backend_Token', 'not an ExternalSecret reference'],
  ['external-secrets', 'app\ndefault/app', 'twice'],
  ['external-secrets', 'clusterexternalsecret/Shared', 'whose ClusterExternalSecret name is not a lowercase DNS name'],
  ['external-secrets', 'clusterexternalsecret/shared\nclusterexternalsecret/shared', 'names clusterexternalsecret/shared twice'],
  ['restart', 'api', 'not a workload reference'],
  ['restart', 'job/migrate', 'not a workload reference'],
  ['restart', 'prod/deployment/api/extra', 'not a workload reference'],
  ['restart', 'deployment/API', 'not a workload reference'],
  ['restart', 'deploy/api\ndeployment/api', 'twice'],
  ['sync-timeout', '5', 'not a duration'],
  ['sync-timeout', '5 minutes', 'not a duration'],
  ['sync-timeout', '500ms', 'out of range'],
  ['rollout-timeout', '7h', 'out of range'],
  ['rollout-timeout', '-1m', 'not a duration'],
  ['kube-context', 'my context', 'not a context name'],
];

describe('external-secrets entries', () => {
  test('clusterexternalsecret/<name> is a ClusterExternalSecret; the same name as an ExternalSecret is a separate entry', () => {
    const config = read({ 'external-secrets': 'clusterexternalsecret/shared\nshared\nprod/shared', kubeconfig: Buffer.from(KUBECONFIG).toString('base64') });
    expect(config.externalSecrets).toEqual([
      { namespace: '', name: 'shared', kind: 'ClusterExternalSecret' },
      { namespace: 'default', name: 'shared' },
      { namespace: 'prod', name: 'shared' },
    ]);
  });
});

describe('readInputs rejects bad input with one sentence naming the input', () => {
  test.each(BAD_INPUTS)('%s = %j', (input, value, words) => {
    const gate = input === 'namespace' || input === 'external-secrets' ? {} : { 'external-secrets': 'app' };
    const run = () => read({ ...(input.startsWith('kube') ? gate : {}), [input]: value });
    const { input: named, message } = inputErrorOf(run);
    expect(named).toBe(input);
    expect(message).toContain(`Input ${input}`);
    expect(message).toContain(words);
    // One sentence: ends with a period and has no line break.
    expect(message).toMatch(/\.$/);
    expect(message).not.toContain('\n');
  });

  test('a missing region names aws-region and the variables it falls back to', () => {
    expect(() => read({}, {})).toThrow('Input aws-region is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set');
  });

  test.each([
    [{ 'verify-secret-key': 'token' }, 'verify-secret-key', 'external-secrets is empty'],
    [{ kubeconfig: KUBECONFIG }, 'kubeconfig', 'nothing would use the cluster'],
    [{ 'kube-context': 'x' }, 'kube-context', 'nothing would use the cluster'],
    [{ 'external-secrets': 'app', kubeconfig: 'not: a kubeconfig' }, 'kubeconfig', 'neither kubeconfig YAML nor base64'],
    [{ 'external-secrets': 'app', kubeconfig: Buffer.from('hello').toString('base64') }, 'kubeconfig', 'neither kubeconfig YAML nor base64'],
    [{ 'external-secrets': 'app', 'verify-secret-key': 'to ken' }, 'verify-secret-key', 'not a Secret data key'],
  ])('conflicting or malformed combination %j', (inputs, input, words) => {
    const error = inputErrorOf(() => read(inputs));
    expect(error.message).toContain(words);
    expect(error.input).toBe(input);
  });
});

describe('parseDuration', () => {
  test.each([
    ['90s', 90_000],
    ['5m', 300_000],
    ['1m30s', 90_000],
    ['1h', 3_600_000],
    ['1500ms', 1500],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration('sync-timeout', text)).toBe(ms);
  });
});

// More bad input, by kind: [input, value, words the sentence must contain, other inputs the case needs].
const GATE = { 'external-secrets': 'app' };
const MORE_BAD_INPUTS: [string, string, string, Record<string, string>?][] = [
  // names
  ['parameter-name', '/team/app/tokén', 'not a valid SSM parameter name'],
  ['parameter-name', 'arn:aws:ssm:us-east-1:123456789012:parameter/team/token', 'not a valid SSM parameter name'],
  ['parameter-name', '/SSM/token', 'reserved prefix'],
  ['external-secrets', 'app.', 'not an ExternalSecret reference'],
  ['external-secrets', 'prod/', 'not an ExternalSecret reference'],
  ['restart', 'deployment/', 'not a workload reference'],
  ['restart', 'deployment/api_v2', 'not a workload reference'],
  ['verify-secret-key', 'token/v2', 'not a Secret data key', GATE],
  // lengths
  ['tags', `${'k'.repeat(129)}=v`, 'SSM does not accept'],
  ['tags', `k=${'v'.repeat(257)}`, 'SSM does not accept'],
  ['external-secrets', 'a'.repeat(254), 'not an ExternalSecret reference'],
  ['restart', `deployment/${'a'.repeat(254)}`, 'not a workload reference'],
  ['verify-secret-key', 'k'.repeat(254), 'at most 253', GATE],
  ['kube-context', 'c'.repeat(254), 'not a context name', GATE],
  ['token-bytes', '0', 'from 16 to 1024'],
  ['token-bytes', '100000', 'from 16 to 1024'],
  // encodings and number forms
  ['token-encoding', 'Base64url', 'base64url, hex or alphanumeric'],
  ['token-encoding', 'base32', 'base64url, hex or alphanumeric'],
  ['token-prefix', 'dpl_é', 'A-Z a-z 0-9 _ -'],
  ['token-prefix', 'dpl/', 'A-Z a-z 0-9 _ -'],
  ['token-bytes', '0x20', 'from 16 to 1024'],
  ['token-bytes', '1e2', 'from 16 to 1024'],
  ['token-bytes', '-32', 'from 16 to 1024'],
  ['tags', 'team=a<b', 'SSM does not accept'],
  // durations
  ['sync-timeout', '1.5m', 'not a duration'],
  ['sync-timeout', '1d', 'not a duration'],
  ['sync-timeout', '90S', 'not a duration'],
  ['sync-timeout', '6h1s', 'out of range'],
  ['sync-timeout', '999ms', 'out of range'],
  ['rollout-timeout', '0.5h', 'not a duration'],
  ['rollout-timeout', 'PT5M', 'not a duration'],
  // namespaces
  ['namespace', '-prod', 'not a Kubernetes namespace name'],
  ['namespace', 'prod_ns', 'not a Kubernetes namespace name'],
  ['namespace', 'prod.eu', 'not a Kubernetes namespace name'],
  ['external-secrets', 'Prod/app', 'not an ExternalSecret reference'],
  ['external-secrets', '-prod/app', 'not an ExternalSecret reference'],
  ['restart', 'prod_ns/deployment/api', 'not a workload reference'],
  // kinds
  ['restart', 'rs/api', 'not a workload reference'],
  ['restart', 'pod/api', 'not a workload reference'],
  ['restart', 'cronjob/nightly', 'not a workload reference'],
  ['restart', 'prod/api', 'not a workload reference'],
  // kubeconfig forms
  ['kubeconfig', '/home/runner/.kube/config', 'looks like a file path', GATE],
  ['kubeconfig', '~/.kube/config', 'looks like a file path', GATE],
  ['kubeconfig', 'users: []', 'neither kubeconfig YAML nor base64', GATE],
  ['kubeconfig', Buffer.from('{"kind":"Config"}').toString('base64'), 'neither kubeconfig YAML nor base64', GATE],
  ['kubeconfig', 'not base64 %%%', 'neither kubeconfig YAML nor base64', GATE],
];

describe('readInputs rejects bad names, lengths, encodings, durations, namespaces, kinds and kubeconfig forms', () => {
  test.each(MORE_BAD_INPUTS)('%s = %j', (input, value, words, extra = {}) => {
    let thrown: unknown;
    try {
      read({ ...extra, [input]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    const { message } = thrown as InputError;
    expect((thrown as InputError).input).toBe(input);
    expect(message).toContain(`Input ${input}`);
    expect(message).toContain(words);
    expect(message).toMatch(/\.$/);
    expect(message).not.toContain('\n');
    // A long value is shortened in the sentence, never printed whole.
    expect(message.length).toBeLessThan(500);
  });

  test('a kubeconfig value is never quoted in the sentence (it may hold credentials)', () => {
    const secretish = 'token: s3cr3t-value-that-must-not-be-printed';
    const error = inputErrorOf(() => read({ ...GATE, kubeconfig: secretish }));
    expect(error.input).toBe('kubeconfig');
    expect(error.message).not.toContain('s3cr3t');
  });
});

describe('conflicting combinations', () => {
  test.each([
    [{ restart: 'deployment/api', 'verify-secret-key': 'token' }, 'verify-secret-key', 'external-secrets is empty'],
    [{ 'kube-context': 'x', kubeconfig: KUBECONFIG }, 'kubeconfig', 'nothing would use the cluster'],
    [{ 'external-secrets': 'app\napp', restart: 'deployment/api' }, 'external-secrets', 'twice'],
    [{ 'external-secrets': 'default/app\napp' }, 'external-secrets', 'twice'],
    [{ restart: 'prod/deploy/api\nprod/Deployment/api' }, 'restart', 'twice'],
    [{ namespace: 'prod', restart: 'deployment/api\nprod/deployments/api' }, 'restart', 'twice'],
  ])('%j is refused naming %s', (inputs, input, words) => {
    let thrown: unknown;
    try {
      read(inputs);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as InputError).input).toBe(input);
    expect((thrown as InputError).message).toContain(words);
  });

  test('dry-run with rollback-on-failure false, and a namespace without a gate, are not conflicts', () => {
    expect(read({ 'dry-run': 'true', 'rollback-on-failure': 'false' })).toMatchObject({ dryRun: true, rollbackOnFailure: false });
    expect(read({ namespace: 'prod' }).externalSecrets).toEqual([]);
  });
});

describe('accepted forms', () => {
  test('kubeconfig as YAML, as JSON, and as base64 wrapped at 76 columns', () => {
    const json = JSON.stringify({
      apiVersion: 'v1',
      clusters: [{ name: 'c', cluster: { server: 'https://127.0.0.1:6443' } }],
      contexts: [{ name: 'x', context: { cluster: 'c', user: 'u' } }],
      users: [{ name: 'u', user: { token: 't' } }],
      'current-context': 'x',
    });
    expect(read({ ...GATE, kubeconfig: KUBECONFIG }).kubeconfig).toBe(KUBECONFIG.trim());
    expect(read({ ...GATE, kubeconfig: json }).kubeconfig).toBe(json);
    expect(read({ ...GATE, kubeconfig: Buffer.from(json).toString('base64') }).kubeconfig).toBe(json);
    const wrapped = Buffer.from(KUBECONFIG)
      .toString('base64')
      .replace(/(.{76})/g, '$1\n');
    expect(read({ ...GATE, kubeconfig: wrapped }).kubeconfig).toBe(KUBECONFIG);
  });

  test('kind aliases, plural and capitalised, and Windows line endings', () => {
    expect(read({ restart: 'Deployments/api\r\nstatefulsets/db\r\nds/agent\r\n' }).restart).toEqual([
      { namespace: 'default', kind: 'Deployment', name: 'api' },
      { namespace: 'default', kind: 'StatefulSet', name: 'db' },
      { namespace: 'default', kind: 'DaemonSet', name: 'agent' },
    ]);
  });

  test('Argo Rollouts: rollout, rollouts and ro, with or without a namespace', () => {
    expect(read({ restart: 'rollout/web\nprod/Rollouts/web\nstaging/ro/api' }).restart).toEqual([
      { namespace: 'default', kind: 'Rollout', name: 'web' },
      { namespace: 'prod', kind: 'Rollout', name: 'web' },
      { namespace: 'staging', kind: 'Rollout', name: 'api' },
    ]);
    expect(() => read({ restart: 'rollout/web\nrollout/web' })).toThrow(
      'Input restart names default/rollout/web twice: use one [namespace/]kind/name per line with kind deployment, statefulset, daemonset or rollout (Argo Rollouts), e.g. prod/deployment/api, each workload once.',
    );
    expect(() => read({ restart: 'argorollout/web' })).toThrow(
      'Input restart has the line "argorollout/web" that is not a workload reference: use one [namespace/]kind/name per line with kind deployment, statefulset, daemonset or rollout (Argo Rollouts), e.g. prod/deployment/api.',
    );
  });

  test('the edges of each range', () => {
    expect(read({ 'token-bytes': '16' }).token.bytes).toBe(16);
    expect(read({ 'token-bytes': '1024' }).token.bytes).toBe(1024);
    expect(read({ 'token-prefix': 'x'.repeat(32) }).token.prefix).toHaveLength(32);
    expect(read({ description: 'x'.repeat(1024) }).description).toHaveLength(1024);
    expect(read({ 'sync-timeout': '1s', 'rollout-timeout': '6h' })).toMatchObject({ syncTimeoutMs: 1000, rolloutTimeoutMs: 21_600_000 });
    expect(read({ 'sync-timeout': ' 5m ' }).syncTimeoutMs).toBe(300_000);
    expect(read({ namespace: 'a'.repeat(63), 'external-secrets': 'app' }).externalSecrets[0]?.namespace).toHaveLength(63);
    expect(read({ 'parameter-name': `/${Array.from({ length: 15 }, (_, i) => `l${i}`).join('/')}` }).parameterName).toMatch(/l14$/);
  });

  test('Unicode letters in tags, GovCloud and China regions, a name without a path', () => {
    expect(read({ tags: 'équipe=plateforme' }).tags).toEqual([{ key: 'équipe', value: 'plateforme' }]);
    expect(read({ 'aws-region': 'us-gov-west-1' }).region).toBe('us-gov-west-1');
    expect(read({ 'aws-region': 'cn-north-1' }).region).toBe('cn-north-1');
    expect(read({ 'parameter-name': 'deploy-token' }).parameterName).toBe('deploy-token');
  });
});
