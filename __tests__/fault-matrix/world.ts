import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, runWithPost } from '../../local-servers/runner/run-action.ts';
import type { ActionRun, RunOptions } from '../../local-servers/runner/run-action.ts';
import { exampleExternalSecret, exampleObjects } from '../../local-servers/kube/fixtures.ts';
import { startKubeServer } from '../../local-servers/kube/server.ts';
import type { KubeServer } from '../../local-servers/kube/server.ts';
import { startSsmServer } from '../../local-servers/ssm/server.ts';
import type { SsmServer } from '../../local-servers/ssm/server.ts';
import { fingerprint } from '../../src/token.ts';
import { expectNoTokenLeak } from './leak-audit.ts';
import { runnerEnv, secretValue as secretValueOf, until } from '../action/world.ts';

/**
 * The world every fault-matrix row runs in: the local SSM server with the
 * parameter at version 1 (the old token, labelled `current`), and for gated
 * rows the local cluster with ESO having synced that token into Secret
 * `deploy-token`, read by Deployment `api`. Rows run the bundled action as
 * the runner does, then check SSM, the labels, the Secret, the outputs and
 * the leak audit.
 */

export const NAME = '/rotate-deploy-token/demo/deploy-token';
export const NS = 'default';
export const CREDENTIALS = { accessKeyId: 'AKIDRUNNER', secretAccessKey: 'local' };

/** Every IAM action the action is documented to need (README, "Least privilege"). */
export const DOCUMENTED_IAM_ACTIONS = [
  'ssm:GetParameters',
  'ssm:PutParameter',
  'ssm:LabelParameterVersion',
  'ssm:AddTagsToResource',
  'ssm:GetParameterHistory',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:Decrypt',
];

/**
 * ESO reads SSM as a principal of its own (README: "ESO's role needs only
 * ssm:GetParameter on the parameter (and kms:Decrypt ...)").
 */
export const ESO_CREDENTIALS = { accessKeyId: 'AKIDESO', secretAccessKey: 'local' };
export const ESO_IAM_ACTIONS = ['ssm:GetParameter', 'kms:Decrypt'];

/** The action's role gets exactly the documented actions (less `without`), ESO's role its own. */
export function allowDocumentedIam(world: World, without?: string): void {
  world.ssm.iam.allowOnly(DOCUMENTED_IAM_ACTIONS.filter((action) => action !== without));
  world.ssm.iam.allowOnlyFor(ESO_CREDENTIALS.accessKeyId, ESO_IAM_ACTIONS);
}

/** SSM's versions (see `versions()`) after a rotation, after nothing, and after a gated rollback. */
export const ROTATED = [
  [1, 'old', ['previous']],
  [2, 'new', ['current']],
];
export const UNTOUCHED = [[1, 'old', ['current']]];
// The failed token keeps no label; `previous` stays on version 1, which holds the same value as current.
export const ROLLED_BACK = [
  [1, 'old', ['previous']],
  [2, 'new', []],
  [3, 'old', ['current']],
];

export interface World {
  readonly ssm: SsmServer;
  readonly kube: KubeServer;
  readonly env: Record<string, string>;
  /** The token in force before the run. */
  old: string;
}

/** Starts both servers for a test file and closes them after it. */
export function useWorld(): World {
  const world = { old: '' } as World;
  beforeAll(async () => {
    const ssm = await startSsmServer({ kmsKeys: ['alias/deploy-tokens'] });
    const kube = await startKubeServer({ ssm: { endpoint: ssm.url, region: 'us-east-1', credentials: ESO_CREDENTIALS }, workloads: { msPerReplica: 10 } });
    Object.assign(world, {
      ssm,
      kube,
      env: runnerEnv(ssm),
    });
  });
  afterAll(async () => {
    await world.kube.close();
    await world.ssm.close();
  });
  return world;
}

export { until };

/** Version 1 holds a fresh old token labelled `current`; with `gated`, ESO has synced it and `api` runs it. */
export async function seed(world: World, options: { gated?: boolean; externalSecret?: Parameters<typeof exampleExternalSecret>[0] } = {}): Promise<string> {
  const { ssm, kube } = world;
  ssm.reset();
  kube.reset();
  world.old = randomBytes(32).toString('base64url');
  ssm.store.seed({ Name: NAME, Value: world.old, Type: 'SecureString', Labels: ['current'] });
  if (options.gated) {
    for (const object of exampleObjects({ parameterName: NAME, ...options.externalSecret })) kube.store.apply(object);
    await until(() => secretValue(world) === world.old, 'ESO synced the old token');
    await kube.workloads.whenSettled('Deployment', NS, 'api', 5000);
  }
  return world.old;
}

export const ssmInputs = (extra: Record<string, string> = {}): Record<string, string> => ({ 'parameter-name': NAME, ...extra });

export const gatedInputs = (world: World, extra: Record<string, string> = {}): Record<string, string> => ({
  'parameter-name': NAME,
  'external-secrets': 'deploy-token',
  'verify-secret-key': 'token',
  restart: 'deployment/api',
  kubeconfig: world.kube.kubeconfig(),
  'sync-timeout': '2s',
  'rollout-timeout': '5s',
  ...extra,
});

