import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { UncheckedWriteError, writeToken } from '../../src/ssm/write-token.ts';
import type { WriteRequest } from '../../src/ssm/write-token.ts';
import { startSsmHarness } from './ssm-harness.ts';
import type { SsmHarness } from './ssm-harness.ts';

const NAME = '/team/app/token';
const request = (over: Partial<WriteRequest> = {}): WriteRequest => ({
  name: NAME,
  value: 'ours-0123456789abcdef',
  replacesVersion: undefined,
  kmsKeyId: undefined,
  tier: 'Standard',
  description: undefined,
  tags: [],
  ...over,
});

let ssm: SsmHarness;
beforeAll(async () => {
  ssm = await startSsmHarness(3);
});
afterAll(async () => {
  await ssm.close();
});
beforeEach(() => {
  ssm.server.reset();
  ssm.onBackoff = undefined;
});

/** The rejection of a promise, to assert on the error's class, name and message together. */
async function rejectionOf(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the write to fail, but it succeeded');
}

describe('writeToken creates and overwrites', () => {
  test('a new parameter is created as a SecureString with its tags, key, tier and description in one call', async () => {
    const result = await writeToken(
      ssm.store,
      request({ tags: [{ key: 'team', value: 'platform' }], kmsKeyId: 'alias/deploy-tokens', tier: 'Advanced', description: 'deploy token' }),
    );
    expect(result).toEqual({ version: 1, attempts: 1, recoveredFromHistory: false });
    expect(ssm.operations()).toEqual(['PutParameter 200']);
    expect(await ssm.versions(NAME)).toEqual([{ version: 1, value: 'ours-0123456789abcdef', labels: [] }]);
    expect(await ssm.tags(NAME)).toEqual({ team: 'platform' });
    expect(await ssm.describe(NAME)).toEqual({ keyId: 'alias/deploy-tokens', description: 'deploy token', tier: 'Advanced', type: 'SecureString' });
  });

  test('without a key or description, SSM’s defaults apply', async () => {
    await writeToken(ssm.store, request());
    expect(await ssm.describe(NAME)).toEqual({ keyId: 'alias/aws/ssm', description: undefined, tier: 'Standard', type: 'SecureString' });
  });

  test('an existing parameter is overwritten, then tagged (SSM refuses tags with Overwrite)', async () => {
    await ssm.put(NAME, 'old', false);
    const result = await writeToken(ssm.store, request({ replacesVersion: 1, tags: [{ key: 'team', value: 'platform' }] }));
    expect(result).toEqual({ version: 2, attempts: 1, recoveredFromHistory: false });
    expect(ssm.operations().slice(-2)).toEqual(['PutParameter 200', 'AddTagsToResource 200']);
    expect(await ssm.tags(NAME)).toEqual({ team: 'platform' });
  });

  test('an overwrite without tags makes no tagging call', async () => {
    await ssm.put(NAME, 'old', false);
    await writeToken(ssm.store, request({ replacesVersion: 1 }));
    expect(ssm.operations()).toEqual(['PutParameter 200', 'PutParameter 200']);
  });

  test('a create that finds the parameter existing is refused, not overwritten', async () => {
    await ssm.put(NAME, 'someone else', false);
    const error = await rejectionOf(writeToken(ssm.store, request()));
    expect(error.name).toBe('ParameterAlreadyExists');
    // A clear refusal on the first attempt: not repeated, and no history read (nothing of ours can be there).
    expect(ssm.operations()).toEqual(['PutParameter 200', 'PutParameter 400']);
    expect(await ssm.versions(NAME)).toEqual([{ version: 1, value: 'someone else', labels: [] }]);
  });

  test('a tagging failure after the overwrite is returned with the version, not thrown', async () => {
    await ssm.put(NAME, 'old', false);
    ssm.server.faults.add({ operation: 'AddTagsToResource', kind: 'AccessDeniedException' });
    const result = await writeToken(ssm.store, request({ replacesVersion: 1, tags: [{ key: 'team', value: 'platform' }] }));
    expect(result).toMatchObject({ version: 2, attempts: 1, recoveredFromHistory: false });
    expect((result.tagError as Error).name).toBe('AccessDeniedException');
  });
});

