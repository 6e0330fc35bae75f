import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, test } from '@jest/globals';
import { exampleDaemonSet, exampleExternalSecret, exampleRollout, exampleStatefulSet } from '../../local-servers/kube/fixtures.ts';
import type { RbacRule } from '../../local-servers/kube/server.ts';
import type { ActionRun } from '../../local-servers/runner/run-action.ts';
import {
  NAME,
  NS,
  failure,
  gatedInputs,
  outputs,
  run,
  runThenPost,
  secret,
  secretValue,
  seed,
  ssmInputs,
  until,
  useWorld,
  versions,
  DOCUMENTED_IAM_ACTIONS,
  CREDENTIALS,
  allowDocumentedIam,
} from '../fault-matrix/world.ts';
import { present } from '../../local-servers/present.ts';

/**
 * SPEC.md "Security promises" and the README's "Least privilege": the servers
 * allow exactly the documented permissions, every scenario passes; then each
 * permission is taken away alone, and the scenario that needs it fails with
 * a sentence naming it.
 *
 * Besides these, the preflight creates a SelfSubjectRulesReview per namespace
 * (and SelfSubjectAccessReviews where that review is incomplete or missing) to
 * find a missing verb before anything is written. Every authenticated user may
 * create them (the system:basic-user ClusterRole), so they are not in the
 * Role, and the local cluster allows them whatever its allow-list says.
 */
const world = useWorld();

interface Grant {
  readonly group: string;
  readonly resource: string;
  readonly verbs: readonly string[];
  /** Optional: without it the run warns and goes on (the store check). */
  readonly optional?: boolean;
}
const RBAC: readonly Grant[] = [
  { group: 'external-secrets.io', resource: 'externalsecrets', verbs: ['get', 'patch', 'watch'] },
  { group: 'external-secrets.io', resource: 'secretstores', verbs: ['get'], optional: true },
  { group: '', resource: 'secrets', verbs: ['get'] },
  { group: '', resource: 'events', verbs: ['list'], optional: true },
  { group: 'apps', resource: 'deployments', verbs: ['get', 'patch', 'watch'] },
  { group: 'apps', resource: 'statefulsets', verbs: ['get', 'patch', 'watch'] },
  { group: 'apps', resource: 'daemonsets', verbs: ['get', 'patch', 'watch'] },
  { group: 'argoproj.io', resource: 'rollouts', verbs: ['get', 'patch', 'watch'] },
];

/** Allows exactly the documented permissions, less one IAM action or one RBAC verb. */
function allowDocumented(without: { iam?: string; verb?: string; resource?: string } = {}): void {
  allowDocumentedIam(world, without.iam);
  const rules: RbacRule[] = RBAC.map((grant) => ({
    group: grant.group,
    resource: grant.resource,
    verb: grant.verbs.filter((verb) => !(grant.resource === without.resource && verb === without.verb)),
  })).filter((rule) => rule.verb.length > 0);
  world.kube.rbac.allowOnly(rules);
}

/** Version 1 synced into the cluster, read by a Deployment, a StatefulSet, a DaemonSet and an Argo Rollout. */
async function gatedWorld(): Promise<void> {
  await seed(world, { gated: true });
  world.kube.store.apply(exampleStatefulSet());
  world.kube.store.apply(exampleDaemonSet());
  await world.kube.workloads.whenSettled('StatefulSet', NS, 'worker', 5000);
  await world.kube.workloads.whenSettled('DaemonSet', NS, 'agent', 5000);
  world.kube.store.apply(exampleRollout());
  await until(() => (world.kube.store.get('rollouts', NS, 'web')?.status as { phase?: string } | undefined)?.phase === 'Healthy', 'the Rollout is Healthy');
}

/** The whole gate, tags on the existing parameter, a customer-managed key, every workload kind. */
const fullRun = (): Record<string, string> =>
  gatedInputs(world, {
    restart: 'deployment/api\nstatefulset/worker\ndaemonset/agent\nrollout/web',
    tags: 'team=platform\nrotated-by=rotate-deploy-token',
    'kms-key-id': 'alias/deploy-tokens',
  });

/** Every Kubernetes request was one the Role allows, or a self review. */
function expectOnlyDocumentedKubeRequests(): void {
  const allowed = new Set(RBAC.flatMap((grant) => grant.verbs.map((verb) => `${verb} ${grant.resource}`)));
  allowed.add('create selfsubjectaccessreviews');
  allowed.add('create selfsubjectrulesreviews');
  const used = Object.keys(world.kube.requests.countsByVerbResource());
  expect(used.filter((key) => !allowed.has(key))).toEqual([]);
}