/** Runs the bundle as the runner does, then audits every channel for every token SSM has held. */
export async function run(world: World, options: Omit<RunOptions, 'env'> & { env?: Record<string, string> }): Promise<ActionRun> {
  const done = await runAction({ ...options, env: { ...world.env, ...options.env } });
  expectNoTokenLeak(done, tokensSeen(world));
  return done;
}

/** The main step, then the post step with its saved state, both audited. */
export async function runThenPost(world: World, options: Omit<RunOptions, 'env'>): Promise<{ main: ActionRun; post: ActionRun }> {
  const both = await runWithPost({ ...options, env: world.env });
  expectNoTokenLeak(both.main, tokensSeen(world));
  expectNoTokenLeak(both.post, tokensSeen(world));
  return both;
}

/** Every value the parameter has held: the old token and whatever the run wrote. */
export function tokensSeen(world: World): string[] {
  return [...new Set([world.old, ...world.ssm.store.versions(NAME).map((v) => v.value)])];
}

/** The fingerprint of the token the run minted, from its MINTED line. */
export function mintedFingerprint(done: ActionRun): string | undefined {
  return /^MINTED \S+ (sha256:[0-9a-f]{16}) /m.exec(done.stdout)?.[1];
}

/** Names a value as the test sees it: `old`, `new` (the run's token), `none`, or `other`. */
export function nameOf(world: World, done: ActionRun, value: string | undefined): string {
  if (value === undefined || value === '') return 'none';
  if (value === world.old) return 'old';
  return fingerprint(value) === mintedFingerprint(done) ? 'new' : 'other';
}

/** SSM's versions as [version, old|new, labels]. */
export function versions(world: World, done: ActionRun): [number, string, string[]][] {
  return world.ssm.store.versions(NAME).map((v) => [v.version, nameOf(world, done, v.value), [...v.labels].sort()]);
}

export const secretValue = (world: World, name = 'deploy-token'): string | undefined => secretValueOf(world.kube, NS, name);

/** Which token the cluster Secret holds. */
export const secret = (world: World, done: ActionRun): string => nameOf(world, done, secretValue(world));

/** The outputs a later step would see: rotated, which token, version. */
export function outputs(world: World, done: ActionRun): { rotated: string; token: string; version: string } {
  return { rotated: done.outputs.rotated ?? '', token: nameOf(world, done, done.outputs.token), version: done.outputs.version ?? '' };
}

/** The step's failure as the runner shows it (`::error::` line), or '' when it succeeded. */
export const failure = (done: ActionRun): string =>
  (
    done.stdout
      .split('\n')
      .find((line) => line.startsWith('::error::'))
      ?.slice('::error::'.length) ?? ''
  )
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%');

export const markers = (done: ActionRun): string[] =>
  done.stdout
    .split('\n')
    .map((line) => line.split(' ')[0] ?? '')
    .filter((word) => /^(PLAN|DRIFT|MINTED|WROTE|LABELED|SYNCED|VERIFIED|RESTARTED|ROLLED-OUT|CONFIRMED|ROLLED-BACK|RECOVERED|FAILED)$/.test(word));

/**
 * The promise every row keeps: the token handed out is the one SSM's latest
 * version and `current` hold, or the failure sentence names SSM's latest
 * version and says which token it holds. Each of the four outcomes asserts its own facts.
 */
export function expectAgreementOrExplanation(world: World, done: ActionRun): void {
  const latestEntry = world.ssm.store.latest(NAME);
  const latest = latestEntry?.value;
  const currentVersion = world.ssm.store.versionWithLabel(NAME, 'current');
  const current = world.ssm.store.versions(NAME).find((v) => v.version === currentVersion)?.value;
  const token = done.outputs.token ?? '';
  const agree = token !== '' && token === latest && token === current;
  const unchanged = token === '' && latest === world.old && current === world.old;
  const sentence = failure(done);
  const outcome =
    done.exitCode === 0 ? 'rotated' : agree ? 'failed, the token handed out in force' : unchanged ? 'failed, old token in force' : 'failed, out of step';
  // What each outcome's sentence must say; a rotation has none.
  const says: Record<typeof outcome, RegExp> = {
    rotated: /^$/,
    'failed, the token handed out in force': /holds? the (new|previous) token/,
    'failed, old token in force': /nothing was written anywhere|holds the previous token again|written by another run|rolled back|still holds version/,
    'failed, out of step':
      /current points at|current stays|may (still )?hold|still holds the new token|written by another run|not handed out|could not be confirmed|labels were not moved back/,
  };
  // A failure names SSM's latest version by its number.
  const namesLatest = new RegExp(`version (is (now )?)?${latestEntry?.version ?? '(none)'}\\b`);
  expect({ outcome, agree, sentence, latest: outcome === 'rotated' ? '' : sentence }).toEqual({
    outcome,
    agree: outcome === 'rotated' || outcome === 'failed, the token handed out in force',
    sentence: expect.stringMatching(says[outcome]),
    latest: outcome === 'rotated' ? '' : expect.stringMatching(namesLatest),
  });
}

/** One fault-matrix row: the test title starts with the row's id, as docs/FAULT-MATRIX.md names it. */
export function row(id: string, title: string, body: () => Promise<void>, timeoutMs = 30_000): void {
  test(`${id} ${title}`, body, timeoutMs);
}
