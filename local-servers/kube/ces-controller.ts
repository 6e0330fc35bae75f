// A simulated ClusterExternalSecret controller, as
// pkg/controllers/clusterexternalsecret/clusterexternalsecret_controller.go runs (v2.9 line,
// or v0.16.2 to v0.19.x with `copiesForceSync: false`):
// reconcile picks the namespaces (spec.namespaces and the namespace selectors), and
// createOrUpdateExternalSecret writes each ExternalSecret with labels and annotations
// set to spec.externalSecretMetadata - so annotations written on the ExternalSecret by
// anyone else are reset - plus the CES's own external-secrets.io/force-sync annotation
// (esv1.AnnotationForceSync, since v0.20.0; earlier releases copy only the metadata),
// spec.externalSecretSpec and a controller reference. It Owns(ExternalSecret), so a change
// to an owned ExternalSecret reconciles its owner again. status.provisionedNamespaces is
// sorted; a namespace whose ExternalSecret is not owned fails with ESO's message.

import { KubeApiError } from './api-errors.ts';
import { asArray, asString, clone, field, isMap, jsonEqual, kubeTime, stringMap, type JsonMap, type KubeObject } from './objects.ts';
import { labelSelectorFromSpec } from './selectors.ts';
import type { ObjectStore, StoreEvent } from './store.ts';
import { WorkQueue } from './work-queue.ts';

const FORCE_SYNC = 'external-secrets.io/force-sync';
const GROUP = 'external-secrets.io';

const controllerOf = (es: KubeObject): { kind?: string; name?: string } | undefined => es.metadata.ownerReferences?.find((ref) => ref.controller === true);

/** isExternalSecretOwnedBy: the controller reference is this ClusterExternalSecret. */
const ownedBy = (es: KubeObject, cesName: string): boolean => {
  const owner = controllerOf(es);
  return owner?.kind === 'ClusterExternalSecret' && owner.name === cesName;
};

/**
 * The annotations createOrUpdateExternalSecret gives the ExternalSecret: v0.16.2 to v0.19.x copy
 * spec.externalSecretMetadata.annotations only; v0.20.0 and later then set or delete FORCE_SYNC
 * from the ClusterExternalSecret's own annotation.
 */
export const desiredAnnotations = (ces: KubeObject, copiesForceSync = true): Record<string, string> => {
  const annotations = { ...stringMap(field(ces, 'spec', 'externalSecretMetadata', 'annotations')) };
  if (!copiesForceSync) return annotations;
  const force = ces.metadata.annotations?.[FORCE_SYNC];
  if (force !== undefined) annotations[FORCE_SYNC] = force;
  else delete annotations[FORCE_SYNC];
  return annotations;
};

export class ClusterExternalSecretController {
  private readonly store: ObjectStore;
  private readonly queue: WorkQueue;
  private unsubscribe: (() => void) | undefined;
  /** False for ESO before v0.20.0, whose controller does not copy its own force-sync annotation. */
  private copiesForceSync = true;

  constructor(store: ObjectStore) {
    this.store = store;
    this.queue = new WorkQueue(
      (name) => this.reconcile(name),
      () => 1,
    );
  }

  start(): void {
    if (this.unsubscribe) return;
    this.queue.start();
    this.unsubscribe = this.store.subscribe((event) => {
      this.onEvent(event);
    });
    for (const ces of this.list()) this.queue.add(ces.metadata.name ?? '');
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.queue.stop();
  }

  reset(): void {
    this.queue.clear();
    this.copiesForceSync = true;
  }

  /** Acts as the given ESO line: `copiesForceSync: false` for v0.16.2 to v0.19.x. */
  configure(settings: { readonly copiesForceSync: boolean }): void {
    this.copiesForceSync = settings.copiesForceSync;
  }

