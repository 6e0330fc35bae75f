import * as core from '#actions-core';
import type { StepRecord } from './journal.ts';
import { formatMs } from './journal.ts';
import type { RotationOutcome } from './outcome.ts';
import { scrubber } from './scrub.ts';

export interface SummaryTable {
  readonly heading: string;
  readonly rows: string[][];
  readonly facts: Array<[string, string]>;
  readonly failure: string | undefined;
  readonly run: string | undefined;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The job summary's content: a table of steps and the facts a person checks at a glance. */
export function summarize(parameter: string, records: readonly StepRecord[], outcome: RotationOutcome, run?: string): SummaryTable {
  const { outputs, error } = outcome;
  const status = outcome.dryRun ? 'dry run' : error ? 'failed' : 'rotated';
  const rows = stepRows(records);
  const facts: Array<[string, string]> = [
    ['Parameter', parameter],
    ['Fingerprint', outputs.fingerprint || '(none)'],
    ['SSM version', outputs.version || '(unchanged)'],
    ['Previous version', outputs['previous-version'] || '(none)'],
    ['Rotated', outputs.rotated],
    ['Drift', outputs.drift],
  ];
  if (outputs['rotated-at']) facts.push(['Written at', outputs['rotated-at']]);
  const failure = error ? scrubber.clean(`${error.message}${outcome.state ? ` ${outcome.state}` : ''}`) : undefined;
  return { heading: `rotate-deploy-token: ${status}`, rows, facts, failure, run };
}

/** Markdown for GITHUB_STEP_SUMMARY. */
export function renderSummary(table: SummaryTable): string {
  const lines = [`## ${table.heading}`, ''];
  if (table.failure) lines.push(`> **Failed:** ${cell(table.failure)}`, '');
  lines.push(...stepTable(table.rows));
  lines.push('', '| | |', '| --- | --- |');
  for (const [key, value] of table.facts) lines.push(`| ${key} | \`${cell(value)}\` |`);
  if (table.run) lines.push('', table.run);
  return `${lines.join('\n')}\n`;
}

const stepRows = (records: readonly StepRecord[]): string[][] =>
  records.map((r) => [r.step, r.marker, cell(r.target), r.result, r.ms > 0 ? formatMs(r.ms) : '', cell(r.detail)]);

function stepTable(rows: readonly string[][]): string[] {
  return ['| Step | Marker | Target | Result | Duration | Detail |', '| --- | --- | --- | --- | --- | --- |', ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

/** The table of a journal's steps alone, for the post step's summary. */
export const renderStepTable = (records: readonly StepRecord[]): string => stepTable(stepRows(records)).join('\n');

/** Appends Markdown to the job summary; outside a runner (no GITHUB_STEP_SUMMARY) there is nowhere to write it. */
export async function writeJobSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.debug(`job summary not written: ${(error as Error).message}`);
  }
}
