// Issue 18: where real ESO does something else than a first reading of it said. Each case runs
// the bundled action against the local servers, whose simulated ESO follows the cited source.
import { describe, expect, jest, test } from '@jest/globals';
import { exampleDeployment, exampleExternalSecret } from '../../local-servers/kube/fixtures.ts';
import type { KubeObject } from '../../local-servers/kube/objects.ts';
import { failure, gatedInputs, NAME, NS, ROLLED_BACK, ROTATED, run, secret, seed, UNTOUCHED, until, useWorld, versions } from '../fault-matrix/world.ts';
import { secretValue as secretValueOf } from './world.ts';

jest.setTimeout(30_000);

const world = useWorld();

const target = (spec: Spec): Spec => spec.target as Spec;
const remoteRef = (spec: Spec): Spec => ((spec.data as Spec[])[0] as Spec).remoteRef as Spec;
const ARN = `arn:aws:ssm:us-east-1:123456789012:parameter${NAME}`;

/** Applies the ExternalSecret and waits until ESO has answered it. */
async function replaceExternalSecret(es: KubeObject): Promise<void> {
  world.kube.store.apply(es);
  await world.kube.eso.whenIdle(200);
}

/** A run that rotates, and ESO's Secret ends up holding the new token. */
async function rotates(inputs: Record<string, string>): Promise<string> {
  const done = await run(world, { inputs });
  expect(failure(done)).toBe('');
  expect(versions(world, done)).toEqual(ROTATED);
  return done.stdout;
}

type Spec = Record<string, unknown>;
const externalSecret = (change: (spec: Spec) => void, name = 'deploy-token'): KubeObject => {
  const es = exampleExternalSecret({ parameterName: NAME, externalSecretName: name }) as KubeObject & { spec: Spec };
  change(es.spec);
  return es;
};

async function refusedBeforeWrite(inputs: Record<string, string>, sentence: string): Promise<void> {
  world.ssm.requests.clear();
  const done = await run(world, { inputs });
  expect(failure(done)).toContain(sentence);
  expect(failure(done)).toContain('Nothing was written anywhere.');
  expect(world.ssm.requests.count('PutParameter')).toBe(0);
  expect(versions(world, done)).toEqual(UNTOUCHED);
}

