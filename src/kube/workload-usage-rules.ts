// Which workloads' pod templates use a Secret, and where: the places the kubelet reads a Secret
// from a pod spec (core/v1 EnvVarSource.secretKeyRef, EnvFromSource.secretRef,
// SecretVolumeSource, ProjectedVolumeSource's SecretProjection), in containers and
// initContainers (a pod template cannot hold ephemeralContainers). Pure; discovery.ts lists.
import type { PodTemplate, WorkloadObject } from './rollout-status.ts';
import type { WorkloadKind } from './targets.ts';

/** A listed workload: its name and namespace, and an Argo Rollout's workloadRef. */
export interface ListedWorkload extends WorkloadObject {
  readonly metadata?: WorkloadObject['metadata'] & { readonly namespace?: string | undefined };
  readonly spec?: WorkloadObject['spec'] & {
    readonly workloadRef?: { readonly apiVersion?: string | undefined; readonly kind?: string | undefined; readonly name?: string | undefined } | undefined;
  };
}

/** Every place the pod template reads the Secret, e.g. `containers[0].envFrom[1]`, `volumes[2].projected.sources[0]`. */
export function secretUses(template: PodTemplate | undefined, secret: string): string[] {
  const spec = template?.spec;
  const uses: string[] = [];
  for (const field of ['initContainers', 'containers'] as const) {
    (spec?.[field] ?? []).forEach((container, c) => {
      (container.env ?? []).forEach((variable, e) => {
        if (variable.valueFrom?.secretKeyRef?.name === secret) uses.push(`${field}[${c}].env[${e}]`);
      });
      (container.envFrom ?? []).forEach((source, e) => {
        if (source.secretRef?.name === secret) uses.push(`${field}[${c}].envFrom[${e}]`);
      });
    });
  }
  (spec?.volumes ?? []).forEach((volume, v) => {
    if (volume.secret?.secretName === secret) uses.push(`volumes[${v}]`);
    (volume.projected?.sources ?? []).forEach((source, s) => {
      if (source.secret?.name === secret) uses.push(`volumes[${v}].projected.sources[${s}]`);
    });
  });
  return uses;
}

export type WorkloadVerdict =
  | { readonly uses: false; readonly unresolved?: string | undefined }
  | {
      readonly uses: true;
      readonly secret: string;
      readonly reasons: readonly string[];
      /** Why a restart would not roll it out: it is reported, not restarted. */
      readonly notRestarted?: string | undefined;
    };

/**
 * Whether a workload's pods use one of `secretNames` (Secrets of its namespace). An Argo
 * Rollout with spec.workloadRef runs the referenced object's template (rollout/templateref.go
 * Resolve: a Deployment's or ReplicaSet's spec.template, a PodTemplate's template);
 * `referencedTemplate` answers for Deployments, the kind discovery lists.
 */
export function judgeWorkload(
  kind: WorkloadKind,
  workload: ListedWorkload,
  secretNames: readonly string[],
  referencedTemplate: (name: string) => PodTemplate | undefined,
): WorkloadVerdict {
  let template = workload.spec?.template;
  const ref = workload.spec?.workloadRef;
  if (kind === 'Rollout' && ref !== undefined) {
    if (ref.kind !== 'Deployment' || !(ref.apiVersion ?? '').startsWith('apps/')) {
      return {
        uses: false,
        unresolved: `its spec.workloadRef names ${ref.kind ?? '?'} ${ref.name ?? '?'}, whose template is not searched (only Deployments are)`,
      };
    }
    template = referencedTemplate(ref.name ?? '');
    if (template === undefined) return { uses: false, unresolved: `its spec.workloadRef names Deployment ${ref.name ?? '?'}, which does not exist` };
  }
  for (const secret of secretNames) {
    const reasons = secretUses(template, secret).map((where) =>
      ref !== undefined && kind === 'Rollout' ? `workloadRef deployment/${ref.name ?? ''} ${where}` : where,
    );
    if (reasons.length === 0) continue;
    return { uses: true, secret, reasons, notRestarted: notRestarted(kind, workload) };
  }
  return { uses: false };
}

function notRestarted(kind: WorkloadKind, workload: ListedWorkload): string | undefined {
  // spec.paused exists on Deployments and Argo Rollouts: a paused one does not roll a changed template out.
  if ((kind === 'Deployment' || kind === 'Rollout') && workload.spec?.paused === true)
    return 'it is paused (spec.paused: true), so a restart would not roll out';
  // An OnDelete StatefulSet or DaemonSet replaces no pod when its template changes.
  if ((kind === 'StatefulSet' || kind === 'DaemonSet') && workload.spec?.updateStrategy?.type === 'OnDelete') {
    return 'it uses the OnDelete update strategy, so a restart would replace no pod';
  }
  return undefined;
}
