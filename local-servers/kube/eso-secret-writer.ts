// The simulated ESO's write of the target Secret: the mutation function of
// Reconcile (externalsecret_controller.go), ApplyTemplate
// (externalsecret_controller_template.go), applyOwnership, createSecret / updateSecret
// (an immutable existing Secret is ErrSecretImmutable), and DeletionPolicy=Delete.

import { KubeApiError } from './api-errors.ts';
import { annotationDataHash, esoDataHash, labelManaged, labelOwner, objectHash, secretData } from './eso-rules.ts';
import { asString, clone, field, isMap, jsonEqual, stringMap, type JsonMap, type KubeObject } from './objects.ts';
import type { ObjectStore } from './store.ts';

export type WriteOutcome = 'written' | 'unchanged' | 'retained' | 'missing' | 'deleted' | 'not-deletable' | 'owned-by-other' | 'immutable' | 'conflict';

/** What this ExternalSecret last copied into its Secret, so a later write removes it first (templating.GetManaged*Keys). */
export interface Managed {
  labels: string[];
  annotations: string[];
  dataKeys: string[];
}

/** Renders `{{ .key }}` references to the provider data (a small subset of ESO's Go templates, engine v2). */
export const renderTemplate = (text: string, data: Record<string, Buffer>): string =>
  text.replace(/\{\{-?\s*\.([A-Za-z0-9_]+)\s*-?\}\}/g, (_whole, key: string) => data[key]?.toString('utf8') ?? '');

/** ApplyTemplate's data: provider data kept without a template or with mergePolicy Merge; template data overrides. */
export function templatedData(es: KubeObject, base: Record<string, Buffer>, data: Record<string, Buffer>): Record<string, Buffer> {
  const result: Record<string, Buffer> = { ...base };
  const template = field(es, 'spec', 'target', 'template');
  if (!isMap(template)) return Object.assign(result, data);
  const templateData = stringMap(template.data);
  const noTemplate = Object.keys(templateData).length === 0 && !(Array.isArray(template.templateFrom) && template.templateFrom.length > 0);
  if (template.mergePolicy === 'Merge' || noTemplate) Object.assign(result, data);
  for (const [key, text] of Object.entries(templateData)) result[key] = Buffer.from(renderTemplate(text, data));
  return result;
}

