import * as core from '#actions-core';
import { StepError } from '../errors.ts';
import { ARGO_ROLLOUTS, PatchType, callApi, getObject, namespacedPath, patchObject, statusCodeOf } from './api-calls.ts';
import { restartAtFor } from './argo-rollout-status.ts';
import type { CallPurpose, KubeStep } from './api-calls.ts';
import type { Cluster } from './cluster.ts';
import { formatDuration } from './durations.ts';
import { rolloutStatus } from './rollout-status.ts';
import type { WorkloadObject } from './rollout-status.ts';
import { describeRef } from './targets.ts';
import type { WorkloadKind, WorkloadRef } from './targets.ts';
import { watchObjectUntil } from './watch-object.ts';

/** The annotation `kubectl rollout restart` sets on the pod template. */
export const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt';

const PLURALS: Readonly<Record<WorkloadKind, string>> = {
  Deployment: 'deployments',
  StatefulSet: 'statefulsets',
  DaemonSet: 'daemonsets',
  Rollout: ARGO_ROLLOUTS.plural,
};

export const workloadGroup = (kind: WorkloadKind): string => (kind === 'Rollout' ? ARGO_ROLLOUTS.group : 'apps');
export const workloadPlural = (kind: WorkloadKind): string => PLURALS[kind];
export const workloadResource = (kind: WorkloadKind): string => `${PLURALS[kind]}.${workloadGroup(kind)}`;
const workloadPath = (ref: WorkloadRef, name?: string): string =>
  namespacedPath(workloadGroup(ref.kind), ref.kind === 'Rollout' ? ARGO_ROLLOUTS.version : 'v1', ref.namespace, PLURALS[ref.kind], name);
const workloadTarget = (ref: WorkloadRef): string => describeRef(ref);
const kindWord = (kind: WorkloadKind): string => kind.toLowerCase();

/** The calls for one workload (apps/v1, or argoproj.io/v1alpha1 for a Rollout), so the rest of the module is kind-agnostic. */
function appsCalls(cluster: Cluster, ref: WorkloadRef) {
  const path = workloadPath(ref, ref.name);
  return {
    read: (signal: AbortSignal) => getObject<WorkloadObject>(cluster, path, signal),
    patch: (body: object, contentType: PatchType, signal: AbortSignal) => patchObject<WorkloadObject>(cluster, path, body, contentType, signal),
  };
}

const purposeFor = (ref: WorkloadRef, step: KubeStep, verb: string): CallPurpose => ({
  step,
  target: workloadTarget(ref),
  verb,
  resource: workloadResource(ref.kind),
  namespace: ref.namespace,
  missing: `the ${kindWord(ref.kind)} ${ref.namespace}/${ref.name} does not exist.`,
  missingNext: 'Check the kind, name and namespace in the restart input.',
});

/** GETs a workload; a failure (404 included) becomes a StepError of `step`. */
export async function readWorkload(cluster: Cluster, ref: WorkloadRef, step: KubeStep, signal?: AbortSignal): Promise<WorkloadObject> {
  const calls = appsCalls(cluster, ref);
  return callApi(cluster.tuning, cluster.server, purposeFor(ref, step, 'get'), signal, (requestSignal) => calls.read(requestSignal));
}

/**
 * Restarts a workload as `kubectl rollout restart` does: a strategic merge
 * patch of the pod template's restartedAt annotation. Returns the generation
 * the patch produced, which the rollout must reach.
 */
export async function restartWorkload(
  cluster: Cluster,
  ref: WorkloadRef,
  restartedAt: string,
  options: { readonly signal?: AbortSignal | undefined } = {},
): Promise<{ generation: number }> {
  if (ref.kind === 'Rollout') return restartArgoRollout(cluster, ref, new Date(restartedAt), options.signal);
  const calls = appsCalls(cluster, ref);
  const body = { spec: { template: { metadata: { annotations: { [RESTARTED_AT_ANNOTATION]: restartedAt } } } } };
  const patched: WorkloadObject = await callApi(cluster.tuning, cluster.server, purposeFor(ref, 'restart', 'patch'), options.signal, (requestSignal) =>
    calls.patch(body, PatchType.strategicMerge, requestSignal),
  );
  const generation = patched.metadata?.generation ?? 0;
  core.info(`${workloadTarget(ref)}: set ${RESTARTED_AT_ANNOTATION}=${restartedAt} (generation ${generation})`);
  return { generation };
}

/**
 * Restarts an Argo Rollout as `kubectl argo rollouts restart` does
 * (pkg/kubectl-argo-rollouts/cmd/restart RestartRollout): a JSON merge patch
 * of spec.restartAt. The controller then evicts the pods created before that
 * time and sets status.restartedAt when none is left (rollout/restart.go).
 */
