// How each entry of an ExternalSecret reads the parameter, as ESO's AWS Parameter Store
// provider does it: the store of each entry, the key (name or ARN), and what lands in the
// Secret. Pure; eso-preflight.ts feeds it the stores it read.
import type { Blocker, ExternalSecretObject, ParameterRead } from './eso-rules.ts';
import { pathCovers } from './eso-rules.ts';

/** The store an entry reads through. */
export interface StoreRef {
  readonly kind: string;
  readonly name: string;
}

/** What preflight learned of one store; undefined when it could not be read (RBAC). */
export interface StoreFacts {
  /** `ClusterSecretStore name` or `SecretStore namespace/name`, for sentences. */
  readonly described: string;
  /** Why it cannot read this run's parameter at all (not AWS, not ParameterStore, another region). */
  readonly blocker?: Blocker | undefined;
  readonly prefix: string;
  /** Accounts of `role` and `additionalRoles`: ESO reads that account's parameters. */
  readonly roleAccounts: readonly string[];
}

export interface EntrySource {
  readonly where: string;
  readonly store: StoreRef;
}

type SourceRef = { readonly storeRef?: { readonly name?: string; readonly kind?: string } | null } | null | undefined;

const storeOf = (sourceRef: SourceRef, spec: ExternalSecretObject['spec']): StoreRef => {
  // client_manager.go Manager.Get: sourceRef.storeRef, when set, replaces spec.secretStoreRef
  // (v0.16.2 and v2.9.0); getStore reads a ClusterSecretStore for that kind, else a SecretStore.
  const ref = sourceRef?.storeRef?.name ? sourceRef.storeRef : spec?.secretStoreRef;
  return { kind: ref?.kind === 'ClusterSecretStore' ? 'ClusterSecretStore' : 'SecretStore', name: ref?.name ?? '' };
};

/** Every entry with the store it reads through (externalsecret_controller_secret.go). */
export function entrySources(externalSecret: ExternalSecretObject): EntrySource[] {
  const spec = externalSecret.spec;
  return [
    ...(spec?.data ?? []).map((entry, index) => ({ where: `spec.data[${index}]`, store: storeOf(entry.sourceRef, spec) })),
    ...(spec?.dataFrom ?? []).map((entry, index) => ({ where: `spec.dataFrom[${index}]`, store: storeOf(entry.sourceRef, spec) })),
  ];
}

/** The account of a role ARN (arn:aws:iam::123456789012:role/x), or undefined. */
export const roleAccount = (arn: string | undefined): string | undefined => /^arn:aws[\w-]*:iam::(\d{12}):/.exec(arn ?? '')?.[1];

/** An SSM parameter ARN: arn:aws:ssm:REGION:ACCOUNT:parameter/NAME[:selector]. SSM accepts it wherever a name goes. */
export function parseParameterArn(key: string): { region: string; account: string; name: string; selector: string | undefined } | undefined {
  const match = /^arn:aws[\w-]*:ssm:([^:]*):(\d*):parameter(\/[^:]+|[^:/][^:]*)(?::([^:]+))?$/.exec(key);
  if (!match) return undefined;
  const [, region = '', account = '', path = '', selector] = match;
  // A hierarchical name /a/b has the ARN parameter/a/b; a flat name x has parameter/x.
  const rest = path.startsWith('/') ? path.slice(1) : path;
  return { region, account, name: rest.includes('/') ? `/${rest}` : rest, selector };
}

/**
 * Go RE2 (runtime/find/find.go compiles find.name.regexp with regexp.Compile, unanchored
 * MatchString) as a JavaScript RegExp: a leading (?flags) becomes flags, (?P<name> becomes
 * (?<name>, \A and \z become ^ and $. Undefined when it cannot be translated.
 */
export function re2ToRegExp(source: string): RegExp | undefined {
  let flags = '';
  let body = source;
  const leading = /^\(\?([imsU]+)\)/.exec(body);
  if (leading) {
    if (leading[1]?.includes('U')) return undefined;
    flags = [...new Set(leading[1])].join('');
    body = body.slice(leading[0].length);
  }
  body = body.replaceAll('(?P<', '(?<').replaceAll('\\A', '^').replaceAll('\\z', '$');
  try {
    return new RegExp(body, flags);
  } catch {
    return undefined;
  }
}

export interface EntriesVerdict {
  readonly reads: ParameterRead[];
  /** An entry that makes ESO fail the whole ExternalSecret. */
  readonly refusal?: Blocker | undefined;
  /** Why an entry's store cannot read the parameter, in entry order. */
  readonly storeBlockers: readonly Blocker[];
  readonly warnings: readonly string[];
}

interface Checks {
  readonly parameterName: string;
  readonly region: string;
}

/**
 * Every entry that reads `checks.parameterName` through its own store, and what lands in the
 * Secret. `facts` answers undefined for a store that could not be read (prefix unknown: '').
 */
