import { StepError } from './errors.ts';
import { describeRef } from './kube/targets.ts';
import type { PlanStep } from './plan.ts';
import { probeOnceAfterRollback, probeUntilAccepted } from './probe.ts';
import type { ProbeAnswer, ProbeTools } from './probe.ts';
import type { ProbeConfig } from './probe-inputs.ts';
import { StepFailure, saveProgress } from './run-state.ts';
import type { MemberRun, RunState } from './run-state.ts';
import { formatMs } from './journal.ts';
import { fingerprint } from './token.ts';

/** Waits `ms`; resolves early when the run is cancelled. */
const sleepUnlessAborted = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });

const toolsOf = (run: RunState): ProbeTools => ({
  fetch: (...args) => fetch(...args),
  now: () => Date.now(),
  sleep: sleepUnlessAborted,
  clean: (text) => run.deps.journal.scrubber.clean(text),
  ...run.deps.probeTools,
});

const probeOf = (run: RunState): ProbeConfig => run.config.probe as ProbeConfig;
const memberOf = (run: RunState): MemberRun => run.members.find((m) => m.entry.name === probeOf(run).parameter) as MemberRun;
const tries = (answer: ProbeAnswer): string => `${answer.attempts} ${answer.attempts === 1 ? 'try' : 'tries'}`;

/**
 * The test (SPEC.md step 10): the service is called with the new value
 * until it answers an accepted status or probe-timeout passes. A failure is
 * undone like a failed gate, and more (execute.ts, retestAfterRollback).
 */
export async function probe(steps: readonly PlanStep[], run: RunState): Promise<void> {
  const step = steps[0] as PlanStep;
  const config = probeOf(run);
  const { journal, signal } = run.deps;
  const member = memberOf(run);
  // Stopped from here on, the post step tests the new value itself.
  saveProgress(run, 'probe-started');
  journal.fingerprint = member.fingerprint;
  const t = journal.now();
  const answer = await probeUntilAccepted(config, member.token ?? '', toolsOf(run), signal);
  const of = run.config.setForm ? ` (the value of ${member.entry.name})` : '';
  if (answer.accepted) {
    journal.mark('PROBED', 'probe', step.target, `${config.method} answered ${answer.reason} with the new value${of} after ${tries(answer)}`, t);
    return;
  }
  const reason = answer.cancelled
    ? `the run was cancelled while the service was being tested; its last answer was ${answer.reason}.`
    : `the service did not accept the new value${of} within probe-timeout (${formatMs(config.timeoutMs)}): its last answer was ${answer.reason} after ${tries(answer)}, and probe-status accepts ${config.statusText}.`;
  const error = new StepError(
    'probe',
    step.target,
    reason,
    'Check that the service reads the Secret its pods start with, and that probe-url, probe-method, probe-header and probe-status describe a call the new value should pass.',
  );
  journal.mark('FAILED', 'probe', step.target, error.reason, t, 'failed');
  throw new StepFailure(error, 'unwind', 'probe', t, undefined, true);
}

/**
 * After a failed test's restore: the same workloads start again on the
 * previous value (their pods run the new one), then the previous value is
 * tested once, so the user knows whether the service is healthy again.
 * Returns the sentence for the failure's state.
 */
export async function retestAfterRollback(run: RunState): Promise<string | undefined> {
  if (!run.config.rollbackOnFailure) return undefined;
  const member = memberOf(run);
  // Only a restore that put the previous value back as a new version is restarted onto and tested.
  const restored = run.members.every((m) => m.rolled?.restoredVersion !== undefined && !m.rolled.newTokenInForce);
  if (!restored) {
    const created = run.members.some((m) => m.plan.head === undefined);
    return created
      ? 'There is no previous value to go back to (this run created the parameter), so the workloads were not restarted again and nothing was tested again.'
      : 'The previous value is not back in SSM, so the workloads were not restarted again and nothing was tested again.';
  }
  const { journal, signal } = run.deps;
  if (signal.aborted) return 'The run was cancelled, so the workloads were not restarted again: restart them so their pods read the previous value.';
  const restarted = await restartAgain(run);
  if (restarted.failed) return restarted.sentence;
  const config = probeOf(run);
  const previous = member.rolled?.tokenInForce ?? '';
  // This line is about the previous value: it carries that value's fingerprint.
  journal.fingerprint = fingerprint(previous);
  const t = journal.now();
  const answer = await probeOnceAfterRollback(config, previous, toolsOf(run), signal);
  const verdict = answer.accepted ? 'the service accepts it again' : 'the service does not accept it either: check the service';
  journal.mark(
    'PROBED',
    'rollback',
    config.url,
    `the previous value: ${config.method} answered ${answer.reason}, ${verdict}`,
    t,
    answer.accepted ? 'rolled back' : 'failed',
  );
  return `${restarted.sentence}The test with the previous value got ${answer.reason}: ${verdict}.`;
}

/** The restarts again, in the order given; a Reloader-managed workload is patched too, so its wait has a generation to reach. */
async function restartAgain(run: RunState): Promise<{ failed: boolean; sentence: string }> {
  const session = run.cluster;
  // Named and auto-discovered restart targets alike: the preflight read each one.
  const workloads = session?.preflight.workloads ?? [];
  if (!session || workloads.length === 0) return { failed: false, sentence: '' };
  const { gate, cluster } = session;
  const { journal, signal } = run.deps;
  for (const workload of workloads) {
    const target = describeRef(workload.ref);
    const t = journal.now();
    try {
      const { generation } = await gate.restartWorkload(cluster, workload.ref, run.deps.now().toISOString());
      journal.mark('RESTARTED', 'rollback', target, `restarted again on the previous value, generation ${generation}`, t, 'rolled back');
      const t2 = journal.now();
      await gate.waitForRollout(cluster, workload.ref, { timeoutMs: run.config.rolloutTimeoutMs, signal, minGeneration: generation });
      journal.mark('ROLLED-OUT', 'rollback', target, 'rollout on the previous value complete', t2, 'rolled back');
    } catch (error) {
      const why = error instanceof StepError ? error.reason : 'the restart could not be made';
      journal.mark('FAILED', 'rollback', target, `restarting again failed: ${why}`, t, 'failed');
      return {
        failed: true,
        sentence: `Restarting ${target} again failed (${why}), so its pods may still run the new value and the previous value was not tested; restart it by hand (kubectl rollout restart).`,
      };
    }
  }
  return { failed: false, sentence: `${workloads.map((w) => describeRef(w.ref)).join(', ')} restarted again and rolled out. ` };
}
