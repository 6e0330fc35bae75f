import { describe, expect, test } from '@jest/globals';
import * as esoRules from '../../src/kube/eso-rules.ts';
import * as targetRules from '../../src/kube/eso-target-rules.ts';
import * as cesRules from '../../src/kube/ces-rules.ts';

const rules = { ...esoRules, ...targetRules };
import type { ExternalSecretObject } from '../../src/kube/eso-rules.ts';

const NAME = '/app/deploy-token';

describe('wholeNanoseconds (metav1.Duration truncates below 1 ns)', () => {
  test.each([
    [0, 0],
    [1e-6, 1],
    [0.5e-6, 0],
    [1.9e-6, 1],
    [-1e-6, -1],
    [-0.5e-6, 0],
    [1000, 1e9],
  ])('%p ms is %p ns', (ms, ns) => {
    expect(rules.wholeNanoseconds(ms)).toBe(ns);
  });
});

describe('refreshBlocker', () => {
  const SYNCED = { syncedResourceVersion: '1-abc', refreshTime: '2025-01-01T00:00:00Z' };
  const blocked = (es: ExternalSecretObject, ms: number | undefined): string | undefined => rules.refreshBlocker({ ...es, status: SYNCED }, ms)?.reason;

  test('CreatedOnce is refused whatever the interval', () => {
    expect(blocked({ spec: { refreshPolicy: 'CreatedOnce' } }, 3_600_000)).toMatch(/refreshPolicy is CreatedOnce/);
    expect(rules.refreshBlocker({ spec: { refreshPolicy: 'CreatedOnce' }, status: SYNCED }, undefined)?.next).toMatch(/refreshPolicy: OnChange/);
  });

  test.each([
    ['0s', 0],
    ['-1h', -3_600_000],
    ['-1ns', -1e-6],
    ['0.5ns', 0.5e-6],
  ])('Periodic with refreshInterval %p is refused (<= 0 after truncation)', (text, ms) => {
    expect(blocked({ spec: { refreshInterval: text } }, ms)).toBe(
      `its refreshInterval is ${JSON.stringify(text)} with the Periodic refresh policy, and External Secrets Operator treats an interval of 0 or less as "never refresh", so it ignores the force-sync annotation.`,
    );
    expect(blocked({ spec: { refreshPolicy: 'Periodic', refreshInterval: text } }, ms)).toMatch(/never refresh/);
  });

  test.each([
    [{ spec: { refreshInterval: '1ns' } }, 1e-6],
    [{ spec: { refreshInterval: '1h' } }, 3_600_000],
    [{ spec: {} }, undefined],
    [{ spec: { refreshPolicy: 'OnChange', refreshInterval: '0s' } }, 0],
    [{ spec: { refreshPolicy: 'OnChange', refreshInterval: '-1h' } }, -3_600_000],
  ])('%j lets a forced sync happen', (es, ms) => {
    expect(rules.refreshBlocker(es as ExternalSecretObject, ms)).toBeUndefined();
  });

  test('an immutable target and creationPolicy None are refused; immutable false and other policies are not', () => {
    expect(blocked({ spec: { target: { immutable: true } } }, 1000)).toMatch(/spec.target.immutable: true/);
    expect(blocked({ spec: { target: { immutable: false } } }, 1000)).toBeUndefined();
    expect(blocked({ spec: { target: { creationPolicy: 'None' } } }, 1000)).toMatch(/creationPolicy is None/);
    for (const policy of ['Owner', 'Orphan', 'Merge', 'CreateOrMerge']) expect(blocked({ spec: { target: { creationPolicy: policy } } }, 1000)).toBeUndefined();
  });
});

