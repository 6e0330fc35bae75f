export const id = 904;
export const ids = [904];
export const modules = {

/***/ 4904:
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
  forceSync: () => (/* reexport */ forceSync),
  forceSyncAll: () => (/* reexport */ forceSyncAll),
  preflightCluster: () => (/* reexport */ preflightCluster),
  restartWorkload: () => (/* reexport */ restartWorkload),
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
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 875 modules
var dist = __webpack_require__(2901);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/kube/api-calls.ts



const sleepUnlessAborted = (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted)
        return resolve();
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
/**
 * Per-request client options: extra headers (the patch content type, which
 * the generated client would otherwise send as JSON Patch) and an abort signal.
 */
function requestOptions(signal, headers = {}) {
    const middleware = {
        pre: (context) => {
            for (const [name, value] of Object.entries(headers))
                context.setHeaderParam(name, value);
            context.setSignal(signal);
            return new dist/* Observable */.cPK(Promise.resolve(context));
        },
        post: (context) => new dist/* Observable */.cPK(Promise.resolve(context)),
    };
    return { middleware: [middleware], middlewareMergeStrategy: 'append' };
}
/** The HTTP status of a failed client call or watch, if it got that far. */
function statusCodeOf(error) {
    if (error instanceof dist/* ApiException */.UJ4)
        return error.code;
    // client-node's Watch reports a refused watch as an Error with statusCode.
    const statusCode = error?.statusCode;
    return typeof statusCode === 'number' ? statusCode : undefined;
}
function statusBodyOf(error) {
    if (!(error instanceof dist/* ApiException */.UJ4))
        return undefined;
    const body = error.body;
    let parsed = body;
    if (typeof body === 'string') {
        try {
            parsed = JSON.parse(body);
        }
        catch {
            return undefined;
        }
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
    if (!(error instanceof dist/* ApiException */.UJ4))
        return undefined;
    const headers = error.headers;
    const value = headers?.['retry-after'];
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
            core/* debug */.Yz(`${scope.doing}: attempt ${attempt} failed (${describeTransient(error)}); retrying in ${delay}ms`);
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
 * the context and builds the API clients. Makes no network call.
 */
async function connectCluster(source, options = {}) {
    const env = options.env ?? process.env;
    const { kubeConfig, origin } = loadKubeConfig(source, env, options);
    const contextName = selectContext(kubeConfig, source.context, origin);
    const server = allowPlainHttpOnLoopback(kubeConfig, origin);
    const dispatchers = reuseConnections(kubeConfig);
    const { env: _env, homeDir: _home, serviceAccountRoot: _root, ...overrides } = options;
    const tuning = { ...defaultClusterTuning, ...overrides };
    core/* info */.pq(`Kubernetes: context ${contextName} at ${server} (credentials from ${origin})`);
    return {
        kubeConfig,
        server,
        contextName,
        origin,
        core: kubeConfig.makeApiClient(dist/* CoreV1Api */.f5Y),
        apps: kubeConfig.makeApiClient(dist/* AppsV1Api */.eY6),
        custom: kubeConfig.makeApiClient(dist/* CustomObjectsApi */.aVm),
        discovery: kubeConfig.makeApiClient(dist/* ApisApi */.kZp),
        authorization: kubeConfig.makeApiClient(dist/* AuthorizationV1Api */.NwU),
        watcher: new dist/* Watch */.ox1(kubeConfig),
        tuning,
        close: async () => {
            await Promise.allSettled([...dispatchers.values()].map((dispatcher) => dispatcher.close()));
            dispatchers.clear();
        },
    };
}
function loadKubeConfig(source, env, options) {
    if (source.kubeconfig !== undefined && source.kubeconfig.trim() !== '') {
        const kubeConfig = new dist/* KubeConfig */.ypW();
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
        const kubeConfig = new dist/* KubeConfig */.ypW();
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
        delete process.env[name];
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
        const part = new dist/* KubeConfig */.ypW();
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
    const merged = new dist/* KubeConfig */.ypW();
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
        throw new errors/* StepError */.zg('preflight', 'kubeconfig', current
            ? `${origin} sets current-context "${current}", which it does not define.`
            : `${origin} sets no current-context.`, `Set the kube-context input to one of: ${available}.`);
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
    kubeConfig.clusters = kubeConfig.clusters.map((entry) => entry.name === cluster.name ? { ...entry, skipTLSVerify: true } : entry);
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

;// CONCATENATED MODULE: ./src/kube/clusterexternalsecrets.ts



const GROUP = 'external-secrets.io';
const VERSION = 'v1';
const PLURAL = 'clusterexternalsecrets';
/** The RBAC resource name, for messages. */
const CES_RESOURCE = `${PLURAL}.${GROUP}`;
const cesTarget = (name) => `clusterexternalsecret/${name}`;
const getClusterExternalSecret = (cluster, name, signal) => cluster.custom.getClusterCustomObject({ group: GROUP, version: VERSION, plural: PLURAL, name }, requestOptions(signal));
const patchClusterExternalSecret = (cluster, name, body, signal) => cluster.custom.patchClusterCustomObject({ group: GROUP, version: VERSION, plural: PLURAL, name, body, fieldManager: 'rotate-deploy-token' }, requestOptions(signal, { 'Content-Type': dist/* PatchStrategy */.Qve.MergePatch }));
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
 * Sets force-sync on the ClusterExternalSecret; its controller copies the
 * value onto every ExternalSecret it owns (createOrUpdateExternalSecret).
 * Returns the value written.
 */
async function forceClusterSync(cluster, name, runId, signal) {
    const target = cesTarget(name);
    const current = await readClusterExternalSecret(cluster, name, 'sync', signal);
    const value = current.metadata?.annotations?.['force-sync'] === runId ? `${runId}-${Date.now().toString(36)}` : runId;
    try {
        await withRetries(cluster.tuning, { signal, doing: `annotating ${target}` }, (requestSignal) => patchClusterExternalSecret(cluster, name, { metadata: { annotations: { 'force-sync': value } } }, requestSignal));
    }
    catch (error) {
        throw explainApiError(error, { step: 'sync', target, verb: 'patch', resource: CES_RESOURCE, namespace: '', missing: `the ClusterExternalSecret ${name} no longer exists.` }, cluster.server);
    }
    core/* info */.pq(`${target}: set force-sync=${value}; its controller copies it to the ExternalSecrets it owns`);
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
    // shouldRefresh: CreatedOnce refreshes only while never synced.
    if (policy === 'CreatedOnce') {
        return {
            reason: 'its refreshPolicy is CreatedOnce, so External Secrets Operator ignores the force-sync annotation and would never deliver the new token.',
            next: 'Set spec.refreshPolicy: OnChange on the ExternalSecret (or Periodic with a non-zero refreshInterval).',
        };
    }
    // shouldRefreshPeriodic: "RefreshInterval.Duration <= 0 && SyncedResourceVersion != \"\"" means never again.
    if (policy === 'Periodic' && intervalMs !== undefined && wholeNanoseconds(intervalMs) <= 0) {
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
const deliversNewToken = (read, versionLabels) => read.selector === undefined || (read.selector === 'current' && versionLabels);
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
                next: 'Set aws-region to the store\'s region, or point the ExternalSecret at a store in this region.',
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
    return undefined;
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
/**
 * Failures ESO does not retry: Reconcile calls markAsFailed with these and
 * returns `ctrl.Result{}, nil` ("this error cant be fixed by retrying"), so
 * nothing is requeued until the object changes again.
 */
const FINAL_FAILURES = {
    'target is owned by another ExternalSecret': (secret) => `Another ExternalSecret owns Secret ${secret}: point spec.target.name at a Secret of its own.`,
    'could not update secret, target is immutable': (secret) => `Secret ${secret} is immutable and Kubernetes never makes it mutable again: delete it (ESO recreates it) and keep spec.target.immutable false.`,
    'failed to take ownership of target secret': (secret) => `Check who owns Secret ${secret} (its metadata.ownerReferences) and free it for this ExternalSecret.`,
    'invalid generic target': () => 'Fix spec.target.manifest (read the ExternalSecret events for the reason).',
};
const sameCondition = (a, b) => a === b ||
    (a !== null &&
        b !== null &&
        a.status === b.status &&
        a.reason === b.reason &&
        a.message === b.message &&
        a.lastTransitionTime === b.lastTransitionTime);
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
 * - Ready=False/SecretSyncedError (ResourceSyncedError) with a message in
 *   FINAL_FAILURES fails at once; any other is retried by ESO and fails only
 *   once it has lasted RETRY_GRACE_MS (counted from when it was first seen,
 *   or from the annotation when it was there before and never changed).
 */
function judgeSync(externalSecret, started, observation) {
    const synced = externalSecret.status?.syncedResourceVersion ?? '';
    const ready = readyConditionOf(externalSecret);
    const moved = synced !== started.before;
    const generic = isGenericTarget(externalSecret);
    const fresh = ready !== null && (moved || changedSince(ready, started));
    if (moved && ready?.status === 'True' && ready.reason === (generic ? 'ResourceSynced' : 'SecretSynced')) {
        return { kind: 'done', syncedResourceVersion: synced, refreshTime: externalSecret.status?.refreshTime ?? undefined };
    }
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
    const failing = ready?.status === 'False' && ready.reason === (generic ? 'ResourceSyncedError' : 'SecretSyncedError');
    if (!failing) {
        return { kind: 'waiting', status: `waiting for External Secrets Operator (${describeReady(ready)}, syncedResourceVersion ${moved ? `now ${synced}` : 'unchanged'})` };
    }
    const finalNext = FINAL_FAILURES[ready.message];
    if (fresh && finalNext) {
        return {
            kind: 'failed',
            final: true,
            blocker: { reason: `External Secrets Operator failed to sync it and does not retry: ${ready.message}.`, next: finalNext(observation.secretName) },
        };
    }
    const since = observation.failingSince ?? (fresh ? observation.now : (started.annotatedAt?.getTime() ?? observation.now));
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

// EXTERNAL MODULE: ./src/kube/targets.ts
var targets = __webpack_require__(6159);
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
        if (judgement.status !== lastStatus)
            core/* info */.pq(`${spec.purpose.target}: ${judgement.status}`);
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
                core/* debug */.Yz(`${spec.purpose.target}: watch expired (410 Gone); reading the object again`);
                failuresInARow = 0;
                continue;
            case 'ended': {
                // A watch that worked for a while and then broke is a normal end, not a reason to back off.
                if (outcome.error === undefined || outcome.healthy === true) {
                    core/* debug */.Yz(`${spec.purpose.target}: watch ended; reading the object again`);
                    failuresInARow = 0;
                    continue;
                }
                const status = statusCodeOf(outcome.error);
                if (status === 401 || status === 403) {
                    throw explainApiError(outcome.error, { ...spec.purpose, verb: 'watch' }, cluster.server);
                }
                failuresInARow++;
                const delay = Math.min(cluster.tuning.retryMaxDelayMs, cluster.tuning.retryBaseDelayMs * 2 ** Math.min(failuresInARow - 1, 10), Math.max(0, deadline - Date.now()));
                core/* debug */.Yz(`${spec.purpose.target}: watch failed (${describeFailure(outcome.error)}); retrying in ${delay}ms`);
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
        const onAbort = () => finish({ kind: 'cancelled' });
        let timer = setTimeout(() => finish({ kind: 'timeout' }), Math.max(0, deadline - Date.now()));
        spec.signal?.addEventListener('abort', onAbort, { once: true });
        if (spec.signal?.aborted)
            return finish({ kind: 'cancelled' });
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
                if (status.code === 410)
                    return finish({ kind: 'expired' });
                return finish({ kind: 'ended', error: { statusCode: status.code, message: status.message } });
            }
            if (type === 'BOOKMARK')
                return;
            if (type === 'DELETED')
                return finish({ kind: 'deleted' });
            try {
                const verdict = onChange(object);
                if (verdict)
                    return finish({ kind: 'judged', judgement: verdict });
                // A judgement that asks to be made again at a time: end this watch then, so it is.
                const recheck = recheckAt();
                if (recheck !== undefined && recheck < deadline) {
                    clearTimeout(timer);
                    timer = setTimeout(() => finish({ kind: 'timeout' }), Math.max(0, recheck - Date.now()));
                }
            }
            catch (error) {
                finish({ kind: 'ended', error });
            }
        }, (error) => {
            if (statusCodeOf(error) === 410)
                return finish({ kind: 'expired' });
            // client-node ends a watch that has been quiet for 30 s with a TimeoutError: a normal end.
            const quiet = error?.name === 'TimeoutError';
            if (!error || quiet)
                return finish({ kind: 'ended' });
            const healthy = statusCodeOf(error) === undefined && (sawEvent || Date.now() - openedAt >= 1000);
            finish({ kind: 'ended', error, healthy });
        })
            .then((controller) => {
            connection = controller;
            if (settled)
                controller.abort();
        }, (error) => finish({ kind: 'ended', error }));
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
const collectionPath = (namespace) => `/apis/${ESO_GROUP}/${ESO_VERSION}/namespaces/${encodeURIComponent(namespace)}/${ESO_PLURAL}`;
const getExternalSecret = (cluster, ref, signal) => cluster.custom.getNamespacedCustomObject({ group: ESO_GROUP, version: ESO_VERSION, namespace: ref.namespace, plural: ESO_PLURAL, name: ref.name }, requestOptions(signal));
const patchExternalSecret = (cluster, ref, body, signal) => cluster.custom.patchNamespacedCustomObject({ group: ESO_GROUP, version: ESO_VERSION, namespace: ref.namespace, plural: ESO_PLURAL, name: ref.name, body, fieldManager: 'rotate-deploy-token' }, requestOptions(signal, { 'Content-Type': dist/* PatchStrategy */.Qve.MergePatch }));
/**
 * GETs an ExternalSecret at external-secrets.io/v1. A 404 is explained by
 * asking discovery whether the cluster serves that API at all.
 */
async function readExternalSecret(cluster, ref, step, signal) {
    const target = esTarget(ref);
    try {
        return (await withRetries(cluster.tuning, { signal, doing: `reading ${target}` }, (requestSignal) => getExternalSecret(cluster, ref, requestSignal)));
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
        const groups = await withRetries(cluster.tuning, { signal, doing: 'reading API discovery' }, (requestSignal) => cluster.discovery.getAPIVersions({}, requestOptions(requestSignal)));
        served = (groups.groups.find((group) => group.name === ESO_GROUP)?.versions ?? []).map((version) => version.version);
    }
    catch (error) {
        core/* debug */.Yz(`API discovery failed (${String(statusCodeOf(error) ?? error)}); cannot tell a missing CRD from a missing object`);
    }
    if (served !== undefined && served.length === 0) {
        return new errors/* StepError */.zg(step, target, `the cluster does not serve the ${ESO_GROUP} API, so External Secrets Operator (or its CRDs) is not installed.`, 'Install External Secrets Operator, or drop the external-secrets input.');
    }
    if (served !== undefined && !served.includes(ESO_VERSION)) {
        return new errors/* StepError */.zg(step, target, `the cluster serves ${ESO_GROUP} only as ${served.join(', ')}, not ${ESO_VERSION}.`, `Upgrade External Secrets Operator to a release that serves ${ESO_GROUP}/${ESO_VERSION}.`);
    }
    return new errors/* StepError */.zg(step, target, `${what} does not exist (${ESO_GROUP}/${ESO_VERSION}).`, 'Check the name and namespace in the external-secrets input.');
}
/** ESO refreshes on a change of the annotations; re-writing the same value would change nothing. */
const forceSyncValue = (current, runId) => current === runId ? `${runId}-${Date.now().toString(36)}` : runId;
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
        const value = forceSyncValue(current.metadata?.annotations?.[FORCE_SYNC_ANNOTATION], runId);
        const body = { metadata: { resourceVersion: current.metadata?.resourceVersion, annotations: { [FORCE_SYNC_ANNOTATION]: value } } };
        try {
            await withRetries(cluster.tuning, { signal: options.signal, doing: `annotating ${target}` }, (requestSignal) => patchExternalSecret(cluster, ref, body, requestSignal));
        }
        catch (error) {
            if (statusCodeOf(error) === 409 && attempt < FORCE_SYNC_ATTEMPTS)
                continue;
            throw explainApiError(error, { step: 'sync', target, verb: 'patch', resource: ESO_RESOURCE, namespace: ref.namespace, missing: `the ExternalSecret ${ref.namespace}/${ref.name} no longer exists.` }, cluster.server);
        }
        core/* info */.pq(`${target}: set ${FORCE_SYNC_ANNOTATION}=${value} (syncedResourceVersion was ${before || 'empty'})`);
        return { before, readyBefore, annotatedAt: new Date(), value };
    }
}
/**
 * Forces every ExternalSecret, in input order. One controlled by a
 * ClusterExternalSecret is forced through its owner, once per owner: the CES
 * controller resets the annotations of the ExternalSecrets it owns and copies
 * only the owner's force-sync down (clusterexternalsecret_controller.go,
 * createOrUpdateExternalSecret, since ESO v0.20.0). Each one's state is read
 * before the owner is annotated, so a sync that lands at once still counts.
 */
async function forceSyncAll(cluster, externalSecrets, runId, options = {}) {
    const owners = [...new Set(externalSecrets.map((es) => es.clusterOwner).filter((owner) => owner !== undefined))];
    const befores = new Map();
    for (const es of externalSecrets.filter((record) => record.clusterOwner !== undefined)) {
        const current = await readExternalSecret(cluster, es.ref, 'sync', options.signal);
        befores.set(es, { before: current.status?.syncedResourceVersion ?? '', readyBefore: readyConditionOf(current) });
    }
    const ownerValues = new Map();
    for (const owner of owners) {
        const value = await forceClusterSync(cluster, owner, runId, options.signal);
        ownerValues.set(owner, { value, annotatedAt: new Date() });
    }
    return Promise.all(externalSecrets.map(async (es) => {
        const owned = es.clusterOwner === undefined ? undefined : ownerValues.get(es.clusterOwner);
        const before = befores.get(es);
        if (owned && before)
            return { ...before, ...owned };
        return forceSync(cluster, es, runId, options);
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
    const judge = (externalSecret) => {
        const verdict = judgeSync(externalSecret, start, {
            now: Date.now(),
            failingSince,
            namespace: ref.namespace,
            name: ref.name,
            secretName: options.secretName ?? externalSecret.spec?.target?.name ?? ref.name,
        });
        if (verdict.kind === 'done') {
            const { syncedResourceVersion, refreshTime } = verdict;
            return { kind: 'done', result: { ref, observedAt: new Date(), refreshTime, syncedResourceVersion } };
        }
        if (verdict.kind === 'failed')
            return { kind: 'failed', error: new errors/* StepError */.zg('sync', target, verdict.blocker.reason, verdict.blocker.next) };
        failingSince = verdict.failingSince;
        lastFailure = verdict.failingSince === undefined ? undefined : readyConditionOf(externalSecret)?.message || 'no message';
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
                return (await getExternalSecret(cluster, ref, signal));
            }
            catch (error) {
                if (statusCodeOf(error) === 404)
                    return undefined;
                throw error;
            }
        },
        judge,
        whenGone: () => new errors/* StepError */.zg('sync', target, 'the ExternalSecret was deleted while waiting for it to sync.', 'Find out what deleted it and recreate it; SSM already holds the new token.'),
        whenTimedOut: (last) => new errors/* StepError */.zg('sync', target, lastFailure
            ? `External Secrets Operator failed to sync it and was still failing at sync-timeout (${formatDuration(options.timeoutMs)}): ${lastFailure}.`
            : `External Secrets Operator did not sync it within ${formatDuration(options.timeoutMs)}; last seen: ${last ?? 'nothing'}.`, `Check that the ESO controller is running and read its events (kubectl -n ${ref.namespace} describe externalsecret ${ref.name}), or raise sync-timeout.`),
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
 * Reads the SecretStore / ClusterSecretStore the ExternalSecret uses. Where
 * RBAC forbids it, warns and returns undefined: the store check is optional.
 */
async function readStore(cluster, ref, es, signal) {
    const kind = es.spec?.secretStoreRef?.kind || 'SecretStore';
    const name = es.spec?.secretStoreRef?.name ?? '';
    const clusterScoped = kind === 'ClusterSecretStore';
    const described = `${kind} ${clusterScoped ? name : `${ref.namespace}/${name}`}`;
    try {
        const object = (await withRetries(cluster.tuning, { signal, doing: `reading ${described}` }, (requestSignal) => clusterScoped
            ? cluster.custom.getClusterCustomObject({ group: ESO_GROUP, version: 'v1', plural: 'clustersecretstores', name }, requestOptions(requestSignal))
            : cluster.custom.getNamespacedCustomObject({ group: ESO_GROUP, version: 'v1', namespace: ref.namespace, plural: 'secretstores', name }, requestOptions(requestSignal))));
        return { object, name: described };
    }
    catch (error) {
        if (statusCodeOf(error) === 403) {
            core/* warning */.$e(`${esTarget(ref)}: cannot read its ${described} (RBAC forbids get), so the store's provider and region are not checked.`);
            return undefined;
        }
        throw explainApiError(error, {
            step: 'preflight',
            target: esTarget(ref),
            verb: 'get',
            resource: `${clusterScoped ? 'clustersecretstores' : 'secretstores'}.${ESO_GROUP}`,
            namespace: clusterScoped ? '' : ref.namespace,
            missing: `its ${described} does not exist, so External Secrets Operator cannot sync it.`,
            missingNext: 'Create the store or fix spec.secretStoreRef.',
        }, cluster.server);
    }
}
/**
 * Preflight for one ExternalSecret: it exists at v1, a forced sync can
 * happen and reaches the target, and (given checks) it reads this parameter
 * from AWS Parameter Store in this region.
 */
async function inspectExternalSecret(cluster, ref, checks, verifySecretKey, signal) {
    const externalSecret = await readExternalSecret(cluster, ref, 'preflight', signal);
    const interval = externalSecret.spec?.refreshInterval;
    const blocker = refreshBlocker(externalSecret, interval === undefined ? undefined : parseGoDuration(interval));
    if (blocker)
        throw refuse(ref, blocker);
    const unverifiable = verifySecretKey === undefined ? undefined : verifyBlocker(externalSecret, verifySecretKey);
    if (unverifiable)
        throw refuse(ref, unverifiable);
    if (checks) {
        const store = await readStore(cluster, ref, externalSecret, signal);
        let prefix = '';
        if (store) {
            const verdict = storeVerdict(store.object, store.name, checks.region);
            if ('blocker' in verdict)
                throw refuse(ref, verdict.blocker);
            prefix = verdict.prefix;
        }
        const reads = parameterReads(externalSecret, checks.parameterName, prefix);
        const unread = readBlocker(reads, checks.parameterName, checks.versionLabels, prefix);
        if (unread && (store || reads.length > 0))
            throw refuse(ref, unread);
        if (unread)
            core/* warning */.$e(`${esTarget(ref)}: no entry reads ${checks.parameterName} without a store prefix, and its store could not be read to learn the prefix.`);
    }
    const owner = clusterOwnerOf(externalSecret);
    return {
        ref,
        targetSecret: { namespace: ref.namespace, name: externalSecret.spec?.target?.name || ref.name },
        syncedResourceVersion: externalSecret.status?.syncedResourceVersion ?? '',
        refreshPolicy: externalSecret.spec?.refreshPolicy || 'Periodic',
        refreshInterval: interval === undefined ? '' : String(interval),
        ready: readyConditionOf(externalSecret),
        creationPolicy: externalSecret.spec?.target?.creationPolicy || 'Owner',
        ...(owner !== undefined ? { clusterOwner: owner } : {}),
    };
}

;// CONCATENATED MODULE: ./src/kube/reloader.ts
/** Stakater Reloader's default annotation names (internal/pkg/config DefaultAnnotations). */
const RELOADER_ANNOTATIONS = {
    auto: 'reloader.stakater.com/auto',
    secretAuto: 'secret.reloader.stakater.com/auto',
    secretReload: 'secret.reloader.stakater.com/reload',
    secretExclude: 'secrets.exclude.reloader.stakater.com/reload',
    search: 'reloader.stakater.com/search',
};
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
    const inVolumes = (spec.volumes ?? []).some((volume) => volume.secret?.secretName === secret ||
        (volume.projected?.sources ?? []).some((source) => source.secret?.name === secret));
    return inContainers || inVolumes;
}

// EXTERNAL MODULE: ./src/token.ts
var token = __webpack_require__(4606);
;// CONCATENATED MODULE: ./src/kube/secrets.ts





const secretTarget = (ref) => (0,targets/* describeRef */.R)({ ...ref, kind: 'Secret' });
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
    }, options.signal, (requestSignal) => cluster.core.readNamespacedSecret({ name: secret.name, namespace: secret.namespace }, requestOptions(requestSignal)));
    const encoded = found.data?.[key];
    if (encoded === undefined) {
        const keys = Object.keys(found.data ?? {});
        throw new errors/* StepError */.zg('verify', target, `the Secret has no key "${key}" (its keys: ${keys.length > 0 ? keys.join(', ') : 'none'}).`, "Set verify-secret-key to the key the ExternalSecret writes (spec.data[].secretKey), or fix the ExternalSecret.");
    }
    const actual = (0,token/* fingerprint */.Rj)(Buffer.from(encoded, 'base64').toString('utf8'));
    if (actual !== expectedFingerprint) {
        throw new errors/* StepError */.zg('verify', target, `key "${key}" holds a value with fingerprint ${actual} but the new token's is ${expectedFingerprint}.`, 'External Secrets Operator synced another value: check that the ExternalSecret reads this parameter (remoteRef.key) without a pinned version.');
    }
    core/* info */.pq(`${target}: key "${key}" holds the new token (${actual})`);
}
/**
 * Confirms the credentials may read the Secret (`get secrets`) without
 * fetching its data: the request asks for metadata only. Returns undefined when
 * the Secret does not exist yet (ESO creates it on the first sync); else its owner references.
 */
async function checkSecretReadable(cluster, secret, signal) {
    const target = secretTarget(secret);
    try {
        const partial = await withRetries(cluster.tuning, { signal, doing: `reading ${target}` }, (requestSignal) => cluster.core.readNamespacedSecret({ name: secret.name, namespace: secret.namespace }, requestOptions(requestSignal, {
            Accept: 'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1, application/json;q=0.9',
        })));
        // PartialObjectMetadata: only metadata comes back, never the data.
        return { ownerReferences: partial.metadata?.ownerReferences ?? [] };
    }
    catch (error) {
        if (statusCodeOf(error) === 404) {
            core/* info */.pq(`${target}: does not exist yet; External Secrets Operator creates it on sync`);
            return undefined;
        }
        throw explainApiError(error, { step: 'preflight', target, verb: 'get', resource: 'secrets', namespace: secret.namespace }, cluster.server);
    }
}

;// CONCATENATED MODULE: ./src/kube/rollout-status.ts
const waiting = (message) => ({ state: 'waiting', message });
const done = (message) => ({ state: 'done', message });
const failed = (message) => ({ state: 'failed', message });
/**
 * The rules of `kubectl rollout status` (k8s.io/kubectl polymorphichelpers
 * rollout_status.go), message for message.
 */
function rolloutStatus(kind, object) {
    switch (kind) {
        case 'Deployment':
            return deploymentStatus(object);
        case 'StatefulSet':
            return statefulSetStatus(object);
        case 'DaemonSet':
            return daemonSetStatus(object);
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
};
const workloadResource = (kind) => `${PLURALS[kind]}.apps`;
const workloadTarget = (ref) => (0,targets/* describeRef */.R)(ref);
const kindWord = (kind) => kind.toLowerCase();
/** The typed apps/v1 calls for one kind, so the rest of the module is kind-agnostic. */
function appsCalls(cluster, ref) {
    const { name, namespace } = ref;
    switch (ref.kind) {
        case 'Deployment':
            return {
                read: (options) => cluster.apps.readNamespacedDeployment({ name, namespace }, options),
                patch: (body, options) => cluster.apps.patchNamespacedDeployment({ name, namespace, body, fieldManager: 'rotate-deploy-token' }, options),
            };
        case 'StatefulSet':
            return {
                read: (options) => cluster.apps.readNamespacedStatefulSet({ name, namespace }, options),
                patch: (body, options) => cluster.apps.patchNamespacedStatefulSet({ name, namespace, body, fieldManager: 'rotate-deploy-token' }, options),
            };
        case 'DaemonSet':
            return {
                read: (options) => cluster.apps.readNamespacedDaemonSet({ name, namespace }, options),
                patch: (body, options) => cluster.apps.patchNamespacedDaemonSet({ name, namespace, body, fieldManager: 'rotate-deploy-token' }, options),
            };
    }
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
    return callApi(cluster.tuning, cluster.server, purposeFor(ref, step, 'get'), signal, (requestSignal) => calls.read(requestOptions(requestSignal)));
}
/**
 * Restarts a workload as `kubectl rollout restart` does: a strategic merge
 * patch of the pod template's restartedAt annotation. Returns the generation
 * the patch produced, which the rollout must reach.
 */
async function restartWorkload(cluster, ref, restartedAt, options = {}) {
    const calls = appsCalls(cluster, ref);
    const body = { spec: { template: { metadata: { annotations: { [RESTARTED_AT_ANNOTATION]: restartedAt } } } } };
    const patched = await callApi(cluster.tuning, cluster.server, purposeFor(ref, 'restart', 'patch'), options.signal, (requestSignal) => calls.patch(body, requestOptions(requestSignal, { 'Content-Type': dist/* PatchStrategy */.Qve.StrategicMergePatch })));
    const generation = patched.metadata?.generation ?? 0;
    core/* info */.pq(`${workloadTarget(ref)}: set ${RESTARTED_AT_ANNOTATION}=${restartedAt} (generation ${generation})`);
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
        collectionPath: `/apis/apps/v1/namespaces/${encodeURIComponent(ref.namespace)}/${PLURALS[ref.kind]}`,
        name: ref.name,
        purpose: { step: 'rollout', target, resource: workloadResource(ref.kind), namespace: ref.namespace },
        doing: `waiting for ${target} to roll out`,
        timeoutMs: options.timeoutMs,
        signal: options.signal,
        read: async (signal) => {
            try {
                return await calls.read(requestOptions(signal));
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
                    error: new errors/* StepError */.zg('rollout', target, `${status.message}.`, `Inspect the new pods (kubectl -n ${ref.namespace} describe ${kindWord(ref.kind)} ${ref.name}; kubectl -n ${ref.namespace} get pods); SSM and the Secret already hold the new token.`),
                };
            }
            if (status.state === 'waiting')
                return { kind: 'waiting', status: status.message };
            return { kind: 'done', result: { message: status.message, generation, observedAt: new Date() } };
        },
        whenGone: () => new errors/* StepError */.zg('rollout', target, `the ${kindWord(ref.kind)} was deleted while its rollout was in progress.`, 'Find out what deleted it; SSM and the Secret already hold the new token, so a recreated workload reads it.'),
        whenTimedOut: (last) => minGeneration !== undefined && generationSeen < minGeneration
            ? new errors/* StepError */.zg('rollout', target, `Stakater Reloader did not start a rollout within ${formatDuration(options.timeoutMs)} (generation is still ${generationSeen}, expected ${minGeneration}).`, `Check that Reloader is running and watches namespace ${ref.namespace}, or remove its annotation so this action restarts the workload itself.`)
            : new errors/* StepError */.zg('rollout', target, `the rollout did not finish within ${formatDuration(options.timeoutMs)}; last status: ${last ?? 'none'}.`, `Inspect the pods (kubectl -n ${ref.namespace} rollout status ${kindWord(ref.kind)}/${ref.name}), or raise rollout-timeout.`),
    });
}

;// CONCATENATED MODULE: ./src/kube/preflight.ts











/**
 * Read-only checks before anything is written: every ExternalSecret exists at
 * external-secrets.io/v1 and lets a forced sync happen; every workload exists,
 * is not paused and can be rolled; the target Secrets are readable when the
 * run verifies them; and (where the API server answers
 * SelfSubjectAccessReviews) the credentials hold the verbs the later steps need.
 */
async function preflightCluster(cluster, plan, options = {}) {
    const { signal } = options;
    const externalSecrets = [];
    for (const { ref, viaCluster } of await expandEntries(cluster, plan.externalSecrets, signal)) {
        const record = await inspectExternalSecret(cluster, ref, plan.checks, plan.verifySecretKey, signal);
        if (viaCluster !== undefined && record.clusterOwner !== viaCluster) {
            throw new errors/* StepError */.zg('preflight', (0,targets/* describeRef */.R)({ ...ref, kind: 'ExternalSecret' }), `the ClusterExternalSecret ${viaCluster} lists namespace ${ref.namespace}, but this ExternalSecret is not controlled by it.`, 'Remove or rename the ExternalSecret that is in the way, then let the ClusterExternalSecret provision it.');
        }
        externalSecrets.push(record);
        core/* info */.pq(`${(0,targets/* describeRef */.R)({ ...ref, kind: 'ExternalSecret' })}: writes Secret ${record.targetSecret.name}, refreshPolicy ${record.refreshPolicy}` +
            `${record.refreshInterval ? `, refreshInterval ${record.refreshInterval}` : ''}, syncedResourceVersion ${record.syncedResourceVersion || 'empty'}` +
            `${record.clusterOwner ? `, forced through ClusterExternalSecret ${record.clusterOwner}` : ''}`);
        if (record.ready?.status === 'False') {
            core/* warning */.$e(`${(0,targets/* describeRef */.R)({ ...ref, kind: 'ExternalSecret' })} is already failing (${record.ready.reason}: ${record.ready.message}); the forced sync may fail too.`);
        }
    }
    const workloads = [];
    for (const ref of plan.restart) {
        const workload = await readWorkload(cluster, ref, 'preflight', signal);
        const target = (0,targets/* describeRef */.R)(ref);
        if (ref.kind === 'Deployment' && workload.spec?.paused === true) {
            throw new errors/* StepError */.zg('preflight', target, 'the deployment is paused (spec.paused: true), so a restart would not roll out.', `Resume it (kubectl -n ${ref.namespace} rollout resume deployment/${ref.name}) or remove it from the restart input.`);
        }
        const strategy = workload.spec?.updateStrategy?.type;
        if (ref.kind !== 'Deployment' && strategy === 'OnDelete') {
            throw new errors/* StepError */.zg('preflight', target, `the ${ref.kind.toLowerCase()} uses the OnDelete update strategy, so changing its pod template restarts no pod.`, 'Switch it to RollingUpdate, or remove it from the restart input and delete its pods yourself.');
        }
        const secretsHere = externalSecrets
            .filter((record) => record.targetSecret.namespace === ref.namespace)
            .map((record) => record.targetSecret.name);
        const reloader = reloaderManagement(workload, secretsHere);
        const generation = workload.metadata?.generation ?? 0;
        workloads.push({ ref, generation, reloaderManaged: reloader !== undefined, reloader });
        core/* info */.pq(`${target}: generation ${generation}${reloader ? `, restarted by Stakater Reloader (${reloader.annotation}) when Secret ${reloader.secret} changes` : ''}`);
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
    return { externalSecrets, workloads, readableSecrets, beforeWrite: plan.beforeWrite === true };
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
                group: 'apps',
                plural: workloadResource(ref.kind).replace(/\.apps$/, ''),
                name: ref.name,
            });
        }
    }
    return needs;
}
/**
 * Asks the API server whether the credentials may do what the later steps
 * will do, so a missing verb fails here, before SSM is written. Creating a
 * SelfSubjectAccessReview stores nothing. A server that does not answer them
 * is not an error: the steps themselves still name a missing verb.
 */
async function checkAccess(cluster, needs, signal) {
    for (const need of needs) {
        let allowed;
        try {
            const review = await withRetries(cluster.tuning, { signal, doing: 'checking RBAC' }, (requestSignal) => cluster.authorization.createSelfSubjectAccessReview({
                body: {
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
                },
            }, requestOptions(requestSignal)));
            allowed = review.status?.allowed === true;
        }
        catch (error) {
            if (error instanceof Error && error.name === 'CancelledError')
                throw error;
            core/* debug */.Yz(`RBAC self-check unavailable (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); skipping it`);
            return;
        }
        if (!allowed)
            throw missingVerbError(need.purpose);
    }
}

;// CONCATENATED MODULE: ./src/kube/index.ts
/**
 * The Kubernetes side of a rotation: connect, preflight, force the ESO sync
 * and wait for it, verify the Secret, restart workloads and wait for their
 * rollouts. Loaded with a dynamic import() only when the gate is used, so an
 * SSM-only run never loads @kubernetes/client-node.
 */








/***/ })

};
