import { CancelledError } from './errors.ts';
import type { RotationConfig } from './inputs.ts';
import { describeRef } from './kube/targets.ts';
import type { ClusterSession } from './rollback.ts';
import type { DiscoveryReport, ExternalSecretRecord, WorkloadRecord } from './kube/index.ts';
import type { PlanStep } from './plan.ts';
import type { RunState } from './run-state.ts';
import type { RotationDeps } from './rotate.ts';
import { cancelled, clusterSource } from './step-errors.ts';
import { fingerprint } from './token.ts';

/** The cluster steps of a rotation: preflight, gate and verify, restart and rollout. */

export async function preflightCluster(config: RotationConfig, deps: RotationDeps): Promise<ClusterSession> {
  const names = config.parameters.map((p) => p.name);
  const { journal } = deps;
  const t = journal.now();
  const gate = deps.connected?.gate ?? (await deps.loadGate());
  const cluster = deps.connected?.cluster ?? (await gate.connectCluster(clusterSource(config)));
  const preflight = await gate.preflightCluster(
    cluster,
    {
      externalSecrets: [...config.externalSecrets],
      checks: {
        parameterName: config.parameterName,
        region: config.region,
        versionLabels: config.versionLabels,
        ...(config.setForm ? { parameterNames: names } : {}),
      },
      beforeWrite: true,
      restart: [...config.restart],
      ...(config.discovery ? { discovery: { ...config.discovery, parameterNames: names, region: config.region } } : {}),
      ...(config.verifySecretKey !== undefined ? { verifySecretKey: config.verifySecretKey } : {}),
    },
    { signal: deps.signal },
  );
  const found = (target: string): string => foundBecause(preflight.discovery, target);
  for (const es of preflight.externalSecrets) {
    const target = describeRef({ ...es.ref, kind: 'ExternalSecret' });
    journal.mark('PLAN', 'preflight', target, `ExternalSecret ready for force-sync, target Secret ${es.targetSecret.name}${found(target)}`, t);
  }
  for (const w of preflight.workloads) {
    const target = describeRef(w.ref);
    journal.mark('PLAN', 'preflight', target, `${w.reloaderManaged ? 'managed by Reloader: will wait for its rollout' : 'will restart'}${found(target)}`, t);
  }
  for (const line of discoveryLines(preflight.discovery)) journal.mark('PLAN', 'preflight', line.target, line.detail, t);
  return { gate, cluster, preflight };
}

/** `, found by auto: data[0].remoteRef.key` for an object discovery found. */
function foundBecause(report: DiscoveryReport | undefined, target: string): string {
  const item = [...(report?.externalSecrets ?? []), ...(report?.workloads ?? [])].find((f) => f.target === target);
  return item ? `, found by auto: ${item.reasons.join('; ')}` : '';
}

/** The summary's rows for what auto looked at and did not take: left out, or found and reported but not restarted. */
function discoveryLines(report: DiscoveryReport | undefined): { target: string; detail: string }[] {
  if (!report) return [];
  const lines = report.workloads
    .filter((w) => w.notRestarted !== undefined)
    .map((w) => ({ target: w.target, detail: `found by auto (${w.reasons.join('; ')}), reported and not restarted: ${w.notRestarted ?? ''}` }));
  const shown = report.leftOut.slice(0, 10).map((out) => `${out.target} (${out.reason})`);
  const more = report.leftOut.length > shown.length ? `; and ${report.leftOut.length - shown.length} more (listed in the log)` : '';
  const detail = `looked in ${report.where} with ${report.pages} list requests; left out ${report.leftOut.length}${shown.length > 0 ? `: ${shown.join('; ')}` : ''}${more}`;
  return [...lines, { target: 'auto', detail }];
}

/** Forces every ExternalSecret of the plan once, then waits for all at once (ESO's queue takes them one by one with --concurrent=1). */
export async function syncAll(run: RunState, steps: readonly PlanStep[]): Promise<void> {
  const { gate, cluster } = run.cluster as ClusterSession;
  const { journal, signal } = run.deps;
  const externalSecrets = steps.map((step) => step.externalSecret as ExternalSecretRecord);
  const t = journal.now();
  let starts: Awaited<ReturnType<typeof gate.forceSyncAll>>;
  try {
    starts = await gate.forceSyncAll(cluster, externalSecrets, run.deps.runId, { signal });
  } catch (error) {
    throw error instanceof CancelledError ? cancelled('sync', 'the ExternalSecrets', signal, error) : error;
  }
  await Promise.all(
    externalSecrets.map(async (es, index) => {
      const target = describeRef({ ...es.ref, kind: 'ExternalSecret' });
      const started = starts[index] as (typeof starts)[number];
      let synced: Awaited<ReturnType<typeof gate.waitForSync>>;
      try {
        synced = await gate.waitForSync(cluster, es.ref, started, {
          timeoutMs: run.config.syncTimeoutMs,
          signal,
          secretName: es.targetSecret.name,
          delivered: deliveryCheck(run, es),
        });
      } catch (error) {
        throw error instanceof CancelledError ? cancelled('sync', target, signal, error) : error;
      }
      const via =
        synced.proof === 'secret'
          ? ` (ESO's own sync after the write; the Secret holds the new value)`
          : es.clusterOwner
            ? ` (forced through ClusterExternalSecret ${es.clusterOwner})`
            : '';
      journal.mark('SYNCED', 'sync', target, `ESO synced Secret ${es.targetSecret.name}${via}${carried(run, es)}`, t);
    }),
  );
}

