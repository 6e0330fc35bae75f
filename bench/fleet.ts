/**
 * `npm run bench -- --fleet` (or `node bench/fleet.ts`): a whole fleet
 * deploying at once against one account's Parameter Store quotas.
 *
 * The local SSM server enforces the quotas as token buckets
 * (local-servers/ssm/rate-limits.ts: GetParameter/GetParameters/
 * GetParametersByPath share 40 transactions per second by default; with
 * `--put-tps N`, PutParameter gets a bucket of its own). Every rotation is the
 * bundled action spawned as the runner spawns it
 * (local-servers/runner/run-action.ts), SSM-only, each on a parameter of its
 * own. Three rounds: FLEET_SIZE (default 50) started at once, then
 * FLEET_TOTAL (default 200) with at most FLEET_SIZE running at a time, then
 * FLEET_SIZE runs at once that each rotate a set of FLEET_SET (default 3)
 * parameters with the `parameters` input.
 *
 * Prints per round: rotations that succeeded, parameters left with an extra
 * version or a wrong label, calls by operation, throttled calls (each one a
 * retry by the action, or the call it gave up on), the makespan and the floor
 * the quotas allow (the calls of each bucket divided by its rate, the
 * slowest bucket), and their ratio. Asserts nothing about time.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, runAction } from '../local-servers/runner/run-action.ts';
import type { ActionRun } from '../local-servers/runner/run-action.ts';
import { SHARED_READS } from '../local-servers/ssm/rate-limits.ts';
import type { BucketLimit, RateLimits } from '../local-servers/ssm/rate-limits.ts';
import { startSsmServer } from '../local-servers/ssm/server.ts';
import type { SsmServer } from '../local-servers/ssm/server.ts';

const REGION = 'us-east-1';
const KEY = 'AKIDFLEET';
const FLEET_SIZE = Number(process.env.FLEET_SIZE ?? 50);
const FLEET_TOTAL = Number(process.env.FLEET_TOTAL ?? 200);
const FLEET_SET = Number(process.env.FLEET_SET ?? 3);
const putTps = ((): number | undefined => {
  const at = process.argv.indexOf('--put-tps');
  return at >= 0 ? Number(process.argv[at + 1]) : undefined;
})();

const limits: Record<string, BucketLimit> = { reads: SHARED_READS };
if (putTps !== undefined) limits.writes = { ratePerSecond: putTps, operations: ['PutParameter'] };
const rateLimits: RateLimits = limits;

interface RoundResult {
  readonly label: string;
  readonly rotations: number;
  readonly rotated: number;
  readonly failed: string[];
  readonly wrongState: string[];
  readonly calls: Record<string, number>;
  readonly throttled: Record<string, number>;
  readonly makespanMs: number;
  readonly floorMs: number;
  readonly durations: number[];
}

const name = (round: string, i: number): string => `/rotate-deploy-token/fleet/${round}/service-${String(i).padStart(3, '0')}`;
let rounds = 0;

async function round(ssm: SsmServer, entry: string, label: string, total: number, concurrency: number, setSize = 1): Promise<RoundResult> {
  const id = `round-${++rounds}`;
  // Each run's parameters: one for the single form, setSize for a set.
  const sets = Array.from({ length: total }, (_, i) => Array.from({ length: setSize }, (__, j) => name(id, i * setSize + j)));
  const names = sets.flat();
  for (const parameter of names) {
    ssm.store.seed({ Name: parameter, Value: `seed-${'x'.repeat(40)}`, Type: 'SecureString', Labels: ['current'] });
  }
  ssm.requests.clear();
  const env = { AWS_ENDPOINT_URL_SSM: ssm.url, AWS_REGION: REGION, AWS_ACCESS_KEY_ID: KEY, AWS_SECRET_ACCESS_KEY: 'local' };
  const inputsOf = (set: string[]): Record<string, string> =>
    setSize === 1 ? { 'parameter-name': set[0] as string } : { parameters: set.map((parameter, j) => `${parameter}=p${j}`).join('\n') };
  const runs = new Map<string, ActionRun>();
  const started = performance.now();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < sets.length) {
      const set = sets[next++] as string[];
      const run = await runAction({ inputs: inputsOf(set), env, entry, timeoutMs: 300_000 });
      for (const parameter of set) runs.set(parameter, run);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  const makespanMs = performance.now() - started;

  const failed: string[] = [];
  const wrongState: string[] = [];
  for (const parameter of names) {
    const run = runs.get(parameter);
    if (run?.exitCode !== 0 || run.outputs.rotated !== 'true') {
      const line = run?.stdout.split('\n').find((text) => text.startsWith('::error::')) ?? `exit ${String(run?.exitCode)}`;
      failed.push(`${parameter}: ${line.slice(0, 400)}`);
    }
    const versions = ssm.store.versions(parameter).map((version) => version.version);
    const current = ssm.store.versionWithLabel(parameter, 'current');
    const previous = ssm.store.versionWithLabel(parameter, 'previous');
    const rotated = run?.outputs.rotated === 'true';
    const expected = rotated ? { versions: '1,2', current: 2, previous: 1 } : { versions: '1', current: 1, previous: undefined };
    if (versions.join(',') !== expected.versions || current !== expected.current || previous !== expected.previous) {
      wrongState.push(`${parameter}: versions ${versions.join(',')}, current -> ${String(current)}, previous -> ${String(previous)}`);
    }
  }

  const calls: Record<string, number> = {};
  const throttled: Record<string, number> = {};
  for (const request of ssm.requests.all().filter((entry) => entry.accessKeyId === KEY)) {
    calls[request.operation] = (calls[request.operation] ?? 0) + 1;
    if (request.error === 'ThrottlingException') throttled[request.operation] = (throttled[request.operation] ?? 0) + 1;
  }
  // The floor: the calls that went through, bucket by bucket, at the bucket's rate; the slowest bucket bounds the fleet.
  let floorMs = 0;
  for (const limit of Object.values(rateLimits)) {
    const served = limit.operations.reduce((sum, operation) => sum + (calls[operation] ?? 0) - (throttled[operation] ?? 0), 0);
    const burst = limit.burst ?? limit.ratePerSecond;
    floorMs = Math.max(floorMs, (Math.max(0, served - burst) / limit.ratePerSecond) * 1000);
  }
  return {
    label,
    rotations: total,
    rotated: sets.filter((set) => runs.get(set[0] as string)?.outputs.rotated === 'true').length,
    failed,
    wrongState,
    calls,
    throttled,
    makespanMs,
    floorMs,
    durations: [...new Set(runs.values())].map((run) => run.durationMs).sort((a, b) => a - b),
  };
}

const sum = (record: Record<string, number>): number => Object.values(record).reduce((a, b) => a + b, 0);
const list = (record: Record<string, number>): string =>
  Object.entries(record)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key} ${value}`)
    .join(', ') || 'none';
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const at = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function report(results: RoundResult[]): string {
  const rows = [
    '| Round | Rotated | Extra version or wrong label | SSM calls | Calls per run | Throttled (retried or given up) | Makespan | Floor from the quotas | Makespan / floor | One run (median, p90, max) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    rows.push(
      `| ${r.label} | ${r.rotated}/${r.rotations} | ${r.wrongState.length} | ${sum(r.calls)} (${list(r.calls)}) | ${(sum(r.calls) / r.rotations).toFixed(1)} | ${sum(r.throttled)} (${list(r.throttled)}) | ${seconds(r.makespanMs)} | ${seconds(r.floorMs)} | ${r.floorMs > 0 ? `${(r.makespanMs / r.floorMs).toFixed(2)}x` : 'n/a'} | ${seconds(at(r.durations, 0.5))}, ${seconds(at(r.durations, 0.9))}, ${seconds(at(r.durations, 1))} |`,
    );
  }
  const notes = results.flatMap((r) => [...r.failed.slice(0, 5), ...r.wrongState.slice(0, 5)].map((line) => `- ${r.label}: ${line}`));
  const quota = Object.entries(rateLimits)
    .map(([bucket, limit]) => `${bucket}: ${limit.operations.join('/')} ${limit.ratePerSecond} TPS`)
    .join('; ');
  return [`Quotas enforced: ${quota}.`, '', ...rows, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}

const scratch = await mkdtemp(join(tmpdir(), 'rotate-deploy-token-fleet-'));
const ssm = await startSsmServer({ rateLimits });
try {
  const distDir = join(scratch, 'dist');
  await cp(join(PROJECT_ROOT, 'dist'), distDir, { recursive: true });
  const entry = join(distDir, 'index.js');
  const results: RoundResult[] = [];
  process.stderr.write(`fleet: ${FLEET_SIZE} rotations at once\n`);
  results.push(await round(ssm, entry, `${FLEET_SIZE} at once`, FLEET_SIZE, FLEET_SIZE));
  process.stderr.write(`fleet: ${FLEET_TOTAL} rotations, ${FLEET_SIZE} at a time\n`);
  results.push(await round(ssm, entry, `${FLEET_TOTAL}, ${FLEET_SIZE} at a time`, FLEET_TOTAL, FLEET_SIZE));
  process.stderr.write(`fleet: ${FLEET_SIZE} sets of ${FLEET_SET} at once\n`);
  results.push(await round(ssm, entry, `${FLEET_SIZE} sets of ${FLEET_SET} at once`, FLEET_SIZE, FLEET_SIZE, FLEET_SET));
  console.log(report(results));
} finally {
  await ssm.close();
  await rm(scratch, { recursive: true, force: true });
}