describe('case 1: a ClusterExternalSecret forces its ExternalSecrets on every ESO line', () => {
  const NAMESPACES = ['team-a', 'team-b'];

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
      spec: {
        namespaceSelectors: [{ matchLabels: { 'deploy-token': 'yes' } }],
        externalSecretSpec: spec,
        externalSecretMetadata: { annotations: { team: 'x' } },
      },
    });
    await until(
      () => NAMESPACES.every((namespace) => secretValueOf(kube, namespace, 'deploy-token') === world.old),
      'ESO synced the old token in every namespace',
    );
    for (const namespace of NAMESPACES) await kube.workloads.whenSettled('Deployment', namespace, 'api', 5000);
  }

  const cesInputs = (): Record<string, string> =>
    gatedInputs(world, {
      'external-secrets': 'clusterexternalsecret/deploy-token',
      restart: NAMESPACES.map((namespace) => `${namespace}/deployment/api`).join('\n'),
      'sync-timeout': '20s',
    });

  test.each([
    ['v0.20.0 and later (copies its external-secrets.io/force-sync)', true],
    ['v0.16.2 to v0.19.x (copies spec.externalSecretMetadata.annotations only)', false],
  ])('ESO %s: synced, verified and rolled out in seconds', async (_line, copiesForceSync) => {
    await clusterWorld();
    world.kube.ces.configure({ copiesForceSync });
    const done = await run(world, { inputs: cesInputs() });
    expect(failure(done)).toBe('');
    expect(done.durationMs).toBeLessThan(15_000);
    const token = world.ssm.store.latest(NAME)?.value;
    for (const namespace of NAMESPACES) {
      expect(done.stdout).toMatch(new RegExp(`^VERIFIED ${namespace}/secret/deploy-token `, 'm'));
      expect(secretValueOf(world.kube, namespace, 'deploy-token')).toBe(token);
      const es = world.kube.store.get('externalsecrets', namespace, 'deploy-token') as KubeObject;
      expect(es.metadata.annotations).toEqual({ team: 'x', 'external-secrets.io/force-sync': expect.stringMatching(/\S/) });
    }
    const ces = world.kube.store.get('clusterexternalsecrets', '', 'deploy-token') as KubeObject & { spec: Spec };
    expect(ces.metadata.annotations?.['external-secrets.io/force-sync']).toMatch(/\S/);
    expect(ces.metadata.annotations?.['force-sync']).toBeUndefined();
    expect(world.kube.requests.count({ verb: 'patch', resource: 'externalsecrets' })).toBe(0);
  });

  test('a failed ClusterExternalSecret rotation prints a manual force-sync that works on every ESO line', async () => {
    await clusterWorld();
    world.kube.eso.configure({ mode: 'failing' });
    // The run's force-sync goes through; every rollback one is refused.
    world.kube.faults.add({ match: { verb: 'patch', resource: 'clusterexternalsecrets' }, action: { type: 'status', code: 500 }, skip: 1, times: 100 });
    const done = await run(world, { inputs: { ...cesInputs(), 'sync-timeout': '5m' } });
    world.kube.faults.clear();
    world.kube.eso.configure({ mode: 'normal' });
    expect(versions(world, done)).toEqual(ROLLED_BACK);
    expect(failure(done)).toContain(
      `kubectl patch clusterexternalsecret deploy-token --type merge -p '{"metadata":{"annotations":{"external-secrets.io/force-sync":"'$(date +%s)'"}},"spec":{"externalSecretMetadata":{"annotations":{"external-secrets.io/force-sync":"'$(date +%s)'"}}}}'`,
    );
  }, 60_000);
});

describe('case 2: an immutable existing target Secret', () => {
  test('is refused before any write when verifying, saying to delete the Secret', async () => {
    await seed(world, { gated: true });
    const existing = world.kube.store.get('secrets', NS, 'deploy-token') as KubeObject;
    world.kube.store.apply({ ...existing, immutable: true });
    await refusedBeforeWrite(
      gatedInputs(world, { 'sync-timeout': '5m' }),
      'preflight failed for default/externalsecret/deploy-token: Secret deploy-token is immutable (immutable: true), so External Secrets Operator could not write the new token into it (could not update secret, target is immutable), and Kubernetes never makes it mutable again.',
    );
    const after = world.kube.store.get('externalsecrets', NS, 'deploy-token') as KubeObject;
    expect(after.metadata.annotations?.['force-sync']).toBeUndefined();
  });
});

describe('case 3: generic targets (spec.target.manifest) ESO refuses', () => {
  const configMap = (): KubeObject => externalSecret((spec) => (target(spec).manifest = { apiVersion: 'v1', kind: 'ConfigMap' }), 'token-config');
  const inputs = (): Record<string, string> =>
    gatedInputs(world, { 'external-secrets': 'token-config', 'verify-secret-key': '', restart: '', 'sync-timeout': '5m' });

  test('already failing "invalid generic target" (a default install) is refused before any write', async () => {
    await seed(world, { gated: true });
    world.kube.store.apply(configMap());
    await until(
      () => (world.kube.store.get('externalsecrets', NS, 'token-config')?.status as Spec | undefined)?.conditions !== undefined,
      'ESO answered the generic target',
    );
    await refusedBeforeWrite(
      inputs(),
      'preflight failed for default/externalsecret/token-config: External Secrets Operator already refuses its spec.target.manifest (Ready=False, "invalid generic target") and does not retry it, so a forced sync would fail the same way.',
    );
  });

  test('refused by ESO on our force-sync (SecretSyncedError): fails at once with the flag to set, rolled back', async () => {
    await seed(world, { gated: true });
    world.kube.eso.configure({ allowGenericTargets: true });
    world.kube.store.apply(configMap());
    await until(() => world.kube.store.get('configmaps', NS, 'token-config') !== undefined, 'ESO wrote the ConfigMap');
    await world.kube.eso.whenIdle(200);
    // The controller restarts without --unsafe-allow-generic-targets; nothing is reconciled until our annotation.
    world.kube.eso.configure({ allowGenericTargets: false });
    const done = await run(world, { inputs: inputs() });
    expect(failure(done)).toContain(
      'sync failed for default/externalsecret/token-config: External Secrets Operator failed to sync it and does not retry: invalid generic target.',
    );
    expect(failure(done)).toContain('Start the ESO controller with --unsafe-allow-generic-targets');
    expect(versions(world, done)).toEqual(ROLLED_BACK);
    expect(done.durationMs).toBeLessThan(7_000);
  });
});

