import * as core from '#actions-core';
import type { StepRecord, StepResult } from './journal.ts';
import { formatMs } from './journal.ts';
import type { MemberFacts, RotationOutcome } from './outcome.ts';
import { scrubber } from './scrub.ts';

export interface SummaryTable {
  /** One line: the symbol, what happened and to what. */
  readonly headline: string;
  /** On failure, the lines under the headline: what failed, the state it left, what to do. */
  readonly details: string[];
  readonly rows: string[][];
  readonly facts: [string, string][];
  /** A set: the facts rows of the parameters after the first (the first is `facts`). */
  readonly moreFacts?: string[][];
  readonly run: string | undefined;
}

/** The symbol of each row's result; the README's "Job summary" section lists the same set. */
export const SYMBOLS: Readonly<Record<StepResult | 'drift', string>> = {
  ok: '✅',
  failed: '❌',
  'rolled back': '↩️',
  planned: '📝',
  skipped: '⏭️',
  recovered: '🩹',
  drift: '⚠️',
};

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (text: string): string => (text ? `\`${cell(text)}\`` : '—');

/**
 * The job summary's content: a headline, on failure the details under it, a
 * table of the steps and one row of the facts a person checks at a glance.
 * "Previous version" is the previous-version output: the version this run
 * replaced as consumers held it, after a rollback too; a dry run shows the one
 * it would replace.
 */
export function summarize(parameter: string, records: readonly StepRecord[], outcome: RotationOutcome, run?: string): SummaryTable {
  if (outcome.members) return summarizeSet(outcome.members, records, outcome, run);
  const { outputs, error, planned } = outcome;
  const rolledBack = records.some((r) => r.result === 'rolled back');
  let headline: string;
  const details: string[] = [];
  if (error) {
    const after = rolledBack
      ? `rolled back, version ${outputs.version} holds the token of version ${outputs['previous-version']} again`
      : outputs.rotated === 'true'
        ? `the new token (version ${outputs.version}) stays in force`
        : 'no new token handed out';
    headline = `${SYMBOLS.failed} rotate-deploy-token: ${error.step} failed for ${error.target}; ${after}`;
    details.push(`**Why:** ${error.reason}`);
    if (outcome.state) details.push(`**State:** ${outcome.state}`);
    details.push(`**Next:** ${error.next}`);
  } else if (outcome.dryRun) {
    const replaces = planned?.replaces === undefined ? 'would create it' : `would replace version ${planned.replaces}`;
    headline = `${SYMBOLS.planned} rotate-deploy-token: dry run for ${parameter}, ${replaces}; nothing was written`;
  } else {
    const replaced = outputs['previous-version'] ? `, replacing version ${outputs['previous-version']}` : ', creating the parameter';
    headline = `${SYMBOLS.ok} rotate-deploy-token: rotated ${parameter} to version ${outputs.version}${replaced}`;
  }

  const facts: [string, string][] = outcome.dryRun
    ? [
        ['Parameter', code(parameter)],
        ['Version', planned ? `${code(String(planned.version))} (would write)` : '—'],
        ['Previous version', planned?.replaces !== undefined ? `${code(String(planned.replaces))} (would replace)` : '— (would create)'],
        ['Drift', code(outputs.drift)],
      ]
    : [
        ['Parameter', code(parameter)],
        ['Version', code(outputs.version)],
        ['Previous version', code(outputs['previous-version'])],
        ['Fingerprint', code(outputs.fingerprint)],
        ['Rotated', code(outputs.rotated)],
        ['Drift', code(outputs.drift)],
      ];
  if (outputs['rotated-at']) facts.push(['Written at', code(outputs['rotated-at'])]);
  const clean = (line: string): string => scrubber.clean(line);
  return { headline: clean(headline), details: details.map(clean), rows: stepRows(records), facts: facts.map(([k, v]) => [k, clean(v)]), run };
}

/** A set's summary: the headline names the set, and each parameter has its facts row. */
function summarizeSet(members: readonly MemberFacts[], records: readonly StepRecord[], outcome: RotationOutcome, run?: string): SummaryTable {
  const { outputs, error } = outcome;
  const names = members.map((m) => m.name).join(', ');
  const details: string[] = [];
  let headline: string;
  if (error) {
    const rolledBack = records.some((r) => r.result === 'rolled back');
    const after = rolledBack ? 'the set was rolled back' : outputs.rotated === 'true' ? 'the new tokens stay in force' : 'no new token handed out';
    headline = `${SYMBOLS.failed} rotate-deploy-token: ${error.step} failed for ${error.target}; ${after}`;
    details.push(`**Why:** ${error.reason}`);
    if (outcome.state) details.push(`**State:** ${outcome.state}`);
    details.push(`**Next:** ${error.next}`);
  } else if (outcome.dryRun) {
    headline = `${SYMBOLS.planned} rotate-deploy-token: dry run for the set ${names}; nothing was written`;
  } else {
    headline = `${SYMBOLS.ok} rotate-deploy-token: rotated the set ${names}`;
  }
  const clean = (line: string): string => scrubber.clean(line);
  const rows = members.map((m): [string, string][] => [
    ['Parameter', code(m.name)],
    ['Output key', code(m.key)],
    outcome.dryRun ? ['Version', `${code(String(m.plannedVersion ?? ''))} (would write)`] : ['Version', code(m.version)],
    ['Previous version', code(m.previousVersion)],
    ['Fingerprint', code(m.fingerprint)],
    ['Drift', code(String(m.drift))],
  ]);
  const [first = [], ...more] = rows.map((row) => row.map(([k, v]): [string, string] => [k, clean(v)]));
  return {
    headline: clean(headline),
    details: details.map(clean),
    rows: stepRows(records),
    facts: first,
    moreFacts: more.map((row) => row.map(([, v]) => v)),
    run,
  };
}

/** Markdown for GITHUB_STEP_SUMMARY. */
export function renderSummary(table: SummaryTable): string {
  const lines = [`## ${cell(table.headline)}`, ''];
  if (table.details.length > 0) lines.push(...table.details.map((line) => `${cell(line)}  `), '');
  lines.push(...factTable(table.facts), ...(table.moreFacts ?? []).map((row) => `| ${row.join(' | ')} |`), '', ...stepTable(table.rows));
  if (table.run) lines.push('', table.run);
  return `${lines.join('\n')}\n`;
}

/** The facts as one row under their names: no column without a header. */
export function factTable(facts: readonly (readonly [string, string])[]): string[] {
  return [`| ${facts.map(([key]) => key).join(' | ')} |`, `| ${facts.map(() => '---').join(' | ')} |`, `| ${facts.map(([, value]) => value).join(' | ')} |`];
}

const symbolOf = (r: StepRecord): string => (r.marker === 'DRIFT' && r.result === 'ok' ? SYMBOLS.drift : SYMBOLS[r.result]);
const statusOf = (r: StepRecord): string => `${symbolOf(r)} ${r.marker === 'DRIFT' && r.result === 'ok' ? 'drift' : r.result}`;

const stepRows = (records: readonly StepRecord[]): string[][] =>
  records.map((r) => [statusOf(r), r.step, cell(r.target), r.ms > 0 ? formatMs(r.ms) : '', cell(r.detail)]);

function stepTable(rows: readonly string[][]): string[] {
  return ['| Status | Step | Target | Duration | Detail |', '| --- | --- | --- | --- | --- |', ...rows.map((row) => `| ${row.join(' | ')} |`)];
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
