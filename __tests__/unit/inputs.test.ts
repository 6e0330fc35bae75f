import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../src/errors.ts';
import { parseDuration, readInputs } from '../../src/inputs.ts';

const KUBECONFIG = 'apiVersion: v1\nclusters:\n- name: c\n  cluster: {server: "http://127.0.0.1:1"}\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\nusers:\n- name: u\n  user: {token: t}\ncurrent-context: x\n';

const reader = (inputs: Record<string, string>) => (name: string): string => inputs[name] ?? '';
const read = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = { AWS_REGION: 'us-east-1' }) =>
  readInputs(reader({ 'parameter-name': '/team/app/token', ...inputs }), env);

describe('readInputs', () => {
  test('applies the defaults of action.yml when inputs are empty', () => {
    const config = read({});
    expect(config).toMatchObject({
      parameterName: '/team/app/token',
      region: 'us-east-1',
      kmsKeyId: undefined,
      tier: 'Standard',
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
const BAD_INPUTS: Array<[string, string, string]> = [
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

describe('readInputs rejects bad input with one sentence naming the input', () => {
  test.each(BAD_INPUTS)('%s = %j', (input, value, words) => {
    const gate = input === 'namespace' || input === 'external-secrets' ? {} : { 'external-secrets': 'app' };
    const run = () => read({ ...(input.startsWith('kube') ? gate : {}), [input]: value });
    expect(run).toThrow(InputError);
    try {
      run();
    } catch (error) {
      const message = (error as InputError).message;
      expect((error as InputError).input).toBe(input);
      expect(message).toContain(`Input ${input}`);
      expect(message).toContain(words);
      // One sentence: ends with a period and has no line break.
      expect(message).toMatch(/\.$/);
      expect(message).not.toContain('\n');
    }
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
    expect(() => read(inputs)).toThrow(words);
    try {
      read(inputs);
    } catch (error) {
      expect((error as InputError).input).toBe(input);
    }
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
