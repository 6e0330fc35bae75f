import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import {
  AddTagsToResourceCommand,
  DescribeParametersCommand,
  GetParameterCommand,
  GetParameterHistoryCommand,
  GetParametersCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
} from '@aws-sdk/client-ssm';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { startSsmServer } from '../../local-servers/ssm/server.ts';
import type { SsmServer } from '../../local-servers/ssm/server.ts';
import { rejectionOf, ssmClientFor } from './sdk-client.ts';

let server: SsmServer;
let ssm: SSMClient;
let deployKeyArn: string;
let defaultKeyArn: string;

beforeAll(async () => {
  server = await startSsmServer({ kmsKeys: ['alias/deploy'] });
  ssm = ssmClientFor(server);
  deployKeyArn = server.kms.resolve('alias/deploy').keyArn;
  defaultKeyArn = server.kms.resolve('alias/aws/ssm').keyArn;
});

afterAll(async () => {
  ssm.destroy();
  await server.close();
});

beforeEach(() => {
  server.reset();
  server.store.seed({ Name: '/app/token', Value: 'secret', Type: 'SecureString', KeyId: 'alias/deploy' });
  server.store.seed({ Name: '/app/plain', Value: 'plain', Type: 'String' });
});

const denial = (action: string, resource: string) =>
  `User: arn:aws:iam::123456789012:user/AKIDLOCAL is not authorized to perform: ${action} on resource: ${resource} ` +
  `because no identity-based policy allows the ${action} action`;

