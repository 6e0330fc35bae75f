/**
 * Where one action run's time went, from the durations its marker lines
 * report (`WROTE /x sha256:... version 4 (previous 3) (5 ms)`, or `(1.2 s)`,
 * as src/journal.ts formats them).
 */

const MARKED_LINE = /^(PLAN|MINTED|WROTE|LABELED|SYNCED|VERIFIED|RESTARTED|ROLLED-OUT|CONFIRMED) (\S+) .*\((\d+(?:\.\d+)?) (ms|s)\)$/gm;

export const STARTUP_AND_EXIT = 'start-up (node, main bundle, inputs) and exit (summary, outputs)';
const SSM_PREFLIGHT = 'preflight SSM (1 x GetParameterHistory, the first SDK call)';
const CLUSTER_PREFLIGHT = 'preflight cluster (load the Kubernetes chunk, connect, preflight requests)';

const STEP_NAMES: Readonly<Record<string, string>> = {
  MINTED: 'mint and mask',
  WROTE: 'write (PutParameter)',
  LABELED: 'label (2 x LabelParameterVersion)',
  SYNCED: 'force-sync and wait for ESO',
  VERIFIED: 'verify the Secret',
  RESTARTED: 'restart (patch)',
  'ROLLED-OUT': 'wait for the rollout',
  CONFIRMED: 'confirm (1 x GetParameters)',
};

/**
 * Milliseconds per step, in the order of the run, led by what no marker
 * covers: node's start, loading the main bundle, reading inputs, and after
 * the last step the outputs, summary and exit. Every cluster PLAN line times
 * the same span (from loading the chunk to the end of the cluster
 * preflight), so it is counted once.
 */
export function stepDurations(stdout: string, totalMs: number): Map<string, number> {
  const steps = new Map<string, number>();
  for (const [, marker = '', target = '', amount = '0', unit = 'ms'] of stdout.matchAll(MARKED_LINE)) {
    const ms = Number(amount) * (unit === 's' ? 1000 : 1);
    if (marker === 'PLAN') {
      const name = target.startsWith('/') ? SSM_PREFLIGHT : CLUSTER_PREFLIGHT;
      steps.set(name, name === CLUSTER_PREFLIGHT ? Math.max(steps.get(name) ?? 0, ms) : (steps.get(name) ?? 0) + ms);
    } else {
      const name = STEP_NAMES[marker] ?? marker;
      steps.set(name, (steps.get(name) ?? 0) + ms);
    }
  }
  const covered = [...steps.values()].reduce((sum, ms) => sum + ms, 0);
  return new Map([[STARTUP_AND_EXIT, totalMs - covered], ...steps]);
}
