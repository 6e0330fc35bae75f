// A local Kubernetes API server (plain HTTP on 127.0.0.1) with simulated External Secrets
// Operator, workload and Reloader controllers, for tests, the demo, benchmarks and CI.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';

import { stringify as toYaml } from 'yaml';

import { AccessControl, type RbacRule } from './access-control.ts';
import { answerSelfSubjectAccessReview, answerSelfSubjectRulesReview, isSelfSubjectAccessReview, isSelfSubjectRulesReview } from './access-review.ts';
import {
  KubeApiError,
  conflict,
  forbidden,
  internalError,
  resourceNotFound,
  serviceUnavailable,
  tooManyRequests,
  unauthorized,
  type AuthorizationAttributes,
} from './api-errors.ts';
import { handleControlRequest } from './control-api.ts';
import { apiGroup, apiGroupList, apiResourceList, apiVersions, versionInfo, type ServerVersion } from './discovery.ts';
import { ClusterExternalSecretController } from './ces-controller.ts';
import { EsoController, type EsoSettings, type SsmConnection } from './eso-controller.ts';
import { FaultInjector, type FaultAction } from './faults.ts';
import type { KubeObject } from './objects.ts';
import { ReloaderController, type ReloaderSettings } from './reloader-controller.ts';
import { ArgoRolloutController, type ArgoRolloutSettings } from './rollout-controller.ts';
import { RequestLog } from './request-log.ts';
import { parseRequestInfo, sendError, sendJson, serveResource, type ApiContext, type RequestInfo, type WatchFaults } from './rest-api.ts';
import { ObjectStore } from './store.ts';
import { createSelfSignedCertificate } from './tls-certificate.ts';
import { WorkloadController, type WorkloadSettings } from './workload-controller.ts';

export interface KubeServerOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Bearer token clients must present (default: random). */
  token?: string;
  /** The user the token authenticates as (named in RBAC denials). */
  user?: string;
  /** Context, cluster and user name in the generated kubeconfig (default "local-kube"). */
  contextName?: string;
  /** Reported by /version (default 1.32). */
  version?: ServerVersion;
  /** Events kept for resuming watches (default 1000). */
  historyLimit?: number;
  /** Bookmark interval for watches with allowWatchBookmarks (default 60000, as the apiserver). */
  watchBookmarkIntervalMs?: number;
  /** Random timeout range for watches without timeoutSeconds (default [1800, 3600]). */
  watchTimeoutSeconds?: [number, number];
  /** Served external-secrets.io versions, preferred first (default ['v1']). */
  externalSecretsVersions?: string[];
  /** Where the simulated ESO reads AWS SSM Parameter Store. */
  ssm?: SsmConnection;
  eso?: Partial<EsoSettings>;
  workloads?: Partial<WorkloadSettings>;
  reloader?: Partial<ReloaderSettings>;
  /** The simulated Argo Rollouts controller (rollout-controller.ts). */
  argoRollouts?: Partial<ArgoRolloutSettings>;
  /** Objects to create at start (namespaces are created as needed). */
  seed?: KubeObject[];
}

export interface KubeconfigOptions {
  /** Default namespace of the context (default "default"). */
  namespace?: string;
  /**
   * Point at the https URL with this server's certificate pinned (default true). kubectl sends
   * kubeconfig credentials only over TLS; with false the kubeconfig names the plain http URL
   * (marked insecure-skip-tls-verify, which @kubernetes/client-node requires for http).
   */
  tls?: boolean;
}

