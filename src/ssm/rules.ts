/**
 * SSM Parameter Store's rules the rotation must plan around, as pure
 * functions (table-tested in __tests__/unit/ssm-rules.test.ts).
 */

/**
 * "Parameter Store retains the 100 most recently created versions of a
 * parameter ... if the oldest version has a label attached to it, Parameter
 * Store won't delete the version" and PutParameter fails with
 * ParameterMaxVersionLimitExceeded (AWS API reference, PutParameter, Errors).
 */
export const MAX_VERSIONS = 100;

/** "A version of a parameter can have a maximum of 10 labels" (AWS API reference, LabelParameterVersion). */
export const MAX_LABELS_PER_VERSION = 10;

export interface VersionLabels {
  readonly version: number;
  readonly labels: readonly string[];
}

/**
 * Whether a label on `version` can never block a write of the next run when
 * `latest` is the newest version now. The next run writes at most twice (its
 * token, then the rollback's restoring version); the second write drops
 * version `latest + 2 - 100` when all 100 are kept, so a label must sit on
 * `latest - 97` or newer. Every run moves both labels again, so this holds
 * from run to run.
 */
export function labelSafe(version: number, latest: number): boolean {
  return version >= latest - (MAX_VERSIONS - 3);
}

/**
 * The oldest version, when its labels would make the next PutParameter fail:
 * only once all 100 versions are kept does a write drop the oldest.
 * `versions` is the whole history, in any order.
 */
export function labelsBlockingWrite(versions: readonly VersionLabels[]): VersionLabels | undefined {
  if (versions.length < MAX_VERSIONS) return undefined;
  const oldest = versions.reduce((a, b) => (b.version < a.version ? b : a));
  return oldest.labels.length > 0 ? oldest : undefined;
}

/**
 * Whether `label` can be put on a version that carries `labels` now, after
 * the labels in `movedAwayFirst` have moved to another version (moving a
 * label off a version is what LabelParameterVersion does when it puts the
 * label elsewhere). A label the version already has is no new one.
 */
export function labelFits(labels: readonly string[], label: string, movedAwayFirst: readonly string[] = []): boolean {
  const left = labels.filter((l) => !movedAwayFirst.includes(l));
  return left.includes(label) || left.length < MAX_LABELS_PER_VERSION;
}

export type Tier = 'Standard' | 'Advanced' | 'Intelligent-Tiering';

/**
 * The tier to write with: the one asked for, else the parameter's own (so an
 * Advanced parameter stays Advanced), else Standard for a new parameter. SSM
 * refuses Advanced -> Standard ("You can't downgrade a parameter from the
 * advanced-parameter tier to the standard-parameter tier", AWS Systems
 * Manager User Guide, "Changing a standard parameter to an advanced
 * parameter"); that comes back as `refused`, a sentence naming the tier to set.
 */
export function tierToWrite(asked: Tier | undefined, existing: string | undefined): { tier: Tier } | { refused: string } {
  if (asked === 'Standard' && existing === 'Advanced') {
    return {
      refused:
        "the parameter is in the Advanced tier and SSM never moves a parameter back to Standard, so the write would be refused: set tier to Advanced (or leave it empty to keep the parameter's tier).",
    };
  }
  if (asked !== undefined) return { tier: asked };
  return { tier: existing === 'Advanced' ? 'Advanced' : 'Standard' };
}

/**
 * The KMS key to write with. Without a KeyId PutParameter encrypts with
 * alias/aws/ssm, whatever key the parameter had (AWS API reference,
 * PutParameter, KeyId), so an empty kms-key-id means the key SSM reports for
 * the latest version. `change` names a different key the input asks for.
 */
export function keyToWrite(asked: string | undefined, existing: string | undefined): { keyId: string | undefined; change: string | undefined } {
  if (asked === undefined) return { keyId: existing, change: undefined };
  const change = existing !== undefined && existing !== asked ? `KMS key changes from ${existing} to ${asked} (kms-key-id)` : undefined;
  return { keyId: asked, change };
}

/** What GetParameters answers for one parameter: its name, the selector it was asked with, its version. */
export interface SelectedParameter {
  readonly Name?: string | undefined;
  readonly Selector?: string | undefined;
  readonly Version?: number | undefined;
}

/**
 * GetParameters' answers keyed by the selector each answers (`name`,
 * `name:current`, `name:7`). The answers come "in alphabetical order" by
 * name (AWS API reference, GetParameters, Names), so several selectors of
 * one parameter share a name and are told apart only by `Selector`, "the
 * version number or the label used to retrieve the parameter value" (AWS API
 * reference, Parameter): accepted as `:label`, `label` or `name:label`. An
 * answer without a selector is the plain name's, the latest version; when a
 * server sends several such answers the highest version is the latest (a
 * label is never on a version newer than the latest), and the labelled ones
 * stay unknown, which callers treat as "not where it should be".
 */
export function resolvedSelectors<T extends SelectedParameter>(asked: readonly string[], answers: readonly T[]): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const answer of answers) {
    if (answer.Name === undefined) continue;
    let selector = answer.Selector ?? '';
    if (selector.startsWith(`${answer.Name}:`)) selector = selector.slice(answer.Name.length + 1);
    else if (selector.startsWith(':')) selector = selector.slice(1);
    const key = selector === '' ? answer.Name : `${answer.Name}:${selector}`;
    const before = byKey.get(key);
    if (!before || (key === answer.Name && (answer.Version ?? 0) > (before.Version ?? 0))) byKey.set(key, answer);
  }
  const result = new Map<string, T>();
  for (const selector of asked) {
    const answer = byKey.get(selector);
    if (answer) result.set(selector, answer);
  }
  return result;
}

/** What a history (GetParameterHistory, every version, in any order) says about the latest version and the labels. */
export interface HistoryVersion extends VersionLabels {
  readonly type?: string | undefined;
}

/** The newest version of a history, undefined for an empty one. */
export function latestOf<T extends HistoryVersion>(history: readonly T[]): T | undefined {
  return history.reduce<T | undefined>((a, b) => (a === undefined || b.version > a.version ? b : a), undefined);
}

/** The version that carries `label` (a label is on at most one version at a time), undefined when none. */
export function versionWithLabel(history: readonly VersionLabels[], label: string): number | undefined {
  return history.find((entry) => entry.labels.includes(label))?.version;
}

/** GetParameters takes 1 to 10 names (AWS API reference, GetParameters: Names, "Maximum number of 10 items"). */
export const MAX_NAMES_PER_GET = 10;

/**
 * Groups the reads of several parameters into GetParameters calls: each
 * parameter's selectors stay in one call, and a call carries at most
 * MAX_NAMES_PER_GET of them. Returns the indexes of the groups per call.
 */
export function batchSelectors(sizes: readonly number[]): number[][] {
  const batches: number[][] = [];
  let used = MAX_NAMES_PER_GET;
  sizes.forEach((size, index) => {
    if (used + size > MAX_NAMES_PER_GET) {
      batches.push([]);
      used = 0;
    }
    batches[batches.length - 1]?.push(index);
    used += size;
  });
  return batches;
}
