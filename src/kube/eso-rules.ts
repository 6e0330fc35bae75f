// External Secrets Operator's rules, as pure functions: when a forced sync
// counts, what preflight refuses, how a ClusterExternalSecret is forced.
// Each rule cites the ESO source (v2.9 line) it follows; the I/O that feeds
// them lives in externalsecrets.ts, clusterexternalsecrets.ts and preflight.ts.

/** A refusal: why the gate cannot hold for this object, and what to change. */
export interface Blocker {
  readonly reason: string;
  readonly next: string;
}

/** ESO's `Ready` condition as last written. */
export interface ReadyCondition {
  readonly status: string;
  readonly reason: string;
  readonly message: string;
  readonly lastTransitionTime: string;
}

interface RemoteRef {
  readonly key?: string;
  readonly version?: string;
  readonly property?: string;
  readonly metadataPolicy?: string;
  readonly decodingStrategy?: string;
}

type EntrySourceRef = { readonly storeRef?: { readonly name?: string; readonly kind?: string } | null } | null;

/** The fields of an ExternalSecret the rules read (apis/externalsecrets/v1/externalsecret_types.go). */
export interface ExternalSecretObject {
  readonly apiVersion?: string;
  readonly metadata?: {
    readonly name?: string;
    readonly generation?: number;
    readonly resourceVersion?: string;
    readonly annotations?: Readonly<Record<string, string>>;
    readonly ownerReferences?: readonly { readonly apiVersion?: string; readonly kind?: string; readonly name?: string; readonly controller?: boolean }[];
  };
  readonly spec?: {
    readonly refreshInterval?: string | number;
    readonly refreshPolicy?: string;
    readonly secretStoreRef?: { readonly name?: string; readonly kind?: string };
    readonly data?: readonly { readonly secretKey?: string; readonly remoteRef?: RemoteRef; readonly sourceRef?: EntrySourceRef }[];
    readonly dataFrom?: readonly {
      readonly sourceRef?: EntrySourceRef;
      readonly extract?: RemoteRef;
      readonly find?: { readonly path?: string; readonly name?: { readonly regexp?: string }; readonly tags?: Readonly<Record<string, string>> };
    }[];
    readonly target?: {
      readonly name?: string;
      readonly immutable?: boolean;
      readonly creationPolicy?: string;
      readonly deletionPolicy?: string;
      readonly manifest?: { readonly apiVersion?: string; readonly kind?: string };
      readonly template?: {
        readonly mergePolicy?: string;
        readonly data?: Readonly<Record<string, string>>;
        readonly templateFrom?: readonly unknown[];
      };
    };
  };
  readonly status?: {
    readonly syncedResourceVersion?: string;
    readonly refreshTime?: string | null;
    readonly conditions?: readonly {
      readonly type?: string;
      readonly status?: string;
      readonly reason?: string;
      readonly message?: string;
      readonly lastTransitionTime?: string;
    }[];
  };
}

export function readyConditionOf(externalSecret: ExternalSecretObject): ReadyCondition | null {
  const ready = externalSecret.status?.conditions?.find((condition) => condition.type === 'Ready');
  if (!ready) return null;
  return {
    status: ready.status ?? '',
    reason: ready.reason ?? '',
    message: ready.message ?? '',
    lastTransitionTime: ready.lastTransitionTime ?? '',
  };
}

export const describeReady = (ready: ReadyCondition | null): string =>
  ready ? `Ready=${ready.status} ${ready.reason}${ready.message ? ` "${ready.message}"` : ''}` : 'no Ready condition';

/**
 * A Go duration's length in whole nanoseconds, as metav1.Duration holds it
 * (time.ParseDuration truncates below 1 ns, so "0.5ns" is 0).
 */
export const wholeNanoseconds = (ms: number): number => Math.trunc(Math.round(ms * 1e9) / 1e3) || 0;

/** spec.target.manifest set: a generic target, not a Secret (externalsecret_controller_manifest.go, isGenericTarget). */
export const isGenericTarget = (externalSecret: ExternalSecretObject): boolean => externalSecret.spec?.target?.manifest !== undefined;

/**
 * Why ESO would not deliver a forced sync into the target, or undefined.
 * `intervalMs` is spec.refreshInterval parsed (undefined when unset: the CRD
 * defaults it to 1h0m0s).
 */
