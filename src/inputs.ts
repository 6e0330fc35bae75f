import { readDiscovery } from './discovery-inputs.ts';
import type { DiscoveryInputs } from './discovery-inputs.ts';
import { InputError } from './errors.ts';
import { attachValueFiles, splitFileClause } from './value-file.ts';
import type { ExternalSecretEntry, WorkloadKind, WorkloadRef } from './kube/targets.ts';
import { parseProbe } from './probe-inputs.ts';
import type { ProbeConfig } from './probe-inputs.ts';

export type TokenEncoding = 'base64url' | 'hex' | 'alphanumeric';
export type Tier = 'Standard' | 'Advanced' | 'Intelligent-Tiering';

/** One parameter of a set: its SSM name and the key that names it in the tokens, versions and fingerprints outputs. */
export interface ParameterEntry {
  readonly name: string;
  readonly key: string;
  /** The file holding the value the job minted (value-file, or a line's file= clause); undefined: the run mints a token. */
  readonly valueFile?: string;
}

/** Every input of action.yml, parsed and validated once. */
export interface RotationConfig {
  /** The parameter of the single form; for a set, the first parameter's name (use `parameters`). */
  readonly parameterName: string;
  /** Every parameter the run rotates: the single form is a set of one whose key is ''. */
  readonly parameters: readonly ParameterEntry[];
  /** True when the parameters input was used: the outputs are the JSON objects, not the single-form ones. */
  readonly setForm: boolean;
  readonly region: string;
  readonly kmsKeyId: string | undefined;
  /** The tier asked for; undefined (the input left empty) keeps the parameter's tier, Standard for a new one. */
  readonly tier: Tier | undefined;
  readonly description: string | undefined;
  readonly tags: readonly { readonly key: string; readonly value: string }[];
  readonly token: { readonly bytes: number; readonly encoding: TokenEncoding; readonly prefix: string };
  readonly versionLabels: boolean;
  readonly externalSecrets: readonly ExternalSecretEntry[];
  readonly verifySecretKey: string | undefined;
  readonly restart: readonly WorkloadRef[];
  /** `auto` in external-secrets or restart, with search-namespaces (discovery-inputs.ts). */
  readonly discovery: DiscoveryInputs | undefined;
  readonly kubeconfig: string | undefined;
  readonly kubeContext: string | undefined;
  readonly syncTimeoutMs: number;
  readonly rolloutTimeoutMs: number;
  readonly rollbackOnFailure: boolean;
  readonly dryRun: boolean;
  /** The test step (probe-url and the other probe-* inputs); absent when probe-url is empty. */
  readonly probe?: ProbeConfig;
}

/** True when the run needs a Kubernetes connection at all. */
export const usesCluster = (config: RotationConfig): boolean =>
  config.externalSecrets.length > 0 || config.restart.length > 0 || config.discovery !== undefined;

/** Reads an input by its action.yml name; '' when unset (as `core.getInput` does). */
export type InputReader = (name: string) => string;

const fail = (input: string, sentence: string): never => {
  throw new InputError(input, sentence);
};

const quote = (value: string): string => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);

// SSM: letters, digits and _.-/ ; a hierarchical name starts with '/'; no aws/ssm prefix.
function parseParameterName(raw: string, input = 'parameter-name', where = `Input ${input}`): string {
  const name = raw.trim();
  if (name === '') fail(input, 'Input parameter-name is required: give the SSM parameter name, e.g. /team/app/deploy-token.');
  const form = 'letters, digits and _ . - / only, at most 1011 characters, starting with / when it has a path, e.g. /team/app/deploy-token';
  if (name.length > 1011 || !/^[A-Za-z0-9_.\-/]+$/.test(name)) {
    fail(input, `${where} ${quote(name)} is not a valid SSM parameter name: use ${form}.`);
  }
  if (name.includes('/') && !name.startsWith('/')) {
    fail(input, `${where} ${quote(name)} has a path but does not start with /: use ${form}.`);
  }
  if (name.endsWith('/') || name.includes('//')) {
    fail(input, `${where} ${quote(name)} has an empty path segment: use ${form}.`);
  }
  const segments = name.split('/').filter((s) => s !== '');
  if (segments.length > 15) {
    fail(input, `${where} ${quote(name)} has ${segments.length} levels but SSM allows at most 15: use ${form}.`);
  }
  if (/^(aws|ssm)/i.test(segments[0] ?? '')) {
    fail(input, `${where} ${quote(name)} starts with a reserved prefix (aws or ssm): use ${form}.`);
  }
  return name;
}

