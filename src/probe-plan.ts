import { formatMs } from './journal.ts';
import type { PlanStep } from './plan.ts';
import type { ProbeConfig } from './probe-inputs.ts';

/** The test step as plan data: one call for the whole run, undone by the full restore (and the restarts again). */
export function probeStep(probe: ProbeConfig, restarts: boolean): PlanStep {
  return {
    step: 'probe',
    target: probe.url,
    parameter: probe.parameter,
    do: `${probe.method} with the new value in header ${probe.header.name} until it answers ${probe.statusText}, at most ${formatMs(probe.timeoutMs)}`,
    undo: `put the previous value back${restarts ? ', restart the same workloads again' : ''} and test it once`,
  };
}
