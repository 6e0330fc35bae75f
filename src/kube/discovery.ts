import * as core from '#actions-core';
import { StepError } from '../errors.ts';
import { ARGO_ROLLOUTS, clusterPath, explainApiError, listObjects, namespacedPath, statusCodeOf, withRetries } from './api-calls.ts';
import type { Cluster } from './cluster.ts';
import { judgeReader, storesToRead } from './discovery-rules.ts';
import type { DiscoveryChecks, ListedExternalSecret } from './discovery-rules.ts';
import { readStore } from './eso-preflight.ts';
import { roleAccount } from './eso-read-rules.ts';
import type { StoreFacts, StoreRef } from './eso-read-rules.ts';
import { storeVerdict } from './eso-rules.ts';
import { ESO_GROUP, ESO_RESOURCE } from './externalsecrets.ts';
import type { ExternalSecretRecord } from './externalsecrets.ts';
import type { PodTemplate } from './rollout-status.ts';
import { describeRef } from './targets.ts';
import type { ObjectRef, WorkloadKind, WorkloadRef } from './targets.ts';
import { judgeWorkload } from './workload-usage-rules.ts';
import type { ListedWorkload } from './workload-usage-rules.ts';
import { workloadGroup, workloadPlural, workloadResource } from './workloads.ts';

/** What `auto` asks the preflight to find (inputs' discovery, with the parameters it looks for). */
export interface DiscoveryPlan extends DiscoveryChecks {
  readonly externalSecrets: boolean;
  readonly restart: boolean;
  readonly namespaces: readonly string[] | '*';
}

export interface Found {
  readonly target: string;
  readonly reasons: readonly string[];
  /** Set for a workload that is reported and not restarted. */
  readonly notRestarted?: string | undefined;
}

/** What discovery looked at, found and left out, for the log, the summary and the dry run. */
export interface DiscoveryReport {
  readonly where: string;
  readonly externalSecrets: readonly Found[];
  readonly workloads: readonly Found[];
  readonly leftOut: readonly { readonly target: string; readonly reason: string }[];
  /** List requests made (pages), for the log. */
  readonly pages: number;
}

/** kubectl's default --chunk-size. */
const PAGE_SIZE = 500;

const whereOf = (namespaces: DiscoveryPlan['namespaces']): string =>
  namespaces === '*' ? 'every namespace' : `namespace${namespaces.length > 1 ? 's' : ''} ${namespaces.join(', ')}`;

interface ListScope {
  readonly group: string;
  readonly version: string;
  readonly plural: string;
  readonly resource: string;
  /** '' lists across every namespace. */
  readonly namespace: string;
}

/**
 * One list in pages of PAGE_SIZE: `limit`, then the `continue` token of each page
 * (Kubernetes API concepts, "Retrieving large results sets in chunks"). A token that has
 * expired is answered 410 Gone ("the client must ... start a new list"): the list starts
 * again, at most twice. A 403 names the verb list and the resource; undefined for a 404
 * (the resource is not served).
 */
async function listAll<T>(cluster: Cluster, scope: ListScope, counter: { pages: number }, signal?: AbortSignal): Promise<T[] | undefined> {
  const path =
    scope.namespace === '' ? clusterPath(scope.group, scope.version, scope.plural) : namespacedPath(scope.group, scope.version, scope.namespace, scope.plural);
  const target = scope.namespace === '' ? `${scope.resource} in every namespace` : `${scope.resource} in namespace ${scope.namespace}`;
  const purpose = { step: 'preflight' as const, target, verb: 'list', resource: scope.resource, namespace: scope.namespace };
  for (let attempt = 0; ; attempt++) {
    const items: T[] = [];
    let token: string | undefined;
    try {
      do {
        const query = { limit: PAGE_SIZE, ...(token ? { continue: token } : {}) };
        const page = await withRetries(cluster.tuning, { signal, doing: `list ${target}` }, (requestSignal) =>
          listObjects<{ items?: T[]; metadata?: { continue?: string } }>(cluster, path, requestSignal, query),
        );
        counter.pages++;
        items.push(...(page.items ?? []));
        token = page.metadata?.continue || undefined;
      } while (token !== undefined);
      return items;
    } catch (error) {
      const status = statusCodeOf(error);
      if (status === 410 && attempt < 2) continue;
      // The resource is not served (no such CRD): nothing of that kind to find.
      if (status === 404) return undefined;
      throw explainApiError(error, purpose, cluster.server);
    }
  }
}

const esScope = (namespace: string): ListScope => ({ group: ESO_GROUP, version: 'v1', plural: 'externalsecrets', resource: ESO_RESOURCE, namespace });

