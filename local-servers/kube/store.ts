// The object store: what etcd plus the generic registry do for the apiserver. One global
// resourceVersion counter, a bounded event history for watches, the create/update/patch/delete
// semantics (defaulting, validation, generation, status subresource, optimistic concurrency)
// and background garbage collection of dependents.

import { randomUUID, randomBytes } from 'node:crypto';

import {
  KubeApiError,
  alreadyExists,
  badRequest,
  conflict,
  invalid,
  invalidValue,
  notFound,
  requiredValue,
  unsupportedMediaType,
  type FieldError,
} from './api-errors.ts';
import { clone, isMap, jsonEqual, kubeTime, type JsonMap, type KubeObject } from './objects.ts';
import { applyJsonPatch, applyMergePatch, strategicMerge } from './patch.ts';
import {
  buildResourceDefinitions,
  generationChanged,
  groupVersion,
  preferredApiVersion,
  validateName,
  type ResourceDefinition,
  type ResourceRegistryOptions,
} from './resources.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  type: WatchEventType;
  resourceVersion: number;
  def: ResourceDefinition;
  /** The object after the change (for DELETED: its last state). Read-only. */
  object: KubeObject;
  /** The object before the change (MODIFIED and DELETED). Read-only. */
  previous: KubeObject | undefined;
}

/** Names a resource: its plural ('deployments'), 'deployments.apps', a short name, or { group, resource }. */
export type ResourceRef = string | { group?: string; resource: string };

export type PatchType = 'json' | 'merge' | 'strategic';

export const patchContentTypes: Record<string, PatchType> = {
  'application/json-patch+json': 'json',
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
};

export interface WriteOptions {
  /** Write to the status subresource. */
  status?: boolean;
  /** dryRun=All: run every check, persist nothing. */
  dryRun?: boolean;
}

export interface DeleteOptions {
  dryRun?: boolean;
  /** Orphan leaves dependents alone; Background/Foreground (default Background) delete them. */
  propagationPolicy?: 'Orphan' | 'Background' | 'Foreground';
  preconditions?: { resourceVersion?: string; uid?: string };
}

export interface ObjectStoreOptions extends ResourceRegistryOptions {
  /** Events kept for watches that resume from a resourceVersion (default 1000). */
  historyLimit?: number;
  /** First resourceVersion handed out (default 1000). */
  initialResourceVersion?: number;
}

const defaultNamespaces = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const entry of Object.values(value)) deepFreeze(entry);
  }
  return value;
};

/** The names generateName appends: 5 characters of utilrand.String's alphabet. */
const randomSuffix = (length = 5): string => {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet.charAt(byte % alphabet.length);
  return out;
};

const objectKey = (namespace: string, name: string): string => `${namespace}/${name}`;

export class ObjectStore {
  readonly definitions: ResourceDefinition[];
  private rv: number;
  private compactedRv: number;
  private readonly objects = new Map<ResourceDefinition, Map<string, KubeObject>>();
  private history: StoreEvent[] = [];
  private readonly historyLimit: number;
  private readonly listeners = new Set<(event: StoreEvent) => void>();

  constructor(options: ObjectStoreOptions = {}) {
    this.definitions = buildResourceDefinitions(options);
    this.historyLimit = options.historyLimit ?? 1000;
    this.rv = options.initialResourceVersion ?? 1000;
    this.compactedRv = this.rv;
    for (const def of this.definitions) this.objects.set(def, new Map());
    this.seedNamespaces();
  }

  /** The latest resourceVersion handed out. */
  get resourceVersion(): number {
    return this.rv;
  }

  /** Watches may resume from any resourceVersion at or after this one. */
  get oldestResumableResourceVersion(): number {
    return this.compactedRv;
  }

  // Resource lookup.

  findDefinition(group: string, resource: string): ResourceDefinition | undefined {
    return this.definitions.find((def) => def.group === group && def.resource === resource);
  }

  definitionForKind(apiVersion: string, kind: string): ResourceDefinition | undefined {
    return this.definitions.find((def) => def.kind === kind && def.versions.some((version) => groupVersion(def, version) === apiVersion));
  }

