/**
 * Whether the rules of a SelfSubjectRulesReview allow one request, matched
 * as the RBAC authorizer matches a PolicyRule (kubernetes
 * pkg/apis/rbac/v1/evaluation_helpers.go: VerbMatches, APIGroupMatches,
 * ResourceMatches, ResourceNameMatches): `*` matches any verb, group or
 * resource; `*\/sub` matches that subresource of any resource; an empty
 * resourceNames list matches every name.
 */

/** authorization.k8s.io/v1 ResourceRule. */
export interface ResourceRule {
  readonly verbs?: readonly string[] | undefined;
  readonly apiGroups?: readonly string[] | undefined;
  readonly resources?: readonly string[] | undefined;
  readonly resourceNames?: readonly string[] | undefined;
}

export interface ResourceRequest {
  readonly verb: string;
  /** '' for the core group. */
  readonly group: string;
  /** The plural, e.g. `deployments`. */
  readonly resource: string;
  readonly subresource?: string;
  /** '' for a request on a collection. */
  readonly name: string;
}

const ALL = '*';

export function ruleAllows(rule: ResourceRule, request: ResourceRequest): boolean {
  const verbs = rule.verbs ?? [];
  if (!verbs.includes(ALL) && !verbs.includes(request.verb)) return false;
  const groups = rule.apiGroups ?? [];
  if (!groups.includes(ALL) && !groups.includes(request.group)) return false;
  const resources = rule.resources ?? [];
  const combined = request.subresource ? `${request.resource}/${request.subresource}` : request.resource;
  const resourceMatches =
    resources.includes(ALL) ||
    resources.includes(combined) ||
    (request.subresource !== undefined && request.subresource !== '' && resources.includes(`*/${request.subresource}`));
  if (!resourceMatches) return false;
  const names = rule.resourceNames ?? [];
  return names.length === 0 || names.includes(request.name);
}

export const rulesAllow = (rules: readonly ResourceRule[], request: ResourceRequest): boolean => rules.some((rule) => ruleAllows(rule, request));
