// The ExternalSecret setups people run, each through the bundled action against the
// local servers: synced and verified, refused before any write with its sentence, or
// failed fast with ESO's reason and SSM rolled back.
import { describe, expect, jest, test } from '@jest/globals';
import { exampleDeployment, exampleExternalSecret } from '../../local-servers/kube/fixtures.ts';
import type { KubeObject } from '../../local-servers/kube/objects.ts';
import { failure, gatedInputs, NAME, NS, ROLLED_BACK, ROTATED, run, secret, seed, UNTOUCHED, until, useWorld, versions } from '../fault-matrix/world.ts';
import type { World } from '../fault-matrix/world.ts';
import { secretValue as secretValueOf } from './world.ts';

// Every case runs the bundle end to end; the slowest waits through ESO's retries (8 s).
jest.setTimeout(30_000);

const world = useWorld();

type Spec = Record<string, unknown>;
/** The example ExternalSecret with its spec changed. */
const externalSecret = (change: (spec: Spec) => void, name = 'deploy-token'): KubeObject => {
  const es = exampleExternalSecret({ parameterName: NAME, externalSecretName: name }) as KubeObject & { spec: Spec };
  change(es.spec);
  return es;
};
const target = (spec: Spec): Spec => spec.target as Spec;
const remoteRef = (spec: Spec): Spec => ((spec.data as Spec[])[0] as Spec).remoteRef as Spec;

/** Applies the ExternalSecret and waits until ESO has answered it (Ready condition written after the change). */
async function replaceExternalSecret(w: World, es: KubeObject): Promise<void> {
  w.kube.store.apply(es);
  await w.kube.eso.whenIdle(200);
}

async function refusedBeforeWrite(inputs: Record<string, string>, sentence: string): Promise<void> {
  world.ssm.requests.clear();
  const done = await run(world, { inputs });
  expect(failure(done)).toContain(sentence);
  expect(failure(done)).toContain('Nothing was written anywhere.');
  expect(world.ssm.requests.count('PutParameter')).toBe(0);
  expect(versions(world, done)).toEqual(UNTOUCHED);
}

describe('preflight proves the ExternalSecret reads this parameter, before any write', () => {
  test('an ExternalSecret reading another key is refused', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(
      world,
      externalSecret((spec) => (remoteRef(spec).key = '/rotate-deploy-token/demo/other')),
    );
    await refusedBeforeWrite(
      gatedInputs(world),
      `preflight failed for default/externalsecret/deploy-token: none of its spec.data[].remoteRef.key or spec.dataFrom entries reads ${NAME}, so a sync would not deliver the new token.`,
    );
  });

  test('a store in another region is refused', async () => {
    await seed(world, { gated: true });
    world.kube.store.apply({
      apiVersion: 'external-secrets.io/v1',
      kind: 'SecretStore',
      metadata: { name: 'aws-parameter-store', namespace: NS },
      spec: { provider: { aws: { service: 'ParameterStore', region: 'eu-west-1' } } },
    });
    await refusedBeforeWrite(
      gatedInputs(world),
      'its store SecretStore default/aws-parameter-store reads Parameter Store in region eu-west-1, but this run writes the parameter in us-east-1.',
    );
  });

  test('a store of another AWS service is refused', async () => {
    await seed(world, { gated: true });
    world.kube.store.apply({
      apiVersion: 'external-secrets.io/v1',
      kind: 'SecretStore',
      metadata: { name: 'aws-parameter-store', namespace: NS },
      spec: { provider: { aws: { service: 'SecretsManager', region: 'us-east-1' } } },
    });
    await refusedBeforeWrite(gatedInputs(world), 'uses the AWS service SecretsManager, not ParameterStore');
  });

  test('a store RBAC forbids reading is warned about once, however many entries use it, and the rotation goes on', async () => {
    await seed(world, { gated: true });
    // Two entries, both through spec.secretStoreRef: one store.
    await replaceExternalSecret(
      world,
      externalSecret((spec) => {
        const [entry] = spec.data as Record<string, unknown>[];
        spec.data = [entry, { ...entry, secretKey: 'token-again' }];
      }),
    );
    world.kube.faults.add({ match: { resource: 'secretstores', verb: 'get' }, action: { type: 'status', code: 403 } });
    const done = await run(world, { inputs: gatedInputs(world) });
    world.kube.faults.clear();
    expect(failure(done)).toBe('');
    const warnings = done.stdout.split('\n').filter((line) => line.includes('RBAC forbids get'));
    expect(warnings).toEqual([
      "::warning::default/externalsecret/deploy-token: cannot read its SecretStore default/aws-parameter-store (RBAC forbids get), so the store's provider and region are not checked.",
    ]);
    expect(versions(world, done)).toEqual(ROTATED);
    expect(secret(world, done)).toBe('new');
  });

  test('reading :current with version-labels false is refused', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(
      world,
      externalSecret((spec) => (remoteRef(spec).version = 'current')),
    );
    world.ssm.requests.clear();
    const done = await run(world, { inputs: gatedInputs(world, { 'version-labels': 'false' }) });
    expect(failure(done)).toContain(
      `its spec.data[0].remoteRef reads ${NAME}:current, and with version-labels: false this run does not move that label, so ESO would sync a stale value and report success.`,
    );
    expect(world.ssm.requests.count('PutParameter')).toBe(0);
  });
});

