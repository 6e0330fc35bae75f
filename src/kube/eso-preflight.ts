import { StepError } from '../errors.ts';
import { sayWarning } from '../scrub.ts';
import { clusterPath, explainApiError, getObject, namespacedPath, statusCodeOf, withRetries } from './api-calls.ts';
import { cesTarget, readClusterExternalSecret } from './clusterexternalsecrets.ts';
import type { Cluster } from './cluster.ts';
import { parseGoDuration } from './durations.ts';
import { clusterOwnerOf, parameterReads, provisionedExternalSecrets, readBlocker, readyConditionOf, refreshBlocker, storeVerdict } from './eso-rules.ts';
import { setDataKeys } from './eso-set-rules.ts';
import { verifyBlocker } from './eso-target-rules.ts';
import { standingFailureBlocker } from './sync-verdict.ts';
import type { Blocker, ExternalSecretObject, StoreObject } from './eso-rules.ts';
import { ESO_GROUP, esTarget, readExternalSecret } from './externalsecrets.ts';
import type { ExternalSecretRecord } from './externalsecrets.ts';
import type { ExternalSecretEntry, ObjectRef } from './targets.ts';

export type { ExternalSecretEntry } from './targets.ts';

/** What the ExternalSecrets must read for the gate to prove anything. */
export interface ReadChecks {
  readonly parameterName: string;
  readonly region: string;
  readonly versionLabels: boolean;
  /** A set: the ExternalSecret must deliver at least one of these, and the keys of its data[] that read them are recorded. */
  readonly parameterNames?: readonly string[] | undefined;
}

/**
 * The ExternalSecrets the entries name: each ExternalSecret once, and for a
 * ClusterExternalSecret every one it provisions (status.provisionedNamespaces,
 * written by clusterexternalsecret_controller.go reconcile), owned by it.
 */
export async function expandEntries(
  cluster: Cluster,
  entries: readonly ExternalSecretEntry[],
  signal?: AbortSignal,
): Promise<{ ref: ObjectRef; viaCluster?: string }[]> {
  const refs: { ref: ObjectRef; viaCluster?: string }[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (entry.kind !== 'ClusterExternalSecret') {
      if (!seen.has(`${entry.namespace}/${entry.name}`)) refs.push({ ref: { namespace: entry.namespace, name: entry.name } });
      seen.add(`${entry.namespace}/${entry.name}`);
      continue;
    }
    const ces = await readClusterExternalSecret(cluster, entry.name, 'preflight', signal);
    const provisioned = provisionedExternalSecrets(ces, entry.name);
    if (provisioned.length === 0) {
      const failed = (ces.status?.failedNamespaces ?? []).map((failure) => `${failure.namespace ?? '?'}: ${failure.reason ?? ''}`).join('; ');
      throw new StepError(
        'preflight',
        cesTarget(entry.name),
        `the ClusterExternalSecret provisions no ExternalSecret yet (status.provisionedNamespaces is empty${failed ? `; failed: ${failed}` : ''}).`,
        'Check its namespaceSelectors and the ESO controller logs, or name the ExternalSecrets directly.',
      );
    }
    for (const ref of provisioned) {
      if (!seen.has(`${ref.namespace}/${ref.name}`)) refs.push({ ref, viaCluster: entry.name });
      seen.add(`${ref.namespace}/${ref.name}`);
    }
  }
  return refs;
}

const refuse = (ref: ObjectRef, blocker: Blocker): StepError => new StepError('preflight', esTarget(ref), blocker.reason, blocker.next);

/**
 * Reads the SecretStore / ClusterSecretStore the ExternalSecret uses. Where
 * RBAC forbids it, warns and returns undefined: the store check is optional.
 */