  whenIdle(horizonMs = 200): Promise<void> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.queue.isIdle(horizonMs)) resolve();
        else setTimeout(check, 5);
      };
      check();
    });
  }

  private list(): KubeObject[] {
    const def = this.store.findDefinition(GROUP, 'clusterexternalsecrets');
    return def ? this.store.listStored(def) : [];
  }

  private onEvent(event: StoreEvent): void {
    const { resource, group } = event.def;
    if (resource === 'clusterexternalsecrets' && group === GROUP) {
      if (event.type !== 'DELETED') this.queue.add(event.object.metadata.name ?? '');
    } else if (resource === 'externalsecrets' && group === GROUP) {
      const owner = controllerOf(event.object);
      if (owner?.kind === 'ClusterExternalSecret' && owner.name) this.queue.add(owner.name);
    } else if (resource === 'namespaces' && group === '') {
      for (const ces of this.list()) this.queue.add(ces.metadata.name ?? '');
    }
  }

  /** GetTargetNamespaces: spec.namespaces plus every namespace a selector matches. */
  private targetNamespaces(ces: KubeObject): string[] {
    const names = new Set(asArray(field(ces, 'spec', 'namespaces')).filter((name): name is string => typeof name === 'string'));
    const selectors = [field(ces, 'spec', 'namespaceSelector'), ...asArray(field(ces, 'spec', 'namespaceSelectors'))].filter(isMap);
    for (const namespace of this.store.list('namespaces')) {
      if (selectors.some((selector) => labelSelectorFromSpec(selector).matches(namespace.metadata.labels ?? {}))) names.add(namespace.metadata.name ?? '');
    }
    return [...names].filter((name) => this.store.get('namespaces', '', name) !== undefined);
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- async so that a throw becomes the rejection the work queue retries on
  private async reconcile(name: string): Promise<void> {
    const def = this.store.resolve('clusterexternalsecrets');
    const ces = this.store.get(def, '', name);
    if (!ces) return;
    const esName = asString(field(ces, 'spec', 'externalSecretName')) || name;
    const provisioned: string[] = [];
    const failed: { namespace: string; reason: string }[] = [];
    let conflict = false;
    const wanted = this.targetNamespaces(ces);
    for (const namespace of wanted) {
      const existing = this.store.get('externalsecrets', namespace, esName);
      if (existing && !ownedBy(existing, name)) {
        failed.push({ namespace, reason: 'external secret already exists in namespace' });
        continue;
      }
      const metadata = {
        ...(existing?.metadata ?? { name: esName, namespace }),
        labels: stringMap(field(ces, 'spec', 'externalSecretMetadata', 'labels')),
        annotations: desiredAnnotations(ces, this.copiesForceSync),
        ownerReferences: [
          {
            apiVersion: ces.apiVersion ?? `${GROUP}/v1`,
            kind: 'ClusterExternalSecret',
            name,
            uid: ces.metadata.uid ?? '',
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      };
      const body: KubeObject = {
        ...(existing ?? {}),
        apiVersion: `${GROUP}/v1`,
        kind: 'ExternalSecret',
        metadata,
        spec: clone(field(ces, 'spec', 'externalSecretSpec') ?? {}),
      };
      try {
        if (!existing) this.store.create('externalsecrets', namespace, body);
        else if (!jsonEqual({ m: existing.metadata, s: existing.spec }, { m: { ...existing.metadata, ...metadata }, s: body.spec })) {
          this.store.replace('externalsecrets', namespace, esName, body);
        }
        provisioned.push(namespace);
      } catch (error) {
        if (error instanceof KubeApiError && error.code === 409) conflict = true;
        failed.push({ namespace, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    // deleteOutdatedExternalSecrets: namespaces provisioned before but no longer selected.
    for (const namespace of asArray(field(ces, 'status', 'provisionedNamespaces'))) {
      if (typeof namespace !== 'string' || wanted.includes(namespace)) continue;
      const es = this.store.get('externalsecrets', namespace, esName);
      if (es && ownedBy(es, name)) this.store.delete('externalsecrets', namespace, esName);
    }
    provisioned.sort();
    const status: JsonMap = {
      ...(isMap(ces.status) ? clone(ces.status) : {}),
      externalSecretName: esName,
      provisionedNamespaces: provisioned,
      conditions: [{ type: failed.length > 0 ? 'PartiallyReady' : 'Ready', status: 'True', lastTransitionTime: kubeTime() }],
    };
    if (failed.length > 0) status.failedNamespaces = failed;
    else delete status.failedNamespaces;
    const latest = this.store.get(def, '', name);
    if (latest && !jsonEqual({ ...status, conditions: null }, { ...(isMap(latest.status) ? latest.status : {}), conditions: null })) {
      try {
        this.store.replace(def, '', name, { ...latest, status }, { status: true });
      } catch (error) {
        if (!(error instanceof KubeApiError && (error.code === 409 || error.code === 404))) throw error;
        conflict = true;
      }
    }
    if (conflict) this.queue.add(name, 50);
  }
}
