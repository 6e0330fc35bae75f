import type { StepName } from './errors.ts';
import { scrubber } from './scrub.ts';
import type { Scrubber } from './scrub.ts';

/** The fixed first word of every step's log line (SPEC.md, "The run, step by step"). */
export type Marker =
  'PLAN' | 'DRIFT' | 'MINTED' | 'WROTE' | 'LABELED' | 'SYNCED' | 'VERIFIED' | 'RESTARTED' | 'ROLLED-OUT' | 'CONFIRMED' | 'ROLLED-BACK' | 'RECOVERED' | 'FAILED';

export type StepResult = 'ok' | 'planned' | 'failed' | 'skipped' | 'rolled back' | 'recovered';

export interface StepRecord {
  readonly step: StepName;
  readonly marker: Marker;
  readonly target: string;
  readonly result: StepResult;
  readonly detail: string;
  readonly ms: number;
}

/**
 * What the run did, step by step: each entry is logged as one marker line and
 * becomes one row of the job summary. Lines carry the token's fingerprint,
 * never its value. Target and detail may quote a server, so both go through
 * the scrubber before they are logged or kept for the summary.
 */
export class Journal {
  readonly records: StepRecord[] = [];
  readonly #log: (line: string) => void;
  readonly #clock: () => number;
  readonly scrubber: Scrubber;
  #fingerprint = '(no token yet)';

  constructor(log: (line: string) => void, clock: () => number = () => performance.now(), scrub: Scrubber = scrubber) {
    this.#log = log;
    this.#clock = clock;
    this.scrubber = scrub;
  }

  get fingerprint(): string {
    return this.#fingerprint;
  }

  set fingerprint(value: string) {
    this.#fingerprint = value;
  }

  now(): number {
    return this.#clock();
  }

  /** Logs `MARKER target fingerprint detail` and keeps the row for the summary. */
  mark(marker: Marker, step: StepName, target: string, detail: string, startedAt?: number, result: StepResult = 'ok'): StepRecord {
    const ms = startedAt === undefined ? 0 : Math.max(0, this.#clock() - startedAt);
    const record: StepRecord = { step, marker, target: this.scrubber.clean(target), result, detail: this.scrubber.clean(detail), ms };
    this.records.push(record);
    this.#log(`${marker} ${record.target} ${this.#fingerprint} ${record.detail}${startedAt === undefined ? '' : ` (${formatMs(ms)})`}`);
    return record;
  }
}

export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
