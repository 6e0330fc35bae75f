import type { ParameterSnapshot, ParameterStore } from './parameter-store.ts';

/**
 * Moves `current` to a version and `previous` to the version consumers held
 * before it (`previous`, by default the one before). LabelParameterVersion
 * puts labels on one version per call (AWS API reference,
 * LabelParameterVersion: Name, ParameterVersion, Labels), and the two labels
 * go to two versions, so this is two calls, or one when `previousNow` (where
 * the preflight found `previous`) is already the place it goes. `current`
 * moves first: LabelParameterVersion moves a label off the version it was
 * on, which frees its place there before `previous` arrives.
 */
export async function moveLabels(
  store: ParameterStore,
  name: string,
  version: number,
  previous: number | undefined = version > 1 ? version - 1 : undefined,
  previousNow?: number,
): Promise<void> {
  await store.label(name, version, ['current']);
  if (previous !== undefined && previous !== version && previous !== previousNow) await store.label(name, previous, ['previous']);
}

/**
 * The latest version; when it is ours, first makes sure the labels sit where
 * this run put them (a run that raced ours may have moved them). One
 * GetParameters request without decryption answers all three questions
 * (`name`, `name:current`, `name:previous`). A newer version is someone
 * else's: its writer labels it, and `current` is not moved onto it, so a
 * version written outside this action stays visible as drift to the next
 * run. `previous` is undefined without version labels, null when there is
 * no version for it. `read`: the snapshot already taken (a set reads all its
 * parameters at once).
 */
export async function confirmLatest(
  store: ParameterStore,
  name: string,
  ours: number,
  previous: number | null | undefined,
  read?: ParameterSnapshot,
): Promise<number> {
  const found = read ?? (await store.snapshot(name, confirmLabels(previous)));
  const latest = found.latest?.version ?? ours;
  const labelsRight = found.labels.get('current') === ours && (previous === null || found.labels.get('previous') === previous);
  if (previous !== undefined && latest === ours && !labelsRight) await moveLabels(store, name, ours, previous ?? undefined);
  return latest;
}

/** The labels the confirm reads: none without version labels, `current` alone when there is no version for `previous`. */
export const confirmLabels = (previous: number | null | undefined): string[] =>
  previous === undefined ? [] : previous === null ? ['current'] : ['current', 'previous'];
