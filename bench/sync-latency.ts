/**
 * Sync-detection latency: how long after the simulated ESO writes the
 * ExternalSecret's completed-sync status the action's gate notices it.
 *
 * The gate (src/kube/index.ts: connectCluster, forceSync, waitForSync) runs
 * in this process against the local API server over HTTPS, exactly as in the
 * bundle. The write time is taken from the server's object store (a store
 * listener sees the status write as it happens); the notice time is
 * waitForSync's `observedAt`. Both are read from the same clock.
 */
import { connectCluster, forceSync, waitForSync } from '../src/kube/index.ts';
import type { KubeServer } from '../local-servers/kube/server.ts';
import type { StoreEvent } from '../local-servers/kube/store.ts';

interface SyncStatus {
  readonly metadata?: { readonly namespace?: string; readonly name?: string };
  readonly status?: {
    readonly syncedResourceVersion?: string;
    readonly conditions?: readonly { readonly type?: string; readonly status?: string; readonly reason?: string }[];
  };
}

const syncedVersion = (object: unknown): string => (object as SyncStatus | undefined)?.status?.syncedResourceVersion ?? '';
const readySynced = (object: unknown): boolean =>
  ((object as SyncStatus).status?.conditions ?? []).some(
    (condition) => condition.type === 'Ready' && condition.status === 'True' && condition.reason === 'SecretSynced',
  );

/** Runs the core.info lines the gate prints into the void, so the bench output stays a table. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to put the very same method back, never called unbound
  const write = process.stdout.write;
  process.stdout.write = () => true;
  try {
    return await work();
  } finally {
    process.stdout.write = write;
  }
}

export interface LatencySample {
  /** From the status write in the store to waitForSync's observedAt. */
  readonly latencyMs: number;
  /** From the start of forceSync to waitForSync's return, for context. */
  readonly gateMs: number;
}

/**
 * Force-syncs one ExternalSecret `warmup + runs` times and returns the
 * measured samples (warm-ups discarded).
 */
export async function measureSyncLatency(
  kube: KubeServer,
  ref: { readonly namespace: string; readonly name: string },
  options: { readonly runs: number; readonly warmup: number },
): Promise<LatencySample[]> {
  const cluster = await quietly(() => connectCluster({ kubeconfig: kube.kubeconfig() }, { checkAccess: false }));
  let syncWrittenAt: number | undefined;
  const unsubscribe = kube.store.subscribe((event: StoreEvent) => {
    if (event.type !== 'MODIFIED' || event.def.resource !== 'externalsecrets') return;
    const { namespace, name } = (event.object as SyncStatus).metadata ?? {};
    if (namespace !== ref.namespace || name !== ref.name) return;
    // The status write that completes a sync: a new syncedResourceVersion with Ready=True/SecretSynced.
    if (syncedVersion(event.object) !== syncedVersion(event.previous) && readySynced(event.object)) syncWrittenAt = Date.now();
  });
  const samples: LatencySample[] = [];
  try {
    for (let run = 0; run < options.warmup + options.runs; run++) {
      syncWrittenAt = undefined;
      const started = performance.now();
      const result = await quietly(async () => {
        const begun = await forceSync(cluster, { ref }, `bench-latency-${run}`);
        return waitForSync(cluster, ref, begun, { timeoutMs: 30_000 });
      });
      const gateMs = performance.now() - started;
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the store watcher above sets it during the await; TypeScript keeps the reset's narrowing
      if (syncWrittenAt === undefined) throw new Error('the gate returned before the store saw ESO write the sync status');
      if (run >= options.warmup) samples.push({ latencyMs: result.observedAt.getTime() - syncWrittenAt, gateMs });
    }
  } finally {
    unsubscribe();
    await cluster.close();
  }
  return samples;
}
