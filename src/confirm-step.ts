import { StepError } from './errors.ts';
import type { PlanStep } from './plan.ts';
import { previousLabelTarget } from './plan-log.ts';
import { StepFailure, saveProgress } from './run-state.ts';
import type { MemberRun, RunState } from './run-state.ts';
import { confirmLabels, confirmLatest } from './ssm/labels.ts';
import type { ParameterSnapshot } from './ssm/parameter-store.ts';
import { asStepError, cancelled } from './step-errors.ts';

/**
 * Confirm: a later writer makes this run's token stale. Every parameter is
 * read; the run fails naming each one another run wrote after it, so two runs
 * over overlapping sets never leave a mixed set in force unnoticed.
 */
export async function confirm(steps: readonly PlanStep[], run: RunState): Promise<void> {
  const { journal, store } = run.deps;
  const { config } = run;
  const t = journal.now();
  const superseded: { member: MemberRun; latest: number }[] = [];
  const members = steps.map((step) => run.members.find((m) => m.entry.name === step.parameter) as MemberRun);
  const previousOf = (member: MemberRun): number | null | undefined =>
    config.versionLabels ? (previousLabelTarget(member.plan, member.config, member.version ?? 0) ?? null) : undefined;
  // A set reads every parameter at once, in as few GetParameters calls as their names allow.
  const reads = config.setForm ? await readAll(run, members, previousOf, t) : undefined;
  for (const [index, member] of members.entries()) {
    const name = member.entry.name;
    const version = member.version ?? 0;
    journal.fingerprint = member.fingerprint;
    try {
      const latest = await confirmLatest(store, name, version, previousOf(member), reads?.[index]);
      if (latest !== version) {
        journal.mark('FAILED', 'confirm', name, `superseded by version ${latest}`, t, 'failed');
        superseded.push({ member, latest });
      }
    } catch (error) {
      const stepError = asStepError(error, 'confirm', name, 'ssm:GetParameters');
      journal.mark('FAILED', 'confirm', name, stepError.reason, t, 'failed');
      throw new StepFailure(stepError, 'keep', 'confirm', t, `SSM version ${version} holds the new token, but it could not be confirmed as the latest.`, true);
    }
  }
  if (superseded.length > 0) throw staleFailure(run, superseded, t);
  saveProgress(run, 'confirmed');
  // Cancelled after the point where a failure keeps the new token: report it, undo nothing.
  if (run.deps.signal.aborted) {
    const stepError = cancelled('confirm', config.parameterName, run.deps.signal, 'by the end of the confirm step');
    journal.mark('FAILED', 'confirm', config.parameterName, stepError.reason, t, 'failed');
    const held = config.setForm
      ? `SSM holds the new token of every parameter of the set as the latest version`
      : `SSM version ${run.members[0]?.version} holds the new token and is the latest`;
    const state = `${held}${config.versionLabels ? ', with current on it' : ''}; the rotation had finished, so nothing was undone.`;
    throw new StepFailure(stepError, 'keep', 'confirm', t, state, true);
  }
  for (const member of run.members) {
    journal.fingerprint = member.fingerprint;
    journal.mark('CONFIRMED', 'confirm', member.entry.name, `version ${member.version} is the latest`, t);
  }
}

async function readAll(
  run: RunState,
  members: readonly MemberRun[],
  previousOf: (member: MemberRun) => number | null | undefined,
  t: number,
): Promise<ParameterSnapshot[]> {
  try {
    return await run.deps.store.snapshots(members.map((m) => ({ name: m.entry.name, labels: confirmLabels(previousOf(m)) })));
  } catch (error) {
    const names = members.map((m) => m.entry.name).join(', ');
    const stepError = asStepError(error, 'confirm', names, 'ssm:GetParameters');
    run.deps.journal.fingerprint = members.map((m) => m.fingerprint).join(',');
    run.deps.journal.mark('FAILED', 'confirm', names, stepError.reason, t, 'failed');
    throw new StepFailure(
      stepError,
      'keep',
      'confirm',
      t,
      'SSM holds the new token of every parameter of the set, but they could not be confirmed as the latest.',
      true,
    );
  }
}

/**
 * A gate or verify failure while another run wrote after this one: the cluster is serving (or
 * about to serve) that run's token, so the failure is that this run was overtaken, not the cluster's
 * fault, and a rollback would not run anyway (rollback.ts never writes over a later version).
 * Returns the superseded failure, or undefined when this run's versions are still the latest.
 */
export async function overtaken(run: RunState, t: number, cause: StepError): Promise<StepFailure | undefined> {
  const superseded: { member: MemberRun; latest: number }[] = [];
  for (const member of run.members) {
    if (member.version === undefined) continue;
    const head = await run.deps.store.head(member.entry.name).catch(() => undefined);
    if (head && head.version > member.version) superseded.push({ member, latest: head.version });
  }
  if (superseded.length === 0) return undefined;
  for (const { member, latest } of superseded) {
    run.deps.journal.fingerprint = member.fingerprint;
    run.deps.journal.mark('FAILED', cause.step, member.entry.name, `superseded by version ${latest}`, t, 'failed');
  }
  return staleFailure(run, superseded, t, cause);
}

const OVERLAP_NEXT = 'give the workflow a concurrency group so runs over the same parameter do not overlap';

function staleFailure(run: RunState, superseded: readonly { member: MemberRun; latest: number }[], t: number, cause?: StepError): StepFailure {
  const step = cause?.step ?? 'confirm';
  const during = cause ? ` while this run waited on the cluster (${cause.target}: ${cause.reason.replace(/\.$/, '')})` : '';
  if (!run.config.setForm) {
    const { member, latest } = superseded[0] as { member: MemberRun; latest: number };
    const error = new StepError(
      step,
      member.entry.name,
      cause
        ? `superseded by version ${latest}: another run wrote after this one${during}, so this run's token is stale and the cluster gets the other run's; nothing was rolled back over it.`
        : `superseded by version ${latest}: someone wrote after this run, so this run's token is stale; the labels were left where this run put them, so the next run reports version ${latest} as drift if no run of this action wrote it.`,
      cause
        ? `Use the token of the run that wrote version ${latest} (that run gates and verifies it); nothing needs undoing; ${OVERLAP_NEXT}.`
        : 'Use the token of the run that wrote the latest version; nothing needs undoing.',
    );
    return new StepFailure(
      error,
      'stale',
      step,
      t,
      `SSM's latest version is ${latest}, written by another run; this run's version ${member.version} is not handed out.`,
      true,
    );
  }
  const names = superseded.map(({ member }) => member.entry.name).join(', ');
  const each = superseded.map(({ member, latest }) => `${member.entry.name} by version ${latest} (this run wrote ${member.version})`).join(', ');
  const error = new StepError(
    step,
    names,
    `superseded: another run wrote after this one to ${each}${during}, so this run's set is not in force as a whole and its tokens are stale.`,
    'Use the tokens of the run that wrote last, or run again with a concurrency group so runs over the same parameters do not overlap; nothing needs undoing.',
  );
  return new StepFailure(error, 'stale', step, t, `Another run wrote ${names} after this one; no token of this run's set is handed out.`, true);
}
