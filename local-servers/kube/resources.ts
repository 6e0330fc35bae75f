// The API resources this server serves, with the apiserver's defaulting, validation,
// generation rules and field-selector labels for each.

import { invalidValue, requiredValue, unsupportedValue, badRequest, type FieldError } from './api-errors.ts';
import { asArray, asString, ensureMap, field, isMap, jsonEqual, stringMap, type JsonMap, type KubeObject } from './objects.ts';
import { genericSchema, namespaceSchema, podSchema, workloadSchema, type PatchSchema } from './patch.ts';
import { labelSelectorFromSpec } from './selectors.ts';

export interface ResourceDefinition {
  group: string;
  /** Served versions; the first is the preferred (and storage) version. */
  versions: string[];
  resource: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  hasStatus: boolean;
  /** Served from a CustomResourceDefinition: unstructured semantics (no strategic merge patch, resourceVersion required on update). */
  custom: boolean;
  tracksGeneration: boolean;
  /** Field-selector labels beyond metadata.name and metadata.namespace, with how to read them. */
  fieldLabels: Record<string, (obj: KubeObject) => string>;
  /** Strategic-merge-patch metadata; undefined means the media type is not supported. */
  patchSchema: PatchSchema | undefined;
  /** Defaulting and normalisation done on every write. */
  prepare?: (obj: KubeObject) => void;
  validate?: (obj: KubeObject, old: KubeObject | undefined) => FieldError[];
}

export const groupVersion = (def: ResourceDefinition, version: string): string => (def.group ? `${def.group}/${version}` : version);

export const preferredApiVersion = (def: ResourceDefinition): string => groupVersion(def, def.versions[0] ?? 'v1');

// Defaulting (pkg/apis/*/v1/defaults.go).

const defaultPodSpec = (spec: JsonMap): void => {
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.schedulerName ??= 'default-scheduler';
  spec.securityContext ??= {};
  for (const listName of ['containers', 'initContainers']) {
    for (const container of asArray(spec[listName])) {
      if (!isMap(container)) continue;
      container.terminationMessagePath ??= '/dev/termination-log';
      container.terminationMessagePolicy ??= 'File';
      if (container.imagePullPolicy === undefined) {
        const image = asString(container.image) ?? '';
        const lastSegment = image.split('/').pop() ?? '';
        const untaggedOrLatest = !image.includes('@') && (!lastSegment.includes(':') || lastSegment.endsWith(':latest'));
        container.imagePullPolicy = untaggedOrLatest ? 'Always' : 'IfNotPresent';
      }
      container.resources ??= {};
      for (const port of asArray(container.ports)) {
        if (isMap(port)) port.protocol ??= 'TCP';
      }
    }
  }
};

const defaultTemplate = (obj: KubeObject): void => {
  if (!isMap(obj.spec)) return;
  const template = asMap(obj.spec.template);
  if (!template) return;
  template.metadata ??= {};
  if (isMap(template.spec)) defaultPodSpec(template.spec);
};

const asMap = (value: unknown): JsonMap | undefined => (isMap(value) ? value : undefined);

const defaultDeployment = (obj: KubeObject): void => {
  const spec = ensureMap(obj, 'spec');
  spec.replicas ??= 1;
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  const strategy = ensureMap(spec, 'strategy');
  strategy.type ??= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const rollingUpdate = ensureMap(strategy, 'rollingUpdate');
    rollingUpdate.maxUnavailable ??= '25%';
    rollingUpdate.maxSurge ??= '25%';
  }
  defaultTemplate(obj);
};

const defaultStatefulSet = (obj: KubeObject): void => {
  const spec = ensureMap(obj, 'spec');
  spec.replicas ??= 1;
  spec.podManagementPolicy ??= 'OrderedReady';
  spec.revisionHistoryLimit ??= 10;
  const strategy = ensureMap(spec, 'updateStrategy');
  strategy.type ??= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') ensureMap(strategy, 'rollingUpdate').partition ??= 0;
  const retention = ensureMap(spec, 'persistentVolumeClaimRetentionPolicy');
  retention.whenDeleted ??= 'Retain';
  retention.whenScaled ??= 'Retain';
  defaultTemplate(obj);
};

