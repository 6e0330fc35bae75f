// The three patch formats the apiserver accepts: JSON merge patch (RFC 7386), strategic merge
// patch (k8s.io/apimachinery/pkg/util/strategicpatch) and JSON patch (RFC 6902).

import { KubeApiError, badRequest } from './api-errors.ts';
import { clone, isMap, jsonEqual, type JsonMap } from './objects.ts';

export const applyMergePatch = (target: unknown, patch: unknown): unknown => {
  if (!isMap(patch)) return clone(patch);
  const result: JsonMap = isMap(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete result[key];
    } else {
      result[key] = applyMergePatch(result[key], value);
    }
  }
  return result;
};

/**
 * The patch metadata of a Go type, as its struct tags declare it:
 * `patchMergeKey` for lists of maps merged by a key, `patchStrategy:"merge"` for lists of scalars
 * merged as sets. Lists without either are replaced whole.
 */
export interface PatchSchema {
  fields?: Record<string, PatchSchema>;
  mergeKey?: string;
  scalarSet?: boolean;
  items?: PatchSchema;
}

const containerSchema: PatchSchema = {
  fields: {
    env: { mergeKey: 'name' },
    ports: { mergeKey: 'containerPort' },
    volumeMounts: { mergeKey: 'mountPath' },
    volumeDevices: { mergeKey: 'devicePath' },
    resizePolicy: { mergeKey: 'resourceName' },
  },
};

export const objectMetaSchema: PatchSchema = {
  fields: {
    finalizers: { scalarSet: true },
    ownerReferences: { mergeKey: 'uid' },
  },
};

export const podSpecSchema: PatchSchema = {
  fields: {
    containers: { mergeKey: 'name', items: containerSchema },
    initContainers: { mergeKey: 'name', items: containerSchema },
    ephemeralContainers: { mergeKey: 'name', items: containerSchema },
    volumes: { mergeKey: 'name' },
    imagePullSecrets: { mergeKey: 'name' },
    hostAliases: { mergeKey: 'ip' },
    topologySpreadConstraints: { mergeKey: 'topologyKey' },
    resourceClaims: { mergeKey: 'name' },
    schedulingGates: { mergeKey: 'name' },
  },
};

export const podTemplateSchema: PatchSchema = { fields: { metadata: objectMetaSchema, spec: podSpecSchema } };

const conditionsByType: PatchSchema = { mergeKey: 'type' };

export const workloadSchema: PatchSchema = {
  fields: {
    metadata: objectMetaSchema,
    spec: { fields: { template: podTemplateSchema } },
    status: { fields: { conditions: conditionsByType } },
  },
};

export const podSchema: PatchSchema = {
  fields: {
    metadata: objectMetaSchema,
    spec: podSpecSchema,
    status: {
      fields: {
        conditions: conditionsByType,
        podIPs: { mergeKey: 'ip' },
      },
    },
  },
};

export const namespaceSchema: PatchSchema = {
  fields: { metadata: objectMetaSchema, status: { fields: { conditions: conditionsByType } } },
};

export const genericSchema: PatchSchema = { fields: { metadata: objectMetaSchema } };

const directiveKey = '$patch';
const retainKeysKey = '$retainKeys';
const setElementOrderPrefix = '$setElementOrder/';
const deleteFromPrimitiveListPrefix = '$deleteFromPrimitiveList/';

const invalidPatch = (message: string): KubeApiError => new KubeApiError(422, 'Invalid', message);

/** Removes patch directives from a value that is being inserted rather than merged. */
const stripDirectives = (value: unknown, schema: PatchSchema | undefined): unknown => {
  if (Array.isArray(value)) {
    return value
      .filter((item) => !(isMap(item) && Object.keys(item).length === 1 && item[directiveKey] !== undefined))
      .map((item) => stripDirectives(item, schema?.items));
  }
  if (!isMap(value)) return value;
  const result: JsonMap = {};
  for (const [key, entry] of Object.entries(value)) {
    if (key === directiveKey || key === retainKeysKey || key.startsWith(setElementOrderPrefix) || key.startsWith(deleteFromPrimitiveListPrefix)) continue;
    if (entry === null) continue;
    result[key] = stripDirectives(entry, schema?.fields?.[key]);
  }
  return result;
};