async function restartArgoRollout(cluster: Cluster, ref: WorkloadRef, now: Date, signal?: AbortSignal): Promise<{ generation: number }> {
  const restartAt = restartAtFor(now);
  const calls = appsCalls(cluster, ref);
  const patched = await callApi(cluster.tuning, cluster.server, purposeFor(ref, 'restart', 'patch'), signal, (requestSignal) =>
    calls.patch({ spec: { restartAt } }, PatchType.merge, requestSignal),
  );
  const generation = patched.metadata?.generation ?? 0;
  core.info(`${workloadTarget(ref)}: set spec.restartAt=${restartAt} (generation ${generation})`);
  return { generation };
}

export interface RolloutOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
  /**
   * Wait until `metadata.generation` reaches this first: for a workload that
   * Stakater Reloader restarts, pass its preflight generation + 1.
   */
  readonly minGeneration?: number | undefined;
}

export interface RolloutResult {
  /** kubectl's closing line, e.g. `deployment "api" successfully rolled out`. */
  readonly message: string;
  readonly generation: number;
  readonly observedAt: Date;
}

/**
 * Watches a workload until `kubectl rollout status` would call its rollout
 * done, or failed, or the timeout passes.
 */
export async function waitForRollout(cluster: Cluster, ref: WorkloadRef, options: RolloutOptions): Promise<RolloutResult> {
  const target = workloadTarget(ref);
  const calls = appsCalls(cluster, ref);
  const { minGeneration } = options;
  let generationSeen = 0;
  return watchObjectUntil<WorkloadObject, RolloutResult>(cluster, {
    collectionPath: workloadPath(ref),
    name: ref.name,
    purpose: { step: 'rollout', target, resource: workloadResource(ref.kind), namespace: ref.namespace },
    doing: `waiting for ${target} to roll out`,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    read: async (signal) => {
      try {
        return await calls.read(signal);
      } catch (error) {
        if (statusCodeOf(error) === 404) return undefined;
        throw error;
      }
    },
    judge: (workload) => {
      const generation = workload.metadata?.generation ?? 0;
      generationSeen = generation;
      if (minGeneration !== undefined && generation < minGeneration) {
        return {
          kind: 'waiting',
          status: `waiting for Stakater Reloader to start a rollout (generation ${generation}, expecting ${minGeneration})`,
        };
      }
      const status = rolloutStatus(ref.kind, workload);
      if (status.state === 'failed') {
        return {
          kind: 'failed',
          error: new StepError(
            'rollout',
            target,
            `${status.message.replace(/\.+$/, '')}.`,
            ref.kind === 'Rollout'
              ? `Inspect it (kubectl argo rollouts -n ${ref.namespace} get rollout ${ref.name}), fix the cause and retry or abort it there; SSM and the Secret already hold the new token.`
              : `Inspect the new pods (kubectl -n ${ref.namespace} describe ${kindWord(ref.kind)} ${ref.name}; kubectl -n ${ref.namespace} get pods); SSM and the Secret already hold the new token.`,
          ),
        };
      }
      if (status.state === 'waiting') return { kind: 'waiting', status: status.message };
      return { kind: 'done', result: { message: status.message, generation, observedAt: new Date() } };
    },
    whenGone: () =>
      new StepError(
        'rollout',
        target,
        `the ${kindWord(ref.kind)} was deleted while its rollout was in progress.`,
        'Find out what deleted it; SSM and the Secret already hold the new token, so a recreated workload reads it.',
      ),
    whenTimedOut: (last) =>
      minGeneration !== undefined && generationSeen < minGeneration
        ? new StepError(
            'rollout',
            target,
            `Stakater Reloader did not start a rollout within ${formatDuration(options.timeoutMs)} (generation is still ${generationSeen}, expected ${minGeneration}).`,
            `Check that Reloader is running${ref.kind === 'Rollout' ? ' with --is-Argo-Rollouts=true' : ''} and watches namespace ${ref.namespace}, or remove its annotation so this action restarts the workload itself.`,
          )
        : new StepError(
            'rollout',
            target,
            `the rollout did not finish within ${formatDuration(options.timeoutMs)}; last status: ${last ?? 'none'}.`,
            ref.kind === 'Rollout'
              ? `Inspect it (kubectl argo rollouts -n ${ref.namespace} status ${ref.name}; a Paused rollout waits for kubectl argo rollouts promote or resume), or raise rollout-timeout.`
              : `Inspect the pods (kubectl -n ${ref.namespace} rollout status ${kindWord(ref.kind)}/${ref.name}), or raise rollout-timeout.`,
          ),
  });
}
