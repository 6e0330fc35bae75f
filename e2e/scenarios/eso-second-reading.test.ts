import { describe, expect, test } from '@jest/globals';
import {
  admin,
  apply,
  eventually,
  explain,
  externalSecret,
  history,
  latest,
  markers,
  plainExternalSecret,
  prepareNamespace,
  putToken,
  runBundled,
  secretValue,
  untilSecret,
  untilSynced,
} from './cluster.ts';
import type { Condition } from './cluster.ts';

/**
 * Issue 18 on real ESO v0.16.2, the entries ESO reads: dataFrom[].extract of the raw token,
 * remoteRef.property on it, and find.name.regexp in RE2 syntax. Each case looks at what ESO
 * itself does with the entry first, then at the bundled action: moto's history and the cluster.
 */

const OLD = 'e2e-second-reading-old-token-0123456789';
const parameter = (ns: string): string => `/team/${ns}/token`;

const gated = (ns: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'parameter-name': parameter(ns),
  namespace: ns,
  'external-secrets': 'app-token',
  'verify-secret-key': 'token',
  'sync-timeout': '30s',
  ...extra,
});

const ready = async (ns: string): Promise<Condition | undefined> => (await externalSecret(ns, 'app-token')).status?.conditions?.find((c) => c.type === 'Ready');

/** ESO has tried the ExternalSecret and failed: Ready=False. */
const untilFailing = (ns: string): Promise<Condition> =>
  eventually(async () => {
    const condition = await ready(ns);
    return condition?.status === 'False' ? condition : undefined;
  }, `ESO failed ${ns}/app-token`);

/** The messages of ESO's Events on the ExternalSecret. */
const eventMessages = (ns: string): Promise<string> =>
  admin([
    'get',
    'events',
    '-n',
    ns,
    '--field-selector',
    'involvedObject.kind=ExternalSecret,involvedObject.name=app-token',
    '-o',
    'jsonpath={.items[*].message}',
  ]);

async function setUp(ns: string, spec: Record<string, unknown>): Promise<void> {
  await prepareNamespace(ns);
  await putToken(parameter(ns), OLD);
  await apply([plainExternalSecret(ns, parameter(ns), spec)]);
}

/** Runs the action and checks it refused before any write: exit 1, the sentence, moto and the ExternalSecret untouched. */
async function expectRefused(ns: string, sentence: RegExp): Promise<void> {
  const before = { history: await history(parameter(ns)), es: await externalSecret(ns, 'app-token') };
  const run = await runBundled(gated(ns));
  expect({ exit: run.exitCode, log: run.exitCode === 1 ? '' : explain(run) }).toEqual({ exit: 1, log: '' });
  expect(markers(run)).not.toContain('WROTE');
  expect(run.stdout).toMatch(sentence);
  expect(await history(parameter(ns))).toEqual(before.history);
  expect((await externalSecret(ns, 'app-token')).metadata.resourceVersion).toBe(before.es.metadata.resourceVersion);
}

describe('dataFrom[].extract of the rotated parameter beside a good data[] entry', () => {
  const ns = 'e2e-extract';

  test('real ESO: the whole ExternalSecret fails (GetSecretMap cannot unmarshal a token into a map) and no Secret is written', async () => {
    // pkg/provider/aws/parameterstore/parameterstore.go (v0.16.2) GetSecretMap: json.Unmarshal of the value,
    // "unable to unmarshal secret %s"; one failing entry fails the ExternalSecret (externalsecret_controller_secret.go).
    await setUp(ns, { dataFrom: [{ extract: { key: parameter(ns) } }] });
    const condition = await untilFailing(ns);
    expect({ status: condition.status, reason: condition.reason }).toEqual({ status: 'False', reason: 'SecretSyncedError' });
    expect(await eventually(async () => ((await eventMessages(ns)).includes('unable to unmarshal secret') ? true : undefined), 'ESO explains')).toBe(true);
    expect(await secretValue(ns, 'app-token')).toBeUndefined();
  });

  test('the action refuses before any write, naming spec.dataFrom[0].extract', async () => {
    await expectRefused(ns, /spec\.dataFrom\[0\]\.extract/);
  });
});

describe('remoteRef.property on the raw token', () => {
  const ns = 'e2e-property';

  test('real ESO: fails the ExternalSecret ("key token does not exist in secret"), no Secret', async () => {
    // parameterstore.go (v0.16.2) GetSecret: gjson.Get(value, property), "key %s does not exist in secret %s".
    await setUp(ns, { data: [{ secretKey: 'token', remoteRef: { key: parameter(ns), property: 'token' } }] });
    const condition = await untilFailing(ns);
    expect({ status: condition.status, reason: condition.reason }).toEqual({ status: 'False', reason: 'SecretSyncedError' });
    expect(await eventually(async () => ((await eventMessages(ns)).includes('key token does not exist in secret') ? true : undefined), 'ESO explains')).toBe(
      true,
    );
    expect(await secretValue(ns, 'app-token')).toBeUndefined();
  });

  test('the action refuses before any write, naming spec.data[0].remoteRef.property', async () => {
    await expectRefused(ns, /spec\.data\[0\]\.remoteRef\.property/);
  });
});

describe("find.name.regexp with RE2's (?i)", () => {
  const ns = 'e2e-find-regexp';
  // pkg/find/find.go (v0.16.2; runtime/find/ in later releases) compiles it with Go's regexp.Compile (RE2): (?i) is a flag group there.
  // rewrite keeps only the last path segment, so the key is "token" (utils.RewriteMap; without it ConvertKeys makes "_team_..._token").
  const spec = {
    data: [],
    dataFrom: [{ find: { path: `/team/${ns}`, name: { regexp: '(?i)TOKEN$' } }, rewrite: [{ regexp: { source: '^.*/', target: '' } }] }],
  };

  test('real ESO accepts the regexp and syncs the parameter into the key token', async () => {
    await setUp(ns, spec);
    await untilSynced(ns, 'app-token');
    expect(await untilSecret(ns, 'app-token', OLD)).toBe(true);
  });

  test('the action rotates, and ESO delivers the new token into the key token', async () => {
    const run = await runBundled(gated(ns, { 'verify-secret-key': '', 'sync-timeout': '60s' }));
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    // The action reads the leading (?i) as RE2 does (a flag), so the find entry counts as reading the parameter and is gated.
    expect(run.stdout).toMatch(/^SYNCED e2e-find-regexp\/externalsecret\/app-token /m);
    expect(run.stdout).not.toMatch(/is not checked here/);
    const token = run.outputs.token ?? '';
    expect(await latest(parameter(ns))).toMatchObject({ value: token, labels: ['current'] });
    expect(await untilSecret(ns, 'app-token', token)).toBe(true);
  });
});
