import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import {
  AddTagsToResourceCommand,
  DeleteParameterCommand,
  DescribeParametersCommand,
  GetParameterCommand,
  GetParameterHistoryCommand,
  GetParametersByPathCommand,
  GetParametersCommand,
  HierarchyLevelLimitExceededException,
  InvalidFilterKey,
  InvalidKeyId,
  InvalidNextToken,
  InvalidResourceId,
  LabelParameterVersionCommand,
  ListTagsForResourceCommand,
  ParameterAlreadyExists,
  ParameterMaxVersionLimitExceeded,
  ParameterNotFound,
  ParameterVersionLabelLimitExceeded,
  ParameterVersionNotFound,
  PutParameterCommand,
  RemoveTagsFromResourceCommand,
  TooManyTagsError,
  UnlabelParameterVersionCommand,
  paginateGetParameterHistory,
} from '@aws-sdk/client-ssm';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { startSsmServer } from '../../local-servers/ssm/server.ts';
import type { SsmServer } from '../../local-servers/ssm/server.ts';
import { rejectionOf, ssmClientFor } from './sdk-client.ts';
import { present } from '../../local-servers/present.ts';

const DEPLOY_KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const DEPLOY_KEY_ARN = `arn:aws:kms:us-east-1:123456789012:key/${DEPLOY_KEY_ID}`;

let server: SsmServer;
let ssm: SSMClient;

beforeAll(async () => {
  server = await startSsmServer({
    kmsKeys: ['alias/deploy', DEPLOY_KEY_ID],
    users: { AKIDROLE: 'arn:aws:sts::123456789012:assumed-role/deployer/ci-run' },
  });
  ssm = ssmClientFor(server);
});

afterAll(async () => {
  ssm.destroy();
  await server.close();
});

beforeEach(() => {
  server.reset();
});

async function put(name: string, value: string, extra: Record<string, unknown> = {}) {
  return ssm.send(new PutParameterCommand({ Name: name, Value: value, Type: 'SecureString', Overwrite: true, ...extra }));
}

