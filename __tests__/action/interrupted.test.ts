import { describe, expect, test } from '@jest/globals';
import { runAction } from '../../local-servers/runner/run-action.ts';
import { useSsmServer } from './world.ts';

const NAME = '/team/app/deploy-token';
const world = useSsmServer();

const inputs = { 'parameter-name': NAME };

async function rotatedOnce(): Promise<string> {
  const run = await runAction({ inputs, env: world.env });
  expect(run.exitCode).toBe(0);
  return run.outputs.token ?? '';
}

describe('a main step killed at a point of no return is finished by the post step', () => {
  test('killed while PutParameter was under way (it landed): the post step finds the version by fingerprint and rolls it back', async () => {
    const old = await rotatedOnce();
    // The write lands but its answer is lost, and the step dies while it reads the version it would have to find out
    // (every GetParameters, the read of that one version, is slow).
    world.ssm.faults.add([
      { operation: 'PutParameter', kind: 'lost-response' },
      { operation: 'GetParameters', kind: 'delay', delayMs: 1200, count: 20 },
    ]);
    const main = await runAction({ inputs, env: world.env, interrupt: { when: /^MINTED /m, signal: 'SIGKILL', afterMs: 400 } });
    expect(main.signal).toBe('SIGKILL');
    world.ssm.faults.clear();
    expect(world.ssm.store.versions(NAME).map((v) => v.version)).toEqual([1, 2]);
    expect(main.state['rotation-progress']).toContain('"phase":"writing"');

    const post = await runAction({ inputs, env: world.env, state: main.state });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toMatch(
      /^RECOVERED \/team\/app\/deploy-token sha256:[0-9a-f]{16} the main step stopped at phase writing; SSM version 3 holds the previous token again, current -> 3/m,
    );
    expect(world.ssm.store.latest(NAME)).toMatchObject({ version: 3, value: old, labels: ['current'] });
    expect(post.summary.split('\n')[0]).toBe(`## 🩹 rotate-deploy-token: post step recovered ${NAME}`);
    expect(post.summary).toContain(`| \`${NAME}\` | unknown (stopped during the write) | \`1\` | \`sha256:`);
  }, 20_000);

  test('killed after the write, before the labels: rolled back, labels back on the old value', async () => {
    const old = await rotatedOnce();
    world.ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'delay', delayMs: 1000 });
    const main = await runAction({ inputs, env: world.env, interrupt: { when: /^WROTE /m, signal: 'SIGKILL' } });
    expect(main.state['rotation-progress']).toContain('"phase":"written"');
    world.ssm.faults.clear();
    // The label request the killed step had in flight still lands (SSM does not know its caller died): let it, before the post step.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const post = await runAction({ inputs, env: world.env, state: main.state });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('RECOVERED');
    const latest = world.ssm.store.latest(NAME);
    expect(latest?.value).toBe(old);
    expect(world.ssm.store.versionWithLabel(NAME, 'current')).toBe(latest?.version);
  });

  test('killed before anything was written: the post step finds nothing to undo', async () => {
    await rotatedOnce();
    world.ssm.faults.add({ operation: 'PutParameter', kind: 'ThrottlingException', count: 100 });
    const main = await runAction({ inputs, env: world.env, interrupt: { when: /^MINTED /m, signal: 'SIGKILL' } });
    world.ssm.faults.clear();
    const post = await runAction({ inputs, env: world.env, state: main.state });
    expect(post.stdout).toContain('the main step stopped before its write landed; nothing was written, nothing to undo');
    expect(post.stdout).toMatch(/^RECOVERED /m);
    expect(world.ssm.store.versions(NAME)).toHaveLength(1);
  });
});

test('killed during the preflight: the post step says nothing was written', async () => {
  await rotatedOnce();
  world.ssm.faults.add({ operation: 'GetParameterHistory', kind: 'delay', delayMs: 2000 });
  const main = await runAction({ inputs, env: world.env, interrupt: { when: /^::group::/m, signal: 'SIGKILL', afterMs: 200 } });
  expect(main.signal).toBe('SIGKILL');
  world.ssm.faults.clear();
  const post = await runAction({ inputs, env: world.env, state: main.state });
  expect(post.stdout.trim()).toBe('rotate-deploy-token post step: the main step stopped before it wrote anything; nothing to recover.');
  expect(world.ssm.store.versions(NAME)).toHaveLength(1);
});

describe('cancellation', () => {
  test('SIGTERM during a slow write still ends with a consistent parameter and a non-zero exit', async () => {
    await rotatedOnce();
    world.ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'delay', delayMs: 800 });
    const main = await runAction({ inputs, env: world.env, interrupt: { when: /^WROTE /m, signal: 'SIGTERM' } });
    // The SSM-only steps are short: the step finishes them, then reports the cancellation.
    expect(main.stdout).toContain('Received SIGTERM');
    // Cancelled by the end of the label step, the run undoes its write: the value it replaced is written back.
    const versions = world.ssm.store.versions(NAME);
    const [before, ours, restored] = versions.slice(-3);
    expect(main.exitCode).not.toBe(0);
    expect(main.outputs.rotated).toBe('false');
    expect(restored?.value).toBe(before?.value);
    expect(ours?.value).not.toBe(before?.value);
    expect(world.ssm.store.latest(NAME)?.version).toBe(restored?.version);
    expect(world.ssm.store.versionWithLabel(NAME, 'current')).toBe(restored?.version);
    // The token handed out is the one in force: SSM's latest version, which current marks.
    expect(main.outputs.token).toBe(restored?.value);
  });
});
