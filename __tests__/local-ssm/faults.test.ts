import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { GetParameterCommand, InternalServerError, InvalidKeyId, PutParameterCommand, TooManyUpdates } from '@aws-sdk/client-ssm';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { FaultPlan } from '../../local-servers/ssm/faults.ts';
import { startSsmServer } from '../../local-servers/ssm/server.ts';
import type { SsmServer } from '../../local-servers/ssm/server.ts';
import { rejectionOf, ssmClientFor } from './sdk-client.ts';

let server: SsmServer;
let ssm: SSMClient;

beforeAll(async () => {
  server = await startSsmServer();
  ssm = ssmClientFor(server);
});

afterAll(async () => {
  ssm.destroy();
  await server.close();
});

beforeEach(() => {
  server.reset();
});

function write(value: string, client: SSMClient = ssm) {
  return client.send(new PutParameterCommand({ Name: '/app/token', Value: value, Type: 'SecureString', Overwrite: true }));
}

describe('error faults', () => {
  test('ThrottlingException for the next N calls of one operation, then normal answers', async () => {
    server.faults.add({ operation: 'PutParameter', kind: 'ThrottlingException', count: 2 });
    for (const attempt of [1, 2]) {
      const error = await rejectionOf(write(`v${attempt}`));
      expect(error.name).toBe('ThrottlingException');
      expect(error.message).toBe('Rate exceeded');
      expect(error.$metadata?.httpStatusCode).toBe(400);
    }
    expect((await write('v3')).Version).toBe(1);
    // Other operations were never affected.
    expect((await ssm.send(new GetParameterCommand({ Name: '/app/token', WithDecryption: true }))).Parameter?.Value).toBe('v3');
    expect(server.faults.injectedCount('ThrottlingException')).toBe(2);
    expect(server.requests.of('PutParameter').map((r) => [r.status, r.error, r.faults])).toEqual([
      [400, 'ThrottlingException', ['ThrottlingException']],
      [400, 'ThrottlingException', ['ThrottlingException']],
      [200, undefined, []],
    ]);
  });

  test('TooManyUpdates is its own exception class, and the SDK does not retry it', async () => {
    const retrying = ssmClientFor(server, { maxAttempts: 3 });
    server.faults.add({ operation: 'PutParameter', kind: 'TooManyUpdates' });
    const error = await rejectionOf(write('v', retrying));
    retrying.destroy();
    expect(error).toBeInstanceOf(TooManyUpdates);
    expect(server.requests.count('PutParameter')).toBe(1);
    expect(server.store.has('/app/token')).toBe(false);
  });

  test('InternalServerError is HTTP 500; the SDK retries it by itself', async () => {
    server.faults.add({ kind: 'InternalServerError' });
    const error = await rejectionOf(write('v'));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.$metadata?.httpStatusCode).toBe(500);

    server.faults.add({ operation: 'PutParameter', kind: 'InternalServerError' });
    const retrying = ssmClientFor(server, { maxAttempts: 3 });
    expect((await write('v', retrying)).Version).toBe(1);
    retrying.destroy();
    expect(server.requests.of('PutParameter').map((r) => r.status)).toEqual([500, 500, 200]);
  });

  test('ServiceUnavailable is HTTP 503', async () => {
    server.faults.add({ operation: 'GetParameter', kind: 'ServiceUnavailable' });
    const error = await rejectionOf(ssm.send(new GetParameterCommand({ Name: '/app/token' })));
    expect(error.name).toBe('ServiceUnavailable');
    expect(error.$metadata?.httpStatusCode).toBe(503);
  });

  test('AccessDeniedException and InvalidKeyId answer with the real shapes', async () => {
    server.faults.add([
      { operation: 'PutParameter', kind: 'AccessDeniedException' },
      { operation: 'PutParameter', kind: 'InvalidKeyId' },
    ]);
    const denied = await rejectionOf(write('v'));
    expect(denied.name).toBe('AccessDeniedException');
    expect(denied.message).toBe(
      'User: arn:aws:iam::123456789012:user/AKIDLOCAL is not authorized to perform: ssm:PutParameter on resource: ' +
        'arn:aws:ssm:us-east-1:123456789012:parameter/app/token because no identity-based policy allows the ssm:PutParameter action',
    );
    const badKey = await rejectionOf(write('v'));
    expect(badKey).toBeInstanceOf(InvalidKeyId);
    expect(badKey.message).toMatch(/^Alias arn:aws:kms:us-east-1:123456789012:alias\/aws\/ssm is not found\. \(Service: AWSKMS;/);
    expect(server.store.has('/app/token')).toBe(false);
  });

  test('a custom message replaces the default one', async () => {
    server.faults.add({ kind: 'ThrottlingException', message: 'Rate exceeded for account' });
    expect((await rejectionOf(write('v'))).message).toBe('Rate exceeded for account');
  });
});

