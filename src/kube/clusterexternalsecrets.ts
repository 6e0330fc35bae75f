import * as core from '#actions-core';
import { PatchType, clusterPath, explainApiError, getObject, patchObject, withRetries } from './api-calls.ts';
import type { KubeStep } from './api-calls.ts';
import type { Cluster } from './cluster.ts';
import { CES_FORCE_SYNC_ANNOTATION, clusterForceSyncPatch, clusterForceSyncValue } from './ces-rules.ts';
import type { ClusterExternalSecretObject } from './eso-rules.ts';
import { describeRef } from './targets.ts';

const GROUP = 'external-secrets.io';
const VERSION = 'v1';
const PLURAL = 'clusterexternalsecrets';
/** The RBAC resource name, for messages. */
export const CES_RESOURCE = `${PLURAL}.${GROUP}`;

export const cesTarget = (name: string): string => describeRef({ namespace: '', name, kind: 'ClusterExternalSecret' });

const getClusterExternalSecret = (cluster: Cluster, name: string, signal: AbortSignal): Promise<unknown> =>
  getObject(cluster, clusterPath(GROUP, VERSION, PLURAL, name), signal);

const patchClusterExternalSecret = (cluster: Cluster, name: string, body: object, signal: AbortSignal): Promise<unknown> =>
  patchObject(cluster, clusterPath(GROUP, VERSION, PLURAL, name), body, PatchType.merge, signal);

/** GETs a ClusterExternalSecret (cluster-scoped). */
export async function readClusterExternalSecret(cluster: Cluster, name: string, step: KubeStep, signal?: AbortSignal): Promise<ClusterExternalSecretObject> {
  const target = cesTarget(name);
  try {
    return (await withRetries(cluster.tuning, { signal, doing: `reading ${target}` }, (requestSignal) =>
      getClusterExternalSecret(cluster, name, requestSignal),
    )) as ClusterExternalSecretObject;
  } catch (error) {
    throw explainApiError(
      error,
      {
        step,
        target,
        verb: 'get',
        resource: CES_RESOURCE,
        namespace: '',
        missing: `the ClusterExternalSecret ${name} does not exist (${GROUP}/${VERSION}).`,
        missingNext: 'Check the name in the external-secrets input (clusterexternalsecret/<name>).',
      },
      cluster.server,
    );
  }
}

/**
 * Sets external-secrets.io/force-sync on the ClusterExternalSecret and in its
 * spec.externalSecretMetadata.annotations (ces-rules.ts, clusterForceSyncPatch:
 * why both); its controller copies the value onto every ExternalSecret it owns.
 * Returns the value written.
 */
export async function forceClusterSync(cluster: Cluster, name: string, runId: string, signal?: AbortSignal): Promise<string> {
  const target = cesTarget(name);
  const current = await readClusterExternalSecret(cluster, name, 'sync', signal);
  const value = clusterForceSyncValue(current) === runId ? `${runId}-${Date.now().toString(36)}` : runId;
  try {
    await withRetries(cluster.tuning, { signal, doing: `annotating ${target}` }, (requestSignal) =>
      patchClusterExternalSecret(cluster, name, clusterForceSyncPatch(value), requestSignal),
    );
  } catch (error) {
    throw explainApiError(
      error,
      { step: 'sync', target, verb: 'patch', resource: CES_RESOURCE, namespace: '', missing: `the ClusterExternalSecret ${name} no longer exists.` },
      cluster.server,
    );
  }
  core.info(`${target}: set ${CES_FORCE_SYNC_ANNOTATION}=${value}; its controller copies it to the ExternalSecrets it owns`);
  return value;
}