describe("case 7: a failure from before the run is not ESO's answer to our force-sync", () => {
  test('the README first rotation (reads :previous, which this run creates) with ESO reaching it 10 s after the annotation: rotated and verified', async () => {
    await seed(world, { gated: true });
    // No backoff retry during the run: only our annotation makes ESO reconcile.
    world.kube.eso.configure({ retryBaseDelayMs: 60_000 });
    world.kube.store.apply(
      externalSecret((spec) => {
        spec.data = [
          { secretKey: 'token', remoteRef: { key: NAME } },
          { secretKey: 'previous', remoteRef: { key: NAME, version: 'previous' } },
        ];
      }),
    );
    await until(() => world.kube.eso.syncCount(NS, 'deploy-token', 'failed') >= 1, 'ESO failed on :previous');
    await world.kube.eso.whenIdle(200);
    // A busy single worker: ESO reaches the ExternalSecret 10 s after each change.
    world.kube.eso.override(NS, 'deploy-token', { syncDelayMs: 10_000 });
    await until(() => world.kube.eso.syncCount(NS, 'deploy-token', 'failed') >= 2, 'ESO failed again');
    const done = await run(world, { inputs: gatedInputs(world, { restart: '', 'sync-timeout': '30s' }) });
    expect(failure(done)).toBe('');
    expect(done.stdout).toContain('waiting for External Secrets Operator to process the force-sync');
    expect(done.stdout).toMatch(/^VERIFIED default\/secret\/deploy-token /m);
    expect(versions(world, done)).toEqual(ROTATED);
    expect(done.durationMs).toBeGreaterThan(9_000);
  });

  test('a failure ESO repeats on our force-sync is judged from its answer: rolled back 8 s later, not at sync-timeout', async () => {
    await seed(world, { gated: true });
    world.kube.eso.configure({ retryBaseDelayMs: 60_000 });
    world.kube.eso.override(NS, 'deploy-token', { mode: 'failing' });
    // A change of the spec makes ESO refresh, and fail, before the run.
    world.kube.store.apply(externalSecret((spec) => (spec.refreshInterval = '2h')));
    await until(() => world.kube.eso.syncCount(NS, 'deploy-token', 'failed') >= 1, 'ESO failed');
    await world.kube.eso.whenIdle(200);
    world.kube.eso.override(NS, 'deploy-token', { syncDelayMs: 3_000 });
    await until(() => world.kube.eso.syncCount(NS, 'deploy-token', 'failed') >= 2, 'ESO failed again');
    const done = await run(world, { inputs: gatedInputs(world, { restart: '', 'sync-timeout': '5m' }) });
    expect(failure(done)).toContain('External Secrets Operator failed to sync it and kept failing across its retries for 8s');
    expect(versions(world, done)).toEqual(ROLLED_BACK);
    expect(done.durationMs).toBeGreaterThan(10_000);
    expect(done.durationMs).toBeLessThan(20_000);
  });
});

