/**
 * The points of no return a run has passed, saved to GITHUB_STATE as it
 * passes each one, so the `post:` step can finish an interrupted rotation.
 * It holds version numbers and names only, never a token.
 */
export type Phase = 'writing' | 'written' | 'labelled' | 'sync-started' | 'restart-started' | 'probe-started' | 'confirmed';

export interface Progress {
  readonly phase: Phase;
  readonly parameter: string;
  /** The version this run wrote; absent while the write is under way. */
  readonly version?: number;
  /** The new token's fingerprint, to find our version in the history after an interrupted write. */
  readonly fingerprint: string;
  /** The latest version before the write; absent when the run created the parameter. */
  readonly replacedVersion?: number;
  /** The version that held the `previous` label before the run, to move it back on rollback. */
  readonly previousLabelVersion?: number;
  /** The version consumers held before the run (current's, else the latest): a rollback restores its value. */
  readonly heldVersion?: number;
  /** The KMS key and tier the run wrote with, for the post step's restoring write. */
  readonly keyId?: string;
  readonly tier?: 'Standard' | 'Advanced' | 'Intelligent-Tiering';
  readonly runId: string;
  readonly rotatedAt: string;
  /** A set: every parameter's own progress (the fields above repeat the first). */
  readonly set?: readonly Progress[];
}

export const PROGRESS_STATE_KEY = 'rotation-progress';
export const POST_STATE_KEY = 'isPost';
/** Set when the main step reached its end, whatever the result. */
export const FINISHED_STATE_KEY = 'main-finished';

export function parseProgress(text: string): Progress | undefined {
  if (text.trim() === '') return undefined;
  try {
    const value = JSON.parse(text) as Partial<Progress>;
    if (typeof value.parameter !== 'string' || typeof value.fingerprint !== 'string' || typeof value.phase !== 'string') return undefined;
    return value as Progress;
  } catch {
    return undefined;
  }
}
