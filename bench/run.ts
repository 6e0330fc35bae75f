/**
 * `npm run bench`: how fast the action is, against the floor it cannot beat
 * and the runbook a user would write instead. One run, on the local SSM and
 * Kubernetes servers with no simulated ESO or rollout delay, so what is
 * measured is the action itself. In interleaved rounds (warm-up rounds
 * discarded):
 *
 *   1. a gated rotation by the bundled action, spawned as the runner does;
 *   2. the same rotation as a runbook of aws and kubectl commands;
 *   3. an SSM-only rotation by the action; `node -e 0` with the same node;
 *      the post step after a finished main step (start-up only); and
 *      bench/library-floor.mjs (the libraries every rotation needs, alone).
 *
 * Then: 4. the gate's sync-detection latency, in this process; 5. the HTTP
 * requests of one rotation and 6. peak memory and loaded files, from runs
 * with bench/probe-hook.mjs preloaded; the dist/ sizes and what compiling
 * the Kubernetes chunk costs alone. Prints one report; asserts nothing about
 * time. BENCH_RUNS (default 12) and BENCH_WARMUP (default 2) set the rounds.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exampleObjects } from '../local-servers/kube/fixtures.ts';
import { startKubeServer } from '../local-servers/kube/server.ts';
import type { KubeServer } from '../local-servers/kube/server.ts';
import { secretFingerprintsAnnotation } from '../local-servers/kube/workload-controller.ts';
import { PROJECT_ROOT, runAction } from '../local-servers/runner/run-action.ts';
import type { ActionRun } from '../local-servers/runner/run-action.ts';
import { startSsmServer } from '../local-servers/ssm/server.ts';
import type { SsmServer } from '../local-servers/ssm/server.ts';
import { FINISHED_STATE_KEY, POST_STATE_KEY } from '../src/progress.ts';
import { fingerprint } from '../src/token.ts';
import { summarise, timeProcess } from './measure.ts';
import { logsSettled, probeEnv, probeRuns, readProbe } from './probe.ts';
import { report } from './report.ts';
import type { DistFiles } from './report.ts';
import { runRunbook } from './runbook.ts';
import type { RunbookTarget } from './runbook.ts';
import { stepDurations } from './step-durations.ts';
import { measureSyncLatency } from './sync-latency.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 12);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const PROBE_RUNS = 3;
const REGION = 'us-east-1';
/** Each SSM client its own access key, so the SSM log tells the action from the runbook and ESO. */
const ACTION_KEY = 'AKIDBENCHACTION';
const RUNBOOK_KEY = 'AKIDBENCHRUNBOOK';
const ESO_KEY = 'AKIDBENCHESO';
const SECRET_KEY = 'local';
/** client-node's user agent string: in its code and nowhere else, so it marks the chunk that holds it. */
const KUBE_CLIENT_MARK = 'kubernetes-client-javascript';

/** One namespace and parameter per contender: nothing is shared between them. */
const GATED = { namespace: 'bench-action', parameter: '/rotate-deploy-token/bench/gated' };
const RUNBOOK = { namespace: 'bench-runbook', parameter: '/rotate-deploy-token/bench/runbook' };
const LATENCY = { namespace: 'bench-latency', parameter: '/rotate-deploy-token/bench/latency' };
const SSM_ONLY = { parameter: '/rotate-deploy-token/bench/ssm-only' };
const EXTERNAL_SECRET = 'deploy-token';
const DEPLOYMENT = 'api';

const PATH_ONLY = { PATH: process.env.PATH ?? '' };
const progress = (text: string): void => void process.stderr.write(`${text}\n`);

interface Bench {
  readonly ssm: SsmServer;
  readonly kube: KubeServer;
  readonly scratch: string;
  /** The copy of dist/ every run loads, taken once: a rebuild during the bench cannot mix two builds. */
  readonly distDir: string;
  readonly entry: string;
  readonly librariesEntry: string;
  readonly actionEnv: Readonly<Record<string, string>>;
  readonly gatedInputs: Readonly<Record<string, string>>;
  readonly ssmOnlyInputs: Readonly<Record<string, string>>;
  readonly runbook: RunbookTarget;
}

