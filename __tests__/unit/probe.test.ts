import { describe, expect, test } from '@jest/globals';
import { readInputs } from '../../src/inputs.ts';
import type { ProbeConfig } from '../../src/probe-inputs.ts';
import { probeOnceAfterRollback, probeUntilAccepted } from '../../src/probe.ts';
import type { ProbeTools } from '../../src/probe.ts';
import { Scrubber } from '../../src/scrub.ts';

const probeConfig = (inputs: Record<string, string> = {}): ProbeConfig =>
  readInputs((name) => ({ 'parameter-name': '/svc/token', 'probe-url': 'https://api.example.com/whoami', 'probe-timeout': '10s', ...inputs })[name] ?? '', {
    AWS_REGION: 'us-east-1',
  }).probe as ProbeConfig;

interface Call {
  readonly url: string;
  readonly init: RequestInit;
  readonly at: number;
}

/** A fake clock, a sleep that moves it, and a fetch answering from a script (a status, or an error to throw). */
function world(script: (call: number) => { status: number; statusText?: string; body?: string } | Error, requestMs = 100) {
  let clock = 0;
  const calls: Call[] = [];
  const sleeps: number[] = [];
  const cancelled: boolean[] = [];
  const tools: ProbeTools = {
    now: () => clock,
    sleep: (ms) => {
      sleeps.push(ms);
      clock += ms;
      return Promise.resolve();
    },
    clean: (text) => scrubber.clean(text),
    fetch: ((url: string, init: RequestInit) => {
      calls.push({ url, init, at: clock });
      clock += requestMs;
      const answer = script(calls.length);
      if (answer instanceof Error) return Promise.reject(answer);
      // A 204 has no body (the Fetch standard's null body status).
      const response = new Response(answer.status === 204 ? null : (answer.body ?? 'body'), { status: answer.status, statusText: answer.statusText ?? '' });
      const body = response.body;
      if (body) {
        const cancel = body.cancel.bind(body);
        body.cancel = (reason?: unknown) => {
          cancelled.push(true);
          return cancel(reason);
        };
      }
      return Promise.resolve(response);
    }) as typeof fetch,
  };
  const scrubber = new Scrubber();
  return { tools, calls, sleeps, cancelled, scrubber, elapsed: () => clock };
}

const never = new AbortController().signal;

describe('the test step calling the service', () => {
  test('sends the value in the header only, never follows a redirect, and discards the body unread', async () => {
    const w = world(() => ({ status: 200, statusText: 'OK' }));
    const answer = await probeUntilAccepted(probeConfig({ 'probe-header': 'X-Api-Key: key={value}' }), 's3cret-value', w.tools, never);
    expect(answer).toEqual({ accepted: true, status: 200, reason: '200 OK', attempts: 1, cancelled: false });
    expect(w.calls[0]?.url).toBe('https://api.example.com/whoami');
    expect(w.calls[0]?.init).toMatchObject({ method: 'GET', redirect: 'manual', headers: { 'X-Api-Key': 'key=s3cret-value' } });
    expect(w.calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
    expect(w.cancelled).toEqual([true]);
  });

  test('retries with a growing delay until an accepted status', async () => {
    const w = world((n) => (n < 4 ? { status: 503, statusText: 'Warming Up' } : { status: 204 }));
    const answer = await probeUntilAccepted(probeConfig(), 'v', w.tools, never);
    expect(answer).toMatchObject({ accepted: true, status: 204, attempts: 4 });
    expect(w.sleeps).toEqual([500, 1000, 2000]);
  });

  test('the delay stops growing at 5 s', async () => {
    const w = world(() => ({ status: 401, statusText: 'Unauthorized' }));
    await probeUntilAccepted(probeConfig({ 'probe-timeout': '30s' }), 'v', w.tools, never);
    expect(Math.max(...w.sleeps)).toBe(5000);
  });

  test('gives up at probe-timeout with the last answer, and the last wait ends at the deadline', async () => {
    const w = world(() => ({ status: 401, statusText: 'Unauthorized' }));
    const answer = await probeUntilAccepted(probeConfig({ 'probe-timeout': '10s' }), 'v', w.tools, never);
    expect(answer).toMatchObject({ accepted: false, status: 401, reason: '401 Unauthorized', cancelled: false });
    // Tries at 0, 0.6, 1.7, 3.8, 7.9 s and one at the deadline (10 s): nothing after it.
    expect(w.calls.map((c) => c.at)).toEqual([0, 600, 1700, 3800, 7900, 10_000]);
  });

  test('a 3xx is an answer like any other: not accepted by default', async () => {
    const w = world(() => ({ status: 302, statusText: 'Found' }));
    const answer = await probeUntilAccepted(probeConfig({ 'probe-timeout': '1s' }), 'v', w.tools, never);
    expect(answer).toMatchObject({ accepted: false, status: 302, reason: '302 Found' });
  });

  test('probe-status can accept a status outside 2xx', async () => {
    const w = world(() => ({ status: 401, statusText: 'Unauthorized' }));
    expect(await probeUntilAccepted(probeConfig({ 'probe-status': '200-299,401' }), 'v', w.tools, never)).toMatchObject({ accepted: true, attempts: 1 });
  });

  test('a reason phrase quoting the value is scrubbed; the body is never read', async () => {
    const w = world(() => ({ status: 401, statusText: 'you sent s3cret-value-0123456789', body: 'echo s3cret-value-0123456789' }));
    w.scrubber.know('s3cret-value-0123456789');
    const answer = await probeUntilAccepted(probeConfig({ 'probe-timeout': '1s' }), 's3cret-value-0123456789', w.tools, never);
    expect(answer.reason).not.toContain('s3cret');
    expect(answer.reason).toMatch(/^401 you sent sha256:[0-9a-f]{16}$/);
  });

  test.each([
    ['a refused connection', Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }), 'no answer (ECONNREFUSED)'],
    [
      'a TLS certificate that does not verify',
      Object.assign(new TypeError('fetch failed'), { cause: { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' } }),
      'no answer (UNABLE_TO_VERIFY_LEAF_SIGNATURE)',
    ],
    [
      'a value that cannot be a header',
      new TypeError('Headers.append: "Bearer \nsecret" is an invalid header value.'),
      'the value cannot be sent in an HTTP header',
    ],
  ])('%s is reported by its code, never by the error text', async (_name, error, reason) => {
    const w = world(() => error);
    const answer = await probeUntilAccepted(probeConfig({ 'probe-timeout': '1s' }), 'v', w.tools, never);
    expect(answer).toMatchObject({ accepted: false, status: undefined, reason });
  });

  test('a cancelled run stops trying at once', async () => {
    const controller = new AbortController();
    const w = world(() => {
      controller.abort(new Error('SIGTERM'));
      return { status: 503 };
    });
    const answer = await probeUntilAccepted(probeConfig(), 'v', w.tools, controller.signal);
    expect(answer).toMatchObject({ accepted: false, cancelled: true, attempts: 1 });
  });

  test('after a rollback the previous value is tried once, without retries', async () => {
    const w = world(() => ({ status: 401, statusText: 'Unauthorized' }));
    const answer = await probeOnceAfterRollback(probeConfig(), 'old', w.tools, never);
    expect(answer).toMatchObject({ accepted: false, status: 401, attempts: 1 });
    expect(w.calls.length).toBe(1);
  });
});
