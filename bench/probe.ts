/**
 * Single action runs with bench/probe-hook.mjs preloaded (NODE_OPTIONS): the
 * process's peak RSS, the dist/ files it loaded, and the HTTP requests it
 * made, read from the local servers' request logs.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { KubeServer } from '../local-servers/kube/server.ts';
import { PROJECT_ROOT } from '../local-servers/runner/run-action.ts';
import type { ActionRun } from '../local-servers/runner/run-action.ts';
import type { SsmServer } from '../local-servers/ssm/server.ts';
import { summarise } from './measure.ts';
import { countsOf, explainKubeRequests, explainSsmRequests } from './requests.ts';
import type { RequestGroup } from './requests.ts';

export interface ProbeReading {
  /** Peak resident set size of the process, from process.resourceUsage() at exit. */
  readonly maxRssKb: number;
  /** Every file: URL the module loader loaded. */
  readonly loaded: readonly string[];
}

/** Environment that preloads the probe; it writes its reading to `outFile`. */
export const probeEnv = (outFile: string): Record<string, string> => ({
  NODE_OPTIONS: `--import=${pathToFileURL(join(PROJECT_ROOT, 'bench', 'probe-hook.mjs')).href}`,
  BENCH_PROBE_OUT: outFile,
});

export async function readProbe(outFile: string): Promise<ProbeReading> {
  return JSON.parse(await readFile(outFile, 'utf8')) as ProbeReading;
}

export interface CallRange {
  readonly min: number;
  readonly max: number;
}

export interface ProbeResult {
  /** Median over the runs. */
  readonly maxRssKb: number;
  /** dist/ files the first run loaded, by file name. */
  readonly loaded: readonly string[];
  /** The requests of the first run, in the order each API's log has them. */
  readonly ssm: readonly RequestGroup[];
  readonly kube: readonly RequestGroup[];
  /** Per `API call`, the fewest and most times it was made over the runs (timing decides, e.g., whether a watch is needed). */
  readonly range: ReadonlyMap<string, CallRange>;
  readonly totals: CallRange;
}

export interface ProbeOptions {
  readonly ssm: SsmServer;
  readonly kube: KubeServer;
  /** The action's access key: ESO and the runbook read and write SSM with their own. */
  readonly actionAccessKey: string;
  /** The dist/ directory the runs load, to name the files they loaded. */
  readonly distDir: string;
  readonly outFile: string;
  readonly runs: number;
  /** Whatever the world needs between runs (a rollout to settle). */
  readonly between?: () => Promise<void>;
}

/** Runs `run` (which must pass probeEnv(outFile) to the action) `runs` times with clean request logs. */
export async function probeRuns(run: () => Promise<ActionRun>, options: ProbeOptions): Promise<ProbeResult> {
  const { ssm, kube } = options;
  const distUrl = pathToFileURL(options.distDir).href;
  const rss: number[] = [];
  const seen: { loaded: string[]; ssm: RequestGroup[]; kube: RequestGroup[] }[] = [];
  for (let i = 0; i < options.runs; i++) {
    ssm.requests.clear();
    kube.requests.clear();
    const started = Date.now();
    const result = await run();
    if (result.exitCode !== 0 || result.outputs.rotated !== 'true') {
      throw new Error(`probe run failed (exit ${result.exitCode}):\n${result.stdout}\n${result.stderr}`);
    }
    await logsSettled(ssm, kube);
    const probe = await readProbe(options.outFile);
    rss.push(probe.maxRssKb);
    seen.push({
      loaded: probe.loaded.filter((url) => url.startsWith(`${distUrl}/`)).map((url) => url.slice(distUrl.length + 1)),
      ssm: explainSsmRequests(ssm.requests.all().filter((request) => request.accessKeyId === options.actionAccessKey)),
      // Only the action calls the API server during a probe run (the controllers run in-process).
      // A watch is logged when it closes, so one from the run before can land after clear(): keep
      // the requests that started during this run, in the order they started.
      kube: explainKubeRequests(
        kube.requests
          .list()
          .filter((request) => Date.parse(request.time) >= started)
          .sort((a, b) => Date.parse(a.time) - Date.parse(b.time)),
      ),
    });
    await options.between?.();
  }
  const counts = seen.map((entry) => ({ ...prefixed('SSM', countsOf(entry.ssm)), ...prefixed('Kubernetes', countsOf(entry.kube)) }));
  const range = new Map<string, CallRange>();
  for (const call of new Set(counts.flatMap((entry) => Object.keys(entry)))) {
    const values = counts.map((entry) => entry[call] ?? 0);
    range.set(call, { min: Math.min(...values), max: Math.max(...values) });
  }
  const totals = counts.map((entry) => Object.values(entry).reduce((sum, n) => sum + n, 0));
  const first = seen[0] ?? { loaded: [], ssm: [], kube: [] };
  return {
    maxRssKb: summarise(rss).median,
    loaded: first.loaded,
    ssm: first.ssm,
    kube: first.kube,
    range,
    totals: { min: Math.min(...totals), max: Math.max(...totals) },
  };
}

const prefixed = (api: string, counts: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(counts).map(([call, count]) => [`${api} ${call}`, count]));

/** Waits until the request logs stop growing: a watch is logged when its connection closes. */
export async function logsSettled(ssm: SsmServer, kube: KubeServer): Promise<void> {
  const size = (): number => ssm.requests.count() + kube.requests.count();
  let last = -1;
  for (let waited = 0; waited < 2_000 && size() !== last; waited += 100) {
    last = size();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