function expectOnlyDocumentedSsmCalls(): void {
  const documented = DOCUMENTED_IAM_ACTIONS.filter((action) => action.startsWith('ssm:')).map((action) => action.slice(4));
  // ESO reads SSM with its own role (ESO_CREDENTIALS); only the action's calls are checked here.
  const operations = new Set(
    world.ssm.requests
      .all()
      .filter((r) => r.accessKeyId === CREDENTIALS.accessKeyId)
      .map((r) => r.operation),
  );
  expect([...operations].filter((operation) => !documented.includes(operation))).toEqual([]);
  expect([...operations].length).toBeGreaterThan(0);
}

describe('with exactly the documented permissions', () => {
  beforeEach(async () => {
    await gatedWorld();
    world.kube.requests.clear();
    world.ssm.requests.clear();
  });

  test('a full gated rotation passes: tags, a customer-managed key, a Deployment, a StatefulSet, a DaemonSet and an Argo Rollout', async () => {
    allowDocumented();
    const done = await run(world, { inputs: fullRun() });
    expect(failure(done)).toBe('');
    expect(done.exitCode).toBe(0);
    expect(outputs(world, done)).toEqual({ rotated: 'true', token: 'new', version: '2' });
    expect(secret(world, done)).toBe('new');
    expect(world.ssm.store.tags(NAME)).toEqual({ team: 'platform', 'rotated-by': 'rotate-deploy-token' });
    for (const [kind, name] of [
      ['Deployment', 'api'],
      ['StatefulSet', 'worker'],
      ['DaemonSet', 'agent'],
    ] as const) {
      expect(world.kube.workloads.rolloutCount(kind, NS, name)).toBe(1);
    }
    expect(world.kube.argoRollouts.restartCount(NS, 'web')).toBe(1);
    // The preflight asked for the verbs the later steps need: one rules review answers all of them in the namespace.
    expect(world.kube.requests.count({ verb: 'create', resource: 'selfsubjectrulesreviews' })).toBe(1);
    expect(world.kube.requests.count({ verb: 'create', resource: 'selfsubjectaccessreviews' })).toBe(0);
    expectOnlyDocumentedKubeRequests();
    expectOnlyDocumentedSsmCalls();
  }, 30_000);

  test('an Advanced-tier rotation passes (kms:GenerateDataKey)', async () => {
    allowDocumented();
    const done = await run(world, { inputs: ssmInputs({ tier: 'Advanced', 'kms-key-id': 'alias/deploy-tokens' }) });
    expect(done.exitCode).toBe(0);
    expect(world.ssm.store.latest(NAME)).toMatchObject({ version: 2, tier: 'Advanced' });
    expectOnlyDocumentedSsmCalls();
  });

  test('the rollback path passes: a verify mismatch restores the previous token and ESO syncs it back', async () => {
    decodeInExternalSecret();
    allowDocumented();
    const done = await run(world, { inputs: fullRun() });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain('SSM version 3 holds the previous token again, current -> 3; the ExternalSecrets synced the previous value back.');
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'old', version: '3' });
    // Synced back: the old token, decoded as the ExternalSecret asks.
    expect(secret(world, done)).not.toBe('new');
    expectOnlyDocumentedKubeRequests();
    expectOnlyDocumentedSsmCalls();
  }, 30_000);

  test('ambiguous-write recovery passes: a lost PutParameter answer is found by reading the version it would have', async () => {
    allowDocumented();
    world.ssm.faults.add({ operation: 'PutParameter', kind: 'lost-response' });
    const done = await run(world, { inputs: fullRun() });
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toContain('found as version 2 after an unanswered attempt');
    expect(versions(world, done).map(([version]) => version)).toEqual([1, 2]);
    expectOnlyDocumentedSsmCalls();
  }, 30_000);

  test('drift is found and its writer named', async () => {
    world.ssm.store.seed({ Name: NAME, Value: randomBytes(32).toString('base64url'), Type: 'SecureString', User: 'arn:aws:iam::123456789012:user/someone' });
    allowDocumented();
    const done = await run(world, { inputs: fullRun() });
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toMatch(/^DRIFT \S+ .*version 2 was written outside this action by arn:aws:iam::123456789012:user\/someone at /m);
    expect(done.outputs.drift).toBe('true');
    expectOnlyDocumentedSsmCalls();
  }, 30_000);

  test('the post step recovers a run killed during the sync wait', async () => {
    allowDocumented();
    world.kube.eso.configure({ syncDelayMs: 1000 });
    const { main, post } = await runThenPost(world, { inputs: fullRun(), interrupt: { when: /set force-sync=/m, signal: 'SIGKILL' } });
    expect(main.signal).toBe('SIGKILL');
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('RECOVERED');
    expect(world.ssm.store.latest(NAME)?.value).toBe(world.old);
    await until(() => secretValue(world) === world.old, 'the old token synced back');
    expectOnlyDocumentedKubeRequests();
    expectOnlyDocumentedSsmCalls();
  }, 30_000);
});

