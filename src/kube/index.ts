/**
 * The Kubernetes side of a rotation: connect, preflight, force the ESO sync
 * and wait for it, verify the Secret, restart workloads and wait for their
 * rollouts. Loaded with a dynamic import() only when the gate is used, so an
 * SSM-only run never loads @kubernetes/client-node.
 */
export { connectCluster, decodeKubeconfigInput } from './cluster.ts';
export type { Cluster, ClusterSource, ClusterTuning, ConnectOptions } from './cluster.ts';
export { preflightCluster } from './preflight.ts';
export type { ClusterPreflight, PreflightPlan, WorkloadRecord } from './preflight.ts';
export type { DiscoveryPlan, DiscoveryReport } from './discovery.ts';
export { forceSync, forceSyncAll, waitForSync, FORCE_SYNC_ANNOTATION } from './externalsecrets.ts';
export type { ExternalSecretRecord, ForceSyncResult, ReadyCondition, SyncResult, SyncStart, WaitOptions } from './externalsecrets.ts';
export { secretKeyFingerprint, verifySecretKey } from './secrets.ts';
export { esoWroteSince } from './sync-verdict.ts';
export { restartWorkload, waitForRollout, RESTARTED_AT_ANNOTATION } from './workloads.ts';
export type { RolloutOptions, RolloutResult } from './workloads.ts';
export type { ReloaderManagement } from './reloader.ts';
export { describeRef } from './targets.ts';
export type { ExternalSecretEntry, ObjectRef, WorkloadKind, WorkloadRef } from './targets.ts';
