import * as core from '#actions-core';
import { StepError } from '../errors.ts';
import { createObject, missingVerbError, withRetries } from './api-calls.ts';
import { discoverExternalSecrets, discoverWorkloads, discoveryReport } from './discovery.ts';
import type { DiscoveryPlan, DiscoveryReport } from './discovery.ts';
import type { CallPurpose } from './api-calls.ts';
import type { Cluster } from './cluster.ts';
import { CES_RESOURCE, cesTarget, readClusterExternalSecret } from './clusterexternalsecrets.ts';
import { expandEntries, inspectExternalSecret } from './eso-preflight.ts';
import type { ExternalSecretEntry, ReadChecks } from './eso-preflight.ts';
import { targetSecretBlocker } from './eso-target-rules.ts';
import { ESO_GROUP, ESO_RESOURCE } from './externalsecrets.ts';
import type { ExternalSecretRecord } from './externalsecrets.ts';
import { rulesAllow } from './rbac-rules.ts';
import type { ResourceRule } from './rbac-rules.ts';
import { reloaderManagement, reloaderRolloutStrategy } from './reloader.ts';
import type { ReloaderManagement } from './reloader.ts';
import { checkSecretReadable } from './secrets.ts';
import { describeRef } from './targets.ts';
import type { ObjectRef, WorkloadRef } from './targets.ts';
import { sayWarning } from '../scrub.ts';
import { readWorkload, workloadGroup, workloadPlural, workloadResource } from './workloads.ts';

export interface WorkloadRecord {
  readonly ref: WorkloadRef;
  /** `metadata.generation` at preflight. */
  readonly generation: number;
  /** True when Stakater Reloader restarts it on a change of one of the target Secrets: do not patch it, wait. */
  readonly reloaderManaged: boolean;
  /** Which Secret and annotation make Reloader manage it. */
  readonly reloader: ReloaderManagement | undefined;
}

export interface ClusterPreflight {
  readonly externalSecrets: readonly ExternalSecretRecord[];
  /** True when these records were read before SSM was written (the main step), so a rollback can compare with them. */
  readonly beforeWrite: boolean;
  readonly workloads: readonly WorkloadRecord[];
  /**
   * The target Secrets whose `get` was proven (only when verifySecretKey is
   * given). A Secret that does not exist yet is left out: ESO creates it.
   */
  readonly readableSecrets: readonly ObjectRef[];
  /** What `auto` found and left out (discovery.ts); undefined without auto. */
  readonly discovery?: DiscoveryReport | undefined;
}

export interface PreflightPlan {
  readonly externalSecrets: readonly ExternalSecretEntry[];
  /** Given: every ExternalSecret must read this parameter from Parameter Store in this region (recovery passes none). */
  readonly checks?: ReadChecks | undefined;
  /** Set by the main step, whose preflight comes before the write (recovery's comes after). */
  readonly beforeWrite?: boolean | undefined;
  readonly restart: readonly WorkloadRef[];
  readonly verifySecretKey?: string | undefined;
  /** `auto`: the ExternalSecrets and workloads found join the named ones (named entries make no list call). */
  readonly discovery?: DiscoveryPlan | undefined;
}

/**
 * Read-only checks before anything is written: every ExternalSecret exists at
 * external-secrets.io/v1 and lets a forced sync happen; every workload exists,
 * is not paused and can be rolled; the target Secrets are readable when the
 * run verifies them; and (where the API server answers
 * SelfSubjectRulesReviews or SelfSubjectAccessReviews) the credentials hold the
 * verbs the later steps need.
 */
