import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../src/errors.ts';
import { readInputs, usesCluster } from '../../src/inputs.ts';

// Edges of each accepted form, one case per rule, each with the exact sentence.
const reader =
  (inputs: Record<string, string>) =>
  (name: string): string =>
    inputs[name] ?? '';
const read = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = { AWS_REGION: 'us-east-1' }) =>
  readInputs(reader({ 'parameter-name': '/team/app/token', ...inputs }), env);

/** The input named and the sentence of the InputError that reading these inputs throws. */
function refusal(inputs: Record<string, string>, env?: NodeJS.ProcessEnv): { input: string; message: string } {
  try {
    read(inputs, env);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { input: error.input, message: error.message };
  }
  throw new Error(`expected ${JSON.stringify(inputs)} to be refused`);
}

const ES_FORM = 'one [namespace/]name or clusterexternalsecret/name per line, e.g. prod/backend-token, with lowercase DNS names';
const RESTART_FORM = 'one [namespace/]kind/name per line with kind deployment, statefulset, daemonset or rollout (Argo Rollouts), e.g. prod/deployment/api';

describe('external-secrets: one entry per ExternalSecret', () => {
  test('two ExternalSecrets in one namespace are both kept', () => {
    expect(read({ 'external-secrets': 'app-token\nworker-token', namespace: 'prod' }).externalSecrets).toEqual([
      { namespace: 'prod', name: 'app-token' },
      { namespace: 'prod', name: 'worker-token' },
    ]);
  });

  test('one name in two namespaces is two ExternalSecrets', () => {
    expect(read({ 'external-secrets': 'prod/token\nstaging/token' }).externalSecrets).toEqual([
      { namespace: 'prod', name: 'token' },
      { namespace: 'staging', name: 'token' },
    ]);
  });

  test('the same ExternalSecret twice, once through the default namespace, is refused', () => {
    expect(refusal({ 'external-secrets': 'token\nprod/token', namespace: 'prod' })).toEqual({
      input: 'external-secrets',
      message: `Input external-secrets names prod/token twice: use ${ES_FORM}, each ExternalSecret once.`,
    });
  });

  test('three parts is not a reference', () => {
    expect(refusal({ 'external-secrets': 'a/b/c' })).toEqual({
      input: 'external-secrets',
      message: `Input external-secrets has the line "a/b/c" that is not an ExternalSecret reference: use ${ES_FORM}.`,
    });
  });

  test.each(['prod/Token', 'prod/-token', 'prod/token-', 'prod/a..b', 'prod/a.-b', 'prod/a.b-', 'Prod/token', '/token', 'prod/'])('%p is refused', (line) => {
    expect(refusal({ 'external-secrets': line }).message).toBe(
      `Input external-secrets has the line ${JSON.stringify(line)} that is not an ExternalSecret reference: use ${ES_FORM}.`,
    );
  });

  test.each(['a', 'a.b', 'a-b.c-d', 'a1.b2.c3', 'x'.repeat(253)])('%p is a name', (name) => {
    expect(read({ 'external-secrets': `prod/${name}` }).externalSecrets).toEqual([{ namespace: 'prod', name }]);
  });

  test('a name of 254 characters is refused, and quoted cut to 80 characters', () => {
    const line = `prod/${'x'.repeat(254)}`;
    expect(refusal({ 'external-secrets': line }).message).toBe(
      `Input external-secrets has the line "${line.slice(0, 77)}..." that is not an ExternalSecret reference: use ${ES_FORM}.`,
    );
  });

  test.each(['a', 'a1', 'a-b', 'x'.repeat(63)])('namespace %p is a DNS label', (ns) => {
    expect(read({ 'external-secrets': `${ns}/token` }).externalSecrets).toEqual([{ namespace: ns, name: 'token' }]);
  });

  test('a namespace of 64 characters is not a DNS label', () => {
    expect(refusal({ 'external-secrets': `${'x'.repeat(64)}/token` }).input).toBe('external-secrets');
  });
});

