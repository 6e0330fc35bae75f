import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { ApiException, AppsV1Api, CoreV1Api, CustomObjectsApi, PatchStrategy, setHeaderOptions, type V1Deployment } from '@kubernetes/client-node';
import { present } from '../../local-servers/present.ts';

import type { KubeServer } from '../../local-servers/kube/server.ts';
import { exampleDeployment, exampleExternalSecret, exampleSecretStore } from '../../local-servers/kube/fixtures.ts';
import { kubeConfigFor, rawRequest, startTestServer } from './helpers.ts';

const exampleDeploymentObject = (): V1Deployment => exampleDeployment() as unknown as V1Deployment;

const esApi = { group: 'external-secrets.io', version: 'v1', namespace: 'default', plural: 'externalsecrets' };

/** The Status body of a failed call through the typed client. */
const statusOf = async (call: Promise<unknown>): Promise<{ code: number; reason?: string; message?: string; details?: unknown }> => {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiException) {
      const body = typeof error.body === 'string' ? (JSON.parse(error.body) as Record<string, unknown>) : (error.body as Record<string, unknown>);
      return { code: error.code, ...(body as object) };
    }
    throw error;
  }
  throw new Error('expected the call to fail');
};

describe('local kube API server: REST', () => {
  let server: KubeServer;
  let apps: AppsV1Api;
  let core: CoreV1Api;
  let custom: CustomObjectsApi;

  beforeAll(async () => {
    // Controllers off: these tests look at the API machinery alone.
    server = await startTestServer({ eso: { enabled: false }, workloads: { enabled: false } });
    const kc = kubeConfigFor(server);
    apps = kc.makeApiClient(AppsV1Api);
    core = kc.makeApiClient(CoreV1Api);
    custom = kc.makeApiClient(CustomObjectsApi);
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.reset();
  });

  test('create, read, list, replace and delete a Deployment with apiserver defaults', async () => {
    const created = await apps.createNamespacedDeployment({ namespace: 'default', body: exampleDeploymentObject() });
    expect(created.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.metadata?.generation).toBe(1);
    expect(created.metadata?.creationTimestamp).toBeInstanceOf(Date);
    expect(created.spec?.strategy?.type).toBe('RollingUpdate');
    expect(created.spec?.progressDeadlineSeconds).toBe(600);
    expect(created.spec?.revisionHistoryLimit).toBe(10);

    const read = await apps.readNamespacedDeployment({ name: 'api', namespace: 'default' });
    expect(read.metadata?.resourceVersion).toBe(created.metadata?.resourceVersion);

    const list = await apps.listNamespacedDeployment({ namespace: 'default', labelSelector: 'app=api' });
    expect(list.items.map((item) => item.metadata?.name)).toEqual(['api']);
    expect(Number(list.metadata?.resourceVersion)).toBeGreaterThanOrEqual(Number(created.metadata?.resourceVersion));
    expect((await apps.listNamespacedDeployment({ namespace: 'default', labelSelector: 'app in (web,db)' })).items).toHaveLength(0);
    expect((await apps.listNamespacedDeployment({ namespace: 'default', fieldSelector: 'metadata.name=api' })).items).toHaveLength(1);

    present(read.spec).replicas = 3;
    const replaced = await apps.replaceNamespacedDeployment({ name: 'api', namespace: 'default', body: read });
    expect(replaced.metadata?.generation).toBe(2);
    expect(Number(replaced.metadata?.resourceVersion)).toBeGreaterThan(Number(read.metadata?.resourceVersion));

    // A stale resourceVersion is a 409 Conflict with the apiserver's wording.
    const stale = await statusOf(apps.replaceNamespacedDeployment({ name: 'api', namespace: 'default', body: read }));
    expect(stale).toMatchObject({
      code: 409,
      reason: 'Conflict',
      message:
        'Operation cannot be fulfilled on deployments.apps "api": the object has been modified; please apply your changes to the latest version and try again',
    });

    const duplicate = await statusOf(apps.createNamespacedDeployment({ namespace: 'default', body: exampleDeploymentObject() }));
    expect(duplicate).toMatchObject({ code: 409, reason: 'AlreadyExists', message: 'deployments.apps "api" already exists' });

    await apps.deleteNamespacedDeployment({ name: 'api', namespace: 'default' });
    const gone = await statusOf(apps.readNamespacedDeployment({ name: 'api', namespace: 'default' }));
    expect(gone).toMatchObject({ code: 404, reason: 'NotFound', message: 'deployments.apps "api" not found' });
  });

  test('generation moves on spec changes only; status goes through the status subresource', async () => {
    await apps.createNamespacedDeployment({ namespace: 'default', body: exampleDeploymentObject() });
    const labelled = await apps.patchNamespacedDeployment(
      { name: 'api', namespace: 'default', body: { metadata: { labels: { team: 'platform' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(labelled.metadata?.generation).toBe(1);

    // Status written through the main resource is ignored.
    const withStatus = await apps.replaceNamespacedDeployment({
      name: 'api',
      namespace: 'default',
      // eslint-disable-next-line @typescript-eslint/no-misused-spread -- the request body is the object's JSON fields; its prototype does not matter
      body: { ...labelled, status: { observedGeneration: 7 } },
    });
    expect(withStatus.status?.observedGeneration).toBeUndefined();

    const statusPatched = await apps.patchNamespacedDeploymentStatus(
      { name: 'api', namespace: 'default', body: { status: { observedGeneration: 1, replicas: 2 }, spec: { replicas: 9 } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(statusPatched.status?.observedGeneration).toBe(1);
    expect(statusPatched.spec?.replicas).toBe(2);
    expect(statusPatched.metadata?.generation).toBe(1);

    const restarted = await apps.patchNamespacedDeployment(
      {
        name: 'api',
        namespace: 'default',
        body: { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2025-01-01T00:00:00Z' } } } } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    expect(restarted.metadata?.generation).toBe(2);
    expect(restarted.spec?.template.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt']).toBe('2025-01-01T00:00:00Z');
    expect(restarted.status?.observedGeneration).toBe(1);
  });

  test('strategic merge patch merges containers and env by name, honours $patch directives', async () => {
    const deployment = exampleDeploymentObject();
    present(present(deployment.spec).template.spec).containers.push({ name: 'sidecar', image: 'proxy:1', env: [{ name: 'A', value: '1' }] });
    await apps.createNamespacedDeployment({ namespace: 'default', body: deployment });
    const patched = await apps.patchNamespacedDeployment(
      {
        name: 'api',
        namespace: 'default',
        body: {
          spec: {
            template: {
              spec: {
                containers: [
                  {
                    name: 'sidecar',
                    env: [
                      { name: 'B', value: '2' },
                      { name: 'A', $patch: 'delete' },
                    ],
                  },
                  { name: 'app', image: 'registry.example.com/app:2.0.0' },
                ],
              },
            },
          },
        },
      },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    const containers = patched.spec?.template.spec?.containers ?? [];
    expect(containers.map((container) => container.name)).toEqual(['app', 'sidecar']);
    expect(containers[0]?.image).toBe('registry.example.com/app:2.0.0');
    expect(containers[0]?.env?.[0]?.name).toBe('DEPLOY_TOKEN');
    expect(containers[1]?.env).toEqual([{ name: 'B', value: '2' }]);

    // A merge patch replaces lists whole.
    const merged = await apps.patchNamespacedDeployment(
      { name: 'api', namespace: 'default', body: { spec: { template: { spec: { containers: [{ name: 'only', image: 'x:1' }] } } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(merged.spec?.template.spec?.containers.map((container) => container.name)).toEqual(['only']);

    // $patch: replace on a map.
    const replaced = await apps.patchNamespacedDeployment(
      { name: 'api', namespace: 'default', body: { metadata: { labels: { $patch: 'replace', fresh: 'yes' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    expect(replaced.metadata?.labels).toEqual({ fresh: 'yes' });
  });

  test('JSON patch, and the client default content type (json-patch) rejecting an object body', async () => {
    await apps.createNamespacedDeployment({ namespace: 'default', body: exampleDeploymentObject() });
    const patched = await apps.patchNamespacedDeployment({
      name: 'api',
      namespace: 'default',
      body: [
        { op: 'test', path: '/spec/replicas', value: 2 },
        { op: 'replace', path: '/spec/replicas', value: 4 },
        { op: 'add', path: '/metadata/labels/tier', value: 'web' },
      ],
    });
    expect(patched.spec?.replicas).toBe(4);
    expect(patched.metadata?.labels?.tier).toBe('web');

    const wrongShape = await statusOf(apps.patchNamespacedDeployment({ name: 'api', namespace: 'default', body: { spec: { replicas: 1 } } }));
    expect(wrongShape).toMatchObject({ code: 400, reason: 'BadRequest', message: 'json: cannot unmarshal object into Go value of type jsonpatch.Patch' });
  });

  test('custom resources: merge patch works, strategic merge patch is 415, resourceVersion required on PUT', async () => {
    await custom.createNamespacedCustomObject({ ...esApi, body: exampleSecretStore() }).catch(() => undefined);
    const created = (await custom.createNamespacedCustomObject({ ...esApi, body: exampleExternalSecret() })) as {
      metadata: { generation: number; resourceVersion: string };
      spec: Record<string, unknown>;
    };
    expect(created.metadata.generation).toBe(1);
    // CRD defaulting from the ExternalSecret schema.
    expect(created.spec.refreshInterval).toBe('1h');
    expect((created.spec.target as Record<string, unknown>).deletionPolicy).toBe('Retain');

    const annotated = (await custom.patchNamespacedCustomObject(
      { ...esApi, name: 'deploy-token', body: { metadata: { annotations: { 'force-sync': '1' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    )) as { metadata: { generation: number; annotations: Record<string, string> } };
    expect(annotated.metadata.annotations['force-sync']).toBe('1');
    expect(annotated.metadata.generation).toBe(1);

    const smp = await statusOf(
      custom.patchNamespacedCustomObject(
        { ...esApi, name: 'deploy-token', body: { metadata: { annotations: { 'force-sync': '2' } } } },
        setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
      ),
    );
    expect(smp.code).toBe(415);
    expect(smp.reason).toBe('UnsupportedMediaType');

    const specChange = (await custom.patchNamespacedCustomObject(
      { ...esApi, name: 'deploy-token', body: { spec: { refreshInterval: '15s' } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    )) as { metadata: { generation: number } };
    expect(specChange.metadata.generation).toBe(2);

    const noVersion = await statusOf(
      custom.replaceNamespacedCustomObject({
        ...esApi,
        name: 'deploy-token',
        body: { ...exampleExternalSecret(), metadata: { name: 'deploy-token', namespace: 'default' } },
      }),
    );
    expect(noVersion).toMatchObject({
      code: 422,
      reason: 'Invalid',
      message: 'ExternalSecret.external-secrets.io "deploy-token" is invalid: metadata.resourceVersion: Invalid value: 0x0: must be specified for an update',
    });

    const badPolicy = await statusOf(
      custom.createNamespacedCustomObject({
        ...esApi,
        body: { ...exampleExternalSecret({ externalSecretName: 'other' }), spec: { refreshPolicy: 'Sometimes' } },
      }),
    );
    expect(badPolicy.message).toBe(
      'ExternalSecret.external-secrets.io "other" is invalid: spec.refreshPolicy: Unsupported value: "Sometimes": supported values: "CreatedOnce", "Periodic", "OnChange"',
    );

    const status = (await custom.patchNamespacedCustomObjectStatus(
      { ...esApi, name: 'deploy-token', body: { status: { syncedResourceVersion: 'x' } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    )) as { status: { syncedResourceVersion: string }; metadata: { generation: number } };
    expect(status.status.syncedResourceVersion).toBe('x');
    expect(status.metadata.generation).toBe(2);

    const missing = await statusOf(custom.getNamespacedCustomObject({ ...esApi, name: 'nope' }));
    expect(missing).toMatchObject({ code: 404, message: 'externalsecrets.external-secrets.io "nope" not found' });
  });

  test('Secrets: stringData becomes base64 data, bad base64 is rejected, validation messages', async () => {
    const secret = await core.createNamespacedSecret({
      namespace: 'default',
      body: { metadata: { name: 'plain' }, stringData: { token: 'hello' } },
    });
    expect(secret.data).toEqual({ token: Buffer.from('hello').toString('base64') });
    expect(secret.type).toBe('Opaque');
    expect(secret.metadata?.generation).toBeUndefined();

    const badBase64 = await rawRequest(server, '/api/v1/namespaces/default/secrets', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'bad' }, data: { token: 'not base64!' } }),
    });
    expect(badBase64.status).toBe(400);

    const badName = await statusOf(core.createNamespacedSecret({ namespace: 'default', body: { metadata: { name: 'Bad_Name' } } }));
    expect(badName.code).toBe(422);
    expect(badName.message).toContain('Secret "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain');

    const noNamespace = await statusOf(core.createNamespacedSecret({ namespace: 'absent', body: { metadata: { name: 'x' } } }));
    expect(noNamespace).toMatchObject({ code: 404, message: 'namespaces "absent" not found' });

    const mismatched = exampleDeploymentObject();
    present(mismatched.spec).selector = { matchLabels: { app: 'other' } };
    const mismatch = await statusOf(apps.createNamespacedDeployment({ namespace: 'default', body: mismatched }));
    expect(mismatch.message).toBe(
      'Deployment.apps "api" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"api"}: `selector` does not match template `labels`',
    );
  });

  test('deleting an owner garbage-collects its dependents', async () => {
    const owner = await core.createNamespacedSecret({ namespace: 'default', body: { metadata: { name: 'owner' } } });
    await core.createNamespacedSecret({
      namespace: 'default',
      body: {
        metadata: {
          name: 'dependent',
          ownerReferences: [{ apiVersion: 'v1', kind: 'Secret', name: 'owner', uid: owner.metadata?.uid ?? '' }],
        },
      },
    });
    await core.deleteNamespacedSecret({ name: 'owner', namespace: 'default' });
    for (let i = 0; i < 50 && server.store.get('secrets', 'default', 'dependent'); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(server.store.get('secrets', 'default', 'dependent')).toBeUndefined();
  });

  test('list pagination with limit and continue', async () => {
    for (const name of ['a', 'b', 'c']) await core.createNamespacedSecret({ namespace: 'default', body: { metadata: { name } } });
    const first = await core.listNamespacedSecret({ namespace: 'default', limit: 2 });
    expect(first.items.map((item) => item.metadata?.name)).toEqual(['a', 'b']);
    expect(first.metadata?.remainingItemCount).toBe(1);
    const second = await core.listNamespacedSecret({ namespace: 'default', limit: 2, _continue: first.metadata?._continue ?? '' });
    expect(second.items.map((item) => item.metadata?.name)).toEqual(['c']);
    expect(second.metadata?._continue).toBeUndefined();
  });

  test('discovery and server-side tables', async () => {
    const version = await rawRequest(server, '/version');
    expect(version.json).toMatchObject({ major: '1', gitVersion: 'v1.32.0' });
    const groups = (await rawRequest(server, '/apis')).json as { groups: { name: string; preferredVersion: { version: string } }[] };
    expect(groups.groups.map((group) => group.name)).toEqual(['apps', 'external-secrets.io', 'argoproj.io']);
    const argo = (await rawRequest(server, '/apis/argoproj.io/v1alpha1')).json as {
      resources: { name: string; kind: string; shortNames?: string[]; verbs: string[] }[];
    };
    expect(argo.resources.find((resource) => resource.name === 'rollouts')).toMatchObject({ kind: 'Rollout', shortNames: ['ro'] });
    expect(argo.resources.find((resource) => resource.name === 'rollouts/status')?.verbs).toEqual(['get', 'patch', 'update']);
    const eso = (await rawRequest(server, '/apis/external-secrets.io/v1')).json as { resources: { name: string; shortNames?: string[]; verbs: string[] }[] };
    expect(eso.resources.find((resource) => resource.name === 'externalsecrets')).toMatchObject({ shortNames: ['es'] });
    expect(eso.resources.find((resource) => resource.name === 'externalsecrets/status')?.verbs).toEqual(['get', 'patch', 'update']);
    const appsList = (await rawRequest(server, '/apis/apps/v1')).json as { resources: { name: string; shortNames?: string[] }[] };
    expect(appsList.resources.find((resource) => resource.name === 'deployments')?.shortNames).toEqual(['deploy']);
    // Aggregated discovery is answered with the legacy document and plain JSON, so clients fall back.
    const aggregated = await rawRequest(server, '/apis', {
      headers: { accept: 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json' },
    });
    expect(aggregated.headers.get('content-type')).toBe('application/json');

    await apps.createNamespacedDeployment({ namespace: 'default', body: exampleDeploymentObject() });
    const table = await rawRequest(server, '/apis/apps/v1/namespaces/default/deployments', {
      headers: { accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json' },
    });
    expect(table.headers.get('content-type')).toBe('application/json;as=Table;v=v1;g=meta.k8s.io');
    const body = table.json as { kind: string; columnDefinitions: { name: string }[]; rows: { cells: unknown[]; object: { kind: string } }[] };
    expect(body.kind).toBe('Table');
    expect(body.columnDefinitions.map((column) => column.name).slice(0, 5)).toEqual(['Name', 'Ready', 'Up-to-date', 'Available', 'Age']);
    expect(body.rows[0]?.cells.slice(0, 4)).toEqual(['api', '0/2', 0, 0]);
    expect(body.rows[0]?.object.kind).toBe('PartialObjectMetadata');
  });
});

describe('local kube API server: auth, RBAC, faults, request log', () => {
  let server: KubeServer;
  let custom: CustomObjectsApi;
  let core: CoreV1Api;

  beforeAll(async () => {
    server = await startTestServer({ eso: { enabled: false }, workloads: { enabled: false }, token: 'test-token' });
    const kc = kubeConfigFor(server);
    custom = kc.makeApiClient(CustomObjectsApi);
    core = kc.makeApiClient(CoreV1Api);
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.reset();
    server.store.apply(exampleSecretStore());
    server.store.apply(exampleExternalSecret({ externalSecretName: 'app' }));
  });

  test('a missing or wrong bearer token is 401 Unauthorized', async () => {
    for (const token of [null, 'wrong']) {
      const response = await rawRequest(server, '/api/v1/namespaces/default/secrets', { token });
      expect(response.status).toBe(401);
      expect(response.json).toEqual({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'Unauthorized',
        reason: 'Unauthorized',
        code: 401,
      });
    }
    expect((await rawRequest(server, '/api/v1/namespaces/default/secrets')).status).toBe(200);
  });

  test('RBAC allowlist denies with the apiserver message', async () => {
    server.rbac.allowOnly([
      { verb: ['get', 'watch'], resource: 'externalsecrets', group: 'external-secrets.io' },
      { verb: 'get', resource: 'secrets' },
    ]);
    await custom.getNamespacedCustomObject({ ...esApi, name: 'app' });
    const denied = await statusOf(
      custom.patchNamespacedCustomObject(
        { ...esApi, name: 'app', body: { metadata: { annotations: { 'force-sync': '1' } } } },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      ),
    );
    expect(denied).toMatchObject({
      code: 403,
      reason: 'Forbidden',
      message:
        'externalsecrets.external-secrets.io "app" is forbidden: User "system:serviceaccount:ci:deployer" cannot patch resource "externalsecrets" in API group "external-secrets.io" in the namespace "default"',
      details: { name: 'app', group: 'external-secrets.io', kind: 'externalsecrets' },
    });
    const listDenied = await statusOf(core.listNamespacedSecret({ namespace: 'default' }));
    expect(listDenied.message).toBe(
      'secrets is forbidden: User "system:serviceaccount:ci:deployer" cannot list resource "secrets" in API group "" in the namespace "default"',
    );
    server.rbac.allowOnly(null);
    await core.listNamespacedSecret({ namespace: 'default' });
  });

  test('injected 401, 403, 429 (Retry-After), 500 and 503 bursts', async () => {
    server.faults.add({ match: { verb: 'get', resource: 'externalsecrets' }, action: { type: 'status', code: 429, retryAfterSeconds: 2 }, times: 1 });
    const throttled = await rawRequest(server, '/apis/external-secrets.io/v1/namespaces/default/externalsecrets/app');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('2');
    expect(throttled.json).toMatchObject({ reason: 'TooManyRequests', details: { retryAfterSeconds: 2 } });

    server.faults.add({ match: { verb: 'get', resource: 'externalsecrets' }, action: { type: 'status', code: 500 }, times: 2 });
    expect((await statusOf(custom.getNamespacedCustomObject({ ...esApi, name: 'app' }))).reason).toBe('InternalError');
    expect((await statusOf(custom.getNamespacedCustomObject({ ...esApi, name: 'app' }))).code).toBe(500);
    await custom.getNamespacedCustomObject({ ...esApi, name: 'app' });

    server.faults.add({ match: { verb: 'get' }, action: { type: 'status', code: 503 }, times: 1 });
    expect((await statusOf(custom.getNamespacedCustomObject({ ...esApi, name: 'app' }))).reason).toBe('ServiceUnavailable');

    server.faults.add({ match: { resource: 'externalsecrets' }, action: { type: 'status', code: 401 }, times: 1 });
    expect((await statusOf(custom.getNamespacedCustomObject({ ...esApi, name: 'app' }))).code).toBe(401);

    server.faults.add({ match: { verb: 'patch' }, action: { type: 'status', code: 403 }, times: 1 });
    const forbidden = await statusOf(
      custom.patchNamespacedCustomObject({ ...esApi, name: 'app', body: {} }, setHeaderOptions('Content-Type', PatchStrategy.MergePatch)),
    );
    expect(forbidden.message).toContain('cannot patch resource "externalsecrets" in API group "external-secrets.io"');

    server.faults.add({ match: { verb: 'get' }, action: { type: 'connection-reset' }, times: 1 });
    // The client's fetch sees the connection reset as a network failure, with no HTTP answer.
    await expect(custom.getNamespacedCustomObject({ ...esApi, name: 'app' })).rejects.toThrow('fetch failed');

    server.faults.add({ match: { verb: 'get' }, action: { type: 'latency', ms: 150 }, times: 1 });
    const started = Date.now();
    await custom.getNamespacedCustomObject({ ...esApi, name: 'app' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(server.faults.list()).toHaveLength(0);
  });

  test('the request log counts requests by verb and resource', async () => {
    server.requests.clear();
    await custom.getNamespacedCustomObject({ ...esApi, name: 'app' });
    await custom.getNamespacedCustomObject({ ...esApi, name: 'app' });
    await custom.patchNamespacedCustomObject(
      { ...esApi, name: 'app', body: { metadata: { annotations: { a: 'b' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    await core.listNamespacedSecret({ namespace: 'default' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.requests.countsByVerbResource()).toEqual({ 'get externalsecrets': 2, 'patch externalsecrets': 1, 'list secrets': 1 });
    expect(server.requests.count({ verb: 'patch', resource: 'externalsecrets', name: 'app', status: 200 })).toBe(1);
  });

  test('the control API drives the same settings from another process', async () => {
    const put = (path: string, body: unknown): Promise<Response> =>
      fetch(`${server.url}/_local/${path}`, { method: 'PUT', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    await put('rbac', { rules: [{ verb: 'get', resource: 'secrets' }] });
    expect(server.rbac.allowlist).toEqual([{ verb: 'get', resource: 'secrets' }]);
    await put('rbac', { rules: null });
    const fault = await fetch(`${server.url}/_local/faults`, { method: 'POST', body: JSON.stringify({ action: { type: 'status', code: 500 }, times: 1 }) });
    expect(((await fault.json()) as { ids: string[] }).ids).toHaveLength(1);
    expect(server.faults.list()).toHaveLength(1);
    await put('eso', { mode: 'stuck', override: { namespace: 'default', name: 'app', behaviour: { mode: 'failing' } } });
    expect(server.eso.settings.mode).toBe('stuck');
    expect(server.eso.settings.overrides['default/app']).toEqual({ mode: 'failing' });
    const applied = await fetch(`${server.url}/_local/apply`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml' },
      body: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: from-yaml\n  namespace: extra\nstringData:\n  k: v\n',
    });
    expect(applied.status).toBe(200);
    expect(server.store.get('secrets', 'extra', 'from-yaml')?.data).toEqual({ k: 'dg==' });
    const state = (await (await fetch(`${server.url}/_local/state`)).json()) as { faults: unknown[] };
    expect(state.faults).toHaveLength(1);
    await fetch(`${server.url}/_local/reset`, { method: 'POST' });
    expect(server.faults.list()).toHaveLength(0);
    expect(server.store.get('secrets', 'extra', 'from-yaml')).toBeUndefined();
  });
});
