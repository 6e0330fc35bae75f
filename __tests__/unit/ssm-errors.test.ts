import { describe, expect, test } from '@jest/globals';
import { classifySsmError, deniedAction, explainSsmError } from '../../src/ssm/errors.ts';

// The shapes are those of AWS SDK v3 service exceptions: `name`, `$fault`, `$metadata.httpStatusCode`.
const sdkError = (name: string | undefined, status: number | undefined, fault?: 'client' | 'server', message = 'm') => ({
  ...(name === undefined ? {} : { name }),
  message,
  ...(fault === undefined ? {} : { $fault: fault }),
  $metadata: status === undefined ? {} : { httpStatusCode: status },
});

describe('classifySsmError', () => {
  // SSM's throttling answers are 400s with these error codes (AWS API reference, "Common Errors":
  // ThrottlingException; SDK retry classes also treat Throttling, RequestLimitExceeded and
  // TooManyRequestsException as throttling: @smithy/core, retry/service-error-classification constants.ts,
  // THROTTLING_ERROR_CODES). TooManyUpdates: PutParameter's concurrent-update refusal.
  test.each(['ThrottlingException', 'TooManyUpdates', 'Throttling', 'RequestLimitExceeded', 'TooManyRequestsException'])(
    '%s is a refusal that is safe to repeat, though it comes as a 400',
    (name) => {
      expect(classifySsmError(sdkError(name, 400, 'client'))).toBe('refused');
      expect(classifySsmError(sdkError(name, undefined))).toBe('refused');
    },
  );

  test.each<[string, string, ReturnType<typeof sdkError> | null | undefined]>([
    ['a 500', 'ambiguous', sdkError('InternalServerError', 500, 'server')],
    ['a 500 the SDK calls a client fault', 'ambiguous', sdkError('InternalServerError', 500, 'client')],
    ['a 503', 'ambiguous', sdkError('ServiceUnavailable', 503)],
    ['a 599', 'ambiguous', sdkError('X', 599, 'client')],
    ['a server fault without a status', 'ambiguous', sdkError('X', undefined, 'server')],
    ['a 400', 'final', sdkError('ValidationException', 400, 'client')],
    ['a 400 without a fault', 'final', sdkError('ValidationException', 400)],
    ['a 499', 'final', sdkError('X', 499)],
    ['a 403', 'final', sdkError('AccessDeniedException', 403, 'client')],
    ['a 399', 'ambiguous', sdkError('X', 399)],
    ['a client fault without a status', 'final', sdkError('CredentialsProviderError', undefined, 'client')],
    ['a lost connection (no status, no fault)', 'ambiguous', sdkError('TimeoutError', undefined)],
    ['no name and no status', 'ambiguous', sdkError(undefined, undefined)],
    ['null', 'ambiguous', null],
    ['undefined', 'ambiguous', undefined],
  ])('%s is %s', (_, kind, error) => {
    expect(classifySsmError(error)).toBe(kind);
  });

  test('a refusal name wins over a 5xx status', () => {
    expect(classifySsmError(sdkError('ThrottlingException', 503, 'server'))).toBe('refused');
  });

  test('an unknown name with a 4xx is final, however close to a refusal it reads', () => {
    expect(classifySsmError(sdkError('ThrottlingExceptionX', 400, 'client'))).toBe('final');
  });
});

describe('deniedAction', () => {
  test.each<[string, string | undefined]>([
    [
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ssm:PutParameter on resource: arn:aws:ssm:us-east-1:123456789012:parameter/a',
      'ssm:PutParameter',
    ],
    ['User: arn:aws:sts::123456789012:assumed-role/ci/x is not authorized to perform kms:Encrypt on this resource', 'kms:Encrypt'],
    ['is not authorized to perform: ssm:GetParameterHistory', 'ssm:GetParameterHistory'],
    ['Access denied', undefined],
    ['', undefined],
  ])('%j names %p', (message, action) => {
    expect(deniedAction({ name: 'AccessDeniedException', message })).toBe(action);
  });

  test('no error or no message names nothing', () => {
    expect(deniedAction(undefined)).toBeUndefined();
    expect(deniedAction({ name: 'AccessDeniedException' })).toBeUndefined();
  });
});