export function refreshBlocker(externalSecret: ExternalSecretObject, intervalMs: number | undefined): Blocker | undefined {
  const spec = externalSecret.spec;
  const policy = spec?.refreshPolicy || 'Periodic';
  const synced = externalSecret.status?.syncedResourceVersion ?? '';
  // shouldRefresh (externalsecret_controller.go, v0.16.2 and v2.9.0): CreatedOnce refreshes while
  // syncedResourceVersion is empty or refreshTime zero, so a never-synced one still gets its first sync.
  if (policy === 'CreatedOnce' && synced !== '' && externalSecret.status?.refreshTime) {
    return {
      reason: 'its refreshPolicy is CreatedOnce, so External Secrets Operator ignores the force-sync annotation and would never deliver the new token.',
      next: 'Set spec.refreshPolicy: OnChange on the ExternalSecret (or Periodic with a non-zero refreshInterval).',
    };
  }
  // shouldRefreshPeriodic: "RefreshInterval.Duration <= 0 && SyncedResourceVersion != \"\"" means never again.
  if (policy === 'Periodic' && intervalMs !== undefined && wholeNanoseconds(intervalMs) <= 0 && synced !== '') {
    return {
      reason: `its refreshInterval is ${JSON.stringify(spec?.refreshInterval)} with the Periodic refresh policy, and External Secrets Operator treats an interval of 0 or less as "never refresh", so it ignores the force-sync annotation.`,
      next: 'Set spec.refreshPolicy: OnChange or a positive spec.refreshInterval (for example 1h) on the ExternalSecret.',
    };
  }
  if (spec?.target?.immutable === true) {
    return {
      reason: 'its target Secret is immutable (spec.target.immutable: true), so External Secrets Operator cannot write the new token into it.',
      next: 'Set spec.target.immutable: false on the ExternalSecret.',
    };
  }
  // Reconcile: "case esv1.CreatePolicyNone: secret creation skipped" - and it still reports SecretSynced.
  if (spec?.target?.creationPolicy === 'None') {
    return {
      reason: 'its spec.target.creationPolicy is None, so External Secrets Operator writes no Secret and would report a sync that delivered nothing.',
      next: 'Set spec.target.creationPolicy to Owner (or Merge into an existing Secret).',
    };
  }
  return undefined;
}

/** One place where an ExternalSecret reads the parameter, and the version or label it asks for. */
export interface ParameterRead {
  readonly where: string;
  /** `remoteRef.version` or the `:selector` of the key (a label or a version number); undefined reads the latest. */
  readonly selector: string | undefined;
  /** Why what lands in the Secret is not the token (metadataPolicy Fetch, a decodingStrategy). */
  readonly undeliverable?: string | undefined;
}

/** SSM names cannot hold ':', so "name:x" selects version or label x (sysman-paramstore-versions, "reference-parameter-version"). */
function splitSelector(key: string): { name: string; selector: string | undefined } {
  const at = key.lastIndexOf(':');
  return at < 0 ? { name: key, selector: undefined } : { name: key.slice(0, at), selector: key.slice(at + 1) };
}

function readOf(ref: RemoteRef | undefined, where: string, parameterName: string, prefix: string): ParameterRead | undefined {
  if (!ref?.key) return undefined;
  // parameterstore.go parameterNameWithVersion: prefix + key, then ":" + version when set.
  const { name, selector } = splitSelector(`${prefix}${ref.key}`);
  if (name !== parameterName) return undefined;
  return { where, selector: ref.version || selector };
}

/** Whether `find.path` covers the name: GetParametersByPath with Recursive (parameterstore.go findByName; path defaults to "/"). */
export function pathCovers(path: string | undefined, parameterName: string): boolean {
  const base = path ?? '/';
  if (base === '/') return parameterName.startsWith('/');
  return parameterName.startsWith(base.endsWith('/') ? base : `${base}/`);
}

/**
 * Every entry of the ExternalSecret that reads `parameterName` through a store
 * with `prefix`: spec.data[].remoteRef, spec.dataFrom[].extract, and
 * spec.dataFrom[].find by name (find by tags alone cannot be checked).
 */
export function parameterReads(externalSecret: ExternalSecretObject, parameterName: string, prefix: string): ParameterRead[] {
  const reads: ParameterRead[] = [];
  externalSecret.spec?.data?.forEach((entry, index) => {
    const read = readOf(entry.remoteRef, `spec.data[${index}].remoteRef`, parameterName, prefix);
    if (read) reads.push(read);
  });
  externalSecret.spec?.dataFrom?.forEach((entry, index) => {
    const read = readOf(entry.extract, `spec.dataFrom[${index}].extract`, parameterName, prefix);
    if (read) reads.push(read);
    const regexp = entry.find?.name?.regexp;
    if (regexp !== undefined && pathCovers(entry.find?.path, parameterName) && safeTest(regexp, parameterName)) {
      reads.push({ where: `spec.dataFrom[${index}].find`, selector: undefined });
    }
  });
  return reads;
}

function safeTest(regexp: string, text: string): boolean {
  try {
    return new RegExp(regexp).test(text);
  } catch {
    return false;
  }
}

/** A read delivers the new token when it takes the latest version, or `current` while this run moves that label. */
export const deliversNewToken = (read: ParameterRead, versionLabels: boolean): boolean =>
  read.undeliverable === undefined && (read.selector === undefined || (read.selector === 'current' && versionLabels));

