import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { fingerprint } from '../../src/token.ts';
import { REGION, rotateInProcess, startSsmServer, storeFor } from './world.ts';
import type { SsmServer } from './world.ts';

const NAME = '/team/app/deploy-token';
let ssm: SsmServer;

beforeAll(async () => {
  ssm = await startSsmServer({ kmsKeys: ['alias/deploy-tokens'] });
});
afterAll(async () => ssm.close());
beforeEach(() => {
  ssm.reset();
});

const versionsOf = (name = NAME) => ssm.store.versions(name).map((v) => ({ version: v.version, labels: [...v.labels].sort(), type: v.type }));

describe('an SSM-only rotation', () => {
  test('two runs leave versions 1 and 2, current on 2, previous on 1, and hand out the stored token', async () => {
    const first = await rotateInProcess(ssm, { 'parameter-name': NAME, tags: 'team=platform' });
    expect(first.outcome.error).toBeUndefined();
    expect(first.outcome.outputs).toMatchObject({ version: '1', 'previous-version': '', rotated: 'true', drift: 'false' });

    const second = await rotateInProcess(ssm, { 'parameter-name': NAME, tags: 'team=platform\nrotated-by=ci' });
    expect(second.outcome.error).toBeUndefined();
    const { outputs } = second.outcome;
    expect(outputs).toMatchObject({ version: '2', 'previous-version': '1', rotated: 'true', drift: 'false' });
    expect(versionsOf()).toEqual([
      { version: 1, labels: ['previous'], type: 'SecureString' },
      { version: 2, labels: ['current'], type: 'SecureString' },
    ]);
    expect(ssm.store.latest(NAME)?.value).toBe(outputs.token);
    expect(outputs.fingerprint).toBe(fingerprint(outputs.token));
    expect(outputs.token).not.toBe(first.outcome.outputs.token);
    expect(new Date(outputs['rotated-at']).getTime()).toBeGreaterThan(Date.now() - 60_000);
    // Created with its tags, then tagged after the overwrite (tags and Overwrite never go together).
    expect(ssm.store.tags(NAME)).toEqual({ team: 'platform', 'rotated-by': 'ci' });
    expect(ssm.requests.countsByOperation()).toMatchObject({ AddTagsToResource: 1 });
  });

  test('each marker line carries the fingerprint and never the token', async () => {
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    const token = run.outcome.outputs.token;
    expect(run.log.map((line) => line.split(' ')[0])).toEqual(['PLAN', 'MINTED', 'WROTE', 'LABELED', 'CONFIRMED']);
    for (const line of run.log.slice(1)) expect(line).toContain(` ${NAME} ${fingerprint(token)} `);
    expect(run.log.join('\n')).not.toContain(token);
    expect(run.masked).toEqual(expect.arrayContaining([token, Buffer.from(token).toString('base64')]));
  });

  test('the KMS key, tier and description are sent as given', async () => {
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME, 'kms-key-id': 'alias/deploy-tokens', tier: 'Advanced', description: 'deploy token' });
    expect(run.outcome.error).toBeUndefined();
    const latest = ssm.store.latest(NAME);
    expect(latest).toMatchObject({ keyId: 'alias/deploy-tokens', tier: 'Advanced', description: 'deploy token' });
  });

  test('version-labels false writes no label', async () => {
    await rotateInProcess(ssm, { 'parameter-name': NAME, 'version-labels': 'false' });
    await rotateInProcess(ssm, { 'parameter-name': NAME, 'version-labels': 'false' });
    expect(versionsOf().flatMap((v) => v.labels)).toEqual([]);
    expect(ssm.requests.count('LabelParameterVersion')).toBe(0);
  });

  test('dry-run reads and plans but writes nothing', async () => {
    await rotateInProcess(ssm, { 'parameter-name': NAME });
    ssm.requests.clear();
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME, 'dry-run': 'true' });
    expect(run.outcome.error).toBeUndefined();
    expect(run.outcome.outputs.rotated).toBe('false');
    expect(ssm.requests.countsByOperation()).toEqual({ GetParameterHistory: 1 });
    expect(run.log.join('\n')).toContain('dry run: would write version 2');
    expect(versionsOf()).toHaveLength(1);
  });
});

