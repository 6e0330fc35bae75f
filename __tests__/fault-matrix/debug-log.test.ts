import { describe, expect, test } from '@jest/globals';
import { runAction, runWithPost } from '../../local-servers/runner/run-action.ts';
import type { ActionRun } from '../../local-servers/runner/run-action.ts';
import { expectNoTokenLeak } from './leak-audit.ts';
import { NAME, gatedInputs, markers, seed, tokensSeen, useWorld } from './world.ts';

// README, "Debugging": with step debug logging on (the runner sets RUNNER_DEBUG=1 when
// ACTIONS_STEP_DEBUG is true) the bundle prints ::debug:: lines that say more about the run
// and still carry no token, in any encoding, on any channel.
const world = useWorld();
const DEBUG_ENV = { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' };

const debugLines = (done: ActionRun): string[] =>
  done.stdout
    .split('\n')
    .filter((line) => line.startsWith('::debug::'))
    .map((line) => line.slice('::debug::'.length));

async function runWithDebug(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({ inputs, env: { ...world.env, ...DEBUG_ENV } });
}

describe('the bundle with step debug logging on', () => {
  test('a gated rotation logs its inputs, run id, every SSM call and each saved phase, and leaks no token', async () => {
    await seed(world, { gated: true });
    // One throttled ExternalSecret read, so the retry line shows too.
    world.kube.faults.add({ match: { resource: 'externalsecrets' }, action: { type: 'status', code: 429, retryAfterSeconds: 1 }, times: 1 });
    const done = await runWithDebug(gatedInputs(world, { 'token-prefix': 'dbg_' }));
    expect(done.exitCode).toBe(0);
    const lines = debugLines(done);
    expect(lines[0]).toBe(
      `inputs: parameter ${NAME}, region us-east-1, tier the tier the parameter has, else Standard, kms-key-id the key the parameter uses, else alias/aws/ssm, token 32 bytes base64url prefix dbg_, tags none, version-labels true, external-secrets default/deploy-token, verify-secret-key token, restart default/deployment/api, kubeconfig given, kube-context current-context, sync-timeout 2s, rollout-timeout 5s, rollback-on-failure true, dry-run false`,
    );
    expect(lines[1]).toMatch(/^run id 1000-1-[0-9a-f]{8} \(the force-sync annotation value\)$/);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^SSM GetParameterHistory: ok, HTTP 200, request id [A-Za-z0-9-]+, \d+ ms$/)]));
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^SSM PutParameter: ok, HTTP 200, request id [A-Za-z0-9-]+, \d+ ms$/)]));
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^SSM LabelParameterVersion: ok, HTTP 200, /)]));
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/: attempt 1 failed \(.*429.*\); retrying in \d+ms$/)]));
    const phases = lines.filter((line) => line.startsWith('saved phase ')).map((line) => line.split(' ')[2]);
    expect(phases).toEqual(['writing', 'written', 'labelled', 'sync-started', 'restart-started', 'confirmed']);
    expect(lines).toContain('saved phase written for the post step (version 2, replacing 1)');
    expectNoTokenLeak(done, tokensSeen(world));
  }, 30_000);

  test('a rollback logs both writes (the new token, then the restored one) and leaks neither token', async () => {
    await seed(world, { gated: true });
    world.kube.faults.add({ match: { verb: 'patch', resource: 'externalsecrets' }, action: { type: 'status', code: 403 }, times: 1 });
    const done = await runWithDebug(gatedInputs(world));
    expect(done.exitCode).toBe(1);
    expect(markers(done)).toContain('ROLLED-BACK');
    const lines = debugLines(done);
    // The rollback reads the previous value back and writes it as version 3.
    expect(lines.filter((line) => line.startsWith('SSM PutParameter: ok'))).toHaveLength(2);
    expectNoTokenLeak(done, tokensSeen(world));
  }, 30_000);

  test('a missing parameter is logged as its error code, without the server message', async () => {
    await seed(world);
    const done = await runWithDebug({ 'parameter-name': `${NAME}-new` });
    expect(done.exitCode).toBe(0);
    expect(debugLines(done)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^SSM GetParameterHistory: ParameterNotFound, HTTP 400, request id [A-Za-z0-9-]+, \d+ ms$/)]),
    );
    expect(done.outputs.version).toBe('1');
    expectNoTokenLeak(done, [...tokensSeen(world), done.outputs.token ?? '']);
  }, 30_000);

  test('a killed main step, then the post step, both with debug on: no token on any channel', async () => {
    await seed(world, { gated: true });
    world.kube.eso.configure({ syncDelayMs: 1500 });
    const { main, post } = await runWithPost({
      inputs: gatedInputs(world, { 'sync-timeout': '10s' }),
      env: { ...world.env, ...DEBUG_ENV },
      interrupt: { when: /set force-sync=/m, signal: 'SIGKILL', afterMs: 100 },
    });
    expect(main.signal).toBe('SIGKILL');
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toMatch(/^RECOVERED /m);
    expect(debugLines(post)).toEqual(expect.arrayContaining([expect.stringMatching(/^SSM PutParameter: ok, HTTP 200, /)]));
    expectNoTokenLeak(main, tokensSeen(world));
    expectNoTokenLeak(post, tokensSeen(world));
  }, 30_000);
});
