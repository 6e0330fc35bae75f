import { DescribeParametersCommand, GetParameterHistoryCommand, ListTagsForResourceCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { startSsmServer } from '../../local-servers/ssm/server.ts';
import type { SsmServer } from '../../local-servers/ssm/server.ts';
import { ParameterStore } from '../../src/ssm/parameter-store.ts';
import { ssmClientFor } from '../local-ssm/sdk-client.ts';

/**
 * The local SSM server in this process, the action's ParameterStore on a real
 * SDK client pointed at it, and a second client for "another writer".
 * Backoff is instant; `onBackoff` runs where the store would sleep.
 */
export interface SsmHarness {
  readonly server: SsmServer;
  readonly store: ParameterStore;
  readonly other: SSMClient;
  onBackoff: (() => Promise<void>) | undefined;
  /** Writes a version as another writer would, returns its number. */
  put(name: string, value: string, overwrite?: boolean): Promise<number>;
  /** Every version's number and value, oldest first. */
  versions(name: string): Promise<{ version: number; value: string | undefined; labels: string[] }[]>;
  tags(name: string): Promise<Record<string, string>>;
  describe(name: string): Promise<{ keyId: string | undefined; description: string | undefined; tier: string | undefined; type: string | undefined }>;
  /** The operations the server answered (or dropped), in order. */
  operations(): string[];
  close(): Promise<void>;
}

export async function startSsmHarness(attempts = 3): Promise<SsmHarness> {
  const server = await startSsmServer({ kmsKeys: ['alias/deploy-tokens'] });
  const other = ssmClientFor(server, { accessKeyId: 'AKIDOTHER' });
  const harness: SsmHarness = {
    server,
    other,
    onBackoff: undefined,
    store: new ParameterStore(ssmClientFor(server), {
      retry: { attempts, baseDelayMs: 1, maxDelayMs: 1 },
      sleep: async () => {
        await harness.onBackoff?.();
      },
    }),
    async put(name, value, overwrite = true) {
      const { Version } = await other.send(new PutParameterCommand({ Name: name, Value: value, Type: 'SecureString', Overwrite: overwrite }));
      return Version ?? Number.NaN;
    },
    async versions(name) {
      const { Parameters } = await other.send(new GetParameterHistoryCommand({ Name: name, WithDecryption: true }));
      return (Parameters ?? []).map((p) => ({ version: p.Version ?? Number.NaN, value: p.Value, labels: p.Labels ?? [] }));
    },
    async tags(name) {
      const { TagList } = await other.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: name }));
      return Object.fromEntries((TagList ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    },
    async describe(name) {
      const { Parameters } = await other.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Name', Values: [name] }] }));
      const p = Parameters?.[0];
      return { keyId: p?.KeyId, description: p?.Description, tier: p?.Tier, type: p?.Type };
    },
    operations: () => server.requests.all().map((r) => `${r.operation} ${r.status}`),
    async close() {
      other.destroy();
      harness.store.client.destroy();
      await server.close();
    },
  };
  return harness;
}
