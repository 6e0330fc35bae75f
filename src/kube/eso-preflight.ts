import { StepError } from '../errors.ts';
import { sayWarning } from '../scrub.ts';
import { clusterPath, explainApiError, getObject, namespacedPath, statusCodeOf, withRetries } from './api-calls.ts';
import { cesTarget, readClusterExternalSecret } from './clusterexternalsecrets.ts';
import type { Cluster } from './cluster.ts';
import { parseGoDuration } from './durations.ts';
import { clusterOwnerOf, provisionedExternalSecrets, readBlocker, readyConditionOf, refreshBlocker, storeVerdict } from './eso-rules.ts';
import { setDataKeys } from './eso-set-rules.ts';
import { entrySources, judgeEntries, roleAccount } from './eso-read-rules.ts';
import type { StoreFacts, StoreRef } from './eso-read-rules.ts';
import { verifyBlocker } from './eso-target-rules.ts';
import { firstSyncBlocker } from './first-sync.ts';
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
 * Reads one SecretStore / ClusterSecretStore an entry uses. Where RBAC
 * forbids it, warns and returns undefined: the store check is optional.
 */
export async function readStore(
  cluster: Cluster,
  ref: ObjectRef,
  storeRef: StoreRef,
  signal?: AbortSignal,
): Promise<{ object: StoreObject; name: string } | undefined> {
  const { kind, name } = storeRef;
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
        missingNext: "Create the store or fix spec.secretStoreRef (or the entry's sourceRef.storeRef).",
      },
      cluster.server,
    );
  }
}

const storeKey = (store: StoreRef): string => `${store.kind}/${store.name}`;

/**
 * Reads every store the entries use, once each (client_manager.go: each entry's
 * sourceRef.storeRef, else spec.secretStoreRef), and judges each for this run.
 */
async function storeFacts(
  cluster: Cluster,
  ref: ObjectRef,
  externalSecret: ExternalSecretObject,
  region: string,
  signal?: AbortSignal,
): Promise<{ facts: Map<string, StoreFacts>; read: number; prefix: string }> {
  const facts = new Map<string, StoreFacts>();
  let read = 0;
  let prefix = '';
  // A store RBAC hides is warned about once, not once for each entry that uses it.
  const unreadable = new Set<string>();
  for (const { store } of entrySources(externalSecret)) {
    if (facts.has(storeKey(store)) || unreadable.has(storeKey(store))) continue;
    if (store.name === '') {
      facts.set(storeKey(store), {
        described: '(none)',
        prefix: '',
        roleAccounts: [],
        blocker: {
          reason: 'an entry names no store (no sourceRef.storeRef and no spec.secretStoreRef), so External Secrets Operator cannot read it.',
          next: 'Set spec.secretStoreRef, or sourceRef.storeRef on the entry.',
        },
      });
      continue;
    }
    const found = await readStore(cluster, ref, store, signal);
    if (!found) {
      unreadable.add(storeKey(store));
      continue;
    }
    read++;
    const verdict = storeVerdict(found.object, found.name, region);
    const aws = found.object.spec?.provider?.aws;
    const roleAccounts = [aws?.role, ...(aws?.additionalRoles ?? [])].map(roleAccount).filter((account): account is string => account !== undefined);
    if ('prefix' in verdict && read === 1) prefix = verdict.prefix;
    facts.set(storeKey(store), {
      described: found.name,
      prefix: 'prefix' in verdict ? verdict.prefix : '',
      blocker: 'blocker' in verdict ? verdict.blocker : undefined,
      roleAccounts: [...new Set(roleAccounts)],
    });
  }
  return { facts, read, prefix };
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
  const blocker =
    refreshBlocker(externalSecret, interval === undefined ? undefined : parseGoDuration(interval)) ??
    firstSyncBlocker(externalSecret, verifySecretKey !== undefined) ??
    standingFailureBlocker(externalSecret);
  if (blocker) throw refuse(ref, blocker);
  // A set verifies the keys its data[] maps from the set's parameters, not one named key.
  const unverifiable = verifySecretKey === undefined || checks?.parameterNames ? undefined : verifyBlocker(externalSecret, verifySecretKey);
  if (unverifiable) throw refuse(ref, unverifiable);
  let setKeys: { parameter: string; secretKey: string }[] | undefined;
  if (checks) {
    const stores = await storeFacts(cluster, ref, externalSecret, checks.region, signal);
    // A set is judged parameter by parameter; an entry that fails the whole ExternalSecret refuses it for any of them.
    const verdicts = (checks.parameterNames ?? [checks.parameterName]).map((name) => ({
      name,
      verdict: judgeEntries(externalSecret, { ...checks, parameterName: name }, (store) => stores.facts.get(storeKey(store))),
    }));
    for (const { verdict } of verdicts) if (verdict.refusal) throw refuse(ref, verdict.refusal);
    for (const warning of new Set(verdicts.flatMap(({ verdict }) => verdict.warnings))) sayWarning(`${esTarget(ref)}: ${warning}`);
    const withReads = verdicts.filter(({ verdict }) => verdict.reads.length > 0);
    for (const { name, verdict } of withReads.length > 0 ? withReads : verdicts.slice(0, 1)) {
      const unread = readBlocker(verdict.reads, name, checks.versionLabels, stores.prefix);
      const storeBlocker = verdict.storeBlockers[0];
      if (unread && verdict.reads.length === 0 && storeBlocker) throw refuse(ref, storeBlocker);
      if (unread && (stores.read > 0 || verdict.reads.length > 0)) throw refuse(ref, unread);
      if (unread) sayWarning(`${esTarget(ref)}: no entry reads ${name} without a store prefix, and its store could not be read to learn the prefix.`);
    }
    if (checks.parameterNames) {
      setKeys = setDataKeys(
        externalSecret,
        withReads.map(({ name, verdict }) => ({ name, reads: verdict.reads })),
        checks.versionLabels,
      );
    }
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
    refreshTime: externalSecret.status?.refreshTime ?? '',
    refreshPolicy: externalSecret.spec?.refreshPolicy || 'Periodic',
    refreshInterval: interval === undefined ? '' : String(interval),
    ready: readyConditionOf(externalSecret),
    creationPolicy: externalSecret.spec?.target?.creationPolicy || 'Owner',
    ...(owner !== undefined ? { clusterOwner: owner } : {}),
    ...(setKeys !== undefined ? { setKeys } : {}),
  };
}
