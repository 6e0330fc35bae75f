/**
 * The benchmark's output: one table with every figure and the three targets,
 * then where the gated action's and the runbook's time goes, then every
 * request of one rotation with the reason it is made.
 */
import type { Series } from './measure.ts';
import type { CallRange, ProbeResult } from './probe.ts';

export const TARGETS = { runbookRatio: 5, floorRatio: 3, syncLatencyMs: 50, gatedLoadMb: 3, distMb: 5, ssmRequests: 5 } as const;

export interface DistFiles {
  readonly mainBytes: number;
  /** The chunk that holds @kubernetes/client-node. */
  readonly kubeChunk: string | undefined;
  readonly kubeChunkBytes: number;
  /** Other chunks the runs loaded. */
  readonly otherChunks: readonly { readonly name: string; readonly bytes: number }[];
  /** .js files no run loaded (left by an older build). */
  readonly unused: readonly string[];
  /** Whether the main bundle itself holds client-node (it must not). */
  readonly mainHasKubeClient: boolean;
  /** Every file in dist/ (licenses.txt and package.json included). */
  readonly allBytes: number;
}

export interface Figures {
  readonly rounds: number;
  readonly warmup: number;
  readonly times: {
    readonly gated: Series;
    readonly runbook: Series;
    readonly ssmOnly: Series;
    readonly floor: Series;
    readonly post: Series;
    readonly libraries: Series;
  };
  /** Runs that ended with the Secret and every pod on the new token. */
  readonly onNewToken: { readonly gated: number; readonly runbook: number };
  readonly gatedSteps: readonly { readonly name: string; readonly series: Series }[];
  readonly runbookSteps: readonly { readonly name: string; readonly series: Series }[];
  /** Reading and compiling the Kubernetes chunk in a fresh node, over that node's own start. */
  readonly chunkCompile: Series;
  readonly latency: Series;
  readonly latencyGate: Series;
  readonly dist: DistFiles;
  readonly gated: ProbeResult;
  readonly ssmOnly: ProbeResult;
  readonly floorRssKb: number;
  /** The runbook's requests: SSM calls and kubectl's API calls. */
  readonly runbookRequests: { readonly ssm: number; readonly kube: number };
}

