import * as core from '#actions-core';
import type { SSMClient } from '@aws-sdk/client-ssm';

/**
 * Logs every SSM API call at debug level: operation, result, HTTP status,
 * AWS request id and duration. Only fixed-form server text is printed (an
 * error code of letters, a request id of letters, digits and dashes), so a
 * server cannot put anything else into the log; error messages stay out.
 */

interface CallMetadata {
  readonly httpStatusCode?: number;
  readonly requestId?: string;
}

const metadataOf = (value: unknown): CallMetadata =>
  (typeof value === 'object' && value !== null && '$metadata' in value ? (value.$metadata as CallMetadata) : undefined) ?? {};

/** A request id as AWS sends it (a UUID), or `-`. */
export const safeRequestId = (id: unknown): string => (typeof id === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(id) ? id : '-');

/** An AWS error code (`ParameterNotFound`, `AccessDeniedException`), or `error`. */
export const safeErrorCode = (name: unknown): string => (typeof name === 'string' && /^[A-Z][A-Za-z]{1,63}$/.test(name) ? name : 'error');

export function describeCall(operation: string, outcome: { readonly ok: boolean; readonly value: unknown }, elapsedMs: number): string {
  const { httpStatusCode, requestId } = metadataOf(outcome.value);
  const result = outcome.ok ? 'ok' : safeErrorCode((outcome.value as { name?: unknown } | null)?.name);
  const status = typeof httpStatusCode === 'number' ? `HTTP ${httpStatusCode}` : 'no HTTP response';
  return `SSM ${operation}: ${result}, ${status}, request id ${safeRequestId(requestId)}, ${Math.round(elapsedMs)} ms`;
}

export function logSsmCalls(client: SSMClient, debug: (line: string) => void = core.debug): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = (context.commandName ?? 'call').replace(/Command$/, '');
      const started = performance.now();
      try {
        const result = await next(args);
        debug(describeCall(operation, { ok: true, value: result.output }, performance.now() - started));
        return result;
      } catch (error) {
        debug(describeCall(operation, { ok: false, value: error }, performance.now() - started));
        throw error;
      }
    },
    { step: 'initialize', name: 'debugLogSsmCalls' },
  );
}