describe('case 4: dataFrom[].extract of the rotated parameter', () => {
  test('is refused before any write, naming the entry, even beside a good data[] entry', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(externalSecret((spec) => (spec.dataFrom = [{ extract: { key: NAME } }])));
    await refusedBeforeWrite(
      gatedInputs(world),
      `preflight failed for default/externalsecret/deploy-token: its spec.dataFrom[0].extract reads ${NAME} as a JSON object of keys, but the token is not JSON, so External Secrets Operator fails the whole ExternalSecret ("unable to unmarshal secret").`,
    );
  });
});

describe('case 5: stores named per entry', () => {
  test('no spec.secretStoreRef, the entry names its store in sourceRef.storeRef: rotated and verified', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(
      externalSecret((spec) => {
        delete spec.secretStoreRef;
        ((spec.data as Spec[])[0] as Spec).sourceRef = { storeRef: { name: 'aws-parameter-store', kind: 'SecretStore' } };
      }),
    );
    const stdout = await rotates(gatedInputs(world, { restart: '', 'sync-timeout': '10s' }));
    expect(stdout).toMatch(/^VERIFIED default\/secret\/deploy-token /m);
    expect(world.kube.requests.count({ verb: 'get', resource: 'secretstores', name: '' })).toBe(0);
  });

  test("spec.secretStoreRef's prefix is not applied to an entry that names another store", async () => {
    await seed(world, { gated: true });
    world.kube.store.apply({
      apiVersion: 'external-secrets.io/v1',
      kind: 'SecretStore',
      metadata: { name: 'prefixed', namespace: NS },
      spec: { provider: { aws: { service: 'ParameterStore', region: 'us-east-1', prefix: '/elsewhere' } } },
    });
    await replaceExternalSecret(
      externalSecret((spec) => {
        spec.secretStoreRef = { name: 'prefixed', kind: 'SecretStore' };
        ((spec.data as Spec[])[0] as Spec).sourceRef = { storeRef: { name: 'aws-parameter-store' } };
      }),
    );
    const stdout = await rotates(gatedInputs(world, { restart: '', 'sync-timeout': '10s' }));
    expect(stdout).toMatch(/^VERIFIED default\/secret\/deploy-token /m);
  });
});

describe("case 6: remoteRef.key given as the parameter's ARN", () => {
  test('rotated and verified, with a warning naming the account', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(externalSecret((spec) => (remoteRef(spec).key = ARN)));
    const stdout = await rotates(gatedInputs(world, { restart: '', 'sync-timeout': '10s' }));
    expect(stdout).toContain(`reads ${NAME} by ARN in account 123456789012`);
    expect(stdout).toMatch(/^VERIFIED default\/secret\/deploy-token /m);
  });

  test('an ARN in another region is not this parameter: refused', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(externalSecret((spec) => (remoteRef(spec).key = ARN.replace('us-east-1', 'eu-west-1'))));
    await refusedBeforeWrite(gatedInputs(world), `none of its spec.data[].remoteRef.key or spec.dataFrom entries reads ${NAME}`);
  });
});

