// Server-side printing (meta.k8s.io/v1 Table) with the columns `kubectl get` shows for each kind.

import { asArray, asNumber, asString, field, isMap, stringMap, type KubeObject } from './objects.ts';

export interface TableColumn {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  format: string;
  description: string;
  priority: number;
}

export interface TableDefinition {
  columns: TableColumn[];
  cells(obj: KubeObject, now: Date): unknown[];
}

const column = (name: string, type: TableColumn['type'], description: string, priority = 0, format = ''): TableColumn => ({
  name,
  type,
  format,
  description,
  priority,
});

const nameColumn = column(
  'Name',
  'string',
  'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names',
  0,
  'name',
);
const ageColumn = column(
  'Age',
  'string',
  'CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata',
);

/** duration.HumanDuration from k8s.io/apimachinery. */
export const humanDuration = (ms: number): string => {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(seconds / 3600);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const days = Math.floor(hours / 24) % 365;
    const years = Math.floor(hours / 24 / 365);
    return days === 0 ? `${years}y` : `${years}y${days}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
};

const age = (obj: KubeObject, now: Date): string => {
  const created = obj.metadata.creationTimestamp;
  if (!created) return '<unknown>';
  return humanDuration(now.getTime() - Date.parse(created));
};

const num = (value: unknown): number => asNumber(value) ?? 0;

const podTemplateContainers = (obj: KubeObject): unknown[] => asArray(field(obj, 'spec', 'template', 'spec', 'containers'));

const containerNames = (containers: unknown[]): string => containers.map((container) => asString(field(container, 'name')) ?? '').join(',');

const containerImages = (containers: unknown[]): string => containers.map((container) => asString(field(container, 'image')) ?? '').join(',');

/** metav1.FormatLabelSelector. */
const formatSelector = (selector: unknown): string => {
  if (!isMap(selector)) return '<none>';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(stringMap(selector.matchLabels)).sort(([a], [b]) => a.localeCompare(b))) {
    parts.push(`${key}=${value}`);
  }
  for (const expression of asArray(selector.matchExpressions)) {
    const key = asString(field(expression, 'key')) ?? '';
    const operator = asString(field(expression, 'operator')) ?? '';
    const values = asArray(field(expression, 'values')).map(String);
    if (operator === 'In') parts.push(`${key} in (${values.join(',')})`);
    else if (operator === 'NotIn') parts.push(`${key} notin (${values.join(',')})`);
    else if (operator === 'Exists') parts.push(key);
    else if (operator === 'DoesNotExist') parts.push(`!${key}`);
  }
  return parts.length === 0 ? '<none>' : parts.join(',');
};

const readyCondition = (obj: KubeObject): unknown => asArray(field(obj, 'status', 'conditions')).find((condition) => field(condition, 'type') === 'Ready');

const deploymentTable: TableDefinition = {
  columns: [
    nameColumn,
    column('Ready', 'string', 'Number of the pod with ready state'),
    column('Up-to-date', 'string', 'Total number of non-terminated pods targeted by this deployment that have the desired template spec.'),
    column('Available', 'string', 'Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.'),
    ageColumn,
    column('Containers', 'string', 'Names of each container in the template.', 1),
    column('Images', 'string', 'Images referenced by each container in the template.', 1),
    column(
      'Selector',
      'string',
      'Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.',
      1,
    ),
  ],
  cells: (obj, now) => [
    obj.metadata.name,
    `${num(field(obj, 'status', 'readyReplicas'))}/${num(field(obj, 'spec', 'replicas'))}`,
    num(field(obj, 'status', 'updatedReplicas')),
    num(field(obj, 'status', 'availableReplicas')),
    age(obj, now),
    containerNames(podTemplateContainers(obj)),
    containerImages(podTemplateContainers(obj)),
    formatSelector(field(obj, 'spec', 'selector')),
  ],
};

const statefulSetTable: TableDefinition = {
  columns: [
    nameColumn,
    column('Ready', 'string', 'Number of the pod with ready state'),
    ageColumn,
    column('Containers', 'string', 'Names of each container in the template.', 1),
    column('Images', 'string', 'Images referenced by each container in the template.', 1),
  ],
  cells: (obj, now) => [
    obj.metadata.name,
    `${num(field(obj, 'status', 'readyReplicas'))}/${num(field(obj, 'spec', 'replicas'))}`,
    age(obj, now),
    containerNames(podTemplateContainers(obj)),
    containerImages(podTemplateContainers(obj)),
  ],
};

const daemonSetTable: TableDefinition = {
  columns: [
    nameColumn,
    column('Desired', 'integer', 'The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod).'),
    column('Current', 'integer', 'The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod.'),
    column(
      'Ready',
      'integer',
      'numberReady is the number of nodes that should be running the daemon pod and have one or more of the daemon pod running and ready.',
    ),
    column('Up-to-date', 'integer', 'The total number of nodes that are running updated daemon pod'),
    column(
      'Available',
      'integer',
      'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)',
    ),
    column(
      'Node Selector',
      'string',
      "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/",
    ),
    ageColumn,
    column('Containers', 'string', 'Names of each container in the template.', 1),
    column('Images', 'string', 'Images referenced by each container in the template.', 1),
    column('Selector', 'string', 'A label query over pods that are managed by the daemon set.', 1),
  ],
  cells: (obj, now) => {
    const nodeSelector = Object.entries(stringMap(field(obj, 'spec', 'template', 'spec', 'nodeSelector')))
      .map(([key, value]) => `${key}=${value}`)
      .join(',');
    return [
      obj.metadata.name,
      num(field(obj, 'status', 'desiredNumberScheduled')),
      num(field(obj, 'status', 'currentNumberScheduled')),
      num(field(obj, 'status', 'numberReady')),
      num(field(obj, 'status', 'updatedNumberScheduled')),
      num(field(obj, 'status', 'numberAvailable')),
      nodeSelector === '' ? '<none>' : nodeSelector,
      age(obj, now),
      containerNames(podTemplateContainers(obj)),
      containerImages(podTemplateContainers(obj)),
      formatSelector(field(obj, 'spec', 'selector')),
    ];
  },
};

const replicaSetTable: TableDefinition = {
  columns: [
    nameColumn,
    column('Desired', 'integer', 'Replicas is the number of desired replicas.'),
    column('Current', 'integer', 'Replicas is the most recently observed number of replicas.'),
    column('Ready', 'integer', 'The number of ready replicas for this replica set.'),
    ageColumn,
    column('Containers', 'string', 'Names of each container in the template.', 1),
    column('Images', 'string', 'Images referenced by each container in the template.', 1),
    column('Selector', 'string', 'Selector is a label query over pods that should match the replica count.', 1),
  ],
  cells: (obj, now) => [
    obj.metadata.name,
    num(field(obj, 'spec', 'replicas')),
    num(field(obj, 'status', 'replicas')),
    num(field(obj, 'status', 'readyReplicas')),
    age(obj, now),
    containerNames(podTemplateContainers(obj)),
    containerImages(podTemplateContainers(obj)),
    formatSelector(field(obj, 'spec', 'selector')),
  ],
};

const podTable: TableDefinition = {
  columns: [
    nameColumn,
    column('Ready', 'string', 'The aggregate readiness state of this pod for accepting traffic.'),
    column('Status', 'string', 'The aggregate status of the containers in this pod.'),
    column('Restarts', 'string', 'The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.'),
    ageColumn,
    column('IP', 'string', 'IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.', 1),
    column('Node', 'string', 'NodeName is a request to schedule this pod onto a specific node.', 1),
    column(
      'Nominated Node',
      'string',
      'nominatedNodeName is set when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods.',
      1,
    ),
    column('Readiness Gates', 'string', 'If specified, all readiness gates will be evaluated for pod readiness.', 1),
  ],
  cells: (obj, now) => {
    const statuses = asArray(field(obj, 'status', 'containerStatuses'));
    const total = asArray(field(obj, 'spec', 'containers')).length;
    const ready = statuses.filter((status) => field(status, 'ready') === true).length;
    const waitingReason = statuses.map((status) => asString(field(status, 'state', 'waiting', 'reason'))).find((reason) => reason !== undefined);
    const restarts = statuses.reduce<number>((sum, status) => sum + num(field(status, 'restartCount')), 0);
    return [
      obj.metadata.name,
      `${ready}/${total}`,
      waitingReason ?? asString(field(obj, 'status', 'reason')) ?? asString(field(obj, 'status', 'phase')) ?? 'Pending',
      restarts,
      age(obj, now),
      asString(field(obj, 'status', 'podIP')) ?? '<none>',
      asString(field(obj, 'spec', 'nodeName')) ?? '<none>',
      '<none>',
      '<none>',
    ];
  },
};

const secretTable: TableDefinition = {
  columns: [
    nameColumn,
    column(
      'Type',
      'string',
      'Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types',
    ),
    column(
      'Data',
      'string',
      "Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string, representing the arbitrary (possibly non-string) data value here. Described in https://tools.ietf.org/html/rfc4648#section-4",
    ),
    ageColumn,
  ],
  cells: (obj, now) => [obj.metadata.name, asString(obj.type) ?? 'Opaque', Object.keys(isMap(obj.data) ? obj.data : {}).length, age(obj, now)],
};

const configMapTable: TableDefinition = {
  columns: [nameColumn, column('Data', 'string', 'Data contains the configuration data.'), ageColumn],
  cells: (obj, now) => [
    obj.metadata.name,
    Object.keys(isMap(obj.data) ? obj.data : {}).length + Object.keys(isMap(obj.binaryData) ? obj.binaryData : {}).length,
    age(obj, now),
  ],
};

const namespaceTable: TableDefinition = {
  columns: [nameColumn, column('Status', 'string', 'The status of the namespace'), ageColumn],
  cells: (obj, now) => [obj.metadata.name, asString(field(obj, 'status', 'phase')) ?? 'Active', age(obj, now)],
};

const eventTable: TableDefinition = {
  columns: [
    column('Last Seen', 'string', 'Time when this Event was last seen'),
    column('Type', 'string', 'Type of this event (Normal, Warning), new types could be added in the future.'),
    column(
      'Reason',
      'string',
      "This should be a short, machine understandable string that gives the reason for the transition into the object's current status.",
    ),
    column('Object', 'string', 'The object this Event is about'),
    column('Message', 'string', 'A human-readable description of the status of this operation.'),
  ],
  cells: (obj, now) => {
    const last = asString(obj.lastTimestamp) ?? asString(obj.eventTime) ?? obj.metadata.creationTimestamp;
    const kind = asString(field(obj, 'involvedObject', 'kind')) ?? '';
    const name = asString(field(obj, 'involvedObject', 'name')) ?? '';
    return [
      last ? humanDuration(now.getTime() - Date.parse(last)) : '<unknown>',
      asString(obj.type) ?? '',
      asString(obj.reason) ?? '',
      `${kind.toLowerCase()}/${name}`,
      asString(obj.message) ?? '',
    ];
  },
};

const externalSecretTable: TableDefinition = {
  columns: [
    nameColumn,
    column('StoreType', 'string', ''),
    column('Store', 'string', ''),
    column('Refresh Interval', 'string', ''),
    column('Status', 'string', ''),
    column('Ready', 'string', ''),
  ],
  cells: (obj) => [
    obj.metadata.name,
    asString(field(obj, 'spec', 'secretStoreRef', 'kind')) ?? null,
    asString(field(obj, 'spec', 'secretStoreRef', 'name')) ?? null,
    asString(field(obj, 'spec', 'refreshInterval')) ?? null,
    asString(field(readyCondition(obj), 'reason')) ?? null,
    asString(field(readyCondition(obj), 'status')) ?? null,
  ],
};

const secretStoreTable: TableDefinition = {
  columns: [nameColumn, column('Age', 'date', ''), column('Status', 'string', ''), column('Capabilities', 'string', ''), column('Ready', 'string', '')],
  cells: (obj, now) => [
    obj.metadata.name,
    age(obj, now),
    asString(field(readyCondition(obj), 'reason')) ?? null,
    asString(field(obj, 'status', 'capabilities')) ?? null,
    asString(field(readyCondition(obj), 'status')) ?? null,
  ],
};

// The additionalPrinterColumns of Argo Rollouts' CRD (manifests/crds/rollout-crd.yaml).
const rolloutTable: TableDefinition = {
  columns: [
    nameColumn,
    column('Desired', 'integer', 'Number of desired pods'),
    column('Current', 'integer', 'Total number of non-terminated pods targeted by this rollout'),
    column('Up-to-date', 'integer', 'Total number of non-terminated pods targeted by this rollout that have the desired template spec'),
    column('Available', 'integer', 'Total number of available pods (ready for at least minReadySeconds) targeted by this rollout'),
    column('Age', 'date', 'Time since resource was created'),
  ],
  cells: (obj, now) => [
    obj.metadata.name,
    field(obj, 'spec', 'replicas') ?? null,
    field(obj, 'status', 'replicas') ?? null,
    field(obj, 'status', 'updatedReplicas') ?? null,
    field(obj, 'status', 'availableReplicas') ?? null,
    age(obj, now),
  ],
};

const defaultTable: TableDefinition = {
  columns: [nameColumn, ageColumn],
  cells: (obj, now) => [obj.metadata.name, age(obj, now)],
};

export const tableDefinitions: Record<string, TableDefinition> = {
  deployments: deploymentTable,
  statefulsets: statefulSetTable,
  daemonsets: daemonSetTable,
  replicasets: replicaSetTable,
  pods: podTable,
  secrets: secretTable,
  configmaps: configMapTable,
  namespaces: namespaceTable,
  events: eventTable,
  externalsecrets: externalSecretTable,
  rollouts: rolloutTable,
  secretstores: secretStoreTable,
  clustersecretstores: secretStoreTable,
};

export const tableDefinitionFor = (resource: string): TableDefinition => tableDefinitions[resource] ?? defaultTable;

/** The row object kubectl receives by default (includeObject=Metadata). */
const partialObjectMetadata = (obj: KubeObject): Record<string, unknown> => ({
  kind: 'PartialObjectMetadata',
  apiVersion: 'meta.k8s.io/v1',
  metadata: obj.metadata,
});

export type IncludeObject = 'None' | 'Metadata' | 'Object';

export const buildTable = (
  resource: string,
  objects: KubeObject[],
  listMeta: Record<string, unknown>,
  includeObject: IncludeObject,
  withColumns = true,
): Record<string, unknown> => {
  const definition = tableDefinitionFor(resource);
  const now = new Date();
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: listMeta,
    columnDefinitions: withColumns ? definition.columns : null,
    rows: objects.map((obj) => {
      const row: Record<string, unknown> = { cells: definition.cells(obj, now) };
      if (includeObject === 'Metadata') row.object = partialObjectMetadata(obj);
      if (includeObject === 'Object') row.object = obj;
      return row;
    }),
  };
};
