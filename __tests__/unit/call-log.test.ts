import { describe, expect, test } from '@jest/globals';
import { describeCall, safeErrorCode, safeRequestId } from '../../src/ssm/call-log.ts';
import { describeProgress } from '../../src/debug-log.ts';

// Server text reaches a debug line only in these fixed forms.
describe('SSM call debug lines', () => {
  test.each([
    ['5c1cc0de-1f1e-4c5e-9d0c-6a7b8c9d0e1f', '5c1cc0de-1f1e-4c5e-9d0c-6a7b8c9d0e1f'],
    ['id with space', '-'],
    ['line\nbreak', '-'],
    ['::warning::x', '-'],
    ['x'.repeat(65), '-'],
    [undefined, '-'],
  ])('request id %j is logged as %j', (id, logged) => {
    expect(safeRequestId(id)).toBe(logged);
  });

  test.each([
    ['ParameterNotFound', 'ParameterNotFound'],
    ['AccessDeniedException', 'AccessDeniedException'],
    ['TooManyUpdates', 'TooManyUpdates'],
    ['Error: with message', 'error'],
    ['dpl_3f2a9c0d1e4b5a67', 'error'],
    [42, 'error'],
  ])('error code %j is logged as %j', (name, logged) => {
    expect(safeErrorCode(name)).toBe(logged);
  });

  test('a success names the operation, status, request id and duration', () => {
    const output = { $metadata: { httpStatusCode: 200, requestId: 'abc-123' }, Version: 7 };
    expect(describeCall('PutParameter', { ok: true, value: output }, 95.6)).toBe('SSM PutParameter: ok, HTTP 200, request id abc-123, 96 ms');
  });

  test('a failure without a response says so and never prints the message', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED secret-ish text'), { name: 'Error' });
    const line = describeCall('GetParameter', { ok: false, value: error }, 3);
    expect(line).toBe('SSM GetParameter: Error, no HTTP response, request id -, 3 ms');
  });

  test('the saved phase names versions, never the fingerprint or run id', () => {
    const line = describeProgress({
      phase: 'written',
      parameter: '/p',
      version: 7,
      replacedVersion: 6,
      fingerprint: 'sha256:0123456789abcdef',
      runId: 'r',
      rotatedAt: 't',
    });
    expect(line).toBe('saved phase written for the post step (version 7, replacing 6)');
    expect(describeProgress({ phase: 'writing', parameter: '/p', fingerprint: 'sha256:0', runId: 'r', rotatedAt: 't' })).toBe(
      'saved phase writing for the post step',
    );
  });
});