describe('restart: one entry per workload', () => {
  test('two kinds with one name are two workloads', () => {
    expect(read({ restart: 'deployment/api\nstatefulset/api\ndaemonset/api' }).restart).toEqual([
      { namespace: 'default', kind: 'Deployment', name: 'api' },
      { namespace: 'default', kind: 'StatefulSet', name: 'api' },
      { namespace: 'default', kind: 'DaemonSet', name: 'api' },
    ]);
  });

  test('two names of one kind in one namespace are two workloads', () => {
    expect(read({ restart: 'prod/deployment/api\nprod/deployment/web\nstaging/deployment/api' }).restart).toEqual([
      { namespace: 'prod', kind: 'Deployment', name: 'api' },
      { namespace: 'prod', kind: 'Deployment', name: 'web' },
      { namespace: 'staging', kind: 'Deployment', name: 'api' },
    ]);
  });

  test('the same workload under two spellings of its kind is refused', () => {
    expect(refusal({ restart: 'prod/deploy/api\nprod/Deployments/api' })).toEqual({
      input: 'restart',
      message: `Input restart names prod/Deployments/api twice: use ${RESTART_FORM}, each workload once.`,
    });
  });

  test.each(['api', 'prod/deployment/api/x', 'job/api', 'prod/deployment/Api', 'Prod/deployment/api', 'deployment/', 'prod/deployment/'])(
    '%p is not a workload reference',
    (line) => {
      expect(refusal({ restart: line })).toEqual({
        input: 'restart',
        message: `Input restart has the line ${JSON.stringify(line)} that is not a workload reference: use ${RESTART_FORM}.`,
      });
    },
  );
});

describe('parameter-name', () => {
  const FORM = 'letters, digits and _ . - / only, at most 1011 characters, starting with / when it has a path, e.g. /team/app/deploy-token';

  test('is trimmed, and 1011 characters are allowed', () => {
    expect(read({ 'parameter-name': '  /a/b  ' }).parameterName).toBe('/a/b');
    expect(read({ 'parameter-name': `/${'a'.repeat(1010)}` }).parameterName).toHaveLength(1011);
  });

  test('1012 characters are not', () => {
    const name = `/${'a'.repeat(1011)}`;
    expect(refusal({ 'parameter-name': name }).message).toBe(`Input parameter-name "${name.slice(0, 77)}..." is not a valid SSM parameter name: use ${FORM}.`);
  });

  test('a reserved prefix counts only at the start of the first segment', () => {
    expect(read({ 'parameter-name': '/team/aws-token' }).parameterName).toBe('/team/aws-token');
    expect(read({ 'parameter-name': '/myssm/token' }).parameterName).toBe('/myssm/token');
    expect(refusal({ 'parameter-name': '/SSM-x/token' }).message).toBe(
      `Input parameter-name "/SSM-x/token" starts with a reserved prefix (aws or ssm): use ${FORM}.`,
    );
  });
});

describe('aws-region', () => {
  test('is trimmed, and falls back to AWS_REGION, then AWS_DEFAULT_REGION, each trimmed', () => {
    expect(read({ 'aws-region': ' eu-west-1 ' }).region).toBe('eu-west-1');
    expect(read({}, { AWS_REGION: ' eu-west-2 ', AWS_DEFAULT_REGION: 'eu-west-3' }).region).toBe('eu-west-2');
    expect(read({}, { AWS_REGION: ' ', AWS_DEFAULT_REGION: ' eu-west-3 ' }).region).toBe('eu-west-3');
  });

  test('an empty region names both variables', () => {
    expect(refusal({}, { AWS_REGION: ' ' })).toEqual({
      input: 'aws-region',
      message: 'Input aws-region is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set: give a region such as us-east-1.',
    });
  });

  test.each(['xus-east-1', 'us-east-1x', 'us-east-123', '1us-east-1', 'us-east-'])('%p is not a region', (region) => {
    expect(refusal({ 'aws-region': region }).message).toBe(
      `Input aws-region ${JSON.stringify(region)} is not an AWS region name: use a form like us-east-1 or eu-central-2.`,
    );
  });

  test('a two-digit region number is a region', () => {
    expect(read({ 'aws-region': 'ap-southeast-10' }).region).toBe('ap-southeast-10');
  });
});

describe('kms-key-id', () => {
  const ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
  const sentence = (key: string) =>
    `Input kms-key-id ${JSON.stringify(key)} is not a KMS key reference: use a key id (1234abcd-12ab-34cd-56ef-1234567890ab), a key ARN, an alias (alias/my-key) or an alias ARN.`;

  test('each form is kept as given, trimmed', () => {
    expect(read({ 'kms-key-id': ` ${ID} ` }).kmsKeyId).toBe(ID);
    expect(read({ 'kms-key-id': `mrk-${'a'.repeat(32)}` }).kmsKeyId).toBe(`mrk-${'a'.repeat(32)}`);
    expect(read({ 'kms-key-id': 'arn:aws-us-gov:kms:us-gov-west-1:123456789012:alias/k' }).kmsKeyId).toBe(
      'arn:aws-us-gov:kms:us-gov-west-1:123456789012:alias/k',
    );
  });

  test.each([
    `x${ID}`,
    `${ID}x`,
    `xmrk-${'a'.repeat(32)}`,
    `mrk-${'a'.repeat(32)}x`,
    'xalias/key',
    'alias/key!',
    `x:arn:aws:kms:us-east-1:123456789012:key/${ID}`,
    `arn:aws:kms:us-east-1:123456789012:key/${ID} x`,
    `arn:aws1:kms:us-east-1:123456789012:key/${ID}`,
  ])('%p is refused', (key) => {
    expect(refusal({ 'kms-key-id': key })).toEqual({ input: 'kms-key-id', message: sentence(key) });
  });
});

