// external-secrets: auto and restart: auto in this process (auto-discovery.test.ts runs the bundle):
// discovery.ts lists against the local Kubernetes API server over real HTTP, and the request log
// counts the list calls. RBAC denials come from the server's access control; 410 Gone and the 404
// of an Argo Rollouts API that is not served are injected faults (the server always serves Rollouts).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { quietCore } from './quiet-core.ts';
import type { KubeObject } from '../../local-servers/kube/objects.ts';

const logged = quietCore();
let discovery: typeof import('../../src/kube/discovery.ts');
let kube: typeof import('../../src/kube/index.ts');
let fixtures: typeof import('../../local-servers/kube/fixtures.ts');
let server: Awaited<ReturnType<(typeof import('../../local-servers/kube/server.ts'))['startKubeServer']>>;
let cluster: Awaited<ReturnType<(typeof import('../../src/kube/index.ts'))['connectCluster']>>;

const NAME = '/rotate-deploy-token/demo/deploy-token';
const OTHER = '/rotate-deploy-token/demo/other-token';
const A = 'team-a';
const B = 'team-b';
const plan = (namespaces: readonly string[] | '*'): import('../../src/kube/discovery.ts').DiscoveryPlan => ({
  externalSecrets: true,
  restart: true,
  namespaces,
  parameterNames: [NAME],
  region: 'us-east-1',
});

beforeAll(async () => {
  const { startKubeServer } = await import('../../local-servers/kube/server.ts');
  discovery = await import('../../src/kube/discovery.ts');
  kube = await import('../../src/kube/index.ts');
  fixtures = await import('../../local-servers/kube/fixtures.ts');
  // No controller is needed: discovery only lists and reads stores.
  server = await startKubeServer({ eso: { enabled: false }, workloads: { enabled: false }, argoRollouts: { enabled: false } });
  cluster = await kube.connectCluster({ kubeconfig: server.kubeconfig() }, { env: {}, sleep: async () => undefined, retryBaseDelayMs: 5 });
});

beforeEach(() => {
  server.reset();
  logged.info.length = 0;
});

afterAll(async () => {
  await cluster.close();
  await server.close();
});

const apply = (object: KubeObject): KubeObject => server.store.apply(object);
const lists = (resource: string, namespace?: string): number =>
  server.requests.count({ verb: 'list', resource, ...(namespace === undefined ? {} : { namespace }) });

/** team-a: a reader and its users; team-b: a reader of another parameter, a reader through a store in eu-west-1. */
function twoTeams(): void {
  apply(fixtures.exampleSecretStore({ namespace: A }));
  apply(fixtures.exampleSecretStore({ namespace: B }));
  apply(fixtures.exampleSecretStore({ namespace: B, secretStoreName: 'aws-eu', region: 'eu-west-1' }));
  apply(fixtures.exampleExternalSecret({ namespace: A, externalSecretName: 'reader-a' }));
  apply(fixtures.exampleExternalSecret({ namespace: B, externalSecretName: 'other-reader', parameterName: OTHER }));
  apply(fixtures.exampleExternalSecret({ namespace: B, externalSecretName: 'eu-reader', secretStoreName: 'aws-eu' }));
  apply(fixtures.exampleDeployment({ namespace: A, workloadName: 'env-user', externalSecretName: 'reader-a' }));
  apply(fixtures.exampleStatefulSet({ namespace: A, workloadName: 'set-user', externalSecretName: 'reader-a' }));
  const paused = fixtures.exampleDeployment({ namespace: A, workloadName: 'paused', externalSecretName: 'reader-a' }) as KubeObject & { spec: object };
  apply({ ...paused, spec: { ...paused.spec, paused: true } });
  apply(fixtures.exampleDeployment({ namespace: A, workloadName: 'unrelated', externalSecretName: 'something-else' }));
}

/** What discoverWorkloads takes: the preflight's records of the readers found (only the target Secret matters). */
const records = (...refs: { namespace: string; name: string }[]): import('../../src/kube/externalsecrets.ts').ExternalSecretRecord[] =>
  refs.map((ref) => ({ ref, targetSecret: ref, syncedResourceVersion: '', refreshPolicy: 'OnChange', refreshInterval: '1h', ready: null }));

