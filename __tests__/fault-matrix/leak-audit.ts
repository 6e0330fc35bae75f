import { expect } from '@jest/globals';
import type { ActionRun } from '../../local-servers/runner/run-action.ts';

/**
 * The leak audit (SPEC.md, "Security promises"): a token may leave the
 * process only in `::add-mask::` commands and the `token` output. Every other
 * channel the runner keeps — stdout, stderr, the job summary, GITHUB_STATE,
 * GITHUB_OUTPUT (apart from the token output), GITHUB_ENV, GITHUB_PATH — is
 * searched for every token in every encoding it could be printed in.
 */

export function encodingsOf(token: string): Record<string, string> {
  const bytes = Buffer.from(token, 'utf8');
  return {
    raw: token,
    base64: bytes.toString('base64'),
    'base64 unpadded': bytes.toString('base64').replace(/=+$/, ''),
    base64url: bytes.toString('base64url'),
    hex: bytes.toString('hex'),
    'hex upper': bytes.toString('hex').toUpperCase(),
    'URL-encoded': encodeURIComponent(token),
  };
}

/** GITHUB_OUTPUT without the `token` output's value (the one place the token may be written), or a set's `tokens`. */
function outputFileWithoutToken(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^tokens?<<(.+)$/.exec(line);
    if (heredoc) {
      kept.push(line);
      for (i++; i < lines.length && lines[i] !== heredoc[1]; i++) kept.push('(token output)');
      if (i < lines.length) kept.push(lines[i] ?? '');
    } else if (/^tokens?=/.test(line)) {
      kept.push('token=(token output)');
    } else {
      kept.push(line);
    }
  }
  return kept.join('\n');
}

/** Where each token shows up outside the allowed places: `channel: encoding of token #n`. */
export function tokenLeaks(run: ActionRun, tokens: readonly string[]): string[] {
  const channels: Record<string, string> = {
    stdout: run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    'job summary': run.summary,
    GITHUB_STATE: run.files.GITHUB_STATE ?? '',
    GITHUB_OUTPUT: outputFileWithoutToken(run.files.GITHUB_OUTPUT ?? ''),
    GITHUB_ENV: run.files.GITHUB_ENV ?? '',
    GITHUB_PATH: run.files.GITHUB_PATH ?? '',
  };
  const leaks: string[] = [];
  tokens.forEach((token, n) => {
    for (const [encoding, form] of Object.entries(encodingsOf(token))) {
      for (const [channel, text] of Object.entries(channels)) {
        if (text.includes(form)) leaks.push(`${channel}: ${encoding} of token #${n}`);
      }
    }
  });
  return [...new Set(leaks)];
}

/** Asserts no token leaks, and that the token output, when set, is one of the tokens and is masked. */
export function expectNoTokenLeak(run: ActionRun, tokens: readonly string[]): void {
  expect(tokenLeaks(run, tokens)).toEqual([]);
  // An empty token output (nothing handed out) has nothing to check; a set one must be known and masked.
  const handedOut = run.outputs.token ?? '';
  const lines = run.stdout.split('\n');
  expect({ known: handedOut === '' || tokens.includes(handedOut), masked: handedOut === '' || lines.includes(`::add-mask::${handedOut}`) }).toEqual({
    known: true,
    masked: true,
  });
}