describe('policies and targets', () => {
  test('creationPolicy None is refused', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(
      world,
      externalSecret((spec) => (target(spec).creationPolicy = 'None')),
    );
    await refusedBeforeWrite(gatedInputs(world), 'its spec.target.creationPolicy is None, so External Secrets Operator writes no Secret');
  });

  test('creationPolicy Merge without the Secret is refused when verifying', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(
      world,
      externalSecret((spec) => (target(spec).creationPolicy = 'Merge'), 'merge-token'),
    );
    await refusedBeforeWrite(
      gatedInputs(world, { 'external-secrets': 'merge-token', restart: '' }),
      'its spec.target.creationPolicy is Merge and Secret merge-token does not exist, so External Secrets Operator writes nothing (Ready=True, SecretMissing).',
    );
  });

  test('creationPolicy Merge without the Secret fails at once (SecretMissing) without verify, rolled back', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(
      world,
      externalSecret((spec) => (target(spec).creationPolicy = 'Merge'), 'merge-token'),
    );
    const done = await run(world, {
      inputs: gatedInputs(world, { 'external-secrets': 'merge-token', restart: '', 'verify-secret-key': '', 'sync-timeout': '5m' }),
    });
    expect(failure(done)).toContain(
      'sync failed for default/externalsecret/merge-token: External Secrets Operator wrote nothing: secret will not be created due to CreationPolicy=Merge (Secret merge-token does not exist).',
    );
    expect(versions(world, done)).toEqual(ROLLED_BACK);
    expect(done.durationMs).toBeLessThan(15_000);
  });

  test('deletionPolicy Delete when the provider finds nothing: ESO deletes the Secret, the run fails at once, rolled back', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(
      world,
      externalSecret((spec) => (target(spec).deletionPolicy = 'Delete')),
    );
    // From now on the provider answers "not found" (ParameterNotFound); ESO reads it on the forced sync.
    world.kube.eso.override(NS, 'deploy-token', { mode: 'missing' });
    const done = await run(world, { inputs: gatedInputs(world, { 'verify-secret-key': '', restart: '', 'sync-timeout': '5m' }) });
    expect(failure(done)).toContain(
      'sync failed for default/externalsecret/deploy-token: External Secrets Operator found no data for it and deleted Secret deploy-token: secret deleted due to DeletionPolicy=Delete.',
    );
    expect(versions(world, done)).toEqual(ROLLED_BACK);
    expect(done.durationMs).toBeLessThan(15_000);
    expect(world.kube.store.get('secrets', NS, 'deploy-token')).toBeUndefined();
    world.kube.eso.override(NS, 'deploy-token', null);
  });

  test('deletionPolicy Merge when the provider finds nothing: ESO drops the key, verify says so, rolled back', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(
      world,
      externalSecret((spec) => {
        target(spec).deletionPolicy = 'Merge';
        target(spec).creationPolicy = 'Orphan';
      }),
    );
    world.kube.eso.override(NS, 'deploy-token', { mode: 'missing' });
    const done = await run(world, { inputs: gatedInputs(world, { restart: '', 'sync-timeout': '5m' }) });
    world.kube.eso.override(NS, 'deploy-token', null);
    expect(failure(done)).toContain('verify failed for default/secret/deploy-token: the Secret has no key "token"');
    expect(versions(world, done)).toEqual(ROLLED_BACK);
  });

  test("an immutable existing Secret fails at once with ESO's reason and what to do without verify, rolled back", async () => {
    await seed(world, { gated: true });
    const existing = world.kube.store.get('secrets', NS, 'deploy-token') as KubeObject;
    world.kube.store.apply({ ...existing, immutable: true });
    const done = await run(world, { inputs: gatedInputs(world, { 'sync-timeout': '5m', 'verify-secret-key': '' }) });
    expect(failure(done)).toContain(
      'sync failed for default/externalsecret/deploy-token: External Secrets Operator failed to sync it and does not retry: could not update secret, target is immutable.',
    );
    expect(failure(done)).toContain('Secret deploy-token is immutable and Kubernetes never makes it mutable again: delete it');
    expect(versions(world, done)).toEqual(ROLLED_BACK);
    expect(secret(world, done)).toBe('old');
    expect(done.durationMs).toBeLessThan(15_000);
  });

  test.each(['-1h', '0.5ns'])('refreshInterval %p under Periodic is refused', async (interval) => {
    await seed(world, { gated: true });
    await replaceExternalSecret(
      world,
      externalSecret((spec) => {
        spec.refreshPolicy = 'Periodic';
        spec.refreshInterval = interval;
      }),
    );
    await refusedBeforeWrite(gatedInputs(world), 'External Secrets Operator treats an interval of 0 or less as "never refresh"');
  });

  test('a generic target (ConfigMap) syncs on ResourceSynced', async () => {
    await seed(world, { gated: true });
    world.kube.eso.configure({ allowGenericTargets: true });
    await replaceExternalSecret(
      world,
      externalSecret((spec) => (target(spec).manifest = { apiVersion: 'v1', kind: 'ConfigMap' }), 'token-config'),
    );
    const done = await run(world, { inputs: gatedInputs(world, { 'external-secrets': 'token-config', 'verify-secret-key': '', restart: '' }) });
    expect(failure(done)).toBe('');
    expect(done.stdout).toMatch(/^SYNCED default\/externalsecret\/token-config /m);
    const config = world.kube.store.get('configmaps', NS, 'token-config') as { data?: Record<string, string> };
    expect(config.data?.token).toBe(world.ssm.store.latest(NAME)?.value);
  });

  test('verify against a template that produces the key is refused', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(
      world,
      externalSecret((spec) => (target(spec).template = { data: { token: 'Bearer {{ .token }}' } })),
    );
    await refusedBeforeWrite(gatedInputs(world), 'its spec.target.template produces the key "token", so the key\'s value cannot hash to the raw token.');
  });

  test('verify with mergePolicy Replace dropping the key is refused', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(
      world,
      externalSecret((spec) => (target(spec).template = { mergePolicy: 'Replace', data: { url: 'https://x' } })),
    );
    await refusedBeforeWrite(gatedInputs(world), 'uses mergePolicy Replace, which drops the provider data');
  });
});