/** The ExternalSecret decodes the value (decodingStrategy Auto): the sync succeeds, the verify sees other bytes. */
function decodeInExternalSecret(): void {
  const es = exampleExternalSecret({ parameterName: NAME }) as unknown as { spec: { data: { remoteRef: Record<string, string> }[] } };
  present(es.spec.data[0]).remoteRef.decodingStrategy = 'Auto';
  world.kube.store.apply(es as never);
}

describe('without one IAM action, the scenario that needs it fails naming it', () => {
  beforeEach(async () => {
    await gatedWorld();
  });

  test.each([
    [
      'ssm:GetParameters',
      'confirm',
      () => undefined,
      'confirm failed for /rotate-deploy-token/demo/deploy-token: the AWS credentials are not allowed ssm:GetParameters',
    ],
    [
      'ssm:PutParameter',
      'write',
      () => undefined,
      'write failed for /rotate-deploy-token/demo/deploy-token: the AWS credentials are not allowed ssm:PutParameter',
    ],
    [
      'ssm:LabelParameterVersion',
      'labels',
      () => undefined,
      'label failed for /rotate-deploy-token/demo/deploy-token: the AWS credentials are not allowed ssm:LabelParameterVersion',
    ],
    [
      'ssm:AddTagsToResource',
      'tags',
      () => undefined,
      'write failed for /rotate-deploy-token/demo/deploy-token: the AWS credentials are not allowed ssm:AddTagsToResource',
    ],
    [
      'ssm:GetParameterHistory',
      'preflight (key, tier and labels)',
      () => undefined,
      'preflight failed for /rotate-deploy-token/demo/deploy-token: the AWS credentials are not allowed ssm:GetParameterHistory',
    ],
    [
      'kms:Encrypt',
      'write with a customer-managed key',
      () => undefined,
      'write failed for /rotate-deploy-token/demo/deploy-token: the AWS credentials are not allowed kms:Encrypt',
    ],
    ['kms:GenerateDataKey', 'Advanced-tier write', () => undefined, 'the AWS credentials are not allowed kms:GenerateDataKey'],
    ['kms:Decrypt', 'rollback', decodeInExternalSecret, 'The rollback failed: the AWS credentials are not allowed kms:Decrypt'],
  ])(
    'without %s the %s fails and names it',
    async (action, _scenario, setup, sentence) => {
      setup();
      allowDocumented({ iam: action });
      const inputs = action === 'kms:GenerateDataKey' ? { ...fullRun(), tier: 'Advanced' } : fullRun();
      const done = await run(world, { inputs });
      expect(done.exitCode).toBe(1);
      expect(failure(done)).toContain(sentence);
      expect(failure(done)).toContain(`Grant ${action} on this parameter`);
    },
    30_000,
  );
});

describe('without one RBAC verb, the run fails naming the verb and resource', () => {
  beforeEach(async () => {
    await gatedWorld();
  });

  const cases = RBAC.filter((grant) => !grant.optional).flatMap((grant) => grant.verbs.map((verb) => [verb, grant.resource, grant.group] as const));

  test('without get on secretstores the store check is skipped with a warning, and the rotation passes', async () => {
    allowDocumented({ verb: 'get', resource: 'secretstores' });
    const done = await run(world, { inputs: fullRun() });
    expect(failure(done)).toBe('');
    expect(done.stdout).toContain('::warning::default/externalsecret/deploy-token: cannot read its SecretStore default/aws-parameter-store (RBAC forbids get)');
    expect(outputs(world, done)).toEqual({ rotated: 'true', token: 'new', version: '2' });
  }, 30_000);

  test('without list on events, a failure from before the run is warned about, and the rotation passes once ESO syncs', async () => {
    allowDocumented({ verb: 'list', resource: 'events' });
    world.kube.eso.configure({ retryBaseDelayMs: 60_000 });
    const es = exampleExternalSecret({ parameterName: NAME }) as unknown as { spec: Record<string, unknown> };
    // Reads :previous, which only this run creates: failing before the run.
    es.spec.data = [
      { secretKey: 'token', remoteRef: { key: NAME } },
      { secretKey: 'previous', remoteRef: { key: NAME, version: 'previous' } },
    ];
    world.kube.store.apply(es as never);
    await until(() => world.kube.eso.syncCount(NS, 'deploy-token', 'failed') >= 1, 'ESO failed on :previous');
    const done = await run(world, { inputs: gatedInputs(world, { restart: '', 'sync-timeout': '20s' }) });
    expect(failure(done)).toBe('');
    expect(done.stdout).toContain(
      '::warning::default/externalsecret/deploy-token: cannot list its events (RBAC forbids list on events), so a failure from before this run is judged only at sync-timeout.',
    );
    expect(secret(world, done)).toBe('new');
  }, 30_000);

  test.each(cases)(
    'without %s on %s: preflight fails before anything is written',
    async (verb, resource, group) => {
      allowDocumented({ verb, resource });
      const done: ActionRun = await run(world, { inputs: fullRun() });
      expect(done.exitCode).toBe(1);
      expect(failure(done)).toMatch(/^preflight failed for /);
      expect(failure(done)).toContain(`lack the RBAC verb ${verb} on ${group ? `${resource}.${group}` : resource} in namespace ${NS}.`);
      expect(failure(done)).toContain('Nothing was written anywhere.');
      expect(world.ssm.requests.count('PutParameter')).toBe(0);
      expect(secret(world, done)).toBe('old');
    },
    30_000,
  );

  test('when both self reviews are refused, the preflight goes on and the step that needs the verb names it', async () => {
    allowDocumented({ verb: 'patch', resource: 'externalsecrets' });
    world.kube.faults.add({ match: { resource: 'selfsubjectrulesreviews' }, action: { type: 'status', code: 403 } });
    world.kube.faults.add({ match: { resource: 'selfsubjectaccessreviews' }, action: { type: 'status', code: 403 } });
    const done = await run(world, { inputs: fullRun() });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(
      `sync failed for default/externalsecret/deploy-token: the credentials (${world.kube.user}) lack the RBAC verb patch on externalsecrets.external-secrets.io in namespace ${NS}.`,
    );
    expect(failure(done)).toContain('SSM version 3 holds the previous token again');
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'old', version: '3' });
    expect(secret(world, done)).toBe('old');
  }, 30_000);
});

