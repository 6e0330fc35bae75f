import { CancelledError, StepError } from './errors.ts';
import type { StepName } from './errors.ts';
import { usesCluster } from './inputs.ts';
import type { RotationConfig } from './inputs.ts';
import type { Journal } from './journal.ts';
import { describeRef } from './kube/targets.ts';
import { emptyOutputs } from './outcome.ts';
import type { RotationOutcome } from './outcome.ts';
import type { Phase, Progress } from './progress.ts';
import { rollBack } from './rollback.ts';
import type { ClusterSession, Gate } from './rollback.ts';
import { explainSsmError } from './ssm/errors.ts';
import { InvalidLabelsError } from './ssm/parameter-store.ts';
import type { ParameterHead, ParameterStore } from './ssm/parameter-store.ts';
import { UncheckedWriteError, writeToken } from './ssm/write-token.ts';
import { encodingsToMask, fingerprint, mintToken } from './token.ts';
import type { RandomSource } from './token.ts';

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
}

/** What preflight learned about the parameter. */
interface ParameterPlan {
  readonly head: ParameterHead | undefined;
  readonly currentLabelVersion: number | undefined;
  readonly previousLabelVersion: number | undefined;
  readonly drift: boolean;
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
  try {
    plan = await preflightParameter(config, deps);
    outputs.drift = String(plan.drift);
    if (usesCluster(config)) {
      cluster = await preflightCluster(config, deps);
      opened.push(cluster);
    }
  } catch (error) {
    const stepError = error instanceof CancelledError ? cancelled('preflight', name, deps.signal, error) : asStepError(error, 'preflight', name, 'ssm:GetParameter');
    journal.mark('FAILED', 'preflight', stepError.target, stepError.reason, undefined, 'failed');
    return finish(stepError, 'Nothing was written anywhere.');
  }
  const replacedVersion = plan.head?.version;
  if (config.dryRun) {
    logPlan(config, plan, cluster, journal);
    return finish();
  }
  // Cancelled (SIGTERM/SIGINT) during the preflight: stop before anything is written.
  if (deps.signal.aborted) {
    const stepError = cancelled('preflight', name, deps.signal, 'during the preflight');
    journal.mark('FAILED', 'preflight', name, stepError.reason, undefined, 'failed');
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
  journal.fingerprint = fingerprint(token);
  outputs.fingerprint = journal.fingerprint;
  let version: number;
  const rotatedAt = deps.now().toISOString();
  const saveProgress = (phase: Phase, written?: number): void =>
    deps.saveProgress({
      phase,
      parameter: name,
      fingerprint: journal.fingerprint,
      ...(written !== undefined ? { version: written } : {}),
      ...(replacedVersion !== undefined ? { replacedVersion } : {}),
      ...(plan.previousLabelVersion !== undefined ? { previousLabelVersion: plan.previousLabelVersion } : {}),
      runId: deps.runId,
      rotatedAt,
    });
  // State is saved before each marker line: whatever stops the step after the line, the post step knows.
  saveProgress('writing');
  journal.mark('MINTED', 'mint', name, `${config.token.bytes} random bytes, ${config.token.encoding}${config.token.prefix ? `, prefix ${config.token.prefix}` : ''}, masked`, t);

  // 5. Write.
  t = journal.now();
  let tagError: unknown;
  try {
    const written = await writeToken(store, {
      name,
      value: token,
      replacesVersion: replacedVersion,
      kmsKeyId: config.kmsKeyId,
      tier: config.tier,
      description: config.description,
      tags: config.tags,
    });
    version = written.version;
    tagError = written.tagError;
    const notes = [
      replacedVersion === undefined ? 'created' : `previous ${replacedVersion}`,
      written.attempts > 1 ? `${written.attempts} attempts` : '',
      written.recoveredFromHistory ? 'found in history after an unanswered attempt' : '',
    ].filter(Boolean);
    saveProgress('written', version);
    journal.mark('WROTE', 'write', name, `version ${version} (${notes.join(', ')})`, t);
  } catch (error) {
    if (error instanceof UncheckedWriteError) {
      const checking = asStepError(error.checkError, 'write', name, 'ssm:GetParameterHistory');
      const stepError = new StepError('write', name, `PutParameter got no clear answer, and checking whether it landed failed: ${checking.reason}`, checking.next);
      journal.mark('FAILED', 'write', name, stepError.reason, t, 'failed');
      return finish(stepError, await uncheckedWriteState(store, name, replacedVersion, journal.fingerprint));
    }
    const stepError = asStepError(error, 'write', name, 'ssm:PutParameter');
    journal.mark('FAILED', 'write', name, stepError.reason, t, 'failed');
    return finish(stepError, `The parameter still holds version ${replacedVersion ?? '(none)'}; nothing was written anywhere.`);
  }
  outputs.version = String(version);
  outputs['previous-version'] = replacedVersion === undefined ? '' : String(replacedVersion);
  outputs['rotated-at'] = rotatedAt;
  const progress = (phase: Phase): void => saveProgress(phase, version);

  const written = { version, replacedVersion, previousLabelVersion: plan.previousLabelVersion };
  const failAndRollBack = async (error: StepError, step: StepName): Promise<RotationOutcome> => {
    journal.mark('FAILED', step, error.target, error.reason, undefined, 'failed');
    if (!config.rollbackOnFailure) {
      outputs.token = token;
      outputs.rotated = 'true';
      return finish(error, `SSM version ${version} holds the new token and rollback-on-failure is false, so it was left in force; the cluster may still run the old one.`);
    }
    const rolled = await rollBack({ config, store, journal, cluster, runId: deps.runId, signal: deps.signal, now: deps.now, mask: deps.mask }, written);
    outputs.rotated = rolled.newTokenInForce ? 'true' : 'false';
    outputs.token = rolled.newTokenInForce ? token : rolled.tokenInForce ?? '';
    if (rolled.restoredVersion !== undefined) {
      outputs.version = String(rolled.restoredVersion);
      outputs['previous-version'] = String(version);
      outputs.fingerprint = fingerprint(rolled.tokenInForce ?? '');
    }
    return finish(error, rolled.state);
  };
  // The overwrite landed but the tags the run was asked for could not be set: undo it like a failed label.
  if (tagError !== undefined) return failAndRollBack(asStepError(tagError, 'write', name, 'ssm:AddTagsToResource'), 'write');

  // 6. Label.
  if (config.versionLabels) {
    t = journal.now();
    try {
      await moveLabels(store, name, version);
      progress('labelled');
      journal.mark('LABELED', 'label', name, `current -> ${version}${version > 1 ? `, previous -> ${version - 1}` : ''}`, t);
    } catch (error) {
      return failAndRollBack(asStepError(error, 'label', name, 'ssm:LabelParameterVersion'), 'label');
    }
  }

  // 7. Gate and 8. verify.
  if (cluster && config.externalSecrets.length > 0) {
    progress('sync-started');
    try {
      await syncAndVerify(config, cluster, token, deps);
    } catch (error) {
      return failAndRollBack(asStepError(error, error instanceof StepError ? error.step : 'sync', name, SYNC_ACTIONS), 'sync');
    }
  }

  // Cancelled during the write, the labels, the gate or the verify: undo it as a failure of that step would be.
  if (deps.signal.aborted) {
    const gated = cluster !== undefined && config.externalSecrets.length > 0;
    const step: StepName = gated ? (config.verifySecretKey !== undefined ? 'verify' : 'sync') : config.versionLabels ? 'label' : 'write';
    return failAndRollBack(cancelled(step, name, deps.signal, `by the end of the ${step} step`), step);
  }

  // 9. Restart: from here the new token may already run, so it is never rolled back.
  if (cluster && config.restart.length > 0) {
    progress('restart-started');
    try {
      await restartInOrder(config, cluster, deps);
    } catch (error) {
      const stepError = asStepError(error, 'restart', name, 'get/patch/watch on the workload');
      journal.mark('FAILED', stepError.step, stepError.target, stepError.reason, undefined, 'failed');
      outputs.token = token;
      outputs.rotated = 'true';
      return finish(stepError, `SSM version ${version} and the cluster Secret hold the new token and new pods may run it, so nothing was rolled back.`);
    }
  }

  // 10. Confirm: a later writer makes this run's token stale.
  t = journal.now();
  try {
    const latest = await confirmLatest(store, name, version, config.versionLabels);
    if (latest !== version) {
      const error = new StepError('confirm', name, `superseded by version ${latest}: another run wrote after this one, so this run's token is stale.`, 'Use the token of the run that wrote the latest version; nothing needs undoing.');
      journal.mark('FAILED', 'confirm', name, `superseded by version ${latest}`, t, 'failed');
      outputs.rotated = 'false';
      return finish(error, `SSM's latest version is ${latest}, written by another run; this run's version ${version} is not handed out.`);
    }
  } catch (error) {
    const stepError = asStepError(error, 'confirm', name, 'ssm:GetParameter');
    journal.mark('FAILED', 'confirm', name, stepError.reason, t, 'failed');
    outputs.token = token;
    outputs.rotated = 'true';
    return finish(stepError, `SSM version ${version} holds the new token, but it could not be confirmed as the latest.`);
  }
  progress('confirmed');
  outputs.token = token;
  outputs.rotated = 'true';
  // Cancelled after the point where a failure keeps the new token: report it, undo nothing.
  if (deps.signal.aborted) {
    const stepError = cancelled('confirm', name, deps.signal, 'by the end of the confirm step');
    journal.mark('FAILED', 'confirm', name, stepError.reason, t, 'failed');
    return finish(stepError, `SSM version ${version} holds the new token and is the latest${config.versionLabels ? ', with current on it' : ''}; the rotation had finished, so nothing was undone.`);
  }
  journal.mark('CONFIRMED', 'confirm', name, `version ${version} is the latest`, t);
  return finish();
}

async function preflightParameter(config: RotationConfig, deps: RotationDeps): Promise<ParameterPlan> {
  const { store, journal } = deps;
  const name = config.parameterName;
  const t = journal.now();
  const head = await store.head(name);
  if (head && head.type !== 'SecureString') {
    throw new StepError('preflight', name, `the parameter is a ${head.type}, not a SecureString, and this action never overwrites a plain-text parameter.`, 'Delete it or pick another parameter-name; the action then creates a SecureString.');
  }
  let currentLabelVersion: number | undefined;
  let previousLabelVersion: number | undefined;
  let drift = false;
  if (head && config.versionLabels) {
    [currentLabelVersion, previousLabelVersion] = await Promise.all([
      store.labelledVersion(name, 'current'),
      store.labelledVersion(name, 'previous'),
    ]);
    if (currentLabelVersion !== undefined && currentLabelVersion < head.version) {
      drift = true;
      // Who wrote it is a detail for the log: without ssm:GetParameterHistory the rotation goes on without it.
      const newer = await store.history(name, { decrypt: false, afterVersion: currentLabelVersion }).catch(() => []);
      const latest = newer[newer.length - 1];
      journal.mark(
        'DRIFT',
        'preflight',
        name,
        `version ${head.version} was written outside this action${latest?.lastModifiedUser ? ` by ${latest.lastModifiedUser}` : ''}${latest?.lastModified ? ` at ${latest.lastModified.toISOString()}` : ''} (current is on ${currentLabelVersion}); this rotation supersedes it`,
      );
    }
  }
  const found = head ? `version ${head.version}, SecureString` : 'does not exist yet, will be created';
  journal.mark('PLAN', 'preflight', name, `${found}${currentLabelVersion !== undefined ? `, current on ${currentLabelVersion}` : ''}`, t);
  return { head, currentLabelVersion, previousLabelVersion, drift };
}

async function preflightCluster(config: RotationConfig, deps: RotationDeps): Promise<ClusterSession> {
  const { journal } = deps;
  const t = journal.now();
  const gate = await deps.loadGate();
  const cluster = await gate.connectCluster({
    ...(config.kubeconfig !== undefined ? { kubeconfig: config.kubeconfig } : {}),
    ...(config.kubeContext !== undefined ? { context: config.kubeContext } : {}),
  });
  const preflight = await gate.preflightCluster(cluster, {
    externalSecrets: [...config.externalSecrets],
    checks: { parameterName: config.parameterName, region: config.region, versionLabels: config.versionLabels },
    beforeWrite: true,
    restart: [...config.restart],
    ...(config.verifySecretKey !== undefined ? { verifySecretKey: config.verifySecretKey } : {}),
  }, { signal: deps.signal });
  for (const es of preflight.externalSecrets) {
    journal.mark('PLAN', 'preflight', describeRef({ ...es.ref, kind: 'ExternalSecret' }), `ExternalSecret ready for force-sync, target Secret ${es.targetSecret.name}`, t);
  }
  for (const w of preflight.workloads) {
    journal.mark('PLAN', 'preflight', describeRef(w.ref), w.reloaderManaged ? 'managed by Reloader: will wait for its rollout' : 'will restart', t);
  }
  return { gate, cluster, preflight };
}

function logPlan(config: RotationConfig, plan: ParameterPlan, cluster: ClusterSession | undefined, journal: Journal): void {
  const name = config.parameterName;
  const next = (plan.head?.version ?? 0) + 1;
  journal.mark('PLAN', 'publish', name, `dry run: would write version ${next} (SecureString, ${config.kmsKeyId ?? 'alias/aws/ssm'}, ${config.tier})${config.versionLabels ? `, move current -> ${next}${plan.head ? `, previous -> ${plan.head.version}` : ''}` : ''}`, undefined, 'planned');
  for (const es of cluster?.preflight.externalSecrets ?? []) {
    journal.mark('PLAN', 'publish', describeRef({ ...es.ref, kind: 'ExternalSecret' }), `dry run: would force-sync and wait${config.verifySecretKey ? `, then verify key ${config.verifySecretKey} of Secret ${es.targetSecret.name}` : ''}`, undefined, 'planned');
  }
  for (const w of cluster?.preflight.workloads ?? []) {
    journal.mark('PLAN', 'publish', describeRef(w.ref), `dry run: would ${w.reloaderManaged ? 'wait for the rollout Reloader starts' : 'restart and wait for the rollout'}`, undefined, 'planned');
  }
  journal.mark('PLAN', 'publish', name, 'dry run: nothing was written', undefined, 'planned');
}

/**
 * Moves `current` to a version and `previous` to the one it replaced. Versions
 * are numbered one by one, so the replaced one is always `version - 1`, even
 * when another run wrote between this run's preflight and its write.
 */
export async function moveLabels(store: ParameterStore, name: string, version: number): Promise<void> {
  await store.label(name, version, ['current']);
  if (version > 1) await store.label(name, version - 1, ['previous']);
}

async function syncAndVerify(config: RotationConfig, session: ClusterSession, token: string, deps: RotationDeps): Promise<void> {
  const { gate, cluster, preflight } = session;
  const { journal } = deps;
  // Every ExternalSecret is forced, then all are waited on at once (ESO's queue takes them one by one with --concurrent=1).
  const t = journal.now();
  let starts: Awaited<ReturnType<typeof gate.forceSyncAll>>;
  try {
    starts = await gate.forceSyncAll(cluster, preflight.externalSecrets, deps.runId, { signal: deps.signal });
  } catch (error) {
    throw error instanceof CancelledError ? cancelled('sync', 'the ExternalSecrets', deps.signal, error) : error;
  }
  await Promise.all(
    preflight.externalSecrets.map(async (es, index) => {
      const target = describeRef({ ...es.ref, kind: 'ExternalSecret' });
      const started = starts[index] as (typeof starts)[number];
      try {
        await gate.waitForSync(cluster, es.ref, started, { timeoutMs: config.syncTimeoutMs, signal: deps.signal, secretName: es.targetSecret.name });
      } catch (error) {
        throw error instanceof CancelledError ? cancelled('sync', target, deps.signal, error) : error;
      }
      const via = es.clusterOwner ? ` (forced through ClusterExternalSecret ${es.clusterOwner})` : '';
      journal.mark('SYNCED', 'sync', target, `ESO synced Secret ${es.targetSecret.name}${via}`, t);
    }),
  );
  if (config.verifySecretKey === undefined) return;
  const expected = fingerprint(token);
  for (const es of preflight.externalSecrets) {
    const t = journal.now();
    await gate.verifySecretKey(cluster, es.targetSecret, config.verifySecretKey, expected);
    journal.mark('VERIFIED', 'verify', describeRef({ ...es.targetSecret, kind: 'Secret' }), `key ${config.verifySecretKey} matches`, t);
  }
}

async function restartInOrder(config: RotationConfig, session: ClusterSession, deps: RotationDeps): Promise<void> {
  const { gate, cluster, preflight } = session;
  const { journal } = deps;
  for (const workload of preflight.workloads) {
    let t = journal.now();
    let minGeneration: number;
    if (workload.reloaderManaged) {
      // Reloader restarts it on the Secret change; a second patch would roll it twice.
      minGeneration = workload.generation + 1;
      journal.mark('RESTARTED', 'restart', describeRef(workload.ref), 'left to Reloader (it manages this workload)', t);
    } else {
      const { generation } = await gate.restartWorkload(cluster, workload.ref, deps.now().toISOString());
      minGeneration = generation;
      journal.mark('RESTARTED', 'restart', describeRef(workload.ref), `restartedAt patched, generation ${generation}`, t);
    }
    t = journal.now();
    try {
      await gate.waitForRollout(cluster, workload.ref, { timeoutMs: config.rolloutTimeoutMs, signal: deps.signal, minGeneration });
    } catch (error) {
      throw error instanceof CancelledError ? cancelled('rollout', describeRef(workload.ref), deps.signal, error) : error;
    }
    journal.mark('ROLLED-OUT', 'rollout', describeRef(workload.ref), 'rollout complete', t);
  }
}

/**
 * The latest version, after making sure the labels sit on it: when runs race,
 * each one's last act points `current`/`previous` at the newest two versions,
 * so whichever finishes last leaves them right.
 */
async function confirmLatest(store: ParameterStore, name: string, ours: number, labels: boolean): Promise<number> {
  const [head, current, previous] = await Promise.all([
    store.head(name),
    labels ? store.labelledVersion(name, 'current') : undefined,
    labels ? store.labelledVersion(name, 'previous') : undefined,
  ]);
  const latest = head?.version ?? ours;
  const labelsRight = current === latest && (latest === 1 || previous === latest - 1);
  if (labels && latest >= ours && !labelsRight) await moveLabels(store, name, latest);
  return latest;
}

/** Turns anything thrown into a StepError that names the step, target, cause and next move. */
export function asStepError(error: unknown, step: StepName, target: string, action: string): StepError {
  if (error instanceof StepError) return error;
  if (error instanceof CancelledError) {
    return new StepError(step, target, `the run was ${error.message}.`, 'Run the deploy again when ready.');
  }
  if (error instanceof InvalidLabelsError) {
    return new StepError(step, target, `${error.message}.`, 'Check that no other tool uses the labels current and previous with other rules.');
  }
  const { reason, next } = explainSsmError(error, action);
  return new StepError(step, target, `${reason}.`, next);
}

/** The failure of a run cancelled by the runner (SIGTERM/SIGINT), `when` or while a wait was under way. */
function cancelled(step: StepName, target: string, signal: AbortSignal, when: string | CancelledError): StepError {
  const by = signal.reason instanceof Error && signal.reason.message ? ` (${signal.reason.message})` : '';
  const what = when instanceof CancelledError ? when.message.replace(/^cancelled /, '') : when;
  return new StepError(step, target, `the run was cancelled${by} ${what}.`, 'Run the deploy again when ready.');
}

/** Where SSM stands after a write whose outcome could not be checked, read back as far as possible. */
async function uncheckedWriteState(store: ParameterStore, name: string, replaced: number | undefined, ours: string): Promise<string> {
  const read = await store.head(name).then((head) => ({ head }), () => undefined);
  if (read && read.head?.version === replaced) return `The parameter still holds version ${replaced ?? '(none)'}; nothing was written anywhere.`;
  const latest = read?.head ? `SSM's latest version is now ${read.head.version}` : 'SSM may have a new version';
  const restore = replaced === undefined
    ? `delete the parameter if that version is this run's`
    : `if that version is this run's, put version ${replaced}'s value back by hand (aws ssm get-parameter --name '${name}:${replaced}' --with-decryption, then put-parameter --overwrite)`;
  return `${latest}, which may hold this run's token (${ours}); the labels were not moved and no token was handed out: ${restore}.`;
}
