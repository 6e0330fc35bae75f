// Shapes and accessors for Kubernetes objects held as plain JSON.

export type JsonMap = Record<string, unknown>;

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  finalizers?: string[];
  [key: string]: unknown;
}

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  [key: string]: unknown;
}

export const isMap = (value: unknown): value is JsonMap => typeof value === 'object' && value !== null && !Array.isArray(value);

export const asMap = (value: unknown): JsonMap | undefined => (isMap(value) ? value : undefined);

export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export const asNumber = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Reads a nested field; undefined when any step is missing or not a map. */
export const field = (value: unknown, ...path: string[]): unknown => {
  let current: unknown = value;
  for (const key of path) {
    if (!isMap(current)) return undefined;
    current = current[key];
  }
  return current;
};

/** Returns the map at `path`, creating empty maps on the way. */
export const ensureMap = (root: JsonMap, ...path: string[]): JsonMap => {
  let current = root;
  for (const key of path) {
    const next = current[key];
    if (isMap(next)) {
      current = next;
    } else {
      const created: JsonMap = {};
      current[key] = created;
      current = created;
    }
  }
  return current;
};

export const stringMap = (value: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  if (!isMap(value)) return out;
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === 'string') out[key] = entry;
  }
  return out;
};

export const clone = <T>(value: T): T => structuredClone(value);

/** Structural equality of JSON values (key order ignored). */
export const jsonEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => jsonEqual(item, b[index]));
  }
  if (isMap(a)) {
    if (!isMap(b)) return false;
    const aKeys = Object.keys(a).filter((key) => a[key] !== undefined);
    const bKeys = Object.keys(b).filter((key) => b[key] !== undefined);
    if (aKeys.length !== bKeys.length) return false;
    return aKeys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
  }
  return false;
};

/** metav1.Time serialises with second precision. */
export const kubeTime = (date: Date = new Date()): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export const objectName = (obj: KubeObject): string => obj.metadata.name ?? '';
export const objectNamespace = (obj: KubeObject): string => obj.metadata.namespace ?? '';
