import type { RotationConfig } from './inputs.ts';
import type { Journal } from './journal.ts';
import type * as GateModule from './kube/index.ts';
import { clusterForceSyncCommand } from './kube/ces-rules.ts';
import { describeRef } from './kube/targets.ts';
import { explainSsmError } from './ssm/errors.ts';
import type { ParameterStore } from './ssm/parameter-store.ts';
import { labelSafe } from './ssm/rules.ts';
import type { Tier } from './ssm/rules.ts';
import { UncheckedWriteError, writeToken } from './ssm/write-token.ts';
import { encodingsToMask, fingerprint } from './token.ts';

export type Gate = typeof GateModule;

/** The cluster connection and what its preflight found, shared by the gate, restart and rollback. */
export interface ClusterSession {
  readonly gate: Gate;
  readonly cluster: GateModule.Cluster;
  readonly preflight: GateModule.ClusterPreflight;
}

export interface RollbackContext {
  readonly config: RotationConfig;
  readonly store: ParameterStore;
  readonly journal: Journal;
  readonly cluster: ClusterSession | undefined;
  readonly runId: string;
  readonly signal: AbortSignal;
  readonly now: () => Date;
  /** Masks a value before anything could print it: the restored token is read back from SSM. */
  readonly mask: (value: string) => void;
  /** Replaces the sync back (a set syncs back once, after every parameter is restored); it returns the clause on the cluster. */
  readonly resync?: () => Promise<string>;
}

export interface WrittenVersion {
  readonly version: number;
  readonly replacedVersion: number | undefined;
  readonly previousLabelVersion: number | undefined;
  /** The version consumers held (current's, else the latest) before the run: its value is the one restored. */
  readonly heldVersion?: number | undefined;
  /** The key and tier the run wrote with; the restoring write uses the same (undefined: SSM's defaults). */
  readonly keyId?: string | undefined;
  readonly tier?: Tier | undefined;
}

export interface RollbackResult {
  /** The version that holds the previous value again, when one was written. */
  readonly restoredVersion: number | undefined;
  /** Where the rollback left `previous`, when it put labels back. */
  readonly previousVersion?: number | undefined;
  /** The token in force after the rollback (masked by the caller before use). */
  readonly tokenInForce: string | undefined;
  /** True when the new token stayed in force (nothing to roll back to, or the rollback write failed). */
  readonly newTokenInForce: boolean;
  /** One sentence on where SSM, the labels and the cluster stand. */
  readonly state: string;
  /** True when the rollback could not put the previous value back. */
  readonly failed: boolean;
}

// ESO is asked to sync back, but a rollback must end: at most this long.
const RESYNC_LIMIT_MS = 60_000;
const CANCELLED_RESYNC_LIMIT_MS = 1_000;
const RESYNC_SEND_ATTEMPTS = 3;

/**
 * Puts the value consumers held back as a new version (the version `current`
 * was on, not a drifted one written outside the action), moves the labels
 * back and has ESO sync it again (SPEC.md, "When it fails"). Never rolls back
 * over a version another run wrote after ours. `current` goes to the
 * restoring version; `previous` goes back where it was unless that version
 * could soon be the oldest SSM keeps (then onto the restoring version too),
 * so no label of ours ever blocks a later write.
 */
