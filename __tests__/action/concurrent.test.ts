import { describe, expect, test } from '@jest/globals';
import { runAction } from '../../local-servers/runner/run-action.ts';
import { useSsmServer } from './world.ts';

const NAME = '/team/app/deploy-token';
const world = useSsmServer();

describe('runs started at once against one parameter', () => {
  test.each([2, 5])(
    '%i runs: exactly one hands out a token, it is the one in SSM, no version lost or doubled',
    async (count) => {
      const first = await runAction({ inputs: { 'parameter-name': NAME }, env: world.env });
      expect(first.exitCode).toBe(0);
      // Slow labels keep every run's window open until all of them have written.
      world.ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'delay', delayMs: 700, count: 1000 });
      const runs = await Promise.all(Array.from({ length: count }, () => runAction({ inputs: { 'parameter-name': NAME }, env: world.env, timeoutMs: 60_000 })));

      const versions = world.ssm.store.versions(NAME);
      expect(versions.map((v) => v.version)).toEqual(Array.from({ length: count + 1 }, (_, i) => i + 1));
      const latest = versions[versions.length - 1];

      const winners = runs.filter((r) => r.outputs.rotated === 'true');
      expect(winners).toHaveLength(1);
      const [winner] = winners;
      expect(winner?.exitCode).toBe(0);
      expect(winner?.outputs.token).toBe(latest?.value);
      expect(winner?.outputs.version).toBe(String(latest?.version));

      for (const loser of runs.filter((r) => r !== winner)) {
        expect(loser.exitCode).toBe(1);
        expect(loser.stdout).toMatch(/::error::confirm failed for \/team\/app\/deploy-token: superseded by version \d+/);
        expect(loser.outputs.token).toBe('');
        expect(loser.outputs.rotated).toBe('false');
      }
      // Each run wrote its own version, once.
      const written = runs.map((r) => r.outputs.version).sort();
      expect(new Set(written).size).toBe(count);
      expect(world.ssm.store.versionWithLabel(NAME, 'current')).toBe(latest?.version);
      // previous sits where the winner said it would: the version current was on when the winner began
      // (version 1 when every run read before any labelled; a loaded machine can start one late).
      expect(world.ssm.store.versionWithLabel(NAME, 'previous')).toBe(Number(winner?.outputs['previous-version']));
      expect(Number(winner?.outputs['previous-version'])).toBeLessThan(latest?.version ?? 0);
    },
    90_000,
  );
});