describe('errors ESO retries are not final', () => {
  test("a provider that fails once and succeeds on ESO's retry ends rotated and verified", async () => {
    await seed(world, { gated: true });
    world.kube.eso.override(NS, 'deploy-token', { failTimes: 1, failureMessage: 'ThrottlingException: Rate exceeded' });
    const done = await run(world, { inputs: gatedInputs(world, { 'sync-timeout': '5m' }) });
    world.kube.eso.override(NS, 'deploy-token', null);
    expect(failure(done)).toBe('');
    expect(done.stdout).toMatch(/^VERIFIED default\/secret\/deploy-token /m);
    expect(versions(world, done)).toEqual(ROTATED);
    expect(world.kube.eso.syncCount(NS, 'deploy-token', 'failed')).toBe(1);
  });

  test('a provider that keeps failing ends the run, rollback included, in under 15 s with sync-timeout 5m', async () => {
    await seed(world, { gated: true });
    world.kube.eso.configure({ mode: 'failing' });
    const done = await run(world, { inputs: gatedInputs(world, { 'sync-timeout': '5m' }) });
    world.kube.eso.configure({ mode: 'normal' });
    expect(failure(done)).toContain(
      'sync failed for default/externalsecret/deploy-token: External Secrets Operator failed to sync it and kept failing across its retries for 8s: could not get secret data from provider.',
    );
    expect(failure(done)).toContain('ESO never synced the new token into the cluster Secret, so it still holds the previous one');
    expect(versions(world, done)).toEqual(ROLLED_BACK);
    expect(secret(world, done)).toBe('old');
    expect(done.durationMs).toBeLessThan(15_000);
  });
});

