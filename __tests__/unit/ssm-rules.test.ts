import { describe, expect, test } from '@jest/globals';
import { keyToWrite, labelFits, labelSafe, labelsBlockingWrite, latestOf, resolvedSelectors, tierToWrite, versionWithLabel } from '../../src/ssm/rules.ts';
import { Scrubber } from '../../src/scrub.ts';
import { fingerprint } from '../../src/token.ts';

const history = (count: number, labelled: Record<number, string[]> = {}) =>
  Array.from({ length: count }, (_, i) => ({ version: i + 1, labels: labelled[i + 1] ?? [] }));

describe('labelsBlockingWrite: the oldest version blocks a write only once 100 are kept', () => {
  test.each([
    ['99 versions, oldest labelled', history(99, { 1: ['keep'] }), undefined],
    ['100 versions, oldest unlabelled', history(100, { 2: ['keep'] }), undefined],
    ['100 versions, oldest labelled', history(100, { 1: ['keep', 'current'] }), { version: 1, labels: ['keep', 'current'] }],
    ['100 versions in reverse order', history(100, { 1: ['x'] }).reverse(), { version: 1, labels: ['x'] }],
  ])('%s', (_name, versions, expected) => {
    expect(labelsBlockingWrite(versions)).toEqual(expected);
  });
});

describe('labelSafe: a label must survive the next run writing twice', () => {
  test.each([
    [3, 3, true],
    [1, 98, true],
    [1, 99, false],
    [25, 122, true],
    [24, 122, false],
  ])('version %i with latest %i: %s', (version, latest, safe) => {
    expect(labelSafe(version, latest)).toBe(safe);
  });
});

describe('labelFits: at most 10 labels per version', () => {
  const ten = Array.from({ length: 10 }, (_, i) => `l${i}`);
  test.each([
    ['9 labels', ten.slice(0, 9), [], true],
    ['10 labels', ten, [], false],
    ['10 labels, one of them the label itself', [...ten.slice(0, 9), 'previous'], [], true],
    ['10 labels, current moves away first', [...ten.slice(0, 9), 'current'], ['current'], true],
  ])('%s', (_name, labels, moved, fits) => {
    expect(labelFits(labels, 'previous', moved)).toBe(fits);
  });
});

describe('tierToWrite', () => {
  test.each([
    [undefined, undefined, { tier: 'Standard' }],
    [undefined, 'Advanced', { tier: 'Advanced' }],
    [undefined, 'Standard', { tier: 'Standard' }],
    ['Advanced', 'Standard', { tier: 'Advanced' }],
    ['Intelligent-Tiering', 'Advanced', { tier: 'Intelligent-Tiering' }],
  ] as const)('asked %s, existing %s', (asked, existing, expected) => {
    expect(tierToWrite(asked, existing)).toEqual(expected);
  });
  test('Advanced -> Standard is refused with the tier to set', () => {
    expect(tierToWrite('Standard', 'Advanced')).toEqual({ refused: expect.stringContaining('set tier to Advanced') });
  });
});

describe('keyToWrite', () => {
  test.each([
    [undefined, undefined, { keyId: undefined, change: undefined }],
    [undefined, 'alias/team', { keyId: 'alias/team', change: undefined }],
    ['alias/team', 'alias/team', { keyId: 'alias/team', change: undefined }],
    ['alias/other', 'alias/team', { keyId: 'alias/other', change: 'KMS key changes from alias/team to alias/other (kms-key-id)' }],
  ])('asked %s, existing %s', (asked, existing, expected) => {
    expect(keyToWrite(asked, existing)).toEqual(expected);
  });
});

