import type { StepName } from './errors.ts';
import { scrubber } from './scrub.ts';
import type { Scrubber } from './scrub.ts';

/** The fixed first word of every step's log line (SPEC.md, "The run, step by step"). */
export type Marker =
  | 'PLAN'
  | 'DRIFT'
  | 'MINTED'
  | 'WROTE'
  | 'LABELED'
  | 'SYNCED'
  | 'VERIFIED'
  | 'RESTARTED'
  | 'ROLLED-OUT'
  | 'PROBED'
  | 'CONFIRMED'
  | 'ROLLED-BACK'
  | 'RECOVERED'
  | 'FAILED';

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
  // Empty until the run has minted (or, in the post step, been told) the token.
  #fingerprint = '';

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

  /**
   * Logs `MARKER target fingerprint detail` and keeps the row for the summary.
   * Before a token exists there is no fingerprint: PLAN and DRIFT lines (which
   * describe what is there) leave it out, any other line says so in words.
   */
  mark(marker: Marker, step: StepName, target: string, detail: string, startedAt?: number, result: StepResult = 'ok'): StepRecord {
    const ms = startedAt === undefined ? 0 : Math.max(0, this.#clock() - startedAt);
    const record: StepRecord = { step, marker, target: this.scrubber.clean(target), result, detail: this.scrubber.clean(detail), ms };
    this.records.push(record);
    const fingerprint = this.#fingerprint || (marker === 'PLAN' || marker === 'DRIFT' ? '' : NO_FINGERPRINT);
    this.#log(`${[marker, record.target, fingerprint, record.detail].filter(Boolean).join(' ')}${startedAt === undefined ? '' : ` (${formatMs(ms)})`}`);
    return record;
  }
}

/** What a line that has no fingerprint yet shows in its place (a failure before the token was minted). */
export const NO_FINGERPRINT = '(no new token yet)';

export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
