import type { RolloutStatus } from './rollout-status.ts';

/** The fields of an argoproj.io/v1alpha1 Rollout that its status reads, as the API returns them. */
export interface ArgoRolloutObject {
  readonly metadata?:
    | {
        readonly name?: string | undefined;
        readonly generation?: number | undefined;
        readonly annotations?: Readonly<Record<string, string>> | undefined;
      }
    | undefined;
  readonly spec?:
    | {
        readonly replicas?: number | undefined;
        readonly paused?: boolean | undefined;
        readonly restartAt?: string | undefined;
        readonly workloadRef?: object | undefined;
        readonly strategy?:
          | {
              readonly blueGreen?: { readonly postPromotionAnalysis?: object | undefined } | undefined;
              readonly canary?: { readonly trafficRouting?: object | undefined } | undefined;
            }
          | undefined;
      }
    | undefined;
  readonly status?:
    | {
        /** A string since Argo Rollouts v0.10 (a numeric generation); a pod-template hash before. */
        readonly observedGeneration?: string | number | undefined;
        readonly workloadObservedGeneration?: string | undefined;
        readonly phase?: string | undefined;
        readonly message?: string | undefined;
        readonly controllerPause?: boolean | undefined;
        readonly pauseConditions?: readonly { readonly reason?: string | undefined }[] | undefined;
        readonly restartedAt?: string | undefined;
        readonly abort?: boolean | undefined;
        readonly replicas?: number | undefined;
        readonly updatedReplicas?: number | undefined;
        readonly availableReplicas?: number | undefined;
        readonly stableRS?: string | undefined;
        readonly currentPodHash?: string | undefined;
        readonly blueGreen?:
          | {
              readonly activeSelector?: string | undefined;
              readonly postPromotionAnalysisRunStatus?: { readonly status?: string | undefined } | undefined;
            }
          | undefined;
        readonly conditions?:
          | readonly {
              readonly type?: string | undefined;
              readonly reason?: string | undefined;
              readonly message?: string | undefined;
            }[]
          | undefined;
      }
    | undefined;
}

export type ArgoPhase = 'Healthy' | 'Progressing' | 'Degraded' | 'Paused';

export interface ArgoPhaseResult {
  readonly phase: ArgoPhase;
  readonly message: string;
}

const WORKLOAD_GENERATION_ANNOTATION = 'rollout.argoproj.io/workload-generation';
const PHASES = new Set<string>(['Healthy', 'Progressing', 'Degraded', 'Paused']);

/**
 * The phase and message of a Rollout as clients see them: Argo Rollouts'
 * utils/rollout/rolloututil.go GetRolloutPhase. The controller's
 * status.phase counts only once it has observed metadata.generation.
 */
export function argoRolloutPhase(rollout: ArgoRolloutObject): ArgoPhaseResult {
  const status = rollout.status ?? {};
  if (!generationObserved(rollout)) return { phase: 'Progressing', message: 'waiting for rollout spec update to be observed' };
  // IsUnpausing: the pause conditions were cleared but the controller has not reacted yet.
  if (status.controllerPause === true && (status.pauseConditions ?? []).length === 0) {
    return { phase: 'Progressing', message: 'waiting for rollout to unpause' };
  }
  if (rollout.spec?.workloadRef !== undefined && !workloadGenerationObserved(rollout)) {
    return { phase: 'Progressing', message: 'waiting for rollout spec update to be observed for the reference workload' };
  }
  if (status.phase !== undefined && status.phase !== '' && PHASES.has(status.phase)) {
    return { phase: status.phase as ArgoPhase, message: status.message ?? '' };
  }
  return calculatePhase(rollout);
}

/**
 * isGenerationObserved: a numeric status.observedGeneration (v0.10 and later)
 * must equal metadata.generation (or be greater: an all-digit v0.9 hash);
 * anything else (a v0.9 hash) counts as observed.
 */
function generationObserved(rollout: ArgoRolloutObject): boolean {
  const raw = rollout.status?.observedGeneration;
  const text = raw === undefined ? '' : String(raw);
  if (!/^[+-]?\d+$/.test(text)) return true;
  const observed = Number(text);
  const generation = rollout.metadata?.generation ?? 0;
  return observed >= generation;
}

function workloadGenerationObserved(rollout: ArgoRolloutObject): boolean {
  const wanted = rollout.metadata?.annotations?.[WORKLOAD_GENERATION_ANNOTATION];
  if (wanted === undefined) return true;
  const observed = rollout.status?.workloadObservedGeneration ?? '';
  if (!/^[+-]?\d+$/.test(observed)) return true;
  return Number(observed) === Number(wanted);
}

