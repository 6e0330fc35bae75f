/**
 * `node bench/profile.ts [--gated]`: where one run's time goes. Builds dist/
 * again with source maps into a scratch directory, runs an SSM-only rotation
 * (or, with --gated, a gated one) as the runner does with `node --cpu-prof`,
 * and sums the profile's self time by what the code is: the package a
 * bundled function came from (through the source map), Node's own modules,
 * compiling and garbage collection, and idle time (waiting on the network
 * or timers). Prints a table; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exampleObjects } from '../local-servers/kube/fixtures.ts';
import { startKubeServer } from '../local-servers/kube/server.ts';
import { PROJECT_ROOT, runAction } from '../local-servers/runner/run-action.ts';
import { startSsmServer } from '../local-servers/ssm/server.ts';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

const gated = process.argv.includes('--gated');
const RUNS = Number(process.env.PROFILE_RUNS ?? 5);
const scratch = await mkdtemp(join(tmpdir(), 'rotate-deploy-token-profile-'));
const distDir = join(scratch, 'dist');
execFileSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'ncc'), ['build', 'src/index.ts', '-o', distDir, '-s', '--quiet'], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
});

const maps = new Map<string, SourceMap>();
for (const name of (await readdir(distDir)).filter((file) => file.endsWith('.js.map'))) {
  maps.set(
    pathToFileURL(join(distDir, name.replace(/\.map$/, ''))).href,
    new SourceMap(JSON.parse(await readFile(join(distDir, name), 'utf8')) as SourceMapPayload),
  );
}

/** What a profiled function is, for the table. */
function bucketOf(frame: ProfileNode['callFrame']): string {
  if (frame.url === '') {
    if (frame.functionName === '(idle)') return '(idle: waiting for network, timers, the child to exit)';
    if (frame.functionName === '(garbage collector)') return '(garbage collector)';
    if (frame.functionName === '(program)') return '(program: V8 compiling and running outside JS functions)';
    return `(native) ${frame.functionName || 'anonymous'}`;
  }
  if (frame.url.startsWith('node:internal/')) return `node: ${frame.url.slice(5).split('/').slice(0, 3).join('/')}`;
  if (frame.url.startsWith('node:')) return `node: ${frame.url.slice(5)}`;
  const map = maps.get(frame.url);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string } | undefined;
  const source = entry?.originalSource ?? frame.url;
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inModules) return inModules[1] ?? source;
  if (source.includes('build/client-node.cjs')) return '@kubernetes/client-node (pre-bundled with its dependencies)';
  if (source.includes('build/client-ssm/')) return '@aws-sdk/client-ssm (pre-bundled with its dependencies)';
  if (source.includes('build/actions-core/')) return '@actions/core (pre-bundled)';
  if (source.includes('/src/')) return 'the action (src/)';
  return source.replace(/^.*\/dist\//, 'dist/');
}

const totals = new Map<string, number>();
let wall = 0;
const ssm = await startSsmServer();
const kube = gated ? await startKubeServer({ ssm: { endpoint: ssm.url }, eso: { syncDelayMs: 0 }, workloads: { msPerReplica: 1 } }) : undefined;
try {
  const parameter = '/rotate-deploy-token/profile/token';
  ssm.store.seed({ Name: parameter, Value: `seed-${'x'.repeat(40)}`, Type: 'SecureString', Labels: ['current'] });
  const inputs: Record<string, string> = { 'parameter-name': parameter };
  if (kube) {
    for (const object of exampleObjects({ namespace: 'default', parameterName: parameter, externalSecretName: 'deploy-token', workloadName: 'api' }))
      kube.store.apply(object);
    await kube.workloads.whenSettled('Deployment', 'default', 'api', 10_000);
    const kubeconfig = join(scratch, 'kubeconfig');
    await kube.writeKubeconfig(kubeconfig);
    Object.assign(inputs, {
      'external-secrets': 'deploy-token',
      'verify-secret-key': 'token',
      restart: 'deployment/api',
      kubeconfig: await readFile(kubeconfig, 'utf8'),
    });
  }
  for (let run = 0; run < RUNS; run++) {
    const profileDir = join(scratch, `profile-${run}`);
    const done = await runAction({
      inputs,
      entry: join(distDir, 'index.js'),
      env: {
        AWS_ENDPOINT_URL_SSM: ssm.url,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'AKIDPROFILE',
        AWS_SECRET_ACCESS_KEY: 'local',
        NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}`,
      },
    });
    if (done.exitCode !== 0) throw new Error(`the profiled run failed: ${done.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? done.stderr}`);
    const [file] = await readdir(profileDir);
    const profile = JSON.parse(await readFile(join(profileDir, file ?? ''), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const node = byId.get(id);
      if (!node) return;
      const bucket = bucketOf(node.callFrame);
      totals.set(bucket, (totals.get(bucket) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000 / RUNS);
    });
    wall += (profile.endTime - profile.startTime) / 1000 / RUNS;
  }
} finally {
  await kube?.close();
  await ssm.close();
}

const rows = [...totals.entries()].sort(([, a], [, b]) => b - a);
const lines = [
  `${gated ? 'Gated' : 'SSM-only'} rotation, self time by origin, mean of ${RUNS} profiled runs (node --cpu-prof; profiling adds overhead): ${wall.toFixed(0)} ms profiled per run`,
  '',
  '| Where | ms per run | Share |',
  '| --- | --- | --- |',
  ...rows.filter(([, ms]) => ms >= 0.5).map(([bucket, ms]) => `| ${bucket} | ${ms.toFixed(1)} | ${((ms / wall) * 100).toFixed(0)}% |`),
];
console.log(lines.join('\n'));
await writeFile(join(scratch, 'report.md'), lines.join('\n'));
await rm(scratch, { recursive: true, force: true });
