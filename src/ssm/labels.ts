import type { ParameterStore } from './parameter-store.ts';

/**
 * Moves `current` to a version and `previous` to the version consumers held
 * before it (`previous`, by default the one before). `current` moves first:
 * LabelParameterVersion moves a label off the version it was on, which frees
 * its place there before `previous` arrives.
 */
export async function moveLabels(store: ParameterStore, name: string, version: number, previous: number | undefined = version > 1 ? version - 1 : undefined): Promise<void> {
  await store.label(name, version, ['current']);
  if (previous !== undefined && previous !== version) await store.label(name, previous, ['previous']);
}

/**
 * The latest version; when it is ours, first makes sure the labels sit where
 * this run put them (a run that raced ours may have moved them). A newer
 * version is someone else's: its writer labels it, and `current` is not
 * moved onto it, so a version written outside this action stays visible as
 * drift to the next run. `previous` is undefined without version labels,
 * null when there is no version for it.
 */
export async function confirmLatest(store: ParameterStore, name: string, ours: number, previous: number | null | undefined): Promise<number> {
  const labels = previous !== undefined;
  const [head, current, previousNow] = await Promise.all([
    store.head(name),
    labels ? store.labelledVersion(name, 'current') : undefined,
    labels && previous !== null ? store.labelledVersion(name, 'previous') : undefined,
  ]);
  const latest = head?.version ?? ours;
  const labelsRight = current === ours && (previous === null || previousNow === previous);
  if (labels && latest === ours && !labelsRight) await moveLabels(store, name, ours, previous ?? undefined);
  return latest;
}

