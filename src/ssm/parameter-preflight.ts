import { StepError } from '../errors.ts';
import type { RotationConfig } from '../inputs.ts';
import type { Journal } from '../journal.ts';
import type { HistoryEntry, ParameterHead, ParameterStore } from './parameter-store.ts';
import { keyToWrite, labelFits, labelsBlockingWrite, latestOf, tierToWrite, versionWithLabel } from './rules.ts';
import type { Tier } from './rules.ts';

/** What preflight learned about the parameter, and how the run will write it. */
export interface ParameterPlan {
  readonly head: ParameterHead | undefined;
  readonly currentLabelVersion: number | undefined;
  readonly previousLabelVersion: number | undefined;
  /**
   * The version consumers hold: the one `current` is on (with version labels),
   * else the latest. `previous` goes there, the `previous-version` output and
   * the WROTE line name it, and a rollback restores its value.
   */
  readonly heldVersion: number | undefined;
  readonly drift: boolean;
  /** The KMS key and the tier the write (and a rollback's write) uses. */
  readonly keyId: string | undefined;
  readonly tier: Tier;
  /** Set when kms-key-id names a key other than the parameter's. */
  readonly keyChange: string | undefined;
}

const unlabel = (name: string, version: number, labels: readonly string[]): string =>
  `aws ssm unlabel-parameter-version --name '${name}' --parameter-version ${version} --labels ${labels.map((l) => `'${l}'`).join(' ')}`;

/**
 * Read-only, and one request up to 50 versions (two up to the 100 SSM keeps):
 * GetParameterHistory without decryption lists every version with its
 * Type, Labels, KeyId, Tier, LastModifiedUser and LastModifiedDate (AWS API
 * reference, GetParameterHistory and ParameterHistory), and answers
 * ParameterNotFound for a parameter that does not exist. From it: the latest
 * version and its type (a String is refused), KMS key and tier (GetParameter
 * reports neither), the versions `current` and `previous` are on (drift, the
 * version consumers hold), the labels on the oldest version (a label there
 * makes the write fail once 100 versions are kept), the labels on the
 * version `previous` will go to (at most 10 per version) and who wrote a
 * drifted version. Anything that would make the write or the labels fail is
 * refused here, before a token is minted.
 */
export async function preflightParameter(config: RotationConfig, store: ParameterStore, journal: Journal): Promise<ParameterPlan> {
  const name = config.parameterName;
  const t = journal.now();
  const history: HistoryEntry[] = await store.history(name, { decrypt: false }).catch((error: unknown) => {
    if ((error as { name?: string }).name === 'ParameterNotFound') return [];
    throw error;
  });
  const latest = latestOf(history);
  const head: ParameterHead | undefined = latest
    ? { type: latest.type ?? 'SecureString', version: latest.version, lastModified: latest.lastModified }
    : undefined;
  if (head && head.type !== 'SecureString') {
    throw new StepError(
      'preflight',
      name,
      `the parameter is a ${head.type}, not a SecureString, and this action never overwrites a plain-text parameter.`,
      'Delete it or pick another parameter-name; the action then creates a SecureString.',
    );
  }
  const currentLabelVersion = config.versionLabels ? versionWithLabel(history, 'current') : undefined;
  const previousLabelVersion = config.versionLabels ? versionWithLabel(history, 'previous') : undefined;

  const blocking = labelsBlockingWrite(history);
  if (blocking) {
    throw new StepError(
      'preflight',
      name,
      `version ${blocking.version}, the oldest of the 100 versions SSM keeps, carries the label${blocking.labels.length > 1 ? 's' : ''} ${blocking.labels.join(', ')}, so SSM would refuse the new version (ParameterMaxVersionLimitExceeded).`,
      `Remove ${blocking.labels.length > 1 ? 'them' : 'it'} (${unlabel(name, blocking.version, blocking.labels)}) or move ${blocking.labels.length > 1 ? 'them' : 'it'} to a newer version with aws ssm label-parameter-version, then run again.`,
    );
  }

  const tier = tierToWrite(config.tier, latest?.tier);
  if ('refused' in tier) throw new StepError('preflight', name, tier.refused, 'Nothing needs undoing.');
  const key = keyToWrite(config.kmsKeyId, latest?.keyId);

  const heldVersion = currentLabelVersion ?? head?.version;
  if (config.versionLabels && heldVersion !== undefined) {
    // `current` moves to the new version first, so it frees its place on the held version.
    const held = history.find((entry) => entry.version === heldVersion);
    if (held && !labelFits(held.labels, 'previous', ['current'])) {
      throw new StepError(
        'preflight',
        name,
        `version ${heldVersion} already carries 10 labels (${held.labels.join(', ')}), the most SSM allows on one version, so the label previous could not be put on it.`,
        `Remove one (${unlabel(name, heldVersion, [held.labels[held.labels.length - 1] ?? ''])}) or set version-labels to false, then run again.`,
      );
    }
  }

  const drift = currentLabelVersion !== undefined && head !== undefined && currentLabelVersion < head.version;
  if (drift) {
    journal.mark(
      'DRIFT',
      'preflight',
      name,
      `version ${head.version} was written outside this action${latest?.lastModifiedUser ? ` by ${latest.lastModifiedUser}` : ''}${latest?.lastModified ? ` at ${latest.lastModified.toISOString()}` : ''} (current is on ${currentLabelVersion}); this rotation supersedes it, and previous will point at version ${currentLabelVersion}, the one consumers hold`,
    );
  }
  const found = head ? `version ${head.version}, SecureString` : 'does not exist yet, will be created';
  const notes = [
    found,
    currentLabelVersion !== undefined ? `current on ${currentLabelVersion}` : '',
    head ? `${latest?.tier ?? 'Standard'} tier, key ${latest?.keyId ?? 'alias/aws/ssm'}` : '',
    key.change ?? '',
    head && latest?.tier !== undefined && tier.tier !== latest.tier ? `tier changes from ${latest.tier} to ${tier.tier} (tier)` : '',
  ].filter(Boolean);
  journal.mark('PLAN', 'preflight', name, notes.join(', '), t);
  return { head, currentLabelVersion, previousLabelVersion, heldVersion, drift, keyId: key.keyId, tier: tier.tier, keyChange: key.change };
}
