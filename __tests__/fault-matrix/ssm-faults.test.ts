import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect } from '@jest/globals';
import {
  NAME,
  expectAgreementOrExplanation,
  failure,
  markers,
  outputs,
  row,
  run,
  seed,
  ssmInputs,
  useWorld,
  versions,
  ROTATED,
  UNTOUCHED,
  allowDocumentedIam,
} from './world.ts';

// SSM rows of docs/FAULT-MATRIX.md: SSM-only runs of the bundle against the local SSM server.
const world = useWorld();
beforeEach(async () => {
  await seed(world);
});

/** The documented IAM actions but one. */
const allowAllBut = (missing: string): void => {
  allowDocumentedIam(world, missing);
};

// An SSM-only rollback after a labelling failure: `previous` was never moved, so no version keeps it.
const ROLLED_BACK = [
  [1, 'old', []],
  [2, 'new', []],
  [3, 'old', ['current']],
];

describe('SSM answers slowly or not at all, then recovers', () => {
  row('S1', 'ThrottlingException burst on PutParameter: backed off and retried, one new version', async () => {
    world.ssm.faults.add({ operation: 'PutParameter', kind: 'ThrottlingException', count: 3 });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toMatch(/^WROTE \S+ sha256:[0-9a-f]{16} version 2 \(previous 1, 4 attempts\)/m);
    expect(versions(world, done)).toEqual(ROTATED);
    expect(outputs(world, done)).toEqual({ rotated: 'true', token: 'new', version: '2' });
    expectAgreementOrExplanation(world, done);
  });

  row('S2', 'ThrottlingException burst on the preflight read: retried, rotated', async () => {
    world.ssm.faults.add({ operation: 'GetParameterHistory', kind: 'ThrottlingException', count: 3 });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(0);
    expect(versions(world, done)).toEqual(ROTATED);
    expect(outputs(world, done)).toEqual({ rotated: 'true', token: 'new', version: '2' });
    expectAgreementOrExplanation(world, done);
  });

  row('S3', 'TooManyUpdates burst (the SDK does not retry it): retried here, one new version', async () => {
    world.ssm.faults.add({ operation: 'PutParameter', kind: 'TooManyUpdates', count: 2 });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toContain('version 2 (previous 1, 3 attempts)');
    expect(versions(world, done)).toEqual(ROTATED);
    expect(outputs(world, done)).toEqual({ rotated: 'true', token: 'new', version: '2' });
    expectAgreementOrExplanation(world, done);
  });

  row('S4', '500 burst on PutParameter: the version it would have is read before each retry, so no extra version', async () => {
    world.ssm.faults.add({ operation: 'PutParameter', kind: 'InternalServerError', count: 2 });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toContain('version 2 (previous 1, 3 attempts)');
    // Only the preflight reads the history (without decryption); each check reads name:2 alone.
    expect(world.ssm.requests.count('GetParameterHistory')).toBe(1);
    expect(versions(world, done)).toEqual(ROTATED);
    expectAgreementOrExplanation(world, done);
  });

  row('S5', '503 burst on GetParameters and LabelParameterVersion: retried, rotated', async () => {
    world.ssm.faults.add([
      { operation: 'GetParameters', kind: 'ServiceUnavailable', count: 2 },
      { operation: 'LabelParameterVersion', kind: 'ServiceUnavailable', count: 2 },
    ]);
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(0);
    expect(versions(world, done)).toEqual(ROTATED);
    expect(outputs(world, done)).toEqual({ rotated: 'true', token: 'new', version: '2' });
    expectAgreementOrExplanation(world, done);
  });

  row('S6', 'response lost after a successful write: the one candidate version is read and matched by fingerprint, not written twice', async () => {
    world.ssm.faults.add({ operation: 'PutParameter', kind: 'lost-response' });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toContain('version 2 (previous 1, found as version 2 after an unanswered attempt)');
    expect(world.ssm.requests.count('PutParameter')).toBe(1);
    expect(world.ssm.requests.count('GetParameterHistory')).toBe(1);
    expect(versions(world, done)).toEqual(ROTATED);
    expect(outputs(world, done)).toEqual({ rotated: 'true', token: 'new', version: '2' });
    expectAgreementOrExplanation(world, done);
  });
});

