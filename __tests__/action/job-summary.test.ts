import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { runAction } from '../../local-servers/runner/run-action.ts';
import type { ActionRun } from '../../local-servers/runner/run-action.ts';
import { useSsmServer } from './world.ts';

const NAME = '/team/app/deploy-token';
const world = useSsmServer();

/** The rows of the step table: [status, step, target, duration, detail]. */
function stepRows(summary: string): string[][] {
  const lines = summary.split('\n');
  const start = lines.indexOf('| Status | Step | Target | Duration | Detail |');
  expect(start).toBeGreaterThan(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('| ')) break;
    rows.push(line.slice(2, -2).split(' | '));
  }
  return rows;
}

/** The facts row as name -> value. */
function facts(summary: string): Record<string, string> {
  const lines = summary.split('\n');
  const head = lines.findIndex((line) => line.startsWith('| Parameter |'));
  expect(head).toBeGreaterThan(0);
  const split = (line: string): string[] => line.slice(2, -2).split(' | ');
  const names = split(lines[head] ?? '');
  const values = split(lines[head + 2] ?? '');
  return Object.fromEntries(names.map((name, i) => [name, values[i] ?? '']));
}

/** Every table header names each of its columns. */
function expectNoEmptyHeader(summary: string): void {
  const lines = summary.split('\n');
  // A header row is the line above a delimiter row; the summary has the facts table and the step table.
  const headers = lines.filter((_, i) => /^\|( ---+ \|)+$/.test(lines[i + 1] ?? ''));
  expect(headers).toHaveLength(2);
  expect(headers.filter((header) => /\|\s*\|/.test(header))).toEqual([]);
}

/** Keeps the rendered Markdown where a person can read it (SUMMARY_OUT=dir). */
function keep(name: string, run: ActionRun): void {
  const dir = process.env.SUMMARY_OUT;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.md`), run.summary);
}

describe('the job summary of the bundled action', () => {
  test('success: a headline with the versions, ✅ on every row, previous = the version consumers held', async () => {
    const first = await runAction({ inputs: { 'parameter-name': NAME }, env: world.env });
    expect(first.exitCode).toBe(0);
    expect(first.summary).toContain(`## ✅ rotate-deploy-token: rotated ${NAME} to version 1, creating the parameter\n`);
    expect(facts(first.summary)['Previous version']).toBe('—');

    const run = await runAction({ inputs: { 'parameter-name': NAME }, env: world.env });
    keep('success', run);
    expect(run.exitCode).toBe(0);
    expect(run.summary.split('\n')[0]).toBe(`## ✅ rotate-deploy-token: rotated ${NAME} to version 2, replacing version 1`);
    expect(run.outputs['previous-version']).toBe('1');
    expect(facts(run.summary)).toMatchObject({
      Parameter: `\`${NAME}\``,
      Version: '`2`',
      'Previous version': '`1`',
      Fingerprint: `\`${run.outputs.fingerprint}\``,
      Rotated: '`true`',
    });
    const rows = stepRows(run.summary);
    expect(rows.map(([status, step]) => `${status} ${step}`)).toEqual(['✅ ok preflight', '✅ ok mint', '✅ ok write', '✅ ok label', '✅ ok confirm']);
    expect(rows.find(([, step]) => step === 'write')?.[4]).toBe('version 2 (previous 1)');
    expect(rows.find(([, step]) => step === 'label')?.[4]).toBe('current -> 2, previous -> 1');
    expect(run.summary).not.toContain('Marker');
    expectNoEmptyHeader(run.summary);
    // The log says the same: the PLAN line, before any token, carries no placeholder.
    expect(run.stdout).toMatch(new RegExp(`^PLAN ${NAME} version 1, SecureString, current on 1, `, 'm'));
    expect(run.stdout).not.toContain('no token yet');
  });

  test('rollback: a one-line headline, the details under it, ❌ with its duration and ↩️, previous still the replaced version', async () => {
    await runAction({ inputs: { 'parameter-name': NAME }, env: world.env });
    await runAction({ inputs: { 'parameter-name': NAME }, env: world.env });
    world.ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'AccessDeniedException', count: 1 });
    const run = await runAction({ inputs: { 'parameter-name': NAME }, env: world.env });
    keep('rollback', run);
    expect(run.exitCode).toBe(1);
    const lines = run.summary.split('\n');
    expect(lines[0]).toBe(`## ❌ rotate-deploy-token: label failed for ${NAME}; rolled back, version 4 holds the token of version 2 again`);
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^\*\*Why:\*\* the AWS credentials are not allowed ssm:LabelParameterVersion \(/);
    expect(lines[3]).toMatch(/^\*\*State:\*\* SSM version 4 holds the previous token again, current -> 4, previous label back on 1; /);
    expect(lines[4]).toMatch(/^\*\*Next:\*\* \S/);
    // previous-version names the version this run replaced, in the output, the facts and the ROLLED-BACK line.
    expect(run.outputs).toMatchObject({ version: '4', 'previous-version': '2', rotated: 'false' });
    expect(facts(run.summary)).toMatchObject({ Version: '`4`', 'Previous version': '`2`', Rotated: '`false`' });
    const rows = stepRows(run.summary);
    expect(rows.map(([status, step]) => `${status} ${step}`)).toEqual([
      '✅ ok preflight',
      '✅ ok mint',
      '✅ ok write',
      '❌ failed label',
      '↩️ rolled back rollback',
    ]);
    expect(rows.find(([, step]) => step === 'label')?.[3]).toMatch(/^\d+ ms$/);
    expect(rows.find(([, step]) => step === 'rollback')?.[4]).toMatch(
      /^version 4 holds the value of version 2 \(sha256:[0-9a-f]{16}\), the one this run replaced, again, current -> 4, previous label back on 1; /,
    );
    expect(run.stdout).toMatch(/^FAILED \S+ sha256:[0-9a-f]{16} the AWS credentials are not allowed ssm:LabelParameterVersion .* \(\d+ ms\)$/m);
    expectNoEmptyHeader(run.summary);
  });

  test('dry run: 📝 rows, a headline and facts naming the version it would replace, nothing written', async () => {
    await runAction({ inputs: { 'parameter-name': NAME }, env: world.env });
    await runAction({ inputs: { 'parameter-name': NAME }, env: world.env });
    const run = await runAction({ inputs: { 'parameter-name': NAME, 'dry-run': 'true' }, env: world.env });
    keep('dry-run', run);
    expect(run.exitCode).toBe(0);
    expect(world.ssm.store.versions(NAME)).toHaveLength(2);
    expect(run.summary.split('\n')[0]).toBe(`## 📝 rotate-deploy-token: dry run for ${NAME}, would replace version 2; nothing was written`);
    expect(facts(run.summary)).toEqual({ Parameter: `\`${NAME}\``, Version: '`3` (would write)', 'Previous version': '`2` (would replace)', Drift: '`false`' });
    const rows = stepRows(run.summary);
    expect(rows.map(([status, step]) => `${status} ${step}`)).toEqual(['✅ ok preflight', '📝 planned plan', '📝 planned plan']);
    expect(rows[1]?.[4]).toBe(
      'dry run: would write version 3 (SecureString, alias/aws/ssm, Standard), replacing version 2, the one consumers hold; would move current -> 3, previous -> 2',
    );
    expect(run.outputs['previous-version'] ?? '').toBe('');
    expect(run.stdout).not.toContain('no token yet');
    expectNoEmptyHeader(run.summary);
  });
});