const defaultDaemonSet = (obj: KubeObject): void => {
  const spec = ensureMap(obj, 'spec');
  spec.revisionHistoryLimit ??= 10;
  const strategy = ensureMap(spec, 'updateStrategy');
  strategy.type ??= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const rollingUpdate = ensureMap(strategy, 'rollingUpdate');
    rollingUpdate.maxUnavailable ??= 1;
    rollingUpdate.maxSurge ??= 0;
  }
  defaultTemplate(obj);
};

const defaultReplicaSet = (obj: KubeObject): void => {
  ensureMap(obj, 'spec').replicas ??= 1;
  defaultTemplate(obj);
};

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

const prepareSecret = (obj: KubeObject): void => {
  obj.type ??= 'Opaque';
  const data: JsonMap = isMap(obj.data) ? obj.data : {};
  for (const value of Object.values(data)) {
    if (typeof value !== 'string' || value.length % 4 !== 0 || !base64Pattern.test(value)) {
      const offset = typeof value === 'string' ? Math.max(0, value.search(/[^A-Za-z0-9+/=]/)) : 0;
      throw badRequest(`Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte ${offset}`);
    }
  }
  if (isMap(obj.stringData)) {
    for (const [key, value] of Object.entries(obj.stringData)) {
      data[key] = Buffer.from(String(value), 'utf8').toString('base64');
    }
  }
  delete obj.stringData;
  if (Object.keys(data).length > 0) obj.data = data;
};

const prepareNamespace = (obj: KubeObject): void => {
  const name = obj.metadata.name ?? '';
  obj.metadata.labels = { ...(obj.metadata.labels ?? {}), 'kubernetes.io/metadata.name': name };
  ensureMap(obj, 'spec').finalizers ??= ['kubernetes'];
  ensureMap(obj, 'status').phase ??= 'Active';
};

const preparePod = (obj: KubeObject): void => {
  if (isMap(obj.spec)) defaultPodSpec(obj.spec);
  ensureMap(obj, 'status').phase ??= 'Pending';
};

const prepareExternalSecret = (obj: KubeObject): void => {
  const spec = ensureMap(obj, 'spec');
  // CRD default (config/crds/bases/external-secrets.io_externalsecrets.yaml).
  spec.refreshInterval ??= '1h0m0s';
  const target = ensureMap(spec, 'target');
  target.creationPolicy ??= 'Owner';
  target.deletionPolicy ??= 'Retain';
  if (isMap(spec.secretStoreRef)) spec.secretStoreRef.kind ??= 'SecretStore';
  for (const entry of asArray(spec.data)) {
    const remoteRef = asMap(field(entry, 'remoteRef'));
    if (!remoteRef) continue;
    remoteRef.conversionStrategy ??= 'Default';
    remoteRef.decodingStrategy ??= 'None';
    remoteRef.metadataPolicy ??= 'None';
  }
};

// Validation (pkg/apis/*/validation and the ESO CRD schemas).

const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export const validateName = (name: string, label: boolean): FieldError[] => {
  if (label) {
    if (name.length > 63 || !dns1123Label.test(name)) {
      return [
        invalidValue(
          'metadata.name',
          JSON.stringify(name),
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
        ),
      ];
    }
    return [];
  }
  if (name.length > 253 || !dns1123Subdomain.test(name)) {
    return [
      invalidValue(
        'metadata.name',
        JSON.stringify(name),
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ),
    ];
  }
  return [];
};

/** Go's %#v of a map[string]string, as validation messages print label maps. */
const goStringMap = (labels: Record<string, string>): string =>
  `map[string]string{${Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
    .join(', ')}}`;