export async function preflightCluster(
  cluster: Cluster,
  plan: PreflightPlan,
  options: { readonly signal?: AbortSignal | undefined } = {},
): Promise<ClusterPreflight> {
  const { signal } = options;
  const externalSecrets: ExternalSecretRecord[] = [];
  const { discovery } = plan;
  const readers = discovery?.externalSecrets ? await discoverExternalSecrets(cluster, discovery, signal) : undefined;
  for (const { ref, viaCluster } of await expandEntries(cluster, [...plan.externalSecrets, ...(readers?.refs ?? [])], signal)) {
    const record = await inspectExternalSecret(cluster, ref, plan.checks, plan.verifySecretKey, signal);
    if (viaCluster !== undefined && record.clusterOwner !== viaCluster) {
      throw new StepError(
        'preflight',
        describeRef({ ...ref, kind: 'ExternalSecret' }),
        `the ClusterExternalSecret ${viaCluster} lists namespace ${ref.namespace}, but this ExternalSecret is not controlled by it.`,
        'Remove or rename the ExternalSecret that is in the way, then let the ClusterExternalSecret provision it.',
      );
    }
    externalSecrets.push(record);
    core.info(
      `${describeRef({ ...ref, kind: 'ExternalSecret' })}: writes Secret ${record.targetSecret.name}, refreshPolicy ${record.refreshPolicy}` +
        `${record.refreshInterval ? `, refreshInterval ${record.refreshInterval}` : ''}, syncedResourceVersion ${record.syncedResourceVersion || 'empty'}` +
        (record.clusterOwner ? `, forced through ClusterExternalSecret ${record.clusterOwner}` : ''),
    );
    if (record.ready?.status === 'False') {
      // ESO's condition message is server text: it goes through the scrubber.
      sayWarning(
        `${describeRef({ ...ref, kind: 'ExternalSecret' })} is already failing (${record.ready.reason}: ${record.ready.message}); the forced sync may fail too.`,
      );
    }
  }

  const workloads: WorkloadRecord[] = [];
  const users = discovery?.restart ? await discoverWorkloads(cluster, discovery, externalSecrets, signal) : undefined;
  const named = (ref: WorkloadRef): boolean => plan.restart.some((r) => r.kind === ref.kind && r.namespace === ref.namespace && r.name === ref.name);
  for (const ref of [...plan.restart, ...(users?.refs ?? []).filter((ref) => !named(ref))]) {
    const workload = await readWorkload(cluster, ref, 'preflight', signal);
    const target = describeRef(ref);
    if (ref.kind === 'Deployment' && workload.spec?.paused === true) {
      throw new StepError(
        'preflight',
        target,
        'the deployment is paused (spec.paused: true), so a restart would not roll out.',
        `Resume it (kubectl -n ${ref.namespace} rollout resume deployment/${ref.name}) or remove it from the restart input.`,
      );
    }
    if (ref.kind === 'Rollout' && workload.spec?.paused === true) {
      throw new StepError(
        'preflight',
        target,
        'the rollout is paused (spec.paused: true), so a restart would not finish.',
        `Resume it (kubectl argo rollouts -n ${ref.namespace} resume ${ref.name}) or remove it from the restart input.`,
      );
    }
    const strategy = workload.spec?.updateStrategy?.type;
    if (ref.kind !== 'Deployment' && strategy === 'OnDelete') {
      throw new StepError(
        'preflight',
        target,
        `the ${ref.kind.toLowerCase()} uses the OnDelete update strategy, so changing its pod template restarts no pod.`,
        'Switch it to RollingUpdate, or remove it from the restart input and delete its pods yourself.',
      );
    }
    const secretsHere = externalSecrets.filter((record) => record.targetSecret.namespace === ref.namespace).map((record) => record.targetSecret.name);
    const reloader = reloaderManagement(workload, secretsHere);
    const generation = workload.metadata?.generation ?? 0;
    workloads.push({ ref, generation, reloaderManaged: reloader !== undefined, reloader });
    const reloaderStrategy = ref.kind === 'Rollout' && reloader ? `, rollout-strategy ${reloaderRolloutStrategy(workload)}` : '';
    core.info(
      `${target}: generation ${generation}${reloader ? `, restarted by Stakater Reloader (${reloader.annotation}${reloaderStrategy}) when Secret ${reloader.secret} changes` : ''}`,
    );
  }

  // The owners are read to prove `get` and that they exist; the force-sync goes to them.
  for (const owner of new Set(externalSecrets.flatMap((record) => (record.clusterOwner ? [record.clusterOwner] : [])))) {
    await readClusterExternalSecret(cluster, owner, 'preflight', signal);
  }

  const readableSecrets: ObjectRef[] = [];
  if (plan.verifySecretKey) {
    for (const record of externalSecrets) {
      const secret = record.targetSecret;
      const metadata = await checkSecretReadable(cluster, secret, signal);
      const blocker = targetSecretBlocker({ spec: { target: { creationPolicy: record.creationPolicy ?? 'Owner' } } }, record.ref.name, secret.name, metadata);
      if (blocker) throw new StepError('preflight', describeRef({ ...record.ref, kind: 'ExternalSecret' }), blocker.reason, blocker.next);
      if (metadata && !readableSecrets.some((known) => known.namespace === secret.namespace && known.name === secret.name)) readableSecrets.push(secret);
    }
  }

  if (cluster.tuning.checkAccess) {
    await checkAccess(cluster, accessNeeded(externalSecrets, workloads), signal);
  }
  return {
    externalSecrets,
    workloads,
    readableSecrets,
    beforeWrite: plan.beforeWrite === true,
    ...(discovery ? { discovery: discoveryReport(discovery, readers, users) } : {}),
  };
}

interface AccessNeed {
  readonly purpose: CallPurpose;
  readonly group: string;
  readonly plural: string;
  readonly name: string;
}

