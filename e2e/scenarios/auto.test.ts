import { beforeAll, describe, expect, test } from '@jest/globals';
import { parameterStore } from '../world/manifests.ts';
import {
  admin,
  apply,
  explain,
  facts,
  markers,
  plainExternalSecret,
  prepareNamespace,
  putToken,
  runBundled,
  secretValue,
  untilSecret,
  untilSynced,
} from './cluster.ts';
import { WORKLOADS, startWorkloads } from './workloads.ts';

/**
 * external-secrets: auto and restart: auto on the real cluster (ESO, kube-apiserver with RBAC, kwok):
 * readers in two namespaces are found by what they read, the reader of another parameter and the
 * reader of the same name through a store of another region are left out, the workloads using the
 * Secrets by envFrom, a secret volume and a projected volume are restarted, `*` without a
 * cluster-wide list is refused, and a set syncs each ExternalSecret once.
 */

const A = 'e2e-auto-a';
const B = 'e2e-auto-b';
const NAME = '/team/e2e-auto/token';
const OTHER = '/team/e2e-auto/other';
const OLD = 'e2e-auto-old-token-0123456789abcdef';
const OTHER_OLD = 'e2e-auto-other-old-0123456789abcdef';

// The example Role lets the action get only the Secret app-token (verify-secret-key): the readers it verifies write that one.
const named = (namespace: string, name: string, parameter: string, spec: Record<string, unknown> = {}, target = name): Record<string, unknown> => {
  const object = plainExternalSecret(namespace, parameter, spec) as { metadata: Record<string, unknown>; spec: Record<string, unknown> };
  return { ...object, metadata: { ...object.metadata, name }, spec: { ...object.spec, target: { name: target, creationPolicy: 'Owner' } } };
};

const volumeUsers = (namespace: string, secret: string): unknown[] =>
  [
    ['vol', { name: 'token', secret: { secretName: secret } }],
    ['proj', { name: 'token', projected: { sources: [{ secret: { name: secret } }] } }],
  ].map(([app, volume]) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: app, namespace },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app } },
      template: {
        metadata: { labels: { app } },
        spec: {
          containers: [{ name: 'app', image: 'registry.k8s.io/pause:3.10', volumeMounts: [{ name: 'token', mountPath: '/token' }] }],
          volumes: [volume],
          terminationGracePeriodSeconds: 0,
        },
      },
    },
  }));

beforeAll(async () => {
  await prepareNamespace(A);
  await prepareNamespace(B);
  // A store of the same provider in another region: what reads through it is not this run's parameter.
  const elsewhere = facts().region === 'eu-west-1' ? 'us-west-2' : 'eu-west-1';
  const [, euStore] = parameterStore(B, elsewhere) as [unknown, { metadata: Record<string, unknown> }];
  await apply([{ ...euStore, metadata: { ...euStore.metadata, name: 'parameter-store-eu' } }]);
  await putToken(NAME, OLD);
  await putToken(OTHER, OTHER_OLD);
  await apply([
    named(A, 'app-token', NAME),
    named(B, 'reader-b', NAME, {}, 'app-token'),
    named(B, 'other-reader', OTHER),
    named(B, 'eu-reader', NAME, { secretStoreRef: { kind: 'SecretStore', name: 'parameter-store-eu' } }),
  ]);
  for (const [ns, name] of [
    [A, 'app-token'],
    [B, 'reader-b'],
    [B, 'other-reader'],
  ] as const) {
    await untilSynced(ns, name);
  }
  await untilSecret(A, 'app-token', OLD);
  await startWorkloads(A, 'app-token');
  await apply(volumeUsers(B, 'app-token'));
  for (const app of ['vol', 'proj']) await admin(['rollout', 'status', `deployment/${app}`, '-n', B, '--timeout=180s']);
}, 300_000);

const autoInputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  'parameter-name': NAME,
  'external-secrets': 'auto',
  restart: 'auto',
  'search-namespaces': `${A}\n${B}`,
  namespace: A,
  'verify-secret-key': 'token',
  'sync-timeout': '90s',
  'rollout-timeout': '180s',
  ...extra,
});

describe('auto on the real cluster', () => {
  test('dry-run prints what it found and left out, and writes nothing', async () => {
    const run = await runBundled(autoInputs({ 'dry-run': 'true' }));
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    expect(run.stdout).toContain(`found ${A}/externalsecret/app-token: data[0].remoteRef.key`);
    expect(run.stdout).toContain(`found ${B}/externalsecret/reader-b: data[0].remoteRef.key`);
    expect(run.stdout).toContain(`left out ${B}/externalsecret/other-reader: it reads another parameter (${OTHER})`);
    expect(run.stdout).toMatch(
      new RegExp(`left out ${B}/externalsecret/eu-reader: .*reads Parameter Store in region \\S+, but this run writes the parameter in ${facts().region}`),
    );
    for (const workload of WORKLOADS) expect(run.stdout).toMatch(new RegExp(`^PLAN ${A}/${workload} .*dry run: would restart`, 'm'));
    for (const app of ['vol', 'proj']) expect(run.stdout).toMatch(new RegExp(`^PLAN ${B}/deployment/${app} .*dry run: would restart`, 'm'));
    expect(await secretValue(A, 'app-token')).toBe(OLD);
  }, 120_000);

  test('search-namespaces * without a cluster-wide list is refused in preflight', async () => {
    const run = await runBundled(autoInputs({ 'search-namespaces': '*' }));
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('lack the RBAC verb list on externalsecrets.external-secrets.io at cluster scope');
    expect(await secretValue(A, 'app-token')).toBe(OLD);
  }, 120_000);

  test('rotates every reader in both namespaces and restarts every user: envFrom, a secret volume, a projected volume', async () => {
    const run = await runBundled(autoInputs());
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    expect(markers(run)).toEqual(expect.arrayContaining(['SYNCED', 'VERIFIED', 'RESTARTED', 'ROLLED-OUT', 'CONFIRMED']));
    const token = run.outputs.token ?? '';
    expect(await secretValue(A, 'app-token')).toBe(token);
    expect(await secretValue(B, 'app-token')).toBe(token);
    expect(await secretValue(B, 'eu-reader')).toBeUndefined();
    for (const workload of WORKLOADS) expect(run.stdout).toMatch(new RegExp(`^ROLLED-OUT ${A}/${workload} `, 'm'));
    expect(run.stdout).toContain(`found ${B}/deployment/vol: volumes[0] uses Secret app-token`);
    expect(run.stdout).toContain(`found ${B}/deployment/proj: volumes[0].projected.sources[0] uses Secret app-token`);
    expect(run.stdout).toMatch(new RegExp(`^ROLLED-OUT ${B}/deployment/proj `, 'm'));
  }, 600_000);

  test('a set: each ExternalSecret synced once, each workload restarted once', async () => {
    // other-reader's Secret is not one the example Role lets the action get: no verify here.
    const run = await runBundled({
      ...autoInputs({ 'search-namespaces': B, namespace: B, 'verify-secret-key': '' }),
      'parameter-name': '',
      parameters: `${NAME}=token\n${OTHER}=other`,
    });
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    expect((run.stdout.match(/^SYNCED /gm) ?? []).sort()).toHaveLength(2);
    expect(run.stdout).toMatch(new RegExp(`^SYNCED ${B}/externalsecret/other-reader `, 'm'));
    expect(run.stdout.match(new RegExp(`^RESTARTED ${B}/deployment/vol `, 'gm'))).toHaveLength(1);
  }, 600_000);
});