const validateWorkload = (obj: KubeObject, old: KubeObject | undefined): FieldError[] => {
  const errors: FieldError[] = [];
  const selector = field(obj, 'spec', 'selector');
  const templateLabels = stringMap(field(obj, 'spec', 'template', 'metadata', 'labels'));
  if (!isMap(selector) || (Object.keys(stringMap(selector.matchLabels)).length === 0 && asArray(selector.matchExpressions).length === 0)) {
    errors.push(requiredValue('spec.selector'));
  } else if (!labelSelectorFromSpec(selector).matches(templateLabels)) {
    errors.push(invalidValue('spec.template.metadata.labels', goStringMap(templateLabels), '`selector` does not match template `labels`'));
  }
  if (old && isMap(selector) && !jsonEqual(selector, field(old, 'spec', 'selector'))) {
    errors.push(
      invalidValue(
        'spec.selector',
        `v1.LabelSelector{MatchLabels:${goStringMap(stringMap(selector.matchLabels))}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`,
        'field is immutable',
      ),
    );
  }
  const containers = asArray(field(obj, 'spec', 'template', 'spec', 'containers'));
  if (containers.length === 0) errors.push(requiredValue('spec.template.spec.containers'));
  containers.forEach((container, index) => {
    if (!asString(field(container, 'name'))) errors.push(requiredValue(`spec.template.spec.containers[${index}].name`));
    if (!asString(field(container, 'image'))) errors.push(requiredValue(`spec.template.spec.containers[${index}].image`));
  });
  const replicas = field(obj, 'spec', 'replicas');
  if (typeof replicas === 'number' && replicas < 0) {
    errors.push(invalidValue('spec.replicas', String(replicas), 'must be greater than or equal to 0'));
  }
  return errors;
};

/**
 * ValidateSecretUpdate (pkg/apis/core/validation): once `immutable: true` is set, data and
 * the flag itself never change again.
 */
const validateSecretUpdate = (obj: KubeObject, old: KubeObject | undefined): FieldError[] => {
  if (old?.immutable !== true) return [];
  const forbidden = (path: string): FieldError => ({
    field: path,
    reason: 'FieldValueForbidden',
    message: 'Forbidden: field is immutable when `immutable` is set',
  });
  const errors: FieldError[] = [];
  if (obj.immutable !== true) errors.push(forbidden('immutable'));
  if (!jsonEqual(obj.data ?? {}, old.data ?? {})) errors.push(forbidden('data'));
  return errors;
};

const validateExternalSecret = (obj: KubeObject): FieldError[] => {
  const errors: FieldError[] = [];
  const enumCheck = (path: string, value: unknown, supported: string[]): void => {
    if (value !== undefined && (typeof value !== 'string' || !supported.includes(value))) {
      errors.push(unsupportedValue(path, String(value), supported));
    }
  };
  enumCheck('spec.refreshPolicy', field(obj, 'spec', 'refreshPolicy'), ['CreatedOnce', 'Periodic', 'OnChange']);
  enumCheck('spec.target.creationPolicy', field(obj, 'spec', 'target', 'creationPolicy'), ['Owner', 'Orphan', 'Merge', 'None', 'CreateOrMerge']);
  enumCheck('spec.target.deletionPolicy', field(obj, 'spec', 'target', 'deletionPolicy'), ['Delete', 'Merge', 'Retain']);
  enumCheck('spec.secretStoreRef.kind', field(obj, 'spec', 'secretStoreRef', 'kind'), ['SecretStore', 'ClusterSecretStore']);
  asArray(field(obj, 'spec', 'data')).forEach((entry, index) => {
    if (!asString(field(entry, 'secretKey'))) errors.push(requiredValue(`spec.data[${index}].secretKey`));
    if (!asString(field(entry, 'remoteRef', 'key'))) errors.push(requiredValue(`spec.data[${index}].remoteRef.key`));
  });
  return errors;
};

