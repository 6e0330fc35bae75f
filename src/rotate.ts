import { CancelledError, StepError } from './errors.ts';
import type { StepName } from './errors.ts';
import { usesCluster } from './inputs.ts';
import type { RotationConfig } from './inputs.ts';
import type { Journal } from './journal.ts';
import { emptyOutputs } from './outcome.ts';
import type { RotationOutcome } from './outcome.ts';
import type { Phase, Progress } from './progress.ts';
import { rollBack } from './rollback.ts';
import type { ClusterSession, Gate } from './rollback.ts';
import { preflightParameter } from './ssm/parameter-preflight.ts';
import type { ParameterPlan } from './ssm/parameter-preflight.ts';
import type { ParameterStore } from './ssm/parameter-store.ts';
import { UncheckedWriteError, writeToken } from './ssm/write-token.ts';
import { confirmLatest, moveLabels } from './ssm/labels.ts';
import { asStepError, cancelled, clusterSource } from './step-errors.ts';
import { preflightCluster, restartInOrder, syncAndVerify } from './cluster-steps.ts';
import { logPlan, previousLabelTarget } from './plan-log.ts';

import { encodingsToMask, fingerprint, mintToken } from './token.ts';
import type { RandomSource } from './token.ts';

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
  /** The cluster connection input validation already made (kubeconfig and context parsed). */
  readonly connected?: { readonly gate: Gate; readonly cluster: ClusterSession['cluster'] };
}

const SYNC_ACTIONS = 'get/patch/watch on externalsecrets';

/**
 * One rotation, in the order of SPEC.md: validate (done by the caller),
 * preflight, mint, mask, write, label, gate, verify, restart, confirm. Every
 * failure becomes a StepError plus one sentence on the state it left.
 */
export async function rotate(config: RotationConfig, deps: RotationDeps): Promise<RotationOutcome> {
  const opened: ClusterSession[] = [];
  try {
    return await rotateSteps(config, deps, opened);
  } finally {
    // Idle keep-alive sockets would not hold the process, but close them anyway.
    for (const session of opened) await session.cluster.close().catch(() => undefined);
  }
}