/**
 * With verify-secret-key, how the gate tells whether the target Secret already holds the new
 * value(s): proof that a sync ESO made on its own after the write read it (sync-verdict.ts).
 */
function deliveryCheck(run: RunState, es: ExternalSecretRecord): ((signal: AbortSignal) => Promise<boolean | undefined>) | undefined {
  const key = run.config.verifySecretKey;
  if (key === undefined) return undefined;
  const keys = run.config.setForm ? (es.setKeys ?? []) : [{ parameter: run.config.parameterName, secretKey: key }];
  const expected = keys.map((k) => ({ ...k, fingerprint: run.members.find((m) => m.entry.name === k.parameter)?.fingerprint }));
  if (expected.length === 0 || expected.some((k) => k.fingerprint === undefined)) return undefined;
  const { gate, cluster } = run.cluster as ClusterSession;
  return async (signal) => {
    for (const k of expected) {
      const actual = await gate.secretKeyFingerprint(cluster, es.targetSecret, k.secretKey, signal);
      if (actual === undefined) return undefined;
      if (actual !== k.fingerprint) return false;
    }
    return true;
  };
}

/** For a set, the parameters an ExternalSecret carries (its data[] reads, else the whole set); their fingerprints go on its line. */
function carried(run: RunState, es: ExternalSecretRecord): string {
  if (!run.config.setForm) return '';
  const read = new Set(es.setKeys?.map((key) => key.parameter));
  const members = run.members.filter((m) => read.size === 0 || read.has(m.entry.name));
  run.deps.journal.fingerprint = members.map((m) => m.fingerprint).join(',');
  return `, carrying ${members.map((m) => m.entry.name).join(', ')}`;
}

/** Checks one key of a target Secret against the fingerprint of the token of the parameter it reads. */
export async function verifyOne(run: RunState, step: PlanStep, token: string): Promise<void> {
  const { gate, cluster } = run.cluster as ClusterSession;
  const es = step.externalSecret as ExternalSecretRecord;
  const key = step.secretKey ?? '';
  const t = run.deps.journal.now();
  await gate.verifySecretKey(cluster, es.targetSecret, key, fingerprint(token));
  const of = run.config.setForm ? ` (${step.parameter ?? ''})` : '';
  run.deps.journal.mark('VERIFIED', 'verify', describeRef({ ...es.targetSecret, kind: 'Secret' }), `key ${key}${of} matches`, t);
}

/** Restarts one workload (or leaves it to Reloader) and waits for its rollout. */
export async function restartOne(run: RunState, step: PlanStep): Promise<void> {
  const { gate, cluster } = run.cluster as ClusterSession;
  const { journal, signal } = run.deps;
  const workload = step.workload as WorkloadRecord;
  let t = journal.now();
  let minGeneration: number;
  if (workload.reloaderManaged) {
    // Reloader restarts it on the Secret change; a second patch would roll it twice.
    minGeneration = workload.generation + 1;
    journal.mark('RESTARTED', 'restart', describeRef(workload.ref), 'left to Reloader (it manages this workload)', t);
  } else {
    const { generation } = await gate.restartWorkload(cluster, workload.ref, run.deps.now().toISOString());
    minGeneration = generation;
    journal.mark(
      'RESTARTED',
      'restart',
      describeRef(workload.ref),
      `${workload.ref.kind === 'Rollout' ? 'spec.restartAt' : 'restartedAt'} patched, generation ${generation}`,
      t,
    );
  }
  t = journal.now();
  try {
    await gate.waitForRollout(cluster, workload.ref, { timeoutMs: run.config.rolloutTimeoutMs, signal, minGeneration });
  } catch (error) {
    throw error instanceof CancelledError ? cancelled('rollout', describeRef(workload.ref), signal, error) : error;
  }
  journal.mark('ROLLED-OUT', 'rollout', describeRef(workload.ref), 'rollout complete', t);
}
