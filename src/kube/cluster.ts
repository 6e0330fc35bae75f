import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import * as core from '#actions-core';
import { KubeConfig, Watch } from '#client-node';
import type { Cluster as KubeconfigCluster, Context, User } from '@kubernetes/client-node/dist/config_types.js';
import { InputError, StepError } from '../errors.ts';
import { defaultCallTuning } from './api-calls.ts';
import type { CallTuning } from './api-calls.ts';

/** Where the credentials come from: the action's `kubeconfig` and `kube-context` inputs. */
export interface ClusterSource {
  /** Kubeconfig YAML, or base64 of it. */
  readonly kubeconfig?: string | undefined;
  readonly context?: string | undefined;
}

/** Settings for tests and odd environments; every field has a sane default. */
export interface ClusterTuning extends CallTuning {
  /** Ask the API server (SelfSubjectAccessReview) for missing RBAC verbs during preflight. */
  readonly checkAccess: boolean;
  /** How long the server may keep one watch open before we re-GET and re-watch. */
  readonly watchTimeoutSeconds: number;
}

export interface ConnectOptions extends Partial<ClusterTuning> {
  /** Environment to read KUBECONFIG and KUBERNETES_SERVICE_* from (default process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Home directory holding `.kube/config` (default the user's). */
  readonly homeDir?: string;
  /** Prefix for the service-account files of an in-cluster run (tests point it at a temp dir). */
  readonly serviceAccountRoot?: string;
}

/**
 * A connection to one cluster: the kubeconfig (which authenticates every
 * request, see requests.ts) and the Watch, built once and reused.
 */
export interface Cluster {
  readonly kubeConfig: KubeConfig;
  /** The API server URL, for messages. */
  readonly server: string;
  readonly contextName: string;
  /** Where the credentials came from, for the log: `kubeconfig input`, `KUBECONFIG`, ... */
  readonly origin: string;
  readonly watcher: Watch;
  readonly tuning: ClusterTuning;
  /** Closes the kept-alive connections. */
  close(): Promise<void>;
}

const SERVICE_ACCOUNT_TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token';

const defaultClusterTuning: ClusterTuning = {
  ...defaultCallTuning,
  checkAccess: true,
  watchTimeoutSeconds: 240,
};

