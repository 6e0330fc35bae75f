import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, jest, test } from '@jest/globals';
import { StepError } from '../../src/errors.ts';
import { formatMs, Journal } from '../../src/journal.ts';
import { emptyOutputs } from '../../src/outcome.ts';
import type { RotationOutcome } from '../../src/outcome.ts';
import { renderStepTable, renderSummary, summarize, writeJobSummary } from '../../src/summary.ts';

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
    expect(j.fingerprint).toBe('(no token yet)');
    expect(j.mark('PLAN', 'validate', '/a/b', 'would write version 2')).toEqual({
      step: 'validate',
      marker: 'PLAN',
      target: '/a/b',
      result: 'ok',
      detail: 'would write version 2',
      ms: 0,
    });
    j.fingerprint = 'sha256:0123456789abcdef';
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
      'PLAN /a/b (no token yet) would write version 2',
      'WROTE /a/b sha256:0123456789abcdef version 2 (1.5 s)',
      'FAILED /a/b sha256:0123456789abcdef denied',
    ]);
    expect(j.records.map((r) => r.marker)).toEqual(['PLAN', 'WROTE', 'FAILED']);
  });

  test('a clock that goes back gives 0 ms, not a negative duration', () => {
    const { journal: j, lines } = journal([400]);
    expect(j.mark('SYNCED', 'sync', 'prod/token', 'synced', 500).ms).toBe(0);
    expect(lines).toEqual(['SYNCED prod/token (no token yet) synced (0 ms)']);
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
  const records = [
    { step: 'write' as const, marker: 'WROTE' as const, target: '/a|b', result: 'ok' as const, detail: 'version 2\nof 2', ms: 1500 },
    { step: 'label' as const, marker: 'LABELED' as const, target: '/a|b', result: 'ok' as const, detail: 'current -> 2', ms: 0 },
  ];

  test('a rotation: heading, one row per step with | and line breaks escaped, and the facts', () => {
    const table = summarize(
      '/a|b',
      records,
      outcome({}, { fingerprint: 'sha256:0123456789abcdef', version: '2', 'previous-version': '1', rotated: 'true', 'rotated-at': '2026-01-01T00:00:00.000Z' }),
      '[run](https://example.com/run/1)',
    );
    expect(table).toEqual({
      heading: 'rotate-deploy-token: rotated',
      rows: [
        ['write', 'WROTE', '/a\\|b', 'ok', '1.5 s', 'version 2 of 2'],
        ['label', 'LABELED', '/a\\|b', 'ok', '', 'current -> 2'],
      ],
      facts: [
        ['Parameter', '/a|b'],
        ['Fingerprint', 'sha256:0123456789abcdef'],
        ['SSM version', '2'],
        ['Previous version', '1'],
        ['Rotated', 'true'],
        ['Drift', 'false'],
        ['Written at', '2026-01-01T00:00:00.000Z'],
      ],
      failure: undefined,
      run: '[run](https://example.com/run/1)',
    });
    expect(renderSummary(table)).toBe(
      [
        '## rotate-deploy-token: rotated',
        '',
        '| Step | Marker | Target | Result | Duration | Detail |',
        '| --- | --- | --- | --- | --- | --- |',
        '| write | WROTE | /a\\|b | ok | 1.5 s | version 2 of 2 |',
        '| label | LABELED | /a\\|b | ok |  | current -> 2 |',
        '',
        '| | |',
        '| --- | --- |',
        '| Parameter | `/a\\|b` |',
        '| Fingerprint | `sha256:0123456789abcdef` |',
        '| SSM version | `2` |',
        '| Previous version | `1` |',
        '| Rotated | `true` |',
        '| Drift | `false` |',
        '| Written at | `2026-01-01T00:00:00.000Z` |',
        '',
        '[run](https://example.com/run/1)',
        '',
      ].join('\n'),
    );
  });

  test('a failure: the error and the state it left, on one line, and placeholders for what is missing', () => {
    const error = new StepError('sync', 'prod/token', 'ESO did not sync | in time.', 'Check ESO.');
    const table = summarize('/a', [], outcome({ error, state: 'SSM version 2 holds the new token.\nNothing else changed.' }));
    expect(table.heading).toBe('rotate-deploy-token: failed');
    expect(table.failure).toBe('sync prod/token: ESO did not sync | in time. Check ESO. SSM version 2 holds the new token.\nNothing else changed.');
    expect(table.facts).toEqual([
      ['Parameter', '/a'],
      ['Fingerprint', '(none)'],
      ['SSM version', '(unchanged)'],
      ['Previous version', '(none)'],
      ['Rotated', 'false'],
      ['Drift', 'false'],
    ]);
    expect(table.run).toBeUndefined();
    const markdown = renderSummary(table);
    expect(markdown.split('\n').slice(0, 5)).toEqual([
      '## rotate-deploy-token: failed',
      '',
      '> **Failed:** sync prod/token: ESO did not sync \\| in time. Check ESO. SSM version 2 holds the new token. Nothing else changed.',
      '',
      '| Step | Marker | Target | Result | Duration | Detail |',
    ]);
    expect(markdown.endsWith('| Drift | `false` |\n')).toBe(true);
  });

  test('a failure without a state sentence ends at the error', () => {
    const error = new StepError('write', '/a', 'denied.', '');
    expect(summarize('/a', [], outcome({ error })).failure).toBe('write /a: denied.');
  });

  test('a dry run says so, even when an error is set', () => {
    expect(summarize('/a', [], outcome({ dryRun: true })).heading).toBe('rotate-deploy-token: dry run');
    expect(summarize('/a', [], outcome({ dryRun: true, error: new StepError('write', '/a', 'x.', '') })).heading).toBe('rotate-deploy-token: dry run');
  });

  test('the post step’s table of steps alone', () => {
    expect(renderStepTable(records)).toBe(
      [
        '| Step | Marker | Target | Result | Duration | Detail |',
        '| --- | --- | --- | --- | --- | --- |',
        '| write | WROTE | /a\\|b | ok | 1.5 s | version 2 of 2 |',
        '| label | LABELED | /a\\|b | ok |  | current -> 2 |',
      ].join('\n'),
    );
  });

  test('CRLF line breaks in a detail become one space', () => {
    expect(renderStepTable([{ ...records[1]!, detail: 'a\r\nb\nc' }]).split('\n')[2]).toBe('| label | LABELED | /a\\|b | ok |  | a b c |');
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