  resolve(ref: ResourceRef | ResourceDefinition): ResourceDefinition {
    if (typeof ref === 'object' && 'kind' in ref) return ref;
    const matches = (def: ResourceDefinition, name: string, group: string | undefined): boolean =>
      (group === undefined || def.group === group) &&
      (def.resource === name || def.singular === name || def.shortNames.includes(name) || def.kind.toLowerCase() === name);
    let name: string;
    let group: string | undefined;
    if (typeof ref === 'string') {
      const dot = ref.indexOf('.');
      name = (dot >= 0 ? ref.slice(0, dot) : ref).toLowerCase();
      group = dot >= 0 ? ref.slice(dot + 1) : undefined;
    } else {
      name = ref.resource.toLowerCase();
      group = ref.group;
    }
    const def = this.definitions.find((candidate) => matches(candidate, name, group));
    if (!def) throw new Error(`unknown resource ${JSON.stringify(ref)}`);
    return def;
  }

  // Reads (clones, safe to mutate).

  get(ref: ResourceRef | ResourceDefinition, namespace: string, name: string): KubeObject | undefined {
    const def = this.resolve(ref);
    const stored = this.bucket(def).get(objectKey(def.namespaced ? namespace : '', name));
    return stored ? clone(stored) : undefined;
  }

  list(ref: ResourceRef | ResourceDefinition, namespace?: string): KubeObject[] {
    return this.listStored(this.resolve(ref), namespace).map((obj) => clone(obj));
  }

