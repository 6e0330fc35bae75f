import { describe, expect, test } from '@jest/globals';
import { Journal, NO_FINGERPRINT } from '../../src/journal.ts';
import { Scrubber } from '../../src/scrub.ts';

/** A journal whose clock advances 5 ms per reading, logging into an array. */
function journal(): { journal: Journal; lines: string[] } {
  const lines: string[] = [];
  let now = 0;
  return {
    journal: new Journal(
      (line) => lines.push(line),
      () => (now += 5),
      new Scrubber(),
    ),
    lines,
  };
}

describe('Journal lines before and after a token exists', () => {
  test('PLAN and DRIFT lines before the mint carry no fingerprint placeholder', () => {
    const { journal: j, lines } = journal();
    j.mark('PLAN', 'preflight', '/app/token', 'version 3, SecureString', j.now());
    j.mark('DRIFT', 'preflight', '/app/token', 'version 3 was written outside this action');
    expect(lines).toEqual(['PLAN /app/token version 3, SecureString (5 ms)', 'DRIFT /app/token version 3 was written outside this action']);
  });

  test('a FAILED line before the mint says in words that there is no new token yet, with the step duration', () => {
    const { journal: j, lines } = journal();
    j.mark('FAILED', 'preflight', '/app/token', 'the parameter is a String, not a SecureString', j.now(), 'failed');
    expect(lines).toEqual([`FAILED /app/token ${NO_FINGERPRINT} the parameter is a String, not a SecureString (5 ms)`]);
    expect(NO_FINGERPRINT).toBe('(no new token yet)');
    expect(j.records[0]).toMatchObject({ step: 'preflight', result: 'failed', ms: 5 });
  });

  test('once the token exists every line gives its fingerprint', () => {
    const { journal: j, lines } = journal();
    j.fingerprint = 'sha256:0123456789abcdef';
    j.mark('WROTE', 'write', '/app/token', 'version 4 (previous 3)');
    j.mark('FAILED', 'label', '/app/token', 'denied');
    expect(lines).toEqual(['WROTE /app/token sha256:0123456789abcdef version 4 (previous 3)', 'FAILED /app/token sha256:0123456789abcdef denied']);
  });
});
