import { beforeEach, describe, expect } from '@jest/globals';
import type { ActionRun } from '../../local-servers/runner/run-action.ts';
import { fingerprint } from '../../src/token.ts';
import { NAME, NS, failure, gatedInputs, row, run, seed, ssmInputs, until, useWorld } from './world.ts';

/**
 * Text from outside the process (SSM error messages, LastModifiedUser, ESO
 * condition messages, Kubernetes error bodies) may carry a token and lines
 * the runner would read as workflow commands. Each row feeds one such field
 * the run's new token (raw and base64) and a `::save-state` / `::error::`
 * line, and finds neither the token (the leak audit of `run`) nor a command
 * the runner would obey in stdout, stderr, the summary or the state file.
 */
const world = useWorld();
beforeEach(async () => {
  await seed(world, { gated: true });
});

const INJECTED = '\n::save-state name=injected::yes\n::error::forged\r\n::add-mask::x';
const payload = (token: string): string => `leaked ${token} and ${Buffer.from(token).toString('base64')}${INJECTED}`;

/** No line the runner would run as a command, other than our own ::error:: and ::add-mask:: lines. */
function expectNoInjectedCommand(done: ActionRun): void {
  for (const [channel, text] of Object.entries({ stdout: done.stdout, stderr: done.stderr, summary: done.summary })) {
    const lines = text.split(/\r?\n/);
    expect({ channel, injected: lines.filter((line) => /^\s*::(save-state|set-output|error::forged|add-mask::x$)/.test(line)) }).toEqual({
      channel,
      injected: [],
    });
    expect({ channel, forged: text.includes('::error::forged') }).toEqual({ channel, forged: false });
  }
  expect(done.state.injected).toBeUndefined();
  expect(done.files.GITHUB_STATE ?? '').not.toContain('injected');
}

/** The token the run wrote, once SSM holds version 2. */
async function newToken(): Promise<string> {
  await until(() => world.ssm.store.versions(NAME).length >= 2, 'the run wrote version 2', 10_000);
  return world.ssm.store.versions(NAME)[1]?.value ?? '';
}

describe('server text is scrubbed before it is printed', () => {
  row('S31', 'an SSM error message carrying the token and workflow commands: printed with the fingerprint, commands defused', async () => {
    world.ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'delay', delayMs: 800, count: 1 });
    const running = run(world, { inputs: ssmInputs() });
    const token = await newToken();
    world.ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'AccessDeniedException', message: payload(token), count: 1 });
    const done = await running;
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(`leaked ${fingerprint(token)} and ${fingerprint(token)}`);
    expect(failure(done)).toContain(' : :save-state name=injected: :yes : :error: :forged');
    expect(done.stdout).toMatch(/^FAILED \S+ sha256:[0-9a-f]{16} .*leaked sha256:[0-9a-f]{16}/m);
    expectNoInjectedCommand(done);
  });

  row('S32', 'a LastModifiedUser carrying workflow commands: the DRIFT line prints it on one line, commands defused', async () => {
    world.ssm.store.seed({ Name: NAME, Value: world.old, Type: 'SecureString', User: `arn:aws:iam::123456789012:user/jane${INJECTED}` });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toContain('by arn:aws:iam::123456789012:user/jane : :save-state name=injected: :yes : :error: :forged : :add-mask: :x at ');
    expectNoInjectedCommand(done);
  });

  row('K20', 'an ESO condition message carrying the token and workflow commands: scrubbed in the wait line and the failure', async () => {
    world.kube.eso.configure({ mode: 'stuck' });
    const running = run(world, { inputs: gatedInputs(world) });
    const token = await newToken();
    const es = world.kube.store.get('externalsecrets', NS, 'deploy-token') as { status?: Record<string, unknown> } & Record<string, unknown>;
    world.kube.store.apply({
      ...es,
      status: {
        ...es.status,
        conditions: [{ type: 'Ready', status: 'False', reason: 'SecretSyncedError', message: payload(token), lastTransitionTime: new Date().toISOString() }],
      },
    } as never);
    const done = await running;
    expect(done.exitCode).toBe(1);
    expect(done.stdout).toContain(`leaked ${fingerprint(token)} and ${fingerprint(token)} : :save-state`);
    expectNoInjectedCommand(done);
  });

  row('K21', 'a Kubernetes error body carrying the token and workflow commands: scrubbed in the failure', async () => {
    world.ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'delay', delayMs: 800, count: 1 });
    const running = run(world, { inputs: gatedInputs(world) });
    const token = await newToken();
    world.kube.faults.add({ match: { verb: 'patch', resource: 'externalsecrets' }, action: { type: 'status', code: 422, message: payload(token) }, times: 1 });
    const done = await running;
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(`leaked ${fingerprint(token)} and ${fingerprint(token)} : :save-state`);
    expectNoInjectedCommand(done);
  });
});