const nameOf = (obj: KubeObject): string => obj.metadata.name ?? '';

const coreResource = (resource: string, singular: string, kind: string, extra: Partial<ResourceDefinition>): ResourceDefinition => ({
  group: '',
  versions: ['v1'],
  resource,
  singular,
  kind,
  namespaced: true,
  shortNames: [],
  categories: [],
  hasStatus: false,
  custom: false,
  tracksGeneration: false,
  fieldLabels: {},
  patchSchema: genericSchema,
  ...extra,
});

const appsResource = (resource: string, singular: string, kind: string, extra: Partial<ResourceDefinition>): ResourceDefinition => ({
  group: 'apps',
  versions: ['v1'],
  resource,
  singular,
  kind,
  namespaced: true,
  shortNames: [],
  categories: ['all'],
  hasStatus: true,
  custom: false,
  tracksGeneration: true,
  fieldLabels: {},
  patchSchema: workloadSchema,
  validate: validateWorkload,
  ...extra,
});

const esoResource = (resource: string, singular: string, kind: string, versions: string[], extra: Partial<ResourceDefinition>): ResourceDefinition => ({
  group: 'external-secrets.io',
  versions,
  resource,
  singular,
  kind,
  namespaced: true,
  shortNames: [],
  categories: ['external-secrets'],
  hasStatus: true,
  custom: true,
  tracksGeneration: true,
  fieldLabels: {},
  patchSchema: undefined,
  ...extra,
});

// Argo Rollouts' CRD (manifests/crds/rollout-crd.yaml): argoproj.io/v1alpha1, short name ro, status subresource.
const argoRolloutResource = (): ResourceDefinition => ({
  group: 'argoproj.io',
  versions: ['v1alpha1'],
  resource: 'rollouts',
  singular: 'rollout',
  kind: 'Rollout',
  namespaced: true,
  shortNames: ['ro'],
  categories: [],
  hasStatus: true,
  custom: true,
  tracksGeneration: true,
  fieldLabels: {},
  patchSchema: undefined,
});

export interface ResourceRegistryOptions {
  /** Served versions of the external-secrets.io resources, preferred first (default ['v1']). */
  externalSecretsVersions?: string[];
}

