import { beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprint } from '../../src/token.ts';
import { apply, explain, externalSecret, history, markers, prepareNamespace, putToken, runBundled, secretValue, untilSecret, untilSynced } from './cluster.ts';
import { readyPods, restartedAt, startWorkloads, WORKLOADS } from './workloads.ts';

/** Scenario a: a plain ExternalSecret (refreshPolicy OnChange), verify, and three workloads restarted, on the real cluster. */

const NS = 'e2e-plain';
const NAME = `/team/${NS}/token`;
const OLD = 'e2e-plain-old-token-0123456789abcdef';

const externalSecretObject = {
  apiVersion: 'external-secrets.io/v1',
  kind: 'ExternalSecret',
  metadata: { name: 'app-token', namespace: NS },
  spec: {
    refreshPolicy: 'OnChange',
    secretStoreRef: { kind: 'SecretStore', name: 'parameter-store' },
    target: { name: 'app-token', creationPolicy: 'Owner' },
    data: [{ secretKey: 'token', remoteRef: { key: NAME } }],
  },
};

beforeAll(async () => {
  await prepareNamespace(NS);
  await putToken(NAME, OLD);
  await apply([externalSecretObject]);
  await untilSynced(NS, 'app-token');
  await untilSecret(NS, 'app-token', OLD);
  await startWorkloads(NS);
});

describe('a plain ExternalSecret with verify and three workloads (real ESO v0.16.2, real controllers)', () => {
  test('ends rotated: moto holds the token under current, the Secret is verified, every pod replaced', async () => {
    const podsBefore = Object.fromEntries(await Promise.all(['api', 'db', 'agent'].map(async (app) => [app, await readyPods(NS, app)] as const)));
    const syncedBefore = (await externalSecret(NS, 'app-token')).status?.syncedResourceVersion;
    const run = await runBundled({
      'parameter-name': NAME,
      namespace: NS,
      'external-secrets': 'app-token',
      'verify-secret-key': 'token',
      restart: WORKLOADS.join('\n'),
      'sync-timeout': '90s',
      'rollout-timeout': '180s',
    });
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    const token = run.outputs.token ?? '';
    expect(run.outputs).toMatchObject({ rotated: 'true', version: '2', 'previous-version': '1', fingerprint: fingerprint(token) });
    // One PLAN line for the parameter, one for the ExternalSecret, one for each workload.
    expect(markers(run)).toEqual([
      ...Array<string>(5).fill('PLAN'),
      'MINTED',
      'WROTE',
      'LABELED',
      'SYNCED',
      'VERIFIED',
      'RESTARTED',
      'ROLLED-OUT',
      'RESTARTED',
      'ROLLED-OUT',
      'RESTARTED',
      'ROLLED-OUT',
      'CONFIRMED',
    ]);

    // moto: version 2 holds the new token under `current`, version 1 the old one under `previous`.
    expect(await history(NAME)).toEqual([
      { version: 1, value: OLD, labels: ['previous'] },
      { version: 2, value: token, labels: ['current'] },
    ]);
    // The cluster: ESO synced again, the Secret holds the new token.
    expect((await externalSecret(NS, 'app-token')).status?.syncedResourceVersion).not.toBe(syncedBefore);
    expect(await secretValue(NS, 'app-token')).toBe(token);
    // Each workload got kubectl rollout restart's annotation and runs only pods started after it.
    for (const [workload, app] of [
      ['deployment/api', 'api'],
      ['statefulset/db', 'db'],
      ['daemonset/agent', 'agent'],
    ] as const) {
      expect(await restartedAt(NS, workload)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
      const after = await readyPods(NS, app);
      expect(after.length).toBe(podsBefore[app]?.length);
      for (const uid of after) expect(podsBefore[app]).not.toContain(uid);
    }
    expect(
      run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(token);
    expect(run.summary).not.toContain(token);
  });
});
