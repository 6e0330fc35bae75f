// A simulated External Secrets Operator that follows ESO's own rules
// (pkg/controllers/externalsecret/externalsecret_controller.go, v1 API):
// shouldRefresh / shouldRefreshPeriodic, GetResourceVersion ("<generation>-<sha3-224 of %+v of
// annotations and labels>"), the target Secret's managed label / data-hash annotation /
// controller reference, and the Ready condition with ESO's reasons and messages.
// Values come from AWS SSM Parameter Store (GetParameter WithDecryption, "name:version" for
// remoteRef.version, as ESO's parameterstore provider does) or from ESO's `fake` provider.

import { createHash } from 'node:crypto';

import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';

import { KubeApiError } from './api-errors.ts';
import { parseGoDuration } from './go-duration.ts';
import { asArray, asString, clone, field, isMap, jsonEqual, kubeTime, stringMap, type JsonMap, type KubeObject } from './objects.ts';
import type { ObjectStore, StoreEvent } from './store.ts';

export interface SsmConnection {
  /** SSM endpoint, e.g. http://127.0.0.1:4583. */
  endpoint?: string;
  /** Used when the SecretStore names no region (default us-east-1). */
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** SDK attempts per GetParameter (default 2). */
  maxAttempts?: number;
}

/** normal: sync as ESO does; stuck: never sync, status untouched; failing: every sync fails as on a provider error. */
export type EsoMode = 'normal' | 'stuck' | 'failing';

export interface EsoBehaviour {
  mode: EsoMode;
  /** Wait before each reconcile. */
  syncDelayMs: number;
  /** Provider error text in failing mode (goes to the Event; the condition carries ESO's fixed message). */
  failureMessage: string;
}

export interface EsoSettings extends EsoBehaviour {
  enabled: boolean;
  /** Per-ExternalSecret behaviour, keyed "namespace/name". */
  overrides: Record<string, Partial<EsoBehaviour>>;
  /** Cap of the per-object exponential retry delay after a failed sync (controller-runtime: 1000 s). */
  maxRetryDelayMs: number;
}

export interface SyncRecord {
  namespace: string;
  name: string;
  time: string;
  outcome: 'synced' | 'failed';
  syncedResourceVersion?: string;
  message?: string;
}

const defaultSettings = (): EsoSettings => ({
  enabled: true,
  mode: 'normal',
  syncDelayMs: 0,
  failureMessage: 'AccessDeniedException: User is not authorized to perform: ssm:GetParameter',
  overrides: {},
  maxRetryDelayMs: 30_000,
});

// Labels and annotations ESO puts on the Secrets it manages (apis/externalsecrets/v1).
export const labelManaged = 'reconcile.external-secrets.io/managed';
export const labelOwner = 'reconcile.external-secrets.io/created-by';
export const annotationDataHash = 'reconcile.external-secrets.io/data-hash';

// Condition messages (externalsecret_controller.go).
export const msgSynced = 'secret synced';
export const msgSyncedRetain = 'secret retained due to DeletionPolicy=Retain';
export const msgMissing = 'secret will not be created due to CreationPolicy=Merge';
export const msgErrorGetSecretData = 'could not get secret data from provider';
export const msgErrorUpdateSecret = 'could not update secret';
export const msgErrorIsOwned = 'target is owned by another ExternalSecret';

/** Go's byte-wise string order, as fmt sorts map keys. */
const goCompare = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** fmt.Sprintf("%v") of a map[string]string. */
const goStringMap = (map: Record<string, string>): string =>
  `map[${Object.keys(map)
    .sort(goCompare)
    .map((key) => `${key}:${map[key] ?? ''}`)
    .join(' ')}]`;

/** fmt.Sprintf("%v") of a map[string][]byte. */
const goBytesMap = (map: Record<string, Buffer>): string =>
  `map[${Object.keys(map)
    .sort(goCompare)
    .map((key) => `${key}:[${[...(map[key] ?? Buffer.alloc(0))].join(' ')}]`)
    .join(' ')}]`;

/** esutils.ObjectHash: hex SHA3-224 of the %+v text. */
const objectHash = (text: string): string => createHash('sha3-224').update(text).digest('hex');

