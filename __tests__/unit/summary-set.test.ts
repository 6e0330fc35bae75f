import { describe, expect, test } from '@jest/globals';
import { StepError } from '../../src/errors.ts';
import type { StepRecord } from '../../src/journal.ts';
import { emptyOutputs } from '../../src/outcome.ts';
import type { MemberFacts, RotationOutcome } from '../../src/outcome.ts';
import { renderSummary, summarize } from '../../src/summary.ts';

const members: MemberFacts[] = [
  { name: '/s/a', key: 'a', version: '5', previousVersion: '4', fingerprint: 'sha256:aaaaaaaaaaaaaaaa', drift: false },
  { name: '/s/b', key: 'b', version: '2', previousVersion: '1', fingerprint: 'sha256:bbbbbbbbbbbbbbbb', drift: true },
];
const records: StepRecord[] = [{ step: 'write', marker: 'WROTE', target: '/s/a', result: 'ok', detail: 'version 5 (previous 4)', ms: 12 }];
const outcome = (over: Partial<RotationOutcome> = {}): RotationOutcome => ({
  outputs: { ...emptyOutputs(), rotated: 'true' },
  error: undefined,
  state: undefined,
  dryRun: false,
  members,
  ...over,
});

describe('the job summary of a set', () => {
  test('the headline names the set and each parameter has its facts row', () => {
    const text = renderSummary(summarize('/s/a, /s/b', records, outcome()));
    expect(text.split('\n').slice(0, 6)).toEqual([
      '## ✅ rotate-deploy-token: rotated the set /s/a, /s/b',
      '',
      '| Parameter | Output key | Version | Previous version | Fingerprint | Drift |',
      '| --- | --- | --- | --- | --- | --- |',
      '| `/s/a` | `a` | `5` | `4` | `sha256:aaaaaaaaaaaaaaaa` | `false` |',
      '| `/s/b` | `b` | `2` | `1` | `sha256:bbbbbbbbbbbbbbbb` | `true` |',
    ]);
  });

  test('a failure says whether the set was rolled back, with why, the state and what to do', () => {
    const error = new StepError('sync', 'default/externalsecret/ab', 'ESO failed.', 'Fix the store.');
    const rolled: StepRecord = { step: 'rollback', marker: 'ROLLED-BACK', target: '/s/a', result: 'rolled back', detail: 'restored', ms: 3 };
    const table = summarize('/s/a, /s/b', [...records, rolled], outcome({ error, state: 'Both restored.', outputs: { ...emptyOutputs(), rotated: 'false' } }));
    expect([table.headline, ...table.details]).toEqual([
      '❌ rotate-deploy-token: sync failed for default/externalsecret/ab; the set was rolled back',
      '**Why:** ESO failed.',
      '**State:** Both restored.',
      '**Next:** Fix the store.',
    ]);
    const kept = summarize('/s/a, /s/b', records, outcome({ error: new StepError('restart', 'default/deployment/api', 'Timed out.', 'Look.') }));
    expect(kept.headline).toBe('❌ rotate-deploy-token: restart failed for default/deployment/api; the new tokens stay in force');
  });

  test('a dry run shows the version each parameter would get', () => {
    const planned = members.map((m, i) => ({ ...m, version: '', fingerprint: '', plannedVersion: 6 - i * 3 }));
    const table = summarize('/s/a, /s/b', [], outcome({ dryRun: true, members: planned }));
    expect(table.headline).toBe('📝 rotate-deploy-token: dry run for the set /s/a, /s/b; nothing was written');
    expect([table.facts[2], table.moreFacts?.[0]?.[2]]).toEqual([['Version', '`6` (would write)'], '`3` (would write)']);
  });
});
