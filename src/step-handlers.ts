import { StepError } from './errors.ts';
import { confirm, overtaken } from './confirm-step.ts';
import type { PlanStep, PlanStepName } from './plan.ts';
import { previousLabelTarget } from './plan-log.ts';
import { StepFailure, saveProgress } from './run-state.ts';
import type { MemberRun, RunState } from './run-state.ts';
import { moveLabels } from './ssm/labels.ts';
import { UncheckedWriteError, writeToken } from './ssm/write-token.ts';
import { asStepError } from './step-errors.ts';
import { encodingsToMask, fingerprint, mintToken } from './token.ts';
import { restartOne, syncAll, verifyOne } from './cluster-steps.ts';
import { probe } from './probe-step.ts';

/** What each kind of step does: the executor hands a handler the consecutive steps of its kind. */
export type StepHandler = (steps: readonly PlanStep[], run: RunState) => Promise<void>;

export const memberOf = (run: RunState, step: PlanStep): MemberRun => run.members.find((m) => m.entry.name === step.parameter) as MemberRun;

/** Which fingerprint a line carries: its parameter's, or for a step that carries the whole set every one. */
export function showFingerprint(run: RunState, step: PlanStep): void {
  const member = run.members.find((m) => m.entry.name === step.parameter);
  run.deps.journal.fingerprint = member ? member.fingerprint : run.members.map((m) => m.fingerprint).join(',');
}

const mint: StepHandler = (steps, run) => {
  const { journal, random, mask } = run.deps;
  const t = journal.now();
  for (const step of steps) {
    const member = memberOf(run, step);
    try {
      // A value the job minted was read, checked and masked during validation: it takes the minted token's place.
      member.token = run.deps.taken?.get(member.entry.name) ?? mintToken(run.config.token, random);
    } catch (error) {
      const stepError = new StepError(
        'mint',
        step.target,
        `${(error as Error).message}.`,
        'Run again; if it repeats, the runner has no working random source.',
      );
      throw new StepFailure(stepError, 'unwind', 'mint', t, 'Nothing was written anywhere.');
    }
    for (const form of encodingsToMask(member.token)) mask(form);
    journal.scrubber.know(member.token);
    member.fingerprint = fingerprint(member.token);
  }
  // State is saved before each marker line: whatever stops the step after the line, the post step knows.
  saveProgress(run, 'writing');
  const { bytes, encoding, prefix } = run.config.token;
  for (const step of steps) {
    showFingerprint(run, step);
    const file = memberOf(run, step).entry.valueFile;
    const made = file !== undefined ? `taken from the file ${file}, not minted` : `${bytes} random bytes, ${encoding}${prefix ? `, prefix ${prefix}` : ''}`;
    journal.mark('MINTED', 'mint', step.target, `${made}, masked`, t);
  }
  return Promise.resolve();
};

const write: StepHandler = async (steps, run) => {
  const { journal, mask } = run.deps;
  // Values read back while checking an ambiguous write: masked and known to the scrubber like the token.
  const seen = (value: string): void => {
    for (const form of encodingsToMask(value)) mask(form);
    journal.scrubber.know(value);
  };
  for (const step of steps) {
    const member = memberOf(run, step);
    const name = member.entry.name;
    const replaced = member.plan.head?.version;
    const held = member.plan.heldVersion;
    showFingerprint(run, step);
    const t = journal.now();
    let result: Awaited<ReturnType<typeof writeToken>>;
    try {
      result = await writeToken(run.deps.store, {
        name,
        value: member.token ?? '',
        replacesVersion: replaced,
        kmsKeyId: member.plan.keyId,
        tier: member.plan.tier,
        description: run.config.description,
        tags: run.config.tags,
        seen,
      });
    } catch (error) {
      if (error instanceof UncheckedWriteError) {
        const checking = asStepError(error.checkError, 'write', name, 'ssm:GetParameters');
        const stepError = new StepError(
          'write',
          name,
          `PutParameter got no clear answer, and checking whether it landed failed: ${checking.reason}`,
          checking.next,
        );
        journal.mark('FAILED', 'write', name, stepError.reason, t, 'failed');
        throw new StepFailure(stepError, 'unwind', 'write', t, await uncheckedWriteState(run, member), true);
      }
      const stepError = asStepError(error, 'write', name, 'ssm:PutParameter');
      journal.mark('FAILED', 'write', name, stepError.reason, t, 'failed');
      const where = run.config.setForm ? `${name} still holds version ${replaced ?? '(none)'}` : `The parameter still holds version ${replaced ?? '(none)'}`;
      throw new StepFailure(stepError, 'unwind', 'write', t, `${where}; nothing was written ${run.config.setForm ? 'to it' : 'anywhere'}.`, true);
    }
    member.version = result.version;
    const notes = [
      replaced === undefined ? 'created' : `previous ${held}${held !== replaced ? `, supersedes ${replaced}` : ''}`,
      result.attempts > 1 ? `${result.attempts} attempts` : '',
      result.recoveredFromHistory ? `found as version ${result.version} after an unanswered attempt` : '',
    ].filter(Boolean);
    saveProgress(run, 'written');
    journal.mark('WROTE', 'write', name, `version ${result.version} (${notes.join(', ')})`, t);
    // The overwrite landed but the tags the run was asked for could not be set: undo it like a failed label.
    if (result.tagError !== undefined) throw new StepFailure(asStepError(result.tagError, 'write', name, 'ssm:AddTagsToResource'), 'unwind', 'write', t);
  }
};