async function prepare(ssm: SsmServer, kube: KubeServer, scratch: string): Promise<Bench> {
  for (const { namespace, parameter } of [GATED, RUNBOOK, LATENCY]) {
    ssm.store.seed({ Name: parameter, Value: `seed-${namespace}-${'x'.repeat(32)}`, Type: 'SecureString', Labels: ['current'] });
    kube.store.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
    for (const object of exampleObjects({ namespace, parameterName: parameter, externalSecretName: EXTERNAL_SECRET, workloadName: DEPLOYMENT })) {
      kube.store.apply(object);
    }
    await kube.workloads.whenSettled('Deployment', namespace, DEPLOYMENT, 10_000);
  }
  ssm.store.seed({ Name: SSM_ONLY.parameter, Value: `seed-ssm-only-${'x'.repeat(32)}`, Type: 'SecureString', Labels: ['current'] });

  const distDir = join(scratch, 'dist');
  await cp(join(PROJECT_ROOT, 'dist'), distDir, { recursive: true });

  progress('bundling bench/library-floor.mjs');
  const libraries = join(scratch, 'library-floor');
  const bundled = await timeProcess(
    join(PROJECT_ROOT, 'node_modules', '.bin', 'ncc'),
    ['build', join(PROJECT_ROOT, 'bench', 'library-floor.mjs'), '-o', libraries, '--quiet'],
    { env: { ...PATH_ONLY, HOME: scratch }, cwd: PROJECT_ROOT, timeoutMs: 120_000 },
  );
  if (bundled.exitCode !== 0) throw new Error(`ncc could not bundle bench/library-floor.mjs: ${bundled.stderr}`);

  const kubeconfigPath = join(scratch, 'kubeconfig');
  await kube.writeKubeconfig(kubeconfigPath);
  return {
    ssm,
    kube,
    scratch,
    distDir,
    entry: join(distDir, 'index.js'),
    librariesEntry: join(libraries, 'index.mjs'),
    actionEnv: { AWS_ENDPOINT_URL_SSM: ssm.url, AWS_REGION: REGION, AWS_ACCESS_KEY_ID: ACTION_KEY, AWS_SECRET_ACCESS_KEY: SECRET_KEY },
    gatedInputs: {
      'parameter-name': GATED.parameter,
      'external-secrets': EXTERNAL_SECRET,
      'verify-secret-key': 'token',
      restart: `deployment/${DEPLOYMENT}`,
      namespace: GATED.namespace,
      kubeconfig: await readFile(kubeconfigPath, 'utf8'),
      'sync-timeout': '30s',
      'rollout-timeout': '1m',
    },
    ssmOnlyInputs: { 'parameter-name': SSM_ONLY.parameter },
    runbook: {
      ssmEndpoint: ssm.url,
      region: REGION,
      parameterName: RUNBOOK.parameter,
      kubeconfigPath,
      namespace: RUNBOOK.namespace,
      externalSecret: EXTERNAL_SECRET,
      deployment: DEPLOYMENT,
      // A scratch HOME: no ~/.aws or ~/.kube of the machine's user is read or written.
      env: {
        ...PATH_ONLY,
        HOME: join(scratch, 'home'),
        AWS_ACCESS_KEY_ID: RUNBOOK_KEY,
        AWS_SECRET_ACCESS_KEY: SECRET_KEY,
        AWS_DEFAULT_REGION: REGION,
        AWS_PAGER: '',
      },
    },
  };
}

function expectRotated(run: ActionRun, what: string): void {
  if (run.exitCode !== 0 || run.outputs.rotated !== 'true') throw new Error(`${what} failed (exit ${run.exitCode}):\n${run.stdout}\n${run.stderr}`);
}

/** Whether the target Secret and every pod of the Deployment hold the token with this fingerprint. */
function clusterRuns(kube: KubeServer, namespace: string, expected: string): boolean {
  const secret = kube.store.get('secrets', namespace, EXTERNAL_SECRET) as { data?: Record<string, string> } | undefined;
  const inSecret = secret?.data?.token ? fingerprint(Buffer.from(secret.data.token, 'base64').toString('utf8')) : '';
  const pods = kube.store.list('pods', namespace).filter((pod) => pod.metadata.labels?.app === DEPLOYMENT);
  return inSecret === expected && pods.length > 0 && pods.every((pod) => (pod.metadata.annotations?.[secretFingerprintsAnnotation] ?? '').includes(expected));
}

const append = (series: Map<string, number[]>, name: string, value: number): void => void series.set(name, [...(series.get(name) ?? []), value]);

