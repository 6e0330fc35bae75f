import { describe, expect, test } from '@jest/globals';
import { runAction } from '../../local-servers/runner/run-action.ts';
import { useSsmServer } from './world.ts';

const world = useSsmServer();
const SETS = [
  { a: '/team/app/a-token', b: '/team/app/shared-token' },
  { b: '/team/app/shared-token', c: '/team/app/c-token' },
] as const;

const input = (set: Record<string, string>): string =>
  Object.entries(set)
    .map(([key, name]) => `${name}=${key}`)
    .join('\n');

describe('two runs over overlapping sets, started at once', () => {
  test('each run either has its whole set in force, or fails naming each parameter the other wrote after it', async () => {
    for (const name of ['/team/app/a-token', '/team/app/shared-token', '/team/app/c-token']) {
      world.ssm.store.seed({ Name: name, Value: `old-${name}-0123456789abcdef`, Type: 'SecureString', Labels: ['current'] });
    }
    // Slow labels keep both runs' windows open until both have written the shared parameter.
    world.ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'delay', delayMs: 700, count: 1000 });
    const runs = await Promise.all(SETS.map((set) => runAction({ inputs: { parameters: input(set) }, env: world.env, timeoutMs: 60_000 })));

    expect(world.ssm.store.versions('/team/app/shared-token').map((v) => v.version)).toEqual([1, 2, 3]);
    const outcomes = runs.map((run, index) => {
      const versions = JSON.parse(run.outputs.versions ?? '{}') as Record<string, number>;
      const set = SETS[index] as Record<string, string>;
      // The parameters of this run's set whose latest version another run wrote after this one.
      const overtaken = Object.entries(set)
        .filter(([key, name]) => world.ssm.store.latest(name)?.version !== versions[key])
        .map(([, name]) => name);
      return { run, overtaken };
    });
    // The shared parameter holds the token of exactly one run: the other was overtaken there, and only there.
    expect(outcomes.map(({ overtaken }) => overtaken).sort((x, y) => x.length - y.length)).toEqual([[], ['/team/app/shared-token']]);
    for (const { run, overtaken } of outcomes) {
      const tokens = JSON.parse(run.outputs.tokens ?? '{}') as Record<string, string>;
      expect({ exitCode: run.exitCode, rotated: run.outputs.rotated }).toEqual(
        overtaken.length === 0 ? { exitCode: 0, rotated: 'true' } : { exitCode: 1, rotated: 'false' },
      );
      expect(run.stdout.includes(`::error::confirm failed for ${overtaken.join(', ')}: superseded: another run wrote after this one to`)).toBe(
        overtaken.length > 0,
      );
      // The winner hands out its whole set, each token the latest value; the overtaken run hands out none.
      const set = SETS[runs.indexOf(run)] as Record<string, string>;
      const inForce = Object.fromEntries(Object.entries(set).map(([key, name]) => [key, world.ssm.store.latest(name)?.value]));
      expect(tokens).toEqual(overtaken.length === 0 ? inForce : {});
    }
  }, 90_000);
});