export const buildResourceDefinitions = (options: ResourceRegistryOptions = {}): ResourceDefinition[] => {
  const esoVersions = options.externalSecretsVersions ?? ['v1'];
  return [
    coreResource('namespaces', 'namespace', 'Namespace', {
      namespaced: false,
      shortNames: ['ns'],
      hasStatus: true,
      fieldLabels: { 'status.phase': (obj) => asString(field(obj, 'status', 'phase')) ?? '' },
      patchSchema: namespaceSchema,
      prepare: prepareNamespace,
    }),
    coreResource('secrets', 'secret', 'Secret', {
      fieldLabels: { type: (obj) => asString(obj.type) ?? '' },
      prepare: prepareSecret,
      validate: validateSecretUpdate,
    }),
    coreResource('configmaps', 'configmap', 'ConfigMap', { shortNames: ['cm'] }),
    coreResource('pods', 'pod', 'Pod', {
      shortNames: ['po'],
      categories: ['all'],
      hasStatus: true,
      fieldLabels: {
        'spec.nodeName': (obj) => asString(field(obj, 'spec', 'nodeName')) ?? '',
        'spec.restartPolicy': (obj) => asString(field(obj, 'spec', 'restartPolicy')) ?? '',
        'spec.schedulerName': (obj) => asString(field(obj, 'spec', 'schedulerName')) ?? '',
        'spec.serviceAccountName': (obj) => asString(field(obj, 'spec', 'serviceAccountName')) ?? '',
        'status.phase': (obj) => asString(field(obj, 'status', 'phase')) ?? '',
        'status.podIP': (obj) => asString(field(obj, 'status', 'podIP')) ?? '',
      },
      patchSchema: podSchema,
      prepare: preparePod,
    }),
    coreResource('events', 'event', 'Event', {
      shortNames: ['ev'],
      fieldLabels: {
        'involvedObject.kind': (obj) => asString(field(obj, 'involvedObject', 'kind')) ?? '',
        'involvedObject.name': (obj) => asString(field(obj, 'involvedObject', 'name')) ?? '',
        'involvedObject.namespace': (obj) => asString(field(obj, 'involvedObject', 'namespace')) ?? '',
        'involvedObject.uid': (obj) => asString(field(obj, 'involvedObject', 'uid')) ?? '',
        reason: (obj) => asString(obj.reason) ?? '',
        type: (obj) => asString(obj.type) ?? '',
      },
    }),
    appsResource('deployments', 'deployment', 'Deployment', { shortNames: ['deploy'], prepare: defaultDeployment }),
    appsResource('statefulsets', 'statefulset', 'StatefulSet', { shortNames: ['sts'], prepare: defaultStatefulSet }),
    appsResource('daemonsets', 'daemonset', 'DaemonSet', { shortNames: ['ds'], prepare: defaultDaemonSet }),
    appsResource('replicasets', 'replicaset', 'ReplicaSet', { shortNames: ['rs'], prepare: defaultReplicaSet }),
    esoResource('externalsecrets', 'externalsecret', 'ExternalSecret', esoVersions, {
      shortNames: ['es'],
      prepare: prepareExternalSecret,
      validate: (obj) => validateExternalSecret(obj),
      fieldLabels: {
        'spec.secretStoreRef.name': (obj) => asString(field(obj, 'spec', 'secretStoreRef', 'name')) ?? '',
        'spec.secretStoreRef.kind': (obj) => asString(field(obj, 'spec', 'secretStoreRef', 'kind')) ?? '',
        'spec.target.name': (obj) => asString(field(obj, 'spec', 'target', 'name')) ?? '',
        'spec.refreshInterval': (obj) => asString(field(obj, 'spec', 'refreshInterval')) ?? '',
      },
    }),
    argoRolloutResource(),
    esoResource('clusterexternalsecrets', 'clusterexternalsecret', 'ClusterExternalSecret', esoVersions, {
      namespaced: false,
      shortNames: ['ces'],
    }),
    esoResource('secretstores', 'secretstore', 'SecretStore', esoVersions, { shortNames: ['ss'] }),
    esoResource('clustersecretstores', 'clustersecretstore', 'ClusterSecretStore', esoVersions, {
      namespaced: false,
      shortNames: ['css'],
    }),
  ];
};

/** The field-selector values of an object (metadata.name and metadata.namespace always). */
export const fieldValues = (def: ResourceDefinition, obj: KubeObject): Record<string, string> => {
  const values: Record<string, string> = { 'metadata.name': nameOf(obj) };
  if (def.namespaced) values['metadata.namespace'] = obj.metadata.namespace ?? '';
  for (const [label, read] of Object.entries(def.fieldLabels)) values[label] = read(obj);
  return values;
};

export const supportedFieldLabels = (def: ResourceDefinition): string[] => [
  'metadata.name',
  ...(def.namespaced ? ['metadata.namespace'] : []),
  ...Object.keys(def.fieldLabels),
];

/** True when a write changes what metadata.generation tracks for this kind. */
export const generationChanged = (def: ResourceDefinition, old: KubeObject, next: KubeObject): boolean => {
  if (!def.tracksGeneration) return false;
  if (def.custom) {
    const strip = (obj: KubeObject): JsonMap => {
      const { metadata: _metadata, status: _status, ...rest } = obj;
      return rest;
    };
    return !jsonEqual(strip(old), strip(next));
  }
  return !jsonEqual(old.spec, next.spec);
};
