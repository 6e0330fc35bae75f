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
    expect(() => mintToken({ bytes: 32, encoding: 'hex', prefix: '' }, zeros)).toThrow(
      new Error('the minted token failed its sanity check (the random bytes are all the same); nothing was written'),
    );
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

  test('the forms are exact: standard base64 with and without its padding, base64url, hex, URL-encoded', () => {
    // 10 bytes: standard base64 ends in "==", which a log line may drop; base64url equals the unpadded form here.
    expect(encodingsToMask('dpl_Ab-_9z')).toEqual(['dpl_Ab-_9z', 'ZHBsX0FiLV85eg==', 'ZHBsX0FiLV85eg', '64706c5f41622d5f397a']);
    // 6 bytes: no padding, and base64url differs from base64 in its "+".
    expect(encodingsToMask('a?b>c~')).toEqual(['a?b>c~', 'YT9iPmN+', 'YT9iPmN-', '613f623e637e', 'a%3Fb%3Ec~']);
    // 11 bytes: one "=" of padding.
    expect(encodingsToMask('dpl_Ab-_9zQ')).toContain('ZHBsX0FiLV85elE');
  });
});

/** A random source that answers each call with the next scripted bytes, and records the sizes asked for. */
function scripted(...answers: number[][]): { source: (size: number) => Buffer; sizes: number[] } {
  const sizes: number[] = [];
  const source = (size: number): Buffer => {
    sizes.push(size);
    const next = answers.shift();
    if (next === undefined) throw new Error(`the script has no answer left for a request of ${size} bytes`);
    return Buffer.from(next);
  };
  return { source, sizes };
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

describe('the alphanumeric sampler, with a scripted random source', () => {
  const spec: TokenSpec = { bytes: 16, encoding: 'alphanumeric', prefix: '' };

  test('bytes 248 to 255 are dropped and 247 is kept: every symbol has exactly four bytes mapping to it', () => {
    // Call 1: the 16 bytes the sanity check sees. Call 2: the sampler asks for its 22 characters plus 8 spare.
    const { source, sizes } = scripted(range(0, 16), [248, 252, 255, 247, ...range(0, 10)], range(10, 30));
    expect(randomPartLength(spec)).toBe(22);
    // 247 % 62 = 61 -> '9'; then bytes 0..20 -> 'A'..'U'. Keeping 248 would put 248 % 62 = 0 -> 'A' first.
    expect(mintToken(spec, source)).toBe('9ABCDEFGHIJKLMNOPQRSTU');
    // 11 characters came from call 2, so call 3 asks for the 11 missing plus 8 spare.
    expect(sizes).toEqual([16, 30, 19]);
  });

  test('a short request still asks for at least 16 bytes', () => {
    const { source, sizes } = scripted(range(0, 16), [...range(0, 19), 248, 248], range(19, 40));
    expect(mintToken(spec, source)).toBe('ABCDEFGHIJKLMNOPQRSTUV');
    // After 19 characters, 3 are missing: 3 + 8 = 11, raised to 16.
    expect(sizes).toEqual([16, 30, 16]);
  });

  test('a stuck generator is refused even when the sampled characters look random', () => {
    // The first 16 bytes are all 7; the sampled characters come from later, varied calls.
    const { source } = scripted(new Array<number>(16).fill(7), range(100, 130));
    expect(() => mintToken(spec, source)).toThrow(
      new Error('the minted token failed its sanity check (the random bytes are all the same); nothing was written'),
    );
  });

  test('a constant byte is refused in base64url, where it still gives four distinct characters', () => {
    // 0x5a 0x5a 0x5a encodes as "Wlpa": four symbols, so only the all-bytes-equal check can catch it.
    const { source } = scripted(new Array<number>(32).fill(0x5a));
    expect(() => mintToken({ bytes: 32, encoding: 'base64url', prefix: '' }, source)).toThrow(
      new Error('the minted token failed its sanity check (the random bytes are all the same); nothing was written'),
    );
  });
});

describe('checkToken, edge by edge', () => {
  const hex: TokenSpec = { bytes: 16, encoding: 'hex', prefix: '' };
  const fine = '0123456789abcdef0123456789abcdef';

  test.each<[TokenSpec, string]>([
    [hex, `z${fine.slice(1)}`],
    [hex, `${fine.slice(1)}z`],
    [{ bytes: 16, encoding: 'base64url', prefix: '' }, `=${'Ab-_9z'.repeat(4)}`.slice(0, 22)],
    [{ bytes: 16, encoding: 'base64url', prefix: '' }, 'Ab-_9z'.repeat(4).slice(0, 21) + '='],
    [{ bytes: 16, encoding: 'alphanumeric', prefix: '' }, `_${'Ab9z'.repeat(6)}`.slice(0, 22)],
    [{ bytes: 16, encoding: 'alphanumeric', prefix: '' }, 'Ab9z'.repeat(6).slice(0, 21) + '_'],
  ])('%j: %s has a character outside the alphabet at one end', (spec, token) => {
    expect(() => {
      checkToken(token, spec);
    }).toThrow(new Error(`the minted token failed its sanity check (random part has characters outside the ${spec.encoding} alphabet); nothing was written`));
  });

  test('four distinct characters are enough, three are not', () => {
    expect(() => {
      checkToken('abcd'.repeat(8), hex);
    }).not.toThrow();
    expect(() => {
      checkToken('abca'.repeat(8), hex);
    }).toThrow(new Error('the minted token failed its sanity check (the random part repeats too few characters); nothing was written'));
  });

  test('exactly 128 bits of entropy is enough', () => {
    expect(() => {
      checkToken(fine, hex);
    }).not.toThrow();
  });
});