describe('preflight refuses before anything is written', () => {
  test.each(['String', 'StringList'] as const)('a %s parameter is never overwritten', async (type) => {
    ssm.store.seed({ Name: NAME, Value: 'plain', Type: type });
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    expect(run.outcome.error?.message).toContain(`the parameter is a ${type}, not a SecureString`);
    expect(run.outcome.state).toBe('Nothing was written anywhere.');
    expect(ssm.requests.count('PutParameter')).toBe(0);
    expect(ssm.store.latest(NAME)?.value).toBe('plain');
  });

  test('GetParameterHistory denied names the missing IAM action', async () => {
    ssm.iam.allowOnly(['ssm:PutParameter', 'ssm:GetParameters']);
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    expect(run.outcome.error?.message).toContain('not allowed ssm:GetParameterHistory');
    expect(run.outcome.error?.next).toContain('Grant ssm:GetParameterHistory');
    expect(ssm.requests.count('PutParameter')).toBe(0);
  });
});

describe('faults during the write', () => {
  test.each(['ThrottlingException', 'TooManyUpdates', 'InternalServerError', 'ServiceUnavailable'] as const)(
    '%s three times is retried to success with exactly one new version',
    async (kind) => {
      await rotateInProcess(ssm, { 'parameter-name': NAME });
      ssm.faults.add({ operation: 'PutParameter', kind, count: 3 });
      const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
      expect(run.outcome.error).toBeUndefined();
      expect(run.outcome.outputs.version).toBe('2');
      expect(versionsOf().map((v) => v.version)).toEqual([1, 2]);
      expect(ssm.store.latest(NAME)?.value).toBe(run.outcome.outputs.token);
      expect(run.log.find((l) => l.startsWith('WROTE'))).toContain('4 attempts');
    },
  );

  test('a response lost after the write is found in the history, not written twice', async () => {
    await rotateInProcess(ssm, { 'parameter-name': NAME });
    ssm.requests.clear();
    ssm.faults.add({ operation: 'PutParameter', kind: 'lost-response', count: 1 });
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    expect(run.outcome.error).toBeUndefined();
    expect(versionsOf().map((v) => v.version)).toEqual([1, 2]);
    expect(ssm.requests.count('PutParameter')).toBe(1);
    // The preflight's history (no decryption), then only the candidate version, decrypted, in one GetParameters;
    // then the confirm's GetParameters.
    expect(ssm.requests.countsByOperation()).toEqual({ GetParameterHistory: 1, PutParameter: 1, GetParameters: 2, LabelParameterVersion: 2 });
    expect(run.log.find((l) => l.startsWith('WROTE'))).toContain('found as version 2 after an unanswered attempt');
  });

  test('a lost response on the very first creation is recovered too', async () => {
    ssm.faults.add({ operation: 'PutParameter', kind: 'lost-response', count: 1 });
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME, tags: 'team=platform' });
    expect(run.outcome.error).toBeUndefined();
    expect(versionsOf().map((v) => v.version)).toEqual([1]);
    expect(ssm.store.latest(NAME)?.value).toBe(run.outcome.outputs.token);
  });

  test('throttling that never stops fails after a bounded number of attempts, parameter unchanged', async () => {
    await rotateInProcess(ssm, { 'parameter-name': NAME });
    const before = ssm.store.latest(NAME)?.value;
    ssm.requests.clear();
    ssm.faults.add({ operation: 'PutParameter', kind: 'ThrottlingException', count: 1000 });
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    expect(run.outcome.error?.message).toContain('SSM kept answering ThrottlingException after every retry');
    expect(run.outcome.state).toContain('still holds version 1');
    expect(ssm.requests.count('PutParameter')).toBe(6);
    expect(ssm.store.latest(NAME)?.value).toBe(before);
    expect(run.outcome.outputs.rotated).toBe('false');
    expect(run.outcome.outputs.token).toBe('');
  });

  test.each([
    ['AccessDeniedException', 'not allowed ssm:PutParameter'],
    ['InvalidKeyId', 'SSM rejected the KMS key'],
  ] as const)('%s fails clearly with the parameter unchanged', async (kind, words) => {
    await rotateInProcess(ssm, { 'parameter-name': NAME });
    ssm.requests.clear();
    ssm.faults.add({ operation: 'PutParameter', kind, count: 1 });
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    expect(run.outcome.error?.step).toBe('write');
    expect(run.outcome.error?.message).toContain(words);
    expect(versionsOf().map((v) => v.version)).toEqual([1]);
    expect(ssm.requests.count('PutParameter')).toBe(1);
  });

  test('an unknown KMS key is refused by SSM and nothing is written', async () => {
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME, 'kms-key-id': 'alias/no-such-key' });
    expect(run.outcome.error?.message).toContain('SSM rejected the KMS key');
    expect(ssm.store.has(NAME)).toBe(false);
  });

  test('a labelled oldest version at the 100-version limit fails with the way out', async () => {
    ssm.store.seed({ Name: NAME, Value: 'v1', Type: 'SecureString', Labels: ['keep'] });
    for (let i = 2; i <= 100; i++) ssm.store.seed({ Name: NAME, Value: `v${i}`, Type: 'SecureString' });
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    expect(run.outcome.error?.message).toContain('version 1, the oldest of the 100 versions SSM keeps, carries the label keep');
    expect(run.outcome.error?.next).toContain(`aws ssm unlabel-parameter-version --name '${NAME}' --parameter-version 1 --labels 'keep'`);
    expect(run.log.some((l) => l.startsWith('MINTED'))).toBe(false);
    expect(ssm.store.versions(NAME)).toHaveLength(100);
  });

  test('with labels managed, the 101st write succeeds: no old version keeps a label', async () => {
    for (let i = 1; i <= 100; i++) ssm.store.seed({ Name: NAME, Value: `v${i}`, Type: 'SecureString' });
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    expect(run.outcome.error).toBeUndefined();
    expect(run.outcome.outputs.version).toBe('101');
    const labelled = ssm.store
      .versions(NAME)
      .filter((v) => v.labels.length > 0)
      .map((v) => [v.version, v.labels]);
    expect(labelled).toEqual([
      [100, ['previous']],
      [101, ['current']],
    ]);
  });

  test('LabelParameterVersion denied after the write rolls the value back', async () => {
    await rotateInProcess(ssm, { 'parameter-name': NAME });
    const old = ssm.store.latest(NAME)?.value;
    ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'AccessDeniedException', count: 1 });
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    expect(run.outcome.error?.message).toContain('not allowed ssm:LabelParameterVersion');
    expect(run.log.some((l) => l.startsWith('ROLLED-BACK'))).toBe(true);
    expect(ssm.store.latest(NAME)).toMatchObject({ version: 3, value: old, labels: ['current'] });
    expect(run.outcome.outputs).toMatchObject({ rotated: 'false', token: old, version: '3' });
  });
});