describe('case 9: refuse only what ESO cannot deliver', () => {
  test('find.name.regexp with RE2 flags (?i): rotated', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(
      externalSecret((spec) => {
        delete spec.data;
        spec.dataFrom = [{ find: { path: '/rotate-deploy-token', name: { regexp: '(?i)DEPLOY-TOKEN$' } } }];
      }),
    );
    const stdout = await rotates(gatedInputs(world, { restart: '', 'verify-secret-key': '', 'sync-timeout': '10s' }));
    expect(stdout).toMatch(/^SYNCED default\/externalsecret\/deploy-token /m);
  });

  test('remoteRef.property of the token is refused before any write', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(externalSecret((spec) => (remoteRef(spec).property = 'token')));
    await refusedBeforeWrite(
      gatedInputs(world),
      `its spec.data[0].remoteRef.property "token" asks for a JSON field of ${NAME}, but the token is not JSON, so External Secrets Operator fails the whole ExternalSecret.`,
    );
  });

  test('metadataPolicy Fetch (the tags, not the value) is refused before any write', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(externalSecret((spec) => (remoteRef(spec).metadataPolicy = 'Fetch')));
    await refusedBeforeWrite(
      gatedInputs(world),
      `its spec.data[0].remoteRef reads ${NAME} with metadataPolicy: Fetch, which returns the parameter's tags, not its value, so a sync would not deliver the new token.`,
    );
  });

  test('refreshPolicy CreatedOnce on an ExternalSecret never synced gets its first sync: rotated and verified', async () => {
    await seed(world, { gated: true });
    // ESO reaches the new ExternalSecret 3 s after it is created: the run finds it never synced.
    world.kube.eso.override(NS, 'first-token', { syncDelayMs: 3_000 });
    world.kube.store.apply(externalSecret((spec) => (spec.refreshPolicy = 'CreatedOnce'), 'first-token'));
    const stdout = await rotates(gatedInputs(world, { 'external-secrets': 'first-token', restart: '', 'sync-timeout': '15s' }));
    expect(stdout).toMatch(/^VERIFIED default\/secret\/first-token /m);
  });

  describe("refreshPolicy CreatedOnce before its first sync: ESO's own retry syncs between the write and the force-sync", () => {
    // The real cluster's race (issue 23): the ExternalSecret reads :current, which only the run's label creates, so ESO
    // fails it and retries on its backoff (BuildRateLimiter); a retry after LABELED makes the first sync with the new
    // token, and from then on CreatedOnce ignores the force-sync (shouldRefresh, externalsecret_controller.go v0.16.2).
    async function racingWorld(): Promise<void> {
      await seed(world, { gated: true });
      world.ssm.store.clear();
      world.ssm.store.seed({ Name: NAME, Value: world.old, Type: 'SecureString' });
      // Retries every 100-200 ms, so one lands in the window the latency below opens.
      world.kube.eso.configure({ retryBaseDelayMs: 100, maxRetryDelayMs: 200 });
      world.kube.store.apply(
        externalSecret((spec) => {
          spec.refreshPolicy = 'CreatedOnce';
          remoteRef(spec).key = `${NAME}:current`;
        }, 'first-token'),
      );
      await until(() => world.kube.eso.syncCount(NS, 'first-token', 'failed') > 0, 'ESO failed first-token (no version holds current yet)');
      // The race window, widened: the force-sync's read of the ExternalSecret (after preflight's) waits 1.5 s.
      world.kube.faults.add({
        match: { verb: 'get', resource: 'externalsecrets', name: 'first-token' },
        action: { type: 'latency', ms: 1_500 },
        skip: 1,
        times: 1,
      });
    }
    const inputs = (extra: Record<string, string> = {}): Record<string, string> =>
      gatedInputs(world, { 'external-secrets': 'first-token', restart: '', 'sync-timeout': '10s', ...extra });

    test('the Secret holding the new token proves that sync read the write: rotated and verified, not rolled back', async () => {
      await racingWorld();
      const done = await run(world, { inputs: inputs() });
      world.kube.faults.clear();
      expect(failure(done)).toBe('');
      expect(done.stdout).toMatch(/^SYNCED default\/externalsecret\/first-token .*ESO's own sync after the write; the Secret holds the new value/m);
      expect(done.stdout).toMatch(/^VERIFIED default\/secret\/first-token /m);
      // ESO's one sync was its own retry, not the force-sync.
      expect(world.kube.eso.syncCount(NS, 'first-token')).toBe(1);
      expect(world.ssm.store.latest(NAME)?.labels).toEqual(['current']);
      expect(secretValueOf(world.kube, NS, 'first-token')).toBe(done.outputs.token);
    });

    test('a first sync that read the value before the write fails at once and rolls back: SSM and the Secret agree', async () => {
      await seed(world, { gated: true });
      // Never synced: every provider read fails until the run's preflight has read it.
      world.kube.eso.override(NS, 'first-token', { mode: 'failing' });
      world.kube.store.apply(externalSecret((spec) => (spec.refreshPolicy = 'CreatedOnce'), 'first-token'));
      await until(() => world.kube.eso.syncCount(NS, 'first-token', 'failed') > 0, 'ESO failed first-token');
      // The write lands 2 s late; ESO's first sync comes right after preflight's read, so it reads the old value.
      world.ssm.faults.add({ operation: 'PutParameter', kind: 'delay', delayMs: 2_000 });
      world.kube.requests.clear();
      const running = run(world, { inputs: inputs() });
      await until(() => world.kube.requests.count({ verb: 'get', resource: 'externalsecrets', name: 'first-token' }) > 0, "preflight's read of first-token");
      world.kube.eso.override(NS, 'first-token', { mode: 'normal' });
      const done = await running;
      expect(failure(done)).toContain(
        'External Secrets Operator made its one sync (refreshPolicy CreatedOnce) before it could read the new token, so Secret first-token holds another value, and it ignores the force-sync from now on.',
      );
      expect(done.stdout).not.toMatch(/did not sync it within/);
      expect(versions(world, done)).toEqual(ROLLED_BACK);
      expect(secretValueOf(world.kube, NS, 'first-token')).toBe(world.old);
      expect(done.outputs.rotated).toBe('false');
    });

    test('without verify-secret-key nothing could tell which value that one sync read: refused before any write', async () => {
      await racingWorld();
      world.kube.faults.clear();
      world.ssm.requests.clear();
      const done = await run(world, { inputs: inputs({ 'verify-secret-key': '' }) });
      expect(failure(done)).toContain(
        'its refreshPolicy is CreatedOnce and it has never synced: External Secrets Operator makes exactly one sync, which its own retry may make before the force-sync, and without verify-secret-key the action cannot tell whether that sync read the new token.',
      );
      expect(failure(done)).toContain('Nothing was written anywhere.');
      expect(world.ssm.requests.count('PutParameter')).toBe(0);
      expect(versions(world, done)).toEqual([[1, 'old', []]]);
    });
  });

  test('a store whose role is in another account is warned about, naming the account', async () => {
    await seed(world, { gated: true });
    world.kube.store.apply({
      apiVersion: 'external-secrets.io/v1',
      kind: 'SecretStore',
      metadata: { name: 'aws-parameter-store', namespace: NS },
      spec: { provider: { aws: { service: 'ParameterStore', region: 'us-east-1', role: 'arn:aws:iam::999999999999:role/token-reader' } } },
    });
    const stdout = await rotates(gatedInputs(world, { restart: '', 'sync-timeout': '10s' }));
    expect(stdout).toContain(
      "its store SecretStore default/aws-parameter-store assumes a role in account 999999999999, so External Secrets Operator reads that account's parameter",
    );
  });
});

