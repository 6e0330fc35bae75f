/** Names of the Kubernetes objects the gate touches, parsed from the inputs. */
export interface ObjectRef {
  readonly namespace: string;
  readonly name: string;
}

/** An external-secrets entry: an ExternalSecret, or (kind set, namespace '') a ClusterExternalSecret by name. */
export interface ExternalSecretEntry extends ObjectRef {
  readonly kind?: 'ClusterExternalSecret' | undefined;
}

/** Rollout is Argo Rollouts' argoproj.io/v1alpha1 Rollout. */
export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Rollout';

export interface WorkloadRef extends ObjectRef {
  readonly kind: WorkloadKind;
}

export const describeRef = (ref: ObjectRef & { kind?: string | undefined }): string => {
  const kindAndName = ref.kind ? `${ref.kind.toLowerCase()}/${ref.name}` : ref.name;
  // A cluster-scoped object (a ClusterExternalSecret) has the empty namespace.
  return ref.namespace === '' ? kindAndName : `${ref.namespace}/${kindAndName}`;
};
