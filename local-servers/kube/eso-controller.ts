// A simulated External Secrets Operator that follows ESO's own rules
// (pkg/controllers/externalsecret/externalsecret_controller.go, Reconcile, v1 API):
// one work queue with --concurrent=1 by default, the finalizer patch on the first
// reconcile, shouldRefresh, GetProviderSecretData (eso-provider.ts), the target write
// (eso-secret-writer.ts), markAsDone / markAsFailed with ESO's reasons and messages, the
// per-item failure backoff (1 s base, 7 min cap) for retried errors and no requeue for
// the errors ESO does not retry. The rules themselves are in eso-rules.ts.

import { KubeApiError } from './api-errors.ts';
import { EsoProvider, type SsmConnection } from './eso-provider.ts';
import * as rules from './eso-rules.ts';
import { writeSecret, type Managed, type WriteOutcome } from './eso-secret-writer.ts';
import { validateStore, writeGenericTarget } from './eso-targets.ts';
import { asString, clone, field, isMap, jsonEqual, kubeTime, type JsonMap, type KubeObject } from './objects.ts';
import type { ObjectStore, StoreEvent } from './store.ts';
import { WorkQueue } from './work-queue.ts';
import { defaultSettings, type EsoBehaviour, type EsoSettings, type SyncRecord } from './eso-settings.ts';

export { esoDataHash, esoResourceVersion, isSecretValid, shouldRefresh, labelManaged, labelOwner, annotationDataHash } from './eso-rules.ts';
export type { SsmConnection } from './eso-provider.ts';
export type { EsoBehaviour, EsoMode, EsoSettings, SyncRecord } from './eso-settings.ts';

const keyOf = (namespace: string, name: string): string => `${namespace}/${name}`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** What ESO does after each write outcome: the Ready condition, and whether it retries. */
const OUTCOMES: Record<WriteOutcome, { done?: [reason: string, message: string]; failed?: string; retried?: boolean }> = {
  written: { done: ['SecretSynced', rules.msgSynced] },
  unchanged: { done: ['SecretSynced', rules.msgSynced] },
  retained: { done: ['SecretSynced', rules.msgSyncedRetain] },
  missing: { done: ['SecretMissing', rules.msgMissing] },
  deleted: { done: ['SecretDeleted', rules.msgDeleted] },
  'not-deletable': { failed: rules.msgErrorDeleteSecret, retried: false },
  'owned-by-other': { failed: rules.msgErrorIsOwned, retried: false },
  immutable: { failed: rules.msgErrorUpdateImmutable, retried: false },
  conflict: {},
};

export class EsoController {
  private readonly store: ObjectStore;
  private readonly provider: EsoProvider;
  private settingsValue: EsoSettings;
  private readonly initialSettings: EsoSettings;
  private readonly queue: WorkQueue;
  private readonly failures = new Map<string, number>();
  private readonly failedReads = new Map<string, number>();
  private readonly managed = new Map<string, Managed>();
  private readonly records: SyncRecord[] = [];
  private unsubscribe: (() => void) | undefined;

  constructor(store: ObjectStore, ssm: SsmConnection, settings: Partial<EsoSettings>) {
    this.store = store;
    this.provider = new EsoProvider(store, ssm);
    this.initialSettings = { ...defaultSettings(), ...clone(settings) };
    this.settingsValue = clone(this.initialSettings);
    this.queue = new WorkQueue(
      (key) => this.reconcile(key),
      () => this.settingsValue.concurrency,
    );
  }

  get settings(): EsoSettings {
    return clone(this.settingsValue);
  }

  /** Changes settings; enabling (or re-enabling) reconciles every ExternalSecret. */
  configure(settings: Partial<EsoSettings>): void {
    const wasEnabled = this.settingsValue.enabled;
    this.settingsValue = { ...this.settingsValue, ...clone(settings) };
    if (this.settingsValue.enabled && (!wasEnabled || settings.mode !== undefined || settings.overrides !== undefined)) this.enqueueAll();
  }