const SET_FORM = 'one name=output-key per line, e.g. /team/app/datastore-token=datastore, with output keys of letters, digits and _';

/** The parameters input: the set form, exclusive with parameter-name. Undefined when it is not used. */
function parseParameters(raw: string, single: string): ParameterEntry[] | undefined {
  if (raw.trim() === '') return undefined;
  if (single.trim() !== '') {
    fail(
      'parameters',
      'Inputs parameter-name and parameters cannot be used together: give one SSM parameter in parameter-name, or several in parameters as one name=output-key per line.',
    );
  }
  const entries: ParameterEntry[] = [];
  for (const whole of lines(raw)) {
    const { line, file } = splitFileClause(whole);
    const eq = line.lastIndexOf('=');
    const key = eq < 0 ? '' : line.slice(eq + 1).trim();
    if (eq <= 0 || !/^[A-Za-z0-9_]{1,64}$/.test(key)) {
      fail('parameters', `Input parameters has the line ${quote(line)} that is not name=output-key: use ${SET_FORM}.`);
    }
    const name = parseParameterName(line.slice(0, eq), 'parameters', 'Input parameters: the name');
    if (entries.some((e) => e.name === name)) fail('parameters', `Input parameters names ${quote(name)} twice: use ${SET_FORM}, each parameter once.`);
    if (entries.some((e) => e.key === key)) fail('parameters', `Input parameters gives the output key ${quote(key)} twice: use ${SET_FORM}, each key once.`);
    entries.push({ name, key, ...(file !== undefined ? { valueFile: file } : {}) });
  }
  if (entries.length === 0) fail('parameters', `Input parameters lists no parameter: use ${SET_FORM}.`);
  return entries;
}

function parseRegion(raw: string, env: NodeJS.ProcessEnv): string {
  const region = raw.trim() || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '';
  if (region === '') {
    fail('aws-region', 'Input aws-region is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set: give a region such as us-east-1.');
  }
  if (!/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(region)) {
    fail('aws-region', `Input aws-region ${quote(region)} is not an AWS region name: use a form like us-east-1 or eu-central-2.`);
  }
  return region;
}

function parseKmsKeyId(raw: string): string | undefined {
  const key = raw.trim();
  if (key === '') return undefined;
  const forms = [
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, // key id
    /^mrk-[0-9a-f]{32}$/, // multi-Region key id
    /^alias\/[A-Za-z0-9/_-]{1,250}$/, // alias name
    /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/(mrk-)?[0-9a-f-]{32,36}|alias\/[A-Za-z0-9/_-]{1,250})$/, // key or alias ARN
  ];
  if (!forms.some((form) => form.test(key))) {
    fail(
      'kms-key-id',
      `Input kms-key-id ${quote(key)} is not a KMS key reference: use a key id (1234abcd-12ab-34cd-56ef-1234567890ab), a key ARN, an alias (alias/my-key) or an alias ARN.`,
    );
  }
  return key;
}

function parseTier(raw: string): Tier | undefined {
  if (raw.trim() === '') return undefined;
  const tiers: Tier[] = ['Standard', 'Advanced', 'Intelligent-Tiering'];
  const tier = tiers.find((t) => t.toLowerCase() === raw.trim().toLowerCase());
  return (
    tier ??
    fail(
      'tier',
      `Input tier ${quote(raw.trim())} is not an SSM tier: use Standard, Advanced or Intelligent-Tiering, or leave it empty to keep the parameter's tier.`,
    )
  );
}