describe('a failed sync leaves the Secret alone', () => {
  test('the rollback does not wait for a second sync, and retries a force-sync it could not send', async () => {
    await seed(world, { gated: true });
    const existing = world.kube.store.get('secrets', NS, 'deploy-token') as KubeObject;
    world.kube.store.apply({ ...existing, immutable: true });
    // The run's own force-sync goes through; the rollback's first one is refused.
    world.kube.faults.add({ match: { verb: 'patch', resource: 'externalsecrets' }, action: { type: 'status', code: 500 }, skip: 1, times: 8 });
    const done = await run(world, { inputs: gatedInputs(world, { 'sync-timeout': '5m', 'verify-secret-key': '' }) });
    world.kube.faults.clear();
    expect(failure(done)).toContain('does not retry: could not update secret, target is immutable.');
    expect(failure(done)).toContain('ESO never synced the new token into the cluster Secret, so it still holds the previous one (ESO was asked to sync again)');
    expect(failure(done)).not.toContain('could not be asked');
    expect(versions(world, done)).toEqual(ROLLED_BACK);
    expect(done.durationMs).toBeLessThan(15_000);
  });
});

describe('ClusterExternalSecret', () => {
  const NAMESPACES = ['team-a', 'team-b', 'team-c'];

  async function clusterWorld(): Promise<void> {
    await seed(world);
    const { kube } = world;
    kube.store.apply({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ClusterSecretStore',
      metadata: { name: 'aws-parameter-store' },
      spec: { provider: { aws: { service: 'ParameterStore', region: 'us-east-1' } } },
    });
    for (const namespace of NAMESPACES) {
      kube.store.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace, labels: { 'deploy-token': 'yes' } } });
      kube.store.apply(exampleDeployment({ namespace }));
    }
    const spec = (externalSecret(() => undefined) as KubeObject & { spec: Spec }).spec;
    (spec.secretStoreRef as Spec).kind = 'ClusterSecretStore';
    kube.store.apply({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ClusterExternalSecret',
      metadata: { name: 'deploy-token' },
      spec: { namespaceSelectors: [{ matchLabels: { 'deploy-token': 'yes' } }], externalSecretSpec: spec },
    });
    await until(
      () => NAMESPACES.every((namespace) => secretValueOf(kube, namespace, 'deploy-token') === world.old),
      'ESO synced the old token in every namespace',
    );
    for (const namespace of NAMESPACES) await kube.workloads.whenSettled('Deployment', namespace, 'api', 5000);
  }

  test('clusterexternalsecret/<name> provisioning three namespaces syncs, verifies and rolls out all three', async () => {
    await clusterWorld();
    const done = await run(world, {
      inputs: gatedInputs(world, {
        'external-secrets': 'clusterexternalsecret/deploy-token',
        restart: NAMESPACES.map((namespace) => `${namespace}/deployment/api`).join('\n'),
      }),
    });
    expect(failure(done)).toBe('');
    const token = world.ssm.store.latest(NAME)?.value;
    for (const namespace of NAMESPACES) {
      expect(done.stdout).toMatch(new RegExp(`^SYNCED ${namespace}/externalsecret/deploy-token .*forced through ClusterExternalSecret deploy-token`, 'm'));
      expect(done.stdout).toMatch(new RegExp(`^VERIFIED ${namespace}/secret/deploy-token `, 'm'));
      expect(done.stdout).toMatch(new RegExp(`^ROLLED-OUT ${namespace}/deployment/api `, 'm'));
      expect(secretValueOf(world.kube, namespace, 'deploy-token')).toBe(token);
    }
    const ces = world.kube.store.get('clusterexternalsecrets', '', 'deploy-token') as KubeObject;
    expect(ces.metadata.annotations?.['external-secrets.io/force-sync']).toMatch(/\S/);
    expect(world.kube.requests.count({ verb: 'patch', resource: 'externalsecrets' })).toBe(0);
  });

  test('an ExternalSecret a ClusterExternalSecret owns, named directly, is forced through its owner', async () => {
    await clusterWorld();
    const done = await run(world, { inputs: gatedInputs(world, { 'external-secrets': 'team-b/deploy-token', restart: 'team-b/deployment/api' }) });
    expect(failure(done)).toBe('');
    expect(done.stdout).toMatch(/^SYNCED team-b\/externalsecret\/deploy-token .*forced through ClusterExternalSecret deploy-token/m);
    expect(world.kube.requests.count({ verb: 'patch', resource: 'clusterexternalsecrets' })).toBe(1);
    expect(world.kube.requests.count({ verb: 'patch', resource: 'externalsecrets' })).toBe(0);
    expect(versions(world, done)).toEqual(ROTATED);
  });

  test('a force-sync written on an owned ExternalSecret is reset by the ClusterExternalSecret controller', async () => {
    await clusterWorld();
    const es = world.kube.store.get('externalsecrets', 'team-a', 'deploy-token') as KubeObject;
    world.kube.store.apply({ ...es, metadata: { ...es.metadata, annotations: { ...es.metadata.annotations, 'force-sync': 'by-hand' } } });
    await world.kube.ces.whenIdle();
    const after = world.kube.store.get('externalsecrets', 'team-a', 'deploy-token') as KubeObject;
    expect(after.metadata.annotations?.['force-sync']).toBeUndefined();
  });
});

describe('a single-worker ESO', () => {
  test("ten ExternalSecrets at 300 ms a reconcile all sync inside the timeout, and the summary shows each one's wait", async () => {
    await seed(world, { gated: true });
    const names = Array.from({ length: 10 }, (_, index) => `token-${index}`);
    for (const name of names) world.kube.store.apply(externalSecret(() => undefined, name));
    await until(() => names.every((name) => secretValueOf(world.kube, NS, name) === world.old), 'ESO synced all ten');
    await world.kube.eso.whenIdle(200);
    world.kube.eso.configure({ reconcileMs: 300 });
    const done = await run(world, { inputs: gatedInputs(world, { 'external-secrets': names.join('\n'), restart: '', 'sync-timeout': '30s' }) });
    world.kube.eso.configure({ reconcileMs: 0 });
    expect(failure(done)).toBe('');
    for (const name of names) {
      expect(done.summary).toMatch(new RegExp(`default/externalsecret/${name}\\b[^\\n]*\\d+(\\.\\d)? (ms|s)`));
      expect(secretValueOf(world.kube, NS, name)).toBe(world.ssm.store.latest(NAME)?.value);
    }
    expect(world.kube.eso.settings.concurrency).toBe(1);
  });
});
