import { describe, expect, test } from '@jest/globals';
import { fingerprint } from '../../src/token.ts';
import { maskedValues, runAction, runnerLog, runWithPost } from '../../local-servers/runner/run-action.ts';
import type { ActionRun } from '../../local-servers/runner/run-action.ts';
import { useSsmServer } from './world.ts';

const NAME = '/team/app/deploy-token';
const world = useSsmServer();

/** Every place a token could leak to, as the runner would see them. */
const everything = (run: ActionRun): string => [run.stdout, run.stderr, run.summary, ...Object.values(run.files)].join('\n');

function encodings(token: string): string[] {
  const bytes = Buffer.from(token);
  return [token, bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex'), encodeURIComponent(token)];
}

/** Asserts the only places the token appears are the add-mask commands and the token output. */
function expectNoLeak(run: ActionRun, token: string): void {
  const outputFile = run.files.GITHUB_OUTPUT ?? '';
  const allowedOutput = outputFile
    .split('\n')
    .filter((line) => line !== token)
    .join('\n');
  const printed = [
    run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    run.stderr,
    run.summary,
    run.files.GITHUB_STATE ?? '',
    allowedOutput,
  ];
  for (const form of encodings(token)) {
    for (const text of printed) expect(text.includes(form)).toBe(false);
  }
}

describe('the bundled action run as the runner runs it', () => {
  test('creates, then rotates: outputs match SSM, the summary shows each step, the token leaks nowhere', async () => {
    const first = await runAction({ inputs: { 'parameter-name': NAME }, env: world.env });
    expect(first.exitCode).toBe(0);
    const second = await runAction({ inputs: { 'parameter-name': NAME, 'token-prefix': 'dpl_' }, env: world.env });
    expect(second.exitCode).toBe(0);
    const { outputs } = second;
    expect(outputs).toMatchObject({ version: '2', 'previous-version': '1', rotated: 'true', drift: 'false' });
    expect(outputs.token).toMatch(/^dpl_[A-Za-z0-9_-]{43}$/);
    expect(world.ssm.store.latest(NAME)?.value).toBe(outputs.token);
    expect(outputs.fingerprint).toBe(fingerprint(outputs.token ?? ''));
    expect(world.ssm.store.versionWithLabel(NAME, 'current')).toBe(2);
    expect(world.ssm.store.versionWithLabel(NAME, 'previous')).toBe(1);

    expect(second.summary).toContain(`## ✅ rotate-deploy-token: rotated ${NAME} to version 2, replacing version 1`);
    for (const step of ['preflight', 'mint', 'write', 'label', 'confirm']) expect(second.summary).toContain(`| ✅ ok | ${step} |`);
    expect(second.summary).toContain(outputs.fingerprint);

    const token = outputs.token ?? '';
    expect(maskedValues(second.stdout)).toEqual(expect.arrayContaining(encodings(token).slice(0, 4)));
    // The add-mask command comes before any other line could mention the token.
    expect(second.stdout.indexOf(`::add-mask::${token}`)).toBeLessThan(second.stdout.indexOf('MINTED'));
    expectNoLeak(second, token);
    expect(everything(first)).not.toContain(token);
    expect(runnerLog(second.stdout)).not.toContain(token);
  });

  test('the post step after a finished main step does nothing and says so in one line', async () => {
    const { main, post } = await runWithPost({ inputs: { 'parameter-name': NAME }, env: world.env });
    expect(main.exitCode).toBe(0);
    expect(post.exitCode).toBe(0);
    expect(post.stdout.trim()).toBe('rotate-deploy-token post step: the main step reached its end; nothing to recover.');
    expect(world.ssm.store.versions(NAME)).toHaveLength(1);
  });

  test('a failure before the write fails the step, says nothing was written, and sets rotated=false', async () => {
    world.ssm.store.seed({ Name: NAME, Value: 'plain', Type: 'String' });
    const run = await runAction({ inputs: { 'parameter-name': NAME }, env: world.env });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::preflight failed for /team/app/deploy-token: the parameter is a String, not a SecureString');
    expect(run.stdout).toContain('Nothing was written anywhere.');
    expect(run.outputs.rotated).toBe('false');
    expect(run.summary).toContain(`## ❌ rotate-deploy-token: preflight failed for ${NAME}; no new token handed out`);
    expect(run.summary).toMatch(/^\| ❌ failed \| preflight \| \/team\/app\/deploy-token \| \d+ ms \| the parameter is a String/m);
  });
});

// [inputs, the sentence's start]: each must fail before any request.
const BAD: [Record<string, string>, string][] = [
  [{ 'parameter-name': '' }, 'Input parameter-name is required'],
  [{ 'parameter-name': 'no/leading/slash' }, 'Input parameter-name "no/leading/slash" has a path but does not start with /'],
  [{ 'parameter-name': '/aws/x' }, 'Input parameter-name "/aws/x" starts with a reserved prefix'],
  [{ 'aws-region': 'mars-1' }, 'Input aws-region "mars-1" is not an AWS region name'],
  [{ 'kms-key-id': 'my key' }, 'Input kms-key-id "my key" is not a KMS key reference'],
  [{ tier: 'Gold' }, 'Input tier "Gold" is not an SSM tier'],
  [{ description: 'x'.repeat(2000) }, 'Input description is 2000 characters long'],
  [{ tags: 'novalue' }, 'Input tags has the line "novalue" without a key=value pair'],
  [{ tags: 'aws:x=1' }, 'Input tags has the key "aws:x" with the reserved prefix'],
  [{ 'token-bytes': '15' }, 'Input token-bytes "15" is not a whole number from 16 to 1024'],
  [{ 'token-bytes': '1025' }, 'Input token-bytes "1025" is not a whole number from 16 to 1024'],
  [{ 'token-encoding': 'base32' }, 'Input token-encoding "base32" is not supported'],
  [{ 'token-prefix': 'has space' }, 'Input token-prefix "has space" is not allowed'],
  [{ 'version-labels': 'on' }, 'Input version-labels "on" is not a boolean'],
  [{ 'dry-run': 'yes' }, 'Input dry-run "yes" is not a boolean'],
  [{ 'rollback-on-failure': 'no' }, 'Input rollback-on-failure "no" is not a boolean'],
  [{ namespace: 'UPPER' }, 'Input namespace "UPPER" is not a Kubernetes namespace name'],
  [{ 'external-secrets': 'a/b/c' }, 'Input external-secrets has the line "a/b/c" that is not an ExternalSecret reference'],
  [{ restart: 'cronjob/nightly' }, 'Input restart has the line "cronjob/nightly" that is not a workload reference'],
  [{ 'sync-timeout': 'forever' }, 'Input sync-timeout "forever" is not a duration'],
  [{ 'rollout-timeout': '0s' }, 'Input rollout-timeout "0s" is out of range'],
  [{ 'verify-secret-key': 'token' }, 'Input verify-secret-key is set but external-secrets is empty'],
  [{ kubeconfig: 'clusters: []\ncontexts: []' }, 'Input kubeconfig is set but neither external-secrets nor restart is'],
  [{ 'external-secrets': 'app', kubeconfig: 'garbage' }, 'Input kubeconfig is neither kubeconfig YAML nor base64 of it'],
];

describe('bad input fails with its sentence and makes no request at all', () => {
  test.each(BAD.map(([inputs, sentence]) => [sentence, inputs] as const))('%s', async (sentence, inputs) => {
    const run = await runAction({ inputs: { 'parameter-name': NAME, ...inputs }, env: world.env });
    expect(run.exitCode).toBe(1);
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::'));
    expect(error).toContain(`::error::${sentence}`);
    expect(error).toContain('Nothing was written anywhere.');
    expect(world.ssm.requests.count()).toBe(0);
  });
});
