// External Secrets Operator's rules for the simulated controller, as pure functions
// (pkg/controllers/externalsecret/externalsecret_controller.go and util.go, v2.9 line):
// GetResourceVersion, shouldRefresh / shouldRefreshPeriodic, isSecretValid, the data hash,
// SetExternalSecretCondition, the condition messages and which failures are retried.

import { createHash } from 'node:crypto';

import { parseGoDuration } from './go-duration.ts';
import { asArray, asString, field, isMap, kubeTime, stringMap, type JsonMap, type KubeObject } from './objects.ts';

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
export const msgErrorUpdateImmutable = 'could not update secret, target is immutable';
export const msgDeleted = 'secret deleted due to DeletionPolicy=Delete';
export const msgErrorDeleteSecret = 'could not delete secret';
export const msgErrorInvalidGeneric = 'invalid generic target';
export const finalizerName = 'externalsecrets.external-secrets.io/externalsecret-cleanup';

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
export const objectHash = (text: string): string => createHash('sha3-224').update(text).digest('hex');

/** ctrlutil.GetResourceVersion: "<generation>-<hash of annotations and labels>". */
export const esoResourceVersion = (obj: KubeObject): string =>
  `${obj.metadata.generation ?? 0}-${objectHash(
    `{annotations:${goStringMap(obj.metadata.annotations ?? {})} labels:${goStringMap(obj.metadata.labels ?? {})}}`,
  )}`;

/** The data-hash annotation: ObjectHash(secret.Data). */
export const esoDataHash = (data: Record<string, Buffer>): string => objectHash(goBytesMap(data));

/** The CRD default of spec.refreshInterval (config/crds/bases/external-secrets.io_externalsecrets.yaml). */
export const defaultRefreshInterval = '1h0m0s';

/**
 * spec.refreshInterval in ms as metav1.Duration holds it: whole nanoseconds, so a
 * sub-nanosecond interval is 0; 0 or less means "never refresh" (getRequeueResult).
 */
export const refreshIntervalMs = (es: KubeObject): number => {
  const ms = parseGoDuration(asString(field(es, 'spec', 'refreshInterval')) ?? defaultRefreshInterval) ?? 3_600_000;
  return Math.trunc(Math.round(ms * 1e9) / 1e3) / 1e6;
};

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

export const secretData = (secret: KubeObject | undefined): Record<string, Buffer> => {
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

/** SetExternalSecretCondition: replace the condition of that type, keeping lastTransitionTime while status stays. */
export const setCondition = (status: JsonMap, condition: { type: string; status: string; reason: string; message: string }): void => {
  const conditions = asArray(status.conditions).filter(isMap);
  const current = conditions.find((existing) => existing.type === condition.type);
  if (current?.status === condition.status && current.reason === condition.reason && current.message === condition.message) return;
  const lastTransitionTime = current?.status === condition.status ? current.lastTransitionTime : kubeTime();
  status.conditions = [
    ...conditions.filter((existing) => existing.type !== condition.type),
    { type: condition.type, status: condition.status, reason: condition.reason, message: condition.message, lastTransitionTime },
  ];
};

/**
 * The per-item backoff after the n-th failure in a row (n >= 1): workqueue's
 * ItemExponentialFailureRateLimiter, base * 2^(n-1), capped; ESO builds it with
 * 1 s and 7 min (pkg/controllers/common/common.go, BuildRateLimiter).
 */
export const failureDelayMs = (failures: number, baseMs: number, maxMs: number): number => Math.min(baseMs * 2 ** Math.max(0, failures - 1), maxMs);

/** A generic target (spec.target.manifest) writes another kind than Secret (externalsecret_controller_manifest.go). */
export const isGenericTarget = (es: KubeObject): boolean => isMap(field(es, 'spec', 'target', 'manifest'));

/** The condition message of a generic target validateGenericTarget refuses (externalsecret_controller.go, v1.0.0+). */
export const msgInvalidGenericTarget = 'invalid generic target';

/** validateGenericTarget (externalsecret_controller_manifest.go, v2.9.0): the error, or undefined when valid. */
export function genericTargetError(es: KubeObject, allowGenericTargets: boolean): string | undefined {
  if (!allowGenericTargets) return 'generic targets are disabled. Enable with --unsafe-allow-generic-targets flag';
  if (!asString(field(es, 'spec', 'target', 'manifest', 'apiVersion'))) return 'target.manifest.apiVersion is required';
  if (!asString(field(es, 'spec', 'target', 'manifest', 'kind'))) return 'target.manifest.kind is required';
  return undefined;
}