describe('tier, description, tags, token inputs and booleans are trimmed', () => {
  test('each value with spaces around it', () => {
    const config = read({
      tier: ' advanced ',
      description: '  deploy token  ',
      tags: '  team = platform  ',
      'token-bytes': ' 16 ',
      'token-encoding': ' hex ',
      'token-prefix': ' dpl_ ',
      'version-labels': ' false ',
      'dry-run': ' TRUE ',
    });
    expect(config).toMatchObject({
      tier: 'Advanced',
      description: 'deploy token',
      tags: [{ key: 'team', value: 'platform' }],
      token: { bytes: 16, encoding: 'hex', prefix: 'dpl_' },
      versionLabels: false,
      dryRun: true,
    });
  });

  test('a blank description is no description', () => {
    expect(read({ description: '   ' }).description).toBeUndefined();
  });

  test('a tier is quoted trimmed in its sentence', () => {
    expect(refusal({ tier: ' premium ' }).message).toBe(
      `Input tier "premium" is not an SSM tier: use Standard, Advanced or Intelligent-Tiering, or leave it empty to keep the parameter's tier.`,
    );
  });

  test('an encoding is quoted trimmed in its sentence', () => {
    expect(refusal({ 'token-encoding': ' base32 ' }).message).toBe('Input token-encoding "base32" is not supported: use base64url, hex or alphanumeric.');
  });

  test.each(['true', 'True', 'TRUE'])('%p is true', (text) => {
    expect(read({ 'dry-run': text }).dryRun).toBe(true);
  });

  test.each(['false', 'False', 'FALSE'])('%p is false', (text) => {
    expect(read({ 'version-labels': text }).versionLabels).toBe(false);
  });

  test.each(['', 'yes', 'tRUE'])('%p (after the default) is not a boolean unless empty', (text) => {
    const run = () => read({ 'rollback-on-failure': text === '' ? ' ' : text });
    expect(run).toThrow(new Error(`Input rollback-on-failure ${JSON.stringify(text)} is not a boolean: use true or false.`));
  });
});

describe('tags', () => {
  const FORM = 'one key=value per line, keys of 1-128 and values of at most 256 letters, digits, spaces and _ . : / = + - @';

  test('keys of 128 and values of 256 characters, and 50 tags, are accepted', () => {
    const tags = Array.from({ length: 50 }, (_, i) => `k${i}=v`).join('\n');
    expect(read({ tags }).tags).toHaveLength(50);
    expect(read({ tags: `${'k'.repeat(128)}=${'v'.repeat(256)}` }).tags).toEqual([{ key: 'k'.repeat(128), value: 'v'.repeat(256) }]);
  });

  test('51 tags are refused', () => {
    const tags = Array.from({ length: 51 }, (_, i) => `k${i}=v`).join('\n');
    expect(refusal({ tags }).message).toBe(`Input tags has 51 tags: SSM allows at most 50 (${FORM}).`);
  });

  test('a key of 129 or a value of 257 characters is refused', () => {
    expect(refusal({ tags: `${'k'.repeat(129)}=v` }).message).toContain('with a key or value SSM does not accept');
    expect(refusal({ tags: `k=${'v'.repeat(257)}` }).message).toContain('with a key or value SSM does not accept');
  });

  test('aws: is reserved only as a prefix', () => {
    expect(read({ tags: 'team-aws:x=1' }).tags).toEqual([{ key: 'team-aws:x', value: '1' }]);
    expect(refusal({ tags: 'AWS:x=1' }).message).toBe(`Input tags has the key "AWS:x" with the reserved prefix aws: : use ${FORM}.`);
  });
});

