import type { RotationOutcome } from './outcome.ts';
import type { PlanStep, PlanStepName } from './plan.ts';
import { StepFailure, memberFacts, outputsOf } from './run-state.ts';
import type { RunState } from './run-state.ts';
import { HANDLERS } from './step-handlers.ts';
import { cancelled } from './step-errors.ts';
import { retestAfterRollback } from './probe-step.ts';
import { unwind } from './unwind.ts';

/** Consecutive steps of one kind: their handler takes them together (one force-sync for every ExternalSecret). */
function stagesOf(steps: readonly PlanStep[]): { name: PlanStepName; steps: PlanStep[] }[] {
  const stages: { name: PlanStepName; steps: PlanStep[] }[] = [];
  for (const step of steps) {
    const last = stages.at(-1);
    if (last?.name === step.step) last.steps.push(step);
    else stages.push({ name: step.step, steps: [step] });
  }
  return stages;
}

// From the first restart on, the new tokens may run: a failure keeps them (SPEC.md, "When it fails").
const NO_RETURN: readonly PlanStepName[] = ['restart', 'confirm'];

/**
 * Runs a plan: each step's handler journals what it did; the first failure
 * stops the run and is unwound as its step says. Before the point of no
 * return that rolls back every parameter this run wrote; after it the new
 * tokens stay.
 */
export async function execute(steps: readonly PlanStep[], run: RunState): Promise<RotationOutcome> {
  let last: { step: PlanStepName; t: number } | undefined;
  let crossed = false;
  for (const stage of stagesOf(steps)) {
    if (!crossed && NO_RETURN.includes(stage.name)) {
      crossed = true;
      // Cancelled during the write, the labels, the gate or the verify: undo it as a failure of that step would be.
      if (run.deps.signal.aborted && last) {
        const step = last.step === 'mint' ? 'write' : last.step;
        const error = cancelled(step, targetOf(run), run.deps.signal, `by the end of the ${step} step`);
        return end(run, new StepFailure(error, 'unwind', step, last.t));
      }
    }
    const t = run.deps.journal.now();
    try {
      await HANDLERS[stage.name](stage.steps, run);
    } catch (error) {
      if (!(error instanceof StepFailure)) throw error;
      return end(run, error);
    }
    last = { step: stage.name, t };
  }
  return { outputs: outputsOf(run, true), error: undefined, state: undefined, dryRun: false, ...setFacts(run) };
}

const setFacts = (run: RunState): { members?: ReturnType<typeof memberFacts> } => (run.config.setForm ? { members: memberFacts(run) } : {});

const targetOf = (run: RunState): string => run.members.map((m) => m.entry.name).join(', ');

async function end(run: RunState, failure: StepFailure): Promise<RotationOutcome> {
  const { error } = failure;
  if (!failure.marked) run.deps.journal.mark('FAILED', failure.failedStep, error.target, error.reason, failure.startedAt, 'failed');
  const finish = (handOut: boolean, state: string | undefined): RotationOutcome => ({
    outputs: outputsOf(run, handOut),
    error,
    state,
    dryRun: false,
    ...setFacts(run),
  });
  if (failure.end === 'keep') return finish(true, failure.state);
  if (failure.end === 'stale') return finish(false, failure.state);
  const landed = run.members.filter((m) => m.version !== undefined);
  if (landed.length === 0) return finish(false, failure.state);
  const undone = await unwind(run, landed);
  // A failed test undoes the restarts too: the same workloads start again on the previous value, which is then tested once.
  const retested = failure.failedStep === 'probe' ? await retestAfterRollback(run) : undefined;
  return finish(true, [failure.state, undone, retested].filter(Boolean).join(' '));
}
