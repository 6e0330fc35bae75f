import { describe, expect, test } from '@jest/globals';
import { parameterReads } from '../../src/kube/eso-rules.ts';
import type { ExternalSecretObject } from '../../src/kube/eso-rules.ts';
import { setDataKeys } from '../../src/kube/eso-set-rules.ts';

const A = '/svc/a-token';
const B = '/svc/b-token';

const es = (data: { secretKey: string; key: string; version?: string }[], dataFrom: { extract?: { key: string } }[] = []): ExternalSecretObject => ({
  spec: {
    data: data.map(({ secretKey, key, version }) => ({ secretKey, remoteRef: { key, ...(version !== undefined ? { version } : {}) } })),
    dataFrom,
  },
});

/** The keys a set of [A, B] verifies in this ExternalSecret, as parameter=key. */
const keysOf = (externalSecret: ExternalSecretObject, versionLabels = true, prefix = ''): string[] =>
  setDataKeys(
    externalSecret,
    [A, B].map((name) => ({ name, reads: parameterReads(externalSecret, name, prefix) })),
    versionLabels,
  ).map(({ parameter, secretKey }) => `${parameter}=${secretKey}`);

describe('setDataKeys: the target Secret keys that hold a token of the set (spec.data[].secretKey)', () => {
  test.each([
    [
      'one entry per parameter',
      es([
        { secretKey: 'a', key: A },
        { secretKey: 'b', key: B },
      ]),
      [`${A}=a`, `${B}=b`],
    ],
    [
      'one parameter under two keys',
      es([
        { secretKey: 'a1', key: A },
        { secretKey: 'a2', key: A },
      ]),
      [`${A}=a1`, `${A}=a2`],
    ],
    [
      'an entry of another parameter is not verified',
      es([
        { secretKey: 'a', key: A },
        { secretKey: 'x', key: '/svc/other' },
      ]),
      [`${A}=a`],
    ],
    ['a read of current delivers the new token (the run moves current)', es([{ secretKey: 'a', key: `${A}:current` }]), [`${A}=a`]],
    [
      'a pinned version never holds the new token',
      es([
        { secretKey: 'a', key: A, version: '3' },
        { secretKey: 'b', key: B },
      ]),
      [`${B}=b`],
    ],
    ['a dataFrom extract names no single key', es([{ secretKey: 'b', key: B }], [{ extract: { key: A } }]), [`${B}=b`]],
  ])('%s', (_what, externalSecret, keys) => {
    expect(keysOf(externalSecret)).toEqual(keys);
  });

  test('without version labels a read of current is stale, so its key is not verified', () => {
    expect(
      keysOf(
        es([
          { secretKey: 'a', key: `${A}:current` },
          { secretKey: 'b', key: B },
        ]),
        false,
      ),
    ).toEqual([`${B}=b`]);
  });

  test("the store's prefix is part of the name ESO reads", () => {
    expect(keysOf(es([{ secretKey: 'a', key: 'a-token' }]), true, '/svc/')).toEqual([`${A}=a`]);
  });
});