const mergeList = (original: unknown, patch: unknown[], schema: PatchSchema | undefined): unknown[] => {
  const replaceMarker = patch.findIndex((item) => isMap(item) && item[directiveKey] === 'replace');
  if (replaceMarker >= 0) {
    return stripDirectives(
      patch.filter((_, index) => index !== replaceMarker),
      schema,
    ) as unknown[];
  }
  const originalList: unknown[] = Array.isArray(original) ? original : [];
  if (schema?.scalarSet) {
    const result = [...originalList];
    for (const item of patch) {
      if (!result.some((existing) => jsonEqual(existing, item))) result.push(clone(item));
    }
    return result;
  }
  const mergeKey = schema?.mergeKey;
  if (!mergeKey) return stripDirectives(patch, schema) as unknown[];
  const result: unknown[] = originalList.map((item) => clone(item));
  for (const item of patch) {
    if (!isMap(item)) throw invalidPatch(`unable to find api field in struct for the list element ${JSON.stringify(item)}`);
    const key = item[mergeKey];
    if (key === undefined) {
      throw invalidPatch(`map: ${JSON.stringify(item)} does not contain declared merge key: ${mergeKey}`);
    }
    const index = result.findIndex((existing) => isMap(existing) && jsonEqual(existing[mergeKey], key));
    if (item[directiveKey] === 'delete') {
      if (index >= 0) {
        for (let i = result.length - 1; i >= 0; i -= 1) {
          const existing = result[i];
          if (isMap(existing) && jsonEqual(existing[mergeKey], key)) result.splice(i, 1);
        }
      }
      continue;
    }
    if (index >= 0) {
      const merged = strategicMerge(result[index], item, schema.items);
      if (merged === undefined) result.splice(index, 1);
      else result[index] = merged;
    } else {
      result.push(stripDirectives(item, schema.items));
    }
  }
  return result;
};

/** Returns undefined when the patch deletes the whole map (`$patch: delete`). */
export const strategicMerge = (original: unknown, patch: unknown, schema: PatchSchema | undefined): unknown => {
  if (!isMap(patch)) return clone(patch);
  const directive = patch[directiveKey];
  if (directive === 'delete') return undefined;
  if (directive === 'replace') return stripDirectives(patch, schema);
  if (directive !== undefined && directive !== 'merge') {
    throw invalidPatch(`Unknown patch type: ${String(directive)} in map: ${JSON.stringify(patch)}`);
  }
  const result: JsonMap = isMap(original) ? { ...original } : {};
  const deletions: [string, unknown[]][] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (key === directiveKey || key === retainKeysKey || key.startsWith(setElementOrderPrefix)) continue;
    if (key.startsWith(deleteFromPrimitiveListPrefix)) {
      deletions.push([key.slice(deleteFromPrimitiveListPrefix.length), Array.isArray(value) ? value : []]);
      continue;
    }
    const fieldSchema = schema?.fields?.[key];
    if (value === null) {
      delete result[key];
    } else if (Array.isArray(value)) {
      result[key] = mergeList(result[key], value, fieldSchema);
    } else if (isMap(value)) {
      const merged = strategicMerge(result[key], value, fieldSchema);
      if (merged === undefined) delete result[key];
      else result[key] = merged;
    } else {
      result[key] = value;
    }
  }
  for (const [key, values] of deletions) {
    const list = result[key];
    if (Array.isArray(list)) result[key] = list.filter((item) => !values.some((value) => jsonEqual(value, item)));
  }
  const retainKeys = patch[retainKeysKey];
  if (Array.isArray(retainKeys)) {
    for (const key of Object.keys(result)) {
      if (!retainKeys.includes(key)) delete result[key];
    }
  }
  return result;
};

// RFC 6901 pointers and RFC 6902 operations.