  /** Behaviour for one ExternalSecret (null removes the override). */
  override(namespace: string, name: string, behaviour: Partial<EsoBehaviour> | null): void {
    const overrides = { ...this.settingsValue.overrides };
    if (behaviour === null) delete overrides[keyOf(namespace, name)];
    else overrides[keyOf(namespace, name)] = { ...overrides[keyOf(namespace, name)], ...behaviour };
    this.settingsValue.overrides = overrides;
    this.failedReads.delete(keyOf(namespace, name));
    this.enqueue(namespace, name, 0);
  }

  setSsm(connection: SsmConnection): void {
    this.provider.ssm = { ...connection };
    this.provider.closeClients();
  }

  get ssmConnection(): SsmConnection {
    return { ...this.provider.ssm };
  }

  /** Syncs performed (provider read + Secret write) and failures, oldest first. */
  get syncs(): SyncRecord[] {
    return this.records.map((record) => ({ ...record }));
  }

  syncCount(namespace: string, name: string, outcome: SyncRecord['outcome'] = 'synced'): number {
    return this.records.filter((record) => record.namespace === namespace && record.name === name && record.outcome === outcome).length;
  }

  start(): void {
    if (this.unsubscribe) return;
    this.queue.start();
    this.unsubscribe = this.store.subscribe((event) => {
      this.onEvent(event);
    });
    this.enqueueAll();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.queue.stop();
    this.provider.closeClients();
  }

  reset(): void {
    this.queue.clear();
    this.failures.clear();
    this.failedReads.clear();
    this.managed.clear();
    this.records.length = 0;
    this.settingsValue = clone(this.initialSettings);
  }