async function readStore(
  cluster: Cluster,
  ref: ObjectRef,
  es: ExternalSecretObject,
  signal?: AbortSignal,
): Promise<{ object: StoreObject; name: string } | undefined> {
  const kind = es.spec?.secretStoreRef?.kind || 'SecretStore';
  const name = es.spec?.secretStoreRef?.name ?? '';
  const clusterScoped = kind === 'ClusterSecretStore';
  const described = `${kind} ${clusterScoped ? name : `${ref.namespace}/${name}`}`;
  try {
    const object = await withRetries(cluster.tuning, { signal, doing: `reading ${described}` }, (requestSignal) =>
      getObject<StoreObject>(
        cluster,
        clusterScoped ? clusterPath(ESO_GROUP, 'v1', 'clustersecretstores', name) : namespacedPath(ESO_GROUP, 'v1', ref.namespace, 'secretstores', name),
        requestSignal,
      ),
    );
    return { object, name: described };
  } catch (error) {
    if (statusCodeOf(error) === 403) {
      sayWarning(`${esTarget(ref)}: cannot read its ${described} (RBAC forbids get), so the store's provider and region are not checked.`);
      return undefined;
    }
    throw explainApiError(
      error,
      {
        step: 'preflight',
        target: esTarget(ref),
        verb: 'get',
        resource: `${clusterScoped ? 'clustersecretstores' : 'secretstores'}.${ESO_GROUP}`,
        namespace: clusterScoped ? '' : ref.namespace,
        missing: `its ${described} does not exist, so External Secrets Operator cannot sync it.`,
        missingNext: 'Create the store or fix spec.secretStoreRef.',
      },
      cluster.server,
    );
  }
}

/**
 * Preflight for one ExternalSecret: it exists at v1, a forced sync can
 * happen and reaches the target, and (given checks) it reads this parameter
 * from AWS Parameter Store in this region.
 */
export async function inspectExternalSecret(
  cluster: Cluster,
  ref: ObjectRef,
  checks: ReadChecks | undefined,
  verifySecretKey: string | undefined,
  signal?: AbortSignal,
): Promise<ExternalSecretRecord> {
  const externalSecret = await readExternalSecret(cluster, ref, 'preflight', signal);
  const interval = externalSecret.spec?.refreshInterval;
  const blocker = refreshBlocker(externalSecret, interval === undefined ? undefined : parseGoDuration(interval)) ?? standingFailureBlocker(externalSecret);
  if (blocker) throw refuse(ref, blocker);
  // A set verifies the keys its data[] maps from the set's parameters, not one named key.
  const unverifiable = verifySecretKey === undefined || checks?.parameterNames ? undefined : verifyBlocker(externalSecret, verifySecretKey);
  if (unverifiable) throw refuse(ref, unverifiable);
  let setKeys: { parameter: string; secretKey: string }[] | undefined;
  if (checks) {
    const store = await readStore(cluster, ref, externalSecret, signal);
    let prefix = '';
    if (store) {
      const verdict = storeVerdict(store.object, store.name, checks.region);
      if ('blocker' in verdict) throw refuse(ref, verdict.blocker);
      prefix = verdict.prefix;
    }
    const readsOf = (checks.parameterNames ?? [checks.parameterName]).map((name) => ({ name, reads: parameterReads(externalSecret, name, prefix) }));
    const withReads = readsOf.filter(({ reads }) => reads.length > 0);
    for (const { name, reads } of withReads.length > 0 ? withReads : readsOf.slice(0, 1)) {
      const unread = readBlocker(reads, name, checks.versionLabels, prefix);
      if (unread && (store || reads.length > 0)) throw refuse(ref, unread);
      if (unread) sayWarning(`${esTarget(ref)}: no entry reads ${name} without a store prefix, and its store could not be read to learn the prefix.`);
    }
    if (checks.parameterNames) setKeys = setDataKeys(externalSecret, withReads, checks.versionLabels);
    for (const { secretKey } of verifySecretKey === undefined ? [] : (setKeys ?? [])) {
      const blocked = verifyBlocker(externalSecret, secretKey);
      if (blocked) throw refuse(ref, blocked);
    }
  }
  const owner = clusterOwnerOf(externalSecret);
  return {
    ref,
    targetSecret: { namespace: ref.namespace, name: externalSecret.spec?.target?.name || ref.name },
    syncedResourceVersion: externalSecret.status?.syncedResourceVersion ?? '',
    refreshPolicy: externalSecret.spec?.refreshPolicy || 'Periodic',
    refreshInterval: interval === undefined ? '' : String(interval),
    ready: readyConditionOf(externalSecret),
    creationPolicy: externalSecret.spec?.target?.creationPolicy || 'Owner',
    ...(owner !== undefined ? { clusterOwner: owner } : {}),
    ...(setKeys !== undefined ? { setKeys } : {}),
  };
}
