import { describe, expect, test } from '@jest/globals';
import { keyToWrite, labelFits, labelSafe, labelsBlockingWrite, tierToWrite } from '../../src/ssm/rules.ts';
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