describe('writeToken never leaves an extra version', () => {
  test('throttling is repeated: two refusals, then the write', async () => {
    await ssm.put(NAME, 'old', false);
    ssm.server.faults.add({ operation: 'PutParameter', kind: 'ThrottlingException', count: 2 });
    expect(await writeToken(ssm.store, request({ replacesVersion: 1 }))).toEqual({ version: 2, attempts: 3, recoveredFromHistory: false });
    expect((await ssm.versions(NAME)).map((v) => v.value)).toEqual(['old', 'ours-0123456789abcdef']);
  });

  test('throttling on every attempt ends with the refusal after the last attempt', async () => {
    ssm.server.faults.add({ operation: 'PutParameter', kind: 'ThrottlingException', count: 5 });
    const error = await rejectionOf(writeToken(ssm.store, request()));
    expect(error.name).toBe('ThrottlingException');
    expect(ssm.operations()).toEqual(['PutParameter 400', 'PutParameter 400', 'PutParameter 400']);
  });

  test('a final refusal is not repeated and the history is not read', async () => {
    ssm.server.faults.add({ operation: 'PutParameter', kind: 'AccessDeniedException' });
    const error = await rejectionOf(writeToken(ssm.store, request()));
    expect(error.name).toBe('AccessDeniedException');
    expect(ssm.operations()).toEqual(['PutParameter 400']);
  });

  test('a 500 that did not land: the history lacks our value, so the write is repeated once', async () => {
    await ssm.put(NAME, 'old', false);
    ssm.server.faults.add({ operation: 'PutParameter', kind: 'InternalServerError' });
    expect(await writeToken(ssm.store, request({ replacesVersion: 1 }))).toEqual({ version: 2, attempts: 2, recoveredFromHistory: false });
    expect((await ssm.versions(NAME)).map((v) => v.version)).toEqual([1, 2]);
  });

  test('a lost response after the write landed: our version is found in the history and not written again', async () => {
    await ssm.put(NAME, 'old', false);
    ssm.server.faults.add({ operation: 'PutParameter', kind: 'lost-response' });
    expect(await writeToken(ssm.store, request({ replacesVersion: 1 }))).toEqual({ version: 2, attempts: 1, recoveredFromHistory: true });
    expect((await ssm.versions(NAME)).map((v) => v.value)).toEqual(['old', 'ours-0123456789abcdef']);
  });

  test('a lost response on a create: found in the history of the new parameter', async () => {
    ssm.server.faults.add({ operation: 'PutParameter', kind: 'lost-response' });
    expect(await writeToken(ssm.store, request())).toEqual({ version: 1, attempts: 1, recoveredFromHistory: true });
  });

  test('a 500 on a create that did not land: no parameter yet, so the create is repeated', async () => {
    ssm.server.faults.add({ operation: 'PutParameter', kind: 'InternalServerError' });
    expect(await writeToken(ssm.store, request())).toEqual({ version: 1, attempts: 2, recoveredFromHistory: false });
  });

  test('another writer’s version in the history after an unanswered PutParameter is not taken for ours', async () => {
    // Version 2 was written by someone else after this run read version 1; our PutParameter then got a 500.
    await ssm.put(NAME, 'old', false);
    await ssm.put(NAME, 'another writer');
    ssm.server.faults.add({ operation: 'PutParameter', kind: 'InternalServerError' });
    // Every value read back while searching goes to seen (the caller masks it).
    const seen: string[] = [];
    expect(await writeToken(ssm.store, request({ replacesVersion: 1, seen: (value) => seen.push(value) }))).toEqual({
      version: 3,
      attempts: 2,
      recoveredFromHistory: false,
    });
    expect((await ssm.versions(NAME)).map((v) => v.value)).toEqual(['old', 'another writer', 'ours-0123456789abcdef']);
    expect(seen).toEqual(['another writer']);
  });

  test('versions at or below the one replaced are not searched: an old copy of our value is not this write', async () => {
    await ssm.put(NAME, 'ours-0123456789abcdef', false);
    ssm.server.faults.add({ operation: 'PutParameter', kind: 'InternalServerError' });
    expect(await writeToken(ssm.store, request({ replacesVersion: 1 }))).toEqual({ version: 2, attempts: 2, recoveredFromHistory: false });
  });

  test('a create raced by another writer after an unanswered attempt ends in ParameterAlreadyExists, and their value stays', async () => {
    ssm.server.faults.add({ operation: 'PutParameter', kind: 'InternalServerError' });
    ssm.onBackoff = async () => {
      ssm.onBackoff = undefined;
      await ssm.put(NAME, 'another writer', false);
    };
    const error = await rejectionOf(writeToken(ssm.store, request()));
    expect(error.name).toBe('ParameterAlreadyExists');
    expect(await ssm.versions(NAME)).toEqual([{ version: 1, value: 'another writer', labels: [] }]);
  });

  test('a create whose unanswered attempt landed, then answered ParameterAlreadyExists on the repeat, is recognised as ours', async () => {
    // Attempt 1: a 500, and the history shows no parameter yet. Our write then lands late; attempt 2 finds it existing.
    ssm.server.faults.add({ operation: 'PutParameter', kind: 'InternalServerError' });
    ssm.onBackoff = async () => {
      ssm.onBackoff = undefined;
      // Our own earlier write, landing late (as a delayed request would).
      await ssm.put(NAME, 'ours-0123456789abcdef', false);
    };
    expect(await writeToken(ssm.store, request())).toEqual({ version: 1, attempts: 2, recoveredFromHistory: true });
  });

  test('when the version it would have cannot be read after an unanswered write, the error says the write is unchecked', async () => {
    // The check is one GetParameters of name:1 (findWrittenVersion), no longer the history.
    ssm.server.faults.add([
      { operation: 'PutParameter', kind: 'InternalServerError' },
      { operation: 'GetParameters', kind: 'AccessDeniedException', message: 'not allowed to read the version' },
    ]);
    const error = await rejectionOf(writeToken(ssm.store, request()));
    expect(error).toBeInstanceOf(UncheckedWriteError);
    expect(error.message).toBe('PutParameter got no clear answer (InternalServerError) and checking whether it landed failed: not allowed to read the version');
    expect(error.name).toBe('UncheckedWriteError');
    expect((error.writeError as Error).name).toBe('InternalServerError');
    expect((error.checkError as Error).name).toBe('AccessDeniedException');
  });
});

describe('UncheckedWriteError', () => {
  test('names a missing write error and a non-Error check failure', () => {
    expect(new UncheckedWriteError(undefined, 'socket closed').message).toBe(
      'PutParameter got no clear answer (no response) and checking whether it landed failed: socket closed',
    );
  });
});
