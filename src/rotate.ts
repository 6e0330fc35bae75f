import { CancelledError } from './errors.ts';
import type { StepError } from './errors.ts';
import { usesCluster } from './inputs.ts';
import type { RotationConfig } from './inputs.ts';
import type { Journal } from './journal.ts';
import { emptyOutputs } from './outcome.ts';
import type { RotationOutcome } from './outcome.ts';
import type { Progress } from './progress.ts';
import type { ClusterSession, Gate } from './rollback.ts';
import { preflightParameter } from './ssm/parameter-preflight.ts';
import type { ParameterStore } from './ssm/parameter-store.ts';
import { moveLabels } from './ssm/labels.ts';
import { asStepError, cancelled, clusterSource } from './step-errors.ts';
import { preflightCluster } from './cluster-steps.ts';
import { heldBySecret } from './held-by-secret.ts';
import { execute } from './execute.ts';
import { buildPlan, printPlan } from './plan.ts';
import type { Member, PlanStep } from './plan.ts';
import type { MemberRun } from './run-state.ts';
import type { RandomSource } from './token.ts';
import { refuseOversizeValue } from './value-file.ts';
import type { ProbeTools } from './probe.ts';

// Kept here as well: callers and tests import them from this module.
export { asStepError, clusterSource, moveLabels };

export interface RotationDeps {
  readonly store: ParameterStore;
  /** Loads the Kubernetes module; called only when the run uses the cluster. */
  readonly loadGate: () => Promise<Gate>;
  readonly journal: Journal;
  readonly mask: (value: string) => void;
  readonly saveProgress: (progress: Progress) => void;
  readonly signal: AbortSignal;
  readonly runId: string;
  readonly now: () => Date;
  readonly random?: RandomSource;
  /** Values the job minted, by parameter name, read and masked during validation (value-file): stored instead of minted tokens. */
  readonly taken?: ReadonlyMap<string, string>;
  /** The test step's HTTP client, clock and sleep (tests replace them); defaults are Node's fetch and real time. */
  readonly probeTools?: Partial<ProbeTools>;
  /** The cluster connection input validation already made (kubeconfig and context parsed). */
  readonly connected?: { readonly gate: Gate; readonly cluster: ClusterSession['cluster'] };
}

/**
 * One rotation, in the order of SPEC.md: validate (done by the caller),
 * preflight, then the plan (mint, mask, write, label, gate, verify, restart,
 * confirm) run by the executor. The single form is a set of one. Every
 * failure becomes a StepError plus one sentence on the state it left.
 */
export async function rotate(config: RotationConfig, deps: RotationDeps): Promise<RotationOutcome> {
  const opened: ClusterSession[] = [];
  try {
    return await planAndRun(config, deps, opened);
  } finally {
    // Idle keep-alive sockets would not hold the process, but close them anyway.
    for (const session of opened) await session.cluster.close().catch(() => undefined);
  }
}

async function planAndRun(config: RotationConfig, deps: RotationDeps, opened: ClusterSession[]): Promise<RotationOutcome> {
  const { journal } = deps;
  const name = config.setForm ? config.parameters.map((p) => p.name).join(', ') : config.parameterName;
  const outputs = emptyOutputs();
  const refuse = (error: StepError, t: number): RotationOutcome => {
    journal.mark('FAILED', 'preflight', error.target, error.reason, t, 'failed');
    return { outputs, error, state: 'Nothing was written anywhere.', dryRun: config.dryRun };
  };

  // 2. Preflight: read-only, every parameter and every ExternalSecret and workload, before anything is written.
  const members: Member[] = [];
  let cluster: ClusterSession | undefined;
  let steps: PlanStep[];
  const preflightStart = journal.now();
  try {
    for (const entry of config.parameters) {
      const memberConfig = { ...config, parameterName: entry.name };
      const plan = await preflightParameter(memberConfig, deps.store, journal);
      refuseOversizeValue(deps.taken?.get(entry.name), entry.name, plan.tier);
      members.push({ entry, config: memberConfig, plan });
      outputs.drift = String(members.some((m) => m.plan.drift));
    }
    if (usesCluster(config)) {
      cluster = await preflightCluster(config, deps);
      opened.push(cluster);
      members.splice(0, members.length, ...(await heldBySecret(config, members, cluster, deps)));
    }
    steps = buildPlan(config, members, cluster);
  } catch (error) {
    const stepError =
      error instanceof CancelledError ? cancelled('preflight', name, deps.signal, error) : asStepError(error, 'preflight', name, 'ssm:GetParameterHistory');
    return refuse(stepError, preflightStart);
  }
  if (config.dryRun) {
    printPlan(config, steps, journal);
    const first = members[0] as Member;
    const planned = { version: (first.plan.head?.version ?? 0) + 1, replaces: first.plan.heldVersion };
    if (!config.setForm) return { outputs, error: undefined, state: undefined, dryRun: true, planned };
    const facts = members.map((m) => ({
      name: m.entry.name,
      key: m.entry.key,
      version: '',
      previousVersion: m.plan.heldVersion === undefined ? '' : String(m.plan.heldVersion),
      fingerprint: '',
      drift: m.plan.drift,
      plannedVersion: (m.plan.head?.version ?? 0) + 1,
    }));
    return { outputs, error: undefined, state: undefined, dryRun: true, planned, members: facts };
  }
  // Cancelled (SIGTERM/SIGINT) during the preflight: stop before anything is written.
  if (deps.signal.aborted) return refuse(cancelled('preflight', name, deps.signal, 'during the preflight'), preflightStart);
  const runMembers: MemberRun[] = members.map((member) => ({ ...member, fingerprint: '' }));
  return execute(steps, { config, members: runMembers, deps, cluster, rotatedAt: deps.now().toISOString() });
}