describe('parameterReads', () => {
  const es = (spec: NonNullable<ExternalSecretObject['spec']>): ExternalSecretObject => ({ spec });

  test.each([
    ['remoteRef.key names it', { data: [{ remoteRef: { key: NAME } }] }, '', [{ where: 'spec.data[0].remoteRef', selector: undefined }]],
    ['remoteRef.version selects', { data: [{ remoteRef: { key: NAME, version: '3' } }] }, '', [{ where: 'spec.data[0].remoteRef', selector: '3' }]],
    ['a :label suffix selects', { data: [{ remoteRef: { key: `${NAME}:current` } }] }, '', [{ where: 'spec.data[0].remoteRef', selector: 'current' }]],
    ['the store prefix is prepended', { data: [{ remoteRef: { key: 'deploy-token' } }] }, '/app/', [{ where: 'spec.data[0].remoteRef', selector: undefined }]],
    ['another key does not count', { data: [{ remoteRef: { key: '/app/other' } }] }, '', []],
    ['a longer name does not count', { data: [{ remoteRef: { key: `${NAME}-2` } }] }, '', []],
    ['dataFrom extract', { dataFrom: [{ extract: { key: NAME } }] }, '', [{ where: 'spec.dataFrom[0].extract', selector: undefined }]],
    [
      'dataFrom find by name under a path',
      { dataFrom: [{ find: { path: '/app', name: { regexp: 'deploy' } } }] },
      '',
      [{ where: 'spec.dataFrom[0].find', selector: undefined }],
    ],
    [
      'dataFrom find by name, default path /',
      { dataFrom: [{ find: { name: { regexp: '^/app/deploy-token$' } } }] },
      '',
      [{ where: 'spec.dataFrom[0].find', selector: undefined }],
    ],
    ['dataFrom find under another path', { dataFrom: [{ find: { path: '/ap', name: { regexp: '.*' } } }] }, '', []],
    ['dataFrom find whose regexp misses', { dataFrom: [{ find: { name: { regexp: 'other' } } }] }, '', []],
    ['dataFrom find by tags only', { dataFrom: [{ find: { tags: { team: 'a' } } }] }, '', []],
    ['a broken regexp does not count', { dataFrom: [{ find: { name: { regexp: '(' } } }] }, '', []],
    [
      'entries are numbered',
      { data: [{ remoteRef: { key: '/x' } }, { remoteRef: { key: NAME } }] },
      '',
      [{ where: 'spec.data[1].remoteRef', selector: undefined }],
    ],
  ])('%s', (_name, spec, prefix, expected) => {
    expect(rules.parameterReads(es(spec as NonNullable<ExternalSecretObject['spec']>), NAME, prefix)).toEqual(expected);
  });

  test.each([
    ['/', '/a', true],
    ['/', 'a', false],
    ['/app', '/app/x', true],
    ['/app/', '/app/x', true],
    ['/app', '/apple/x', false],
    [undefined, '/x', true],
  ])('path %p covers %p: %p', (path, name, covers) => {
    expect(rules.pathCovers(path, name)).toBe(covers);
  });
});

describe('readBlocker', () => {
  const read = (selector: string | undefined) => ({ where: 'spec.data[0].remoteRef', selector });

  test.each([
    [[read(undefined)], true, undefined],
    [[read(undefined)], false, undefined],
    [[read('current')], true, undefined],
    [[read('previous'), read('current')], true, undefined],
  ])('%j with version-labels %p delivers the new token', (reads, labels, expected) => {
    expect(rules.readBlocker(reads, NAME, labels, '')).toBe(expected);
  });

  test('no read: the sentence names the parameter and the prefix', () => {
    expect(rules.readBlocker([], NAME, true, '')?.reason).toBe(
      `none of its spec.data[].remoteRef.key or spec.dataFrom entries reads ${NAME}, so a sync would not deliver the new token.`,
    );
    expect(rules.readBlocker([], NAME, true, '/app/')?.reason).toContain('(with its store\'s prefix "/app/")');
  });

  test.each(['current', 'previous'])('reading :%s with version-labels false is refused', (label) => {
    const blocker = rules.readBlocker([read(label)], NAME, false, '');
    expect(blocker?.reason).toBe(
      `its spec.data[0].remoteRef reads ${NAME}:${label}, and with version-labels: false this run does not move that label, so ESO would sync a stale value and report success.`,
    );
    expect(blocker?.next).toMatch(/version-labels: true/);
  });

  test.each([
    ['previous', true],
    ['7', true],
    ['7', false],
    ['blue', true],
  ])('reading only :%s (labels %p) never holds the new token', (selector, labels) => {
    expect(rules.readBlocker([read(selector)], NAME, labels, '')?.reason).toBe(
      `its spec.data[0].remoteRef reads ${NAME} at ${JSON.stringify(selector)}, which never holds the new token.`,
    );
  });
});