describe('PutParameter', () => {
  test('creates version 1 and returns Version and Tier', async () => {
    const result = await ssm.send(new PutParameterCommand({ Name: '/app/token', Value: 'first', Type: 'SecureString' }));
    expect(result.Version).toBe(1);
    expect(result.Tier).toBe('Standard');
    const [version] = server.store.versions('/app/token');
    expect(version).toMatchObject({ version: 1, value: 'first', type: 'SecureString', keyId: 'alias/aws/ssm', tier: 'Standard', labels: [] });
    expect(version?.lastModifiedUser).toBe('arn:aws:iam::123456789012:user/AKIDLOCAL');
  });

  test('a new parameter needs a Type', async () => {
    const error = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/app/token', Value: 'v' })));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe('A parameter type is required when you create a parameter.');
  });

  test('an existing parameter without Overwrite is ParameterAlreadyExists', async () => {
    await put('/app/token', 'first');
    const error = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/app/token', Value: 'v', Type: 'SecureString' })));
    expect(error).toBeInstanceOf(ParameterAlreadyExists);
    expect(error.message).toBe('The parameter already exists. To overwrite this value, set the overwrite option in the request to true.');
    expect(error.$metadata?.httpStatusCode).toBe(400);
  });

  test('Overwrite creates the next version and keeps the type when none is given', async () => {
    await put('/app/token', 'first');
    const result = await ssm.send(new PutParameterCommand({ Name: '/app/token', Value: 'second', Overwrite: true }));
    expect(result.Version).toBe(2);
    expect(server.store.versions('/app/token').map((v) => [v.version, v.value, v.type])).toEqual([
      [1, 'first', 'SecureString'],
      [2, 'second', 'SecureString'],
    ]);
  });

  test('Tags together with Overwrite are rejected with the real message, even for a new parameter', async () => {
    const error = await rejectionOf(put('/app/new', 'v', { Tags: [{ Key: 'team', Value: 'platform' }] }));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(
      "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. " +
        'To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.',
    );
    expect(server.store.has('/app/new')).toBe(false);
  });

  test('Tags on creation are stored', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/app/token', Value: 'v', Type: 'SecureString', Tags: [{ Key: 'team', Value: 'platform' }] }));
    expect(server.store.tags('/app/token')).toEqual({ team: 'platform' });
  });

  test('value size limits follow the tier', async () => {
    const big = 'x'.repeat(5000);
    const standard = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/big', Value: big, Type: 'String' })));
    expect(standard.name).toBe('ValidationException');
    expect(standard.message).toMatch(/^Standard tier parameters support a maximum parameter value of 4096 characters\./);

    expect((await ssm.send(new PutParameterCommand({ Name: '/big', Value: big, Type: 'String', Tier: 'Advanced' }))).Tier).toBe('Advanced');
    const huge = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/big', Value: 'x'.repeat(8193), Overwrite: true, Tier: 'Advanced' })));
    expect(huge.name).toBe('ValidationException');
    // A value of exactly 4096 bytes still fits the standard tier; multi-byte characters count as bytes.
    expect((await ssm.send(new PutParameterCommand({ Name: '/edge', Value: 'x'.repeat(4096), Type: 'String' }))).Tier).toBe('Standard');
    expect((await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/utf', Value: 'é'.repeat(2049), Type: 'String' })))).name).toBe('ValidationException');
  });

  test('Intelligent-Tiering picks the tier by size, and an advanced parameter never goes back', async () => {
    const small = await ssm.send(new PutParameterCommand({ Name: '/it', Value: 'small', Type: 'String', Tier: 'Intelligent-Tiering' }));
    expect(small.Tier).toBe('Standard');
    const large = await ssm.send(new PutParameterCommand({ Name: '/it', Value: 'x'.repeat(4097), Overwrite: true, Tier: 'Intelligent-Tiering' }));
    expect(large.Tier).toBe('Advanced');
    const again = await ssm.send(new PutParameterCommand({ Name: '/it', Value: 'small', Overwrite: true, Tier: 'Intelligent-Tiering' }));
    expect(again.Tier).toBe('Advanced');
    const untiered = await ssm.send(new PutParameterCommand({ Name: '/it', Value: 'small', Overwrite: true }));
    expect(untiered.Tier).toBe('Advanced');
    const downgrade = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/it', Value: 'small', Overwrite: true, Tier: 'Standard' })));
    expect(downgrade.name).toBe('ValidationException');
    expect(downgrade.message).toMatch(/can't downgrade a parameter from the advanced-parameter tier/);
  });

  test.each([
    ['app/token', 'Parameter name must be a fully qualified name.'],
    ['/ssm/token', 'Parameter name: can\'t be prefixed with "ssm" (case-insensitive). If formed as a path'],
    ['AWSToken', 'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive).'],
    ['/app/to ken', 'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive). If formed as a path'],
    ['/app/tok!en', 'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive). If formed as a path'],
    ['/app//token', 'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive). If formed as a path'],
    ['/app/token/', 'Parameter name must not end with slash.'],
  ])('name %p is a ValidationException', async (name, message) => {
    const error = await rejectionOf(ssm.send(new PutParameterCommand({ Name: name, Value: 'v', Type: 'String' })));
    expect(error.name).toBe('ValidationException');
    expect(error.message.startsWith(message)).toBe(true);
  });

  test('names under /aws are reserved, hierarchies are limited to 15 levels, surrounding spaces are trimmed', async () => {
    const reserved = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/aws/token', Value: 'v', Type: 'String' })));
    expect(reserved.name).toBe('AccessDeniedException');
    expect(reserved.message).toBe('No access to reserved parameter name: /aws/token.');

    const deep = `/${Array.from({ length: 16 }, (_, i) => `l${i}`).join('/')}`;
    const tooDeep = await rejectionOf(ssm.send(new PutParameterCommand({ Name: deep, Value: 'v', Type: 'String' })));
    expect(tooDeep).toBeInstanceOf(HierarchyLevelLimitExceededException);

    await ssm.send(new PutParameterCommand({ Name: '  /app/spaced  ', Value: 'v', Type: 'String' }));
    expect(server.store.names()).toEqual(['/app/spaced']);
  });

  test('model constraints are reported together, as the service does', async () => {
    const error = await rejectionOf(
      ssm.send(new PutParameterCommand({ Name: '/app/token', Value: 'v', Type: 'SecureString', KeyId: 'bad key', Description: 'd'.repeat(1025) })),
    );
    expect(error.name).toBe('ValidationException');
    expect(error.message).toMatch(/^2 validation errors detected: /);
    expect(error.message).toContain("at 'keyId' failed to satisfy constraint: Member must satisfy regular expression pattern");
    expect(error.message).toContain("at 'description' failed to satisfy constraint: Member must have length less than or equal to 1024");
  });

  test('a KeyId is only for SecureString', async () => {
    const error = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/plain', Value: 'v', Type: 'String', KeyId: 'alias/deploy' })));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe('KeyId is required for SecureString type parameter only.');
  });

  test('a SecureString accepts a configured key by alias, alias ARN, key id and key ARN', async () => {
    const aliasKey = server.kms.resolve('alias/deploy');
    const references = [
      'alias/deploy',
      'arn:aws:kms:us-east-1:123456789012:alias/deploy',
      aliasKey.keyId,
      aliasKey.keyArn,
      DEPLOY_KEY_ID,
      DEPLOY_KEY_ARN,
      'alias/aws/ssm',
    ];
    for (const [index, keyId] of references.entries()) {
      const result = await put('/app/token', `v${index}`, { KeyId: keyId });
      expect(result.Version).toBe(index + 1);
    }
    // SSM reports the KeyId the writer gave.
    expect(server.store.versions('/app/token').map((v) => v.keyId)).toEqual(references);
    expect(server.store.latest('/app/token')?.keyArn).toBe(server.kms.resolve('alias/aws/ssm').keyArn);
  });

  test.each([
    ['alias/unknown', 'Alias arn:aws:kms:us-east-1:123456789012:alias/unknown is not found.'],
    [
      'arn:aws:kms:us-east-1:123456789012:key/00000000-0000-0000-0000-000000000000',
      "Key 'arn:aws:kms:us-east-1:123456789012:key/00000000-0000-0000-0000-000000000000' does not exist",
    ],
    [`arn:aws:kms:eu-west-1:123456789012:key/${DEPLOY_KEY_ID}`, `Key 'arn:aws:kms:eu-west-1:123456789012:key/${DEPLOY_KEY_ID}' does not exist`],
    ['not-a-key', 'Invalid keyId not-a-key'],
  ])('an unknown KMS key %p is InvalidKeyId', async (keyId, message) => {
    const error = await rejectionOf(put('/app/token', 'v', { KeyId: keyId }));
    expect(error).toBeInstanceOf(InvalidKeyId);
    expect(error.message.startsWith(`${message} (Service: AWSKMS; Status Code: 400; Error Code: NotFoundException;`)).toBe(true);
    expect(server.store.has('/app/token')).toBe(false);
  });

  test('LastModifiedUser comes from the caller access key, or the ARN configured for it', async () => {
    const role = ssmClientFor(server, { accessKeyId: 'AKIDROLE' });
    await put('/app/token', 'by-default-user');
    await role.send(new PutParameterCommand({ Name: '/app/token', Value: 'by-role', Overwrite: true }));
    role.destroy();
    const history = await ssm.send(new GetParameterHistoryCommand({ Name: '/app/token' }));
    expect(history.Parameters?.map((p) => p.LastModifiedUser)).toEqual([
      'arn:aws:iam::123456789012:user/AKIDLOCAL',
      'arn:aws:sts::123456789012:assumed-role/deployer/ci-run',
    ]);
  });

  test('AllowedPattern is enforced', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/num', Value: '42', Type: 'String', AllowedPattern: '^\\d+$' }));
    const error = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/num', Value: 'abc', Overwrite: true })));
    expect(error.name).toBe('ParameterPatternMismatchException');
  });
});

describe('the 100-version rule', () => {
  function seedVersions(name: string, count: number): void {
    for (let i = 1; i <= count; i += 1) server.store.seed({ Name: name, Value: `value-${i}`, Type: 'SecureString' });
  }

  test('version 101 deletes the oldest version', async () => {
    seedVersions('/app/token', 100);
    const result = await put('/app/token', 'value-101');
    expect(result.Version).toBe(101);
    const versions = server.store.versions('/app/token');
    expect(versions).toHaveLength(100);
    expect(versions[0]?.version).toBe(2);
    const gone = await rejectionOf(ssm.send(new GetParameterCommand({ Name: '/app/token:1' })));
    expect(gone).toBeInstanceOf(ParameterVersionNotFound);
  });

  test('a label on the oldest version blocks the write until the label moves', async () => {
    seedVersions('/app/token', 100);
    await ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', ParameterVersion: 1, Labels: ['previous'] }));
    const error = await rejectionOf(put('/app/token', 'value-101'));
    expect(error).toBeInstanceOf(ParameterMaxVersionLimitExceeded);
    expect(error.message).toBe(
      'You attempted to create a new version of /app/token by calling the PutParameter API with the overwrite flag. ' +
        "Version 1, the oldest version, can't be deleted because it has a label associated with it. " +
        'Move the label to another version of the parameter, and try again.',
    );
    expect(server.store.versions('/app/token')).toHaveLength(100);

    await ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', ParameterVersion: 100, Labels: ['previous'] }));
    expect((await put('/app/token', 'value-101')).Version).toBe(101);
  });
});

describe('GetParameter', () => {
  test('returns the real shape; the ARN has no doubled slash', async () => {
    await put('/app/token', 'secret');
    await ssm.send(new PutParameterCommand({ Name: 'plain', Value: 'p', Type: 'String' }));
    const { Parameter } = await ssm.send(new GetParameterCommand({ Name: '/app/token', WithDecryption: true }));
    expect(Parameter).toEqual({
      Name: '/app/token',
      Type: 'SecureString',
      Value: 'secret',
      Version: 1,
      LastModifiedDate: expect.any(Date),
      ARN: 'arn:aws:ssm:us-east-1:123456789012:parameter/app/token',
      DataType: 'text',
    });
    expect(Math.abs(present(present(Parameter).LastModifiedDate).getTime() - Date.now())).toBeLessThan(5000);
    const plain = await ssm.send(new GetParameterCommand({ Name: 'plain' }));
    expect(plain.Parameter?.ARN).toBe('arn:aws:ssm:us-east-1:123456789012:parameter/plain');
    expect(plain.Parameter?.Value).toBe('p');
  });

  test('without decryption a SecureString is an opaque, stable ciphertext', async () => {
    await put('/app/token', 'secret-value');
    const first = (await ssm.send(new GetParameterCommand({ Name: '/app/token' }))).Parameter?.Value ?? '';
    const second = (await ssm.send(new GetParameterCommand({ Name: '/app/token', WithDecryption: false }))).Parameter?.Value;
    expect(first).toMatch(/^AQICAH[A-Za-z0-9+/]+=*$/);
    expect(first).not.toContain('secret-value');
    expect(Buffer.from(first, 'base64').toString('latin1')).not.toContain('secret-value');
    expect(second).toBe(first);
  });

  test('selectors pick a version or a label and are echoed in Selector', async () => {
    await put('/app/token', 'one');
    await put('/app/token', 'two');
    await put('/app/token', 'three');
    await ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', ParameterVersion: 2, Labels: ['previous'] }));

    const byVersion = await ssm.send(new GetParameterCommand({ Name: '/app/token:1', WithDecryption: true }));
    expect(byVersion.Parameter).toMatchObject({ Name: '/app/token', Value: 'one', Version: 1, Selector: ':1' });
    const byLabel = await ssm.send(new GetParameterCommand({ Name: '/app/token:previous', WithDecryption: true }));
    expect(byLabel.Parameter).toMatchObject({ Name: '/app/token', Value: 'two', Version: 2, Selector: ':previous' });
    const latest = await ssm.send(new GetParameterCommand({ Name: '/app/token', WithDecryption: true }));
    expect(latest.Parameter?.Selector).toBeUndefined();
    expect(latest.Parameter?.Version).toBe(3);
  });

  test('missing parameter, version and label errors', async () => {
    const missing = await rejectionOf(ssm.send(new GetParameterCommand({ Name: '/nope' })));
    expect(missing).toBeInstanceOf(ParameterNotFound);
    expect(missing.name).toBe('ParameterNotFound');

    await put('/app/token', 'one');
    const noVersion = await rejectionOf(ssm.send(new GetParameterCommand({ Name: '/app/token:7' })));
    expect(noVersion).toBeInstanceOf(ParameterVersionNotFound);
    expect(noVersion.message).toBe('Systems Manager could not find version 7 of /app/token. Verify the version and try again.');
    const noLabel = await rejectionOf(ssm.send(new GetParameterCommand({ Name: '/app/token:current' })));
    expect(noLabel).toBeInstanceOf(ParameterVersionNotFound);
  });
});

describe('GetParameters', () => {
  test('returns what exists and lists the rest in InvalidParameters', async () => {
    await put('/a', 'A');
    await put('/a', 'A2');
    const result = await ssm.send(new GetParametersCommand({ Names: ['/a', '/a:1', '/missing', '/a:9'], WithDecryption: true }));
    expect(result.Parameters?.map((p) => [p.Name, p.Value, p.Selector])).toEqual([
      ['/a', 'A2', undefined],
      ['/a', 'A', ':1'],
    ]);
    expect(result.InvalidParameters).toEqual(['/missing', '/a:9']);
  });
});

describe('GetParameterHistory', () => {
  test('lists versions oldest first with every field', async () => {
    await put('/app/token', 'one', { Description: 'deploy token' });
    await put('/app/token', 'two', { KeyId: 'alias/deploy' });
    await ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', Labels: ['current'] }));
    const history = await ssm.send(new GetParameterHistoryCommand({ Name: '/app/token', WithDecryption: true }));
    expect(history.NextToken).toBeUndefined();
    expect(history.Parameters).toEqual([
      {
        Name: '/app/token',
        Type: 'SecureString',
        KeyId: 'alias/aws/ssm',
        LastModifiedDate: expect.any(Date),
        LastModifiedUser: 'arn:aws:iam::123456789012:user/AKIDLOCAL',
        Description: 'deploy token',
        Value: 'one',
        Version: 1,
        Labels: [],
        Tier: 'Standard',
        Policies: [],
        DataType: 'text',
      },
      {
        Name: '/app/token',
        Type: 'SecureString',
        KeyId: 'alias/deploy',
        LastModifiedDate: expect.any(Date),
        LastModifiedUser: 'arn:aws:iam::123456789012:user/AKIDLOCAL',
        Description: 'deploy token',
        Value: 'two',
        Version: 2,
        Labels: ['current'],
        Tier: 'Standard',
        Policies: [],
        DataType: 'text',
      },
    ]);
    const encrypted = await ssm.send(new GetParameterHistoryCommand({ Name: '/app/token' }));
    expect(encrypted.Parameters?.every((p) => p.Value?.startsWith('AQICAH'))).toBe(true);
  });

  test('pages with MaxResults and NextToken, and checks its inputs', async () => {
    for (let i = 1; i <= 5; i += 1) server.store.seed({ Name: '/app/token', Value: `v${i}`, Type: 'String' });
    const first = await ssm.send(new GetParameterHistoryCommand({ Name: '/app/token', MaxResults: 2 }));
    expect(first.Parameters?.map((p) => p.Version)).toEqual([1, 2]);
    expect(first.NextToken).toEqual(expect.any(String));
    const pages: number[][] = [];
    for await (const page of paginateGetParameterHistory({ client: ssm, pageSize: 2 }, { Name: '/app/token' })) {
      pages.push(page.Parameters?.map((p) => p.Version ?? 0) ?? []);
    }
    expect(pages).toEqual([[1, 2], [3, 4], [5]]);

    const tooMany = await rejectionOf(ssm.send(new GetParameterHistoryCommand({ Name: '/app/token', MaxResults: 51 })));
    expect(tooMany.name).toBe('ValidationException');
    expect(tooMany.message).toBe(
      "1 validation error detected: Value '51' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50",
    );
    const badToken = await rejectionOf(ssm.send(new GetParameterHistoryCommand({ Name: '/app/token', NextToken: 'garbage' })));
    expect(badToken).toBeInstanceOf(InvalidNextToken);
    const missing = await rejectionOf(ssm.send(new GetParameterHistoryCommand({ Name: '/nope' })));
    expect(missing).toBeInstanceOf(ParameterNotFound);
  });
});

describe('LabelParameterVersion', () => {
  test('labels the latest version by default and moves a label from the version that had it', async () => {
    await put('/app/token', 'one');
    await put('/app/token', 'two');
    const first = await ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', ParameterVersion: 1, Labels: ['current'] }));
    expect(first).toMatchObject({ InvalidLabels: [], ParameterVersion: 1 });
    const moved = await ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', Labels: ['current'] }));
    expect(moved.ParameterVersion).toBe(2);
    expect(server.store.versions('/app/token').map((v) => v.labels)).toEqual([[], ['current']]);
    expect(server.store.versionWithLabel('/app/token', 'current')).toBe(2);
  });

  test('invalid labels are returned in InvalidLabels and the valid ones are applied', async () => {
    await put('/app/token', 'one');
    const labels = ['current', '1st', 'AWSfoo', 'ssm-x', '123', 'ok.label-1_x', 'bad label', '_under'];
    const result = await ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', Labels: labels }));
    expect(result.InvalidLabels).toEqual(['1st', 'AWSfoo', 'ssm-x', '123', 'bad label']);
    expect(server.store.latest('/app/token')?.labels).toEqual(['current', 'ok.label-1_x', '_under']);
  });

  test('a version holds at most 10 labels', async () => {
    await put('/app/token', 'one');
    await ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', Labels: Array.from({ length: 8 }, (_, i) => `l${i}`) }));
    const error = await rejectionOf(ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', Labels: ['x1', 'x2', 'x3'] })));
    expect(error).toBeInstanceOf(ParameterVersionLabelLimitExceeded);
    expect(server.store.latest('/app/token')?.labels).toHaveLength(8);
    // Re-applying labels a version already has does not count twice.
    await ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', Labels: ['l0', 'l1', 'x1', 'x2'] }));
    expect(server.store.latest('/app/token')?.labels).toHaveLength(10);
  });

  test('model limits and missing versions', async () => {
    await put('/app/token', 'one');
    const long = await rejectionOf(ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', Labels: ['a'.repeat(101)] })));
    expect(long.name).toBe('ValidationException');
    const eleven = await rejectionOf(ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', Labels: Array.from({ length: 11 }, (_, i) => `l${i}`) })));
    expect(eleven.name).toBe('ValidationException');
    const noVersion = await rejectionOf(ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', ParameterVersion: 5, Labels: ['x'] })));
    expect(noVersion).toBeInstanceOf(ParameterVersionNotFound);
    const noParameter = await rejectionOf(ssm.send(new LabelParameterVersionCommand({ Name: '/nope', Labels: ['x'] })));
    expect(noParameter).toBeInstanceOf(ParameterNotFound);
  });

  test('UnlabelParameterVersion removes labels', async () => {
    await put('/app/token', 'one');
    await ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', Labels: ['current', 'keep'] }));
    const result = await ssm.send(new UnlabelParameterVersionCommand({ Name: '/app/token', ParameterVersion: 1, Labels: ['current', 'other'] }));
    expect(result).toMatchObject({ RemovedLabels: ['current'], InvalidLabels: ['other'] });
    expect(server.store.latest('/app/token')?.labels).toEqual(['keep']);
  });
});

describe('tags', () => {
  test('add, list and remove', async () => {
    await put('/app/token', 'one');
    await ssm.send(
      new AddTagsToResourceCommand({
        ResourceType: 'Parameter',
        ResourceId: '/app/token',
        Tags: [
          { Key: 'team', Value: 'a' },
          { Key: 'env', Value: 'prod' },
        ],
      }),
    );
    await ssm.send(new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: '/app/token', Tags: [{ Key: 'team', Value: 'b' }] }));
    const listed = await ssm.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: '/app/token' }));
    expect(listed.TagList).toEqual([
      { Key: 'team', Value: 'b' },
      { Key: 'env', Value: 'prod' },
    ]);
    await ssm.send(new RemoveTagsFromResourceCommand({ ResourceType: 'Parameter', ResourceId: '/app/token', TagKeys: ['env', 'absent'] }));
    expect(server.store.tags('/app/token')).toEqual({ team: 'b' });
  });

  test('a missing parameter is InvalidResourceId; more than 50 tags is TooManyTagsError', async () => {
    const missing = await rejectionOf(
      ssm.send(new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: '/nope', Tags: [{ Key: 'a', Value: 'b' }] })),
    );
    expect(missing).toBeInstanceOf(InvalidResourceId);
    const listMissing = await rejectionOf(ssm.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: '/nope' })));
    expect(listMissing).toBeInstanceOf(InvalidResourceId);

    await put('/app/token', 'one');
    const tags = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    const tooMany = await rejectionOf(ssm.send(new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: '/app/token', Tags: tags })));
    expect(tooMany).toBeInstanceOf(TooManyTagsError);
    await ssm.send(new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: '/app/token', Tags: tags.slice(0, 50) }));
    expect(Object.keys(server.store.tags('/app/token'))).toHaveLength(50);
  });
});

