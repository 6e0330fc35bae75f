import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import {
  admin,
  apply,
  clearFaults,
  explain,
  failEsoReads,
  history,
  latest,
  markers,
  plainExternalSecret,
  prepareNamespace,
  putToken,
  runBundled,
  secretValue,
  untilSecret,
  untilSynced,
} from './cluster.ts';

/** Scenario c: ESO's provider fails once and recovers; or keeps failing, and the action rolls back in seconds, not at its timeout. */

const NS = 'e2e-provider';
const NAME = `/team/${NS}/token`;
const OLD = 'e2e-provider-old-token-0123456789abcdef';

const inputs = {
  'parameter-name': NAME,
  namespace: NS,
  'external-secrets': 'app-token',
  'verify-secret-key': 'token',
  // Long, so that a run that ends in seconds has judged ESO's failure, not timed out.
  'sync-timeout': '120s',
};

beforeAll(async () => {
  await prepareNamespace(NS);
  await putToken(NAME, OLD);
  await apply([plainExternalSecret(NS, NAME)]);
  await untilSynced(NS, 'app-token');
  await untilSecret(NS, 'app-token', OLD);
});
afterEach(clearFaults);

describe('a provider that fails', () => {
  test('once: ESO retries, the rotation completes and the Secret is verified', async () => {
    await failEsoReads(1);
    const run = await runBundled(inputs);
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    expect(markers(run).slice(-3)).toEqual(['SYNCED', 'VERIFIED', 'CONFIRMED']);
    const token = run.outputs.token ?? '';
    expect(await latest(NAME)).toMatchObject({ value: token, labels: ['current'] });
    expect(await secretValue(NS, 'app-token')).toBe(token);
  });

  test('on every read: the run fails within seconds, SSM holds the token in force before it again, the Secret never changed', async () => {
    const before = await latest(NAME);
    const inForce = (await secretValue(NS, 'app-token')) ?? '';
    expect(before.value).toBe(inForce);
    await failEsoReads();
    const run = await runBundled(inputs);
    await clearFaults();
    expect({ exit: run.exitCode, log: run.exitCode === 1 ? '' : explain(run) }).toEqual({ exit: 1, log: '' });
    expect(run.durationMs).toBeLessThan(60_000);
    expect(markers(run)).toContain('ROLLED-BACK');
    // ESO v0.16.2 puts only "could not get secret data from provider" in the condition (externalsecret_controller.go,
    // msgErrorGetSecretData); the provider's own error goes to the ExternalSecret's events, where the action's hint points.
    expect(run.stdout).toMatch(/^FAILED .* kept failing across its retries for \d+s: could not get secret data from provider\./m);
    expect(await admin(['get', 'events', '-n', NS, '--field-selector', 'involvedObject.name=app-token', '-o', 'json'])).toContain(
      'not authorized to perform: ssm:GetParameter',
    );
    expect(run.outputs).toMatchObject({ rotated: 'false', token: inForce });
    // moto: the failed run's version, then the token in force before it as the newest version, `current` on it.
    const versions = await history(NAME);
    expect(versions.at(-1)).toMatchObject({ value: inForce, labels: ['current'] });
    expect(versions.at(-2)?.value).not.toBe(inForce);
    expect(await secretValue(NS, 'app-token')).toBe(inForce);
  });
});