  /** Stored objects (read-only), sorted by namespace then name like etcd keys. */
  listStored(def: ResourceDefinition, namespace?: string): KubeObject[] {
    const items = [...this.bucket(def).entries()]
      .filter(([, obj]) => !def.namespaced || !namespace || obj.metadata.namespace === namespace)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, obj]) => obj);
    return items;
  }

  getStored(def: ResourceDefinition, namespace: string, name: string): KubeObject | undefined {
    return this.bucket(def).get(objectKey(def.namespaced ? namespace : '', name));
  }

  // Watch support.

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Events after `resourceVersion`, or undefined when they are no longer kept. */
  eventsSince(resourceVersion: number): StoreEvent[] | undefined {
    if (resourceVersion < this.compactedRv) return undefined;
    return this.history.filter((event) => event.resourceVersion > resourceVersion);
  }

  /** Forgets the event history, as etcd compaction does: older resourceVersions then get 410 Expired. */
  compact(): void {
    this.history = [];
    this.compactedRv = this.rv;
  }

  // Writes.

  create(ref: ResourceRef | ResourceDefinition, namespace: string, body: unknown, options: WriteOptions & { keepStatus?: boolean } = {}): KubeObject {
    const def = this.resolve(ref);
    const obj = this.decodeBody(def, body);
    this.checkNamespaceOfBody(def, obj, namespace);
    if (def.namespaced) obj.metadata.namespace = namespace;
    else delete obj.metadata.namespace;
    if (!obj.metadata.name && obj.metadata.generateName) {
      obj.metadata.name = `${obj.metadata.generateName}${randomSuffix()}`;
    }
    const name = obj.metadata.name ?? '';
    if (!name) {
      throw invalid(def.kind, def.group, '', [requiredValue('metadata.name', 'name or generateName is required')]);
    }
    if (def.namespaced && !this.getStored(this.resolve('namespaces'), '', namespace)) {
      throw notFound({ group: '', resource: 'namespaces' }, namespace);
    }
    if (def.hasStatus && !options.keepStatus) delete obj.status;
    def.prepare?.(obj);
    this.validate(def, obj, undefined);
    if (this.getStored(def, namespace, name)) throw alreadyExists(def, name);
    const metadata = obj.metadata;
    metadata.uid = randomUUID();
    metadata.creationTimestamp = kubeTime();
    if (def.tracksGeneration) metadata.generation = 1;
    else delete metadata.generation;
    delete metadata.deletionTimestamp;
    delete metadata.managedFields;
    if (options.dryRun) return obj;
    return clone(this.commit('ADDED', def, obj, undefined));
  }

  /** PUT: replaces the object (or its status), with optimistic concurrency on metadata.resourceVersion. */
  replace(ref: ResourceRef | ResourceDefinition, namespace: string, name: string, body: unknown, options: WriteOptions = {}): KubeObject {
    const def = this.resolve(ref);
    const obj = this.decodeBody(def, body);
    if (obj.metadata.name && obj.metadata.name !== name) {
      throw badRequest(`the name of the object (${obj.metadata.name}) does not match the name on the URL (${name})`);
    }
    this.checkNamespaceOfBody(def, obj, namespace);
    const old = this.getStored(def, namespace, name);
    if (!old) throw notFound(def, name);
    const requested = obj.metadata.resourceVersion;
    if (!requested && def.custom) {
      throw invalid(def.kind, def.group, name, [invalidValue('metadata.resourceVersion', '0x0', 'must be specified for an update')]);
    }
    if (requested && requested !== old.metadata.resourceVersion) throw conflict(def, name);
    return this.writeUpdate(def, old, obj, options);
  }

  patch(
    ref: ResourceRef | ResourceDefinition,
    namespace: string,
    name: string,
    patchType: PatchType,
    patchBody: unknown,
    options: WriteOptions = {},
  ): KubeObject {
    const def = this.resolve(ref);
    const old = this.getStored(def, namespace, name);
    if (patchType === 'strategic' && !def.patchSchema) {
      throw unsupportedMediaType('application/strategic-merge-patch+json', [
        'application/json-patch+json',
        'application/merge-patch+json',
        'application/apply-patch+yaml',
        'application/apply-patch+cbor',
      ]);
    }
    if (!old) throw notFound(def, name);
    let patched: unknown;
    if (patchType === 'json') {
      patched = applyJsonPatch(old, patchBody);
    } else {
      if (!isMap(patchBody)) {
        throw new KubeApiError(
          422,
          'Invalid',
          `"" is invalid: patch: Invalid value: ${JSON.stringify(JSON.stringify(patchBody))}: couldn't get version/kind; json parse error: json: cannot unmarshal ${Array.isArray(patchBody) ? 'array' : typeof patchBody} into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }`,
        );
      }
      patched = patchType === 'merge' ? applyMergePatch(old, patchBody) : strategicMerge(old, patchBody, def.patchSchema);
    }
    if (!isMap(patched) || !isMap(patched.metadata)) throw badRequest('the patch removed the object metadata');
    const patchedObj = patched as KubeObject;
    if (patchedObj.metadata.name !== old.metadata.name) {
      throw badRequest(`the name of the object (${String(patchedObj.metadata.name)}) does not match the name on the URL (${name})`);
    }
    const requested = patchedObj.metadata.resourceVersion;
    if (requested && requested !== old.metadata.resourceVersion) throw conflict(def, name);
    return this.writeUpdate(def, old, clone(patchedObj), options);
  }

  delete(ref: ResourceRef | ResourceDefinition, namespace: string, name: string, options: DeleteOptions = {}): KubeObject {
    const def = this.resolve(ref);
    const old = this.getStored(def, namespace, name);
    if (!old) throw notFound(def, name);
    const preconditions = options.preconditions;
    if (preconditions?.resourceVersion && preconditions.resourceVersion !== old.metadata.resourceVersion) {
      throw conflict(
        def,
        name,
        `Precondition failed: ResourceVersion in precondition: ${preconditions.resourceVersion}, ResourceVersion in object meta: ${old.metadata.resourceVersion ?? ''}`,
      );
    }
    if (preconditions?.uid && preconditions.uid !== old.metadata.uid) {
      throw conflict(def, name, `Precondition failed: UID in precondition: ${preconditions.uid}, UID in object meta: ${old.metadata.uid ?? ''}`);
    }
    if (options.dryRun) return clone(old);
    this.bucket(def).delete(objectKey(def.namespaced ? namespace : '', name));
    const deleted = this.commit('DELETED', def, clone(old), old);
    if (options.propagationPolicy !== 'Orphan') {
      const uid = old.metadata.uid ?? '';
      setImmediate(() => {
        try {
          this.collectGarbage(def, old, uid);
        } catch (error) {
          console.error('garbage collection failed:', error);
        }
      });
    }
    return clone(deleted);
  }

  /**
   * Seeds or overwrites an object, bypassing optimistic concurrency: creates it (keeping any
   * status given) or replaces it. Creates a missing namespace first.
   */
  apply(body: KubeObject): KubeObject {
    const apiVersion = body.apiVersion ?? '';
    const kind = body.kind ?? '';
    const def = this.definitionForKind(apiVersion, kind);
    if (!def) throw new Error(`unknown kind ${apiVersion} ${kind}`);
    const namespace = def.namespaced ? (body.metadata.namespace ?? 'default') : '';
    if (def.namespaced && !this.getStored(this.resolve('namespaces'), '', namespace)) {
      this.create('namespaces', '', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
    }
    const name = body.metadata.name ?? '';
    const existing = name ? this.getStored(def, namespace, name) : undefined;
    if (!existing) return this.create(def, namespace, body, { keepStatus: true });
    const next = clone(body);
    next.metadata = { ...next.metadata, resourceVersion: existing.metadata.resourceVersion ?? '' };
    const updated = this.writeUpdate(def, existing, next, {});
    if (body.status !== undefined && def.hasStatus) {
      return this.writeUpdate(def, this.getStored(def, namespace, name) ?? existing, { ...clone(updated), status: clone(body.status) }, { status: true });
    }
    return updated;
  }

  /** Removes every object, keeping the default namespaces; the event history starts afresh. */
  reset(): void {
    for (const bucket of this.objects.values()) bucket.clear();
    this.history = [];
    this.rv += 1;
    this.compactedRv = this.rv;
    this.seedNamespaces();
  }

  /** Records a core/v1 Event about an object, as controllers' event recorders do. */
  recordEvent(involved: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, component: string): void {
    const namespace = involved.metadata.namespace || 'default';
    if (!this.getStored(this.resolve('namespaces'), '', namespace)) return;
    const now = kubeTime();
    // Repeats of the same event are folded into one with a count, as the event correlator does.
    const events = this.resolve('events');
    const repeat = this.listStored(events, namespace).find(
      (event) =>
        isMap(event.involvedObject) &&
        event.involvedObject.uid === involved.metadata.uid &&
        event.reason === reason &&
        event.message === message &&
        event.type === type,
    );
    if (repeat) {
      this.writeUpdate(events, repeat, { ...clone(repeat), count: (typeof repeat.count === 'number' ? repeat.count : 1) + 1, lastTimestamp: now }, {});
      return;
    }
    const name = `${involved.metadata.name ?? 'object'}.${randomBytes(8).toString('hex')}`;
    this.create('events', namespace, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace },
      involvedObject: {
        apiVersion: involved.apiVersion,
        kind: involved.kind,
        name: involved.metadata.name,
        namespace: involved.metadata.namespace,
        uid: involved.metadata.uid,
        resourceVersion: involved.metadata.resourceVersion,
      },
      reason,
      message,
      source: { component },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      reportingComponent: component,
      reportingInstance: '',
    });
  }

  // Internals.

  private bucket(def: ResourceDefinition): Map<string, KubeObject> {
    const bucket = this.objects.get(def);
    if (!bucket) throw new Error(`no storage for ${def.resource}`);
    return bucket;
  }

  private seedNamespaces(): void {
    for (const name of defaultNamespaces) {
      this.create('namespaces', '', { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    }
  }

  private decodeBody(def: ResourceDefinition, body: unknown): KubeObject {
    if (!isMap(body)) {
      throw badRequest(`${def.kind} in version "${def.versions[0] ?? 'v1'}" cannot be handled as a ${def.kind}: body must be a JSON object`);
    }
    const obj = clone<JsonMap>(body);
    const apiVersion = obj.apiVersion;
    if (apiVersion !== undefined && !def.versions.some((version) => groupVersion(def, version) === apiVersion)) {
      throw badRequest(`the API version in the data (${String(apiVersion)}) does not match the expected API version (${preferredApiVersion(def)})`);
    }
    if (obj.kind !== undefined && obj.kind !== def.kind) {
      throw badRequest(`the kind in the data (${String(obj.kind)}) does not match the expected kind (${def.kind})`);
    }
    if (obj.metadata === undefined) obj.metadata = {};
    if (!isMap(obj.metadata)) {
      throw badRequest(`${def.kind} in version "${def.versions[0] ?? 'v1'}" cannot be handled as a ${def.kind}: metadata must be an object`);
    }
    obj.apiVersion = preferredApiVersion(def);
    obj.kind = def.kind;
    return obj as KubeObject;
  }

  private checkNamespaceOfBody(def: ResourceDefinition, obj: KubeObject, namespace: string): void {
    if (def.namespaced && obj.metadata.namespace && obj.metadata.namespace !== namespace) {
      throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
    }
  }

  private validate(def: ResourceDefinition, obj: KubeObject, old: KubeObject | undefined): void {
    const errors: FieldError[] = [];
    if (!old) errors.push(...validateName(obj.metadata.name ?? '', def.resource === 'namespaces'));
    errors.push(...(def.validate?.(obj, old) ?? []));
    if (errors.length > 0) throw invalid(def.kind, def.group, obj.metadata.name ?? '', errors);
  }

  private writeUpdate(def: ResourceDefinition, old: KubeObject, body: KubeObject, options: WriteOptions): KubeObject {
    let next: KubeObject;
    if (options.status) {
      next = clone(old);
      if (body.status === undefined) delete next.status;
      else next.status = clone(body.status);
    } else {
      next = body;
      next.apiVersion = preferredApiVersion(def);
      next.kind = def.kind;
      next.metadata = {
        ...body.metadata,
        name: old.metadata.name ?? '',
        uid: old.metadata.uid ?? '',
        creationTimestamp: old.metadata.creationTimestamp ?? '',
      };
      if (def.namespaced) next.metadata.namespace = old.metadata.namespace ?? '';
      else delete next.metadata.namespace;
      if (old.metadata.generation !== undefined) next.metadata.generation = old.metadata.generation;
      else delete next.metadata.generation;
      if (old.metadata.deletionTimestamp) next.metadata.deletionTimestamp = old.metadata.deletionTimestamp;
      delete next.metadata.managedFields;
      if (def.hasStatus) {
        if (old.status === undefined) delete next.status;
        else next.status = clone(old.status);
      }
      def.prepare?.(next);
      this.validate(def, next, old);
      if (generationChanged(def, old, next)) next.metadata.generation = (old.metadata.generation ?? 0) + 1;
    }
    next.metadata.resourceVersion = old.metadata.resourceVersion ?? '';
    // An update that changes nothing is not written and keeps its resourceVersion.
    if (jsonEqual(next, old)) return clone(old);
    if (options.dryRun) return next;
    return clone(this.commit('MODIFIED', def, next, old));
  }

  private commit(type: WatchEventType, def: ResourceDefinition, obj: KubeObject, previous: KubeObject | undefined): KubeObject {
    this.rv += 1;
    obj.metadata.resourceVersion = String(this.rv);
    const stored = deepFreeze(obj);
    if (type !== 'DELETED') {
      this.bucket(def).set(objectKey(def.namespaced ? (obj.metadata.namespace ?? '') : '', obj.metadata.name ?? ''), stored);
    }
    const event: StoreEvent = { type, resourceVersion: this.rv, def, object: stored, previous };
    this.history.push(event);
    while (this.history.length > this.historyLimit) {
      const dropped = this.history.shift();
      if (dropped) this.compactedRv = dropped.resourceVersion;
    }
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // A failing listener must not break the write that triggered it.
        console.error('store listener failed:', error);
      }
    }
    return stored;
  }

  /** The garbage collector's cascade: dependents of a deleted owner, and a deleted namespace's contents. */
  private collectGarbage(def: ResourceDefinition, owner: KubeObject, uid: string): void {
    for (const candidateDef of this.definitions) {
      for (const obj of this.listStored(candidateDef)) {
        const inDeletedNamespace = def.resource === 'namespaces' && candidateDef.namespaced && obj.metadata.namespace === owner.metadata.name;
        const owned = (obj.metadata.ownerReferences ?? []).some((ref) => ref.uid === uid);
        if (!inDeletedNamespace && !owned) continue;
        try {
          this.delete(candidateDef, obj.metadata.namespace ?? '', obj.metadata.name ?? '');
        } catch (error) {
          if (!(error instanceof KubeApiError && error.code === 404)) throw error;
        }
      }
    }
  }
}
