/** Names of the Kubernetes objects the gate touches, parsed from the inputs. */
export interface ObjectRef {
  readonly namespace: string;
  readonly name: string;
}

export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet';

export interface WorkloadRef extends ObjectRef {
  readonly kind: WorkloadKind;
}

export const describeRef = (ref: ObjectRef & { kind?: string }): string =>
  ref.kind ? `${ref.namespace}/${ref.kind.toLowerCase()}/${ref.name}` : `${ref.namespace}/${ref.name}`;