export function judgeEntries(externalSecret: ExternalSecretObject, checks: Checks, facts: (store: StoreRef) => StoreFacts | undefined): EntriesVerdict {
  const reads: ParameterRead[] = [];
  const storeBlockers: Blocker[] = [];
  const warnings: string[] = [];
  let refusal: Blocker | undefined;
  const spec = externalSecret.spec;
  const { parameterName } = checks;
  const sources = entrySources(externalSecret);
  const factsAt = (where: string): StoreFacts | undefined => {
    const source = sources.find((candidate) => candidate.where === where);
    return source ? facts(source.store) : undefined;
  };
  const keyRead = (key: string | undefined, version: string | undefined, where: string, store: StoreFacts | undefined): ParameterRead | undefined => {
    if (!key) return undefined;
    const arn = parseParameterArn(key);
    if (arn) {
      // An ARN names the region and account itself; a store prefix would break it.
      if (arn.name !== parameterName || arn.region !== checks.region || store?.prefix) return undefined;
      warnings.push(
        `its ${where} reads ${parameterName} by ARN in account ${arn.account}: this run writes with its own credentials, so check that they are in account ${arn.account}.`,
      );
      return { where, selector: version || arn.selector };
    }
    // parameterstore.go parameterNameWithVersion: prefix + key, then ":" + version when set.
    const full = `${store?.prefix ?? ''}${key}`;
    const at = full.lastIndexOf(':');
    const name = at < 0 ? full : full.slice(0, at);
    if (name !== parameterName) return undefined;
    return { where, selector: version || (at < 0 ? undefined : full.slice(at + 1)) };
  };

  spec?.data?.forEach((entry, index) => {
    const where = `spec.data[${index}]`;
    const store = factsAt(where);
    if (store?.blocker) {
      storeBlockers.push(store.blocker);
      return;
    }
    const ref = entry.remoteRef;
    const read = keyRead(ref?.key, ref?.version, `${where}.remoteRef`, store);
    if (!read) return;
    // GetSecret: Fetch returns the tags; a property is a gjson path into a JSON value, and a
    // token has none ("key %s does not exist in secret %s"), which fails the whole ExternalSecret.
    if (ref?.property) {
      refusal ??= {
        reason: `its ${where}.remoteRef.property ${JSON.stringify(ref.property)} asks for a JSON field of ${parameterName}, but the token is not JSON, so External Secrets Operator fails the whole ExternalSecret.`,
        next: `Drop remoteRef.property from ${where}.`,
      };
      return;
    }
    if (ref?.metadataPolicy === 'Fetch') {
      reads.push({ ...read, undeliverable: `with metadataPolicy: Fetch, which returns the parameter's tags, not its value` });
      return;
    }
    // Whether a decoding changes the token depends on its encoding (Auto keeps a value that is
    // not base64 as it is, utils.Decode): said, and left to verify-secret-key.
    if (ref?.decodingStrategy && ref.decodingStrategy !== 'None') {
      warnings.push(
        `its ${where}.remoteRef decodes ${parameterName} (decodingStrategy: ${ref.decodingStrategy}), so the Secret may hold decoded bytes instead of the token; verify-secret-key would catch it.`,
      );
    }
    reads.push(read);
  });

  spec?.dataFrom?.forEach((entry, index) => {
    const where = `spec.dataFrom[${index}]`;
    const store = factsAt(where);
    if (store?.blocker) {
      storeBlockers.push(store.blocker);
      return;
    }
    // GetSecretMap runs json.Unmarshal on the value into a map and errors otherwise
    // (parameterstore.go, v0.16.2; providers/v1/aws/parameterstore, v2.9.0): one such entry
    // fails the whole ExternalSecret, whatever its other entries read.
    if (entry.extract && keyRead(entry.extract.key, entry.extract.version, `${where}.extract`, store)) {
      refusal ??= {
        reason: `its ${where}.extract reads ${parameterName} as a JSON object of keys, but the token is not JSON, so External Secrets Operator fails the whole ExternalSecret ("unable to unmarshal secret").`,
        next: `Read ${parameterName} with a spec.data[].remoteRef entry instead, and remove ${where}.`,
      };
      return;
    }
    const regexp = entry.find?.name?.regexp;
    if (regexp === undefined || !pathCovers(entry.find?.path, parameterName)) return;
    const compiled = re2ToRegExp(regexp);
    if (!compiled) {
      warnings.push(
        `its ${where}.find.name.regexp ${JSON.stringify(regexp)} is not checked here (Go RE2 syntax this action cannot run); it is taken to read ${parameterName}.`,
      );
      reads.push({ where: `${where}.find`, selector: undefined });
      return;
    }
    if (compiled.test(parameterName)) reads.push({ where: `${where}.find`, selector: undefined });
  });

  const seen = new Set<string>();
  for (const source of sources) {
    const store = facts(source.store);
    for (const account of store?.roleAccounts ?? []) {
      if (seen.has(`${store?.described ?? ''}/${account}`)) continue;
      seen.add(`${store?.described ?? ''}/${account}`);
      warnings.push(
        `its store ${store?.described ?? ''} assumes a role in account ${account}, so External Secrets Operator reads that account's parameter: check that this run writes in account ${account}.`,
      );
    }
  }
  return { reads, refusal, storeBlockers, warnings };
}