describe('storeVerdict', () => {
  test.each([
    [{ spec: { provider: { aws: { service: 'ParameterStore', region: 'us-east-1' } } } }, { prefix: '' }],
    [{ spec: { provider: { aws: { service: 'ParameterStore', region: 'us-east-1', prefix: '/p/' } } } }, { prefix: '/p/' }],
  ])('%j is accepted with its prefix', (store, expected) => {
    expect(rules.storeVerdict(store, 'SecretStore default/aws', 'us-east-1')).toEqual(expected);
  });

  test.each([
    [{ spec: { provider: { vault: {} } } }, 'is not an AWS store (provider: vault)'],
    [{ spec: {} }, 'is not an AWS store (provider: none)'],
    [{ spec: { provider: { aws: { service: 'SecretsManager', region: 'us-east-1' } } } }, 'uses the AWS service SecretsManager, not ParameterStore'],
    [{ spec: { provider: { aws: { region: 'us-east-1' } } } }, 'uses the AWS service (none), not ParameterStore'],
    [
      { spec: { provider: { aws: { service: 'ParameterStore', region: 'eu-west-1' } } } },
      'reads Parameter Store in region eu-west-1, but this run writes the parameter in us-east-1',
    ],
    [{ spec: { provider: { aws: { service: 'ParameterStore' } } } }, 'reads Parameter Store in region (none)'],
  ])('%j is refused', (store, words) => {
    const verdict = rules.storeVerdict(store, 'SecretStore default/aws', 'us-east-1');
    expect('blocker' in verdict ? verdict.blocker.reason : '').toContain(words);
    expect('blocker' in verdict ? verdict.blocker.reason : '').toContain('SecretStore default/aws');
  });
});

describe('verifyBlocker (ApplyTemplate)', () => {
  const target = (t: NonNullable<NonNullable<ExternalSecretObject['spec']>['target']>): ExternalSecretObject => ({ spec: { target: t } });

  test.each([
    ['no template', {}],
    ['an empty template (raw data kept)', { template: {} }],
    ['an empty template with Replace', { template: { mergePolicy: 'Replace' } }],
    ['Merge with a template for another key', { template: { mergePolicy: 'Merge', data: { url: 'x' } } }],
  ])('%s: the raw token can be verified', (_name, t) => {
    expect(rules.verifyBlocker(target(t), 'token')).toBeUndefined();
  });

  test.each([
    ['a template producing the key', { template: { data: { token: 'Bearer {{ .token }}' } } }, 'produces the key "token"'],
    ['Merge with a template producing the key', { template: { mergePolicy: 'Merge', data: { token: 'x' } } }, 'produces the key "token"'],
    ['templateFrom', { template: { mergePolicy: 'Merge', templateFrom: [{}] } }, 'may produce (templateFrom) the key "token"'],
    ['Replace (default) with a template for another key', { template: { data: { url: 'x' } } }, 'uses mergePolicy Replace, which drops the provider data'],
    ['explicit Replace', { template: { mergePolicy: 'Replace', data: { url: 'x' } } }, 'uses mergePolicy Replace'],
    ['a generic target', { manifest: { apiVersion: 'v1', kind: 'ConfigMap' } }, 'writes a ConfigMap (spec.target.manifest), not a Secret'],
  ])('%s is refused', (_name, t, words) => {
    expect(rules.verifyBlocker(target(t), 'token')?.reason).toContain(words);
  });
});

describe('targetSecretBlocker', () => {
  const es = (creationPolicy: string): ExternalSecretObject => ({ spec: { target: { creationPolicy } } });
  const ownedBy = (kind: string, name: string, controller = true, apiVersion = 'external-secrets.io/v1') => ({
    ownerReferences: [{ kind, name, controller, apiVersion }],
  });

  test('Merge without the Secret is refused (SecretMissing); Merge with it, and Owner without it, are not', () => {
    expect(rules.targetSecretBlocker(es('Merge'), 'app', 'app-token', undefined)?.reason).toBe(
      'its spec.target.creationPolicy is Merge and Secret app-token does not exist, so External Secrets Operator writes nothing (Ready=True, SecretMissing).',
    );
    expect(rules.targetSecretBlocker(es('Merge'), 'app', 'app-token', {})).toBeUndefined();
    expect(rules.targetSecretBlocker(es('Owner'), 'app', 'app-token', undefined)).toBeUndefined();
  });

  test.each([
    [ownedBy('ExternalSecret', 'other'), true],
    [ownedBy('ExternalSecret', 'app'), false],
    [ownedBy('ExternalSecret', 'other', false), false],
    [ownedBy('Deployment', 'other'), false],
    [ownedBy('ExternalSecret', 'other', true, 'example.com/v1'), false],
  ])('owner %j refused: %p', (metadata, refused) => {
    const blocker = rules.targetSecretBlocker(es('Owner'), 'app', 'app-token', metadata);
    expect(blocker === undefined ? 'accepted' : blocker.reason).toBe(
      refused
        ? 'Secret app-token is owned by the ExternalSecret other, so External Secrets Operator refuses to write it (target is owned by another ExternalSecret).'
        : 'accepted',
    );
  });

  test.each([
    [
      { immutable: true },
      'Delete Secret app-token (External Secrets Operator recreates it on its next sync) and keep spec.target.immutable false, then run again.',
    ],
    [{ immutable: false }, 'accepted'],
    [{}, 'accepted'],
  ])('existing Secret %j: %s', (metadata, next) => {
    expect(rules.targetSecretBlocker(es('Owner'), 'app', 'app-token', metadata)?.next ?? 'accepted').toBe(next);
  });
});