export interface KubeServer {
  /** Plain HTTP URL (http://127.0.0.1:PORT). */
  readonly url: string;
  /** TLS URL on the same port (https://127.0.0.1:PORT), certificate in `caCertificatePem`. */
  readonly tlsUrl: string;
  readonly caCertificatePem: string;
  readonly port: number;
  readonly token: string;
  readonly user: string;
  readonly contextName: string;
  /** Kubeconfig YAML with a context, a cluster pointing at this server and a user with the bearer token. */
  kubeconfig(options?: KubeconfigOptions): string;
  writeKubeconfig(path: string, options?: KubeconfigOptions): Promise<void>;
  readonly store: ObjectStore;
  readonly eso: EsoController;
  /** The ClusterExternalSecret controller (part of ESO). */
  readonly ces: ClusterExternalSecretController;
  readonly workloads: WorkloadController;
  readonly reloader: ReloaderController;
  readonly argoRollouts: ArgoRolloutController;
  readonly faults: FaultInjector;
  readonly rbac: AccessControl;
  readonly requests: RequestLog;
  /** Back to a fresh cluster: objects, faults, RBAC and request log cleared, controller settings as given at start. */
  reset(): void;
  close(): Promise<void>;
}

const defaultVersion: ServerVersion = { major: '1', minor: '32', gitVersion: 'v1.32.0' };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const healthPaths = new Set(['/healthz', '/livez', '/readyz']);

/** The Status a `status` fault answers with, worded as the apiserver would for that code. */
const faultError = (action: Extract<FaultAction, { type: 'status' }>, attributes: AuthorizationAttributes): KubeApiError => {
  switch (action.code) {
    case 401:
      return unauthorized();
    case 403:
      return forbidden(attributes);
    case 409:
      return conflict({ group: attributes.group, resource: attributes.resource }, attributes.name);
    case 429:
      return tooManyRequests(action.retryAfterSeconds ?? 1);
    case 500:
      return internalError(action.message ?? 'injected fault');
    case 503: {
      const error = serviceUnavailable(action.message);
      if (action.retryAfterSeconds !== undefined) {
        return new KubeApiError(503, error.reason, error.message, { retryAfterSeconds: action.retryAfterSeconds });
      }
      return error;
    }
    case 504:
      return new KubeApiError(504, 'Timeout', action.message ?? 'Timeout: request did not complete within requested timeout - context deadline exceeded', {});
    default:
      return new KubeApiError(action.code, 'InternalError', action.message ?? `injected ${action.code}`);
  }
};