/** ctrlutil.GetResourceVersion: "<generation>-<hash of annotations and labels>". */
export const esoResourceVersion = (obj: KubeObject): string =>
  `${obj.metadata.generation ?? 0}-${objectHash(
    `{annotations:${goStringMap(obj.metadata.annotations ?? {})} labels:${goStringMap(obj.metadata.labels ?? {})}}`,
  )}`;

/** The data-hash annotation: ObjectHash(secret.Data). */
export const esoDataHash = (data: Record<string, Buffer>): string => objectHash(goBytesMap(data));

const refreshIntervalMs = (es: KubeObject): number => parseGoDuration(asString(field(es, 'spec', 'refreshInterval')) ?? '1h') ?? 3_600_000;

const isZeroTime = (value: unknown): boolean => typeof value !== 'string' || value === '';

/** shouldRefresh, as ESO implements it for each refreshPolicy. */
export const shouldRefresh = (es: KubeObject, now: number = Date.now()): boolean => {
  const synced = asString(field(es, 'status', 'syncedResourceVersion')) ?? '';
  const refreshTime = field(es, 'status', 'refreshTime');
  switch (asString(field(es, 'spec', 'refreshPolicy'))) {
    case 'CreatedOnce':
      return synced === '' || isZeroTime(refreshTime);
    case 'OnChange':
      if (synced === '' || isZeroTime(refreshTime)) return true;
      return synced !== esoResourceVersion(es);
    default: {
      const interval = refreshIntervalMs(es);
      if (interval <= 0 && synced !== '') return false;
      if (synced !== esoResourceVersion(es)) return true;
      if (isZeroTime(refreshTime)) return true;
      const last = Date.parse(String(refreshTime));
      if (last > now) return true;
      return last + interval < now;
    }
  }
};

const secretData = (secret: KubeObject | undefined): Record<string, Buffer> => {
  const data: Record<string, Buffer> = {};
  for (const [key, value] of Object.entries(stringMap(secret?.data))) data[key] = Buffer.from(value, 'base64');
  return data;
};

/** isSecretValid: the target exists, carries the managed label, and its data matches its data-hash. */
export const isSecretValid = (secret: KubeObject | undefined, es: KubeObject): boolean => {
  if (field(es, 'spec', 'target', 'creationPolicy') === 'Orphan') return true;
  if (!secret) return false;
  if (secret.metadata.labels?.[labelManaged] !== 'true') return false;
  return secret.metadata.annotations?.[annotationDataHash] === esoDataHash(secretData(secret));
};

/** ESO's provider "not found" (esv1.NoSecretErr). */
class NoSecretError extends Error {
  constructor() {
    super('Secret does not exist');
  }
}

/** gjson-style property lookup into a JSON value (dots separate path segments). */
const extractProperty = (value: string, property: string, key: string): Buffer => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new Error(`key ${property} does not exist in secret ${key}`);
  }
  const direct = isMap(parsed) ? parsed[property] : undefined;
  let current: unknown = direct;
  if (current === undefined) {
    current = parsed;
    for (const segment of property.split('.')) {
      current = isMap(current) ? current[segment] : Array.isArray(current) ? current[Number(segment)] : undefined;
    }
  }
  if (current === undefined) throw new Error(`key ${property} does not exist in secret ${key}`);
  return Buffer.from(typeof current === 'string' ? current : JSON.stringify(current));
};