describe('a ClusterExternalSecret with exactly its documented permissions', () => {
  // The ClusterRole of examples/rbac-clusterexternalsecret.yaml, on top of the namespaced Role.
  const CES_RBAC: readonly Grant[] = [
    { group: 'external-secrets.io', resource: 'clusterexternalsecrets', verbs: ['get', 'patch'] },
    { group: 'external-secrets.io', resource: 'clustersecretstores', verbs: ['get'], optional: true },
  ];

  function allowWithCes(without: { verb?: string; resource?: string } = {}): void {
    allowDocumentedIam(world);
    world.kube.rbac.allowOnly(
      [...RBAC, ...CES_RBAC]
        .map((grant) => ({
          group: grant.group,
          resource: grant.resource,
          verb: grant.verbs.filter((verb) => !(grant.resource === without.resource && verb === without.verb)),
        }))
        .filter((rule) => rule.verb.length > 0),
    );
  }

  beforeEach(async () => {
    await seed(world);
    const { kube } = world;
    kube.store.apply({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ClusterSecretStore',
      metadata: { name: 'aws-parameter-store' },
      spec: { provider: { aws: { service: 'ParameterStore', region: 'us-east-1' } } },
    });
    const spec = (exampleExternalSecret({ parameterName: NAME }) as unknown as { spec: { secretStoreRef: { kind: string } } }).spec;
    spec.secretStoreRef.kind = 'ClusterSecretStore';
    kube.store.apply({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ClusterExternalSecret',
      metadata: { name: 'deploy-token' },
      spec: { namespaces: [NS], externalSecretSpec: spec },
    });
    await until(() => secretValue(world) === world.old, 'ESO synced the old token');
    kube.requests.clear();
  });

  test('clusterexternalsecret/<name> passes with get and patch on clusterexternalsecrets', async () => {
    allowWithCes();
    const done = await run(world, { inputs: gatedInputs(world, { 'external-secrets': 'clusterexternalsecret/deploy-token', restart: '' }) });
    expect(failure(done)).toBe('');
    expect(secret(world, done)).toBe('new');
    const allowed = new Set([...RBAC, ...CES_RBAC].flatMap((grant) => grant.verbs.map((verb) => `${verb} ${grant.resource}`)));
    allowed.add('create selfsubjectaccessreviews');
    allowed.add('create selfsubjectrulesreviews');
    expect(Object.keys(world.kube.requests.countsByVerbResource()).filter((key) => !allowed.has(key))).toEqual([]);
  }, 30_000);

  test.each([['get'], ['patch']])(
    'without %s on clusterexternalsecrets: preflight fails naming it, before anything is written',
    async (verb) => {
      allowWithCes({ verb, resource: 'clusterexternalsecrets' });
      const done = await run(world, { inputs: gatedInputs(world, { 'external-secrets': 'clusterexternalsecret/deploy-token', restart: '' }) });
      expect(failure(done)).toMatch(/^preflight failed for /);
      expect(failure(done)).toContain(`lack the RBAC verb ${verb} on clusterexternalsecrets.external-secrets.io at cluster scope.`);
      expect(failure(done)).toContain('Nothing was written anywhere.');
      expect(world.ssm.requests.count('PutParameter')).toBe(0);
    },
    30_000,
  );
});