const label: StepHandler = async (steps, run) => {
  const { journal, store } = run.deps;
  for (const step of steps) {
    const member = memberOf(run, step);
    const name = member.entry.name;
    const version = member.version ?? 0;
    const held = member.plan.heldVersion;
    const previous = previousLabelTarget(member.plan, member.config, version);
    showFingerprint(run, step);
    const t = journal.now();
    try {
      await moveLabels(store, name, version, previous, member.plan.previousLabelVersion);
    } catch (error) {
      throw new StepFailure(asStepError(error, 'label', name, 'ssm:LabelParameterVersion'), 'unwind', 'label', t);
    }
    saveProgress(run, 'labelled');
    const moved = previous !== undefined && previous !== held ? ` (not on version ${held}, which could soon be the oldest SSM keeps)` : '';
    journal.mark('LABELED', 'label', name, `current -> ${version}${previous !== undefined ? `, previous -> ${previous}` : ''}${moved}`, t);
  }
};

const SYNC_ACTIONS = 'get/patch/watch on externalsecrets';

// A verify failure is marked under the sync step, as the gate (sync and verify) always was.
// Overtaken by another run's write, the failure says so instead (confirm-step.ts, overtaken).
async function gateFailure(error: unknown, run: RunState, t: number): Promise<StepFailure> {
  const stepError = asStepError(error, error instanceof StepError ? error.step : 'sync', run.config.parameterName, SYNC_ACTIONS);
  if (!run.deps.signal.aborted) {
    const stale = await overtaken(run, t, stepError);
    if (stale) return stale;
  }
  return new StepFailure(stepError, 'unwind', 'sync', t);
}

const sync: StepHandler = async (steps, run) => {
  saveProgress(run, 'sync-started');
  const t = run.deps.journal.now();
  showFingerprint(run, steps[0] as PlanStep);
  try {
    await syncAll(run, steps);
  } catch (error) {
    throw await gateFailure(error, run, t);
  }
};

const verify: StepHandler = async (steps, run) => {
  const t = run.deps.journal.now();
  for (const step of steps) {
    showFingerprint(run, step);
    try {
      await verifyOne(run, step, memberOf(run, step).token ?? '');
    } catch (error) {
      throw await gateFailure(error, run, t);
    }
  }
};

const restart: StepHandler = async (steps, run) => {
  saveProgress(run, 'restart-started');
  const t = run.deps.journal.now();
  for (const step of steps) {
    showFingerprint(run, step);
    try {
      await restartOne(run, step);
    } catch (error) {
      const stepError = asStepError(error, 'restart', run.config.parameterName, 'get/patch/watch on the workload');
      run.deps.journal.mark('FAILED', stepError.step, stepError.target, stepError.reason, t, 'failed');
      const hold = run.config.setForm
        ? 'SSM and the cluster Secrets hold the new tokens of the whole set'
        : `SSM version ${run.members[0]?.version} and the cluster Secret hold the new token`;
      throw new StepFailure(
        stepError,
        'keep',
        'restart',
        t,
        `${hold} and new pods may run ${run.config.setForm ? 'them' : 'it'}, so nothing was rolled back.`,
        true,
      );
    }
  }
};

export const HANDLERS: Readonly<Record<PlanStepName, StepHandler>> = { mint, write, label, sync, verify, restart, probe, confirm };

async function uncheckedWriteState(run: RunState, member: MemberRun): Promise<string> {
  const { name } = member.entry;
  const replaced = member.plan.head?.version;
  const read = await run.deps.store.head(name).then(
    (head) => ({ head }),
    () => undefined,
  );
  if (read && read.head?.version === replaced) return `The parameter still holds version ${replaced ?? '(none)'}; nothing was written anywhere.`;
  const latest = read?.head ? `SSM's latest version is now ${read.head.version}` : 'SSM may have a new version';
  const restore =
    replaced === undefined
      ? `delete the parameter if that version is this run's`
      : `if that version is this run's, put version ${replaced}'s value back by hand (aws ssm get-parameter --name '${name}:${replaced}' --with-decryption, then put-parameter --overwrite)`;
  return `${latest}, which may hold this run's token (${member.fingerprint}); the labels were not moved and no token was handed out: ${restore}.`;
}