describe('discoverExternalSecrets', () => {
  test('finds the reader with where it reads, leaves out the other parameter and the other region, one list per namespace', async () => {
    twoTeams();
    const result = await discovery.discoverExternalSecrets(cluster, plan([A, B]));
    expect(result.refs).toEqual([{ namespace: A, name: 'reader-a' }]);
    expect(result.found).toEqual([{ target: `${A}/externalsecret/reader-a`, reasons: ['data[0].remoteRef.key'] }]);
    // The server lists in name order.
    expect(result.leftOut.map((out) => out.target)).toEqual([`${B}/externalsecret/eu-reader`, `${B}/externalsecret/other-reader`]);
    expect(result.leftOut[0]?.reason).toContain(`its store SecretStore ${B}/aws-eu reads Parameter Store in region eu-west-1`);
    expect(result.leftOut[1]?.reason).toContain(`it reads another parameter (${OTHER})`);
    expect(result.pages).toBe(2);
    expect(lists('externalsecrets', A)).toBe(1);
    expect(lists('externalsecrets', B)).toBe(1);
    // Each store that could matter is read once, never an ExternalSecret one by one.
    expect(server.requests.count({ verb: 'get', resource: 'externalsecrets' })).toBe(0);
    expect(logged.info).toContain(`auto: 1 found, 2 left out, looking for ExternalSecrets reading ${NAME} in namespaces ${A}, ${B} (2 list requests)`);
  });

  test('* makes one list across every namespace', async () => {
    twoTeams();
    const result = await discovery.discoverExternalSecrets(cluster, plan('*'));
    expect(result.refs).toEqual([{ namespace: A, name: 'reader-a' }]);
    expect(result.leftOut).toHaveLength(2);
    expect(result.pages).toBe(1);
    expect(server.requests.list({ verb: 'list', resource: 'externalsecrets' }).map((r) => r.namespace)).toEqual(['']);
  });

  test('a list longer than a page (500, kubectl’s chunk size) is read page by page with the continue token', async () => {
    apply(fixtures.exampleSecretStore({ namespace: A }));
    for (let i = 0; i < 501; i++) apply(fixtures.exampleExternalSecret({ namespace: A, externalSecretName: `reader-${String(i).padStart(3, '0')}` }));
    const result = await discovery.discoverExternalSecrets(cluster, plan([A]));
    expect(result.refs).toHaveLength(501);
    expect(new Set(result.refs.map((ref) => ref.name)).size).toBe(501);
    expect(result.pages).toBe(2);
    const queries = server.requests.list({ verb: 'list', resource: 'externalsecrets' }).map((r) => new URLSearchParams(r.query));
    expect(queries.map((q) => q.get('limit'))).toEqual(['500', '500']);
    expect(queries[0]?.has('continue')).toBe(false);
    expect(queries[1]?.get('continue')).toBeTruthy();
  });

  test('a continue token answered 410 Gone starts the list again from the first page, without doubling items', async () => {
    apply(fixtures.exampleSecretStore({ namespace: A }));
    for (let i = 0; i < 501; i++) apply(fixtures.exampleExternalSecret({ namespace: A, externalSecretName: `reader-${String(i).padStart(3, '0')}` }));
    server.faults.add({
      match: { verb: 'list', resource: 'externalsecrets', namespace: A },
      action: { type: 'status', code: 410, message: 'The provided continue parameter is too old to display a consistent list result.' },
      skip: 1,
      times: 1,
    });
    const result = await discovery.discoverExternalSecrets(cluster, plan([A]));
    expect(result.refs).toHaveLength(501);
    // Page 1, page 2 (410), then page 1 and page 2 again.
    expect(lists('externalsecrets', A)).toBe(4);
    expect(result.pages).toBe(3);
  });

  test('410 Gone is retried at most twice, then fails in preflight naming the list', async () => {
    twoTeams();
    server.faults.add({ match: { verb: 'list', resource: 'externalsecrets', namespace: A }, action: { type: 'status', code: 410, message: 'Expired' } });
    const error = await discovery.discoverExternalSecrets(cluster, plan([A])).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StepError', step: 'preflight', target: `externalsecrets.external-secrets.io in namespace ${A}` });
    expect(lists('externalsecrets', A)).toBe(3);
  });

  test('403 on the cluster-wide list names the verb list, the resource and cluster scope', async () => {
    twoTeams();
    server.rbac.allowOnly([{ verb: '*', resource: '*', group: '*', namespace: [A, B] }]);
    const error = await discovery.discoverExternalSecrets(cluster, plan('*')).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StepError', step: 'preflight', target: 'externalsecrets.external-secrets.io in every namespace' });
    expect((error as Error).message).toContain('lack the RBAC verb list on externalsecrets.external-secrets.io at cluster scope');
  });

  test('403 in one namespace names that namespace', async () => {
    twoTeams();
    server.rbac.allowOnly([{ verb: '*', resource: '*', group: '*', namespace: [A] }]);
    const error = await discovery.discoverExternalSecrets(cluster, plan([A, B])).catch((e: unknown) => e);
    expect((error as Error).message).toContain(`lack the RBAC verb list on externalsecrets.external-secrets.io in namespace ${B}`);
  });

  test('nothing found fails in preflight, saying where it looked and how many it looked at', async () => {
    twoTeams();
    const error = await discovery.discoverExternalSecrets(cluster, plan([B])).catch((e: unknown) => e);
    expect(error).toMatchObject({ step: 'preflight', target: 'external-secrets: auto' });
    expect((error as Error).message).toContain(`no ExternalSecret in namespace ${B} reads ${NAME} from AWS Parameter Store in us-east-1 (2 looked at)`);
  });

  test('a reader whose store is missing is judged with the prefix unknown, not failed', async () => {
    apply(fixtures.exampleExternalSecret({ namespace: A, externalSecretName: 'no-store', secretStoreName: 'missing' }));
    const result = await discovery.discoverExternalSecrets(cluster, plan([A]));
    expect(result.refs).toEqual([{ namespace: A, name: 'no-store' }]);
    expect(server.requests.count({ verb: 'get', resource: 'secretstores', name: 'missing' })).toBeGreaterThanOrEqual(1);
  });
});

