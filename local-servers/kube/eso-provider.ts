// The simulated ESO's provider side (GetProviderSecretData): AWS Parameter Store as
// providers/v1/aws/parameterstore/parameterstore.go reads it (GetParameter WithDecryption,
// prefix + key + ":" + version, gjson properties, GetParametersByPath for find), and ESO's `fake` provider.

import { GetParameterCommand, GetParametersByPathCommand, SSMClient } from '@aws-sdk/client-ssm';

import { asArray, asString, field, isMap, type JsonMap, type KubeObject } from './objects.ts';
import type { ObjectStore } from './store.ts';

export interface SsmConnection {
  /** SSM endpoint, e.g. http://127.0.0.1:4583. */
  endpoint?: string;
  /** Used when the SecretStore names no region (default us-east-1). */
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** SDK attempts per GetParameter (default 2). */
  maxAttempts?: number;
}

/** ESO's provider "not found" (esv1.NoSecretErr). */
export class NoSecretError extends Error {
  constructor() {
    super('Secret does not exist');
  }
}

/** gjson-style property lookup into a JSON value (dots separate path segments). */
const extractProperty = (value: string, property: string, key: string): Buffer => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new Error(`key ${property} does not exist in secret ${key}`);
  }
  const direct = isMap(parsed) ? parsed[property] : undefined;
  let current: unknown = direct;
  if (current === undefined) {
    current = parsed;
    for (const segment of property.split('.')) {
      current = isMap(current) ? current[segment] : Array.isArray(current) ? current[Number(segment)] : undefined;
    }
  }
  if (current === undefined) throw new Error(`key ${property} does not exist in secret ${key}`);
  return Buffer.from(typeof current === 'string' ? current : JSON.stringify(current));
};