export async function rollBack(context: RollbackContext, written: WrittenVersion): Promise<RollbackResult> {
  const { config, store, journal } = context;
  const name = config.parameterName;
  const t = journal.now();
  const keep = (state: string, failed = false): RollbackResult => ({
    restoredVersion: undefined,
    tokenInForce: undefined,
    newTokenInForce: true,
    state,
    failed,
  });

  if (written.replacedVersion === undefined) {
    journal.mark('FAILED', 'rollback', name, 'nothing to roll back to: this run created the parameter', t, 'failed');
    return keep(`SSM version ${written.version} holds the new token (this run created the parameter, so there is no earlier value to restore).`);
  }
  let restored: number | undefined;
  let previousValue: string | undefined;
  let restoreFrom = written.replacedVersion;
  let previousAt: number | undefined;
  // The IAM action of the call under way, named when it is denied.
  let action = 'ssm:GetParameters';
  try {
    const head = await store.head(name);
    if (head && head.version > written.version) {
      journal.mark('FAILED', 'rollback', name, `not rolled back: version ${head.version} was written after ours`, t, 'failed');
      return {
        restoredVersion: undefined,
        tokenInForce: undefined,
        newTokenInForce: false,
        state: `SSM's latest version ${head.version} was written by another run after this one, so it was left in force.`,
        failed: false,
      };
    }
    restoreFrom = written.heldVersion ?? written.replacedVersion;
    previousValue = await store.valueOf(name, restoreFrom);
    for (const form of encodingsToMask(previousValue)) context.mask(form);
    journal.scrubber.know(previousValue);
    action = 'ssm:PutParameter';
    ({ version: restored } = await writeToken(store, {
      name,
      value: previousValue,
      replacesVersion: written.version,
      kmsKeyId: written.keyId ?? config.kmsKeyId,
      tier: written.tier ?? config.tier,
      description: config.description,
      tags: [],
      seen: (value) => {
        for (const form of encodingsToMask(value)) context.mask(form);
        journal.scrubber.know(value);
      },
    }));
    if (config.versionLabels) {
      action = 'ssm:LabelParameterVersion';
      await store.label(name, restored, ['current']);
      const back = written.previousLabelVersion;
      if (back !== undefined) {
        previousAt = labelSafe(back, restored) ? back : restored;
        await store.label(name, previousAt, ['previous']);
      }
    }
  } catch (error) {
    // A restoring write that got no answer and could not be checked: name what the check lacked.
    const unchecked = error instanceof UncheckedWriteError;
    const { reason, next } = explainSsmError(unchecked ? error.checkError : error, unchecked ? 'ssm:GetParameters' : action);
    const current = config.versionLabels ? await whereCurrentIs(store, name, written) : '';
    if (restored === undefined || previousValue === undefined) {
      journal.mark('FAILED', 'rollback', name, `rollback failed: ${reason}`, t, 'failed');
      return keep(
        `The rollback failed: ${reason}. SSM's latest version ${unchecked ? `is ${written.version} with the new token, or a newer one if the restoring write landed` : `${written.version} still holds the new token`}${current}. ${next} Or restore version ${restoreFrom} by hand (aws ssm get-parameter --name '${name}:${restoreFrom}' --with-decryption, then put-parameter --overwrite).`,
        true,
      );
    }
    // The previous value is back as the latest version; only the labels are not where they belong.
    const resync = await (context.resync ?? (() => resyncCluster(context, previousValue)))();
    journal.mark(
      'FAILED',
      'rollback',
      name,
      `version ${restored} holds the value of version ${restoreFrom} again, but the labels were not moved back: ${reason}`,
      t,
      'failed',
    );
    return {
      restoredVersion: restored,
      tokenInForce: previousValue,
      newTokenInForce: false,
      state: `SSM version ${restored} holds the previous token again, but the labels were not moved back (${reason})${current}; ${resync}. ${next} Then move current by hand (aws ssm label-parameter-version --name '${name}' --parameter-version ${restored} --labels current).`,
      failed: false,
    };
  }

  const resync = await (context.resync ?? (() => resyncCluster(context, previousValue)))();
  const labels = config.versionLabels ? `, current -> ${restored}${previousAt !== undefined ? `, previous label back on ${previousAt}` : ''}` : '';
  // restoreFrom is the version this run replaced (the previous-version output); `previous` goes back where it was.
  journal.mark(
    'ROLLED-BACK',
    'rollback',
    name,
    `version ${restored} holds the value of version ${restoreFrom} (${fingerprint(previousValue)}), the one this run replaced, again${labels}; ${resync}`,
    t,
    'rolled back',
  );
  return {
    restoredVersion: restored,
    previousVersion: previousAt ?? (config.versionLabels ? await store.labelledVersion(name, 'previous').catch(() => undefined) : undefined),
    tokenInForce: previousValue,
    newTokenInForce: false,
    state: `SSM version ${restored} holds the previous token again${labels}; ${resync}.`,
    failed: false,
  };
}

/** Where `current` points after a rollback that stopped half way, as a clause for the failure sentence. */
async function whereCurrentIs(store: ParameterStore, name: string, written: WrittenVersion): Promise<string> {
  const current = await store.labelledVersion(name, 'current').catch(() => undefined);
  if (current === undefined) return '';
  if (current === written.version) return `, and current points at version ${current}, which holds the new token`;
  if (current === written.replacedVersion) return `, and current points at version ${current}, which holds the previous token`;
  return `, and current points at version ${current}`;
}

/** With verify on, whether the target Secret's key holds the previous token; without, true (status alone decides). */
async function holdsPrevious(
  session: ClusterSession,
  es: GateModule.ExternalSecretRecord,
  key: string | undefined,
  previousValue: string | undefined,
  signal: AbortSignal,
): Promise<boolean> {
  if (!key || previousValue === undefined) return true;
  return (await session.gate.secretKeyFingerprint(session.cluster, es.targetSecret, key, signal)) === fingerprint(previousValue);
}

