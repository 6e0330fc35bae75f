export const id = 372;
export const ids = [372];
export const modules = {

/***/ 6372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FORCE_SYNC_ANNOTATION: () => (/* reexport */ FORCE_SYNC_ANNOTATION),
  RESTARTED_AT_ANNOTATION: () => (/* reexport */ RESTARTED_AT_ANNOTATION),
  connectCluster: () => (/* reexport */ connectCluster),
  decodeKubeconfigInput: () => (/* reexport */ decodeKubeconfigInput),
  describeRef: () => (/* reexport */ targets/* describeRef */.R),
  esoWroteSince: () => (/* reexport */ esoWroteSince),
  forceSync: () => (/* reexport */ forceSync),
  forceSyncAll: () => (/* reexport */ forceSyncAll),
  preflightCluster: () => (/* reexport */ preflightCluster),
  restartWorkload: () => (/* reexport */ restartWorkload),
  secretKeyFingerprint: () => (/* reexport */ secretKeyFingerprint),
  verifySecretKey: () => (/* reexport */ verifySecretKey),
  waitForRollout: () => (/* reexport */ waitForRollout),
  waitForSync: () => (/* reexport */ waitForSync)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./build/actions-core/actions-core.js
var actions_core = __webpack_require__(7895);
// EXTERNAL MODULE: ./build/client-node.cjs
var client_node = __webpack_require__(1600);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/kube/requests.ts

/**
 * The request layer: every get, list, create and patch the action makes goes
 * through `kubeRequest`. It sends a request the way client-node's generated
 * clients and its Watch do: a RequestContext authenticated by
 * `KubeConfig.applySecurityAuthentication` (bearer token, exec plugin or auth
 * provider, basic auth, impersonation headers; and a TLS dispatcher with the
 * cluster's CA, the client certificate and key, tls-server-name,
 * insecure-skip-tls-verify), sent by client-node's fetch library. Nothing here
 * retries: `withRetries` and `callApi` in api-calls.ts do.
 */
/** A non-2xx answer from the API server. */
class KubeApiError extends Error {
    code;
    /** The response body as text (a Kubernetes `Status`, usually). */
    body;
    /** Response headers, names lower-cased. */
    headers;
    constructor(code, body, headers, what) {
        super(`${what}: HTTP ${code}`);
        this.name = 'KubeApiError';
        this.code = code;
        this.body = body;
        this.headers = headers;
    }
}
/** Patch content types the API server accepts (Content-Type of a PATCH). */
const PatchType = {
    merge: 'application/merge-patch+json',
    strategicMerge: 'application/strategic-merge-patch+json',
    json: 'application/json-patch+json',
};
/** The field manager our writes are recorded under (managedFields). */
const FIELD_MANAGER = 'rotate-deploy-token';
const library = new client_node.IsomorphicFetchHttpLibrary();
/** One request; resolves to the parsed JSON body of a 2xx answer, throws KubeApiError otherwise. */
async function kubeRequest(target, request, signal) {
    const server = target.kubeConfig.getCurrentCluster()?.server ?? '';
    // As client-node's Watch builds its URL: the server address (with any path prefix) + the API path.
    const url = new URL(server.replace(/\/+$/, '') + request.path);
    for (const [name, value] of Object.entries(request.query ?? {})) {
        if (value !== undefined)
            url.searchParams.set(name, String(value));
    }
    const context = new client_node.RequestContext(url.toString(), client_node.HttpMethod[request.method]);
    context.setHeaderParam('Accept', request.accept ?? 'application/json');
    if (request.body !== undefined) {
        context.setHeaderParam('Content-Type', request.contentType ?? 'application/json');
        context.setBody(JSON.stringify(request.body));
    }
    context.setSignal(signal);
    await target.kubeConfig.applySecurityAuthentication(context);
    const response = await library.send(context).toPromise();
    const text = await response.body.text();
    if (response.httpStatusCode < 200 || response.httpStatusCode > 299) {
        throw new KubeApiError(response.httpStatusCode, text, response.headers, `${request.method} ${request.path}`);
    }
    return (text === '' ? undefined : JSON.parse(text));
}
/** GET one object (or a list, or discovery). */
const getObject = (target, path, signal, options = {}) => kubeRequest(target, { method: 'GET', path, accept: options.accept, query: options.query }, signal);
/** GET a collection, e.g. with a `labelSelector` or `fieldSelector` query. */
const listObjects = (target, path, signal, query = {}) => kubeRequest(target, { method: 'GET', path, query }, signal);
/** PATCH one object with the given patch type, recorded under our field manager. */
const patchObject = (target, path, patch, contentType, signal) => kubeRequest(target, { method: 'PATCH', path, body: patch, contentType, query: { fieldManager: FIELD_MANAGER } }, signal);
/** POST an object to a collection (reviews are created this way and stored nowhere). */
const createObject = (target, path, body, signal) => kubeRequest(target, { method: 'POST', path, body }, signal);
const segment = encodeURIComponent;
/** `/api/v1` for the core group, `/apis/<group>/<version>` otherwise. */
const groupVersionPath = (group, version) => group === '' ? `/api/${segment(version)}` : `/apis/${segment(group)}/${segment(version)}`;
/** The path of a cluster-scoped collection, or of one object in it when `name` is given. */
function clusterPath(group, version, plural, name) {
    const collection = `${groupVersionPath(group, version)}/${segment(plural)}`;
    return name === undefined ? collection : `${collection}/${segment(name)}`;
}
/** The path of a namespaced collection, or of one object in it when `name` is given. */
function namespacedPath(group, version, namespace, plural, name) {
    const collection = `${groupVersionPath(group, version)}/namespaces/${segment(namespace)}/${segment(plural)}`;
    return name === undefined ? collection : `${collection}/${segment(name)}`;
}

;// CONCATENATED MODULE: ./src/kube/api-calls.ts




const sleepUnlessAborted = (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted) {
        resolve();
        return;
    }
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
    }
});
const defaultCallTuning = {
    sleep: sleepUnlessAborted,
    retryAttempts: 5,
    retryBaseDelayMs: 250,
    retryMaxDelayMs: 4000,
    requestTimeoutMs: 30_000,
};
/** Argo Rollouts' API (manifests/crds/rollout-crd.yaml): argoproj.io/v1alpha1 rollouts. */
const ARGO_ROLLOUTS = { group: 'argoproj.io', version: 'v1alpha1', plural: 'rollouts' };
/** The HTTP status of a failed client call or watch, if it got that far. */
function statusCodeOf(error) {
    if (error instanceof KubeApiError)
        return error.code;
    // client-node's Watch reports a refused watch as an Error with statusCode.
    const statusCode = error?.statusCode;
    return typeof statusCode === 'number' ? statusCode : undefined;
}
function statusBodyOf(error) {
    if (!(error instanceof KubeApiError))
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(error.body);
    }
    catch {
        return undefined;
    }
    if (typeof parsed === 'object' && parsed !== null && parsed.kind === 'Status') {
        return parsed;
    }
    return undefined;
}
const RETRYABLE_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENOTFOUND',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
]);
/** The low-level network error code (ECONNREFUSED, ...) behind a failed fetch. */
function networkCodeOf(error) {
    let current = error;
    for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
        const candidate = current;
        if (typeof candidate.code === 'string')
            return candidate.code;
        if (candidate.name === 'TimeoutError')
            return 'ETIMEDOUT';
        current = candidate.cause;
    }
    return undefined;
}
function isRetryable(error) {
    const status = statusCodeOf(error);
    if (status !== undefined)
        return status === 429 || status >= 500;
    const network = networkCodeOf(error);
    if (network !== undefined)
        return RETRYABLE_NETWORK_CODES.has(network);
    // fetch() reports a failed connection as a bare TypeError('fetch failed').
    return error instanceof TypeError && /fetch failed|terminated/i.test(error.message);
}
function retryAfterMs(error) {
    if (!(error instanceof KubeApiError))
        return undefined;
    const value = error.headers['retry-after'];
    const seconds = value === undefined ? Number.NaN : Number(value);
    return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
/**
 * Runs one API request, retrying 429, 5xx and network failures with
 * exponential backoff. Other failures, and the last transient one, are
 * rethrown as they came so the caller can explain them.
 */
async function withRetries(tuning, scope, run) {
    for (let attempt = 1;; attempt++) {
        if (scope.signal?.aborted)
            throw new errors/* CancelledError */.cc(scope.doing);
        const left = scope.until === undefined ? Infinity : Math.max(1000, scope.until - Date.now());
        const timeout = AbortSignal.timeout(Math.min(tuning.requestTimeoutMs, left));
        const signal = scope.signal ? AbortSignal.any([scope.signal, timeout]) : timeout;
        try {
            return await run(signal);
        }
        catch (error) {
            if (scope.signal?.aborted)
                throw new errors/* CancelledError */.cc(scope.doing);
            const outOfAttempts = scope.until === undefined ? attempt >= tuning.retryAttempts : Date.now() >= scope.until;
            if (!isRetryable(error) || outOfAttempts)
                throw error;
            const backoff = Math.min(tuning.retryMaxDelayMs, tuning.retryBaseDelayMs * 2 ** (attempt - 1));
            let delay = Math.min(tuning.retryMaxDelayMs * 2, retryAfterMs(error) ?? backoff);
            if (scope.until !== undefined)
                delay = Math.max(0, Math.min(delay, scope.until - Date.now()));
            actions_core/* debug */.Yz(`${scope.doing}: attempt ${attempt} failed (${describeTransient(error)}); retrying in ${delay}ms`);
            await tuning.sleep(delay, scope.signal);
        }
    }
}
function describeTransient(error) {
    const status = statusCodeOf(error);
    if (status !== undefined)
        return `HTTP ${status}`;
    return networkCodeOf(error) ?? (error instanceof Error ? error.message : String(error));
}
/** fetch() says only `fetch failed`; the cause says why (`bad port`, `getaddrinfo ...`). */
function innermostMessage(error) {
    let message = 'unknown error';
    let current = error;
    for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
        message = current.message || message;
        current = current.cause;
    }
    return message;
}
const oneLine = (text, max = 300) => {
    const flat = text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
/**
 * Turns a failed request into a StepError that says what went wrong in one
 * sentence and what to do. Only status codes, the server's Status message and
 * names appear: never request or response bodies.
 */
function explainApiError(error, purpose, server) {
    if (error instanceof errors/* StepError */.zg || error instanceof errors/* CancelledError */.cc)
        return error;
    const { step, target, verb, resource } = purpose;
    const status = statusCodeOf(error);
    const serverMessage = statusBodyOf(error)?.message;
    switch (status) {
        case 401:
            return new errors/* StepError */.zg(step, target, `the Kubernetes API at ${server} rejected the credentials (401 Unauthorized).`, 'Check the kubeconfig or service-account token: it may have expired or belong to another cluster.');
        case 403:
            return missingVerbError(purpose, /User "([^"]+)"/.exec(serverMessage ?? '')?.[1]);
        case 404:
            return new errors/* StepError */.zg(step, target, purpose.missing ?? `${target} does not exist.`, purpose.missingNext ?? 'Check the name and namespace in the inputs.');
        case undefined: {
            const detail = networkCodeOf(error) ?? oneLine(innermostMessage(error), 160);
            return new errors/* StepError */.zg(step, target, `could not reach the Kubernetes API at ${server} (${detail}).`, "Check the kubeconfig's server address and that this runner can reach the cluster.");
        }
        default: {
            const said = serverMessage ? `: ${oneLine(serverMessage)}` : '';
            if (status === 429 || status >= 500) {
                return new errors/* StepError */.zg(step, target, `the Kubernetes API kept failing with HTTP ${status} to ${verb} ${resource}${said}.`, 'The API server is overloaded or unhealthy; re-run the job when it recovers.');
            }
            return new errors/* StepError */.zg(step, target, `the Kubernetes API refused to ${verb} ${resource} with HTTP ${status}${said}.`, 'Check the object and the action inputs.');
        }
    }
}
/** The error for an RBAC denial, naming the verb and resource exactly. */
function missingVerbError(purpose, user) {
    const { step, target, verb, resource, namespace } = purpose;
    const who = user ? `the credentials (${user})` : 'the credentials';
    return new errors/* StepError */.zg(step, target, `${who} lack the RBAC verb ${verb} on ${resource} ${namespace ? `in namespace ${namespace}` : 'at cluster scope'}.`, namespace
        ? `Grant ${verb} on ${resource} in a Role bound to that identity in namespace ${namespace} (the README lists the minimal Role).`
        : `Grant ${verb} on ${resource} in a ClusterRole bound to that identity (the README lists the minimal ClusterRole).`);
}
/** A request with retries whose failure becomes a StepError. */
async function callApi(tuning, server, purpose, signal, run) {
    try {
        return await withRetries(tuning, { signal, doing: `${purpose.verb} ${purpose.target}` }, run);
    }
    catch (error) {
        throw explainApiError(error, purpose, server);
    }
}

;// CONCATENATED MODULE: ./src/kube/cluster.ts







const SERVICE_ACCOUNT_TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token';
const defaultClusterTuning = {
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
async function connectCluster(source, options = {}) {
    const env = options.env ?? process.env;
    const { kubeConfig, origin } = loadKubeConfig(source, env, options);
    const contextName = selectContext(kubeConfig, source.context, origin);
    const server = allowPlainHttpOnLoopback(kubeConfig, origin);
    const dispatchers = reuseConnections(kubeConfig);
    const { env: _env, homeDir: _home, serviceAccountRoot: _root, ...overrides } = options;
    const tuning = { ...defaultClusterTuning, ...overrides };
    actions_core/* info */.pq(`Kubernetes: context ${contextName} at ${server} (credentials from ${origin})`);
    return {
        kubeConfig,
        server,
        contextName,
        origin,
        watcher: new client_node.Watch(kubeConfig),
        tuning,
        close: async () => {
            await Promise.allSettled([...dispatchers.values()].map((dispatcher) => dispatcher.close()));
            dispatchers.clear();
        },
    };
}
function loadKubeConfig(source, env, options) {
    if (source.kubeconfig !== undefined && source.kubeconfig.trim() !== '') {
        const kubeConfig = new client_node.KubeConfig();
        const text = decodeKubeconfigInput(source.kubeconfig);
        try {
            kubeConfig.loadFromString(text);
        }
        catch (error) {
            throw new errors/* InputError */.dz('kubeconfig', `The kubeconfig input is not a valid kubeconfig (${safeParseReason(error)}); pass the file's YAML or base64 of it.`);
        }
        return { kubeConfig, origin: 'the kubeconfig input' };
    }
    const listed = (env.KUBECONFIG ?? '').split((external_node_path_default()).delimiter).filter((file) => file.trim() !== '');
    if (listed.length > 0) {
        // Like kubectl: files in the list that do not exist are skipped.
        const present = listed.filter((file) => (0,external_node_fs_.existsSync)(file));
        if (present.length === 0) {
            throw new errors/* StepError */.zg('preflight', 'kubeconfig', `KUBECONFIG lists ${listed.join(', ')}, but none of these files exists.`, 'Point KUBECONFIG at an existing kubeconfig file or pass the kubeconfig input.');
        }
        return { kubeConfig: loadKubeconfigFiles(present), origin: `KUBECONFIG (${present.join((external_node_path_default()).delimiter)})` };
    }
    const homeConfig = external_node_path_default().join(options.homeDir ?? (0,external_node_os_.homedir)(), '.kube', 'config');
    if ((0,external_node_fs_.existsSync)(homeConfig)) {
        return { kubeConfig: loadKubeconfigFiles([homeConfig]), origin: homeConfig };
    }
    const root = options.serviceAccountRoot ?? '';
    if (env.KUBERNETES_SERVICE_HOST && (0,external_node_fs_.existsSync)(`${root}${SERVICE_ACCOUNT_TOKEN}`)) {
        const kubeConfig = new client_node.KubeConfig();
        // loadFromCluster reads the host and port from process.env.
        const saved = { host: process.env.KUBERNETES_SERVICE_HOST, port: process.env.KUBERNETES_SERVICE_PORT };
        process.env.KUBERNETES_SERVICE_HOST = env.KUBERNETES_SERVICE_HOST;
        process.env.KUBERNETES_SERVICE_PORT = env.KUBERNETES_SERVICE_PORT ?? '443';
        try {
            kubeConfig.loadFromCluster(root);
        }
        finally {
            restoreEnv('KUBERNETES_SERVICE_HOST', saved.host);
            restoreEnv('KUBERNETES_SERVICE_PORT', saved.port);
        }
        return { kubeConfig, origin: 'the in-cluster service account' };
    }
    throw new errors/* StepError */.zg('preflight', 'kubeconfig', 'no Kubernetes credentials were found: the kubeconfig input is empty, KUBECONFIG is unset, ~/.kube/config does not exist and this is not a pod with a service account.', 'Pass the kubeconfig input (YAML or base64) or set KUBECONFIG.');
}
function restoreEnv(name, value) {
    if (value === undefined)
        Reflect.deleteProperty(process.env, name);
    else
        process.env[name] = value;
}
/** Kubeconfig YAML as given, or decoded when the input is base64 of it. */
function decodeKubeconfigInput(input) {
    const trimmed = input.trim();
    // YAML and JSON kubeconfigs always hold a colon; base64 never does.
    if (trimmed.includes(':'))
        return input;
    if (/^[A-Za-z0-9+/_=\s-]+$/.test(trimmed)) {
        const decoded = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
        if (/^\s*(apiVersion|kind|clusters|contexts|users|current-context|preferences)\s*:/m.test(decoded) || /^\s*\{/.test(decoded)) {
            return decoded;
        }
    }
    throw new errors/* InputError */.dz('kubeconfig', "The kubeconfig input is neither kubeconfig YAML nor base64 of it; pass the file's text or the output of `base64 -w0 kubeconfig`.");
}
/** A parse failure's reason without the snippet of file text YAML errors carry (it may hold a token). */
function safeParseReason(error) {
    const parsed = error;
    if (parsed.name === 'YAMLException') {
        const line = typeof parsed.mark?.line === 'number' ? ` at line ${parsed.mark.line + 1}` : '';
        return `YAML ${typeof parsed.reason === 'string' ? parsed.reason : 'syntax error'}${line}`;
    }
    const message = error instanceof Error ? error.message : '';
    // client-node's own checks name fields only (`clusters[0].cluster.server is missing`).
    return /^(clusters|users|contexts)\[\d+\][\w.]* is missing$/.test(message) ? message : 'unreadable content';
}
/** Loads and merges kubeconfig files the way kubectl does: the first file to set a name or current-context wins. */
function loadKubeconfigFiles(files) {
    const clusters = [];
    const users = [];
    const contexts = [];
    let currentContext = '';
    for (const file of files) {
        const part = new client_node.KubeConfig();
        try {
            part.loadFromFile(file);
        }
        catch (error) {
            const reason = error.code === 'EACCES' ? 'permission denied' : safeParseReason(error);
            throw new errors/* StepError */.zg('preflight', 'kubeconfig', `the kubeconfig file ${file} could not be loaded (${reason}).`, 'Fix or replace the file, or pass the kubeconfig input.');
        }
        for (const cluster of part.clusters)
            if (!clusters.some((c) => c.name === cluster.name))
                clusters.push(cluster);
        for (const user of part.users)
            if (!users.some((u) => u.name === user.name))
                users.push(user);
        for (const context of part.contexts)
            if (!contexts.some((c) => c.name === context.name))
                contexts.push(context);
        if (!currentContext && part.currentContext)
            currentContext = part.currentContext;
    }
    const merged = new client_node.KubeConfig();
    merged.loadFromOptions({ clusters, users, contexts, currentContext });
    return merged;
}
function selectContext(kubeConfig, requested, origin) {
    const names = kubeConfig.getContexts().map((context) => context.name);
    const available = names.length > 0 ? names.join(', ') : 'none';
    if (requested !== undefined && requested.trim() !== '') {
        if (!kubeConfig.getContextObject(requested)) {
            throw new errors/* InputError */.dz('kube-context', `kube-context "${requested}" is not in ${origin}; the contexts it has are: ${available}.`);
        }
        kubeConfig.setCurrentContext(requested);
    }
    else if (!kubeConfig.getCurrentContext() || !kubeConfig.getContextObject(kubeConfig.getCurrentContext())) {
        const current = kubeConfig.getCurrentContext();
        throw new errors/* StepError */.zg('preflight', 'kubeconfig', current ? `${origin} sets current-context "${current}", which it does not define.` : `${origin} sets no current-context.`, `Set the kube-context input to one of: ${available}.`);
    }
    const contextName = kubeConfig.getCurrentContext();
    const context = kubeConfig.getContextObject(contextName);
    if (!kubeConfig.getCurrentCluster()) {
        throw new errors/* StepError */.zg('preflight', 'kubeconfig', `context "${contextName}" in ${origin} names cluster "${context?.cluster ?? ''}", which it does not define.`, 'Fix the kubeconfig or choose another kube-context.');
    }
    if (!kubeConfig.getCurrentUser()) {
        throw new errors/* StepError */.zg('preflight', 'kubeconfig', `context "${contextName}" in ${origin} names user "${context?.user ?? ''}", which it does not define.`, 'Fix the kubeconfig or choose another kube-context.');
    }
    return contextName;
}
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
/**
 * client-node refuses a plain-http server unless TLS checks are skipped, which
 * makes no sense without TLS. kubectl talks plain http (kubectl proxy, local
 * test servers); we allow it on loopback only, where nothing crosses a network.
 */
function allowPlainHttpOnLoopback(kubeConfig, origin) {
    const cluster = kubeConfig.getCurrentCluster();
    const server = cluster?.server ?? '';
    if (!cluster || !server.startsWith('http:') || cluster.skipTLSVerify)
        return server;
    let host = '';
    try {
        host = new URL(server).hostname;
    }
    catch {
        // An unparsable address fails with a clear network error on first use.
    }
    if (!LOOPBACK_HOSTS.has(host) && !host.startsWith('127.')) {
        throw new errors/* StepError */.zg('preflight', 'kubeconfig', `the cluster in ${origin} is served over plain http at ${server}, which would send the credentials unencrypted.`, 'Use the https:// address of the API server.');
    }
    kubeConfig.clusters = kubeConfig.clusters.map((entry) => (entry.name === cluster.name ? { ...entry, skipTLSVerify: true } : entry));
    return server;
}
/**
 * client-node 2.0 builds a new connection pool for every request that carries
 * TLS settings (CA, client certificate), so nothing is kept alive. Hand out one
 * pool per distinct TLS setting instead; the returned map is closed by
 * Cluster.close().
 */
function reuseConnections(kubeConfig) {
    const pools = new Map();
    const internals = kubeConfig;
    const create = internals.createDispatcher?.bind(kubeConfig);
    const describe = internals.createDispatcherOptions?.bind(kubeConfig);
    if (!create || !describe)
        return pools;
    internals.createDispatcher = (cluster, agentOptions) => {
        const key = JSON.stringify(describe(cluster, agentOptions));
        const existing = pools.get(key);
        if (existing)
            return existing;
        const created = create(cluster, agentOptions);
        if (created)
            pools.set(key, created);
        return created;
    };
    return pools;
}

;// CONCATENATED MODULE: ./src/kube/eso-rules.ts
// External Secrets Operator's rules, as pure functions: when a forced sync
// counts, what preflight refuses, how a ClusterExternalSecret is forced.
// Each rule cites the ESO source (v2.9 line) it follows; the I/O that feeds
// them lives in externalsecrets.ts, clusterexternalsecrets.ts and preflight.ts.
function readyConditionOf(externalSecret) {
    const ready = externalSecret.status?.conditions?.find((condition) => condition.type === 'Ready');
    if (!ready)
        return null;
    return {
        status: ready.status ?? '',
        reason: ready.reason ?? '',
        message: ready.message ?? '',
        lastTransitionTime: ready.lastTransitionTime ?? '',
    };
}
const describeReady = (ready) => ready ? `Ready=${ready.status} ${ready.reason}${ready.message ? ` "${ready.message}"` : ''}` : 'no Ready condition';
/**
 * A Go duration's length in whole nanoseconds, as metav1.Duration holds it
 * (time.ParseDuration truncates below 1 ns, so "0.5ns" is 0).
 */
const wholeNanoseconds = (ms) => Math.trunc(Math.round(ms * 1e9) / 1e3) || 0;
/** spec.target.manifest set: a generic target, not a Secret (externalsecret_controller_manifest.go, isGenericTarget). */
const isGenericTarget = (externalSecret) => externalSecret.spec?.target?.manifest !== undefined;
/**
 * Why ESO would not deliver a forced sync into the target, or undefined.
 * `intervalMs` is spec.refreshInterval parsed (undefined when unset: the CRD
 * defaults it to 1h0m0s).
 */
function refreshBlocker(externalSecret, intervalMs) {
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
/** SSM names cannot hold ':', so "name:x" selects version or label x (sysman-paramstore-versions, "reference-parameter-version"). */
function splitSelector(key) {
    const at = key.lastIndexOf(':');
    return at < 0 ? { name: key, selector: undefined } : { name: key.slice(0, at), selector: key.slice(at + 1) };
}
function readOf(ref, where, parameterName, prefix) {
    if (!ref?.key)
        return undefined;
    // parameterstore.go parameterNameWithVersion: prefix + key, then ":" + version when set.
    const { name, selector } = splitSelector(`${prefix}${ref.key}`);
    if (name !== parameterName)
        return undefined;
    return { where, selector: ref.version || selector };
}
/** Whether `find.path` covers the name: GetParametersByPath with Recursive (parameterstore.go findByName; path defaults to "/"). */
function pathCovers(path, parameterName) {
    const base = path ?? '/';
    if (base === '/')
        return parameterName.startsWith('/');
    return parameterName.startsWith(base.endsWith('/') ? base : `${base}/`);
}
/**
 * Every entry of the ExternalSecret that reads `parameterName` through a store
 * with `prefix`: spec.data[].remoteRef, spec.dataFrom[].extract, and
 * spec.dataFrom[].find by name (find by tags alone cannot be checked).
 */
function parameterReads(externalSecret, parameterName, prefix) {
    const reads = [];
    externalSecret.spec?.data?.forEach((entry, index) => {
        const read = readOf(entry.remoteRef, `spec.data[${index}].remoteRef`, parameterName, prefix);
        if (read)
            reads.push(read);
    });
    externalSecret.spec?.dataFrom?.forEach((entry, index) => {
        const read = readOf(entry.extract, `spec.dataFrom[${index}].extract`, parameterName, prefix);
        if (read)
            reads.push(read);
        const regexp = entry.find?.name?.regexp;
        if (regexp !== undefined && pathCovers(entry.find?.path, parameterName) && safeTest(regexp, parameterName)) {
            reads.push({ where: `spec.dataFrom[${index}].find`, selector: undefined });
        }
    });
    return reads;
}
function safeTest(regexp, text) {
    try {
        return new RegExp(regexp).test(text);
    }
    catch {
        return false;
    }
}
/** A read delivers the new token when it takes the latest version, or `current` while this run moves that label. */
const deliversNewToken = (read, versionLabels) => read.undeliverable === undefined && (read.selector === undefined || (read.selector === 'current' && versionLabels));
/** Refuses an ExternalSecret none of whose reads delivers the new token. */
function readBlocker(reads, parameterName, versionLabels, prefix) {
    if (reads.some((read) => deliversNewToken(read, versionLabels)))
        return undefined;
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
    const first = reads[0];
    return {
        reason: `its ${first.where} reads ${parameterName} at ${JSON.stringify(first.selector)}, which never holds the new token.`,
        next: `Drop the version from the remoteRef (or read ${parameterName}:current).`,
    };
}
/** The store must be AWS Parameter Store in the action's region; returns its key prefix. */
function storeVerdict(store, storeName, region) {
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
function clusterOwnerOf(externalSecret) {
    const owner = externalSecret.metadata?.ownerReferences?.find((ref) => ref.controller === true && ref.kind === 'ClusterExternalSecret' && (ref.apiVersion ?? '').startsWith('external-secrets.io/'));
    return owner?.name;
}
/** The ExternalSecrets a ClusterExternalSecret provisions: its externalSecretName (default its own name) in each provisioned namespace. */
function provisionedExternalSecrets(ces, cesName) {
    const name = ces.spec?.externalSecretName || ces.metadata?.name || cesName;
    return [...(ces.status?.provisionedNamespaces ?? [])].map((namespace) => ({ namespace, name }));
}

;// CONCATENATED MODULE: ./src/kube/eso-read-rules.ts

const storeOf = (sourceRef, spec) => {
    // client_manager.go Manager.Get: sourceRef.storeRef, when set, replaces spec.secretStoreRef
    // (v0.16.2 and v2.9.0); getStore reads a ClusterSecretStore for that kind, else a SecretStore.
    const ref = sourceRef?.storeRef?.name ? sourceRef.storeRef : spec?.secretStoreRef;
    return { kind: ref?.kind === 'ClusterSecretStore' ? 'ClusterSecretStore' : 'SecretStore', name: ref?.name ?? '' };
};
/** Every entry with the store it reads through (externalsecret_controller_secret.go). */
function entrySources(externalSecret) {
    const spec = externalSecret.spec;
    return [
        ...(spec?.data ?? []).map((entry, index) => ({ where: `spec.data[${index}]`, store: storeOf(entry.sourceRef, spec) })),
        ...(spec?.dataFrom ?? []).map((entry, index) => ({ where: `spec.dataFrom[${index}]`, store: storeOf(entry.sourceRef, spec) })),
    ];
}
/** The account of a role ARN (arn:aws:iam::123456789012:role/x), or undefined. */
const roleAccount = (arn) => /^arn:aws[\w-]*:iam::(\d{12}):/.exec(arn ?? '')?.[1];
/** An SSM parameter ARN: arn:aws:ssm:REGION:ACCOUNT:parameter/NAME[:selector]. SSM accepts it wherever a name goes. */
function parseParameterArn(key) {
    const match = /^arn:aws[\w-]*:ssm:([^:]*):(\d*):parameter(\/[^:]+|[^:/][^:]*)(?::([^:]+))?$/.exec(key);
    if (!match)
        return undefined;
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
function re2ToRegExp(source) {
    let flags = '';
    let body = source;
    const leading = /^\(\?([imsU]+)\)/.exec(body);
    if (leading) {
        if (leading[1]?.includes('U'))
            return undefined;
        flags = [...new Set(leading[1])].join('');
        body = body.slice(leading[0].length);
    }
    body = body.replaceAll('(?P<', '(?<').replaceAll('\\A', '^').replaceAll('\\z', '$');
    try {
        return new RegExp(body, flags);
    }
    catch {
        return undefined;
    }
}
/**
 * Every entry that reads `checks.parameterName` through its own store, and what lands in the
 * Secret. `facts` answers undefined for a store that could not be read (prefix unknown: '').
 */
function judgeEntries(externalSecret, checks, facts) {
    const reads = [];
    const storeBlockers = [];
    const warnings = [];
    let refusal;
    const spec = externalSecret.spec;
    const { parameterName } = checks;
    const sources = entrySources(externalSecret);
    const factsAt = (where) => {
        const source = sources.find((candidate) => candidate.where === where);
        return source ? facts(source.store) : undefined;
    };
    const keyRead = (key, version, where, store) => {
        if (!key)
            return undefined;
        const arn = parseParameterArn(key);
        if (arn) {
            // An ARN names the region and account itself; a store prefix would break it.
            if (arn.name !== parameterName || arn.region !== checks.region || store?.prefix)
                return undefined;
            warnings.push(`its ${where} reads ${parameterName} by ARN in account ${arn.account}: this run writes with its own credentials, so check that they are in account ${arn.account}.`);
            return { where, selector: version || arn.selector };
        }
        // parameterstore.go parameterNameWithVersion: prefix + key, then ":" + version when set.
        const full = `${store?.prefix ?? ''}${key}`;
        const at = full.lastIndexOf(':');
        const name = at < 0 ? full : full.slice(0, at);
        if (name !== parameterName)
            return undefined;
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
        if (!read)
            return;
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
            warnings.push(`its ${where}.remoteRef decodes ${parameterName} (decodingStrategy: ${ref.decodingStrategy}), so the Secret may hold decoded bytes instead of the token; verify-secret-key would catch it.`);
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
        if (regexp === undefined || !pathCovers(entry.find?.path, parameterName))
            return;
        const compiled = re2ToRegExp(regexp);
        if (!compiled) {
            warnings.push(`its ${where}.find.name.regexp ${JSON.stringify(regexp)} is not checked here (Go RE2 syntax this action cannot run); it is taken to read ${parameterName}.`);
            reads.push({ where: `${where}.find`, selector: undefined });
            return;
        }
        if (compiled.test(parameterName))
            reads.push({ where: `${where}.find`, selector: undefined });
    });
    const seen = new Set();
    for (const source of sources) {
        const store = facts(source.store);
        for (const account of store?.roleAccounts ?? []) {
            if (seen.has(`${store?.described ?? ''}/${account}`))
                continue;
            seen.add(`${store?.described ?? ''}/${account}`);
            warnings.push(`its store ${store?.described ?? ''} assumes a role in account ${account}, so External Secrets Operator reads that account's parameter: check that this run writes in account ${account}.`);
        }
    }
    return { reads, refusal, storeBlockers, warnings };
}

;// CONCATENATED MODULE: ./src/kube/discovery-rules.ts


/** The ExternalSecret cut down to one entry, so judgeEntries answers for that entry alone (its store is resolved the same way). */
function only(externalSecret, entry) {
    const spec = externalSecret.spec ?? {};
    return {
        ...externalSecret,
        spec: entry.kind === 'data'
            ? { ...spec, data: spec.data?.slice(entry.index, entry.index + 1) ?? [], dataFrom: [] }
            : { ...spec, data: [], dataFrom: spec.dataFrom?.slice(entry.index, entry.index + 1) ?? [] },
    };
}
const entriesOf = (externalSecret) => [
    ...(externalSecret.spec?.data ?? []).map((_, index) => ({ kind: 'data', index })),
    ...(externalSecret.spec?.dataFrom ?? []).map((_, index) => ({ kind: 'dataFrom', index })),
];
/** The remote key an entry names, for left-out reasons and the candidate test. */
function keyOf(externalSecret, entry) {
    if (entry.kind === 'data')
        return externalSecret.spec?.data?.[entry.index]?.remoteRef?.key;
    const from = externalSecret.spec?.dataFrom?.[entry.index];
    return from?.extract?.key ?? from?.find?.name?.regexp;
}
/** Where an entry reads, in the words of the ExternalSecret's spec: `data[1].remoteRef.key`, `dataFrom[0].find.name.regexp`. */
function whereOf(externalSecret, entry) {
    if (entry.kind === 'data') {
        const key = externalSecret.spec?.data?.[entry.index]?.remoteRef?.key ?? '';
        return `data[${entry.index}].remoteRef.key${parseParameterArn(key) ? ' (ARN)' : ''}`;
    }
    const from = externalSecret.spec?.dataFrom?.[entry.index];
    if (from?.extract)
        return `dataFrom[${entry.index}].extract.key`;
    return `dataFrom[${entry.index}].find${from?.find?.path ? '.path and .name.regexp' : '.name.regexp'}`;
}
/**
 * Could the entry read one of the parameters through some store? A store's prefix goes
 * before the key (parameterstore.go), so a key that ends one of the names may; find entries
 * take no prefix. Only the stores of such entries need to be read.
 */
function mayRead(externalSecret, entry, checks) {
    const alone = only(externalSecret, entry);
    const judged = (name) => {
        const verdict = judgeEntries(alone, { parameterName: name, region: checks.region }, () => undefined);
        return verdict.reads.length > 0 || verdict.refusal !== undefined;
    };
    if (checks.parameterNames.some(judged))
        return true;
    const key = keyOf(externalSecret, entry);
    if (key === undefined || parseParameterArn(key) || (entry.kind === 'dataFrom' && !externalSecret.spec?.dataFrom?.[entry.index]?.extract))
        return false;
    const at = key.lastIndexOf(':');
    const name = at < 0 ? key : key.slice(0, at);
    return name !== '' && checks.parameterNames.some((parameter) => parameter.endsWith(name));
}
/** The stores whose facts decide whether this ExternalSecret reads the parameters (none when no entry could). */
function storesToRead(externalSecret, checks) {
    const stores = new Map();
    for (const entry of entriesOf(externalSecret)) {
        if (!mayRead(externalSecret, entry, checks))
            continue;
        const source = only(externalSecret, entry).spec;
        const sourceRef = entry.kind === 'data' ? source?.data?.[0]?.sourceRef : source?.dataFrom?.[0]?.sourceRef;
        const ref = sourceRef?.storeRef?.name ? sourceRef.storeRef : source?.secretStoreRef;
        const store = { kind: ref?.kind === 'ClusterSecretStore' ? 'ClusterSecretStore' : 'SecretStore', name: ref?.name ?? '' };
        if (store.name !== '')
            stores.set(`${store.kind}/${store.name}`, store);
    }
    return [...stores.values()];
}
/**
 * Whether a listed ExternalSecret reads one of the parameters, and why; or why it is left
 * out. `facts` answers for the stores storesToRead named (undefined: not readable, prefix '').
 */
function judgeReader(externalSecret, checks, facts) {
    const reasons = [];
    const blocked = [];
    const several = checks.parameterNames.length > 1;
    const entries = entriesOf(externalSecret);
    for (const entry of entries) {
        const alone = only(externalSecret, entry);
        for (const name of checks.parameterNames) {
            const verdict = judgeEntries(alone, { parameterName: name, region: checks.region }, facts);
            if (verdict.reads.length > 0 || verdict.refusal !== undefined) {
                reasons.push(`${whereOf(externalSecret, entry)}${several ? ` reads ${name}` : ''}`);
            }
            else if (verdict.storeBlockers.length > 0 && judgeEntries(alone, { parameterName: name, region: checks.region }, () => undefined).reads.length > 0) {
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
    if (blocked.length > 0)
        return { reads: false, reason: blocked[0] ?? '' };
    if (entries.length === 0)
        return { reads: false, reason: 'it has no data or dataFrom entry' };
    const keys = [...new Set(entries.map((entry) => keyOf(externalSecret, entry)).filter((key) => key !== undefined))];
    const shown = keys.slice(0, 3).join(', ') + (keys.length > 3 ? ` and ${keys.length - 3} more` : '');
    return { reads: false, reason: `it reads another parameter${shown ? ` (${shown})` : ''}` };
}

// EXTERNAL MODULE: ./src/scrub.ts
var scrub = __webpack_require__(2056);
// EXTERNAL MODULE: ./src/kube/ces-rules.ts
var ces_rules = __webpack_require__(46);
// EXTERNAL MODULE: ./src/kube/targets.ts
var targets = __webpack_require__(6159);
;// CONCATENATED MODULE: ./src/kube/clusterexternalsecrets.ts




const GROUP = 'external-secrets.io';
const VERSION = 'v1';
const PLURAL = 'clusterexternalsecrets';
/** The RBAC resource name, for messages. */
const CES_RESOURCE = `${PLURAL}.${GROUP}`;
const cesTarget = (name) => (0,targets/* describeRef */.R)({ namespace: '', name, kind: 'ClusterExternalSecret' });
const getClusterExternalSecret = (cluster, name, signal) => getObject(cluster, clusterPath(GROUP, VERSION, PLURAL, name), signal);
const patchClusterExternalSecret = (cluster, name, body, signal) => patchObject(cluster, clusterPath(GROUP, VERSION, PLURAL, name), body, PatchType.merge, signal);
/** GETs a ClusterExternalSecret (cluster-scoped). */
async function readClusterExternalSecret(cluster, name, step, signal) {
    const target = cesTarget(name);
    try {
        return (await withRetries(cluster.tuning, { signal, doing: `reading ${target}` }, (requestSignal) => getClusterExternalSecret(cluster, name, requestSignal)));
    }
    catch (error) {
        throw explainApiError(error, {
            step,
            target,
            verb: 'get',
            resource: CES_RESOURCE,
            namespace: '',
            missing: `the ClusterExternalSecret ${name} does not exist (${GROUP}/${VERSION}).`,
            missingNext: 'Check the name in the external-secrets input (clusterexternalsecret/<name>).',
        }, cluster.server);
    }
}
/**
 * Sets external-secrets.io/force-sync on the ClusterExternalSecret and in its
 * spec.externalSecretMetadata.annotations (ces-rules.ts, clusterForceSyncPatch:
 * why both); its controller copies the value onto every ExternalSecret it owns.
 * Returns the value written.
 */
async function forceClusterSync(cluster, name, runId, signal) {
    const target = cesTarget(name);
    const current = await readClusterExternalSecret(cluster, name, 'sync', signal);
    const value = (0,ces_rules/* clusterForceSyncValue */.a6)(current) === runId ? `${runId}-${Date.now().toString(36)}` : runId;
    try {
        await withRetries(cluster.tuning, { signal, doing: `annotating ${target}` }, (requestSignal) => patchClusterExternalSecret(cluster, name, (0,ces_rules/* clusterForceSyncPatch */.xt)(value), requestSignal));
    }
    catch (error) {
        throw explainApiError(error, { step: 'sync', target, verb: 'patch', resource: CES_RESOURCE, namespace: '', missing: `the ClusterExternalSecret ${name} no longer exists.` }, cluster.server);
    }
    actions_core/* info */.pq(`${target}: set ${ces_rules/* CES_FORCE_SYNC_ANNOTATION */.Ou}=${value}; its controller copies it to the ExternalSecrets it owns`);
    return value;
}

;// CONCATENATED MODULE: ./src/kube/durations.ts
const GO_UNIT_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    μs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
/**
 * Milliseconds in a Go duration string as ESO's `refreshInterval` holds it
 * (`"1h"`, `"15m"`, `"0s"`, `"1h30m"`, a bare `"0"`), or undefined when the
 * text is not one.
 */
function parseGoDuration(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) ? text : undefined;
    const trimmed = text.trim();
    const unsigned = trimmed.replace(/^[+-]/, '');
    // Go accepts a unitless value only for zero.
    if (/^0+(\.0*)?$/.test(unsigned))
        return 0;
    const part = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    for (let match = part.exec(unsigned); match; match = part.exec(unsigned)) {
        const [whole, amount, unit] = match;
        total += Number(amount) * (GO_UNIT_MS[unit ?? ''] ?? Number.NaN);
        consumed += whole.length;
    }
    if (consumed === 0 || consumed !== unsigned.length || Number.isNaN(total))
        return undefined;
    return trimmed.startsWith('-') ? -total : total;
}
/** A short human duration for messages: `90s`, `5m`, `1m30s`, `250ms`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const totalSeconds = Math.round(ms / 1000);
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    if (minutes === 0)
        return `${seconds}s`;
    return seconds === 0 ? `${minutes}m` : `${minutes}m${seconds}s`;
}

;// CONCATENATED MODULE: ./src/kube/eso-set-rules.ts

/**
 * The keys of the target Secret that a set's verify checks: for each read of
 * a parameter of the set in `spec.data[i]` that delivers the new token, the
 * entry's `secretKey` (ESO writes the value of `data[i].remoteRef` under
 * `data[i].secretKey`: apis/externalsecrets/v1/externalsecret_types.go,
 * ExternalSecretData, v0.16.2). `dataFrom` entries map many keys of their own
 * naming, so they name no key to verify.
 */
function setDataKeys(externalSecret, readsOf, versionLabels) {
    return readsOf.flatMap(({ name, reads }) => reads.flatMap((read) => {
        const index = /^spec\.data\[(\d+)\]/.exec(read.where)?.[1];
        const secretKey = index === undefined ? undefined : externalSecret.spec?.data?.[Number(index)]?.secretKey;
        return secretKey !== undefined && deliversNewToken(read, versionLabels) ? [{ parameter: name, secretKey }] : [];
    }));
}

;// CONCATENATED MODULE: ./src/kube/eso-target-rules.ts
/**
 * Refuses a verify that cannot match: ApplyTemplate (externalsecret_controller_template.go)
 * keeps the provider data only without a template or with mergePolicy Merge,
 * and a template's data overrides a key; a generic target writes no Secret.
 */
function verifyBlocker(externalSecret, verifyKey) {
    const target = externalSecret.spec?.target;
    if (target?.manifest !== undefined) {
        return {
            reason: `it writes a ${target.manifest.kind ?? 'generic'} (spec.target.manifest), not a Secret, so verify-secret-key has no Secret key to check.`,
            next: 'Remove verify-secret-key, or verify an ExternalSecret that writes a Secret.',
        };
    }
    const template = target?.template;
    if (!template)
        return undefined;
    const templated = template.data !== undefined && Object.hasOwn(template.data, verifyKey);
    const fromTemplates = (template.templateFrom?.length ?? 0) > 0;
    const noTemplate = Object.keys(template.data ?? {}).length === 0 && !fromTemplates;
    if (templated || fromTemplates) {
        return {
            reason: `its spec.target.template ${templated ? 'produces' : 'may produce (templateFrom)'} the key ${JSON.stringify(verifyKey)}, so the key's value cannot hash to the raw token.`,
            next: 'Verify a key the provider data fills directly, or remove verify-secret-key.',
        };
    }
    if (!noTemplate && template.mergePolicy !== 'Merge') {
        return {
            reason: `its spec.target.template uses mergePolicy ${template.mergePolicy ?? 'Replace'}, which drops the provider data, so the key ${JSON.stringify(verifyKey)} would not hold the raw token.`,
            next: 'Set spec.target.template.mergePolicy: Merge, or verify a key the template does not touch.',
        };
    }
    return undefined;
}
/** Refusals that need the target Secret's metadata (read only when verifying). */
function targetSecretBlocker(externalSecret, esName, secretName, secret) {
    // Reconcile, CreatePolicyMerge without a Secret: markAsDone(SecretMissing) and nothing is written.
    if (!secret && externalSecret.spec?.target?.creationPolicy === 'Merge') {
        return {
            reason: `its spec.target.creationPolicy is Merge and Secret ${secretName} does not exist, so External Secrets Operator writes nothing (Ready=True, SecretMissing).`,
            next: `Create Secret ${secretName} first, or set spec.target.creationPolicy: Owner.`,
        };
    }
    // applyOwnership: a controller reference to another ExternalSecret is ErrSecretIsOwned, never retried.
    const owner = secret?.ownerReferences?.find((ref) => ref.controller === true);
    if (owner?.kind === 'ExternalSecret' && (owner.apiVersion ?? '').startsWith('external-secrets.io/') && owner.name !== esName) {
        return {
            reason: `Secret ${secretName} is owned by the ExternalSecret ${owner.name ?? ''}, so External Secrets Operator refuses to write it (target is owned by another ExternalSecret).`,
            next: `Point spec.target.name at a Secret of its own, or name ${owner.name ?? ''} in external-secrets instead.`,
        };
    }
    // createOrUpdateSecret: an update of an immutable Secret's data is ErrSecretImmutable, marked
    // msgErrorUpdateImmutable and never retried (externalsecret_controller.go, v0.16.2 and v2.9.0);
    // the API server never lets `immutable` go back to false (ValidateSecretUpdate).
    if (secret?.immutable === true) {
        return {
            reason: `Secret ${secretName} is immutable (immutable: true), so External Secrets Operator could not write the new token into it (could not update secret, target is immutable), and Kubernetes never makes it mutable again.`,
            next: `Delete Secret ${secretName} (External Secrets Operator recreates it on its next sync) and keep spec.target.immutable false, then run again.`,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/kube/first-sync.ts
/**
 * Refuses, in preflight, refreshPolicy CreatedOnce before its first sync when nothing could tell
 * which value that one sync read. ESO retries the never-synced ExternalSecret on its own
 * (shouldRefresh: CreatedOnce refreshes while syncedResourceVersion is empty or refreshTime zero,
 * externalsecret_controller.go v0.16.2 and v2.9.0), so its first sync may land before the write,
 * or after it but before the force-sync, which it then ignores for good (sync-verdict.ts, ownSyncVerdict):
 * only the target Secret's value, read with verify-secret-key, proves which.
 */
function firstSyncBlocker(externalSecret, verifying) {
    if (verifying || externalSecret.spec?.refreshPolicy !== 'CreatedOnce')
        return undefined;
    if ((externalSecret.status?.syncedResourceVersion ?? '') !== '' && externalSecret.status?.refreshTime)
        return undefined;
    return {
        reason: 'its refreshPolicy is CreatedOnce and it has never synced: External Secrets Operator makes exactly one sync, which its own retry may make before the force-sync, and without verify-secret-key the action cannot tell whether that sync read the new token.',
        next: 'Give verify-secret-key (the key the ExternalSecret writes the token to), or set spec.refreshPolicy: OnChange on the ExternalSecret.',
    };
}

;// CONCATENATED MODULE: ./src/kube/sync-verdict.ts

/**
 * How long a retried failure may last before it is final. ESO requeues a
 * failed reconcile with a per-item exponential backoff, 1 s base doubling up
 * to 7 min (pkg/controllers/common/common.go, BuildRateLimiter): retries come
 * 1 s, 2 s and 4 s after the failures. A failure still there 8 s after it
 * first showed has survived three retries.
 */
const RETRY_GRACE_MS = 8_000;
/** How often the Events are listed while a failure from before the run stands. */
const ANSWER_POLL_MS = 1_000;
/**
 * Failures ESO does not retry: Reconcile calls markAsFailed with these and
 * returns `ctrl.Result{}, nil` ("this error cant be fixed by retrying"), so
 * nothing is requeued until the object changes again.
 */
const FINAL_FAILURES = {
    'target is owned by another ExternalSecret': (secret) => `Another ExternalSecret owns Secret ${secret}: point spec.target.name at a Secret of its own.`,
    'could not update secret, target is immutable': (secret) => `Secret ${secret} is immutable and Kubernetes never makes it mutable again: delete it (ESO recreates it) and keep spec.target.immutable false.`,
    'failed to take ownership of target secret': (secret) => `Check who owns Secret ${secret} (its metadata.ownerReferences) and free it for this ExternalSecret.`,
    'invalid generic target': () => GENERIC_TARGET_NEXT,
};
const GENERIC_TARGET_NEXT = 'Start the ESO controller with --unsafe-allow-generic-targets (off by default) and set spec.target.manifest.apiVersion and kind, or drop spec.target.manifest; the ExternalSecret events give the reason.';
/**
 * Whether a Ready=False condition is ESO's failure of this ExternalSecret.
 * A generic target fails with ResourceSyncedError in reconcileGenericTarget,
 * but with SecretSyncedError when validateGenericTarget refuses it ("invalid
 * generic target", Reconcile in externalsecret_controller.go, v1.0.0 to v2.9.0),
 * which every spec.target.manifest gets on a default install
 * (--unsafe-allow-generic-targets defaults to false, cmd/controller/root.go).
 */
const isSyncFailure = (ready, generic) => ready?.status === 'False' && (ready.reason === 'SecretSyncedError' || (generic && ready.reason === 'ResourceSyncedError'));
/**
 * Refuses, in preflight, an ExternalSecret ESO already refuses for good: an
 * invalid generic target is not requeued ("don't requeue as this is a
 * configuration error"), and our annotation only runs the same validation again.
 */
function standingFailureBlocker(externalSecret) {
    const ready = readyConditionOf(externalSecret);
    if (!isSyncFailure(ready, isGenericTarget(externalSecret)) || ready.message !== 'invalid generic target')
        return undefined;
    return {
        reason: 'External Secrets Operator already refuses its spec.target.manifest (Ready=False, "invalid generic target") and does not retry it, so a forced sync would fail the same way.',
        next: GENERIC_TARGET_NEXT,
    };
}
/**
 * Whether ESO has acted on the ExternalSecret since `before` was listed: an
 * Event that is new, or whose count or last time moved. For a failure ESO
 * repeats, this is the only trace: markAsFailed writes the same condition,
 * and SetExternalSecretCondition keeps its lastTransitionTime when status,
 * reason and message are unchanged (pkg/controllers/externalsecret/util.go,
 * v0.16.2; externalsecret_controller.go markAsFailed, v0.16.2 and v2.9.0).
 */
function esoAnsweredSince(before, now) {
    return now.some((event) => {
        const earlier = before.find((known) => known.name === event.name);
        return !earlier || event.count > earlier.count || event.last !== earlier.last;
    });
}
const sameCondition = (a, b) => a === b ||
    (a !== null && b !== null && a.status === b.status && a.reason === b.reason && a.message === b.message && a.lastTransitionTime === b.lastTransitionTime);
/** Whether a condition was written after our annotation. */
function changedSince(ready, started) {
    if (started.readyBefore !== undefined)
        return !sameCondition(ready, started.readyBefore);
    if (started.annotatedAt !== undefined) {
        const transition = Date.parse(ready.lastTransitionTime);
        // lastTransitionTime has whole seconds only.
        return Number.isFinite(transition) && transition >= Math.floor(started.annotatedAt.getTime() / 1000) * 1000;
    }
    return false;
}
/**
 * ESO's verdict on our forced sync.
 * - Success: a new syncedResourceVersion (markAsDone writes it) and
 *   Ready=True with SecretSynced (ResourceSynced for spec.target.manifest);
 *   Ready=True alone can be left from an earlier sync.
 * - Ready=True/SecretMissing (creationPolicy Merge, no Secret) and
 *   SecretDeleted (deletionPolicy Delete, no data) - ResourceMissing /
 *   ResourceDeleted for generic targets (reconcileGenericTarget) - are
 *   markAsDone too, but deliver nothing: they fail at once.
 * - Ready=False/SecretSyncedError (or ResourceSyncedError, isSyncFailure) with a message in
 *   FINAL_FAILURES fails at once; any other is retried by ESO and fails only
 *   once it has lasted RETRY_GRACE_MS, counted from when it was first seen;
 *   one there before the annotation and unchanged counts only from when
 *   ESO is seen to have processed our annotation (esoAnsweredSince).
 */
function judgeSync(externalSecret, started, observation) {
    const synced = externalSecret.status?.syncedResourceVersion ?? '';
    const ready = readyConditionOf(externalSecret);
    const moved = synced !== started.before;
    const generic = isGenericTarget(externalSecret);
    const fresh = ready !== null && (moved || changedSince(ready, started));
    if (moved && ready?.status === 'True' && ready.reason === (generic ? 'ResourceSynced' : 'SecretSynced')) {
        return { kind: 'done', syncedResourceVersion: synced, refreshTime: externalSecret.status?.refreshTime ?? undefined, proof: 'force-sync' };
    }
    const own = ownSyncVerdict(externalSecret, started, observation, ready, generic);
    if (own)
        return own;
    if (fresh && ready.status === 'True' && ready.reason === (generic ? 'ResourceMissing' : 'SecretMissing')) {
        return {
            kind: 'failed',
            final: true,
            blocker: {
                reason: `External Secrets Operator wrote nothing: ${ready.message || 'SecretMissing'} (Secret ${observation.secretName} does not exist).`,
                next: `Create Secret ${observation.secretName}, or set spec.target.creationPolicy: Owner.`,
            },
        };
    }
    if (fresh && ready.status === 'True' && ready.reason === (generic ? 'ResourceDeleted' : 'SecretDeleted')) {
        return {
            kind: 'failed',
            final: true,
            blocker: {
                reason: `External Secrets Operator found no data for it and deleted Secret ${observation.secretName}: ${ready.message || 'SecretDeleted'}.`,
                next: 'Check that the store can read the parameter (ParameterNotFound means ESO sees no such name), and the remoteRef.key.',
            },
        };
    }
    if (!isSyncFailure(ready, generic)) {
        return {
            kind: 'waiting',
            status: `waiting for External Secrets Operator (${describeReady(ready)}, syncedResourceVersion ${moved ? `now ${synced}` : 'unchanged'})`,
        };
    }
    // A failure standing since before our annotation says nothing about our sync until ESO has
    // processed it: with one worker (--concurrent defaults to 1) that can take long.
    if (!fresh && observation.esoAnswered !== true) {
        return {
            kind: 'waiting',
            status: `waiting for External Secrets Operator to process the force-sync (its ${describeReady(ready)} is from before this run)`,
            recheckAt: observation.now + ANSWER_POLL_MS,
            awaitingAnswer: true,
        };
    }
    const finalNext = FINAL_FAILURES[ready.message];
    if (finalNext) {
        return {
            kind: 'failed',
            final: true,
            blocker: { reason: `External Secrets Operator failed to sync it and does not retry: ${ready.message}.`, next: finalNext(observation.secretName) },
        };
    }
    const since = observation.failingSince ?? observation.now;
    if (observation.now - since >= RETRY_GRACE_MS) {
        return {
            kind: 'failed',
            final: false,
            blocker: {
                reason: `External Secrets Operator failed to sync it and kept failing across its retries for ${Math.round((observation.now - since) / 1000)}s: ${ready.message || 'no message'}.`,
                next: `Read the ExternalSecret's events for the provider error (kubectl -n ${observation.namespace} describe externalsecret ${observation.name}) and check that its SecretStore can read the parameter.`,
            },
        };
    }
    return {
        kind: 'waiting',
        status: `External Secrets Operator failed (${ready.message || 'no message'}); waiting for its retry`,
        failingSince: since,
        recheckAt: since + RETRY_GRACE_MS,
    };
}
/**
 * A sync ESO made on its own between preflight and our annotation (its retry, a Periodic refresh):
 * its syncedResourceVersion hashes the metadata without our annotation, so nothing in the status
 * says whether its provider read came before or after the write. refreshTime is the reconcile's
 * start on the controller's clock (Reconcile `start := time.Now()`, markAsDone
 * `Status.RefreshTime = metav1.NewTime(start)`, externalsecret_controller.go v0.16.2 and v2.9.0),
 * whole seconds, and no clock of the runner or of SSM is tied to it, so a time comparison proves
 * nothing under skew. The target Secret's value does: it holds the new token only if ESO read the
 * write. That matters most for refreshPolicy CreatedOnce: once synced, shouldRefresh is false for
 * good and the force-sync is ignored, so this sync is the only one there will be.
 */
function ownSyncVerdict(externalSecret, started, observation, ready, generic) {
    const { recorded } = started;
    const synced = externalSecret.status?.syncedResourceVersion ?? '';
    if (!recorded || ready?.status !== 'True' || ready.reason !== (generic ? 'ResourceSynced' : 'SecretSynced'))
        return undefined;
    const now = { syncedResourceVersion: synced, refreshTime: externalSecret.status?.refreshTime ?? '' };
    if (!esoWroteSince(now, { before: recorded.syncedResourceVersion, refreshTimeBefore: recorded.refreshTime }))
        return undefined;
    if (observation.delivered === true)
        return { kind: 'done', syncedResourceVersion: synced, refreshTime: now.refreshTime || undefined, proof: 'secret' };
    // shouldRefresh: CreatedOnce with a syncedResourceVersion and a refreshTime never refreshes again.
    const ignoresForceSync = (externalSecret.spec?.refreshPolicy ?? '') === 'CreatedOnce' && started.before !== '' && now.refreshTime !== '';
    if (observation.delivered === false && ignoresForceSync) {
        return {
            kind: 'failed',
            final: true,
            blocker: {
                reason: `External Secrets Operator made its one sync (refreshPolicy CreatedOnce) before it could read the new token, so Secret ${observation.secretName} holds another value, and it ignores the force-sync from now on.`,
                next: 'Set spec.refreshPolicy: OnChange on the ExternalSecret and run again.',
            },
        };
    }
    if (observation.delivered === undefined && observation.canReadSecret === true) {
        return {
            kind: 'waiting',
            status: `External Secrets Operator synced on its own since the write; reading Secret ${observation.secretName} to tell whether it holds the new token`,
            recheckAt: observation.now,
            readSecret: true,
        };
    }
    return undefined;
}
/**
 * Whether ESO completed a sync between the record and `started`: markAsDone writes refreshTime on
 * every sync, but syncedResourceVersion is the metadata hash, which a Periodic refresh
 * (shouldRefreshPeriodic, the interval ran out) leaves as it was (externalsecret_controller.go,
 * markAsDone, v0.16.2 and v2.9.0).
 */
const esoWroteSince = (record, started) => started.before !== record.syncedResourceVersion || (started.refreshTimeBefore ?? '') !== (record.refreshTime ?? '');

;// CONCATENATED MODULE: ./src/kube/eso-events.ts
// ESO's Events on an ExternalSecret: the evidence that ESO processed our force-sync when the
// Ready condition cannot show it. The pure rule is esoAnsweredSince (sync-verdict.ts).




/**
 * Lists the core/v1 Events about the ExternalSecret (fieldSelector on involvedObject, which the
 * API server supports for events). ESO records one with every markAsFailed
 * (r.recorder.Event, externalsecret_controller.go, v0.16.2 and v2.9.0); client-go's correlator
 * folds repeats into one Event whose count and lastTimestamp move. Returns undefined when RBAC
 * forbids `list events` or the API fails: the evidence is optional.
 */
async function listExternalSecretEvents(cluster, ref, signal) {
    try {
        const list = await withRetries(cluster.tuning, { signal, doing: `listing events of ${(0,targets/* describeRef */.R)({ ...ref, kind: 'ExternalSecret' })}` }, (requestSignal) => getObject(cluster, namespacedPath('', 'v1', ref.namespace, 'events'), requestSignal, {
            query: { fieldSelector: `involvedObject.kind=ExternalSecret,involvedObject.name=${ref.name}` },
        }));
        return (list.items ?? []).map((event) => ({
            name: event.metadata?.name ?? '',
            count: event.series?.count ?? event.count ?? 1,
            last: event.series?.lastObservedTime ?? event.lastTimestamp ?? event.eventTime ?? '',
        }));
    }
    catch (error) {
        if (error instanceof Error && error.name === 'CancelledError')
            throw error;
        const status = statusCodeOf(error);
        if (status === 403) {
            (0,scrub/* sayWarning */.Oc)(`${(0,targets/* describeRef */.R)({ ...ref, kind: 'ExternalSecret' })}: cannot list its events (RBAC forbids list on events), so a failure from before this run is judged only at sync-timeout.`);
        }
        else
            actions_core/* debug */.Yz(`listing events failed (${String(status ?? error)}); a failure from before this run is judged only at sync-timeout`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/kube/sync-timeout.ts



const sameReady = (a, b) => a === b ||
    (a !== null && b !== null && a.status === b.status && a.reason === b.reason && a.message === b.message && a.lastTransitionTime === b.lastTransitionTime);
/**
 * Whether ESO never reacted to the force-sync. Our annotation changes the metadata hash, so
 * shouldRefresh is true (refreshPolicy OnChange and Periodic; preflight refuses CreatedOnce and a
 * Periodic interval of 0, which skip it) and every reconcile ends in markAsDone, which writes
 * status.refreshTime (the reconcile's start) and syncedResourceVersion, or in markAsFailed, which
 * records a Warning Event and sets Ready=False; the deferred Status().Update writes any change
 * (externalsecret_controller.go Reconcile, markAsDone, markAsFailed, v0.16.2). A controller that is
 * down writes nothing. Only a failure repeated word for word leaves the status as it was, and then
 * only its Event tells: without the Events listed before the annotation, nothing does.
 */
function esoNeverAnswered(started, seen) {
    const { last } = seen;
    if (last === undefined || seen.esoAnswered || started.readyBefore === undefined)
        return false;
    if ((last.status?.syncedResourceVersion ?? '') !== started.before)
        return false;
    if (started.refreshTimeBefore === undefined || (last.status?.refreshTime ?? '') !== started.refreshTimeBefore)
        return false;
    if (!sameReady(readyConditionOf(last), started.readyBefore))
        return false;
    const failingBefore = isSyncFailure(started.readyBefore, isGenericTarget(last));
    return !failingBefore || started.eventsBefore !== undefined;
}
/** The sync-timeout failure: ESO silent since the annotation, or ESO answering without finishing. */
function syncTimeoutBlocker(started, seen) {
    const within = formatDuration(seen.timeoutMs);
    const describe = `kubectl -n ${seen.namespace} describe externalsecret ${seen.name}`;
    if (esoNeverAnswered(started, seen)) {
        const at = started.annotatedAt === undefined ? '' : ` at ${started.annotatedAt.toISOString()}`;
        const events = started.eventsBefore === undefined ? '' : ', no new Event';
        const before = seen.lastFailure === undefined ? '' : ` It was failing before this run: ${seen.lastFailure}.`;
        return {
            reason: `External Secrets Operator never answered: no status update on the ExternalSecret (refreshTime, syncedResourceVersion and Ready condition unchanged${events}) in the ${within} since the force-sync annotation${at}.${before}`,
            next: `Check that the external-secrets controller is running (kubectl -n external-secrets get pods; kubectl -n external-secrets logs deploy/external-secrets) and that it watches namespace ${seen.namespace}, then run again; raise sync-timeout if it is only slow.`,
        };
    }
    const next = `Check that the ESO controller is running and read its events (${describe}), or raise sync-timeout.`;
    if (seen.awaitingAnswer) {
        return {
            reason: `External Secrets Operator was failing before this run and showed no sign of processing the force-sync within ${within} (no new Event, no status change): ${seen.lastFailure ?? 'no message'}.`,
            next,
        };
    }
    if (seen.lastFailure !== undefined) {
        return { reason: `External Secrets Operator failed to sync it and was still failing at sync-timeout (${within}): ${seen.lastFailure}.`, next };
    }
    return { reason: `External Secrets Operator did not sync it within ${within}; last seen: ${seen.lastStatus ?? 'nothing'}.`, next };
}

;// CONCATENATED MODULE: ./src/kube/watch-object.ts




/**
 * Waits for one object to reach a verdict by watching it: GET it, judge it,
 * then watch from that resourceVersion and judge every change. When a watch
 * ends (client-node ends idle watches after ~30 s, servers close them) or
 * breaks, GET again and watch again; a 410 Gone is healed by the same re-GET.
 */
async function watchObjectUntil(cluster, spec) {
    const deadline = Date.now() + spec.timeoutMs;
    let lastStatus;
    let failuresInARow = 0;
    let recheckAt;
    const note = (judgement) => {
        if (judgement.kind !== 'waiting')
            return judgement;
        recheckAt = judgement.recheckAt;
        // The status may quote a condition message from the server: it goes through the scrubber.
        if (judgement.status !== lastStatus)
            (0,scrub/* sayInfo */.OQ)(`${spec.purpose.target}: ${judgement.status}`);
        lastStatus = judgement.status;
        return undefined;
    };
    for (;;) {
        if (spec.signal?.aborted)
            throw new errors/* CancelledError */.cc(spec.doing);
        if (Date.now() >= deadline)
            throw spec.whenTimedOut(lastStatus);
        let object;
        try {
            object = await withRetries(cluster.tuning, { signal: spec.signal, doing: spec.doing, until: deadline }, spec.read);
        }
        catch (error) {
            if (error instanceof errors/* CancelledError */.cc)
                throw error;
            // Out of time while the API kept failing: the status seen says more, if there was one.
            if (isRetryable(error) && lastStatus !== undefined)
                throw spec.whenTimedOut(lastStatus);
            throw explainApiError(error, { ...spec.purpose, verb: 'get' }, cluster.server);
        }
        if (object === undefined)
            throw spec.whenGone();
        const verdict = note(spec.judge(object));
        if (verdict)
            return settle(verdict);
        const watchUntil = recheckAt !== undefined && recheckAt < deadline ? recheckAt : deadline;
        const outcome = await watchOnce(cluster, spec, object.metadata?.resourceVersion, watchUntil, (event) => note(spec.judge(event)), () => recheckAt);
        switch (outcome.kind) {
            case 'judged':
                return settle(outcome.judgement);
            case 'deleted':
                throw spec.whenGone();
            case 'timeout':
                // A recheck came due before the deadline: read and judge again.
                if (Date.now() < deadline)
                    continue;
                throw spec.whenTimedOut(lastStatus);
            case 'cancelled':
                throw new errors/* CancelledError */.cc(spec.doing);
            case 'expired':
                actions_core/* debug */.Yz(`${spec.purpose.target}: watch expired (410 Gone); reading the object again`);
                failuresInARow = 0;
                continue;
            case 'ended': {
                // A watch that worked for a while and then broke is a normal end, not a reason to back off.
                if (outcome.error === undefined || outcome.healthy === true) {
                    actions_core/* debug */.Yz(`${spec.purpose.target}: watch ended; reading the object again`);
                    failuresInARow = 0;
                    continue;
                }
                const status = statusCodeOf(outcome.error);
                if (status === 401 || status === 403) {
                    throw explainApiError(outcome.error, { ...spec.purpose, verb: 'watch' }, cluster.server);
                }
                failuresInARow++;
                const delay = Math.min(cluster.tuning.retryMaxDelayMs, cluster.tuning.retryBaseDelayMs * 2 ** Math.min(failuresInARow - 1, 10), Math.max(0, deadline - Date.now()));
                actions_core/* debug */.Yz(scrub/* scrubber */.ty.clean(`${spec.purpose.target}: watch failed (${describeFailure(outcome.error)}); retrying in ${delay}ms`));
                await cluster.tuning.sleep(delay, spec.signal);
                continue;
            }
        }
    }
}
function settle(judgement) {
    if (judgement.kind === 'failed')
        throw judgement.error;
    return judgement.result;
}
function describeFailure(error) {
    const status = statusCodeOf(error);
    if (status !== undefined)
        return `HTTP ${status}`;
    return error instanceof Error ? error.message : String(error);
}
/** One watch connection, until a verdict, its end, the deadline or cancellation. */
function watchOnce(cluster, spec, resourceVersion, deadline, onChange, recheckAt = () => undefined) {
    return new Promise((resolve) => {
        let settled = false;
        let sawEvent = false;
        const openedAt = Date.now();
        let connection;
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            spec.signal?.removeEventListener('abort', onAbort);
            connection?.abort();
            resolve(outcome);
        };
        const onAbort = () => {
            finish({ kind: 'cancelled' });
        };
        let timer = setTimeout(() => {
            finish({ kind: 'timeout' });
        }, Math.max(0, deadline - Date.now()));
        spec.signal?.addEventListener('abort', onAbort, { once: true });
        if (spec.signal?.aborted) {
            finish({ kind: 'cancelled' });
            return;
        }
        const serverTimeout = Math.max(1, Math.min(cluster.tuning.watchTimeoutSeconds, Math.ceil((deadline - Date.now()) / 1000)));
        const params = {
            fieldSelector: `metadata.name=${spec.name}`,
            allowWatchBookmarks: true,
            timeoutSeconds: serverTimeout,
        };
        if (resourceVersion)
            params.resourceVersion = resourceVersion;
        cluster.watcher
            .watch(spec.collectionPath, params, (type, object) => {
            if (settled)
                return;
            sawEvent = true;
            if (type === 'ERROR') {
                const status = object;
                if (status.code === 410) {
                    finish({ kind: 'expired' });
                    return;
                }
                finish({ kind: 'ended', error: { statusCode: status.code, message: status.message } });
                return;
            }
            if (type === 'BOOKMARK')
                return;
            if (type === 'DELETED') {
                finish({ kind: 'deleted' });
                return;
            }
            try {
                const verdict = onChange(object);
                if (verdict) {
                    finish({ kind: 'judged', judgement: verdict });
                    return;
                }
                // A judgement that asks to be made again at a time: end this watch then, so it is.
                const recheck = recheckAt();
                if (recheck !== undefined && recheck < deadline) {
                    clearTimeout(timer);
                    timer = setTimeout(() => {
                        finish({ kind: 'timeout' });
                    }, Math.max(0, recheck - Date.now()));
                }
            }
            catch (error) {
                finish({ kind: 'ended', error });
            }
        }, (error) => {
            if (statusCodeOf(error) === 410) {
                finish({ kind: 'expired' });
                return;
            }
            // client-node ends a watch that has been quiet for 30 s with a TimeoutError: a normal end.
            const quiet = error?.name === 'TimeoutError';
            if (!error || quiet) {
                finish({ kind: 'ended' });
                return;
            }
            const healthy = statusCodeOf(error) === undefined && (sawEvent || Date.now() - openedAt >= 1000);
            finish({ kind: 'ended', error, healthy });
        })
            .then((controller) => {
            connection = controller;
            if (settled)
                controller.abort();
        }, (error) => {
            finish({ kind: 'ended', error });
        });
    });
}

;// CONCATENATED MODULE: ./src/kube/externalsecrets.ts










const ESO_GROUP = 'external-secrets.io';
const ESO_VERSION = 'v1';
const ESO_PLURAL = 'externalsecrets';
/** The RBAC resource name, for messages. */
const ESO_RESOURCE = `${ESO_PLURAL}.${ESO_GROUP}`;
/** The annotation whose change makes ESO refresh now (esv1.AnnotationForceSync). */
const FORCE_SYNC_ANNOTATION = 'force-sync';
const esTarget = (ref) => (0,targets/* describeRef */.R)({ ...ref, kind: 'ExternalSecret' });
const collectionPath = (namespace) => namespacedPath(ESO_GROUP, ESO_VERSION, namespace, ESO_PLURAL);
const externalSecretPath = (ref) => namespacedPath(ESO_GROUP, ESO_VERSION, ref.namespace, ESO_PLURAL, ref.name);
/**
 * GETs an ExternalSecret at external-secrets.io/v1. A 404 is explained by
 * asking discovery whether the cluster serves that API at all.
 */
async function readExternalSecret(cluster, ref, step, signal) {
    const target = esTarget(ref);
    try {
        return await withRetries(cluster.tuning, { signal, doing: `reading ${target}` }, (requestSignal) => getObject(cluster, externalSecretPath(ref), requestSignal));
    }
    catch (error) {
        if (statusCodeOf(error) === 404)
            throw await explainMissingEsoObject(cluster, target, step, `the ExternalSecret ${ref.namespace}/${ref.name}`, signal);
        throw explainApiError(error, { step, target, verb: 'get', resource: ESO_RESOURCE, namespace: ref.namespace }, cluster.server);
    }
}
/** A 404 from the ESO API: a missing CRD, an old API version, or a missing object. */
async function explainMissingEsoObject(cluster, target, step, what, signal) {
    let served;
    try {
        const groups = await withRetries(cluster.tuning, { signal, doing: 'reading API discovery' }, (requestSignal) => getObject(cluster, '/apis', requestSignal));
        served = (groups.groups.find((group) => group.name === ESO_GROUP)?.versions ?? []).map((version) => version.version);
    }
    catch (error) {
        actions_core/* debug */.Yz(`API discovery failed (${String(statusCodeOf(error) ?? error)}); cannot tell a missing CRD from a missing object`);
    }
    if (served?.length === 0) {
        return new errors/* StepError */.zg(step, target, `the cluster does not serve the ${ESO_GROUP} API, so External Secrets Operator (or its CRDs) is not installed.`, 'Install External Secrets Operator, or drop the external-secrets input.');
    }
    if (served !== undefined && !served.includes(ESO_VERSION)) {
        return new errors/* StepError */.zg(step, target, `the cluster serves ${ESO_GROUP} only as ${served.join(', ')}, not ${ESO_VERSION}.`, `Upgrade External Secrets Operator to a release that serves ${ESO_GROUP}/${ESO_VERSION}.`);
    }
    return new errors/* StepError */.zg(step, target, `${what} does not exist (${ESO_GROUP}/${ESO_VERSION}).`, 'Check the name and namespace in the external-secrets input.');
}
/** ESO refreshes on a change of the annotations; re-writing the same value would change nothing. */
const forceSyncValue = (current, runId) => (current === runId ? `${runId}-${Date.now().toString(36)}` : runId);
const FORCE_SYNC_ATTEMPTS = 5;
/**
 * Records `status.syncedResourceVersion` and sets the force-sync annotation
 * to a value unique to the run. The patch carries the resourceVersion that
 * was read, so `before` is exactly the state the annotation lands on: if ESO
 * writes in between, the API answers 409 and we read again.
 */
async function forceSync(cluster, externalSecret, runId, options = {}) {
    const { ref } = externalSecret;
    const target = esTarget(ref);
    for (let attempt = 1;; attempt++) {
        const current = await readExternalSecret(cluster, ref, 'sync', options.signal);
        const before = current.status?.syncedResourceVersion ?? '';
        const readyBefore = readyConditionOf(current);
        const eventsBefore = await eventsIfFailing(cluster, ref, current, options.signal);
        const value = forceSyncValue(current.metadata?.annotations?.[FORCE_SYNC_ANNOTATION], runId);
        const body = { metadata: { resourceVersion: current.metadata?.resourceVersion, annotations: { [FORCE_SYNC_ANNOTATION]: value } } };
        try {
            await withRetries(cluster.tuning, { signal: options.signal, doing: `annotating ${target}` }, (requestSignal) => patchObject(cluster, externalSecretPath(ref), body, PatchType.merge, requestSignal));
        }
        catch (error) {
            if (statusCodeOf(error) === 409 && attempt < FORCE_SYNC_ATTEMPTS)
                continue;
            throw explainApiError(error, {
                step: 'sync',
                target,
                verb: 'patch',
                resource: ESO_RESOURCE,
                namespace: ref.namespace,
                missing: `the ExternalSecret ${ref.namespace}/${ref.name} no longer exists.`,
            }, cluster.server);
        }
        actions_core/* info */.pq(`${target}: set ${FORCE_SYNC_ANNOTATION}=${value} (syncedResourceVersion was ${before || 'empty'})`);
        return { before, readyBefore, annotatedAt: new Date(), value, eventsBefore, refreshTimeBefore: current.status?.refreshTime ?? '' };
    }
}
/** The Events to compare with later, listed only when the ExternalSecret is failing now (sync-verdict.ts, esoAnsweredSince). */
async function eventsIfFailing(cluster, ref, current, signal) {
    if (!isSyncFailure(readyConditionOf(current), isGenericTarget(current)))
        return undefined;
    return listExternalSecretEvents(cluster, ref, signal);
}
/**
 * Forces every ExternalSecret, in input order. One controlled by a
 * ClusterExternalSecret is forced through its owner, once per owner: the CES
 * controller resets the annotations of the ExternalSecrets it owns
 * (clusterexternalsecret_controller.go, createOrUpdateExternalSecret), so
 * the value goes where it copies from (ces-rules.ts, clusterForceSyncPatch).
 * Each one's state is read before the owner is annotated, so a sync that
 * lands at once still counts.
 */
async function forceSyncAll(cluster, externalSecrets, runId, options = {}) {
    const owners = [...new Set(externalSecrets.map((es) => es.clusterOwner).filter((owner) => owner !== undefined))];
    const befores = new Map();
    for (const es of externalSecrets.filter((record) => record.clusterOwner !== undefined)) {
        const current = await readExternalSecret(cluster, es.ref, 'sync', options.signal);
        befores.set(es, {
            before: current.status?.syncedResourceVersion ?? '',
            readyBefore: readyConditionOf(current),
            eventsBefore: await eventsIfFailing(cluster, es.ref, current, options.signal),
            refreshTimeBefore: current.status?.refreshTime ?? '',
        });
    }
    const ownerValues = new Map();
    for (const owner of owners) {
        const value = await forceClusterSync(cluster, owner, runId, options.signal);
        ownerValues.set(owner, { value, annotatedAt: new Date() });
    }
    return Promise.all(externalSecrets.map(async (es) => {
        const owned = es.clusterOwner === undefined ? undefined : ownerValues.get(es.clusterOwner);
        const before = befores.get(es);
        const recorded = { syncedResourceVersion: es.syncedResourceVersion, refreshTime: es.refreshTime };
        if (owned && before)
            return { ...before, ...owned, recorded };
        return { ...(await forceSync(cluster, es, runId, options)), recorded };
    }));
}
/**
 * Watches the ExternalSecret until ESO has synced it after our annotation,
 * failed for good (sync-verdict.ts, judgeSync), or the timeout passes.
 */
async function waitForSync(cluster, ref, started, options) {
    const target = esTarget(ref);
    // Given only the old syncedResourceVersion, a failure counts when its condition changed from now on.
    const start = typeof started === 'string' ? { before: started, annotatedAt: new Date() } : started;
    let failingSince;
    let lastFailure;
    let awaitingAnswer = false;
    // Once ESO is seen to have processed the annotation, that stays true.
    let esoAnswered = false;
    let askEvents = false;
    // The target Secret's answer for one state of the ExternalSecret (its resourceVersion).
    let delivery;
    let askSecret = false;
    let lastSeen;
    const judge = (externalSecret) => {
        lastSeen = externalSecret;
        const known = delivery?.resourceVersion === externalSecret.metadata?.resourceVersion ? delivery : undefined;
        const verdict = judgeSync(externalSecret, start, {
            now: Date.now(),
            canReadSecret: options.delivered !== undefined && (known === undefined || known.delivered !== undefined),
            delivered: known?.delivered,
            esoAnswered,
            failingSince,
            namespace: ref.namespace,
            name: ref.name,
            secretName: options.secretName ?? externalSecret.spec?.target?.name ?? ref.name,
        });
        if (verdict.kind === 'done') {
            const { syncedResourceVersion, refreshTime, proof } = verdict;
            return { kind: 'done', result: { ref, observedAt: new Date(), refreshTime, syncedResourceVersion, proof } };
        }
        if (verdict.kind === 'failed')
            return { kind: 'failed', error: new errors/* StepError */.zg('sync', target, verdict.blocker.reason, verdict.blocker.next) };
        failingSince = verdict.failingSince;
        askSecret = verdict.readSecret === true;
        askEvents = verdict.awaitingAnswer === true && start.eventsBefore !== undefined;
        lastFailure =
            verdict.failingSince === undefined && verdict.awaitingAnswer === undefined ? undefined : readyConditionOf(externalSecret)?.message || 'no message';
        awaitingAnswer = verdict.awaitingAnswer === true;
        return { kind: 'waiting', status: verdict.status, recheckAt: verdict.recheckAt };
    };
    return watchObjectUntil(cluster, {
        collectionPath: collectionPath(ref.namespace),
        name: ref.name,
        purpose: { step: 'sync', target, resource: ESO_RESOURCE, namespace: ref.namespace },
        doing: `waiting for ${target} to sync`,
        timeoutMs: options.timeoutMs,
        signal: options.signal,
        read: async (signal) => {
            try {
                const object = await getObject(cluster, externalSecretPath(ref), signal);
                if (askSecret && options.delivered) {
                    askSecret = false;
                    delivery = { resourceVersion: object.metadata?.resourceVersion, delivered: await options.delivered(signal) };
                }
                if (askEvents && start.eventsBefore) {
                    const events = await listExternalSecretEvents(cluster, ref, signal);
                    esoAnswered ||= events !== undefined && esoAnsweredSince(start.eventsBefore, events);
                }
                return object;
            }
            catch (error) {
                if (statusCodeOf(error) === 404)
                    return undefined;
                throw error;
            }
        },
        judge,
        whenGone: () => new errors/* StepError */.zg('sync', target, 'the ExternalSecret was deleted while waiting for it to sync.', 'Find out what deleted it and recreate it; SSM already holds the new token.'),
        whenTimedOut: (last) => {
            const blocker = syncTimeoutBlocker(start, {
                namespace: ref.namespace,
                name: ref.name,
                timeoutMs: options.timeoutMs,
                last: lastSeen,
                lastStatus: last,
                lastFailure,
                awaitingAnswer,
                esoAnswered,
            });
            return new errors/* StepError */.zg('sync', target, blocker.reason, blocker.next);
        },
    });
}

;// CONCATENATED MODULE: ./src/kube/eso-preflight.ts












/**
 * The ExternalSecrets the entries name: each ExternalSecret once, and for a
 * ClusterExternalSecret every one it provisions (status.provisionedNamespaces,
 * written by clusterexternalsecret_controller.go reconcile), owned by it.
 */
async function expandEntries(cluster, entries, signal) {
    const refs = [];
    const seen = new Set();
    for (const entry of entries) {
        if (entry.kind !== 'ClusterExternalSecret') {
            if (!seen.has(`${entry.namespace}/${entry.name}`))
                refs.push({ ref: { namespace: entry.namespace, name: entry.name } });
            seen.add(`${entry.namespace}/${entry.name}`);
            continue;
        }
        const ces = await readClusterExternalSecret(cluster, entry.name, 'preflight', signal);
        const provisioned = provisionedExternalSecrets(ces, entry.name);
        if (provisioned.length === 0) {
            const failed = (ces.status?.failedNamespaces ?? []).map((failure) => `${failure.namespace ?? '?'}: ${failure.reason ?? ''}`).join('; ');
            throw new errors/* StepError */.zg('preflight', cesTarget(entry.name), `the ClusterExternalSecret provisions no ExternalSecret yet (status.provisionedNamespaces is empty${failed ? `; failed: ${failed}` : ''}).`, 'Check its namespaceSelectors and the ESO controller logs, or name the ExternalSecrets directly.');
        }
        for (const ref of provisioned) {
            if (!seen.has(`${ref.namespace}/${ref.name}`))
                refs.push({ ref, viaCluster: entry.name });
            seen.add(`${ref.namespace}/${ref.name}`);
        }
    }
    return refs;
}
const refuse = (ref, blocker) => new errors/* StepError */.zg('preflight', esTarget(ref), blocker.reason, blocker.next);
/**
 * Reads one SecretStore / ClusterSecretStore an entry uses. Where RBAC
 * forbids it, warns and returns undefined: the store check is optional.
 */
async function readStore(cluster, ref, storeRef, signal) {
    const { kind, name } = storeRef;
    const clusterScoped = kind === 'ClusterSecretStore';
    const described = `${kind} ${clusterScoped ? name : `${ref.namespace}/${name}`}`;
    try {
        const object = await withRetries(cluster.tuning, { signal, doing: `reading ${described}` }, (requestSignal) => getObject(cluster, clusterScoped ? clusterPath(ESO_GROUP, 'v1', 'clustersecretstores', name) : namespacedPath(ESO_GROUP, 'v1', ref.namespace, 'secretstores', name), requestSignal));
        return { object, name: described };
    }
    catch (error) {
        if (statusCodeOf(error) === 403) {
            (0,scrub/* sayWarning */.Oc)(`${esTarget(ref)}: cannot read its ${described} (RBAC forbids get), so the store's provider and region are not checked.`);
            return undefined;
        }
        throw explainApiError(error, {
            step: 'preflight',
            target: esTarget(ref),
            verb: 'get',
            resource: `${clusterScoped ? 'clustersecretstores' : 'secretstores'}.${ESO_GROUP}`,
            namespace: clusterScoped ? '' : ref.namespace,
            missing: `its ${described} does not exist, so External Secrets Operator cannot sync it.`,
            missingNext: "Create the store or fix spec.secretStoreRef (or the entry's sourceRef.storeRef).",
        }, cluster.server);
    }
}
const storeKey = (store) => `${store.kind}/${store.name}`;
/**
 * Reads every store the entries use, once each (client_manager.go: each entry's
 * sourceRef.storeRef, else spec.secretStoreRef), and judges each for this run.
 */
async function storeFacts(cluster, ref, externalSecret, region, signal) {
    const facts = new Map();
    let read = 0;
    let prefix = '';
    // A store RBAC hides is warned about once, not once for each entry that uses it.
    const unreadable = new Set();
    for (const { store } of entrySources(externalSecret)) {
        if (facts.has(storeKey(store)) || unreadable.has(storeKey(store)))
            continue;
        if (store.name === '') {
            facts.set(storeKey(store), {
                described: '(none)',
                prefix: '',
                roleAccounts: [],
                blocker: {
                    reason: 'an entry names no store (no sourceRef.storeRef and no spec.secretStoreRef), so External Secrets Operator cannot read it.',
                    next: 'Set spec.secretStoreRef, or sourceRef.storeRef on the entry.',
                },
            });
            continue;
        }
        const found = await readStore(cluster, ref, store, signal);
        if (!found) {
            unreadable.add(storeKey(store));
            continue;
        }
        read++;
        const verdict = storeVerdict(found.object, found.name, region);
        const aws = found.object.spec?.provider?.aws;
        const roleAccounts = [aws?.role, ...(aws?.additionalRoles ?? [])].map(roleAccount).filter((account) => account !== undefined);
        if ('prefix' in verdict && read === 1)
            prefix = verdict.prefix;
        facts.set(storeKey(store), {
            described: found.name,
            prefix: 'prefix' in verdict ? verdict.prefix : '',
            blocker: 'blocker' in verdict ? verdict.blocker : undefined,
            roleAccounts: [...new Set(roleAccounts)],
        });
    }
    return { facts, read, prefix };
}
/**
 * Preflight for one ExternalSecret: it exists at v1, a forced sync can
 * happen and reaches the target, and (given checks) it reads this parameter
 * from AWS Parameter Store in this region.
 */
async function inspectExternalSecret(cluster, ref, checks, verifySecretKey, signal) {
    const externalSecret = await readExternalSecret(cluster, ref, 'preflight', signal);
    const interval = externalSecret.spec?.refreshInterval;
    const blocker = refreshBlocker(externalSecret, interval === undefined ? undefined : parseGoDuration(interval)) ??
        firstSyncBlocker(externalSecret, verifySecretKey !== undefined) ??
        standingFailureBlocker(externalSecret);
    if (blocker)
        throw refuse(ref, blocker);
    // A set verifies the keys its data[] maps from the set's parameters, not one named key.
    const unverifiable = verifySecretKey === undefined || checks?.parameterNames ? undefined : verifyBlocker(externalSecret, verifySecretKey);
    if (unverifiable)
        throw refuse(ref, unverifiable);
    let setKeys;
    if (checks) {
        const stores = await storeFacts(cluster, ref, externalSecret, checks.region, signal);
        // A set is judged parameter by parameter; an entry that fails the whole ExternalSecret refuses it for any of them.
        const verdicts = (checks.parameterNames ?? [checks.parameterName]).map((name) => ({
            name,
            verdict: judgeEntries(externalSecret, { ...checks, parameterName: name }, (store) => stores.facts.get(storeKey(store))),
        }));
        for (const { verdict } of verdicts)
            if (verdict.refusal)
                throw refuse(ref, verdict.refusal);
        for (const warning of new Set(verdicts.flatMap(({ verdict }) => verdict.warnings)))
            (0,scrub/* sayWarning */.Oc)(`${esTarget(ref)}: ${warning}`);
        const withReads = verdicts.filter(({ verdict }) => verdict.reads.length > 0);
        for (const { name, verdict } of withReads.length > 0 ? withReads : verdicts.slice(0, 1)) {
            const unread = readBlocker(verdict.reads, name, checks.versionLabels, stores.prefix);
            const storeBlocker = verdict.storeBlockers[0];
            if (unread && verdict.reads.length === 0 && storeBlocker)
                throw refuse(ref, storeBlocker);
            if (unread && (stores.read > 0 || verdict.reads.length > 0))
                throw refuse(ref, unread);
            if (unread)
                (0,scrub/* sayWarning */.Oc)(`${esTarget(ref)}: no entry reads ${name} without a store prefix, and its store could not be read to learn the prefix.`);
        }
        if (checks.parameterNames) {
            setKeys = setDataKeys(externalSecret, withReads.map(({ name, verdict }) => ({ name, reads: verdict.reads })), checks.versionLabels);
        }
        for (const { secretKey } of verifySecretKey === undefined ? [] : (setKeys ?? [])) {
            const blocked = verifyBlocker(externalSecret, secretKey);
            if (blocked)
                throw refuse(ref, blocked);
        }
    }
    const owner = clusterOwnerOf(externalSecret);
    return {
        ref,
        targetSecret: { namespace: ref.namespace, name: externalSecret.spec?.target?.name || ref.name },
        syncedResourceVersion: externalSecret.status?.syncedResourceVersion ?? '',
        refreshTime: externalSecret.status?.refreshTime ?? '',
        refreshPolicy: externalSecret.spec?.refreshPolicy || 'Periodic',
        refreshInterval: interval === undefined ? '' : String(interval),
        ready: readyConditionOf(externalSecret),
        creationPolicy: externalSecret.spec?.target?.creationPolicy || 'Owner',
        ...(owner !== undefined ? { clusterOwner: owner } : {}),
        ...(setKeys !== undefined ? { setKeys } : {}),
    };
}

;// CONCATENATED MODULE: ./src/kube/workload-usage-rules.ts
/** Every place the pod template reads the Secret, e.g. `containers[0].envFrom[1]`, `volumes[2].projected.sources[0]`. */
function secretUses(template, secret) {
    const spec = template?.spec;
    const uses = [];
    for (const field of ['initContainers', 'containers']) {
        (spec?.[field] ?? []).forEach((container, c) => {
            (container.env ?? []).forEach((variable, e) => {
                if (variable.valueFrom?.secretKeyRef?.name === secret)
                    uses.push(`${field}[${c}].env[${e}]`);
            });
            (container.envFrom ?? []).forEach((source, e) => {
                if (source.secretRef?.name === secret)
                    uses.push(`${field}[${c}].envFrom[${e}]`);
            });
        });
    }
    (spec?.volumes ?? []).forEach((volume, v) => {
        if (volume.secret?.secretName === secret)
            uses.push(`volumes[${v}]`);
        (volume.projected?.sources ?? []).forEach((source, s) => {
            if (source.secret?.name === secret)
                uses.push(`volumes[${v}].projected.sources[${s}]`);
        });
    });
    return uses;
}
/**
 * Whether a workload's pods use one of `secretNames` (Secrets of its namespace). An Argo
 * Rollout with spec.workloadRef runs the referenced object's template (rollout/templateref.go
 * Resolve: a Deployment's or ReplicaSet's spec.template, a PodTemplate's template);
 * `referencedTemplate` answers for Deployments, the kind discovery lists.
 */
function judgeWorkload(kind, workload, secretNames, referencedTemplate) {
    let template = workload.spec?.template;
    const ref = workload.spec?.workloadRef;
    if (kind === 'Rollout' && ref !== undefined) {
        if (ref.kind !== 'Deployment' || !(ref.apiVersion ?? '').startsWith('apps/')) {
            return {
                uses: false,
                unresolved: `its spec.workloadRef names ${ref.kind ?? '?'} ${ref.name ?? '?'}, whose template is not searched (only Deployments are)`,
            };
        }
        template = referencedTemplate(ref.name ?? '');
        if (template === undefined)
            return { uses: false, unresolved: `its spec.workloadRef names Deployment ${ref.name ?? '?'}, which does not exist` };
    }
    for (const secret of secretNames) {
        const reasons = secretUses(template, secret).map((where) => ref !== undefined && kind === 'Rollout' ? `workloadRef deployment/${ref.name ?? ''} ${where}` : where);
        if (reasons.length === 0)
            continue;
        return { uses: true, secret, reasons, notRestarted: notRestarted(kind, workload) };
    }
    return { uses: false };
}
function notRestarted(kind, workload) {
    // spec.paused exists on Deployments and Argo Rollouts: a paused one does not roll a changed template out.
    if ((kind === 'Deployment' || kind === 'Rollout') && workload.spec?.paused === true)
        return 'it is paused (spec.paused: true), so a restart would not roll out';
    // An OnDelete StatefulSet or DaemonSet replaces no pod when its template changes.
    if ((kind === 'StatefulSet' || kind === 'DaemonSet') && workload.spec?.updateStrategy?.type === 'OnDelete') {
        return 'it uses the OnDelete update strategy, so a restart would replace no pod';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/kube/argo-rollout-status.ts
const WORKLOAD_GENERATION_ANNOTATION = 'rollout.argoproj.io/workload-generation';
const PHASES = new Set(['Healthy', 'Progressing', 'Degraded', 'Paused']);
/**
 * The phase and message of a Rollout as clients see them: Argo Rollouts'
 * utils/rollout/rolloututil.go GetRolloutPhase. The controller's
 * status.phase counts only once it has observed metadata.generation.
 */
function argoRolloutPhase(rollout) {
    const status = rollout.status ?? {};
    if (!generationObserved(rollout))
        return { phase: 'Progressing', message: 'waiting for rollout spec update to be observed' };
    // IsUnpausing: the pause conditions were cleared but the controller has not reacted yet.
    if (status.controllerPause === true && (status.pauseConditions ?? []).length === 0) {
        return { phase: 'Progressing', message: 'waiting for rollout to unpause' };
    }
    if (rollout.spec?.workloadRef !== undefined && !workloadGenerationObserved(rollout)) {
        return { phase: 'Progressing', message: 'waiting for rollout spec update to be observed for the reference workload' };
    }
    if (status.phase !== undefined && status.phase !== '' && PHASES.has(status.phase)) {
        return { phase: status.phase, message: status.message ?? '' };
    }
    return calculatePhase(rollout);
}
/**
 * isGenerationObserved: a numeric status.observedGeneration (v0.10 and later)
 * must equal metadata.generation (or be greater: an all-digit v0.9 hash);
 * anything else (a v0.9 hash) counts as observed.
 */
function generationObserved(rollout) {
    const raw = rollout.status?.observedGeneration;
    const text = raw === undefined ? '' : String(raw);
    if (!/^[+-]?\d+$/.test(text))
        return true;
    const observed = Number(text);
    const generation = rollout.metadata?.generation ?? 0;
    return observed >= generation;
}
function workloadGenerationObserved(rollout) {
    const wanted = rollout.metadata?.annotations?.[WORKLOAD_GENERATION_ANNOTATION];
    if (wanted === undefined)
        return true;
    const observed = rollout.status?.workloadObservedGeneration ?? '';
    if (!/^[+-]?\d+$/.test(observed))
        return true;
    return Number(observed) === Number(wanted);
}
/** CalculateRolloutPhase: the client-side fallback for a controller that sets no status.phase (v0.10 and earlier). */
function calculatePhase(rollout) {
    const spec = rollout.spec ?? {};
    const status = rollout.status ?? {};
    for (const condition of status.conditions ?? []) {
        if (condition.type === 'InvalidSpec')
            return { phase: 'Degraded', message: `InvalidSpec: ${condition.message ?? ''}` };
        // utils/conditions: RolloutAbortedReason, TimedOutReason.
        if (condition.reason === 'RolloutAborted' || condition.reason === 'ProgressDeadlineExceeded') {
            return { phase: 'Degraded', message: `${condition.reason}: ${condition.message ?? ''}` };
        }
    }
    if (spec.paused === true)
        return { phase: 'Paused', message: 'manually paused' };
    const pause = status.pauseConditions?.[0];
    if (pause)
        return { phase: 'Paused', message: pause.reason ?? '' };
    if (spec.restartAt !== undefined && (status.restartedAt === undefined || !sameTime(spec.restartAt, status.restartedAt))) {
        return { phase: 'Progressing', message: 'rollout is restarting' };
    }
    const updated = status.updatedReplicas ?? 0;
    if (updated < (spec.replicas ?? 1))
        return { phase: 'Progressing', message: 'more replicas need to be updated' };
    if ((status.availableReplicas ?? 0) < updated)
        return { phase: 'Progressing', message: 'updated replicas are still becoming available' };
    const fullyPromoted = (status.stableRS ?? '') === (status.currentPodHash ?? '');
    if (spec.strategy?.blueGreen) {
        const active = status.blueGreen?.activeSelector ?? '';
        if (active === '' || active !== (status.currentPodHash ?? ''))
            return { phase: 'Progressing', message: 'active service cutover pending' };
        if (!status.stableRS || !fullyPromoted) {
            const analysis = status.blueGreen?.postPromotionAnalysisRunStatus?.status;
            const analysing = spec.strategy.blueGreen.postPromotionAnalysis !== undefined && !['Successful', 'Failed', 'Error', 'Inconclusive'].includes(analysis ?? '');
            return { phase: 'Progressing', message: analysing ? 'waiting for analysis to complete' : 'waiting for post-promotion verification to complete' };
        }
    }
    else if (spec.strategy?.canary) {
        if (spec.strategy.canary.trafficRouting === undefined && (status.replicas ?? 0) > updated) {
            return { phase: 'Progressing', message: 'old replicas are pending termination' };
        }
        if (!status.stableRS || !fullyPromoted)
            return { phase: 'Progressing', message: 'waiting for all steps to complete' };
    }
    return { phase: 'Healthy', message: '' };
}
const sameTime = (a, b) => Date.parse(a) === Date.parse(b);
/**
 * What `kubectl argo rollouts status` does with the phase
 * (pkg/kubectl-argo-rollouts/cmd/status/status.go): Healthy ends the watch,
 * Degraded ends it with an error (an aborted update is Degraded with
 * RolloutAborted), and every other phase, Paused included, keeps watching
 * until the timeout. The waiting message is the line the CLI prints.
 */
function argoRolloutStatus(rollout) {
    const name = rollout.metadata?.name ?? '';
    const { phase, message } = argoRolloutPhase(rollout);
    if (phase === 'Healthy')
        return { state: 'done', message: `rollout "${name}" is Healthy` };
    if (phase === 'Degraded') {
        return { state: 'failed', message: `rollout "${name}" is in a degraded state with message: ${message || 'none'}` };
    }
    return { state: 'waiting', message: message ? `${phase} - ${message}` : phase };
}
/**
 * The spec.restartAt value for a restart now: RFC 3339 in whole seconds, as
 * `kubectl argo rollouts restart` writes it (cmd/restart RestartRollout),
 * rounded up to the next second. The controller restarts only pods created
 * before restartAt (rollout/restart.go Reconcile keeps a pod whose second-
 * precision creationTimestamp is at or after it), so rounding down could keep
 * a pod started earlier in the same second, before the new Secret.
 */
function restartAtFor(now) {
    const seconds = Math.floor(now.getTime() / 1000) + 1;
    return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./src/kube/rollout-status.ts

const waiting = (message) => ({ state: 'waiting', message });
const done = (message) => ({ state: 'done', message });
const failed = (message) => ({ state: 'failed', message });
/**
 * The rules of `kubectl rollout status` (k8s.io/kubectl polymorphichelpers
 * rollout_status.go), message for message; an Argo Rollout follows
 * `kubectl argo rollouts status` (argo-rollout-status.ts).
 */
function rolloutStatus(kind, object) {
    switch (kind) {
        case 'Deployment':
            return deploymentStatus(object);
        case 'StatefulSet':
            return statefulSetStatus(object);
        case 'DaemonSet':
            return daemonSetStatus(object);
        case 'Rollout':
            return argoRolloutStatus(object);
    }
}
function deploymentStatus(deployment) {
    const name = deployment.metadata?.name ?? '';
    const generation = deployment.metadata?.generation ?? 0;
    const status = deployment.status ?? {};
    if (generation <= (status.observedGeneration ?? 0)) {
        const progressing = status.conditions?.find((condition) => condition.type === 'Progressing');
        if (progressing?.reason === 'ProgressDeadlineExceeded') {
            return failed(`deployment "${name}" exceeded its progress deadline`);
        }
        const updated = status.updatedReplicas ?? 0;
        const wanted = deployment.spec?.replicas;
        if (wanted !== undefined && updated < wanted) {
            return waiting(`Waiting for deployment "${name}" rollout to finish: ${updated} out of ${wanted} new replicas have been updated...`);
        }
        const total = status.replicas ?? 0;
        if (total > updated) {
            return waiting(`Waiting for deployment "${name}" rollout to finish: ${total - updated} old replicas are pending termination...`);
        }
        const available = status.availableReplicas ?? 0;
        if (available < updated) {
            return waiting(`Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...`);
        }
        return done(`deployment "${name}" successfully rolled out`);
    }
    return waiting('Waiting for deployment spec update to be observed...');
}
function daemonSetStatus(daemon) {
    const name = daemon.metadata?.name ?? '';
    if ((daemon.spec?.updateStrategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') {
        return failed('rollout status is only available for RollingUpdate strategy type');
    }
    const status = daemon.status ?? {};
    if ((daemon.metadata?.generation ?? 0) <= (status.observedGeneration ?? 0)) {
        const desired = status.desiredNumberScheduled ?? 0;
        const updated = status.updatedNumberScheduled ?? 0;
        if (updated < desired) {
            return waiting(`Waiting for daemon set "${name}" rollout to finish: ${updated} out of ${desired} new pods have been updated...`);
        }
        const available = status.numberAvailable ?? 0;
        if (available < desired) {
            return waiting(`Waiting for daemon set "${name}" rollout to finish: ${available} of ${desired} updated pods are available...`);
        }
        return done(`daemon set "${name}" successfully rolled out`);
    }
    return waiting('Waiting for daemon set spec update to be observed...');
}
function statefulSetStatus(sts) {
    const strategy = sts.spec?.updateStrategy;
    if ((strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') {
        return failed('rollout status is only available for RollingUpdate strategy type');
    }
    const status = sts.status ?? {};
    const observed = status.observedGeneration ?? 0;
    if (observed === 0 || (sts.metadata?.generation ?? 0) > observed) {
        return waiting('Waiting for statefulset spec update to be observed...');
    }
    const replicas = sts.spec?.replicas;
    const ready = status.readyReplicas ?? 0;
    if (replicas !== undefined && ready < replicas) {
        return waiting(`Waiting for ${replicas - ready} pods to be ready...`);
    }
    const updated = status.updatedReplicas ?? 0;
    if (strategy?.rollingUpdate) {
        const partition = strategy.rollingUpdate.partition;
        if (replicas !== undefined && partition !== undefined && updated < replicas - partition) {
            return waiting(`Waiting for partitioned roll out to finish: ${updated} out of ${replicas - partition} new pods have been updated...`);
        }
        return done(`partitioned roll out complete: ${updated} new pods have been updated...`);
    }
    if (status.updateRevision !== status.currentRevision) {
        return waiting(`waiting for statefulset rolling update to complete ${updated} pods at revision ${status.updateRevision ?? ''}...`);
    }
    return done(`statefulset rolling update complete ${status.currentReplicas ?? 0} pods at revision ${status.currentRevision ?? ''}...`);
}

;// CONCATENATED MODULE: ./src/kube/workloads.ts








/** The annotation `kubectl rollout restart` sets on the pod template. */
const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt';
const PLURALS = {
    Deployment: 'deployments',
    StatefulSet: 'statefulsets',
    DaemonSet: 'daemonsets',
    Rollout: ARGO_ROLLOUTS.plural,
};
const workloadGroup = (kind) => (kind === 'Rollout' ? ARGO_ROLLOUTS.group : 'apps');
const workloadPlural = (kind) => PLURALS[kind];
const workloadResource = (kind) => `${PLURALS[kind]}.${workloadGroup(kind)}`;
const workloadPath = (ref, name) => namespacedPath(workloadGroup(ref.kind), ref.kind === 'Rollout' ? ARGO_ROLLOUTS.version : 'v1', ref.namespace, PLURALS[ref.kind], name);
const workloadTarget = (ref) => (0,targets/* describeRef */.R)(ref);
const kindWord = (kind) => kind.toLowerCase();
/** The calls for one workload (apps/v1, or argoproj.io/v1alpha1 for a Rollout), so the rest of the module is kind-agnostic. */
function appsCalls(cluster, ref) {
    const path = workloadPath(ref, ref.name);
    return {
        read: (signal) => getObject(cluster, path, signal),
        patch: (body, contentType, signal) => patchObject(cluster, path, body, contentType, signal),
    };
}
const purposeFor = (ref, step, verb) => ({
    step,
    target: workloadTarget(ref),
    verb,
    resource: workloadResource(ref.kind),
    namespace: ref.namespace,
    missing: `the ${kindWord(ref.kind)} ${ref.namespace}/${ref.name} does not exist.`,
    missingNext: 'Check the kind, name and namespace in the restart input.',
});
/** GETs a workload; a failure (404 included) becomes a StepError of `step`. */
async function readWorkload(cluster, ref, step, signal) {
    const calls = appsCalls(cluster, ref);
    return callApi(cluster.tuning, cluster.server, purposeFor(ref, step, 'get'), signal, (requestSignal) => calls.read(requestSignal));
}
/**
 * Restarts a workload as `kubectl rollout restart` does: a strategic merge
 * patch of the pod template's restartedAt annotation. Returns the generation
 * the patch produced, which the rollout must reach.
 */
async function restartWorkload(cluster, ref, restartedAt, options = {}) {
    if (ref.kind === 'Rollout')
        return restartArgoRollout(cluster, ref, new Date(restartedAt), options.signal);
    const calls = appsCalls(cluster, ref);
    const body = { spec: { template: { metadata: { annotations: { [RESTARTED_AT_ANNOTATION]: restartedAt } } } } };
    const patched = await callApi(cluster.tuning, cluster.server, purposeFor(ref, 'restart', 'patch'), options.signal, (requestSignal) => calls.patch(body, PatchType.strategicMerge, requestSignal));
    const generation = patched.metadata?.generation ?? 0;
    actions_core/* info */.pq(`${workloadTarget(ref)}: set ${RESTARTED_AT_ANNOTATION}=${restartedAt} (generation ${generation})`);
    return { generation };
}
/**
 * Restarts an Argo Rollout as `kubectl argo rollouts restart` does
 * (pkg/kubectl-argo-rollouts/cmd/restart RestartRollout): a JSON merge patch
 * of spec.restartAt. The controller then evicts the pods created before that
 * time and sets status.restartedAt when none is left (rollout/restart.go).
 */
async function restartArgoRollout(cluster, ref, now, signal) {
    const restartAt = restartAtFor(now);
    const calls = appsCalls(cluster, ref);
    const patched = await callApi(cluster.tuning, cluster.server, purposeFor(ref, 'restart', 'patch'), signal, (requestSignal) => calls.patch({ spec: { restartAt } }, PatchType.merge, requestSignal));
    const generation = patched.metadata?.generation ?? 0;
    actions_core/* info */.pq(`${workloadTarget(ref)}: set spec.restartAt=${restartAt} (generation ${generation})`);
    return { generation };
}
/**
 * Watches a workload until `kubectl rollout status` would call its rollout
 * done, or failed, or the timeout passes.
 */
async function waitForRollout(cluster, ref, options) {
    const target = workloadTarget(ref);
    const calls = appsCalls(cluster, ref);
    const { minGeneration } = options;
    let generationSeen = 0;
    return watchObjectUntil(cluster, {
        collectionPath: workloadPath(ref),
        name: ref.name,
        purpose: { step: 'rollout', target, resource: workloadResource(ref.kind), namespace: ref.namespace },
        doing: `waiting for ${target} to roll out`,
        timeoutMs: options.timeoutMs,
        signal: options.signal,
        read: async (signal) => {
            try {
                return await calls.read(signal);
            }
            catch (error) {
                if (statusCodeOf(error) === 404)
                    return undefined;
                throw error;
            }
        },
        judge: (workload) => {
            const generation = workload.metadata?.generation ?? 0;
            generationSeen = generation;
            if (minGeneration !== undefined && generation < minGeneration) {
                return {
                    kind: 'waiting',
                    status: `waiting for Stakater Reloader to start a rollout (generation ${generation}, expecting ${minGeneration})`,
                };
            }
            const status = rolloutStatus(ref.kind, workload);
            if (status.state === 'failed') {
                return {
                    kind: 'failed',
                    error: new errors/* StepError */.zg('rollout', target, `${status.message.replace(/\.+$/, '')}.`, ref.kind === 'Rollout'
                        ? `Inspect it (kubectl argo rollouts -n ${ref.namespace} get rollout ${ref.name}), fix the cause and retry or abort it there; SSM and the Secret already hold the new token.`
                        : `Inspect the new pods (kubectl -n ${ref.namespace} describe ${kindWord(ref.kind)} ${ref.name}; kubectl -n ${ref.namespace} get pods); SSM and the Secret already hold the new token.`),
                };
            }
            if (status.state === 'waiting')
                return { kind: 'waiting', status: status.message };
            return { kind: 'done', result: { message: status.message, generation, observedAt: new Date() } };
        },
        whenGone: () => new errors/* StepError */.zg('rollout', target, `the ${kindWord(ref.kind)} was deleted while its rollout was in progress.`, 'Find out what deleted it; SSM and the Secret already hold the new token, so a recreated workload reads it.'),
        whenTimedOut: (last) => minGeneration !== undefined && generationSeen < minGeneration
            ? new errors/* StepError */.zg('rollout', target, `Stakater Reloader did not start a rollout within ${formatDuration(options.timeoutMs)} (generation is still ${generationSeen}, expected ${minGeneration}).`, `Check that Reloader is running${ref.kind === 'Rollout' ? ' with --is-Argo-Rollouts=true' : ''} and watches namespace ${ref.namespace}, or remove its annotation so this action restarts the workload itself.`)
            : new errors/* StepError */.zg('rollout', target, `the rollout did not finish within ${formatDuration(options.timeoutMs)}; last status: ${last ?? 'none'}.`, ref.kind === 'Rollout'
                ? `Inspect it (kubectl argo rollouts -n ${ref.namespace} status ${ref.name}; a Paused rollout waits for kubectl argo rollouts promote or resume), or raise rollout-timeout.`
                : `Inspect the pods (kubectl -n ${ref.namespace} rollout status ${kindWord(ref.kind)}/${ref.name}), or raise rollout-timeout.`),
    });
}

;// CONCATENATED MODULE: ./src/kube/discovery.ts











/** kubectl's default --chunk-size. */
const PAGE_SIZE = 500;
const discovery_whereOf = (namespaces) => namespaces === '*' ? 'every namespace' : `namespace${namespaces.length > 1 ? 's' : ''} ${namespaces.join(', ')}`;
/**
 * One list in pages of PAGE_SIZE: `limit`, then the `continue` token of each page
 * (Kubernetes API concepts, "Retrieving large results sets in chunks"). A token that has
 * expired is answered 410 Gone ("the client must ... start a new list"): the list starts
 * again, at most twice. A 403 names the verb list and the resource; undefined for a 404
 * (the resource is not served).
 */
async function listAll(cluster, scope, counter, signal) {
    const path = scope.namespace === '' ? clusterPath(scope.group, scope.version, scope.plural) : namespacedPath(scope.group, scope.version, scope.namespace, scope.plural);
    const target = scope.namespace === '' ? `${scope.resource} in every namespace` : `${scope.resource} in namespace ${scope.namespace}`;
    const purpose = { step: 'preflight', target, verb: 'list', resource: scope.resource, namespace: scope.namespace };
    for (let attempt = 0;; attempt++) {
        const items = [];
        let token;
        try {
            do {
                const query = { limit: PAGE_SIZE, ...(token ? { continue: token } : {}) };
                const page = await withRetries(cluster.tuning, { signal, doing: `list ${target}` }, (requestSignal) => listObjects(cluster, path, requestSignal, query));
                counter.pages++;
                items.push(...(page.items ?? []));
                token = page.metadata?.continue || undefined;
            } while (token !== undefined);
            return items;
        }
        catch (error) {
            const status = statusCodeOf(error);
            if (status === 410 && attempt < 2)
                continue;
            // The resource is not served (no such CRD): nothing of that kind to find.
            if (status === 404)
                return undefined;
            throw explainApiError(error, purpose, cluster.server);
        }
    }
}
const esScope = (namespace) => ({ group: ESO_GROUP, version: 'v1', plural: 'externalsecrets', resource: ESO_RESOURCE, namespace });
function factsOf(found, region) {
    const verdict = storeVerdict(found.object, found.name, region);
    const aws = found.object.spec?.provider?.aws;
    const roleAccounts = [aws?.role, ...(aws?.additionalRoles ?? [])].map(roleAccount).filter((account) => account !== undefined);
    return {
        described: found.name,
        prefix: 'prefix' in verdict ? verdict.prefix : '',
        blocker: 'blocker' in verdict ? verdict.blocker : undefined,
        roleAccounts: [...new Set(roleAccounts)],
    };
}
/**
 * Lists the ExternalSecrets of the search namespaces (one paginated list per namespace, or
 * one across all), reads each store that could matter once, and judges every item.
 */
async function discoverExternalSecrets(cluster, plan, signal) {
    const counter = { pages: 0 };
    const listed = [];
    for (const namespace of plan.namespaces === '*' ? [''] : plan.namespaces) {
        // A namespace that does not exist lists empty; a 404 means ESO's v1 API is not served.
        const items = await listAll(cluster, esScope(namespace), counter, signal);
        if (items === undefined) {
            throw new errors/* StepError */.zg('preflight', 'external-secrets: auto', `the API server does not serve ${ESO_RESOURCE} at ${ESO_GROUP}/v1, so there is no ExternalSecret to find.`, 'Install External Secrets Operator v0.16.2 or later (its v1 API), or remove auto.');
        }
        listed.push(...items);
    }
    const stores = new Map();
    const keyOf = (namespace, store) => store.kind === 'ClusterSecretStore' ? `ClusterSecretStore/${store.name}` : `${namespace}/SecretStore/${store.name}`;
    for (const item of listed) {
        const ref = { namespace: item.metadata?.namespace ?? '', name: item.metadata?.name ?? '' };
        for (const store of storesToRead(item, plan)) {
            const key = keyOf(ref.namespace, store);
            if (stores.has(key))
                continue;
            // A store that is missing or unreadable leaves the prefix unknown (''), as for named entries.
            const found = await readStore(cluster, ref, store, signal).catch((error) => {
                if (error instanceof Error && error.name === 'CancelledError')
                    throw error;
                return undefined;
            });
            stores.set(key, found ? factsOf(found, plan.region) : undefined);
        }
    }
    const refs = [];
    const found = [];
    const leftOut = [];
    for (const item of listed) {
        const ref = { namespace: item.metadata?.namespace ?? '', name: item.metadata?.name ?? '' };
        const target = (0,targets/* describeRef */.R)({ ...ref, kind: 'ExternalSecret' });
        const verdict = judgeReader(item, plan, (store) => stores.get(keyOf(ref.namespace, store)));
        if (!verdict.reads) {
            leftOut.push({ target, reason: verdict.reason });
            continue;
        }
        refs.push(ref);
        const via = verdict.clusterOwner ? [`reached through ClusterExternalSecret ${verdict.clusterOwner}`] : [];
        found.push({ target, reasons: [...verdict.reasons, ...via] });
    }
    logFindings(`ExternalSecrets reading ${plan.parameterNames.join(', ')} in ${discovery_whereOf(plan.namespaces)}`, counter.pages, found, leftOut);
    if (refs.length === 0)
        throw nothingFound('externalSecrets', plan, listed.length);
    return { refs, found, leftOut, pages: counter.pages };
}
const KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Rollout'];
/**
 * Lists the workloads of every namespace that holds a target Secret (or across all for `*`),
 * one paginated list per kind and namespace, and judges each pod template. Argo Rollouts are
 * skipped where their API is not served (404).
 */
async function discoverWorkloads(cluster, plan, externalSecrets, signal) {
    const counter = { pages: 0 };
    const secrets = new Map();
    for (const { targetSecret } of externalSecrets)
        secrets.set(targetSecret.namespace, [...(secrets.get(targetSecret.namespace) ?? []), targetSecret.name]);
    const namespaces = plan.namespaces === '*' ? [''] : [...secrets.keys()];
    const refs = [];
    const found = [];
    const leftOut = [];
    for (const namespace of namespaces) {
        const listed = new Map();
        for (const kind of KINDS) {
            const scope = {
                group: workloadGroup(kind),
                version: kind === 'Rollout' ? ARGO_ROLLOUTS.version : 'v1',
                plural: workloadPlural(kind),
                resource: workloadResource(kind),
                namespace,
            };
            // Without the Argo Rollouts API (404) there is nothing of that kind to find.
            const items = await listAll(cluster, scope, counter, signal);
            if (items !== undefined)
                listed.set(kind, items);
        }
        const deployments = listed.get('Deployment') ?? [];
        for (const [kind, items] of listed) {
            for (const item of items) {
                const ref = { kind, namespace: item.metadata?.namespace ?? namespace, name: item.metadata?.name ?? '' };
                const here = secrets.get(ref.namespace) ?? [];
                if (here.length === 0)
                    continue;
                const template = (name) => deployments.find((d) => d.metadata?.name === name && (d.metadata.namespace ?? namespace) === ref.namespace)?.spec?.template;
                const verdict = judgeWorkload(kind, item, here, template);
                if (!verdict.uses) {
                    if (verdict.unresolved)
                        leftOut.push({ target: (0,targets/* describeRef */.R)(ref), reason: verdict.unresolved });
                    continue;
                }
                const reasons = verdict.reasons.map((where) => `${where} uses Secret ${verdict.secret}`);
                found.push({ target: (0,targets/* describeRef */.R)(ref), reasons, notRestarted: verdict.notRestarted });
                if (verdict.notRestarted === undefined)
                    refs.push(ref);
            }
        }
    }
    const where = plan.namespaces === '*' ? 'every namespace' : discovery_whereOf([...secrets.keys()]);
    logFindings(`workloads using their Secrets in ${where}`, counter.pages, found, leftOut);
    if (found.length === 0)
        throw nothingFound('workloads', { ...plan, namespaces: plan.namespaces === '*' ? '*' : [...secrets.keys()] }, 0);
    return { refs, found, leftOut, pages: counter.pages };
}
/** What one search found and left out, with why, in the preflight log. */
function logFindings(what, pages, found, leftOut) {
    actions_core/* info */.pq(`auto: ${found.length} found, ${leftOut.length} left out, looking for ${what} (${pages} list request${pages === 1 ? '' : 's'})`);
    for (const item of found) {
        actions_core/* info */.pq(`  found ${item.target}: ${item.reasons.join('; ')}${item.notRestarted ? `; reported, not restarted: ${item.notRestarted}` : ''}`);
    }
    if (leftOut.length === 0)
        return;
    actions_core/* startGroup */.Oh(`auto: left out ${leftOut.length}`);
    for (const out of leftOut)
        actions_core/* info */.pq(`left out ${out.target}: ${out.reason}`);
    actions_core/* endGroup */.N4();
}
/** The whole report, for the summary. */
function discoveryReport(plan, readers, users) {
    return {
        where: discovery_whereOf(plan.namespaces),
        externalSecrets: readers?.found ?? [],
        workloads: users?.found ?? [],
        leftOut: [...(readers?.leftOut ?? []), ...(users?.leftOut ?? [])],
        pages: (readers?.pages ?? 0) + (users?.pages ?? 0),
    };
}
/** Nothing found: a rotation nobody reads is almost always a typo. */
function nothingFound(what, plan, looked) {
    const where = discovery_whereOf(plan.namespaces);
    const names = plan.parameterNames.join(', ');
    return what === 'externalSecrets'
        ? new errors/* StepError */.zg('preflight', 'external-secrets: auto', `no ExternalSecret in ${where} reads ${names} from AWS Parameter Store in ${plan.region} (${looked} looked at).`, 'Check the parameter name, aws-region and search-namespaces (the log lists what was left out and why), or name the ExternalSecrets.')
        : new errors/* StepError */.zg('preflight', 'restart: auto', `no Deployment, StatefulSet, DaemonSet or Rollout in ${where} uses the target Secrets of the ExternalSecrets.`, 'Check search-namespaces, or name the workloads in restart.');
}

;// CONCATENATED MODULE: ./src/kube/rbac-rules.ts
/**
 * Whether the rules of a SelfSubjectRulesReview allow one request, matched
 * as the RBAC authorizer matches a PolicyRule (kubernetes
 * pkg/apis/rbac/v1/evaluation_helpers.go: VerbMatches, APIGroupMatches,
 * ResourceMatches, ResourceNameMatches): `*` matches any verb, group or
 * resource; `*\/sub` matches that subresource of any resource; an empty
 * resourceNames list matches every name.
 */
const ALL = '*';
function ruleAllows(rule, request) {
    const verbs = rule.verbs ?? [];
    if (!verbs.includes(ALL) && !verbs.includes(request.verb))
        return false;
    const groups = rule.apiGroups ?? [];
    if (!groups.includes(ALL) && !groups.includes(request.group))
        return false;
    const resources = rule.resources ?? [];
    const combined = request.subresource ? `${request.resource}/${request.subresource}` : request.resource;
    const resourceMatches = resources.includes(ALL) ||
        resources.includes(combined) ||
        (request.subresource !== undefined && request.subresource !== '' && resources.includes(`*/${request.subresource}`));
    if (!resourceMatches)
        return false;
    const names = rule.resourceNames ?? [];
    return names.length === 0 || names.includes(request.name);
}
const rulesAllow = (rules, request) => rules.some((rule) => ruleAllows(rule, request));

;// CONCATENATED MODULE: ./src/kube/reloader.ts
/** Stakater Reloader's default annotation names (internal/pkg/config DefaultAnnotations). */
const RELOADER_ANNOTATIONS = {
    auto: 'reloader.stakater.com/auto',
    secretAuto: 'secret.reloader.stakater.com/auto',
    secretReload: 'secret.reloader.stakater.com/reload',
    secretExclude: 'secrets.exclude.reloader.stakater.com/reload',
    search: 'reloader.stakater.com/search',
    /** On an Argo Rollout (internal/pkg/options/flags.go RolloutStrategyAnnotation). */
    rolloutStrategy: 'reloader.stakater.com/rollout-strategy',
};
/**
 * How Reloader (started with --is-Argo-Rollouts=true; the flag name is case-sensitive, internal/pkg/util/util.go) restarts an Argo
 * Rollout (internal/pkg/callbacks UpdateRollout, options ToArgoRolloutStrategy):
 * `restart` merge-patches spec.restartAt; any other value, or none, is
 * `rollout`: it updates the pod template. Both raise metadata.generation by
 * one, so the wait for generation + 1 holds for either.
 */
function reloaderRolloutStrategy(workload) {
    return workload.metadata?.annotations?.[RELOADER_ANNOTATIONS.rolloutStrategy] === 'restart' ? 'restart' : 'rollout';
}
/**
 * Whether Stakater Reloader restarts this workload when one of `secretNames`
 * changes, following Reloader's matcher: annotations on the workload win over
 * those on the pod template; an exclude list beats everything; an explicit
 * `secret.reloader.stakater.com/reload` list (entries are anchored regular
 * expressions) matches by name; the `auto` annotations match only Secrets the
 * pods actually use. Search/match is not detected: it depends on an
 * annotation on the Secret, which we do not read.
 */
function reloaderManagement(workload, secretNames) {
    const annotations = selectAnnotations(workload);
    for (const secret of secretNames) {
        if (listed(annotations[RELOADER_ANNOTATIONS.secretExclude], secret, false))
            continue;
        const explicit = annotations[RELOADER_ANNOTATIONS.secretReload];
        if (listed(explicit, secret, true)) {
            return { secret, annotation: `${RELOADER_ANNOTATIONS.secretReload}=${explicit ?? ''}` };
        }
        const autoKey = [RELOADER_ANNOTATIONS.auto, RELOADER_ANNOTATIONS.secretAuto].find((key) => annotations[key] === 'true');
        if (autoKey && podTemplateUsesSecret(workload.spec?.template, secret)) {
            return { secret, annotation: `${autoKey}=true` };
        }
    }
    return undefined;
}
function selectAnnotations(workload) {
    const own = workload.metadata?.annotations ?? {};
    const pod = workload.spec?.template?.metadata?.annotations ?? {};
    const relevant = (candidate) => [RELOADER_ANNOTATIONS.secretReload, RELOADER_ANNOTATIONS.search, RELOADER_ANNOTATIONS.auto, RELOADER_ANNOTATIONS.secretAuto].some((key) => key in candidate);
    if (relevant(own))
        return own;
    if (relevant(pod))
        return pod;
    return own;
}
function listed(list, name, asPatterns) {
    if (!list)
        return false;
    return list
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '')
        .some((entry) => {
        if (!asPatterns)
            return entry === name;
        try {
            return new RegExp(`^${entry}$`).test(name);
        }
        catch {
            return entry === name;
        }
    });
}
/** Whether the pods read the Secret: env, envFrom, a secret volume or a projected one. */
function podTemplateUsesSecret(template, secret) {
    const spec = template?.spec;
    if (!spec)
        return false;
    const containers = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
    const inContainers = containers.some((container) => (container.env ?? []).some((variable) => variable.valueFrom?.secretKeyRef?.name === secret) ||
        (container.envFrom ?? []).some((source) => source.secretRef?.name === secret));
    const inVolumes = (spec.volumes ?? []).some((volume) => volume.secret?.secretName === secret || (volume.projected?.sources ?? []).some((source) => source.secret?.name === secret));
    return inContainers || inVolumes;
}

// EXTERNAL MODULE: ./src/token.ts
var token = __webpack_require__(4606);
;// CONCATENATED MODULE: ./src/kube/secrets.ts





const secretTarget = (ref) => (0,targets/* describeRef */.R)({ ...ref, kind: 'Secret' });
const secretPath = (ref) => namespacedPath('', 'v1', ref.namespace, 'secrets', ref.name);
/**
 * Checks that the Secret's `key` holds the new token by comparing
 * fingerprints. The value is decoded only to be hashed; it is never printed,
 * returned or put in an error.
 */
async function verifySecretKey(cluster, secret, key, expectedFingerprint, options = {}) {
    const target = secretTarget(secret);
    const found = await callApi(cluster.tuning, cluster.server, {
        step: 'verify',
        target,
        verb: 'get',
        resource: 'secrets',
        namespace: secret.namespace,
        missing: `the Secret ${secret.namespace}/${secret.name} does not exist.`,
        missingNext: "External Secrets Operator has not created it: check the ExternalSecret's spec.target and its events.",
    }, options.signal, (requestSignal) => getObject(cluster, secretPath(secret), requestSignal));
    const encoded = found.data?.[key];
    if (encoded === undefined) {
        const keys = Object.keys(found.data ?? {});
        throw new errors/* StepError */.zg('verify', target, `the Secret has no key "${key}" (its keys: ${keys.length > 0 ? keys.join(', ') : 'none'}).`, 'Set verify-secret-key to the key the ExternalSecret writes (spec.data[].secretKey), or fix the ExternalSecret.');
    }
    const actual = (0,token/* fingerprint */.Rj)(Buffer.from(encoded, 'base64').toString('utf8'));
    if (actual !== expectedFingerprint) {
        throw new errors/* StepError */.zg('verify', target, `key "${key}" holds a value with fingerprint ${actual} but the new token's is ${expectedFingerprint}.`, 'External Secrets Operator synced another value: check that the ExternalSecret reads this parameter (remoteRef.key) without a pinned version.');
    }
    actions_core/* info */.pq(`${target}: key "${key}" holds the new token (${actual})`);
}
/**
 * The fingerprint of the Secret's `key`, or undefined when the Secret or the
 * key is missing or cannot be read. The value is decoded only to be hashed.
 */
async function secretKeyFingerprint(cluster, secret, key, signal) {
    try {
        const found = await withRetries(cluster.tuning, { signal, doing: `reading ${secretTarget(secret)}` }, (requestSignal) => getObject(cluster, secretPath(secret), requestSignal));
        const encoded = found.data?.[key];
        return encoded === undefined ? undefined : (0,token/* fingerprint */.Rj)(Buffer.from(encoded, 'base64').toString('utf8'));
    }
    catch (error) {
        if (error instanceof Error && error.name === 'CancelledError')
            throw error;
        return undefined;
    }
}
/**
 * Confirms the credentials may read the Secret (`get secrets`) and returns
 * what preflight judges: its owner references and `immutable`. `immutable` is
 * a top-level field of a Secret, which PartialObjectMetadata leaves out, so
 * the whole object is read; its data is dropped here unread. Returns
 * undefined when the Secret does not exist yet (ESO creates it on the first sync).
 */
async function checkSecretReadable(cluster, secret, signal) {
    const target = secretTarget(secret);
    try {
        const found = await withRetries(cluster.tuning, { signal, doing: `reading ${target}` }, (requestSignal) => getObject(cluster, secretPath(secret), requestSignal));
        return { ownerReferences: found.metadata?.ownerReferences ?? [], immutable: found.immutable === true };
    }
    catch (error) {
        if (statusCodeOf(error) === 404) {
            actions_core/* info */.pq(`${target}: does not exist yet; External Secrets Operator creates it on sync`);
            return undefined;
        }
        throw explainApiError(error, { step: 'preflight', target, verb: 'get', resource: 'secrets', namespace: secret.namespace }, cluster.server);
    }
}

;// CONCATENATED MODULE: ./src/kube/preflight.ts














/**
 * Read-only checks before anything is written: every ExternalSecret exists at
 * external-secrets.io/v1 and lets a forced sync happen; every workload exists,
 * is not paused and can be rolled; the target Secrets are readable when the
 * run verifies them; and (where the API server answers
 * SelfSubjectRulesReviews or SelfSubjectAccessReviews) the credentials hold the
 * verbs the later steps need.
 */
async function preflightCluster(cluster, plan, options = {}) {
    const { signal } = options;
    const externalSecrets = [];
    const { discovery } = plan;
    const readers = discovery?.externalSecrets ? await discoverExternalSecrets(cluster, discovery, signal) : undefined;
    for (const { ref, viaCluster } of await expandEntries(cluster, [...plan.externalSecrets, ...(readers?.refs ?? [])], signal)) {
        const record = await inspectExternalSecret(cluster, ref, plan.checks, plan.verifySecretKey, signal);
        if (viaCluster !== undefined && record.clusterOwner !== viaCluster) {
            throw new errors/* StepError */.zg('preflight', (0,targets/* describeRef */.R)({ ...ref, kind: 'ExternalSecret' }), `the ClusterExternalSecret ${viaCluster} lists namespace ${ref.namespace}, but this ExternalSecret is not controlled by it.`, 'Remove or rename the ExternalSecret that is in the way, then let the ClusterExternalSecret provision it.');
        }
        externalSecrets.push(record);
        actions_core/* info */.pq(`${(0,targets/* describeRef */.R)({ ...ref, kind: 'ExternalSecret' })}: writes Secret ${record.targetSecret.name}, refreshPolicy ${record.refreshPolicy}` +
            `${record.refreshInterval ? `, refreshInterval ${record.refreshInterval}` : ''}, syncedResourceVersion ${record.syncedResourceVersion || 'empty'}` +
            (record.clusterOwner ? `, forced through ClusterExternalSecret ${record.clusterOwner}` : ''));
        if (record.ready?.status === 'False') {
            // ESO's condition message is server text: it goes through the scrubber.
            (0,scrub/* sayWarning */.Oc)(`${(0,targets/* describeRef */.R)({ ...ref, kind: 'ExternalSecret' })} is already failing (${record.ready.reason}: ${record.ready.message}); the forced sync may fail too.`);
        }
    }
    const workloads = [];
    const users = discovery?.restart ? await discoverWorkloads(cluster, discovery, externalSecrets, signal) : undefined;
    const named = (ref) => plan.restart.some((r) => r.kind === ref.kind && r.namespace === ref.namespace && r.name === ref.name);
    for (const ref of [...plan.restart, ...(users?.refs ?? []).filter((ref) => !named(ref))]) {
        const workload = await readWorkload(cluster, ref, 'preflight', signal);
        const target = (0,targets/* describeRef */.R)(ref);
        if (ref.kind === 'Deployment' && workload.spec?.paused === true) {
            throw new errors/* StepError */.zg('preflight', target, 'the deployment is paused (spec.paused: true), so a restart would not roll out.', `Resume it (kubectl -n ${ref.namespace} rollout resume deployment/${ref.name}) or remove it from the restart input.`);
        }
        if (ref.kind === 'Rollout' && workload.spec?.paused === true) {
            throw new errors/* StepError */.zg('preflight', target, 'the rollout is paused (spec.paused: true), so a restart would not finish.', `Resume it (kubectl argo rollouts -n ${ref.namespace} resume ${ref.name}) or remove it from the restart input.`);
        }
        const strategy = workload.spec?.updateStrategy?.type;
        if (ref.kind !== 'Deployment' && strategy === 'OnDelete') {
            throw new errors/* StepError */.zg('preflight', target, `the ${ref.kind.toLowerCase()} uses the OnDelete update strategy, so changing its pod template restarts no pod.`, 'Switch it to RollingUpdate, or remove it from the restart input and delete its pods yourself.');
        }
        const secretsHere = externalSecrets.filter((record) => record.targetSecret.namespace === ref.namespace).map((record) => record.targetSecret.name);
        const reloader = reloaderManagement(workload, secretsHere);
        const generation = workload.metadata?.generation ?? 0;
        workloads.push({ ref, generation, reloaderManaged: reloader !== undefined, reloader });
        const reloaderStrategy = ref.kind === 'Rollout' && reloader ? `, rollout-strategy ${reloaderRolloutStrategy(workload)}` : '';
        actions_core/* info */.pq(`${target}: generation ${generation}${reloader ? `, restarted by Stakater Reloader (${reloader.annotation}${reloaderStrategy}) when Secret ${reloader.secret} changes` : ''}`);
    }
    // The owners are read to prove `get` and that they exist; the force-sync goes to them.
    for (const owner of new Set(externalSecrets.flatMap((record) => (record.clusterOwner ? [record.clusterOwner] : [])))) {
        await readClusterExternalSecret(cluster, owner, 'preflight', signal);
    }
    const readableSecrets = [];
    if (plan.verifySecretKey) {
        for (const record of externalSecrets) {
            const secret = record.targetSecret;
            const metadata = await checkSecretReadable(cluster, secret, signal);
            const blocker = targetSecretBlocker({ spec: { target: { creationPolicy: record.creationPolicy ?? 'Owner' } } }, record.ref.name, secret.name, metadata);
            if (blocker)
                throw new errors/* StepError */.zg('preflight', (0,targets/* describeRef */.R)({ ...record.ref, kind: 'ExternalSecret' }), blocker.reason, blocker.next);
            if (metadata && !readableSecrets.some((known) => known.namespace === secret.namespace && known.name === secret.name))
                readableSecrets.push(secret);
        }
    }
    if (cluster.tuning.checkAccess) {
        await checkAccess(cluster, accessNeeded(externalSecrets, workloads), signal);
    }
    return {
        externalSecrets,
        workloads,
        readableSecrets,
        beforeWrite: plan.beforeWrite === true,
        ...(discovery ? { discovery: discoveryReport(discovery, readers, users) } : {}),
    };
}
/** The write and watch verbs later steps use; the reads above already proved `get`. */
function accessNeeded(externalSecrets, workloads) {
    const needs = [];
    for (const owner of new Set(externalSecrets.flatMap((record) => (record.clusterOwner ? [record.clusterOwner] : [])))) {
        needs.push({
            purpose: { step: 'preflight', target: cesTarget(owner), verb: 'patch', resource: CES_RESOURCE, namespace: '' },
            group: ESO_GROUP,
            plural: 'clusterexternalsecrets',
            name: owner,
        });
    }
    for (const { ref, clusterOwner } of externalSecrets) {
        const target = (0,targets/* describeRef */.R)({ ...ref, kind: 'ExternalSecret' });
        // One a ClusterExternalSecret controls is forced through its owner: only watched here.
        for (const verb of clusterOwner ? ['watch'] : ['patch', 'watch']) {
            needs.push({
                purpose: { step: 'preflight', target, verb, resource: ESO_RESOURCE, namespace: ref.namespace },
                group: ESO_GROUP,
                plural: 'externalsecrets',
                name: ref.name,
            });
        }
    }
    for (const { ref, reloader } of workloads) {
        const verbs = reloader ? ['watch'] : ['patch', 'watch'];
        for (const verb of verbs) {
            needs.push({
                purpose: { step: 'preflight', target: (0,targets/* describeRef */.R)(ref), verb, resource: workloadResource(ref.kind), namespace: ref.namespace },
                group: workloadGroup(ref.kind),
                plural: workloadPlural(ref.kind),
                name: ref.name,
            });
        }
    }
    return needs;
}
const REVIEWS = '/apis/authorization.k8s.io/v1';
/**
 * Asks the API server whether the credentials may do what the later steps
 * will do, so a missing verb fails here, before SSM is written: one
 * SelfSubjectRulesReview per namespace answers every verb in it. Rules are
 * additive, so a rule that allows a verb proves it even when the review is
 * `incomplete` (another authorizer, e.g. a webhook, also decides); a verb no
 * rule allows is only proven missing when the review is complete, and is
 * otherwise asked with a SelfSubjectAccessReview. Creating either review
 * stores nothing. A server that answers neither is not an error: the steps
 * themselves still name a missing verb.
 */
async function checkAccess(cluster, needs, signal) {
    const namespaces = [...new Set(needs.map((need) => need.purpose.namespace))];
    for (const namespace of namespaces) {
        const here = needs.filter((need) => need.purpose.namespace === namespace);
        let review;
        // A SelfSubjectRulesReview needs a namespace (pkg/registry/authorization/selfsubjectrulesreview/rest.go
        // answers 400 "no namespace on request"): cluster-scoped needs go straight to SelfSubjectAccessReviews.
        if (namespace !== '')
            try {
                review = await withRetries(cluster.tuning, { signal, doing: 'checking RBAC' }, (requestSignal) => createObject(cluster, `${REVIEWS}/selfsubjectrulesreviews`, { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectRulesReview', spec: { namespace } }, requestSignal));
            }
            catch (error) {
                if (error instanceof Error && error.name === 'CancelledError')
                    throw error;
                actions_core/* debug */.Yz(`SelfSubjectRulesReview unavailable (${describe(error)}); asking SelfSubjectAccessReviews`);
            }
        const rules = review?.status?.resourceRules ?? [];
        const complete = review !== undefined && review.status?.incomplete !== true;
        for (const need of here) {
            const request = { verb: need.purpose.verb, group: need.group, resource: need.plural, name: need.name };
            if (rulesAllow(rules, request))
                continue;
            if (complete)
                throw missingVerbError(need.purpose);
            const allowed = await accessReview(cluster, need, signal);
            if (allowed === undefined)
                return;
            if (!allowed)
                throw missingVerbError(need.purpose);
        }
    }
}
/** A SelfSubjectAccessReview for one verb; `undefined` when the server does not answer them. */
async function accessReview(cluster, need, signal) {
    try {
        const review = await withRetries(cluster.tuning, { signal, doing: 'checking RBAC' }, (requestSignal) => createObject(cluster, `${REVIEWS}/selfsubjectaccessreviews`, {
            apiVersion: 'authorization.k8s.io/v1',
            kind: 'SelfSubjectAccessReview',
            spec: {
                resourceAttributes: {
                    namespace: need.purpose.namespace,
                    verb: need.purpose.verb,
                    group: need.group,
                    resource: need.plural,
                    name: need.name,
                },
            },
        }, requestSignal));
        return review.status?.allowed === true;
    }
    catch (error) {
        if (error instanceof Error && error.name === 'CancelledError')
            throw error;
        actions_core/* debug */.Yz(`RBAC self-check unavailable (${describe(error)}); skipping it`);
        return undefined;
    }
}
const describe = (error) => (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));

;// CONCATENATED MODULE: ./src/kube/index.ts
/**
 * The Kubernetes side of a rotation: connect, preflight, force the ESO sync
 * and wait for it, verify the Secret, restart workloads and wait for their
 * rollouts. Loaded with a dynamic import() only when the gate is used, so an
 * SSM-only run never loads @kubernetes/client-node.
 */









/***/ }),

/***/ 1600:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var __create=Object.create;var __defProp=Object.defineProperty;var __getOwnPropDesc=Object.getOwnPropertyDescriptor;var __getOwnPropNames=Object.getOwnPropertyNames;var __getProtoOf=Object.getPrototypeOf,__hasOwnProp=Object.prototype.hasOwnProperty;var __commonJS=(cb,mod2)=>function(){try{return mod2||(0,cb[__getOwnPropNames(cb)[0]])((mod2={exports:{}}).exports,mod2),mod2.exports}catch(e2){throw mod2=0,e2}};var __export=(target,all)=>{for(var name in all)__defProp(target,name,{get:all[name],enumerable:!0})},__copyProps=(to,from2,except,desc)=>{if(from2&&typeof from2=="object"||typeof from2=="function")for(let key of __getOwnPropNames(from2))!__hasOwnProp.call(to,key)&&key!==except&&__defProp(to,key,{get:()=>from2[key],enumerable:!(desc=__getOwnPropDesc(from2,key))||desc.enumerable});return to};var __toESM=(mod2,isNodeMode,target)=>(target=mod2!=null?__create(__getProtoOf(mod2)):{},__copyProps(isNodeMode||!mod2||!mod2.__esModule?__defProp(target,"default",{value:mod2,enumerable:!0}):target,mod2)),__toCommonJS=mod2=>__copyProps(__defProp({},"__esModule",{value:!0}),mod2);var require_utils=__commonJS({"node_modules/smart-buffer/build/utils.js"(exports2){"use strict";Object.defineProperty(exports2,"__esModule",{value:!0});var buffer_1=__webpack_require__(181),ERRORS={INVALID_ENCODING:"Invalid encoding provided. Please specify a valid encoding the internal Node.js Buffer supports.",INVALID_SMARTBUFFER_SIZE:"Invalid size provided. Size must be a valid integer greater than zero.",INVALID_SMARTBUFFER_BUFFER:"Invalid Buffer provided in SmartBufferOptions.",INVALID_SMARTBUFFER_OBJECT:"Invalid SmartBufferOptions object supplied to SmartBuffer constructor or factory methods.",INVALID_OFFSET:"An invalid offset value was provided.",INVALID_OFFSET_NON_NUMBER:"An invalid offset value was provided. A numeric value is required.",INVALID_LENGTH:"An invalid length value was provided.",INVALID_LENGTH_NON_NUMBER:"An invalid length value was provived. A numeric value is required.",INVALID_TARGET_OFFSET:"Target offset is beyond the bounds of the internal SmartBuffer data.",INVALID_TARGET_LENGTH:"Specified length value moves cursor beyong the bounds of the internal SmartBuffer data.",INVALID_READ_BEYOND_BOUNDS:"Attempted to read beyond the bounds of the managed data.",INVALID_WRITE_BEYOND_BOUNDS:"Attempted to write beyond the bounds of the managed data."};exports2.ERRORS=ERRORS;function checkEncoding(encoding){if(!buffer_1.Buffer.isEncoding(encoding))throw new Error(ERRORS.INVALID_ENCODING)}exports2.checkEncoding=checkEncoding;function isFiniteInteger(value){return typeof value=="number"&&isFinite(value)&&isInteger(value)}exports2.isFiniteInteger=isFiniteInteger;function checkOffsetOrLengthValue(value,offset){if(typeof value=="number"){if(!isFiniteInteger(value)||value<0)throw new Error(offset?ERRORS.INVALID_OFFSET:ERRORS.INVALID_LENGTH)}else throw new Error(offset?ERRORS.INVALID_OFFSET_NON_NUMBER:ERRORS.INVALID_LENGTH_NON_NUMBER)}function checkLengthValue(length){checkOffsetOrLengthValue(length,!1)}exports2.checkLengthValue=checkLengthValue;function checkOffsetValue(offset){checkOffsetOrLengthValue(offset,!0)}exports2.checkOffsetValue=checkOffsetValue;function checkTargetOffset(offset,buff){if(offset<0||offset>buff.length)throw new Error(ERRORS.INVALID_TARGET_OFFSET)}exports2.checkTargetOffset=checkTargetOffset;function isInteger(value){return typeof value=="number"&&isFinite(value)&&Math.floor(value)===value}function bigIntAndBufferInt64Check(bufferMethod){if(typeof BigInt>"u")throw new Error("Platform does not support JS BigInt type.");if(typeof buffer_1.Buffer.prototype[bufferMethod]>"u")throw new Error(`Platform does not support Buffer.prototype.${bufferMethod}.`)}exports2.bigIntAndBufferInt64Check=bigIntAndBufferInt64Check}});var require_smartbuffer=__commonJS({"node_modules/smart-buffer/build/smartbuffer.js"(exports2){"use strict";Object.defineProperty(exports2,"__esModule",{value:!0});var utils_1=require_utils(),DEFAULT_SMARTBUFFER_SIZE=4096,DEFAULT_SMARTBUFFER_ENCODING="utf8",SmartBuffer=class _SmartBuffer{constructor(options){if(this.length=0,this._encoding=DEFAULT_SMARTBUFFER_ENCODING,this._writeOffset=0,this._readOffset=0,_SmartBuffer.isSmartBufferOptions(options))if(options.encoding&&(utils_1.checkEncoding(options.encoding),this._encoding=options.encoding),options.size)if(utils_1.isFiniteInteger(options.size)&&options.size>0)this._buff=Buffer.allocUnsafe(options.size);else throw new Error(utils_1.ERRORS.INVALID_SMARTBUFFER_SIZE);else if(options.buff)if(Buffer.isBuffer(options.buff))this._buff=options.buff,this.length=options.buff.length;else throw new Error(utils_1.ERRORS.INVALID_SMARTBUFFER_BUFFER);else this._buff=Buffer.allocUnsafe(DEFAULT_SMARTBUFFER_SIZE);else{if(typeof options<"u")throw new Error(utils_1.ERRORS.INVALID_SMARTBUFFER_OBJECT);this._buff=Buffer.allocUnsafe(DEFAULT_SMARTBUFFER_SIZE)}}static fromSize(size,encoding){return new this({size,encoding})}static fromBuffer(buff,encoding){return new this({buff,encoding})}static fromOptions(options){return new this(options)}static isSmartBufferOptions(options){let castOptions=options;return castOptions&&(castOptions.encoding!==void 0||castOptions.size!==void 0||castOptions.buff!==void 0)}readInt8(offset){return this._readNumberValue(Buffer.prototype.readInt8,1,offset)}readInt16BE(offset){return this._readNumberValue(Buffer.prototype.readInt16BE,2,offset)}readInt16LE(offset){return this._readNumberValue(Buffer.prototype.readInt16LE,2,offset)}readInt32BE(offset){return this._readNumberValue(Buffer.prototype.readInt32BE,4,offset)}readInt32LE(offset){return this._readNumberValue(Buffer.prototype.readInt32LE,4,offset)}readBigInt64BE(offset){return utils_1.bigIntAndBufferInt64Check("readBigInt64BE"),this._readNumberValue(Buffer.prototype.readBigInt64BE,8,offset)}readBigInt64LE(offset){return utils_1.bigIntAndBufferInt64Check("readBigInt64LE"),this._readNumberValue(Buffer.prototype.readBigInt64LE,8,offset)}writeInt8(value,offset){return this._writeNumberValue(Buffer.prototype.writeInt8,1,value,offset),this}insertInt8(value,offset){return this._insertNumberValue(Buffer.prototype.writeInt8,1,value,offset)}writeInt16BE(value,offset){return this._writeNumberValue(Buffer.prototype.writeInt16BE,2,value,offset)}insertInt16BE(value,offset){return this._insertNumberValue(Buffer.prototype.writeInt16BE,2,value,offset)}writeInt16LE(value,offset){return this._writeNumberValue(Buffer.prototype.writeInt16LE,2,value,offset)}insertInt16LE(value,offset){return this._insertNumberValue(Buffer.prototype.writeInt16LE,2,value,offset)}writeInt32BE(value,offset){return this._writeNumberValue(Buffer.prototype.writeInt32BE,4,value,offset)}insertInt32BE(value,offset){return this._insertNumberValue(Buffer.prototype.writeInt32BE,4,value,offset)}writeInt32LE(value,offset){return this._writeNumberValue(Buffer.prototype.writeInt32LE,4,value,offset)}insertInt32LE(value,offset){return this._insertNumberValue(Buffer.prototype.writeInt32LE,4,value,offset)}writeBigInt64BE(value,offset){return utils_1.bigIntAndBufferInt64Check("writeBigInt64BE"),this._writeNumberValue(Buffer.prototype.writeBigInt64BE,8,value,offset)}insertBigInt64BE(value,offset){return utils_1.bigIntAndBufferInt64Check("writeBigInt64BE"),this._insertNumberValue(Buffer.prototype.writeBigInt64BE,8,value,offset)}writeBigInt64LE(value,offset){return utils_1.bigIntAndBufferInt64Check("writeBigInt64LE"),this._writeNumberValue(Buffer.prototype.writeBigInt64LE,8,value,offset)}insertBigInt64LE(value,offset){return utils_1.bigIntAndBufferInt64Check("writeBigInt64LE"),this._insertNumberValue(Buffer.prototype.writeBigInt64LE,8,value,offset)}readUInt8(offset){return this._readNumberValue(Buffer.prototype.readUInt8,1,offset)}readUInt16BE(offset){return this._readNumberValue(Buffer.prototype.readUInt16BE,2,offset)}readUInt16LE(offset){return this._readNumberValue(Buffer.prototype.readUInt16LE,2,offset)}readUInt32BE(offset){return this._readNumberValue(Buffer.prototype.readUInt32BE,4,offset)}readUInt32LE(offset){return this._readNumberValue(Buffer.prototype.readUInt32LE,4,offset)}readBigUInt64BE(offset){return utils_1.bigIntAndBufferInt64Check("readBigUInt64BE"),this._readNumberValue(Buffer.prototype.readBigUInt64BE,8,offset)}readBigUInt64LE(offset){return utils_1.bigIntAndBufferInt64Check("readBigUInt64LE"),this._readNumberValue(Buffer.prototype.readBigUInt64LE,8,offset)}writeUInt8(value,offset){return this._writeNumberValue(Buffer.prototype.writeUInt8,1,value,offset)}insertUInt8(value,offset){return this._insertNumberValue(Buffer.prototype.writeUInt8,1,value,offset)}writeUInt16BE(value,offset){return this._writeNumberValue(Buffer.prototype.writeUInt16BE,2,value,offset)}insertUInt16BE(value,offset){return this._insertNumberValue(Buffer.prototype.writeUInt16BE,2,value,offset)}writeUInt16LE(value,offset){return this._writeNumberValue(Buffer.prototype.writeUInt16LE,2,value,offset)}insertUInt16LE(value,offset){return this._insertNumberValue(Buffer.prototype.writeUInt16LE,2,value,offset)}writeUInt32BE(value,offset){return this._writeNumberValue(Buffer.prototype.writeUInt32BE,4,value,offset)}insertUInt32BE(value,offset){return this._insertNumberValue(Buffer.prototype.writeUInt32BE,4,value,offset)}writeUInt32LE(value,offset){return this._writeNumberValue(Buffer.prototype.writeUInt32LE,4,value,offset)}insertUInt32LE(value,offset){return this._insertNumberValue(Buffer.prototype.writeUInt32LE,4,value,offset)}writeBigUInt64BE(value,offset){return utils_1.bigIntAndBufferInt64Check("writeBigUInt64BE"),this._writeNumberValue(Buffer.prototype.writeBigUInt64BE,8,value,offset)}insertBigUInt64BE(value,offset){return utils_1.bigIntAndBufferInt64Check("writeBigUInt64BE"),this._insertNumberValue(Buffer.prototype.writeBigUInt64BE,8,value,offset)}writeBigUInt64LE(value,offset){return utils_1.bigIntAndBufferInt64Check("writeBigUInt64LE"),this._writeNumberValue(Buffer.prototype.writeBigUInt64LE,8,value,offset)}insertBigUInt64LE(value,offset){return utils_1.bigIntAndBufferInt64Check("writeBigUInt64LE"),this._insertNumberValue(Buffer.prototype.writeBigUInt64LE,8,value,offset)}readFloatBE(offset){return this._readNumberValue(Buffer.prototype.readFloatBE,4,offset)}readFloatLE(offset){return this._readNumberValue(Buffer.prototype.readFloatLE,4,offset)}writeFloatBE(value,offset){return this._writeNumberValue(Buffer.prototype.writeFloatBE,4,value,offset)}insertFloatBE(value,offset){return this._insertNumberValue(Buffer.prototype.writeFloatBE,4,value,offset)}writeFloatLE(value,offset){return this._writeNumberValue(Buffer.prototype.writeFloatLE,4,value,offset)}insertFloatLE(value,offset){return this._insertNumberValue(Buffer.prototype.writeFloatLE,4,value,offset)}readDoubleBE(offset){return this._readNumberValue(Buffer.prototype.readDoubleBE,8,offset)}readDoubleLE(offset){return this._readNumberValue(Buffer.prototype.readDoubleLE,8,offset)}writeDoubleBE(value,offset){return this._writeNumberValue(Buffer.prototype.writeDoubleBE,8,value,offset)}insertDoubleBE(value,offset){return this._insertNumberValue(Buffer.prototype.writeDoubleBE,8,value,offset)}writeDoubleLE(value,offset){return this._writeNumberValue(Buffer.prototype.writeDoubleLE,8,value,offset)}insertDoubleLE(value,offset){return this._insertNumberValue(Buffer.prototype.writeDoubleLE,8,value,offset)}readString(arg1,encoding){let lengthVal;typeof arg1=="number"?(utils_1.checkLengthValue(arg1),lengthVal=Math.min(arg1,this.length-this._readOffset)):(encoding=arg1,lengthVal=this.length-this._readOffset),typeof encoding<"u"&&utils_1.checkEncoding(encoding);let value=this._buff.slice(this._readOffset,this._readOffset+lengthVal).toString(encoding||this._encoding);return this._readOffset+=lengthVal,value}insertString(value,offset,encoding){return utils_1.checkOffsetValue(offset),this._handleString(value,!0,offset,encoding)}writeString(value,arg2,encoding){return this._handleString(value,!1,arg2,encoding)}readStringNT(encoding){typeof encoding<"u"&&utils_1.checkEncoding(encoding);let nullPos=this.length;for(let i=this._readOffset;i<this.length;i++)if(this._buff[i]===0){nullPos=i;break}let value=this._buff.slice(this._readOffset,nullPos);return this._readOffset=nullPos+1,value.toString(encoding||this._encoding)}insertStringNT(value,offset,encoding){return utils_1.checkOffsetValue(offset),this.insertString(value,offset,encoding),this.insertUInt8(0,offset+value.length),this}writeStringNT(value,arg2,encoding){return this.writeString(value,arg2,encoding),this.writeUInt8(0,typeof arg2=="number"?arg2+value.length:this.writeOffset),this}readBuffer(length){typeof length<"u"&&utils_1.checkLengthValue(length);let lengthVal=typeof length=="number"?length:this.length,endPoint=Math.min(this.length,this._readOffset+lengthVal),value=this._buff.slice(this._readOffset,endPoint);return this._readOffset=endPoint,value}insertBuffer(value,offset){return utils_1.checkOffsetValue(offset),this._handleBuffer(value,!0,offset)}writeBuffer(value,offset){return this._handleBuffer(value,!1,offset)}readBufferNT(){let nullPos=this.length;for(let i=this._readOffset;i<this.length;i++)if(this._buff[i]===0){nullPos=i;break}let value=this._buff.slice(this._readOffset,nullPos);return this._readOffset=nullPos+1,value}insertBufferNT(value,offset){return utils_1.checkOffsetValue(offset),this.insertBuffer(value,offset),this.insertUInt8(0,offset+value.length),this}writeBufferNT(value,offset){return typeof offset<"u"&&utils_1.checkOffsetValue(offset),this.writeBuffer(value,offset),this.writeUInt8(0,typeof offset=="number"?offset+value.length:this._writeOffset),this}clear(){return this._writeOffset=0,this._readOffset=0,this.length=0,this}remaining(){return this.length-this._readOffset}get readOffset(){return this._readOffset}set readOffset(offset){utils_1.checkOffsetValue(offset),utils_1.checkTargetOffset(offset,this),this._readOffset=offset}get writeOffset(){return this._writeOffset}set writeOffset(offset){utils_1.checkOffsetValue(offset),utils_1.checkTargetOffset(offset,this),this._writeOffset=offset}get encoding(){return this._encoding}set encoding(encoding){utils_1.checkEncoding(encoding),this._encoding=encoding}get internalBuffer(){return this._buff}toBuffer(){return this._buff.slice(0,this.length)}toString(encoding){let encodingVal=typeof encoding=="string"?encoding:this._encoding;return utils_1.checkEncoding(encodingVal),this._buff.toString(encodingVal,0,this.length)}destroy(){return this.clear(),this}_handleString(value,isInsert,arg3,encoding){let offsetVal=this._writeOffset,encodingVal=this._encoding;typeof arg3=="number"?offsetVal=arg3:typeof arg3=="string"&&(utils_1.checkEncoding(arg3),encodingVal=arg3),typeof encoding=="string"&&(utils_1.checkEncoding(encoding),encodingVal=encoding);let byteLength=Buffer.byteLength(value,encodingVal);return isInsert?this.ensureInsertable(byteLength,offsetVal):this._ensureWriteable(byteLength,offsetVal),this._buff.write(value,offsetVal,byteLength,encodingVal),isInsert?this._writeOffset+=byteLength:typeof arg3=="number"?this._writeOffset=Math.max(this._writeOffset,offsetVal+byteLength):this._writeOffset+=byteLength,this}_handleBuffer(value,isInsert,offset){let offsetVal=typeof offset=="number"?offset:this._writeOffset;return isInsert?this.ensureInsertable(value.length,offsetVal):this._ensureWriteable(value.length,offsetVal),value.copy(this._buff,offsetVal),isInsert?this._writeOffset+=value.length:typeof offset=="number"?this._writeOffset=Math.max(this._writeOffset,offsetVal+value.length):this._writeOffset+=value.length,this}ensureReadable(length,offset){let offsetVal=this._readOffset;if(typeof offset<"u"&&(utils_1.checkOffsetValue(offset),offsetVal=offset),offsetVal<0||offsetVal+length>this.length)throw new Error(utils_1.ERRORS.INVALID_READ_BEYOND_BOUNDS)}ensureInsertable(dataLength,offset){utils_1.checkOffsetValue(offset),this._ensureCapacity(this.length+dataLength),offset<this.length&&this._buff.copy(this._buff,offset+dataLength,offset,this._buff.length),offset+dataLength>this.length?this.length=offset+dataLength:this.length+=dataLength}_ensureWriteable(dataLength,offset){let offsetVal=typeof offset=="number"?offset:this._writeOffset;this._ensureCapacity(offsetVal+dataLength),offsetVal+dataLength>this.length&&(this.length=offsetVal+dataLength)}_ensureCapacity(minLength){let oldLength=this._buff.length;if(minLength>oldLength){let data=this._buff,newLength=oldLength*3/2+1;newLength<minLength&&(newLength=minLength),this._buff=Buffer.allocUnsafe(newLength),data.copy(this._buff,0,0,oldLength)}}_readNumberValue(func,byteSize,offset){this.ensureReadable(byteSize,offset);let value=func.call(this._buff,typeof offset=="number"?offset:this._readOffset);return typeof offset>"u"&&(this._readOffset+=byteSize),value}_insertNumberValue(func,byteSize,value,offset){return utils_1.checkOffsetValue(offset),this.ensureInsertable(byteSize,offset),func.call(this._buff,value,offset),this._writeOffset+=byteSize,this}_writeNumberValue(func,byteSize,value,offset){if(typeof offset=="number"){if(offset<0)throw new Error(utils_1.ERRORS.INVALID_WRITE_BEYOND_BOUNDS);utils_1.checkOffsetValue(offset)}let offsetVal=typeof offset=="number"?offset:this._writeOffset;return this._ensureWriteable(byteSize,offsetVal),func.call(this._buff,value,offsetVal),typeof offset=="number"?this._writeOffset=Math.max(this._writeOffset,offsetVal+byteSize):this._writeOffset+=byteSize,this}};exports2.SmartBuffer=SmartBuffer}});var require_constants=__commonJS({"node_modules/socks/build/common/constants.js"(exports2){"use strict";Object.defineProperty(exports2,"__esModule",{value:!0});exports2.SOCKS5_NO_ACCEPTABLE_AUTH=exports2.SOCKS5_CUSTOM_AUTH_END=exports2.SOCKS5_CUSTOM_AUTH_START=exports2.SOCKS_INCOMING_PACKET_SIZES=exports2.SocksClientState=exports2.Socks5Response=exports2.Socks5HostType=exports2.Socks5Auth=exports2.Socks4Response=exports2.SocksCommand=exports2.ERRORS=exports2.DEFAULT_TIMEOUT=void 0;var DEFAULT_TIMEOUT=3e4;exports2.DEFAULT_TIMEOUT=DEFAULT_TIMEOUT;var ERRORS={InvalidSocksCommand:"An invalid SOCKS command was provided. Valid options are connect, bind, and associate.",InvalidSocksCommandForOperation:"An invalid SOCKS command was provided. Only a subset of commands are supported for this operation.",InvalidSocksCommandChain:"An invalid SOCKS command was provided. Chaining currently only supports the connect command.",InvalidSocksClientOptionsDestination:"An invalid destination host was provided.",InvalidSocksClientOptionsExistingSocket:"An invalid existing socket was provided. This should be an instance of stream.Duplex.",InvalidSocksClientOptionsProxy:"Invalid SOCKS proxy details were provided.",InvalidSocksClientOptionsTimeout:"An invalid timeout value was provided. Please enter a value above 0 (in ms).",InvalidSocksClientOptionsProxiesLength:"At least two socks proxies must be provided for chaining.",InvalidSocksClientOptionsCustomAuthRange:"Custom auth must be a value between 0x80 and 0xFE.",InvalidSocksClientOptionsCustomAuthOptions:"When a custom_auth_method is provided, custom_auth_request_handler, custom_auth_response_size, and custom_auth_response_handler must also be provided and valid.",NegotiationError:"Negotiation error",SocketClosed:"Socket closed",ProxyConnectionTimedOut:"Proxy connection timed out",InternalError:"SocksClient internal error (this should not happen)",InvalidSocks4HandshakeResponse:"Received invalid Socks4 handshake response",Socks4ProxyRejectedConnection:"Socks4 Proxy rejected connection",InvalidSocks4IncomingConnectionResponse:"Socks4 invalid incoming connection response",Socks4ProxyRejectedIncomingBoundConnection:"Socks4 Proxy rejected incoming bound connection",InvalidSocks5InitialHandshakeResponse:"Received invalid Socks5 initial handshake response",InvalidSocks5IntiailHandshakeSocksVersion:"Received invalid Socks5 initial handshake (invalid socks version)",InvalidSocks5InitialHandshakeNoAcceptedAuthType:"Received invalid Socks5 initial handshake (no accepted authentication type)",InvalidSocks5InitialHandshakeUnknownAuthType:"Received invalid Socks5 initial handshake (unknown authentication type)",Socks5AuthenticationFailed:"Socks5 Authentication failed",InvalidSocks5FinalHandshake:"Received invalid Socks5 final handshake response",InvalidSocks5FinalHandshakeRejected:"Socks5 proxy rejected connection",InvalidSocks5IncomingConnectionResponse:"Received invalid Socks5 incoming connection response",Socks5ProxyRejectedIncomingBoundConnection:"Socks5 Proxy rejected incoming bound connection"};exports2.ERRORS=ERRORS;var SOCKS_INCOMING_PACKET_SIZES={Socks5InitialHandshakeResponse:2,Socks5UserPassAuthenticationResponse:2,Socks5ResponseHeader:5,Socks5ResponseIPv4:10,Socks5ResponseIPv6:22,Socks5ResponseHostname:hostNameLength=>hostNameLength+7,Socks4Response:8};exports2.SOCKS_INCOMING_PACKET_SIZES=SOCKS_INCOMING_PACKET_SIZES;var SocksCommand;(function(SocksCommand2){SocksCommand2[SocksCommand2.connect=1]="connect",SocksCommand2[SocksCommand2.bind=2]="bind",SocksCommand2[SocksCommand2.associate=3]="associate"})(SocksCommand||(exports2.SocksCommand=SocksCommand={}));var Socks4Response;(function(Socks4Response2){Socks4Response2[Socks4Response2.Granted=90]="Granted",Socks4Response2[Socks4Response2.Failed=91]="Failed",Socks4Response2[Socks4Response2.Rejected=92]="Rejected",Socks4Response2[Socks4Response2.RejectedIdent=93]="RejectedIdent"})(Socks4Response||(exports2.Socks4Response=Socks4Response={}));var Socks5Auth;(function(Socks5Auth2){Socks5Auth2[Socks5Auth2.NoAuth=0]="NoAuth",Socks5Auth2[Socks5Auth2.GSSApi=1]="GSSApi",Socks5Auth2[Socks5Auth2.UserPass=2]="UserPass"})(Socks5Auth||(exports2.Socks5Auth=Socks5Auth={}));var SOCKS5_CUSTOM_AUTH_START=128;exports2.SOCKS5_CUSTOM_AUTH_START=SOCKS5_CUSTOM_AUTH_START;var SOCKS5_CUSTOM_AUTH_END=254;exports2.SOCKS5_CUSTOM_AUTH_END=SOCKS5_CUSTOM_AUTH_END;var SOCKS5_NO_ACCEPTABLE_AUTH=255;exports2.SOCKS5_NO_ACCEPTABLE_AUTH=SOCKS5_NO_ACCEPTABLE_AUTH;var Socks5Response;(function(Socks5Response2){Socks5Response2[Socks5Response2.Granted=0]="Granted",Socks5Response2[Socks5Response2.Failure=1]="Failure",Socks5Response2[Socks5Response2.NotAllowed=2]="NotAllowed",Socks5Response2[Socks5Response2.NetworkUnreachable=3]="NetworkUnreachable",Socks5Response2[Socks5Response2.HostUnreachable=4]="HostUnreachable",Socks5Response2[Socks5Response2.ConnectionRefused=5]="ConnectionRefused",Socks5Response2[Socks5Response2.TTLExpired=6]="TTLExpired",Socks5Response2[Socks5Response2.CommandNotSupported=7]="CommandNotSupported",Socks5Response2[Socks5Response2.AddressNotSupported=8]="AddressNotSupported"})(Socks5Response||(exports2.Socks5Response=Socks5Response={}));var Socks5HostType;(function(Socks5HostType2){Socks5HostType2[Socks5HostType2.IPv4=1]="IPv4",Socks5HostType2[Socks5HostType2.Hostname=3]="Hostname",Socks5HostType2[Socks5HostType2.IPv6=4]="IPv6"})(Socks5HostType||(exports2.Socks5HostType=Socks5HostType={}));var SocksClientState;(function(SocksClientState2){SocksClientState2[SocksClientState2.Created=0]="Created",SocksClientState2[SocksClientState2.Connecting=1]="Connecting",SocksClientState2[SocksClientState2.Connected=2]="Connected",SocksClientState2[SocksClientState2.SentInitialHandshake=3]="SentInitialHandshake",SocksClientState2[SocksClientState2.ReceivedInitialHandshakeResponse=4]="ReceivedInitialHandshakeResponse",SocksClientState2[SocksClientState2.SentAuthentication=5]="SentAuthentication",SocksClientState2[SocksClientState2.ReceivedAuthenticationResponse=6]="ReceivedAuthenticationResponse",SocksClientState2[SocksClientState2.SentFinalHandshake=7]="SentFinalHandshake",SocksClientState2[SocksClientState2.ReceivedFinalResponse=8]="ReceivedFinalResponse",SocksClientState2[SocksClientState2.BoundWaitingForConnection=9]="BoundWaitingForConnection",SocksClientState2[SocksClientState2.Established=10]="Established",SocksClientState2[SocksClientState2.Disconnected=11]="Disconnected",SocksClientState2[SocksClientState2.Error=99]="Error"})(SocksClientState||(exports2.SocksClientState=SocksClientState={}))}});var require_util=__commonJS({"node_modules/socks/build/common/util.js"(exports2){"use strict";Object.defineProperty(exports2,"__esModule",{value:!0});exports2.SocksClientError=void 0;exports2.shuffleArray=shuffleArray;var SocksClientError=class extends Error{constructor(message,options){super(message),this.options=options}};exports2.SocksClientError=SocksClientError;function shuffleArray(array){for(let i=array.length-1;i>0;i--){let j=Math.floor(Math.random()*(i+1));[array[i],array[j]]=[array[j],array[i]]}}}});var require_address_error=__commonJS({"node_modules/ip-address/dist/address-error.js"(exports2){"use strict";Object.defineProperty(exports2,"__esModule",{value:!0});exports2.AddressError=void 0;var AddressError=class extends Error{constructor(message,parseMessage){super(message),this.name="AddressError",this.parseMessage=parseMessage}};exports2.AddressError=AddressError}});var require_common=__commonJS({"node_modules/ip-address/dist/common.js"(exports2){"use strict";Object.defineProperty(exports2,"__esModule",{value:!0});exports2.isInSubnet=isInSubnet;exports2.isHostInSubnet=isHostInSubnet;exports2.isGloballyReachable=isGloballyReachable;exports2.offsetBigInt=offsetBigInt;exports2.isCorrect=isCorrect;exports2.prefixLengthFromMask=prefixLengthFromMask;exports2.assertByteArray=assertByteArray;exports2.numberToPaddedHex=numberToPaddedHex;exports2.stringToPaddedHex=stringToPaddedHex;exports2.testBit=testBit;var address_error_1=require_address_error();function isInSubnet(address){return this.subnetMask<address.subnetMask?!1:isHostInSubnet.call(this,address)}function isHostInSubnet(address){return this.binaryZeroPad().length!==address.binaryZeroPad().length?!1:this.mask(address.subnetMask)===address.mask()}function isGloballyReachable(entries){let best=null;for(let i=0;i<entries.length;i++){let entry=entries[i];entry.reachable!==null&&isHostInSubnet.call(this,entry.subnet)&&(best===null||entry.subnet.subnetMask>best.subnet.subnetMask)&&(best=entry)}return best===null?!0:best.reachable}function offsetBigInt(value,n,bits,family){if(typeof n=="number"&&!Number.isSafeInteger(n))throw new address_error_1.AddressError(`${family} offset must be an integer`);if(typeof n!="number"&&typeof n!="bigint")throw new address_error_1.AddressError(`${family} offset must be an integer`);let result=value+BigInt(n);if(result<BigInt(0)||result>(BigInt(1)<<BigInt(bits))-BigInt(1))throw new address_error_1.AddressError(`${family} offset leaves the address space`);return result}function isCorrect(defaultBits){return function(){return this.addressMinusSuffix!==this.correctForm()?!1:this.subnetMask===defaultBits&&!this.parsedSubnet?!0:this.parsedSubnet===String(this.subnetMask)}}function prefixLengthFromMask(value,totalBits){let binary=value.toString(2).padStart(totalBits,"0");if(binary.length>totalBits)throw new address_error_1.AddressError("Invalid subnet mask.");let firstZero=binary.indexOf("0");if(firstZero===-1)return totalBits;if(binary.slice(firstZero).includes("1"))throw new address_error_1.AddressError("Invalid subnet mask.");return firstZero}function assertByteArray(bytes,byteCount,family,minimum){if(bytes.length!==byteCount)throw new address_error_1.AddressError(`${family} addresses require exactly ${byteCount} bytes`);for(let i=0;i<bytes.length;i++)if(!Number.isInteger(bytes[i])||bytes[i]<minimum||bytes[i]>255)throw new address_error_1.AddressError(`All bytes must be integers between ${minimum} and 255`)}function numberToPaddedHex(number){return number.toString(16).padStart(2,"0")}function stringToPaddedHex(numberString){return numberToPaddedHex(parseInt(numberString,10))}function testBit(binaryValue,position){let{length}=binaryValue;if(position>=length)return!1;let positionInString=length-position-1;return binaryValue.substring(positionInString,positionInString+1)==="1"}}});var require_constants2=__commonJS({"node_modules/ip-address/dist/v4/constants.js"(exports2){"use strict";Object.defineProperty(exports2,"__esModule",{value:!0});exports2.SPECIAL_PURPOSE=exports2.RE_SUBNET_STRING=exports2.RE_ADDRESS=exports2.GROUPS=exports2.BITS=void 0;exports2.BITS=32;exports2.GROUPS=4;exports2.RE_ADDRESS=/^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/g;exports2.RE_SUBNET_STRING=/\/\d{1,2}$/;exports2.SPECIAL_PURPOSE=[["0.0.0.0/8","This network",!1],["0.0.0.0/32","This host on this network",!1],["10.0.0.0/8","Private-Use",!1],["100.64.0.0/10","Shared Address Space",!1],["127.0.0.0/8","Loopback",!1],["169.254.0.0/16","Link Local",!1],["172.16.0.0/12","Private-Use",!1],["192.0.0.0/24","IETF Protocol Assignments",!1],["192.0.0.0/29","IPv4 Service Continuity Prefix",!1],["192.0.0.8/32","IPv4 dummy address",!1],["192.0.0.9/32","Port Control Protocol Anycast",!0],["192.0.0.10/32","Traversal Using Relays around NAT Anycast",!0],["192.0.0.170/32","NAT64/DNS64 Discovery",!1],["192.0.0.171/32","NAT64/DNS64 Discovery",!1],["192.0.2.0/24","Documentation (TEST-NET-1)",!1],["192.31.196.0/24","AS112-v4",!0],["192.52.193.0/24","AMT",!0],["192.88.99.0/24","Deprecated (6to4 Relay Anycast)",null],["192.88.99.2/32","6a44-relay anycast address",!1],["192.168.0.0/16","Private-Use",!1],["192.175.48.0/24","Direct Delegation AS112 Service",!0],["198.18.0.0/15","Benchmarking",!1],["198.51.100.0/24","Documentation (TEST-NET-2)",!1],["203.0.113.0/24","Documentation (TEST-NET-3)",!1],["240.0.0.0/4","Reserved",!1],["255.255.255.255/32","Limited Broadcast",!1]]}});var require_ipv4=__commonJS({"node_modules/ip-address/dist/ipv4.js"(exports2){"use strict";var __createBinding=exports2&&exports2.__createBinding||(Object.create?(function(o,m,k,k2){k2===void 0&&(k2=k);var desc=Object.getOwnPropertyDescriptor(m,k);(!desc||("get"in desc?!m.__esModule:desc.writable||desc.configurable))&&(desc={enumerable:!0,get:function(){return m[k]}}),Object.defineProperty(o,k2,desc)}):(function(o,m,k,k2){k2===void 0&&(k2=k),o[k2]=m[k]})),__setModuleDefault=exports2&&exports2.__setModuleDefault||(Object.create?(function(o,v){Object.defineProperty(o,"default",{enumerable:!0,value:v})}):function(o,v){o.default=v}),__importStar=exports2&&exports2.__importStar||function(mod2){if(mod2&&mod2.__esModule)return mod2;var result={};if(mod2!=null)for(var k in mod2)k!=="default"&&Object.prototype.hasOwnProperty.call(mod2,k)&&__createBinding(result,mod2,k);return __setModuleDefault(result,mod2),result};Object.defineProperty(exports2,"__esModule",{value:!0});exports2.Address4=void 0;var common=__importStar(require_common()),constants=__importStar(require_constants2()),address_error_1=require_address_error(),isCorrect4=common.isCorrect(constants.BITS),Address4=class _Address4{constructor(address){this.addressMinusSuffix="",this.groups=constants.GROUPS,this.parsedAddress=[],this.parsedSubnet="",this.subnet="/32",this.subnetMask=32,this.v4=!0,this.isCorrect=isCorrect4,this.isInSubnet=common.isInSubnet,this.isHostInSubnet=common.isHostInSubnet,this.address=address;let subnet=constants.RE_SUBNET_STRING.exec(address);if(subnet){if(this.parsedSubnet=subnet[0].replace("/",""),this.subnetMask=parseInt(this.parsedSubnet,10),this.subnet=`/${this.subnetMask}`,this.subnetMask<0||this.subnetMask>constants.BITS)throw new address_error_1.AddressError("Invalid subnet mask.");address=address.replace(constants.RE_SUBNET_STRING,"")}let longest=constants.GROUPS*4-1;if(address.length>longest)throw new address_error_1.AddressError(`IPv4 addresses are at most ${longest} characters.`);this.addressMinusSuffix=address,this.parsedAddress=this.parse(address)}static isValid(address){try{return new _Address4(address),!0}catch{return!1}}parse(address){let groups=address.split(".");if(groups.some(group=>/^0\d/.test(group)))throw new address_error_1.AddressError("IPv4 addresses can't have leading zeroes.");if(!address.match(constants.RE_ADDRESS))throw new address_error_1.AddressError("Invalid IPv4 address.");return groups}correctForm(){return this.parsedAddress.map(part=>parseInt(part,10)).join(".")}static fromAddressAndMask(address,mask){let bits=common.prefixLengthFromMask(new _Address4(mask).bigInt(),constants.BITS);return new _Address4(`${address}/${bits}`)}static fromAddressAndWildcardMask(address,wildcardMask){let wildcard=new _Address4(wildcardMask).bigInt(),allOnes=(BigInt(1)<<BigInt(constants.BITS))-BigInt(1),mask=wildcard^allOnes,bits=common.prefixLengthFromMask(mask,constants.BITS);return new _Address4(`${address}/${bits}`)}static fromWildcard(input){let groups=input.split(".");if(groups.length!==constants.GROUPS)throw new address_error_1.AddressError("Wildcard pattern must have 4 octets");let firstWildcard=-1;for(let i=0;i<groups.length;i++)if(groups[i]==="*")firstWildcard===-1&&(firstWildcard=i);else if(firstWildcard!==-1)throw new address_error_1.AddressError("Wildcard `*` must only appear in trailing octets (e.g. `192.168.0.*`)");let trailing=firstWildcard===-1?0:groups.length-firstWildcard,replaced=groups.map(g=>g==="*"?"0":g),subnetBits=constants.BITS-trailing*8;return new _Address4(`${replaced.join(".")}/${subnetBits}`)}static fromHex(hex){let stripped=hex.replace(/:/g,"");if(!/^[0-9a-fA-F]{8}$/.test(stripped))throw new address_error_1.AddressError("IPv4 hex must be exactly 8 hex digits");let groups=[];for(let i=0;i<8;i+=2)groups.push(parseInt(stripped.slice(i,i+2),16));return new _Address4(groups.join("."))}static fromInteger(integer){if(!Number.isInteger(integer)||integer<0||integer>4294967295)throw new address_error_1.AddressError("IPv4 integer must be in the range 0 to 2**32 - 1");return _Address4.fromHex(integer.toString(16).padStart(8,"0"))}static fromArpa(arpaFormAddress){let longest=constants.GROUPS*4-1+3+14;if(arpaFormAddress.length>longest)throw new address_error_1.AddressError(`in-addr.arpa names are at most ${longest} characters.`);let address=arpaFormAddress.replace(/(\.in-addr\.arpa)?\.?$/i,"").split(".").reverse().join(".");return new _Address4(address)}toHex(){return this.parsedAddress.map(part=>common.stringToPaddedHex(part)).join(":")}toArray(){return this.parsedAddress.map(part=>parseInt(part,10))}toGroup6(){let output=[],i;for(i=0;i<constants.GROUPS;i+=2)output.push(`${common.stringToPaddedHex(this.parsedAddress[i])}${common.stringToPaddedHex(this.parsedAddress[i+1])}`);return output.join(":")}bigInt(){return BigInt(`0x${this.parsedAddress.map(n=>common.stringToPaddedHex(n)).join("")}`)}_startAddress(){return BigInt(`0b${this.mask()+"0".repeat(constants.BITS-this.subnetMask)}`)}startAddress(){return _Address4.fromBigInt(this._startAddress())}startAddressExclusive(){let adjust=BigInt("1");return _Address4.fromBigInt(this._startAddress()+adjust)}offset(n){return _Address4.fromBigInt(common.offsetBigInt(this.bigInt(),n,constants.BITS,"IPv4")).withSubnetMask(this.subnetMask)}nextNetwork(){return _Address4.fromBigInt(common.offsetBigInt(this._endAddress(),1,constants.BITS,"IPv4")).withSubnetMask(this.subnetMask)}withSubnetMask(subnetMask){return new _Address4(`${this.correctForm()}/${subnetMask}`)}_endAddress(){return BigInt(`0b${this.mask()+"1".repeat(constants.BITS-this.subnetMask)}`)}endAddress(){return _Address4.fromBigInt(this._endAddress())}endAddressExclusive(){let adjust=BigInt("1");return _Address4.fromBigInt(this._endAddress()-adjust)}subnetMaskAddress(){return _Address4.fromBigInt(BigInt(`0b${"1".repeat(this.subnetMask)}${"0".repeat(constants.BITS-this.subnetMask)}`))}wildcardMask(){return _Address4.fromBigInt(BigInt(`0b${"0".repeat(this.subnetMask)}${"1".repeat(constants.BITS-this.subnetMask)}`))}networkForm(){return`${this.startAddress().correctForm()}/${this.subnetMask}`}static fromBigInt(bigInt){if(bigInt<BigInt(0)||bigInt>BigInt(4294967295))throw new address_error_1.AddressError("IPv4 BigInt must be in the range 0 to 2**32 - 1");return _Address4.fromHex(bigInt.toString(16).padStart(8,"0"))}static fromByteArray(bytes){return common.assertByteArray(bytes,4,"IPv4",0),this.fromUnsignedByteArray(bytes)}static fromUnsignedByteArray(bytes){if(bytes.length!==4)throw new address_error_1.AddressError("IPv4 addresses require exactly 4 bytes");let address=bytes.join(".");return new _Address4(address)}mask(mask){return mask===void 0&&(mask=this.subnetMask),this.getBitsBase2(0,mask)}getBitsBase2(start,end){return this.binaryZeroPad().slice(start,end)}reverseForm(options){options||(options={});let reversed=this.correctForm().split(".").reverse().join(".");return options.omitSuffix?reversed:`${reversed}.in-addr.arpa.`}isMulticast(){return this.isHostInSubnet(MULTICAST_V4)}isPrivate(){return PRIVATE_V4.some(subnet=>this.isHostInSubnet(subnet))}isLoopback(){return this.isHostInSubnet(LOOPBACK_V4)}isLinkLocal(){return this.isHostInSubnet(LINK_LOCAL_V4)}isUnspecified(){return this.isHostInSubnet(UNSPECIFIED_V4)}isBroadcast(){return this.isHostInSubnet(BROADCAST_V4)}isCGNAT(){return this.isHostInSubnet(CGNAT_V4)}isDocumentation(){return DOCUMENTATION_V4.some(subnet=>this.isHostInSubnet(subnet))}isBenchmarking(){return this.isHostInSubnet(BENCHMARKING_V4)}isReserved(){return this.isHostInSubnet(RESERVED_V4)}isGlobal(){return!this.isMulticast()&&common.isGloballyReachable.call(this,SPECIAL_PURPOSE_V4)}binaryZeroPad(){return this._binaryZeroPad===void 0&&(this._binaryZeroPad=this.bigInt().toString(2).padStart(constants.BITS,"0")),this._binaryZeroPad}groupForV6(){let segments=this.parsedAddress;return this.correctForm().replace(constants.RE_ADDRESS,`<span class="hover-group group-v4 group-6">${segments.slice(0,2).join(".")}</span>.<span class="hover-group group-v4 group-7">${segments.slice(2,4).join(".")}</span>`)}};exports2.Address4=Address4;var MULTICAST_V4=new Address4("224.0.0.0/4"),PRIVATE_V4=[new Address4("10.0.0.0/8"),new Address4("172.16.0.0/12"),new Address4("192.168.0.0/16")],LOOPBACK_V4=new Address4("127.0.0.0/8"),LINK_LOCAL_V4=new Address4("169.254.0.0/16"),UNSPECIFIED_V4=new Address4("0.0.0.0/32"),BROADCAST_V4=new Address4("255.255.255.255/32"),CGNAT_V4=new Address4("100.64.0.0/10"),DOCUMENTATION_V4=[new Address4("192.0.2.0/24"),new Address4("198.51.100.0/24"),new Address4("203.0.113.0/24")],BENCHMARKING_V4=new Address4("198.18.0.0/15"),RESERVED_V4=new Address4("240.0.0.0/4"),SPECIAL_PURPOSE_V4=constants.SPECIAL_PURPOSE.map(([cidr,,reachable])=>({subnet:new Address4(cidr),reachable}))}});var require_constants3=__commonJS({"node_modules/ip-address/dist/v6/constants.js"(exports2){"use strict";Object.defineProperty(exports2,"__esModule",{value:!0});exports2.SPECIAL_PURPOSE=exports2.RE_URL_WITH_PORT=exports2.RE_URL=exports2.RE_ZONE_STRING=exports2.RE_SUBNET_STRING=exports2.RE_BAD_ADDRESS=exports2.RE_BAD_CHARACTERS=exports2.TYPES=exports2.SCOPES=exports2.GROUPS=exports2.BITS=void 0;exports2.BITS=128;exports2.GROUPS=8;exports2.SCOPES={0:"Reserved",1:"Interface local",2:"Link local",4:"Admin local",5:"Site local",8:"Organization local",14:"Global",15:"Reserved"};exports2.TYPES={"ff01::1/128":"Multicast (All nodes on this interface)","ff01::2/128":"Multicast (All routers on this interface)","ff02::1/128":"Multicast (All nodes on this link)","ff02::2/128":"Multicast (All routers on this link)","ff05::2/128":"Multicast (All routers in this site)","ff02::5/128":"Multicast (OSPFv3 AllSPF routers)","ff02::6/128":"Multicast (OSPFv3 AllDR routers)","ff02::9/128":"Multicast (RIP routers)","ff02::a/128":"Multicast (EIGRP routers)","ff02::d/128":"Multicast (PIM routers)","ff02::16/128":"Multicast (MLDv2 reports)","ff01::fb/128":"Multicast (mDNSv6)","ff02::fb/128":"Multicast (mDNSv6)","ff05::fb/128":"Multicast (mDNSv6)","ff02::1:2/128":"Multicast (All DHCP servers and relay agents on this link)","ff05::1:2/128":"Multicast (All DHCP servers and relay agents in this site)","ff02::1:3/128":"Multicast (All DHCP servers on this link)","ff05::1:3/128":"Multicast (All DHCP servers in this site)","::/128":"Unspecified","::1/128":"Loopback","::ffff:0:0/96":"IPv4-mapped","ff00::/8":"Multicast","fe80::/10":"Link-local unicast","fc00::/7":"Unique local","2001::/32":"Teredo","2001:2::/48":"Benchmarking","2002::/16":"6to4","2001:db8::/32":"Documentation","3fff::/20":"Documentation","100::/64":"Discard-only","fec0::/10":"Site-local unicast (deprecated)","::/96":"IPv4-compatible (deprecated)","64:ff9b::/96":"NAT64 (well-known)","64:ff9b:1::/48":"NAT64 (local-use)"};exports2.RE_BAD_CHARACTERS=/([^0-9a-f:/%])/gi;exports2.RE_BAD_ADDRESS=/([0-9a-f]{5,}|:{3,}|[^:]:$|^:[^:]|\/$)/gi;exports2.RE_SUBNET_STRING=/\/\d{1,3}(?=%|$)/;exports2.RE_ZONE_STRING=/%.*$/;exports2.RE_URL=/^(?:\[([0-9a-f:.]+)\]|([0-9a-f:.]+))(?:[/?#].*)?$/i;exports2.RE_URL_WITH_PORT=/^\[([0-9a-f:.]+)\]:([0-9]{1,5})(?:[/?#].*)?$/i;exports2.SPECIAL_PURPOSE=[["::1/128","Loopback Address",!1],["::/128","Unspecified Address",!1],["::ffff:0:0/96","IPv4-mapped Address",!1],["64:ff9b::/96","IPv4-IPv6 Translat.",!0],["64:ff9b:1::/48","IPv4-IPv6 Translat.",!1],["100::/64","Discard-Only Address Block",!1],["100:0:0:1::/64","Dummy IPv6 Prefix",!1],["2001::/23","IETF Protocol Assignments",!1],["2001::/32","TEREDO",!1],["2001:1::1/128","Port Control Protocol Anycast",!0],["2001:1::2/128","Traversal Using Relays around NAT Anycast",!0],["2001:1::3/128","DNS-SD Service Registration Protocol Anycast",!0],["2001:2::/48","Benchmarking",!1],["2001:3::/32","AMT",!0],["2001:4:112::/48","AS112-v6",!0],["2001:10::/28","Deprecated (previously ORCHID)",null],["2001:20::/28","ORCHIDv2",!0],["2001:30::/28","Drone Remote ID Protocol Entity Tags (DETs) Prefix",!0],["2001:db8::/32","Documentation",!1],["2002::/16","6to4",!1],["2620:4f:8000::/48","Direct Delegation AS112 Service",!0],["3fff::/20","Documentation",!1],["5f00::/16","Segment Routing (SRv6) SIDs",!1],["fc00::/7","Unique-Local",!1],["fe80::/10","Link-Local Unicast",!1]]}});var require_helpers=__commonJS({"node_modules/ip-address/dist/v6/helpers.js"(exports2){"use strict";Object.defineProperty(exports2,"__esModule",{value:!0});exports2.escapeHtml=escapeHtml;exports2.spanAllZeroes=spanAllZeroes;exports2.spanAll=spanAll;exports2.spanLeadingZeroes=spanLeadingZeroes;exports2.simpleGroup=simpleGroup;function escapeHtml(s){return s.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&#39;")}function spanAllZeroes(s){return escapeHtml(s).replace(/(0+)/g,'<span class="zero">$1</span>')}function spanAll(s,offset=0){return s.split("").map((n,i)=>`<span class="digit value-${escapeHtml(n)} position-${i+offset}">${spanAllZeroes(n)}</span>`).join("")}function spanLeadingZeroesSimple(group){return escapeHtml(group).replace(/^(0+)/,'<span class="zero">$1</span>')}function spanLeadingZeroes(address){return address.split(":").map(g=>spanLeadingZeroesSimple(g)).join(":")}function simpleGroup(addressString,offset=0){return addressString.split(":").map((g,i)=>/group-v4/.test(g)?g:`<span class="hover-group group-${i+offset}">${spanLeadingZeroesSimple(g)}</span>`)}}});var require_regular_expressions=__commonJS({"node_modules/ip-address/dist/v6/regular-expressions.js"(exports2){"use strict";var __createBinding=exports2&&exports2.__createBinding||(Object.create?(function(o,m,k,k2){k2===void 0&&(k2=k);var desc=Object.getOwnPropertyDescriptor(m,k);(!desc||("get"in desc?!m.__esModule:desc.writable||desc.configurable))&&(desc={enumerable:!0,get:function(){return m[k]}}),Object.defineProperty(o,k2,desc)}):(function(o,m,k,k2){k2===void 0&&(k2=k),o[k2]=m[k]})),__setModuleDefault=exports2&&exports2.__setModuleDefault||(Object.create?(function(o,v){Object.defineProperty(o,"default",{enumerable:!0,value:v})}):function(o,v){o.default=v}),__importStar=exports2&&exports2.__importStar||function(mod2){if(mod2&&mod2.__esModule)return mod2;var result={};if(mod2!=null)for(var k in mod2)k!=="default"&&Object.prototype.hasOwnProperty.call(mod2,k)&&__createBinding(result,mod2,k);return __setModuleDefault(result,mod2),result};Object.defineProperty(exports2,"__esModule",{value:!0});exports2.ADDRESS_BOUNDARY=void 0;exports2.groupPossibilities=groupPossibilities;exports2.padGroup=padGroup;exports2.simpleRegularExpression=simpleRegularExpression;exports2.possibleElisions=possibleElisions;var v6=__importStar(require_constants3());function groupPossibilities(possibilities){return`(${possibilities.join("|")})`}function padGroup(group){return group.length<4?`0{0,${4-group.length}}${group}`:group}exports2.ADDRESS_BOUNDARY="[^A-Fa-f0-9:]";function simpleRegularExpression(groups){let zeroIndexes=[];groups.forEach((group,i)=>{parseInt(group,16)===0&&zeroIndexes.push(i)});let possibilities=zeroIndexes.map(zeroIndex=>groups.map((group,i)=>{if(i===zeroIndex){let elision=i===0||i===v6.GROUPS-1?":":"";return groupPossibilities([padGroup(group),elision])}return padGroup(group)}).join(":"));return possibilities.push(groups.map(padGroup).join(":")),groupPossibilities(possibilities)}function possibleElisions(elidedGroups,moreLeft,moreRight){let left=moreLeft?"":":",right=moreRight?"":":",possibilities=[];!moreLeft&&!moreRight&&possibilities.push("::"),moreLeft&&moreRight&&possibilities.push(""),(moreRight&&!moreLeft||!moreRight&&moreLeft)&&possibilities.push(":"),possibilities.push(`${left}(:0{1,4}){1,${elidedGroups-1}}`),possibilities.push(`(0{1,4}:){1,${elidedGroups-1}}${right}`),possibilities.push(`(0{1,4}:){${elidedGroups-1}}0{1,4}`);for(let groups=1;groups<elidedGroups-1;groups++)for(let position=1;position<elidedGroups-groups;position++)possibilities.push(`(0{1,4}:){${position}}:(0{1,4}:){${elidedGroups-position-groups-1}}0{1,4}`);return groupPossibilities(possibilities)}}});var require_ipv6=__commonJS({"node_modules/ip-address/dist/ipv6.js"(exports2){"use strict";var __createBinding=exports2&&exports2.__createBinding||(Object.create?(function(o,m,k,k2){k2===void 0&&(k2=k);var desc=Object.getOwnPropertyDescriptor(m,k);(!desc||("get"in desc?!m.__esModule:desc.writable||desc.configurable))&&(desc={enumerable:!0,get:function(){return m[k]}}),Object.defineProperty(o,k2,desc)}):(function(o,m,k,k2){k2===void 0&&(k2=k),o[k2]=m[k]})),__setModuleDefault=exports2&&exports2.__setModuleDefault||(Object.create?(function(o,v){Object.defineProperty(o,"default",{enumerable:!0,value:v})}):function(o,v){o.default=v}),__importStar=exports2&&exports2.__importStar||function(mod2){if(mod2&&mod2.__esModule)return mod2;var result={};if(mod2!=null)for(var k in mod2)k!=="default"&&Object.prototype.hasOwnProperty.call(mod2,k)&&__createBinding(result,mod2,k);return __setModuleDefault(result,mod2),result};Object.defineProperty(exports2,"__esModule",{value:!0});exports2.Address6=void 0;var common=__importStar(require_common()),constants4=__importStar(require_constants2()),constants6=__importStar(require_constants3()),helpers=__importStar(require_helpers()),ipv4_1=require_ipv4(),regular_expressions_1=require_regular_expressions(),address_error_1=require_address_error(),common_1=require_common(),isCorrect6=common.isCorrect(constants6.BITS);function assert(condition){if(!condition)throw new Error("Assertion failed.")}function addCommas(number){let r=/(\d+)(\d{3})/;for(;r.test(number);)number=number.replace(r,"$1,$2");return number}function spanLeadingZeroes4(n){return n=n.replace(/^(0{1,})([1-9]+)$/,'<span class="parse-error">$1</span>$2'),n=n.replace(/^(0{1,})(0)$/,'<span class="parse-error">$1</span>$2'),n}function compact(address,slice){let s1=[],s2=[],i;for(i=0;i<address.length;i++)i<slice[0]?s1.push(address[i]):i>slice[1]&&s2.push(address[i]);return s1.concat(["compact"]).concat(s2)}function paddedHex(octet){return parseInt(octet,16).toString(16).padStart(4,"0")}function unsignByte(b){return b&255}var Address6=class _Address6{constructor(address,optionalGroups){this.addressMinusSuffix="",this.parsedSubnet="",this.subnet="/128",this.subnetMask=128,this.v4=!1,this.zone="",this.isInSubnet=common.isInSubnet,this.isHostInSubnet=common.isHostInSubnet,this.isCorrect=isCorrect6,optionalGroups===void 0?this.groups=constants6.GROUPS:this.groups=optionalGroups,this.address=address;let subnet=constants6.RE_SUBNET_STRING.exec(address);if(subnet){if(this.parsedSubnet=subnet[0].replace("/",""),this.subnetMask=parseInt(this.parsedSubnet,10),this.subnet=`/${this.subnetMask}`,Number.isNaN(this.subnetMask)||this.subnetMask<0||this.subnetMask>constants6.BITS)throw new address_error_1.AddressError("Invalid subnet mask.");address=address.replace(constants6.RE_SUBNET_STRING,"")}if(/\//.test(address))throw new address_error_1.AddressError("Invalid subnet mask.");let zoneStart=address.indexOf("%");zoneStart!==-1&&/^.*$/.test(address.slice(zoneStart))&&(this.zone=address.slice(zoneStart),address=address.slice(0,zoneStart));let longest=this.groups*5+5;if(address.length>longest)throw new address_error_1.AddressError(`IPv6 addresses are at most ${longest} characters.`);this.addressMinusSuffix=address,this.parsedAddress=this.parse(this.addressMinusSuffix)}static isValid(address){try{return new _Address6(address),!0}catch{return!1}}static fromBigInt(bigInt){if(bigInt<BigInt(0)||bigInt>(BigInt(1)<<BigInt(constants6.BITS))-BigInt(1))throw new address_error_1.AddressError("IPv6 BigInt must be in the range 0 to 2**128 - 1");let hex=bigInt.toString(16).padStart(32,"0"),groups=[];for(let i=0;i<constants6.GROUPS;i++)groups.push(hex.slice(i*4,(i+1)*4));return new _Address6(groups.join(":"))}static fromURL(url){var _a;let host,port=null,result,error,stripped=url.replace(/^[a-z][a-z0-9+.-]*:\/\//i,"");if(stripped.indexOf("[")!==-1&&stripped.indexOf("]:")!==-1){if(error="failed to parse address with port",result=constants6.RE_URL_WITH_PORT.exec(stripped),result===null)return{error,address:null,port:null};host=result[1],port=result[2]}else{if(error="failed to parse address from URL",result=constants6.RE_URL.exec(stripped),result===null)return{error,address:null,port:null};host=(_a=result[1])!==null&&_a!==void 0?_a:result[2]}port?(port=parseInt(port,10),(port<0||port>65535)&&(port=null)):port=null;let address;try{address=new _Address6(host)}catch{return{error,address:null,port:null}}return{address,port}}static fromAddressAndMask(address,mask){let bits=common.prefixLengthFromMask(new _Address6(mask).bigInt(),constants6.BITS);return new _Address6(`${address}/${bits}`)}static fromAddressAndWildcardMask(address,wildcardMask){let wildcard=new _Address6(wildcardMask).bigInt(),allOnes=(BigInt(1)<<BigInt(constants6.BITS))-BigInt(1),mask=wildcard^allOnes,bits=common.prefixLengthFromMask(mask,constants6.BITS);return new _Address6(`${address}/${bits}`)}static fromWildcard(input){if(input.includes("%")||input.includes("/"))throw new address_error_1.AddressError("Wildcard pattern must not include a zone or CIDR suffix");let halves=input.split("::");if(halves.length>2)throw new address_error_1.AddressError("Wildcard pattern cannot contain more than one '::'");let groups;if(halves.length===2){let left=halves[0]===""?[]:halves[0].split(":"),right=halves[1]===""?[]:halves[1].split(":"),remaining=constants6.GROUPS-left.length-right.length;if(remaining<1)throw new address_error_1.AddressError("Wildcard pattern with '::' has too many groups");groups=[...left,...new Array(remaining).fill("0"),...right]}else groups=input.split(":");if(groups.length!==constants6.GROUPS)throw new address_error_1.AddressError("Wildcard pattern must have 8 groups");let firstWildcard=-1;for(let i=0;i<groups.length;i++)if(groups[i]==="*")firstWildcard===-1&&(firstWildcard=i);else if(firstWildcard!==-1)throw new address_error_1.AddressError("Wildcard `*` must only appear in trailing groups (e.g. `2001:db8:*:*:*:*:*:*`)");let trailing=firstWildcard===-1?0:groups.length-firstWildcard,replaced=groups.map(g=>g==="*"?"0":g),subnetBits=constants6.BITS-trailing*16;return new _Address6(`${replaced.join(":")}/${subnetBits}`)}static fromAddress4(address){let address4=new ipv4_1.Address4(address),mask6=constants6.BITS-(constants4.BITS-address4.subnetMask);return new _Address6(`::ffff:${address4.correctForm()}/${mask6}`)}static fromArpa(arpaFormAddress){let nibbles=arpaFormAddress.replace(/(\.ip6\.arpa)?\.?$/i,"");if(!/^[0-9a-f](\.[0-9a-f]){0,31}$/i.test(nibbles))throw new address_error_1.AddressError("Invalid 'ip6.arpa' form.");let reversed=nibbles.split(".").reverse(),subnetMask=reversed.length*4,hex=reversed.join("").padEnd(32,"0"),groups=[];for(let i=0;i<constants6.GROUPS;i++)groups.push(hex.slice(i*4,(i+1)*4));return new _Address6(`${groups.join(":")}/${subnetMask}`)}microsoftTranscription(){return`${this.correctForm().replace(/:/g,"-")}.ipv6-literal.net`}mask(mask=this.subnetMask){return this.getBitsBase2(0,mask)}possibleSubnets(subnetSize=128){let availableBits=constants6.BITS-this.subnetMask,subnetBits=Math.abs(subnetSize-constants6.BITS),subnetPowers=availableBits-subnetBits;return subnetPowers<0?"0":addCommas((BigInt("2")**BigInt(subnetPowers)).toString(10))}_startAddress(){return BigInt(`0b${this.mask()+"0".repeat(constants6.BITS-this.subnetMask)}`)}startAddress(){return _Address6.fromBigInt(this._startAddress())}startAddressExclusive(){let adjust=BigInt("1");return _Address6.fromBigInt(this._startAddress()+adjust)}_endAddress(){return BigInt(`0b${this.mask()+"1".repeat(constants6.BITS-this.subnetMask)}`)}endAddress(){return _Address6.fromBigInt(this._endAddress())}endAddressExclusive(){let adjust=BigInt("1");return _Address6.fromBigInt(this._endAddress()-adjust)}offset(n){return _Address6.fromBigInt(common.offsetBigInt(this.bigInt(),n,constants6.BITS,"IPv6")).withSubnetMask(this.subnetMask)}nextNetwork(){return _Address6.fromBigInt(common.offsetBigInt(this._endAddress(),1,constants6.BITS,"IPv6")).withSubnetMask(this.subnetMask)}withSubnetMask(subnetMask){return new _Address6(`${this.correctForm()}/${subnetMask}`)}subnetMaskAddress(){return _Address6.fromBigInt(BigInt(`0b${"1".repeat(this.subnetMask)}${"0".repeat(constants6.BITS-this.subnetMask)}`))}wildcardMask(){return _Address6.fromBigInt(BigInt(`0b${"0".repeat(this.subnetMask)}${"1".repeat(constants6.BITS-this.subnetMask)}`))}networkForm(){return`${this.startAddress().correctForm()}/${this.subnetMask}`}getScope(){let type=this.getType();return type==="Multicast"||type.startsWith("Multicast ")?constants6.SCOPES[parseInt(this.getBits(12,16).toString(10),10)]||"Unknown":type==="Link-local unicast"||type==="Loopback"?"Link local":type==="Unspecified"?"Unknown":"Global"}getType(){for(let i=0;i<TYPE_SUBNETS.length;i++){let entry=TYPE_SUBNETS[i];if(this.isHostInSubnet(entry[0]))return entry[1]}return"Global unicast"}getBits(start,end){return BigInt(`0b${this.getBitsBase2(start,end)}`)}getBitsBase2(start,end){return this.binaryZeroPad().slice(start,end)}getBitsBase16(start,end){let length=end-start;if(length%4!==0)throw new Error("Length of bits to retrieve must be divisible by four");return this.getBits(start,end).toString(16).padStart(length/4,"0")}getBitsPastSubnet(){return this.getBitsBase2(this.subnetMask,constants6.BITS)}reverseForm(options){options||(options={});let characters=Math.floor(this.subnetMask/4),reversed=this.canonicalForm().replace(/:/g,"").split("").slice(0,characters).reverse().join(".");return characters>0?options.omitSuffix?reversed:`${reversed}.ip6.arpa.`:options.omitSuffix?"":"ip6.arpa."}correctForm(){let i,groups=[],zeroCounter=0,zeroes=[];for(i=0;i<this.parsedAddress.length;i++){let value=parseInt(this.parsedAddress[i],16);value===0&&zeroCounter++,value!==0&&zeroCounter>0&&(zeroCounter>1&&zeroes.push([i-zeroCounter,i-1]),zeroCounter=0)}zeroCounter>1&&zeroes.push([this.parsedAddress.length-zeroCounter,this.parsedAddress.length-1]);let zeroLengths=zeroes.map(n=>n[1]-n[0]+1);if(zeroes.length>0){let index2=zeroLengths.indexOf(Math.max(...zeroLengths));groups=compact(this.parsedAddress,zeroes[index2])}else groups=this.parsedAddress;for(i=0;i<groups.length;i++)groups[i]!=="compact"&&(groups[i]=parseInt(groups[i],16).toString(16));let correct=groups.join(":");return correct=correct.replace(/^compact$/,"::"),correct=correct.replace(/(^compact)|(compact$)/,":"),correct=correct.replace(/compact/,""),correct}binaryZeroPad(){return this._binaryZeroPad===void 0&&(this._binaryZeroPad=this.bigInt().toString(2).padStart(constants6.BITS,"0")),this._binaryZeroPad}parse4in6(address){if(address.indexOf(".")===-1)return address;let groups=address.split(":"),lastGroup=groups.slice(-1)[0],v4Octets=lastGroup.split(".");if(v4Octets.length===constants4.GROUPS&&v4Octets.every(octet=>/^\d{1,3}$/.test(octet))&&v4Octets.some(octet=>/^0\d/.test(octet))){let highlighted=v4Octets.map(spanLeadingZeroes4).join("."),prefix=groups.slice(0,-1).map(helpers.escapeHtml).join(":"),separator=groups.length>1?":":"";throw new address_error_1.AddressError("IPv4 addresses can't have leading zeroes.",`${prefix}${separator}${highlighted}`)}let address4=lastGroup.match(constants4.RE_ADDRESS);if(address4){this.parsedAddress4=address4[0];let v4Suffix=this.subnetMask>=96?`/${this.subnetMask-96}`:"";this.address4=new ipv4_1.Address4(`${this.parsedAddress4}${v4Suffix}`),this.v4=!0,groups[groups.length-1]=this.address4.toGroup6(),address=groups.join(":")}return address}parse(address){address=this.parse4in6(address);let badCharacters=address.match(constants6.RE_BAD_CHARACTERS);if(badCharacters)throw new address_error_1.AddressError(`Bad character${badCharacters.length>1?"s":""} detected in address: ${badCharacters.join("")}`,address.replace(constants6.RE_BAD_CHARACTERS,character=>`<span class="parse-error">${helpers.escapeHtml(character)}</span>`));let badAddress=address.match(constants6.RE_BAD_ADDRESS);if(badAddress)throw new address_error_1.AddressError(`Address failed regex: ${badAddress.join("")}`,address.replace(constants6.RE_BAD_ADDRESS,'<span class="parse-error">$1</span>'));let groups=[],halves=address.split("::");if(halves.length===2){let first=halves[0].split(":"),last=halves[1].split(":");first.length===1&&first[0]===""&&(first=[]),last.length===1&&last[0]===""&&(last=[]);let remaining=this.groups-(first.length+last.length);if(!remaining)throw new address_error_1.AddressError("Error parsing groups");this.elidedGroups=remaining,this.elisionBegin=first.length,this.elisionEnd=first.length+this.elidedGroups,groups=groups.concat(first);for(let i=0;i<remaining;i++)groups.push("0");groups=groups.concat(last)}else if(halves.length===1)groups=address.split(":"),this.elidedGroups=0;else throw new address_error_1.AddressError("Too many :: groups found");if(groups=groups.map(group=>parseInt(group,16).toString(16)),groups.length!==this.groups)throw new address_error_1.AddressError("Incorrect number of groups found");return groups}canonicalForm(){return this.parsedAddress.map(paddedHex).join(":")}decimal(){return this.parsedAddress.map(n=>parseInt(n,16).toString(10).padStart(5,"0")).join(":")}bigInt(){return BigInt(`0x${this.parsedAddress.map(paddedHex).join("")}`)}to4(){let binary=this.binaryZeroPad().split(""),hex=BigInt(`0b${binary.slice(96,128).join("")}`).toString(16).padStart(8,"0");if(this.subnetMask>=96){let v4Mask=this.subnetMask-96,groups=[];for(let i=0;i<8;i+=2)groups.push(parseInt(hex.slice(i,i+2),16));return new ipv4_1.Address4(`${groups.join(".")}/${v4Mask}`)}return ipv4_1.Address4.fromHex(hex)}to4in6(){let address4=this.to4(),correct=new _Address6(this.parsedAddress.slice(0,6).join(":"),6).correctForm(),infix="";return/:$/.test(correct)||(infix=":"),correct+infix+address4.correctForm()}inspectTeredo(){let prefix=this.getBitsBase16(0,32),udpPort=(this.getBits(80,96)^BigInt("0xffff")).toString(),server4=ipv4_1.Address4.fromHex(this.getBitsBase16(32,64)),bitsForClient4=this.getBits(96,128),client4=ipv4_1.Address4.fromHex((bitsForClient4^BigInt("0xffffffff")).toString(16).padStart(8,"0")),flagsBase2=this.getBitsBase2(64,80),coneNat=(0,common_1.testBit)(flagsBase2,15),reserved=(0,common_1.testBit)(flagsBase2,14),groupIndividual=(0,common_1.testBit)(flagsBase2,8),universalLocal=(0,common_1.testBit)(flagsBase2,9),nonce=BigInt(`0b${flagsBase2.slice(2,6)+flagsBase2.slice(8,16)}`).toString(10);return{prefix:`${prefix.slice(0,4)}:${prefix.slice(4,8)}`,server4:server4.address,client4:client4.address,flags:flagsBase2,coneNat,microsoft:{reserved,universalLocal,groupIndividual,nonce},udpPort}}inspect6to4(){let prefix=this.getBitsBase16(0,16),gateway=ipv4_1.Address4.fromHex(this.getBitsBase16(16,48));return{prefix:prefix.slice(0,4),gateway:gateway.address}}to6to4(){if(!this.is4())return null;let addr6to4=["2002",this.getBitsBase16(96,112),this.getBitsBase16(112,128),"","/16"].join(":");return new _Address6(addr6to4)}static fromAddress4Nat64(address,prefix="64:ff9b::/96"){let v4=new ipv4_1.Address4(address),prefix6=new _Address6(prefix),pl=prefix6.subnetMask;if(pl!==32&&pl!==40&&pl!==48&&pl!==56&&pl!==64&&pl!==96)throw new address_error_1.AddressError("NAT64 prefix length must be 32, 40, 48, 56, 64, or 96");let prefixBits=prefix6.binaryZeroPad(),v4Bits=v4.binaryZeroPad(),bits;if(pl===96)bits=prefixBits.slice(0,96)+v4Bits;else{let beforeU=64-pl;bits=[prefixBits.slice(0,pl),v4Bits.slice(0,beforeU),"00000000",v4Bits.slice(beforeU),"0".repeat(56-(32-beforeU))].join("")}let hex=BigInt(`0b${bits}`).toString(16).padStart(32,"0"),groups=[];for(let i=0;i<8;i++)groups.push(hex.slice(i*4,(i+1)*4));return new _Address6(groups.join(":"))}toAddress4Nat64(prefix="64:ff9b::/96"){let prefix6=new _Address6(prefix),pl=prefix6.subnetMask;if(pl!==32&&pl!==40&&pl!==48&&pl!==56&&pl!==64&&pl!==96)throw new address_error_1.AddressError("NAT64 prefix length must be 32, 40, 48, 56, 64, or 96");if(!this.isHostInSubnet(prefix6))return null;let bits=this.binaryZeroPad(),v4Bits;if(pl===96)v4Bits=bits.slice(96,128);else{let beforeU=64-pl;v4Bits=bits.slice(pl,pl+beforeU)+bits.slice(72,72+(32-beforeU))}let octets=[];for(let i=0;i<4;i++)octets.push(parseInt(v4Bits.slice(i*8,(i+1)*8),2).toString());return new ipv4_1.Address4(octets.join("."))}toByteArray(){let value=this.bigInt().toString(16).padStart(constants6.BITS/4,"0"),bytes=[];for(let i=0,length=value.length;i<length;i+=2)bytes.push(parseInt(value.substring(i,i+2),16));return bytes}toUnsignedByteArray(){return this.toByteArray().map(unsignByte)}static fromByteArray(bytes){return common.assertByteArray(bytes,16,"IPv6",-128),this.fromUnsignedByteArray(bytes.map(unsignByte))}static fromUnsignedByteArray(bytes){common.assertByteArray(bytes,16,"IPv6",0);let BYTE_MAX=BigInt("256"),result=BigInt("0"),multiplier=BigInt("1");for(let i=bytes.length-1;i>=0;i--)result+=multiplier*BigInt(bytes[i].toString(10)),multiplier*=BYTE_MAX;return _Address6.fromBigInt(result)}isCanonical(){return this.addressMinusSuffix===this.canonicalForm()}isLinkLocal(){let embedded=this.embeddedIPv4();return embedded?embedded.isLinkLocal():this.isHostInSubnet(LINK_LOCAL_SUBNET)}isMulticast(){let embedded=this.embeddedIPv4();if(embedded)return embedded.isMulticast();let type=this.getType();return type==="Multicast"||type.startsWith("Multicast ")}is4(){return this.v4}isMapped4(){return this.isHostInSubnet(IPV4_MAPPED_SUBNET)}embeddedIPv4(){return this.isMapped4()||this.isHostInSubnet(NAT64_WELL_KNOWN_SUBNET)?this.to4():null}isTeredo(){return this.isHostInSubnet(TEREDO_SUBNET)}is6to4(){return this.isHostInSubnet(SIX_TO_FOUR_SUBNET)}isLoopback(){let embedded=this.embeddedIPv4();return embedded?embedded.isLoopback():this.getType()==="Loopback"}isULA(){return this.isHostInSubnet(ULA_SUBNET)}isPrivate(){let embedded=this.embeddedIPv4();return embedded?embedded.isPrivate():this.isULA()||this.isHostInSubnet(NAT64_LOCAL_USE_SUBNET)}isCGNAT(){let embedded=this.embeddedIPv4();return embedded?embedded.isCGNAT():!1}isBroadcast(){let embedded=this.embeddedIPv4();return embedded?embedded.isBroadcast():!1}isUnspecified(){let embedded=this.embeddedIPv4();return embedded?embedded.isUnspecified():this.getType()==="Unspecified"}isDocumentation(){return DOCUMENTATION_SUBNETS.some(subnet=>this.isHostInSubnet(subnet))}isBenchmarking(){let embedded=this.embeddedIPv4();return embedded?embedded.isBenchmarking():this.isHostInSubnet(BENCHMARKING_SUBNET)}isGlobal(){let embedded=this.embeddedIPv4();return embedded?embedded.isGlobal():this.isHostInSubnet(GLOBAL_UNICAST_SUBNET)&&common.isGloballyReachable.call(this,SPECIAL_PURPOSE_V6)}href(optionalPort){return optionalPort===void 0?optionalPort="":optionalPort=`:${optionalPort}`,`http://[${this.correctForm()}]${optionalPort}/`}link(options){options||(options={}),options.className===void 0&&(options.className=""),options.prefix===void 0&&(options.prefix="/#address="),options.v4===void 0&&(options.v4=!1);let formFunction=this.correctForm;options.v4&&(formFunction=this.to4in6);let form=formFunction.call(this),safeHref=helpers.escapeHtml(`${options.prefix}${form}`),safeForm=helpers.escapeHtml(form);if(options.className){let safeClass=helpers.escapeHtml(options.className);return`<a href="${safeHref}" class="${safeClass}">${safeForm}</a>`}return`<a href="${safeHref}">${safeForm}</a>`}group(){if(this.elidedGroups===0)return helpers.simpleGroup(this.addressMinusSuffix).join(":");assert(typeof this.elidedGroups=="number"),assert(typeof this.elisionBegin=="number");let output=[],[left,right]=this.addressMinusSuffix.split("::");left.length?output.push(...helpers.simpleGroup(left)):output.push("");let classes=["hover-group"];for(let i=this.elisionBegin;i<this.elisionBegin+this.elidedGroups;i++)classes.push(`group-${i}`);return output.push(`<span class="${classes.join(" ")}"></span>`),right.length?output.push(...helpers.simpleGroup(right,this.elisionEnd)):output.push(""),this.is4()&&(assert(this.address4 instanceof ipv4_1.Address4),output.pop(),output.push(this.address4.groupForV6())),output.join(":")}regularExpressionString(substringSearch=!1){let output=[],address6=new _Address6(this.correctForm());if(address6.elidedGroups===0)output.push((0,regular_expressions_1.simpleRegularExpression)(address6.parsedAddress));else if(address6.elidedGroups===constants6.GROUPS)output.push((0,regular_expressions_1.possibleElisions)(constants6.GROUPS));else{let halves=address6.address.split("::");halves[0].length&&output.push((0,regular_expressions_1.simpleRegularExpression)(halves[0].split(":"))),assert(typeof address6.elidedGroups=="number"),output.push((0,regular_expressions_1.possibleElisions)(address6.elidedGroups,halves[0].length!==0,halves[1].length!==0)),halves[1].length&&output.push((0,regular_expressions_1.simpleRegularExpression)(halves[1].split(":"))),output=[output.join(":")]}return substringSearch||(output=["(?=^|",regular_expressions_1.ADDRESS_BOUNDARY,"|[^\\w\\:])(",...output,")(?=[^\\w\\:]|",regular_expressions_1.ADDRESS_BOUNDARY,"|$)"]),output.join("")}regularExpression(substringSearch=!1){return new RegExp(this.regularExpressionString(substringSearch),"i")}};exports2.Address6=Address6;var TYPE_SUBNETS=Object.keys(constants6.TYPES).map(subnet=>[new Address6(subnet),constants6.TYPES[subnet]]),TEREDO_SUBNET=new Address6("2001::/32"),SIX_TO_FOUR_SUBNET=new Address6("2002::/16"),ULA_SUBNET=new Address6("fc00::/7"),LINK_LOCAL_SUBNET=new Address6("fe80::/10"),DOCUMENTATION_SUBNETS=[new Address6("2001:db8::/32"),new Address6("3fff::/20")],BENCHMARKING_SUBNET=new Address6("2001:2::/48"),GLOBAL_UNICAST_SUBNET=new Address6("2000::/3"),SPECIAL_PURPOSE_V6=constants6.SPECIAL_PURPOSE.map(([cidr,,reachable])=>({subnet:new Address6(cidr),reachable})),IPV4_MAPPED_SUBNET=new Address6("::ffff:0:0/96"),NAT64_WELL_KNOWN_SUBNET=new Address6("64:ff9b::/96"),NAT64_LOCAL_USE_SUBNET=new Address6("64:ff9b:1::/48")}});var require_ip_address=__commonJS({"node_modules/ip-address/dist/ip-address.js"(exports2){"use strict";var __createBinding=exports2&&exports2.__createBinding||(Object.create?(function(o,m,k,k2){k2===void 0&&(k2=k);var desc=Object.getOwnPropertyDescriptor(m,k);(!desc||("get"in desc?!m.__esModule:desc.writable||desc.configurable))&&(desc={enumerable:!0,get:function(){return m[k]}}),Object.defineProperty(o,k2,desc)}):(function(o,m,k,k2){k2===void 0&&(k2=k),o[k2]=m[k]})),__setModuleDefault=exports2&&exports2.__setModuleDefault||(Object.create?(function(o,v){Object.defineProperty(o,"default",{enumerable:!0,value:v})}):function(o,v){o.default=v}),__importStar=exports2&&exports2.__importStar||function(mod2){if(mod2&&mod2.__esModule)return mod2;var result={};if(mod2!=null)for(var k in mod2)k!=="default"&&Object.prototype.hasOwnProperty.call(mod2,k)&&__createBinding(result,mod2,k);return __setModuleDefault(result,mod2),result};Object.defineProperty(exports2,"__esModule",{value:!0});exports2.v6=exports2.AddressError=exports2.Address6=exports2.Address4=void 0;var ipv4_1=require_ipv4();Object.defineProperty(exports2,"Address4",{enumerable:!0,get:function(){return ipv4_1.Address4}});var ipv6_1=require_ipv6();Object.defineProperty(exports2,"Address6",{enumerable:!0,get:function(){return ipv6_1.Address6}});var address_error_1=require_address_error();Object.defineProperty(exports2,"AddressError",{enumerable:!0,get:function(){return address_error_1.AddressError}});var helpers=__importStar(require_helpers());exports2.v6={helpers}}});var require_helpers2=__commonJS({"node_modules/socks/build/common/helpers.js"(exports2){"use strict";Object.defineProperty(exports2,"__esModule",{value:!0});exports2.validateSocksClientOptions=validateSocksClientOptions;exports2.validateSocksClientChainOptions=validateSocksClientChainOptions;exports2.ipv4ToInt32=ipv4ToInt32;exports2.int32ToIpv4=int32ToIpv4;exports2.ipToBuffer=ipToBuffer;var util_1=require_util(),constants_1=require_constants(),stream=__webpack_require__(2203),ip_address_1=require_ip_address(),net4=__webpack_require__(9278);function validateSocksClientOptions(options,acceptedCommands=["connect","bind","associate"]){if(!constants_1.SocksCommand[options.command])throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksCommand,options);if(acceptedCommands.indexOf(options.command)===-1)throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksCommandForOperation,options);if(!isValidSocksRemoteHost(options.destination))throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsDestination,options);if(!isValidSocksProxy(options.proxy))throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsProxy,options);if(validateCustomProxyAuth(options.proxy,options),options.timeout&&!isValidTimeoutValue(options.timeout))throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsTimeout,options);if(options.existing_socket&&!(options.existing_socket instanceof stream.Duplex))throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsExistingSocket,options)}function validateSocksClientChainOptions(options){if(options.command!=="connect")throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksCommandChain,options);if(!isValidSocksRemoteHost(options.destination))throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsDestination,options);if(!(options.proxies&&Array.isArray(options.proxies)&&options.proxies.length>=2))throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsProxiesLength,options);if(options.proxies.forEach(proxy=>{if(!isValidSocksProxy(proxy))throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsProxy,options);validateCustomProxyAuth(proxy,options)}),options.timeout&&!isValidTimeoutValue(options.timeout))throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsTimeout,options)}function validateCustomProxyAuth(proxy,options){if(proxy.custom_auth_method!==void 0){if(proxy.custom_auth_method<constants_1.SOCKS5_CUSTOM_AUTH_START||proxy.custom_auth_method>constants_1.SOCKS5_CUSTOM_AUTH_END)throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsCustomAuthRange,options);if(proxy.custom_auth_request_handler===void 0||typeof proxy.custom_auth_request_handler!="function")throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsCustomAuthOptions,options);if(proxy.custom_auth_response_size===void 0)throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsCustomAuthOptions,options);if(proxy.custom_auth_response_handler===void 0||typeof proxy.custom_auth_response_handler!="function")throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsCustomAuthOptions,options)}}function isValidSocksRemoteHost(remoteHost){return remoteHost&&typeof remoteHost.host=="string"&&Buffer.byteLength(remoteHost.host)<256&&typeof remoteHost.port=="number"&&remoteHost.port>=0&&remoteHost.port<=65535}function isValidSocksProxy(proxy){return proxy&&(typeof proxy.host=="string"||typeof proxy.ipaddress=="string")&&typeof proxy.port=="number"&&proxy.port>=0&&proxy.port<=65535&&(proxy.type===4||proxy.type===5)}function isValidTimeoutValue(value){return typeof value=="number"&&value>0}function ipv4ToInt32(ip){return new ip_address_1.Address4(ip).toArray().reduce((acc,part)=>(acc<<8)+part,0)>>>0}function int32ToIpv4(int32){let octet1=int32>>>24&255,octet2=int32>>>16&255,octet3=int32>>>8&255,octet4=int32&255;return[octet1,octet2,octet3,octet4].join(".")}function ipToBuffer(ip){if(net4.isIPv4(ip)){let address=new ip_address_1.Address4(ip);return Buffer.from(address.toArray())}else if(net4.isIPv6(ip)){let address=new ip_address_1.Address6(ip);return Buffer.from(address.canonicalForm().split(":").map(segment=>segment.padStart(4,"0")).join(""),"hex")}else throw new Error("Invalid IP address format")}}});var require_receivebuffer=__commonJS({"node_modules/socks/build/common/receivebuffer.js"(exports2){"use strict";Object.defineProperty(exports2,"__esModule",{value:!0});exports2.ReceiveBuffer=void 0;var ReceiveBuffer=class{constructor(size=4096){this.buffer=Buffer.allocUnsafe(size),this.offset=0,this.originalSize=size}get length(){return this.offset}append(data){if(!Buffer.isBuffer(data))throw new Error("Attempted to append a non-buffer instance to ReceiveBuffer.");if(this.offset+data.length>=this.buffer.length){let tmp=this.buffer;this.buffer=Buffer.allocUnsafe(Math.max(this.buffer.length+this.originalSize,this.buffer.length+data.length)),tmp.copy(this.buffer)}return data.copy(this.buffer,this.offset),this.offset+=data.length}peek(length){if(length>this.offset)throw new Error("Attempted to read beyond the bounds of the managed internal data.");return this.buffer.slice(0,length)}get(length){if(length>this.offset)throw new Error("Attempted to read beyond the bounds of the managed internal data.");let value=Buffer.allocUnsafe(length);return this.buffer.slice(0,length).copy(value),this.buffer.copyWithin(0,length,length+this.offset-length),this.offset-=length,value}};exports2.ReceiveBuffer=ReceiveBuffer}});var require_socksclient=__commonJS({"node_modules/socks/build/client/socksclient.js"(exports2){"use strict";var __awaiter=exports2&&exports2.__awaiter||function(thisArg,_arguments,P,generator){function adopt(value){return value instanceof P?value:new P(function(resolve){resolve(value)})}return new(P||(P=Promise))(function(resolve,reject){function fulfilled(value){try{step(generator.next(value))}catch(e2){reject(e2)}}function rejected(value){try{step(generator.throw(value))}catch(e2){reject(e2)}}function step(result){result.done?resolve(result.value):adopt(result.value).then(fulfilled,rejected)}step((generator=generator.apply(thisArg,_arguments||[])).next())})};Object.defineProperty(exports2,"__esModule",{value:!0});exports2.SocksClientError=exports2.SocksClient=void 0;var events_1=__webpack_require__(4434),net4=__webpack_require__(9278),smart_buffer_1=require_smartbuffer(),constants_1=require_constants(),helpers_1=require_helpers2(),receivebuffer_1=require_receivebuffer(),util_1=require_util();Object.defineProperty(exports2,"SocksClientError",{enumerable:!0,get:function(){return util_1.SocksClientError}});var ip_address_1=require_ip_address(),SocksClient3=class _SocksClient extends events_1.EventEmitter{constructor(options){super(),this.options=Object.assign({},options),(0,helpers_1.validateSocksClientOptions)(options),this.setState(constants_1.SocksClientState.Created)}static createConnection(options,callback){return new Promise((resolve,reject)=>{try{(0,helpers_1.validateSocksClientOptions)(options,["connect"])}catch(err){return typeof callback=="function"?(callback(err),resolve(err)):reject(err)}let client=new _SocksClient(options);client.connect(options.existing_socket),client.once("established",info=>{client.removeAllListeners(),typeof callback=="function"&&callback(null,info),resolve(info)}),client.once("error",err=>{client.removeAllListeners(),typeof callback=="function"?(callback(err),resolve(err)):reject(err)})})}static createConnectionChain(options,callback){return new Promise((resolve,reject)=>__awaiter(this,void 0,void 0,function*(){try{(0,helpers_1.validateSocksClientChainOptions)(options)}catch(err){return typeof callback=="function"?(callback(err),resolve(err)):reject(err)}options.randomizeChain&&(0,util_1.shuffleArray)(options.proxies);try{let sock;for(let i=0;i<options.proxies.length;i++){let nextProxy=options.proxies[i],nextDestination=i===options.proxies.length-1?options.destination:{host:options.proxies[i+1].host||options.proxies[i+1].ipaddress,port:options.proxies[i+1].port},result=yield _SocksClient.createConnection({command:"connect",proxy:nextProxy,destination:nextDestination,existing_socket:sock});sock=sock||result.socket}typeof callback=="function"?(callback(null,{socket:sock}),resolve({socket:sock})):resolve({socket:sock})}catch(err){typeof callback=="function"?(callback(err),resolve(err)):reject(err)}}))}static createUDPFrame(options){let buff=new smart_buffer_1.SmartBuffer;return buff.writeUInt16BE(0),buff.writeUInt8(options.frameNumber||0),net4.isIPv4(options.remoteHost.host)?(buff.writeUInt8(constants_1.Socks5HostType.IPv4),buff.writeUInt32BE((0,helpers_1.ipv4ToInt32)(options.remoteHost.host))):net4.isIPv6(options.remoteHost.host)?(buff.writeUInt8(constants_1.Socks5HostType.IPv6),buff.writeBuffer((0,helpers_1.ipToBuffer)(options.remoteHost.host))):(buff.writeUInt8(constants_1.Socks5HostType.Hostname),buff.writeUInt8(Buffer.byteLength(options.remoteHost.host)),buff.writeString(options.remoteHost.host)),buff.writeUInt16BE(options.remoteHost.port),buff.writeBuffer(options.data),buff.toBuffer()}static parseUDPFrame(data){let buff=smart_buffer_1.SmartBuffer.fromBuffer(data);buff.readOffset=2;let frameNumber=buff.readUInt8(),hostType=buff.readUInt8(),remoteHost;hostType===constants_1.Socks5HostType.IPv4?remoteHost=(0,helpers_1.int32ToIpv4)(buff.readUInt32BE()):hostType===constants_1.Socks5HostType.IPv6?remoteHost=ip_address_1.Address6.fromByteArray(Array.from(buff.readBuffer(16))).canonicalForm():remoteHost=buff.readString(buff.readUInt8());let remotePort=buff.readUInt16BE();return{frameNumber,remoteHost:{host:remoteHost,port:remotePort},data:buff.readBuffer()}}setState(newState){this.state!==constants_1.SocksClientState.Error&&(this.state=newState)}connect(existingSocket){this.onDataReceived=data=>this.onDataReceivedHandler(data),this.onClose=()=>this.onCloseHandler(),this.onError=err=>this.onErrorHandler(err),this.onConnect=()=>this.onConnectHandler();let timer=setTimeout(()=>this.onEstablishedTimeout(),this.options.timeout||constants_1.DEFAULT_TIMEOUT);timer.unref&&typeof timer.unref=="function"&&timer.unref(),existingSocket?this.socket=existingSocket:this.socket=new net4.Socket,this.socket.once("close",this.onClose),this.socket.once("error",this.onError),this.socket.once("connect",this.onConnect),this.socket.on("data",this.onDataReceived),this.setState(constants_1.SocksClientState.Connecting),this.receiveBuffer=new receivebuffer_1.ReceiveBuffer,existingSocket?this.socket.emit("connect"):(this.socket.connect(this.getSocketOptions()),this.options.set_tcp_nodelay!==void 0&&this.options.set_tcp_nodelay!==null&&this.socket.setNoDelay(!!this.options.set_tcp_nodelay)),this.prependOnceListener("established",info=>{setImmediate(()=>{if(this.receiveBuffer.length>0){let excessData=this.receiveBuffer.get(this.receiveBuffer.length);info.socket.emit("data",excessData)}info.socket.resume()})})}getSocketOptions(){return Object.assign(Object.assign({},this.options.socket_options),{host:this.options.proxy.host||this.options.proxy.ipaddress,port:this.options.proxy.port})}onEstablishedTimeout(){this.state!==constants_1.SocksClientState.Established&&this.state!==constants_1.SocksClientState.BoundWaitingForConnection&&this.closeSocket(constants_1.ERRORS.ProxyConnectionTimedOut)}onConnectHandler(){this.setState(constants_1.SocksClientState.Connected),this.options.proxy.type===4?this.sendSocks4InitialHandshake():this.sendSocks5InitialHandshake(),this.setState(constants_1.SocksClientState.SentInitialHandshake)}onDataReceivedHandler(data){this.receiveBuffer.append(data),this.processData()}processData(){for(;this.state!==constants_1.SocksClientState.Established&&this.state!==constants_1.SocksClientState.Error&&this.receiveBuffer.length>=this.nextRequiredPacketBufferSize;)if(this.state===constants_1.SocksClientState.SentInitialHandshake)this.options.proxy.type===4?this.handleSocks4FinalHandshakeResponse():this.handleInitialSocks5HandshakeResponse();else if(this.state===constants_1.SocksClientState.SentAuthentication)this.handleInitialSocks5AuthenticationHandshakeResponse();else if(this.state===constants_1.SocksClientState.SentFinalHandshake)this.handleSocks5FinalHandshakeResponse();else if(this.state===constants_1.SocksClientState.BoundWaitingForConnection)this.options.proxy.type===4?this.handleSocks4IncomingConnectionResponse():this.handleSocks5IncomingConnectionResponse();else{this.closeSocket(constants_1.ERRORS.InternalError);break}}onCloseHandler(){this.closeSocket(constants_1.ERRORS.SocketClosed)}onErrorHandler(err){this.closeSocket(err.message)}removeInternalSocketHandlers(){this.socket.pause(),this.socket.removeListener("data",this.onDataReceived),this.socket.removeListener("close",this.onClose),this.socket.removeListener("error",this.onError),this.socket.removeListener("connect",this.onConnect)}closeSocket(err){this.state!==constants_1.SocksClientState.Error&&(this.setState(constants_1.SocksClientState.Error),this.socket.destroy(),this.removeInternalSocketHandlers(),this.emit("error",new util_1.SocksClientError(err,this.options)))}sendSocks4InitialHandshake(){let userId=this.options.proxy.userId||"",buff=new smart_buffer_1.SmartBuffer;buff.writeUInt8(4),buff.writeUInt8(constants_1.SocksCommand[this.options.command]),buff.writeUInt16BE(this.options.destination.port),net4.isIPv4(this.options.destination.host)?(buff.writeBuffer((0,helpers_1.ipToBuffer)(this.options.destination.host)),buff.writeStringNT(userId)):(buff.writeUInt8(0),buff.writeUInt8(0),buff.writeUInt8(0),buff.writeUInt8(1),buff.writeStringNT(userId),buff.writeStringNT(this.options.destination.host)),this.nextRequiredPacketBufferSize=constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks4Response,this.socket.write(buff.toBuffer())}handleSocks4FinalHandshakeResponse(){let data=this.receiveBuffer.get(8);if(data[1]!==constants_1.Socks4Response.Granted)this.closeSocket(`${constants_1.ERRORS.Socks4ProxyRejectedConnection} - (${constants_1.Socks4Response[data[1]]})`);else if(constants_1.SocksCommand[this.options.command]===constants_1.SocksCommand.bind){let buff=smart_buffer_1.SmartBuffer.fromBuffer(data);buff.readOffset=2;let remoteHost={port:buff.readUInt16BE(),host:(0,helpers_1.int32ToIpv4)(buff.readUInt32BE())};remoteHost.host==="0.0.0.0"&&(remoteHost.host=this.options.proxy.ipaddress),this.setState(constants_1.SocksClientState.BoundWaitingForConnection),this.emit("bound",{remoteHost,socket:this.socket})}else this.setState(constants_1.SocksClientState.Established),this.removeInternalSocketHandlers(),this.emit("established",{socket:this.socket})}handleSocks4IncomingConnectionResponse(){let data=this.receiveBuffer.get(8);if(data[1]!==constants_1.Socks4Response.Granted)this.closeSocket(`${constants_1.ERRORS.Socks4ProxyRejectedIncomingBoundConnection} - (${constants_1.Socks4Response[data[1]]})`);else{let buff=smart_buffer_1.SmartBuffer.fromBuffer(data);buff.readOffset=2;let remoteHost={port:buff.readUInt16BE(),host:(0,helpers_1.int32ToIpv4)(buff.readUInt32BE())};this.setState(constants_1.SocksClientState.Established),this.removeInternalSocketHandlers(),this.emit("established",{remoteHost,socket:this.socket})}}sendSocks5InitialHandshake(){let buff=new smart_buffer_1.SmartBuffer,supportedAuthMethods=[constants_1.Socks5Auth.NoAuth];(this.options.proxy.userId||this.options.proxy.password)&&supportedAuthMethods.push(constants_1.Socks5Auth.UserPass),this.options.proxy.custom_auth_method!==void 0&&supportedAuthMethods.push(this.options.proxy.custom_auth_method),buff.writeUInt8(5),buff.writeUInt8(supportedAuthMethods.length);for(let authMethod of supportedAuthMethods)buff.writeUInt8(authMethod);this.nextRequiredPacketBufferSize=constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5InitialHandshakeResponse,this.socket.write(buff.toBuffer()),this.setState(constants_1.SocksClientState.SentInitialHandshake)}handleInitialSocks5HandshakeResponse(){let data=this.receiveBuffer.get(2);data[0]!==5?this.closeSocket(constants_1.ERRORS.InvalidSocks5IntiailHandshakeSocksVersion):data[1]===constants_1.SOCKS5_NO_ACCEPTABLE_AUTH?this.closeSocket(constants_1.ERRORS.InvalidSocks5InitialHandshakeNoAcceptedAuthType):data[1]===constants_1.Socks5Auth.NoAuth?(this.socks5ChosenAuthType=constants_1.Socks5Auth.NoAuth,this.sendSocks5CommandRequest()):data[1]===constants_1.Socks5Auth.UserPass?(this.socks5ChosenAuthType=constants_1.Socks5Auth.UserPass,this.sendSocks5UserPassAuthentication()):data[1]===this.options.proxy.custom_auth_method?(this.socks5ChosenAuthType=this.options.proxy.custom_auth_method,this.sendSocks5CustomAuthentication()):this.closeSocket(constants_1.ERRORS.InvalidSocks5InitialHandshakeUnknownAuthType)}sendSocks5UserPassAuthentication(){let userId=this.options.proxy.userId||"",password=this.options.proxy.password||"",buff=new smart_buffer_1.SmartBuffer;buff.writeUInt8(1),buff.writeUInt8(Buffer.byteLength(userId)),buff.writeString(userId),buff.writeUInt8(Buffer.byteLength(password)),buff.writeString(password),this.nextRequiredPacketBufferSize=constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5UserPassAuthenticationResponse,this.socket.write(buff.toBuffer()),this.setState(constants_1.SocksClientState.SentAuthentication)}sendSocks5CustomAuthentication(){return __awaiter(this,void 0,void 0,function*(){this.nextRequiredPacketBufferSize=this.options.proxy.custom_auth_response_size,this.socket.write(yield this.options.proxy.custom_auth_request_handler()),this.setState(constants_1.SocksClientState.SentAuthentication)})}handleSocks5CustomAuthHandshakeResponse(data){return __awaiter(this,void 0,void 0,function*(){return yield this.options.proxy.custom_auth_response_handler(data)})}handleSocks5AuthenticationNoAuthHandshakeResponse(data){return __awaiter(this,void 0,void 0,function*(){return data[1]===0})}handleSocks5AuthenticationUserPassHandshakeResponse(data){return __awaiter(this,void 0,void 0,function*(){return data[1]===0})}handleInitialSocks5AuthenticationHandshakeResponse(){return __awaiter(this,void 0,void 0,function*(){this.setState(constants_1.SocksClientState.ReceivedAuthenticationResponse);let authResult=!1;this.socks5ChosenAuthType===constants_1.Socks5Auth.NoAuth?authResult=yield this.handleSocks5AuthenticationNoAuthHandshakeResponse(this.receiveBuffer.get(2)):this.socks5ChosenAuthType===constants_1.Socks5Auth.UserPass?authResult=yield this.handleSocks5AuthenticationUserPassHandshakeResponse(this.receiveBuffer.get(2)):this.socks5ChosenAuthType===this.options.proxy.custom_auth_method&&(authResult=yield this.handleSocks5CustomAuthHandshakeResponse(this.receiveBuffer.get(this.options.proxy.custom_auth_response_size))),authResult?this.sendSocks5CommandRequest():this.closeSocket(constants_1.ERRORS.Socks5AuthenticationFailed)})}sendSocks5CommandRequest(){let buff=new smart_buffer_1.SmartBuffer;buff.writeUInt8(5),buff.writeUInt8(constants_1.SocksCommand[this.options.command]),buff.writeUInt8(0),net4.isIPv4(this.options.destination.host)?(buff.writeUInt8(constants_1.Socks5HostType.IPv4),buff.writeBuffer((0,helpers_1.ipToBuffer)(this.options.destination.host))):net4.isIPv6(this.options.destination.host)?(buff.writeUInt8(constants_1.Socks5HostType.IPv6),buff.writeBuffer((0,helpers_1.ipToBuffer)(this.options.destination.host))):(buff.writeUInt8(constants_1.Socks5HostType.Hostname),buff.writeUInt8(this.options.destination.host.length),buff.writeString(this.options.destination.host)),buff.writeUInt16BE(this.options.destination.port),this.nextRequiredPacketBufferSize=constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHeader,this.socket.write(buff.toBuffer()),this.setState(constants_1.SocksClientState.SentFinalHandshake)}handleSocks5FinalHandshakeResponse(){let header=this.receiveBuffer.peek(5);if(header[0]!==5||header[1]!==constants_1.Socks5Response.Granted)this.closeSocket(`${constants_1.ERRORS.InvalidSocks5FinalHandshakeRejected} - ${constants_1.Socks5Response[header[1]]}`);else{let addressType=header[3],remoteHost,buff;if(addressType===constants_1.Socks5HostType.IPv4){let dataNeeded=constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv4;if(this.receiveBuffer.length<dataNeeded){this.nextRequiredPacketBufferSize=dataNeeded;return}buff=smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(4)),remoteHost={host:(0,helpers_1.int32ToIpv4)(buff.readUInt32BE()),port:buff.readUInt16BE()},remoteHost.host==="0.0.0.0"&&(remoteHost.host=this.options.proxy.ipaddress)}else if(addressType===constants_1.Socks5HostType.Hostname){let hostLength=header[4],dataNeeded=constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHostname(hostLength);if(this.receiveBuffer.length<dataNeeded){this.nextRequiredPacketBufferSize=dataNeeded;return}buff=smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(5)),remoteHost={host:buff.readString(hostLength),port:buff.readUInt16BE()}}else if(addressType===constants_1.Socks5HostType.IPv6){let dataNeeded=constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv6;if(this.receiveBuffer.length<dataNeeded){this.nextRequiredPacketBufferSize=dataNeeded;return}buff=smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(4)),remoteHost={host:ip_address_1.Address6.fromByteArray(Array.from(buff.readBuffer(16))).canonicalForm(),port:buff.readUInt16BE()}}this.setState(constants_1.SocksClientState.ReceivedFinalResponse),constants_1.SocksCommand[this.options.command]===constants_1.SocksCommand.connect?(this.setState(constants_1.SocksClientState.Established),this.removeInternalSocketHandlers(),this.emit("established",{remoteHost,socket:this.socket})):constants_1.SocksCommand[this.options.command]===constants_1.SocksCommand.bind?(this.setState(constants_1.SocksClientState.BoundWaitingForConnection),this.nextRequiredPacketBufferSize=constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHeader,this.emit("bound",{remoteHost,socket:this.socket})):constants_1.SocksCommand[this.options.command]===constants_1.SocksCommand.associate&&(this.setState(constants_1.SocksClientState.Established),this.removeInternalSocketHandlers(),this.emit("established",{remoteHost,socket:this.socket}))}}handleSocks5IncomingConnectionResponse(){let header=this.receiveBuffer.peek(5);if(header[0]!==5||header[1]!==constants_1.Socks5Response.Granted)this.closeSocket(`${constants_1.ERRORS.Socks5ProxyRejectedIncomingBoundConnection} - ${constants_1.Socks5Response[header[1]]}`);else{let addressType=header[3],remoteHost,buff;if(addressType===constants_1.Socks5HostType.IPv4){let dataNeeded=constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv4;if(this.receiveBuffer.length<dataNeeded){this.nextRequiredPacketBufferSize=dataNeeded;return}buff=smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(4)),remoteHost={host:(0,helpers_1.int32ToIpv4)(buff.readUInt32BE()),port:buff.readUInt16BE()},remoteHost.host==="0.0.0.0"&&(remoteHost.host=this.options.proxy.ipaddress)}else if(addressType===constants_1.Socks5HostType.Hostname){let hostLength=header[4],dataNeeded=constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHostname(hostLength);if(this.receiveBuffer.length<dataNeeded){this.nextRequiredPacketBufferSize=dataNeeded;return}buff=smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(5)),remoteHost={host:buff.readString(hostLength),port:buff.readUInt16BE()}}else if(addressType===constants_1.Socks5HostType.IPv6){let dataNeeded=constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv6;if(this.receiveBuffer.length<dataNeeded){this.nextRequiredPacketBufferSize=dataNeeded;return}buff=smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(4)),remoteHost={host:ip_address_1.Address6.fromByteArray(Array.from(buff.readBuffer(16))).canonicalForm(),port:buff.readUInt16BE()}}this.setState(constants_1.SocksClientState.Established),this.removeInternalSocketHandlers(),this.emit("established",{remoteHost,socket:this.socket})}}get socksClientOptions(){return Object.assign({},this.options)}};exports2.SocksClient=SocksClient3}});var require_build=__commonJS({"node_modules/socks/build/index.js"(exports2){"use strict";var __createBinding=exports2&&exports2.__createBinding||(Object.create?(function(o,m,k,k2){k2===void 0&&(k2=k);var desc=Object.getOwnPropertyDescriptor(m,k);(!desc||("get"in desc?!m.__esModule:desc.writable||desc.configurable))&&(desc={enumerable:!0,get:function(){return m[k]}}),Object.defineProperty(o,k2,desc)}):(function(o,m,k,k2){k2===void 0&&(k2=k),o[k2]=m[k]})),__exportStar=exports2&&exports2.__exportStar||function(m,exports3){for(var p in m)p!=="default"&&!Object.prototype.hasOwnProperty.call(exports3,p)&&__createBinding(exports3,m,p)};Object.defineProperty(exports2,"__esModule",{value:!0});__exportStar(require_socksclient(),exports2)}});var require_ms=__commonJS({"node_modules/ms/index.js"(exports2,module2){var s=1e3,m=s*60,h=m*60,d=h*24,w=d*7,y=d*365.25;module2.exports=function(val,options){options=options||{};var type=typeof val;if(type==="string"&&val.length>0)return parse2(val);if(type==="number"&&isFinite(val))return options.long?fmtLong(val):fmtShort(val);throw new Error("val is not a non-empty string or a valid number. val="+JSON.stringify(val))};function parse2(str){if(str=String(str),!(str.length>100)){var match=/^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(str);if(match){var n=parseFloat(match[1]),type=(match[2]||"ms").toLowerCase();switch(type){case"years":case"year":case"yrs":case"yr":case"y":return n*y;case"weeks":case"week":case"w":return n*w;case"days":case"day":case"d":return n*d;case"hours":case"hour":case"hrs":case"hr":case"h":return n*h;case"minutes":case"minute":case"mins":case"min":case"m":return n*m;case"seconds":case"second":case"secs":case"sec":case"s":return n*s;case"milliseconds":case"millisecond":case"msecs":case"msec":case"ms":return n;default:return}}}}function fmtShort(ms){var msAbs=Math.abs(ms);return msAbs>=d?Math.round(ms/d)+"d":msAbs>=h?Math.round(ms/h)+"h":msAbs>=m?Math.round(ms/m)+"m":msAbs>=s?Math.round(ms/s)+"s":ms+"ms"}function fmtLong(ms){var msAbs=Math.abs(ms);return msAbs>=d?plural(ms,msAbs,d,"day"):msAbs>=h?plural(ms,msAbs,h,"hour"):msAbs>=m?plural(ms,msAbs,m,"minute"):msAbs>=s?plural(ms,msAbs,s,"second"):ms+" ms"}function plural(ms,msAbs,n,name){var isPlural=msAbs>=n*1.5;return Math.round(ms/n)+" "+name+(isPlural?"s":"")}}});var require_common2=__commonJS({"node_modules/debug/src/common.js"(exports2,module2){function setup(env){createDebug2.debug=createDebug2,createDebug2.default=createDebug2,createDebug2.coerce=coerce,createDebug2.disable=disable,createDebug2.enable=enable,createDebug2.enabled=enabled,createDebug2.humanize=require_ms(),createDebug2.destroy=destroy,Object.keys(env).forEach(key=>{createDebug2[key]=env[key]}),createDebug2.names=[],createDebug2.skips=[],createDebug2.formatters={};function selectColor(namespace){let hash=0;for(let i=0;i<namespace.length;i++)hash=(hash<<5)-hash+namespace.charCodeAt(i),hash|=0;return createDebug2.colors[Math.abs(hash)%createDebug2.colors.length]}createDebug2.selectColor=selectColor;function createDebug2(namespace){let prevTime,enableOverride=null,namespacesCache,enabledCache;function debug2(...args){if(!debug2.enabled)return;let self=debug2,curr=Number(new Date),ms=curr-(prevTime||curr);self.diff=ms,self.prev=prevTime,self.curr=curr,prevTime=curr,args[0]=createDebug2.coerce(args[0]),typeof args[0]!="string"&&args.unshift("%O");let index2=0;args[0]=args[0].replace(/%([a-zA-Z%])/g,(match,format)=>{if(match==="%%")return"%";index2++;let formatter=createDebug2.formatters[format];if(typeof formatter=="function"){let val=args[index2];match=formatter.call(self,val),args.splice(index2,1),index2--}return match}),createDebug2.formatArgs.call(self,args),(self.log||createDebug2.log).apply(self,args)}return debug2.namespace=namespace,debug2.useColors=createDebug2.useColors(),debug2.color=createDebug2.selectColor(namespace),debug2.extend=extend,debug2.destroy=createDebug2.destroy,Object.defineProperty(debug2,"enabled",{enumerable:!0,configurable:!1,get:()=>enableOverride!==null?enableOverride:(namespacesCache!==createDebug2.namespaces&&(namespacesCache=createDebug2.namespaces,enabledCache=createDebug2.enabled(namespace)),enabledCache),set:v=>{enableOverride=v}}),typeof createDebug2.init=="function"&&createDebug2.init(debug2),debug2}function extend(namespace,delimiter){let newDebug=createDebug2(this.namespace+(typeof delimiter>"u"?":":delimiter)+namespace);return newDebug.log=this.log,newDebug}function enable(namespaces){createDebug2.save(namespaces),createDebug2.namespaces=namespaces,createDebug2.names=[],createDebug2.skips=[];let split=(typeof namespaces=="string"?namespaces:"").trim().replace(/\s+/g,",").split(",").filter(Boolean);for(let ns of split)ns[0]==="-"?createDebug2.skips.push(ns.slice(1)):createDebug2.names.push(ns)}function matchesTemplate(search,template){let searchIndex=0,templateIndex=0,starIndex=-1,matchIndex=0;for(;searchIndex<search.length;)if(templateIndex<template.length&&(template[templateIndex]===search[searchIndex]||template[templateIndex]==="*"))template[templateIndex]==="*"?(starIndex=templateIndex,matchIndex=searchIndex,templateIndex++):(searchIndex++,templateIndex++);else if(starIndex!==-1)templateIndex=starIndex+1,matchIndex++,searchIndex=matchIndex;else return!1;for(;templateIndex<template.length&&template[templateIndex]==="*";)templateIndex++;return templateIndex===template.length}function disable(){let namespaces=[...createDebug2.names,...createDebug2.skips.map(namespace=>"-"+namespace)].join(",");return createDebug2.enable(""),namespaces}function enabled(name){for(let skip of createDebug2.skips)if(matchesTemplate(name,skip))return!1;for(let ns of createDebug2.names)if(matchesTemplate(name,ns))return!0;return!1}function coerce(val){return val instanceof Error?val.stack||val.message:val}function destroy(){console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.")}return createDebug2.enable(createDebug2.load()),createDebug2}module2.exports=setup}});var require_browser=__commonJS({"node_modules/debug/src/browser.js"(exports2,module2){exports2.formatArgs=formatArgs;exports2.save=save;exports2.load=load2;exports2.useColors=useColors;exports2.storage=localstorage();exports2.destroy=(()=>{let warned=!1;return()=>{warned||(warned=!0,console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."))}})();exports2.colors=["#0000CC","#0000FF","#0033CC","#0033FF","#0066CC","#0066FF","#0099CC","#0099FF","#00CC00","#00CC33","#00CC66","#00CC99","#00CCCC","#00CCFF","#3300CC","#3300FF","#3333CC","#3333FF","#3366CC","#3366FF","#3399CC","#3399FF","#33CC00","#33CC33","#33CC66","#33CC99","#33CCCC","#33CCFF","#6600CC","#6600FF","#6633CC","#6633FF","#66CC00","#66CC33","#9900CC","#9900FF","#9933CC","#9933FF","#99CC00","#99CC33","#CC0000","#CC0033","#CC0066","#CC0099","#CC00CC","#CC00FF","#CC3300","#CC3333","#CC3366","#CC3399","#CC33CC","#CC33FF","#CC6600","#CC6633","#CC9900","#CC9933","#CCCC00","#CCCC33","#FF0000","#FF0033","#FF0066","#FF0099","#FF00CC","#FF00FF","#FF3300","#FF3333","#FF3366","#FF3399","#FF33CC","#FF33FF","#FF6600","#FF6633","#FF9900","#FF9933","#FFCC00","#FFCC33"];function useColors(){if(typeof window<"u"&&window.process&&(window.process.type==="renderer"||window.process.__nwjs))return!0;if(typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/))return!1;let m;return typeof document<"u"&&document.documentElement&&document.documentElement.style&&document.documentElement.style.WebkitAppearance||typeof window<"u"&&window.console&&(window.console.firebug||window.console.exception&&window.console.table)||typeof navigator<"u"&&navigator.userAgent&&(m=navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/))&&parseInt(m[1],10)>=31||typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/)}function formatArgs(args){if(args[0]=(this.useColors?"%c":"")+this.namespace+(this.useColors?" %c":" ")+args[0]+(this.useColors?"%c ":" ")+"+"+module2.exports.humanize(this.diff),!this.useColors)return;let c="color: "+this.color;args.splice(1,0,c,"color: inherit");let index2=0,lastC=0;args[0].replace(/%[a-zA-Z%]/g,match=>{match!=="%%"&&(index2++,match==="%c"&&(lastC=index2))}),args.splice(lastC,0,c)}exports2.log=console.debug||console.log||(()=>{});function save(namespaces){try{namespaces?exports2.storage.setItem("debug",namespaces):exports2.storage.removeItem("debug")}catch{}}function load2(){let r;try{r=exports2.storage.getItem("debug")||exports2.storage.getItem("DEBUG")}catch{}return!r&&typeof process<"u"&&"env"in process&&(r=process.env.DEBUG),r}function localstorage(){try{return localStorage}catch{}}module2.exports=require_common2()(exports2);var{formatters}=module2.exports;formatters.j=function(v){try{return JSON.stringify(v)}catch(error){return"[UnexpectedJSONParseError]: "+error.message}}}});var require_has_flag=__commonJS({"node_modules/has-flag/index.js"(exports2,module2){"use strict";module2.exports=(flag,argv=process.argv)=>{let prefix=flag.startsWith("-")?"":flag.length===1?"-":"--",position=argv.indexOf(prefix+flag),terminatorPosition=argv.indexOf("--");return position!==-1&&(terminatorPosition===-1||position<terminatorPosition)}}});var require_supports_color=__commonJS({"node_modules/supports-color/index.js"(exports2,module2){"use strict";var os=__webpack_require__(857),tty=__webpack_require__(2018),hasFlag=require_has_flag(),{env}=process,forceColor;hasFlag("no-color")||hasFlag("no-colors")||hasFlag("color=false")||hasFlag("color=never")?forceColor=0:(hasFlag("color")||hasFlag("colors")||hasFlag("color=true")||hasFlag("color=always"))&&(forceColor=1);"FORCE_COLOR"in env&&(env.FORCE_COLOR==="true"?forceColor=1:env.FORCE_COLOR==="false"?forceColor=0:forceColor=env.FORCE_COLOR.length===0?1:Math.min(parseInt(env.FORCE_COLOR,10),3));function translateLevel(level){return level===0?!1:{level,hasBasic:!0,has256:level>=2,has16m:level>=3}}function supportsColor(haveStream,streamIsTTY){if(forceColor===0)return 0;if(hasFlag("color=16m")||hasFlag("color=full")||hasFlag("color=truecolor"))return 3;if(hasFlag("color=256"))return 2;if(haveStream&&!streamIsTTY&&forceColor===void 0)return 0;let min=forceColor||0;if(env.TERM==="dumb")return min;if(process.platform==="win32"){let osRelease=os.release().split(".");return Number(osRelease[0])>=10&&Number(osRelease[2])>=10586?Number(osRelease[2])>=14931?3:2:1}if("CI"in env)return["TRAVIS","CIRCLECI","APPVEYOR","GITLAB_CI","GITHUB_ACTIONS","BUILDKITE"].some(sign=>sign in env)||env.CI_NAME==="codeship"?1:min;if("TEAMCITY_VERSION"in env)return/^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION)?1:0;if(env.COLORTERM==="truecolor")return 3;if("TERM_PROGRAM"in env){let version=parseInt((env.TERM_PROGRAM_VERSION||"").split(".")[0],10);switch(env.TERM_PROGRAM){case"iTerm.app":return version>=3?3:2;case"Apple_Terminal":return 2}}return/-256(color)?$/i.test(env.TERM)?2:/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)||"COLORTERM"in env?1:min}function getSupportLevel(stream){let level=supportsColor(stream,stream&&stream.isTTY);return translateLevel(level)}module2.exports={supportsColor:getSupportLevel,stdout:translateLevel(supportsColor(!0,tty.isatty(1))),stderr:translateLevel(supportsColor(!0,tty.isatty(2)))}}});var require_node=__commonJS({"node_modules/debug/src/node.js"(exports2,module2){var tty=__webpack_require__(2018),util=__webpack_require__(9023);exports2.init=init;exports2.log=log;exports2.formatArgs=formatArgs;exports2.save=save;exports2.load=load2;exports2.useColors=useColors;exports2.destroy=util.deprecate(()=>{},"Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");exports2.colors=[6,2,3,4,5,1];try{let supportsColor=require_supports_color();supportsColor&&(supportsColor.stderr||supportsColor).level>=2&&(exports2.colors=[20,21,26,27,32,33,38,39,40,41,42,43,44,45,56,57,62,63,68,69,74,75,76,77,78,79,80,81,92,93,98,99,112,113,128,129,134,135,148,149,160,161,162,163,164,165,166,167,168,169,170,171,172,173,178,179,184,185,196,197,198,199,200,201,202,203,204,205,206,207,208,209,214,215,220,221])}catch{}exports2.inspectOpts=Object.keys(process.env).filter(key=>/^debug_/i.test(key)).reduce((obj,key)=>{let prop=key.substring(6).toLowerCase().replace(/_([a-z])/g,(_,k)=>k.toUpperCase()),val=process.env[key];return/^(yes|on|true|enabled)$/i.test(val)?val=!0:/^(no|off|false|disabled)$/i.test(val)?val=!1:val==="null"?val=null:val=Number(val),obj[prop]=val,obj},{});function useColors(){return"colors"in exports2.inspectOpts?!!exports2.inspectOpts.colors:tty.isatty(process.stderr.fd)}function formatArgs(args){let{namespace:name,useColors:useColors2}=this;if(useColors2){let c=this.color,colorCode="\x1B[3"+(c<8?c:"8;5;"+c),prefix=`  ${colorCode};1m${name} \x1B[0m`;args[0]=prefix+args[0].split(`
`).join(`
`+prefix),args.push(colorCode+"m+"+module2.exports.humanize(this.diff)+"\x1B[0m")}else args[0]=getDate()+name+" "+args[0]}function getDate(){return exports2.inspectOpts.hideDate?"":new Date().toISOString()+" "}function log(...args){return process.stderr.write(util.formatWithOptions(exports2.inspectOpts,...args)+`
`)}function save(namespaces){namespaces?process.env.DEBUG=namespaces:delete process.env.DEBUG}function load2(){return process.env.DEBUG}function init(debug2){debug2.inspectOpts={};let keys=Object.keys(exports2.inspectOpts);for(let i=0;i<keys.length;i++)debug2.inspectOpts[keys[i]]=exports2.inspectOpts[keys[i]]}module2.exports=require_common2()(exports2);var{formatters}=module2.exports;formatters.o=function(v){return this.inspectOpts.colors=this.useColors,util.inspect(v,this.inspectOpts).split(`
`).map(str=>str.trim()).join(" ")};formatters.O=function(v){return this.inspectOpts.colors=this.useColors,util.inspect(v,this.inspectOpts)}}});var require_src=__commonJS({"node_modules/debug/src/index.js"(exports2,module2){typeof process>"u"||process.type==="renderer"||process.browser===!0||process.__nwjs?module2.exports=require_browser():module2.exports=require_node()}});var require_hpagent=__commonJS({"node_modules/hpagent/index.js"(exports2,module2){"use strict";var https3=__webpack_require__(5692),http3=__webpack_require__(8611),{URL:URL4}=__webpack_require__(7016),HttpProxyAgent2=class extends http3.Agent{constructor(options){let{proxy,proxyRequestOptions,...opts}=options;super(opts),this.proxy=typeof proxy=="string"?new URL4(proxy):proxy,this.proxyRequestOptions=proxyRequestOptions||{}}createConnection(options,callback){let requestOptions={...this.proxyRequestOptions,method:"CONNECT",host:this.proxy.hostname,port:this.proxy.port,path:`${options.host}:${options.port}`,setHost:!1,headers:{...this.proxyRequestOptions.headers,connection:this.keepAlive?"keep-alive":"close",host:`${options.host}:${options.port}`},agent:!1,timeout:options.timeout||0};if(this.proxy.username||this.proxy.password){let base64=Buffer.from(`${decodeURIComponent(this.proxy.username||"")}:${decodeURIComponent(this.proxy.password||"")}`).toString("base64");requestOptions.headers["proxy-authorization"]=`Basic ${base64}`}this.proxy.protocol==="https:"&&(requestOptions.servername=this.proxy.hostname);let request=(this.proxy.protocol==="http:"?http3:https3).request(requestOptions);request.once("connect",(response,socket,head)=>{request.removeAllListeners(),socket.removeAllListeners(),response.statusCode===200?callback(null,socket):(socket.destroy(),callback(new Error(`Bad response: ${response.statusCode}`),null))}),request.once("timeout",()=>{request.destroy(new Error("Proxy timeout"))}),request.once("error",err=>{request.removeAllListeners(),callback(err,null)}),request.end()}},HttpsProxyAgent2=class extends https3.Agent{constructor(options){let{proxy,proxyRequestOptions,...opts}=options;super(opts),this.proxy=typeof proxy=="string"?new URL4(proxy):proxy,this.proxyRequestOptions=proxyRequestOptions||{}}createConnection(options,callback){let requestOptions={...this.proxyRequestOptions,method:"CONNECT",host:this.proxy.hostname,port:this.proxy.port,path:`${options.host}:${options.port}`,setHost:!1,headers:{...this.proxyRequestOptions.headers,connection:this.keepAlive?"keep-alive":"close",host:`${options.host}:${options.port}`},agent:!1,timeout:options.timeout||0};if(this.proxy.username||this.proxy.password){let base64=Buffer.from(`${decodeURIComponent(this.proxy.username||"")}:${decodeURIComponent(this.proxy.password||"")}`).toString("base64");requestOptions.headers["proxy-authorization"]=`Basic ${base64}`}this.proxy.protocol==="https:"&&(requestOptions.servername=this.proxy.hostname);let request=(this.proxy.protocol==="http:"?http3:https3).request(requestOptions);request.once("connect",(response,socket,head)=>{if(request.removeAllListeners(),socket.removeAllListeners(),response.statusCode===200){let secureSocket=super.createConnection({...options,socket});callback(null,secureSocket)}else socket.destroy(),callback(new Error(`Bad response: ${response.statusCode}`),null)}),request.once("timeout",()=>{request.destroy(new Error("Proxy timeout"))}),request.once("error",err=>{request.removeAllListeners(),callback(err,null)}),request.end()}};module2.exports={HttpProxyAgent:HttpProxyAgent2,HttpsProxyAgent:HttpsProxyAgent2}}});var client_node_exports={};__export(client_node_exports,{HttpMethod:()=>HttpMethod,IsomorphicFetchHttpLibrary:()=>IsomorphicFetchHttpLibrary,KubeConfig:()=>KubeConfig,RequestContext:()=>RequestContext,Watch:()=>Watch});module.exports=__toCommonJS(client_node_exports);var import_node_fs3=__toESM(__webpack_require__(3024),1),import_node_https2=__toESM(__webpack_require__(4708),1),import_node_http=__toESM(__webpack_require__(7067),1),import_node_tls=__toESM(__webpack_require__(1692),1);var NOT_RESOLVED=Symbol("NOT_RESOLVED");function defineScalarTag(tagName,options){return{tagName,nodeKind:"scalar",implicit:options.implicit??!1,matchByTagPrefix:options.matchByTagPrefix??!1,implicitFirstChars:options.implicitFirstChars??null,resolve:options.resolve,identify:options.identify,represent:options.represent??(data=>String(data)),representTagName:options.representTagName??(()=>tagName)}}function defineSequenceTag(tagName,options){let carrierIsResult=options.finalize===void 0;return{tagName,nodeKind:"sequence",implicit:!1,matchByTagPrefix:options.matchByTagPrefix??!1,create:options.create,addItem:options.addItem,finalize:options.finalize??(carrier=>carrier),carrierIsResult,identify:options.identify,represent:options.represent??(data=>data),representTagName:options.representTagName??(()=>tagName)}}function defineMappingTag(tagName,options){let carrierIsResult=options.finalize===void 0;return{tagName,nodeKind:"mapping",implicit:!1,matchByTagPrefix:options.matchByTagPrefix??!1,create:options.create,addPair:options.addPair,has:options.has,keys:options.keys,get:options.get,finalize:options.finalize??(carrier=>carrier),carrierIsResult,identify:options.identify,represent:options.represent??(data=>data),representTagName:options.representTagName??(()=>tagName)}}var strTag=defineScalarTag("tag:yaml.org,2002:str",{resolve:source=>source,identify:data=>typeof data=="string"}),NULL_VALUES$1=["","~","null","Null","NULL"],nullCoreTag=defineScalarTag("tag:yaml.org,2002:null",{implicit:!0,implicitFirstChars:["","~","n","N"],resolve:source=>NULL_VALUES$1.indexOf(source)!==-1?null:NOT_RESOLVED,identify:object=>object===null,represent:()=>"null"}),nullJsonTag=defineScalarTag("tag:yaml.org,2002:null",{implicit:!0,implicitFirstChars:["n"],resolve:(source,isExplicit)=>source==="null"||isExplicit&&source===""?null:NOT_RESOLVED,identify:object=>object===null,represent:()=>"null"}),NULL_VALUES=["","~","null","Null","NULL"],nullYaml11Tag=defineScalarTag("tag:yaml.org,2002:null",{implicit:!0,implicitFirstChars:["","~","n","N"],resolve:source=>NULL_VALUES.indexOf(source)!==-1?null:NOT_RESOLVED,identify:object=>object===null,represent:()=>"null"}),TRUE_VALUES$2=["true","True","TRUE"],FALSE_VALUES$2=["false","False","FALSE"],boolCoreTag=defineScalarTag("tag:yaml.org,2002:bool",{implicit:!0,implicitFirstChars:["t","T","f","F"],resolve:source=>TRUE_VALUES$2.indexOf(source)!==-1?!0:FALSE_VALUES$2.indexOf(source)!==-1?!1:NOT_RESOLVED,identify:object=>Object.prototype.toString.call(object)==="[object Boolean]",represent:object=>object?"true":"false"}),TRUE_VALUES$1=["true"],FALSE_VALUES$1=["false"],boolJsonTag=defineScalarTag("tag:yaml.org,2002:bool",{implicit:!0,implicitFirstChars:["t","f"],resolve:source=>TRUE_VALUES$1.indexOf(source)!==-1?!0:FALSE_VALUES$1.indexOf(source)!==-1?!1:NOT_RESOLVED,identify:object=>Object.prototype.toString.call(object)==="[object Boolean]",represent:object=>object?"true":"false"}),TRUE_VALUES=["true","True","TRUE","y","Y","yes","Yes","YES","on","On","ON"],FALSE_VALUES=["false","False","FALSE","n","N","no","No","NO","off","Off","OFF"],boolYaml11Tag=defineScalarTag("tag:yaml.org,2002:bool",{implicit:!0,implicitFirstChars:["y","Y","n","N","t","T","f","F","o","O"],resolve:source=>TRUE_VALUES.indexOf(source)!==-1?!0:FALSE_VALUES.indexOf(source)!==-1?!1:NOT_RESOLVED,identify:object=>Object.prototype.toString.call(object)==="[object Boolean]",represent:object=>object?"true":"false"}),YAML_INTEGER_IMPLICIT_PATTERN$1=new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$"),YAML_INTEGER_EXPLICIT_PATTERN$1=new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");function parseYamlInteger$2(source){let value=source,sign=1;return(value[0]==="-"||value[0]==="+")&&(value[0]==="-"&&(sign=-1),value=value.slice(1)),value.startsWith("0b")?sign*parseInt(value.slice(2),2):value.startsWith("0o")?sign*parseInt(value.slice(2),8):value.startsWith("0x")?sign*parseInt(value.slice(2),16):sign*parseInt(value,10)}function resolveYamlInteger$2(source,isExplicit){if(isExplicit){if(!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source))return NOT_RESOLVED}else if(!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source))return NOT_RESOLVED;let result=parseYamlInteger$2(source);return Number.isFinite(result)?result:NOT_RESOLVED}var intCoreTag=defineScalarTag("tag:yaml.org,2002:int",{implicit:!0,implicitFirstChars:["-","+",..."0123456789"],resolve:resolveYamlInteger$2,identify:object=>Number.isInteger(object)&&!Object.is(object,-0)&&object.toString(10).indexOf("e")<0,represent:object=>object.toString(10)}),YAML_INTEGER_IMPLICIT_PATTERN=new RegExp("^-?(?:0|[1-9][0-9]*)$"),YAML_INTEGER_EXPLICIT_PATTERN=new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");function parseYamlInteger$1(source){let value=source,sign=1;return(value[0]==="-"||value[0]==="+")&&(value[0]==="-"&&(sign=-1),value=value.slice(1)),value.startsWith("0b")?sign*parseInt(value.slice(2),2):value.startsWith("0o")?sign*parseInt(value.slice(2),8):value.startsWith("0x")?sign*parseInt(value.slice(2),16):sign*parseInt(value,10)}function resolveYamlInteger$1(source,isExplicit){if(isExplicit){if(!YAML_INTEGER_EXPLICIT_PATTERN.test(source))return NOT_RESOLVED}else if(!YAML_INTEGER_IMPLICIT_PATTERN.test(source))return NOT_RESOLVED;let result=parseYamlInteger$1(source);return Number.isFinite(result)?result:NOT_RESOLVED}var intJsonTag=defineScalarTag("tag:yaml.org,2002:int",{implicit:!0,implicitFirstChars:["-",..."0123456789"],resolve:resolveYamlInteger$1,identify:object=>Number.isInteger(object)&&!Object.is(object,-0)&&object.toString(10).indexOf("e")<0,represent:object=>object.toString(10)}),YAML_INTEGER_PATTERN=new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");function parseYamlInteger(source){let value=source.replace(/_/g,""),sign=1;if((value[0]==="-"||value[0]==="+")&&(value[0]==="-"&&(sign=-1),value=value.slice(1)),value.startsWith("0b"))return sign*parseInt(value.slice(2),2);if(value.startsWith("0x"))return sign*parseInt(value.slice(2),16);if(value.includes(":")){let result=0;for(let part of value.split(":"))result=result*60+Number(part);return sign*result}return value!=="0"&&value[0]==="0"?sign*parseInt(value,8):sign*parseInt(value,10)}function resolveYamlInteger(source){if(!YAML_INTEGER_PATTERN.test(source))return NOT_RESOLVED;let result=parseYamlInteger(source);return Number.isFinite(result)?result:NOT_RESOLVED}var intYaml11Tag=defineScalarTag("tag:yaml.org,2002:int",{implicit:!0,implicitFirstChars:["-","+",..."0123456789"],resolve:resolveYamlInteger,identify:object=>Number.isInteger(object)&&!Object.is(object,-0)&&object.toString(10).indexOf("e")<0,represent:object=>object.toString(10)}),YAML_FLOAT_PATTERN$1=new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),YAML_FLOAT_SPECIAL_PATTERN$1=new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");function resolveYamlFloat$2(source){if(!YAML_FLOAT_PATTERN$1.test(source))return NOT_RESOLVED;let value=source.toLowerCase(),sign=value[0]==="-"?-1:1;if("+-".includes(value[0])&&(value=value.slice(1)),value===".inf")return sign===1?Number.POSITIVE_INFINITY:Number.NEGATIVE_INFINITY;if(value===".nan")return NaN;let result=sign*parseFloat(value);return Number.isFinite(result)||YAML_FLOAT_SPECIAL_PATTERN$1.test(source)?result:NOT_RESOLVED}function representYamlFloat$2(object){if(isNaN(object))return".nan";if(object===Number.POSITIVE_INFINITY)return".inf";if(object===Number.NEGATIVE_INFINITY)return"-.inf";if(Object.is(object,-0))return"-0.0";let result=object.toString(10);return/^[-+]?[0-9]+e/.test(result)?result.replace("e",".e"):result}var floatCoreTag=defineScalarTag("tag:yaml.org,2002:float",{implicit:!0,implicitFirstChars:["-","+",".",..."0123456789"],resolve:resolveYamlFloat$2,identify:object=>typeof object=="number"&&(!Number.isInteger(object)||Object.is(object,-0)||object.toString(10).indexOf("e")>=0),represent:representYamlFloat$2}),YAML_FLOAT_IMPLICIT_PATTERN=new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$"),YAML_FLOAT_EXPLICIT_PATTERN=new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");function resolveYamlFloat$1(source,isExplicit){if(isExplicit){if(!YAML_FLOAT_EXPLICIT_PATTERN.test(source))return NOT_RESOLVED;let value=source.toLowerCase(),sign=value[0]==="-"?-1:1;if("+-".includes(value[0])&&(value=value.slice(1)),value===".inf")return sign===1?Number.POSITIVE_INFINITY:Number.NEGATIVE_INFINITY;if(value===".nan")return NaN;let result2=sign*parseFloat(value);return Number.isFinite(result2)?result2:NOT_RESOLVED}if(!YAML_FLOAT_IMPLICIT_PATTERN.test(source))return NOT_RESOLVED;let result=Number(source);return Number.isFinite(result)?result:NOT_RESOLVED}function representYamlFloat$1(object){if(isNaN(object))return".nan";if(object===Number.POSITIVE_INFINITY)return".inf";if(object===Number.NEGATIVE_INFINITY)return"-.inf";if(Object.is(object,-0))return"-0.0";let result=object.toString(10);return/^[-+]?[0-9]+e/.test(result)?result.replace("e",".e"):result}var floatJsonTag=defineScalarTag("tag:yaml.org,2002:float",{implicit:!0,implicitFirstChars:["-",..."0123456789"],resolve:resolveYamlFloat$1,identify:object=>typeof object=="number"&&(!Number.isInteger(object)||Object.is(object,-0)||object.toString(10).indexOf("e")>=0),represent:representYamlFloat$1}),YAML_FLOAT_PATTERN=new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),YAML_FLOAT_SPECIAL_PATTERN=new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");function resolveYamlFloat(source){if(!YAML_FLOAT_PATTERN.test(source))return NOT_RESOLVED;let value=source.toLowerCase().replace(/_/g,""),sign=value[0]==="-"?-1:1;if("+-".includes(value[0])&&(value=value.slice(1)),value===".inf")return sign===1?Number.POSITIVE_INFINITY:Number.NEGATIVE_INFINITY;if(value===".nan")return NaN;let result=0;if(value.includes(":")){for(let part of value.split(":"))result=result*60+Number(part);result*=sign}else result=sign*parseFloat(value);return Number.isFinite(result)||YAML_FLOAT_SPECIAL_PATTERN.test(source)?result:NOT_RESOLVED}function representYamlFloat(object){if(isNaN(object))return".nan";if(object===Number.POSITIVE_INFINITY)return".inf";if(object===Number.NEGATIVE_INFINITY)return"-.inf";if(Object.is(object,-0))return"-0.0";let result=object.toString(10);return/^[-+]?[0-9]+e/.test(result)?result.replace("e",".e"):result}var floatYaml11Tag=defineScalarTag("tag:yaml.org,2002:float",{implicit:!0,implicitFirstChars:["-","+",".",..."0123456789"],resolve:resolveYamlFloat,identify:object=>typeof object=="number"&&(!Number.isInteger(object)||Object.is(object,-0)||object.toString(10).indexOf("e")>=0),represent:representYamlFloat}),mergeTag=defineScalarTag("tag:yaml.org,2002:merge",{implicit:!0,implicitFirstChars:["<"],resolve:(source,isExplicit)=>source==="<<"||isExplicit&&source===""?"<<":NOT_RESOLVED,identify:()=>!1}),BASE64_PATTERN=/^[A-Za-z0-9+/]*={0,2}$/;function resolveYamlBinary(source){let input=source.replace(/\s/g,"");if(input.length%4!==0||!BASE64_PATTERN.test(input))return NOT_RESOLVED;let binary=atob(input),result=new Uint8Array(binary.length);for(let index2=0;index2<binary.length;index2++)result[index2]=binary.charCodeAt(index2);return result}function representYamlBinary(object){let binary="";for(let index2=0;index2<object.length;index2++)binary+=String.fromCharCode(object[index2]);return btoa(binary)}var binaryTag=defineScalarTag("tag:yaml.org,2002:binary",{resolve:resolveYamlBinary,identify:object=>Object.prototype.toString.call(object)==="[object Uint8Array]",represent:representYamlBinary}),YAML_DATE_REGEXP=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"),YAML_TIMESTAMP_REGEXP=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");function makeUtcDate(year,month,day,hour=0,minute=0,second=0,fraction=0){let date=new Date(Date.UTC(year,month,day,hour,minute,second,fraction));return date.setUTCFullYear(year,month,day),date}function resolveYamlTimestamp(source){let match=YAML_DATE_REGEXP.exec(source);if(match===null&&(match=YAML_TIMESTAMP_REGEXP.exec(source)),match===null)return NOT_RESOLVED;let year=+match[1],month=+match[2]-1,day=+match[3];if(!match[4]){let date2=makeUtcDate(year,month,day);return date2.getUTCFullYear()!==year||date2.getUTCMonth()!==month||date2.getUTCDate()!==day?NOT_RESOLVED:date2}let hour=+match[4],minute=+match[5],second=+match[6],fraction=0;if(hour>23||minute>59||second>59)return NOT_RESOLVED;if(match[7]){let value=match[7].slice(0,3);for(;value.length<3;)value+="0";fraction=+value}let date=makeUtcDate(year,month,day,hour,minute,second,fraction);if(date.getUTCFullYear()!==year||date.getUTCMonth()!==month||date.getUTCDate()!==day)return NOT_RESOLVED;if(match[9]){let offsetHour=+match[10],offsetMinute=+(match[11]||0);if(offsetHour>23||offsetMinute>59)return NOT_RESOLVED;let offset=(offsetHour*60+offsetMinute)*6e4;date.setTime(date.getTime()-(match[9]==="-"?-offset:offset))}return date}var timestampTag=defineScalarTag("tag:yaml.org,2002:timestamp",{implicit:!0,implicitFirstChars:[..."0123456789"],resolve:resolveYamlTimestamp,identify:object=>object instanceof Date,represent:object=>object.toISOString()}),seqTag=defineSequenceTag("tag:yaml.org,2002:seq",{create:()=>[],addItem:(container,item)=>{container.push(item)},identify:Array.isArray});function isPlainObject(data){if(data===null||typeof data!="object"||Array.isArray(data))return!1;let prototype=Object.getPrototypeOf(data);return prototype===null||prototype===Object.prototype}function pick(object,keys){let result={};for(let key of keys)object[key]!==void 0&&(result[key]=object[key]);return result}var omapTag=defineSequenceTag("tag:yaml.org,2002:omap",{create:()=>({list:[],seen:new Set}),addItem:(carrier,item)=>{let key;if(item instanceof Map){if(item.size!==1)return"cannot resolve an ordered map item";key=item.keys().next().value}else if(isPlainObject(item)){let itemKeys=Object.keys(item);if(itemKeys.length!==1)return"cannot resolve an ordered map item";key=itemKeys[0]}else return"cannot resolve an ordered map item";return carrier.seen.has(key)?"duplicate key in ordered map":(carrier.seen.add(key),carrier.list.push(item),"")},finalize:carrier=>carrier.list,identify:()=>!1}),pairsTag=defineSequenceTag("tag:yaml.org,2002:pairs",{create:()=>[],addItem:(container,item)=>{if(item instanceof Map)return item.size!==1?"cannot resolve a pairs item":(container.push(item.entries().next().value),"");if(Object.prototype.toString.call(item)!=="[object Object]")return"cannot resolve a pairs item";let object=item,keys=Object.keys(object);return keys.length!==1?"cannot resolve a pairs item":(container.push([keys[0],object[keys[0]]]),"")},identify:()=>!1}),mapTag=defineMappingTag("tag:yaml.org,2002:map",{create:()=>({}),identify:isPlainObject,represent:o=>{let map=new Map;for(let key of Object.keys(o))map.set(key,o[key]);return map},addPair:(container,key,value)=>{if(key!==null&&typeof key=="object")return"object-based map does not support complex keys";let normalizedKey=String(key);return normalizedKey==="__proto__"?Object.defineProperty(container,normalizedKey,{value,enumerable:!0,configurable:!0,writable:!0}):container[normalizedKey]=value,""},has:(container,key)=>key!==null&&typeof key=="object"?!1:Object.prototype.hasOwnProperty.call(container,String(key)),keys:container=>Object.keys(container),get:(container,key)=>{let normalizedKey=String(key);return Object.prototype.hasOwnProperty.call(container,normalizedKey)?container[normalizedKey]:null}}),setTag=defineMappingTag("tag:yaml.org,2002:set",{create:()=>new Set,identify:data=>data instanceof Set,represent:data=>{let map=new Map;for(let key of data)map.set(key,null);return map},addPair:(container,key,value)=>value!==null?"cannot resolve a set item":(container.add(key),""),has:(container,key)=>container.has(key),keys:container=>container.keys(),get:()=>null});function createTagDefinitionMap(){return{scalar:Object.create(null),sequence:Object.create(null),mapping:Object.create(null)}}function createTagDefinitionListMap(){return{scalar:[],sequence:[],mapping:[]}}function compileTags(tags){let result=[];for(let tag of tags){let index2=result.length;for(let previousIndex=0;previousIndex<result.length;previousIndex++){let previous=result[previousIndex];if(previous.nodeKind===tag.nodeKind&&previous.tagName===tag.tagName&&previous.matchByTagPrefix===tag.matchByTagPrefix){index2=previousIndex;break}}result[index2]=tag}return result}var Schema=class Schema2{tags;implicitScalarTags;implicitScalarByFirstChar;implicitScalarAnyFirstChar;defaultScalarTag;defaultSequenceTag;defaultMappingTag;exact;prefix;constructor(tags){let compiledTags=compileTags(tags),implicitScalarTags=[],exact=createTagDefinitionMap(),prefix=createTagDefinitionListMap();for(let tag of compiledTags){if(tag.nodeKind==="scalar"&&tag.implicit){if(tag.matchByTagPrefix)throw new Error("Implicit scalar tags cannot match by tag prefix");implicitScalarTags.push(tag)}switch(tag.nodeKind){case"scalar":tag.matchByTagPrefix?prefix.scalar.push(tag):exact.scalar[tag.tagName]=tag;break;case"sequence":tag.matchByTagPrefix?prefix.sequence.push(tag):exact.sequence[tag.tagName]=tag;break;case"mapping":tag.matchByTagPrefix?prefix.mapping.push(tag):exact.mapping[tag.tagName]=tag}}let implicitScalarAnyFirstChar=implicitScalarTags.filter(tag=>tag.implicitFirstChars===null),keys=new Set;for(let tag of implicitScalarTags)if(tag.implicitFirstChars!==null)for(let key of tag.implicitFirstChars)keys.add(key);let implicitScalarByFirstChar=new Map;for(let key of keys)implicitScalarByFirstChar.set(key,implicitScalarTags.filter(tag=>tag.implicitFirstChars===null||tag.implicitFirstChars.indexOf(key)!==-1));let defaultScalarTag=exact.scalar["tag:yaml.org,2002:str"];if(!defaultScalarTag)throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");this.tags=compiledTags,this.implicitScalarTags=implicitScalarTags,this.implicitScalarByFirstChar=implicitScalarByFirstChar,this.implicitScalarAnyFirstChar=implicitScalarAnyFirstChar,this.defaultScalarTag=defaultScalarTag,this.defaultSequenceTag=exact.sequence["tag:yaml.org,2002:seq"],this.defaultMappingTag=exact.mapping["tag:yaml.org,2002:map"],this.exact=exact,this.prefix=prefix}lookupScalarTag(tagName){let exactTag=this.exact.scalar[tagName];if(exactTag)return exactTag;for(let tag of this.prefix.scalar)if(tagName.startsWith(tag.tagName))return tag}lookupSequenceTag(tagName){let exactTag=this.exact.sequence[tagName];if(exactTag)return exactTag;for(let tag of this.prefix.sequence)if(tagName.startsWith(tag.tagName))return tag}lookupMappingTag(tagName){let exactTag=this.exact.mapping[tagName];if(exactTag)return exactTag;for(let tag of this.prefix.mapping)if(tagName.startsWith(tag.tagName))return tag}resolveImplicitScalarTag(source){let candidates=this.implicitScalarByFirstChar.get(source.charAt(0))??this.implicitScalarAnyFirstChar;for(let tag2 of candidates){let value=tag2.resolve(source,!1,tag2.tagName);if(value!==NOT_RESOLVED)return{value,tag:tag2}}let tag=this.defaultScalarTag;return{value:tag.resolve(source,!1,tag.tagName),tag}}withTags(...tags){let flatTags=[];for(let tag of tags)flatTags=flatTags.concat(tag);return new Schema2([...this.tags,...flatTags])}},FAILSAFE_SCHEMA=new Schema([strTag,seqTag,mapTag]),JSON_SCHEMA=new Schema([...FAILSAFE_SCHEMA.tags,nullJsonTag,boolJsonTag,intJsonTag,floatJsonTag]),CORE_SCHEMA=new Schema([...FAILSAFE_SCHEMA.tags,nullCoreTag,boolCoreTag,intCoreTag,floatCoreTag]),YAML11_SCHEMA=new Schema([...FAILSAFE_SCHEMA.tags,nullYaml11Tag,boolYaml11Tag,intYaml11Tag,floatYaml11Tag,timestampTag,mergeTag,binaryTag,omapTag,pairsTag,setTag]),DUMP_SCHEMA=YAML11_SCHEMA.withTags({...intYaml11Tag,resolve:(source,isExplicit,tagName)=>{let result=intYaml11Tag.resolve(source,isExplicit,tagName);return result===NOT_RESOLVED?intCoreTag.resolve(source,isExplicit,tagName):result}},{...floatYaml11Tag,resolve:(source,isExplicit,tagName)=>{let result=floatYaml11Tag.resolve(source,isExplicit,tagName);return result===NOT_RESOLVED?floatCoreTag.resolve(source,isExplicit,tagName):result}}),realMapTag=defineMappingTag("tag:yaml.org,2002:map",{create:()=>new Map,addPair:(container,key,value)=>(container.set(key,value),""),has:(container,key)=>container.has(key),keys:container=>container.keys(),get:(container,key)=>container.get(key),identify:data=>data instanceof Map||isPlainObject(data),represent:data=>{if(data instanceof Map)return data;let map=new Map,obj=data;for(let key of Object.keys(obj))map.set(key,obj[key]);return map}});function normalizeKey(key){if(Array.isArray(key)){let array=Array.prototype.slice.call(key);for(let index2=0;index2<array.length;index2++){if(Array.isArray(array[index2]))return null;typeof array[index2]=="object"&&Object.prototype.toString.call(array[index2])==="[object Object]"&&(array[index2]="[object Object]")}return String(array)}return typeof key=="object"&&Object.prototype.toString.call(key)==="[object Object]"?"[object Object]":String(key)}var legacyMapTag=defineMappingTag("tag:yaml.org,2002:map",{create:()=>({}),identify:isPlainObject,represent:o=>{let map=new Map;for(let key of Object.keys(o))map.set(key,o[key]);return map},addPair:(container,key,value)=>{let normalizedKey=normalizeKey(key);return normalizedKey===null?"nested arrays are not supported inside keys":(normalizedKey==="__proto__"?Object.defineProperty(container,normalizedKey,{value,enumerable:!0,configurable:!0,writable:!0}):container[normalizedKey]=value,"")},has:(container,key)=>{let normalizedKey=normalizeKey(key);return normalizedKey!==null&&Object.prototype.hasOwnProperty.call(container,normalizedKey)},keys:container=>Object.keys(container),get:(container,key)=>{let normalizedKey=String(key);return Object.prototype.hasOwnProperty.call(container,normalizedKey)?container[normalizedKey]:null}}),DEFAULT_SNIPPET_OPTIONS={maxLength:79,indent:1,linesBefore:3,linesAfter:2};function getLine(buffer,lineStart,lineEnd,position,maxLineLength){let head="",tail="",maxHalfLength=Math.floor(maxLineLength/2)-1;return position-lineStart>maxHalfLength&&(head=" ... ",lineStart=position-maxHalfLength+head.length),lineEnd-position>maxHalfLength&&(tail=" ...",lineEnd=position+maxHalfLength-tail.length),{str:head+buffer.slice(lineStart,lineEnd).replace(/\t/g,"\u2192")+tail,pos:position-lineStart+head.length}}function padStart(string,max){return" ".repeat(Math.max(max-string.length,0))+string}function makeSnippet(mark,options){if(!mark.buffer)return null;let opts={...DEFAULT_SNIPPET_OPTIONS,...options},re=/\r?\n|\r|\0/g,lineStarts=[0],lineEnds=[],match,foundLineNo=-1;for(;match=re.exec(mark.buffer);)lineEnds.push(match.index),lineStarts.push(match.index+match[0].length),mark.position<=match.index&&foundLineNo<0&&(foundLineNo=lineStarts.length-2);foundLineNo<0&&(foundLineNo=lineStarts.length-1);let result="",lineNoLength=Math.min(mark.line+opts.linesAfter,lineEnds.length).toString().length,maxLineLength=opts.maxLength-(opts.indent+lineNoLength+3);for(let i=1;i<=opts.linesBefore&&!(foundLineNo-i<0);i++){let line2=getLine(mark.buffer,lineStarts[foundLineNo-i],lineEnds[foundLineNo-i],mark.position-(lineStarts[foundLineNo]-lineStarts[foundLineNo-i]),maxLineLength);result=`${" ".repeat(opts.indent)}${padStart((mark.line-i+1).toString(),lineNoLength)} | ${line2.str}
${result}`}let line=getLine(mark.buffer,lineStarts[foundLineNo],lineEnds[foundLineNo],mark.position,maxLineLength);result+=`${" ".repeat(opts.indent)}${padStart((mark.line+1).toString(),lineNoLength)} | ${line.str}
`,result+=`${"-".repeat(opts.indent+lineNoLength+3+line.pos)}^
`;for(let i=1;i<=opts.linesAfter&&!(foundLineNo+i>=lineEnds.length);i++){let line2=getLine(mark.buffer,lineStarts[foundLineNo+i],lineEnds[foundLineNo+i],mark.position-(lineStarts[foundLineNo]-lineStarts[foundLineNo+i]),maxLineLength);result+=`${" ".repeat(opts.indent)}${padStart((mark.line+i+1).toString(),lineNoLength)} | ${line2.str}
`}return result.replace(/\n$/,"")}function formatError(exception,compact){let where="";return exception.mark?(exception.mark.name&&(where+=`in "${exception.mark.name}" `),where+=`(${exception.mark.line+1}:${exception.mark.column+1})`,!compact&&exception.mark.snippet&&(where+=`

${exception.mark.snippet}`),`${exception.reason} ${where}`):exception.reason}var YAMLException=class YAMLException2 extends Error{reason;mark;constructor(reason,mark){super(),this.name="YAMLException",this.reason=reason,this.mark=mark,this.message=formatError(this,!1),Error.captureStackTrace&&Error.captureStackTrace(this,this.constructor)}toString(compact){return`${this.name}: ${formatError(this,compact)}`}static throwAt(source,position,message,filename=""){let line=0,lineStart=0;for(let index2=0;index2<position;index2++){let ch=source.charCodeAt(index2);ch===10?(line++,lineStart=index2+1):ch===13&&(line++,source.charCodeAt(index2+1)===10&&index2++,lineStart=index2+1)}let mark={name:filename,buffer:source,position,line,column:position-lineStart};throw mark.snippet=makeSnippet(mark),new YAMLException2(message,mark)}},EVENT_ID={DOCUMENT:1,SEQUENCE:2,MAPPING:3,SCALAR:4,ALIAS:5,POP:6},SCALAR_STYLE={PLAIN:1,SINGLE_QUOTED:2,DOUBLE_QUOTED:3,LITERAL_BLOCK:4,FOLDED_BLOCK:5},COLLECTION_STYLE={BLOCK:1,FLOW:2},CHOMPING_MODE={CLIP:1,STRIP:2,KEEP:3},NO_RANGE$3=-1;function simpleEscapeSequence(c){switch(c){case 48:return"\0";case 97:return"\x07";case 98:return"\b";case 116:return"	";case 9:return"	";case 110:return`
`;case 118:return"\v";case 102:return"\f";case 114:return"\r";case 101:return"\x1B";case 32:return" ";case 34:return'"';case 47:return"/";case 92:return"\\";case 78:return"\x85";case 95:return"\xA0";case 76:return"\u2028";case 80:return"\u2029";default:return""}}var simpleEscapeCheck=new Array(256),simpleEscapeMap=new Array(256);for(let i=0;i<256;i++)simpleEscapeCheck[i]=simpleEscapeSequence(i)?1:0,simpleEscapeMap[i]=simpleEscapeSequence(i);function charFromCodepoint(c){return c<=65535?String.fromCharCode(c):String.fromCharCode((c-65536>>10)+55296,(c-65536&1023)+56320)}function fromHexCode$1(c){return c>=48&&c<=57?c-48:(c|32)-97+10}function escapedHexLen$1(c){return c===120?2:c===117?4:8}function skipFoldedBreaks(input,position,end){let breaks=0;for(;position<end;){let ch=input.charCodeAt(position);if(ch===10)breaks++,position++;else if(ch===13)breaks++,position++,input.charCodeAt(position)===10&&position++;else if(ch===32||ch===9)position++;else break}return{position,breaks}}function foldedBreaks(count){return count===1?" ":`
`.repeat(count-1)}function getPlainValue(input,start,end){let result="",position=start,captureStart=start,captureEnd=start;for(;position<end;){let ch=input.charCodeAt(position);if(ch===10||ch===13){result+=input.slice(captureStart,captureEnd);let fold=skipFoldedBreaks(input,position,end);result+=foldedBreaks(fold.breaks),position=captureStart=captureEnd=fold.position}else position++,ch!==32&&ch!==9&&(captureEnd=position)}return result+input.slice(captureStart,captureEnd)}function getSingleQuotedValue(input,start,end){let result="",position=start,captureStart=start,captureEnd=start;for(;position<end;){let ch=input.charCodeAt(position);if(ch===39)result+=input.slice(captureStart,position)+"'",position+=2,captureStart=captureEnd=position;else if(ch===10||ch===13){result+=input.slice(captureStart,captureEnd);let fold=skipFoldedBreaks(input,position,end);result+=foldedBreaks(fold.breaks),position=captureStart=captureEnd=fold.position}else position++,ch!==32&&ch!==9&&(captureEnd=position)}return result+input.slice(captureStart,end)}function getDoubleQuotedValue(input,start,end){let result="",position=start,captureStart=start,captureEnd=start;for(;position<end;){let ch=input.charCodeAt(position);if(ch===92){result+=input.slice(captureStart,position),position++;let escaped=input.charCodeAt(position);if(escaped===10||escaped===13)position=skipFoldedBreaks(input,position,end).position;else if(escaped<256&&simpleEscapeCheck[escaped])result+=simpleEscapeMap[escaped],position++;else{let hexLength=escapedHexLen$1(escaped),hexResult=0;for(;hexLength>0;hexLength--){position++;let digit=fromHexCode$1(input.charCodeAt(position));hexResult=(hexResult<<4)+digit}result+=charFromCodepoint(hexResult),position++}captureStart=captureEnd=position}else if(ch===10||ch===13){result+=input.slice(captureStart,captureEnd);let fold=skipFoldedBreaks(input,position,end);result+=foldedBreaks(fold.breaks),position=captureStart=captureEnd=fold.position}else position++,ch!==32&&ch!==9&&(captureEnd=position)}return result+input.slice(captureStart,end)}function getBlockValue(input,start,end,indent,chomping,folded){let textIndent=indent<0?0:indent,region=input.slice(start,end).replace(/\r\n?/g,`
`),lines=region===""?[]:(region.endsWith(`
`)?region.slice(0,-1):region).split(`
`),result="",didReadContent=!1,emptyLines=0,atMoreIndented=!1;for(let line of lines){let column=0;for(;column<textIndent&&line.charCodeAt(column)===32;)column++;if(indent<0||column>=line.length){emptyLines++;continue}let content=line.slice(textIndent),first=content.charCodeAt(0);folded?first===32||first===9?(atMoreIndented=!0,result+=`
`.repeat(didReadContent?1+emptyLines:emptyLines)):atMoreIndented?(atMoreIndented=!1,result+=`
`.repeat(emptyLines+1)):emptyLines===0?didReadContent&&(result+=" "):result+=`
`.repeat(emptyLines):result+=`
`.repeat(didReadContent?1+emptyLines:emptyLines),result+=content,didReadContent=!0,emptyLines=0}return chomping===CHOMPING_MODE.KEEP?result+=`
`.repeat(didReadContent?1+emptyLines:emptyLines):chomping!==CHOMPING_MODE.STRIP&&didReadContent&&(result+=`
`),result}function getScalarValue(input,scalar){if(scalar.valueStart===NO_RANGE$3)return"";let{valueStart,valueEnd}=scalar;if(scalar.fast)return input.slice(valueStart,valueEnd);switch(scalar.style){case SCALAR_STYLE.SINGLE_QUOTED:return getSingleQuotedValue(input,valueStart,valueEnd);case SCALAR_STYLE.DOUBLE_QUOTED:return getDoubleQuotedValue(input,valueStart,valueEnd);case SCALAR_STYLE.LITERAL_BLOCK:return getBlockValue(input,valueStart,valueEnd,scalar.indent,scalar.chomping,!1);case SCALAR_STYLE.FOLDED_BLOCK:return getBlockValue(input,valueStart,valueEnd,scalar.indent,scalar.chomping,!0);default:return getPlainValue(input,valueStart,valueEnd)}}var DEFAULT_TAG_HANDLERS=Object.assign(Object.create(null),{"!":"!","!!":"tag:yaml.org,2002:"}),TAG_SUFFIX_CHARS="-#;/?:@&=+$_.~*'()",TAG_URI_CHARS=TAG_SUFFIX_CHARS+"!,[]";function tagPercentDecode(source){let result="",index2=0;for(;index2<source.length;){if(source.charCodeAt(index2)!==37){result+=source[index2++];continue}let ch=parseInt(source.slice(index2+1,index2+3),16);if(index2+=3,ch>=192){let remaining=ch<224?1:ch<240?2:3;for(ch&=(1<<6-remaining)-1;remaining-- >0;)ch=ch<<6|parseInt(source.slice(index2+1,index2+3),16)&63,index2+=3}ch<65536?result+=String.fromCharCode(ch):(ch-=65536,result+=String.fromCharCode(55296|ch>>10,56320|ch&1023))}return result}function tagNameFull(rawTag,tagHandlers){if(rawTag.startsWith("!<")&&rawTag.endsWith(">"))return tagPercentDecode(rawTag.slice(2,-1));let handleEnd=rawTag.indexOf("!",1),handle=handleEnd===-1?"!":rawTag.slice(0,handleEnd+1);return tagPercentDecode(tagHandlers?.[handle]??DEFAULT_TAG_HANDLERS[handle]??handle)+tagPercentDecode(rawTag.slice(handle.length))}var NO_RANGE$2=-1,MERGE_TAG_NAME="tag:yaml.org,2002:merge",DEFAULT_CONSTRUCTOR_OPTIONS={filename:"",schema:CORE_SCHEMA,json:!1,maxTotalMergeKeys:1e4,maxAliases:-1};function eventPosition$1(event){return"tagStart"in event&&event.tagStart!==NO_RANGE$2?event.tagStart:"anchorStart"in event&&event.anchorStart!==NO_RANGE$2?event.anchorStart:"valueStart"in event&&event.valueStart!==NO_RANGE$2?event.valueStart:"start"in event?event.start:0}function throwError$1(state,message){YAMLException.throwAt(state.source,state.position,message,state.filename)}function finalizeCollection(state,position,tag,carrier){try{return tag.finalize(carrier)}catch(error){if(error instanceof YAMLException)throw error;YAMLException.throwAt(state.source,position,error instanceof Error?error.message:String(error),state.filename)}}function constructScalar(state,event){let source=getScalarValue(state.source,event),rawTag=event.tagStart===NO_RANGE$2?"":state.source.slice(event.tagStart,event.tagEnd),strTag2=state.schema.defaultScalarTag;if(rawTag!==""){if(rawTag==="!")return{value:source,tag:strTag2};let tagName=tagNameFull(rawTag,state.tagHandlers),scalarTag=state.schema.lookupScalarTag(tagName);if(scalarTag){let result=scalarTag.resolve(source,!0,tagName);return result===NOT_RESOLVED&&throwError$1(state,`cannot resolve a node with !<${tagName}> explicit tag`),{value:result,tag:scalarTag}}let collectionTagDef=state.schema.lookupMappingTag(tagName)??state.schema.lookupSequenceTag(tagName);if(collectionTagDef){source!==""&&throwError$1(state,`cannot resolve a node with !<${tagName}> explicit tag`);let carrier=collectionTagDef.create(tagName);return{value:collectionTagDef.carrierIsResult?carrier:finalizeCollection(state,state.position,collectionTagDef,carrier),tag:collectionTagDef}}throwError$1(state,`unknown scalar tag !<${tagName}>`)}return event.style===SCALAR_STYLE.PLAIN?state.schema.resolveImplicitScalarTag(source):{value:strTag2.resolve(source,!1,strTag2.tagName),tag:strTag2}}function collectionTagName(state,event,defaultTagName){let rawTag=event.tagStart===NO_RANGE$2?"":state.source.slice(event.tagStart,event.tagEnd);return rawTag===""||rawTag==="!"?defaultTagName:tagNameFull(rawTag,state.tagHandlers)}function isMappingTag(tag){return tag.nodeKind==="mapping"}function chargeMergeWork(state){state.totalMergeKeys++,state.maxTotalMergeKeys!==-1&&state.totalMergeKeys>state.maxTotalMergeKeys&&throwError$1(state,`merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`)}function mergeKeys(state,frame,source,sourceTag){chargeMergeWork(state);for(let sourceKey of sourceTag.keys(source)){if(chargeMergeWork(state),frame.tag.has(frame.value,sourceKey))continue;let err=frame.tag.addPair(frame.value,sourceKey,sourceTag.get(source,sourceKey));err&&throwError$1(state,err),frame.overridable??=new Set,frame.overridable.add(sourceKey)}}function mergeSource(state,frame,source,sourceTag){if(state.position=frame.keyPosition,isMappingTag(sourceTag))mergeKeys(state,frame,source,sourceTag);else if(sourceTag.nodeKind==="sequence"&&Array.isArray(source)){source.length>100&&throwError$1(state,"abnormal merge sequence size");for(let element of source){let elementTag=state.nodeTags.get(element);elementTag||throwError$1(state,"cannot merge mappings; the provided source object is unacceptable"),mergeKeys(state,frame,element,elementTag)}}else throwError$1(state,"cannot merge mappings; the provided source object is unacceptable")}function addMappingValue(state,frame,key,value,tag){if(state.position=frame.keyPosition,frame.keyIsMerge){mergeSource(state,frame,value,tag);return}!state.json&&frame.tag.has(frame.value,key)&&!frame.overridable?.has(key)&&throwError$1(state,"duplicated mapping key");let err=frame.tag.addPair(frame.value,key,value);err&&throwError$1(state,err),frame.overridable?.delete(key)}function addValue(state,value,tag){let frame=state.frames[state.frames.length-1];if(frame.kind==="document")frame.value=value,frame.hasValue=!0;else if(frame.kind==="sequence"){isMappingTag(tag)&&state.nodeTags.set(value,tag);let err=frame.tag.addItem(frame.value,value,frame.index++);err&&throwError$1(state,err)}else if(frame.hasKey){let key=frame.key;frame.key=void 0,frame.hasKey=!1,addMappingValue(state,frame,key,value,tag)}else frame.key=value,frame.keyPosition=state.position,frame.hasKey=!0,frame.keyIsMerge=tag.tagName===MERGE_TAG_NAME}function storeAnchor(state,event,value,tag,isValueFinal){if(event.anchorStart!==NO_RANGE$2){let anchor={value,tag,isValueFinal};return state.anchors.set(state.source.slice(event.anchorStart,event.anchorEnd),anchor),anchor}return null}function constructFromEvents(events,options){let state={...DEFAULT_CONSTRUCTOR_OPTIONS,...options,events,documents:[],eventIndex:0,position:0,frames:[],anchors:new Map,nodeTags:new Map,tagHandlers:Object.create(null),totalMergeKeys:0,aliasCount:0};for(;state.eventIndex<state.events.length;){let event=state.events[state.eventIndex++];switch(state.position=eventPosition$1(event),event.type){case EVENT_ID.DOCUMENT:state.anchors=new Map,state.nodeTags=new Map,state.aliasCount=0,state.tagHandlers=Object.create(null);for(let directive of event.directives)directive.kind==="tag"&&(state.tagHandlers[directive.handle]=directive.prefix);state.frames.push({kind:"document",position:state.position,value:void 0,hasValue:!1});break;case EVENT_ID.SCALAR:{let{value,tag}=constructScalar(state,event);storeAnchor(state,event,value,tag,!0),addValue(state,value,tag);break}case EVENT_ID.SEQUENCE:{let tagName=collectionTagName(state,event,"tag:yaml.org,2002:seq"),tag=state.schema.lookupSequenceTag(tagName);tag||throwError$1(state,`unknown sequence tag !<${tagName}>`);let value=tag.create(tagName),anchor=storeAnchor(state,event,value,tag,tag.carrierIsResult);state.frames.push({kind:"sequence",position:state.position,value,tag,anchor,index:0});break}case EVENT_ID.MAPPING:{let tagName=collectionTagName(state,event,"tag:yaml.org,2002:map"),tag=state.schema.lookupMappingTag(tagName);tag||throwError$1(state,`unknown mapping tag !<${tagName}>`);let value=tag.create(tagName),anchor=storeAnchor(state,event,value,tag,tag.carrierIsResult);state.frames.push({kind:"mapping",position:state.position,value,tag,anchor,key:void 0,keyPosition:state.position,hasKey:!1,keyIsMerge:!1,overridable:null});break}case EVENT_ID.ALIAS:{state.maxAliases!==-1&&++state.aliasCount>state.maxAliases&&throwError$1(state,`aliases exceeded maxAliases (${state.maxAliases})`);let name=state.source.slice(event.anchorStart,event.anchorEnd),anchor=state.anchors.get(name);anchor||throwError$1(state,`unidentified alias "${name}"`),anchor.isValueFinal||throwError$1(state,`recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`),addValue(state,anchor.value,anchor.tag);break}case EVENT_ID.POP:{let frame=state.frames.pop();if(frame.kind==="mapping"&&frame.hasKey&&(state.position=frame.keyPosition,throwError$1(state,"incomplete mapping pair in event stream")),frame.kind==="document")state.documents.push(frame.value);else{let value=frame.tag.carrierIsResult?frame.value:finalizeCollection(state,frame.position,frame.tag,frame.value);frame.anchor&&(frame.anchor.value=value,frame.anchor.isValueFinal=!0),addValue(state,value,frame.tag)}break}}}return state.documents}var NO_RANGE$1=-1,HAS_OWN=Object.prototype.hasOwnProperty,CONTEXT_FLOW_IN=1,CONTEXT_FLOW_OUT=2,CONTEXT_BLOCK_IN=3,CONTEXT_BLOCK_OUT=4,PATTERN_NON_PRINTABLE=/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/,PATTERN_FLOW_INDICATORS=/[,\[\]{}]/,PATTERN_TAG_HANDLE=/^(?:!|!!|![0-9A-Za-z-]+!)$/,NS_URI_CHAR=String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`,NS_TAG_CHAR=String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`,PATTERN_TAG_URI=new RegExp(`^(?:${NS_URI_CHAR})*$`),PATTERN_TAG_SUFFIX=new RegExp(`^(?:${NS_TAG_CHAR})+$`),PATTERN_TAG_PREFIX=new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`),DEFAULT_PARSER_OPTIONS={filename:"",maxDepth:100};function addDocumentEvent(state,explicitStart,explicitEnd){state.events.push({type:EVENT_ID.DOCUMENT,explicitStart,explicitEnd,directives:state.directives})}function addSequenceEvent(state,start,anchorStart,anchorEnd,tagStart,tagEnd,style){state.events.push({type:EVENT_ID.SEQUENCE,start,anchorStart,anchorEnd,tagStart,tagEnd,style})}function addMappingEvent(state,start,anchorStart,anchorEnd,tagStart,tagEnd,style){state.events.push({type:EVENT_ID.MAPPING,start,anchorStart,anchorEnd,tagStart,tagEnd,style})}function insertFlowPairMappingEvent(state,snapshot){state.events.splice(snapshot.eventsLength,0,{type:EVENT_ID.MAPPING,start:snapshot.position,anchorStart:NO_RANGE$1,anchorEnd:NO_RANGE$1,tagStart:NO_RANGE$1,tagEnd:NO_RANGE$1,style:COLLECTION_STYLE.FLOW})}function addScalarEvent(state,valueStart,valueEnd,anchorStart,anchorEnd,tagStart,tagEnd,style,chomping=CHOMPING_MODE.CLIP,indent=-1,fast=!1){state.events.push({type:EVENT_ID.SCALAR,valueStart,valueEnd,anchorStart,anchorEnd,tagStart,tagEnd,style,chomping,indent,fast})}function addAliasEvent(state,anchorStart,anchorEnd){state.events.push({type:EVENT_ID.ALIAS,anchorStart,anchorEnd})}function addPopEvent(state){state.events.push({type:EVENT_ID.POP})}function addEmptyScalarEvent(state){addScalarEvent(state,NO_RANGE$1,NO_RANGE$1,NO_RANGE$1,NO_RANGE$1,NO_RANGE$1,NO_RANGE$1,SCALAR_STYLE.PLAIN)}function emptyProperties(){return{anchorStart:NO_RANGE$1,anchorEnd:NO_RANGE$1,tagStart:NO_RANGE$1,tagEnd:NO_RANGE$1}}function snapshotState(state){return{position:state.position,line:state.line,lineStart:state.lineStart,lineIndent:state.lineIndent,firstTabInLine:state.firstTabInLine,eventsLength:state.events.length}}function restoreState(state,snapshot){state.position=snapshot.position,state.line=snapshot.line,state.lineStart=snapshot.lineStart,state.lineIndent=snapshot.lineIndent,state.firstTabInLine=snapshot.firstTabInLine,state.events.length=snapshot.eventsLength}function throwError(state,message){YAMLException.throwAt(state.input.slice(0,state.length),state.position,message,state.filename)}function isEol(c){return c===10||c===13}function isWhiteSpace(c){return c===9||c===32}function isWsOrEol(c){return isWhiteSpace(c)||isEol(c)}function isWsOrEolOrEnd(c){return c===0||isWsOrEol(c)}function isFlowIndicator(c){return c===44||c===91||c===93||c===123||c===125}function fromDecimalCode(c){return c>=48&&c<=57?c-48:-1}function fromHexCode(c){if(c>=48&&c<=57)return c-48;let lc=c|32;return lc>=97&&lc<=102?lc-97+10:-1}function escapedHexLen(c){return c===120?2:c===117?4:c===85?8:0}function isSimpleEscape(c){return c===48||c===97||c===98||c===116||c===9||c===110||c===118||c===102||c===114||c===101||c===32||c===34||c===47||c===92||c===78||c===95||c===76||c===80}function consumeLineBreak(state){state.input.charCodeAt(state.position)===10?state.position++:(state.position++,state.input.charCodeAt(state.position)===10&&state.position++),state.line++,state.lineStart=state.position,state.lineIndent=0,state.firstTabInLine=-1}function skipSeparationSpace(state,allowComments){let lineBreaks=0,ch=state.input.charCodeAt(state.position),hasSeparation=state.position===state.lineStart||isWsOrEol(state.input.charCodeAt(state.position-1));for(;ch!==0;){for(;isWhiteSpace(ch);)hasSeparation=!0,ch===9&&state.firstTabInLine===-1&&(state.firstTabInLine=state.position),ch=state.input.charCodeAt(++state.position);if(allowComments&&hasSeparation&&ch===35)do ch=state.input.charCodeAt(++state.position);while(!isEol(ch)&&ch!==0);if(!isEol(ch))break;for(consumeLineBreak(state),lineBreaks++,hasSeparation=!0,ch=state.input.charCodeAt(state.position);ch===32;)state.lineIndent++,ch=state.input.charCodeAt(++state.position)}return lineBreaks}function testDocumentSeparator(state,position=state.position){let ch=state.input.charCodeAt(position);if((ch===45||ch===46)&&ch===state.input.charCodeAt(position+1)&&ch===state.input.charCodeAt(position+2)){let following=state.input.charCodeAt(position+3);return following===0||isWsOrEol(following)}return!1}function skipByteOrderMark(state){state.position===state.lineStart&&state.input.charCodeAt(state.position)===65279&&(state.position++,state.lineStart=state.position)}function testDocumentBoundary(state){if(state.position!==state.lineStart)return!1;if(testDocumentSeparator(state))return!0;if(state.input.charCodeAt(state.position)!==65279)return!1;let snapshot=snapshotState(state);skipByteOrderMark(state),skipSeparationSpace(state,!0);let ch=state.input.charCodeAt(state.position),result=state.position===state.lineStart&&(ch===37||ch===45&&testDocumentSeparator(state));return restoreState(state,snapshot),result}function skipUntilLineEnd(state){let ch=state.input.charCodeAt(state.position);for(;ch!==0&&!isEol(ch);)ch=state.input.charCodeAt(++state.position)}function checkPrintable(state,start,end){let match=PATTERN_NON_PRINTABLE.exec(state.input.slice(start,end));match!==null&&(state.position=start+match.index+match[0].length-1,throwError(state,"the stream contains non-printable characters"))}function readTagProperty(state,props2,inFlow){if(state.input.charCodeAt(state.position)!==33)return!1;props2.tagStart!==NO_RANGE$1&&throwError(state,"duplication of a tag property");let start=state.position,isVerbatim=!1,isNamed=!1,tagHandle="!",ch=state.input.charCodeAt(++state.position);ch===60?(isVerbatim=!0,ch=state.input.charCodeAt(++state.position)):ch===33&&(isNamed=!0,tagHandle="!!",ch=state.input.charCodeAt(++state.position));let suffixStart=state.position,tagName;if(isVerbatim){for(;ch!==0&&ch!==62;)ch=state.input.charCodeAt(++state.position);ch!==62&&throwError(state,"unexpected end of the stream within a verbatim tag"),tagName=state.input.slice(suffixStart,state.position),state.position++}else{for(;ch!==0&&!isWsOrEol(ch)&&!(inFlow&&isFlowIndicator(ch));)ch===33&&(isNamed?throwError(state,"tag suffix cannot contain exclamation marks"):(tagHandle=state.input.slice(suffixStart-1,state.position+1),PATTERN_TAG_HANDLE.test(tagHandle)||throwError(state,"named tag handle cannot contain such characters"),isNamed=!0,suffixStart=state.position+1)),ch=state.input.charCodeAt(++state.position);tagName=state.input.slice(suffixStart,state.position),PATTERN_FLOW_INDICATORS.test(tagName)&&throwError(state,"tag suffix cannot contain flow indicator characters")}return tagName&&!(isVerbatim?PATTERN_TAG_URI.test(tagName):PATTERN_TAG_SUFFIX.test(tagName))&&throwError(state,`tag name cannot contain such characters: ${tagName}`),!isVerbatim&&tagHandle!=="!"&&tagHandle!=="!!"&&!HAS_OWN.call(state.tagHandlers,tagHandle)&&throwError(state,`undeclared tag handle "${tagHandle}"`),props2.tagStart=start,props2.tagEnd=state.position,!0}function readAnchorProperty(state,props2){if(state.input.charCodeAt(state.position)!==38)return!1;props2.anchorStart!==NO_RANGE$1&&throwError(state,"duplication of an anchor property"),state.position++;let start=state.position;for(;state.input.charCodeAt(state.position)!==0&&!isWsOrEol(state.input.charCodeAt(state.position))&&!isFlowIndicator(state.input.charCodeAt(state.position));)state.position++;return state.position===start&&throwError(state,"name of an anchor node must contain at least one character"),props2.anchorStart=start,props2.anchorEnd=state.position,!0}function readAlias(state,props2){if(state.input.charCodeAt(state.position)!==42)return!1;(props2.anchorStart!==NO_RANGE$1||props2.tagStart!==NO_RANGE$1)&&throwError(state,"alias node should not have any properties"),state.position++;let start=state.position;for(;state.input.charCodeAt(state.position)!==0&&!isWsOrEol(state.input.charCodeAt(state.position))&&!isFlowIndicator(state.input.charCodeAt(state.position));)state.position++;return state.position===start&&throwError(state,"name of an alias node must contain at least one character"),addAliasEvent(state,start,state.position),!0}function readFlowScalarBreak(state,nodeIndent){skipSeparationSpace(state,!1),state.lineIndent<nodeIndent&&throwError(state,"deficient indentation")}function readSingleQuotedScalar(state,nodeIndent,props2){if(state.input.charCodeAt(state.position)!==39)return!1;state.position++;let start=state.position,simple=!0;for(;state.input.charCodeAt(state.position)!==0;){let ch=state.input.charCodeAt(state.position);if(ch===39){if(state.input.charCodeAt(state.position+1)===39){simple=!1,state.position+=2;continue}let end=state.position;return state.position++,addScalarEvent(state,start,end,props2.anchorStart,props2.anchorEnd,props2.tagStart,props2.tagEnd,SCALAR_STYLE.SINGLE_QUOTED,CHOMPING_MODE.CLIP,-1,simple),!0}isEol(ch)?(simple=!1,readFlowScalarBreak(state,nodeIndent)):state.position===state.lineStart&&testDocumentSeparator(state)?throwError(state,"unexpected end of the document within a single quoted scalar"):ch!==9&&ch<32?throwError(state,"expected valid JSON character"):state.position++}throwError(state,"unexpected end of the stream within a single quoted scalar")}function readDoubleQuotedScalar(state,nodeIndent,props2){if(state.input.charCodeAt(state.position)!==34)return!1;state.position++;let start=state.position,simple=!0;for(;state.input.charCodeAt(state.position)!==0;){let ch=state.input.charCodeAt(state.position);if(ch===34){let end=state.position;return state.position++,addScalarEvent(state,start,end,props2.anchorStart,props2.anchorEnd,props2.tagStart,props2.tagEnd,SCALAR_STYLE.DOUBLE_QUOTED,CHOMPING_MODE.CLIP,-1,simple),!0}if(ch===92){simple=!1;let escaped=state.input.charCodeAt(++state.position);if(isEol(escaped))readFlowScalarBreak(state,nodeIndent);else if(isSimpleEscape(escaped))state.position++;else{let hexLength=escapedHexLen(escaped);for(hexLength===0&&throwError(state,"unknown escape sequence");hexLength-- >0;)state.position++,fromHexCode(state.input.charCodeAt(state.position))<0&&throwError(state,"expected hexadecimal character");state.position++}}else isEol(ch)?(simple=!1,readFlowScalarBreak(state,nodeIndent)):state.position===state.lineStart&&testDocumentSeparator(state)?throwError(state,"unexpected end of the document within a double quoted scalar"):ch!==9&&ch<32?throwError(state,"expected valid JSON character"):state.position++}throwError(state,"unexpected end of the stream within a double quoted scalar")}function readBlockScalar(state,parentIndent,props2){let ch=state.input.charCodeAt(state.position),chomping=CHOMPING_MODE.CLIP,indent=-1,detectedIndent=!1;if(ch!==124&&ch!==62)return!1;let style=ch===124?SCALAR_STYLE.LITERAL_BLOCK:SCALAR_STYLE.FOLDED_BLOCK;for(state.position++;state.input.charCodeAt(state.position)!==0;){let current=state.input.charCodeAt(state.position),digit=fromDecimalCode(current);if(current===43||current===45)chomping!==CHOMPING_MODE.CLIP&&throwError(state,"repeat of a chomping mode identifier"),chomping=current===43?CHOMPING_MODE.KEEP:CHOMPING_MODE.STRIP,state.position++;else if(digit>=0)digit===0&&throwError(state,"bad explicit indentation width of a block scalar; it cannot be less than one"),detectedIndent&&throwError(state,"repeat of an indentation width identifier"),indent=parentIndent+digit-1,detectedIndent=!0,state.position++;else break}let hadWhitespace=!1;for(;isWhiteSpace(state.input.charCodeAt(state.position));)hadWhitespace=!0,state.position++;hadWhitespace&&state.input.charCodeAt(state.position)===35&&skipUntilLineEnd(state),isEol(state.input.charCodeAt(state.position))?consumeLineBreak(state):state.input.charCodeAt(state.position)!==0&&throwError(state,"a line break is expected");let contentIndent=detectedIndent?indent:-1,maxLeadingIndent=0,valueStart=state.position,valueEnd=state.position;for(;state.input.charCodeAt(state.position)!==0;){let linePosition=state.position,column=0;for(;state.input.charCodeAt(linePosition+column)===32;)column++;let first=state.input.charCodeAt(linePosition+column);if(first===0){contentIndent>=0?column>contentIndent&&(valueEnd=linePosition+column):column>0&&(valueEnd=linePosition+column);break}if(testDocumentBoundary(state))break;if(!detectedIndent&&contentIndent===-1&&isEol(first)&&(maxLeadingIndent=Math.max(maxLeadingIndent,column)),!detectedIndent&&contentIndent===-1&&!isEol(first)&&(first===9&&column<parentIndent&&(state.position=linePosition+column,throwError(state,"tab characters must not be used in indentation")),column>=parentIndent&&column<maxLeadingIndent&&(state.position=linePosition+column,throwError(state,"bad indentation of a mapping entry"))),contentIndent===-1&&first!==0&&!isEol(first)&&column<parentIndent){state.lineIndent=column,state.position=linePosition+column;break}!detectedIndent&&first!==0&&!isEol(first)&&contentIndent===-1&&(contentIndent=column);let requiredIndent=contentIndent===-1?parentIndent+1:contentIndent;if(first!==0&&!isEol(first)&&column<requiredIndent){state.lineIndent=column,state.position=linePosition+column;break}skipUntilLineEnd(state),valueEnd=state.position,isEol(state.input.charCodeAt(state.position))&&(consumeLineBreak(state),valueEnd=state.position)}return checkPrintable(state,valueStart,valueEnd),addScalarEvent(state,valueStart,valueEnd,props2.anchorStart,props2.anchorEnd,props2.tagStart,props2.tagEnd,style,chomping,contentIndent),!0}function canStartPlainScalar(state,nodeContext){let ch=state.input.charCodeAt(state.position),inFlow=nodeContext===CONTEXT_FLOW_IN;if(ch===0||isWsOrEol(ch)||ch===35||ch===38||ch===42||ch===33||ch===124||ch===62||ch===39||ch===34||ch===37||ch===64||ch===96||isFlowIndicator(ch))return!1;if(ch===63||ch===45){let following=state.input.charCodeAt(state.position+1);if(isWsOrEolOrEnd(following)||inFlow&&isFlowIndicator(following))return!1}return!0}function readPlainScalar(state,nodeIndent,nodeContext,props2){if(!canStartPlainScalar(state,nodeContext))return!1;let start=state.position,end=state.position,ch=state.input.charCodeAt(state.position),inFlow=nodeContext===CONTEXT_FLOW_IN,multiline=!1;for(;ch!==0&&!testDocumentBoundary(state);){if(ch===58){let following=state.input.charCodeAt(state.position+1);if(isWsOrEolOrEnd(following)||inFlow&&isFlowIndicator(following))break}else if(ch===35){if(isWsOrEol(state.input.charCodeAt(state.position-1)))break}else{if(inFlow&&isFlowIndicator(ch))break;if(isEol(ch)){let savedPosition=state.position,savedLine=state.line,savedLineStart=state.lineStart,savedLineIndent=state.lineIndent;if(skipSeparationSpace(state,!1),state.lineIndent>=nodeIndent){multiline=!0,ch=state.input.charCodeAt(state.position);continue}state.position=savedPosition,state.line=savedLine,state.lineStart=savedLineStart,state.lineIndent=savedLineIndent;break}}isWhiteSpace(ch)||(end=state.position+1),ch=state.input.charCodeAt(++state.position)}return end===start?!1:(checkPrintable(state,start,end),addScalarEvent(state,start,end,props2.anchorStart,props2.anchorEnd,props2.tagStart,props2.tagEnd,SCALAR_STYLE.PLAIN,CHOMPING_MODE.CLIP,-1,!multiline),!0)}function skipFlowSeparationSpace(state,nodeIndent){let startLine=state.line;skipSeparationSpace(state,!0),(state.line>startLine&&state.lineIndent<nodeIndent||state.firstTabInLine!==-1&&state.lineIndent<nodeIndent)&&throwError(state,"deficient indentation")}function readFlowCollection(state,nodeIndent,props2){let ch=state.input.charCodeAt(state.position),isMapping=ch===123,start=state.position,readNext=!0;if(ch!==91&&ch!==123)return!1;let terminator=isMapping?125:93;for(isMapping?addMappingEvent(state,start,props2.anchorStart,props2.anchorEnd,props2.tagStart,props2.tagEnd,COLLECTION_STYLE.FLOW):addSequenceEvent(state,start,props2.anchorStart,props2.anchorEnd,props2.tagStart,props2.tagEnd,COLLECTION_STYLE.FLOW),state.position++;state.input.charCodeAt(state.position)!==0;){skipFlowSeparationSpace(state,nodeIndent);let ch2=state.input.charCodeAt(state.position);if(ch2===terminator)return state.position++,addPopEvent(state),!0;readNext?ch2===44&&throwError(state,"expected the node content, but found ','"):throwError(state,"missed comma between flow collection entries");let isPair=!1,isExplicitPair=!1;ch2===63&&isWsOrEol(state.input.charCodeAt(state.position+1))&&(isPair=isExplicitPair=!0,state.position+=1,skipFlowSeparationSpace(state,nodeIndent));let entryLine=state.line,entryStart=snapshotState(state),keyWasRead=parseNode(state,nodeIndent,CONTEXT_FLOW_IN,!1,!0);skipFlowSeparationSpace(state,nodeIndent),ch2=state.input.charCodeAt(state.position),(isMapping||isExplicitPair||state.line===entryLine)&&ch2===58?(isPair=!0,state.position++,skipFlowSeparationSpace(state,nodeIndent),isMapping||insertFlowPairMappingEvent(state,entryStart),keyWasRead||addEmptyScalarEvent(state),parseNode(state,nodeIndent,CONTEXT_FLOW_IN,!1,!0)||addEmptyScalarEvent(state),skipFlowSeparationSpace(state,nodeIndent),isMapping||addPopEvent(state)):isMapping&&isPair?(keyWasRead||addEmptyScalarEvent(state),addEmptyScalarEvent(state)):isMapping?addEmptyScalarEvent(state):isPair&&(insertFlowPairMappingEvent(state,entryStart),keyWasRead||addEmptyScalarEvent(state),addEmptyScalarEvent(state),addPopEvent(state)),ch2=state.input.charCodeAt(state.position),ch2===44?(readNext=!0,state.position++):readNext=!1}throwError(state,"unexpected end of the stream within a flow collection")}function readBlockSequence(state,nodeIndent,props2){if(state.firstTabInLine!==-1||state.input.charCodeAt(state.position)!==45||!isWsOrEolOrEnd(state.input.charCodeAt(state.position+1)))return!1;for(addSequenceEvent(state,state.position,props2.anchorStart,props2.anchorEnd,props2.tagStart,props2.tagEnd,COLLECTION_STYLE.BLOCK);state.input.charCodeAt(state.position)===45&&isWsOrEolOrEnd(state.input.charCodeAt(state.position+1));){state.firstTabInLine!==-1&&(state.position=state.firstTabInLine,throwError(state,"tab characters must not be used in indentation"));let entryLine=state.line;state.position++;let hadBreak=skipSeparationSpace(state,!0)>0;if(state.firstTabInLine!==-1&&state.input.charCodeAt(state.position)===45&&isWsOrEolOrEnd(state.input.charCodeAt(state.position+1))&&throwError(state,"bad indentation of a sequence entry"),hadBreak&&state.lineIndent<=nodeIndent?addEmptyScalarEvent(state):parseNode(state,nodeIndent,CONTEXT_BLOCK_IN,!1,!0),skipSeparationSpace(state,!0),state.lineIndent<nodeIndent||state.position>=state.length)break;state.lineIndent>nodeIndent&&throwError(state,"bad indentation of a sequence entry"),state.line===entryLine&&state.input.charCodeAt(state.position)===45&&isWsOrEolOrEnd(state.input.charCodeAt(state.position+1))&&throwError(state,"bad indentation of a sequence entry")}return addPopEvent(state),!0}function readBlockMapping(state,nodeIndent,flowIndent,props2){let atExplicitKey=!1,detected=!1,mappingOpened=!1,pendingExplicitKey=!1;if(state.firstTabInLine!==-1)return!1;let ch=state.input.charCodeAt(state.position);for(;ch!==0;){!atExplicitKey&&state.firstTabInLine!==-1&&(state.position=state.firstTabInLine,throwError(state,"tab characters must not be used in indentation"));let following=state.input.charCodeAt(state.position+1),entryLine=state.line;if((ch===63||ch===58)&&isWsOrEolOrEnd(following))mappingOpened||(addMappingEvent(state,state.position,props2.anchorStart,props2.anchorEnd,props2.tagStart,props2.tagEnd,COLLECTION_STYLE.BLOCK),mappingOpened=!0),ch===63?(atExplicitKey&&addEmptyScalarEvent(state),detected=!0,atExplicitKey=!0):(atExplicitKey||(addEmptyScalarEvent(state),detected=!0),atExplicitKey=!1),state.position+=1,pendingExplicitKey=!0;else{atExplicitKey&&(addEmptyScalarEvent(state),atExplicitKey=!1);let beforeKey=snapshotState(state);if(!parseNode(state,flowIndent,CONTEXT_FLOW_OUT,!1,!0))break;if(state.line===entryLine){for(ch=state.input.charCodeAt(state.position);isWhiteSpace(ch);)ch=state.input.charCodeAt(++state.position);if(ch===58)ch=state.input.charCodeAt(++state.position),isWsOrEolOrEnd(ch)||throwError(state,"a whitespace character is expected after the key-value separator within a block mapping"),mappingOpened||(state.events.splice(beforeKey.eventsLength,0,{type:EVENT_ID.MAPPING,start:beforeKey.position,anchorStart:props2.anchorStart,anchorEnd:props2.anchorEnd,tagStart:props2.tagStart,tagEnd:props2.tagEnd,style:COLLECTION_STYLE.BLOCK}),mappingOpened=!0),detected=!0,atExplicitKey=!1,pendingExplicitKey=!1;else if(detected)throwError(state,"expected ':' after a mapping key");else return props2.anchorStart!==NO_RANGE$1||props2.tagStart!==NO_RANGE$1?(restoreState(state,beforeKey),!1):!0}else if(detected)throwError(state,"can not read a block mapping entry; a multiline key may not be an implicit key");else return props2.anchorStart!==NO_RANGE$1||props2.tagStart!==NO_RANGE$1?(restoreState(state,beforeKey),!1):!0}if(parseNode(state,nodeIndent,CONTEXT_BLOCK_OUT,!0,pendingExplicitKey)&&(pendingExplicitKey=!1),atExplicitKey||pendingExplicitKey&&(addEmptyScalarEvent(state),pendingExplicitKey=!1),skipSeparationSpace(state,!0),ch=state.input.charCodeAt(state.position),(state.line===entryLine||state.lineIndent>nodeIndent)&&ch!==0)throwError(state,"bad indentation of a mapping entry");else if(state.lineIndent<nodeIndent)break}return detected?(atExplicitKey&&addEmptyScalarEvent(state),mappingOpened&&addPopEvent(state),!0):!1}function parseNode(state,parentIndent,nodeContext,allowToSeek,allowCompact,allowPropertyMapping=!0){state.depth>=state.maxDepth&&throwError(state,`nesting exceeded maxDepth (${state.maxDepth})`),state.depth++;let indentStatus=1,atNewLine=!1,hasContent=!1,propertyStart=null,props2=emptyProperties(),allowBlockScalars=nodeContext===CONTEXT_BLOCK_OUT||nodeContext===CONTEXT_BLOCK_IN,allowBlockCollections=allowBlockScalars,allowBlockStyles=allowBlockScalars;if(allowToSeek&&skipSeparationSpace(state,!0)&&(atNewLine=!0,state.lineIndent>parentIndent?indentStatus=1:state.lineIndent===parentIndent?indentStatus=0:indentStatus=-1),indentStatus===1)for(;;){let ch=state.input.charCodeAt(state.position),propertyState=snapshotState(state);if(atNewLine&&indentStatus!==1&&(ch===33||ch===38))break;if(atNewLine&&allowBlockStyles&&(props2.tagStart!==NO_RANGE$1||props2.anchorStart!==NO_RANGE$1)&&(ch===33||ch===38)){let fallbackState=snapshotState(state),flowIndent=parentIndent+1;if(readBlockMapping(state,state.position-state.lineStart,flowIndent,props2)&&state.events[fallbackState.eventsLength]?.type===EVENT_ID.MAPPING)return state.depth--,!0;restoreState(state,fallbackState)}if(atNewLine&&(ch===33&&props2.tagStart!==NO_RANGE$1||ch===38&&props2.anchorStart!==NO_RANGE$1)||!readTagProperty(state,props2,nodeContext===CONTEXT_FLOW_IN)&&!readAnchorProperty(state,props2))break;propertyStart===null&&(propertyStart=propertyState),skipSeparationSpace(state,!0)?(atNewLine=!0,allowBlockCollections=allowBlockStyles,state.lineIndent>parentIndent?indentStatus=1:state.lineIndent===parentIndent?indentStatus=0:indentStatus=-1):allowBlockCollections=!1}if(allowBlockCollections&&(allowBlockCollections=atNewLine||allowCompact),indentStatus===1||nodeContext===CONTEXT_BLOCK_OUT){let flowIndent=nodeContext===CONTEXT_FLOW_IN||nodeContext===CONTEXT_FLOW_OUT?parentIndent:parentIndent+1,blockIndent=state.position-state.lineStart;if(indentStatus===1)if(allowBlockCollections&&(readBlockSequence(state,blockIndent,props2)||readBlockMapping(state,blockIndent,flowIndent,props2))||readFlowCollection(state,flowIndent,props2))hasContent=!0;else{let ch=state.input.charCodeAt(state.position);if(propertyStart!==null&&allowPropertyMapping&&allowBlockStyles&&!allowBlockCollections&&ch!==124&&ch!==62){let fallbackState=snapshotState(state),propertyIndent=propertyStart.position-propertyStart.lineStart;restoreState(state,propertyStart),readBlockMapping(state,propertyIndent,flowIndent,emptyProperties())&&state.events[fallbackState.eventsLength]?.type===EVENT_ID.MAPPING?hasContent=!0:restoreState(state,fallbackState)}!hasContent&&(allowBlockScalars&&readBlockScalar(state,flowIndent,props2)||readSingleQuotedScalar(state,flowIndent,props2)||readDoubleQuotedScalar(state,flowIndent,props2)||readAlias(state,props2)||readPlainScalar(state,flowIndent,nodeContext,props2))&&(hasContent=!0)}else indentStatus===0&&(hasContent=allowBlockCollections&&readBlockSequence(state,blockIndent,props2))}return allowBlockScalars=allowBlockScalars&&!hasContent,!hasContent&&(props2.anchorStart!==NO_RANGE$1||props2.tagStart!==NO_RANGE$1||allowBlockScalars)&&(addScalarEvent(state,NO_RANGE$1,NO_RANGE$1,props2.anchorStart,props2.anchorEnd,props2.tagStart,props2.tagEnd,SCALAR_STYLE.PLAIN),hasContent=!0),state.depth--,hasContent||props2.anchorStart!==NO_RANGE$1||props2.tagStart!==NO_RANGE$1}function readDirective(state){if(state.lineIndent>0||state.input.charCodeAt(state.position)!==37)return!1;state.position++;let nameStart=state.position;for(;state.input.charCodeAt(state.position)!==0&&!isWsOrEol(state.input.charCodeAt(state.position));)state.position++;let name=state.input.slice(nameStart,state.position),args=[];for(name.length===0&&throwError(state,"directive name must not be less than one character in length");state.input.charCodeAt(state.position)!==0&&!isEol(state.input.charCodeAt(state.position));){for(;isWhiteSpace(state.input.charCodeAt(state.position));)state.position++;if(state.input.charCodeAt(state.position)===35||isEol(state.input.charCodeAt(state.position))||state.input.charCodeAt(state.position)===0)break;let start=state.position;for(;state.input.charCodeAt(state.position)!==0&&!isWsOrEol(state.input.charCodeAt(state.position));)state.position++;args.push(state.input.slice(start,state.position))}if(isEol(state.input.charCodeAt(state.position))&&consumeLineBreak(state),name==="YAML"){state.directives.some(directive=>directive.kind==="yaml")&&throwError(state,"duplication of %YAML directive"),args.length!==1&&throwError(state,"YAML directive accepts exactly one argument");let match=/^([0-9]+)\.([0-9]+)$/.exec(args[0]);match===null&&throwError(state,"ill-formed argument of the YAML directive"),parseInt(match[1],10)!==1&&throwError(state,"unacceptable YAML version of the document"),state.directives.push({kind:"yaml",version:args[0]})}else if(name==="TAG"){args.length!==2&&throwError(state,"TAG directive accepts exactly two arguments");let[handle,prefix]=args;PATTERN_TAG_HANDLE.test(handle)||throwError(state,"ill-formed tag handle (first argument) of the TAG directive"),HAS_OWN.call(state.tagHandlers,handle)&&throwError(state,`there is a previously declared suffix for "${handle}" tag handle`),PATTERN_TAG_PREFIX.test(prefix)||throwError(state,"ill-formed tag prefix (second argument) of the TAG directive"),state.tagHandlers[handle]=prefix,state.directives.push({kind:"tag",handle,prefix})}return!0}function readDocument(state){state.directives=[],state.tagHandlers=Object.create(null);let hasDirectives=!1;for(skipSeparationSpace(state,!0);readDirective(state);)hasDirectives=!0,skipSeparationSpace(state,!0);let explicitStart=!1,explicitEnd=!1,allowCompact=!0;if(state.lineIndent===0&&state.input.charCodeAt(state.position)===45&&state.input.charCodeAt(state.position+1)===45&&state.input.charCodeAt(state.position+2)===45&&isWsOrEolOrEnd(state.input.charCodeAt(state.position+3))){explicitStart=!0;let markerLine=state.line;state.position+=3,skipSeparationSpace(state,!0),allowCompact=state.line>markerLine}else hasDirectives&&throwError(state,"directives end mark is expected");let documentEventIndex=state.events.length;if(!explicitStart&&state.position===state.lineStart&&state.input.charCodeAt(state.position)===46&&testDocumentSeparator(state)){state.position+=3,skipSeparationSpace(state,!0);return}if(addDocumentEvent(state,explicitStart,!1),parseNode(state,state.lineIndent-1,CONTEXT_BLOCK_OUT,!1,allowCompact,allowCompact)||addEmptyScalarEvent(state),skipSeparationSpace(state,!0),state.position===state.lineStart&&testDocumentSeparator(state)&&(explicitEnd=state.input.charCodeAt(state.position)===46,explicitEnd)){let markerLine=state.line;state.position+=3,skipSeparationSpace(state,!0),state.line===markerLine&&state.position<state.length&&throwError(state,"end of the stream or a document separator is expected")}let documentEvent=state.events[documentEventIndex];documentEvent?.type===EVENT_ID.DOCUMENT&&(documentEvent.explicitEnd=explicitEnd),addPopEvent(state),!explicitEnd&&state.position<state.length&&!testDocumentBoundary(state)&&throwError(state,"end of the stream or a document separator is expected")}function parseEvents(input,options){let length=input.length,state={...DEFAULT_PARSER_OPTIONS,...options,input:`${input}\0`,length,position:0,line:0,lineStart:0,lineIndent:0,firstTabInLine:-1,depth:0,directives:[],tagHandlers:Object.create(null),events:[]},nullpos=input.indexOf("\0");for(nullpos!==-1&&YAMLException.throwAt(input,nullpos,"null byte is not allowed in input",state.filename);state.position<state.length&&(skipByteOrderMark(state),skipSeparationSpace(state,!0),!(state.position>=state.length));){let documentStart=state.position;readDocument(state),state.position===documentStart&&throwError(state,"can not read a document")}return state.events}var DEFAULT_LOAD_OPTIONS={...DEFAULT_PARSER_OPTIONS,...DEFAULT_CONSTRUCTOR_OPTIONS};function loadDocuments(input,options={}){let opts={...DEFAULT_LOAD_OPTIONS,...options},source=String(input),PARSER_OPT_KEYS=Object.keys(DEFAULT_PARSER_OPTIONS),CONSTRUCTOR_OPT_KEYS=Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);return constructFromEvents(parseEvents(source,pick(opts,PARSER_OPT_KEYS)),{...pick(opts,CONSTRUCTOR_OPT_KEYS),source})}function load(input,options){let documents=loadDocuments(input,options);if(documents.length===0)throw new YAMLException("expected a document, but the input is empty");if(documents.length===1)return documents[0];throw new YAMLException("expected a single document in the stream, but found more")}function hasBit(mask,bit){return(mask&1<<bit)!==0}var DEFAULT_SCALAR_STYLE_RULES={applyQuoteFlowKeysOption,doubleQuoteForInvisibles,doubleQuoteWhitespaceOnly,applyForceQuotesOption,tryLongOrMultilineAsBlock,quoteInvalidPlain,fallbackToDoubleQuoted};function _preferredQuotedStyle(layout){return layout.presenterOptions.quoteStyle==="single"&&hasBit(layout.allowedStylesMask,SCALAR_STYLE.SINGLE_QUOTED)?SCALAR_STYLE.SINGLE_QUOTED:SCALAR_STYLE.DOUBLE_QUOTED}function applyQuoteFlowKeysOption(layout){layout.presenterOptions.quoteFlowKeys&&(!layout.isKey||!layout.flowOnly||layout.style!==SCALAR_STYLE.PLAIN||(layout.style=SCALAR_STYLE.DOUBLE_QUOTED))}function doubleQuoteForInvisibles(layout){layout.style===SCALAR_STYLE.PLAIN&&/[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)&&(layout.style=SCALAR_STYLE.DOUBLE_QUOTED)}function doubleQuoteWhitespaceOnly(layout){layout.style===SCALAR_STYLE.PLAIN&&/^\s+$/.test(layout.node.value)&&(layout.style=SCALAR_STYLE.DOUBLE_QUOTED)}function applyForceQuotesOption(layout){layout.presenterOptions.forceQuotes&&(layout.isKey||layout.style!==SCALAR_STYLE.PLAIN||layout.node.tag===layout.presenterOptions.schema.defaultScalarTag.tagName&&(layout.style=layout.node.value.includes(`
`)?SCALAR_STYLE.DOUBLE_QUOTED:_preferredQuotedStyle(layout)))}function tryLongOrMultilineAsBlock(layout){if(layout.style!==SCALAR_STYLE.PLAIN||layout.isKey)return;let value=layout.node.value,multiline=value.indexOf(`
`)!==-1;if(!hasBit(layout.allowedStylesMask,SCALAR_STYLE.LITERAL_BLOCK)){multiline&&(layout.style=SCALAR_STYLE.DOUBLE_QUOTED);return}let w=layout.presenterOptions.lineWidth;if(w===-1){multiline&&(layout.style=SCALAR_STYLE.LITERAL_BLOCK);return}let availableWidth=Math.max(Math.min(w,40),w-layout.shiftOfContent),position=0,shouldFold=!1;for(;position<=value.length;){let lineEnd=value.length,nextLineBreak=value.indexOf(`
`,position);nextLineBreak!==-1&&(lineEnd=nextLineBreak);let line=value.slice(position,lineEnd);if(line.length>availableWidth&&line[0]!==" "&&/ [^ \t]/.test(line)&&(shouldFold=!0),nextLineBreak===-1)break;position=nextLineBreak+1}shouldFold?layout.style=SCALAR_STYLE.FOLDED_BLOCK:multiline&&(layout.style=SCALAR_STYLE.LITERAL_BLOCK)}function quoteInvalidPlain(layout){layout.style===SCALAR_STYLE.PLAIN&&!hasBit(layout.allowedStylesMask,SCALAR_STYLE.PLAIN)&&(layout.style=_preferredQuotedStyle(layout))}function fallbackToDoubleQuoted(layout){hasBit(layout.allowedStylesMask,layout.style)||(layout.style=SCALAR_STYLE.DOUBLE_QUOTED)}var SRC_C_PRINTABLE="[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]",SRC_B_CHAR="[\\n\\r]",SRC_C_BYTE_ORDER_MARK="\\uFEFF",SRC_S_WHITE="[ \\t]",SRC_NB_CHAR=`(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`,SRC_NS_CHAR=`(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`,SRC_NB_JSON="[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]",SRC_C_INDICATOR="[-?:,\\[\\]{}#&*!|>'\"%@`]",SRC_C_FLOW_INDICATOR="[,\\[\\]{}]",SRC_NS_PLAIN_SAFE_FLOW_OUT=SRC_NS_CHAR,SRC_NS_PLAIN_SAFE_FLOW_IN=`(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`,SRC_NS_PLAIN_FIRST_FLOW_OUT=`(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`,SRC_NS_PLAIN_FIRST_FLOW_IN=`(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`,SRC_NS_PLAIN_CHAR_FLOW_OUT=`(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`,SRC_NS_PLAIN_CHAR_FLOW_IN=`(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`,SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT=`(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`,SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN=`(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`,SRC_NS_PLAIN_ONE_LINE_FLOW_OUT=`${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`,SRC_NS_PLAIN_ONE_LINE_FLOW_IN=`${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`,SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY=SRC_NS_PLAIN_ONE_LINE_FLOW_OUT,SRC_NS_PLAIN_ONE_LINE_FLOW_KEY=SRC_NS_PLAIN_ONE_LINE_FLOW_IN,SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT=`\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`,SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN=`\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`,SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT=`${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`,SRC_NS_PLAIN_MULTI_LINE_FLOW_IN=`${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`,NS_PLAIN_FLOW_OUT=new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`,"u"),NS_PLAIN_FLOW_IN=new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`,"u"),NS_PLAIN_BLOCK_KEY=new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`,"u"),NS_PLAIN_FLOW_KEY=new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`,"u"),NB_SINGLE_ONE_LINE=new RegExp(`^(?:${SRC_NB_JSON})*$`,"u"),NB_SINGLE_MULTI_LINE=new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`,"u"),BLOCK_SCALAR_CONTENT=new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`,"u");var DEFAULT_PRESENTER_OPTIONS={indent:2,seqNoIndent:!1,seqInlineFirst:!0,lineWidth:80,flowBracketPadding:!1,flowSkipCommaSpace:!1,flowSkipColonSpace:!1,quoteFlowKeys:!1,quoteStyle:"single",forceQuotes:!1,scalarStyleRules:Object.keys(DEFAULT_SCALAR_STYLE_RULES).map(name=>Reflect.get(DEFAULT_SCALAR_STYLE_RULES,name)),tagBeforeAnchor:!1};var DEFAULT_DUMP_OPTIONS={...DEFAULT_PRESENTER_OPTIONS,schema:DUMP_SCHEMA,skipInvalid:!1,noRefs:!1,flowLevel:-1,sortKeys:!1,transform:()=>{}};var EVENT_DOCUMENT=EVENT_ID.DOCUMENT,EVENT_SEQUENCE=EVENT_ID.SEQUENCE,EVENT_MAPPING=EVENT_ID.MAPPING,EVENT_SCALAR=EVENT_ID.SCALAR,EVENT_ALIAS=EVENT_ID.ALIAS,EVENT_POP=EVENT_ID.POP,SCALAR_STYLE_PLAIN=SCALAR_STYLE.PLAIN,SCALAR_STYLE_SINGLE_QUOTED=SCALAR_STYLE.SINGLE_QUOTED,SCALAR_STYLE_DOUBLE_QUOTED=SCALAR_STYLE.DOUBLE_QUOTED,SCALAR_STYLE_LITERAL_BLOCK=SCALAR_STYLE.LITERAL_BLOCK,SCALAR_STYLE_FOLDED_BLOCK=SCALAR_STYLE.FOLDED_BLOCK,COLLECTION_STYLE_BLOCK=COLLECTION_STYLE.BLOCK,COLLECTION_STYLE_FLOW=COLLECTION_STYLE.FLOW,CHOMPING_CLIP=CHOMPING_MODE.CLIP,CHOMPING_STRIP=CHOMPING_MODE.STRIP,CHOMPING_KEEP=CHOMPING_MODE.KEEP;var import_node_net=__toESM(__webpack_require__(7030),1),import_node_path=__toESM(__webpack_require__(6760),1),import_undici2=__webpack_require__(6752);var import_node_child_process=__toESM(__webpack_require__(1421),1);var import_vm=__toESM(__webpack_require__(9154),1),Hooks=class{add(name,callback,first){if(typeof arguments[0]!="string")for(let name2 in arguments[0])this.add(name2,arguments[0][name2],arguments[1]);else(Array.isArray(name)?name:[name]).forEach(function(name2){this[name2]=this[name2]||[],callback&&this[name2][first?"unshift":"push"](callback)},this)}run(name,env){this[name]=this[name]||[],this[name].forEach(function(callback){callback.call(env&&env.context?env.context:env,env)})}},Plugins=class{constructor(jsep2){this.jsep=jsep2,this.registered={}}register(...plugins){plugins.forEach(plugin2=>{if(typeof plugin2!="object"||!plugin2.name||!plugin2.init)throw new Error("Invalid JSEP plugin format");this.registered[plugin2.name]||(plugin2.init(this.jsep),this.registered[plugin2.name]=plugin2)})}},Jsep=class _Jsep{static get version(){return"1.4.0"}static toString(){return"JavaScript Expression Parser (JSEP) v"+_Jsep.version}static addUnaryOp(op_name){return _Jsep.max_unop_len=Math.max(op_name.length,_Jsep.max_unop_len),_Jsep.unary_ops[op_name]=1,_Jsep}static addBinaryOp(op_name,precedence,isRightAssociative){return _Jsep.max_binop_len=Math.max(op_name.length,_Jsep.max_binop_len),_Jsep.binary_ops[op_name]=precedence,isRightAssociative?_Jsep.right_associative.add(op_name):_Jsep.right_associative.delete(op_name),_Jsep}static addIdentifierChar(char){return _Jsep.additional_identifier_chars.add(char),_Jsep}static addLiteral(literal_name,literal_value){return _Jsep.literals[literal_name]=literal_value,_Jsep}static removeUnaryOp(op_name){return delete _Jsep.unary_ops[op_name],op_name.length===_Jsep.max_unop_len&&(_Jsep.max_unop_len=_Jsep.getMaxKeyLen(_Jsep.unary_ops)),_Jsep}static removeAllUnaryOps(){return _Jsep.unary_ops={},_Jsep.max_unop_len=0,_Jsep}static removeIdentifierChar(char){return _Jsep.additional_identifier_chars.delete(char),_Jsep}static removeBinaryOp(op_name){return delete _Jsep.binary_ops[op_name],op_name.length===_Jsep.max_binop_len&&(_Jsep.max_binop_len=_Jsep.getMaxKeyLen(_Jsep.binary_ops)),_Jsep.right_associative.delete(op_name),_Jsep}static removeAllBinaryOps(){return _Jsep.binary_ops={},_Jsep.max_binop_len=0,_Jsep}static removeLiteral(literal_name){return delete _Jsep.literals[literal_name],_Jsep}static removeAllLiterals(){return _Jsep.literals={},_Jsep}get char(){return this.expr.charAt(this.index)}get code(){return this.expr.charCodeAt(this.index)}constructor(expr){this.expr=expr,this.index=0}static parse(expr){return new _Jsep(expr).parse()}static getMaxKeyLen(obj){return Math.max(0,...Object.keys(obj).map(k=>k.length))}static isDecimalDigit(ch){return ch>=48&&ch<=57}static binaryPrecedence(op_val){return _Jsep.binary_ops[op_val]||0}static isIdentifierStart(ch){return ch>=65&&ch<=90||ch>=97&&ch<=122||ch>=128&&!_Jsep.binary_ops[String.fromCharCode(ch)]||_Jsep.additional_identifier_chars.has(String.fromCharCode(ch))}static isIdentifierPart(ch){return _Jsep.isIdentifierStart(ch)||_Jsep.isDecimalDigit(ch)}throwError(message){let error=new Error(message+" at character "+this.index);throw error.index=this.index,error.description=message,error}runHook(name,node){if(_Jsep.hooks[name]){let env={context:this,node};return _Jsep.hooks.run(name,env),env.node}return node}searchHook(name){if(_Jsep.hooks[name]){let env={context:this};return _Jsep.hooks[name].find(function(callback){return callback.call(env.context,env),env.node}),env.node}}gobbleSpaces(){let ch=this.code;for(;ch===_Jsep.SPACE_CODE||ch===_Jsep.TAB_CODE||ch===_Jsep.LF_CODE||ch===_Jsep.CR_CODE;)ch=this.expr.charCodeAt(++this.index);this.runHook("gobble-spaces")}parse(){this.runHook("before-all");let nodes=this.gobbleExpressions(),node=nodes.length===1?nodes[0]:{type:_Jsep.COMPOUND,body:nodes};return this.runHook("after-all",node)}gobbleExpressions(untilICode){let nodes=[],ch_i,node;for(;this.index<this.expr.length;)if(ch_i=this.code,ch_i===_Jsep.SEMCOL_CODE||ch_i===_Jsep.COMMA_CODE)this.index++;else if(node=this.gobbleExpression())nodes.push(node);else if(this.index<this.expr.length){if(ch_i===untilICode)break;this.throwError('Unexpected "'+this.char+'"')}return nodes}gobbleExpression(){let node=this.searchHook("gobble-expression")||this.gobbleBinaryExpression();return this.gobbleSpaces(),this.runHook("after-expression",node)}gobbleBinaryOp(){this.gobbleSpaces();let to_check=this.expr.substr(this.index,_Jsep.max_binop_len),tc_len=to_check.length;for(;tc_len>0;){if(_Jsep.binary_ops.hasOwnProperty(to_check)&&(!_Jsep.isIdentifierStart(this.code)||this.index+to_check.length<this.expr.length&&!_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index+to_check.length))))return this.index+=tc_len,to_check;to_check=to_check.substr(0,--tc_len)}return!1}gobbleBinaryExpression(){let node,biop,prec,stack,biop_info,left,right,i,cur_biop;if(left=this.gobbleToken(),!left||(biop=this.gobbleBinaryOp(),!biop))return left;for(biop_info={value:biop,prec:_Jsep.binaryPrecedence(biop),right_a:_Jsep.right_associative.has(biop)},right=this.gobbleToken(),right||this.throwError("Expected expression after "+biop),stack=[left,biop_info,right];biop=this.gobbleBinaryOp();){if(prec=_Jsep.binaryPrecedence(biop),prec===0){this.index-=biop.length;break}biop_info={value:biop,prec,right_a:_Jsep.right_associative.has(biop)},cur_biop=biop;let comparePrev=prev=>biop_info.right_a&&prev.right_a?prec>prev.prec:prec<=prev.prec;for(;stack.length>2&&comparePrev(stack[stack.length-2]);)right=stack.pop(),biop=stack.pop().value,left=stack.pop(),node={type:_Jsep.BINARY_EXP,operator:biop,left,right},stack.push(node);node=this.gobbleToken(),node||this.throwError("Expected expression after "+cur_biop),stack.push(biop_info,node)}for(i=stack.length-1,node=stack[i];i>1;)node={type:_Jsep.BINARY_EXP,operator:stack[i-1].value,left:stack[i-2],right:node},i-=2;return node}gobbleToken(){let ch,to_check,tc_len,node;if(this.gobbleSpaces(),node=this.searchHook("gobble-token"),node)return this.runHook("after-token",node);if(ch=this.code,_Jsep.isDecimalDigit(ch)||ch===_Jsep.PERIOD_CODE)return this.gobbleNumericLiteral();if(ch===_Jsep.SQUOTE_CODE||ch===_Jsep.DQUOTE_CODE)node=this.gobbleStringLiteral();else if(ch===_Jsep.OBRACK_CODE)node=this.gobbleArray();else{for(to_check=this.expr.substr(this.index,_Jsep.max_unop_len),tc_len=to_check.length;tc_len>0;){if(_Jsep.unary_ops.hasOwnProperty(to_check)&&(!_Jsep.isIdentifierStart(this.code)||this.index+to_check.length<this.expr.length&&!_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index+to_check.length)))){this.index+=tc_len;let argument=this.gobbleToken();return argument||this.throwError("missing unaryOp argument"),this.runHook("after-token",{type:_Jsep.UNARY_EXP,operator:to_check,argument,prefix:!0})}to_check=to_check.substr(0,--tc_len)}_Jsep.isIdentifierStart(ch)?(node=this.gobbleIdentifier(),_Jsep.literals.hasOwnProperty(node.name)?node={type:_Jsep.LITERAL,value:_Jsep.literals[node.name],raw:node.name}:node.name===_Jsep.this_str&&(node={type:_Jsep.THIS_EXP})):ch===_Jsep.OPAREN_CODE&&(node=this.gobbleGroup())}return node?(node=this.gobbleTokenProperty(node),this.runHook("after-token",node)):this.runHook("after-token",!1)}gobbleTokenProperty(node){this.gobbleSpaces();let ch=this.code;for(;ch===_Jsep.PERIOD_CODE||ch===_Jsep.OBRACK_CODE||ch===_Jsep.OPAREN_CODE||ch===_Jsep.QUMARK_CODE;){let optional;if(ch===_Jsep.QUMARK_CODE){if(this.expr.charCodeAt(this.index+1)!==_Jsep.PERIOD_CODE)break;optional=!0,this.index+=2,this.gobbleSpaces(),ch=this.code}this.index++,ch===_Jsep.OBRACK_CODE?(node={type:_Jsep.MEMBER_EXP,computed:!0,object:node,property:this.gobbleExpression()},node.property||this.throwError('Unexpected "'+this.char+'"'),this.gobbleSpaces(),ch=this.code,ch!==_Jsep.CBRACK_CODE&&this.throwError("Unclosed ["),this.index++):ch===_Jsep.OPAREN_CODE?node={type:_Jsep.CALL_EXP,arguments:this.gobbleArguments(_Jsep.CPAREN_CODE),callee:node}:(ch===_Jsep.PERIOD_CODE||optional)&&(optional&&this.index--,this.gobbleSpaces(),node={type:_Jsep.MEMBER_EXP,computed:!1,object:node,property:this.gobbleIdentifier()}),optional&&(node.optional=!0),this.gobbleSpaces(),ch=this.code}return node}gobbleNumericLiteral(){let number="",ch,chCode;for(;_Jsep.isDecimalDigit(this.code);)number+=this.expr.charAt(this.index++);if(this.code===_Jsep.PERIOD_CODE)for(number+=this.expr.charAt(this.index++);_Jsep.isDecimalDigit(this.code);)number+=this.expr.charAt(this.index++);if(ch=this.char,ch==="e"||ch==="E"){for(number+=this.expr.charAt(this.index++),ch=this.char,(ch==="+"||ch==="-")&&(number+=this.expr.charAt(this.index++));_Jsep.isDecimalDigit(this.code);)number+=this.expr.charAt(this.index++);_Jsep.isDecimalDigit(this.expr.charCodeAt(this.index-1))||this.throwError("Expected exponent ("+number+this.char+")")}return chCode=this.code,_Jsep.isIdentifierStart(chCode)?this.throwError("Variable names cannot start with a number ("+number+this.char+")"):(chCode===_Jsep.PERIOD_CODE||number.length===1&&number.charCodeAt(0)===_Jsep.PERIOD_CODE)&&this.throwError("Unexpected period"),{type:_Jsep.LITERAL,value:parseFloat(number),raw:number}}gobbleStringLiteral(){let str="",startIndex=this.index,quote=this.expr.charAt(this.index++),closed=!1;for(;this.index<this.expr.length;){let ch=this.expr.charAt(this.index++);if(ch===quote){closed=!0;break}else if(ch==="\\")switch(ch=this.expr.charAt(this.index++),ch){case"n":str+=`
`;break;case"r":str+="\r";break;case"t":str+="	";break;case"b":str+="\b";break;case"f":str+="\f";break;case"v":str+="\v";break;default:str+=ch}else str+=ch}return closed||this.throwError('Unclosed quote after "'+str+'"'),{type:_Jsep.LITERAL,value:str,raw:this.expr.substring(startIndex,this.index)}}gobbleIdentifier(){let ch=this.code,start=this.index;for(_Jsep.isIdentifierStart(ch)?this.index++:this.throwError("Unexpected "+this.char);this.index<this.expr.length&&(ch=this.code,_Jsep.isIdentifierPart(ch));)this.index++;return{type:_Jsep.IDENTIFIER,name:this.expr.slice(start,this.index)}}gobbleArguments(termination){let args=[],closed=!1,separator_count=0;for(;this.index<this.expr.length;){this.gobbleSpaces();let ch_i=this.code;if(ch_i===termination){closed=!0,this.index++,termination===_Jsep.CPAREN_CODE&&separator_count&&separator_count>=args.length&&this.throwError("Unexpected token "+String.fromCharCode(termination));break}else if(ch_i===_Jsep.COMMA_CODE){if(this.index++,separator_count++,separator_count!==args.length){if(termination===_Jsep.CPAREN_CODE)this.throwError("Unexpected token ,");else if(termination===_Jsep.CBRACK_CODE)for(let arg=args.length;arg<separator_count;arg++)args.push(null)}}else if(args.length!==separator_count&&separator_count!==0)this.throwError("Expected comma");else{let node=this.gobbleExpression();(!node||node.type===_Jsep.COMPOUND)&&this.throwError("Expected comma"),args.push(node)}}return closed||this.throwError("Expected "+String.fromCharCode(termination)),args}gobbleGroup(){this.index++;let nodes=this.gobbleExpressions(_Jsep.CPAREN_CODE);if(this.code===_Jsep.CPAREN_CODE)return this.index++,nodes.length===1?nodes[0]:nodes.length?{type:_Jsep.SEQUENCE_EXP,expressions:nodes}:!1;this.throwError("Unclosed (")}gobbleArray(){return this.index++,{type:_Jsep.ARRAY_EXP,elements:this.gobbleArguments(_Jsep.CBRACK_CODE)}}},hooks=new Hooks;Object.assign(Jsep,{hooks,plugins:new Plugins(Jsep),COMPOUND:"Compound",SEQUENCE_EXP:"SequenceExpression",IDENTIFIER:"Identifier",MEMBER_EXP:"MemberExpression",LITERAL:"Literal",THIS_EXP:"ThisExpression",CALL_EXP:"CallExpression",UNARY_EXP:"UnaryExpression",BINARY_EXP:"BinaryExpression",ARRAY_EXP:"ArrayExpression",TAB_CODE:9,LF_CODE:10,CR_CODE:13,SPACE_CODE:32,PERIOD_CODE:46,COMMA_CODE:44,SQUOTE_CODE:39,DQUOTE_CODE:34,OPAREN_CODE:40,CPAREN_CODE:41,OBRACK_CODE:91,CBRACK_CODE:93,QUMARK_CODE:63,SEMCOL_CODE:59,COLON_CODE:58,unary_ops:{"-":1,"!":1,"~":1,"+":1},binary_ops:{"||":1,"??":1,"&&":2,"|":3,"^":4,"&":5,"==":6,"!=":6,"===":6,"!==":6,"<":7,">":7,"<=":7,">=":7,"<<":8,">>":8,">>>":8,"+":9,"-":9,"*":10,"/":10,"%":10,"**":11},right_associative:new Set(["**"]),additional_identifier_chars:new Set(["$","_"]),literals:{true:!0,false:!1,null:null},this_str:"this"});Jsep.max_unop_len=Jsep.getMaxKeyLen(Jsep.unary_ops);Jsep.max_binop_len=Jsep.getMaxKeyLen(Jsep.binary_ops);var jsep=expr=>new Jsep(expr).parse(),stdClassProps=Object.getOwnPropertyNames(class{});Object.getOwnPropertyNames(Jsep).filter(prop=>!stdClassProps.includes(prop)&&jsep[prop]===void 0).forEach(m=>{jsep[m]=Jsep[m]});jsep.Jsep=Jsep;var CONDITIONAL_EXP="ConditionalExpression",ternary={name:"ternary",init(jsep2){jsep2.hooks.add("after-expression",function(env){if(env.node&&this.code===jsep2.QUMARK_CODE){this.index++;let test=env.node,consequent=this.gobbleExpression();if(consequent||this.throwError("Expected expression"),this.gobbleSpaces(),this.code===jsep2.COLON_CODE){this.index++;let alternate=this.gobbleExpression();if(alternate||this.throwError("Expected expression"),env.node={type:CONDITIONAL_EXP,test,consequent,alternate},test.operator&&jsep2.binary_ops[test.operator]<=.9){let newTest=test;for(;newTest.right.operator&&jsep2.binary_ops[newTest.right.operator]<=.9;)newTest=newTest.right;env.node.test=newTest.right,newTest.right=env.node,env.node=test}}else this.throwError("Expected :")}})}};jsep.plugins.register(ternary);var FSLASH_CODE=47,BSLASH_CODE=92,index={name:"regex",init(jsep2){jsep2.hooks.add("gobble-token",function(env){if(this.code===FSLASH_CODE){let patternIndex=++this.index,inCharSet=!1;for(;this.index<this.expr.length;){if(this.code===FSLASH_CODE&&!inCharSet){let pattern=this.expr.slice(patternIndex,this.index),flags="";for(;++this.index<this.expr.length;){let code=this.code;if(code>=97&&code<=122||code>=65&&code<=90||code>=48&&code<=57)flags+=this.char;else break}let value;try{value=new RegExp(pattern,flags)}catch(e2){this.throwError(e2.message)}return env.node={type:jsep2.LITERAL,value,raw:this.expr.slice(patternIndex-1,this.index)},env.node=this.gobbleTokenProperty(env.node),env.node}this.code===jsep2.OBRACK_CODE?inCharSet=!0:inCharSet&&this.code===jsep2.CBRACK_CODE&&(inCharSet=!1),this.index+=this.code===BSLASH_CODE?2:1}this.throwError("Unclosed Regex")}})}},PLUS_CODE=43,MINUS_CODE=45,plugin={name:"assignment",assignmentOperators:new Set(["=","*=","**=","/=","%=","+=","-=","<<=",">>=",">>>=","&=","^=","|=","||=","&&=","??="]),updateOperators:[PLUS_CODE,MINUS_CODE],assignmentPrecedence:.9,init(jsep2){let updateNodeTypes=[jsep2.IDENTIFIER,jsep2.MEMBER_EXP];plugin.assignmentOperators.forEach(op=>jsep2.addBinaryOp(op,plugin.assignmentPrecedence,!0)),jsep2.hooks.add("gobble-token",function(env){let code=this.code;plugin.updateOperators.some(c=>c===code&&c===this.expr.charCodeAt(this.index+1))&&(this.index+=2,env.node={type:"UpdateExpression",operator:code===PLUS_CODE?"++":"--",argument:this.gobbleTokenProperty(this.gobbleIdentifier()),prefix:!0},(!env.node.argument||!updateNodeTypes.includes(env.node.argument.type))&&this.throwError(`Unexpected ${env.node.operator}`))}),jsep2.hooks.add("after-token",function(env){if(env.node){let code=this.code;plugin.updateOperators.some(c=>c===code&&c===this.expr.charCodeAt(this.index+1))&&(updateNodeTypes.includes(env.node.type)||this.throwError(`Unexpected ${env.node.operator}`),this.index+=2,env.node={type:"UpdateExpression",operator:code===PLUS_CODE?"++":"--",argument:env.node,prefix:!1})}}),jsep2.hooks.add("after-expression",function(env){env.node&&updateBinariesToAssignments(env.node)});function updateBinariesToAssignments(node){plugin.assignmentOperators.has(node.operator)?(node.type="AssignmentExpression",updateBinariesToAssignments(node.left),updateBinariesToAssignments(node.right)):node.operator||Object.values(node).forEach(val=>{val&&typeof val=="object"&&updateBinariesToAssignments(val)})}}};jsep.plugins.register(index,plugin);jsep.addUnaryOp("typeof");jsep.addUnaryOp("void");jsep.addLiteral("null",null);jsep.addLiteral("undefined",void 0);var BLOCKED_PROTO_PROPERTIES=new Set(["constructor","__proto__","__defineGetter__","__defineSetter__","__lookupGetter__","__lookupSetter__"]),SafeEval={evalAst(ast,subs){switch(ast.type){case"BinaryExpression":case"LogicalExpression":return SafeEval.evalBinaryExpression(ast,subs);case"Compound":return SafeEval.evalCompound(ast,subs);case"ConditionalExpression":return SafeEval.evalConditionalExpression(ast,subs);case"Identifier":return SafeEval.evalIdentifier(ast,subs);case"Literal":return SafeEval.evalLiteral(ast,subs);case"MemberExpression":return SafeEval.evalMemberExpression(ast,subs);case"UnaryExpression":return SafeEval.evalUnaryExpression(ast,subs);case"ArrayExpression":return SafeEval.evalArrayExpression(ast,subs);case"CallExpression":return SafeEval.evalCallExpression(ast,subs);case"AssignmentExpression":return SafeEval.evalAssignmentExpression(ast,subs);default:throw SyntaxError("Unexpected expression",ast)}},evalBinaryExpression(ast,subs){return{"||":(a,b)=>a||b(),"&&":(a,b)=>a&&b(),"|":(a,b)=>a|b(),"^":(a,b)=>a^b(),"&":(a,b)=>a&b(),"==":(a,b)=>a==b(),"!=":(a,b)=>a!=b(),"===":(a,b)=>a===b(),"!==":(a,b)=>a!==b(),"<":(a,b)=>a<b(),">":(a,b)=>a>b(),"<=":(a,b)=>a<=b(),">=":(a,b)=>a>=b(),"<<":(a,b)=>a<<b(),">>":(a,b)=>a>>b(),">>>":(a,b)=>a>>>b(),"+":(a,b)=>a+b(),"-":(a,b)=>a-b(),"*":(a,b)=>a*b(),"/":(a,b)=>a/b(),"%":(a,b)=>a%b()}[ast.operator](SafeEval.evalAst(ast.left,subs),()=>SafeEval.evalAst(ast.right,subs))},evalCompound(ast,subs){let last;for(let i=0;i<ast.body.length;i++){ast.body[i].type==="Identifier"&&["var","let","const"].includes(ast.body[i].name)&&ast.body[i+1]&&ast.body[i+1].type==="AssignmentExpression"&&(i+=1);let expr=ast.body[i];last=SafeEval.evalAst(expr,subs)}return last},evalConditionalExpression(ast,subs){return SafeEval.evalAst(ast.test,subs)?SafeEval.evalAst(ast.consequent,subs):SafeEval.evalAst(ast.alternate,subs)},evalIdentifier(ast,subs){if(Object.hasOwn(subs,ast.name))return subs[ast.name];throw ReferenceError(`${ast.name} is not defined`)},evalLiteral(ast){return ast.value},evalMemberExpression(ast,subs){let prop=String(ast.computed?SafeEval.evalAst(ast.property):ast.property.name),obj=SafeEval.evalAst(ast.object,subs);if(obj==null)throw TypeError(`Cannot read properties of ${obj} (reading '${prop}')`);if(!Object.hasOwn(obj,prop)&&BLOCKED_PROTO_PROPERTIES.has(prop))throw TypeError(`Cannot read properties of ${obj} (reading '${prop}')`);let result=obj[prop];return typeof result=="function"?result.bind(obj):result},evalUnaryExpression(ast,subs){return{"-":a=>-SafeEval.evalAst(a,subs),"!":a=>!SafeEval.evalAst(a,subs),"~":a=>~SafeEval.evalAst(a,subs),"+":a=>+SafeEval.evalAst(a,subs),typeof:a=>typeof SafeEval.evalAst(a,subs),void:a=>{SafeEval.evalAst(a,subs)}}[ast.operator](ast.argument)},evalArrayExpression(ast,subs){return ast.elements.map(el=>SafeEval.evalAst(el,subs))},evalCallExpression(ast,subs){let args=ast.arguments.map(arg=>SafeEval.evalAst(arg,subs)),func=SafeEval.evalAst(ast.callee,subs);if(func===Function)throw new Error("Function constructor is disabled");return func(...args)},evalAssignmentExpression(ast,subs){if(ast.left.type!=="Identifier")throw SyntaxError("Invalid left-hand side in assignment");let id=ast.left.name,value=SafeEval.evalAst(ast.right,subs);return subs[id]=value,subs[id]}},SafeScript=class{constructor(expr){this.code=expr,this.ast=jsep(this.code)}runInNewContext(context){let keyMap=Object.assign(Object.create(null),context);return SafeEval.evalAst(this.ast,keyMap)}};function push(arr,item){return arr=arr.slice(),arr.push(item),arr}function unshift(item,arr){return arr=arr.slice(),arr.unshift(item),arr}var NewError=class extends Error{constructor(value){super('JSONPath should not be called with "new" (it prevents return of (unwrapped) scalar values)'),this.avoidNew=!0,this.value=value,this.name="NewError"}};function JSONPath(opts,expr,obj,callback,otherTypeCallback){if(!(this instanceof JSONPath))try{return new JSONPath(opts,expr,obj,callback,otherTypeCallback)}catch(e2){if(!e2.avoidNew)throw e2;return e2.value}typeof opts=="string"&&(otherTypeCallback=callback,callback=obj,obj=expr,expr=opts,opts=null);let optObj=opts&&typeof opts=="object";if(opts=opts||{},this.json=opts.json||obj,this.path=opts.path||expr,this.resultType=opts.resultType||"value",this.flatten=opts.flatten||!1,this.wrap=Object.hasOwn(opts,"wrap")?opts.wrap:!0,this.sandbox=opts.sandbox||{},this.eval=opts.eval===void 0?"safe":opts.eval,this.ignoreEvalErrors=typeof opts.ignoreEvalErrors>"u"?!1:opts.ignoreEvalErrors,this.parent=opts.parent||null,this.parentProperty=opts.parentProperty||null,this.callback=opts.callback||callback||null,this.otherTypeCallback=opts.otherTypeCallback||otherTypeCallback||function(){throw new TypeError("You must supply an otherTypeCallback callback option with the @other() operator.")},opts.autostart!==!1){let args={path:optObj?opts.path:expr};optObj?"json"in opts&&(args.json=opts.json):args.json=obj;let ret=this.evaluate(args);if(!ret||typeof ret!="object")throw new NewError(ret);return ret}}JSONPath.prototype.evaluate=function(expr,json,callback,otherTypeCallback){let currParent=this.parent,currParentProperty=this.parentProperty,{flatten,wrap}=this;if(this.currResultType=this.resultType,this.currEval=this.eval,this.currSandbox=this.sandbox,callback=callback||this.callback,this.currOtherTypeCallback=otherTypeCallback||this.otherTypeCallback,json=json||this.json,expr=expr||this.path,expr&&typeof expr=="object"&&!Array.isArray(expr)){if(!expr.path&&expr.path!=="")throw new TypeError('You must supply a "path" property when providing an object argument to JSONPath.evaluate().');if(!Object.hasOwn(expr,"json"))throw new TypeError('You must supply a "json" property when providing an object argument to JSONPath.evaluate().');({json}=expr),flatten=Object.hasOwn(expr,"flatten")?expr.flatten:flatten,this.currResultType=Object.hasOwn(expr,"resultType")?expr.resultType:this.currResultType,this.currSandbox=Object.hasOwn(expr,"sandbox")?expr.sandbox:this.currSandbox,wrap=Object.hasOwn(expr,"wrap")?expr.wrap:wrap,this.currEval=Object.hasOwn(expr,"eval")?expr.eval:this.currEval,callback=Object.hasOwn(expr,"callback")?expr.callback:callback,this.currOtherTypeCallback=Object.hasOwn(expr,"otherTypeCallback")?expr.otherTypeCallback:this.currOtherTypeCallback,currParent=Object.hasOwn(expr,"parent")?expr.parent:currParent,currParentProperty=Object.hasOwn(expr,"parentProperty")?expr.parentProperty:currParentProperty,expr=expr.path}if(currParent=currParent||null,currParentProperty=currParentProperty||null,Array.isArray(expr)&&(expr=JSONPath.toPathString(expr)),!expr&&expr!==""||!json)return;let exprList=JSONPath.toPathArray(expr);exprList[0]==="$"&&exprList.length>1&&exprList.shift(),this._hasParentSelector=null;let result=this._trace(exprList,json,["$"],currParent,currParentProperty,callback).filter(function(ea){return ea&&!ea.isParentSelector});return result.length?!wrap&&result.length===1&&!result[0].hasArrExpr?this._getPreferredOutput(result[0]):result.reduce((rslt,ea)=>{let valOrPath=this._getPreferredOutput(ea);return flatten&&Array.isArray(valOrPath)?rslt=rslt.concat(valOrPath):rslt.push(valOrPath),rslt},[]):wrap?[]:void 0};JSONPath.prototype._getPreferredOutput=function(ea){let resultType=this.currResultType;switch(resultType){case"all":{let path2=Array.isArray(ea.path)?ea.path:JSONPath.toPathArray(ea.path);return ea.pointer=JSONPath.toPointer(path2),ea.path=typeof ea.path=="string"?ea.path:JSONPath.toPathString(ea.path),ea}case"value":case"parent":case"parentProperty":return ea[resultType];case"path":return JSONPath.toPathString(ea[resultType]);case"pointer":return JSONPath.toPointer(ea.path);default:throw new TypeError("Unknown result type")}};JSONPath.prototype._handleCallback=function(fullRetObj,callback,type){if(callback){let preferredOutput=this._getPreferredOutput(fullRetObj);fullRetObj.path=typeof fullRetObj.path=="string"?fullRetObj.path:JSONPath.toPathString(fullRetObj.path),callback(preferredOutput,type,fullRetObj)}};JSONPath.prototype._trace=function(expr,val,path2,parent,parentPropName,callback,hasArrExpr,literalPriority){let retObj;if(!expr.length)return retObj={path:path2,value:val,parent,parentProperty:parentPropName,hasArrExpr},this._handleCallback(retObj,callback,"value"),retObj;let loc=expr[0],x=expr.slice(1),ret=[];function addRet(elems){Array.isArray(elems)?elems.forEach(t=>{ret.push(t)}):ret.push(elems)}if((typeof loc!="string"||literalPriority)&&val&&Object.hasOwn(val,loc))addRet(this._trace(x,val[loc],push(path2,loc),val,loc,callback,hasArrExpr));else if(loc==="*")this._walk(val,m=>{addRet(this._trace(x,val[m],push(path2,m),val,m,callback,!0,!0))});else if(loc==="..")addRet(this._trace(x,val,path2,parent,parentPropName,callback,hasArrExpr)),this._walk(val,m=>{typeof val[m]=="object"&&addRet(this._trace(expr.slice(),val[m],push(path2,m),val,m,callback,!0))});else{if(loc==="^")return this._hasParentSelector=!0,{path:path2.slice(0,-1),expr:x,isParentSelector:!0};if(loc==="~")return retObj={path:push(path2,loc),value:parentPropName,parent,parentProperty:null},this._handleCallback(retObj,callback,"property"),retObj;if(loc==="$")addRet(this._trace(x,val,path2,null,null,callback,hasArrExpr));else if(/^(-?\d*):(-?\d*):?(\d*)$/u.test(loc))addRet(this._slice(loc,x,val,path2,parent,parentPropName,callback));else if(loc.indexOf("?(")===0){if(this.currEval===!1)throw new Error("Eval [?(expr)] prevented in JSONPath expression.");let safeLoc=loc.replace(/^\?\((.*?)\)$/u,"$1"),nested=/@.?([^?]*)[['](\??\(.*?\))(?!.\)\])[\]']/gu.exec(safeLoc);nested?this._walk(val,m=>{let npath=[nested[2]],nvalue=nested[1]?val[m][nested[1]]:val[m];this._trace(npath,nvalue,path2,parent,parentPropName,callback,!0).length>0&&addRet(this._trace(x,val[m],push(path2,m),val,m,callback,!0))}):this._walk(val,m=>{this._eval(safeLoc,val[m],m,path2,parent,parentPropName)&&addRet(this._trace(x,val[m],push(path2,m),val,m,callback,!0))})}else if(loc[0]==="("){if(this.currEval===!1)throw new Error("Eval [(expr)] prevented in JSONPath expression.");addRet(this._trace(unshift(this._eval(loc,val,path2.at(-1),path2.slice(0,-1),parent,parentPropName),x),val,path2,parent,parentPropName,callback,hasArrExpr))}else if(loc[0]==="@"){let addType=!1,valueType=loc.slice(1,-2);switch(valueType){case"scalar":(!val||!["object","function"].includes(typeof val))&&(addType=!0);break;case"boolean":case"string":case"undefined":case"function":typeof val===valueType&&(addType=!0);break;case"integer":Number.isFinite(val)&&!(val%1)&&(addType=!0);break;case"number":Number.isFinite(val)&&(addType=!0);break;case"nonFinite":typeof val=="number"&&!Number.isFinite(val)&&(addType=!0);break;case"object":val&&typeof val===valueType&&(addType=!0);break;case"array":Array.isArray(val)&&(addType=!0);break;case"other":addType=this.currOtherTypeCallback(val,path2,parent,parentPropName);break;case"null":val===null&&(addType=!0);break;default:throw new TypeError("Unknown value type "+valueType)}if(addType)return retObj={path:path2,value:val,parent,parentProperty:parentPropName},this._handleCallback(retObj,callback,"value"),retObj}else if(loc[0]==="`"&&val&&Object.hasOwn(val,loc.slice(1))){let locProp=loc.slice(1);addRet(this._trace(x,val[locProp],push(path2,locProp),val,locProp,callback,hasArrExpr,!0))}else if(loc.includes(",")){let parts=loc.split(",");for(let part of parts)addRet(this._trace(unshift(part,x),val,path2,parent,parentPropName,callback,!0))}else!literalPriority&&val&&Object.hasOwn(val,loc)&&addRet(this._trace(x,val[loc],push(path2,loc),val,loc,callback,hasArrExpr,!0))}if(this._hasParentSelector)for(let t=0;t<ret.length;t++){let rett=ret[t];if(rett&&rett.isParentSelector){let tmp=this._trace(rett.expr,val,rett.path,parent,parentPropName,callback,hasArrExpr);if(Array.isArray(tmp)){ret[t]=tmp[0];let tl=tmp.length;for(let tt=1;tt<tl;tt++)t++,ret.splice(t,0,tmp[tt])}else ret[t]=tmp}}return ret};JSONPath.prototype._walk=function(val,f){if(Array.isArray(val)){let n=val.length;for(let i=0;i<n;i++)f(i)}else val&&typeof val=="object"&&Object.keys(val).forEach(m=>{f(m)})};JSONPath.prototype._slice=function(loc,expr,val,path2,parent,parentPropName,callback){if(!Array.isArray(val))return;let len=val.length,parts=loc.split(":"),step=parts[2]&&Number.parseInt(parts[2])||1,start=parts[0]&&Number.parseInt(parts[0])||0,end=parts[1]&&Number.parseInt(parts[1])||len;start=start<0?Math.max(0,start+len):Math.min(len,start),end=end<0?Math.max(0,end+len):Math.min(len,end);let ret=[];for(let i=start;i<end;i+=step)this._trace(unshift(i,expr),val,path2,parent,parentPropName,callback,!0).forEach(t=>{ret.push(t)});return ret};JSONPath.prototype._eval=function(code,_v,_vname,path2,parent,parentPropName){this.currSandbox._$_parentProperty=parentPropName,this.currSandbox._$_parent=parent,this.currSandbox._$_property=_vname,this.currSandbox._$_root=this.json,this.currSandbox._$_v=_v;let containsPath=code.includes("@path");containsPath&&(this.currSandbox._$_path=JSONPath.toPathString(path2.concat([_vname])));let scriptCacheKey=this.currEval+"Script:"+code;if(!JSONPath.cache[scriptCacheKey]){let script=code.replaceAll("@parentProperty","_$_parentProperty").replaceAll("@parent","_$_parent").replaceAll("@property","_$_property").replaceAll("@root","_$_root").replaceAll(/@([.\s)[])/gu,"_$_v$1");if(containsPath&&(script=script.replaceAll("@path","_$_path")),this.currEval==="safe"||this.currEval===!0||this.currEval===void 0)JSONPath.cache[scriptCacheKey]=new this.safeVm.Script(script);else if(this.currEval==="native")JSONPath.cache[scriptCacheKey]=new this.vm.Script(script);else if(typeof this.currEval=="function"&&this.currEval.prototype&&Object.hasOwn(this.currEval.prototype,"runInNewContext")){let CurrEval=this.currEval;JSONPath.cache[scriptCacheKey]=new CurrEval(script)}else if(typeof this.currEval=="function")JSONPath.cache[scriptCacheKey]={runInNewContext:context=>this.currEval(script,context)};else throw new TypeError(`Unknown "eval" property "${this.currEval}"`)}try{return JSONPath.cache[scriptCacheKey].runInNewContext(this.currSandbox)}catch(e2){if(this.ignoreEvalErrors)return!1;throw new Error("jsonPath: "+e2.message+": "+code)}};JSONPath.cache={};JSONPath.toPathString=function(pathArr){let x=pathArr,n=x.length,p="$";for(let i=1;i<n;i++)/^(~|\^|@.*?\(\))$/u.test(x[i])||(p+=/^[0-9*]+$/u.test(x[i])?"["+x[i]+"]":"['"+x[i]+"']");return p};JSONPath.toPointer=function(pointer){let x=pointer,n=x.length,p="";for(let i=1;i<n;i++)/^(~|\^|@.*?\(\))$/u.test(x[i])||(p+="/"+x[i].toString().replaceAll("~","~0").replaceAll("/","~1"));return p};JSONPath.toPathArray=function(expr){let{cache}=JSONPath;if(cache[expr])return cache[expr].concat();let subx=[],exprList=expr.replaceAll(/@(?:null|boolean|number|string|integer|undefined|nonFinite|scalar|array|object|function|other)\(\)/gu,";$&;").replaceAll(/[['](\??\(.*?\))[\]'](?!.\])/gu,function($0,$1){return"[#"+(subx.push($1)-1)+"]"}).replaceAll(/\[['"]([^'\]]*)['"]\]/gu,function($0,prop){return"['"+prop.replaceAll(".","%@%").replaceAll("~","%%@@%%")+"']"}).replaceAll("~",";~;").replaceAll(/['"]?\.['"]?(?![^[]*\])|\[['"]?/gu,";").replaceAll("%@%",".").replaceAll("%%@@%%","~").replaceAll(/(?:;)?(\^+)(?:;)?/gu,function($0,ups){return";"+ups.split("").join(";")+";"}).replaceAll(/;;;|;;/gu,";..;").replaceAll(/;$|'?\]|'$/gu,"").split(";").map(function(exp){let match=exp.match(/#(\d+)/u);return!match||!match[1]?exp:subx[match[1]]});return cache[expr]=exprList,cache[expr].concat()};JSONPath.prototype.safeVm={Script:SafeScript};JSONPath.prototype.vm=import_vm.default;var AzureAuth=class{isAuthProvider(user){return!user||!user.authProvider?!1:user.authProvider.name==="azure"}async applyAuthentication(user,opts){let token=this.getToken(user);token&&(opts.headers.Authorization=`Bearer ${token}`)}getToken(user){let config=user.authProvider.config;return this.isExpired(config)&&this.updateAccessToken(config),config["access-token"]}isExpired(config){let token=config["access-token"],expiry=config.expiry,expiresOn=config["expires-on"];if(!token)return!0;if(!expiry&&!expiresOn)return!1;let expiresOnDate=expiresOn?new Date(parseInt(expiresOn,10)*1e3):void 0;return(expiry?Date.parse(expiry):expiresOnDate.getTime())<Date.now()}updateAccessToken(config){let cmd=config["cmd-path"];if(!cmd)throw new Error("Token is expired!");cmd=`"${cmd}"`;let args=config["cmd-args"];args&&(cmd=cmd+" "+args);let output;try{output=import_node_child_process.default.execSync(cmd)}catch(err){throw new Error("Failed to refresh token: "+err,{cause:err})}let resultObj=JSON.parse(output),tokenPathKeyInConfig=config["token-key"],expiryPathKeyInConfig=config["expiry-key"],tokenPathKey="$"+tokenPathKeyInConfig.slice(1,-1),expiryPathKey="$"+expiryPathKeyInConfig.slice(1,-1);config["access-token"]=JSONPath({path:tokenPathKey,json:resultObj}),config.expiry=JSONPath({path:expiryPathKey,json:resultObj})}};var import_node_fs=__toESM(__webpack_require__(3024),1),ActionOnInvalid={THROW:"throw",FILTER:"filter"};function defaultNewConfigOptions(){return{onInvalidEntry:ActionOnInvalid.THROW}}function newClusters(a,opts){if(!Array.isArray(a))return[];let options=Object.assign(defaultNewConfigOptions(),opts||{});return a.map(clusterIterator(options.onInvalidEntry)).filter(Boolean)}function exportCluster(cluster){return{name:cluster.name,cluster:{server:cluster.server,"certificate-authority-data":cluster.caData,"certificate-authority":cluster.caFile,"insecure-skip-tls-verify":cluster.skipTLSVerify,"tls-server-name":cluster.tlsServerName,"proxy-url":cluster.proxyUrl}}}function clusterIterator(onInvalidEntry){return(elt,i,list)=>{try{if(!elt.name)throw new Error(`clusters[${i}].name is missing`);if(!elt.cluster)throw new Error(`clusters[${i}].cluster is missing`);if(!elt.cluster.server)throw new Error(`clusters[${i}].cluster.server is missing`);return{caData:elt.cluster["certificate-authority-data"],caFile:elt.cluster["certificate-authority"],name:elt.name,server:elt.cluster.server.replace(/\/$/,""),skipTLSVerify:elt.cluster["insecure-skip-tls-verify"]===!0,tlsServerName:elt.cluster["tls-server-name"],proxyUrl:elt.cluster["proxy-url"]}}catch(err){switch(onInvalidEntry){case ActionOnInvalid.FILTER:return null;default:case ActionOnInvalid.THROW:throw err}}}}function newUsers(a,opts){if(!Array.isArray(a))return[];let options=Object.assign(defaultNewConfigOptions(),opts||{});return a.map(userIterator(options.onInvalidEntry)).filter(Boolean)}function exportUser(user){return{name:user.name,user:{as:user.impersonateUser,"auth-provider":user.authProvider,"client-certificate-data":user.certData,"client-certificate":user.certFile,exec:user.exec,"client-key-data":user.keyData,"client-key":user.keyFile,token:user.token,password:user.password,username:user.username}}}function userIterator(onInvalidEntry){return(elt,i,list)=>{try{if(!elt.name)throw new Error(`users[${i}].name is missing`);return{authProvider:elt.user?elt.user["auth-provider"]:null,certData:elt.user?elt.user["client-certificate-data"]:null,certFile:elt.user?elt.user["client-certificate"]:null,exec:elt.user?elt.user.exec:null,keyData:elt.user?elt.user["client-key-data"]:null,keyFile:elt.user?elt.user["client-key"]:null,name:elt.name,token:findToken(elt.user),password:elt.user?elt.user.password:null,username:elt.user?elt.user.username:null,impersonateUser:elt.user?elt.user.as:null}}catch(err){switch(onInvalidEntry){case ActionOnInvalid.FILTER:return null;default:case ActionOnInvalid.THROW:throw err}}}}function findToken(user){if(user){if(user.token)return user.token;if(user["token-file"])return import_node_fs.default.readFileSync(user["token-file"]).toString()}}function newContexts(a,opts){if(!Array.isArray(a))return[];let options=Object.assign(defaultNewConfigOptions(),opts||{});return a.map(contextIterator(options.onInvalidEntry)).filter(Boolean)}function exportContext(ctx){return{name:ctx.name,context:ctx}}function contextIterator(onInvalidEntry){return(elt,i,list)=>{try{if(!elt.name)throw new Error(`contexts[${i}].name is missing`);if(!elt.context)throw new Error(`contexts[${i}].context is missing`);if(!elt.context.cluster)throw new Error(`contexts[${i}].context.cluster is missing`);return{cluster:elt.context.cluster,name:elt.name,user:elt.context.user||void 0,namespace:elt.context.namespace||void 0}}catch(err){switch(onInvalidEntry){case ActionOnInvalid.FILTER:return null;default:case ActionOnInvalid.THROW:throw err}}}}var import_node_child_process2=__toESM(__webpack_require__(1421),1),ExecAuth=class{constructor(){this.tokenCache={},this.execFn=import_node_child_process2.default.spawn}isAuthProvider(user){return user?user.exec?!0:user.authProvider?user.authProvider.name==="exec"||!!(user.authProvider.config&&user.authProvider.config.exec):!1:!1}async applyAuthentication(user,opts){let credential=await this.getCredential(user);if(!credential)return;credential.status.clientCertificateData&&(opts.cert=credential.status.clientCertificateData),credential.status.clientKeyData&&(opts.key=credential.status.clientKeyData);let token=this.getToken(credential);token&&(opts.headers||(opts.headers={}),opts.headers.Authorization=`Bearer ${token}`)}getToken(credential){return credential&&credential.status.token?credential.status.token:null}async getCredential(user){let cachedToken=this.tokenCache[user.name];if(cachedToken){if(!cachedToken.status.expirationTimestamp||Date.parse(cachedToken.status.expirationTimestamp)>Date.now())return cachedToken;this.tokenCache[user.name]=null}let exec=null;if(user.authProvider&&user.authProvider.config&&(exec=user.authProvider.config.exec),user.exec&&(exec=user.exec),!exec)return null;if(!exec.command)throw new Error("No command was specified for exec authProvider!");let opts={};if(exec.env){let env={...process.env};exec.env.forEach(elt=>env[elt.name]=elt.value),opts={...opts,env}}return new Promise((resolve,reject)=>{let stdoutData="",stderrData="",savedError,subprocess=this.execFn(exec.command,exec.args,opts);subprocess.stdout.setEncoding("utf8"),subprocess.stderr.setEncoding("utf8"),subprocess.stdout.on("data",data=>{stdoutData+=data}),subprocess.stderr.on("data",data=>{stderrData+=data}),subprocess.on("error",error=>{savedError=error}),subprocess.on("close",code=>{if(savedError){reject(savedError);return}if(code!==0){reject(new Error(stderrData));return}try{let obj=JSON.parse(stdoutData);this.tokenCache[user.name]=obj,resolve(obj)}catch(error){reject(error)}})})}};var import_node_fs2=__toESM(__webpack_require__(3024),1),FileAuth=class{constructor(){this.token=null,this.lastRead=null}isAuthProvider(user){return user.authProvider&&user.authProvider.config&&user.authProvider.config.tokenFile}async applyAuthentication(user,opts){this.token==null&&this.refreshToken(user.authProvider.config.tokenFile),this.isTokenExpired()&&this.refreshToken(user.authProvider.config.tokenFile),this.token&&(opts.headers.Authorization=`Bearer ${this.token}`)}refreshToken(filePath){this.token=import_node_fs2.default.readFileSync(filePath).toString("utf-8"),this.lastRead=new Date}isTokenExpired(){return this.lastRead===null?!0:(new Date().getTime()-this.lastRead.getTime())/1e3>60}};var import_node_child_process3=__toESM(__webpack_require__(1421),1);var GoogleCloudPlatformAuth=class{isAuthProvider(user){return!user||!user.authProvider?!1:user.authProvider.name==="gcp"}async applyAuthentication(user,opts){let token=this.getToken(user);token&&(opts.headers.Authorization=`Bearer ${token}`)}getToken(user){let config=user.authProvider.config;return this.isExpired(config)&&this.updateAccessToken(config),config["access-token"]}isExpired(config){let token=config["access-token"],expiry=config.expiry;return token?expiry?Date.parse(expiry)<Date.now():!1:!0}updateAccessToken(config){let cmd=config["cmd-path"];if(!cmd)throw new Error("Token is expired!");cmd=`"${cmd}"`;let args=config["cmd-args"];args&&(cmd=cmd+" "+args);let output;try{output=import_node_child_process3.default.execSync(cmd)}catch(err){throw new Error("Failed to refresh token: "+err,{cause:err})}let resultObj=JSON.parse(output),tokenPathKeyInConfig=config["token-key"],expiryPathKeyInConfig=config["expiry-key"],tokenPathKey="$"+tokenPathKeyInConfig.slice(1,-1),expiryPathKey="$"+expiryPathKeyInConfig.slice(1,-1);config["access-token"]=JSONPath({path:tokenPathKey,json:resultObj}),config.expiry=JSONPath({path:expiryPathKey,json:resultObj})}};var Observable=class _Observable{constructor(promise){this.promise=promise}toPromise(){return this.promise}pipe(callback){return new _Observable(this.promise.then(callback))}};function from(promise){return new Observable(promise)}function of(value){return new Observable(Promise.resolve(value))}var PromiseMiddlewareWrapper=class{constructor(middleware){this.middleware=middleware}pre(context){return from(this.middleware.pre(context))}post(context){return from(this.middleware.post(context))}};var import_url=__webpack_require__(7016);var HttpMethod={GET:"GET",HEAD:"HEAD",POST:"POST",PUT:"PUT",DELETE:"DELETE",CONNECT:"CONNECT",OPTIONS:"OPTIONS",TRACE:"TRACE",PATCH:"PATCH"};function ensureAbsoluteUrl(url){if(url.startsWith("http://")||url.startsWith("https://"))return url;throw new Error("You need to define an absolute base url for the server.")}var RequestContext=class{constructor(url,httpMethod){this.httpMethod=httpMethod,this.headers={},this.body=void 0,this.signal=void 0,this.dispatcher=void 0,this.url=new import_url.URL(ensureAbsoluteUrl(url))}getUrl(){return this.url.toString().endsWith("/")?this.url.toString().slice(0,-1):this.url.toString()}setUrl(url){this.url=new import_url.URL(ensureAbsoluteUrl(url))}setBody(body){this.body=body}getHttpMethod(){return this.httpMethod}getHeaders(){return this.headers}getBody(){return this.body}setQueryParam(name,value){this.url.searchParams.set(name,value)}appendQueryParam(name,value){this.url.searchParams.append(name,value)}addCookie(name,value){this.headers.Cookie||(this.headers.Cookie=""),this.headers.Cookie+=name+"="+value+"; "}setHeaderParam(key,value){let lowerKey=key.toLowerCase();for(let existingKey in this.headers)existingKey.toLowerCase()===lowerKey&&delete this.headers[existingKey];this.headers[key]=value}setSignal(signal3){this.signal=signal3}getSignal(){return this.signal}setDispatcher(dispatcher){this.dispatcher=dispatcher}getDispatcher(){return this.dispatcher}};var ResponseContext=class{constructor(httpStatusCode,headers2,body){this.httpStatusCode=httpStatusCode,this.headers=headers2,this.body=body}getParsedHeader(headerName){let result={};if(!this.headers[headerName])return result;let parameters=this.headers[headerName].split(";");for(let parameter of parameters){let[key,value]=parameter.split("=",2);key&&(key=key.toLowerCase().trim(),value===void 0?result[""]=key:(value=value.trim(),value.startsWith('"')&&value.endsWith('"')&&(value=value.substring(1,value.length-1)),result[key]=value))}return result}async getBodyAsFile(){let data=await this.body.binary(),fileName=this.getParsedHeader("content-disposition").filename||"";return{data,name:fileName}}getBodyAsAny(){try{return this.body.text()}catch{}try{return this.body.binary()}catch{}return Promise.resolve(void 0)}};var import_undici=__webpack_require__(6752),IsomorphicFetchHttpLibrary=class{send(request){let method=request.getHttpMethod().toString(),body=request.getBody(),resultPromise=(0,import_undici.fetch)(request.getUrl(),{method,body,headers:request.getHeaders(),signal:request.getSignal(),dispatcher:request.getDispatcher()}).then(resp=>{let headers2={};resp.headers.forEach((value,name)=>{headers2[name]=value});let body2={text:()=>resp.text(),binary:()=>resp.buffer(),stream:()=>resp.body};return new ResponseContext(resp.status,headers2,body2)});return from(resultPromise)}};var ServerConfiguration=class{constructor(url,variableConfiguration){this.url=url,this.variableConfiguration=variableConfiguration}setVariables(variableConfiguration){Object.assign(this.variableConfiguration,variableConfiguration)}getConfiguration(){return this.variableConfiguration}getUrl(){let replacedUrl=this.url;for(let[key,value]of Object.entries(this.variableConfiguration))replacedUrl=replacedUrl.replaceAll(`{${key}}`,value);return replacedUrl}makeRequestContext(endpoint,httpMethod){return new RequestContext(this.getUrl()+endpoint,httpMethod)}},server1=new ServerConfiguration("",{});var BearerTokenAuthentication=class{constructor(apiKey){this.apiKey=apiKey}getName(){return"BearerToken"}applySecurityAuthentication(context){context.setHeaderParam("authorization",this.apiKey)}};function configureAuthMethods(config){let authMethods={};return config&&(authMethods.default=config.default,config.BearerToken&&(authMethods.BearerToken=new BearerTokenAuthentication(config.BearerToken))),authMethods}function createConfiguration(conf={}){let configuration={baseServer:conf.baseServer!==void 0?conf.baseServer:server1,httpApi:conf.httpApi||new IsomorphicFetchHttpLibrary,middleware:conf.middleware||[],authMethods:configureAuthMethods(conf.authMethods)};return conf.promiseMiddleware&&conf.promiseMiddleware.forEach(m=>configuration.middleware.push(new PromiseMiddlewareWrapper(m))),configuration}var import_node_https=__toESM(__webpack_require__(4708),1);var USER_AGENT;(typeof navigator>"u"||!navigator.userAgent?.startsWith?.("Mozilla/5.0 "))&&(USER_AGENT="oauth4webapi/v3.8.8");function looseInstanceOf(input,expected){if(input==null)return!1;try{return input instanceof expected||Object.getPrototypeOf(input)[Symbol.toStringTag]===expected.prototype[Symbol.toStringTag]}catch{return!1}}var ERR_INVALID_ARG_VALUE="ERR_INVALID_ARG_VALUE",ERR_INVALID_ARG_TYPE="ERR_INVALID_ARG_TYPE";function CodedTypeError(message,code,cause){let err=new TypeError(message,{cause});return Object.assign(err,{code}),err}var allowInsecureRequests=Symbol(),clockSkew=Symbol(),clockTolerance=Symbol(),customFetch=Symbol();var jweDecrypt=Symbol();var encoder=new TextEncoder,decoder=new TextDecoder;function buf(input){return typeof input=="string"?encoder.encode(input):decoder.decode(input)}var encodeBase64Url;Uint8Array.prototype.toBase64?encodeBase64Url=input=>(input instanceof ArrayBuffer&&(input=new Uint8Array(input)),input.toBase64({alphabet:"base64url",omitPadding:!0})):encodeBase64Url=input=>{input instanceof ArrayBuffer&&(input=new Uint8Array(input));let arr=[];for(let i=0;i<input.byteLength;i+=32768)arr.push(String.fromCharCode.apply(null,input.subarray(i,i+32768)));return btoa(arr.join("")).replace(/=/g,"").replace(/\+/g,"-").replace(/\//g,"_")};var decodeBase64Url;Uint8Array.fromBase64?decodeBase64Url=input=>{try{return Uint8Array.fromBase64(input,{alphabet:"base64url"})}catch(cause){throw CodedTypeError("The input to be decoded is not correctly encoded.",ERR_INVALID_ARG_VALUE,cause)}}:decodeBase64Url=input=>{try{let binary=atob(input.replace(/-/g,"+").replace(/_/g,"/").replace(/\s/g,"")),bytes=new Uint8Array(binary.length);for(let i=0;i<binary.length;i++)bytes[i]=binary.charCodeAt(i);return bytes}catch(cause){throw CodedTypeError("The input to be decoded is not correctly encoded.",ERR_INVALID_ARG_VALUE,cause)}};function b64u(input){return typeof input=="string"?decodeBase64Url(input):encodeBase64Url(input)}var UnsupportedOperationError=class extends Error{code;constructor(message,options){super(message,options),this.name=this.constructor.name,this.code=UNSUPPORTED_OPERATION,Error.captureStackTrace?.(this,this.constructor)}},OperationProcessingError=class extends Error{code;constructor(message,options){super(message,options),this.name=this.constructor.name,options?.code&&(this.code=options?.code),Error.captureStackTrace?.(this,this.constructor)}};function OPE(message,code,cause){return new OperationProcessingError(message,{code,cause})}function isJsonObject(input){return!(input===null||typeof input!="object"||Array.isArray(input))}function prepareHeaders(input){looseInstanceOf(input,Headers)&&(input=Object.fromEntries(input.entries()));let headers2=new Headers(input??{});if(USER_AGENT&&!headers2.has("user-agent")&&headers2.set("user-agent",USER_AGENT),headers2.has("authorization"))throw CodedTypeError('"options.headers" must not include the "authorization" header name',ERR_INVALID_ARG_VALUE);return headers2}function signal(url,value){if(value!==void 0){if(typeof value=="function"&&(value=value(url.href)),!(value instanceof AbortSignal))throw CodedTypeError('"options.signal" must return or be an instance of AbortSignal',ERR_INVALID_ARG_TYPE);return value}}function replaceDoubleSlash(pathname){return pathname.includes("//")?pathname.replace("//","/"):pathname}function prependWellKnown(url,wellKnown,allowTerminatingSlash=!1){return url.pathname==="/"?url.pathname=wellKnown:url.pathname=replaceDoubleSlash(`${wellKnown}/${allowTerminatingSlash?url.pathname:url.pathname.replace(/(\/)$/,"")}`),url}function appendWellKnown(url,wellKnown){return url.pathname=replaceDoubleSlash(`${url.pathname}/${wellKnown}`),url}async function performDiscovery(input,urlName,transform,options){if(!(input instanceof URL))throw CodedTypeError(`"${urlName}" must be an instance of URL`,ERR_INVALID_ARG_TYPE);checkProtocol(input,options?.[allowInsecureRequests]!==!0);let url=transform(new URL(input.href)),headers2=prepareHeaders(options?.headers);return headers2.set("accept","application/json"),(options?.[customFetch]||fetch)(url.href,{body:void 0,headers:Object.fromEntries(headers2.entries()),method:"GET",redirect:"manual",signal:signal(url,options?.signal)})}async function discoveryRequest(issuerIdentifier,options){return performDiscovery(issuerIdentifier,"issuerIdentifier",url=>{switch(options?.algorithm){case void 0:case"oidc":appendWellKnown(url,".well-known/openid-configuration");break;case"oauth2":prependWellKnown(url,".well-known/oauth-authorization-server");break;default:throw CodedTypeError('"options.algorithm" must be "oidc" (default), or "oauth2"',ERR_INVALID_ARG_VALUE)}return url},options)}function assertNumber(input,allow0,it,code,cause){try{if(typeof input!="number"||!Number.isFinite(input))throw CodedTypeError(`${it} must be a number`,ERR_INVALID_ARG_TYPE,cause);if(input>0)return;if(allow0){if(input!==0)throw CodedTypeError(`${it} must be a non-negative number`,ERR_INVALID_ARG_VALUE,cause);return}throw CodedTypeError(`${it} must be a positive number`,ERR_INVALID_ARG_VALUE,cause)}catch(err){throw code?OPE(err.message,code,cause):err}}function assertString(input,it,code,cause){try{if(typeof input!="string")throw CodedTypeError(`${it} must be a string`,ERR_INVALID_ARG_TYPE,cause);if(input.length===0)throw CodedTypeError(`${it} must not be empty`,ERR_INVALID_ARG_VALUE,cause)}catch(err){throw code?OPE(err.message,code,cause):err}}async function processDiscoveryResponse(expectedIssuerIdentifier,response){let expected=expectedIssuerIdentifier;if(!(expected instanceof URL)&&expected!==_nodiscoverycheck)throw CodedTypeError('"expectedIssuerIdentifier" must be an instance of URL',ERR_INVALID_ARG_TYPE);if(!looseInstanceOf(response,Response))throw CodedTypeError('"response" must be an instance of Response',ERR_INVALID_ARG_TYPE);if(response.status!==200)throw OPE('"response" is not a conform Authorization Server Metadata response (unexpected HTTP status code)',RESPONSE_IS_NOT_CONFORM,response);assertReadableResponse(response);let json=await getResponseJsonBody(response);if(assertString(json.issuer,'"response" body "issuer" property',INVALID_RESPONSE,{body:json}),expected!==_nodiscoverycheck&&new URL(json.issuer).href!==expected.href)throw OPE('"response" body "issuer" property does not match the expected value',JSON_ATTRIBUTE_COMPARISON,{expected:expected.href,body:json,attribute:"issuer"});return json}function assertApplicationJson(response){assertContentType(response,"application/json")}function notJson(response,...types){let msg='"response" content-type must be ';if(types.length>2){let last=types.pop();msg+=`${types.join(", ")}, or ${last}`}else types.length===2?msg+=`${types[0]} or ${types[1]}`:msg+=types[0];return OPE(msg,RESPONSE_IS_NOT_JSON,response)}function assertContentType(response,contentType){if(getContentType(response)!==contentType)throw notJson(response,contentType)}function getClockSkew(client){let skew=client?.[clockSkew];return typeof skew=="number"&&Number.isFinite(skew)?skew:0}function getClockTolerance(client){let tolerance=client?.[clockTolerance];return typeof tolerance=="number"&&Number.isFinite(tolerance)&&Math.sign(tolerance)!==-1?tolerance:30}function epochTime(){return Math.floor(Date.now()/1e3)}function assertAs(as){if(typeof as!="object"||as===null)throw CodedTypeError('"as" must be an object',ERR_INVALID_ARG_TYPE);assertString(as.issuer,'"as.issuer"')}function assertClient(client){if(typeof client!="object"||client===null)throw CodedTypeError('"client" must be an object',ERR_INVALID_ARG_TYPE);assertString(client.client_id,'"client.client_id"')}function ClientSecretPost(clientSecret){return assertString(clientSecret,'"clientSecret"'),(_as,client,body,_headers)=>{body.set("client_id",client.client_id),body.set("client_secret",clientSecret)}}function None(){return(_as,client,body,_headers)=>{body.set("client_id",client.client_id)}}var URLParse=URL.parse?(url,base)=>URL.parse(url,base):(url,base)=>{try{return new URL(url,base)}catch{return null}};function checkProtocol(url,enforceHttps){if(enforceHttps&&url.protocol!=="https:")throw OPE("only requests to HTTPS are allowed",HTTP_REQUEST_FORBIDDEN,url);if(url.protocol!=="https:"&&url.protocol!=="http:")throw OPE("only HTTP and HTTPS requests are allowed",REQUEST_PROTOCOL_FORBIDDEN,url)}function validateEndpoint(value,endpoint,useMtlsAlias,enforceHttps){let url;if(typeof value!="string"||!(url=URLParse(value)))throw OPE(`authorization server metadata does not contain a valid ${useMtlsAlias?`"as.mtls_endpoint_aliases.${endpoint}"`:`"as.${endpoint}"`}`,value===void 0?MISSING_SERVER_METADATA:INVALID_SERVER_METADATA,{attribute:useMtlsAlias?`mtls_endpoint_aliases.${endpoint}`:endpoint});return checkProtocol(url,enforceHttps),url}function resolveEndpoint(as,endpoint,useMtlsAlias,enforceHttps){return useMtlsAlias&&as.mtls_endpoint_aliases&&endpoint in as.mtls_endpoint_aliases?validateEndpoint(as.mtls_endpoint_aliases[endpoint],endpoint,useMtlsAlias,enforceHttps):validateEndpoint(as[endpoint],endpoint,useMtlsAlias,enforceHttps)}function isDPoPNonceError(err){return err instanceof WWWAuthenticateChallengeError?err.cause.some(challenge=>challenge.scheme==="dpop"&&challenge.parameters.error==="use_dpop_nonce"):err instanceof ResponseBodyError?err.error==="use_dpop_nonce":!1}var ResponseBodyError=class extends Error{cause;code;error;status;error_description;response;constructor(message,options){super(message,options),this.name=this.constructor.name,this.code=RESPONSE_BODY_ERROR,this.cause=options.cause,this.error=options.cause.error,this.status=options.response.status,this.error_description=options.cause.error_description,Object.defineProperty(this,"response",{enumerable:!1,value:options.response}),Error.captureStackTrace?.(this,this.constructor)}},AuthorizationResponseError=class extends Error{cause;code;error;error_description;constructor(message,options){super(message,options),this.name=this.constructor.name,this.code=AUTHORIZATION_RESPONSE_ERROR,this.cause=options.cause,this.error=options.cause.get("error"),this.error_description=options.cause.get("error_description")??void 0,Error.captureStackTrace?.(this,this.constructor)}},WWWAuthenticateChallengeError=class extends Error{cause;code;response;status;constructor(message,options){super(message,options),this.name=this.constructor.name,this.code=WWW_AUTHENTICATE_CHALLENGE,this.cause=options.cause,this.status=options.response.status,this.response=options.response,Object.defineProperty(this,"response",{enumerable:!1}),Error.captureStackTrace?.(this,this.constructor)}},tokenMatch="[a-zA-Z0-9!#$%&\\'\\*\\+\\-\\.\\^_`\\|~]+",token68Match="[a-zA-Z0-9\\-\\._\\~\\+\\/]+={0,2}",quotedMatch='"((?:[^"\\\\]|\\\\[\\s\\S])*)"',quotedParamMatcher="("+tokenMatch+")\\s*=\\s*"+quotedMatch,paramMatcher="("+tokenMatch+")\\s*=\\s*("+tokenMatch+")",schemeRE=new RegExp("^[,\\s]*("+tokenMatch+")"),quotedParamRE=new RegExp("^[,\\s]*"+quotedParamMatcher+"[,\\s]*(.*)"),unquotedParamRE=new RegExp("^[,\\s]*"+paramMatcher+"[,\\s]*(.*)"),token68ParamRE=new RegExp("^("+token68Match+")(?:$|[,\\s])(.*)");function parseWwwAuthenticateChallenges(response){if(!looseInstanceOf(response,Response))throw CodedTypeError('"response" must be an instance of Response',ERR_INVALID_ARG_TYPE);let header=response.headers.get("www-authenticate");if(header===null)return;let challenges=[],rest=header;for(;rest;){let match=rest.match(schemeRE),scheme=match?.[1].toLowerCase();if(!scheme)return;let afterScheme=rest.substring(match[0].length);if(afterScheme&&!afterScheme.match(/^[\s,]/))return;let spaceMatch=afterScheme.match(/^\s+(.*)$/),hasParameters=!!spaceMatch;rest=spaceMatch?spaceMatch[1]:void 0;let parameters={},token68;if(hasParameters)for(;rest;){let key,value;if(match=rest.match(quotedParamRE)){[,key,value,rest]=match,value.includes("\\")&&(value=value.replace(/\\([\s\S])/g,"$1")),parameters[key.toLowerCase()]=value;continue}if(match=rest.match(unquotedParamRE)){[,key,value,rest]=match,parameters[key.toLowerCase()]=value;continue}if(match=rest.match(token68ParamRE)){if(Object.keys(parameters).length)break;[,token68,rest]=match;break}return}else rest=afterScheme||void 0;let challenge={scheme,parameters};token68&&(challenge.token68=token68),challenges.push(challenge)}if(challenges.length)return challenges}async function parseOAuthResponseErrorBody(response){if(response.status>399&&response.status<500){assertReadableResponse(response),assertApplicationJson(response);try{let json=await response.clone().json();if(isJsonObject(json)&&typeof json.error=="string"&&json.error.length)return json}catch{}}}async function checkOAuthBodyError(response,expected,label){if(response.status!==expected){checkAuthenticationChallenges(response);let err;throw(err=await parseOAuthResponseErrorBody(response))?(await response.body?.cancel(),new ResponseBodyError("server responded with an error in the response body",{cause:err,response})):OPE(`"response" is not a conform ${label} response (unexpected HTTP status code)`,RESPONSE_IS_NOT_CONFORM,response)}}function assertDPoP(option){if(!branded.has(option))throw CodedTypeError('"options.DPoP" is not a valid DPoPHandle',ERR_INVALID_ARG_VALUE)}function getContentType(input){return input.headers.get("content-type")?.split(";")[0]}async function authenticatedRequest(as,client,clientAuthentication,url,body,headers2,options){return await clientAuthentication(as,client,body,headers2),headers2.set("content-type","application/x-www-form-urlencoded;charset=UTF-8"),(options?.[customFetch]||fetch)(url.href,{body,headers:Object.fromEntries(headers2.entries()),method:"POST",redirect:"manual",signal:signal(url,options?.signal)})}async function tokenEndpointRequest(as,client,clientAuthentication,grantType,parameters,options){let url=resolveEndpoint(as,"token_endpoint",client.use_mtls_endpoint_aliases,options?.[allowInsecureRequests]!==!0);parameters.set("grant_type",grantType);let headers2=prepareHeaders(options?.headers);headers2.set("accept","application/json"),options?.DPoP!==void 0&&(assertDPoP(options.DPoP),await options.DPoP.addProof(url,headers2,"POST"));let response=await authenticatedRequest(as,client,clientAuthentication,url,parameters,headers2,options);return options?.DPoP?.cacheNonce(response,url),response}async function refreshTokenGrantRequest(as,client,clientAuthentication,refreshToken,options){assertAs(as),assertClient(client),assertString(refreshToken,'"refreshToken"');let parameters=new URLSearchParams(options?.additionalParameters);return parameters.set("refresh_token",refreshToken),tokenEndpointRequest(as,client,clientAuthentication,"refresh_token",parameters,options)}var idTokenClaims=new WeakMap,jwtRefs=new WeakMap;function getValidatedIdTokenClaims(ref){if(!ref.id_token)return;let claims=idTokenClaims.get(ref);if(!claims)throw CodedTypeError('"ref" was already garbage collected or did not resolve from the proper sources',ERR_INVALID_ARG_VALUE);return claims}async function processGenericAccessTokenResponse(as,client,response,additionalRequiredIdTokenClaims,decryptFn,recognizedTokenTypes){if(assertAs(as),assertClient(client),!looseInstanceOf(response,Response))throw CodedTypeError('"response" must be an instance of Response',ERR_INVALID_ARG_TYPE);await checkOAuthBodyError(response,200,"Token Endpoint"),assertReadableResponse(response);let json=await getResponseJsonBody(response);if(assertString(json.access_token,'"response" body "access_token" property',INVALID_RESPONSE,{body:json}),assertString(json.token_type,'"response" body "token_type" property',INVALID_RESPONSE,{body:json}),json.token_type=json.token_type.toLowerCase(),json.expires_in!==void 0){let expiresIn=typeof json.expires_in!="number"?parseFloat(json.expires_in):json.expires_in;assertNumber(expiresIn,!0,'"response" body "expires_in" property',INVALID_RESPONSE,{body:json}),json.expires_in=expiresIn}if(json.refresh_token!==void 0&&assertString(json.refresh_token,'"response" body "refresh_token" property',INVALID_RESPONSE,{body:json}),json.scope!==void 0&&typeof json.scope!="string")throw OPE('"response" body "scope" property must be a string',INVALID_RESPONSE,{body:json});if(json.id_token!==void 0){assertString(json.id_token,'"response" body "id_token" property',INVALID_RESPONSE,{body:json});let requiredClaims=[];client.require_auth_time===!0&&requiredClaims.push("auth_time"),client.default_max_age!==void 0&&(assertNumber(client.default_max_age,!0,'"client.default_max_age"'),requiredClaims.push("auth_time")),additionalRequiredIdTokenClaims?.length&&requiredClaims.push(...additionalRequiredIdTokenClaims);let{claims,jwt}=await validateIdTokenClaims(as,client,json.id_token,requiredClaims,decryptFn);validateIdTokenAuthorizedParty(client,claims),validateIdTokenAuthTimeClaim(claims),jwtRefs.set(response,jwt),idTokenClaims.set(json,claims)}if(recognizedTokenTypes?.[json.token_type]!==void 0)recognizedTokenTypes[json.token_type](response,json);else if(json.token_type!=="dpop"&&json.token_type!=="bearer")throw new UnsupportedOperationError("unsupported `token_type` value",{cause:{body:json}});return json}function checkAuthenticationChallenges(response){let challenges;if(challenges=parseWwwAuthenticateChallenges(response))throw new WWWAuthenticateChallengeError("server responded with a challenge in the WWW-Authenticate HTTP Header",{cause:challenges,response})}async function processRefreshTokenResponse(as,client,response,options){return processGenericAccessTokenResponse(as,client,response,void 0,options?.[jweDecrypt],options?.recognizedTokenTypes)}function validateAudience(expected,result){if(Array.isArray(result.claims.aud)){if(!result.claims.aud.includes(expected))throw OPE('unexpected JWT "aud" (audience) claim value',JWT_CLAIM_COMPARISON,{expected,claims:result.claims,claim:"aud"})}else if(result.claims.aud!==expected)throw OPE('unexpected JWT "aud" (audience) claim value',JWT_CLAIM_COMPARISON,{expected,claims:result.claims,claim:"aud"});return result}function validateIssuer(as,result){let expected=as[_expectedIssuer]?.(result)??as.issuer;if(result.claims.iss!==expected)throw OPE('unexpected JWT "iss" (issuer) claim value',JWT_CLAIM_COMPARISON,{expected,claims:result.claims,claim:"iss"});return result}var branded=new WeakSet;var jwtClaimNames={aud:"audience",c_hash:"code hash",client_id:"client id",exp:"expiration time",iat:"issued at",iss:"issuer",jti:"jwt id",nonce:"nonce",s_hash:"state hash",sub:"subject",ath:"access token hash",htm:"http method",htu:"http uri",cnf:"confirmation",auth_time:"authentication time"};function validatePresence(required,result){for(let claim of required)if(result.claims[claim]===void 0)throw OPE(`JWT "${claim}" (${jwtClaimNames[claim]}) claim missing`,INVALID_RESPONSE,{claims:result.claims});return result}function validateStringClaim(claim,result){if(typeof result.claims[claim]!="string")throw OPE(`unexpected JWT "${claim}" (${jwtClaimNames[claim]}) claim type`,INVALID_RESPONSE,{claims:result.claims});return result}function validateIdTokenClaims(as,client,idToken,requiredClaims,decryptFn){return validateJwt(idToken,checkSigningAlgorithm.bind(void 0,client.id_token_signed_response_alg,as.id_token_signing_alg_values_supported,"RS256"),getClockSkew(client),getClockTolerance(client),decryptFn).then(validatePresence.bind(void 0,["aud","exp","iat","iss","sub",...requiredClaims])).then(validateIssuer.bind(void 0,as)).then(validateAudience.bind(void 0,client.client_id)).then(validateStringClaim.bind(void 0,"sub"))}function validateIdTokenAuthTimeClaim(claims){claims.auth_time!==void 0&&assertNumber(claims.auth_time,!0,'ID Token "auth_time" (authentication time)',INVALID_RESPONSE,{claims})}function validateIdTokenAuthorizedParty(client,claims){if(Array.isArray(claims.aud)&&claims.aud.length!==1){if(claims.azp===void 0)throw OPE('ID Token "aud" (audience) claim includes additional untrusted audiences',JWT_CLAIM_COMPARISON,{claims,claim:"aud"});if(claims.azp!==client.client_id)throw OPE('unexpected ID Token "azp" (authorized party) claim value',JWT_CLAIM_COMPARISON,{expected:client.client_id,claims,claim:"azp"})}}var WWW_AUTHENTICATE_CHALLENGE="OAUTH_WWW_AUTHENTICATE_CHALLENGE",RESPONSE_BODY_ERROR="OAUTH_RESPONSE_BODY_ERROR",UNSUPPORTED_OPERATION="OAUTH_UNSUPPORTED_OPERATION",AUTHORIZATION_RESPONSE_ERROR="OAUTH_AUTHORIZATION_RESPONSE_ERROR";var PARSE_ERROR="OAUTH_PARSE_ERROR",INVALID_RESPONSE="OAUTH_INVALID_RESPONSE";var RESPONSE_IS_NOT_JSON="OAUTH_RESPONSE_IS_NOT_JSON",RESPONSE_IS_NOT_CONFORM="OAUTH_RESPONSE_IS_NOT_CONFORM",HTTP_REQUEST_FORBIDDEN="OAUTH_HTTP_REQUEST_FORBIDDEN",REQUEST_PROTOCOL_FORBIDDEN="OAUTH_REQUEST_PROTOCOL_FORBIDDEN",JWT_TIMESTAMP_CHECK="OAUTH_JWT_TIMESTAMP_CHECK_FAILED",JWT_CLAIM_COMPARISON="OAUTH_JWT_CLAIM_COMPARISON_FAILED",JSON_ATTRIBUTE_COMPARISON="OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED";var MISSING_SERVER_METADATA="OAUTH_MISSING_SERVER_METADATA",INVALID_SERVER_METADATA="OAUTH_INVALID_SERVER_METADATA";function assertReadableResponse(response){if(response.bodyUsed)throw CodedTypeError('"response" body has been used already',ERR_INVALID_ARG_VALUE)}async function validateJwt(jws,checkAlg,clockSkew2,clockTolerance2,decryptJwt){let{0:protectedHeader,1:payload,length}=jws.split(".");if(length===5)if(decryptJwt!==void 0)jws=await decryptJwt(jws),{0:protectedHeader,1:payload,length}=jws.split(".");else throw new UnsupportedOperationError("JWE decryption is not configured",{cause:jws});if(length!==3)throw OPE("Invalid JWT",INVALID_RESPONSE,jws);let header;try{header=JSON.parse(buf(b64u(protectedHeader)))}catch(cause){throw OPE("failed to parse JWT Header body as base64url encoded JSON",PARSE_ERROR,cause)}if(!isJsonObject(header))throw OPE("JWT Header must be a top level object",INVALID_RESPONSE,jws);if(checkAlg(header),header.crit!==void 0)throw new UnsupportedOperationError('no JWT "crit" header parameter extensions are supported',{cause:{header}});let claims;try{claims=JSON.parse(buf(b64u(payload)))}catch(cause){throw OPE("failed to parse JWT Payload body as base64url encoded JSON",PARSE_ERROR,cause)}if(!isJsonObject(claims))throw OPE("JWT Payload must be a top level object",INVALID_RESPONSE,jws);let now=epochTime()+clockSkew2;if(claims.exp!==void 0){if(typeof claims.exp!="number")throw OPE('unexpected JWT "exp" (expiration time) claim type',INVALID_RESPONSE,{claims});if(claims.exp<=now-clockTolerance2)throw OPE('unexpected JWT "exp" (expiration time) claim value, expiration is past current timestamp',JWT_TIMESTAMP_CHECK,{claims,now,tolerance:clockTolerance2,claim:"exp"})}if(claims.iat!==void 0&&typeof claims.iat!="number")throw OPE('unexpected JWT "iat" (issued at) claim type',INVALID_RESPONSE,{claims});if(claims.iss!==void 0&&typeof claims.iss!="string")throw OPE('unexpected JWT "iss" (issuer) claim type',INVALID_RESPONSE,{claims});if(claims.nbf!==void 0){if(typeof claims.nbf!="number")throw OPE('unexpected JWT "nbf" (not before) claim type',INVALID_RESPONSE,{claims});if(claims.nbf>now+clockTolerance2)throw OPE('unexpected JWT "nbf" (not before) claim value',JWT_TIMESTAMP_CHECK,{claims,now,tolerance:clockTolerance2,claim:"nbf"})}if(claims.aud!==void 0&&typeof claims.aud!="string"&&!Array.isArray(claims.aud))throw OPE('unexpected JWT "aud" (audience) claim type',INVALID_RESPONSE,{claims});return{header,claims,jwt:jws}}function checkSigningAlgorithm(client,issuer,fallback,header){if(client!==void 0){if(typeof client=="string"?header.alg!==client:!client.includes(header.alg))throw OPE('unexpected JWT "alg" header parameter',INVALID_RESPONSE,{header,expected:client,reason:"client configuration"});return}if(Array.isArray(issuer)){if(!issuer.includes(header.alg))throw OPE('unexpected JWT "alg" header parameter',INVALID_RESPONSE,{header,expected:issuer,reason:"authorization server metadata"});return}if(fallback!==void 0){if(typeof fallback=="string"?header.alg!==fallback:typeof fallback=="function"?!fallback(header.alg):!fallback.includes(header.alg))throw OPE('unexpected JWT "alg" header parameter',INVALID_RESPONSE,{header,expected:fallback,reason:"default value"});return}throw OPE('missing client or server configuration to verify used JWT "alg" header parameter',void 0,{client,issuer,fallback})}async function getResponseJsonBody(response,check=assertApplicationJson){let json;try{json=await response.json()}catch(cause){throw check(response),OPE('failed to parse "response" body as JSON',PARSE_ERROR,cause)}if(!isJsonObject(json))throw OPE('"response" body must be a top level object',INVALID_RESPONSE,{body:json});return json}var _nodiscoverycheck=Symbol(),_expectedIssuer=Symbol();var headers,USER_AGENT2;(typeof navigator>"u"||!navigator.userAgent?.startsWith?.("Mozilla/5.0 "))&&(USER_AGENT2="openid-client/v6.8.9",headers={"user-agent":USER_AGENT2});var int=config=>props.get(config),props;function ClientSecretPost2(clientSecret){if(clientSecret!==void 0)return ClientSecretPost(clientSecret);let cache=new WeakMap;return(as,client,body,headers2)=>{let auth;return(auth=cache.get(client))||(assertString2(client.client_secret,'"metadata.client_secret"'),auth=ClientSecretPost(client.client_secret),cache.set(client,auth)),auth(as,client,body,headers2)}}function assertString2(input,it){if(typeof input!="string")throw CodedTypeError2(`${it} must be a string`,ERR_INVALID_ARG_TYPE2);if(input.length===0)throw CodedTypeError2(`${it} must not be empty`,ERR_INVALID_ARG_VALUE2)}function None2(){return None()}var customFetch2=customFetch;var ERR_INVALID_ARG_VALUE2="ERR_INVALID_ARG_VALUE",ERR_INVALID_ARG_TYPE2="ERR_INVALID_ARG_TYPE";function CodedTypeError2(message,code,cause){let err=new TypeError(message,{cause});return Object.assign(err,{code}),err}var ClientError=class extends Error{code;constructor(message,options){super(message,options),this.name=this.constructor.name,this.code=options?.code,Error.captureStackTrace?.(this,this.constructor)}},decoder2=new TextDecoder;function e(msg,cause,code){return new ClientError(msg,{cause,code})}function errorHandler(err){if(err instanceof TypeError||err instanceof ClientError||err instanceof ResponseBodyError||err instanceof AuthorizationResponseError||err instanceof WWWAuthenticateChallengeError)throw err;if(err instanceof OperationProcessingError)switch(err.code){case HTTP_REQUEST_FORBIDDEN:throw e("only requests to HTTPS are allowed",err,err.code);case REQUEST_PROTOCOL_FORBIDDEN:throw e("only requests to HTTP or HTTPS are allowed",err,err.code);case RESPONSE_IS_NOT_CONFORM:throw e("unexpected HTTP response status code",err.cause,err.code);case RESPONSE_IS_NOT_JSON:throw e("unexpected response content-type",err.cause,err.code);case PARSE_ERROR:throw e("parsing error occured",err,err.code);case INVALID_RESPONSE:throw e("invalid response encountered",err,err.code);case JWT_CLAIM_COMPARISON:throw e("unexpected JWT claim value encountered",err,err.code);case JSON_ATTRIBUTE_COMPARISON:throw e("unexpected JSON attribute value encountered",err,err.code);case JWT_TIMESTAMP_CHECK:throw e("JWT timestamp claim value failed validation",err,err.code);default:throw e(err.message,err,err.code)}if(err instanceof UnsupportedOperationError)throw e("unsupported operation",err,err.code);if(err instanceof DOMException)switch(err.name){case"OperationError":throw e("runtime operation error",err,UNSUPPORTED_OPERATION);case"NotSupportedError":throw e("runtime unsupported operation",err,UNSUPPORTED_OPERATION);case"TimeoutError":throw e("operation timed out",err,"OAUTH_TIMEOUT");case"AbortError":throw e("operation aborted",err,"OAUTH_ABORT")}throw new ClientError("something went wrong",{cause:err})}function handleEntraId(server,as,options){return server.origin==="https://login.microsoftonline.com"&&(!options?.algorithm||options.algorithm==="oidc")?(as[kEntraId]=!0,!0):!1}function handleB2Clogin(server,options){return!!(server.hostname.endsWith(".b2clogin.com")&&(!options?.algorithm||options.algorithm==="oidc"))}async function discovery(server,clientId,metadata,clientAuthentication,options){let as=await performDiscovery2(server,options),instance=new Configuration(as,clientId,metadata,clientAuthentication),internals=int(instance);if(options?.[customFetch2]&&(internals.fetch=options[customFetch2]),options?.timeout!==void 0&&(internals.timeout=options.timeout),options?.execute)for(let extension of options.execute)extension(instance);return instance}async function performDiscovery2(server,options){if(!(server instanceof URL))throw CodedTypeError2('"server" must be an instance of URL',ERR_INVALID_ARG_TYPE2);let resolve=!server.href.includes("/.well-known/"),timeout=options?.timeout??30,signal3=AbortSignal.timeout(timeout*1e3),as=await(resolve?discoveryRequest(server,{algorithm:options?.algorithm,[customFetch]:options?.[customFetch2],[allowInsecureRequests]:options?.execute?.includes(allowInsecureRequests2),signal:signal3,headers:new Headers(headers)}):(options?.[customFetch2]||fetch)((checkProtocol(server,!options?.execute?.includes(allowInsecureRequests2)),server.href),{headers:Object.fromEntries(new Headers({accept:"application/json",...headers}).entries()),body:void 0,method:"GET",redirect:"manual",signal:signal3})).then(response=>processDiscoveryResponse(_nodiscoverycheck,response)).catch(errorHandler);return resolve&&new URL(as.issuer).href!==server.href&&(handleEntraId(server,as,options)||handleB2Clogin(server,options)||(()=>{throw new ClientError("discovered metadata issuer does not match the expected issuer",{code:JSON_ATTRIBUTE_COMPARISON,cause:{expected:server.href,body:as,attribute:"issuer"}})})()),as}function getServerHelpers(metadata){return{supportsPKCE:{__proto__:null,value(method="S256"){return metadata.code_challenge_methods_supported?.includes(method)===!0}}}}function addServerHelpers(metadata){Object.defineProperties(metadata,getServerHelpers(metadata))}var kEntraId=Symbol(),Configuration=class{constructor(server,clientId,metadata,clientAuthentication){if(typeof clientId!="string"||!clientId.length)throw CodedTypeError2('"clientId" must be a non-empty string',ERR_INVALID_ARG_TYPE2);if(typeof metadata=="string"&&(metadata={client_secret:metadata}),metadata?.client_id!==void 0&&clientId!==metadata.client_id)throw CodedTypeError2('"clientId" and "metadata.client_id" must be the same',ERR_INVALID_ARG_VALUE2);let client={...structuredClone(metadata),client_id:clientId};client[clockSkew]=metadata?.[clockSkew]??0,client[clockTolerance]=metadata?.[clockTolerance]??30;let auth;clientAuthentication?auth=clientAuthentication:typeof client.client_secret=="string"&&client.client_secret.length?auth=ClientSecretPost2(client.client_secret):auth=None2();let c=Object.freeze(client),clone=structuredClone(server);kEntraId in server&&(clone[_expectedIssuer]=({claims:{tid}})=>server.issuer.replace("{tenantid}",tid));let as=Object.freeze(clone);props||=new WeakMap,props.set(this,{__proto__:null,as,c,auth,tlsOnly:!0,timeout:30,jwksCache:{}})}serverMetadata(){let metadata=structuredClone(int(this).as);return addServerHelpers(metadata),metadata}clientMetadata(){return structuredClone(int(this).c)}get timeout(){return int(this).timeout}set timeout(value){int(this).timeout=value}get[customFetch2](){return int(this).fetch}set[customFetch2](value){int(this).fetch=value}};Object.freeze(Configuration.prototype);function getHelpers(response){let exp;return response.expires_in!==void 0&&(exp=Date.now()+response.expires_in*1e3),{expiresIn:{__proto__:null,value(){if(exp){let now=Date.now();return exp>now?Math.floor((exp-now)/1e3):0}}},claims:{__proto__:null,value(){return getValidatedIdTokenClaims(response)}}}}function addHelpers(response){Object.defineProperties(response,getHelpers(response))}function allowInsecureRequests2(config){int(config).tlsOnly=!1}async function refreshTokenGrant(config,refreshToken,parameters,options){checkConfig(config),parameters=new URLSearchParams(parameters);let{as,c,auth,fetch:fetch4,tlsOnly,nonRepudiation,timeout,decrypt}=int(config),response=await refreshTokenGrantRequest(as,c,auth,refreshToken,{[customFetch]:fetch4,[allowInsecureRequests]:!tlsOnly,additionalParameters:parameters,DPoP:options?.DPoP,headers:new Headers(headers),signal:signal2(timeout)}).catch(errorHandler),p=processRefreshTokenResponse(as,c,response,{[jweDecrypt]:decrypt}),result;try{result=await p}catch(err){if(retryable(err,options))return refreshTokenGrant(config,refreshToken,parameters,{...options,flag:retry});errorHandler(err)}return result.id_token&&await nonRepudiation?.(response),addHelpers(result),result}function checkConfig(input){if(!(input instanceof Configuration))throw CodedTypeError2('"config" must be an instance of Configuration',ERR_INVALID_ARG_TYPE2);if(Object.getPrototypeOf(input)!==Configuration.prototype)throw CodedTypeError2("subclassing Configuration is not allowed",ERR_INVALID_ARG_VALUE2)}function signal2(timeout){return timeout?AbortSignal.timeout(timeout*1e3):void 0}function retryable(err,options){return options?.DPoP&&options.flag!==retry?isDPoPNonceError(err):!1}var retry=Symbol();var base64UrlEncoding={chars:"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",bits:6};var base64url={parse:function(string,opts){return _parse(string,base64UrlEncoding,opts)},stringify:function(data,opts){return _stringify(data,base64UrlEncoding,opts)}};function _parse(string,encoding,opts){var _opts$out;if(opts===void 0&&(opts={}),!encoding.codes){encoding.codes={};for(var i=0;i<encoding.chars.length;++i)encoding.codes[encoding.chars[i]]=i}if(!opts.loose&&string.length*encoding.bits&7)throw new SyntaxError("Invalid padding");for(var end=string.length;string[end-1]==="=";)if(--end,!opts.loose&&!((string.length-end)*encoding.bits&7))throw new SyntaxError("Invalid padding");for(var out=new((_opts$out=opts.out)!=null?_opts$out:Uint8Array)(end*encoding.bits/8|0),bits=0,buffer=0,written=0,_i=0;_i<end;++_i){var value=encoding.codes[string[_i]];if(value===void 0)throw new SyntaxError("Invalid character "+string[_i]);buffer=buffer<<encoding.bits|value,bits+=encoding.bits,bits>=8&&(bits-=8,out[written++]=255&buffer>>bits)}if(bits>=encoding.bits||255&buffer<<8-bits)throw new SyntaxError("Unexpected end of data");return out}function _stringify(data,encoding,opts){opts===void 0&&(opts={});for(var _opts=opts,_opts$pad=_opts.pad,pad=_opts$pad===void 0?!0:_opts$pad,mask=(1<<encoding.bits)-1,out="",bits=0,buffer=0,i=0;i<data.length;++i)for(buffer=buffer<<8|255&data[i],bits+=8;bits>encoding.bits;)bits-=encoding.bits,out+=encoding.chars[mask&buffer>>bits];if(bits&&(out+=encoding.chars[mask&buffer<<encoding.bits-bits]),pad)for(;out.length*encoding.bits&7;)out+="=";return out}var OidcClient=class{constructor(c){this.config=c}async refresh(token){let newToken=await refreshTokenGrant(this.config,token);return{id_token:newToken.id_token,refresh_token:newToken.refresh_token,expires_at:newToken.expiresIn()}}},OpenIDConnectAuth=class _OpenIDConnectAuth{constructor(){this.currentTokenExpiration=0}static decodeJWT(token){let parts=token.split(".");if(parts.length!==3)return null;let header=JSON.parse(new TextDecoder().decode(base64url.parse(parts[0],{loose:!0}))),payload=JSON.parse(new TextDecoder().decode(base64url.parse(parts[1],{loose:!0}))),signature=parts[2];return{header,payload,signature}}static expirationFromToken(token){let jwt=_OpenIDConnectAuth.decodeJWT(token);return jwt?jwt.payload.exp:0}isAuthProvider(user){return user.authProvider?user.authProvider.name==="oidc":!1}async applyAuthentication(user,opts,overrideClient){let token=await this.getToken(user,overrideClient);token&&(opts.headers.Authorization=`Bearer ${token}`)}async getToken(user,overrideClient){return!user.authProvider.config||(user.authProvider.config["client-secret"]||(user.authProvider.config["client-secret"]=""),!user.authProvider.config||!user.authProvider.config["id-token"])?null:this.refresh(user,overrideClient)}async refresh(user,overrideClient){if(this.currentTokenExpiration===0&&(this.currentTokenExpiration=_OpenIDConnectAuth.expirationFromToken(user.authProvider.config["id-token"])),Date.now()/1e3>this.currentTokenExpiration){if(!user.authProvider.config["client-id"]||!user.authProvider.config["refresh-token"]||!user.authProvider.config["idp-issuer-url"])return null;let newToken=await(overrideClient||await this.getClient(user)).refresh(user.authProvider.config["refresh-token"]);user.authProvider.config["id-token"]=newToken.id_token,user.authProvider.config["refresh-token"]=newToken.refresh_token,this.currentTokenExpiration=newToken.expires_at}return user.authProvider.config["id-token"]}async getClient(user){let idpCaFile=user.authProvider.config["idp-certificate-authority"],idpCaData=user.authProvider.config["idp-certificate-authority-data"],ca=bufferFromFileOrString(idpCaFile,idpCaData),configuration;if(ca){let agent=new import_node_https.default.Agent({ca}),customFetchFn=async(url,options)=>{let urlObj=new URL(url),requestOptions={hostname:urlObj.hostname,port:urlObj.port,path:urlObj.pathname+urlObj.search,method:options?.method||"GET",headers:options?.headers||{},agent};return new Promise((resolve,reject)=>{let req=import_node_https.default.request(requestOptions,res=>{let chunks=[];res.on("data",chunk=>{chunks.push(chunk)}),res.on("end",()=>{let body=Buffer.concat(chunks),response={ok:res.statusCode>=200&&res.statusCode<300,status:res.statusCode,statusText:res.statusMessage||"",headers:new Headers(res.headers),url,type:"basic",redirected:!1,body:null,bodyUsed:!1,json:async()=>JSON.parse(body.toString()),text:async()=>body.toString(),arrayBuffer:async()=>body.buffer.slice(body.byteOffset,body.byteOffset+body.byteLength),blob:async()=>{throw new Error("blob() not implemented")},formData:async()=>{throw new Error("formData() not implemented")},bytes:async()=>new Uint8Array(body),clone:()=>{throw new Error("clone() not implemented")}};resolve(response)})});req.on("error",reject),options?.body&&req.write(options.body),req.end()})};configuration=await discovery(user.authProvider.config["idp-issuer-url"],user.authProvider.config["client-id"],void 0,void 0,{[customFetch2]:customFetchFn})}else configuration=await discovery(user.authProvider.config["idp-issuer-url"],user.authProvider.config["client-id"]);return new OidcClient(configuration)}};var import_node_child_process4=__toESM(__webpack_require__(1421),1);var import_socks=__toESM(require_build(),1);var net=__toESM(__webpack_require__(9278),1),http=__toESM(__webpack_require__(8611),1),import_https=__webpack_require__(5692),INTERNAL=Symbol("AgentBaseInternalState"),Agent2=class extends http.Agent{constructor(opts){super(opts),this[INTERNAL]={}}isSecureEndpoint(options){if(options){if(typeof options.secureEndpoint=="boolean")return options.secureEndpoint;if(typeof options.protocol=="string")return options.protocol==="https:"}let{stack}=new Error;return typeof stack!="string"?!1:stack.split(`
`).some(l=>l.indexOf("(https.js:")!==-1||l.indexOf("node:https:")!==-1)}incrementSockets(name){if(this.maxSockets===1/0&&this.maxTotalSockets===1/0)return null;this.sockets[name]||(this.sockets[name]=[]);let fakeSocket=new net.Socket({writable:!1});return this.sockets[name].push(fakeSocket),this.totalSocketCount++,fakeSocket}decrementSockets(name,socket){if(!this.sockets[name]||socket===null)return;let sockets=this.sockets[name],index2=sockets.indexOf(socket);index2!==-1&&(sockets.splice(index2,1),this.totalSocketCount--,sockets.length===0&&delete this.sockets[name])}getName(options){return this.isSecureEndpoint(options)?import_https.Agent.prototype.getName.call(this,options):super.getName(options)}createSocket(req,options,cb){let connectOpts={...options,secureEndpoint:this.isSecureEndpoint(options)},name=this.getName(connectOpts),fakeSocket=this.incrementSockets(name);Promise.resolve().then(()=>this.connect(req,connectOpts)).then(socket=>{if(this.decrementSockets(name,fakeSocket),typeof socket.addRequest=="function")try{return socket.addRequest(req,connectOpts)}catch(err){return cb(err)}this[INTERNAL].currentSocket=socket,super.createSocket(req,options,cb)},err=>{this.decrementSockets(name,fakeSocket),cb(err)})}createConnection(){let socket=this[INTERNAL].currentSocket;if(this[INTERNAL].currentSocket=void 0,!socket)throw new Error("No socket was returned in the `connect()` function");return socket}get defaultPort(){return this[INTERNAL].defaultPort??(this.protocol==="https:"?443:80)}set defaultPort(v){this[INTERNAL]&&(this[INTERNAL].defaultPort=v)}get protocol(){return this[INTERNAL].protocol??(this.isSecureEndpoint()?"https:":"http:")}set protocol(v){this[INTERNAL]&&(this[INTERNAL].protocol=v)}};var import_debug=__toESM(require_src(),1),dns=__toESM(__webpack_require__(2250),1),net2=__toESM(__webpack_require__(9278),1),tls=__toESM(__webpack_require__(4756),1),import_url2=__webpack_require__(7016),debug=(0,import_debug.default)("socks-proxy-agent"),setServernameFromNonIpHost=options=>options.servername===void 0&&options.host&&!net2.isIP(options.host)?{...options,servername:options.host}:options;function parseSocksURL(url){let lookup2=!1,type=5,host=url.hostname,port=parseInt(url.port,10)||1080;switch(url.protocol.replace(":","")){case"socks4":lookup2=!0,type=4;break;case"socks4a":type=4;break;case"socks5":lookup2=!0,type=5;break;case"socks":type=5;break;case"socks5h":type=5;break;default:throw new TypeError(`A "socks" protocol must be specified! Got: ${String(url.protocol)}`)}let proxy={host,port,type};return url.username&&Object.defineProperty(proxy,"userId",{value:decodeURIComponent(url.username),enumerable:!1}),url.password!=null&&Object.defineProperty(proxy,"password",{value:decodeURIComponent(url.password),enumerable:!1}),{lookup:lookup2,proxy}}var SocksProxyAgent=class extends Agent2{constructor(uri,opts){super(opts);let url=typeof uri=="string"?new import_url2.URL(uri):uri,{proxy,lookup:lookup2}=parseSocksURL(url);this.shouldLookup=lookup2,this.proxy=proxy,this.proxyUrl=url.href,this.timeout=opts?.timeout??null,this.socketOptions=opts?.socketOptions??null}async connect(req,opts){let{shouldLookup,proxy,timeout}=this;if(!opts.host)throw new Error("No `host` defined!");let{host}=opts,{port,lookup:lookupFn=dns.lookup}=opts;shouldLookup&&(host=await new Promise((resolve,reject)=>{lookupFn(host,{},(err,address)=>{err?reject(err):resolve(typeof address=="string"?address:address[0].address)})}));let socksOpts={proxy,destination:{host,port:typeof port=="number"?port:parseInt(port,10)},command:"connect",timeout:timeout??void 0,socket_options:this.socketOptions??void 0},cleanup=tlsSocket=>{req.destroy(),socket.destroy(),tlsSocket&&tlsSocket.destroy()};debug("Creating socks proxy connection: %o",socksOpts);let{socket}=await import_socks.SocksClient.createConnection(socksOpts);if(debug("Successfully created socks proxy connection"),req.emit("proxy",{proxy:this.proxyUrl,socket}),timeout!==null&&(socket.setTimeout(timeout),socket.on("timeout",()=>cleanup())),opts.secureEndpoint){debug("Upgrading socket connection to TLS");let tlsSocket=tls.connect({...omit(setServernameFromNonIpHost(opts),"host","path","port"),socket});return tlsSocket.once("error",error=>{debug("Socket TLS error",error.message),cleanup(tlsSocket)}),tlsSocket}return socket}};SocksProxyAgent.protocols=["socks","socks4","socks4a","socks5","socks5h"];function omit(obj,...keys){let ret={},key;for(key in obj)keys.includes(key)||(ret[key]=obj[key]);return ret}var import_socks2=__toESM(require_build(),1);var import_index=__toESM(require_hpagent(),1);var HttpProxyAgent=import_index.default.HttpProxyAgent,HttpsProxyAgent=import_index.default.HttpsProxyAgent;var package_default={name:"@kubernetes/client-node",version:"2.0.1",description:"NodeJS client for kubernetes",type:"module",repository:{type:"git",url:"https://github.com/kubernetes-client/javascript.git"},files:["dist/**/*.ts","dist/**/*.js","dist/**/*.map"],main:"dist/index.js",types:"dist/index.d.ts",scripts:{format:'prettier --log-level error --write "./src/**/*.ts"',lint:'npm --prefix ./tools/lint ci && npm --prefix ./tools/lint run lint && prettier --check "./src/**/*.ts"',clean:"rm -Rf node_modules/ dist/ tools/lint/node_modules/ tools/docs/node_modules/",build:"tsc","build-with-tests":"tsc --project tsconfig-with-tests.json && cp 'src/test/echo space.js' dist/test",generate:"./generate-client.sh",watch:"tsc --watch",test:"c8 node --test --test-reporter=spec --import tsx src/*_test.ts","test-no-coverage":"node --test --test-reporter=spec --import tsx src/*_test.ts","test-transpiled":"node --test --test-reporter=spec dist/*_test.js","integration-test":"tsx src/test/integration/index.ts",prepare:"npm run build && husky",prepack:"npm run build",docs:"npm --prefix ./tools/docs ci && npm --prefix ./tools/docs run docs"},c8:{include:["src/**/*.ts"],exclude:["src/gen/**/*.ts","src/index.ts","src/*_test.ts","src/test"],extension:[".ts"],reporter:["text","lcov","text-summary","html"],sourceMap:!0,instrument:!0,all:!0},author:"Kubernetes Authors",license:"Apache-2.0",dependencies:{"@types/js-yaml":"^4.0.1","@types/node":"^26.0.0","@types/stream-buffers":"^3.0.3","form-data":"^4.0.0",hpagent:"^1.2.0","isomorphic-ws":"^5.0.0","js-yaml":"^5.1.0","jsonpath-plus":"^10.3.0","openid-client":"^6.1.3",rfc4648:"^1.3.0",socks:"^2.8.4","socks-proxy-agent":"^10.0.0","stream-buffers":"^3.0.2","tar-fs":"^3.0.9",undici:"^8.7.0",ws:"^8.18.2"},devDependencies:{"@types/mock-fs":"^4.13.1",c8:"^12.0.0",husky:"^9.0.6","mock-fs":"^5.2.0",prettier:"^3.0.0","pretty-quick":"^4.0.0","ts-mockito":"^2.3.1",tsx:"^4.21.0",typescript:"~7.0.2"},bugs:{url:"https://github.com/kubernetes-client/javascript/issues"},homepage:"https://github.com/kubernetes-client/javascript#readme",keywords:["kubernetes","client"],prettier:{tabWidth:4,printWidth:110,trailingComma:"all",singleQuote:!0,arrowParens:"always"}};function setHeaderMiddleware(key,value){return{pre:request=>(request.setHeaderParam(key,value),of(request)),post:response=>of(response)}}var SERVICEACCOUNT_ROOT="/var/run/secrets/kubernetes.io/serviceaccount",SERVICEACCOUNT_CA_PATH=SERVICEACCOUNT_ROOT+"/ca.crt",SERVICEACCOUNT_TOKEN_PATH=SERVICEACCOUNT_ROOT+"/token",SERVICEACCOUNT_NAMESPACE_PATH=SERVICEACCOUNT_ROOT+"/namespace",USER_AGENT_KEY="User-Agent";function getUserAgent(){var _a;return`kubernetes-client-javascript/${(_a=package_default.version)!==null&&_a!==void 0?_a:""}`}function fileExists(filepath){try{return import_node_fs3.default.accessSync(filepath),!0}catch{return!1}}function createSocksConnector(proxyUrl,tlsOptions){let parsedProxy=new URL(proxyUrl),proxyHost=parsedProxy.hostname,proxyPort=parseInt(parsedProxy.port,10)||1080,socksType=5,proto=parsedProxy.protocol.replace(":","");return(proto==="socks4"||proto==="socks4a")&&(socksType=4),(options,callback)=>{let{hostname,port,protocol,servername}=options;import_socks2.SocksClient.createConnection({proxy:{host:proxyHost,port:proxyPort,type:socksType},command:"connect",destination:{host:hostname,port:parseInt(port,10)}},(err,info)=>{if(err){callback(err,null);return}let socket=info.socket;socket.setKeepAlive(!0,3e4),protocol==="https:"?callback(null,import_node_tls.default.connect({...tlsOptions,socket,servername:servername||hostname})):callback(null,socket)})}}var KubeConfig=class _KubeConfig{addAuthenticator(authenticator){this.custom_authenticators.push(authenticator)}constructor(){this.authenticators=[new AzureAuth,new GoogleCloudPlatformAuth,new ExecAuth,new FileAuth,new OpenIDConnectAuth],this.custom_authenticators=[],this.agentCache=new Map,this.contexts=[],this.clusters=[],this.users=[]}getContexts(){return this.contexts}getClusters(){return this.clusters}getUsers(){return this.users}getCurrentContext(){return this.currentContext}setCurrentContext(context){this.currentContext=context}getContextObject(name){return this.contexts?findObject(this.contexts,name,"context"):null}getCurrentCluster(){let context=this.getCurrentContextObject();return context?this.getCluster(context.cluster):null}getCluster(name){return findObject(this.clusters,name,"cluster")}getCurrentUser(){let ctx=this.getCurrentContextObject();return ctx?this.getUser(ctx.user):null}getUser(name){return findObject(this.users,name,"user")}loadFromFile(file,opts){let rootDirectory=import_node_path.default.dirname(file);this.loadFromString(import_node_fs3.default.readFileSync(file).toString("utf-8"),opts),this.makePathsAbsolute(rootDirectory)}async applyToHTTPSOptions(opts){let user=this.getCurrentUser(),cluster=this.getCurrentCluster();await this.applyOptions(opts),user&&user.username&&(opts.auth=`${user.username}:${user.password}`);let agentOptions={};agentOptions.ca=opts.ca,agentOptions.cert=opts.cert,agentOptions.key=opts.key,agentOptions.pfx=opts.pfx,agentOptions.passphrase=opts.passphrase,opts.rejectUnauthorized!==void 0&&(agentOptions.rejectUnauthorized=opts.rejectUnauthorized),agentOptions.timeout=opts.timeout,agentOptions.servername=opts.servername,agentOptions.ciphers=opts.ciphers,agentOptions.honorCipherOrder=opts.honorCipherOrder,agentOptions.ecdhCurve=opts.ecdhCurve,agentOptions.clientCertEngine=opts.clientCertEngine,agentOptions.crl=opts.crl,agentOptions.dhparam=opts.dhparam,agentOptions.secureOptions=opts.secureOptions,agentOptions.secureProtocol=opts.secureProtocol,agentOptions.sessionIdContext=opts.sessionIdContext,opts.agent=this.createAgent(cluster,agentOptions)}async applySecurityAuthentication(context){let cluster=this.getCurrentCluster(),user=this.getCurrentUser(),agentOptions={},httpsOptions={};if(await this.applyOptions(httpsOptions),user&&user.username){let auth=Buffer.from(`${user.username}:${user.password}`).toString("base64");context.setHeaderParam("Authorization",`Basic ${auth}`)}let headers2=httpsOptions.headers||{};Object.entries(headers2).forEach(([key,value])=>{context.setHeaderParam(key,`${value}`)}),agentOptions.ca=httpsOptions.ca,agentOptions.cert=httpsOptions.cert,agentOptions.key=httpsOptions.key,agentOptions.pfx=httpsOptions.pfx,agentOptions.passphrase=httpsOptions.passphrase,httpsOptions.rejectUnauthorized!==void 0&&(agentOptions.rejectUnauthorized=httpsOptions.rejectUnauthorized),httpsOptions.servername!==void 0&&(agentOptions.servername=httpsOptions.servername);let dispatcher=this.createDispatcher(cluster,agentOptions);dispatcher!==void 0&&context.setDispatcher(dispatcher)}getName(){return"kubeconfig authentication"}loadFromString(config,opts){let obj=load(config);this.clusters=newClusters(obj.clusters,opts),this.contexts=newContexts(obj.contexts,opts),this.users=newUsers(obj.users,opts),this.currentContext=obj["current-context"]}loadFromOptions(options){this.clusters=options.clusters,this.contexts=options.contexts,this.users=options.users,this.currentContext=options.currentContext}loadFromClusterAndUser(cluster,user){this.clusters=[cluster],this.users=[user],this.currentContext="loaded-context",this.contexts=[{cluster:cluster.name,user:user.name,name:this.currentContext}]}loadFromCluster(pathPrefix=""){let host=process.env.KUBERNETES_SERVICE_HOST,port=process.env.KUBERNETES_SERVICE_PORT,clusterName="inCluster",userName="inClusterUser",contextName="inClusterContext",scheme="https";(port==="80"||port==="8080"||port==="8001")&&(scheme="http");let serverHost=host;host&&import_node_net.default.isIPv6(host)&&(serverHost=`[${host}]`),this.clusters=[{name:clusterName,caFile:`${pathPrefix}${SERVICEACCOUNT_CA_PATH}`,server:`${scheme}://${serverHost}:${port}`,skipTLSVerify:!1}],this.users=[{name:userName,authProvider:{name:"tokenFile",config:{tokenFile:`${pathPrefix}${SERVICEACCOUNT_TOKEN_PATH}`}}}];let namespaceFile=`${pathPrefix}${SERVICEACCOUNT_NAMESPACE_PATH}`,namespace;fileExists(namespaceFile)&&(namespace=import_node_fs3.default.readFileSync(namespaceFile).toString("utf-8")),this.contexts=[{cluster:clusterName,name:contextName,user:userName,namespace}],this.currentContext=contextName}mergeConfig(config,preserveContext=!1){!preserveContext&&config.currentContext&&(this.currentContext=config.currentContext),config.clusters.forEach(cluster=>{this.addCluster(cluster)}),config.users.forEach(user=>{this.addUser(user)}),config.contexts.forEach(ctx=>{this.addContext(ctx)})}addCluster(cluster){this.clusters||(this.clusters=[]),this.clusters.forEach((c,ix)=>{if(c.name===cluster.name)throw new Error(`Duplicate cluster: ${c.name}`)}),this.clusters.push(cluster)}addUser(user){this.users||(this.users=[]),this.users.forEach((c,ix)=>{if(c.name===user.name)throw new Error(`Duplicate user: ${c.name}`)}),this.users.push(user)}addContext(ctx){this.contexts||(this.contexts=[]),this.contexts.forEach((c,ix)=>{if(c.name===ctx.name)throw new Error(`Duplicate context: ${c.name}`)}),this.contexts.push(ctx)}loadFromDefault(opts,contextFromStartingConfig=!1,platform=process.platform){if(process.env.KUBECONFIG&&process.env.KUBECONFIG.length>0){let files=process.env.KUBECONFIG.split(import_node_path.default.delimiter).filter(filename=>filename);this.loadFromFile(files[0],opts);for(let i=1;i<files.length;i++){let kc=new _KubeConfig;kc.loadFromFile(files[i],opts),this.mergeConfig(kc,contextFromStartingConfig)}return}let home=findHomeDir(platform);if(home){let config=import_node_path.default.join(home,".kube","config");if(fileExists(config)){this.loadFromFile(config,opts);return}}if(platform==="win32"){try{let envKubeconfigPathResult=import_node_child_process4.default.spawnSync("wsl.exe",["bash","-c","printenv KUBECONFIG"]);if(envKubeconfigPathResult.status===0&&envKubeconfigPathResult.stdout.length>0){let result=import_node_child_process4.default.spawnSync("wsl.exe",["cat",envKubeconfigPathResult.stdout.toString("utf8")]);if(result.status===0){this.loadFromString(result.stdout.toString("utf8"),opts);return}}}catch{}try{let configResult=import_node_child_process4.default.spawnSync("wsl.exe",["cat","~/.kube/config"]);if(configResult.status===0){this.loadFromString(configResult.stdout.toString("utf8"),opts);let result=import_node_child_process4.default.spawnSync("wsl.exe",["wslpath","-w","~/.kube"]);result.status===0&&this.makePathsAbsolute(result.stdout.toString("utf8"));return}}catch{}}if(fileExists(SERVICEACCOUNT_TOKEN_PATH)){this.loadFromCluster();return}this.loadFromClusterAndUser({name:"cluster",server:"http://localhost:8080"},{name:"user"})}makeApiClient(apiClientType){let cluster=this.getCurrentCluster();if(!cluster)throw new Error("No active cluster!");let authConfig={default:this},baseServerConfig=new ServerConfiguration(cluster.server,{}),config=createConfiguration({baseServer:baseServerConfig,authMethods:authConfig,middleware:[setHeaderMiddleware(USER_AGENT_KEY,getUserAgent())]});return new apiClientType(config)}makePathsAbsolute(rootDirectory){this.clusters.forEach(cluster=>{cluster.caFile&&(cluster.caFile=makeAbsolutePath(rootDirectory,cluster.caFile))}),this.users.forEach(user=>{user.certFile&&(user.certFile=makeAbsolutePath(rootDirectory,user.certFile)),user.keyFile&&(user.keyFile=makeAbsolutePath(rootDirectory,user.keyFile))})}exportConfig(){let configObj={apiVersion:"v1",kind:"Config",clusters:this.clusters.map(exportCluster),users:this.users.map(exportUser),contexts:this.contexts.map(exportContext),preferences:{},"current-context":this.getCurrentContext()};return JSON.stringify(configObj)}getCurrentContextObject(){return this.getContextObject(this.currentContext)}getAgentCacheKey(cluster){var _a,_b,_c;let clusterName=(_b=cluster?.name)!==null&&_b!==void 0?_b:"",userName=(_c=(_a=this.getCurrentUser())===null||_a===void 0?void 0:_a.name)!==null&&_c!==void 0?_c:"";return JSON.stringify([clusterName,userName])}createAgent(cluster,agentOptions){var _a,_b;let cacheKey=this.getAgentCacheKey(cluster),cached=this.agentCache.get(cacheKey);if(cached!==void 0)return cached;let agent;if(cluster&&cluster.proxyUrl)if(cluster.proxyUrl.startsWith("socks"))agent=new SocksProxyAgent(cluster.proxyUrl,agentOptions);else if(cluster.server.startsWith("https")){let httpsProxyAgentOptions=agentOptions;httpsProxyAgentOptions.proxy=cluster.proxyUrl,agent=new HttpsProxyAgent(httpsProxyAgentOptions)}else if(cluster.server.startsWith("http")){let httpProxyAgentOptions=agentOptions;httpProxyAgentOptions.proxy=cluster.proxyUrl,agent=new HttpProxyAgent(httpProxyAgentOptions)}else throw new Error("Unsupported proxy type");else if(!((_a=cluster?.server)===null||_a===void 0)&&_a.startsWith("http:")&&cluster.skipTLSVerify)agent=new import_node_http.default.Agent(agentOptions);else{if(!((_b=cluster?.server)===null||_b===void 0)&&_b.startsWith("http:")&&!cluster.skipTLSVerify)throw new Error("HTTP protocol is not allowed when skipTLSVerify is not set or false");agent=new import_node_https2.default.Agent(agentOptions)}return this.agentCache.set(cacheKey,agent),agent}createDispatcherOptions(cluster,agentOptions){var _a;let tlsOptions={};if(agentOptions.ca!==void 0&&(tlsOptions.ca=agentOptions.ca),agentOptions.cert!==void 0&&(tlsOptions.cert=agentOptions.cert),agentOptions.key!==void 0&&(tlsOptions.key=agentOptions.key),agentOptions.pfx!==void 0&&(tlsOptions.pfx=agentOptions.pfx),agentOptions.passphrase!==void 0&&(tlsOptions.passphrase=agentOptions.passphrase),agentOptions.rejectUnauthorized!==void 0&&(tlsOptions.rejectUnauthorized=agentOptions.rejectUnauthorized),agentOptions.servername!==void 0&&(tlsOptions.servername=agentOptions.servername),cluster&&cluster.proxyUrl){if(cluster.proxyUrl.startsWith("socks"))return{type:"socks",uri:cluster.proxyUrl,requestTls:tlsOptions};if(!cluster.server.startsWith("https")&&!cluster.server.startsWith("http"))throw new Error("Unsupported proxy type");return{type:"proxy",uri:cluster.proxyUrl,requestTls:tlsOptions,connect:{keepAlive:!0,keepAliveInitialDelay:3e4}}}else if(!((_a=cluster?.server)===null||_a===void 0)&&_a.startsWith("http:")&&!cluster.skipTLSVerify)throw new Error("HTTP protocol is not allowed when skipTLSVerify is not set or false");return Object.keys(tlsOptions).length===0?{type:"none"}:{type:"agent",connect:{...tlsOptions,keepAlive:!0,keepAliveInitialDelay:3e4}}}createDispatcher(cluster,agentOptions){let opts=this.createDispatcherOptions(cluster,agentOptions);switch(opts.type){case"proxy":return new import_undici2.ProxyAgent({uri:opts.uri,requestTls:opts.requestTls,connect:opts.connect});case"socks":return new import_undici2.Agent({connect:createSocksConnector(opts.uri,opts.requestTls)});case"agent":return new import_undici2.Agent({connect:opts.connect});case"none":return}}applyHTTPSOptions(opts){var _a;let cluster=this.getCurrentCluster(),user=this.getCurrentUser();if(!user)return;cluster!=null&&cluster.skipTLSVerify&&(opts.rejectUnauthorized=!1),cluster!=null&&cluster.tlsServerName&&(opts.servername=cluster.tlsServerName);let ca=cluster!=null?bufferFromFileOrString(cluster.caFile,cluster.caData):null;ca&&(opts.ca=ca);let cert=bufferFromFileOrString(user.certFile,user.certData);cert&&(opts.cert=cert);let key=bufferFromFileOrString(user.keyFile,user.keyData);key&&(opts.key=key),user.impersonateUser!=null&&((_a=opts.headers)!==null&&_a!==void 0||(opts.headers={}),opts.headers["Impersonate-User"]=user.impersonateUser)}async applyAuthorizationHeader(opts){let user=this.getCurrentUser();if(!user)return;let authenticator=this.authenticators.find(elt=>elt.isAuthProvider(user));authenticator||(authenticator=this.custom_authenticators.find(elt=>elt.isAuthProvider(user))),opts.headers||(opts.headers={}),authenticator&&await authenticator.applyAuthentication(user,opts),user.token&&(opts.headers.Authorization=`Bearer ${user.token}`)}async applyOptions(opts){this.applyHTTPSOptions(opts),await this.applyAuthorizationHeader(opts)}};function makeAbsolutePath(root,file){return!root||import_node_path.default.isAbsolute(file)?file:import_node_path.default.join(root,file)}function bufferFromFileOrString(file,data){return file?import_node_fs3.default.readFileSync(file):data?Buffer.from(data,"base64"):null}function dropDuplicatesAndNils(a){return a.reduce((acceptedValues,currentValue)=>currentValue&&!acceptedValues.includes(currentValue)?acceptedValues.concat(currentValue):acceptedValues,[])}function findHomeDir(platform=process.platform){if(platform!=="win32"){if(process.env.HOME)try{return import_node_fs3.default.accessSync(process.env.HOME),process.env.HOME}catch{}return null}let homeDrivePath=process.env.HOMEDRIVE&&process.env.HOMEPATH?import_node_path.default.join(process.env.HOMEDRIVE,process.env.HOMEPATH):"",homePath=process.env.HOME||"",userProfile=process.env.USERPROFILE||"",favourHomeDrivePathList=dropDuplicatesAndNils([homePath,homeDrivePath,userProfile]),favourUserProfileList=dropDuplicatesAndNils([homePath,userProfile,homeDrivePath]);for(let dir of favourHomeDrivePathList)try{return import_node_fs3.default.accessSync(import_node_path.default.join(dir,".kube","config")),dir}catch{}for(let dir of favourUserProfileList)try{return import_node_fs3.default.accessSync(dir,import_node_fs3.default.constants.W_OK),dir}catch{}for(let dir of favourUserProfileList)try{return import_node_fs3.default.accessSync(dir),dir}catch{}return favourUserProfileList[0]||null}function findObject(list,name,key){if(!list)return null;for(let obj of list)if(obj.name===name)return obj[key]?(obj[key].name=name,obj[key]):obj;return null}var import_node_http2=__webpack_require__(7067),import_node_readline=__webpack_require__(481),import_node_stream=__webpack_require__(7075),import_undici3=__webpack_require__(6752);var Watch=class{constructor(config){this.requestTimeoutMs=3e4,this.config=config}async watch(path2,queryParams,callback,done){let cluster=this.config.getCurrentCluster();if(!cluster)throw new Error("No currently active cluster");let watchURL=new URL(cluster.server+path2);watchURL.searchParams.set("watch","true");for(let[key,val]of Object.entries(queryParams||{}))val!==void 0&&watchURL.searchParams.set(key,val.toString());let controller=new AbortController,timedOut=!1,timer,clearTimer=()=>{timer!==void 0&&(clearTimeout(timer),timer=void 0)},resetTimer=()=>{clearTimer(),timer=setTimeout(()=>{timedOut=!0,controller.abort(new DOMException("The operation was aborted due to timeout","TimeoutError"))},this.requestTimeoutMs),timer.unref()},ctx=new RequestContext(watchURL.toString(),HttpMethod.GET);await this.config.applySecurityAuthentication(ctx);let doneCalled=!1,doneCallOnce=err=>{doneCalled||(doneCalled=!0,clearTimer(),controller.abort(),done(err&&timedOut?new DOMException("The operation was aborted due to timeout","TimeoutError"):err))};try{resetTimer();let response=await(0,import_undici3.fetch)(watchURL,{method:"GET",headers:ctx.getHeaders(),dispatcher:ctx.getDispatcher(),signal:controller.signal});if(response.status===200){resetTimer();let body=import_node_stream.Readable.fromWeb(response.body);body.on("error",doneCallOnce),body.on("close",()=>doneCallOnce(null)),body.on("finish",()=>doneCallOnce(null));let lines=(0,import_node_readline.createInterface)(body);lines.on("error",doneCallOnce),lines.on("close",()=>doneCallOnce(null)),lines.on("finish",()=>doneCallOnce(null)),lines.on("line",line=>{try{let data=JSON.parse(line.toString());callback(data.type,data.object,data)}catch{}}),body.on("data",resetTimer)}else{let statusText=response.statusText||import_node_http2.STATUS_CODES[response.status]||"Internal Server Error",error=new Error(statusText);throw error.statusCode=response.status,error}}catch(err){doneCallOnce(err)}return controller}};Watch.SERVER_SIDE_CLOSE={error:"Connection closed on server"};0&&(0);


/***/ })

};