export const startKubeServer = async (options: KubeServerOptions = {}): Promise<KubeServer> => {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const user = options.user ?? 'system:serviceaccount:ci:deployer';
  const contextName = options.contextName ?? 'local-kube';
  const version = options.version ?? defaultVersion;
  const store = new ObjectStore({
    ...(options.historyLimit !== undefined ? { historyLimit: options.historyLimit } : {}),
    ...(options.externalSecretsVersions ? { externalSecretsVersions: options.externalSecretsVersions } : {}),
  });
  const access = new AccessControl(token, user);
  const faults = new FaultInjector();
  const requests = new RequestLog();
  const openWatches = new Set<() => void>();
  const sockets = new Set<Socket>();
  const eso = new EsoController(store, options.ssm ?? {}, options.eso ?? {});
  const ces = new ClusterExternalSecretController(store);
  const workloads = new WorkloadController(store, options.workloads ?? {});
  const reloader = new ReloaderController(store, options.reloader ?? {});
  const argoRollouts = new ArgoRolloutController(store, options.argoRollouts ?? {});

  const apiContext: ApiContext = {
    store,
    watch: {
      bookmarkIntervalMs: options.watchBookmarkIntervalMs ?? 60_000,
      defaultTimeoutSeconds: options.watchTimeoutSeconds ?? [1800, 3600],
    },
    trackWatch: (end) => {
      openWatches.add(end);
      return () => openWatches.delete(end);
    },
  };

  let serverUrl = '';
  let serverPort = 0;

  const endWatches = (): void => {
    for (const end of [...openWatches]) end();
  };

  const certificate = createSelfSignedCertificate();
  const kubeconfig = (kubeconfigOptions: KubeconfigOptions = {}): string =>
    toYaml({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [
        {
          name: contextName,
          cluster:
            kubeconfigOptions.tls === false
              ? // @kubernetes/client-node refuses http:// unless TLS verification is marked as skipped.
                { server: serverUrl, 'insecure-skip-tls-verify': true }
              : {
                  server: `https://127.0.0.1:${serverPort}`,
                  'certificate-authority-data': Buffer.from(certificate.certificatePem).toString('base64'),
                },
        },
      ],
      contexts: [
        {
          name: contextName,
          context: { cluster: contextName, user: `${contextName}-user`, namespace: kubeconfigOptions.namespace ?? 'default' },
        },
      ],
      'current-context': contextName,
      users: [{ name: `${contextName}-user`, user: { token: access.token } }],
      preferences: {},
    });

  const reset = (): void => {
    endWatches();
    faults.clear();
    access.allowOnly(null);
    requests.clear();
    eso.reset();
    ces.reset();
    workloads.reset();
    reloader.reset();
    argoRollouts.reset();
    store.reset();
  };

  /** What the request log records about a request, filled in as it is handled. */
  interface RequestNote {
    info: RequestInfo | undefined;
    faultIds: string[];
  }

  const serveApi = async (req: IncomingMessage, res: ServerResponse, url: URL, note: RequestNote): Promise<void> => {
    const method = req.method ?? 'GET';
    const info: RequestInfo = parseRequestInfo(method, url.pathname, url.searchParams);
    note.info = info;
    const attributes: AuthorizationAttributes = {
      user: access.user,
      verb: info.verb,
      group: info.group,
      resource: info.resource,
      subresource: info.subresource,
      namespace: info.namespace,
      name: info.name,
    };
    const selected = faults.select({
      method,
      verb: info.verb,
      group: info.group,
      resource: info.resource,
      subresource: info.subresource,
      namespace: info.namespace,
      name: info.name,
      path: url.pathname,
      watch: info.verb === 'watch',
    });
    note.faultIds = selected.ids;
    if (selected.latencyMs > 0) await sleep(selected.latencyMs);
    if (!access.authenticate(req.headers.authorization)) throw unauthorized();
    const action = selected.response;
    if (action?.type === 'connection-reset') {
      req.socket.destroy();
      return;
    }
    if (action?.type === 'status') throw faultError(action, attributes);
    if (isSelfSubjectAccessReview(info)) {
      await answerSelfSubjectAccessReview(access, info, req, res);
      return;
    }
    if (isSelfSubjectRulesReview(info)) {
      await answerSelfSubjectRulesReview(access, info, req, res);
      return;
    }
    if (info.isResourceRequest && !access.authorize(attributes)) throw forbidden(attributes);
    if (info.isResourceRequest) {
      const watchFaults: WatchFaults = watchFaultsFrom(selected.watch);
      await serveResource(apiContext, info, url.searchParams, req, res, watchFaults);
      return;
    }
    serveDiscovery(res, url.pathname);
  };

  const serveDiscovery = (res: ServerResponse, path: string): void => {
    const parts = path.split('/').filter((part) => part.length > 0);
    if (path === '/version' || path === '/version/') {
      sendJson(res, 200, versionInfo(version));
      return;
    }
    if (parts[0] === 'api' && parts.length === 1) {
      sendJson(res, 200, apiVersions(`127.0.0.1:${serverPort}`));
      return;
    }
    if (parts[0] === 'api' && parts.length === 2) {
      const list = apiResourceList(store.definitions, '', parts[1] ?? '');
      if (list) {
        sendJson(res, 200, list);
        return;
      }
    }
    if (parts[0] === 'apis' && parts.length === 1) {
      sendJson(res, 200, apiGroupList(store.definitions));
      return;
    }
    if (parts[0] === 'apis' && parts.length === 2) {
      const group = apiGroup(store.definitions, parts[1] ?? '');
      if (group) {
        sendJson(res, 200, group);
        return;
      }
    }
    if (parts[0] === 'apis' && parts.length === 3) {
      const list = apiResourceList(store.definitions, parts[1] ?? '', parts[2] ?? '');
      if (list) {
        sendJson(res, 200, list);
        return;
      }
    }
    throw resourceNotFound();
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/_local/')) {
      await handleControlRequest(server, req, res, url);
      return;
    }
    if (healthPaths.has(url.pathname)) {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('ok');
      return;
    }
    const note: RequestNote = { info: undefined, faultIds: [] };
    const method = req.method ?? 'GET';
    let logged = false;
    const log = (): void => {
      if (logged) return;
      logged = true;
      const info = note.info;
      requests.add({
        time: new Date(started).toISOString(),
        method,
        path: url.pathname,
        query: url.search,
        verb: info?.isResourceRequest ? info.verb : method.toLowerCase(),
        group: info?.group ?? '',
        resource: info?.resource ?? '',
        subresource: info?.subresource ?? '',
        namespace: info?.namespace ?? '',
        name: info?.name ?? '',
        watch: info?.verb === 'watch',
        status: res.statusCode,
        durationMs: Date.now() - started,
        userAgent: req.headers['user-agent'] ?? '',
        faults: note.faultIds,
      });
    };
    try {
      await serveApi(req, res, url, note);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
      } else if (error instanceof KubeApiError) {
        sendError(res, error);
      } else {
        sendError(res, internalError(error instanceof Error ? error.message : String(error)));
      }
    } finally {
      // Answered requests are logged at once (before the client can act on the answer);
      // watch streams when they end.
      if (res.writableEnded || res.destroyed) log();
      else res.once('close', log);
    }
  };

  const httpServer = createServer((req, res) => {
    void handle(req, res);
  });
  const httpsServer = createHttpsServer({ cert: certificate.certificatePem, key: certificate.privateKeyPem }, (req, res) => {
    void handle(req, res);
  });
  // One port, both protocols: a TLS ClientHello starts with byte 0x16.
  const listener = createNetServer({ pauseOnConnect: true }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('readable', () => {
      const first: Buffer | null = socket.read(1) as Buffer | null;
      if (first === null) {
        socket.destroy();
        return;
      }
      socket.unshift(first);
      (first[0] === 0x16 ? httpsServer : httpServer).emit('connection', socket);
      socket.resume();
    });
  });
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(options.port ?? 0, '127.0.0.1', () => {
      listener.off('error', reject);
      resolve();
    });
  });
  serverPort = (listener.address() as AddressInfo).port;
  serverUrl = `http://127.0.0.1:${serverPort}`;

  const server: KubeServer = {
    url: serverUrl,
    tlsUrl: `https://127.0.0.1:${serverPort}`,
    caCertificatePem: certificate.certificatePem,
    port: serverPort,
    get token() {
      return access.token;
    },
    user,
    contextName,
    kubeconfig,
    writeKubeconfig: async (path, kubeconfigOptions) => {
      await writeFile(path, kubeconfig(kubeconfigOptions), { mode: 0o600 });
    },
    store,
    eso,
    ces,
    workloads,
    reloader,
    argoRollouts,
    faults,
    rbac: access,
    requests,
    reset,
    close: async () => {
      eso.stop();
      ces.stop();
      workloads.stop();
      reloader.stop();
      argoRollouts.stop();
      endWatches();
      await new Promise<void>((resolve) => {
        listener.close(() => {
          resolve();
        });
        for (const socket of sockets) socket.destroy();
      });
    },
  };

  eso.start();
  ces.start();
  workloads.start();
  reloader.start();
  argoRollouts.start();
  for (const obj of options.seed ?? []) store.apply(obj);
  return server;
};

const watchFaultsFrom = (actions: FaultAction[]): WatchFaults => {
  const result: WatchFaults = {};
  for (const action of actions) {
    if (action.type === 'watch-end') result.endAfterMs = Math.min(result.endAfterMs ?? Infinity, action.afterMs);
    if (action.type === 'watch-cut') result.cutAfterMs = Math.min(result.cutAfterMs ?? Infinity, action.afterMs);
    if (action.type === 'watch-expired') result.expired = true;
  }
  return result;
};

export type { RbacRule };
export type { FaultRule, FaultAction, FaultMatch } from './faults.ts';
export type { KubeObject } from './objects.ts';
export type { EsoSettings, EsoMode, SsmConnection } from './eso-controller.ts';
export type { WorkloadSettings, RolloutMode } from './workload-controller.ts';
export type { ReloaderSettings } from './reloader-controller.ts';
