import type { RotationConfig } from './inputs.ts';
import type { Journal } from './journal.ts';
import type * as GateModule from './kube/index.ts';
import { describeRef } from './kube/targets.ts';
import type { ParameterStore } from './ssm/parameter-store.ts';
import { writeToken } from './ssm/write-token.ts';
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
}

export interface WrittenVersion {
  readonly version: number;
  readonly replacedVersion: number | undefined;
  readonly previousLabelVersion: number | undefined;
}

export interface RollbackResult {
  /** The version that holds the previous value again, when one was written. */
  readonly restoredVersion: number | undefined;
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

/**
 * Puts the value the run replaced back as a new version, moves the labels
 * back and has ESO sync it again (SPEC.md, "When it fails"). Never rolls back
 * over a version another run wrote after ours.
 */
export async function rollBack(context: RollbackContext, written: WrittenVersion): Promise<RollbackResult> {
  const { config, store, journal } = context;
  const name = config.parameterName;
  const t = journal.now();
  const keep = (state: string, failed = false): RollbackResult => ({ restoredVersion: undefined, tokenInForce: undefined, newTokenInForce: true, state, failed });

  if (written.replacedVersion === undefined) {
    journal.mark('FAILED', 'rollback', name, 'nothing to roll back to: this run created the parameter', t, 'failed');
    return keep(`SSM version ${written.version} holds the new token (this run created the parameter, so there is no earlier value to restore).`);
  }
  let restored: number;
  let previousValue: string;
  try {
    const head = await store.head(name);
    if (head && head.version > written.version) {
      journal.mark('FAILED', 'rollback', name, `not rolled back: version ${head.version} was written after ours`, t, 'failed');
      return { restoredVersion: undefined, tokenInForce: undefined, newTokenInForce: false, state: `SSM's latest version ${head.version} was written by another run after this one, so it was left in force.`, failed: false };
    }
    previousValue = await store.valueOf(name, written.replacedVersion);
    for (const form of encodingsToMask(previousValue)) context.mask(form);
    ({ version: restored } = await writeToken(store, {
      name,
      value: previousValue,
      replacesVersion: written.version,
      kmsKeyId: config.kmsKeyId,
      tier: config.tier,
      description: config.description,
      tags: [],
    }));
    if (config.versionLabels) {
      await store.label(name, restored, ['current']);
      if (written.previousLabelVersion !== undefined) await store.label(name, written.previousLabelVersion, ['previous']);
    }
  } catch (error) {
    const message = (error as Error).message.replace(/\s+/g, ' ');
    journal.mark('FAILED', 'rollback', name, `rollback failed: ${message}`, t, 'failed');
    return keep(
      `The rollback failed (${message}): SSM's latest version may still be ${written.version} with the new token; restore version ${written.replacedVersion} by hand (aws ssm get-parameter --name '${name}:${written.replacedVersion}' --with-decryption, then put-parameter --overwrite).`,
      true,
    );
  }

  const resync = await resyncCluster(context);
  const labels = config.versionLabels
    ? `, current -> ${restored}${written.previousLabelVersion !== undefined ? `, previous -> ${written.previousLabelVersion}` : ''}`
    : '';
  journal.mark('ROLLED-BACK', 'rollback', name, `version ${restored} holds the value of version ${written.replacedVersion} (${fingerprint(previousValue)}) again${labels}; ${resync}`, t, 'rolled back');
  return {
    restoredVersion: restored,
    tokenInForce: previousValue,
    newTokenInForce: false,
    state: `SSM version ${restored} holds the previous token again${labels}; ${resync}.`,
    failed: false,
  };
}

async function resyncCluster(context: RollbackContext): Promise<string> {
  const session = context.cluster;
  if (!session || session.preflight.externalSecrets.length === 0) return 'no ExternalSecret to sync back';
  const { gate, cluster, preflight } = session;
  const timeoutMs = Math.min(context.config.syncTimeoutMs, RESYNC_LIMIT_MS);
  const results = await Promise.allSettled(
    preflight.externalSecrets.map(async (es) => {
      const started = await gate.forceSync(cluster, es, `${context.runId}-rollback`);
      await gate.waitForSync(cluster, es.ref, started, { timeoutMs, signal: AbortSignal.timeout(timeoutMs + 5_000) });
    }),
  );
  const failed = preflight.externalSecrets.filter((_, i) => results[i]?.status === 'rejected').map((es) => describeRef(es.ref));
  return failed.length === 0
    ? 'the ExternalSecrets synced the previous value back'
    : `ESO did not sync back ${failed.join(', ')} in time: it will on its next refresh, or annotate force-sync by hand`;
}
