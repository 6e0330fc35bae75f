import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { quietCore } from './quiet-core.ts';
import { openWatch, sendJson, startStubApi, statusBody } from './stub-api.ts';
import type { StubApi } from './stub-api.ts';

const logged = quietCore();
let kube: typeof import('../../src/kube/index.ts');
let errors: typeof import('../../src/errors.ts');
let token: typeof import('../../src/token.ts');
let stub: StubApi;
let cluster: Awaited<ReturnType<(typeof import('../../src/kube/index.ts'))['connectCluster']>>;

/** What the stub answers; each test sets these. */
let onGet: (response: ServerResponse, request: IncomingMessage) => void;
let onWatch: (response: ServerResponse, query: URLSearchParams) => void;
let onPatch: (response: ServerResponse, body: string, request: IncomingMessage) => void;
const sleeps: number[] = [];

const api = { kind: 'Deployment' as const, namespace: 'prod', name: 'api' };
let resourceVersion = 100;
const deployment = (generation: number, observed: number, extra: object = {}): object => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'api', namespace: 'prod', generation, resourceVersion: String(++resourceVersion) },
  spec: { replicas: 2 },
  status: { observedGeneration: observed, replicas: 2, updatedReplicas: 2, availableReplicas: 2 },
  ...extra,
});

beforeAll(async () => {
  kube = await import('../../src/kube/index.ts');
  errors = await import('../../src/errors.ts');
  token = await import('../../src/token.ts');
  stub = await startStubApi((request, response, body) => {
    const url = new URL(request.url ?? '/', stub.url);
    if (request.method === 'PATCH') {
      onPatch(response, body, request);
      return;
    }
    if (url.searchParams.get('watch') === 'true') {
      onWatch(response, url.searchParams);
      return;
    }
    onGet(response, request);
  });
  cluster = await kube.connectCluster(
    { kubeconfig: stub.kubeconfig() },
    {
      env: {},
      sleep: async (ms: number) => {
        sleeps.push(ms);
      },
      retryAttempts: 3,
      retryBaseDelayMs: 10,
      checkAccess: false,
    },
  );
});

afterEach(() => {
  stub.requests.length = 0;
  sleeps.length = 0;
});

afterAll(async () => {
  await cluster.close();
  await stub.close();
});

const watches = (): string[] => stub.requests.filter((line) => line.includes('watch=true'));
const gets = (): string[] => stub.requests.filter((line) => line.startsWith('GET') && !line.includes('watch=true'));