function factsOf(found: { object: Parameters<typeof storeVerdict>[0]; name: string }, region: string): StoreFacts {
  const verdict = storeVerdict(found.object, found.name, region);
  const aws = found.object.spec?.provider?.aws;
  const roleAccounts = [aws?.role, ...(aws?.additionalRoles ?? [])].map(roleAccount).filter((account): account is string => account !== undefined);
  return {
    described: found.name,
    prefix: 'prefix' in verdict ? verdict.prefix : '',
    blocker: 'blocker' in verdict ? verdict.blocker : undefined,
    roleAccounts: [...new Set(roleAccounts)],
  };
}

/**
 * Lists the ExternalSecrets of the search namespaces (one paginated list per namespace, or
 * one across all), reads each store that could matter once, and judges every item.
 */
export async function discoverExternalSecrets(
  cluster: Cluster,
  plan: DiscoveryPlan,
  signal?: AbortSignal,
): Promise<{ refs: ObjectRef[]; found: Found[]; leftOut: { target: string; reason: string }[]; pages: number }> {
  const counter = { pages: 0 };
  const listed: ListedExternalSecret[] = [];
  for (const namespace of plan.namespaces === '*' ? [''] : plan.namespaces) {
    // A namespace that does not exist lists empty; a 404 means ESO's v1 API is not served.
    const items = await listAll<ListedExternalSecret>(cluster, esScope(namespace), counter, signal);
    if (items === undefined) {
      throw new StepError(
        'preflight',
        'external-secrets: auto',
        `the API server does not serve ${ESO_RESOURCE} at ${ESO_GROUP}/v1, so there is no ExternalSecret to find.`,
        'Install External Secrets Operator v0.16.2 or later (its v1 API), or remove auto.',
      );
    }
    listed.push(...items);
  }
  const stores = new Map<string, StoreFacts | undefined>();
  const keyOf = (namespace: string, store: StoreRef): string =>
    store.kind === 'ClusterSecretStore' ? `ClusterSecretStore/${store.name}` : `${namespace}/SecretStore/${store.name}`;
  for (const item of listed) {
    const ref = { namespace: item.metadata?.namespace ?? '', name: item.metadata?.name ?? '' };
    for (const store of storesToRead(item, plan)) {
      const key = keyOf(ref.namespace, store);
      if (stores.has(key)) continue;
      // A store that is missing or unreadable leaves the prefix unknown (''), as for named entries.
      const found = await readStore(cluster, ref, store, signal).catch((error: unknown) => {
        if (error instanceof Error && error.name === 'CancelledError') throw error;
        return undefined;
      });
      stores.set(key, found ? factsOf(found, plan.region) : undefined);
    }
  }
  const refs: ObjectRef[] = [];
  const found: Found[] = [];
  const leftOut: { target: string; reason: string }[] = [];
  for (const item of listed) {
    const ref = { namespace: item.metadata?.namespace ?? '', name: item.metadata?.name ?? '' };
    const target = describeRef({ ...ref, kind: 'ExternalSecret' });
    const verdict = judgeReader(item, plan, (store) => stores.get(keyOf(ref.namespace, store)));
    if (!verdict.reads) {
      leftOut.push({ target, reason: verdict.reason });
      continue;
    }
    refs.push(ref);
    const via = verdict.clusterOwner ? [`reached through ClusterExternalSecret ${verdict.clusterOwner}`] : [];
    found.push({ target, reasons: [...verdict.reasons, ...via] });
  }
  logFindings(`ExternalSecrets reading ${plan.parameterNames.join(', ')} in ${whereOf(plan.namespaces)}`, counter.pages, found, leftOut);
  if (refs.length === 0) throw nothingFound('externalSecrets', plan, listed.length);
  return { refs, found, leftOut, pages: counter.pages };
}

const KINDS: readonly WorkloadKind[] = ['Deployment', 'StatefulSet', 'DaemonSet', 'Rollout'];

/**
 * Lists the workloads of every namespace that holds a target Secret (or across all for `*`),
 * one paginated list per kind and namespace, and judges each pod template. Argo Rollouts are
 * skipped where their API is not served (404).
 */