function parseDescription(raw: string): string | undefined {
  const description = raw.trim();
  if (description === '') return undefined;
  if (description.length > 1024) {
    fail('description', `Input description is ${description.length} characters long: use at most 1024 characters.`);
  }
  return description;
}

const lines = (raw: string): string[] =>
  raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

function parseTags(raw: string): RotationConfig['tags'] {
  const tags: { key: string; value: string }[] = [];
  const form = 'one key=value per line, keys of 1-128 and values of at most 256 letters, digits, spaces and _ . : / = + - @';
  for (const line of lines(raw)) {
    const eq = line.indexOf('=');
    if (eq <= 0) fail('tags', `Input tags has the line ${quote(line)} without a key=value pair: use ${form}.`);
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    const allowed = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
    if (key.length > 128 || !allowed.test(key) || value.length > 256 || !allowed.test(value)) {
      fail('tags', `Input tags has the line ${quote(line)} with a key or value SSM does not accept: use ${form}.`);
    }
    if (/^aws:/i.test(key)) fail('tags', `Input tags has the key ${quote(key)} with the reserved prefix aws: : use ${form}.`);
    if (tags.some((t) => t.key === key)) fail('tags', `Input tags names the key ${quote(key)} twice: use ${form}, each key once.`);
    tags.push({ key, value });
  }
  if (tags.length > 50) fail('tags', `Input tags has ${tags.length} tags: SSM allows at most 50 (${form}).`);
  return tags;
}

function parseTokenBytes(raw: string): number {
  const text = raw.trim();
  const bytes = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(bytes >= 16 && bytes <= 1024)) {
    fail('token-bytes', `Input token-bytes ${quote(text)} is not a whole number from 16 to 1024: use e.g. 32 (256 bits).`);
  }
  return bytes;
}

function parseTokenEncoding(raw: string): TokenEncoding {
  const encoding = raw.trim();
  if (encoding === 'base64url' || encoding === 'hex' || encoding === 'alphanumeric') return encoding;
  return fail('token-encoding', `Input token-encoding ${quote(encoding)} is not supported: use base64url, hex or alphanumeric.`);
}

function parseTokenPrefix(raw: string): string {
  const prefix = raw.trim();
  if (!/^[A-Za-z0-9_-]{0,32}$/.test(prefix)) {
    fail('token-prefix', `Input token-prefix ${quote(prefix)} is not allowed: use at most 32 characters of A-Z a-z 0-9 _ -.`);
  }
  return prefix;
}

