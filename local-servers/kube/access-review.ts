// SelfSubjectAccessReview ("may I do this?") and SelfSubjectRulesReview ("what may I do
// in this namespace?"), answered from the RBAC allowlist. Every
// authenticated user may create one: the apiserver's system:basic-user ClusterRole grants
// `create` on both reviews to the group system:authenticated, so the allowlist
// does not gate it, just as a Role cannot take it away on a real cluster.

import type { IncomingMessage, ServerResponse } from 'node:http';

import type { AccessControl, RbacRule } from './access-control.ts';
import { badRequest, methodNotAllowed } from './api-errors.ts';
import { isMap } from './objects.ts';
import { PROTOBUF_CONTENT_TYPE, protobufFields, unwrapEnvelope } from './protobuf.ts';
import { readBody, sendJson, type RequestInfo } from './rest-api.ts';

export const isSelfSubjectAccessReview = (info: RequestInfo): boolean =>
  info.isResourceRequest && info.group === 'authorization.k8s.io' && info.resource === 'selfsubjectaccessreviews';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Answers POST /apis/authorization.k8s.io/v1/selfsubjectaccessreviews with status.allowed. */
export const answerSelfSubjectAccessReview = async (access: AccessControl, info: RequestInfo, req: IncomingMessage, res: ServerResponse): Promise<void> => {
  if (info.verb !== 'create' || info.name !== '') throw methodNotAllowed();
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req)) as unknown;
  } catch (error) {
    throw badRequest(`couldn't get version/kind; json parse error: ${error instanceof Error ? error.message : String(error)}`);
  }
  const spec = isMap(body) && isMap(body.spec) ? body.spec : undefined;
  const resource = spec && isMap(spec.resourceAttributes) ? spec.resourceAttributes : undefined;
  const nonResource = spec && isMap(spec.nonResourceAttributes) ? spec.nonResourceAttributes : undefined;
  if (!spec || (resource === undefined) === (nonResource === undefined)) {
    throw badRequest(
      'SelfSubjectAccessReview.authorization.k8s.io "" is invalid: spec: Invalid value: exactly one of nonResourceAttributes or resourceAttributes must be specified',
    );
  }
  // Non-resource URLs (discovery, /version, /healthz) are open to every authenticated user here.
  const allowed =
    resource === undefined ||
    access.authorize({
      user: access.user,
      verb: text(resource.verb),
      group: text(resource.group),
      resource: text(resource.resource),
      subresource: text(resource.subresource),
      namespace: text(resource.namespace),
      name: text(resource.name),
    });
  sendJson(res, 201, {
    kind: 'SelfSubjectAccessReview',
    apiVersion: 'authorization.k8s.io/v1',
    metadata: { creationTimestamp: null },
    spec,
    status: allowed ? { allowed: true, reason: 'allowed by the local RBAC allowlist' } : { allowed: false },
  });
};

export const isSelfSubjectRulesReview = (info: RequestInfo): boolean =>
  info.isResourceRequest && info.group === 'authorization.k8s.io' && info.resource === 'selfsubjectrulesreviews';

const listOf = (value: string | string[] | undefined): string[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

// What every authenticated user holds on a real cluster: the system:basic-user ClusterRole
// (create on both self reviews) and system:discovery / system:public-info-viewer (get on the
// discovery and health URLs), bound to the group system:authenticated by the apiserver's
// bootstrap policy (plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go).
const BASIC_USER_RULE = {
  verbs: ['create'],
  apiGroups: ['authorization.k8s.io'],
  resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'],
};
const DISCOVERY_RULES = [
  {
    verbs: ['get'],
    nonResourceURLs: ['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/livez', '/openapi', '/openapi/*', '/readyz', '/version', '/version/'],
  },
];

/** An allowlist rule as an authorization.k8s.io/v1 ResourceRule; an omitted group or name list means any. */
const resourceRule = (rule: RbacRule): Record<string, string[]> => {
  const names = listOf(rule.name);
  return {
    verbs: listOf(rule.verb) ?? [],
    apiGroups: listOf(rule.group) ?? ['*'],
    resources: listOf(rule.resource) ?? [],
    ...(names === undefined ? {} : { resourceNames: names }),
  };
};

/**
 * Answers POST /apis/authorization.k8s.io/v1/selfsubjectrulesreviews: the rules that apply to the
 * caller in spec.namespace (authorization.k8s.io/v1 SubjectRulesReviewStatus: resourceRules,
 * nonResourceRules, incomplete). The apiserver refuses a review without a namespace with
 * 400 "no namespace on request" (pkg/registry/authorization/selfsubjectrulesreview/rest.go).
 * Every rule here comes from the one allowlist, so the answer is never incomplete.
 */
export const answerSelfSubjectRulesReview = async (access: AccessControl, info: RequestInfo, req: IncomingMessage, res: ServerResponse): Promise<void> => {
  if (info.verb !== 'create' || info.name !== '') throw methodNotAllowed();
  const namespace = await rulesReviewNamespace(req);
  if (namespace === '') throw badRequest('no namespace on request');
  const rules = access.rulesIn(namespace);
  const resourceRules = rules === null ? [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }] : [BASIC_USER_RULE, ...rules.map(resourceRule)];
  const nonResourceRules = rules === null ? [{ verbs: ['*'], nonResourceURLs: ['*'] }] : DISCOVERY_RULES;
  sendJson(res, 201, {
    kind: 'SelfSubjectRulesReview',
    apiVersion: 'authorization.k8s.io/v1',
    metadata: { creationTimestamp: null },
    spec: { namespace },
    status: { resourceRules, nonResourceRules, incomplete: false },
  });
};

/** spec.namespace of a SelfSubjectRulesReview sent as JSON or, as kubectl sends it, protobuf. */
async function rulesReviewNamespace(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  if ((req.headers['content-type'] ?? '').split(';')[0]?.trim() === PROTOBUF_CONTENT_TYPE) {
    try {
      // SelfSubjectRulesReview { metadata = 1, spec = 2 { namespace = 1 }, status = 3 } (authorization/v1 generated.proto).
      const spec = protobufFields(protobufFields(unwrapEnvelope(bytes).raw).get(2) ?? Buffer.alloc(0));
      return (spec.get(1) ?? Buffer.alloc(0)).toString('utf8');
    } catch (error) {
      throw badRequest(`couldn't decode the protobuf body: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (error) {
    throw badRequest(`couldn't get version/kind; json parse error: ${error instanceof Error ? error.message : String(error)}`);
  }
  return isMap(body) && isMap(body.spec) ? text(body.spec.namespace) : '';
}
