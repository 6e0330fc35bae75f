import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { GetParameterCommand, GetParametersCommand, LabelParameterVersionCommand } from '@aws-sdk/client-ssm';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { RateLimiter, SHARED_READS } from '../../local-servers/ssm/rate-limits.ts';
import { startSsmServer } from '../../local-servers/ssm/server.ts';
import type { SsmServer } from '../../local-servers/ssm/server.ts';
import { rejectionOf, ssmClientFor } from './sdk-client.ts';

describe('RateLimiter (token buckets)', () => {
  test('a full bucket lets its burst through, then refills at its rate', () => {
    let now = 0;
    const limiter = new RateLimiter({ reads: { ratePerSecond: 4, operations: ['GetParameter', 'GetParameters'] } }, () => now);
    const taken = Array.from({ length: 6 }, (_, i) => limiter.take(i % 2 === 0 ? 'GetParameter' : 'GetParameters'));
    expect(taken).toEqual([true, true, true, true, false, false]);
    now = 250; // a quarter of a second: one token back
    expect([limiter.take('GetParameter'), limiter.take('GetParameter')]).toEqual([true, false]);
    now = 10_000; // never more than the bucket holds
    expect(Array.from({ length: 5 }, () => limiter.take('GetParameters'))).toEqual([true, true, true, true, false]);
    expect(limiter.throttled.get('reads')).toBe(4);
  });

  test('operations without a bucket are never throttled', () => {
    const limiter = new RateLimiter({ reads: SHARED_READS }, () => 0);
    expect(Array.from({ length: 100 }, () => limiter.take('LabelParameterVersion')).every(Boolean)).toBe(true);
  });

  test('refuses a rate that is not positive', () => {
    expect(() => new RateLimiter({ bad: { ratePerSecond: 0, operations: ['PutParameter'] } })).toThrow('rate limit bad: ratePerSecond must be positive');
  });
});

describe('the server with rate limits', () => {
  let server: SsmServer;
  let ssm: SSMClient;
  beforeAll(async () => {
    server = await startSsmServer({ rateLimits: { reads: { ratePerSecond: 2, burst: 2, operations: ['GetParameter', 'GetParameters'] } } });
    ssm = ssmClientFor(server);
    server.store.seed({ Name: '/app/token', Value: 'v1', Type: 'SecureString' });
  });
  afterAll(async () => {
    ssm.destroy();
    await server.close();
  });

  test('answers a call over the shared read rate with ThrottlingException, HTTP 400, as Parameter Store does', async () => {
    await ssm.send(new GetParameterCommand({ Name: '/app/token' }));
    await ssm.send(new GetParametersCommand({ Names: ['/app/token'] }));
    const error = await rejectionOf(ssm.send(new GetParameterCommand({ Name: '/app/token' })));
    expect(error.name).toBe('ThrottlingException');
    expect(error.message).toBe('Rate exceeded');
    expect(error.$metadata?.httpStatusCode).toBe(400);
    // Label calls have no bucket here and go through.
    await expect(ssm.send(new LabelParameterVersionCommand({ Name: '/app/token', ParameterVersion: 1, Labels: ['current'] }))).resolves.toMatchObject({
      ParameterVersion: 1,
    });
    expect(server.requests.all().map((request) => [request.operation, request.status, request.error])).toEqual([
      ['GetParameter', 200, undefined],
      ['GetParameters', 200, undefined],
      ['GetParameter', 400, 'ThrottlingException'],
      ['LabelParameterVersion', 200, undefined],
    ]);
  });
});