describe('the whole refusal: reason and next step', () => {
  const target = (t: NonNullable<NonNullable<ExternalSecretObject['spec']>['target']>): ExternalSecretObject => ({ spec: { target: t } });

  test.each([
    [
      'a generic target without a kind',
      { manifest: { apiVersion: 'v1' } },
      {
        reason: 'it writes a generic (spec.target.manifest), not a Secret, so verify-secret-key has no Secret key to check.',
        next: 'Remove verify-secret-key, or verify an ExternalSecret that writes a Secret.',
      },
    ],
    [
      'a template producing the key',
      { template: { data: { token: 'x' } } },
      {
        reason: 'its spec.target.template produces the key "token", so the key\'s value cannot hash to the raw token.',
        next: 'Verify a key the provider data fills directly, or remove verify-secret-key.',
      },
    ],
    [
      'Replace with a template for another key',
      { template: { data: { url: 'x' } } },
      {
        reason: 'its spec.target.template uses mergePolicy Replace, which drops the provider data, so the key "token" would not hold the raw token.',
        next: 'Set spec.target.template.mergePolicy: Merge, or verify a key the template does not touch.',
      },
    ],
  ])('verifyBlocker, %s', (_name, t, blocker) => {
    expect(rules.verifyBlocker(target(t), 'token')).toEqual(blocker);
  });

  const es = (creationPolicy: string): ExternalSecretObject => ({ spec: { target: { creationPolicy } } });

  test('targetSecretBlocker, Merge without the Secret: create it first or own it', () => {
    expect(rules.targetSecretBlocker(es('Merge'), 'app', 'app-token', undefined)).toEqual({
      reason:
        'its spec.target.creationPolicy is Merge and Secret app-token does not exist, so External Secrets Operator writes nothing (Ready=True, SecretMissing).',
      next: 'Create Secret app-token first, or set spec.target.creationPolicy: Owner.',
    });
  });

  test('targetSecretBlocker, owned by another ExternalSecret: the owner is named in both sentences', () => {
    const metadata = { ownerReferences: [{ kind: 'ExternalSecret', name: 'other', controller: true, apiVersion: 'external-secrets.io/v1' }] };
    expect(rules.targetSecretBlocker(es('Owner'), 'app', 'app-token', metadata)).toEqual({
      reason:
        'Secret app-token is owned by the ExternalSecret other, so External Secrets Operator refuses to write it (target is owned by another ExternalSecret).',
      next: 'Point spec.target.name at a Secret of its own, or name other in external-secrets instead.',
    });
  });

  test('targetSecretBlocker, a controller reference without a name is another ExternalSecret, named as empty', () => {
    const metadata = { ownerReferences: [{ kind: 'ExternalSecret', controller: true, apiVersion: 'external-secrets.io/v1' }] };
    expect(rules.targetSecretBlocker(es('Owner'), 'app', 'app-token', metadata)).toEqual({
      reason: 'Secret app-token is owned by the ExternalSecret , so External Secrets Operator refuses to write it (target is owned by another ExternalSecret).',
      next: 'Point spec.target.name at a Secret of its own, or name  in external-secrets instead.',
    });
  });

  test('targetSecretBlocker, a controller reference without an apiVersion is not an ExternalSecret of ESO', () => {
    const metadata = { ownerReferences: [{ kind: 'ExternalSecret', name: 'other', controller: true }] };
    expect(rules.targetSecretBlocker(es('Owner'), 'app', 'app-token', metadata)).toBeUndefined();
  });
});

