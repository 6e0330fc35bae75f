import { StepError } from './errors.ts';
import type { ParameterEntry, RotationConfig } from './inputs.ts';
import type { Journal } from './journal.ts';
import type { ExternalSecretRecord, WorkloadRecord } from './kube/index.ts';
import { describeRef } from './kube/targets.ts';
import { previousLabelTarget } from './plan-log.ts';
import type { ClusterSession } from './rollback.ts';
import { probeStep } from './probe-plan.ts';
import type { ParameterPlan } from './ssm/parameter-preflight.ts';

/** The steps with a side effect or a check after the preflight, in the order SPEC.md gives them. */
export type PlanStepName = 'mint' | 'write' | 'label' | 'sync' | 'verify' | 'restart' | 'probe' | 'confirm';

/**
 * One step of a run, as data: what it is, what it acts on, what it does and
 * how the executor undoes it on a failure. The references tie it to what the
 * preflight found; the executor reads nothing else to run it.
 */
export interface PlanStep {
  readonly step: PlanStepName;
  /** A parameter name, an ExternalSecret, a Secret key or a workload, as the log names it. */
  readonly target: string;
  readonly do: string;
  readonly undo: string;
  /** The parameter the step acts on or carries (sync and restart steps carry the whole set). */
  readonly parameter?: string;
  readonly externalSecret?: ExternalSecretRecord;
  readonly secretKey?: string;
  readonly workload?: WorkloadRecord;
}

/** A parameter of the run with the config that names it and what its preflight found. */
export interface Member {
  readonly entry: ParameterEntry;
  /** The run's config with parameterName set to this member: the SSM steps and the rollback take it. */
  readonly config: RotationConfig;
  readonly plan: ParameterPlan;
}

const RESTORE = 'put the value consumers held back as a new version, labels back, then sync the ExternalSecrets back';
const KEEP = 'none: from the first restart the new tokens may run, so they stay';

/** Which Secret keys a verify checks: the verify-secret-key input, or for a set each key data[] maps from the set. */
function verifiedKeys(config: RotationConfig, es: ExternalSecretRecord): { parameter: string; secretKey: string }[] {
  if (config.verifySecretKey === undefined) return [];
  if (!config.setForm) return [{ parameter: config.parameterName, secretKey: config.verifySecretKey }];
  const keys = es.setKeys ?? [];
  if (keys.length === 0) {
    throw new StepError(
      'preflight',
      describeRef({ ...es.ref, kind: 'ExternalSecret' }),
      'verify-secret-key is set, but no spec.data[] entry of this ExternalSecret reads a parameter of the set, so there is no key to verify.',
      'Map the parameters with spec.data[].secretKey entries, or leave verify-secret-key empty.',
    );
  }
  return [...keys];
}

/**
 * The run as a list of steps: mint and write every parameter, label them,
 * force-sync each ExternalSecret once after all writes, verify, restart each
 * workload once after all syncs, confirm every parameter. Throws a preflight
 * StepError when the set cannot be verified as asked.
 */