describe('explainSsmError gives one reason and one next step per kind of failure', () => {
  const DENIED = 'User: arn:aws:iam::1:user/ci is not authorized to perform: kms:Encrypt on resource: k';

  test.each<[string, { name?: string; message?: string }, string, { reason: string; next: string }]>([
    [
      'a denial names the action in the message',
      { name: 'AccessDeniedException', message: 'User: arn:aws:iam::1:user/ci is not authorized to perform: ssm:PutParameter on resource: p' },
      'ssm:GetParameter',
      {
        reason:
          'the AWS credentials are not allowed ssm:PutParameter (User: arn:aws:iam::1:user/ci is not authorized to perform: ssm:PutParameter on resource: p)',
        next: 'Grant ssm:PutParameter on this parameter to the role the workflow assumes.',
      },
    ],
    [
      'a KMS denial names the key',
      { name: 'AccessDeniedException', message: DENIED },
      'ssm:PutParameter',
      {
        reason: `the AWS credentials are not allowed kms:Encrypt (${DENIED})`,
        next: "Grant kms:Encrypt on this parameter's KMS key to the role the workflow assumes.",
      },
    ],
    [
      'a denial without an action in its message names the call',
      { name: 'AccessDenied', message: 'Access denied' },
      'ssm:LabelParameterVersion',
      {
        reason: 'the AWS credentials are not allowed ssm:LabelParameterVersion (Access denied)',
        next: 'Grant ssm:LabelParameterVersion on this parameter to the role the workflow assumes.',
      },
    ],
    ...(['InvalidKeyId', 'NotFoundException', 'KMSInvalidStateException'] as const).map(
      (name): [string, { name: string; message: string }, string, { reason: string; next: string }] => [
        `${name} is about the KMS key`,
        { name, message: 'bad key' },
        'ssm:PutParameter',
        {
          reason: `SSM rejected the KMS key (${name}: bad key)`,
          next: 'Check kms-key-id: the key must exist, be enabled and be usable by this role in this region.',
        },
      ],
    ),
    [
      'the version limit names the label that holds the oldest version',
      { name: 'ParameterMaxVersionLimitExceeded', message: 'limit' },
      'ssm:PutParameter',
      {
        reason: 'SSM refused a new version because the oldest of the 100 kept versions still has a label (limit)',
        next: "Remove that label (aws ssm unlabel-parameter-version) or move it to a newer version (aws ssm label-parameter-version), then run again; this action's own labels never stay on a version that could become the oldest.",
      },
    ],
    ...(['ThrottlingException', 'Throttling', 'RequestLimitExceeded', 'TooManyRequestsException'] as const).map(
      (name): [string, { name: string; message: string }, string, { reason: string; next: string }] => [
        `${name} after every retry`,
        { name, message: 'Rate exceeded' },
        'ssm:PutParameter',
        {
          reason: `SSM kept answering ${name} after every retry (Rate exceeded)`,
          next: "The account is over Parameter Store's throughput quota in this region (by default 40 transactions per second, shared by every GetParameter and GetParameters call in the account): spread the deploys out, or turn on higher throughput (charged) with `aws ssm update-service-setting --setting-id /ssm/parameter-store/high-throughput-enabled --setting-value true`.",
        },
      ],
    ),
    [
      'TooManyUpdates after every retry',
      { name: 'TooManyUpdates', message: 'Rate exceeded' },
      'ssm:PutParameter',
      { reason: 'SSM kept answering TooManyUpdates after every retry (Rate exceeded)', next: 'Another writer is busy on this parameter: run again later.' },
    ],
    ...(['ExpiredTokenException', 'UnrecognizedClientException', 'InvalidClientTokenId'] as const).map(
      (name): [string, { name: string; message: string }, string, { reason: string; next: string }] => [
        `${name} is about the credentials`,
        { name, message: 'no' },
        'ssm:GetParameter',
        {
          reason: `the AWS credentials were rejected or missing (${name}: no)`,
          next: 'Configure credentials before this step, e.g. with aws-actions/configure-aws-credentials.',
        },
      ],
    ),
    [
      'CredentialsProviderError: no credentials were found and nothing was sent',
      { name: 'CredentialsProviderError', message: 'no' },
      'ssm:GetParameter',
      {
        reason: 'no AWS credentials were found (no)',
        next: 'Configure credentials before this step, e.g. with aws-actions/configure-aws-credentials; no request was sent to SSM.',
      },
    ],
    ...(['HierarchyTypeMismatchException', 'HierarchyLevelLimitExceededException', 'ParameterLimitExceeded', 'ValidationException'] as const).map(
      (name): [string, { name: string; message: string }, string, { reason: string; next: string }] => [
        `${name} is about the request`,
        { name, message: 'bad' },
        'ssm:PutParameter',
        { reason: `SSM rejected the request (${name}: bad)`, next: 'Check the parameter name, tier, tags and description inputs.' },
      ],
    ),
    [
      'anything else names the call, with the message on one line',
      { name: 'InternalServerError', message: '  An error\n   occurred  ' },
      'ssm:GetParameterHistory',
      {
        reason: 'ssm:GetParameterHistory failed (InternalServerError: An error occurred)',
        next: 'Check the AWS credentials, region and endpoint, then run again.',
      },
    ],
  ])('%s', (_, error, action, explained) => {
    expect(explainSsmError(error, action)).toEqual(explained);
  });

  test('an error without a name or message is still one sentence', () => {
    expect(explainSsmError('socket hang up', 'ssm:GetParameter')).toEqual({
      reason: 'ssm:GetParameter failed (Error: socket hang up)',
      next: 'Check the AWS credentials, region and endpoint, then run again.',
    });
    expect(explainSsmError(undefined, 'ssm:GetParameter').reason).toBe('ssm:GetParameter failed (Error: undefined)');
  });
});
