import { SSMClient } from '@aws-sdk/client-ssm';
import { readInputs } from '../../src/inputs.ts';
import type { RotationConfig } from '../../src/inputs.ts';
import { Journal } from '../../src/journal.ts';
import type { Progress } from '../../src/progress.ts';
import { rotate } from '../../src/rotate.ts';
import type { RotationDeps } from '../../src/rotate.ts';
import { ParameterStore } from '../../src/ssm/parameter-store.ts';
import { startSsmServer } from '../../local-servers/ssm/server.ts';
import type { SsmServer } from '../../local-servers/ssm/server.ts';

export const REGION = 'us-east-1';
export const CREDENTIALS = { accessKeyId: 'AKIDROTATOR', secretAccessKey: 'local' };

/** A client of the local SSM server as the action builds one: SDK retries off. */
export function storeFor(ssm: SsmServer): ParameterStore {
  const client = new SSMClient({ endpoint: ssm.url, region: REGION, credentials: CREDENTIALS, maxAttempts: 1 });
  return new ParameterStore(client, { sleep: async () => {}, retry: { attempts: 6, baseDelayMs: 1, maxDelayMs: 2 } });
}

export function config(inputs: Record<string, string>): RotationConfig {
  return readInputs((name) => inputs[name] ?? '', { AWS_REGION: REGION });
}

export interface InProcessRun {
  readonly outcome: Awaited<ReturnType<typeof rotate>>;
  readonly log: string[];
  readonly masked: string[];
  readonly progress: Progress[];
}

/** Runs `rotate()` in this process against the local servers, recording what it printed, masked and saved. */
export async function rotateInProcess(
  ssm: SsmServer,
  inputs: Record<string, string>,
  overrides: Partial<RotationDeps> = {},
): Promise<InProcessRun> {
  const log: string[] = [];
  const masked: string[] = [];
  const progress: Progress[] = [];
  const outcome = await rotate(config(inputs), {
    store: storeFor(ssm),
    loadGate: () => import('../../src/kube/index.ts'),
    journal: new Journal((line) => log.push(line)),
    mask: (value) => masked.push(value),
    saveProgress: (p) => progress.push(p),
    signal: new AbortController().signal,
    runId: 'test-run',
    now: () => new Date(),
    ...overrides,
  });
  return { outcome, log, masked, progress };
}

export { startSsmServer };
export type { SsmServer };
