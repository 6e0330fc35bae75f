import { describe, expect, test } from '@jest/globals';
import {
  admin,
  apply,
  eventually,
  explain,
  externalSecret,
  history,
  markers,
  plainExternalSecret,
  prepareNamespace,
  putToken,
  runBundled,
  secretValue,
  untilSecret,
  untilSynced,
} from './cluster.ts';

/** Scenario d: ExternalSecret setups with which ESO syncs without delivering the raw token, on real ESO v0.16.2. */

const OLD = 'e2e-setups-old-token-0123456789abcdef';
const parameter = (ns: string): string => `/team/${ns}/token`;

const gated = (ns: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'parameter-name': parameter(ns),
  namespace: ns,
  'external-secrets': 'app-token',
  'verify-secret-key': 'token',
  'sync-timeout': '60s',
  ...extra,
});

/** ESO has reconciled the ExternalSecret at least once (any Ready condition). */
const untilReconciled = (ns: string) =>
  eventually(
    async () => ((await externalSecret(ns, 'app-token')).status?.conditions?.some((c) => c.type === 'Ready') ? true : undefined),
    `ESO reconciled ${ns}/app-token`,
  );

async function setUp(ns: string, spec: Record<string, unknown>, secret?: Record<string, unknown>): Promise<void> {
  await prepareNamespace(ns);
  await putToken(parameter(ns), OLD);
  if (secret) await apply([secret]);
  await apply([plainExternalSecret(ns, parameter(ns), spec)]);
  await untilReconciled(ns);
}

describe('setups the action refuses before writing anything', () => {
  test.each([
    // Real ESO v0.16.2 reports Ready=True/SecretMissing here, as the action's sentence says.
    [
      'e2e-merge-missing',
      { target: { name: 'app-token', creationPolicy: 'Merge' } },
      /creationPolicy is Merge and Secret app-token does not exist/,
      'SecretMissing',
    ],
    ['e2e-none', { target: { name: 'app-token', creationPolicy: 'None' } }, /creationPolicy is None/, 'SecretSynced'],
    ['e2e-immutable-target', { target: { name: 'app-token', creationPolicy: 'Owner', immutable: true } }, /spec\.target\.immutable: true/, 'SecretSynced'],
    [
      'e2e-template-verify',
      { target: { name: 'app-token', creationPolicy: 'Owner', template: { engineVersion: 'v2', data: { token: 'Bearer {{ .token }}' } } } },
      /template produces the key "token"/,
      'SecretSynced',
    ],
  ])('%s: exit 1, moto and the ExternalSecret untouched', async (ns, spec, sentence, esoReason) => {
    await setUp(ns, spec);
    const ready = (await externalSecret(ns, 'app-token')).status?.conditions?.find((c) => c.type === 'Ready');
    expect({ status: ready?.status, reason: ready?.reason }).toEqual({ status: 'True', reason: esoReason });
    const before = { history: await history(parameter(ns)), es: await externalSecret(ns, 'app-token') };
    const run = await runBundled(gated(ns));
    expect({ exit: run.exitCode, log: run.exitCode === 1 ? '' : explain(run) }).toEqual({ exit: 1, log: '' });
    expect(markers(run)).not.toContain('WROTE');
    expect(run.stdout).toMatch(sentence);
    expect(await history(parameter(ns))).toEqual(before.history);
    expect((await externalSecret(ns, 'app-token')).metadata.resourceVersion).toBe(before.es.metadata.resourceVersion);
  });
});

describe('an existing immutable target Secret (the ExternalSecret is not immutable)', () => {
  test('current behaviour: ESO refuses the update at once ("target is immutable"), the run is rolled back', async () => {
    const ns = 'e2e-immutable-secret';
    await setUp(
      ns,
      { target: { name: 'app-token', creationPolicy: 'Merge' } },
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'app-token', namespace: ns },
        immutable: true,
        stringData: { token: OLD },
      },
    );
    await untilSynced(ns, 'app-token');
    const run = await runBundled(gated(ns));
    expect({ exit: run.exitCode, log: run.exitCode === 1 ? '' : explain(run) }).toEqual({ exit: 1, log: '' });
    // Issue 18 moves this refusal into the preflight (nothing written); until then ESO's verdict fails the run at once.
    expect(run.stdout).toMatch(/^FAILED .* does not retry: could not update secret, target is immutable\./m);
    expect(markers(run)).toContain('ROLLED-BACK');
    expect(run.durationMs).toBeLessThan(30_000);
    expect((await history(parameter(ns))).at(-1)).toMatchObject({ value: OLD, labels: ['current'] });
    expect(await secretValue(ns, 'app-token')).toBe(OLD);
  });
});

describe('a template without verify-secret-key', () => {
  test('rotates, and the Secret holds the template applied to the new token', async () => {
    const ns = 'e2e-template';
    await setUp(ns, { target: { name: 'app-token', creationPolicy: 'Owner', template: { engineVersion: 'v2', data: { token: 'Bearer {{ .token }}' } } } });
    await untilSecret(ns, 'app-token', `Bearer ${OLD}`);
    const run = await runBundled(gated(ns, { 'verify-secret-key': '' }));
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    expect(await secretValue(ns, 'app-token')).toBe(`Bearer ${run.outputs.token ?? ''}`);
    expect(await admin(['get', 'externalsecret', 'app-token', '-n', ns, '-o', 'jsonpath={.status.conditions[0].reason}'])).toBe('SecretSynced');
  });
});
