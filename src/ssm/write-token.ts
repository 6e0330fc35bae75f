import type { PutParameterCommandInput } from '@aws-sdk/client-ssm';
import { fingerprint } from '../token.ts';
import { classifySsmError } from './errors.ts';
import type { ParameterStore } from './parameter-store.ts';

export interface WriteRequest {
  readonly name: string;
  readonly value: string;
  /** The latest version before this write; undefined when the parameter does not exist yet. */
  readonly replacesVersion: number | undefined;
  readonly kmsKeyId: string | undefined;
  readonly tier: 'Standard' | 'Advanced' | 'Intelligent-Tiering';
  readonly description: string | undefined;
  readonly tags: ReadonlyArray<{ key: string; value: string }>;
}

export interface WriteResult {
  readonly version: number;
  /** Attempts PutParameter was sent (1 when nothing went wrong). */
  readonly attempts: number;
  /** True when an ambiguous failure was resolved by finding our value in the history. */
  readonly recoveredFromHistory: boolean;
}

/**
 * Writes a SecureString version and returns its number, so that no retry ever
 * leaves an extra version: refused calls (throttling, TooManyUpdates) are
 * repeated; after an ambiguous one (5xx, timeout, lost connection) the
 * history is read first and the write is repeated only if our value is not
 * there. A new parameter is created with its tags; an existing one is
 * overwritten (SSM refuses tags together with Overwrite) and tagged after.
 */
export async function writeToken(store: ParameterStore, request: WriteRequest): Promise<WriteResult> {
  const creating = request.replacesVersion === undefined;
  const input: PutParameterCommandInput = {
    Name: request.name,
    Value: request.value,
    Type: 'SecureString',
    Tier: request.tier,
    Overwrite: !creating,
    ...(request.kmsKeyId ? { KeyId: request.kmsKeyId } : {}),
    ...(request.description ? { Description: request.description } : {}),
    ...(creating && request.tags.length > 0 ? { Tags: request.tags.map((t) => ({ Key: t.key, Value: t.value })) } : {}),
  };
  const ours = fingerprint(request.value);
  let attempts = 0;
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
        const found = await findOurVersion(store, request, ours);
        if (found !== undefined) {
          version = found;
          recoveredFromHistory = true;
          break;
        }
      } else if (kind === 'final') {
        throw error;
      }
      if (attempts >= store.retry.attempts) throw error;
      await store.backoff(attempts);
    }
  }
  if (!creating && request.tags.length > 0) await store.addTags(request.name, request.tags);
  return { version, attempts, recoveredFromHistory };
}

async function findOurVersion(store: ParameterStore, request: WriteRequest, ours: string): Promise<number | undefined> {
  try {
    const newer = await store.history(request.name, {
      decrypt: true,
      ...(request.replacesVersion !== undefined ? { afterVersion: request.replacesVersion } : {}),
    });
    return newer.find((entry) => entry.value !== undefined && fingerprint(entry.value) === ours)?.version;
  } catch (error) {
    if ((error as { name?: string }).name === 'ParameterNotFound') return undefined;
    throw error;
  }
}