describe('Scrubber', () => {
  const token = 'app_Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eA';
  const scrubber = new Scrubber();
  scrubber.know(token);
  const print = fingerprint(token);
  const bytes = Buffer.from(token);
  test.each([
    ['raw', token],
    ['base64', bytes.toString('base64')],
    ['base64 unpadded', bytes.toString('base64').replace(/=+$/, '')],
    ['base64url', bytes.toString('base64url')],
    ['hex', bytes.toString('hex')],
    ['hex upper', bytes.toString('hex').toUpperCase()],
    ['URL-encoded', encodeURIComponent(token)],
  ])('replaces the %s form by the fingerprint', (_name, form) => {
    expect(scrubber.clean(`x ${form} y`)).toBe(`x ${print} y`);
  });
  test.each([
    ['a line break before a command', 'denied\n::save-state name=x::y', 'denied : :save-state name=x: :y'],
    ['CR LF and ::error::', 'a\r\n::error::forged', 'a : :error: :forged'],
    ['an ARN keeps its empty region field', 'arn:aws:iam::123456789012:user/jane', 'arn:aws:iam::123456789012:user/jane'],
    ['an ARN followed by a command', 'arn:aws:sts::1:x\n::add-mask::y', 'arn:aws:sts::1:x : :add-mask: :y'],
  ])('defuses %s', (_name, text, expected) => {
    expect(scrubber.clean(text)).toBe(expected);
  });
});

describe('resolvedSelectors: GetParameters answers keyed by the selector asked', () => {
  const asked = ['/p', '/p:current', '/p:previous'];
  test.each([
    [
      'selectors as AWS sends them (":label")',
      [
        { Name: '/p', Version: 5 },
        { Name: '/p', Selector: ':current', Version: 4 },
        { Name: '/p', Selector: ':previous', Version: 3 },
      ],
      { '/p': 5, '/p:current': 4, '/p:previous': 3 },
    ],
    [
      'any order',
      [
        { Name: '/p', Selector: ':previous', Version: 3 },
        { Name: '/p', Version: 5 },
        { Name: '/p', Selector: ':current', Version: 4 },
      ],
      { '/p': 5, '/p:current': 4, '/p:previous': 3 },
    ],
    [
      'a selector without its colon, or with the name',
      [
        { Name: '/p', Version: 5 },
        { Name: '/p', Selector: 'current', Version: 4 },
        { Name: '/p', Selector: '/p:previous', Version: 3 },
      ],
      { '/p': 5, '/p:current': 4, '/p:previous': 3 },
    ],
    [
      'a label on no version (listed in InvalidParameters, so absent)',
      [
        { Name: '/p', Version: 5 },
        { Name: '/p', Selector: ':current', Version: 5 },
      ],
      { '/p': 5, '/p:current': 5 },
    ],
    ['no such parameter', [], {}],
    [
      'answers without selectors: the highest is the latest, the labels stay unknown',
      [
        { Name: '/p', Version: 4 },
        { Name: '/p', Version: 5 },
        { Name: '/p', Version: 3 },
      ],
      { '/p': 5 },
    ],
    [
      'another parameter is not ours',
      [
        { Name: '/q', Version: 9 },
        { Name: '/p', Version: 2 },
      ],
      { '/p': 2 },
    ],
  ])('%s', (_case, answers, expected) => {
    const found = resolvedSelectors(asked, answers);
    expect(Object.fromEntries([...found].map(([selector, answer]) => [selector, answer.Version]))).toEqual(expected);
  });

  test('a version selector', () => {
    expect(resolvedSelectors(['/p:7'], [{ Name: '/p', Selector: ':7', Version: 7 }]).get('/p:7')?.Version).toBe(7);
  });
});

describe('latestOf and versionWithLabel read a history in any order', () => {
  const history = [
    { version: 3, labels: ['current'], type: 'SecureString' },
    { version: 1, labels: [], type: 'SecureString' },
    { version: 4, labels: [], type: 'String' },
    { version: 2, labels: ['previous', 'blue'], type: 'SecureString' },
  ];
  test.each([
    ['current', 3],
    ['previous', 2],
    ['blue', 2],
    ['green', undefined],
  ])('%s is on %s', (label, version) => {
    expect(versionWithLabel(history, label)).toBe(version);
  });
  test('the latest is the highest version, with its type', () => {
    expect(latestOf(history)).toEqual({ version: 4, labels: [], type: 'String' });
    expect(latestOf(history.slice(0, 0))).toBeUndefined();
  });
});
