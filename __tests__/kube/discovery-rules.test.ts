import { describe, expect, test } from '@jest/globals';
import { judgeReader, storesToRead } from '../../src/kube/discovery-rules.ts';
import type { StoreFacts, StoreRef } from '../../src/kube/eso-read-rules.ts';
import type { ExternalSecretObject } from '../../src/kube/eso-rules.ts';

const NAME = '/app/deploy-token';
const CHECKS = { parameterNames: [NAME], region: 'us-east-1' };
const here: StoreFacts = { described: 'SecretStore prod/aws', prefix: '', roleAccounts: [] };
const elsewhere: StoreFacts = {
  described: 'SecretStore prod/aws-eu',
  prefix: '',
  roleAccounts: [],
  blocker: { reason: 'its store SecretStore prod/aws-eu reads Parameter Store in region eu-west-1, but this run writes the parameter in us-east-1.', next: '' },
};
const prefixed: StoreFacts = { described: 'ClusterSecretStore team', prefix: '/app/', roleAccounts: [] };
const STORES: Record<string, StoreFacts> = { aws: here, 'aws-eu': elsewhere, team: prefixed };
const facts = (store: StoreRef): StoreFacts | undefined => STORES[store.name];

const es = (spec: ExternalSecretObject['spec'], metadata: ExternalSecretObject['metadata'] = { name: 'app' }): ExternalSecretObject => ({
  metadata,
  spec: { secretStoreRef: { name: 'aws', kind: 'SecretStore' }, ...spec },
});

describe('judgeReader: a listed ExternalSecret reads the parameter, and where', () => {
  test.each<[string, ExternalSecretObject, readonly string[]]>([
    ['data[].remoteRef.key by name', es({ data: [{ remoteRef: { key: '/other' } }, { remoteRef: { key: NAME } }] }), ['data[1].remoteRef.key']],
    [
      'data[].remoteRef.key by ARN',
      es({ data: [{ remoteRef: { key: `arn:aws:ssm:us-east-1:123456789012:parameter${NAME}` } }] }),
      ['data[0].remoteRef.key (ARN)'],
    ],
    ['a key with a version selector', es({ data: [{ remoteRef: { key: `${NAME}:current` } }] }), ['data[0].remoteRef.key']],
    [
      'the store prefix before the key',
      es({ secretStoreRef: { name: 'team', kind: 'ClusterSecretStore' }, data: [{ remoteRef: { key: 'deploy-token' } }] }),
      ['data[0].remoteRef.key'],
    ],
    ['dataFrom[].find by name regexp', es({ dataFrom: [{ find: { name: { regexp: 'deploy-token$' } } }] }), ['dataFrom[0].find.name.regexp']],
    ['dataFrom[].find by path and regexp', es({ dataFrom: [{ find: { path: '/app', name: { regexp: '.*' } } }] }), ['dataFrom[0].find.path and .name.regexp']],
    ['dataFrom[].extract (the preflight then refuses it)', es({ dataFrom: [{ extract: { key: NAME } }] }), ['dataFrom[0].extract.key']],
    [
      'an entry through its own sourceRef.storeRef in this region',
      es({ secretStoreRef: { name: 'aws-eu' }, data: [{ remoteRef: { key: NAME }, sourceRef: { storeRef: { name: 'aws' } } }] }),
      ['data[0].remoteRef.key'],
    ],
  ])('%s', (_name, object, reasons) => {
    expect(judgeReader(object, CHECKS, facts)).toEqual({ reads: true, reasons, targetSecret: 'app', clusterOwner: undefined });
  });

  test('the target Secret is spec.target.name, and an ExternalSecret a ClusterExternalSecret controls names its owner', () => {
    const owned = es(
      { target: { name: 'app-secret' }, data: [{ remoteRef: { key: NAME } }] },
      { name: 'app', ownerReferences: [{ apiVersion: 'external-secrets.io/v1', kind: 'ClusterExternalSecret', name: 'shared', controller: true }] },
    );
    expect(judgeReader(owned, CHECKS, facts)).toMatchObject({ reads: true, targetSecret: 'app-secret', clusterOwner: 'shared' });
  });

  test('a set: each reason names the parameter it reads', () => {
    const object = es({ data: [{ remoteRef: { key: '/app/b' } }, { remoteRef: { key: NAME } }] });
    expect(judgeReader(object, { parameterNames: [NAME, '/app/b'], region: 'us-east-1' }, facts)).toMatchObject({
      reasons: [`data[0].remoteRef.key reads /app/b`, `data[1].remoteRef.key reads ${NAME}`],
    });
  });
});

describe('judgeReader: what is left out, and why', () => {
  test.each<[string, ExternalSecretObject, RegExp]>([
    ['another parameter', es({ data: [{ remoteRef: { key: '/app/other' } }] }), /^it reads another parameter \(\/app\/other\)$/],
    [
      'the same name through another region’s store',
      es({ secretStoreRef: { name: 'aws-eu' }, data: [{ remoteRef: { key: NAME } }] }),
      /names \/app\/deploy-token, but its store SecretStore prod\/aws-eu reads Parameter Store in region eu-west-1/,
    ],
    ['an ARN of another region', es({ data: [{ remoteRef: { key: `arn:aws:ssm:eu-west-1:123456789012:parameter${NAME}` } }] }), /another parameter/],
    ['a find whose regexp does not match', es({ dataFrom: [{ find: { name: { regexp: '^/other' } } }] }), /another parameter \(\^\/other\)/],
    [
      'a key the store prefix turns into another name',
      es({ secretStoreRef: { name: 'team', kind: 'ClusterSecretStore' }, data: [{ remoteRef: { key: NAME } }] }),
      /another parameter/,
    ],
    ['no entries', es({}), /^it has no data or dataFrom entry$/],
    ['many keys are shortened', es({ data: ['/a', '/b', '/c', '/d', '/e'].map((key) => ({ remoteRef: { key } })) }), /\(\/a, \/b, \/c and 2 more\)$/],
  ])('%s', (_name, object, reason) => {
    expect(judgeReader(object, CHECKS, facts)).toEqual({ reads: false, reason: expect.stringMatching(reason) });
  });
});

describe('storesToRead: only the stores of entries that could read the parameter are read', () => {
  test.each<[string, ExternalSecretObject, StoreRef[]]>([
    ['an unrelated key needs no store', es({ data: [{ remoteRef: { key: '/x/other' } }] }), []],
    ['the exact name needs its store', es({ data: [{ remoteRef: { key: NAME } }] }), [{ kind: 'SecretStore', name: 'aws' }]],
    ['a key that ends the name may be behind a prefix', es({ data: [{ remoteRef: { key: 'deploy-token' } }] }), [{ kind: 'SecretStore', name: 'aws' }]],
    [
      'each entry its own store, once each',
      es({
        data: [
          { remoteRef: { key: NAME }, sourceRef: { storeRef: { name: 'team', kind: 'ClusterSecretStore' } } },
          { remoteRef: { key: NAME } },
          { remoteRef: { key: NAME } },
        ],
      }),
      [
        { kind: 'ClusterSecretStore', name: 'team' },
        { kind: 'SecretStore', name: 'aws' },
      ],
    ],
    ['a find that does not match needs no store', es({ dataFrom: [{ find: { name: { regexp: '^/nope' } } }] }), []],
  ])('%s', (_name, object, stores) => {
    expect(storesToRead(object, CHECKS)).toEqual(stores);
  });
});