export function writeSecret(
  store: ObjectStore,
  es: KubeObject,
  secretName: string,
  data: Record<string, Buffer>,
  status: JsonMap,
  previous: Managed | undefined,
): { outcome: WriteOutcome; managed?: Managed } {
  const namespace = es.metadata.namespace ?? '';
  const creationPolicy = asString(field(es, 'spec', 'target', 'creationPolicy')) ?? 'Owner';
  const deletionPolicy = asString(field(es, 'spec', 'target', 'deletionPolicy')) ?? 'Retain';
  const targetImmutable = field(es, 'spec', 'target', 'immutable') === true;
  const existing = store.get('secrets', namespace, secretName);
  if (Object.keys(data).length === 0 && deletionPolicy === 'Retain') return { outcome: 'retained' };
  if (Object.keys(data).length === 0 && deletionPolicy === 'Delete') {
    // "safeguard that we only can delete secrets we own" - not retried.
    if (creationPolicy !== 'Owner') return { outcome: 'not-deletable' };
    if (existing) store.delete('secrets', namespace, secretName);
    return { outcome: 'deleted' };
  }
  if (creationPolicy === 'None') return { outcome: 'unchanged' };
  if (creationPolicy === 'Merge' && !existing) return { outcome: 'missing' };

  const controllerRef = existing?.metadata.ownerReferences?.find((ref) => ref.controller === true);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a stored object is the client's JSON, which may lack apiVersion whatever the type says
  const ownerIsES = controllerRef?.kind === 'ExternalSecret' && (controllerRef.apiVersion ?? '').startsWith('external-secrets.io/');
  if (ownerIsES && controllerRef.name !== es.metadata.name) return { outcome: 'owned-by-other' };

  const secret: KubeObject = existing ? clone(existing) : { apiVersion: 'v1', kind: 'Secret', metadata: { name: secretName, namespace }, type: 'Opaque' };
  const labels = { ...(secret.metadata.labels ?? {}) };
  const annotations = { ...(secret.metadata.annotations ?? {}) };
  for (const label of previous?.labels ?? []) delete labels[label];
  for (const annotation of previous?.annotations ?? []) delete annotations[annotation];
  const template = field(es, 'spec', 'target', 'template');
  const copiedLabels = isMap(template) ? stringMap(field(template, 'metadata', 'labels')) : (es.metadata.labels ?? {});
  const copiedAnnotations = isMap(template) ? stringMap(field(template, 'metadata', 'annotations')) : (es.metadata.annotations ?? {});
  Object.assign(labels, copiedLabels);
  Object.assign(annotations, copiedAnnotations);

  // An immutable target that exists is never re-templated (objectDoesNotExistOrCanBeMutated).
  const mutable = !existing || !targetImmutable;
  let merged = secretData(existing);
  if (mutable) {
    const kept = creationPolicy === 'Merge' || creationPolicy === 'CreateOrMerge' ? secretData(existing) : {};
    for (const key of previous?.dataKeys ?? []) delete kept[key];
    merged = templatedData(es, kept, data);
  }
  const ownDataKeys = Object.keys(templatedData(es, {}, data));
  if (targetImmutable) secret.immutable = true;
  if (creationPolicy === 'Owner') {
    labels[labelOwner] = objectHash(`${namespace}/${es.metadata.name ?? ''}`);
    const ownerRefs = (secret.metadata.ownerReferences ?? []).filter((ref) => ref.controller !== true);
    ownerRefs.push({
      apiVersion: es.apiVersion ?? 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      name: es.metadata.name ?? '',
      uid: es.metadata.uid ?? '',
      controller: true,
      blockOwnerDeletion: true,
    });
    secret.metadata.ownerReferences = ownerRefs;
  } else {
    delete labels[labelOwner];
    const ownerRefs = (secret.metadata.ownerReferences ?? []).filter((ref) => !(ref.controller === true && ref.kind === 'ExternalSecret'));
    if (ownerRefs.length > 0) secret.metadata.ownerReferences = ownerRefs;
    else delete secret.metadata.ownerReferences;
  }
  labels[labelManaged] = 'true';
  annotations[annotationDataHash] = esoDataHash(merged);
  secret.metadata.labels = labels;
  secret.metadata.annotations = annotations;
  const encoded: Record<string, string> = {};
  for (const [dataKey, value] of Object.entries(merged)) encoded[dataKey] = value.toString('base64');
  secret.data = encoded;
  if (Object.keys(encoded).length === 0) delete secret.data;

  const managed: Managed = { labels: Object.keys(copiedLabels), annotations: Object.keys(copiedAnnotations), dataKeys: ownDataKeys };
  status.binding = { name: secretName };
  // updateSecret: an immutable Secret may change its metadata only.
  if (existing?.immutable === true && !jsonEqual(secret.data ?? {}, existing.data ?? {})) return { outcome: 'immutable' };
  try {
    if (!existing) {
      store.create('secrets', namespace, secret);
      store.recordEvent(es, 'Normal', 'Created', 'secret created', 'external-secrets');
      return { outcome: 'written', managed };
    }
    if (jsonEqual(secret, existing)) return { outcome: 'unchanged', managed };
    store.replace('secrets', namespace, secretName, secret);
    store.recordEvent(es, 'Normal', 'Updated', 'secret updated', 'external-secrets');
    return { outcome: 'written', managed };
  } catch (error) {
    if (error instanceof KubeApiError && error.code === 409) return { outcome: 'conflict' };
    throw error;
  }
}
