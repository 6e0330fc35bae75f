import { accepts } from './probe-inputs.ts';
import type { ProbeConfig } from './probe-inputs.ts';

/** What the test step needs from outside: the HTTP client, a clock and a sleep, injectable so tests never wait for real. */
export interface ProbeTools {
  readonly fetch: typeof fetch;
  readonly now: () => number;
  /** Waits `ms`; resolves early when `signal` aborts. */
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Text from the service (its reason phrase) goes through this before it is kept. */
  readonly clean: (text: string) => string;
}

export interface ProbeAnswer {
  readonly accepted: boolean;
  /** The last status the service answered; undefined when no request got an answer. */
  readonly status: number | undefined;
  /** The last answer in words: `401 Unauthorized`, or why no answer came; scrubbed, never the body. */
  readonly reason: string;
  readonly attempts: number;
  /** True when the run was cancelled while it tested. */
  readonly cancelled: boolean;
}

// A service that needs a moment after its rollout: try again soon, then back off, never longer than this between tries.
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 5_000;
// Each request has its own limit, so one silent connection cannot use up probe-timeout.
const REQUEST_LIMIT_MS = 10_000;
const MIN_REQUEST_MS = 1_000;

/** The header value with the secret in place of the placeholder. */
export const headerValue = (probe: ProbeConfig, value: string): string => `${probe.header.before}${value}${probe.header.after}`;

/**
 * One request: redirects are not followed (the header would go to whatever
 * host Location names; a 3xx is an answer like any other), TLS is Node's
 * default verification, the body is discarded unread (a service may echo
 * the credential). Returns the status and reason phrase, or why none came.
 */
export async function probeOnce(
  probe: ProbeConfig,
  value: string,
  tools: ProbeTools,
  limitMs: number,
  signal: AbortSignal,
): Promise<{ status: number | undefined; reason: string }> {
  const limit = AbortSignal.any([signal, AbortSignal.timeout(Math.max(1, limitMs))]);
  let response: Response;
  try {
    response = await tools.fetch(probe.url, {
      method: probe.method,
      headers: { [probe.header.name]: headerValue(probe, value) },
      redirect: 'manual',
      signal: limit,
    });
  } catch (error) {
    // The error's own text is not kept: an invalid header error could quote the value.
    if (signal.aborted) return { status: undefined, reason: 'cancelled' };
    if (limit.aborted) return { status: undefined, reason: `no answer within ${Math.round(limitMs / 100) / 10} s` };
    if (error instanceof TypeError && /header/i.test(error.message)) return { status: undefined, reason: 'the value cannot be sent in an HTTP header' };
    const cause = (error as { cause?: { code?: unknown } }).cause;
    return { status: undefined, reason: `no answer (${typeof cause?.code === 'string' ? cause.code : 'network error'})` };
  }
  await response.body?.cancel().catch(() => undefined);
  return { status: response.status, reason: tools.clean(`${response.status} ${response.statusText}`.trim()) };
}

/**
 * Calls the service until it answers an accepted status or probe-timeout
 * passes, backing off between tries (AWS Secrets Manager's testSecret: the
 * secret is not finished until a real call with it works).
 */
export async function probeUntilAccepted(probe: ProbeConfig, value: string, tools: ProbeTools, signal: AbortSignal): Promise<ProbeAnswer> {
  const deadline = tools.now() + probe.timeoutMs;
  let delay = FIRST_DELAY_MS;
  let attempts = 0;
  for (;;) {
    attempts++;
    // The last try may run up to MIN_REQUEST_MS past the deadline: a try with no time left could never be answered.
    const last = await probeOnce(probe, value, tools, Math.min(REQUEST_LIMIT_MS, Math.max(MIN_REQUEST_MS, deadline - tools.now())), signal);
    if (last.status !== undefined && accepts(probe.accepted, last.status)) return { accepted: true, ...last, attempts, cancelled: false };
    if (signal.aborted) return { accepted: false, ...last, attempts, cancelled: true };
    const left = deadline - tools.now();
    if (left <= 0) return { accepted: false, ...last, attempts, cancelled: false };
    await tools.sleep(Math.min(delay, left), signal);
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  }
}

/** One request, no retry: the previous value after a rollback, to tell whether the service is healthy again. */
export async function probeOnceAfterRollback(probe: ProbeConfig, value: string, tools: ProbeTools, signal: AbortSignal): Promise<ProbeAnswer> {
  const answer = await probeOnce(probe, value, tools, Math.min(REQUEST_LIMIT_MS, probe.timeoutMs), signal);
  return { accepted: answer.status !== undefined && accepts(probe.accepted, answer.status), ...answer, attempts: 1, cancelled: signal.aborted };
}
