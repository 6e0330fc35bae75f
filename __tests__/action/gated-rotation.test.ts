import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprint } from '../../src/token.ts';
import { startKubeServer } from '../../local-servers/kube/server.ts';
import type { KubeServer } from '../../local-servers/kube/server.ts';
import { exampleDeployment, exampleExternalSecret, exampleObjects } from '../../local-servers/kube/fixtures.ts';
import { CREDENTIALS, REGION, rotateInProcess, secretValue as secretValueOf, startSsmServer, until } from './world.ts';
import type { SsmServer } from './world.ts';
import { present } from '../../local-servers/present.ts';

const NAME = '/rotate-deploy-token/demo/deploy-token';
const NS = 'default';
let ssm: SsmServer;
let kube: KubeServer;

beforeAll(async () => {
  ssm = await startSsmServer();
  kube = await startKubeServer({ ssm: { endpoint: ssm.url, region: REGION, credentials: CREDENTIALS }, workloads: { msPerReplica: 10 } });
});
afterAll(async () => {
  await kube.close();
  await ssm.close();
});

/** A parameter at version 1 holding the old token, synced into the cluster, and a Deployment reading it. */
async function world(options: { externalSecret?: Parameters<typeof exampleExternalSecret>[0] } = {}): Promise<string> {
  ssm.reset();
  kube.reset();
  kube.workloads.configure({ msPerReplica: 10 });
  const old = 'old-token-value-0123456789abcdef';
  ssm.store.seed({ Name: NAME, Value: old, Type: 'SecureString', Labels: ['current'] });
  for (const object of exampleObjects(options.externalSecret)) kube.store.apply(object);
  await until(() => secretValue() === old, 'ESO synced the old token');
  await kube.workloads.whenSettled('Deployment', NS, 'api', 5000);
  return old;
}

const secretValue = (name = 'deploy-token'): string | undefined => secretValueOf(kube, NS, name);

const gate = (extra: Record<string, string> = {}): Record<string, string> => ({
  'parameter-name': NAME,
  'external-secrets': 'deploy-token',
  'verify-secret-key': 'token',
  restart: 'deployment/api',
  kubeconfig: kube.kubeconfig(),
  'sync-timeout': '3s',
  'rollout-timeout': '10s',
  ...extra,
});

const markers = (log: string[]) => log.map((line) => line.split(' ')[0]);

describe('a gated rotation', () => {
  test('ends with SSM, the cluster Secret and the restarted pods all on the new token', async () => {
    await world();
    const run = await rotateInProcess(ssm, gate());
    expect(run.outcome.error).toBeUndefined();
    const token = run.outcome.outputs.token;
    expect(markers(run.log)).toEqual(['PLAN', 'PLAN', 'PLAN', 'MINTED', 'WROTE', 'LABELED', 'SYNCED', 'VERIFIED', 'RESTARTED', 'ROLLED-OUT', 'CONFIRMED']);
    expect(ssm.store.latest(NAME)).toMatchObject({ version: 2, value: token, labels: ['current'] });
    expect(secretValue()).toBe(token);
    const deployment = kube.store.get('deployments', NS, 'api') as unknown as { spec: { template: { metadata: { annotations?: Record<string, string> } } } };
    // kubectl rollout restart's annotation, an RFC 3339 time.
    expect(deployment.spec.template.metadata.annotations?.['kubectl.kubernetes.io/restartedAt']).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/,
    );
    expect(kube.workloads.rolloutCount('Deployment', NS, 'api')).toBe(1);
    // Every running pod started after the sync, so it reads the new token.
    const pods = kube.store.list('pods', NS).filter((pod) => pod.metadata.labels?.app === 'api');
    expect(pods.length).toBe(2);
    for (const pod of pods) expect(JSON.stringify(pod.metadata.annotations ?? {})).toContain(fingerprint(token));
    expect(run.log.join('\n')).not.toContain(token);
  });

  test('force-sync is set to a value unique to the run', async () => {
    await world();
    await rotateInProcess(ssm, gate({ restart: '' }), { runId: 'run-42' });
    const es = kube.store.get('externalsecrets', NS, 'deploy-token') as { metadata: { annotations?: Record<string, string> } };
    expect(es.metadata.annotations?.['force-sync']).toBe('run-42');
  });

  test('a Reloader-managed Deployment is rolled exactly once', async () => {
    await world();
    kube.reloader.enable();
    kube.store.apply({ ...exampleDeployment(), metadata: { name: 'api', namespace: NS, annotations: { 'reloader.stakater.com/auto': 'true' } } });
    await kube.workloads.whenSettled('Deployment', NS, 'api', 5000);
    const rolloutsBefore = kube.workloads.rolloutCount('Deployment', NS, 'api');
    const run = await rotateInProcess(ssm, gate());
    expect(run.outcome.error).toBeUndefined();
    expect(run.log.find((l) => l.startsWith('RESTARTED'))).toContain('left to Reloader');
    await kube.workloads.whenSettled('Deployment', NS, 'api', 5000);
    expect(kube.workloads.rolloutCount('Deployment', NS, 'api') - rolloutsBefore).toBe(1);
    kube.reloader.disable();
  });

  test('a watch cut every second still reaches the right result', async () => {
    await world();
    kube.eso.configure({ syncDelayMs: 1500 });
    kube.faults.add({ match: { verb: 'watch' }, action: { type: 'watch-cut', afterMs: 1000 } });
    const run = await rotateInProcess(ssm, gate({ 'sync-timeout': '10s' }));
    kube.faults.clear();
    kube.eso.configure({ syncDelayMs: 0 });
    expect(run.outcome.error).toBeUndefined();
    expect(secretValue()).toBe(run.outcome.outputs.token);
  });

  test('a rollout past its progress deadline fails with the workload and reason, and keeps the new token', async () => {
    await world();
    kube.workloads.configure({ mode: 'deadline', deadlineMs: 300 });
    const run = await rotateInProcess(ssm, gate());
    kube.workloads.configure({ mode: 'normal' });
    expect(run.outcome.error?.message).toContain('deployment "api" exceeded its progress deadline');
    expect(run.outcome.error?.target).toContain('deployment/api');
    expect(run.outcome.state).toContain('nothing was rolled back');
    expect(run.outcome.outputs).toMatchObject({ rotated: 'true', token: ssm.store.latest(NAME)?.value });
  });
});

