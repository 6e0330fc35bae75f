// Which listed ExternalSecrets read this run's parameters, by the rules the preflight applies to
// named ones (eso-read-rules.ts judgeEntries), entry by entry so each match says where it reads.
// Pure; discovery.ts lists the objects and reads the stores.
import type { ExternalSecretObject } from './eso-rules.ts';
import { clusterOwnerOf } from './eso-rules.ts';
import { judgeEntries, parseParameterArn } from './eso-read-rules.ts';
import type { StoreFacts, StoreRef } from './eso-read-rules.ts';

export interface DiscoveryChecks {
  /** Every parameter of the run (one for the single form). */
  readonly parameterNames: readonly string[];
  readonly region: string;
}

/** A listed ExternalSecret with its namespace (a list item carries it in metadata). */
export interface ListedExternalSecret extends ExternalSecretObject {
  readonly metadata?: ExternalSecretObject['metadata'] & { readonly namespace?: string };
}

export type ReaderVerdict =
  | { readonly reads: true; readonly reasons: readonly string[]; readonly targetSecret: string; readonly clusterOwner?: string | undefined }
  | { readonly reads: false; readonly reason: string };

type Entry = { readonly kind: 'data'; readonly index: number } | { readonly kind: 'dataFrom'; readonly index: number };

/** The ExternalSecret cut down to one entry, so judgeEntries answers for that entry alone (its store is resolved the same way). */
function only(externalSecret: ExternalSecretObject, entry: Entry): ExternalSecretObject {
  const spec = externalSecret.spec ?? {};
  return {
    ...externalSecret,
    spec:
      entry.kind === 'data'
        ? { ...spec, data: spec.data?.slice(entry.index, entry.index + 1) ?? [], dataFrom: [] }
        : { ...spec, data: [], dataFrom: spec.dataFrom?.slice(entry.index, entry.index + 1) ?? [] },
  };
}

const entriesOf = (externalSecret: ExternalSecretObject): Entry[] => [
  ...(externalSecret.spec?.data ?? []).map((_, index) => ({ kind: 'data' as const, index })),
  ...(externalSecret.spec?.dataFrom ?? []).map((_, index) => ({ kind: 'dataFrom' as const, index })),
];

/** The remote key an entry names, for left-out reasons and the candidate test. */
function keyOf(externalSecret: ExternalSecretObject, entry: Entry): string | undefined {
  if (entry.kind === 'data') return externalSecret.spec?.data?.[entry.index]?.remoteRef?.key;
  const from = externalSecret.spec?.dataFrom?.[entry.index];
  return from?.extract?.key ?? from?.find?.name?.regexp;
}

/** Where an entry reads, in the words of the ExternalSecret's spec: `data[1].remoteRef.key`, `dataFrom[0].find.name.regexp`. */
function whereOf(externalSecret: ExternalSecretObject, entry: Entry): string {
  if (entry.kind === 'data') {
    const key = externalSecret.spec?.data?.[entry.index]?.remoteRef?.key ?? '';
    return `data[${entry.index}].remoteRef.key${parseParameterArn(key) ? ' (ARN)' : ''}`;
  }
  const from = externalSecret.spec?.dataFrom?.[entry.index];
  if (from?.extract) return `dataFrom[${entry.index}].extract.key`;
  return `dataFrom[${entry.index}].find${from?.find?.path ? '.path and .name.regexp' : '.name.regexp'}`;
}

/**
 * Could the entry read one of the parameters through some store? A store's prefix goes
 * before the key (parameterstore.go), so a key that ends one of the names may; find entries
 * take no prefix. Only the stores of such entries need to be read.
 */
function mayRead(externalSecret: ExternalSecretObject, entry: Entry, checks: DiscoveryChecks): boolean {
  const alone = only(externalSecret, entry);
  const judged = (name: string): boolean => {
    const verdict = judgeEntries(alone, { parameterName: name, region: checks.region }, () => undefined);
    return verdict.reads.length > 0 || verdict.refusal !== undefined;
  };
  if (checks.parameterNames.some(judged)) return true;
  const key = keyOf(externalSecret, entry);
  if (key === undefined || parseParameterArn(key) || (entry.kind === 'dataFrom' && !externalSecret.spec?.dataFrom?.[entry.index]?.extract)) return false;
  const at = key.lastIndexOf(':');
  const name = at < 0 ? key : key.slice(0, at);
  return name !== '' && checks.parameterNames.some((parameter) => parameter.endsWith(name));
}

/** The stores whose facts decide whether this ExternalSecret reads the parameters (none when no entry could). */
export function storesToRead(externalSecret: ExternalSecretObject, checks: DiscoveryChecks): StoreRef[] {
  const stores = new Map<string, StoreRef>();
  for (const entry of entriesOf(externalSecret)) {
    if (!mayRead(externalSecret, entry, checks)) continue;
    const source = only(externalSecret, entry).spec;
    const sourceRef = entry.kind === 'data' ? source?.data?.[0]?.sourceRef : source?.dataFrom?.[0]?.sourceRef;
    const ref = sourceRef?.storeRef?.name ? sourceRef.storeRef : source?.secretStoreRef;
    const store = { kind: ref?.kind === 'ClusterSecretStore' ? 'ClusterSecretStore' : 'SecretStore', name: ref?.name ?? '' };
    if (store.name !== '') stores.set(`${store.kind}/${store.name}`, store);
  }
  return [...stores.values()];
}

/**
 * Whether a listed ExternalSecret reads one of the parameters, and why; or why it is left
 * out. `facts` answers for the stores storesToRead named (undefined: not readable, prefix '').
 */
export function judgeReader(externalSecret: ExternalSecretObject, checks: DiscoveryChecks, facts: (store: StoreRef) => StoreFacts | undefined): ReaderVerdict {
  const reasons: string[] = [];
  const blocked: string[] = [];
  const several = checks.parameterNames.length > 1;
  const entries = entriesOf(externalSecret);
  for (const entry of entries) {
    const alone = only(externalSecret, entry);
    for (const name of checks.parameterNames) {
      const verdict = judgeEntries(alone, { parameterName: name, region: checks.region }, facts);
      if (verdict.reads.length > 0 || verdict.refusal !== undefined) {
        reasons.push(`${whereOf(externalSecret, entry)}${several ? ` reads ${name}` : ''}`);
      } else if (verdict.storeBlockers.length > 0 && judgeEntries(alone, { parameterName: name, region: checks.region }, () => undefined).reads.length > 0) {
        // It names the parameter, but through a store that cannot read this run's (another region, provider or service).
        blocked.push(`${whereOf(externalSecret, entry)} names ${name}, but ${verdict.storeBlockers[0]?.reason ?? ''}`);
      }
    }
  }
  if (reasons.length > 0) {
    return {
      reads: true,
      reasons,
      targetSecret: externalSecret.spec?.target?.name || externalSecret.metadata?.name || '',
      clusterOwner: clusterOwnerOf(externalSecret),
    };
  }
  if (blocked.length > 0) return { reads: false, reason: blocked[0] ?? '' };
  if (entries.length === 0) return { reads: false, reason: 'it has no data or dataFrom entry' };
  const keys = [...new Set(entries.map((entry) => keyOf(externalSecret, entry)).filter((key): key is string => key !== undefined))];
  const shown = keys.slice(0, 3).join(', ') + (keys.length > 3 ? ` and ${keys.length - 3} more` : '');
  return { reads: false, reason: `it reads another parameter${shown ? ` (${shown})` : ''}` };
}
