import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { AuthorizationV1Api } from '@kubernetes/client-node';

import type { KubeServer } from '../../local-servers/kube/server.ts';
import { kubeConfigFor, rawRequest, startTestServer } from './helpers.ts';

let server: KubeServer;
let authorization: AuthorizationV1Api;

beforeAll(async () => {
  server = await startTestServer();
  authorization = kubeConfigFor(server).makeApiClient(AuthorizationV1Api);
});
afterAll(async () => server.close());
beforeEach(() => server.reset());

const review = (resourceAttributes: Record<string, string>) =>
  authorization.createSelfSubjectAccessReview({
    body: { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', spec: { resourceAttributes } },
  });

describe('SelfSubjectAccessReview', () => {
  test('answers from the RBAC allow-list, which does not need to grant create on the reviews', async () => {
    server.rbac.allowOnly([{ verb: ['get', 'watch'], resource: 'externalsecrets', group: 'external-secrets.io' }]);
    const allowed = await review({ namespace: 'prod', verb: 'watch', group: 'external-secrets.io', resource: 'externalsecrets', name: 'app' });
    const denied = await review({ namespace: 'prod', verb: 'patch', group: 'external-secrets.io', resource: 'externalsecrets', name: 'app' });
    expect(allowed.status?.allowed).toBe(true);
    expect(denied.status?.allowed).toBe(false);
    expect(denied.spec.resourceAttributes?.verb).toBe('patch');
  });

  test('allows everything when no allow-list is set', async () => {
    const answer = await review({ namespace: 'default', verb: 'delete', group: 'apps', resource: 'deployments' });
    expect(answer.status?.allowed).toBe(true);
  });

  test('is refused without credentials, and for any verb but create', async () => {
    const path = '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';
    expect((await rawRequest(server, path, { method: 'POST', body: '{}', token: null })).status).toBe(401);
    expect((await rawRequest(server, path)).status).toBe(405);
    const invalid = await rawRequest(server, path, { method: 'POST', body: JSON.stringify({ spec: {} }) });
    expect(invalid.status).toBe(400);
  });
});
