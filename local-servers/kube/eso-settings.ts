// Settings of the simulated ESO (local-servers/kube/eso-controller.ts) and what it records.

/**
 * normal: sync as ESO does; stuck: never sync, status untouched; failing: every provider read fails;
 * missing: every provider read answers "not found" (as ParameterNotFound does).
 */
export type EsoMode = 'normal' | 'stuck' | 'failing' | 'missing';

export interface EsoBehaviour {
  mode: EsoMode;
  /** Wait before a reconcile is queued after a change. */
  syncDelayMs: number;
  /** Provider error text when failing (goes to the Event; the condition carries ESO's fixed message). */
  failureMessage: string;
  /** In normal mode: this many provider reads fail first (a throttled provider), then they succeed. */
  failTimes: number;
}

export interface EsoSettings extends EsoBehaviour {
  enabled: boolean;
  /** Per-ExternalSecret behaviour, keyed "namespace/name". */
  overrides: Record<string, Partial<EsoBehaviour>>;
  /** Reconcile workers (ESO's --concurrent, default 1: one queue for every ExternalSecret). */
  concurrency: number;
  /** How long one reconcile holds its worker. */
  reconcileMs: number;
  /**
   * --unsafe-allow-generic-targets (cmd/controller/root.go, default false since v1.0.0): without it
   * every spec.target.manifest fails validateGenericTarget.
   */
  allowGenericTargets: boolean;
  /** The failure backoff: base and cap (BuildRateLimiter: 1 s and 7 min). */
  retryBaseDelayMs: number;
  maxRetryDelayMs: number;
}

export interface SyncRecord {
  namespace: string;
  name: string;
  time: string;
  outcome: 'synced' | 'failed';
  syncedResourceVersion?: string;
  message?: string;
}

export const defaultSettings = (): EsoSettings => ({
  enabled: true,
  mode: 'normal',
  syncDelayMs: 0,
  failureMessage: 'AccessDeniedException: User is not authorized to perform: ssm:GetParameter',
  failTimes: 0,
  overrides: {},
  concurrency: 1,
  reconcileMs: 0,
  allowGenericTargets: false,
  retryBaseDelayMs: 1_000,
  maxRetryDelayMs: 7 * 60_000,
});
