import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, jest, test } from '@jest/globals';
import { StepError } from '../../src/errors.ts';
import { formatMs, Journal, NO_FINGERPRINT } from '../../src/journal.ts';
import type { StepRecord } from '../../src/journal.ts';
import { emptyOutputs } from '../../src/outcome.ts';
import type { RotationOutcome } from '../../src/outcome.ts';
import { Scrubber, scrubber } from '../../src/scrub.ts';
import { factTable, renderStepTable, renderSummary, summarize, SYMBOLS, writeJobSummary } from '../../src/summary.ts';
import { fingerprint } from '../../src/token.ts';
import { present } from '../../local-servers/present.ts';

/** A journal with a scripted clock and the lines it logged. */
function journal(times: number[]): { journal: Journal; lines: string[] } {
  const lines: string[] = [];
  const clock = () => {
    const next = times.shift();
    if (next === undefined) throw new Error('the scripted clock has no time left');
    return next;
  };
  return { journal: new Journal((line) => lines.push(line), clock), lines };
}

describe('Journal', () => {
  test('logs MARKER target fingerprint detail, with the duration when the step has a start', () => {
    const { journal: j, lines } = journal([1000, 2500]);
    expect(j.fingerprint).toBe('');
    expect(j.mark('PLAN', 'validate', '/a/b', 'would write version 2')).toEqual({
      step: 'validate',
      marker: 'PLAN',
      target: '/a/b',
      result: 'ok',
      detail: 'would write version 2',
      ms: 0,
    });
    j.fingerprint = 'sha256:0123456789abcdef';
    expect(j.fingerprint).toBe('sha256:0123456789abcdef');
    const started = j.now();
    expect(j.mark('WROTE', 'write', '/a/b', 'version 2', started)).toEqual({
      step: 'write',
      marker: 'WROTE',
      target: '/a/b',
      result: 'ok',
      detail: 'version 2',
      ms: 1500,
    });
    expect(j.mark('FAILED', 'label', '/a/b', 'denied', undefined, 'failed').result).toBe('failed');
    expect(lines).toEqual([
      'PLAN /a/b would write version 2',
      'WROTE /a/b sha256:0123456789abcdef version 2 (1.5 s)',
      'FAILED /a/b sha256:0123456789abcdef denied',
    ]);
    expect(j.records.map((r) => r.marker)).toEqual(['PLAN', 'WROTE', 'FAILED']);
  });

  test('before the mint: PLAN and DRIFT leave the fingerprint out, every other marker says there is no new token yet', () => {
    const { journal: j, lines } = journal([]);
    j.mark('DRIFT', 'preflight', '/a', 'version 3 was written outside this action');
    j.mark('PLAN', 'preflight', '/a', 'version 3');
    j.mark('MINTED', 'mint', '/a', '32 bytes');
    j.mark('FAILED', 'write', '/a', 'denied', undefined, 'failed');
    expect(lines).toEqual([
      'DRIFT /a version 3 was written outside this action',
      'PLAN /a version 3',
      `MINTED /a ${NO_FINGERPRINT} 32 bytes`,
      `FAILED /a ${NO_FINGERPRINT} denied`,
    ]);
    expect(NO_FINGERPRINT).toBe('(no new token yet)');
  });

  test('target and detail go through the scrubber before the line and the record', () => {
    const token = 'Zq7lS0xWmP3vT9bK2hR5nC8dF1gJ4yE6';
    const scrub = new Scrubber();
    scrub.know(token);
    const lines: string[] = [];
    const j = new Journal(
      (line) => lines.push(line),
      () => 0,
      scrub,
    );
    expect(j.scrubber).toBe(scrub);
    const record = j.mark('FAILED', 'write', `/a/${token}`, `SSM said ${token}\nand ::error::`, undefined, 'failed');
    const print = fingerprint(token);
    expect(record.target).toBe(`/a/${print}`);
    expect(record.detail).toBe(`SSM said ${print} and : :error: :`);
    expect(lines).toEqual([`FAILED /a/${print} ${NO_FINGERPRINT} SSM said ${print} and : :error: :`]);
  });

  test('the default scrubber is the process scrubber', () => {
    expect(new Journal(() => undefined).scrubber).toBe(scrubber);
  });

  test('a clock that goes back gives 0 ms, not a negative duration', () => {
    const { journal: j, lines } = journal([400]);
    expect(j.mark('SYNCED', 'sync', 'prod/token', 'synced', 500).ms).toBe(0);
    expect(lines).toEqual([`SYNCED prod/token ${NO_FINGERPRINT} synced (0 ms)`]);
  });

  test('the default clock is performance.now', () => {
    const j = new Journal(() => undefined);
    const before = performance.now();
    const now = j.now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(performance.now());
  });
});

