/** The steps of a rotation, in the order SPEC.md lists them. */
export type StepName =
  | 'validate'
  | 'preflight'
  | 'mint'
  | 'mask'
  | 'write'
  | 'label'
  | 'sync'
  | 'verify'
  | 'restart'
  | 'rollout'
  | 'probe'
  | 'confirm'
  | 'rollback'
  | 'plan'
  | 'publish'
  | 'recover';

/**
 * A failure the user can act on: which step, which target, the cause in one
 * sentence and what to do next. Its message never holds a token value.
 */
export class StepError extends Error {
  readonly step: StepName;
  readonly target: string;
  readonly reason: string;
  readonly next: string;

  constructor(step: StepName, target: string, reason: string, next: string) {
    super(`${step} ${target}: ${reason}${next ? ` ${next}` : ''}`);
    this.name = 'StepError';
    this.step = step;
    this.target = target;
    this.reason = reason;
    this.next = next;
  }
}

/** A bad input: one sentence naming the input, the problem and the accepted form. */
export class InputError extends Error {
  readonly input: string;
  constructor(input: string, sentence: string) {
    super(sentence);
    this.name = 'InputError';
    this.input = input;
  }
}

/** The run was cancelled (SIGTERM/SIGINT) while it waited. */
export class CancelledError extends Error {
  constructor(what: string) {
    super(`cancelled while ${what}`);
    this.name = 'CancelledError';
  }
}
