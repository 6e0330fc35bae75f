import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runAction } from '../../local-servers/runner/run-action.ts';
import type { ActionRun } from '../../local-servers/runner/run-action.ts';
import { exampleDeployment, exampleSecretStore } from '../../local-servers/kube/fixtures.ts';
import type { KubeObject } from '../../local-servers/kube/objects.ts';
import { startKubeServer } from '../../local-servers/kube/server.ts';
import type { KubeServer } from '../../local-servers/kube/server.ts';
import { startSsmServer } from '../../local-servers/ssm/server.ts';
import type { SsmServer } from '../../local-servers/ssm/server.ts';
import { fingerprint } from '../../src/token.ts';
import { secretValue as secretValueOf, until } from './world.ts';

// A set of three: ExternalSecret svc-tokens reads two parameters of the set, queue-token the third;
// Deployment api reads svc-tokens, Deployment worker reads queue-token.
const P = { datastore: '/svc/datastore-token', webhook: '/svc/webhook-secret', queue: '/svc/queue-token' } as const;
const KEYS = { datastore: 'svc-tokens/datastore', webhook: 'svc-tokens/webhook', queue: 'queue-token/token' } as const;
const OLD = { datastore: 'old-datastore-0123456789abcdef', webhook: 'old-webhook-0123456789abcdef', queue: 'old-queue-0123456789abcdef' } as const;
type Key = keyof typeof P;
const ALL = Object.keys(P) as Key[];
const NS = 'default';
const CREDENTIALS = { accessKeyId: 'AKIDRUNNER', secretAccessKey: 'local' };
let ssm: SsmServer;
let kube: KubeServer;
let env: Record<string, string>;

beforeAll(async () => {
  ssm = await startSsmServer();
  kube = await startKubeServer({
    ssm: { endpoint: ssm.url, region: 'us-east-1', credentials: { accessKeyId: 'AKIDESO', secretAccessKey: 'local' } },
    workloads: { msPerReplica: 10 },
  });
  env = {
    AWS_ENDPOINT_URL_SSM: ssm.url,
    AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
  };
});
afterAll(async () => {
  await kube.close();
  await ssm.close();
});

const externalSecret = (name: string, data: { secretKey: string; key: string }[]): KubeObject => ({
  apiVersion: 'external-secrets.io/v1',
  kind: 'ExternalSecret',
  metadata: { name, namespace: NS },
  spec: {
    refreshPolicy: 'OnChange',
    secretStoreRef: { name: 'aws-parameter-store', kind: 'SecretStore' },
    target: { name, creationPolicy: 'Owner' },
    data: data.map(({ secretKey, key }) => ({ secretKey, remoteRef: { key } })),
  },
});

/** What the cluster Secret holds for one parameter of the set. */
const inSecret = (key: Key): string | undefined => {
  const [secret = '', field = ''] = KEYS[key].split('/');
  return secretValueOf(kube, NS, secret, field);
};

async function world(): Promise<void> {
  ssm.reset();
  kube.reset();
  kube.workloads.configure({ msPerReplica: 10 });
  for (const key of ALL) ssm.store.seed({ Name: P[key], Value: OLD[key], Type: 'SecureString', Labels: ['current'] });
  for (const object of [
    exampleSecretStore(),
    externalSecret('svc-tokens', [
      { secretKey: 'datastore', key: P.datastore },
      { secretKey: 'webhook', key: P.webhook },
    ]),
    externalSecret('queue-token', [{ secretKey: 'token', key: P.queue }]),
    exampleDeployment({ workloadName: 'api', externalSecretName: 'svc-tokens', secretKey: 'datastore' }),
    exampleDeployment({ workloadName: 'worker', externalSecretName: 'queue-token', secretKey: 'token' }),
  ]) {
    kube.store.apply(object);
  }
  await until(() => ALL.every((key) => inSecret(key) === OLD[key]), 'ESO synced the old tokens');
  await kube.workloads.whenSettled('Deployment', NS, 'api', 5000);
  await kube.workloads.whenSettled('Deployment', NS, 'worker', 5000);
  kube.requests.clear();
  ssm.requests.clear();
}

