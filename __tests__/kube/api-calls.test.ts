import { beforeAll, describe, expect, test } from '@jest/globals';
import { quietCore } from './quiet-core.ts';

quietCore();
let calls: typeof import('../../src/kube/api-calls.ts');
let errors: typeof import('../../src/errors.ts');

beforeAll(async () => {
  calls = await import('../../src/kube/api-calls.ts');
  errors = await import('../../src/errors.ts');
});

const purpose = { step: 'restart' as const, target: 'prod/deployment/api', verb: 'patch', resource: 'deployments.apps', namespace: 'prod' };
const statusError = (code: number, message: string) =>
  new calls.KubeApiError(code, JSON.stringify({ kind: 'Status', code, message }), {}, 'PATCH /apis/apps/v1/namespaces/prod/deployments/api');

describe('sleepUnlessAborted', () => {
  test('returns at once when the signal aborts', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => {
      controller.abort();
    }, 20);
    await calls.sleepUnlessAborted(60_000, controller.signal);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('waits the time when nothing aborts', async () => {
    const started = Date.now();
    await calls.sleepUnlessAborted(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});

describe('withRetries', () => {
  const tuning = { ...({} as object), sleep: async () => undefined, retryAttempts: 3, retryBaseDelayMs: 1, retryMaxDelayMs: 10, requestTimeoutMs: 1000 };

  test('does not retry a 403', async () => {
    let attempts = 0;
    const failing = calls.withRetries(tuning, { doing: 'x' }, async () => {
      attempts++;
      throw statusError(403, 'forbidden');
    });
    await expect(failing).rejects.toBeInstanceOf(calls.KubeApiError);
    expect(attempts).toBe(1);
  });

  test('a cancelled call becomes CancelledError, not the network error', async () => {
    const controller = new AbortController();
    const failing = calls.withRetries(tuning, { doing: 'patching prod/deployment/api', signal: controller.signal }, async () => {
      controller.abort();
      throw new TypeError('fetch failed');
    });
    await expect(failing).rejects.toThrow(new errors.CancelledError('patching prod/deployment/api'));
  });

  test('network resets and timeouts count as transient', () => {
    expect(calls.isRetryable(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(true);
    expect(calls.isRetryable(new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'UND_ERR_SOCKET' }) }))).toBe(true);
    expect(calls.isRetryable(new DOMException('timed out', 'TimeoutError'))).toBe(true);
    expect(calls.isRetryable(statusError(409, 'conflict'))).toBe(false);
  });
});

describe('explainApiError', () => {
  test('a refused request quotes the server’s Status message in one sentence', () => {
    const error = calls.explainApiError(statusError(422, 'Deployment.apps "api" is invalid:\n spec.template: Invalid value.'), purpose, 'https://k8s');
    expect(error).toBeInstanceOf(errors.StepError);
    expect((error as InstanceType<typeof errors.StepError>).reason).toBe(
      'the Kubernetes API refused to patch deployments.apps with HTTP 422: Deployment.apps "api" is invalid: spec.template: Invalid value.',
    );
  });

  test('StepError and CancelledError pass through unchanged', () => {
    const cancelled = new errors.CancelledError('waiting');
    expect(calls.explainApiError(cancelled, purpose, 'https://k8s')).toBe(cancelled);
  });
});
