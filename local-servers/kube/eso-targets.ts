// The simulated ESO's other writes: a generic target (spec.target.manifest,
// externalsecret_controller_manifest.go / reconcileGenericTarget) and the SecretStore
// controller's Ready condition.

import { KubeApiError } from './api-errors.ts';
import * as rules from './eso-rules.ts';
import type { Managed, WriteOutcome } from './eso-secret-writer.ts';
import { asString, clone, field, isMap, jsonEqual, type JsonMap, type KubeObject } from './objects.ts';
import type { ObjectStore } from './store.ts';

/** reconcileGenericTarget for spec.target.manifest kind ConfigMap: the data as strings. */
export function writeGenericTarget(
  store: ObjectStore,
  es: KubeObject,
  name: string,
  data: Record<string, Buffer>,
): { outcome: WriteOutcome; managed?: Managed } {
  const kind = asString(field(es, 'spec', 'target', 'manifest', 'kind'));
  if (kind !== 'ConfigMap') throw new Error(`generic target kind ${kind ?? ''} is not supported by the local ESO simulation`);
  const namespace = es.metadata.namespace ?? '';
  const body: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace, labels: { [rules.labelManaged]: 'true' } }, data: {} };
  for (const [key, value] of Object.entries(data)) (body.data as JsonMap)[key] = value.toString('utf8');
  const existing = store.get('configmaps', namespace, name);
  if (existing && jsonEqual(existing.data, body.data)) return { outcome: 'unchanged' };
  if (existing) store.replace('configmaps', namespace, name, { ...existing, data: body.data });
  else store.create('configmaps', namespace, body);
  return { outcome: 'written' };
}

/** The SecretStore controller's part: a store that exists is validated and Ready. */
export function validateStore(store: ObjectStore, resource: string, namespace: string, name: string): void {
  const def = store.resolve(resource);
  const secretStore = store.get(def, namespace, name);
  if (!secretStore) return;
  const status: JsonMap = isMap(secretStore.status) ? clone(secretStore.status) : {};
  const before = clone(status);
  rules.setCondition(status, { type: 'Ready', status: 'True', reason: 'Valid', message: 'store validated' });
  status.capabilities = 'ReadWrite';
  if (jsonEqual(before, status)) return;
  try {
    store.replace(def, namespace, name, { ...secretStore, status }, { status: true });
  } catch (error) {
    if (error instanceof KubeApiError && error.code === 409)
      setImmediate(() => {
        validateStore(store, resource, namespace, name);
      });
    else if (!(error instanceof KubeApiError && error.code === 404)) throw error;
  }
}