/** The write and watch verbs later steps use; the reads above already proved `get`. */
function accessNeeded(externalSecrets: readonly ExternalSecretRecord[], workloads: readonly WorkloadRecord[]): AccessNeed[] {
  const needs: AccessNeed[] = [];
  for (const owner of new Set(externalSecrets.flatMap((record) => (record.clusterOwner ? [record.clusterOwner] : [])))) {
    needs.push({
      purpose: { step: 'preflight', target: cesTarget(owner), verb: 'patch', resource: CES_RESOURCE, namespace: '' },
      group: ESO_GROUP,
      plural: 'clusterexternalsecrets',
      name: owner,
    });
  }
  for (const { ref, clusterOwner } of externalSecrets) {
    const target = describeRef({ ...ref, kind: 'ExternalSecret' });
    // One a ClusterExternalSecret controls is forced through its owner: only watched here.
    for (const verb of clusterOwner ? ['watch'] : ['patch', 'watch']) {
      needs.push({
        purpose: { step: 'preflight', target, verb, resource: ESO_RESOURCE, namespace: ref.namespace },
        group: ESO_GROUP,
        plural: 'externalsecrets',
        name: ref.name,
      });
    }
  }
  for (const { ref, reloader } of workloads) {
    const verbs = reloader ? ['watch'] : ['patch', 'watch'];
    for (const verb of verbs) {
      needs.push({
        purpose: { step: 'preflight', target: describeRef(ref), verb, resource: workloadResource(ref.kind), namespace: ref.namespace },
        group: workloadGroup(ref.kind),
        plural: workloadPlural(ref.kind),
        name: ref.name,
      });
    }
  }
  return needs;
}

const REVIEWS = '/apis/authorization.k8s.io/v1';

interface RulesReview {
  readonly status?: { readonly resourceRules?: readonly ResourceRule[]; readonly incomplete?: boolean };
}

/**
 * Asks the API server whether the credentials may do what the later steps
 * will do, so a missing verb fails here, before SSM is written: one
 * SelfSubjectRulesReview per namespace answers every verb in it. Rules are
 * additive, so a rule that allows a verb proves it even when the review is
 * `incomplete` (another authorizer, e.g. a webhook, also decides); a verb no
 * rule allows is only proven missing when the review is complete, and is
 * otherwise asked with a SelfSubjectAccessReview. Creating either review
 * stores nothing. A server that answers neither is not an error: the steps
 * themselves still name a missing verb.
 */
async function checkAccess(cluster: Cluster, needs: readonly AccessNeed[], signal?: AbortSignal): Promise<void> {
  const namespaces = [...new Set(needs.map((need) => need.purpose.namespace))];
  for (const namespace of namespaces) {
    const here = needs.filter((need) => need.purpose.namespace === namespace);
    let review: RulesReview | undefined;
    // A SelfSubjectRulesReview needs a namespace (pkg/registry/authorization/selfsubjectrulesreview/rest.go
    // answers 400 "no namespace on request"): cluster-scoped needs go straight to SelfSubjectAccessReviews.
    if (namespace !== '')
      try {
        review = await withRetries(cluster.tuning, { signal, doing: 'checking RBAC' }, (requestSignal) =>
          createObject<RulesReview>(
            cluster,
            `${REVIEWS}/selfsubjectrulesreviews`,
            { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectRulesReview', spec: { namespace } },
            requestSignal,
          ),
        );
      } catch (error) {
        if (error instanceof Error && error.name === 'CancelledError') throw error;
        core.debug(`SelfSubjectRulesReview unavailable (${describe(error)}); asking SelfSubjectAccessReviews`);
      }
    const rules = review?.status?.resourceRules ?? [];
    const complete = review !== undefined && review.status?.incomplete !== true;
    for (const need of here) {
      const request = { verb: need.purpose.verb, group: need.group, resource: need.plural, name: need.name };
      if (rulesAllow(rules, request)) continue;
      if (complete) throw missingVerbError(need.purpose);
      const allowed = await accessReview(cluster, need, signal);
      if (allowed === undefined) return;
      if (!allowed) throw missingVerbError(need.purpose);
    }
  }
}

/** A SelfSubjectAccessReview for one verb; `undefined` when the server does not answer them. */
async function accessReview(cluster: Cluster, need: AccessNeed, signal?: AbortSignal): Promise<boolean | undefined> {
  try {
    const review = await withRetries(cluster.tuning, { signal, doing: 'checking RBAC' }, (requestSignal) =>
      createObject<{ status?: { allowed?: boolean } }>(
        cluster,
        `${REVIEWS}/selfsubjectaccessreviews`,
        {
          apiVersion: 'authorization.k8s.io/v1',
          kind: 'SelfSubjectAccessReview',
          spec: {
            resourceAttributes: {
              namespace: need.purpose.namespace,
              verb: need.purpose.verb,
              group: need.group,
              resource: need.plural,
              name: need.name,
            },
          },
        },
        requestSignal,
      ),
    );
    return review.status?.allowed === true;
  } catch (error) {
    if (error instanceof Error && error.name === 'CancelledError') throw error;
    core.debug(`RBAC self-check unavailable (${describe(error)}); skipping it`);
    return undefined;
  }
}

const describe = (error: unknown): string => (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
