/* eslint-disable @typescript-eslint/no-unsafe-member-access -- this suite reads the review's JSON answer as `any` and pins its shape with toEqual. */
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
beforeEach(() => {
  server.reset();
});

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

describe('SelfSubjectRulesReview', () => {
  const path = '/apis/authorization.k8s.io/v1/selfsubjectrulesreviews';
  const rulesIn = async (namespace: string) => {
    const answer = await rawRequest(server, path, {
      method: 'POST',
      body: JSON.stringify({ apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectRulesReview', spec: { namespace } }),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: answer.status, body: answer.json as Record<string, any> };
  };

  test('lists the rules that apply in the namespace, and the ones every user holds', async () => {
    server.rbac.allowOnly([
      { verb: ['get', 'watch'], resource: 'externalsecrets', group: 'external-secrets.io' },
      { verb: 'patch', resource: 'deployments', group: 'apps', namespace: 'prod', name: 'api' },
      { verb: 'get', resource: 'secrets', group: '', namespace: 'staging' },
    ]);
    const answer = await rulesIn('prod');
    expect(answer.status).toBe(201);
    expect(answer.body.kind).toBe('SelfSubjectRulesReview');
    expect(answer.body.status.incomplete).toBe(false);
    expect(answer.body.status.resourceRules).toEqual([
      { verbs: ['create'], apiGroups: ['authorization.k8s.io'], resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'] },
      { verbs: ['get', 'watch'], apiGroups: ['external-secrets.io'], resources: ['externalsecrets'] },
      { verbs: ['patch'], apiGroups: ['apps'], resources: ['deployments'], resourceNames: ['api'] },
    ]);
    expect(answer.body.status.nonResourceRules[0].verbs).toEqual(['get']);
  });

  test('without an allow-list, everything', async () => {
    const answer = await rulesIn('default');
    expect(answer.body.status.resourceRules).toEqual([{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }]);
  });

  test('refuses a review without a namespace, as the apiserver does', async () => {
    const answer = await rulesIn('');
    expect(answer.status).toBe(400);
    expect(answer.body.message).toBe('no namespace on request');
  });
});
