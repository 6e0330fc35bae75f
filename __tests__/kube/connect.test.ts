import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { quietCore } from './quiet-core.ts';
import { sendJson, startStubApi } from './stub-api.ts';
import type { StubApi } from './stub-api.ts';

quietCore();
let kube: typeof import('../../src/kube/index.ts');
let errors: typeof import('../../src/errors.ts');
let requests: typeof import('../../src/kube/requests.ts');
let stub: StubApi;
const seenTokens: string[] = [];

beforeAll(async () => {
  kube = await import('../../src/kube/index.ts');
  errors = await import('../../src/errors.ts');
  requests = await import('../../src/kube/requests.ts');
  stub = await startStubApi((request, response) => {
    seenTokens.push(request.headers.authorization ?? '');
    sendJson(response, 200, {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'api', namespace: 'prod', generation: 1 },
      spec: { replicas: 1 },
      status: { observedGeneration: 1, replicas: 1, updatedReplicas: 1, availableReplicas: 1 },
    });
  });
});

afterAll(async () => {
  await stub.close();
});

const scratch = (): string => mkdtempSync(path.join(tmpdir(), 'kube-connect-'));
const noEnv = {};
const emptyHome = (): string => scratch();

const readDeployment = (cluster: Awaited<ReturnType<typeof kube.connectCluster>>) =>
  requests.getObject<{ metadata?: { name?: string } }>(cluster, '/apis/apps/v1/namespaces/prod/deployments/api', AbortSignal.timeout(10_000));

async function readsThroughIt(cluster: Awaited<ReturnType<typeof kube.connectCluster>>, token: string): Promise<void> {
  const before = seenTokens.length;
  const deployment = await readDeployment(cluster);
  expect(deployment.metadata?.name).toBe('api');
  expect(seenTokens.slice(before)).toEqual([`Bearer ${token}`]);
  await cluster.close();
}

const twoContexts = (url: string): string => `apiVersion: v1
kind: Config
clusters:
- name: first
  cluster: { server: "${url}" }
- name: second
  cluster: { server: "http://127.0.0.2:9" }
users:
- name: first-user
  user: { token: first-token }
- name: second-user
  user: { token: second-token }
contexts:
- name: first
  context: { cluster: first, user: first-user }
- name: second
  context: { cluster: second, user: second-user }
current-context: first
`;