// The YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
function parseBoolean(input: string, raw: string): boolean {
  const text = raw.trim();
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  return fail(input, `Input ${input} ${quote(text)} is not a boolean: use true or false.`);
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function parseNamespace(raw: string): string {
  const namespace = raw.trim();
  if (!DNS_LABEL.test(namespace)) {
    fail('namespace', `Input namespace ${quote(namespace)} is not a Kubernetes namespace name: use at most 63 lowercase letters, digits and -, e.g. default.`);
  }
  return namespace;
}

function parseExternalSecrets(raw: string, namespace: string): ExternalSecretEntry[] {
  const form = 'one [namespace/]name or clusterexternalsecret/name per line, e.g. prod/backend-token, with lowercase DNS names';
  const refs: ExternalSecretEntry[] = [];
  for (const line of lines(raw)) {
    const parts = line.split('/');
    if (parts.length === 2 && parts[0] === 'clusterexternalsecret') {
      const name = parts[1] ?? '';
      if (!DNS_SUBDOMAIN.test(name)) {
        fail(
          'external-secrets',
          `Input external-secrets has the line ${quote(line)} whose ClusterExternalSecret name is not a lowercase DNS name: use ${form}.`,
        );
      }
      if (refs.some((r) => r.kind === 'ClusterExternalSecret' && r.name === name)) {
        fail('external-secrets', `Input external-secrets names clusterexternalsecret/${name} twice: use ${form}, each one once.`);
      }
      refs.push({ namespace: '', name, kind: 'ClusterExternalSecret' });
      continue;
    }
    const [ns, name] = parts.length === 2 ? [parts[0] ?? '', parts[1] ?? ''] : [namespace, parts[0] ?? ''];
    if (parts.length > 2 || !DNS_LABEL.test(ns) || !DNS_SUBDOMAIN.test(name)) {
      fail('external-secrets', `Input external-secrets has the line ${quote(line)} that is not an ExternalSecret reference: use ${form}.`);
    }
    if (refs.some((r) => r.kind === undefined && r.namespace === ns && r.name === name)) {
      fail('external-secrets', `Input external-secrets names ${ns}/${name} twice: use ${form}, each ExternalSecret once.`);
    }
    refs.push({ namespace: ns, name });
  }
  return refs;
}

const KINDS: Record<string, WorkloadKind> = {
  deployment: 'Deployment',
  deployments: 'Deployment',
  deploy: 'Deployment',
  statefulset: 'StatefulSet',
  statefulsets: 'StatefulSet',
  sts: 'StatefulSet',
  daemonset: 'DaemonSet',
  daemonsets: 'DaemonSet',
  ds: 'DaemonSet',
  rollout: 'Rollout',
  rollouts: 'Rollout',
  ro: 'Rollout',
};

function parseRestart(raw: string, namespace: string): WorkloadRef[] {
  const form = 'one [namespace/]kind/name per line with kind deployment, statefulset, daemonset or rollout (Argo Rollouts), e.g. prod/deployment/api';
  const refs: WorkloadRef[] = [];
  for (const line of lines(raw)) {
    const parts = line.split('/');
    const [ns, kindName, name] = parts.length === 3 ? [parts[0] ?? '', parts[1] ?? '', parts[2] ?? ''] : [namespace, parts[0] ?? '', parts[1] ?? ''];
    const kind = KINDS[kindName.toLowerCase()];
    if (parts.length < 2 || parts.length > 3 || kind === undefined || !DNS_LABEL.test(ns) || !DNS_SUBDOMAIN.test(name)) {
      return fail('restart', `Input restart has the line ${quote(line)} that is not a workload reference: use ${form}.`);
    }
    if (refs.some((r) => r.namespace === ns && r.kind === kind && r.name === name)) {
      fail('restart', `Input restart names ${ns}/${kindName}/${name} twice: use ${form}, each workload once.`);
    }
    refs.push({ namespace: ns, kind, name });
  }
  return refs;
}

function parseSecretKey(raw: string): string | undefined {
  const key = raw.trim();
  if (key === '') return undefined;
  if (key.length > 253 || !/^[-._a-zA-Z0-9]+$/.test(key)) {
    fail('verify-secret-key', `Input verify-secret-key ${quote(key)} is not a Secret data key: use at most 253 letters, digits and - _ . (e.g. token).`);
  }
  return key;
}

function parseKubeconfig(raw: string): string | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  // YAML, or JSON (kubectl config view -o json), which is YAML too: its keys are put on lines of their own.
  const looksLikeKubeconfig = (yaml: string): boolean => {
    const keys = /^\s*\{/.test(yaml) ? yaml.replace(/[{,]\s*"(\w+)"\s*:/g, '\n$1:') : yaml;
    return /^\s*clusters\s*:/m.test(keys) && /^\s*(contexts|users)\s*:/m.test(keys);
  };
  if (looksLikeKubeconfig(text)) return text;
  if (/^[A-Za-z0-9+/=\s]+$/.test(text)) {
    const decoded = Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (looksLikeKubeconfig(decoded)) return decoded;
  }
  // A path is a common mistake; the value is not quoted, it could be anything.
  if (/^(~|\.{1,2})?\/\S*$/.test(text) && /[~.\-_]/.test(text)) {
    return fail(
      'kubeconfig',
      "Input kubeconfig looks like a file path, but it takes the kubeconfig itself: pass the file's YAML or base64 of it, or leave it empty and set the KUBECONFIG environment variable to the path.",
    );
  }
  return fail(
    'kubeconfig',
    'Input kubeconfig is neither kubeconfig YAML nor base64 of it: give the file with its clusters, contexts and users (e.g. the output of kubectl config view --raw --minify), as text or base64.',
  );
}

function parseKubeContext(raw: string): string | undefined {
  const context = raw.trim();
  if (context === '') return undefined;
  if (/\s/.test(context) || context.length > 253) {
    fail('kube-context', `Input kube-context ${quote(context)} is not a context name: use the name of one context from the kubeconfig, without spaces.`);
  }
  return context;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go-style durations as kubectl takes them: 90s, 5m, 1m30s, 2h. */
export function parseDuration(input: string, raw: string): number {
  const text = raw.trim();
  const form = 'a duration from 1s to 6h such as 90s, 5m or 1m30s';
  if (!/^(\d+(ms|s|m|h))+$/.test(text)) fail(input, `Input ${input} ${quote(text)} is not a duration: use ${form}.`);
  let ms = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)(ms|s|m|h)/g)) ms += Number(amount) * (UNIT_MS[unit ?? 's'] ?? 1000);
  if (ms < 1000 || ms > 6 * 3_600_000) fail(input, `Input ${input} ${quote(text)} is out of range: use ${form}.`);
  return ms;
}

