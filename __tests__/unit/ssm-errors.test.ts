import { describe, expect, test } from '@jest/globals';
import { classifySsmError, deniedAction, explainSsmError } from '../../src/ssm/errors.ts';
import { asStepError } from '../../src/rotate.ts';
import { CancelledError, StepError } from '../../src/errors.ts';
import { InvalidLabelsError } from '../../src/ssm/parameter-store.ts';

const sdkError = (name: string, status?: number, fault?: 'client' | 'server', message = `${name} text`) =>
  Object.assign(new Error(message), { name, ...(status !== undefined ? { $metadata: { httpStatusCode: status } } : {}), ...(fault ? { $fault: fault } : {}) });

describe('classifySsmError: what may be tried again', () => {
  test.each([
    ['ThrottlingException', 400, undefined, 'refused'],
    ['TooManyUpdates', 400, undefined, 'refused'],
    ['CredentialsProviderError', undefined, undefined, 'final'],
    ['ExpiredTokenException', 400, undefined, 'final'],
    ['InternalServerError', 500, undefined, 'ambiguous'],
    ['SomeServerError', undefined, 'server', 'ambiguous'],
    ['ParameterNotFound', 400, undefined, 'final'],
    ['TimeoutError', undefined, 'client', 'final'],
    ['ECONNRESET', undefined, undefined, 'ambiguous'],
  ] as const)('%s (status %s, fault %s) is %s', (name, status, fault, kind) => {
    expect(classifySsmError(sdkError(name, status, fault))).toBe(kind);
  });
});

describe('explainSsmError: one sentence and the next move per SSM error', () => {
  test.each([
    [
      'AccessDeniedException',
      'the AWS credentials are not allowed ssm:PutParameter (AccessDeniedException text)',
      'Grant ssm:PutParameter on this parameter to the role the workflow assumes.',
    ],
    ['InvalidKeyId', 'SSM rejected the KMS key (InvalidKeyId: InvalidKeyId text)', 'Check kms-key-id'],
    [
      'ParameterMaxVersionLimitExceeded',
      'SSM refused a new version because the oldest of the 100 kept versions still has a label',
      'aws ssm unlabel-parameter-version',
    ],
    ['ParameterVersionLabelLimitExceeded', 'the version already carries 10 labels', 'Remove a label from that version (aws ssm unlabel-parameter-version)'],
    ['CredentialsProviderError', 'no AWS credentials were found (CredentialsProviderError text)', 'no request was sent to SSM'],
    [
      'ThrottlingException',
      'SSM kept answering ThrottlingException after every retry',
      'turn on higher throughput (charged) with `aws ssm update-service-setting --setting-id /ssm/parameter-store/high-throughput-enabled --setting-value true`',
    ],
    ['ExpiredTokenException', 'the AWS credentials were rejected or missing (ExpiredTokenException:', 'configure-aws-credentials'],
    ['ValidationException', 'SSM rejected the request (ValidationException:', 'Check the parameter name, tier, tags and description inputs.'],
    ['Mystery', 'ssm:PutParameter failed (Mystery: Mystery text)', 'Check the AWS credentials, region and endpoint'],
  ])('%s', (name, reason, next) => {
    const explained = explainSsmError(sdkError(name, 400), 'ssm:PutParameter');
    expect(explained.reason).toContain(reason);
    expect(explained.next).toContain(next);
  });

  test('a denial names the action from the message, KMS ones point at the key', () => {
    const error = sdkError('AccessDeniedException', 400, undefined, 'User: x is not authorized to perform: kms:Decrypt on resource: y');
    expect(deniedAction(error)).toBe('kms:Decrypt');
    expect(explainSsmError(error, 'ssm:GetParameter').next).toBe("Grant kms:Decrypt on this parameter's KMS key to the role the workflow assumes.");
  });
});

describe('asStepError', () => {
  test.each([
    ['a StepError is kept', new StepError('write', 't', 'r.', 'n'), 'r.'],
    ['a cancel', new CancelledError('waiting'), 'the run was cancelled while waiting.'],
    ['rejected labels', new InvalidLabelsError('/p', 2, ['9x']), 'LabelParameterVersion on /p version 2 rejected the labels 9x.'],
    ['an SDK error', sdkError('ParameterNotFound', 400), 'ssm:GetParameter failed (ParameterNotFound: ParameterNotFound text).'],
  ])('%s', (_name, error, reason) => {
    expect(asStepError(error, 'label', '/p', 'ssm:GetParameter').reason).toBe(reason);
  });
});