const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  parameters: `${P.datastore}=datastore\n${P.webhook}=webhook\n${P.queue}=queue`,
  'external-secrets': 'svc-tokens\nqueue-token',
  'verify-secret-key': 'true',
  restart: 'deployment/api\ndeployment/worker',
  kubeconfig: kube.kubeconfig(),
  'sync-timeout': '10s',
  'rollout-timeout': '20s',
  ...extra,
});

const json = (text: string | undefined): Record<string, string> => JSON.parse(text ?? '{}') as Record<string, string>;
const forceSyncs = (): number => kube.requests.count({ verb: 'patch', resource: 'externalsecrets' });
const restarts = (): number => kube.requests.count({ verb: 'patch', resource: 'deployments' });

/** Every parameter holds its old value again as its latest version, current on it, and the cluster Secret holds it too. */
async function expectOldSet(): Promise<void> {
  for (const key of ALL)
    expect({ key, value: ssm.store.latest(P[key])?.value, labels: ssm.store.latest(P[key])?.labels }).toEqual({ key, value: OLD[key], labels: ['current'] });
  await until(() => ALL.every((key) => inSecret(key) === OLD[key]), 'the cluster Secrets hold the old tokens');
}

describe('a set of three parameters', () => {
  test('rotates with one force-sync per ExternalSecret and one restart per workload, counted on the cluster', async () => {
    await world();
    const run = await runAction({ inputs: inputs(), env });
    expect(run.exitCode).toBe(0);
    const tokens = json(run.outputs.tokens);
    expect(Object.keys(tokens).sort()).toEqual(['datastore', 'queue', 'webhook']);
    for (const key of ALL) {
      expect(ssm.store.latest(P[key])).toMatchObject({ version: 2, value: tokens[key], labels: ['current'] });
      expect(inSecret(key)).toBe(tokens[key]);
      // Only the runner's mask command carries a token.
      expect(run.stdout.split('\n').filter((line) => line.includes(tokens[key] ?? '-') && !line.startsWith('::add-mask::'))).toEqual([]);
    }
    expect(json(run.outputs.versions)).toEqual({ datastore: 2, webhook: 2, queue: 2 });
    expect(json(run.outputs.fingerprints)).toEqual({
      datastore: fingerprint(tokens.datastore ?? ''),
      webhook: fingerprint(tokens.webhook ?? ''),
      queue: fingerprint(tokens.queue ?? ''),
    });
    expect([run.outputs.token, run.outputs.version, run.outputs['previous-version'], run.outputs.fingerprint, run.outputs.rotated]).toEqual([
      '',
      '',
      '',
      '',
      'true',
    ]);
    expect({ forceSyncs: forceSyncs(), restarts: restarts() }).toEqual({ forceSyncs: 2, restarts: 2 });
    // Five SSM calls per parameter, less two: the confirm reads the whole set in one GetParameters call.
    const calls: Record<string, number> = {};
    for (const request of ssm.requests.all().filter((r) => r.accessKeyId === CREDENTIALS.accessKeyId))
      calls[request.operation] = (calls[request.operation] ?? 0) + 1;
    expect(calls).toEqual({ GetParameterHistory: 3, PutParameter: 3, LabelParameterVersion: 6, GetParameters: 1 });
    expect(kube.workloads.rolloutCount('Deployment', NS, 'api')).toBe(1);
    expect(kube.workloads.rolloutCount('Deployment', NS, 'worker')).toBe(1);
    // Every step line names its parameter; every key data[] maps from the set is verified.
    const lines = (marker: string): string[] => run.stdout.split('\n').filter((line) => line.startsWith(`${marker} `));
    for (const marker of ['MINTED', 'WROTE', 'LABELED', 'CONFIRMED'])
      expect(lines(marker).map((line) => line.split(' ')[1])).toEqual([P.datastore, P.webhook, P.queue]);
    expect(lines('VERIFIED').map((line) => line.replace(/ sha256:\S+/, '').replace(/ \(\d+ ms\)$/, ''))).toEqual([
      `VERIFIED ${NS}/secret/svc-tokens key datastore (${P.datastore}) matches`,
      `VERIFIED ${NS}/secret/svc-tokens key webhook (${P.webhook}) matches`,
      `VERIFIED ${NS}/secret/queue-token key token (${P.queue}) matches`,
    ]);
    // Each sync line names the parameters its ExternalSecret carries, with their fingerprints.
    expect(
      lines('SYNCED')
        .map((line) => line.replace(/ \(\d+ ms\)$/, ''))
        .sort(),
    ).toEqual([
      `SYNCED ${NS}/externalsecret/queue-token ${fingerprint(tokens.queue ?? '')} ESO synced Secret queue-token, carrying ${P.queue}`,
      `SYNCED ${NS}/externalsecret/svc-tokens ${fingerprint(tokens.datastore ?? '')},${fingerprint(tokens.webhook ?? '')} ESO synced Secret svc-tokens, carrying ${P.datastore}, ${P.webhook}`,
    ]);
    // One facts row per parameter.
    expect(run.summary.split('\n')[0]).toBe(`## ✅ rotate-deploy-token: rotated the set ${P.datastore}, ${P.webhook}, ${P.queue}`);
    const factRows = run.summary.split('\n').filter((line) => line.startsWith('| `/svc/'));
    expect(factRows.map((row) => row.split(' | ')[1])).toEqual(['`datastore`', '`webhook`', '`queue`']);
  }, 30_000);

  test('a refused third write leaves all three on their old values, and only the two written are rolled back', async () => {
    await world();
    ssm.faults.add({ operation: 'PutParameter', kind: 'AccessDeniedException', parameterName: P.queue, count: 1 });
    const run = await runAction({ inputs: inputs(), env });
    expect(run.exitCode).toBe(1);
    await expectOldSet();
    // Written (2) and restored (3) for the two that were written; the third was never written.
    expect(ssm.store.versions(P.datastore).map((v) => [v.version, v.labels])).toEqual([
      [1, []],
      [2, []],
      [3, ['current']],
    ]);
    expect(ssm.store.versions(P.webhook).map((v) => v.version)).toEqual([1, 2, 3]);
    expect(ssm.store.versions(P.queue).map((v) => [v.version, v.labels])).toEqual([[1, ['current']]]);
    expect(run.stdout).toMatch(new RegExp(`^FAILED ${P.queue} sha256:[0-9a-f]{16} the AWS credentials are not allowed ssm:PutParameter`, 'm'));
    expect(
      run.stdout
        .split('\n')
        .filter((line) => line.startsWith('ROLLED-BACK /'))
        .map((line) => line.split(' ')[1]),
    ).toEqual([P.datastore, P.webhook]);
    expect(json(run.outputs.tokens)).toEqual({ datastore: OLD.datastore, webhook: OLD.webhook });
    expect(json(run.outputs.versions)).toEqual({ datastore: 3, webhook: 3 });
    expect(run.outputs.rotated).toBe('false');
    expect(restarts()).toBe(0);
  }, 30_000);

  test('a failing ESO rolls the whole set back within seconds', async () => {
    await world();
    kube.eso.configure({ mode: 'failing' });
    const run = await runAction({ inputs: inputs({ 'sync-timeout': '2s' }), env });
    kube.eso.configure({ mode: 'normal' });
    expect(run.exitCode).toBe(1);
    expect(run.durationMs).toBeLessThan(15_000);
    for (const key of ALL) expect([key, ssm.store.latest(P[key])?.version, ssm.store.latest(P[key])?.value]).toEqual([key, 3, OLD[key]]);
    await expectOldSet();
    expect(run.summary.split('\n')[0]).toMatch(/^## ❌ rotate-deploy-token: sync failed for .*; the set was rolled back$/);
    expect(restarts()).toBe(0);
  }, 30_000);
});

describe('a set cancelled by the runner', () => {
  test('SIGTERM during the sync: the main step itself rolls the whole set back and fails naming the sync', async () => {
    await world();
    kube.eso.configure({ syncDelayMs: 1500 });
    const run = await runAction({ inputs: inputs(), env, interrupt: { when: /set force-sync=/m, signal: 'SIGTERM' } });
    kube.eso.configure({ syncDelayMs: 0 });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error::sync failed for .*: the run was cancelled \(SIGTERM\)/m);
    expect(
      run.stdout
        .split('\n')
        .filter((line) => line.startsWith('ROLLED-BACK /'))
        .map((line) => line.split(' ')[1]),
    ).toEqual([P.datastore, P.webhook, P.queue]);
    await expectOldSet();
    expect(run.outputs.rotated).toBe('false');
    expect(restarts()).toBe(0);
  }, 30_000);
});