describe('drift and races', () => {
  test('a version written outside the action is reported with its writer and superseded', async () => {
    await rotateInProcess(ssm, { 'parameter-name': NAME });
    const outsider = new SSMClient({ endpoint: ssm.url, region: REGION, credentials: { accessKeyId: 'AKIDHUMAN', secretAccessKey: 'x' } });
    await outsider.send(new PutParameterCommand({ Name: NAME, Value: 'typed-by-hand', Type: 'SecureString', Overwrite: true }));
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    expect(run.outcome.outputs.drift).toBe('true');
    const drift = run.log.find((l) => l.startsWith('DRIFT'));
    expect(drift).toContain('version 2 was written outside this action by arn:aws:iam::123456789012:user/AKIDHUMAN');
    expect(drift).toContain('current is on 1');
    expect(versionsOf()).toEqual([
      // previous points at the version consumers hold (current's), not at the drift version.
      { version: 1, labels: ['previous'], type: 'SecureString' },
      { version: 2, labels: [], type: 'SecureString' },
      { version: 3, labels: ['current'], type: 'SecureString' },
    ]);
    expect(run.log.find((l) => l.startsWith('WROTE'))).toContain('version 3 (previous 1, supersedes 2)');
    expect(run.log.find((l) => l.startsWith('LABELED'))).toContain('current -> 3, previous -> 1');
    expect(run.outcome.outputs['previous-version']).toBe('1');
  });

  test('a run overtaken by a later write fails as superseded and does not hand out its token', async () => {
    await rotateInProcess(ssm, { 'parameter-name': NAME });
    const store = storeFor(ssm);
    const label = store.label.bind(store);
    let raced = false;
    // Another writer lands between our write and our labels.
    store.label = async (name, version, labels) => {
      if (!raced) {
        raced = true;
        ssm.store.seed({ Name: NAME, Value: 'other-run', Type: 'SecureString' });
      }
      return label(name, version, labels);
    };
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME }, { store });
    expect(run.outcome.error?.message).toContain('superseded by version 3');
    expect(run.outcome.outputs).toMatchObject({ rotated: 'false', token: '' });
    // The newer version is someone else's: current is not moved onto it, so the next run sees it as drift.
    expect(ssm.store.versionWithLabel(NAME, 'current')).toBe(2);
    expect(ssm.store.versionWithLabel(NAME, 'previous')).toBe(1);
    expect(run.log.filter((l) => l.startsWith('LABELED'))).toEqual([expect.stringContaining('current -> 2, previous -> 1')]);
  });
});

