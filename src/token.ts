import { createHash, randomBytes } from 'node:crypto';
import type { TokenEncoding } from './inputs.ts';

export interface TokenSpec {
  readonly bytes: number;
  readonly encoding: TokenEncoding;
  readonly prefix: string;
}

/** The random source, injectable so tests can feed a broken generator. */
export type RandomSource = (size: number) => Buffer;

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
// The largest multiple of 62 below 256: bytes at or above it are dropped, so
// every character is equally likely (no modulo bias).
const ALPHANUMERIC_LIMIT = 248;

const BITS_PER_CHAR: Record<TokenEncoding, number> = {
  base64url: 6,
  hex: 4,
  alphanumeric: Math.log2(62),
};

const ALPHABET: Record<TokenEncoding, RegExp> = {
  base64url: /^[A-Za-z0-9_-]+$/,
  hex: /^[0-9a-f]+$/,
  alphanumeric: /^[A-Za-z0-9]+$/,
};

/** How many characters the random part has for a given number of random bytes. */
export function randomPartLength(spec: TokenSpec): number {
  switch (spec.encoding) {
    case 'base64url':
      return Math.ceil((spec.bytes * 8) / 6);
    case 'hex':
      return spec.bytes * 2;
    case 'alphanumeric':
      return Math.ceil((spec.bytes * 8) / BITS_PER_CHAR.alphanumeric);
  }
}

function alphanumeric(length: number, random: RandomSource): string {
  let out = '';
  while (out.length < length) {
    for (const byte of random(Math.max(16, length - out.length + 8))) {
      if (byte < ALPHANUMERIC_LIMIT && out.length < length) out += ALPHANUMERIC.charAt(byte % 62);
    }
  }
  return out;
}

/** Mints a token from Node's CSPRNG and checks it before it may be written anywhere. */
export function mintToken(spec: TokenSpec, random: RandomSource = randomBytes): string {
  const bytes = random(spec.bytes);
  if (bytes.length !== spec.bytes) throw new Error(`the random source returned ${bytes.length} bytes instead of ${spec.bytes}`);
  let body: string;
  switch (spec.encoding) {
    case 'base64url':
      body = bytes.toString('base64url');
      break;
    case 'hex':
      body = bytes.toString('hex');
      break;
    case 'alphanumeric':
      body = alphanumeric(randomPartLength(spec), random);
      break;
  }
  const token = spec.prefix + body;
  checkToken(token, spec, bytes);
  return token;
}

/**
 * The sanity check of SPEC step 3: right length, right alphabet, at least 128
 * bits of entropy, and a random part that does not look like a stuck generator.
 */
export function checkToken(token: string, spec: TokenSpec, bytes?: Buffer): void {
  const problem = tokenProblem(token, spec, bytes);
  if (problem) throw new Error(`the minted token failed its sanity check (${problem}); nothing was written`);
}

function tokenProblem(token: string, spec: TokenSpec, bytes?: Buffer): string | undefined {
  if (!token.startsWith(spec.prefix)) return 'prefix missing';
  const body = token.slice(spec.prefix.length);
  const expected = randomPartLength(spec);
  if (body.length !== expected) return `random part is ${body.length} characters, expected ${expected}`;
  if (!ALPHABET[spec.encoding].test(body)) return `random part has characters outside the ${spec.encoding} alphabet`;
  const bits = body.length * BITS_PER_CHAR[spec.encoding];
  if (bits < 128) return `only ${Math.floor(bits)} bits of entropy`;
  if (bytes?.every((b) => b === bytes[0])) return 'the random bytes are all the same';
  // 16 or more random characters drawn from 16+ symbols: fewer than 4 distinct
  // ones has a probability far below 1e-12, so it means a broken generator.
  if (new Set(body).size < 4) return 'the random part repeats too few characters';
  return undefined;
}

/** `sha256:` + the first 16 hex digits of SHA-256 of the token: safe to log. */
export function fingerprint(token: string): string {
  return `sha256:${createHash('sha256').update(token, 'utf8').digest('hex').slice(0, 16)}`;
}

/**
 * Every form of the token this run could print or receive: the value itself,
 * its standard base64 (a Kubernetes Secret's `data`), base64url, hex, and the
 * URL-encoded form. Each one is masked before anything else happens.
 */
export function encodingsToMask(token: string): string[] {
  const raw = Buffer.from(token, 'utf8');
  const forms = [
    token,
    raw.toString('base64'),
    raw.toString('base64').replace(/=+$/, ''),
    raw.toString('base64url'),
    raw.toString('hex'),
    encodeURIComponent(token),
  ];
  return [...new Set(forms)];
}