/** 1-3: the interleaved rounds. */
async function measureRounds(b: Bench) {
  const times = {
    gated: [] as number[],
    runbook: [] as number[],
    ssmOnly: [] as number[],
    floor: [] as number[],
    post: [] as number[],
    libraries: [] as number[],
  };
  const gatedSteps = new Map<string, number[]>();
  const runbookSteps = new Map<string, number[]>();
  const onNewToken = { gated: 0, runbook: 0 };
  for (let round = 0; round < WARMUP + RUNS; round++) {
    const measured = round >= WARMUP;
    progress(`round ${round + 1}/${WARMUP + RUNS}${measured ? '' : ' (warm-up)'}`);

    const gated = await runAction({ inputs: b.gatedInputs, env: b.actionEnv, entry: b.entry });
    expectRotated(gated, 'gated rotation');
    const gatedOk = clusterRuns(b.kube, GATED.namespace, gated.outputs.fingerprint ?? '');
    await b.kube.workloads.whenSettled('Deployment', GATED.namespace, DEPLOYMENT, 10_000);

    const byHand = await runRunbook(b.runbook, `bench-${round}`);
    await b.kube.workloads.whenSettled('Deployment', RUNBOOK.namespace, DEPLOYMENT, 10_000);
    const runbookOk = clusterRuns(b.kube, RUNBOOK.namespace, fingerprint(byHand.token));

    const ssmOnly = await runAction({ inputs: b.ssmOnlyInputs, env: b.actionEnv, entry: b.entry });
    expectRotated(ssmOnly, 'SSM-only rotation');

    const floor = await timeProcess(process.execPath, ['-e', '0'], { env: PATH_ONLY });
    if (floor.exitCode !== 0) throw new Error(`node -e 0 exited ${floor.exitCode}`);

    // The post step after a main step that reached its end: load the bundle, log one line, exit.
    const post = await runAction({
      inputs: b.ssmOnlyInputs,
      env: b.actionEnv,
      entry: b.entry,
      state: { [POST_STATE_KEY]: 'true', [FINISHED_STATE_KEY]: 'true' },
    });
    if (post.exitCode !== 0 || !post.stdout.includes('nothing to recover'))
      throw new Error(`post step failed (exit ${post.exitCode}):\n${post.stdout}\n${post.stderr}`);

    const libraries = await timeProcess(process.execPath, [b.librariesEntry], { env: PATH_ONLY });
    if (libraries.exitCode !== 0) throw new Error(`the library floor exited ${libraries.exitCode}: ${libraries.stderr}`);

    if (!measured) continue;
    times.gated.push(gated.durationMs);
    times.runbook.push(byHand.durationMs);
    times.ssmOnly.push(ssmOnly.durationMs);
    times.floor.push(floor.durationMs);
    times.post.push(post.durationMs);
    times.libraries.push(libraries.durationMs);
    if (gatedOk) onNewToken.gated++;
    if (runbookOk) onNewToken.runbook++;
    for (const [step, ms] of stepDurations(gated.stdout, gated.durationMs)) append(gatedSteps, step, ms);
    for (const step of byHand.steps) append(runbookSteps, step.name, step.durationMs);
  }
  const perStep = (series: Map<string, number[]>) => [...series].map(([name, values]) => ({ name, series: summarise(values) }));
  return {
    times: {
      gated: summarise(times.gated),
      runbook: summarise(times.runbook),
      ssmOnly: summarise(times.ssmOnly),
      floor: summarise(times.floor),
      post: summarise(times.post),
      libraries: summarise(times.libraries),
    },
    onNewToken,
    gatedSteps: perStep(gatedSteps),
    runbookSteps: perStep(runbookSteps),
  };
}

/** 5 and 6: requests, peak memory and loaded files, from runs with the probe preloaded. */
async function measureProbes(b: Bench) {
  const outFile = (name: string): string => join(b.scratch, `probe-${name}.json`);
  const common = { ssm: b.ssm, kube: b.kube, actionAccessKey: ACTION_KEY, distDir: b.distDir, runs: PROBE_RUNS };
  const gated = await probeRuns(() => runAction({ inputs: b.gatedInputs, env: { ...b.actionEnv, ...probeEnv(outFile('gated')) }, entry: b.entry }), {
    ...common,
    outFile: outFile('gated'),
    between: () => b.kube.workloads.whenSettled('Deployment', GATED.namespace, DEPLOYMENT, 10_000),
  });
  const ssmOnly = await probeRuns(() => runAction({ inputs: b.ssmOnlyInputs, env: { ...b.actionEnv, ...probeEnv(outFile('ssm-only')) }, entry: b.entry }), {
    ...common,
    outFile: outFile('ssm-only'),
  });
  const floorRss: number[] = [];
  for (let i = 0; i < PROBE_RUNS; i++) {
    const run = await timeProcess(process.execPath, ['-e', '0'], { env: { ...PATH_ONLY, ...probeEnv(outFile('floor')) } });
    if (run.exitCode !== 0) throw new Error(`node -e 0 with the probe exited ${run.exitCode}: ${run.stderr}`);
    floorRss.push((await readProbe(outFile('floor'))).maxRssKb);
  }
  // The runbook's requests, for comparison (kubectl's discovery cache is warm by now, as on a second run).
  b.ssm.requests.clear();
  b.kube.requests.clear();
  const runbookStarted = Date.now();
  await runRunbook(b.runbook, 'bench-probe');
  await logsSettled(b.ssm, b.kube);
  await b.kube.workloads.whenSettled('Deployment', RUNBOOK.namespace, DEPLOYMENT, 10_000);
  const runbookRequests = {
    ssm: b.ssm.requests.all().filter((request) => request.accessKeyId === RUNBOOK_KEY).length,
    kube: b.kube.requests.list().filter((request) => request.userAgent.startsWith('kubectl') && Date.parse(request.time) >= runbookStarted).length,
  };
  return { gated, ssmOnly, floorRssKb: summarise(floorRss).median, runbookRequests };
}