describe('connectCluster', () => {
  test('takes the kubeconfig input as YAML and talks to its server with its token', async () => {
    const cluster = await kube.connectCluster({ kubeconfig: stub.kubeconfig('yaml-token') }, { env: noEnv, homeDir: emptyHome() });
    expect(cluster.server).toBe(stub.url);
    expect(cluster.contextName).toBe('stub');
    expect(cluster.origin).toBe('the kubeconfig input');
    await readsThroughIt(cluster, 'yaml-token');
  });

  test('takes the kubeconfig input as base64 of the YAML', async () => {
    const encoded = Buffer.from(stub.kubeconfig('b64-token')).toString('base64');
    const cluster = await kube.connectCluster({ kubeconfig: encoded }, { env: noEnv, homeDir: emptyHome() });
    await readsThroughIt(cluster, 'b64-token');
  });

  test('reads the KUBECONFIG files, skipping missing ones, the first current-context winning', async () => {
    const dir = scratch();
    const first = path.join(dir, 'first.yaml');
    const second = path.join(dir, 'second.yaml');
    writeFileSync(first, stub.kubeconfig('env-token'));
    writeFileSync(second, twoContexts('http://127.0.0.3:9').replace('current-context: first', 'current-context: second'));
    const env = { KUBECONFIG: [path.join(dir, 'missing.yaml'), first, second].join(path.delimiter) };
    const cluster = await kube.connectCluster({}, { env, homeDir: emptyHome() });
    expect(cluster.contextName).toBe('stub');
    expect(cluster.origin).toBe(`KUBECONFIG (${[first, second].join(path.delimiter)})`);
    expect(cluster.kubeConfig.getContexts().map((context) => context.name)).toEqual(['stub', 'first', 'second']);
    await readsThroughIt(cluster, 'env-token');
  });

  test('fails when none of the KUBECONFIG files exists, naming them', async () => {
    const missing = path.join(scratch(), 'nope.yaml');
    await expect(kube.connectCluster({}, { env: { KUBECONFIG: missing }, homeDir: emptyHome() })).rejects.toThrow(
      `KUBECONFIG lists ${missing}, but none of these files exists.`,
    );
  });

  test('falls back to ~/.kube/config', async () => {
    const home = scratch();
    mkdirSync(path.join(home, '.kube'));
    writeFileSync(path.join(home, '.kube', 'config'), stub.kubeconfig('home-token'));
    const cluster = await kube.connectCluster({}, { env: noEnv, homeDir: home });
    expect(cluster.origin).toBe(path.join(home, '.kube', 'config'));
    await readsThroughIt(cluster, 'home-token');
  });

  test('falls back to the in-cluster service account', async () => {
    const root = scratch();
    const accountDir = path.join(root, 'var/run/secrets/kubernetes.io/serviceaccount');
    mkdirSync(accountDir, { recursive: true });
    writeFileSync(path.join(accountDir, 'token'), 'pod-token');
    writeFileSync(path.join(accountDir, 'ca.crt'), '');
    const cluster = await kube.connectCluster(
      {},
      { env: { KUBERNETES_SERVICE_HOST: '10.0.0.1', KUBERNETES_SERVICE_PORT: '443' }, homeDir: emptyHome(), serviceAccountRoot: root },
    );
    expect(cluster.server).toBe('https://10.0.0.1:443');
    expect(cluster.origin).toBe('the in-cluster service account');
    await cluster.close();
  });

  test('says where it looked when there are no credentials at all', async () => {
    await expect(kube.connectCluster({}, { env: noEnv, homeDir: emptyHome(), serviceAccountRoot: scratch() })).rejects.toThrow(
      /no Kubernetes credentials were found/,
    );
  });

  test('selects the kube-context given', async () => {
    const cluster = await kube.connectCluster({ kubeconfig: twoContexts(stub.url), context: 'second' }, { env: noEnv });
    expect(cluster.contextName).toBe('second');
    expect(cluster.server).toBe('http://127.0.0.2:9');
    await cluster.close();
  });

  test('a kube-context the kubeconfig lacks fails naming it and listing the contexts there are', async () => {
    const attempt = kube.connectCluster({ kubeconfig: twoContexts(stub.url), context: 'prod' }, { env: noEnv });
    await expect(attempt).rejects.toBeInstanceOf(errors.InputError);
    await expect(attempt).rejects.toThrow('kube-context "prod" is not in the kubeconfig input; the contexts it has are: first, second.');
  });

  test('input that is neither YAML nor base64 of it fails as a bad kubeconfig input', async () => {
    await expect(kube.connectCluster({ kubeconfig: 'not a kubeconfig' }, { env: noEnv })).rejects.toMatchObject({
      name: 'InputError',
      input: 'kubeconfig',
    });
  });

  test('a YAML error never quotes the kubeconfig, which may hold a token', async () => {
    const broken = `apiVersion: v1\nusers:\n- name: u\n  user:\n    token: very-secret-token\n   bad: [indent\n`;
    const error = await kube.connectCluster({ kubeconfig: broken }, { env: noEnv }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(errors.InputError);
    expect((error as Error).message).toMatch(/^The kubeconfig input is not a valid kubeconfig \(YAML .* at line \d+\)/);
    expect((error as Error).message).not.toContain('very-secret-token');
  });

  test('refuses plain http to a host that is not this machine', async () => {
    const remote = stub.kubeconfig().replace(stub.url, 'http://api.example.com:8080');
    await expect(kube.connectCluster({ kubeconfig: remote }, { env: noEnv })).rejects.toThrow(/plain http/);
  });

  test('reuses one kept-alive connection for many requests', async () => {
    const cluster = await kube.connectCluster({ kubeconfig: stub.kubeconfig('pool-token') }, { env: noEnv });
    const before = stub.connections();
    for (let i = 0; i < 10; i++) await readDeployment(cluster);
    // A new pool per request (client-node's own behaviour) would open 10; undici may open a second socket early.
    expect(stub.connections() - before).toBeLessThanOrEqual(2);
    await cluster.close();
  });
});

describe('decodeKubeconfigInput', () => {
  test('returns YAML as given and decodes base64', () => {
    const yaml = stub.kubeconfig();
    expect(kube.decodeKubeconfigInput(yaml)).toBe(yaml);
    expect(kube.decodeKubeconfigInput(Buffer.from(yaml).toString('base64'))).toBe(yaml);
    expect(
      kube.decodeKubeconfigInput(
        `\n${Buffer.from(yaml)
          .toString('base64')
          .replace(/(.{60})/g, '$1\n')}\n`,
      ),
    ).toBe(yaml);
  });
});