const decode = (strategy: string | undefined, value: Buffer): Buffer => {
  switch (strategy) {
    case 'Base64':
      return Buffer.from(value.toString('utf8'), 'base64');
    case 'Base64URL':
      return Buffer.from(value.toString('utf8'), 'base64url');
    case 'Auto': {
      const text = value.toString('utf8');
      if (/^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.length % 4 === 0) return Buffer.from(text, 'base64');
      if (/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return Buffer.from(text, 'base64url');
      return value;
    }
    default:
      return value;
  }
};

export class EsoProvider {
  private readonly store: ObjectStore;
  ssm: SsmConnection;
  private clients = new Map<string, SSMClient>();

  constructor(store: ObjectStore, ssm: SsmConnection) {
    this.store = store;
    this.ssm = { ...ssm };
  }

  /** GetProviderSecretData: spec.dataFrom (extract, find by name) then spec.data. */
  async providerData(es: KubeObject, options: { notFound?: boolean } = {}): Promise<Record<string, Buffer>> {
    const namespace = es.metadata.namespace ?? '';
    // client_manager.go Manager.Get: an entry's sourceRef.storeRef replaces spec.secretStoreRef.
    const providerOf = (entry: unknown): unknown => {
      const own = field(entry, 'sourceRef', 'storeRef');
      const storeRef = isMap(own) && asString(own.name) ? own : field(es, 'spec', 'secretStoreRef');
      const storeKind = asString(field(storeRef, 'kind')) ?? 'SecretStore';
      const storeName = asString(field(storeRef, 'name')) ?? '';
      const secretStore =
        storeKind === 'ClusterSecretStore' ? this.store.get('clustersecretstores', '', storeName) : this.store.get('secretstores', namespace, storeName);
      if (!secretStore) {
        throw new Error(`could not get store reference: ${storeKind}.external-secrets.io "${storeName}" not found`);
      }
      return field(secretStore, 'spec', 'provider');
    };
    const deletionPolicy = asString(field(es, 'spec', 'target', 'deletionPolicy')) ?? 'Retain';
    const result: Record<string, Buffer> = {};

    const fetch = async (provider: unknown, key: string, version: string | undefined): Promise<string> => {
      if (options.notFound) throw new NoSecretError();
      if (isMap(field(provider, 'fake'))) return this.fakeValue(provider, key, version);
      if (isMap(field(provider, 'aws'))) {
        const service = asString(field(provider, 'aws', 'service'));
        if (service !== 'ParameterStore') throw new Error(`unsupported AWS service in the local ESO simulation: ${service ?? ''}`);
        const prefix = asString(field(provider, 'aws', 'prefix')) ?? '';
        const region = asString(field(provider, 'aws', 'region'));
        return this.ssmValue(`${prefix}${key}${version ? `:${version}` : ''}`, region);
      }
      throw new Error('no supported provider in store (the local ESO simulation supports aws ParameterStore and fake)');
    };

    for (const [index, entry] of asArray(field(es, 'spec', 'dataFrom')).entries()) {
      const provider = providerOf(entry);
      const find = field(entry, 'find');
      if (isMap(find) && isMap(field(provider, 'aws'))) {
        Object.assign(result, await this.findByName(find, asString(field(provider, 'aws', 'region'))));
        continue;
      }
      const extract = field(entry, 'extract');
      if (!isMap(extract)) throw new Error(`error processing spec.dataFrom[${index}]: only extract and find by name are supported by the local ESO simulation`);
      const key = asString(extract.key) ?? '';
      try {
        const value = await fetch(provider, key, asString(extract.version));
        const parsed = JSON.parse(value) as unknown;
        if (!isMap(parsed)) throw new Error(`unable to unmarshal secret ${key}: not a JSON object`);
        for (const [entryKey, entryValue] of Object.entries(parsed)) {
          result[entryKey] = decode(asString(extract.decodingStrategy), Buffer.from(typeof entryValue === 'string' ? entryValue : JSON.stringify(entryValue)));
        }
      } catch (error) {
        if (error instanceof NoSecretError && deletionPolicy !== 'Retain') continue;
        throw new Error(`error processing spec.dataFrom[${index}].extract, err: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
    for (const [index, entry] of asArray(field(es, 'spec', 'data')).entries()) {
      const remoteRef = field(entry, 'remoteRef');
      const key = asString(field(remoteRef, 'key')) ?? '';
      try {
        const raw = await fetch(providerOf(entry), key, asString(field(remoteRef, 'version')) || undefined);
        const property = asString(field(remoteRef, 'property'));
        const value = property ? extractProperty(raw, property, key) : Buffer.from(raw, 'utf8');
        result[asString(field(entry, 'secretKey')) ?? ''] = decode(asString(field(remoteRef, 'decodingStrategy')), value);
      } catch (error) {
        if (error instanceof NoSecretError && deletionPolicy !== 'Retain') continue;
        throw new Error(`error processing spec.data[${index}] (key: ${key}), err: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
    return result;
  }

  /** parameterstore.go findByName: GetParametersByPath (recursive, decrypted) under find.path, names matching find.name.regexp. */
  private async findByName(find: JsonMap, storeRegion: string | undefined): Promise<Record<string, Buffer>> {
    const regexp = asString(field(find, 'name', 'regexp'));
    if (regexp === undefined) throw new Error('find by tags is not supported by the local ESO simulation');
    // runtime/find/find.go compiles Go RE2: a leading (?flags) group is RE2's way to set flags.
    const flags = /^\(\?([ims]+)\)/.exec(regexp);
    const matcher = flags ? new RegExp(regexp.slice(flags[0].length), flags[1]) : new RegExp(regexp);
    const client = this.clientFor(storeRegion ?? this.ssm.region ?? 'us-east-1');
    const data: Record<string, Buffer> = {};
    let nextToken: string | undefined;
    do {
      const page = await client.send(
        new GetParametersByPathCommand({ Path: asString(find.path) ?? '/', Recursive: true, WithDecryption: true, NextToken: nextToken }),
      );
      for (const parameter of page.Parameters ?? []) {
        // esutils.ConvertKeys (Default strategy): a rune that is not a letter, digit, '-', '.' or '_' becomes '_'.
        if (parameter.Name && matcher.test(parameter.Name)) data[parameter.Name.replace(/[^\p{L}\p{N}._-]/gu, '_')] = Buffer.from(parameter.Value ?? '');
      }
      nextToken = page.NextToken;
    } while (nextToken);
    return data;
  }

  private fakeValue(provider: unknown, key: string, version: string | undefined): string {
    const entries = asArray(field(provider, 'fake', 'data'));
    const found = entries.find((entry) => field(entry, 'key') === key && (version === undefined || (asString(field(entry, 'version')) ?? '') === version));
    if (!found) throw new NoSecretError();
    const value = field(found, 'value');
    if (typeof value === 'string') return value;
    const valueMap = field(found, 'valueMap');
    if (isMap(valueMap)) return JSON.stringify(valueMap);
    throw new NoSecretError();
  }

  private async ssmValue(name: string, storeRegion: string | undefined): Promise<string> {
    if (!this.ssm.endpoint) throw new Error('no SSM endpoint configured for the local ESO simulation');
    const region = storeRegion ?? this.ssm.region ?? 'us-east-1';
    const client = this.clientFor(region);
    try {
      const output = await client.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
      const value = output.Parameter?.Value;
      if (value === undefined) throw new Error(`invalid secret received. parameter value is nil for key: ${name}`);
      return value;
    } catch (error) {
      // parameterstore.go GetSecret: only ssm ParameterNotFound is esv1.NoSecretErr; ParameterVersionNotFound is an error.
      if (error instanceof Error && error.name === 'ParameterNotFound') throw new NoSecretError();
      throw error;
    }
  }

  private clientFor(region: string): SSMClient {
    const existing = this.clients.get(region);
    if (existing) return existing;
    const credentials = this.ssm.credentials ?? { accessKeyId: 'local', secretAccessKey: 'local' };
    const client = new SSMClient({
      region,
      ...(this.ssm.endpoint ? { endpoint: this.ssm.endpoint } : {}),
      credentials: {
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
      },
      maxAttempts: this.ssm.maxAttempts ?? 2,
    });
    this.clients.set(region, client);
    return client;
  }

  closeClients(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients = new Map();
  }

  // Writing the target Secret (createSecret / updateSecret with the mutation function).
}