describe('SSM keeps failing', () => {
  row('S7', 'ThrottlingException on every PutParameter: bounded retries, then nothing written', async () => {
    world.ssm.faults.add({ operation: 'PutParameter', kind: 'ThrottlingException', count: 100 });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(`write failed for ${NAME}: SSM kept answering ThrottlingException after every retry`);
    expect(failure(done)).toContain('The parameter still holds version 1; nothing was written anywhere.');
    expect(failure(done)).toContain(
      "The account is over Parameter Store's throughput quota in this region (by default 40 transactions per second, shared by every GetParameter and GetParameters call in the account): spread the deploys out, or turn on higher throughput (charged) with `aws ssm update-service-setting --setting-id /ssm/parameter-store/high-throughput-enabled --setting-value true`.",
    );
    // Throttling is retried on a bounded total wait (10 s, jittered waits of at most 1 s), not a fixed count.
    expect(world.ssm.requests.count('PutParameter')).toBeGreaterThan(6);
    expect(world.ssm.requests.count('PutParameter')).toBeLessThan(100);
    expect(versions(world, done)).toEqual(UNTOUCHED);
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'none', version: '' });
    expectAgreementOrExplanation(world, done);
  });

  row('S8', '500 on every LabelParameterVersion after the write: rolled back, previous token in force', async () => {
    world.ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'InternalServerError', count: 6 });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(`label failed for ${NAME}: ssm:LabelParameterVersion failed (InternalServerError`);
    expect(failure(done)).toContain('SSM version 3 holds the previous token again, current -> 3');
    expect(markers(done)).toEqual(['PLAN', 'MINTED', 'WROTE', 'FAILED', 'ROLLED-BACK']);
    expect(versions(world, done)).toEqual(ROLLED_BACK);
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'old', version: '3' });
    expectAgreementOrExplanation(world, done);
  });
});

describe('access denied on each IAM action the action uses', () => {
  row('S9', 'ssm:GetParameters denied: the confirm fails naming it, the new token stays in force', async () => {
    allowAllBut('ssm:GetParameters');
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(`confirm failed for ${NAME}: the AWS credentials are not allowed ssm:GetParameters`);
    expect(failure(done)).toContain(
      'SSM version 2 holds the new token, but it could not be confirmed as the latest. Grant ssm:GetParameters on this parameter',
    );
    expect(versions(world, done)).toEqual(ROTATED);
    expect(outputs(world, done)).toEqual({ rotated: 'true', token: 'new', version: '2' });
  });

  row('S10', 'ssm:PutParameter denied: write fails naming it, nothing written', async () => {
    allowAllBut('ssm:PutParameter');
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(`write failed for ${NAME}: the AWS credentials are not allowed ssm:PutParameter`);
    expect(failure(done)).toContain('The parameter still holds version 1; nothing was written anywhere.');
    expect(versions(world, done)).toEqual(UNTOUCHED);
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'none', version: '' });
  });

  row('S11', 'ssm:LabelParameterVersion denied: the previous value is written back; labels never moved, so current still holds it', async () => {
    allowAllBut('ssm:LabelParameterVersion');
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(`label failed for ${NAME}: the AWS credentials are not allowed ssm:LabelParameterVersion`);
    expect(failure(done)).toContain('SSM version 3 holds the previous token again, but the labels were not moved back');
    expect(failure(done)).toContain('current points at version 1, which holds the previous token');
    expect(versions(world, done)).toEqual([
      [1, 'old', ['current']],
      [2, 'new', []],
      [3, 'old', []],
    ]);
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'old', version: '3' });
    expectAgreementOrExplanation(world, done);
  });

  row('S12', 'ssm:AddTagsToResource denied with tags on an existing parameter: the untagged write is rolled back', async () => {
    allowAllBut('ssm:AddTagsToResource');
    const done = await run(world, { inputs: ssmInputs({ tags: 'team=platform' }) });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(`write failed for ${NAME}: the AWS credentials are not allowed ssm:AddTagsToResource`);
    expect(failure(done)).toContain('SSM version 3 holds the previous token again, current -> 3');
    expect(versions(world, done)).toEqual(ROLLED_BACK);
    expect(world.ssm.store.tags(NAME)).toEqual({});
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'old', version: '3' });
    expectAgreementOrExplanation(world, done);
  });

  row('S13', 'ssm:GetParameterHistory denied: the preflight cannot read the key, tier and labels, so it refuses before minting', async () => {
    allowAllBut('ssm:GetParameterHistory');
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(`preflight failed for ${NAME}: the AWS credentials are not allowed ssm:GetParameterHistory`);
    expect(failure(done)).toContain('Nothing was written anywhere. Grant ssm:GetParameterHistory on this parameter');
    expect(markers(done)).toEqual(['FAILED']);
    expect(world.ssm.requests.count('PutParameter')).toBe(0);
    expect(versions(world, done)).toEqual(UNTOUCHED);
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'none', version: '' });
    expect(done.outputs.fingerprint).toBe('');
  });

  row('S14', 'no AWS credentials at all: named as such at once, no request sent, nothing retried', async () => {
    const done = await run(world, {
      inputs: ssmInputs(),
      env: {
        AWS_ACCESS_KEY_ID: '',
        AWS_SECRET_ACCESS_KEY: '',
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
        AWS_CONFIG_FILE: '/nonexistent',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(`preflight failed for ${NAME}: no AWS credentials were found (`);
    expect(failure(done)).toContain('Configure credentials before this step');
    expect(world.ssm.requests.count()).toBe(0);
    expect(done.durationMs).toBeLessThan(5000);
    expect(versions(world, done)).toEqual(UNTOUCHED);
  });

  row('S15', 'kms:Encrypt denied: write fails naming it and the key, nothing written', async () => {
    allowAllBut('kms:Encrypt');
    const done = await run(world, { inputs: ssmInputs({ 'kms-key-id': 'alias/deploy-tokens' }) });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(`write failed for ${NAME}: the AWS credentials are not allowed kms:Encrypt`);
    expect(failure(done)).toContain("Grant kms:Encrypt on this parameter's KMS key");
    expect(versions(world, done)).toEqual(UNTOUCHED);
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'none', version: '' });
  });

  row('S16', 'kms:GenerateDataKey denied for an Advanced parameter: write fails naming it, nothing written', async () => {
    allowAllBut('kms:GenerateDataKey');
    const done = await run(world, { inputs: ssmInputs({ tier: 'Advanced' }) });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain('the AWS credentials are not allowed kms:GenerateDataKey');
    expect(versions(world, done)).toEqual(UNTOUCHED);
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'none', version: '' });
  });

  row('S17', 'kms:Decrypt denied when a rollback must read the previous value: says the new token stays and where current is', async () => {
    allowAllBut('kms:Decrypt');
    world.ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'AccessDeniedException' });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain('The rollback failed: the AWS credentials are not allowed kms:Decrypt');
    expect(failure(done)).toContain("SSM's latest version 2 still holds the new token, and current points at version 1, which holds the previous token.");
    expect(failure(done)).toContain("Grant kms:Decrypt on this parameter's KMS key");
    expect(versions(world, done)).toEqual([
      [1, 'old', ['current']],
      [2, 'new', []],
    ]);
    expect(outputs(world, done)).toEqual({ rotated: 'true', token: 'new', version: '2' });
    expectAgreementOrExplanation(world, done);
  });

  row('S18', 'kms:Decrypt denied when a lost response must be checked: names it, says what may differ', async () => {
    allowAllBut('kms:Decrypt');
    world.ssm.faults.add({ operation: 'PutParameter', kind: 'lost-response' });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain('checking whether it landed failed: the AWS credentials are not allowed kms:Decrypt');
    expect(failure(done)).toContain("SSM's latest version is now 2, which may hold this run's token");
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'none', version: '' });
    expectAgreementOrExplanation(world, done);
  });
});

