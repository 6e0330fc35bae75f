import { afterAll, beforeAll, beforeEach } from '@jest/globals';
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
  return new ParameterStore(client, { sleep: () => Promise.resolve(), retry: { attempts: 6, baseDelayMs: 1, maxDelayMs: 2 } });
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
export async function rotateInProcess(ssm: SsmServer, inputs: Record<string, string>, overrides: Partial<RotationDeps> = {}): Promise<InProcessRun> {
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

/** The environment the runner gives the bundled action to reach a local SSM server. */
export const runnerEnv = (ssm: SsmServer): Record<string, string> => ({
  AWS_ENDPOINT_URL_SSM: ssm.url,
  AWS_ACCESS_KEY_ID: 'AKIDRUNNER',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_REGION: REGION,
});

/** A local SSM server for the tests of one file, fresh for every test. */
export function useSsmServer(): { ssm: SsmServer; env: Record<string, string> } {
  const world = {} as { ssm: SsmServer; env: Record<string, string> };
  beforeAll(async () => {
    world.ssm = await startSsmServer();
    world.env = runnerEnv(world.ssm);
  });
  afterAll(async () => world.ssm.close());
  beforeEach(() => {
    world.ssm.reset();
  });
  return world;
}

/** Polls a condition of the simulated world (test setup only: the code under test watches). */
export async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The decoded value of one key of a Secret in the local cluster. */
export function secretValue(
  kube: { store: { get(resource: string, namespace: string, name: string): unknown } },
  namespace: string,
  name: string,
  key = 'token',
): string | undefined {
  const data = (kube.store.get('secrets', namespace, name) as { data?: Record<string, string> } | undefined)?.data;
  return data?.[key] === undefined ? undefined : Buffer.from(data[key], 'base64').toString('utf8');
}