describe('lost-response', () => {
  test('the write is applied although the client only sees a network error', async () => {
    server.faults.add({ operation: 'PutParameter', kind: 'lost-response' });
    const error = await rejectionOf(write('written-in-the-dark'));
    expect(error.$metadata?.httpStatusCode).toBeUndefined();
    expect(error.message).toMatch(/socket hang up|ECONNRESET|aborted/i);
    expect(server.store.versions('/app/token').map((v) => v.value)).toEqual(['written-in-the-dark']);
    expect(server.requests.of('PutParameter')[0]).toMatchObject({ status: 0, faults: ['lost-response'] });
  });

  test('a retrying client that does not check first leaves an extra version behind', async () => {
    const retrying = ssmClientFor(server, { maxAttempts: 2 });
    server.faults.add({ operation: 'PutParameter', kind: 'lost-response' });
    const result = await write('same-token', retrying);
    retrying.destroy();
    expect(result.Version).toBe(2);
    expect(server.store.versions('/app/token').map((v) => [v.version, v.value])).toEqual([
      [1, 'same-token'],
      [2, 'same-token'],
    ]);
  });
});

describe('delay', () => {
  test('waits before answering, then answers normally; stacks with an error fault', async () => {
    server.faults.add({ operation: 'PutParameter', kind: 'delay', delayMs: 120 });
    const started = performance.now();
    expect((await write('slow')).Version).toBe(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);

    server.faults.add([
      { operation: 'PutParameter', kind: 'delay', delayMs: 60 },
      { operation: 'PutParameter', kind: 'TooManyUpdates' },
    ]);
    const slowFailure = performance.now();
    expect(await rejectionOf(write('x'))).toBeInstanceOf(TooManyUpdates);
    expect(performance.now() - slowFailure).toBeGreaterThanOrEqual(50);
    expect(server.requests.of('PutParameter')[1]?.faults).toEqual(['delay', 'TooManyUpdates']);
  });
});

describe('matching and counting', () => {
  test('a fault can be limited to one parameter', async () => {
    server.faults.add({ operation: '*', kind: 'ThrottlingException', parameterName: '/other', count: 5 });
    expect((await write('v')).Version).toBe(1);
    const error = await rejectionOf(ssm.send(new GetParameterCommand({ Name: '/other:3' })));
    expect(error.name).toBe('ThrottlingException');
    expect(server.faults.list()[0]).toMatchObject({ injected: 1, remaining: 4 });
  });

  test('probability fires at random, without a count it never runs out', () => {
    const rolls = [0.1, 0.9, 0.2, 0.8];
    const plan = new FaultPlan(() => rolls.shift() ?? 0);
    plan.add({ operation: 'GetParameter', kind: 'ThrottlingException', probability: 0.5 });
    const outcomes = [1, 2, 3, 4].map(() => plan.draw('GetParameter', '/x').outcome?.kind);
    expect(outcomes).toEqual(['ThrottlingException', undefined, 'ThrottlingException', undefined]);
    expect(plan.list()[0]).toMatchObject({ remaining: null, injected: 2 });
  });

  test('bad fault specs are refused with the field named', () => {
    expect(() => server.faults.add({ kind: 'Meltdown' as never })).toThrow(/fault kind must be one of/);
    expect(() => server.faults.add({ kind: 'delay', delayMs: -1 })).toThrow(/delayMs/);
    expect(() => server.faults.add({ kind: 'ThrottlingException', probability: 2 })).toThrow(/probability/);
    expect(() => server.faults.add({ kind: 'ThrottlingException', count: 0 })).toThrow(/count/);
  });
});
