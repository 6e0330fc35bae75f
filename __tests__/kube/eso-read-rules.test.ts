import { describe, expect, test } from '@jest/globals';
import { entrySources, judgeEntries, parseParameterArn, re2ToRegExp, roleAccount } from '../../src/kube/eso-read-rules.ts';
import type { StoreFacts, StoreRef } from '../../src/kube/eso-read-rules.ts';
import type { ExternalSecretObject } from '../../src/kube/eso-rules.ts';

const NAME = '/app/deploy-token';
const CHECKS = { parameterName: NAME, region: 'us-east-1' };
const plain: StoreFacts = { described: 'SecretStore prod/aws', prefix: '', roleAccounts: [] };
const facts =
  (byName: Record<string, StoreFacts | undefined> = {}) =>
  (store: StoreRef): StoreFacts | undefined =>
    store.name in byName ? byName[store.name] : plain;

describe('entrySources: each entry reads through its sourceRef.storeRef, else spec.secretStoreRef (client_manager.go Manager.Get)', () => {
  test('per-entry stores, kinds and the missing spec store', () => {
    const es: ExternalSecretObject = {
      spec: {
        data: [{ remoteRef: { key: 'a' } }, { remoteRef: { key: 'b' }, sourceRef: { storeRef: { name: 'other', kind: 'ClusterSecretStore' } } }],
        dataFrom: [{ extract: { key: 'c' }, sourceRef: { storeRef: { name: 'third' } } }],
      },
    };
    expect(entrySources(es)).toEqual([
      { where: 'spec.data[0]', store: { kind: 'SecretStore', name: '' } },
      { where: 'spec.data[1]', store: { kind: 'ClusterSecretStore', name: 'other' } },
      { where: 'spec.dataFrom[0]', store: { kind: 'SecretStore', name: 'third' } },
    ]);
    expect(entrySources({ spec: { secretStoreRef: { name: 'aws' }, data: [{ remoteRef: { key: 'a' } }] } })).toEqual([
      { where: 'spec.data[0]', store: { kind: 'SecretStore', name: 'aws' } },
    ]);
  });
});

describe('parseParameterArn', () => {
  test.each([
    ['arn:aws:ssm:us-east-1:123456789012:parameter/app/deploy-token', { region: 'us-east-1', account: '123456789012', name: NAME, selector: undefined }],
    [
      'arn:aws:ssm:eu-west-1:210987654321:parameter/app/deploy-token:current',
      { region: 'eu-west-1', account: '210987654321', name: NAME, selector: 'current' },
    ],
    ['arn:aws:ssm:us-east-1:123456789012:parameter/flat', { region: 'us-east-1', account: '123456789012', name: 'flat', selector: undefined }],
    ['/app/deploy-token', undefined],
    ['arn:aws:secretsmanager:us-east-1:123456789012:secret:x', undefined],
  ])('%s', (key, parsed) => {
    expect(parseParameterArn(key)).toEqual(parsed);
  });
});

describe('re2ToRegExp (runtime/find/find.go compiles Go RE2)', () => {
  test.each([
    ['(?i)DEPLOY-token$', NAME, true],
    ['deploy-token\\z', NAME, true],
    ['\\Adeploy', NAME, false],
    ['(?P<env>app)/deploy', NAME, true],
    ['^/other/', NAME, false],
  ])('%s against %s: %p', (source, name, matches) => {
    expect(re2ToRegExp(source)?.test(name)).toBe(matches);
  });

  test.each(['(?U)a+', '(unclosed'])('%s cannot be run here', (source) => {
    expect(re2ToRegExp(source)).toBeUndefined();
  });
});

test.each([
  ['arn:aws:iam::999999999999:role/reader', '999999999999'],
  ['arn:aws-cn:iam::111111111111:role/x', '111111111111'],
  ['reader', undefined],
  [undefined, undefined],
])('roleAccount(%p) is %p', (arn, account) => {
  expect(roleAccount(arn)).toBe(account);
});