describe('formatMs', () => {
  test.each<[number, string]>([
    [0, '0 ms'],
    [999.4, '999 ms'],
    [1000, '1.0 s'],
    [59_949, '59.9 s'],
    [60_000, '1 min 0 s'],
    [61_500, '1 min 2 s'],
    [3_599_000, '59 min 59 s'],
  ])('%p -> %p', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });
});

const outcome = (over: Partial<RotationOutcome> = {}, outputs: Partial<ReturnType<typeof emptyOutputs>> = {}): RotationOutcome => ({
  outputs: { ...emptyOutputs(), ...outputs },
  error: undefined,
  state: undefined,
  dryRun: false,
  ...over,
});

describe('summarize and renderSummary', () => {
  const records: StepRecord[] = [
    { step: 'write', marker: 'WROTE', target: '/a|b', result: 'ok', detail: 'version 2\nof 2', ms: 1500 },
    { step: 'label', marker: 'LABELED', target: '/a|b', result: 'ok', detail: 'current -> 2', ms: 0 },
  ];
  const done = { fingerprint: 'sha256:0123456789abcdef', version: '2', 'previous-version': '1', rotated: 'true', 'rotated-at': '2026-01-01T00:00:00.000Z' };

  test('a rotation: the ✅ headline with both versions, the facts row, one row per step with | and line breaks escaped', () => {
    const table = summarize('/a|b', records, outcome({}, done), '[run](https://example.com/run/1)');
    expect(table).toEqual({
      headline: '✅ rotate-deploy-token: rotated /a|b to version 2, replacing version 1',
      details: [],
      rows: [
        ['✅ ok', 'write', '/a\\|b', '1.5 s', 'version 2 of 2'],
        ['✅ ok', 'label', '/a\\|b', '', 'current -> 2'],
      ],
      facts: [
        ['Parameter', '`/a\\|b`'],
        ['Version', '`2`'],
        ['Previous version', '`1`'],
        ['Fingerprint', '`sha256:0123456789abcdef`'],
        ['Rotated', '`true`'],
        ['Drift', '`false`'],
        ['Written at', '`2026-01-01T00:00:00.000Z`'],
      ],
      run: '[run](https://example.com/run/1)',
    });
    expect(renderSummary(table)).toBe(
      [
        '## ✅ rotate-deploy-token: rotated /a\\|b to version 2, replacing version 1',
        '',
        '| Parameter | Version | Previous version | Fingerprint | Rotated | Drift | Written at |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| `/a\\|b` | `2` | `1` | `sha256:0123456789abcdef` | `true` | `false` | `2026-01-01T00:00:00.000Z` |',
        '',
        '| Status | Step | Target | Duration | Detail |',
        '| --- | --- | --- | --- | --- |',
        '| ✅ ok | write | /a\\|b | 1.5 s | version 2 of 2 |',
        '| ✅ ok | label | /a\\|b |  | current -> 2 |',
        '',
        '[run](https://example.com/run/1)',
        '',
      ].join('\n'),
    );
  });

  test('a first rotation creates the parameter: no previous version, no time written, a dash for what is empty', () => {
    const table = summarize('/a', [], outcome({}, { version: '1', rotated: 'true' }));
    expect(table.headline).toBe('✅ rotate-deploy-token: rotated /a to version 1, creating the parameter');
    expect(table.facts).toEqual([
      ['Parameter', '`/a`'],
      ['Version', '`1`'],
      ['Previous version', '—'],
      ['Fingerprint', '—'],
      ['Rotated', '`true`'],
      ['Drift', '`false`'],
    ]);
    expect(table.run).toBeUndefined();
    expect(renderSummary(table)).toBe(
      [
        '## ✅ rotate-deploy-token: rotated /a to version 1, creating the parameter',
        '',
        '| Parameter | Version | Previous version | Fingerprint | Rotated | Drift |',
        '| --- | --- | --- | --- | --- | --- |',
        '| `/a` | `1` | — | — | `true` | `false` |',
        '',
        '| Status | Step | Target | Duration | Detail |',
        '| --- | --- | --- | --- | --- |',
        '',
      ].join('\n'),
    );
  });

  test('a failure before any write: the ❌ headline, then why, the state on one line and what to do, each a Markdown line break', () => {
    const error = new StepError('sync', 'prod/token', 'ESO did not sync | in time.', 'Check ESO.');
    const failed: StepRecord = { step: 'sync', marker: 'FAILED', target: 'prod/token', result: 'failed', detail: 'not synced', ms: 61_500 };
    const table = summarize('/a', [failed], outcome({ error, state: 'SSM version 2 holds the new token.\nNothing else changed.' }));
    expect(table.headline).toBe('❌ rotate-deploy-token: sync failed for prod/token; no new token handed out');
    expect(table.details).toEqual([
      '**Why:** ESO did not sync | in time.',
      '**State:** SSM version 2 holds the new token. Nothing else changed.',
      '**Next:** Check ESO.',
    ]);
    expect(table.rows).toEqual([['❌ failed', 'sync', 'prod/token', '1 min 2 s', 'not synced']]);
    expect(renderSummary(table)).toBe(
      [
        '## ❌ rotate-deploy-token: sync failed for prod/token; no new token handed out',
        '',
        '**Why:** ESO did not sync \\| in time.  ',
        '**State:** SSM version 2 holds the new token. Nothing else changed.  ',
        '**Next:** Check ESO.  ',
        '',
        '| Parameter | Version | Previous version | Fingerprint | Rotated | Drift |',
        '| --- | --- | --- | --- | --- | --- |',
        '| `/a` | — | — | — | `false` | `false` |',
        '',
        '| Status | Step | Target | Duration | Detail |',
        '| --- | --- | --- | --- | --- |',
        '| ❌ failed | sync | prod/token | 1 min 2 s | not synced |',
        '',
      ].join('\n'),
    );
  });

  test('a failure after the write that kept the new token names its version; without a state sentence there is no State line', () => {
    const error = new StepError('restart', 'deployment/api', 'denied.', 'Grant patch.');
    const table = summarize('/a', [], outcome({ error }, { ...done, version: '3', 'previous-version': '2' }));
    expect(table.headline).toBe('❌ rotate-deploy-token: restart failed for deployment/api; the new token (version 3) stays in force');
    expect(table.details).toEqual(['**Why:** denied.', '**Next:** Grant patch.']);
  });

  test('a failure that rolled back says which version holds the replaced token again', () => {
    const error = new StepError('verify', 'prod/token', 'the value differs.', 'Check the store.');
    const rolled: StepRecord = { step: 'rollback', marker: 'ROLLED-BACK', target: '/a', result: 'rolled back', detail: 'version 4 holds version 2', ms: 0 };
    const table = summarize(
      '/a',
      [rolled],
      outcome({ error, state: 'Version 4 holds the token of version 2.' }, { ...done, version: '4', 'previous-version': '2' }),
    );
    expect(table.headline).toBe('❌ rotate-deploy-token: verify failed for prod/token; rolled back, version 4 holds the token of version 2 again');
    expect(table.rows).toEqual([['↩️ rolled back', 'rollback', '/a', '', 'version 4 holds version 2']]);
    expect(table.facts.slice(0, 3)).toEqual([
      ['Parameter', '`/a`'],
      ['Version', '`4`'],
      ['Previous version', '`2`'],
    ]);
  });

  test('a dry run names the version it would write and the one it would replace; nothing is written', () => {
    const table = summarize('/a', [], outcome({ dryRun: true, planned: { version: 5, replaces: 4 } }, { drift: 'true' }));
    expect(table.headline).toBe('📝 rotate-deploy-token: dry run for /a, would replace version 4; nothing was written');
    expect(table.details).toEqual([]);
    expect(table.facts).toEqual([
      ['Parameter', '`/a`'],
      ['Version', '`5` (would write)'],
      ['Previous version', '`4` (would replace)'],
      ['Drift', '`true`'],
    ]);
  });

  test('a dry run on a missing parameter would create it; version 0 replaced is still a version', () => {
    const create = summarize('/a', [], outcome({ dryRun: true, planned: { version: 1, replaces: undefined } }));
    expect(create.headline).toBe('📝 rotate-deploy-token: dry run for /a, would create it; nothing was written');
    expect(create.facts).toEqual([
      ['Parameter', '`/a`'],
      ['Version', '`1` (would write)'],
      ['Previous version', '— (would create)'],
      ['Drift', '`false`'],
    ]);
    const zero = summarize('/a', [], outcome({ dryRun: true, planned: { version: 1, replaces: 0 } }));
    expect(zero.headline).toBe('📝 rotate-deploy-token: dry run for /a, would replace version 0; nothing was written');
    expect(zero.facts[2]).toEqual(['Previous version', '`0` (would replace)']);
  });

  test('a dry run without a plan (it failed before planning) has dashes for both versions and the failure headline', () => {
    const error = new StepError('preflight', '/a', 'the parameter is a String.', 'Use a SecureString.');
    const table = summarize('/a', [], outcome({ dryRun: true, error }));
    expect(table.headline).toBe('❌ rotate-deploy-token: preflight failed for /a; no new token handed out');
    expect(table.facts).toEqual([
      ['Parameter', '`/a`'],
      ['Version', '—'],
      ['Previous version', '— (would create)'],
      ['Drift', '`false`'],
    ]);
  });

  test('headline, details and facts go through the scrubber: a known token becomes its fingerprint, :: is defused', () => {
    const token = 'Hk4pW8sN1qZ6tB3vY7mD0cR5xL2jF9gA';
    scrubber.know(token);
    const print = fingerprint(token);
    const error = new StepError('write', `/a/${token}`, `SSM said ${token}.`, '::error::retry.');
    const table = summarize(`/p/${token}`, [], outcome({ error, state: `nothing holds ${token}.` }, { 'rotated-at': `at ${token}` }));
    expect(table.headline).toBe(`❌ rotate-deploy-token: write failed for /a/${print}; no new token handed out`);
    expect(table.details).toEqual([`**Why:** SSM said ${print}.`, `**State:** nothing holds ${print}.`, '**Next:** : :error: :retry.']);
    expect(table.facts[0]).toEqual(['Parameter', `\`/p/${print}\``]);
    expect(table.facts[6]).toEqual(['Written at', `\`at ${print}\``]);
    expect(JSON.stringify(table)).not.toContain(token);
  });

  test('each result has its symbol; a DRIFT row that is ok shows ⚠️ drift, a failed one stays ❌ failed', () => {
    expect(SYMBOLS).toEqual({ ok: '✅', failed: '❌', 'rolled back': '↩️', planned: '📝', skipped: '⏭️', recovered: '🩹', drift: '⚠️' });
    const row = (marker: StepRecord['marker'], result: StepRecord['result']): StepRecord => ({
      step: 'preflight',
      marker,
      target: '/a',
      result,
      detail: 'd',
      ms: 0,
    });
    const table = summarize(
      '/a',
      [row('DRIFT', 'ok'), row('DRIFT', 'failed'), row('PLAN', 'planned'), row('PLAN', 'skipped'), row('RECOVERED', 'recovered'), row('PLAN', 'ok')],
      outcome(),
    );
    expect(table.rows.map(([status]) => status)).toEqual(['⚠️ drift', '❌ failed', '📝 planned', '⏭️ skipped', '🩹 recovered', '✅ ok']);
  });

  test('the facts table: names in the header row, one row of values', () => {
    expect(
      factTable([
        ['A', '`1`'],
        ['B', '—'],
      ]),
    ).toEqual(['| A | B |', '| --- | --- |', '| `1` | — |']);
  });

  test('the post step’s table of steps alone', () => {
    expect(renderStepTable(records)).toBe(
      [
        '| Status | Step | Target | Duration | Detail |',
        '| --- | --- | --- | --- | --- |',
        '| ✅ ok | write | /a\\|b | 1.5 s | version 2 of 2 |',
        '| ✅ ok | label | /a\\|b |  | current -> 2 |',
      ].join('\n'),
    );
  });

  test('CRLF line breaks in a detail become one space; a 1 ms step shows its duration', () => {
    expect(renderStepTable([{ ...present(records[1]), detail: 'a\r\nb\nc', ms: 1 }]).split('\n')[2]).toBe('| ✅ ok | label | /a\\|b | 1 ms | a b c |');
  });
});

describe('writeJobSummary', () => {
  test('without GITHUB_STEP_SUMMARY nothing is written and nothing throws; with it the summary is appended', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'summary-')), 'step-summary.md');
    writeFileSync(file, 'before\n');
    const saved = process.env.GITHUB_STEP_SUMMARY;
    try {
      // No GITHUB_STEP_SUMMARY (outside a runner): nothing to write to, and no error either.
      delete process.env.GITHUB_STEP_SUMMARY;
      const stdout: string[] = [];
      const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => stdout.push(String(chunk)) > 0);
      await expect(writeJobSummary('## lost\n'))
        .resolves.toBeUndefined()
        .finally(() => {
          spy.mockRestore();
        });
      // Said only at debug level, with @actions/core's reason.
      expect(stdout.join('')).toMatch(/^::debug::job summary not written: Unable to find environment variable for \$GITHUB_STEP_SUMMARY\./m);
      expect(readFileSync(file, 'utf8')).toBe('before\n');
      process.env.GITHUB_STEP_SUMMARY = file;
      await writeJobSummary('## rotated\n');
      const written = readFileSync(file, 'utf8');
      expect(written.startsWith('before\n')).toBe(true);
      expect(written.endsWith('## rotated\n')).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = saved;
    }
  });
});
