/**
 * The HTTP requests of one rotation, from the local servers' request logs,
 * grouped in the order they were made and each group given the reason the
 * action makes it (read from src/rotate.ts, src/ssm/ and src/kube/).
 */
import type { RequestRecord as KubeRequest } from '../local-servers/kube/request-log.ts';
import type { RequestRecord as SsmRequest } from '../local-servers/ssm/request-log.ts';

export interface RequestGroup {
  readonly api: 'SSM' | 'Kubernetes';
  /** `GetParameter`, or `get externalsecrets` (verb and resource). */
  readonly call: string;
  readonly count: number;
  readonly why: string;
}

/** Consecutive equal calls become one group (the SDK and client-node make them back to back). */
function group(api: RequestGroup['api'], calls: readonly { call: string; why: string }[]): RequestGroup[] {
  const groups: RequestGroup[] = [];
  for (const { call, why } of calls) {
    const last = groups[groups.length - 1];
    if (last?.call === call && last.why === why) groups[groups.length - 1] = { ...last, count: last.count + 1 };
    else groups.push({ api, call, count: 1, why });
  }
  return groups;
}

/** The action's SSM calls (filter the log by the action's access key first: ESO reads SSM too). */
export function explainSsmRequests(requests: readonly SsmRequest[]): RequestGroup[] {
  let written = false;
  let labels = 0;
  const calls = requests.map((request) => {
    const call = request.operation;
    switch (call) {
      case 'GetParameterHistory':
        return {
          call,
          why: 'preflight: every version without decryption: the latest version and its type (a String is refused), its KMS key and tier, where current and previous are (drift check, the version consumers hold), labels on the oldest version and on the previous target, writer of a drifted version',
        };
      case 'PutParameter':
        written = true;
        return { call, why: 'write: the new token as a SecureString (Overwrite)' };
      case 'LabelParameterVersion':
        labels++;
        return {
          call,
          why: labels === 1 ? 'label: current -> the new version' : 'label: previous -> the version consumers held (current was on it before the run)',
        };
      case 'AddTagsToResource':
        return { call, why: 'tags on an overwritten parameter (PutParameter cannot carry them with Overwrite)' };
      case 'GetParameters':
        return written
          ? {
              call,
              why: 'confirm: name, name:current and name:previous in one request without decryption: still the latest version (else the token is stale), labels still where this run put them',
            }
          : { call, why: 'not expected before the write' };
      default:
        return { call, why: 'not expected in this rotation' };
    }
  });
  return group('SSM', calls);
}

const WORKLOADS = new Set(['deployments', 'statefulsets', 'daemonsets']);

/** The action's Kubernetes calls (filter the log by the action's user agent first). */
export function explainKubeRequests(requests: readonly KubeRequest[]): RequestGroup[] {
  let accessChecked = false;
  let esPatched = false;
  let workloadPatched = false;
  const calls = requests.map((request) => {
    const resource = request.subresource ? `${request.resource}/${request.subresource}` : request.resource || request.path;
    const call = `${request.verb} ${resource}`;
    const why = ((): string => {
      if (request.resource === 'selfsubjectrulesreviews') {
        accessChecked = true;
        return 'preflight: RBAC self-check, one review per namespace answering patch and watch on the ExternalSecret and on the workload, so a missing verb fails before SSM is written';
      }
      if (request.resource === 'selfsubjectaccessreviews') {
        accessChecked = true;
        return 'preflight: RBAC self-check of one verb the rules review could not settle (incomplete or unanswered)';
      }
      if (request.resource === 'externalsecrets') {
        if (request.verb === 'patch') {
          esPatched = true;
          return 'force-sync: set the annotation to a value unique to the run';
        }
        if (request.verb === 'watch') return 'wait for sync: watch until syncedResourceVersion changes and Ready=True/SecretSynced';
        if (esPatched) return 'wait for sync: first GET (ESO may already be done), then a watch from its resourceVersion';
        if (accessChecked) return 'force-sync: syncedResourceVersion and resourceVersion the annotation patch is conditioned on';
        return 'preflight: exists at external-secrets.io/v1, refresh settings let a forced sync happen, target Secret';
      }
      if (request.resource === 'secretstores' || request.resource === 'clustersecretstores') {
        return "preflight: the ExternalSecret's store is AWS ParameterStore in the action's region (optional: a 403 only warns)";
      }
      if (request.resource === 'secrets') {
        return esPatched ? "verify: the key hashes to the new token's fingerprint" : 'preflight: the target Secret is readable (verify-secret-key given)';
      }
      if (WORKLOADS.has(request.resource)) {
        if (request.verb === 'patch') {
          workloadPatched = true;
          return 'restart: restartedAt pod-template annotation (strategic merge patch)';
        }
        if (request.verb === 'watch') return 'rollout: watch until observedGeneration and updated/ready/available replicas say done';
        if (workloadPatched) return 'rollout: first GET, then a watch from its resourceVersion';
        return 'preflight: exists, not paused, Reloader annotations, generation';
      }
      return 'not expected in this rotation';
    })();
    return { call, why };
  });
  return group('Kubernetes', calls);
}

/** `{ GetParameterHistory: 1, PutParameter: 1, ... }` from groups. */
export function countsOf(groups: readonly RequestGroup[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { call, count } of groups) counts[call] = (counts[call] ?? 0) + count;
  return counts;
}