const ms = (value: number): string => `${Math.round(value)} ms`;
const spread = (series: Series): string => `${ms(series.median)} (min ${Math.round(series.min)}, p90 ${Math.round(series.p90)}, max ${Math.round(series.max)})`;
const mb = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} kB`);
const rss = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');
const between = ({ min, max }: CallRange): string => (min === max ? String(min) : `${min}-${max}`);

/** The most SSM requests one rotation of the probe runs made. */
export function ssmRequestsAtMost(probe: Pick<ProbeResult, 'range'>): number {
  return [...probe.range].filter(([call]) => call.startsWith('SSM ')).reduce((n, [, r]) => n + r.max, 0);
}

/** "16: SSM 5 (GetParameterHistory 1, ...); Kubernetes 11 (...)" over the probe runs. */
function requestFigure(probe: ProbeResult): string {
  const part = (api: string): string => {
    const calls = [...probe.range].filter(([call]) => call.startsWith(`${api} `));
    if (calls.length === 0) return `${api} 0`;
    const sum = { min: calls.reduce((n, [, r]) => n + r.min, 0), max: calls.reduce((n, [, r]) => n + r.max, 0) };
    return `${api} ${between(sum)} (${calls.map(([call, r]) => `${call.slice(api.length + 1)} ${between(r)}`).join(', ')})`;
  };
  return `${between(probe.totals)}: ${part('SSM')}; ${part('Kubernetes')}`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function report(f: Figures): string {
  const { gated, runbook, ssmOnly, floor, post, libraries } = f.times;
  const runbookRatio = runbook.median / gated.median;
  const floorRatio = ssmOnly.median / floor.median;
  const overFloor = (series: Series): string => `${(series.median / floor.median).toFixed(1)}x floor`;
  const kubeChunkLoaded = (probe: ProbeResult): boolean => f.dist.kubeChunk !== undefined && probe.loaded.includes(f.dist.kubeChunk);
  // Proven only when the same check sees the chunk in a gated run.
  const lazyProven = !f.dist.mainHasKubeClient && kubeChunkLoaded(f.gated) && !kubeChunkLoaded(f.ssmOnly);
  const gatedLoadBytes = f.dist.mainBytes + f.dist.kubeChunkBytes + f.dist.otherChunks.reduce((sum, chunk) => sum + chunk.bytes, 0);

  const figures: string[][] = [
    ['1', 'Gated rotation, bundled action', spread(gated), '', ''],
    ['2', 'Gated rotation, aws + kubectl runbook', spread(runbook), '', ''],
    ['1:2', 'Runbook / action (medians)', `${runbookRatio.toFixed(1)}x`, `>= ${TARGETS.runbookRatio}x`, verdict(runbookRatio >= TARGETS.runbookRatio)],
    [
      '1, 2',
      'Runs ending with the Secret and every pod on the new token',
      `action ${f.onNewToken.gated}/${gated.count}, runbook ${f.onNewToken.runbook}/${runbook.count}`,
      '',
      '',
    ],
    ['3', 'SSM-only rotation, bundled action', spread(ssmOnly), '', ''],
    ['3', 'Floor: `node -e 0`, same node binary', spread(floor), '', ''],
    ['3:floor', 'SSM-only action / floor (medians)', `${floorRatio.toFixed(1)}x`, `<= ${TARGETS.floorRatio}x`, verdict(floorRatio <= TARGETS.floorRatio)],
    ['3', 'Post step after a finished main step (start-up only, no request)', `${spread(post)}; ${overFloor(post)}`, '', ''],
    ['3', 'Libraries alone: @actions/core + @aws-sdk/client-ssm, bundled, loaded, client built', `${spread(libraries)}; ${overFloor(libraries)}`, '', ''],
    [
      '4',
      'Sync-detection latency (ESO writes the status -> the gate sees it)',
      spread(f.latency),
      `median < ${TARGETS.syncLatencyMs} ms`,
      verdict(f.latency.median < TARGETS.syncLatencyMs),
    ],
    ['4', 'Whole gate in-process (force-sync + wait)', spread(f.latencyGate), '', ''],
    ['5', 'HTTP requests, gated rotation', requestFigure(f.gated), '', ''],
    ['5', 'HTTP requests, SSM-only rotation', requestFigure(f.ssmOnly), '', ''],
    [
      '5:ssm',
      'SSM requests per successful rotation without drift (gated, SSM-only)',
      `${ssmRequestsAtMost(f.gated)}, ${ssmRequestsAtMost(f.ssmOnly)}`,
      `<= ${TARGETS.ssmRequests}`,
      verdict(Math.max(ssmRequestsAtMost(f.gated), ssmRequestsAtMost(f.ssmOnly)) <= TARGETS.ssmRequests),
    ],
    [
      '5',
      'HTTP requests, the runbook (for comparison)',
      `${f.runbookRequests.ssm + f.runbookRequests.kube}: SSM ${f.runbookRequests.ssm}; Kubernetes ${f.runbookRequests.kube} (kubectl)`,
      '',
      '',
    ],
    ['6', 'dist/index.js (main bundle)', mb(f.dist.mainBytes), '', ''],
    [
      '6',
      `dist/${f.dist.kubeChunk ?? '?'} (Kubernetes client chunk)`,
      `${mb(f.dist.kubeChunkBytes)}; reading + compiling it alone: ${ms(f.chunkCompile.median)}`,
      '',
      '',
    ],
    ...f.dist.otherChunks.map((chunk) => ['6', `dist/${chunk.name} (another chunk a gated run loads)`, mb(chunk.bytes), '', '']),
    [
      '6',
      'dist/ a gated run loads (main bundle and every chunk it loaded)',
      mb(gatedLoadBytes),
      `< ${TARGETS.gatedLoadMb} MB`,
      verdict(gatedLoadBytes < TARGETS.gatedLoadMb * 1024 * 1024),
    ],
    ['6', 'All of dist/', mb(f.dist.allBytes), `< ${TARGETS.distMb} MB`, verdict(f.dist.allBytes < TARGETS.distMb * 1024 * 1024)],
    ...(f.dist.unused.length > 0
      ? [
          [
            '6',
            'dist/ chunks neither run loads (read only when called: AWS credential sources after the environment, getIDToken, platform details; or left by an older build)',
            f.dist.unused.join(', '),
            '',
            '',
          ],
        ]
      : []),
    ['6', 'Peak RSS, gated rotation', rss(f.gated.maxRssKb), '', ''],
    ['6', 'Peak RSS, SSM-only rotation', rss(f.ssmOnly.maxRssKb), '', ''],
    ['6', 'Peak RSS, `node -e 0`', rss(f.floorRssKb), '', ''],
    [
      '6',
      'Kubernetes client loaded by an SSM-only run',
      `${kubeChunkLoaded(f.ssmOnly) ? 'yes' : 'no'}: it loads ${f.ssmOnly.loaded.join(', ') || 'nothing'}; a gated run loads ${f.gated.loaded.join(', ') || 'nothing'}`,
      'no',
      verdict(lazyProven),
    ],
  ];

  const requests = (probe: ProbeResult): string =>
    table(
      ['API', 'Call', 'Count', 'Why'],
      [...probe.ssm, ...probe.kube].map((entry) => [entry.api, entry.call, String(entry.count), entry.why]),
    );

  return [
    `rotate-deploy-token benchmark: ${f.rounds} measured rounds after ${f.warmup} warm-up, node ${process.version}`,
    '',
    table(['#', 'Figure', 'Value', 'Target', 'Result'], figures),
    '',
    'The gated action, step by step (median of each, from its marker lines):',
    '',
    table(
      ['Step', 'Median'],
      f.gatedSteps.map(({ name, series }) => [name, ms(series.median)]),
    ),
    '',
    'The runbook, command by command (median of each):',
    '',
    table(
      ['Command', 'Median'],
      f.runbookSteps.map(({ name, series }) => [`\`${name}\``, ms(series.median)]),
    ),
    '',
    'Requests of one gated rotation (each API in the order its log has them):',
    '',
    requests(f.gated),
    '',
    'Requests of one SSM-only rotation:',
    '',
    requests(f.ssmOnly),
    '',
  ].join('\n');
}