/**
 * Loads credentials (the `kubeconfig` input as YAML or base64, else
 * KUBECONFIG, else ~/.kube/config, else the pod's service account), selects
 * the context. Makes no network call.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- async so that a bad kubeconfig rejects the returned promise, as callers expect, instead of throwing
export async function connectCluster(source: ClusterSource, options: ConnectOptions = {}): Promise<Cluster> {
  const env = options.env ?? process.env;
  const { kubeConfig, origin } = loadKubeConfig(source, env, options);
  const contextName = selectContext(kubeConfig, source.context, origin);
  const server = allowPlainHttpOnLoopback(kubeConfig, origin);
  const dispatchers = reuseConnections(kubeConfig);
  const { env: _env, homeDir: _home, serviceAccountRoot: _root, ...overrides } = options;
  const tuning: ClusterTuning = { ...defaultClusterTuning, ...overrides };
  core.info(`Kubernetes: context ${contextName} at ${server} (credentials from ${origin})`);
  return {
    kubeConfig,
    server,
    contextName,
    origin,
    watcher: new Watch(kubeConfig),
    tuning,
    close: async () => {
      await Promise.allSettled([...dispatchers.values()].map((dispatcher) => dispatcher.close()));
      dispatchers.clear();
    },
  };
}

function loadKubeConfig(
  source: ClusterSource,
  env: Readonly<Record<string, string | undefined>>,
  options: ConnectOptions,
): { kubeConfig: KubeConfig; origin: string } {
  if (source.kubeconfig !== undefined && source.kubeconfig.trim() !== '') {
    const kubeConfig = new KubeConfig();
    const text = decodeKubeconfigInput(source.kubeconfig);
    try {
      kubeConfig.loadFromString(text);
    } catch (error) {
      throw new InputError('kubeconfig', `The kubeconfig input is not a valid kubeconfig (${safeParseReason(error)}); pass the file's YAML or base64 of it.`);
    }
    return { kubeConfig, origin: 'the kubeconfig input' };
  }

  const listed = (env.KUBECONFIG ?? '').split(path.delimiter).filter((file) => file.trim() !== '');
  if (listed.length > 0) {
    // Like kubectl: files in the list that do not exist are skipped.
    const present = listed.filter((file) => existsSync(file));
    if (present.length === 0) {
      throw new StepError(
        'preflight',
        'kubeconfig',
        `KUBECONFIG lists ${listed.join(', ')}, but none of these files exists.`,
        'Point KUBECONFIG at an existing kubeconfig file or pass the kubeconfig input.',
      );
    }
    return { kubeConfig: loadKubeconfigFiles(present), origin: `KUBECONFIG (${present.join(path.delimiter)})` };
  }

  const homeConfig = path.join(options.homeDir ?? homedir(), '.kube', 'config');
  if (existsSync(homeConfig)) {
    return { kubeConfig: loadKubeconfigFiles([homeConfig]), origin: homeConfig };
  }

  const root = options.serviceAccountRoot ?? '';
  if (env.KUBERNETES_SERVICE_HOST && existsSync(`${root}${SERVICE_ACCOUNT_TOKEN}`)) {
    const kubeConfig = new KubeConfig();
    // loadFromCluster reads the host and port from process.env.
    const saved = { host: process.env.KUBERNETES_SERVICE_HOST, port: process.env.KUBERNETES_SERVICE_PORT };
    process.env.KUBERNETES_SERVICE_HOST = env.KUBERNETES_SERVICE_HOST;
    process.env.KUBERNETES_SERVICE_PORT = env.KUBERNETES_SERVICE_PORT ?? '443';
    try {
      kubeConfig.loadFromCluster(root);
    } finally {
      restoreEnv('KUBERNETES_SERVICE_HOST', saved.host);
      restoreEnv('KUBERNETES_SERVICE_PORT', saved.port);
    }
    return { kubeConfig, origin: 'the in-cluster service account' };
  }

  throw new StepError(
    'preflight',
    'kubeconfig',
    'no Kubernetes credentials were found: the kubeconfig input is empty, KUBECONFIG is unset, ~/.kube/config does not exist and this is not a pod with a service account.',
    'Pass the kubeconfig input (YAML or base64) or set KUBECONFIG.',
  );
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) Reflect.deleteProperty(process.env, name);
  else process.env[name] = value;
}

/** Kubeconfig YAML as given, or decoded when the input is base64 of it. */
export function decodeKubeconfigInput(input: string): string {
  const trimmed = input.trim();
  // YAML and JSON kubeconfigs always hold a colon; base64 never does.
  if (trimmed.includes(':')) return input;
  if (/^[A-Za-z0-9+/_=\s-]+$/.test(trimmed)) {
    const decoded = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (/^\s*(apiVersion|kind|clusters|contexts|users|current-context|preferences)\s*:/m.test(decoded) || /^\s*\{/.test(decoded)) {
      return decoded;
    }
  }
  throw new InputError(
    'kubeconfig',
    "The kubeconfig input is neither kubeconfig YAML nor base64 of it; pass the file's text or the output of `base64 -w0 kubeconfig`.",
  );
}

/** A parse failure's reason without the snippet of file text YAML errors carry (it may hold a token). */
function safeParseReason(error: unknown): string {
  const parsed = error as { name?: unknown; reason?: unknown; mark?: { line?: unknown } };
  if (parsed.name === 'YAMLException') {
    const line = typeof parsed.mark?.line === 'number' ? ` at line ${parsed.mark.line + 1}` : '';
    return `YAML ${typeof parsed.reason === 'string' ? parsed.reason : 'syntax error'}${line}`;
  }
  const message = error instanceof Error ? error.message : '';
  // client-node's own checks name fields only (`clusters[0].cluster.server is missing`).
  return /^(clusters|users|contexts)\[\d+\][\w.]* is missing$/.test(message) ? message : 'unreadable content';
}

/** Loads and merges kubeconfig files the way kubectl does: the first file to set a name or current-context wins. */
function loadKubeconfigFiles(files: readonly string[]): KubeConfig {
  const clusters: KubeconfigCluster[] = [];
  const users: User[] = [];
  const contexts: Context[] = [];
  let currentContext = '';
  for (const file of files) {
    const part = new KubeConfig();
    try {
      part.loadFromFile(file);
    } catch (error) {
      const reason = (error as { code?: unknown }).code === 'EACCES' ? 'permission denied' : safeParseReason(error);
      throw new StepError(
        'preflight',
        'kubeconfig',
        `the kubeconfig file ${file} could not be loaded (${reason}).`,
        'Fix or replace the file, or pass the kubeconfig input.',
      );
    }
    for (const cluster of part.clusters) if (!clusters.some((c) => c.name === cluster.name)) clusters.push(cluster);
    for (const user of part.users) if (!users.some((u) => u.name === user.name)) users.push(user);
    for (const context of part.contexts) if (!contexts.some((c) => c.name === context.name)) contexts.push(context);
    if (!currentContext && part.currentContext) currentContext = part.currentContext;
  }
  const merged = new KubeConfig();
  merged.loadFromOptions({ clusters, users, contexts, currentContext });
  return merged;
}

function selectContext(kubeConfig: KubeConfig, requested: string | undefined, origin: string): string {
  const names = kubeConfig.getContexts().map((context) => context.name);
  const available = names.length > 0 ? names.join(', ') : 'none';
  if (requested !== undefined && requested.trim() !== '') {
    if (!kubeConfig.getContextObject(requested)) {
      throw new InputError('kube-context', `kube-context "${requested}" is not in ${origin}; the contexts it has are: ${available}.`);
    }
    kubeConfig.setCurrentContext(requested);
  } else if (!kubeConfig.getCurrentContext() || !kubeConfig.getContextObject(kubeConfig.getCurrentContext())) {
    const current = kubeConfig.getCurrentContext();
    throw new StepError(
      'preflight',
      'kubeconfig',
      current ? `${origin} sets current-context "${current}", which it does not define.` : `${origin} sets no current-context.`,
      `Set the kube-context input to one of: ${available}.`,
    );
  }
  const contextName = kubeConfig.getCurrentContext();
  const context = kubeConfig.getContextObject(contextName);
  if (!kubeConfig.getCurrentCluster()) {
    throw new StepError(
      'preflight',
      'kubeconfig',
      `context "${contextName}" in ${origin} names cluster "${context?.cluster ?? ''}", which it does not define.`,
      'Fix the kubeconfig or choose another kube-context.',
    );
  }
  if (!kubeConfig.getCurrentUser()) {
    throw new StepError(
      'preflight',
      'kubeconfig',
      `context "${contextName}" in ${origin} names user "${context?.user ?? ''}", which it does not define.`,
      'Fix the kubeconfig or choose another kube-context.',
    );
  }
  return contextName;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * client-node refuses a plain-http server unless TLS checks are skipped, which
 * makes no sense without TLS. kubectl talks plain http (kubectl proxy, local
 * test servers); we allow it on loopback only, where nothing crosses a network.
 */
function allowPlainHttpOnLoopback(kubeConfig: KubeConfig, origin: string): string {
  const cluster = kubeConfig.getCurrentCluster();
  const server = cluster?.server ?? '';
  if (!cluster || !server.startsWith('http:') || cluster.skipTLSVerify) return server;
  let host = '';
  try {
    host = new URL(server).hostname;
  } catch {
    // An unparsable address fails with a clear network error on first use.
  }
  if (!LOOPBACK_HOSTS.has(host) && !host.startsWith('127.')) {
    throw new StepError(
      'preflight',
      'kubeconfig',
      `the cluster in ${origin} is served over plain http at ${server}, which would send the credentials unencrypted.`,
      'Use the https:// address of the API server.',
    );
  }
  kubeConfig.clusters = kubeConfig.clusters.map((entry) => (entry.name === cluster.name ? { ...entry, skipTLSVerify: true } : entry));
  return server;
}

interface Closable {
  close(): Promise<void>;
}

interface DispatcherInternals {
  createDispatcher?: (cluster: unknown, agentOptions: unknown) => Closable | undefined;
  createDispatcherOptions?: (cluster: unknown, agentOptions: unknown) => unknown;
}

/**
 * client-node 2.0 builds a new connection pool for every request that carries
 * TLS settings (CA, client certificate), so nothing is kept alive. Hand out one
 * pool per distinct TLS setting instead; the returned map is closed by
 * Cluster.close().
 */
function reuseConnections(kubeConfig: KubeConfig): Map<string, Closable> {
  const pools = new Map<string, Closable>();
  const internals = kubeConfig as unknown as DispatcherInternals;
  const create = internals.createDispatcher?.bind(kubeConfig);
  const describe = internals.createDispatcherOptions?.bind(kubeConfig);
  if (!create || !describe) return pools;
  internals.createDispatcher = (cluster, agentOptions) => {
    const key = JSON.stringify(describe(cluster, agentOptions));
    const existing = pools.get(key);
    if (existing) return existing;
    const created = create(cluster, agentOptions);
    if (created) pools.set(key, created);
    return created;
  };
  return pools;
}