describe('gate failures after the write roll SSM and the Secret back', () => {
  test.each([
    [
      'ESO stuck',
      () => {
        kube.eso.configure({ mode: 'stuck' });
      },
      'External Secrets Operator never answered: no status update on the ExternalSecret',
    ],
    [
      'ESO failing',
      () => {
        kube.eso.configure({ mode: 'failing' });
      },
      'was still failing at sync-timeout (1s): could not get secret data from provider',
    ],
  ])('%s', async (_name, breakEso, words) => {
    const old = await world();
    breakEso();
    const run = await rotateInProcess(ssm, gate({ 'sync-timeout': '1s' }), {});
    // ESO recovers before the rollback's sync-back.
    expect(run.outcome.error?.message).toContain(words);
    kube.eso.configure({ mode: 'normal' });
    expectRolledBack(run, old);
  });

  test('a verify mismatch', async () => {
    // The ExternalSecret decodes the value (decodingStrategy Auto), so the Secret holds other bytes than the token.
    const old = await world();
    const es = exampleExternalSecret() as unknown as { spec: { data: { remoteRef: Record<string, string> }[] } };
    present(es.spec.data[0]).remoteRef.decodingStrategy = 'Auto';
    kube.store.apply(es as never);
    const run = await rotateInProcess(ssm, gate());
    expect(run.outcome.error?.step).toBe('verify');
    expect(run.outcome.error?.message).toMatch(/holds a value with fingerprint sha256:[0-9a-f]{16} but the new token's is sha256:[0-9a-f]{16}/);
    // Synced back: the Secret holds the old value, decoded as the ExternalSecret asks.
    expectRolledBack(run, old, Buffer.from(old, 'base64').toString('utf8'));
  });

  test('a verify mismatch on a second ExternalSecret after the first took the new token: the first is synced back', async () => {
    // deploy-token takes the token as it is; deploy-token-decoded decodes it (decodingStrategy Auto), so its verify fails.
    const old = await world();
    const decoded = exampleExternalSecret({ externalSecretName: 'deploy-token-decoded' }) as unknown as {
      spec: { data: { remoteRef: Record<string, string> }[] };
    };
    present(decoded.spec.data[0]).remoteRef.decodingStrategy = 'Auto';
    kube.store.apply(decoded as never);
    await until(() => secretValue('deploy-token-decoded') !== undefined, 'ESO synced the decoded Secret');
    const decodedBefore = secretValue('deploy-token-decoded');
    const seen: (string | undefined)[] = [];
    const watcher = setInterval(() => seen.push(secretValue()), 5);
    const run = await rotateInProcess(ssm, gate({ 'external-secrets': 'deploy-token\ndeploy-token-decoded' })).finally(() => {
      clearInterval(watcher);
    });
    const newToken = ssm.store.versions(NAME).find((v) => v.version === 2)?.value;
    expect(run.outcome.error?.step).toBe('verify');
    expect(run.outcome.error?.message).toContain('deploy-token-decoded');
    // The first Secret held the new token before the rollback, and the old one after it: the sync-back ran.
    expect(newToken).not.toBe(old);
    expect(seen).toContain(newToken);
    expect(run.outcome.state).toBe('SSM version 3 holds the previous token again, current -> 3; the ExternalSecrets synced the previous value back.');
    expect(secretValue()).toBe(old);
    expect(secretValue('deploy-token-decoded')).toBe(decodedBefore);
  });

  function expectRolledBack(run: Awaited<ReturnType<typeof rotateInProcess>>, old: string, secretAfter: string = old): void {
    expect(markers(run.log)).toContain('ROLLED-BACK');
    expect(ssm.store.versions(NAME).map((v) => [v.version, v.value === old, [...v.labels].sort()])).toEqual([
      // The failed token keeps no label; `previous` stays where the run had put it, on the same value as current.
      [1, true, ['previous']],
      [2, false, []],
      [3, true, ['current']],
    ]);
    expect(run.outcome.outputs).toMatchObject({ rotated: 'false', token: old, version: '3', fingerprint: fingerprint(old) });
    expect(run.outcome.state).toContain('SSM version 3 holds the previous token again');
    expect(kube.workloads.rolloutCount('Deployment', NS, 'api')).toBe(0);
    expect(run.masked).toContain(old);
    // The cluster Secret holds the old token: ESO synced it back, or never took the new one.
    expect(secretValue()).toBe(secretAfter);
  }
});

describe('gate problems found in preflight stop the run before anything is written', () => {
  test.each([
    [
      'refreshInterval 0 with the Periodic policy',
      async () => {
        await world({ externalSecret: { refreshPolicy: null, refreshInterval: '0' } });
      },
      'refreshInterval',
    ],
    [
      'refreshPolicy CreatedOnce',
      async () => {
        await world({ externalSecret: { refreshPolicy: 'CreatedOnce' } });
      },
      'CreatedOnce',
    ],
    [
      'a missing ExternalSecret',
      async () => {
        await world();
        kube.store.delete('externalsecrets', NS, 'deploy-token');
      },
      'does not exist',
    ],
    [
      'a paused Deployment',
      async () => {
        await world();
        kube.store.apply({ ...exampleDeployment(), spec: { ...(exampleDeployment().spec as object), paused: true } });
      },
      'paused',
    ],
    [
      'a 403 on the ExternalSecret',
      async () => {
        await world();
        kube.faults.add({ match: { resource: 'externalsecrets' }, action: { type: 'status', code: 403 } });
      },
      'lack the RBAC verb get on externalsecrets',
    ],
  ])('%s', async (_name, setup, words) => {
    await setup();
    ssm.requests.clear();
    const run = await rotateInProcess(ssm, gate());
    kube.faults.clear();
    expect(run.outcome.error?.step).toBe('preflight');
    expect(run.outcome.error?.message.toLowerCase()).toContain(words.toLowerCase());
    expect(run.outcome.state).toBe('Nothing was written anywhere.');
    expect(ssm.requests.count('PutParameter')).toBe(0);
    expect(ssm.store.versions(NAME)).toHaveLength(1);
  });
});

describe('ESO setups, in process', () => {
  type Spec = Record<string, unknown>;
  const withSpec = (change: (spec: Spec) => void, name = 'deploy-token'): never => {
    const es = exampleExternalSecret({ parameterName: NAME, externalSecretName: name }) as unknown as { spec: Spec };
    change(es.spec);
    return es as never;
  };

  test('a ClusterExternalSecret entry is forced through its owner and every provisioned ExternalSecret syncs', async () => {
    await world();
    kube.store.apply({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ClusterSecretStore',
      metadata: { name: 'aws-parameter-store' },
      spec: { provider: { aws: { service: 'ParameterStore', region: REGION } } },
    });
    for (const namespace of ['team-a', 'team-b'])
      kube.store.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace, labels: { tokens: 'yes' } } });
    const spec = (withSpec((s) => ((s.secretStoreRef as Spec).kind = 'ClusterSecretStore')) as unknown as { spec: Spec }).spec;
    kube.store.apply({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ClusterExternalSecret',
      metadata: { name: 'shared' },
      spec: { namespaceSelectors: [{ matchLabels: { tokens: 'yes' } }], externalSecretSpec: spec },
    });
    await until(
      () => secretValueOf(kube, 'team-a', 'deploy-token') !== undefined && secretValueOf(kube, 'team-b', 'deploy-token') !== undefined,
      'ESO synced both',
    );
    const run = await rotateInProcess(ssm, gate({ 'external-secrets': 'clusterexternalsecret/shared', restart: '' }));
    expect(run.outcome.error).toBeUndefined();
    const token = run.outcome.outputs.token;
    expect(secretValueOf(kube, 'team-a', 'deploy-token')).toBe(token);
    expect(secretValueOf(kube, 'team-b', 'deploy-token')).toBe(token);
    expect(run.log.filter((line) => line.startsWith('SYNCED')).map((line) => line.split(' ')[1])).toEqual([
      'team-a/externalsecret/shared',
      'team-b/externalsecret/shared',
    ]);
  });

  test('a ClusterExternalSecret that provisions nothing is refused', async () => {
    await world();
    kube.store.apply({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ClusterExternalSecret',
      metadata: { name: 'empty' },
      spec: { namespaces: [], externalSecretSpec: {} },
    });
    await kube.ces.whenIdle();
    const run = await rotateInProcess(ssm, gate({ 'external-secrets': 'clusterexternalsecret/empty', restart: '' }));
    expect(run.outcome.error?.message).toContain('the ClusterExternalSecret provisions no ExternalSecret yet (status.provisionedNamespaces is empty).');
    expect(ssm.store.versions(NAME)).toHaveLength(1);
  });

  test.each([
    ['another key', (s: Spec) => void (((s.data as Spec[])[0] as Spec).remoteRef = { key: '/other' }), 'none of its spec.data[].remoteRef.key'],
    ['a template for the verify key', (s: Spec) => void ((s.target as Spec).template = { data: { token: 'x{{ .token }}' } }), 'produces the key "token"'],
    ['creationPolicy None', (s: Spec) => void ((s.target as Spec).creationPolicy = 'None'), 'creationPolicy is None'],
  ])('preflight refuses %s', async (_name, change, words) => {
    await world();
    kube.store.apply(withSpec(change));
    await kube.eso.whenIdle(200);
    const run = await rotateInProcess(ssm, gate());
    expect(run.outcome.error?.step).toBe('preflight');
    expect(run.outcome.error?.message).toContain(words);
    expect(ssm.store.versions(NAME)).toHaveLength(1);
  });

  test('a store in another region is refused; a store RBAC hides is warned about', async () => {
    await world();
    kube.store.apply({
      apiVersion: 'external-secrets.io/v1',
      kind: 'SecretStore',
      metadata: { name: 'aws-parameter-store', namespace: NS },
      spec: { provider: { aws: { service: 'ParameterStore', region: 'eu-west-1' } } },
    });
    const refused = await rotateInProcess(ssm, gate());
    expect(refused.outcome.error?.message).toContain('reads Parameter Store in region eu-west-1');
    kube.faults.add({ match: { resource: 'secretstores', verb: 'get' }, action: { type: 'status', code: 403 } });
    const warned = await rotateInProcess(ssm, gate({ restart: '' }));
    kube.faults.clear();
    expect(warned.outcome.error).toBeUndefined();
  });

  test('an immutable Secret fails at once and the rollback does not wait for a second sync', async () => {
    const old = await world();
    const secret = kube.store.get('secrets', NS, 'deploy-token') as Record<string, unknown>;
    kube.store.apply({ ...secret, immutable: true } as never);
    // Without verify-secret-key the Secret is not read in preflight: ESO's refusal is the first sign.
    const run = await rotateInProcess(ssm, gate({ 'sync-timeout': '5m', restart: '', 'verify-secret-key': '' }));
    expect(run.outcome.error?.message).toContain('does not retry: could not update secret, target is immutable.');
    expect(run.outcome.state).toContain('ESO never synced the new token into the cluster Secret, so it still holds the previous one');
    expect(secretValue()).toBe(old);
  });
});
