import { describe, expect, test } from '@jest/globals';
import { candidateVersions, versionHeld } from '../../src/held-by-secret.ts';

describe('candidateVersions: the versions a target Secret could hold, in one GetParameters (10 names at most)', () => {
  test.each([
    [1, [1]],
    [3, [3, 2, 1]],
    [10, [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]],
    [57, [57, 56, 55, 54, 53, 52, 51, 50, 49, 48]],
  ])('latest %i: %j', (latest, versions) => {
    expect(candidateVersions(latest)).toEqual(versions);
  });
});

describe('versionHeld: the version consumers hold, from the fingerprints the Secrets hold', () => {
  const versions = new Map([
    [1, 'sha256:aaaa'],
    [2, 'sha256:bbbb'],
    [3, 'sha256:aaaa'],
    [4, 'sha256:cccc'],
  ]);
  test.each([
    ['one Secret holding version 2', ['sha256:bbbb'], 2],
    ['a value written twice (a rollback rewrote it): the newest version with it', ['sha256:aaaa'], 3],
    ['two Secrets that disagree: the older version, which old pods still present', ['sha256:cccc', 'sha256:bbbb'], 2],
    ['an unreadable Secret beside a readable one: the readable one decides', [undefined, 'sha256:cccc'], 4],
    ['a value of no candidate version (older, or never in SSM)', ['sha256:ffff'], undefined],
    ['no Secret readable', [undefined], undefined],
  ] as [string, (string | undefined)[], number | undefined][])('%s', (_name, held, expected) => {
    expect(versionHeld(held, versions)).toBe(expected);
  });
});
