import { randomBytes } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import { checkToken, encodingsToMask, fingerprint, mintToken, randomPartLength } from '../../src/token.ts';
import type { TokenSpec } from '../../src/token.ts';

describe('mintToken', () => {
  test.each<[TokenSpec, RegExp]>([
    [{ bytes: 32, encoding: 'base64url', prefix: '' }, /^[A-Za-z0-9_-]{43}$/],
    [{ bytes: 32, encoding: 'hex', prefix: '' }, /^[0-9a-f]{64}$/],
    [{ bytes: 32, encoding: 'alphanumeric', prefix: '' }, /^[A-Za-z0-9]{43}$/],
    [{ bytes: 16, encoding: 'base64url', prefix: 'dpl_' }, /^dpl_[A-Za-z0-9_-]{22}$/],
    [{ bytes: 1024, encoding: 'alphanumeric', prefix: 'x-' }, /^x-[A-Za-z0-9]{1376}$/],
  ])('%j has the form %s', (spec, form) => {
    expect(mintToken(spec)).toMatch(form);
  });

  test('two tokens are never the same', () => {
    const spec: TokenSpec = { bytes: 16, encoding: 'hex', prefix: '' };
    const tokens = new Set(Array.from({ length: 1000 }, () => mintToken(spec)));
    expect(tokens.size).toBe(1000);
  });

  test('alphanumeric characters are uniform (no modulo bias): chi-square over 62 symbols', () => {
    const counts = new Map<string, number>();
    let total = 0;
    for (let i = 0; i < 400; i++) {
      for (const ch of mintToken({ bytes: 64, encoding: 'alphanumeric', prefix: '' })) {
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
        total++;
      }
    }
    expect(counts.size).toBe(62);
    const expected = total / 62;
    const chi = [...counts.values()].reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    // 61 degrees of freedom: 120 is far beyond the 0.9999 quantile (~110).
    // A modulo-biased mapping (byte % 62) gives chi-square in the thousands here.
    expect(chi).toBeLessThan(120);
  });

  test('a broken random source is refused before anything could be written', () => {
    const zeros = (size: number) => Buffer.alloc(size);
    expect(() => mintToken({ bytes: 32, encoding: 'hex', prefix: '' }, zeros)).toThrow('sanity check');
    const short = (size: number) => randomBytes(size - 1);
    expect(() => mintToken({ bytes: 32, encoding: 'hex', prefix: '' }, short)).toThrow('returned 31 bytes instead of 32');
  });

  test('the sanity check rejects wrong length, alphabet and too little entropy', () => {
    const spec: TokenSpec = { bytes: 16, encoding: 'hex', prefix: 'p_' };
    expect(() => {
      checkToken(`p_${'ab'.repeat(15)}`, spec);
    }).toThrow('expected 32');
    expect(() => {
      checkToken(`p_${'zz'.repeat(16)}`, spec);
    }).toThrow('outside the hex alphabet');
    expect(() => {
      checkToken('ab'.repeat(16), spec);
    }).toThrow('prefix missing');
    expect(() => {
      checkToken(`p_${'a'.repeat(32)}`, spec);
    }).toThrow('too few characters');
    expect(() => {
      checkToken('abcdef0123456789', { bytes: 8, encoding: 'hex', prefix: '' });
    }).toThrow('only 64 bits');
  });

  test('randomPartLength gives at least bytes*8 bits for every encoding', () => {
    for (const encoding of ['base64url', 'hex', 'alphanumeric'] as const) {
      const spec: TokenSpec = { bytes: 16, encoding, prefix: '' };
      const bits = { base64url: 6, hex: 4, alphanumeric: Math.log2(62) }[encoding];
      expect(randomPartLength(spec) * bits).toBeGreaterThanOrEqual(128);
    }
  });
});

describe('fingerprint and masking', () => {
  test('fingerprint is sha256: and the first 16 hex digits of SHA-256', () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(fingerprint('abc')).toBe('sha256:ba7816bf8f01cfea');
  });

  test('every printable encoding of the token is masked, the standard base64 among them', () => {
    const token = 'dpl_Ab-_9z';
    const forms = encodingsToMask(token);
    expect(forms).toEqual(
      expect.arrayContaining([token, Buffer.from(token).toString('base64'), Buffer.from(token).toString('base64url'), Buffer.from(token).toString('hex')]),
    );
    expect(new Set(forms).size).toBe(forms.length);
  });
});