  /** Resolves once no reconcile is queued to run within `horizonMs` and none is running. */
  whenIdle(horizonMs = 1000): Promise<void> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.queue.isIdle(horizonMs)) resolve();
        else setTimeout(check, 5);
      };
      check();
    });
  }

  /** Reconciles one ExternalSecret now (outside the queue). */
  async reconcileNow(namespace: string, name: string): Promise<void> {
    await this.reconcile(keyOf(namespace, name));
  }

  private onEvent(event: StoreEvent): void {
    if (!this.settingsValue.enabled || !this.unsubscribe) return;
    const { resource, group } = event.def;
    const namespace = event.object.metadata.namespace ?? '';
    const name = event.object.metadata.name ?? '';
    if (resource === 'externalsecrets' && group === 'external-secrets.io') {
      if (event.type === 'DELETED') {
        this.queue.forget(keyOf(namespace, name));
        this.failures.delete(keyOf(namespace, name));
        this.managed.delete(keyOf(namespace, name));
        return;
      }
      this.enqueue(namespace, name, this.behaviourFor(namespace, name).syncDelayMs);
    } else if ((resource === 'secretstores' || resource === 'clustersecretstores') && group === 'external-secrets.io') {
      if (event.type !== 'DELETED')
        setImmediate(() => {
          validateStore(this.store, resource, namespace, name);
        });
    } else if (resource === 'secrets' && group === '') {
      // findObjectsForSecret: Secrets carrying the managed label map back to the ExternalSecrets targeting them.
      const managed = event.object.metadata.labels?.[rules.labelManaged] === 'true' || event.previous?.metadata.labels?.[rules.labelManaged] === 'true';
      if (!managed) return;
      for (const es of this.store.listStored(this.store.resolve('externalsecrets'), namespace)) {
        if ((asString(field(es, 'spec', 'target', 'name')) || es.metadata.name) === name) this.enqueue(namespace, es.metadata.name ?? '', 0);
      }
    }
  }

  private behaviourFor(namespace: string, name: string): EsoBehaviour {
    const override = this.settingsValue.overrides[keyOf(namespace, name)] ?? {};
    const base = this.settingsValue;
    return {
      mode: override.mode ?? base.mode,
      syncDelayMs: override.syncDelayMs ?? base.syncDelayMs,
      failureMessage: override.failureMessage ?? base.failureMessage,
      failTimes: override.failTimes ?? base.failTimes,
    };
  }

  private enqueueAll(): void {
    if (!this.unsubscribe) return;
    for (const es of this.store.listStored(this.store.resolve('externalsecrets'))) {
      const namespace = es.metadata.namespace ?? '';
      const name = es.metadata.name ?? '';
      this.enqueue(namespace, name, this.behaviourFor(namespace, name).syncDelayMs);
    }
  }

  private enqueue(namespace: string, name: string, delayMs: number): void {
    if (this.unsubscribe) this.queue.add(keyOf(namespace, name), delayMs);
  }

  private async reconcile(key: string): Promise<void> {
    const [namespace = '', name = ''] = key.split('/');
    if (this.settingsValue.reconcileMs > 0) await sleep(this.settingsValue.reconcileMs);
    const esDef = this.store.resolve('externalsecrets');
    let es = this.store.get(esDef, namespace, name);
    if (!es || es.metadata.deletionTimestamp) return;
    const behaviour = this.behaviourFor(namespace, name);
    if (behaviour.mode === 'stuck') return;
    // "Add finalizer if it doesn't exist" with a Patch: the object's resourceVersion moves.
    if (!(es.metadata.finalizers ?? []).includes(rules.finalizerName)) {
      try {
        es = this.store.replace(esDef, namespace, name, {
          ...es,
          metadata: { ...es.metadata, finalizers: [...(es.metadata.finalizers ?? []), rules.finalizerName] },
        });
      } catch (error) {
        if (error instanceof KubeApiError && (error.code === 409 || error.code === 404)) {
          this.enqueue(namespace, name, 0);
          return;
        }
        throw error;
      }
    }
    const start = new Date();
    const secretName = asString(field(es, 'spec', 'target', 'name')) || name;
    if (rules.isGenericTarget(es)) {
      // Reconcile, v1.0.0+: validateGenericTarget fails -> markAsFailed("invalid generic target",
      // SecretSyncedError) and ctrl.Result{} ("don't requeue"), externalsecret_controller.go.
      const invalid = rules.genericTargetError(es, this.settingsValue.allowGenericTargets);
      if (invalid) {
        const status: JsonMap = isMap(es.status) ? clone(es.status) : {};
        const original = clone(status);
        this.markAsFailed(es, status, rules.msgInvalidGenericTarget, invalid, false);
        if (!jsonEqual(status, original)) this.writeStatus(es, status);
        this.failures.delete(key);
        return;
      }
    }
    const existing = this.store.get('secrets', namespace, secretName);
    if (!rules.isGenericTarget(es) && !rules.shouldRefresh(es, start.getTime()) && rules.isSecretValid(existing, es)) {
      this.scheduleRefresh(es);
      return;
    }

    const status: JsonMap = isMap(es.status) ? clone(es.status) : {};
    const original = clone(status);
    let retry: 'now' | 'backoff' | 'never' | undefined;
    try {
      const data = await this.readProvider(es, key, behaviour);
      const generic = rules.isGenericTarget(es);
      const { outcome, managed } = generic
        ? writeGenericTarget(this.store, es, secretName, data)
        : writeSecret(this.store, es, secretName, data, status, this.managed.get(key));
      if (managed) this.managed.set(key, managed);
      const effect = OUTCOMES[outcome];
      if (effect.done) {
        const reason = generic ? effect.done[0].replace('Secret', 'Resource') : effect.done[0];
        this.markAsDone(es, status, start, reason, effect.done[1]);
      } else if (effect.failed) {
        this.markAsFailed(es, status, effect.failed, `${effect.failed}: ${secretName}`, generic);
        retry = 'never';
      } else retry = 'now';
    } catch (error) {
      this.markAsFailed(es, status, rules.msgErrorGetSecretData, error instanceof Error ? error.message : String(error), rules.isGenericTarget(es));
      retry = 'backoff';
    }
    if (!jsonEqual(status, original)) {
      try {
        this.store.replace(esDef, namespace, name, { ...es, status }, { status: true });
      } catch (error) {
        if (error instanceof KubeApiError && error.code === 409) retry ??= 'now';
        else if (!(error instanceof KubeApiError && error.code === 404)) throw error;
      }
    }
    if (retry === 'now') {
      this.enqueue(namespace, name, 0);
      return;
    }
    if (retry === 'backoff') {
      const failures = (this.failures.get(key) ?? 0) + 1;
      this.failures.set(key, failures);
      this.enqueue(namespace, name, rules.failureDelayMs(failures, this.settingsValue.retryBaseDelayMs, this.settingsValue.maxRetryDelayMs));
      return;
    }
    this.failures.delete(key);
    // A failure ESO does not retry returns ctrl.Result{}: nothing is requeued.
    if (retry === 'never') return;
    const latest = this.store.get(esDef, namespace, name);
    if (latest) this.scheduleRefresh(latest);
  }

  private writeStatus(es: KubeObject, status: JsonMap): void {
    try {
      this.store.replace(this.store.resolve('externalsecrets'), es.metadata.namespace ?? '', es.metadata.name ?? '', { ...es, status }, { status: true });
    } catch (error) {
      if (!(error instanceof KubeApiError && (error.code === 409 || error.code === 404))) throw error;
    }
  }

  private async readProvider(es: KubeObject, key: string, behaviour: EsoBehaviour): Promise<Record<string, Buffer>> {
    if (behaviour.mode === 'failing') throw new Error(behaviour.failureMessage);
    const failed = this.failedReads.get(key) ?? 0;
    if (failed < behaviour.failTimes) {
      this.failedReads.set(key, failed + 1);
      throw new Error(behaviour.failureMessage);
    }
    return this.provider.providerData(es, { notFound: behaviour.mode === 'missing' });
  }

  /** getRequeueResult: requeue when the refresh interval runs out (never for an interval of 0 or less). */
  private scheduleRefresh(es: KubeObject): void {
    const interval = rules.refreshIntervalMs(es);
    if (interval <= 0) return;
    const refreshTime = asString(field(es, 'status', 'refreshTime'));
    const elapsed = refreshTime ? Date.now() - Date.parse(refreshTime) : 0;
    const delay = elapsed < 0 ? 0 : elapsed < interval ? interval - elapsed : 0;
    // The +1 s covers refreshTime's second precision, so the requeue lands after the interval.
    this.enqueue(es.metadata.namespace ?? '', es.metadata.name ?? '', delay === 0 ? 0 : delay + 1000);
  }

  private markAsDone(es: KubeObject, status: JsonMap, start: Date, reason: string, message: string): void {
    rules.setCondition(status, { type: 'Ready', status: 'True', reason, message });
    status.refreshTime = kubeTime(start);
    const syncedResourceVersion = rules.esoResourceVersion(es);
    status.syncedResourceVersion = syncedResourceVersion;
    this.records.push({
      namespace: es.metadata.namespace ?? '',
      name: es.metadata.name ?? '',
      time: start.toISOString(),
      outcome: 'synced',
      syncedResourceVersion,
    });
  }

  private markAsFailed(es: KubeObject, status: JsonMap, message: string, cause: string, generic: boolean): void {
    this.store.recordEvent(es, 'Warning', 'UpdateFailed', cause, 'external-secrets');
    rules.setCondition(status, { type: 'Ready', status: 'False', reason: generic ? 'ResourceSyncedError' : 'SecretSyncedError', message });
    this.records.push({
      namespace: es.metadata.namespace ?? '',
      name: es.metadata.name ?? '',
      time: new Date().toISOString(),
      outcome: 'failed',
      message: cause,
    });
  }
}