export async function discoverWorkloads(
  cluster: Cluster,
  plan: DiscoveryPlan,
  externalSecrets: readonly ExternalSecretRecord[],
  signal?: AbortSignal,
): Promise<{ refs: WorkloadRef[]; found: Found[]; leftOut: { target: string; reason: string }[]; pages: number }> {
  const counter = { pages: 0 };
  const secrets = new Map<string, string[]>();
  for (const { targetSecret } of externalSecrets) secrets.set(targetSecret.namespace, [...(secrets.get(targetSecret.namespace) ?? []), targetSecret.name]);
  const namespaces = plan.namespaces === '*' ? [''] : [...secrets.keys()];
  const refs: WorkloadRef[] = [];
  const found: Found[] = [];
  const leftOut: { target: string; reason: string }[] = [];
  for (const namespace of namespaces) {
    const listed = new Map<WorkloadKind, ListedWorkload[]>();
    for (const kind of KINDS) {
      const scope = {
        group: workloadGroup(kind),
        version: kind === 'Rollout' ? ARGO_ROLLOUTS.version : 'v1',
        plural: workloadPlural(kind),
        resource: workloadResource(kind),
        namespace,
      };
      // Without the Argo Rollouts API (404) there is nothing of that kind to find.
      const items = await listAll<ListedWorkload>(cluster, scope, counter, signal);
      if (items !== undefined) listed.set(kind, items);
    }
    const deployments = listed.get('Deployment') ?? [];
    for (const [kind, items] of listed) {
      for (const item of items) {
        const ref: WorkloadRef = { kind, namespace: item.metadata?.namespace ?? namespace, name: item.metadata?.name ?? '' };
        const here = secrets.get(ref.namespace) ?? [];
        if (here.length === 0) continue;
        const template = (name: string): PodTemplate | undefined =>
          deployments.find((d) => d.metadata?.name === name && (d.metadata.namespace ?? namespace) === ref.namespace)?.spec?.template;
        const verdict = judgeWorkload(kind, item, here, template);
        if (!verdict.uses) {
          if (verdict.unresolved) leftOut.push({ target: describeRef(ref), reason: verdict.unresolved });
          continue;
        }
        const reasons = verdict.reasons.map((where) => `${where} uses Secret ${verdict.secret}`);
        found.push({ target: describeRef(ref), reasons, notRestarted: verdict.notRestarted });
        if (verdict.notRestarted === undefined) refs.push(ref);
      }
    }
  }
  const where = plan.namespaces === '*' ? 'every namespace' : whereOf([...secrets.keys()]);
  logFindings(`workloads using their Secrets in ${where}`, counter.pages, found, leftOut);
  if (found.length === 0) throw nothingFound('workloads', { ...plan, namespaces: plan.namespaces === '*' ? '*' : [...secrets.keys()] }, 0);
  return { refs, found, leftOut, pages: counter.pages };
}

/** What one search found and left out, with why, in the preflight log. */
function logFindings(what: string, pages: number, found: readonly Found[], leftOut: readonly { target: string; reason: string }[]): void {
  core.info(`auto: ${found.length} found, ${leftOut.length} left out, looking for ${what} (${pages} list request${pages === 1 ? '' : 's'})`);
  for (const item of found) {
    core.info(`  found ${item.target}: ${item.reasons.join('; ')}${item.notRestarted ? `; reported, not restarted: ${item.notRestarted}` : ''}`);
  }
  if (leftOut.length === 0) return;
  core.startGroup(`auto: left out ${leftOut.length}`);
  for (const out of leftOut) core.info(`left out ${out.target}: ${out.reason}`);
  core.endGroup();
}

/** The whole report, for the summary. */
export function discoveryReport(
  plan: DiscoveryPlan,
  readers: { found: readonly Found[]; leftOut: readonly { target: string; reason: string }[]; pages: number } | undefined,
  users: { found: readonly Found[]; leftOut: readonly { target: string; reason: string }[]; pages: number } | undefined,
): DiscoveryReport {
  return {
    where: whereOf(plan.namespaces),
    externalSecrets: readers?.found ?? [],
    workloads: users?.found ?? [],
    leftOut: [...(readers?.leftOut ?? []), ...(users?.leftOut ?? [])],
    pages: (readers?.pages ?? 0) + (users?.pages ?? 0),
  };
}

/** Nothing found: a rotation nobody reads is almost always a typo. */
export function nothingFound(what: 'externalSecrets' | 'workloads', plan: DiscoveryPlan, looked: number): StepError {
  const where = whereOf(plan.namespaces);
  const names = plan.parameterNames.join(', ');
  return what === 'externalSecrets'
    ? new StepError(
        'preflight',
        'external-secrets: auto',
        `no ExternalSecret in ${where} reads ${names} from AWS Parameter Store in ${plan.region} (${looked} looked at).`,
        'Check the parameter name, aws-region and search-namespaces (the log lists what was left out and why), or name the ExternalSecrets.',
      )
    : new StepError(
        'preflight',
        'restart: auto',
        `no Deployment, StatefulSet, DaemonSet or Rollout in ${where} uses the target Secrets of the ExternalSecrets.`,
        'Check search-namespaces, or name the workloads in restart.',
      );
}
