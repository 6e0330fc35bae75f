// external-secrets: auto and restart: auto through the bundled action against the local
// servers: readers in two namespaces and behind a ClusterExternalSecret are found, the reader of
// another parameter and the reader through another region's store are left out, every way a pod
// template uses a Secret is restarted, Reloader's workload is waited on, a paused one is reported.
import { describe, expect, jest, test } from '@jest/globals';
import { exampleDeployment, exampleDaemonSet, exampleExternalSecret, exampleSecretStore, exampleStatefulSet } from '../../local-servers/kube/fixtures.ts';
import type { KubeObject } from '../../local-servers/kube/objects.ts';
import { runAction } from '../../local-servers/runner/run-action.ts';
import { failure, NAME, run, runThenPost, seed, until, useWorld } from '../fault-matrix/world.ts';
import type { World } from '../fault-matrix/world.ts';
import { secretValue } from './world.ts';

jest.setTimeout(60_000);

const world = useWorld();
const A = 'team-a';
const B = 'team-b';
const C = 'team-c';
const OTHER = '/rotate-deploy-token/demo/other-token';

type Spec = Record<string, unknown>;
interface Template {
  spec: { containers: Spec[]; initContainers?: Spec[]; volumes?: Spec[] };
}
const withTemplate = (object: KubeObject, change: (template: Template) => void): KubeObject => {
  change((object.spec as { template: Template }).template);
  return object;
};
const container = (extra: Spec): Spec => ({ name: 'app', image: 'registry.example.com/app:1.0.0', ...extra });

/**
 * team-a: reader-a (data[0].remoteRef.key) and its users, one per way a pod template uses a
 * Secret, a Reloader one and a paused one. team-b: reader-b (a find by regexp), a reader of
 * another parameter, a reader through a store in eu-west-1. team-c: the ExternalSecret of the
 * ClusterExternalSecret `shared`.
 */