const parsePointer = (pointer: string): string[] => {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw invalidPatch(`JSON pointer must start with '/': "${pointer}"`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
};

const missingPath = (op: string, path: string): KubeApiError => invalidPatch(`${op} operation does not apply: doc is missing path: "${path}": missing value`);

const resolveParent = (doc: unknown, tokens: string[], op: string, path: string): unknown => {
  let current = doc;
  for (const token of tokens.slice(0, -1)) {
    if (Array.isArray(current)) {
      const index = Number(token);
      if (!/^\d+$/.test(token) || index >= current.length) throw missingPath(op, path);
      current = current[index];
    } else if (isMap(current)) {
      if (!Object.hasOwn(current, token)) throw missingPath(op, path);
      current = current[token];
    } else {
      throw missingPath(op, path);
    }
  }
  return current;
};

const readPointer = (doc: unknown, path: string, op: string): unknown => {
  const tokens = parsePointer(path);
  if (tokens.length === 0) return doc;
  const parent = resolveParent(doc, tokens, op, path);
  const last = tokens[tokens.length - 1] ?? '';
  if (Array.isArray(parent)) {
    const index = Number(last);
    if (!/^\d+$/.test(last) || index >= parent.length) throw missingPath(op, path);
    return parent[index];
  }
  if (isMap(parent) && Object.hasOwn(parent, last)) return parent[last];
  throw missingPath(op, path);
};

const removePointer = (doc: unknown, path: string, op: string): unknown => {
  const tokens = parsePointer(path);
  const parent = resolveParent(doc, tokens, op, path);
  const last = tokens[tokens.length - 1] ?? '';
  if (Array.isArray(parent)) {
    const index = Number(last);
    if (!/^\d+$/.test(last) || index >= parent.length) throw missingPath(op, path);
    return parent.splice(index, 1)[0];
  }
  if (isMap(parent) && Object.hasOwn(parent, last)) {
    const value = parent[last];
    delete parent[last];
    return value;
  }
  throw missingPath(op, path);
};

const addPointer = (doc: unknown, path: string, value: unknown, op: string): unknown => {
  const tokens = parsePointer(path);
  if (tokens.length === 0) return value;
  const parent = resolveParent(doc, tokens, op, path);
  const last = tokens[tokens.length - 1] ?? '';
  if (Array.isArray(parent)) {
    if (last === '-') {
      parent.push(value);
    } else {
      const index = Number(last);
      if (!/^\d+$/.test(last) || index > parent.length) throw missingPath(op, path);
      parent.splice(index, 0, value);
    }
  } else if (isMap(parent)) {
    parent[last] = value;
  } else {
    throw missingPath(op, path);
  }
  return doc;
};

export const applyJsonPatch = (document: unknown, patch: unknown): unknown => {
  if (!Array.isArray(patch)) {
    throw badRequest(`json: cannot unmarshal ${isMap(patch) ? 'object' : typeof patch} into Go value of type jsonpatch.Patch`);
  }
  let doc = clone(document);
  for (const operation of patch) {
    if (!isMap(operation)) throw badRequest('json: cannot unmarshal into Go value of type jsonpatch.Operation');
    const op = String(operation.op ?? '');
    const path = typeof operation.path === 'string' ? operation.path : undefined;
    if (path === undefined) throw invalidPatch(`${op} operation does not apply: doc is missing path: "": missing value`);
    switch (op) {
      case 'add':
        doc = addPointer(doc, path, clone(operation.value), op);
        break;
      case 'remove':
        removePointer(doc, path, op);
        break;
      case 'replace': {
        const tokens = parsePointer(path);
        if (tokens.length === 0) {
          doc = clone(operation.value);
        } else {
          readPointer(doc, path, op);
          removePointer(doc, path, op);
          doc = addPointer(doc, path, clone(operation.value), op);
        }
        break;
      }
      case 'move': {
        const from = String(operation.from ?? '');
        const value = removePointer(doc, from, op);
        doc = addPointer(doc, path, value, op);
        break;
      }
      case 'copy': {
        const from = String(operation.from ?? '');
        doc = addPointer(doc, path, clone(readPointer(doc, from, op)), op);
        break;
      }
      case 'test': {
        const actual = readPointer(doc, path, op);
        if (!jsonEqual(actual, operation.value)) {
          throw invalidPatch(`testing value ${path} failed: test failed`);
        }
        break;
      }
      default:
        throw invalidPatch(`Unexpected kind: ${op}`);
    }
  }
  return doc;
};