describe('what the rotation keeps (in process)', () => {
  test('a drifted parameter rolled back: the value current was on is restored, logs and outputs agree', async () => {
    await rotateInProcess(ssm, { 'parameter-name': NAME });
    const held = ssm.store.latest(NAME)?.value;
    ssm.store.seed({ Name: NAME, Value: 'written-by-hand', Type: 'SecureString' });
    ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'AccessDeniedException', count: 1 });
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    expect(run.log.find((l) => l.startsWith('WROTE'))).toContain('version 3 (previous 1, supersedes 2)');
    expect(run.log.find((l) => l.startsWith('ROLLED-BACK'))).toContain('version 4 holds the value of version 1');
    expect(ssm.store.latest(NAME)).toMatchObject({ version: 4, value: held, labels: ['current'] });
    expect(run.outcome.outputs).toMatchObject({ rotated: 'false', token: held, version: '4', 'previous-version': '1', drift: 'true' });
  });

  test('previous is not put on a version that could soon be the oldest: it goes to the one before ours', async () => {
    ssm.store.seed({ Name: NAME, Value: 'v1', Type: 'SecureString' });
    ssm.store.seed({ Name: NAME, Value: 'v2', Type: 'SecureString' });
    ssm.store.seed({ Name: NAME, Value: 'v3', Type: 'SecureString', Labels: ['current'] });
    for (let i = 4; i <= 100; i++) ssm.store.seed({ Name: NAME, Value: `v${i}`, Type: 'SecureString' });
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    expect(run.outcome.error).toBeUndefined();
    // previous-version and WROTE still name the version consumers held (current's); LABELED says where the label went.
    expect(run.log.find((l) => l.startsWith('WROTE'))).toContain('version 101 (previous 3, supersedes 100)');
    expect(run.log.find((l) => l.startsWith('LABELED'))).toContain(
      'current -> 101, previous -> 100 (not on version 3, which could soon be the oldest SSM keeps)',
    );
    expect(run.outcome.outputs['previous-version']).toBe('3');
    expect(ssm.store.versions(NAME)).toHaveLength(100);
  });

  test.each([
    [
      '10 labels on the held version',
      () => ssm.store.seed({ Name: NAME, Value: 'v1', Type: 'SecureString', Labels: Array.from({ length: 10 }, (_, i) => `l${i}`) }),
      {},
      'version 1 already carries 10 labels',
    ],
    [
      'an Advanced parameter with tier Standard',
      () => ssm.store.seed({ Name: NAME, Value: 'v1', Type: 'SecureString', Tier: 'Advanced' }),
      { tier: 'Standard' },
      'set tier to Advanced',
    ],
    [
      'ssm:GetParameterHistory denied',
      () => {
        ssm.store.seed({ Name: NAME, Value: 'v1', Type: 'SecureString' });
        ssm.iam.allowOnly(['ssm:GetParameters', 'ssm:PutParameter', 'ssm:LabelParameterVersion', 'kms:*']);
      },
      {},
      'not allowed ssm:GetParameterHistory',
    ],
  ])('refused in preflight, nothing minted: %s', async (_name, setup, inputs, words) => {
    setup();
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME, ...inputs });
    ssm.iam.allowOnly(null);
    expect(run.outcome.error?.step).toBe('preflight');
    expect(run.outcome.error?.message).toContain(words);
    expect(run.masked).toEqual([]);
    expect(run.outcome.outputs.fingerprint).toBe('');
    expect(ssm.store.versions(NAME)).toHaveLength(1);
  });

  test('the key is kept with an empty kms-key-id, and a different one is named in the PLAN line', async () => {
    ssm.store.seed({ Name: NAME, Value: 'v1', Type: 'SecureString', KeyId: 'alias/aws/ssm', Labels: ['current'] });
    const kept = await rotateInProcess(ssm, { 'parameter-name': NAME });
    expect(kept.log.find((l) => l.startsWith('PLAN'))).toContain('Standard tier, key alias/aws/ssm');
    expect(ssm.store.latest(NAME)?.keyId).toBe('alias/aws/ssm');
    const dry = await rotateInProcess(ssm, { 'parameter-name': NAME, 'kms-key-id': 'alias/other', 'dry-run': 'true' });
    expect(dry.log.find((l) => l.startsWith('PLAN'))).toContain('KMS key changes from alias/aws/ssm to alias/other (kms-key-id)');
    expect(dry.log.join('\n')).toContain(
      'dry run: would write version 3 (SecureString, alias/other, Standard), replacing version 2, the one consumers hold; would move current -> 3, previous -> 2',
    );
  });
});

