import { argoRolloutStatus } from './argo-rollout-status.ts';
import type { WorkloadKind } from './targets.ts';

/** The fields of a Deployment, StatefulSet or DaemonSet that rollout status reads, as the API returns them. */
export interface WorkloadObject {
  readonly metadata?:
    | {
        readonly name?: string | undefined;
        readonly generation?: number | undefined;
        readonly resourceVersion?: string | undefined;
        readonly annotations?: Readonly<Record<string, string>> | undefined;
      }
    | undefined;
  readonly spec?:
    | {
        readonly replicas?: number | undefined;
        readonly paused?: boolean | undefined;
        readonly updateStrategy?:
          | {
              readonly type?: string | undefined;
              readonly rollingUpdate?:
                | {
                    readonly partition?: number | undefined;
                    readonly maxUnavailable?: unknown;
                    readonly maxSurge?: unknown;
                  }
                | undefined;
            }
          | undefined;
        readonly template?: PodTemplate | undefined;
      }
    | undefined;
  readonly status?:
    | {
        readonly observedGeneration?: number | undefined;
        readonly replicas?: number | undefined;
        readonly updatedReplicas?: number | undefined;
        readonly readyReplicas?: number | undefined;
        readonly availableReplicas?: number | undefined;
        readonly currentReplicas?: number | undefined;
        readonly currentRevision?: string | undefined;
        readonly updateRevision?: string | undefined;
        readonly desiredNumberScheduled?: number | undefined;
        readonly updatedNumberScheduled?: number | undefined;
        readonly numberAvailable?: number | undefined;
        readonly conditions?: readonly { readonly type?: string; readonly reason?: string | undefined }[] | undefined;
      }
    | undefined;
}

export interface PodTemplate {
  readonly metadata?: { readonly annotations?: Readonly<Record<string, string>> | undefined } | undefined;
  readonly spec?:
    | {
        readonly containers?: readonly ContainerSpec[] | undefined;
        readonly initContainers?: readonly ContainerSpec[] | undefined;
        readonly volumes?:
          | readonly {
              readonly secret?: { readonly secretName?: string | undefined } | undefined;
              readonly projected?:
                | {
                    readonly sources?: readonly { readonly secret?: { readonly name?: string | undefined } | undefined }[] | undefined;
                  }
                | undefined;
            }[]
          | undefined;
      }
    | undefined;
}

export interface ContainerSpec {
  readonly env?:
    | readonly {
        readonly valueFrom?: { readonly secretKeyRef?: { readonly name?: string | undefined } | undefined } | undefined;
      }[]
    | undefined;
  readonly envFrom?: readonly { readonly secretRef?: { readonly name?: string | undefined } | undefined }[] | undefined;
}

/** kubectl rollout status's verdict: still waiting (with its message), done, or failed. */
export type RolloutStatus =
  | { readonly state: 'waiting'; readonly message: string }
  | { readonly state: 'done'; readonly message: string }
  | { readonly state: 'failed'; readonly message: string };

const waiting = (message: string): RolloutStatus => ({ state: 'waiting', message });
const done = (message: string): RolloutStatus => ({ state: 'done', message });
const failed = (message: string): RolloutStatus => ({ state: 'failed', message });

/**
 * The rules of `kubectl rollout status` (k8s.io/kubectl polymorphichelpers
 * rollout_status.go), message for message; an Argo Rollout follows
 * `kubectl argo rollouts status` (argo-rollout-status.ts).
 */
export function rolloutStatus(kind: WorkloadKind, object: WorkloadObject): RolloutStatus {
  switch (kind) {
    case 'Deployment':
      return deploymentStatus(object);
    case 'StatefulSet':
      return statefulSetStatus(object);
    case 'DaemonSet':
      return daemonSetStatus(object);
    case 'Rollout':
      return argoRolloutStatus(object);
  }
}

function deploymentStatus(deployment: WorkloadObject): RolloutStatus {
  const name = deployment.metadata?.name ?? '';
  const generation = deployment.metadata?.generation ?? 0;
  const status = deployment.status ?? {};
  if (generation <= (status.observedGeneration ?? 0)) {
    const progressing = status.conditions?.find((condition) => condition.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded') {
      return failed(`deployment "${name}" exceeded its progress deadline`);
    }
    const updated = status.updatedReplicas ?? 0;
    const wanted = deployment.spec?.replicas;
    if (wanted !== undefined && updated < wanted) {
      return waiting(`Waiting for deployment "${name}" rollout to finish: ${updated} out of ${wanted} new replicas have been updated...`);
    }
    const total = status.replicas ?? 0;
    if (total > updated) {
      return waiting(`Waiting for deployment "${name}" rollout to finish: ${total - updated} old replicas are pending termination...`);
    }
    const available = status.availableReplicas ?? 0;
    if (available < updated) {
      return waiting(`Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...`);
    }
    return done(`deployment "${name}" successfully rolled out`);
  }
  return waiting('Waiting for deployment spec update to be observed...');
}

function daemonSetStatus(daemon: WorkloadObject): RolloutStatus {
  const name = daemon.metadata?.name ?? '';
  if ((daemon.spec?.updateStrategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') {
    return failed('rollout status is only available for RollingUpdate strategy type');
  }
  const status = daemon.status ?? {};
  if ((daemon.metadata?.generation ?? 0) <= (status.observedGeneration ?? 0)) {
    const desired = status.desiredNumberScheduled ?? 0;
    const updated = status.updatedNumberScheduled ?? 0;
    if (updated < desired) {
      return waiting(`Waiting for daemon set "${name}" rollout to finish: ${updated} out of ${desired} new pods have been updated...`);
    }
    const available = status.numberAvailable ?? 0;
    if (available < desired) {
      return waiting(`Waiting for daemon set "${name}" rollout to finish: ${available} of ${desired} updated pods are available...`);
    }
    return done(`daemon set "${name}" successfully rolled out`);
  }
  return waiting('Waiting for daemon set spec update to be observed...');
}

function statefulSetStatus(sts: WorkloadObject): RolloutStatus {
  const strategy = sts.spec?.updateStrategy;
  if ((strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') {
    return failed('rollout status is only available for RollingUpdate strategy type');
  }
  const status = sts.status ?? {};
  const observed = status.observedGeneration ?? 0;
  if (observed === 0 || (sts.metadata?.generation ?? 0) > observed) {
    return waiting('Waiting for statefulset spec update to be observed...');
  }
  const replicas = sts.spec?.replicas;
  const ready = status.readyReplicas ?? 0;
  if (replicas !== undefined && ready < replicas) {
    return waiting(`Waiting for ${replicas - ready} pods to be ready...`);
  }
  const updated = status.updatedReplicas ?? 0;
  if (strategy?.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (replicas !== undefined && partition !== undefined && updated < replicas - partition) {
      return waiting(`Waiting for partitioned roll out to finish: ${updated} out of ${replicas - partition} new pods have been updated...`);
    }
    return done(`partitioned roll out complete: ${updated} new pods have been updated...`);
  }
  if (status.updateRevision !== status.currentRevision) {
    return waiting(`waiting for statefulset rolling update to complete ${updated} pods at revision ${status.updateRevision ?? ''}...`);
  }
  return done(`statefulset rolling update complete ${status.currentReplicas ?? 0} pods at revision ${status.currentRevision ?? ''}...`);
}