async function rotateSteps(config: RotationConfig, deps: RotationDeps, opened: ClusterSession[]): Promise<RotationOutcome> {
  const { journal, store } = deps;
  const name = config.parameterName;
  const outputs = emptyOutputs();
  const finish = (error?: StepError, state?: string): RotationOutcome => ({ outputs, error, state, dryRun: config.dryRun });

  // 2. Preflight: read-only.
  let plan: ParameterPlan;
  let cluster: ClusterSession | undefined;
  const preflightStart = journal.now();
  try {
    plan = await preflightParameter(config, store, journal);
    outputs.drift = String(plan.drift);
    if (usesCluster(config)) {
      cluster = await preflightCluster(config, deps);
      opened.push(cluster);
    }
  } catch (error) {
    const stepError =
      error instanceof CancelledError ? cancelled('preflight', name, deps.signal, error) : asStepError(error, 'preflight', name, 'ssm:GetParameterHistory');
    journal.mark('FAILED', 'preflight', stepError.target, stepError.reason, preflightStart, 'failed');
    return finish(stepError, 'Nothing was written anywhere.');
  }
  const replacedVersion = plan.head?.version;
  if (config.dryRun) {
    const next = (plan.head?.version ?? 0) + 1;
    logPlan(config, plan, cluster, journal);
    return { ...finish(), planned: { version: next, replaces: plan.heldVersion } };
  }
  // Cancelled (SIGTERM/SIGINT) during the preflight: stop before anything is written.
  if (deps.signal.aborted) {
    const stepError = cancelled('preflight', name, deps.signal, 'during the preflight');
    journal.mark('FAILED', 'preflight', name, stepError.reason, preflightStart, 'failed');
    return finish(stepError, 'Nothing was written anywhere.');
  }

  // 3. Mint and 4. mask, before anything could print the token.
  let t = journal.now();
  let token: string;
  try {
    token = mintToken(config.token, deps.random);
  } catch (error) {
    const stepError = new StepError('mint', name, `${(error as Error).message}.`, 'Run again; if it repeats, the runner has no working random source.');
    journal.mark('FAILED', 'mint', name, stepError.reason, t, 'failed');
    return finish(stepError, 'Nothing was written anywhere.');
  }
  for (const form of encodingsToMask(token)) deps.mask(form);
  journal.scrubber.know(token);
  journal.fingerprint = fingerprint(token);
  // Values read back while checking an ambiguous write: masked and known to the scrubber like the token.
  const seen = (value: string): void => {
    for (const form of encodingsToMask(value)) deps.mask(form);
    journal.scrubber.know(value);
  };
  let version: number;
  // "Previous" means one version everywhere (WROTE, the previous-version output, the summary, after a rollback
  // too): the one this run replaces as consumers hold it, `current`'s (else the latest). The label goes there
  // unless that version could soon be the oldest SSM keeps; then onto the one before ours (LABELED says so).
  const held = plan.heldVersion;
  const previousOf = (ours: number): number | undefined => previousLabelTarget(plan, config, ours);
  const rotatedAt = deps.now().toISOString();
  const saveProgress = (phase: Phase, written?: number): void => {
    deps.saveProgress({
      phase,
      parameter: name,
      fingerprint: journal.fingerprint,
      ...(written !== undefined ? { version: written } : {}),
      ...(replacedVersion !== undefined ? { replacedVersion } : {}),
      ...(plan.previousLabelVersion !== undefined ? { previousLabelVersion: plan.previousLabelVersion } : {}),
      ...(plan.heldVersion !== undefined ? { heldVersion: plan.heldVersion } : {}),
      ...(plan.keyId !== undefined ? { keyId: plan.keyId } : {}),
      tier: plan.tier,
      runId: deps.runId,
      rotatedAt,
    });
  };
  // State is saved before each marker line: whatever stops the step after the line, the post step knows.
  saveProgress('writing');
  journal.mark(
    'MINTED',
    'mint',
    name,
    `${config.token.bytes} random bytes, ${config.token.encoding}${config.token.prefix ? `, prefix ${config.token.prefix}` : ''}, masked`,
    t,
  );

  // 5. Write.
  t = journal.now();
  let tagError: unknown;
  try {
    const written = await writeToken(store, {
      name,
      value: token,
      replacesVersion: replacedVersion,
      kmsKeyId: plan.keyId,
      tier: plan.tier,
      description: config.description,
      tags: config.tags,
      seen,
    });
    version = written.version;
    tagError = written.tagError;
    const notes = [
      replacedVersion === undefined ? 'created' : `previous ${held}${held !== replacedVersion ? `, supersedes ${replacedVersion}` : ''}`,
      written.attempts > 1 ? `${written.attempts} attempts` : '',
      written.recoveredFromHistory ? `found as version ${written.version} after an unanswered attempt` : '',
    ].filter(Boolean);
    saveProgress('written', version);
    journal.mark('WROTE', 'write', name, `version ${version} (${notes.join(', ')})`, t);
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
      return finish(stepError, await uncheckedWriteState(store, name, replacedVersion, journal.fingerprint));
    }
    const stepError = asStepError(error, 'write', name, 'ssm:PutParameter');
    journal.mark('FAILED', 'write', name, stepError.reason, t, 'failed');
    return finish(stepError, `The parameter still holds version ${replacedVersion ?? '(none)'}; nothing was written anywhere.`);
  }
  // From here SSM holds this token: the fingerprint output names it (never a token whose write failed).
  outputs.fingerprint = journal.fingerprint;
  outputs.version = String(version);
  const previousTarget = previousOf(version);
  outputs['previous-version'] = held === undefined ? '' : String(held);
  outputs['rotated-at'] = rotatedAt;
  const progress = (phase: Phase): void => {
    saveProgress(phase, version);
  };

  const written = {
    version,
    replacedVersion,
    previousLabelVersion: plan.previousLabelVersion,
    heldVersion: plan.heldVersion,
    keyId: plan.keyId,
    tier: plan.tier,
  };
  const failAndRollBack = async (error: StepError, step: StepName, startedAt: number): Promise<RotationOutcome> => {
    journal.mark('FAILED', step, error.target, error.reason, startedAt, 'failed');
    if (!config.rollbackOnFailure) {
      outputs.token = token;
      outputs.rotated = 'true';
      return finish(
        error,
        `SSM version ${version} holds the new token and rollback-on-failure is false, so it was left in force; the cluster may still run the old one.`,
      );
    }
    const rolled = await rollBack({ config, store, journal, cluster, runId: deps.runId, signal: deps.signal, now: deps.now, mask: deps.mask }, written);
    outputs.rotated = rolled.newTokenInForce ? 'true' : 'false';
    outputs.token = rolled.newTokenInForce ? token : (rolled.tokenInForce ?? '');
    // previous-version still names the version this run replaced: its value is the one restored.
    if (rolled.restoredVersion !== undefined) {
      outputs.version = String(rolled.restoredVersion);
      outputs.fingerprint = fingerprint(rolled.tokenInForce ?? '');
    }
    return finish(error, rolled.state);
  };
  // The overwrite landed but the tags the run was asked for could not be set: undo it like a failed label.
  if (tagError !== undefined) return failAndRollBack(asStepError(tagError, 'write', name, 'ssm:AddTagsToResource'), 'write', t);

  // 6. Label.
  if (config.versionLabels) {
    t = journal.now();
    try {
      await moveLabels(store, name, version, previousTarget, plan.previousLabelVersion);
      progress('labelled');
      const moved = previousTarget !== undefined && previousTarget !== held ? ` (not on version ${held}, which could soon be the oldest SSM keeps)` : '';
      journal.mark('LABELED', 'label', name, `current -> ${version}${previousTarget !== undefined ? `, previous -> ${previousTarget}${moved}` : ''}`, t);
    } catch (error) {
      return failAndRollBack(asStepError(error, 'label', name, 'ssm:LabelParameterVersion'), 'label', t);
    }
  }

  // 7. Gate and 8. verify.
  if (cluster && config.externalSecrets.length > 0) {
    progress('sync-started');
    t = journal.now();
    try {
      await syncAndVerify(config, cluster, token, deps);
    } catch (error) {
      return failAndRollBack(asStepError(error, error instanceof StepError ? error.step : 'sync', name, SYNC_ACTIONS), 'sync', t);
    }
  }

  // Cancelled during the write, the labels, the gate or the verify: undo it as a failure of that step would be.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the signal can abort during the awaits above; TypeScript keeps the narrowing of the earlier check
  if (deps.signal.aborted) {
    const gated = cluster !== undefined && config.externalSecrets.length > 0;
    const step: StepName = gated ? (config.verifySecretKey !== undefined ? 'verify' : 'sync') : config.versionLabels ? 'label' : 'write';
    return failAndRollBack(cancelled(step, name, deps.signal, `by the end of the ${step} step`), step, t);
  }

  // 9. Restart: from here the new token may already run, so it is never rolled back.
  if (cluster && config.restart.length > 0) {
    progress('restart-started');
    t = journal.now();
    try {
      await restartInOrder(config, cluster, deps);
    } catch (error) {
      const stepError = asStepError(error, 'restart', name, 'get/patch/watch on the workload');
      journal.mark('FAILED', stepError.step, stepError.target, stepError.reason, t, 'failed');
      outputs.token = token;
      outputs.rotated = 'true';
      return finish(stepError, `SSM version ${version} and the cluster Secret hold the new token and new pods may run it, so nothing was rolled back.`);
    }
  }

  // 10. Confirm: a later writer makes this run's token stale.
  t = journal.now();
  try {
    const latest = await confirmLatest(store, name, version, config.versionLabels ? (previousTarget ?? null) : undefined);
    if (latest !== version) {
      const error = new StepError(
        'confirm',
        name,
        `superseded by version ${latest}: someone wrote after this run, so this run's token is stale; the labels were left where this run put them, so the next run reports version ${latest} as drift if no run of this action wrote it.`,
        'Use the token of the run that wrote the latest version; nothing needs undoing.',
      );
      journal.mark('FAILED', 'confirm', name, `superseded by version ${latest}`, t, 'failed');
      outputs.rotated = 'false';
      return finish(error, `SSM's latest version is ${latest}, written by another run; this run's version ${version} is not handed out.`);
    }
  } catch (error) {
    const stepError = asStepError(error, 'confirm', name, 'ssm:GetParameters');
    journal.mark('FAILED', 'confirm', name, stepError.reason, t, 'failed');
    outputs.token = token;
    outputs.rotated = 'true';
    return finish(stepError, `SSM version ${version} holds the new token, but it could not be confirmed as the latest.`);
  }
  progress('confirmed');
  outputs.token = token;
  outputs.rotated = 'true';
  // Cancelled after the point where a failure keeps the new token: report it, undo nothing.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the signal can abort during the awaits above; TypeScript keeps the narrowing of the earlier check
  if (deps.signal.aborted) {
    const stepError = cancelled('confirm', name, deps.signal, 'by the end of the confirm step');
    journal.mark('FAILED', 'confirm', name, stepError.reason, t, 'failed');
    return finish(
      stepError,
      `SSM version ${version} holds the new token and is the latest${config.versionLabels ? ', with current on it' : ''}; the rotation had finished, so nothing was undone.`,
    );
  }
  journal.mark('CONFIRMED', 'confirm', name, `version ${version} is the latest`, t);
  return finish();
}

async function uncheckedWriteState(store: ParameterStore, name: string, replaced: number | undefined, ours: string): Promise<string> {
  const read = await store.head(name).then(
    (head) => ({ head }),
    () => undefined,
  );
  if (read && read.head?.version === replaced) return `The parameter still holds version ${replaced ?? '(none)'}; nothing was written anywhere.`;
  const latest = read?.head ? `SSM's latest version is now ${read.head.version}` : 'SSM may have a new version';
  const restore =
    replaced === undefined
      ? `delete the parameter if that version is this run's`
      : `if that version is this run's, put version ${replaced}'s value back by hand (aws ssm get-parameter --name '${name}:${replaced}' --with-decryption, then put-parameter --overwrite)`;
  return `${latest}, which may hold this run's token (${ours}); the labels were not moved and no token was handed out: ${restore}.`;
}
