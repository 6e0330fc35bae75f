import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { quietCore } from './quiet-core.ts';
import { sendJson, startStubApi, statusBody } from './stub-api.ts';
import type { StubApi } from './stub-api.ts';

quietCore();
let kube: typeof import('../../src/kube/index.ts');
let stub: StubApi;
/** The RBAC verbs the stub's SelfSubjectAccessReviews deny, as `verb resource`. */
let denied: string[] = [];
let reviews: unknown[] = [];
let reviewsAnswer: 'answer' | 'missing' = 'answer';
/** How the stub answers SelfSubjectRulesReviews: from `denied` (complete or not), or 404. */
let rulesAnswer: 'complete' | 'incomplete' | 'missing' = 'missing';
let rulesReviews: unknown[] = [];
const VERBS = ['get', 'patch', 'watch'];

const externalSecret = {
  apiVersion: 'external-secrets.io/v1',
  kind: 'ExternalSecret',
  metadata: { name: 'app', namespace: 'prod', resourceVersion: '5' },
  spec: { refreshInterval: '1h', target: { name: 'app-token' } },
  status: { syncedResourceVersion: '1-abc', conditions: [{ type: 'Ready', status: 'True', reason: 'SecretSynced' }] },
};
const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'api', namespace: 'prod', generation: 3 },
  spec: { replicas: 1, template: { spec: { containers: [] } } },
};

beforeAll(async () => {
  kube = await import('../../src/kube/index.ts');
  stub = await startStubApi((request, response, body) => {
    const url = request.url ?? '';
    if (request.method === 'POST' && url.startsWith('/apis/authorization.k8s.io/v1/selfsubjectaccessreviews')) {
      if (reviewsAnswer === 'missing') {
        sendJson(response, 404, statusBody(404, 'NotFound', 'the server could not find the requested resource'));
        return;
      }
      const review = JSON.parse(body) as { spec: { resourceAttributes: { verb: string; resource: string } } };
      reviews.push(review.spec.resourceAttributes);
      const { verb, resource } = review.spec.resourceAttributes;
      sendJson(response, 201, { ...review, status: { allowed: !denied.includes(`${verb} ${resource}`) } });
      return;
    }
    if (request.method === 'POST' && url.startsWith('/apis/authorization.k8s.io/v1/selfsubjectrulesreviews')) {
      if (rulesAnswer === 'missing') {
        sendJson(response, 404, statusBody(404, 'NotFound', 'the server could not find the requested resource'));
        return;
      }
      const review = JSON.parse(body) as { spec: { namespace: string } };
      rulesReviews.push(review.spec);
      const grant = (group: string, resource: string) => ({
        verbs: VERBS.filter((verb) => !denied.includes(`${verb} ${resource}`)),
        apiGroups: [group],
        resources: [resource],
      });
      const resourceRules = [grant('external-secrets.io', 'externalsecrets'), grant('apps', 'deployments')];
      sendJson(response, 201, { ...review, status: { resourceRules, nonResourceRules: [], incomplete: rulesAnswer === 'incomplete' } });
      return;
    }
    if (url.startsWith('/apis/external-secrets.io/v1/namespaces/prod/externalsecrets/app')) {
      sendJson(response, 200, externalSecret);
      return;
    }
    if (url.startsWith('/apis/apps/v1/namespaces/prod/deployments/api')) {
      sendJson(response, 200, deployment);
      return;
    }
    sendJson(response, 404, statusBody(404, 'NotFound', 'not found'));
  });
});

afterAll(async () => {
  await stub.close();
});

const plan = {
  externalSecrets: [{ namespace: 'prod', name: 'app' }],
  restart: [{ kind: 'Deployment' as const, namespace: 'prod', name: 'api' }],
};

describe('the RBAC self-check in preflight', () => {
  beforeEach(() => {
    rulesAnswer = 'missing';
    rulesReviews = [];
    reviews = [];
  });

  test('one SelfSubjectRulesReview per namespace answers every verb', async () => {
    denied = [];
    rulesAnswer = 'complete';
    const cluster = await kube.connectCluster({ kubeconfig: stub.kubeconfig() }, { env: {} });
    await kube.preflightCluster(cluster, plan);
    expect(rulesReviews).toEqual([{ namespace: 'prod' }]);
    expect(reviews).toEqual([]);
    await cluster.close();
  });

  test('a verb a complete rules review does not allow fails preflight with the same sentence', async () => {
    denied = ['patch externalsecrets'];
    rulesAnswer = 'complete';
    const cluster = await kube.connectCluster({ kubeconfig: stub.kubeconfig() }, { env: {} });
    await expect(kube.preflightCluster(cluster, plan)).rejects.toMatchObject({
      step: 'preflight',
      target: 'prod/externalsecret/app',
      reason: 'the credentials lack the RBAC verb patch on externalsecrets.external-secrets.io in namespace prod.',
    });
    expect(reviews).toEqual([]);
    await cluster.close();
  });

  test('an incomplete rules review is confirmed by a SelfSubjectAccessReview for the verbs it does not show', async () => {
    denied = ['watch deployments'];
    rulesAnswer = 'incomplete';
    const cluster = await kube.connectCluster({ kubeconfig: stub.kubeconfig() }, { env: {} });
    await expect(kube.preflightCluster(cluster, plan)).rejects.toMatchObject({
      reason: 'the credentials lack the RBAC verb watch on deployments.apps in namespace prod.',
    });
    expect(rulesReviews).toHaveLength(1);
    expect(reviews).toEqual([{ namespace: 'prod', verb: 'watch', group: 'apps', resource: 'deployments', name: 'api' }]);
    await cluster.close();
  });

  test('without rules reviews, asks a SelfSubjectAccessReview for exactly the verbs the later steps use', async () => {
    denied = [];
    reviewsAnswer = 'answer';
    const cluster = await kube.connectCluster({ kubeconfig: stub.kubeconfig() }, { env: {} });
    await kube.preflightCluster(cluster, plan);
    expect(reviews).toEqual([
      { namespace: 'prod', verb: 'patch', group: 'external-secrets.io', resource: 'externalsecrets', name: 'app' },
      { namespace: 'prod', verb: 'watch', group: 'external-secrets.io', resource: 'externalsecrets', name: 'app' },
      { namespace: 'prod', verb: 'patch', group: 'apps', resource: 'deployments', name: 'api' },
      { namespace: 'prod', verb: 'watch', group: 'apps', resource: 'deployments', name: 'api' },
    ]);
    await cluster.close();
  });

  test('a denied verb fails preflight, before anything is written, naming it exactly', async () => {
    denied = ['watch deployments'];
    reviewsAnswer = 'answer';
    const cluster = await kube.connectCluster({ kubeconfig: stub.kubeconfig() }, { env: {} });
    await expect(kube.preflightCluster(cluster, plan)).rejects.toMatchObject({
      step: 'preflight',
      target: 'prod/deployment/api',
      reason: 'the credentials lack the RBAC verb watch on deployments.apps in namespace prod.',
    });
    expect(stub.requests.filter((line) => line.startsWith('PATCH'))).toEqual([]);
    await cluster.close();
  });

  test('a server that does not answer SelfSubjectAccessReviews does not fail preflight', async () => {
    reviewsAnswer = 'missing';
    const cluster = await kube.connectCluster({ kubeconfig: stub.kubeconfig() }, { env: {} });
    await expect(kube.preflightCluster(cluster, plan)).resolves.toMatchObject({ workloads: [{ generation: 3, reloaderManaged: false }] });
    await cluster.close();
  });
});