describe('case 8: the rollback\'s "ESO never wrote the new token"', () => {
  test('a Periodic refresh that wrote the new token (refreshTime moved, syncedResourceVersion not) is synced back, not taken as untouched', async () => {
    await seed(world, { gated: true });
    await replaceExternalSecret(
      externalSecret((spec) => {
        spec.refreshPolicy = 'Periodic';
        spec.refreshInterval = '1s';
      }),
    );
    // The force-sync read waits 2.5 s (ESO's Periodic refresh writes the new token meanwhile), then its patch is refused.
    world.kube.faults.add({ match: { verb: 'get', resource: 'externalsecrets' }, action: { type: 'latency', ms: 2_500 }, skip: 1, times: 1 });
    world.kube.faults.add({ match: { verb: 'patch', resource: 'externalsecrets' }, action: { type: 'status', code: 403 }, times: 1 });
    const done = await run(world, { inputs: gatedInputs(world, { restart: '', 'sync-timeout': '10s' }) });
    world.kube.faults.clear();
    expect(failure(done)).toContain('lack the RBAC verb patch on externalsecrets.external-secrets.io');
    expect(failure(done)).toContain('the ExternalSecrets synced the previous value back');
    expect(failure(done)).not.toContain('ESO never synced the new token');
    expect(versions(world, done)).toEqual(ROLLED_BACK);
    expect(secret(world, done)).toBe('old');
  });
});
