import type { PutParameterCommandInput } from '@aws-sdk/client-ssm';
import { fingerprint } from '../token.ts';
import { classifySsmError } from './errors.ts';
import { freshRetryState } from './parameter-store.ts';
import type { ParameterStore } from './parameter-store.ts';

export interface WriteRequest {
  readonly name: string;
  readonly value: string;
  /** The latest version before this write; undefined when the parameter does not exist yet. */
  readonly replacesVersion: number | undefined;
  /** The key to encrypt with; without one SSM uses alias/aws/ssm, even for a parameter under another key. */
  readonly kmsKeyId: string | undefined;
  /** The tier to write; without one SSM applies the account's default tier. */
  readonly tier: 'Standard' | 'Advanced' | 'Intelligent-Tiering' | undefined;
  readonly description: string | undefined;
  readonly tags: readonly { key: string; value: string }[];
  /** Called with every value read back while checking an ambiguous write, so the caller can mask it. */
  readonly seen?: (value: string) => void;
}

export interface WriteResult {
  readonly version: number;
  /** Attempts PutParameter was sent (1 when nothing went wrong). */
  readonly attempts: number;
  /** True when an ambiguous failure was resolved by finding our value in the version it would have. */
  readonly recoveredFromHistory: boolean;
  /** Why AddTagsToResource failed after the overwrite landed; the version is written, untagged. */
  readonly tagError?: unknown;
}

/**
 * PutParameter got no clear answer and reading the history to find out
 * whether it landed failed too: the write may or may not have happened.
 */
export class UncheckedWriteError extends Error {
  readonly writeError: unknown;
  readonly checkError: unknown;
  constructor(writeError: unknown, checkError: unknown) {
    super(
      `PutParameter got no clear answer (${(writeError as Error | undefined)?.name ?? 'no response'}) and checking whether it landed failed: ${(checkError as Error | undefined)?.message ?? String(checkError)}`,
    );
    this.name = 'UncheckedWriteError';
    this.writeError = writeError;
    this.checkError = checkError;
  }
}

/**
 * Writes a SecureString version and returns its number, so that no retry ever
 * leaves an extra version: refused calls (throttling, TooManyUpdates) are
 * repeated; after an ambiguous one (5xx, timeout, lost connection) the
 * version it would have is read first and the write is repeated only if our
 * value is not there. A new parameter is created with its tags; an existing one is
 * overwritten (SSM refuses tags together with Overwrite) and tagged after.
 */
export async function writeToken(store: ParameterStore, request: WriteRequest): Promise<WriteResult> {
  const creating = request.replacesVersion === undefined;
  const input: PutParameterCommandInput = {
    Name: request.name,
    Value: request.value,
    Type: 'SecureString',
    ...(request.tier ? { Tier: request.tier } : {}),
    Overwrite: !creating,
    ...(request.kmsKeyId ? { KeyId: request.kmsKeyId } : {}),
    ...(request.description ? { Description: request.description } : {}),
    ...(creating && request.tags.length > 0 ? { Tags: request.tags.map((t) => ({ Key: t.key, Value: t.value })) } : {}),
  };
  const ours = fingerprint(request.value);
  let attempts = 0;
  const retries = freshRetryState();
  let recoveredFromHistory = false;
  let version: number | undefined;
  while (version === undefined) {
    attempts++;
    try {
      version = await store.putOnce(input);
    } catch (error) {
      const kind = classifySsmError(error);
      // A create that "already exists" after an ambiguous attempt may be our own write.
      const maybeOurs = kind === 'ambiguous' || (attempts > 1 && (error as { name?: string }).name === 'ParameterAlreadyExists');
      if (maybeOurs) {
        const found = await findOurVersion(store, request, ours).catch((checkError: unknown) => {
          throw new UncheckedWriteError(error, checkError);
        });
        if (found !== undefined) {
          version = found;
          recoveredFromHistory = true;
          break;
        }
      } else if (kind === 'final') {
        throw error;
      }
      if (!(await store.retryAfter(error, retries, 'PutParameter'))) throw error;
    }
  }
  // The version is written: a tagging failure is reported, not thrown, so the caller can undo the write.
  if (!creating && request.tags.length > 0) {
    try {
      await store.addTags(request.name, request.tags);
    } catch (tagError) {
      return { version, attempts, recoveredFromHistory, tagError };
    }
  }
  return { version, attempts, recoveredFromHistory };
}

async function findOurVersion(store: ParameterStore, request: WriteRequest, ours: string): Promise<number | undefined> {
  return findWrittenVersion(store, request.name, request.replacesVersion, ours, request.seen);
}

/**
 * Which version holds the token with fingerprint `ours`, written after
 * `replacedVersion`; undefined when none does. Versions are numbered one by
 * one, so a write that landed is `replacedVersion + 1` unless another writer
 * came first: each candidate is read alone (`name:version`, decrypted) from
 * there on, and the first version that does not exist ends the search. In
 * the usual case that is one GetParameters call, not a decrypted history.
 * `seen` gets every value read, so the caller can mask it.
 */
export async function findWrittenVersion(
  store: ParameterStore,
  name: string,
  replacedVersion: number | undefined,
  ours: string,
  seen: (value: string) => void = () => undefined,
): Promise<number | undefined> {
  const first = (replacedVersion ?? 0) + 1;
  // SSM keeps 100 versions: no more candidates than that can exist.
  for (let version = first; version < first + 100; version++) {
    const value = await store.valueIfAny(name, version);
    if (value === undefined) return undefined;
    seen(value);
    if (fingerprint(value) === ours) return version;
  }
  return undefined;
}