/** Refuses an ExternalSecret none of whose reads delivers the new token. */
export function readBlocker(reads: readonly ParameterRead[], parameterName: string, versionLabels: boolean, prefix: string): Blocker | undefined {
  if (reads.some((read) => deliversNewToken(read, versionLabels))) return undefined;
  if (reads.length === 0) {
    return {
      reason: `none of its spec.data[].remoteRef.key or spec.dataFrom entries reads ${parameterName}${prefix ? ` (with its store's prefix ${JSON.stringify(prefix)})` : ''}, so a sync would not deliver the new token.`,
      next: 'Name the ExternalSecrets that read this parameter in external-secrets, or fix the remoteRef.key.',
    };
  }
  const undeliverable = reads.find((read) => read.undeliverable !== undefined);
  if (undeliverable) {
    return {
      reason: `its ${undeliverable.where} reads ${parameterName} ${undeliverable.undeliverable ?? ''}, so a sync would not deliver the new token.`,
      next: `Read ${parameterName} with a plain remoteRef (no metadataPolicy: Fetch, decodingStrategy None).`,
    };
  }
  const labelled = reads.find((read) => (read.selector === 'current' || read.selector === 'previous') && !versionLabels);
  if (labelled) {
    return {
      reason: `its ${labelled.where} reads ${parameterName}:${labelled.selector}, and with version-labels: false this run does not move that label, so ESO would sync a stale value and report success.`,
      next: 'Set version-labels: true, or read the parameter without a version or label.',
    };
  }
  const first = reads[0] as ParameterRead;
  return {
    reason: `its ${first.where} reads ${parameterName} at ${JSON.stringify(first.selector)}, which never holds the new token.`,
    next: `Drop the version from the remoteRef (or read ${parameterName}:current).`,
  };
}

/** The store fields the rules read (apis/externalsecrets/v1/secretstore_aws_types.go). */
export interface StoreObject {
  readonly spec?: {
    readonly provider?: Readonly<Record<string, unknown>> & {
      readonly aws?: {
        readonly service?: string;
        readonly region?: string;
        readonly prefix?: string;
        readonly role?: string;
        readonly additionalRoles?: readonly string[];
      };
    };
  };
}

/** The store must be AWS Parameter Store in the action's region; returns its key prefix. */
export function storeVerdict(store: StoreObject, storeName: string, region: string): { blocker: Blocker } | { prefix: string } {
  const provider = store.spec?.provider ?? {};
  const aws = provider.aws;
  if (!aws) {
    const kinds = Object.keys(provider).join(', ') || 'none';
    return {
      blocker: {
        reason: `its store ${storeName} is not an AWS store (provider: ${kinds}), so it cannot read the SSM parameter this run writes.`,
        next: 'Point spec.secretStoreRef at a SecretStore or ClusterSecretStore with provider aws, service ParameterStore.',
      },
    };
  }
  if (aws.service !== 'ParameterStore') {
    return {
      blocker: {
        reason: `its store ${storeName} uses the AWS service ${aws.service ?? '(none)'}, not ParameterStore, so it cannot read the SSM parameter this run writes.`,
        next: 'Point spec.secretStoreRef at a store with service: ParameterStore.',
      },
    };
  }
  if (aws.region !== region) {
    return {
      blocker: {
        reason: `its store ${storeName} reads Parameter Store in region ${aws.region ?? '(none)'}, but this run writes the parameter in ${region}.`,
        next: "Set aws-region to the store's region, or point the ExternalSecret at a store in this region.",
      },
    };
  }
  return { prefix: aws.prefix ?? '' };
}

/** The ClusterExternalSecret that controls this ExternalSecret (controllerutil.SetControllerReference in createOrUpdateExternalSecret). */
export function clusterOwnerOf(externalSecret: ExternalSecretObject): string | undefined {
  const owner = externalSecret.metadata?.ownerReferences?.find(
    (ref) => ref.controller === true && ref.kind === 'ClusterExternalSecret' && (ref.apiVersion ?? '').startsWith('external-secrets.io/'),
  );
  return owner?.name;
}

/** The fields of a ClusterExternalSecret the rules read (clusterexternalsecret_types.go). */
export interface ClusterExternalSecretObject {
  readonly metadata?: { readonly name?: string; readonly resourceVersion?: string; readonly annotations?: Readonly<Record<string, string>> };
  readonly spec?: {
    readonly externalSecretName?: string;
    readonly externalSecretMetadata?: { readonly annotations?: Readonly<Record<string, string>> };
  };
  readonly status?: {
    readonly provisionedNamespaces?: readonly string[];
    readonly failedNamespaces?: readonly { readonly namespace?: string; readonly reason?: string }[];
  };
}

/** The ExternalSecrets a ClusterExternalSecret provisions: its externalSecretName (default its own name) in each provisioned namespace. */
export function provisionedExternalSecrets(ces: ClusterExternalSecretObject, cesName: string): { namespace: string; name: string }[] {
  const name = ces.spec?.externalSecretName || ces.metadata?.name || cesName;
  return [...(ces.status?.provisionedNamespaces ?? [])].map((namespace) => ({ namespace, name }));
}