describe('ClusterExternalSecret', () => {
  const owner = (kind: string, controller: boolean, apiVersion = 'external-secrets.io/v1') => ({
    metadata: { ownerReferences: [{ kind, name: 'shared', controller, apiVersion }] },
  });

  test.each([
    [owner('ClusterExternalSecret', true), 'shared'],
    [owner('ClusterExternalSecret', false), undefined],
    [owner('ExternalSecret', true), undefined],
    [owner('ClusterExternalSecret', true, 'other.io/v1'), undefined],
    [{ metadata: {} }, undefined],
  ])('clusterOwnerOf %j is %p', (es, expected) => {
    expect(rules.clusterOwnerOf(es)).toBe(expected);
  });

  test('provisionedExternalSecrets: externalSecretName, else the CES name, in each provisioned namespace', () => {
    expect(rules.provisionedExternalSecrets({ metadata: { name: 'shared' }, status: { provisionedNamespaces: ['a', 'b'] } }, 'shared')).toEqual([
      { namespace: 'a', name: 'shared' },
      { namespace: 'b', name: 'shared' },
    ]);
    expect(rules.provisionedExternalSecrets({ spec: { externalSecretName: 'token' }, status: { provisionedNamespaces: ['a'] } }, 'shared')).toEqual([
      { namespace: 'a', name: 'token' },
    ]);
    expect(rules.provisionedExternalSecrets({}, 'shared')).toEqual([]);
  });

  test('clusterForceSyncPatch writes external-secrets.io/force-sync on the owner (v0.20.0+) and in the metadata it copies (every release)', () => {
    const annotations = { 'external-secrets.io/force-sync': 'run-1' };
    expect(cesRules.clusterForceSyncPatch('run-1')).toEqual({ metadata: { annotations }, spec: { externalSecretMetadata: { annotations } } });
  });

  test.each([
    [
      {
        metadata: { annotations: { 'external-secrets.io/force-sync': 'a' } },
        spec: { externalSecretMetadata: { annotations: { 'external-secrets.io/force-sync': 'b' } } },
      },
      'a',
    ],
    [{ spec: { externalSecretMetadata: { annotations: { 'external-secrets.io/force-sync': 'b' } } } }, 'b'],
    [{ metadata: { annotations: { 'force-sync': 'c' } } }, undefined],
    [{}, undefined],
  ])('clusterForceSyncValue of %j is %p', (ces, expected) => {
    expect(cesRules.clusterForceSyncValue(ces)).toBe(expected);
  });
});

describe('conditions', () => {
  test('readyConditionOf picks the Ready condition and fills missing fields', () => {
    expect(
      rules.readyConditionOf({
        status: {
          conditions: [
            { type: 'Deleted', status: 'False' },
            { type: 'Ready', status: 'True' },
          ],
        },
      }),
    ).toEqual({
      status: 'True',
      reason: '',
      message: '',
      lastTransitionTime: '',
    });
    expect(rules.readyConditionOf({ status: {} })).toBeNull();
  });

  test('describeReady', () => {
    expect(rules.describeReady(null)).toBe('no Ready condition');
    expect(rules.describeReady({ status: 'False', reason: 'SecretSyncedError', message: 'x', lastTransitionTime: '' })).toBe(
      'Ready=False SecretSyncedError "x"',
    );
    expect(rules.describeReady({ status: 'True', reason: 'SecretSynced', message: '', lastTransitionTime: '' })).toBe('Ready=True SecretSynced');
  });

  test('isGenericTarget', () => {
    expect(rules.isGenericTarget({ spec: { target: { manifest: { kind: 'ConfigMap' } } } })).toBe(true);
    expect(rules.isGenericTarget({ spec: { target: {} } })).toBe(false);
  });
});