/**
 * Parses and checks every input before anything touches the network.
 * Throws InputError with one sentence naming the input and the accepted form.
 */
export function readInputs(read: InputReader, env: NodeJS.ProcessEnv = process.env): RotationConfig {
  const namespace = parseNamespace(read('namespace') || 'default');
  const set = parseParameters(read('parameters'), read('parameter-name'));
  const parameters = attachValueFiles(read, set ?? [{ name: parseParameterName(read('parameter-name')), key: '' }], set !== undefined);
  const auto = readDiscovery(read, namespace);
  const config: RotationConfig = {
    parameterName: (parameters[0] as ParameterEntry).name,
    parameters,
    setForm: set !== undefined,
    region: parseRegion(read('aws-region'), env),
    kmsKeyId: parseKmsKeyId(read('kms-key-id')),
    tier: parseTier(read('tier')),
    description: parseDescription(read('description')),
    tags: parseTags(read('tags')),
    token: {
      bytes: parseTokenBytes(read('token-bytes') || '32'),
      encoding: parseTokenEncoding(read('token-encoding') || 'base64url'),
      prefix: parseTokenPrefix(read('token-prefix')),
    },
    versionLabels: parseBoolean('version-labels', read('version-labels') || 'true'),
    externalSecrets: parseExternalSecrets(auto.externalSecrets, namespace),
    verifySecretKey: parseSecretKey(read('verify-secret-key')),
    restart: parseRestart(auto.restart, namespace),
    discovery: auto.discovery,
    kubeconfig: parseKubeconfig(read('kubeconfig')),
    kubeContext: parseKubeContext(read('kube-context')),
    syncTimeoutMs: parseDuration('sync-timeout', read('sync-timeout') || '5m'),
    rolloutTimeoutMs: parseDuration('rollout-timeout', read('rollout-timeout') || '10m'),
    rollbackOnFailure: parseBoolean('rollback-on-failure', read('rollback-on-failure') || 'true'),
    dryRun: parseBoolean('dry-run', read('dry-run') || 'false'),
  };
  const probe = parseProbe(read, parameters, set !== undefined);
  if (probe) Object.assign(config, { probe });
  if (config.verifySecretKey !== undefined && config.externalSecrets.length === 0 && config.discovery?.externalSecrets !== true) {
    fail(
      'verify-secret-key',
      'Input verify-secret-key is set but external-secrets is empty: name the ExternalSecrets whose target Secret holds the key, one [namespace/]name per line.',
    );
  }
  if ((config.kubeconfig !== undefined || config.kubeContext !== undefined) && !usesCluster(config)) {
    const input = config.kubeconfig !== undefined ? 'kubeconfig' : 'kube-context';
    fail(
      input,
      `Input ${input} is set but neither external-secrets nor restart is, so nothing would use the cluster: remove it or name the ExternalSecrets (one [namespace/]name per line).`,
    );
  }
  return config;
}