async function autoWorld(w: World, options: { set?: boolean } = {}): Promise<void> {
  await seed(w);
  const { kube, ssm } = w;
  ssm.store.seed({ Name: OTHER, Value: 'other-old-value-0123456789abcdef', Type: 'SecureString', Labels: ['current'] });
  for (const namespace of [A, B, C]) {
    kube.store.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace, labels: namespace === C ? { shared: 'yes' } : {} } });
  }
  kube.store.apply(exampleSecretStore({ namespace: A }));
  kube.store.apply(exampleSecretStore({ namespace: B }));
  kube.store.apply(exampleSecretStore({ namespace: B, secretStoreName: 'aws-eu', region: 'eu-west-1' }));
  kube.store.apply(exampleExternalSecret({ namespace: A, externalSecretName: 'reader-a', parameterName: NAME }));
  const readerB = exampleExternalSecret({ namespace: B, externalSecretName: 'reader-b', parameterName: NAME }) as KubeObject & { spec: Spec };
  readerB.spec.data = [];
  readerB.spec.dataFrom = [{ find: { path: '/rotate-deploy-token/demo', name: { regexp: options.set ? '-token$' : 'demo/deploy-token$' } } }];
  kube.store.apply(readerB);
  if (!options.set) kube.store.apply(exampleExternalSecret({ namespace: B, externalSecretName: 'other-reader', parameterName: OTHER }));
  kube.store.apply(exampleExternalSecret({ namespace: B, externalSecretName: 'eu-reader', parameterName: NAME, secretStoreName: 'aws-eu' }));
  kube.store.apply({
    apiVersion: 'external-secrets.io/v1',
    kind: 'ClusterSecretStore',
    metadata: { name: 'aws-parameter-store' },
    spec: { provider: { aws: { service: 'ParameterStore', region: 'us-east-1' } } },
  });
  const shared = (exampleExternalSecret({ parameterName: NAME, externalSecretName: 'shared-token' }) as KubeObject & { spec: Spec }).spec;
  (shared.secretStoreRef as Spec).kind = 'ClusterSecretStore';
  kube.store.apply({
    apiVersion: 'external-secrets.io/v1',
    kind: 'ClusterExternalSecret',
    metadata: { name: 'shared' },
    spec: { namespaceSelectors: [{ matchLabels: { shared: 'yes' } }], externalSecretName: 'shared-token', externalSecretSpec: shared },
  });

  kube.store.apply(exampleDeployment({ namespace: A, workloadName: 'env-user', externalSecretName: 'reader-a' }));
  kube.store.apply(
    withTemplate(exampleStatefulSet({ namespace: A, workloadName: 'envfrom-user', externalSecretName: 'reader-a' }), (t) => {
      t.spec.containers = [container({ envFrom: [{ secretRef: { name: 'reader-a' } }] })];
    }),
  );
  kube.store.apply(
    withTemplate(exampleDaemonSet({ namespace: A, workloadName: 'volume-user', externalSecretName: 'reader-a' }), (t) => {
      t.spec.containers = [container({})];
      t.spec.volumes = [{ name: 'token', secret: { secretName: 'reader-a' } }];
    }),
  );
  kube.store.apply(
    withTemplate(exampleDeployment({ namespace: A, workloadName: 'projected-user', externalSecretName: 'reader-a' }), (t) => {
      t.spec.containers = [container({})];
      t.spec.initContainers = [
        container({
          name: 'init',
          env: [
            { name: 'X', value: '1' },
            { name: 'T', valueFrom: { secretKeyRef: { name: 'reader-a', key: 'token' } } },
          ],
        }),
      ];
      t.spec.volumes = [{ name: 'all', projected: { sources: [{ configMap: { name: 'cfg' } }, { secret: { name: 'reader-a' } }] } }];
    }),
  );
  kube.store.apply({
    ...exampleDeployment({ namespace: A, workloadName: 'reloaded', externalSecretName: 'reader-a' }),
    metadata: { name: 'reloaded', namespace: A, annotations: { 'reloader.stakater.com/auto': 'true' } },
  });
  const paused = exampleDeployment({ namespace: A, workloadName: 'paused', externalSecretName: 'reader-a' }) as KubeObject & { spec: Spec };
  kube.store.apply({ ...paused, spec: { ...paused.spec, paused: true } });
  kube.store.apply(exampleDeployment({ namespace: A, workloadName: 'unrelated', externalSecretName: 'something-else' }));
  // A find names the Secret's keys after the parameters: its users take them all.
  kube.store.apply(
    withTemplate(exampleDeployment({ namespace: B, workloadName: 'find-user', externalSecretName: 'reader-b' }), (t) => {
      t.spec.containers = [container({ envFrom: [{ secretRef: { name: 'reader-b' } }] })];
    }),
  );
  kube.store.apply(exampleDeployment({ namespace: C, workloadName: 'shared-user', externalSecretName: 'shared-token' }));

  await until(
    () =>
      [
        [A, 'reader-a'],
        [B, 'reader-b'],
        [C, 'shared-token'],
      ].every(([ns, name]) => holds(w, ns ?? '', name ?? '', w.old)),
    'ESO synced the old token in every namespace',
  );
  for (const [ns, name] of [
    [A, 'env-user'],
    [A, 'projected-user'],
    [A, 'reloaded'],
    [A, 'unrelated'],
    [B, 'find-user'],
    [C, 'shared-user'],
  ]) {
    await kube.workloads.whenSettled('Deployment', ns ?? '', name ?? '', 5000);
  }
  await kube.workloads.whenSettled('StatefulSet', A, 'envfrom-user', 5000);
  await kube.workloads.whenSettled('DaemonSet', A, 'volume-user', 5000);
}

/** Whether some key of the Secret holds the value (a find names its keys after the parameters). */
function holds(w: World, namespace: string, name: string, value: string | undefined): boolean {
  const data = (w.kube.store.get('secrets', namespace, name) as { data?: Record<string, string> } | undefined)?.data ?? {};
  return Object.values(data).some((encoded) => Buffer.from(encoded, 'base64').toString('utf8') === value);
}

