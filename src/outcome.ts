import type { StepError } from './errors.ts';

/** The step outputs of action.yml, as strings the runner will see. */
export interface Outputs {
  token: string;
  version: string;
  'previous-version': string;
  fingerprint: string;
  rotated: string;
  'rotated-at': string;
  drift: string;
  /** The set form's JSON objects from output key to token, version and fingerprint ('' in the single form). */
  tokens: string;
  versions: string;
  fingerprints: string;
}

export const emptyOutputs = (): Outputs => ({
  token: '',
  version: '',
  'previous-version': '',
  fingerprint: '',
  rotated: 'false',
  'rotated-at': '',
  drift: 'false',
  tokens: '',
  versions: '',
  fingerprints: '',
});

/** What a run ended with: the outputs, and on failure the error and the state things were left in. */
export interface RotationOutcome {
  readonly outputs: Outputs;
  readonly error: StepError | undefined;
  /** One sentence on where SSM, the labels and the cluster stand after a failure. */
  readonly state: string | undefined;
  readonly dryRun: boolean;
  /** A set: one facts row per parameter, in the order of the parameters input. */
  readonly members?: readonly MemberFacts[];
  /** A dry run's plan: the version it would write and the one it would replace (undefined: it would create the parameter). */
  readonly planned?: { readonly version: number; readonly replaces: number | undefined };
}

/** What the summary shows of one parameter of a set (never a token). */
export interface MemberFacts {
  readonly name: string;
  readonly key: string;
  /** The version in force ('' when this run wrote none), the one it replaced as consumers held it, and its token's fingerprint. */
  readonly version: string;
  readonly previousVersion: string;
  readonly fingerprint: string;
  readonly drift: boolean;
  /** The version a dry run would write. */
  readonly plannedVersion?: number;
}