describe('DeleteParameter', () => {
  test('deletes every version and tag; a new parameter of that name starts again at version 1', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/app/token', Value: 'one', Type: 'SecureString', Tags: [{ Key: 'a', Value: 'b' }] }));
    await put('/app/token', 'two');
    await ssm.send(new DeleteParameterCommand({ Name: '/app/token' }));
    expect(server.store.has('/app/token')).toBe(false);
    expect((await ssm.send(new PutParameterCommand({ Name: '/app/token', Value: 'new', Type: 'SecureString' }))).Version).toBe(1);
    expect(server.store.tags('/app/token')).toEqual({});
    const again = await rejectionOf(ssm.send(new DeleteParameterCommand({ Name: '/nope' })));
    expect(again).toBeInstanceOf(ParameterNotFound);
  });
});

describe('DescribeParameters and GetParametersByPath', () => {
  beforeEach(async () => {
    await put('/app/token', 'one', { Description: 'token' });
    await put('/app/db/password', 'pw', { KeyId: 'alias/deploy' });
    await ssm.send(new PutParameterCommand({ Name: '/other/plain', Value: 'p', Type: 'String' }));
  });

  test('Name filter as the AWS CLI sends it, and other filters', async () => {
    const byName = await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Name', Values: ['/app/token'] }] }));
    expect(byName.Parameters).toEqual([
      {
        Name: '/app/token',
        ARN: 'arn:aws:ssm:us-east-1:123456789012:parameter/app/token',
        Type: 'SecureString',
        KeyId: 'alias/aws/ssm',
        LastModifiedDate: expect.any(Date),
        LastModifiedUser: 'arn:aws:iam::123456789012:user/AKIDLOCAL',
        Description: 'token',
        Version: 1,
        Tier: 'Standard',
        Policies: [],
        DataType: 'text',
      },
    ]);
    const begins = await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Name', Option: 'BeginsWith', Values: ['/app/'] }] }));
    expect(begins.Parameters?.map((p) => p.Name)).toEqual(['/app/db/password', '/app/token']);
    const oneLevel = await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Path', Values: ['/app'] }] }));
    expect(oneLevel.Parameters?.map((p) => p.Name)).toEqual(['/app/token']);
    const byType = await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Type', Values: ['String'] }] }));
    expect(byType.Parameters?.map((p) => p.Name)).toEqual(['/other/plain']);
    const legacy = await ssm.send(new DescribeParametersCommand({ Filters: [{ Key: 'KeyId', Values: ['alias/deploy'] }] }));
    expect(legacy.Parameters?.map((p) => p.Name)).toEqual(['/app/db/password']);
  });

  test('pages, and rejects what SSM rejects', async () => {
    const page = await ssm.send(new DescribeParametersCommand({ MaxResults: 2 }));
    expect(page.Parameters).toHaveLength(2);
    const rest = await ssm.send(new DescribeParametersCommand({ MaxResults: 2, NextToken: page.NextToken }));
    expect(rest.Parameters?.map((p) => p.Name)).toEqual(['/other/plain']);
    expect(rest.NextToken).toBeUndefined();

    const label = await rejectionOf(ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Label', Values: ['x'] }] })));
    expect(label).toBeInstanceOf(InvalidFilterKey);
    const both = await rejectionOf(
      ssm.send(new DescribeParametersCommand({ Filters: [{ Key: 'Name', Values: ['/app'] }], ParameterFilters: [{ Key: 'Name', Values: ['/app'] }] })),
    );
    expect(both.name).toBe('ValidationException');
  });

  test('GetParametersByPath, one level or recursive', async () => {
    const oneLevel = await ssm.send(new GetParametersByPathCommand({ Path: '/app', WithDecryption: true }));
    expect(oneLevel.Parameters?.map((p) => [p.Name, p.Value])).toEqual([['/app/token', 'one']]);
    const recursive = await ssm.send(new GetParametersByPathCommand({ Path: '/app/', Recursive: true }));
    expect(recursive.Parameters?.map((p) => p.Name)).toEqual(['/app/db/password', '/app/token']);
  });
});

describe('wire protocol', () => {
  const signed = { Authorization: 'AWS4-HMAC-SHA256 Credential=AKIDRAW/20250101/us-east-1/ssm/aws4_request, SignedHeaders=host, Signature=0' };

  async function call(target: string, body: string, headers: Record<string, string> = signed) {
    const response = await fetch(`${server.url}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': target, ...headers },
      body,
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
  }

  test('success: JSON 1.1 content type, request id, epoch-second dates', async () => {
    const put = await call('AmazonSSM.PutParameter', JSON.stringify({ Name: '/raw', Value: 'v', Type: 'String' }));
    expect(put.status).toBe(200);
    expect(put.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(put.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(put.body).toEqual({ Version: 1, Tier: 'Standard' });
    const get = await call('AmazonSSM.GetParameter', JSON.stringify({ Name: '/raw' }));
    expect(typeof (get.body.Parameter as Record<string, unknown>).LastModifiedDate).toBe('number');
  });

  test('errors: 400 with __type, message and x-amzn-ErrorType', async () => {
    const missing = await call('AmazonSSM.GetParameter', JSON.stringify({ Name: '/nope' }));
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ __type: 'ParameterNotFound', message: '' });
    expect(missing.headers.get('x-amzn-errortype')).toMatch(/^ParameterNotFound:/);
    const required = await call('AmazonSSM.GetParameter', '{}');
    expect(required.body).toEqual({
      __type: 'ValidationException',
      message: "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null",
    });
  });

  test('unknown operation, bad JSON and unsigned requests', async () => {
    const unknown = await call('AmazonSSM.MakeCoffee', '{}');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({ __type: 'com.amazon.coral.service#UnknownOperationException' });
    const badJson = await call('AmazonSSM.GetParameter', '{"Name":');
    expect(badJson.body.__type).toBe('com.amazon.coral.service#SerializationException');
    const wrongType = await call('AmazonSSM.GetParameter', '{"Name": 5}');
    expect(wrongType.body.__type).toBe('com.amazon.coral.service#SerializationException');
    const unsigned = await call('AmazonSSM.GetParameter', '{"Name":"/x"}', {});
    expect(unsigned.body.__type).toBe('com.amazon.coral.service#MissingAuthenticationTokenException');
    expect(server.requests.of('MakeCoffee')[0]?.error).toBe('UnknownOperationException');
  });
});