describe('IAM allow-list', () => {
  test('an SSM action outside the list is denied with the real message, and nothing is written', async () => {
    server.iam.allowOnly(['ssm:GetParameter']);
    const error = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/app/plain', Value: 'x', Overwrite: true })));
    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toBe(denial('ssm:PutParameter', 'arn:aws:ssm:us-east-1:123456789012:parameter/app/plain'));
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(server.store.versions('/app/plain')).toHaveLength(1);
    expect((await ssm.send(new GetParameterCommand({ Name: '/app/plain' }))).Parameter?.Value).toBe('plain');
  });

  test('a SecureString write also needs kms:Encrypt on the key', async () => {
    server.iam.allowOnly(['ssm:PutParameter']);
    const error = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/app/token', Value: 'new', Overwrite: true, KeyId: 'alias/deploy' })));
    expect(error.name).toBe('AccessDeniedException');
    expect(error.message.startsWith(denial('kms:Encrypt', deployKeyArn))).toBe(true);
    expect(error.message).toMatch(/\(Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: [0-9a-f-]+; Proxy: null\)$/);

    server.iam.allowOnly(['ssm:PutParameter', 'kms:Encrypt']);
    expect((await ssm.send(new PutParameterCommand({ Name: '/app/token', Value: 'new', Overwrite: true, KeyId: 'alias/deploy' }))).Version).toBe(2);
    // A plain String needs no KMS permission at all.
    server.iam.allowOnly(['ssm:PutParameter']);
    expect((await ssm.send(new PutParameterCommand({ Name: '/app/plain', Value: 'p2', Overwrite: true }))).Version).toBe(2);
  });

  test('an advanced SecureString needs kms:GenerateDataKey', async () => {
    server.iam.allowOnly(['ssm:PutParameter', 'kms:Encrypt']);
    const error = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/app/big', Value: 'v', Type: 'SecureString', Tier: 'Advanced' })));
    expect(error.message.startsWith(denial('kms:GenerateDataKey', defaultKeyArn))).toBe(true);
    server.iam.allowOnly(['ssm:PutParameter', 'kms:GenerateDataKey']);
    expect((await ssm.send(new PutParameterCommand({ Name: '/app/big', Value: 'v', Type: 'SecureString', Tier: 'Advanced' }))).Tier).toBe('Advanced');
  });

  test('reading a SecureString decrypted needs kms:Decrypt; reading it encrypted does not', async () => {
    server.iam.allowOnly(['ssm:GetParameter', 'ssm:GetParameterHistory']);
    const get = await rejectionOf(ssm.send(new GetParameterCommand({ Name: '/app/token', WithDecryption: true })));
    expect(get.message.startsWith(denial('kms:Decrypt', deployKeyArn))).toBe(true);
    const history = await rejectionOf(ssm.send(new GetParameterHistoryCommand({ Name: '/app/token', WithDecryption: true })));
    expect(history.message.startsWith(denial('kms:Decrypt', deployKeyArn))).toBe(true);
    expect((await ssm.send(new GetParameterCommand({ Name: '/app/token' }))).Parameter?.Value).toMatch(/^AQICAH/);
    expect((await ssm.send(new GetParameterCommand({ Name: '/app/plain', WithDecryption: true }))).Parameter?.Value).toBe('plain');

    server.iam.allowOnly(['ssm:GetParameter', 'kms:Decrypt']);
    expect((await ssm.send(new GetParameterCommand({ Name: '/app/token', WithDecryption: true }))).Parameter?.Value).toBe('secret');
  });

  test('the rotation least-privilege set is enough for a rotation and no more', async () => {
    server.iam.allowOnly([
      'ssm:GetParameters',
      'ssm:PutParameter',
      'ssm:LabelParameterVersion',
      'ssm:AddTagsToResource',
      'ssm:GetParameterHistory',
      'kms:Encrypt',
      'kms:Decrypt',
    ]);
    await ssm.send(new GetParametersCommand({ Names: ['/app/token', '/app/token:current'], WithDecryption: true }));
    // GetParameters is its own IAM action (Service Authorization Reference, Systems Manager: GetParameters).
    expect((await rejectionOf(ssm.send(new GetParameterCommand({ Name: '/app/token' })))).message).toBe(
      denial('ssm:GetParameter', 'arn:aws:ssm:us-east-1:123456789012:parameter/app/token'),
    );
    const { Version } = await ssm.send(new PutParameterCommand({ Name: '/app/token', Value: 'rotated', Overwrite: true, KeyId: 'alias/deploy' }));
    await ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', ParameterVersion: Version, Labels: ['current'] }));
    await ssm.send(new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: '/app/token', Tags: [{ Key: 'rotated-by', Value: 'ci' }] }));
    await ssm.send(new GetParameterHistoryCommand({ Name: '/app/token', WithDecryption: true }));

    const describe = await rejectionOf(ssm.send(new DescribeParametersCommand({})));
    expect(describe.message).toBe(denial('ssm:DescribeParameters', 'arn:aws:ssm:us-east-1:123456789012:*'));
  });

  test('wildcards match as in IAM, and null allows everything again', async () => {
    server.iam.allowOnly(['ssm:Get*', 'KMS:*']);
    expect((await ssm.send(new GetParameterCommand({ Name: '/app/token', WithDecryption: true }))).Parameter?.Value).toBe('secret');
    expect((await rejectionOf(ssm.send(new DescribeParametersCommand({})))).name).toBe('AccessDeniedException');
    server.iam.allowOnly(null);
    expect(server.iam.allowed()).toBeNull();
    expect((await ssm.send(new DescribeParametersCommand({}))).Parameters).toHaveLength(2);
  });

  test('an access key can be held to an allow-list of its own, as a principal with its own policy', async () => {
    server.iam.allowOnly(['ssm:GetParameters']);
    server.iam.allowOnlyFor('AKIDESO', ['ssm:GetParameter', 'kms:Decrypt']);
    const eso = ssmClientFor(server, { accessKeyId: 'AKIDESO' });
    expect((await eso.send(new GetParameterCommand({ Name: '/app/token', WithDecryption: true }))).Parameter?.Value).toBe('secret');
    expect((await rejectionOf(eso.send(new GetParametersCommand({ Names: ['/app/token'] })))).name).toBe('AccessDeniedException');
    expect((await ssm.send(new GetParametersCommand({ Names: ['/app/token'] }))).Parameters?.map((p) => p.Version)).toEqual([1]);
    expect((await rejectionOf(ssm.send(new GetParameterCommand({ Name: '/app/token' })))).name).toBe('AccessDeniedException');
    expect(server.iam.allowedFor('AKIDESO')).toEqual(['ssm:GetParameter', 'kms:Decrypt']);
    expect(server.iam.allowedFor('AKIDLOCAL')).toEqual(['ssm:GetParameters']);
    eso.destroy();
    server.iam.allowOnlyFor('AKIDESO', null);
    expect(server.iam.allowedFor('AKIDESO')).toEqual(['ssm:GetParameters']);
  });
});