const decode = (strategy: string | undefined, value: Buffer): Buffer => {
  switch (strategy) {
    case 'Base64':
      return Buffer.from(value.toString('utf8'), 'base64');
    case 'Base64URL':
      return Buffer.from(value.toString('utf8'), 'base64url');
    case 'Auto': {
      const text = value.toString('utf8');
      if (/^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.length % 4 === 0) return Buffer.from(text, 'base64');
      if (/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return Buffer.from(text, 'base64url');
      return value;
    }
    default:
      return value;
  }
};

interface QueueEntry {
  timer: NodeJS.Timeout | undefined;
  due: number;
}

const keyOf = (namespace: string, name: string): string => `${namespace}/${name}`;

export class EsoController {
  private readonly store: ObjectStore;
  private ssm: SsmConnection;
  private settingsValue: EsoSettings;
  /** What reset() returns to: the settings given at construction. */
  private readonly initialSettings: EsoSettings;
  private readonly queue = new Map<string, QueueEntry>();
  private readonly running = new Set<string>();
  /** Requeues asked for while a reconcile of that key runs: when they are due. */
  private readonly pending = new Map<string, number>();
  private readonly failures = new Map<string, number>();
  private readonly copiedMetadata = new Map<string, { labels: string[]; annotations: string[] }>();
  private readonly records: SyncRecord[] = [];
  private clients = new Map<string, SSMClient>();
  private unsubscribe: (() => void) | undefined;

  constructor(store: ObjectStore, ssm: SsmConnection, settings: Partial<EsoSettings>) {
    this.store = store;
    this.ssm = { ...ssm };
    this.initialSettings = { ...defaultSettings(), ...clone(settings) };
    this.settingsValue = clone(this.initialSettings);
  }

  get settings(): EsoSettings {
    return clone(this.settingsValue);
  }

  /** Changes settings; enabling (or re-enabling) reconciles every ExternalSecret. */
  configure(settings: Partial<EsoSettings>): void {
    const wasEnabled = this.settingsValue.enabled;
    this.settingsValue = { ...this.settingsValue, ...clone(settings) };
    if (this.settingsValue.enabled && (!wasEnabled || settings.mode !== undefined || settings.overrides !== undefined)) {
      this.enqueueAll();
    }
  }

  /** Behaviour for one ExternalSecret (null removes the override). */
  override(namespace: string, name: string, behaviour: Partial<EsoBehaviour> | null): void {
    const overrides = { ...this.settingsValue.overrides };
    if (behaviour === null) delete overrides[keyOf(namespace, name)];
    else overrides[keyOf(namespace, name)] = { ...overrides[keyOf(namespace, name)], ...behaviour };
    this.settingsValue.overrides = overrides;
    this.enqueue(namespace, name, 0);
  }

  setSsm(connection: SsmConnection): void {
    this.ssm = { ...connection };
    this.closeClients();
  }

  get ssmConnection(): SsmConnection {
    return { ...this.ssm };
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
    this.unsubscribe = this.store.subscribe((event) => this.onEvent(event));
    this.enqueueAll();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    for (const entry of this.queue.values()) if (entry.timer) clearTimeout(entry.timer);
    this.queue.clear();
    this.closeClients();
  }

  reset(): void {
    for (const entry of this.queue.values()) if (entry.timer) clearTimeout(entry.timer);
    this.queue.clear();
    this.pending.clear();
    this.failures.clear();
    this.copiedMetadata.clear();
    this.records.length = 0;
    this.settingsValue = clone(this.initialSettings);
  }

  /** Resolves once no reconcile is queued to run within `horizonMs` and none is running. */
  whenIdle(horizonMs = 1000): Promise<void> {
    if (this.isIdle(horizonMs)) return Promise.resolve();
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.isIdle(horizonMs)) resolve();
        else setTimeout(check, 5);
      };
      check();
    });
  }

  /** Reconciles one ExternalSecret now (outside the queue's delay). */
  async reconcileNow(namespace: string, name: string): Promise<void> {
    await this.reconcile(keyOf(namespace, name));
  }

  // Event handling (the controller's watches).

  private onEvent(event: StoreEvent): void {
    if (!this.settingsValue.enabled) return;
    const resource = event.def.resource;
    const namespace = event.object.metadata.namespace ?? '';
    if (resource === 'externalsecrets' && event.def.group === 'external-secrets.io') {
      if (event.type === 'DELETED') {
        this.forget(keyOf(namespace, event.object.metadata.name ?? ''));
        return;
      }
      this.enqueue(namespace, event.object.metadata.name ?? '', this.behaviourFor(namespace, event.object.metadata.name ?? '').syncDelayMs);
    } else if ((resource === 'secretstores' || resource === 'clustersecretstores') && event.def.group === 'external-secrets.io') {
      if (event.type !== 'DELETED') setImmediate(() => this.validateStore(event.def.resource, namespace, event.object.metadata.name ?? ''));
    } else if (resource === 'secrets' && event.def.group === '') {
      // Secrets carrying the managed label map back to the ExternalSecrets targeting them.
      const managed = event.object.metadata.labels?.[labelManaged] === 'true' || event.previous?.metadata.labels?.[labelManaged] === 'true';
      if (!managed) return;
      const secretName = event.object.metadata.name ?? '';
      for (const es of this.store.listStored(this.store.resolve('externalsecrets'), namespace)) {
        const target = asString(field(es, 'spec', 'target', 'name')) || es.metadata.name;
        if (target === secretName) this.enqueue(namespace, es.metadata.name ?? '', 0);
      }
    }
  }

  private behaviourFor(namespace: string, name: string): EsoBehaviour {
    const override = this.settingsValue.overrides[keyOf(namespace, name)] ?? {};
    return {
      mode: override.mode ?? this.settingsValue.mode,
      syncDelayMs: override.syncDelayMs ?? this.settingsValue.syncDelayMs,
      failureMessage: override.failureMessage ?? this.settingsValue.failureMessage,
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
    if (!this.unsubscribe) return;
    const key = keyOf(namespace, name);
    const due = Date.now() + Math.max(0, delayMs);
    if (this.running.has(key)) {
      this.pending.set(key, Math.min(this.pending.get(key) ?? Infinity, due));
      return;
    }
    const existing = this.queue.get(key);
    if (existing && existing.due <= due) return;
    if (existing?.timer) clearTimeout(existing.timer);
    const timer = setTimeout(() => {
      this.queue.delete(key);
      void this.run(key);
    }, Math.min(Math.max(0, delayMs), 2_147_483_647));
    timer.unref();
    this.queue.set(key, { timer, due });
  }

  private forget(key: string): void {
    const entry = this.queue.get(key);
    if (entry?.timer) clearTimeout(entry.timer);
    this.queue.delete(key);
    this.pending.delete(key);
    this.failures.delete(key);
    this.copiedMetadata.delete(key);
  }

  private async run(key: string): Promise<void> {
    if (this.running.has(key)) {
      this.pending.set(key, Date.now());
      return;
    }
    this.running.add(key);
    try {
      await this.reconcile(key);
    } catch (error) {
      console.error(`local ESO: reconcile ${key} failed:`, error);
    } finally {
      this.running.delete(key);
      const due = this.pending.get(key);
      if (due !== undefined) {
        this.pending.delete(key);
        const [namespace = '', name = ''] = key.split('/');
        this.enqueue(namespace, name, due - Date.now());
      }
    }
  }

  private isIdle(horizonMs: number): boolean {
    const now = Date.now();
    return this.running.size === 0 && [...this.queue.values()].every((entry) => entry.due > now + horizonMs);
  }

  // Reconcile (Reconciler.Reconcile).

  private async reconcile(key: string): Promise<void> {
    const [namespace = '', name = ''] = key.split('/');
    const esDef = this.store.resolve('externalsecrets');
    const es = this.store.get(esDef, namespace, name);
    if (!es || es.metadata.deletionTimestamp) return;
    const behaviour = this.behaviourFor(namespace, name);
    if (behaviour.mode === 'stuck') return;
    const start = new Date();
    const secretName = asString(field(es, 'spec', 'target', 'name')) || name;
    const existing = this.store.get('secrets', namespace, secretName);

    if (!shouldRefresh(es, start.getTime()) && isSecretValid(existing, es)) {
      this.scheduleRefresh(es);
      return;
    }

    const status: JsonMap = isMap(es.status) ? clone(es.status) : {};
    const original = clone(status);
    let failed = false;
    let requeueNow = false;
    try {
      const data = await this.providerData(es, behaviour);
      const outcome = this.writeSecret(es, secretName, data, status);
      if (outcome === 'owned-by-other') {
        failed = true;
        this.markAsFailed(es, status, msgErrorIsOwned, `secret is owned by another ExternalSecret`);
      } else if (outcome === 'conflict') {
        requeueNow = true;
      } else {
        const retained = outcome === 'retained';
        this.markAsDone(es, status, start, outcome === 'missing' ? 'SecretMissing' : 'SecretSynced', outcome === 'missing' ? msgMissing : retained ? msgSyncedRetain : msgSynced);
        this.records.push({ namespace, name, time: start.toISOString(), outcome: 'synced', syncedResourceVersion: esoResourceVersion(es) });
      }
    } catch (error) {
      failed = true;
      const message = error instanceof Error ? error.message : String(error);
      this.markAsFailed(es, status, msgErrorGetSecretData, message);
    }

    if (!jsonEqual(status, original)) {
      try {
        this.store.replace(esDef, namespace, name, { ...es, status }, { status: true });
      } catch (error) {
        if (error instanceof KubeApiError && error.code === 409) requeueNow = true;
        else if (!(error instanceof KubeApiError && error.code === 404)) throw error;
      }
    }

    if (requeueNow) {
      this.enqueue(namespace, name, 0);
    } else if (failed) {
      const attempts = (this.failures.get(key) ?? 0) + 1;
      this.failures.set(key, attempts);
      this.enqueue(namespace, name, Math.min(5 * 2 ** (attempts - 1), this.settingsValue.maxRetryDelayMs));
    } else {
      this.failures.delete(key);
      const latest = this.store.get(esDef, namespace, name);
      if (latest) this.scheduleRefresh(latest);
    }
  }

  /** getRequeueResult: requeue when the refresh interval runs out (never for an interval of 0). */
  private scheduleRefresh(es: KubeObject): void {
    const interval = refreshIntervalMs(es);
    if (interval <= 0) return;
    const refreshTime = asString(field(es, 'status', 'refreshTime'));
    const elapsed = refreshTime ? Date.now() - Date.parse(refreshTime) : 0;
    const delay = elapsed < 0 ? 0 : elapsed < interval ? interval - elapsed : 0;
    // The +1 s covers refreshTime's second precision, so the requeue lands after the interval.
    this.enqueue(es.metadata.namespace ?? '', es.metadata.name ?? '', delay === 0 ? 0 : delay + 1000);
  }

  private markAsDone(es: KubeObject, status: JsonMap, start: Date, reason: string, message: string): void {
    setCondition(status, { type: 'Ready', status: 'True', reason, message });
    status.refreshTime = kubeTime(start);
    status.syncedResourceVersion = esoResourceVersion(es);
  }

  private markAsFailed(es: KubeObject, status: JsonMap, message: string, cause: string): void {
    this.store.recordEvent(es, 'Warning', 'UpdateFailed', cause, 'external-secrets');
    setCondition(status, { type: 'Ready', status: 'False', reason: 'SecretSyncedError', message });
    this.records.push({
      namespace: es.metadata.namespace ?? '',
      name: es.metadata.name ?? '',
      time: new Date().toISOString(),
      outcome: 'failed',
      message: cause,
    });
  }

  // Provider access (GetProviderSecretData).

  private async providerData(es: KubeObject, behaviour: EsoBehaviour): Promise<Record<string, Buffer>> {
    if (behaviour.mode === 'failing') throw new Error(behaviour.failureMessage);
    const namespace = es.metadata.namespace ?? '';
    const storeRef = field(es, 'spec', 'secretStoreRef');
    const storeKind = asString(field(storeRef, 'kind')) ?? 'SecretStore';
    const storeName = asString(field(storeRef, 'name')) ?? '';
    const secretStore =
      storeKind === 'ClusterSecretStore'
        ? this.store.get('clustersecretstores', '', storeName)
        : this.store.get('secretstores', namespace, storeName);
    if (!secretStore) {
      throw new Error(`could not get store reference: ${storeKind}.external-secrets.io "${storeName}" not found`);
    }
    const provider = field(secretStore, 'spec', 'provider');
    const deletionPolicy = asString(field(es, 'spec', 'target', 'deletionPolicy')) ?? 'Retain';
    const result: Record<string, Buffer> = {};

    const fetch = async (key: string, version: string | undefined): Promise<string> => {
      if (isMap(field(provider, 'fake'))) return this.fakeValue(provider, key, version);
      if (isMap(field(provider, 'aws'))) {
        const service = asString(field(provider, 'aws', 'service'));
        if (service !== 'ParameterStore') throw new Error(`unsupported AWS service in the local ESO simulation: ${service ?? ''}`);
        const prefix = asString(field(provider, 'aws', 'prefix')) ?? '';
        const region = asString(field(provider, 'aws', 'region'));
        return this.ssmValue(`${prefix}${key}${version ? `:${version}` : ''}`, region);
      }
      throw new Error('no supported provider in store (the local ESO simulation supports aws ParameterStore and fake)');
    };

    for (const [index, entry] of asArray(field(es, 'spec', 'dataFrom')).entries()) {
      const extract = field(entry, 'extract');
      if (!isMap(extract)) throw new Error(`error processing spec.dataFrom[${index}]: only extract is supported by the local ESO simulation`);
      const key = asString(extract.key) ?? '';
      try {
        const value = await fetch(key, asString(extract.version));
        const parsed = JSON.parse(value) as unknown;
        if (!isMap(parsed)) throw new Error(`unable to unmarshal secret ${key}: not a JSON object`);
        for (const [entryKey, entryValue] of Object.entries(parsed)) {
          result[entryKey] = decode(asString(extract.decodingStrategy), Buffer.from(typeof entryValue === 'string' ? entryValue : JSON.stringify(entryValue)));
        }
      } catch (error) {
        if (error instanceof NoSecretError && deletionPolicy !== 'Retain') continue;
        throw new Error(`error processing spec.dataFrom[${index}].extract, err: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    for (const [index, entry] of asArray(field(es, 'spec', 'data')).entries()) {
      const remoteRef = field(entry, 'remoteRef');
      const key = asString(field(remoteRef, 'key')) ?? '';
      try {
        const raw = await fetch(key, asString(field(remoteRef, 'version')) || undefined);
        const property = asString(field(remoteRef, 'property'));
        const value = property ? extractProperty(raw, property, key) : Buffer.from(raw, 'utf8');
        result[asString(field(entry, 'secretKey')) ?? ''] = decode(asString(field(remoteRef, 'decodingStrategy')), value);
      } catch (error) {
        if (error instanceof NoSecretError && deletionPolicy !== 'Retain') continue;
        throw new Error(`error processing spec.data[${index}] (key: ${key}), err: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return result;
  }

  private fakeValue(provider: unknown, key: string, version: string | undefined): string {
    const entries = asArray(field(provider, 'fake', 'data'));
    const found = entries.find((entry) => field(entry, 'key') === key && (version === undefined || (asString(field(entry, 'version')) ?? '') === version));
    if (!found) throw new NoSecretError();
    const value = field(found, 'value');
    if (typeof value === 'string') return value;
    const valueMap = field(found, 'valueMap');
    if (isMap(valueMap)) return JSON.stringify(valueMap);
    throw new NoSecretError();
  }

  private async ssmValue(name: string, storeRegion: string | undefined): Promise<string> {
    if (!this.ssm.endpoint) throw new Error('no SSM endpoint configured for the local ESO simulation');
    const region = storeRegion ?? this.ssm.region ?? 'us-east-1';
    const client = this.clientFor(region);
    try {
      const output = await client.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
      const value = output.Parameter?.Value;
      if (value === undefined) throw new Error(`invalid secret received. parameter value is nil for key: ${name}`);
      return value;
    } catch (error) {
      if (error instanceof Error && (error.name === 'ParameterNotFound' || error.name === 'ParameterVersionNotFound')) throw new NoSecretError();
      throw error;
    }
  }

  private clientFor(region: string): SSMClient {
    const existing = this.clients.get(region);
    if (existing) return existing;
    const credentials = this.ssm.credentials ?? { accessKeyId: 'local', secretAccessKey: 'local' };
    const client = new SSMClient({
      region,
      ...(this.ssm.endpoint ? { endpoint: this.ssm.endpoint } : {}),
      credentials: {
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
      },
      maxAttempts: this.ssm.maxAttempts ?? 2,
    });
    this.clients.set(region, client);
    return client;
  }

  private closeClients(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients = new Map();
  }

  // Writing the target Secret (createSecret / updateSecret with the mutation function).

  private writeSecret(
    es: KubeObject,
    secretName: string,
    data: Record<string, Buffer>,
    status: JsonMap,
  ): 'written' | 'unchanged' | 'retained' | 'missing' | 'owned-by-other' | 'conflict' {
    const namespace = es.metadata.namespace ?? '';
    const key = keyOf(namespace, es.metadata.name ?? '');
    const creationPolicy = asString(field(es, 'spec', 'target', 'creationPolicy')) ?? 'Owner';
    const deletionPolicy = asString(field(es, 'spec', 'target', 'deletionPolicy')) ?? 'Retain';
    const existing = this.store.get('secrets', namespace, secretName);
    if (Object.keys(data).length === 0 && deletionPolicy === 'Retain') return 'retained';
    if (creationPolicy === 'None') return 'unchanged';
    if (creationPolicy === 'Merge' && !existing) return 'missing';

    const controllerRef = existing?.metadata.ownerReferences?.find((ref) => ref.controller === true);
    const ownerIsES = controllerRef?.kind === 'ExternalSecret' && (controllerRef.apiVersion ?? '').startsWith('external-secrets.io/');
    if (ownerIsES && controllerRef?.name !== es.metadata.name) return 'owned-by-other';

    const secret: KubeObject = existing
      ? clone(existing)
      : { apiVersion: 'v1', kind: 'Secret', metadata: { name: secretName, namespace }, type: 'Opaque' };
    const labels = { ...(secret.metadata.labels ?? {}) };
    const annotations = { ...(secret.metadata.annotations ?? {}) };
    const previous = this.copiedMetadata.get(key);
    for (const label of previous?.labels ?? []) delete labels[label];
    for (const annotation of previous?.annotations ?? []) delete annotations[annotation];
    Object.assign(labels, es.metadata.labels ?? {});
    Object.assign(annotations, es.metadata.annotations ?? {});
    this.copiedMetadata.set(key, {
      labels: Object.keys(es.metadata.labels ?? {}),
      annotations: Object.keys(es.metadata.annotations ?? {}),
    });

    const merged: Record<string, Buffer> = creationPolicy === 'Merge' ? secretData(existing) : {};
    Object.assign(merged, data);
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

    status.binding = { name: secretName };
    try {
      if (!existing) {
        this.store.create('secrets', namespace, secret);
        this.store.recordEvent(es, 'Normal', 'Created', 'secret created', 'external-secrets');
        return 'written';
      }
      if (jsonEqual(secret, existing)) return 'unchanged';
      this.store.replace('secrets', namespace, secretName, secret);
      this.store.recordEvent(es, 'Normal', 'Updated', 'secret updated', 'external-secrets');
      return 'written';
    } catch (error) {
      if (error instanceof KubeApiError && error.code === 409) return 'conflict';
      throw error;
    }
  }

  /** The SecretStore controller's part: a store that exists is validated and Ready. */
  private validateStore(resource: string, namespace: string, name: string): void {
    const def = this.store.resolve(resource);
    const secretStore = this.store.get(def, namespace, name);
    if (!secretStore) return;
    const status: JsonMap = isMap(secretStore.status) ? clone(secretStore.status) : {};
    const before = clone(status);
    setCondition(status, { type: 'Ready', status: 'True', reason: 'Valid', message: 'store validated' });
    status.capabilities = 'ReadWrite';
    if (jsonEqual(before, status)) return;
    try {
      this.store.replace(def, namespace, name, { ...secretStore, status }, { status: true });
    } catch (error) {
      if (error instanceof KubeApiError && error.code === 409) setImmediate(() => this.validateStore(resource, namespace, name));
      else if (!(error instanceof KubeApiError && error.code === 404)) throw error;
    }
  }
}

/** SetExternalSecretCondition: replace the condition of that type, keeping lastTransitionTime while status stays. */
const setCondition = (status: JsonMap, condition: { type: string; status: string; reason: string; message: string }): void => {
  const conditions = asArray(status.conditions).filter(isMap);
  const current = conditions.find((existing) => existing.type === condition.type);
  if (current && current.status === condition.status && current.reason === condition.reason && current.message === condition.message) return;
  const lastTransitionTime = current && current.status === condition.status ? current.lastTransitionTime : kubeTime();
  status.conditions = [
    ...conditions.filter((existing) => existing.type !== condition.type),
    { type: condition.type, status: condition.status, reason: condition.reason, message: condition.message, lastTransitionTime },
  ];
};