describe('SSM refuses the parameter', () => {
  row('S19', 'a KMS key that does not exist: write fails with InvalidKeyId, nothing written', async () => {
    const done = await run(world, { inputs: ssmInputs({ 'kms-key-id': 'alias/no-such-key' }) });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(`write failed for ${NAME}: SSM rejected the KMS key (InvalidKeyId:`);
    expect(failure(done)).toContain('Check kms-key-id');
    expect(versions(world, done)).toEqual(UNTOUCHED);
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'none', version: '' });
  });

  row('S20', '100 versions with a label on the oldest: refused in preflight naming the label and the unlabel command, nothing minted', async () => {
    world.ssm.reset();
    world.ssm.store.seed({ Name: NAME, Value: randomBytes(24).toString('base64url'), Type: 'SecureString', Labels: ['pinned'] });
    for (let i = 2; i < 100; i++) world.ssm.store.seed({ Name: NAME, Value: randomBytes(24).toString('base64url'), Type: 'SecureString' });
    world.ssm.store.seed({ Name: NAME, Value: world.old, Type: 'SecureString', Labels: ['current'] });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(
      `preflight failed for ${NAME}: version 1, the oldest of the 100 versions SSM keeps, carries the label pinned, so SSM would refuse the new version (ParameterMaxVersionLimitExceeded).`,
    );
    expect(failure(done)).toContain(
      `Nothing was written anywhere. Remove it (aws ssm unlabel-parameter-version --name '${NAME}' --parameter-version 1 --labels 'pinned')`,
    );
    expect(world.ssm.requests.count('PutParameter')).toBe(0);
    expect(world.ssm.requests.count('GetParameterHistory')).toBe(2);
    expect(world.ssm.store.versions(NAME)).toHaveLength(100);
    expect(world.ssm.store.latest(NAME)?.value).toBe(world.old);
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'none', version: '' });
  });

  row('S21', 'a String parameter where a SecureString is expected: refused in preflight, never overwritten', async () => {
    world.ssm.reset();
    world.ssm.store.seed({ Name: NAME, Value: world.old, Type: 'String' });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(`preflight failed for ${NAME}: the parameter is a String, not a SecureString`);
    expect(failure(done)).toContain('Nothing was written anywhere.');
    expect(world.ssm.store.versions(NAME).map((v) => [v.version, v.type])).toEqual([[1, 'String']]);
    expect(world.ssm.requests.count('PutParameter')).toBe(0);
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'none', version: '' });
  });
});
