import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprint } from '../../src/token.ts';
import { expectNoTokenLeak } from '../../__tests__/fault-matrix/leak-audit.ts';
import {
  apply,
  clearFaults,
  explain,
  failEsoReads,
  history,
  markers,
  plainExternalSecret,
  prepareNamespace,
  putToken,
  runBundled,
  secretValue,
  untilSecret,
  untilSynced,
} from './cluster.ts';
import { readyPods, restartedAt, startWorkloads } from './workloads.ts';

/**
 * A value a provider minted (spaces, + / =, a quote and non-ASCII UTF-8, none of which a minted token has),
 * handed over in a file with the line break a CLI prints, rotated end to end on the real cluster: moto,
 * real ESO, real controllers. Every run is leak-audited for both values.
 */

const NS = 'e2e-value-file';
const NAME = `/team/${NS}/token`;
const OLD = 'e2e-value-file-old-token-0123456789';
const PROVIDER_VALUE = 'FlyV1 fm2_lJPE+AAAAAAAB/z7xA==,"ünïcødé" ✓';
const SECOND_VALUE = 'hvs.CAESI second provider value +/= ✓';
const DIR = mkdtempSync(join(tmpdir(), 'e2e-value-file-'));

function providerFile(name: string, value: string): string {
  const path = join(DIR, name);
  writeFileSync(path, `${value}\n`);
  return path;
}

const inputs = (file: string): Record<string, string> => ({
  'parameter-name': NAME,
  'value-file': file,
  namespace: NS,
  'external-secrets': 'app-token',
  'verify-secret-key': 'token',
  restart: 'deployment/api',
  'sync-timeout': '120s',
  'rollout-timeout': '180s',
});

beforeAll(async () => {
  await prepareNamespace(NS);
  await putToken(NAME, OLD);
  await apply([plainExternalSecret(NS, NAME)]);
  await untilSynced(NS, 'app-token');
  await untilSecret(NS, 'app-token', OLD);
  await startWorkloads(NS);
});
afterEach(clearFaults);

describe('a provider-minted value from value-file (real ESO, real controllers, moto)', () => {
  test('rotated with the gate and verify: moto, the Secret and the restarted pods hold it byte for byte; no leak', async () => {
    const podsBefore = await readyPods(NS, 'api');
    const run = await runBundled(inputs(providerFile('fly-token', PROVIDER_VALUE)));
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    expect(run.outputs).toMatchObject({
      rotated: 'true',
      version: '2',
      'previous-version': '1',
      token: PROVIDER_VALUE,
      fingerprint: fingerprint(PROVIDER_VALUE),
    });
    expect(markers(run).filter((m) => m !== 'PLAN')).toEqual(['MINTED', 'WROTE', 'LABELED', 'SYNCED', 'VERIFIED', 'RESTARTED', 'ROLLED-OUT', 'CONFIRMED']);
    expect(run.stdout).toMatch(/^MINTED \S+ sha256:[0-9a-f]{16} taken from the file \S+fly-token, not minted, masked/m);
    expect(await history(NAME)).toEqual([
      { version: 1, value: OLD, labels: ['previous'] },
      { version: 2, value: PROVIDER_VALUE, labels: ['current'] },
    ]);
    expect(await secretValue(NS, 'app-token')).toBe(PROVIDER_VALUE);
    expect(await restartedAt(NS, 'deployment/api')).toMatch(/^\d{4}-\d\d-\d\dT/);
    for (const uid of await readyPods(NS, 'api')) expect(podsBefore).not.toContain(uid);
    expectNoTokenLeak(run, [PROVIDER_VALUE, OLD]);
  });

  test('ESO failing on every read: rolled back in seconds, the first provider value in force again; no leak', async () => {
    await failEsoReads();
    const run = await runBundled(inputs(providerFile('second-token', SECOND_VALUE)));
    await clearFaults();
    expect({ exit: run.exitCode, log: run.exitCode === 1 ? '' : explain(run) }).toEqual({ exit: 1, log: '' });
    expect(run.durationMs).toBeLessThan(60_000);
    expect(markers(run)).toContain('ROLLED-BACK');
    expect(run.outputs).toMatchObject({ rotated: 'false', token: PROVIDER_VALUE, fingerprint: fingerprint(PROVIDER_VALUE) });
    const versions = await history(NAME);
    expect(versions.slice(-2).map((v) => [v.value === SECOND_VALUE, v.value === PROVIDER_VALUE, v.labels])).toEqual([
      [true, false, []],
      [false, true, ['current']],
    ]);
    expect(await secretValue(NS, 'app-token')).toBe(PROVIDER_VALUE);
    expectNoTokenLeak(run, [PROVIDER_VALUE, SECOND_VALUE, OLD]);
  });
});