describe('waitForRollout', () => {
  test('a watch that ends is followed by a fresh GET and a new watch from its resourceVersion', async () => {
    let getCount = 0;
    onGet = (response) => {
      sendJson(
        response,
        200,
        ++getCount === 1 ? deployment(2, 1) : deployment(2, 2, { status: { observedGeneration: 2, replicas: 2, updatedReplicas: 1, availableReplicas: 1 } }),
      );
    };
    let watchCount = 0;
    const fromVersions: string[] = [];
    onWatch = (response, query) => {
      fromVersions.push(query.get('resourceVersion') ?? '');
      const send = openWatch(response);
      if (++watchCount === 1) {
        send('MODIFIED', deployment(2, 1));
        response.end();
      } else {
        send('MODIFIED', deployment(2, 2));
      }
    };
    const result = await kube.waitForRollout(cluster, api, { timeoutMs: 5000 });
    expect(result.message).toBe('deployment "api" successfully rolled out');
    expect(gets()).toHaveLength(2);
    expect(watches()).toHaveLength(2);
    expect(watches()[0]).toContain('fieldSelector=metadata.name%3Dapi');
    expect(fromVersions).toEqual(['101', '103']);
  });

  test('an ERROR event with 410 Expired makes it read the object again', async () => {
    let getCount = 0;
    onGet = (response) => {
      sendJson(response, 200, ++getCount === 1 ? deployment(3, 2) : deployment(3, 3));
    };
    onWatch = (response) => {
      openWatch(response)('ERROR', statusBody(410, 'Expired', 'too old resource version: 1 (50)'));
      response.end();
    };
    await expect(kube.waitForRollout(cluster, api, { timeoutMs: 5000 })).resolves.toMatchObject({ generation: 3 });
    expect(gets()).toHaveLength(2);
  });

  test('a watch refused with HTTP 410 makes it read the object again', async () => {
    let getCount = 0;
    onGet = (response) => {
      sendJson(response, 200, ++getCount === 1 ? deployment(3, 2) : deployment(3, 3));
    };
    onWatch = (response) => {
      sendJson(response, 410, statusBody(410, 'Gone', 'too old resource version'));
    };
    await expect(kube.waitForRollout(cluster, api, { timeoutMs: 5000 })).resolves.toMatchObject({ generation: 3 });
    expect(sleeps).toEqual([]);
  });

  test('a watch failing with 500 is retried after a back-off', async () => {
    let getCount = 0;
    onGet = (response) => {
      sendJson(response, 200, ++getCount < 3 ? deployment(3, 2) : deployment(3, 3));
    };
    onWatch = (response) => {
      sendJson(response, 500, statusBody(500, 'InternalError', 'etcd is sad'));
    };
    await expect(kube.waitForRollout(cluster, api, { timeoutMs: 5000 })).resolves.toMatchObject({ generation: 3 });
    expect(sleeps).toEqual([10, 20]);
  });

  test('a 403 on the watch names the missing watch verb', async () => {
    onGet = (response) => {
      sendJson(response, 200, deployment(2, 1));
    };
    onWatch = (response) => {
      sendJson(
        response,
        403,
        statusBody(
          403,
          'Forbidden',
          'deployments.apps is forbidden: User "system:serviceaccount:ci:deployer" cannot watch resource "deployments" in API group "apps" in the namespace "prod"',
        ),
      );
    };
    const error = await kube.waitForRollout(cluster, api, { timeoutMs: 5000 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(errors.StepError);
    expect((error as InstanceType<typeof errors.StepError>).reason).toBe('the credentials lack the RBAC verb watch on deployments.apps in namespace prod.');
    expect((error as InstanceType<typeof errors.StepError>).step).toBe('rollout');
  });

  test('ProgressDeadlineExceeded fails the rollout with kubectl’s sentence', async () => {
    onGet = (response) => {
      sendJson(response, 200, deployment(2, 1));
    };
    onWatch = (response) => {
      openWatch(response)(
        'MODIFIED',
        deployment(2, 2, {
          status: {
            observedGeneration: 2,
            replicas: 3,
            updatedReplicas: 1,
            availableReplicas: 2,
            conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }],
          },
        }),
      );
    };
    await expect(kube.waitForRollout(cluster, api, { timeoutMs: 5000 })).rejects.toMatchObject({
      step: 'rollout',
      target: 'prod/deployment/api',
      reason: 'deployment "api" exceeded its progress deadline.',
    });
  });

  test('a workload deleted mid-rollout fails with a clear sentence', async () => {
    onGet = (response) => {
      sendJson(response, 200, deployment(2, 1));
    };
    onWatch = (response) => {
      openWatch(response)('DELETED', deployment(2, 1));
    };
    await expect(kube.waitForRollout(cluster, api, { timeoutMs: 5000 })).rejects.toMatchObject({
      reason: 'the deployment was deleted while its rollout was in progress.',
    });
  });

  test('the timeout names the last status seen', async () => {
    onGet = (response) => {
      sendJson(response, 200, deployment(2, 1));
    };
    onWatch = (response) => {
      openWatch(response)('MODIFIED', deployment(2, 1));
    };
    const started = Date.now();
    await expect(kube.waitForRollout(cluster, api, { timeoutMs: 300 })).rejects.toMatchObject({
      reason: 'the rollout did not finish within 300ms; last status: Waiting for deployment spec update to be observed....',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('waiting for Reloader times out with a sentence about Reloader', async () => {
    onGet = (response) => {
      sendJson(response, 200, deployment(4, 4));
    };
    onWatch = (response) => {
      openWatch(response)('BOOKMARK', { metadata: { resourceVersion: '999' } });
    };
    await expect(kube.waitForRollout(cluster, api, { timeoutMs: 200, minGeneration: 5 })).rejects.toMatchObject({
      reason: 'Stakater Reloader did not start a rollout within 200ms (generation is still 4, expected 5).',
    });
  });

  test('cancelling stops the wait promptly with CancelledError', async () => {
    onGet = (response) => {
      sendJson(response, 200, deployment(2, 1));
    };
    onWatch = (response) => {
      openWatch(response)('MODIFIED', deployment(2, 1));
    };
    const controller = new AbortController();
    setTimeout(() => {
      controller.abort();
    }, 50);
    const started = Date.now();
    const error = await kube.waitForRollout(cluster, api, { timeoutMs: 60_000, signal: controller.signal }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(errors.CancelledError);
    expect((error as Error).message).toBe('cancelled while waiting for prod/deployment/api to roll out');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('requests', () => {
  test('a GET answered 503 is retried and then succeeds', async () => {
    let getCount = 0;
    onGet = (response) => {
      if (++getCount < 3) sendJson(response, 503, statusBody(503, 'ServiceUnavailable', 'try later'));
      else sendJson(response, 200, deployment(2, 2));
    };
    onWatch = () => undefined;
    await expect(kube.waitForRollout(cluster, api, { timeoutMs: 5000 })).resolves.toMatchObject({ generation: 2 });
    expect(sleeps).toEqual([10, 20]);
  });

  test('a 429 waits as long as Retry-After says', async () => {
    let patchCount = 0;
    onPatch = (response) => {
      if (++patchCount === 1) {
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        response.end(JSON.stringify(statusBody(429, 'TooManyRequests', 'slow down')));
      } else {
        sendJson(response, 200, deployment(7, 6));
      }
    };
    await expect(kube.restartWorkload(cluster, api, '2025-01-01T00:00:00Z')).resolves.toEqual({ generation: 7 });
    expect(sleeps).toEqual([1000]);
  });

  test('the restart is a strategic merge patch of the pod template’s restartedAt annotation', async () => {
    let seen: { body?: unknown } = {};
    let seenContentType = '';
    onPatch = (response, body, request) => {
      seen = { body: JSON.parse(body) };
      seenContentType = String(request.headers['content-type']);
      sendJson(response, 200, deployment(8, 7));
    };
    const result = await kube.restartWorkload(cluster, api, '2025-02-03T04:05:06Z');
    expect(result).toEqual({ generation: 8 });
    expect(seen.body).toEqual({ spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2025-02-03T04:05:06Z' } } } } });
    expect(stub.requests.at(-1)).toMatch(/^PATCH \/apis\/apps\/v1\/namespaces\/prod\/deployments\/api\?fieldManager=rotate-deploy-token$/);
    expect(seenContentType).toBe('application/strategic-merge-patch+json');
  });

  test('server errors that do not stop become one sentence after the retries', async () => {
    onPatch = (response) => {
      sendJson(response, 500, statusBody(500, 'InternalError', 'etcd is sad'));
    };
    await expect(kube.restartWorkload(cluster, api, 'now')).rejects.toMatchObject({
      step: 'restart',
      reason: 'the Kubernetes API kept failing with HTTP 500 to patch deployments.apps: etcd is sad.',
    });
    expect(sleeps).toHaveLength(2);
  });

  test('401 says the credentials were rejected', async () => {
    onPatch = (response) => {
      sendJson(response, 401, statusBody(401, 'Unauthorized', 'Unauthorized'));
    };
    await expect(kube.restartWorkload(cluster, api, 'now')).rejects.toMatchObject({
      reason: `the Kubernetes API at ${stub.url} rejected the credentials (401 Unauthorized).`,
    });
  });

  test('404 says which workload is missing', async () => {
    onPatch = (response) => {
      sendJson(response, 404, statusBody(404, 'NotFound', 'deployments.apps "api" not found'));
    };
    await expect(kube.restartWorkload(cluster, api, 'now')).rejects.toMatchObject({
      reason: 'the deployment prod/api does not exist.',
    });
  });

  test('an unreachable server is named', async () => {
    const closed = await startStubApi(() => undefined);
    const closedUrl = closed.url;
    await closed.close();
    const offline = await kube.connectCluster(
      { kubeconfig: stub.kubeconfig().replace(stub.url, closedUrl) },
      { env: {}, sleep: async () => undefined, retryAttempts: 2 },
    );
    await expect(kube.restartWorkload(offline, api, 'now')).rejects.toMatchObject({
      reason: `could not reach the Kubernetes API at ${closedUrl} (ECONNREFUSED).`,
    });
    await offline.close();
  });
});

describe('verifySecretKey', () => {
  const newToken = 'tok_new-value-for-the-test';
  const secret = { namespace: 'prod', name: 'app-token' };
  const withData = (data: Record<string, string>): void => {
    onGet = (response) => {
      sendJson(response, 200, {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'app-token', namespace: 'prod' },
        data: Object.fromEntries(Object.entries(data).map(([key, value]) => [key, Buffer.from(value).toString('base64')])),
      });
    };
  };

  test('passes when the key holds the new token', async () => {
    withData({ token: newToken });
    await expect(kube.verifySecretKey(cluster, secret, 'token', token.fingerprint(newToken))).resolves.toBeUndefined();
  });

  test('a different value fails with both fingerprints and never the value', async () => {
    const oldToken = 'tok_old-value-never-printed';
    withData({ token: oldToken });
    const error = await kube.verifySecretKey(cluster, secret, 'token', token.fingerprint(newToken)).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      step: 'verify',
      target: 'prod/secret/app-token',
      reason: `key "token" holds a value with fingerprint ${token.fingerprint(oldToken)} but the new token's is ${token.fingerprint(newToken)}.`,
    });
    const everything = `${String(error)} ${JSON.stringify(error)} ${logged.all()}`;
    expect(everything).not.toContain(oldToken);
    expect(everything).not.toContain(Buffer.from(oldToken).toString('base64'));
  });

  test('a missing key names the keys there are', async () => {
    withData({ password: 'x', user: 'y' });
    await expect(kube.verifySecretKey(cluster, secret, 'token', 'sha256:0')).rejects.toMatchObject({
      reason: 'the Secret has no key "token" (its keys: password, user).',
    });
  });

  test('a missing Secret says ESO has not created it', async () => {
    onGet = (response) => {
      sendJson(response, 404, statusBody(404, 'NotFound', 'secrets "app-token" not found'));
    };
    await expect(kube.verifySecretKey(cluster, secret, 'token', 'sha256:0')).rejects.toMatchObject({
      reason: 'the Secret prod/app-token does not exist.',
    });
  });
});