const autoInputs = (w: World, extra: Record<string, string> = {}): Record<string, string> => ({
  'parameter-name': NAME,
  'external-secrets': 'auto',
  restart: 'auto',
  'search-namespaces': [A, B, C].join('\n'),
  kubeconfig: w.kube.kubeconfig(),
  'sync-timeout': '20s',
  'rollout-timeout': '20s',
  ...extra,
});

const RESTARTED = [
  [A, 'deployment', 'env-user'],
  [A, 'statefulset', 'envfrom-user'],
  [A, 'daemonset', 'volume-user'],
  [A, 'deployment', 'projected-user'],
  [B, 'deployment', 'find-user'],
  [C, 'deployment', 'shared-user'],
];
const KIND = { deployment: 'Deployment', statefulset: 'StatefulSet', daemonset: 'DaemonSet' } as const;
const rollouts = (w: World, ns: string, kind: keyof typeof KIND, name: string): number => w.kube.workloads.rolloutCount(KIND[kind], ns, name);

describe('external-secrets: auto and restart: auto', () => {
  test('finds the readers and their users, says why, leaves out the others, and rotates them all', async () => {
    await autoWorld(world);
    world.kube.reloader.enable();
    const before = RESTARTED.map(([ns, kind, name]) => rollouts(world, ns ?? '', kind as keyof typeof KIND, name ?? ''));
    const pausedBefore = rollouts(world, A, 'deployment', 'paused');
    world.kube.requests.clear();
    const done = await run(world, { inputs: autoInputs(world) });
    world.kube.reloader.disable();
    expect(failure(done)).toBe('');
    const token = world.ssm.store.latest(NAME)?.value;
    for (const [ns, name] of [
      [A, 'reader-a'],
      [B, 'reader-b'],
      [C, 'shared-token'],
    ])
      expect(holds(world, ns ?? '', name ?? '', token)).toBe(true);

    // Why each was found, and why the others were left out.
    expect(done.stdout).toContain(`found ${A}/externalsecret/reader-a: data[0].remoteRef.key`);
    expect(done.stdout).toContain(`found ${B}/externalsecret/reader-b: dataFrom[0].find.path and .name.regexp`);
    expect(done.stdout).toContain(`found ${C}/externalsecret/shared-token: data[0].remoteRef.key; reached through ClusterExternalSecret shared`);
    expect(done.stdout).toContain(`left out ${B}/externalsecret/other-reader: it reads another parameter (${OTHER})`);
    expect(done.stdout).toMatch(
      new RegExp(
        `left out ${B}/externalsecret/eu-reader: data\\[0\\]\\.remoteRef\\.key names ${NAME}, but its store SecretStore ${B}/aws-eu reads Parameter Store in region eu-west-1`,
      ),
    );
    expect(done.stdout).toContain(`found ${A}/statefulset/envfrom-user: containers[0].envFrom[0] uses Secret reader-a`);
    expect(done.stdout).toContain(`found ${A}/daemonset/volume-user: volumes[0] uses Secret reader-a`);
    expect(done.stdout).toContain(
      `found ${A}/deployment/projected-user: initContainers[0].env[1] uses Secret reader-a; volumes[0].projected.sources[1] uses Secret reader-a`,
    );
    expect(done.stdout).toContain(`found ${A}/deployment/paused: containers[0].env[0] uses Secret reader-a; reported, not restarted: it is paused`);
    expect(done.stdout).not.toContain('unrelated');

    // One restart per workload found; Reloader's own restart for its workload; none for the paused one.
    RESTARTED.forEach(([ns, kind, name], index) => {
      expect(done.stdout).toMatch(new RegExp(`^ROLLED-OUT ${ns}/${kind}/${name} `, 'm'));
      expect(rollouts(world, ns ?? '', kind as keyof typeof KIND, name ?? '') - (before[index] ?? 0)).toBe(1);
    });
    expect(done.stdout).toMatch(new RegExp(`^RESTARTED ${A}/deployment/reloaded .*left to Reloader`, 'm'));
    expect(rollouts(world, A, 'deployment', 'paused')).toBe(pausedBefore);
    // Forced through the owner: the ClusterExternalSecret is patched, its ExternalSecret is not.
    expect(world.kube.requests.count({ verb: 'patch', resource: 'clusterexternalsecrets' })).toBe(1);

    // One paginated list per kind and namespace, never a request per object.
    expect(world.kube.requests.count({ verb: 'list', resource: 'externalsecrets' })).toBe(3);
    for (const resource of ['deployments', 'statefulsets', 'daemonsets', 'rollouts']) expect(world.kube.requests.count({ verb: 'list', resource })).toBe(3);
    expect(done.summary).toContain('found by auto: data[0].remoteRef.key');
    expect(done.summary).toMatch(/left out 2: .*other-reader/);
    expect(done.summary).toMatch(/team-a\/deployment\/paused .*reported and not restarted/);
  });

  test('dry-run prints the plan it found and writes nothing', async () => {
    await autoWorld(world);
    world.kube.requests.clear();
    world.ssm.requests.clear();
    const done = await run(world, { inputs: autoInputs(world, { 'dry-run': 'true' }) });
    expect(failure(done)).toBe('');
    for (const es of [`${A}/externalsecret/reader-a`, `${B}/externalsecret/reader-b`, `${C}/externalsecret/shared-token`]) {
      expect(done.stdout).toMatch(new RegExp(`^PLAN ${es} .*dry run: would force-sync and wait`, 'm'));
    }
    for (const [ns, kind, name] of RESTARTED) expect(done.stdout).toMatch(new RegExp(`^PLAN ${ns}/${kind}/${name} .*dry run: would restart`, 'm'));
    expect(done.stdout).not.toMatch(/^PLAN team-a\/deployment\/paused .*dry run/m);
    expect(world.ssm.requests.count('PutParameter')).toBe(0);
    expect(world.kube.requests.count({ verb: 'patch' })).toBe(0);

    // The real run then touches exactly what the dry run planned.
    const planned = (done.stdout.match(/^PLAN (\S+) .*dry run: would (force-sync|restart|wait)/gm) ?? []).map((line) => line.split(' ')[1]).sort();
    world.kube.reloader.enable();
    const real = await run(world, { inputs: autoInputs(world) });
    world.kube.reloader.disable();
    expect(failure(real)).toBe('');
    const touched = (real.stdout.match(/^(SYNCED|RESTARTED) \S+/gm) ?? []).map((line) => line.split(' ')[1]).sort();
    expect(touched).toEqual(planned);
    expect(touched).toHaveLength(3 + RESTARTED.length + 1);
  });

  test('a set: one sync per ExternalSecret and one restart per workload', async () => {
    await autoWorld(world, { set: true });
    const readerA2 = exampleExternalSecret({ namespace: A, externalSecretName: 'reader-a', parameterName: NAME }) as KubeObject & { spec: Spec };
    readerA2.spec.data = [
      { secretKey: 'token', remoteRef: { key: NAME } },
      { secretKey: 'other', remoteRef: { key: OTHER } },
    ];
    world.kube.store.apply(readerA2);
    await world.kube.eso.whenIdle(200);
    world.kube.requests.clear();
    world.kube.reloader.enable();
    // The set's tokens output holds every token, so the bundle runs without the single-token leak audit.
    const done = await runAction({
      inputs: { ...autoInputs(world, { 'search-namespaces': `${A}\n${B}` }), 'parameter-name': '', parameters: `${NAME}=deploy\n${OTHER}=other` },
      env: world.env,
    });
    world.kube.reloader.disable();
    expect(failure(done)).toBe('');
    expect(done.stdout).toContain(`found ${A}/externalsecret/reader-a: data[0].remoteRef.key reads ${NAME}; data[1].remoteRef.key reads ${OTHER}`);
    expect((done.stdout.match(/^SYNCED /gm) ?? []).length).toBe(2);
    expect(world.kube.requests.count({ verb: 'patch', resource: 'externalsecrets' })).toBe(2);
    expect(done.stdout.match(/^RESTARTED team-a\/deployment\/env-user /gm)).toHaveLength(1);
    expect(secretValue(world.kube, A, 'reader-a', 'other')).toBe(world.ssm.store.latest(OTHER)?.value);
  });

  test('* without cluster-wide list rights is refused in preflight, naming the verb and resource', async () => {
    await autoWorld(world);
    world.kube.rbac.allowOnly([{ verb: '*', resource: '*', group: '*', namespace: [A, B, C] }]);
    const done = await run(world, { inputs: autoInputs(world, { 'search-namespaces': '*' }) });
    world.kube.rbac.allowOnly(null);
    expect(failure(done)).toContain('lack the RBAC verb list on externalsecrets.external-secrets.io at cluster scope');
    expect(failure(done)).toContain('Nothing was written anywhere.');
    expect(world.ssm.store.latest(NAME)?.version).toBe(1);
  });

  test('* with cluster-wide rights makes one list per kind', async () => {
    await autoWorld(world);
    world.kube.requests.clear();
    const done = await run(world, { inputs: autoInputs(world, { 'search-namespaces': '*', 'dry-run': 'true' }) });
    expect(failure(done)).toBe('');
    expect(world.kube.requests.count({ verb: 'list', resource: 'externalsecrets' })).toBe(1);
    expect(world.kube.requests.count({ verb: 'list', resource: 'deployments' })).toBe(1);
    expect(done.stdout).toMatch(/^PLAN team-c\/deployment\/shared-user .*dry run: would restart/m);
  });

  test('auto that finds nothing fails in preflight, saying where it looked', async () => {
    await autoWorld(world);
    const done = await run(world, { inputs: autoInputs(world, { 'search-namespaces': 'default' }) });
    expect(failure(done)).toContain(`no ExternalSecret in namespace default reads ${NAME} from AWS Parameter Store in us-east-1`);
    expect(failure(done)).toContain('Nothing was written anywhere.');
  });

  test('a list answered 410 Gone (its continue token expired) is started again', async () => {
    await autoWorld(world);
    world.kube.requests.clear();
    world.kube.faults.add({
      match: { verb: 'list', resource: 'externalsecrets', namespace: A },
      action: { type: 'status', code: 410, message: 'The provided continue parameter is too old to display a consistent list result.' },
      times: 1,
    });
    const done = await run(world, { inputs: autoInputs(world, { 'dry-run': 'true' }) });
    world.kube.faults.clear();
    expect(failure(done)).toBe('');
    expect(world.kube.requests.count({ verb: 'list', resource: 'externalsecrets', namespace: A })).toBe(2);
    expect(done.stdout).toContain(`found ${A}/externalsecret/reader-a`);
  });

  test('the post step of a run killed during the sync finds the same readers again and syncs them back', async () => {
    await autoWorld(world);
    world.kube.eso.configure({ syncDelayMs: 1000 });
    const { main, post } = await runThenPost(world, { inputs: autoInputs(world), interrupt: { when: /set force-sync=/m, signal: 'SIGKILL' } });
    world.kube.eso.configure({ syncDelayMs: 0 });
    expect(main.signal).toBe('SIGKILL');
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('RECOVERED');
    expect(post.stdout).toContain(`found ${B}/externalsecret/reader-b`);
    expect(world.ssm.store.latest(NAME)?.value).toBe(world.old);
    await until(
      () =>
        [
          [A, 'reader-a'],
          [B, 'reader-b'],
        ].every(([ns, name]) => holds(world, ns ?? '', name ?? '', world.old)),
      'the old token synced back',
    );
  });
});