describe('judgeEntries', () => {
  const es = (spec: ExternalSecretObject['spec']): ExternalSecretObject => ({ spec: { secretStoreRef: { name: 'aws' }, ...spec } });

  test('dataFrom[].extract of the parameter fails the whole ExternalSecret, even beside a good data[] entry', () => {
    const verdict = judgeEntries(es({ data: [{ remoteRef: { key: NAME } }], dataFrom: [{ extract: { key: NAME } }] }), CHECKS, facts());
    expect(verdict.refusal?.reason).toBe(
      `its spec.dataFrom[0].extract reads ${NAME} as a JSON object of keys, but the token is not JSON, so External Secrets Operator fails the whole ExternalSecret ("unable to unmarshal secret").`,
    );
    expect(judgeEntries(es({ dataFrom: [{ extract: { key: '/app/config' } }] }), CHECKS, facts()).refusal).toBeUndefined();
  });

  test('a property of the token is refused; metadataPolicy Fetch does not deliver it; a decodingStrategy is warned about', () => {
    expect(judgeEntries(es({ data: [{ remoteRef: { key: NAME, property: 'token' } }] }), CHECKS, facts()).refusal?.next).toBe(
      'Drop remoteRef.property from spec.data[0].',
    );
    const fetched = judgeEntries(es({ data: [{ remoteRef: { key: NAME, metadataPolicy: 'Fetch' } }] }), CHECKS, facts()).reads;
    expect(fetched).toEqual([
      { where: 'spec.data[0].remoteRef', selector: undefined, undeliverable: "with metadataPolicy: Fetch, which returns the parameter's tags, not its value" },
    ]);
    const decoded = judgeEntries(es({ data: [{ remoteRef: { key: NAME, decodingStrategy: 'Base64' } }] }), CHECKS, facts());
    expect(decoded.reads).toEqual([{ where: 'spec.data[0].remoteRef', selector: undefined }]);
    expect(decoded.warnings).toEqual([
      `its spec.data[0].remoteRef decodes ${NAME} (decodingStrategy: Base64), so the Secret may hold decoded bytes instead of the token; verify-secret-key would catch it.`,
    ]);
    expect(judgeEntries(es({ data: [{ remoteRef: { key: NAME, decodingStrategy: 'None' } }] }), CHECKS, facts()).reads[0]?.undeliverable).toBeUndefined();
  });

  test("each entry uses its own store's prefix; a store that cannot read the parameter is reported, not applied to the others", () => {
    const prefixed: StoreFacts = { described: 'SecretStore prod/prefixed', prefix: '/app', roleAccounts: [] };
    const eu: StoreFacts = {
      described: 'SecretStore prod/eu',
      prefix: '',
      roleAccounts: [],
      blocker: { reason: 'another region', next: 'fix it' },
    };
    const verdict = judgeEntries(
      {
        spec: {
          data: [
            { remoteRef: { key: '/deploy-token' }, sourceRef: { storeRef: { name: 'prefixed' } } },
            { remoteRef: { key: NAME }, sourceRef: { storeRef: { name: 'eu' } } },
          ],
        },
      },
      CHECKS,
      facts({ prefixed, eu }),
    );
    expect(verdict.reads).toEqual([{ where: 'spec.data[0].remoteRef', selector: undefined }]);
    expect(verdict.storeBlockers).toEqual([{ reason: 'another region', next: 'fix it' }]);
  });

  test('an ARN matches the parameter in this region, and names its account in a warning', () => {
    const arn = 'arn:aws:ssm:us-east-1:210987654321:parameter/app/deploy-token';
    const verdict = judgeEntries(es({ data: [{ remoteRef: { key: arn } }] }), CHECKS, facts());
    expect(verdict.reads).toEqual([{ where: 'spec.data[0].remoteRef', selector: undefined }]);
    expect(verdict.warnings).toEqual([
      `its spec.data[0].remoteRef reads ${NAME} by ARN in account 210987654321: this run writes with its own credentials, so check that they are in account 210987654321.`,
    ]);
    expect(judgeEntries(es({ data: [{ remoteRef: { key: arn.replace('us-east-1', 'eu-west-1') } }] }), CHECKS, facts()).reads).toEqual([]);
  });

  test('find.name.regexp in RE2 syntax reads the parameter; one that cannot be run here is warned about and taken as a read', () => {
    expect(judgeEntries(es({ dataFrom: [{ find: { path: '/app', name: { regexp: '(?i)DEPLOY' } } }] }), CHECKS, facts()).reads).toEqual([
      { where: 'spec.dataFrom[0].find', selector: undefined },
    ]);
    const unchecked = judgeEntries(es({ dataFrom: [{ find: { name: { regexp: '(?U)deploy.+' } } }] }), CHECKS, facts());
    expect(unchecked.reads).toEqual([{ where: 'spec.dataFrom[0].find', selector: undefined }]);
    expect(unchecked.warnings[0]).toMatch(/is not checked here \(Go RE2 syntax/);
  });

  test("a store's role in another account is warned about, once per store and account", () => {
    const crossAccount: StoreFacts = { ...plain, described: 'ClusterSecretStore shared', roleAccounts: ['999999999999'] };
    const verdict = judgeEntries(es({ data: [{ remoteRef: { key: NAME } }, { remoteRef: { key: '/x' } }] }), CHECKS, facts({ aws: crossAccount }));
    expect(verdict.warnings).toEqual([
      "its store ClusterSecretStore shared assumes a role in account 999999999999, so External Secrets Operator reads that account's parameter: check that this run writes in account 999999999999.",
    ]);
  });
});
