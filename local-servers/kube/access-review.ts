// SelfSubjectAccessReview ("may I do this?"), answered from the RBAC allowlist. Every
// authenticated user may create one: the apiserver's system:basic-user ClusterRole grants
// `create` on selfsubjectaccessreviews to the group system:authenticated, so the allowlist
// does not gate it, just as a Role cannot take it away on a real cluster.

import type { IncomingMessage, ServerResponse } from 'node:http';

import type { AccessControl } from './access-control.ts';
import { badRequest, methodNotAllowed } from './api-errors.ts';
import { isMap } from './objects.ts';
import { readBody, sendJson, type RequestInfo } from './rest-api.ts';

export const isSelfSubjectAccessReview = (info: RequestInfo): boolean =>
  info.isResourceRequest && info.group === 'authorization.k8s.io' && info.resource === 'selfsubjectaccessreviews';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Answers POST /apis/authorization.k8s.io/v1/selfsubjectaccessreviews with status.allowed. */
export const answerSelfSubjectAccessReview = async (
  access: AccessControl,
  info: RequestInfo,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> => {
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
    throw badRequest('SelfSubjectAccessReview.authorization.k8s.io "" is invalid: spec: Invalid value: exactly one of nonResourceAttributes or resourceAttributes must be specified');
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