describe('ESO v1 not served', () => {
  test('a 404 on the ExternalSecret list says ESO v1 is not served', async () => {
    const { startKubeServer } = await import('../../local-servers/kube/server.ts');
    const old = await startKubeServer({ externalSecretsVersions: ['v1beta1'], eso: { enabled: false }, workloads: { enabled: false } });
    const oldCluster = await kube.connectCluster({ kubeconfig: old.kubeconfig() }, { env: {}, sleep: async () => undefined, retryBaseDelayMs: 5 });
    try {
      const error = await discovery.discoverExternalSecrets(oldCluster, plan([A])).catch((e: unknown) => e);
      expect(error).toMatchObject({ step: 'preflight', target: 'external-secrets: auto' });
      expect((error as Error).message).toContain('does not serve externalsecrets.external-secrets.io at external-secrets.io/v1');
    } finally {
      await oldCluster.close();
      await old.close();
    }
  });
});

describe('discoverWorkloads', () => {
  test('finds the users of the target Secret, reports the paused one, one list per kind in the namespace', async () => {
    twoTeams();
    const result = await discovery.discoverWorkloads(cluster, plan([A, B]), records({ namespace: A, name: 'reader-a' }));
    expect(result.found.map((f) => f.target).sort()).toEqual([`${A}/deployment/env-user`, `${A}/deployment/paused`, `${A}/statefulset/set-user`]);
    expect(result.found.find((f) => f.target === `${A}/deployment/env-user`)?.reasons).toEqual(['containers[0].env[0] uses Secret reader-a']);
    expect(result.found.find((f) => f.target === `${A}/deployment/paused`)?.notRestarted).toBe(
      'it is paused (spec.paused: true), so a restart would not roll out',
    );
    expect(result.refs.map((r) => `${r.kind}/${r.name}`).sort()).toEqual(['Deployment/env-user', 'StatefulSet/set-user']);
    // Only the namespace holding a target Secret is listed, once per kind.
    for (const resource of ['deployments', 'statefulsets', 'daemonsets', 'rollouts']) {
      expect(lists(resource, A)).toBe(1);
      expect(lists(resource, B)).toBe(0);
    }
    expect(result.pages).toBe(4);
    expect(logged.info.some((line) => line.includes('reported, not restarted: it is paused'))).toBe(true);
  });

  test('* lists each kind once across every namespace', async () => {
    twoTeams();
    const result = await discovery.discoverWorkloads(cluster, plan('*'), records({ namespace: A, name: 'reader-a' }));
    expect(result.refs).toHaveLength(2);
    for (const resource of ['deployments', 'statefulsets', 'daemonsets', 'rollouts']) {
      expect(server.requests.list({ verb: 'list', resource }).map((r) => r.namespace)).toEqual(['']);
    }
  });

  test('Rollouts are skipped where their API is not served (404); the other kinds are still found', async () => {
    twoTeams();
    server.faults.add({
      match: { verb: 'list', resource: 'rollouts' },
      action: { type: 'status', code: 404, message: 'the server could not find the requested resource' },
    });
    const result = await discovery.discoverWorkloads(cluster, plan([A]), records({ namespace: A, name: 'reader-a' }));
    expect(result.refs.map((r) => `${r.kind}/${r.name}`).sort()).toEqual(['Deployment/env-user', 'StatefulSet/set-user']);
    expect(lists('rollouts', A)).toBe(1);
    expect(result.pages).toBe(3);
  });

  test('a Rollout whose workloadRef names a Deployment of the namespace is judged by that template', async () => {
    twoTeams();
    apply({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      metadata: { name: 'ro', namespace: A },
      spec: { replicas: 1, selector: { matchLabels: { app: 'env-user' } }, workloadRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'env-user' } },
    });
    const result = await discovery.discoverWorkloads(cluster, plan([A]), records({ namespace: A, name: 'reader-a' }));
    expect(result.found.find((f) => f.target === `${A}/rollout/ro`)?.reasons).toEqual([
      'workloadRef deployment/env-user containers[0].env[0] uses Secret reader-a',
    ]);
  });

  test('403 on a workload list names the verb and the resource', async () => {
    twoTeams();
    server.rbac.allowOnly([{ verb: '*', resource: ['deployments'], group: '*', namespace: [A] }]);
    const error = await discovery.discoverWorkloads(cluster, plan([A]), records({ namespace: A, name: 'reader-a' })).catch((e: unknown) => e);
    expect((error as Error).message).toContain(`lack the RBAC verb list on statefulsets.apps in namespace ${A}`);
  });

  test('no user of the target Secrets fails in preflight naming restart: auto', async () => {
    twoTeams();
    const error = await discovery.discoverWorkloads(cluster, plan([A, B]), records({ namespace: B, name: 'eu-reader' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ step: 'preflight', target: 'restart: auto' });
    expect((error as Error).message).toContain(`no Deployment, StatefulSet, DaemonSet or Rollout in namespace ${B} uses the target Secrets`);
  });
});

