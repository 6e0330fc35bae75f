// Issue 23: two gated runs overlap. Run A writes version 2; run B writes version 3 before ESO has
// synced version 2, so no consumer ever received A's token. Each runs the bundled action against
// the local servers.
import { describe, expect, jest, test } from '@jest/globals';
import { failure, gatedInputs, NAME, NS, run, secretValue, seed, useWorld } from '../fault-matrix/world.ts';
import { until } from './world.ts';

jest.setTimeout(60_000);

const world = useWorld();

describe('run B overtakes run A while ESO has not synced A', () => {
  async function overlap(inputs: Record<string, string>) {
    await seed(world, { gated: true });
    // ESO does not answer A's force-sync: version 2 never reaches the Secret.
    world.kube.eso.override(NS, 'deploy-token', { mode: 'stuck' });
    const a = run(world, { inputs: gatedInputs(world, { restart: '', 'sync-timeout': '30s', ...inputs }) });
    await until(() => world.ssm.store.versionWithLabel(NAME, 'current') === 2, 'run A labelled version 2 current');
    const b = run(world, { inputs: gatedInputs(world, { restart: '', 'sync-timeout': '30s', ...inputs }) });
    await until(() => world.ssm.store.versionWithLabel(NAME, 'current') === 3, 'run B labelled version 3 current');
    world.kube.eso.override(NS, 'deploy-token', { mode: 'normal' });
    return { a: await a, b: await b };
  }

  test("verifying: previous goes to version 1, whose value the Secret held, not to A's version 2 no consumer received", async () => {
    const { a, b } = await overlap({});
    expect(failure(b)).toBe('');
    expect(b.outputs['previous-version']).toBe('1');
    expect(b.stdout).toMatch(
      /^PLAN \/rotate-deploy-token\/demo\/deploy-token .*the cluster Secret holds version 1, not 2 \(where current is\): previous will point at version 1/m,
    );
    expect(world.ssm.store.versions(NAME).map((v) => [v.version, [...v.labels].sort()])).toEqual([
      [1, ['previous']],
      [2, []],
      [3, ['current']],
    ]);
    expect(secretValue(world)).toBe(b.outputs.token);
    // A's error says another run overtook it, and what to do; not the pinned-version advice of a plain mismatch.
    expect(a.exitCode).toBe(1);
    expect(a.stdout).toMatch(/^FAILED \/rotate-deploy-token\/demo\/deploy-token .*superseded by version 3/m);
    expect(failure(a)).toMatch(
      /^verify failed for \/rotate-deploy-token\/demo\/deploy-token: superseded by version 3: another run wrote after this one while this run waited on the cluster \(default\/secret\/deploy-token: key "token" holds a value with fingerprint sha256:[0-9a-f]{16} but the new token's is sha256:[0-9a-f]{16}\), so this run's token is stale/,
    );
    expect(failure(a)).toContain('Use the token of the run that wrote version 3');
    expect(failure(a)).not.toContain('pinned');
    expect(a.outputs.rotated).toBe('false');
    expect(a.outputs.token).toBe('');
  });
});