describe('verify-secret-key and kube-context lengths', () => {
  test('253 characters are allowed, 254 are not', () => {
    expect(read({ 'external-secrets': 'token', 'verify-secret-key': ` ${'k'.repeat(253)} ` }).verifySecretKey).toBe('k'.repeat(253));
    expect(refusal({ 'external-secrets': 'token', 'verify-secret-key': 'k'.repeat(254) }).input).toBe('verify-secret-key');
    expect(read({ 'external-secrets': 'token', 'kube-context': ` ${'c'.repeat(253)} ` }).kubeContext).toBe('c'.repeat(253));
    expect(refusal({ 'external-secrets': 'token', 'kube-context': 'c'.repeat(254) }).input).toBe('kube-context');
  });
});

describe('kubeconfig forms', () => {
  const YAML = 'apiVersion: v1\nclusters:\n- name: c\ncontexts:\n- name: x\nusers:\n- name: u\n';
  const NOT_KUBECONFIG =
    'Input kubeconfig is neither kubeconfig YAML nor base64 of it: give the file with its clusters, contexts and users (e.g. the output of kubectl config view --raw --minify), as text or base64.';
  const PATH =
    "Input kubeconfig looks like a file path, but it takes the kubeconfig itself: pass the file's YAML or base64 of it, or leave it empty and set the KUBECONFIG environment variable to the path.";
  const gate = { 'external-secrets': 'token' };

  test('YAML with users but no contexts, and indented keys, is a kubeconfig', () => {
    const yaml = 'clusters:\n- name: c\nusers:\n- name: u\n';
    expect(read({ ...gate, kubeconfig: yaml }).kubeconfig).toBe(yaml.trim());
  });

  test('keys must start their line: "myclusters:" is not clusters', () => {
    expect(refusal({ ...gate, kubeconfig: 'myclusters: []\nmycontexts: []' }).message).toBe(NOT_KUBECONFIG);
    expect(refusal({ ...gate, kubeconfig: 'clusters: []\nxusers: []' }).message).toBe(NOT_KUBECONFIG);
    expect(refusal({ ...gate, kubeconfig: 'x clusters: []\nusers: []' }).message).toBe(NOT_KUBECONFIG);
    expect(refusal({ ...gate, kubeconfig: 'clusters x: []\nusers: []' }).message).toBe(NOT_KUBECONFIG);
    expect(refusal({ ...gate, kubeconfig: 'clusters: []\nusers x: []' }).message).toBe(NOT_KUBECONFIG);
  });

  test('JSON is read by its keys, however it is spaced', () => {
    const json = '{ "clusters" : [], "users": [] }';
    expect(read({ ...gate, kubeconfig: json }).kubeconfig).toBe(json);
    expect(refusal({ ...gate, kubeconfig: 'x{ "clusters": [], "users": [] }' }).message).toBe(NOT_KUBECONFIG);
  });

  test('base64 with line breaks and spaces decodes; base64 of something else does not count', () => {
    const wrapped = Buffer.from(YAML)
      .toString('base64')
      .replace(/(.{10})/g, '$1\n  ');
    expect(read({ ...gate, kubeconfig: wrapped }).kubeconfig).toBe(YAML);
    expect(refusal({ ...gate, kubeconfig: Buffer.from('hello: world').toString('base64') }).message).toBe(NOT_KUBECONFIG);
  });

  test('text around base64 makes it neither base64 nor YAML', () => {
    const b64 = Buffer.from(YAML).toString('base64');
    expect(refusal({ ...gate, kubeconfig: `!${b64}` }).message).toBe(NOT_KUBECONFIG);
    expect(refusal({ ...gate, kubeconfig: `${b64}!` }).message).toBe(NOT_KUBECONFIG);
  });

  test.each(['~/.kube/config', './kubeconfig', '../k8s/config', '/etc/kube_config'])('%p is a path', (path) => {
    expect(refusal({ ...gate, kubeconfig: path })).toEqual({ input: 'kubeconfig', message: PATH });
  });

  test.each(['/', 'kube.config', 'x/~/config', '/etc/kube config', '.../config', '/etc/config'])('%p is not taken for a path', (text) => {
    expect(refusal({ ...gate, kubeconfig: text })).toEqual({ input: 'kubeconfig', message: NOT_KUBECONFIG });
  });
});

describe('durations', () => {
  test('a duration with text after it is refused', () => {
    expect(refusal({ 'sync-timeout': '5m later' }).message).toBe(
      'Input sync-timeout "5m later" is not a duration: use a duration from 1s to 6h such as 90s, 5m or 1m30s.',
    );
  });
});

describe('usesCluster', () => {
  test('is true with ExternalSecrets or restarts, false with neither', () => {
    expect(usesCluster(read({ 'external-secrets': 'token' }))).toBe(true);
    expect(usesCluster(read({ restart: 'deployment/api' }))).toBe(true);
    expect(usesCluster(read({}))).toBe(false);
  });
});
