import { CancelledError } from './errors.ts';
import type { RotationConfig } from './inputs.ts';
import { describeRef } from './kube/targets.ts';
import type { ClusterSession } from './rollback.ts';
import type { RotationDeps } from './rotate.ts';
import { cancelled, clusterSource } from './step-errors.ts';
import { fingerprint } from './token.ts';

/** The cluster steps of a rotation: preflight, gate and verify, restart and rollout. */

export async function preflightCluster(config: RotationConfig, deps: RotationDeps): Promise<ClusterSession> {
  const { journal } = deps;
  const t = journal.now();
  const gate = deps.connected?.gate ?? (await deps.loadGate());
  const cluster = deps.connected?.cluster ?? (await gate.connectCluster(clusterSource(config)));
  const preflight = await gate.preflightCluster(
    cluster,
    {
      externalSecrets: [...config.externalSecrets],
      checks: { parameterName: config.parameterName, region: config.region, versionLabels: config.versionLabels },
      beforeWrite: true,
      restart: [...config.restart],
      ...(config.verifySecretKey !== undefined ? { verifySecretKey: config.verifySecretKey } : {}),
    },
    { signal: deps.signal },
  );
  for (const es of preflight.externalSecrets) {
    journal.mark(
      'PLAN',
      'preflight',
      describeRef({ ...es.ref, kind: 'ExternalSecret' }),
      `ExternalSecret ready for force-sync, target Secret ${es.targetSecret.name}`,
      t,
    );
  }
  for (const w of preflight.workloads) {
    journal.mark('PLAN', 'preflight', describeRef(w.ref), w.reloaderManaged ? 'managed by Reloader: will wait for its rollout' : 'will restart', t);
  }
  return { gate, cluster, preflight };
}

export async function syncAndVerify(config: RotationConfig, session: ClusterSession, token: string, deps: RotationDeps): Promise<void> {
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

export async function restartInOrder(config: RotationConfig, session: ClusterSession, deps: RotationDeps): Promise<void> {
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
      await gate.waitForRollout(cluster, workload.ref, { timeoutMs: config.rolloutTimeoutMs, signal: deps.signal, minGeneration });
    } catch (error) {
      throw error instanceof CancelledError ? cancelled('rollout', describeRef(workload.ref), deps.signal, error) : error;
    }
    journal.mark('ROLLED-OUT', 'rollout', describeRef(workload.ref), 'rollout complete', t);
  }
}
