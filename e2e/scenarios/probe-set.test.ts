import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { startProbeService, fingerprintOf } from '../../local-servers/probe-service.ts';
import type { ProbeService } from '../../local-servers/probe-service.ts';
import { expectNoTokenLeak } from '../../__tests__/fault-matrix/leak-audit.ts';
import { followClusterPods } from '../world/probe-follower.ts';
import {
  admin,
  apply,
  explain,
  facts,
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
import { workloadObjects } from './workloads.ts';

/**
 * A set of two provider-minted values (per-line `file=PATH`) gated on the real cluster: one ExternalSecret
 * reads both parameters into two keys, verify checks both, the Deployment restarts, and the test step sends
 * `{value:vault}` to a service that accepts what the new pods started with.
 */

const NS = 'e2e-probe-set';
const SET = { fly: `/team/${NS}/fly-token`, vault: `/team/${NS}/vault-token` };
const OLD = { fly: 'e2e-probe-set-old-fly-0123456789', vault: 'e2e-probe-set-old-vault-0123456789' };
const DIR = mkdtempSync(join(tmpdir(), 'e2e-probe-set-'));
let service: ProbeService;
let stop: () => void = () => undefined;

function providerFile(name: string, value: string): string {
  const path = join(DIR, name);
  writeFileSync(path, `${value}\n`);
  return path;
}

beforeAll(async () => {
  await prepareNamespace(NS);
  await putToken(SET.fly, OLD.fly);
  await putToken(SET.vault, OLD.vault);
  await apply([
    plainExternalSecret(NS, SET.fly, {
      data: [
        { secretKey: 'fly', remoteRef: { key: SET.fly } },
        { secretKey: 'vault', remoteRef: { key: SET.vault } },
      ],
    }),
  ]);
  await untilSynced(NS, 'app-token');
  await untilSecret(NS, 'app-token', OLD.vault, 'vault');
  await apply(workloadObjects(NS).filter((o) => (o as { kind: string }).kind === 'Deployment'));
  await admin(['rollout', 'status', 'deployment/api', '-n', NS, '--timeout=180s']);
  service = await startProbeService();
  const following = followClusterPods(facts().adminKubeconfig, { namespace: NS, app: 'api', secret: 'app-token', key: 'vault' });
  stop = following.stop;
  service.follow(following.follower);
});
afterAll(async () => {
  stop();
  await service.close();
});
afterEach(() => {
  service.reset();
});

const inputs = (fly: string, vault: string): Record<string, string> => ({
  parameters: `${SET.fly}=fly file=${providerFile(`fly-${Date.now()}`, fly)}\n${SET.vault}=vault file=${providerFile(`vault-${Date.now()}`, vault)}`,
  namespace: NS,
  'external-secrets': 'app-token',
  'verify-secret-key': 'true',
  restart: 'deployment/api',
  'sync-timeout': '120s',
  'rollout-timeout': '180s',
  'probe-url': `${service.url}/v1/whoami`,
  'probe-header': 'Authorization: Bearer {value:vault}',
  'probe-timeout': '10s',
});

const values = async (): Promise<string[]> => [...(await history(SET.fly)), ...(await history(SET.vault))].map((v) => v.value);
const status = async (value: string): Promise<number> => (await fetch(`${service.url}/v1/whoami`, { headers: { authorization: `Bearer ${value}` } })).status;

describe('a set of provider-minted values, gated and tested on the real cluster', () => {
  test('rotated end to end: moto, the Secret and the service take both new values; no leak', async () => {
    const fly = 'FlyV1 fm2_lJPE+AAAAAAAB/z7xA==,"ünïcødé" ✓';
    const vault = 'hvs.CAESI set provider value +/=';
    const run = await runBundled(inputs(fly, vault));
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    expect(run.outputs.rotated).toBe('true');
    expect(JSON.parse(run.outputs.tokens ?? '{}')).toEqual({ fly, vault });
    expect(markers(run).slice(-5)).toEqual(['RESTARTED', 'ROLLED-OUT', 'PROBED', 'CONFIRMED', 'CONFIRMED']);
    expect(service.requests.at(-1)).toMatchObject({ presented: fingerprintOf(vault), status: 200 });
    expect((await history(SET.fly)).at(-1)).toMatchObject({ value: fly, labels: ['current'] });
    expect((await history(SET.vault)).at(-1)).toMatchObject({ value: vault, labels: ['current'] });
    expect([await secretValue(NS, 'app-token', 'fly'), await secretValue(NS, 'app-token', 'vault')]).toEqual([fly, vault]);
    expectNoTokenLeak(run, await values());
    // For BENCHMARKS.md: a gated, tested set of two on the e2e world.
    process.stderr.write(`e2e probe-set: a passing set of two ran ${Math.round(run.durationMs)} ms\n`);
  });

  test('a test that never passes rolls the whole set back: both previous values current in moto, the Secret back, the old value accepted again', async () => {
    const before = { fly: (await history(SET.fly)).at(-1)?.value ?? '', vault: (await history(SET.vault)).at(-1)?.value ?? '' };
    service.configure({ mode: 'reject' });
    const run = await runBundled(inputs('FlyV1 refused set value +/=', 'hvs.refused set value +/='));
    expect(run.exitCode).toBe(1);
    expect(markers(run)).toContain('ROLLED-BACK');
    expect(run.outputs.rotated).toBe('false');
    expect((await history(SET.fly)).at(-1)).toMatchObject({ value: before.fly, labels: ['current'] });
    expect((await history(SET.vault)).at(-1)).toMatchObject({ value: before.vault, labels: ['current'] });
    expect([await secretValue(NS, 'app-token', 'fly'), await secretValue(NS, 'app-token', 'vault')]).toEqual([before.fly, before.vault]);
    service.configure({ mode: 'normal' });
    expect([await status(before.vault), await status('hvs.refused set value +/=')]).toEqual([200, 401]);
    expectNoTokenLeak(run, await values());
    process.stderr.write(`e2e probe-set: a set of two whose test never passes ran ${Math.round(run.durationMs)} ms with probe-timeout 10s\n`);
  });
});
