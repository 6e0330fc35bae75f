import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { fingerprint } from '../../src/token.ts';
import { runAction } from '../../local-servers/runner/run-action.ts';
import type { ActionRun } from '../../local-servers/runner/run-action.ts';
import { exampleDeployment, exampleObjects, exampleSecretStore } from '../../local-servers/kube/fixtures.ts';
import { startKubeServer } from '../../local-servers/kube/server.ts';
import type { KubeServer } from '../../local-servers/kube/server.ts';
import { expectNoTokenLeak, tokenLeaks } from '../fault-matrix/leak-audit.ts';
import { CREDENTIALS, REGION, runnerEnv, secretValue as secretValueOf, startSsmServer, until } from './world.ts';
import type { SsmServer } from './world.ts';

// A value a provider minted: spaces, + / =, a quote, and non-ASCII UTF-8, none of which a minted token has.
const PROVIDER_VALUE = 'FlyV1 fm2_lJPE+AAAAAAAB/z7xA==,"ünïcødé" ✓';
const NAME = '/rotate-deploy-token/demo/deploy-token';
const NS = 'default';
const OLD = 'old-token-value-0123456789abcdef';
const DIR = mkdtempSync(join(tmpdir(), 'value-file-run-'));
// Each test runs the bundled action once or twice as a child process: room for a loaded machine.
jest.setTimeout(30_000);
let ssm: SsmServer;
let kube: KubeServer;
let env: Record<string, string>;

beforeAll(async () => {
  ssm = await startSsmServer();
  kube = await startKubeServer({ ssm: { endpoint: ssm.url, region: REGION, credentials: CREDENTIALS }, workloads: { msPerReplica: 10 } });
  env = runnerEnv(ssm);
});
afterAll(async () => {
  await kube.close();
  await ssm.close();
});

/** What the provider's CLI leaves: the value and one line break. */
function providerFile(name: string, value: string, lineBreak = '\n'): string {
  const path = join(DIR, name);
  writeFileSync(path, `${value}${lineBreak}`);
  return path;
}

const secretValue = (): string | undefined => secretValueOf(kube, NS, 'deploy-token');

/** Version 1 holds the old value, synced into the Secret; Deployment api reads it. */
async function clusterWorld(): Promise<void> {
  ssm.reset();
  kube.reset();
  kube.workloads.configure({ msPerReplica: 10 });
  ssm.store.seed({ Name: NAME, Value: OLD, Type: 'SecureString', Labels: ['current'] });
  for (const object of exampleObjects({ parameterName: NAME })) kube.store.apply(object);
  await until(() => secretValue() === OLD, 'ESO synced the old value');
  await kube.workloads.whenSettled('Deployment', NS, 'api', 5000);
}

const gated = (extra: Record<string, string> = {}): Record<string, string> => ({
  'parameter-name': NAME,
  'value-file': providerFile('fly-token', PROVIDER_VALUE, '\r\n'),
  'external-secrets': 'deploy-token',
  'verify-secret-key': 'token',
  restart: 'deployment/api',
  kubeconfig: kube.kubeconfig(),
  'sync-timeout': '5s',
  'rollout-timeout': '10s',
  ...extra,
});

const MARKER = /^(PLAN|DRIFT|MINTED|WROTE|LABELED|SYNCED|VERIFIED|RESTARTED|ROLLED-OUT|CONFIRMED|ROLLED-BACK|RECOVERED|FAILED) /;
/** The marker lines, without their timings. */
const markerLines = (run: ActionRun): string[] =>
  run.stdout
    .split('\n')
    .filter((line) => MARKER.test(line))
    .map((line) => line.replace(/ \(\d+ ms\)$/, ''));

