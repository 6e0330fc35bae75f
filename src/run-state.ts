import type { StepError, StepName } from './errors.ts';
import type { RotationConfig } from './inputs.ts';
import { emptyOutputs } from './outcome.ts';
import type { MemberFacts, Outputs } from './outcome.ts';
import type { Member } from './plan.ts';
import type { Phase, Progress } from './progress.ts';
import type { ClusterSession, RollbackResult, WrittenVersion } from './rollback.ts';
import type { RotationDeps } from './rotate.ts';
import { fingerprint } from './token.ts';

/** A parameter while the plan runs: its token, the version it wrote, and how a rollback left it. */
export interface MemberRun extends Member {
  token?: string;
  fingerprint: string;
  version?: number;
  rolled?: RollbackResult;
}

/** What the executor and its step handlers share. */
export interface RunState {
  readonly config: RotationConfig;
  readonly members: MemberRun[];
  readonly deps: RotationDeps;
  readonly cluster: ClusterSession | undefined;
  readonly rotatedAt: string;
}

/** How the executor ends a run after a failure: undo what was written, keep it, or hand nothing out (a later run wrote). */
export type FailureEnd = 'unwind' | 'keep' | 'stale';

/** A step that failed: the error, the step and start time its FAILED line names, and the state of the parameter it failed on. */
export class StepFailure extends Error {
  readonly error: StepError;
  readonly end: FailureEnd;
  readonly failedStep: StepName;
  readonly startedAt: number;
  readonly state: string | undefined;
  /** True when the handler wrote the FAILED line itself. */
  readonly marked: boolean;

  constructor(error: StepError, end: FailureEnd, failedStep: StepName, startedAt: number, state?: string, marked = false) {
    super(error.reason);
    this.error = error;
    this.end = end;
    this.failedStep = failedStep;
    this.startedAt = startedAt;
    this.state = state;
    this.marked = marked;
  }
}

export const written = (member: MemberRun): WrittenVersion => ({
  version: member.version ?? 0,
  replacedVersion: member.plan.head?.version,
  previousLabelVersion: member.plan.previousLabelVersion,
  heldVersion: member.plan.heldVersion,
  keyId: member.plan.keyId,
  tier: member.plan.tier,
});

/** Saves the point of no return reached, for the post step; a set's Progress lists every member. */
export function saveProgress(run: RunState, phase: Phase): void {
  const saved = run.members.map((m): Progress => ({
    phase,
    parameter: m.entry.name,
    fingerprint: m.fingerprint,
    ...(m.version !== undefined ? { version: m.version } : {}),
    ...(m.plan.head?.version !== undefined ? { replacedVersion: m.plan.head.version } : {}),
    ...(m.plan.previousLabelVersion !== undefined ? { previousLabelVersion: m.plan.previousLabelVersion } : {}),
    ...(m.plan.heldVersion !== undefined ? { heldVersion: m.plan.heldVersion } : {}),
    ...(m.plan.keyId !== undefined ? { keyId: m.plan.keyId } : {}),
    tier: m.plan.tier,
    runId: run.deps.runId,
    rotatedAt: run.rotatedAt,
  }));
  const first = saved[0] as Progress;
  run.deps.saveProgress(run.config.setForm ? { ...first, set: saved } : first);
}

/**
 * The outputs a run ends with. `handOut` says whether the tokens written are
 * handed out (false when nothing was, or a later run superseded them); after a
 * rollback a parameter hands out the token now in force. The single form fills
 * token, version and fingerprint; a set fills the JSON objects instead.
 */
export function outputsOf(run: RunState, handOut: boolean): Outputs {
  const outputs = emptyOutputs();
  outputs.drift = String(run.members.some((m) => m.plan.drift));
  const landed = run.members.filter((m) => m.version !== undefined);
  const inForce = (m: MemberRun): string => (m.rolled ? (m.rolled.newTokenInForce ? (m.token ?? '') : (m.rolled.tokenInForce ?? '')) : (m.token ?? ''));
  const versionOf = (m: MemberRun): number | undefined => m.rolled?.restoredVersion ?? m.version;
  const fingerprintOf = (m: MemberRun): string => (m.rolled?.restoredVersion !== undefined ? fingerprint(m.rolled.tokenInForce ?? '') : m.fingerprint);
  const rotated = handOut && landed.length === run.members.length && landed.every((m) => !m.rolled || m.rolled.newTokenInForce);
  outputs.rotated = String(rotated);
  if (landed.length > 0) outputs['rotated-at'] = run.rotatedAt;
  if (!run.config.setForm) {
    const member = landed[0];
    if (member) {
      outputs.fingerprint = fingerprintOf(member);
      outputs.version = String(versionOf(member));
      outputs['previous-version'] = member.plan.heldVersion === undefined ? '' : String(member.plan.heldVersion);
      if (handOut) outputs.token = inForce(member);
    }
    return outputs;
  }
  const object = (value: (m: MemberRun) => string | number | undefined): string =>
    JSON.stringify(Object.fromEntries(landed.map((m) => [m.entry.key, value(m)])));
  outputs.versions = object(versionOf);
  outputs.fingerprints = object(fingerprintOf);
  outputs.tokens = handOut ? object(inForce) : '{}';
  return outputs;
}

/** One facts row per parameter of a set, for the summary. */
export const memberFacts = (run: RunState): MemberFacts[] =>
  run.members.map((m) => ({
    name: m.entry.name,
    key: m.entry.key,
    version: m.version === undefined ? '' : String(m.rolled?.restoredVersion ?? m.version),
    previousVersion: m.plan.heldVersion === undefined ? '' : String(m.plan.heldVersion),
    fingerprint: m.version === undefined ? '' : m.rolled?.restoredVersion !== undefined ? fingerprint(m.rolled.tokenInForce ?? '') : m.fingerprint,
    drift: m.plan.drift,
  }));
