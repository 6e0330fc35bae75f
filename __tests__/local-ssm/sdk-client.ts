import { SSMClient } from '@aws-sdk/client-ssm';
import type { SsmServer } from '../../local-servers/ssm/server.ts';

/**
 * A real SDK v3 client pointed at the local server. One attempt by default,
 * so a test sees exactly the answer the server gave instead of the SDK's retries.
 */
export function ssmClientFor(server: SsmServer, options: { accessKeyId?: string; maxAttempts?: number } = {}): SSMClient {
  return new SSMClient({
    endpoint: server.url,
    region: 'us-east-1',
    credentials: { accessKeyId: options.accessKeyId ?? 'AKIDLOCAL', secretAccessKey: 'x' },
    maxAttempts: options.maxAttempts ?? 1,
  });
}

/** The rejection of a promise, for asserting on the error's class, name and message together. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