/** With verify on, how the resync wait tells whether the Secret holds the previous token (undefined: unreadable). */
function previousCheck(
  session: ClusterSession,
  es: GateModule.ExternalSecretRecord,
  key: string | undefined,
  previousValue: string | undefined,
): ((signal: AbortSignal) => Promise<boolean | undefined>) | undefined {
  if (!key || previousValue === undefined) return undefined;
  return async (signal) => {
    const found = await session.gate.secretKeyFingerprint(session.cluster, es.targetSecret, key, signal);
    return found === undefined ? undefined : found === fingerprint(previousValue);
  };
}

/**
 * Has ESO sync every ExternalSecret again after a rollback; returns the clause on where the cluster stands.
 * previousValue (one parameter's restored token) lets verify check the Secret; a set leaves it out.
 */
export async function resyncCluster(context: RollbackContext, previousValue?: string): Promise<string> {
  const session = context.cluster;
  if (!session || session.preflight.externalSecrets.length === 0) return 'no ExternalSecret to sync back';
  const { gate, cluster, preflight } = session;
  // After a cancel the runner kills the step within seconds: ask ESO, wait only briefly.
  const cancelled = context.signal.aborted;
  const timeoutMs = Math.min(context.config.syncTimeoutMs, cancelled ? CANCELLED_RESYNC_LIMIT_MS : RESYNC_LIMIT_MS);
  const signal = AbortSignal.timeout(timeoutMs + (cancelled ? 500 : 5_000));
  const notAsked: string[] = [];
  const pending: string[] = [];
  const untouched: string[] = [];
  // The force-sync must reach ESO: retry sending it, bounded, before giving up.
  let starts: Awaited<ReturnType<Gate['forceSyncAll']>> | undefined;
  for (let attempt = 1; attempt <= RESYNC_SEND_ATTEMPTS && !starts && !signal.aborted; attempt++) {
    try {
      starts = await gate.forceSyncAll(cluster, preflight.externalSecrets, `${context.runId}-rollback`, { signal });
    } catch {
      if (attempt < RESYNC_SEND_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
  await Promise.all(
    preflight.externalSecrets.map(async (es, index) => {
      const started = starts?.[index];
      if (!started) {
        const owner = es.clusterOwner;
        notAsked.push(
          owner ? clusterForceSyncCommand(owner) : `kubectl -n ${es.ref.namespace} annotate externalsecret ${es.ref.name} force-sync=$(date +%s) --overwrite`,
        );
        return;
      }
      // Neither syncedResourceVersion nor refreshTime moved since a preflight taken before the write
      // (sync-verdict.ts, esoWroteSince) and, when verifying, the Secret holds the previous token:
      // ESO never wrote the new token, so there is nothing to wait for.
      if (
        preflight.beforeWrite &&
        !gate.esoWroteSince(es, started) &&
        (await holdsPrevious(session, es, context.config.verifySecretKey, previousValue, signal))
      ) {
        untouched.push(describeRef(es.ref));
        return;
      }
      try {
        // A sync ESO made on its own counts when the Secret holds the previous token: refreshPolicy
        // CreatedOnce makes one sync and ignores the force-sync after it (sync-verdict.ts, ownSyncVerdict).
        await gate.waitForSync(cluster, es.ref, started, {
          timeoutMs,
          signal,
          secretName: es.targetSecret.name,
          delivered: previousCheck(session, es, context.config.verifySecretKey, previousValue),
        });
      } catch {
        pending.push(describeRef(es.ref));
      }
    }),
  );
  const problems = [
    ...(untouched.length > 0 && pending.length + notAsked.length > 0
      ? [`ESO never synced the new token into ${untouched.join(', ')}, so its Secret still holds the previous one`]
      : []),
    ...(pending.length > 0
      ? [`ESO was asked to sync ${pending.join(', ')} back but had not finished, so the cluster Secret may hold the new token until it does`]
      : []),
    ...(notAsked.length > 0 ? [`ESO could not be asked to sync back, so the cluster Secret may still hold the new token: ${notAsked.join('; ')}`] : []),
  ];
  if (problems.length > 0) return problems.join('; ');
  if (untouched.length === preflight.externalSecrets.length) {
    return 'ESO never synced the new token into the cluster Secret, so it still holds the previous one (ESO was asked to sync again)';
  }
  return untouched.length > 0
    ? `the ExternalSecrets synced the previous value back (ESO never synced the new token into ${untouched.join(', ')})`
    : 'the ExternalSecrets synced the previous value back';
}