export function buildPlan(config: RotationConfig, members: readonly Member[], cluster: ClusterSession | undefined): PlanStep[] {
  const steps: PlanStep[] = [];
  const perMember = (make: (member: Member) => PlanStep | undefined): void => {
    for (const member of members) {
      const step = make(member);
      if (step) steps.push(step);
    }
  };
  perMember(({ entry }) => ({ step: 'mint', target: entry.name, parameter: entry.name, do: mintDoes(config, entry), undo: 'none: nothing left the runner' }));
  perMember(({ entry, plan }) => {
    const next = (plan.head?.version ?? 0) + 1;
    const held = plan.heldVersion;
    const replaces = held === undefined ? ', creating the parameter' : `, replacing version ${held}, the one consumers hold`;
    const undo = held === undefined ? 'none: this run creates the parameter, there is no earlier value' : RESTORE;
    return {
      step: 'write',
      target: entry.name,
      parameter: entry.name,
      do: `write version ${next} (SecureString, ${plan.keyId ?? 'alias/aws/ssm'}, ${plan.tier})${replaces}`,
      undo,
    };
  });
  if (config.versionLabels) {
    perMember(({ entry, plan }) => {
      const next = (plan.head?.version ?? 0) + 1;
      const previous = previousLabelTarget(plan, config, next);
      return {
        step: 'label',
        target: entry.name,
        parameter: entry.name,
        do: `move current -> ${next}${previous !== undefined ? `, previous -> ${previous}` : ''}`,
        undo: 'undone with the write',
      };
    });
  }
  const externalSecrets = cluster?.preflight.externalSecrets ?? [];
  const carried = members.map((m) => m.entry.name).join(', ');
  for (const es of externalSecrets) {
    steps.push({
      step: 'sync',
      target: describeRef({ ...es.ref, kind: 'ExternalSecret' }),
      parameter: carried,
      externalSecret: es,
      do: 'force-sync and wait',
      undo: 'synced back after the restore',
    });
  }
  for (const es of externalSecrets) {
    for (const { parameter, secretKey } of verifiedKeys(config, es)) {
      const target = describeRef({ ...es.targetSecret, kind: 'Secret' });
      steps.push({
        step: 'verify',
        target,
        parameter,
        externalSecret: es,
        secretKey,
        do: `verify key ${secretKey} of Secret ${es.targetSecret.name}`,
        undo: 'none: a read',
      });
    }
  }
  for (const workload of cluster?.preflight.workloads ?? []) {
    const does = workload.reloaderManaged ? 'wait for the rollout Reloader starts' : 'restart and wait for the rollout';
    steps.push({ step: 'restart', target: describeRef(workload.ref), parameter: carried, workload, do: does, undo: KEEP });
  }
  if (config.probe) steps.push(probeStep(config.probe, config.restart.length > 0));
  perMember(({ entry }) => ({
    step: 'confirm',
    target: entry.name,
    parameter: entry.name,
    do: 'confirm the version written is the latest',
    undo: 'none: a read',
  }));
  return steps;
}

const mintDoes = (config: RotationConfig, entry: ParameterEntry): string =>
  entry.valueFile !== undefined
    ? `take the value from the file ${entry.valueFile} (read and masked during validation)`
    : `mint ${config.token.bytes} random bytes, ${config.token.encoding}${config.token.prefix ? `, prefix ${config.token.prefix}` : ''}, and mask them`;

/**
 * The dry run prints the plan: each parameter's write with its labels, each
 * ExternalSecret's sync with its verifies, each workload's restart, the test. Mint and
 * confirm touch nothing outside the runner, so they are not listed.
 */
export function printPlan(config: RotationConfig, steps: readonly PlanStep[], journal: Journal): void {
  const planned = (target: string, detail: string): void => {
    journal.mark('PLAN', 'plan', target, `dry run: ${detail}`, undefined, 'planned');
  };
  for (const write of steps.filter((s) => s.step === 'write')) {
    const label = steps.find((s) => s.step === 'label' && s.parameter === write.parameter);
    const file = config.parameters.find((p) => p.name === write.parameter)?.valueFile;
    const taken = file !== undefined ? `, with the value taken from the file ${file}` : '';
    planned(write.target, `would ${write.do}${taken}${label ? `; would ${label.do}` : ''}`);
  }
  for (const sync of steps.filter((s) => s.step === 'sync')) {
    const verifies = steps.filter((s) => s.step === 'verify' && s.externalSecret === sync.externalSecret).map((s) => s.do);
    planned(sync.target, `would ${sync.do}${verifies.length > 0 ? `, then ${verifies.join(', ')}` : ''}`);
  }
  for (const restart of steps.filter((s) => s.step === 'restart')) planned(restart.target, `would ${restart.do}`);
  for (const probe of steps.filter((s) => s.step === 'probe')) planned(probe.target, `would ${probe.do}; not called`);
  planned(config.setForm ? `the set of ${config.parameters.length} parameters` : config.parameterName, 'nothing was written');
}