describe('discoveryReport', () => {
  test('adds the pages of both searches and joins what they left out', () => {
    const report = discovery.discoveryReport(
      plan([A, B]),
      { found: [{ target: 'x', reasons: ['r'] }], leftOut: [{ target: 'y', reason: 'n' }], pages: 2 },
      { found: [], leftOut: [{ target: 'z', reason: 'm' }], pages: 8 },
    );
    expect(report).toEqual({
      where: `namespaces ${A}, ${B}`,
      externalSecrets: [{ target: 'x', reasons: ['r'] }],
      workloads: [],
      leftOut: [
        { target: 'y', reason: 'n' },
        { target: 'z', reason: 'm' },
      ],
      pages: 10,
    });
    expect(discovery.discoveryReport(plan('*'), undefined, undefined)).toMatchObject({ where: 'every namespace', pages: 0, leftOut: [] });
  });
});

describe('preflightCluster with auto', () => {
  test('the readers and users found join the plan and the report', async () => {
    twoTeams();
    const result = await kube.preflightCluster(cluster, { externalSecrets: [], restart: [], discovery: plan([A, B]) });
    expect(result.externalSecrets.map((r) => r.ref)).toEqual([{ namespace: A, name: 'reader-a' }]);
    expect(result.discovery).toMatchObject({ where: `namespaces ${A}, ${B}`, pages: 6 });
    expect(result.discovery?.workloads.map((f) => f.target).sort()).toEqual([
      `${A}/deployment/env-user`,
      `${A}/deployment/paused`,
      `${A}/statefulset/set-user`,
    ]);
  });
});