describe('each refusal of the ExternalSecret and its store, reason and next step', () => {
  test.each<[string, ExternalSecretObject, number | undefined, { reason: string; next: string }]>([
    [
      'Periodic with a zero interval',
      { spec: { refreshPolicy: 'Periodic', refreshInterval: '0s' } },
      0,
      {
        reason:
          'its refreshInterval is "0s" with the Periodic refresh policy, and External Secrets Operator treats an interval of 0 or less as "never refresh", so it ignores the force-sync annotation.',
        next: 'Set spec.refreshPolicy: OnChange or a positive spec.refreshInterval (for example 1h) on the ExternalSecret.',
      },
    ],
    [
      'an immutable target',
      { spec: { target: { immutable: true } } },
      undefined,
      {
        reason: 'its target Secret is immutable (spec.target.immutable: true), so External Secrets Operator cannot write the new token into it.',
        next: 'Set spec.target.immutable: false on the ExternalSecret.',
      },
    ],
    [
      'creationPolicy None',
      { spec: { target: { creationPolicy: 'None' } } },
      undefined,
      {
        reason: 'its spec.target.creationPolicy is None, so External Secrets Operator writes no Secret and would report a sync that delivered nothing.',
        next: 'Set spec.target.creationPolicy to Owner (or Merge into an existing Secret).',
      },
    ],
  ])('refreshBlocker: %s', (_name, externalSecret, intervalMs, blocker) => {
    expect(rules.refreshBlocker({ ...externalSecret, status: { syncedResourceVersion: '1-abc', refreshTime: '2025-01-01T00:00:00Z' } }, intervalMs)).toEqual(
      blocker,
    );
  });

  test.each([
    ['CreatedOnce', { refreshPolicy: 'CreatedOnce' }, 3_600_000],
    ['Periodic 0s', { refreshPolicy: 'Periodic', refreshInterval: '0s' }, 0],
    ['Periodic -1h', { refreshInterval: '-1h' }, -3_600_000],
  ])('refreshBlocker: %s on an ExternalSecret never synced still gets its first sync (shouldRefresh)', (_name, spec, intervalMs) => {
    expect(rules.refreshBlocker({ spec }, intervalMs)).toBeUndefined();
    expect(rules.refreshBlocker({ spec, status: { syncedResourceVersion: '', refreshTime: null } }, intervalMs)).toBeUndefined();
  });

  test('readBlocker: no read of the parameter, and a read of a fixed version', () => {
    expect(rules.readBlocker([], '/app/token', true, '')).toEqual({
      reason: 'none of its spec.data[].remoteRef.key or spec.dataFrom entries reads /app/token, so a sync would not deliver the new token.',
      next: 'Name the ExternalSecrets that read this parameter in external-secrets, or fix the remoteRef.key.',
    });
    expect(rules.readBlocker([{ where: 'spec.data[0].remoteRef', selector: '3' }], '/app/token', true, '')).toEqual({
      reason: 'its spec.data[0].remoteRef reads /app/token at "3", which never holds the new token.',
      next: 'Drop the version from the remoteRef (or read /app/token:current).',
    });
  });

  test.each<[string, Parameters<typeof rules.storeVerdict>[0], { reason: string; next: string }]>([
    [
      'no provider at all',
      { spec: {} },
      {
        reason: 'its store s is not an AWS store (provider: none), so it cannot read the SSM parameter this run writes.',
        next: 'Point spec.secretStoreRef at a SecretStore or ClusterSecretStore with provider aws, service ParameterStore.',
      },
    ],
    [
      'Secrets Manager',
      { spec: { provider: { aws: { service: 'SecretsManager', region: 'us-east-1' } } } },
      {
        reason: 'its store s uses the AWS service SecretsManager, not ParameterStore, so it cannot read the SSM parameter this run writes.',
        next: 'Point spec.secretStoreRef at a store with service: ParameterStore.',
      },
    ],
    [
      'another region',
      { spec: { provider: { aws: { service: 'ParameterStore', region: 'eu-west-1' } } } },
      {
        reason: 'its store s reads Parameter Store in region eu-west-1, but this run writes the parameter in us-east-1.',
        next: "Set aws-region to the store's region, or point the ExternalSecret at a store in this region.",
      },
    ],
  ])('storeVerdict: %s', (_name, store, blocker) => {
    expect(rules.storeVerdict(store, 's', 'us-east-1')).toEqual({ blocker });
  });

  test('readyConditionOf fills what ESO left out with empty strings', () => {
    expect(rules.readyConditionOf({ status: { conditions: [{ type: 'Ready', status: 'True' }] } })).toEqual({
      status: 'True',
      reason: '',
      message: '',
      lastTransitionTime: '',
    });
  });
});