/** The sizes of dist/: the main bundle, the chunk holding client-node (found by what the runs loaded), the rest. */
async function distFiles(dir: string, loaded: readonly string[]): Promise<DistFiles> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.js')).sort();
  const holdsKubeClient = async (name: string): Promise<boolean> => (await readFile(join(dir, name), 'utf8')).includes(KUBE_CLIENT_MARK);
  let kubeChunk: string | undefined;
  let kubeChunkBytes = 0;
  const otherChunks: { name: string; bytes: number }[] = [];
  for (const name of names.filter((n) => n !== 'index.js' && loaded.includes(n))) {
    const bytes = (await stat(join(dir, name))).size;
    if (kubeChunk === undefined && (await holdsKubeClient(name))) [kubeChunk, kubeChunkBytes] = [name, bytes];
    else otherChunks.push({ name, bytes });
  }
  return {
    mainBytes: (await stat(join(dir, 'index.js'))).size,
    kubeChunk,
    kubeChunkBytes,
    otherChunks,
    unused: names.filter((name) => name !== 'index.js' && !loaded.includes(name)),
    mainHasKubeClient: await holdsKubeClient('index.js'),
    allBytes: (await Promise.all((await readdir(dir)).map(async (name) => (await stat(join(dir, name))).size))).reduce((a, b) => a + b, 0),
  };
}

/**
 * What the Kubernetes chunk costs by itself: a fresh node that imports the
 * file (read and compile; its modules are not run), minus a fresh node that
 * imports nothing, interleaved.
 */
async function measureChunkCompile(file: string): Promise<number[]> {
  const costs: number[] = [];
  const importIt = `await import(${JSON.stringify(pathToFileURL(file).href)});`;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const load = await timeProcess(process.execPath, ['--input-type=module', '-e', importIt], { env: PATH_ONLY });
    const floor = await timeProcess(process.execPath, ['--input-type=module', '-e', 'await 0;'], { env: PATH_ONLY });
    if (load.exitCode !== 0) throw new Error(`importing ${file} failed: ${load.stderr}`);
    if (i >= WARMUP) costs.push(load.durationMs - floor.durationMs);
  }
  return costs;
}

async function main(b: Bench): Promise<void> {
  const rounds = await measureRounds(b);

  progress('sync-detection latency');
  const latency = await measureSyncLatency(b.kube, { namespace: LATENCY.namespace, name: EXTERNAL_SECRET }, { runs: Math.max(RUNS, 10), warmup: WARMUP });

  progress('requests, memory, loaded files');
  const probes = await measureProbes(b);
  const dist = await distFiles(b.distDir, [...probes.gated.loaded, ...probes.ssmOnly.loaded]);

  progress('Kubernetes chunk compile');
  const chunkCompile = dist.kubeChunk === undefined ? [] : await measureChunkCompile(join(b.distDir, dist.kubeChunk));

  console.log(
    report({
      rounds: RUNS,
      warmup: WARMUP,
      ...rounds,
      chunkCompile: summarise(chunkCompile),
      latency: summarise(latency.map((sample) => sample.latencyMs)),
      latencyGate: summarise(latency.map((sample) => sample.gateMs)),
      dist,
      ...probes,
    }),
  );
}

if (process.argv.includes('--fleet')) {
  // The fleet benchmark is its own program (bench/fleet.ts).
  await import('./fleet.ts');
  process.exit(0);
}
if (process.argv.includes('--auto')) {
  // What auto costs as unrelated objects pile up (bench/auto-discovery.ts).
  await import('./auto-discovery.ts');
  process.exit(0);
}
if (!existsSync(join(PROJECT_ROOT, 'dist', 'index.js'))) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
const scratch = await mkdtemp(join(tmpdir(), 'rotate-deploy-token-bench-'));
const ssm = await startSsmServer();
const kube = await startKubeServer({
  ssm: { endpoint: ssm.url, region: REGION, credentials: { accessKeyId: ESO_KEY, secretAccessKey: SECRET_KEY } },
  eso: { syncDelayMs: 0 },
  workloads: { msPerReplica: 1 },
});
try {
  await main(await prepare(ssm, kube, scratch));
} finally {
  await kube.close();
  await ssm.close();
  await rm(scratch, { recursive: true, force: true });
}
