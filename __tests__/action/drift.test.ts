import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from '@jest/globals';
import { runAction } from '../../local-servers/runner/run-action.ts';
import { useSsmServer } from './world.ts';

const NAME = '/team/app/deploy-token';
const world = useSsmServer();
const run = promisify(execFile);

/** A person writes the parameter by hand with the real AWS CLI, as their own IAM user. */
async function putByHand(value: string): Promise<void> {
  const config = join(mkdtempSync(join(tmpdir(), 'aws-cli-')), 'config');
  writeFileSync(config, '[default]\nregion = us-east-1\n');
  await run(
    'aws',
    ['ssm', 'put-parameter', '--endpoint-url', world.ssm.url, '--name', NAME, '--value', value, '--type', 'SecureString', '--overwrite', '--output', 'json'],
    {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: tmpdir(),
        AWS_CONFIG_FILE: config,
        AWS_ACCESS_KEY_ID: 'AKIDJANE',
        AWS_SECRET_ACCESS_KEY: 'x',
        AWS_DEFAULT_REGION: 'us-east-1',
      },
    },
  );
}

describe('drift', () => {
  test('a version written by hand with the AWS CLI is reported with its writer, in the log, the output and the summary, then healed', async () => {
    const first = await runAction({ inputs: { 'parameter-name': NAME }, env: world.env });
    expect(first.outputs.drift).toBe('false');
    await putByHand('typed-by-hand-value');

    const healed = await runAction({ inputs: { 'parameter-name': NAME }, env: world.env });
    expect(healed.exitCode).toBe(0);
    expect(healed.outputs.drift).toBe('true');
    expect(healed.stdout).toMatch(
      /^DRIFT \/team\/app\/deploy-token version 2 was written outside this action by arn:aws:iam::123456789012:user\/AKIDJANE at \d{4}-\d\d-\d\dT[\d:.]+Z \(current is on 1\); this rotation supersedes it, and previous will point at version 1, the one consumers hold$/m,
    );
    expect(healed.summary).toContain('| ⚠️ drift | preflight |');
    const facts = healed.summary.split('\n');
    const head = facts.findIndex((line) => line.startsWith('| Parameter |'));
    const names = (facts[head] ?? '').split(' | ');
    expect((facts[head + 2] ?? '').split(' | ')[names.indexOf('Drift')]).toBe('`true`');
    // Healed: the rotation is the latest and carries `current`; `previous` stays on the token consumers held, not the hand-written one.
    expect(world.ssm.store.latest(NAME)).toMatchObject({ version: 3, value: healed.outputs.token, labels: ['current'] });
    expect(world.ssm.store.versionWithLabel(NAME, 'previous')).toBe(1);
    expect(healed.outputs['previous-version']).toBe('1');
    const next = await runAction({ inputs: { 'parameter-name': NAME }, env: world.env });
    expect(next.outputs.drift).toBe('false');
  });
});