/** CalculateRolloutPhase: the client-side fallback for a controller that sets no status.phase (v0.10 and earlier). */
function calculatePhase(rollout: ArgoRolloutObject): ArgoPhaseResult {
  const spec = rollout.spec ?? {};
  const status = rollout.status ?? {};
  for (const condition of status.conditions ?? []) {
    if (condition.type === 'InvalidSpec') return { phase: 'Degraded', message: `InvalidSpec: ${condition.message ?? ''}` };
    // utils/conditions: RolloutAbortedReason, TimedOutReason.
    if (condition.reason === 'RolloutAborted' || condition.reason === 'ProgressDeadlineExceeded') {
      return { phase: 'Degraded', message: `${condition.reason}: ${condition.message ?? ''}` };
    }
  }
  if (spec.paused === true) return { phase: 'Paused', message: 'manually paused' };
  const pause = status.pauseConditions?.[0];
  if (pause) return { phase: 'Paused', message: pause.reason ?? '' };
  if (spec.restartAt !== undefined && (status.restartedAt === undefined || !sameTime(spec.restartAt, status.restartedAt))) {
    return { phase: 'Progressing', message: 'rollout is restarting' };
  }
  const updated = status.updatedReplicas ?? 0;
  if (updated < (spec.replicas ?? 1)) return { phase: 'Progressing', message: 'more replicas need to be updated' };
  if ((status.availableReplicas ?? 0) < updated) return { phase: 'Progressing', message: 'updated replicas are still becoming available' };
  const fullyPromoted = (status.stableRS ?? '') === (status.currentPodHash ?? '');
  if (spec.strategy?.blueGreen) {
    const active = status.blueGreen?.activeSelector ?? '';
    if (active === '' || active !== (status.currentPodHash ?? '')) return { phase: 'Progressing', message: 'active service cutover pending' };
    if (!status.stableRS || !fullyPromoted) {
      const analysis = status.blueGreen?.postPromotionAnalysisRunStatus?.status;
      const analysing =
        spec.strategy.blueGreen.postPromotionAnalysis !== undefined && !['Successful', 'Failed', 'Error', 'Inconclusive'].includes(analysis ?? '');
      return { phase: 'Progressing', message: analysing ? 'waiting for analysis to complete' : 'waiting for post-promotion verification to complete' };
    }
  } else if (spec.strategy?.canary) {
    if (spec.strategy.canary.trafficRouting === undefined && (status.replicas ?? 0) > updated) {
      return { phase: 'Progressing', message: 'old replicas are pending termination' };
    }
    if (!status.stableRS || !fullyPromoted) return { phase: 'Progressing', message: 'waiting for all steps to complete' };
  }
  return { phase: 'Healthy', message: '' };
}

const sameTime = (a: string, b: string): boolean => Date.parse(a) === Date.parse(b);

/**
 * What `kubectl argo rollouts status` does with the phase
 * (pkg/kubectl-argo-rollouts/cmd/status/status.go): Healthy ends the watch,
 * Degraded ends it with an error (an aborted update is Degraded with
 * RolloutAborted), and every other phase, Paused included, keeps watching
 * until the timeout. The waiting message is the line the CLI prints.
 */
export function argoRolloutStatus(rollout: ArgoRolloutObject): RolloutStatus {
  const name = rollout.metadata?.name ?? '';
  const { phase, message } = argoRolloutPhase(rollout);
  if (phase === 'Healthy') return { state: 'done', message: `rollout "${name}" is Healthy` };
  if (phase === 'Degraded') {
    return { state: 'failed', message: `rollout "${name}" is in a degraded state with message: ${message || 'none'}` };
  }
  return { state: 'waiting', message: message ? `${phase} - ${message}` : phase };
}

/**
 * The spec.restartAt value for a restart now: RFC 3339 in whole seconds, as
 * `kubectl argo rollouts restart` writes it (cmd/restart RestartRollout),
 * rounded up to the next second. The controller restarts only pods created
 * before restartAt (rollout/restart.go Reconcile keeps a pod whose second-
 * precision creationTimestamp is at or after it), so rounding down could keep
 * a pod started earlier in the same second, before the new Secret.
 */
export function restartAtFor(now: Date): string {
  const seconds = Math.floor(now.getTime() / 1000) + 1;
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