describe('the SSM requests of a rotation', () => {
  test('a rotation without drift makes 5: history, write, two labels, one confirm; no read but the history before the write', async () => {
    await rotateInProcess(ssm, { 'parameter-name': NAME });
    await rotateInProcess(ssm, { 'parameter-name': NAME });
    ssm.requests.clear();
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    expect(run.outcome.error).toBeUndefined();
    expect(ssm.requests.all().map((r) => r.operation)).toEqual([
      'GetParameterHistory',
      'PutParameter',
      'LabelParameterVersion',
      'LabelParameterVersion',
      'GetParameters',
    ]);
    expect(versionsOf().map((v) => [v.version, v.labels])).toEqual([
      [1, []],
      [2, ['previous']],
      [3, ['current']],
    ]);
  });

  test('the first rotation of a new parameter: history (ParameterNotFound), write, current, confirm', async () => {
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    expect(run.outcome.error).toBeUndefined();
    expect(ssm.requests.all().map((r) => [r.operation, r.error ?? null])).toEqual([
      ['GetParameterHistory', 'ParameterNotFound'],
      ['PutParameter', null],
      ['LabelParameterVersion', null],
      ['GetParameters', null],
    ]);
  });

  test('previous already where it goes (current and previous on one version) is not labelled again', async () => {
    ssm.store.seed({ Name: NAME, Value: 'v1', Type: 'SecureString', Labels: ['current', 'previous'] });
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    expect(run.outcome.error).toBeUndefined();
    expect(ssm.requests.count('LabelParameterVersion')).toBe(1);
    expect(run.log.find((l) => l.startsWith('LABELED'))).toContain('current -> 2, previous -> 1');
    expect(versionsOf().map((v) => [v.version, v.labels])).toEqual([
      [1, ['previous']],
      [2, ['current']],
    ]);
  });

  test('no read of a successful rotation decrypts: it passes without kms:Decrypt on a customer-managed key', async () => {
    await rotateInProcess(ssm, { 'parameter-name': NAME, 'kms-key-id': 'alias/deploy-tokens' });
    ssm.iam.allowOnly(['ssm:GetParameterHistory', 'ssm:GetParameters', 'ssm:PutParameter', 'ssm:LabelParameterVersion', 'kms:Encrypt']);
    const run = await rotateInProcess(ssm, { 'parameter-name': NAME });
    ssm.iam.allowOnly(null);
    expect(run.outcome.error).toBeUndefined();
    expect(run.outcome.outputs).toMatchObject({ version: '2', rotated: 'true' });
    expect(ssm.store.latest(NAME)?.keyId).toBe('alias/deploy-tokens');
  });

  test('version-labels false: history, write, confirm of the plain name only', async () => {
    await rotateInProcess(ssm, { 'parameter-name': NAME, 'version-labels': 'false' });
    ssm.requests.clear();
    await rotateInProcess(ssm, { 'parameter-name': NAME, 'version-labels': 'false' });
    expect(ssm.requests.all().map((r) => r.operation)).toEqual(['GetParameterHistory', 'PutParameter', 'GetParameters']);
  });
});
