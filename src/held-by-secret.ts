import * as core from '#actions-core';
import type { RotationConfig } from './inputs.ts';
import type { Journal } from './journal.ts';
import type { Member } from './plan.ts';
import type { ClusterSession } from './rollback.ts';
import type { ParameterStore } from './ssm/parameter-store.ts';
import { fingerprint } from './token.ts';

/**
 * With verify-secret-key, the version consumers hold is the one whose value the target Secret
 * holds (SPEC.md step 6), not simply the one `current` is on: a run that overlaps another may find
 * `current` on a version the other run wrote and ESO has not synced yet, a token no consumer ever
 * received. `previous`, the `previous-version` output and a rollback's restored value follow it.
 */

/** GetParameters takes at most 10 names: the latest version and the nine before it. */
export const CANDIDATES = 10;

/** The versions the Secret could hold, newest first. */
export const candidateVersions = (latest: number): number[] =>
  Array.from({ length: Math.min(CANDIDATES, latest) }, (_, i) => latest - i).filter((version) => version >= 1);

/**
 * The version consumers hold, from the fingerprints the Secrets' key holds and each candidate
 * version's: the newest version with a Secret's value (a rollback rewrites an old value as a new
 * version), the oldest of those when the Secrets disagree (the dual-valid window must cover the
 * pods still presenting it). Undefined when no Secret holds a value of these versions.
 */
export function versionHeld(held: readonly (string | undefined)[], versions: ReadonlyMap<number, string>): number | undefined {
  const matched = held.flatMap((secret) => {
    const found = [...versions].filter(([, print]) => secret !== undefined && print === secret).map(([version]) => version);
    return found.length > 0 ? [Math.max(...found)] : [];
  });
  return matched.length > 0 ? Math.min(...matched) : undefined;
}

/**
 * Reads each target Secret's key and the candidate versions (decrypted, hashed at once, never kept)
 * and moves the single parameter's held version to the one the cluster holds. A set, a run without
 * verify-secret-key, or a Secret that cannot be read keeps what preflight found.
 */
export async function heldBySecret(
  config: RotationConfig,
  members: readonly Member[],
  cluster: ClusterSession,
  deps: { readonly store: ParameterStore; readonly journal: Journal; readonly signal: AbortSignal },
): Promise<Member[]> {
  const key = config.verifySecretKey;
  const [member] = members;
  const latest = member?.plan.head?.version;
  if (config.setForm || key === undefined || !member || latest === undefined || cluster.preflight.externalSecrets.length === 0) return [...members];
  const held = await Promise.all(
    cluster.preflight.externalSecrets.map((es) => cluster.gate.secretKeyFingerprint(cluster.cluster, es.targetSecret, key, deps.signal)),
  );
  if (held.every((print) => print === undefined)) return [...members];
  const selectors = candidateVersions(latest).map((version) => `${config.parameterName}:${version}`);
  let found: Awaited<ReturnType<ParameterStore['resolve']>>;
  try {
    found = await deps.store.resolve(selectors, true);
  } catch (error) {
    if (deps.signal.aborted) throw error;
    // Decrypting needs kms:Decrypt, which only a rollback needed so far: keep current's version.
    core.warning(
      `${config.parameterName}: could not read versions ${selectors.length > 1 ? `${latest - selectors.length + 1}-${latest}` : latest} to tell which one the cluster Secret holds (${deps.journal.scrubber.clean(error instanceof Error ? error.message : String(error))}); previous goes where current is.`,
    );
    return [...members];
  }
  const versions = new Map<number, string>();
  for (const parameter of found.values()) {
    if (parameter.Value !== undefined && parameter.Version !== undefined) versions.set(parameter.Version, fingerprint(parameter.Value));
  }
  const version = versionHeld(held, versions);
  if (version === undefined || version === member.plan.heldVersion) return [...members];
  deps.journal.mark(
    'PLAN',
    'preflight',
    config.parameterName,
    `the cluster Secret holds version ${version}, not ${member.plan.heldVersion ?? 'none'} (where current is): previous will point at version ${version}`,
  );
  return [{ ...member, plan: { ...member.plan, heldVersion: version } }, ...members.slice(1)];
}