async function killedThenPost(when: RegExp, settleMs = 0): Promise<{ main: ActionRun; post: ActionRun }> {
  const main = await runAction({ inputs: inputs(), env, interrupt: { when, signal: 'SIGKILL' } });
  expect(main.signal).toBe('SIGKILL');
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  kube.eso.configure({ syncDelayMs: 0 });
  kube.workloads.configure({ msPerReplica: 10 });
  const post = await runAction({ inputs: inputs(), env, state: main.state });
  expect(post.exitCode).toBe(0);
  expect(post.summary).toMatch(/^## 🩹 rotate-deploy-token: post step recovered \/svc\/datastore-token, \/svc\/webhook-secret, \/svc\/queue-token\n/);
  return { main, post };
}

describe('a set killed at each point of no return, then its post step', () => {
  test.each([
    ['between two writes', new RegExp(`^WROTE ${P.webhook} `, 'm'), /^written$/],
    // 'sync-started' is saved right after the last label, with no request between: either may be the last.
    ['after the labels', new RegExp(`^LABELED ${P.queue} `, 'm'), /^(labelled|sync-started)$/],
    ['during the sync', /set force-sync=/m, /^sync-started$/],
  ])(
    'killed %s: every parameter written is rolled back, the set is on its old values',
    async (_when, when, phase) => {
      await world();
      kube.eso.configure({ syncDelayMs: 1500 });
      ssm.faults.add({ operation: 'PutParameter', kind: 'delay', delayMs: 300, parameterName: P.queue });
      const { main, post } = await killedThenPost(when, 400);
      ssm.faults.clear();
      const saved = JSON.parse(main.state['rotation-progress'] ?? '{}') as { phase: string; set: { parameter: string }[] };
      expect(saved.set.map((member) => member.parameter)).toEqual([P.datastore, P.webhook, P.queue]);
      expect(saved.phase).toMatch(phase);
      expect(post.stdout).toMatch(/^RECOVERED \/svc\/datastore-token, \/svc\/webhook-secret, \/svc\/queue-token \S+ the main step stopped at phase /m);
      await expectOldSet();
      expect(restarts()).toBe(0);
    },
    30_000,
  );

  test('killed after a restart began: the whole set stays in force and the post step says so', async () => {
    await world();
    kube.workloads.configure({ msPerReplica: 1500 });
    const { main, post } = await killedThenPost(/^RESTARTED /m);
    expect(main.state['rotation-progress']).toContain('"phase":"restart-started"');
    expect(post.stdout).toMatch(/^RECOVERED .* a restart began .* the new tokens of the set stay in force/m);
    for (const key of ALL) {
      expect(ssm.store.latest(P[key])?.version).toBe(2);
      await until(() => inSecret(key) === ssm.store.latest(P[key])?.value, `the Secret holds the new ${key} token`);
    }
  }, 30_000);
});