/** The run's channels without one set output (the set's tokens output is where its values may be). */
const withoutOutput = (run: ActionRun, name: string): ActionRun => {
  const lines = (run.files.GITHUB_OUTPUT ?? '').split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${name}<<`));
  const delimiter = lines[start]?.slice(name.length + 2);
  const end = lines.findIndex((line, i) => i > start && line === delimiter);
  const kept = start < 0 ? lines : [...lines.slice(0, start), ...lines.slice(end + 1)];
  return { ...run, files: { ...run.files, GITHUB_OUTPUT: kept.join('\n') } };
};

describe('a provider-minted value rotated by the bundled action', () => {
  test('gated with verify and restart: SSM, the Secret and the pods take the value exactly, masked before anything is printed, leaked nowhere', async () => {
    await clusterWorld();
    const run = await runAction({ inputs: gated(), env });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      rotated: 'true',
      version: '2',
      'previous-version': '1',
      token: PROVIDER_VALUE,
      fingerprint: fingerprint(PROVIDER_VALUE),
    });
    expect(ssm.store.latest(NAME)).toMatchObject({ version: 2, value: PROVIDER_VALUE, labels: ['current'] });
    expect(secretValue()).toBe(PROVIDER_VALUE);
    expect(kube.workloads.rolloutCount('Deployment', NS, 'api')).toBe(1);
    expect(markerLines(run).map((line) => line.split(' ')[0])).toEqual([
      'PLAN',
      'PLAN',
      'PLAN',
      'MINTED',
      'WROTE',
      'LABELED',
      'SYNCED',
      'VERIFIED',
      'RESTARTED',
      'ROLLED-OUT',
      'CONFIRMED',
    ]);
    expect(markerLines(run)[3]).toBe(`MINTED ${NAME} ${fingerprint(PROVIDER_VALUE)} taken from the file ${join(DIR, 'fly-token')}, not minted, masked`);
    expect(run.summary).toContain('taken from the file');
    // The value is masked before the first line the action prints about the run.
    const firstLine = run.stdout.split('\n').findIndex((line) => !line.startsWith('::add-mask::'));
    const masks = run.stdout.split('\n').slice(0, firstLine);
    expect(masks).toEqual(expect.arrayContaining([`::add-mask::${PROVIDER_VALUE}`, `::add-mask::${Buffer.from(PROVIDER_VALUE).toString('base64')}`]));
    expectNoTokenLeak(run, [PROVIDER_VALUE, OLD]);
  });

  test('a failed gate rolls the previous value back: rotated=false, the old value in force and in the Secret', async () => {
    await clusterWorld();
    kube.eso.configure({ mode: 'failing' });
    const run = await runAction({ inputs: gated({ 'sync-timeout': '1s' }), env });
    kube.eso.configure({ mode: 'normal' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ rotated: 'false', token: OLD, version: '3', fingerprint: fingerprint(OLD) });
    expect(ssm.store.versions(NAME).map((v) => [v.version, v.value === PROVIDER_VALUE, v.value === OLD])).toEqual([
      [1, false, true],
      [2, true, false],
      [3, false, true],
    ]);
    expect(run.stdout).toMatch(/^ROLLED-BACK /m);
    await until(() => secretValue() === OLD, 'the Secret holds the old value');
    expect(kube.workloads.rolloutCount('Deployment', NS, 'api')).toBe(0);
    expectNoTokenLeak(run, [PROVIDER_VALUE, OLD]);
  });

  test('a dry run reads and masks the file, says where the value comes from, and writes nothing', async () => {
    ssm.reset();
    ssm.store.seed({ Name: NAME, Value: OLD, Type: 'SecureString' });
    const path = providerFile('dry', PROVIDER_VALUE);
    const run = await runAction({ inputs: { 'parameter-name': NAME, 'value-file': path, 'dry-run': 'true' }, env });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      `PLAN ${NAME} dry run: would write version 2 (SecureString, alias/aws/ssm, Standard), replacing version 1, the one consumers hold, with the value taken from the file ${path}`,
    );
    expect(run.stdout.split('\n')).toContain(`::add-mask::${PROVIDER_VALUE}`);
    expect(ssm.store.versions(NAME)).toHaveLength(1);
    expectNoTokenLeak(run, [PROVIDER_VALUE, OLD]);
  });

  test('a set takes each value from its own file; the tokens output holds them, no channel else', async () => {
    ssm.reset();
    const fly = providerFile('set-fly', PROVIDER_VALUE);
    const vault = providerFile('set-vault', 'hvs.CAESIvault-token-value\nsecond line kept');
    const run = await runAction({ inputs: { parameters: `/svc/fly=fly file=${fly}\n/svc/vault=vault file=${vault}` }, env });
    expect(run.exitCode).toBe(0);
    const vaultValue = 'hvs.CAESIvault-token-value\nsecond line kept';
    expect(JSON.parse(run.outputs.tokens ?? '{}')).toEqual({ fly: PROVIDER_VALUE, vault: vaultValue });
    expect(ssm.store.latest('/svc/fly')?.value).toBe(PROVIDER_VALUE);
    expect(ssm.store.latest('/svc/vault')?.value).toBe(vaultValue);
    expect(JSON.parse(run.outputs.fingerprints ?? '{}')).toEqual({ fly: fingerprint(PROVIDER_VALUE), vault: fingerprint(vaultValue) });
    expect(
      markerLines(run)
        .filter((line) => line.startsWith('MINTED'))
        .map((line) => line.replace(/ sha256:\S+/, '')),
    ).toEqual([`MINTED /svc/fly taken from the file ${fly}, not minted, masked`, `MINTED /svc/vault taken from the file ${vault}, not minted, masked`]);
    // A multi-line value is masked line by line too, as the runner needs.
    expect(run.stdout.split('\n')).toEqual(expect.arrayContaining(['::add-mask::second line kept', '::add-mask::hvs.CAESIvault-token-value']));
    expect(tokenLeaks(withoutOutput(run, 'tokens'), [PROVIDER_VALUE, vaultValue])).toEqual([]);
  });

  test('a gated set with verify and a restart: each member file reaches its key of the Secret exactly; no leak', async () => {
    ssm.reset();
    kube.reset();
    kube.workloads.configure({ msPerReplica: 10 });
    const members = { fly: '/svc/fly-token', vault: '/svc/vault-token' } as const;
    const vaultValue = 'hvs.CAESI vault value +/= ✓';
    for (const name of Object.values(members)) ssm.store.seed({ Name: name, Value: `old-${name}-0123456789`, Type: 'SecureString', Labels: ['current'] });
    kube.store.apply(exampleSecretStore());
    kube.store.apply({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: { name: 'provider-tokens', namespace: NS },
      spec: {
        refreshPolicy: 'OnChange',
        secretStoreRef: { name: 'aws-parameter-store', kind: 'SecretStore' },
        target: { name: 'provider-tokens', creationPolicy: 'Owner' },
        data: Object.entries(members).map(([secretKey, key]) => ({ secretKey, remoteRef: { key } })),
      },
    });
    kube.store.apply(exampleDeployment({ workloadName: 'deployer', externalSecretName: 'provider-tokens', secretKey: 'fly' }));
    await until(() => secretValueOf(kube, NS, 'provider-tokens', 'vault') === `old-${members.vault}-0123456789`, 'ESO synced the old values');
    await kube.workloads.whenSettled('Deployment', NS, 'deployer', 5000);
    const fly = providerFile('gated-fly', PROVIDER_VALUE);
    const vault = providerFile('gated-vault', vaultValue, '\r\n');
    const run = await runAction({
      inputs: {
        parameters: `${members.fly}=fly file=${fly}\n${members.vault}=vault file=${vault}`,
        'external-secrets': 'provider-tokens',
        'verify-secret-key': 'true',
        restart: 'deployment/deployer',
        kubeconfig: kube.kubeconfig(),
        'sync-timeout': '5s',
        'rollout-timeout': '10s',
      },
      env,
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.rotated).toBe('true');
    expect(JSON.parse(run.outputs.tokens ?? '{}')).toEqual({ fly: PROVIDER_VALUE, vault: vaultValue });
    expect([secretValueOf(kube, NS, 'provider-tokens', 'fly'), secretValueOf(kube, NS, 'provider-tokens', 'vault')]).toEqual([PROVIDER_VALUE, vaultValue]);
    expect(markerLines(run).filter((line) => line.startsWith('VERIFIED'))).toHaveLength(2);
    expect(kube.workloads.rolloutCount('Deployment', NS, 'deployer')).toBe(1);
    expect(tokenLeaks(withoutOutput(run, 'tokens'), [PROVIDER_VALUE, vaultValue])).toEqual([]);
  });

  test.each([
    ['a missing file', () => ({ 'value-file': join(DIR, 'never-written') }), 'Input value-file names a file that does not exist'],
    ['a short value', () => ({ 'value-file': providerFile('short', 'abc') }), 'Input value-file names a file whose value has fewer than 8 characters'],
    ['a minting input', () => ({ 'value-file': providerFile('ok', PROVIDER_VALUE), 'token-prefix': 'app_' }), 'Input token-prefix shapes a minted token'],
  ])('refuses %s before any request', async (_, extra, sentence) => {
    ssm.reset();
    const run = await runAction({ inputs: { 'parameter-name': NAME, ...extra() }, env });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`::error::${sentence}`);
    expect(run.stdout).toContain('Nothing was written anywhere.');
    expect(ssm.requests.count()).toBe(0);
    expect(run.outputs.rotated).toBe('false');
    expect(tokenLeaks(run, [PROVIDER_VALUE])).toEqual([]);
  });

  test('refuses in the preflight, before any write, a value an existing Standard parameter cannot hold', async () => {
    ssm.reset();
    ssm.store.seed({ Name: NAME, Value: OLD, Type: 'SecureString' });
    const big = 'k'.repeat(5000);
    const run = await runAction({ inputs: { 'parameter-name': NAME, 'value-file': providerFile('big', big) }, env });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `::error::preflight failed for ${NAME}: The value from its file is 5000 bytes of UTF-8, over the 4096 bytes SSM takes in the Standard tier. Nothing was written anywhere. Set tier to Intelligent-Tiering or Advanced (up to 8192 bytes); nothing was written.`,
    );
    expect(ssm.requests.count('PutParameter')).toBe(0);
    const advanced = await runAction({ inputs: { 'parameter-name': NAME, 'value-file': providerFile('big', big), tier: 'Intelligent-Tiering' }, env });
    expect(advanced.exitCode).toBe(0);
    expect(ssm.store.latest(NAME)).toMatchObject({ version: 2, value: big });
  });

  test('killed after the write: the post step restores the previous value, knowing the taken one only by its fingerprint', async () => {
    ssm.reset();
    ssm.store.seed({ Name: NAME, Value: OLD, Type: 'SecureString', Labels: ['current'] });
    ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'delay', delayMs: 1500 });
    const inputs = { 'parameter-name': NAME, 'value-file': providerFile('killed', PROVIDER_VALUE) };
    const main = await runAction({ inputs, env, interrupt: { when: /^WROTE /m, signal: 'SIGKILL' } });
    expect(main.signal).toBe('SIGKILL');
    // The label request the killed step had in flight still lands.
    await new Promise((resolve) => setTimeout(resolve, 1600));
    ssm.faults.clear();
    expect(main.state['rotation-progress']).toContain(`"fingerprint":"${fingerprint(PROVIDER_VALUE)}"`);
    const post = await runAction({ inputs, env, state: main.state });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toMatch(
      new RegExp(`^RECOVERED ${NAME} ${fingerprint(PROVIDER_VALUE)} the main step stopped at phase written; SSM version 3 holds the previous token again`, 'm'),
    );
    expect(ssm.store.latest(NAME)).toMatchObject({ version: 3, value: OLD, labels: ['current'] });
    expectNoTokenLeak(main, [PROVIDER_VALUE, OLD]);
    expectNoTokenLeak(post, [PROVIDER_VALUE, OLD]);
  });
});
