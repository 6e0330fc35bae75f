import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   zg: () => (/* binding */ StepError)
/* harmony export */ });
/**
 * A failure the user can act on: which step, which target, the cause in one
 * sentence and what to do next. Its message never holds a token value.
 */
class StepError extends Error {
    step;
    target;
    reason;
    next;
    constructor(step, target, reason, next) {
        super(`${step} ${target}: ${reason}${next ? ` ${next}` : ''}`);
        this.name = 'StepError';
        this.step = step;
        this.target = target;
        this.reason = reason;
        this.next = next;
    }
}
/** A bad input: one sentence naming the input, the problem and the accepted form. */
class InputError extends Error {
    input;
    constructor(input, sentence) {
        super(sentence);
        this.name = 'InputError';
        this.input = input;
    }
}
/** The run was cancelled (SIGTERM/SIGINT) while it waited. */
class CancelledError extends Error {
    constructor(what) {
        super(`cancelled while ${what}`);
        this.name = 'CancelledError';
    }
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9075);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 46:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I7: () => (/* binding */ clusterForceSyncCommand),
/* harmony export */   Ou: () => (/* binding */ CES_FORCE_SYNC_ANNOTATION),
/* harmony export */   a6: () => (/* binding */ clusterForceSyncValue),
/* harmony export */   xt: () => (/* binding */ clusterForceSyncPatch)
/* harmony export */ });
// How a ClusterExternalSecret passes a forced sync down to the ExternalSecrets it owns,
// on both ESO lines, as a pure rule. The I/O is in clusterexternalsecrets.ts.
/**
 * The annotation ESO's ClusterExternalSecret controller mirrors onto every
 * ExternalSecret it owns, since v0.20.0 (esv1.AnnotationForceSync,
 * apis/externalsecrets/v1/externalsecret_types.go). Plain `force-sync` on a
 * ClusterExternalSecret is ignored by every release.
 */
const CES_FORCE_SYNC_ANNOTATION = 'external-secrets.io/force-sync';
/**
 * The merge patch that forces a sync through a ClusterExternalSecret on every
 * ESO release the action supports. createOrUpdateExternalSecret
 * (pkg/controllers/clusterexternalsecret/clusterexternalsecret_controller.go)
 * sets each owned ExternalSecret's annotations to
 * spec.externalSecretMetadata.annotations:
 * - v0.16.2 to v0.19.x copy nothing else, and the controller Owns(ExternalSecret),
 *   so an annotation written on the ExternalSecret itself is reset at once; if
 *   the reset lands before the ExternalSecret controller's worker reaches it,
 *   the metadata hash (GetResourceVersion, pkg/controllers/util/util.go) is
 *   back to the synced one and shouldRefresh says no: the sync is lost. A key
 *   in spec.externalSecretMetadata.annotations is copied down and stays.
 * - v0.20.0 and later also copy the ClusterExternalSecret's own
 *   external-secrets.io/force-sync and delete that key from what they copy
 *   when the ClusterExternalSecret has none, so the spec key alone would be
 *   dropped there: the metadata annotation carries it.
 * Writing both, with one value, changes the owned ExternalSecrets' annotations
 * on either line, which is the change ESO's shouldRefresh acts on.
 */
function clusterForceSyncPatch(value) {
    const annotations = { [CES_FORCE_SYNC_ANNOTATION]: value };
    return { metadata: { annotations }, spec: { externalSecretMetadata: { annotations } } };
}
/** The value last written by clusterForceSyncPatch, or undefined. */
function clusterForceSyncValue(ces) {
    return ces.metadata?.annotations?.[CES_FORCE_SYNC_ANNOTATION] ?? ces.spec?.externalSecretMetadata?.annotations?.[CES_FORCE_SYNC_ANNOTATION];
}
/** The command that does what clusterForceSyncPatch does, for a person to run. */
function clusterForceSyncCommand(name) {
    const value = `{"${CES_FORCE_SYNC_ANNOTATION}":"'$(date +%s)'"}`;
    return `kubectl patch clusterexternalsecret ${name} --type merge -p '{"metadata":{"annotations":${value}},"spec":{"externalSecretMetadata":{"annotations":${value}}}}'`;
}


/***/ }),

/***/ 6159:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ describeRef)
/* harmony export */ });
const describeRef = (ref) => {
    const kindAndName = ref.kind ? `${ref.kind.toLowerCase()}/${ref.name}` : ref.name;
    // A cluster-scoped object (a ClusterExternalSecret) has the empty namespace.
    return ref.namespace === '' ? kindAndName : `${ref.namespace}/${kindAndName}`;
};


/***/ }),

/***/ 9075:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./build/actions-core/actions-core.js
var actions_core = __nccwpck_require__(7895);
// EXTERNAL MODULE: ./src/kube/targets.ts
var targets = __nccwpck_require__(6159);
;// CONCATENATED MODULE: ./src/debug-log.ts

/**
 * The `::debug::` lines the runner shows with ACTIONS_STEP_DEBUG. They say
 * what the run was asked to do and where it stands; they never carry a token
 * (none exists when the inputs are read, and Progress holds only the
 * fingerprint) and never the kubeconfig's content (it holds credentials).
 */
const list = (items) => (items.length === 0 ? 'none' : items.join(', '));
const ms = (value) => `${Math.round(value / 1000)}s`;
function describeConfig(config) {
    const { token } = config;
    return [
        config.setForm ? `inputs: parameters ${list(config.parameters.map((p) => `${p.name}=${p.key}`))}` : `inputs: parameter ${config.parameterName}`,
        `region ${config.region}`,
        `tier ${config.tier ?? 'the tier the parameter has, else Standard'}`,
        `kms-key-id ${config.kmsKeyId ?? 'the key the parameter uses, else alias/aws/ssm'}`,
        config.parameters.some((p) => p.valueFile !== undefined)
            ? `values from files ${list(config.parameters.map((p) => p.valueFile ?? ''))}`
            : `token ${token.bytes} bytes ${token.encoding}${token.prefix === '' ? ' without prefix' : ` prefix ${token.prefix}`}`,
        `tags ${list(config.tags.map((tag) => tag.key))}`,
        `version-labels ${config.versionLabels}`,
        `external-secrets ${list([...(config.discovery?.externalSecrets ? ['auto'] : []), ...config.externalSecrets.map(targets/* describeRef */.R)])}`,
        `verify-secret-key ${config.verifySecretKey ?? 'none'}`,
        `restart ${list([...(config.discovery?.restart ? ['auto'] : []), ...config.restart.map(targets/* describeRef */.R)])}`,
        ...(config.discovery ? [`search-namespaces ${config.discovery.namespaces === '*' ? '*' : config.discovery.namespaces.join(', ')}`] : []),
        `kubeconfig ${config.kubeconfig === undefined ? 'not given' : 'given'}`,
        `kube-context ${config.kubeContext ?? 'current-context'}`,
        `sync-timeout ${ms(config.syncTimeoutMs)}`,
        `rollout-timeout ${ms(config.rolloutTimeoutMs)}`,
        `rollback-on-failure ${config.rollbackOnFailure}`,
        `dry-run ${config.dryRun}`,
    ].join(', ');
}
function describeProgress(progress) {
    const versions = [
        progress.version === undefined ? undefined : `version ${progress.version}`,
        progress.replacedVersion === undefined ? undefined : `replacing ${progress.replacedVersion}`,
    ].filter((part) => part !== undefined);
    return `saved phase ${progress.phase} for the post step${versions.length > 0 ? ` (${versions.join(', ')})` : ''}`;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/discovery-inputs.ts

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const NAMESPACES_FORM = 'one namespace per line (lowercase DNS labels, e.g. prod), or * alone for every namespace';
const fail = (input, sentence) => {
    throw new errors/* InputError */.dz(input, sentence);
};
const lines = (raw) => raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
/** The raw input without its `auto` line, and whether it had one (at most once). */
function takeAuto(input, raw) {
    const all = lines(raw);
    const autos = all.filter((line) => line === 'auto').length;
    if (autos > 1)
        fail(input, `Input ${input} has the line auto ${autos} times: give it once, alone or beside named entries.`);
    return { rest: all.filter((line) => line !== 'auto').join('\n'), auto: autos === 1 };
}
function parseSearchNamespaces(raw, namespace) {
    const given = lines(raw);
    if (given.length === 0)
        return [namespace];
    if (given.includes('*')) {
        if (given.length > 1)
            fail('search-namespaces', `Input search-namespaces has * beside other lines: use ${NAMESPACES_FORM}.`);
        return '*';
    }
    for (const line of given) {
        if (!DNS_LABEL.test(line))
            fail('search-namespaces', `Input search-namespaces has the line ${JSON.stringify(line.slice(0, 80))} that is not a namespace: use ${NAMESPACES_FORM}.`);
    }
    if (new Set(given).size !== given.length)
        fail('search-namespaces', `Input search-namespaces names a namespace twice: use ${NAMESPACES_FORM}, each once.`);
    return given;
}
/**
 * Takes the `auto` lines out of external-secrets and restart (the rest is parsed as named
 * entries, as before) and reads search-namespaces. `discovery` is undefined when neither says auto.
 */
function readDiscovery(read, namespace) {
    const externalSecrets = takeAuto('external-secrets', read('external-secrets'));
    const restart = takeAuto('restart', read('restart'));
    const searchRaw = read('search-namespaces');
    if (!externalSecrets.auto && !restart.auto) {
        if (lines(searchRaw).length > 0) {
            fail('search-namespaces', 'Input search-namespaces is set but neither external-secrets nor restart says auto: add the line auto to one of them, or remove search-namespaces.');
        }
        return { discovery: undefined, externalSecrets: externalSecrets.rest, restart: restart.rest };
    }
    if (restart.auto && !externalSecrets.auto && externalSecrets.rest === '') {
        fail('restart', 'Input restart says auto, which restarts the workloads that use the target Secrets of the external-secrets entries, but external-secrets is empty: add auto or [namespace/]name lines to external-secrets.');
    }
    return {
        discovery: { externalSecrets: externalSecrets.auto, restart: restart.auto, namespaces: parseSearchNamespaces(searchRaw, namespace) },
        externalSecrets: externalSecrets.rest,
        restart: restart.rest,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/token.ts
var src_token = __nccwpck_require__(4606);
;// CONCATENATED MODULE: ./src/value-file.ts




/**
 * A value the job minted (a provider's CLI wrote it to a file) stored instead
 * of a minted token: the value-file input, or a `file=PATH` clause on each line
 * of the parameters input. Reading the file is local, so it happens during
 * input validation, before any request; the value is masked the moment it is
 * decoded. A path is never quoted in a refusal: a value pasted into the input
 * by mistake would otherwise be printed.
 */
/** The clause a parameters line ends with: whitespace, then file=PATH to the end of the line (names and keys hold no whitespace or =). */
const FILE_CLAUSE = /\s+file=/;
/** A parameters line split into its name=output-key part and the path of its file= clause, if any. */
function splitFileClause(line) {
    const clause = FILE_CLAUSE.exec(line);
    if (!clause)
        return { line, file: undefined };
    return { line: line.slice(0, clause.index), file: line.slice(clause.index + clause[0].length).trim() };
}
const value_file_fail = (input, sentence) => {
    throw new errors/* InputError */.dz(input, sentence);
};
const SET_FILES = 'one name=output-key file=PATH per line, e.g. /team/app/fly-token=fly file=${{ runner.temp }}/fly-token';
/**
 * Gives the entries their files and refuses what is ambiguous or contradictory:
 * value-file with a set (which member?), a set where only some lines have a
 * file (a forgotten file= would overwrite a provider's credential with a
 * random token the provider does not know), two members reading one file, and
 * minting inputs changed from their defaults while the value is taken.
 */
function attachValueFiles(read, parameters, setForm) {
    const single = read('value-file').trim();
    const lineFiles = parameters.filter((p) => p.valueFile !== undefined);
    if (single !== '' && setForm) {
        value_file_fail('value-file', `Input value-file takes the value of parameter-name, but parameters is used: give each line of parameters its own file instead (${SET_FILES}).`);
    }
    if (setForm && lineFiles.length > 0 && lineFiles.length < parameters.length) {
        const without = parameters.find((p) => p.valueFile === undefined);
        value_file_fail('parameters', `Input parameters gives a file to some lines but not to ${without.name}: a set takes every value from a file or mints every one, so use ${SET_FILES} on every line, or on none.`);
    }
    const seen = new Map();
    for (const entry of lineFiles) {
        if (entry.valueFile === '')
            value_file_fail('parameters', `Input parameters has a file= clause without a path for ${entry.name}: use ${SET_FILES}.`);
        const path = (0,external_node_path_.resolve)(entry.valueFile);
        const other = seen.get(path);
        if (other !== undefined)
            value_file_fail('parameters', `Input parameters reads one file for both ${other} and ${entry.name}: use ${SET_FILES}, each parameter with its own file.`);
        seen.set(path, entry.name);
    }
    const entries = single === '' ? [...parameters] : [{ ...parameters[0], valueFile: single }];
    if (entries.some((e) => e.valueFile !== undefined))
        refuseMintingInputs(read, single !== '' ? 'value-file' : 'the file= clauses of parameters');
    return entries;
}
// The action.yml defaults of the minting inputs: any other value asks for a token the run will not mint.
function refuseMintingInputs(read, source) {
    const changed = [
        ['token-bytes', (read('token-bytes').trim() || '32') !== '32'],
        ['token-encoding', (read('token-encoding').trim() || 'base64url') !== 'base64url'],
        ['token-prefix', read('token-prefix').trim() !== ''],
    ];
    for (const [input, isChanged] of changed) {
        if (isChanged)
            value_file_fail(input, `Input ${input} shapes a minted token, but the value comes from ${source}, so nothing is minted: remove ${input}, or the file.`);
    }
}
/** The SSM value limit of each tier, in bytes of UTF-8 (a conservative reading of the reference's "4 KB" and "8 KB"). */
const STANDARD_LIMIT = 4096;
const ADVANCED_LIMIT = 8192;
/**
 * AWS API reference, PutParameter: "Standard parameters have a value limit of
 * 4 KB. Advanced parameters have a value limit of 8 KB." (Value), and with
 * Intelligent-Tiering "the parameter is created in the standard-parameter tier"
 * unless an option needs an advanced one, such as "content size ... more than
 * 4 KB" (Tier): so Intelligent-Tiering takes up to 8 KB. An empty tier input
 * keeps the parameter's tier (Standard for a new one), known only after the
 * preflight: validation checks 8 KB, the preflight the tier the write will use.
 */
function tierLimit(tier) {
    return tier === 'Standard' ? STANDARD_LIMIT : ADVANCED_LIMIT;
}
/** Why a value is too large for the tier, and what to do (sentences without the value); tier undefined: the input left empty, before the preflight. */
function tierProblem(value, tier) {
    const size = Buffer.byteLength(value, 'utf8');
    const limit = tierLimit(tier);
    if (size <= limit)
        return undefined;
    return {
        reason: `the value from its file is ${size} bytes of UTF-8, over the ${limit} bytes SSM takes ${tier === undefined ? 'in any tier' : `in the ${tier} tier`}`,
        fix: tier === 'Standard' ? 'set tier to Intelligent-Tiering or Advanced (up to 8192 bytes)' : 'store a shorter value',
    };
}
/** The preflight's check, once the tier the write uses is known: before any write, never naming the value. */
function refuseOversizeValue(value, parameter, tier) {
    const problem = value === undefined ? undefined : tierProblem(value, tier);
    if (problem !== undefined) {
        throw new errors/* StepError */.zg('preflight', parameter, `The ${problem.reason.slice(4)}.`, `${problem.fix.charAt(0).toUpperCase()}${problem.fix.slice(1)}; nothing was written.`);
    }
}
/** Shorter values cannot be kept out of logs (they occur in ordinary text and the fingerprints), and are no credential. */
const MIN_LENGTH = 8;
/**
 * Every form of a taken value to mask: the encodings a minted token gets, its
 * JSON-escaped form (the tokens output of a set holds it that way when it has
 * quotes, backslashes or line breaks), and each line of a multi-line value
 * (the runner masks a secret line by line; a one-line value is its own line).
 */
function valueForms(value) {
    const lines = value.split(/\r?\n/).filter((line) => line.trim().length >= MIN_LENGTH);
    return [...new Set([...(0,src_token/* encodingsToMask */.es)(value), JSON.stringify(value).slice(1, -1), ...lines])];
}
/** The file's text without one trailing line break (what a CLI prints after the value); anything else is kept. */
function dropLineBreak(text) {
    if (text.endsWith('\r\n'))
        return text.slice(0, -2);
    if (text.endsWith('\n'))
        return text.slice(0, -1);
    return text;
}
const fileSystem = {
    size: (path) => {
        const stat = (0,external_node_fs_.statSync)(path);
        return { file: stat.isFile(), bytes: stat.size };
    },
    read: (path) => (0,external_node_fs_.readFileSync)(path),
};
function unreadable(input, where, path, error) {
    const code = error.code ?? 'an error';
    // with: values are not run through a shell: $RUNNER_TEMP stays literal.
    const shell = path.includes('$') ? ' (with: values are not expanded by a shell: write ${{ runner.temp }}, not $RUNNER_TEMP)' : '';
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code})`;
    return value_file_fail(input, `Input ${input}${where} names a file that ${why}${shell}: write the value to a file in an earlier step of this job, e.g. > "$RUNNER_TEMP/token", and give its path.`);
}
/**
 * Reads, masks and checks the value of each entry with a file: the parameter
 * name to its value. `mask` is called for every form of the value before any
 * check can fail. Throws InputError naming the input, never the content.
 */
function takeValues(config, mask, files = fileSystem) {
    const taken = new Map();
    const input = config.setForm ? 'parameters' : 'value-file';
    const limit = tierLimit(config.tier);
    for (const entry of config.parameters) {
        if (entry.valueFile === undefined)
            continue;
        const path = entry.valueFile;
        const where = config.setForm ? ` (the file of ${entry.name})` : '';
        let bytes;
        try {
            const { file, bytes: size } = files.size(path);
            if (!file)
                value_file_fail(input, `Input ${input}${where} names something that is not a regular file: give the path of the file an earlier step wrote the value to.`);
            // Room for the line break that is dropped; a larger file is refused without reading it.
            if (size > limit + 2)
                value_file_fail(input, `Input ${input}${where} names a file of ${size} bytes: SSM takes at most ${limit} bytes ${config.tier === undefined ? 'in any tier' : `in the ${config.tier} tier`}.`);
            bytes = files.read(path);
        }
        catch (error) {
            if (error instanceof errors/* InputError */.dz)
                throw error;
            return unreadable(input, where, path, error);
        }
        let text;
        try {
            text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
        }
        catch {
            return value_file_fail(input, `Input ${input}${where} names a file that is not UTF-8 text: store text; encode a binary secret first (e.g. base64) and write that.`);
        }
        const value = dropLineBreak(text);
        // Blanks are no secret: masking them would hide every space in the log.
        if (value.trim() !== '')
            for (const form of valueForms(value))
                mask(form);
        if (value.trim() === '')
            value_file_fail(input, `Input ${input}${where} names a file that is empty or holds only blanks and a line break: write the value to it, then run this step.`);
        if (Array.from(value).length < MIN_LENGTH) {
            value_file_fail(input, `Input ${input}${where} names a file whose value has fewer than ${MIN_LENGTH} characters: a credential that short cannot be kept out of logs; store a longer one.`);
        }
        const problem = tierProblem(value, config.tier);
        if (problem !== undefined)
            value_file_fail(input, `Input ${input}${where}: ${problem.reason}: ${problem.fix}.`);
        taken.set(entry.name, value);
    }
    return taken;
}

;// CONCATENATED MODULE: ./src/probe-inputs.ts


const PROBE_DEFAULTS = { method: 'GET', header: 'Authorization: Bearer {value}', status: '200-299', timeout: '60s' };
// The methods a health or identity call uses; no body is ever sent.
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
// RFC 9110 section 5.6.2: a field name is a token.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// RFC 9110 section 5.5: visible characters, spaces and tabs; no line breaks.
const HEADER_TEXT = /^[\t\x20-\x7e\x80-\xff]*$/;
const PLACEHOLDER = /\{value(?::([^}]*))?\}/g;
const probe_inputs_fail = (input, sentence) => {
    throw new errors/* InputError */.dz(input, sentence);
};
const quote = (value) => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
/**
 * The probe-* inputs: undefined when probe-url is empty (and every other
 * probe input is left at its default). The value may only go in the header:
 * a URL holding it would end up in proxy and server access logs.
 */
function parseProbe(read, parameters, setForm) {
    const raw = {
        url: read('probe-url').trim(),
        method: read('probe-method').trim(),
        header: read('probe-header').trim(),
        status: read('probe-status').trim(),
        timeout: read('probe-timeout').trim(),
    };
    if (raw.url === '') {
        // The runner fills action.yml's defaults in, so only a changed value shows the probe was meant.
        for (const [field, value] of Object.entries(raw)) {
            if (field !== 'url' && value !== '' && value !== PROBE_DEFAULTS[field]) {
                probe_inputs_fail(`probe-${field}`, `Input probe-${field} is set but probe-url is empty, so there is nothing to test: give probe-url (an http or https URL of the service) or leave probe-${field} at its default.`);
            }
        }
        return undefined;
    }
    const header = parseHeader(raw.header || PROBE_DEFAULTS.header, parameters, setForm);
    const statusText = raw.status || PROBE_DEFAULTS.status;
    return {
        url: parseUrl(raw.url),
        method: parseMethod(raw.method || PROBE_DEFAULTS.method),
        header: header.header,
        parameter: header.parameter,
        accepted: parseStatus(statusText),
        timeoutMs: parseDuration('probe-timeout', raw.timeout || PROBE_DEFAULTS.timeout),
        statusText,
    };
}
function parseUrl(raw) {
    const form = 'an http:// or https:// URL of the service without credentials or the value, e.g. https://api.example.com/v1/whoami';
    if (/\{value|%7bvalue/i.test(raw)) {
        probe_inputs_fail('probe-url', `Input probe-url holds {value}, but URLs end up in proxy and server logs: put the value in probe-header and give ${form}.`);
    }
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return probe_inputs_fail('probe-url', `Input probe-url ${quote(raw)} is not a URL: use ${form}.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        probe_inputs_fail('probe-url', `Input probe-url uses ${url.protocol.slice(0, -1)}: use ${form}.`);
    if (url.username !== '' || url.password !== '')
        probe_inputs_fail('probe-url', `Input probe-url holds a user name or password, which would end up in logs: use ${form}.`);
    return url.href;
}
function parseMethod(raw) {
    const method = raw.toUpperCase();
    if (!METHODS.includes(method))
        probe_inputs_fail('probe-method', `Input probe-method ${quote(raw)} is not a method the test sends: use one of ${METHODS.join(', ')}.`);
    return method;
}
/** `Name: text {value} text`: exactly one placeholder, which for a set names a member by its output key. */
function parseHeader(raw, parameters, setForm) {
    const form = setForm
        ? 'Name: text with one {value:KEY}, KEY an output key of the parameters input, e.g. Authorization: Bearer {value:api}'
        : 'Name: text with one {value}, e.g. Authorization: Bearer {value}';
    const colon = raw.indexOf(':');
    const name = colon < 0 ? '' : raw.slice(0, colon).trim();
    const text = colon < 0 ? '' : raw.slice(colon + 1).trim();
    if (!HEADER_NAME.test(name) || !HEADER_TEXT.test(text))
        probe_inputs_fail('probe-header', `Input probe-header ${quote(raw)} is not a header line: use ${form}.`);
    const placeholders = [...text.matchAll(PLACEHOLDER)];
    if (placeholders.length !== 1) {
        probe_inputs_fail('probe-header', `Input probe-header ${placeholders.length === 0 ? 'has no {value}, so the test would not use the new secret' : 'holds more than one {value}'}: use ${form}.`);
    }
    const match = placeholders[0];
    const key = match[1];
    let parameter = parameters[0].name;
    if (setForm) {
        if (key === undefined)
            probe_inputs_fail('probe-header', `Input probe-header uses {value}, but with the parameters input it must say which one: use ${form}.`);
        const member = parameters.find((p) => p.key === key);
        if (!member)
            probe_inputs_fail('probe-header', `Input probe-header names {value:${key}}, but no parameter has the output key ${quote(key ?? '')}: use ${form}.`);
        parameter = member.name;
    }
    else if (key !== undefined) {
        probe_inputs_fail('probe-header', `Input probe-header names {value:${key}}, but keys name the members of the parameters input: use ${form}.`);
    }
    return { header: { name, before: text.slice(0, match.index), after: text.slice(match.index + match[0].length) }, parameter };
}
/** `200-299,401`: status codes and inclusive ranges from 100 to 599, comma separated. */
function parseStatus(raw) {
    const form = 'status codes and ranges from 100 to 599, comma separated, e.g. 200-299 or 200-299,401';
    const ranges = [];
    for (const part of raw.split(',')) {
        const match = /^\s*(\d{3})(?:\s*-\s*(\d{3}))?\s*$/.exec(part);
        if (!match)
            return probe_inputs_fail('probe-status', `Input probe-status ${quote(raw)} has ${quote(part.trim())}, which is not a status or a range: use ${form}.`);
        const low = Number(match[1]);
        const high = Number(match[2] ?? match[1]);
        if (low < 100 || high > 599 || low > high)
            probe_inputs_fail('probe-status', `Input probe-status ${quote(raw)} has the range ${quote(part.trim())}, which is out of order or outside 100-599: use ${form}.`);
        ranges.push([low, high]);
    }
    return ranges;
}
/** True when a status is one of the accepted ones. */
const accepts = (accepted, status) => accepted.some(([low, high]) => status >= low && status <= high);

;// CONCATENATED MODULE: ./src/inputs.ts




/** True when the run needs a Kubernetes connection at all. */
const usesCluster = (config) => config.externalSecrets.length > 0 || config.restart.length > 0 || config.discovery !== undefined;
const inputs_fail = (input, sentence) => {
    throw new errors/* InputError */.dz(input, sentence);
};
const inputs_quote = (value) => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
// SSM: letters, digits and _.-/ ; a hierarchical name starts with '/'; no aws/ssm prefix.
function parseParameterName(raw, input = 'parameter-name', where = `Input ${input}`) {
    const name = raw.trim();
    if (name === '')
        inputs_fail(input, 'Input parameter-name is required: give the SSM parameter name, e.g. /team/app/deploy-token.');
    const form = 'letters, digits and _ . - / only, at most 1011 characters, starting with / when it has a path, e.g. /team/app/deploy-token';
    if (name.length > 1011 || !/^[A-Za-z0-9_.\-/]+$/.test(name)) {
        inputs_fail(input, `${where} ${inputs_quote(name)} is not a valid SSM parameter name: use ${form}.`);
    }
    if (name.includes('/') && !name.startsWith('/')) {
        inputs_fail(input, `${where} ${inputs_quote(name)} has a path but does not start with /: use ${form}.`);
    }
    if (name.endsWith('/') || name.includes('//')) {
        inputs_fail(input, `${where} ${inputs_quote(name)} has an empty path segment: use ${form}.`);
    }
    const segments = name.split('/').filter((s) => s !== '');
    if (segments.length > 15) {
        inputs_fail(input, `${where} ${inputs_quote(name)} has ${segments.length} levels but SSM allows at most 15: use ${form}.`);
    }
    if (/^(aws|ssm)/i.test(segments[0] ?? '')) {
        inputs_fail(input, `${where} ${inputs_quote(name)} starts with a reserved prefix (aws or ssm): use ${form}.`);
    }
    return name;
}
const SET_FORM = 'one name=output-key per line, e.g. /team/app/datastore-token=datastore, with output keys of letters, digits and _';
/** The parameters input: the set form, exclusive with parameter-name. Undefined when it is not used. */
function parseParameters(raw, single) {
    if (raw.trim() === '')
        return undefined;
    if (single.trim() !== '') {
        inputs_fail('parameters', 'Inputs parameter-name and parameters cannot be used together: give one SSM parameter in parameter-name, or several in parameters as one name=output-key per line.');
    }
    const entries = [];
    for (const whole of inputs_lines(raw)) {
        const { line, file } = splitFileClause(whole);
        const eq = line.lastIndexOf('=');
        const key = eq < 0 ? '' : line.slice(eq + 1).trim();
        if (eq <= 0 || !/^[A-Za-z0-9_]{1,64}$/.test(key)) {
            inputs_fail('parameters', `Input parameters has the line ${inputs_quote(line)} that is not name=output-key: use ${SET_FORM}.`);
        }
        const name = parseParameterName(line.slice(0, eq), 'parameters', 'Input parameters: the name');
        if (entries.some((e) => e.name === name))
            inputs_fail('parameters', `Input parameters names ${inputs_quote(name)} twice: use ${SET_FORM}, each parameter once.`);
        if (entries.some((e) => e.key === key))
            inputs_fail('parameters', `Input parameters gives the output key ${inputs_quote(key)} twice: use ${SET_FORM}, each key once.`);
        entries.push({ name, key, ...(file !== undefined ? { valueFile: file } : {}) });
    }
    if (entries.length === 0)
        inputs_fail('parameters', `Input parameters lists no parameter: use ${SET_FORM}.`);
    return entries;
}
function parseRegion(raw, env) {
    const region = raw.trim() || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '';
    if (region === '') {
        inputs_fail('aws-region', 'Input aws-region is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set: give a region such as us-east-1.');
    }
    if (!/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(region)) {
        inputs_fail('aws-region', `Input aws-region ${inputs_quote(region)} is not an AWS region name: use a form like us-east-1 or eu-central-2.`);
    }
    return region;
}
function parseKmsKeyId(raw) {
    const key = raw.trim();
    if (key === '')
        return undefined;
    const forms = [
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, // key id
        /^mrk-[0-9a-f]{32}$/, // multi-Region key id
        /^alias\/[A-Za-z0-9/_-]{1,250}$/, // alias name
        /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/(mrk-)?[0-9a-f-]{32,36}|alias\/[A-Za-z0-9/_-]{1,250})$/, // key or alias ARN
    ];
    if (!forms.some((form) => form.test(key))) {
        inputs_fail('kms-key-id', `Input kms-key-id ${inputs_quote(key)} is not a KMS key reference: use a key id (1234abcd-12ab-34cd-56ef-1234567890ab), a key ARN, an alias (alias/my-key) or an alias ARN.`);
    }
    return key;
}
function parseTier(raw) {
    if (raw.trim() === '')
        return undefined;
    const tiers = ['Standard', 'Advanced', 'Intelligent-Tiering'];
    const tier = tiers.find((t) => t.toLowerCase() === raw.trim().toLowerCase());
    return (tier ??
        inputs_fail('tier', `Input tier ${inputs_quote(raw.trim())} is not an SSM tier: use Standard, Advanced or Intelligent-Tiering, or leave it empty to keep the parameter's tier.`));
}
function parseDescription(raw) {
    const description = raw.trim();
    if (description === '')
        return undefined;
    if (description.length > 1024) {
        inputs_fail('description', `Input description is ${description.length} characters long: use at most 1024 characters.`);
    }
    return description;
}
const inputs_lines = (raw) => raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
function parseTags(raw) {
    const tags = [];
    const form = 'one key=value per line, keys of 1-128 and values of at most 256 letters, digits, spaces and _ . : / = + - @';
    for (const line of inputs_lines(raw)) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            inputs_fail('tags', `Input tags has the line ${inputs_quote(line)} without a key=value pair: use ${form}.`);
        const key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        const allowed = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
        if (key.length > 128 || !allowed.test(key) || value.length > 256 || !allowed.test(value)) {
            inputs_fail('tags', `Input tags has the line ${inputs_quote(line)} with a key or value SSM does not accept: use ${form}.`);
        }
        if (/^aws:/i.test(key))
            inputs_fail('tags', `Input tags has the key ${inputs_quote(key)} with the reserved prefix aws: : use ${form}.`);
        if (tags.some((t) => t.key === key))
            inputs_fail('tags', `Input tags names the key ${inputs_quote(key)} twice: use ${form}, each key once.`);
        tags.push({ key, value });
    }
    if (tags.length > 50)
        inputs_fail('tags', `Input tags has ${tags.length} tags: SSM allows at most 50 (${form}).`);
    return tags;
}
function parseTokenBytes(raw) {
    const text = raw.trim();
    const bytes = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
    if (!(bytes >= 16 && bytes <= 1024)) {
        inputs_fail('token-bytes', `Input token-bytes ${inputs_quote(text)} is not a whole number from 16 to 1024: use e.g. 32 (256 bits).`);
    }
    return bytes;
}
function parseTokenEncoding(raw) {
    const encoding = raw.trim();
    if (encoding === 'base64url' || encoding === 'hex' || encoding === 'alphanumeric')
        return encoding;
    return inputs_fail('token-encoding', `Input token-encoding ${inputs_quote(encoding)} is not supported: use base64url, hex or alphanumeric.`);
}
function parseTokenPrefix(raw) {
    const prefix = raw.trim();
    if (!/^[A-Za-z0-9_-]{0,32}$/.test(prefix)) {
        inputs_fail('token-prefix', `Input token-prefix ${inputs_quote(prefix)} is not allowed: use at most 32 characters of A-Z a-z 0-9 _ -.`);
    }
    return prefix;
}
// The YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
function parseBoolean(input, raw) {
    const text = raw.trim();
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE'].includes(text))
        return false;
    return inputs_fail(input, `Input ${input} ${inputs_quote(text)} is not a boolean: use true or false.`);
}
const inputs_DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function parseNamespace(raw) {
    const namespace = raw.trim();
    if (!inputs_DNS_LABEL.test(namespace)) {
        inputs_fail('namespace', `Input namespace ${inputs_quote(namespace)} is not a Kubernetes namespace name: use at most 63 lowercase letters, digits and -, e.g. default.`);
    }
    return namespace;
}
function parseExternalSecrets(raw, namespace) {
    const form = 'one [namespace/]name or clusterexternalsecret/name per line, e.g. prod/backend-token, with lowercase DNS names';
    const refs = [];
    for (const line of inputs_lines(raw)) {
        const parts = line.split('/');
        if (parts.length === 2 && parts[0] === 'clusterexternalsecret') {
            const name = parts[1] ?? '';
            if (!DNS_SUBDOMAIN.test(name)) {
                inputs_fail('external-secrets', `Input external-secrets has the line ${inputs_quote(line)} whose ClusterExternalSecret name is not a lowercase DNS name: use ${form}.`);
            }
            if (refs.some((r) => r.kind === 'ClusterExternalSecret' && r.name === name)) {
                inputs_fail('external-secrets', `Input external-secrets names clusterexternalsecret/${name} twice: use ${form}, each one once.`);
            }
            refs.push({ namespace: '', name, kind: 'ClusterExternalSecret' });
            continue;
        }
        const [ns, name] = parts.length === 2 ? [parts[0] ?? '', parts[1] ?? ''] : [namespace, parts[0] ?? ''];
        if (parts.length > 2 || !inputs_DNS_LABEL.test(ns) || !DNS_SUBDOMAIN.test(name)) {
            inputs_fail('external-secrets', `Input external-secrets has the line ${inputs_quote(line)} that is not an ExternalSecret reference: use ${form}.`);
        }
        if (refs.some((r) => r.kind === undefined && r.namespace === ns && r.name === name)) {
            inputs_fail('external-secrets', `Input external-secrets names ${ns}/${name} twice: use ${form}, each ExternalSecret once.`);
        }
        refs.push({ namespace: ns, name });
    }
    return refs;
}
const KINDS = {
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
function parseRestart(raw, namespace) {
    const form = 'one [namespace/]kind/name per line with kind deployment, statefulset, daemonset or rollout (Argo Rollouts), e.g. prod/deployment/api';
    const refs = [];
    for (const line of inputs_lines(raw)) {
        const parts = line.split('/');
        const [ns, kindName, name] = parts.length === 3 ? [parts[0] ?? '', parts[1] ?? '', parts[2] ?? ''] : [namespace, parts[0] ?? '', parts[1] ?? ''];
        const kind = KINDS[kindName.toLowerCase()];
        if (parts.length < 2 || parts.length > 3 || kind === undefined || !inputs_DNS_LABEL.test(ns) || !DNS_SUBDOMAIN.test(name)) {
            return inputs_fail('restart', `Input restart has the line ${inputs_quote(line)} that is not a workload reference: use ${form}.`);
        }
        if (refs.some((r) => r.namespace === ns && r.kind === kind && r.name === name)) {
            inputs_fail('restart', `Input restart names ${ns}/${kindName}/${name} twice: use ${form}, each workload once.`);
        }
        refs.push({ namespace: ns, kind, name });
    }
    return refs;
}
function parseSecretKey(raw) {
    const key = raw.trim();
    if (key === '')
        return undefined;
    if (key.length > 253 || !/^[-._a-zA-Z0-9]+$/.test(key)) {
        inputs_fail('verify-secret-key', `Input verify-secret-key ${inputs_quote(key)} is not a Secret data key: use at most 253 letters, digits and - _ . (e.g. token).`);
    }
    return key;
}
function parseKubeconfig(raw) {
    const text = raw.trim();
    if (text === '')
        return undefined;
    // YAML, or JSON (kubectl config view -o json), which is YAML too: its keys are put on lines of their own.
    const looksLikeKubeconfig = (yaml) => {
        const keys = /^\s*\{/.test(yaml) ? yaml.replace(/[{,]\s*"(\w+)"\s*:/g, '\n$1:') : yaml;
        return /^\s*clusters\s*:/m.test(keys) && /^\s*(contexts|users)\s*:/m.test(keys);
    };
    if (looksLikeKubeconfig(text))
        return text;
    if (/^[A-Za-z0-9+/=\s]+$/.test(text)) {
        const decoded = Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
        if (looksLikeKubeconfig(decoded))
            return decoded;
    }
    // A path is a common mistake; the value is not quoted, it could be anything.
    if (/^(~|\.{1,2})?\/\S*$/.test(text) && /[~.\-_]/.test(text)) {
        return inputs_fail('kubeconfig', "Input kubeconfig looks like a file path, but it takes the kubeconfig itself: pass the file's YAML or base64 of it, or leave it empty and set the KUBECONFIG environment variable to the path.");
    }
    return inputs_fail('kubeconfig', 'Input kubeconfig is neither kubeconfig YAML nor base64 of it: give the file with its clusters, contexts and users (e.g. the output of kubectl config view --raw --minify), as text or base64.');
}
function parseKubeContext(raw) {
    const context = raw.trim();
    if (context === '')
        return undefined;
    if (/\s/.test(context) || context.length > 253) {
        inputs_fail('kube-context', `Input kube-context ${inputs_quote(context)} is not a context name: use the name of one context from the kubeconfig, without spaces.`);
    }
    return context;
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Go-style durations as kubectl takes them: 90s, 5m, 1m30s, 2h. */
function parseDuration(input, raw) {
    const text = raw.trim();
    const form = 'a duration from 1s to 6h such as 90s, 5m or 1m30s';
    if (!/^(\d+(ms|s|m|h))+$/.test(text))
        inputs_fail(input, `Input ${input} ${inputs_quote(text)} is not a duration: use ${form}.`);
    let ms = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+)(ms|s|m|h)/g))
        ms += Number(amount) * (UNIT_MS[unit ?? 's'] ?? 1000);
    if (ms < 1000 || ms > 6 * 3_600_000)
        inputs_fail(input, `Input ${input} ${inputs_quote(text)} is out of range: use ${form}.`);
    return ms;
}
/**
 * Parses and checks every input before anything touches the network.
 * Throws InputError with one sentence naming the input and the accepted form.
 */
function readInputs(read, env = process.env) {
    const namespace = parseNamespace(read('namespace') || 'default');
    const set = parseParameters(read('parameters'), read('parameter-name'));
    const parameters = attachValueFiles(read, set ?? [{ name: parseParameterName(read('parameter-name')), key: '' }], set !== undefined);
    const auto = readDiscovery(read, namespace);
    const config = {
        parameterName: parameters[0].name,
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
    if (probe)
        Object.assign(config, { probe });
    if (config.verifySecretKey !== undefined && config.externalSecrets.length === 0 && config.discovery?.externalSecrets !== true) {
        inputs_fail('verify-secret-key', 'Input verify-secret-key is set but external-secrets is empty: name the ExternalSecrets whose target Secret holds the key, one [namespace/]name per line.');
    }
    if ((config.kubeconfig !== undefined || config.kubeContext !== undefined) && !usesCluster(config)) {
        const input = config.kubeconfig !== undefined ? 'kubeconfig' : 'kube-context';
        inputs_fail(input, `Input ${input} is set but neither external-secrets nor restart is, so nothing would use the cluster: remove it or name the ExternalSecrets (one [namespace/]name per line).`);
    }
    return config;
}

// EXTERNAL MODULE: ./src/scrub.ts
var src_scrub = __nccwpck_require__(2056);
;// CONCATENATED MODULE: ./src/journal.ts

/**
 * What the run did, step by step: each entry is logged as one marker line and
 * becomes one row of the job summary. Lines carry the token's fingerprint,
 * never its value. Target and detail may quote a server, so both go through
 * the scrubber before they are logged or kept for the summary.
 */
class Journal {
    records = [];
    #log;
    #clock;
    scrubber;
    // Empty until the run has minted (or, in the post step, been told) the token.
    #fingerprint = '';
    constructor(log, clock = () => performance.now(), scrub = src_scrub/* scrubber */.ty) {
        this.#log = log;
        this.#clock = clock;
        this.scrubber = scrub;
    }
    get fingerprint() {
        return this.#fingerprint;
    }
    set fingerprint(value) {
        this.#fingerprint = value;
    }
    now() {
        return this.#clock();
    }
    /**
     * Logs `MARKER target fingerprint detail` and keeps the row for the summary.
     * Before a token exists there is no fingerprint: PLAN and DRIFT lines (which
     * describe what is there) leave it out, any other line says so in words.
     */
    mark(marker, step, target, detail, startedAt, result = 'ok') {
        const ms = startedAt === undefined ? 0 : Math.max(0, this.#clock() - startedAt);
        const record = { step, marker, target: this.scrubber.clean(target), result, detail: this.scrubber.clean(detail), ms };
        this.records.push(record);
        const fingerprint = this.#fingerprint || (marker === 'PLAN' || marker === 'DRIFT' ? '' : NO_FINGERPRINT);
        this.#log(`${[marker, record.target, fingerprint, record.detail].filter(Boolean).join(' ')}${startedAt === undefined ? '' : ` (${formatMs(ms)})`}`);
        return record;
    }
}
/** What a line that has no fingerprint yet shows in its place (a failure before the token was minted). */
const NO_FINGERPRINT = '(no new token yet)';
function formatMs(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

;// CONCATENATED MODULE: ./src/progress.ts
const PROGRESS_STATE_KEY = 'rotation-progress';
const POST_STATE_KEY = 'isPost';
/** Set when the main step reached its end, whatever the result. */
const FINISHED_STATE_KEY = 'main-finished';
function parseProgress(text) {
    if (text.trim() === '')
        return undefined;
    try {
        const value = JSON.parse(text);
        if (typeof value.parameter !== 'string' || typeof value.fingerprint !== 'string' || typeof value.phase !== 'string')
            return undefined;
        return value;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/recover-cluster.ts

/** The cluster and its ExternalSecrets, read again after the write (so no check of what they read): to sync them back. */
async function recoveryCluster(config) {
    if (!usesCluster(config))
        return undefined;
    const gate = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(372)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6372));
    const connected = await gate.connectCluster({
        ...(config.kubeconfig !== undefined ? { kubeconfig: config.kubeconfig } : {}),
        ...(config.kubeContext !== undefined ? { context: config.kubeContext } : {}),
    });
    // auto finds the ExternalSecrets again (by what they read), so the post step syncs back the same ones.
    const discovery = config.discovery?.externalSecrets
        ? { ...config.discovery, restart: false, parameterNames: config.parameters.map((p) => p.name), region: config.region }
        : undefined;
    const preflight = await gate.preflightCluster(connected, { externalSecrets: [...config.externalSecrets], restart: [], ...(discovery ? { discovery } : {}) });
    return { gate, cluster: connected, preflight };
}

// EXTERNAL MODULE: ./src/kube/ces-rules.ts
var ces_rules = __nccwpck_require__(46);
;// CONCATENATED MODULE: ./src/ssm/errors.ts
const THROTTLED = new Set(['ThrottlingException', 'Throttling', 'RequestLimitExceeded', 'TooManyRequestsException']);
const REFUSED = new Set([...THROTTLED, 'TooManyUpdates']);
/** The account and region are over a request-rate quota (not one parameter being busy, which is TooManyUpdates). */
const isThrottled = (error) => THROTTLED.has(error?.name ?? '');
// No credentials, or credentials AWS rejected: asking again gives the same answer, and nothing was sent
// (the SDK resolves credentials before it signs), so a write that failed this way did not land.
const CREDENTIALS = new Set([
    'CredentialsProviderError',
    'ExpiredTokenException',
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'InvalidSignatureException',
]);
function classifySsmError(error) {
    const e = (error ?? {});
    if (e.name && REFUSED.has(e.name))
        return 'refused';
    if (e.name && CREDENTIALS.has(e.name))
        return 'final';
    const status = e.$metadata?.httpStatusCode;
    if (status !== undefined && status >= 500)
        return 'ambiguous';
    if (e.$fault === 'server')
        return 'ambiguous';
    if (status !== undefined && status >= 400)
        return 'final';
    // No HTTP answer at all: the connection broke or timed out.
    return e.$fault === 'client' ? 'final' : 'ambiguous';
}
/** The IAM action named in an AccessDeniedException, e.g. ssm:PutParameter or kms:Encrypt. */
function deniedAction(error) {
    const message = error?.message ?? '';
    return /not authorized to perform:? ([a-z0-9-]+:[A-Za-z0-9]+)/.exec(message)?.[1];
}
/**
 * One sentence for the user about an SSM failure, with what to do next.
 * `action` is the IAM action the call needs, named when access is denied.
 */
function explainSsmError(error, action) {
    const e = (error ?? {});
    const name = e.name ?? 'Error';
    const message = (e.message ?? String(error)).replace(/\s+/g, ' ').trim();
    switch (name) {
        case 'AccessDeniedException':
        case 'AccessDenied': {
            const missing = deniedAction(error) ?? action;
            return {
                reason: `the AWS credentials are not allowed ${missing} (${message})`,
                next: `Grant ${missing} on this parameter${missing.startsWith('kms:') ? "'s KMS key" : ''} to the role the workflow assumes.`,
            };
        }
        case 'InvalidKeyId':
        case 'NotFoundException':
        case 'KMSInvalidStateException':
            return {
                reason: `SSM rejected the KMS key (${name}: ${message})`,
                next: 'Check kms-key-id: the key must exist, be enabled and be usable by this role in this region.',
            };
        case 'ParameterMaxVersionLimitExceeded':
            return {
                reason: `SSM refused a new version because the oldest of the 100 kept versions still has a label (${message})`,
                next: "Remove that label (aws ssm unlabel-parameter-version) or move it to a newer version (aws ssm label-parameter-version), then run again; this action's own labels never stay on a version that could become the oldest.",
            };
        case 'ParameterVersionLabelLimitExceeded':
            return {
                reason: `SSM refused the label because the version already carries 10 labels, the most it allows (${message})`,
                next: 'Remove a label from that version (aws ssm unlabel-parameter-version), then run again.',
            };
        case 'CredentialsProviderError':
            return {
                reason: `no AWS credentials were found (${message})`,
                next: 'Configure credentials before this step, e.g. with aws-actions/configure-aws-credentials; no request was sent to SSM.',
            };
        case 'ThrottlingException':
        case 'Throttling':
        case 'RequestLimitExceeded':
        case 'TooManyRequestsException':
            return {
                reason: `SSM kept answering ${name} after every retry (${message})`,
                next: "The account is over Parameter Store's throughput quota in this region (by default 40 transactions per second, shared by every GetParameter and GetParameters call in the account): spread the deploys out, or turn on higher throughput (charged) with `aws ssm update-service-setting --setting-id /ssm/parameter-store/high-throughput-enabled --setting-value true`.",
            };
        case 'TooManyUpdates':
            return { reason: `SSM kept answering ${name} after every retry (${message})`, next: 'Another writer is busy on this parameter: run again later.' };
        case 'ExpiredTokenException':
        case 'UnrecognizedClientException':
        case 'InvalidClientTokenId':
            return {
                reason: `the AWS credentials were rejected or missing (${name}: ${message})`,
                next: 'Configure credentials before this step, e.g. with aws-actions/configure-aws-credentials.',
            };
        case 'HierarchyTypeMismatchException':
        case 'HierarchyLevelLimitExceededException':
        case 'ParameterLimitExceeded':
        case 'ValidationException':
            return { reason: `SSM rejected the request (${name}: ${message})`, next: 'Check the parameter name, tier, tags and description inputs.' };
        default:
            return { reason: `${action} failed (${name}: ${message})`, next: 'Check the AWS credentials, region and endpoint, then run again.' };
    }
}

;// CONCATENATED MODULE: ./src/ssm/rules.ts
/**
 * SSM Parameter Store's rules the rotation must plan around, as pure
 * functions (table-tested in __tests__/unit/ssm-rules.test.ts).
 */
/**
 * "Parameter Store retains the 100 most recently created versions of a
 * parameter ... if the oldest version has a label attached to it, Parameter
 * Store won't delete the version" and PutParameter fails with
 * ParameterMaxVersionLimitExceeded (AWS API reference, PutParameter, Errors).
 */
const MAX_VERSIONS = 100;
/** "A version of a parameter can have a maximum of 10 labels" (AWS API reference, LabelParameterVersion). */
const MAX_LABELS_PER_VERSION = 10;
/**
 * Whether a label on `version` can never block a write of the next run when
 * `latest` is the newest version now. The next run writes at most twice (its
 * token, then the rollback's restoring version); the second write drops
 * version `latest + 2 - 100` when all 100 are kept, so a label must sit on
 * `latest - 97` or newer. Every run moves both labels again, so this holds
 * from run to run.
 */
function labelSafe(version, latest) {
    return version >= latest - (MAX_VERSIONS - 3);
}
/**
 * The oldest version, when its labels would make the next PutParameter fail:
 * only once all 100 versions are kept does a write drop the oldest.
 * `versions` is the whole history, in any order.
 */
function labelsBlockingWrite(versions) {
    if (versions.length < MAX_VERSIONS)
        return undefined;
    const oldest = versions.reduce((a, b) => (b.version < a.version ? b : a));
    return oldest.labels.length > 0 ? oldest : undefined;
}
/**
 * Whether `label` can be put on a version that carries `labels` now, after
 * the labels in `movedAwayFirst` have moved to another version (moving a
 * label off a version is what LabelParameterVersion does when it puts the
 * label elsewhere). A label the version already has is no new one.
 */
function labelFits(labels, label, movedAwayFirst = []) {
    const left = labels.filter((l) => !movedAwayFirst.includes(l));
    return left.includes(label) || left.length < MAX_LABELS_PER_VERSION;
}
/**
 * The tier to write with: the one asked for, else the parameter's own (so an
 * Advanced parameter stays Advanced), else Standard for a new parameter. SSM
 * refuses Advanced -> Standard ("You can't downgrade a parameter from the
 * advanced-parameter tier to the standard-parameter tier", AWS Systems
 * Manager User Guide, "Changing a standard parameter to an advanced
 * parameter"); that comes back as `refused`, a sentence naming the tier to set.
 */
function tierToWrite(asked, existing) {
    if (asked === 'Standard' && existing === 'Advanced') {
        return {
            refused: "the parameter is in the Advanced tier and SSM never moves a parameter back to Standard, so the write would be refused: set tier to Advanced (or leave it empty to keep the parameter's tier).",
        };
    }
    if (asked !== undefined)
        return { tier: asked };
    return { tier: existing === 'Advanced' ? 'Advanced' : 'Standard' };
}
/**
 * The KMS key to write with. Without a KeyId PutParameter encrypts with
 * alias/aws/ssm, whatever key the parameter had (AWS API reference,
 * PutParameter, KeyId), so an empty kms-key-id means the key SSM reports for
 * the latest version. `change` names a different key the input asks for.
 */
function keyToWrite(asked, existing) {
    if (asked === undefined)
        return { keyId: existing, change: undefined };
    const change = existing !== undefined && existing !== asked ? `KMS key changes from ${existing} to ${asked} (kms-key-id)` : undefined;
    return { keyId: asked, change };
}
/**
 * GetParameters' answers keyed by the selector each answers (`name`,
 * `name:current`, `name:7`). The answers come "in alphabetical order" by
 * name (AWS API reference, GetParameters, Names), so several selectors of
 * one parameter share a name and are told apart only by `Selector`, "the
 * version number or the label used to retrieve the parameter value" (AWS API
 * reference, Parameter): accepted as `:label`, `label` or `name:label`. An
 * answer without a selector is the plain name's, the latest version; when a
 * server sends several such answers the highest version is the latest (a
 * label is never on a version newer than the latest), and the labelled ones
 * stay unknown, which callers treat as "not where it should be".
 */
function resolvedSelectors(asked, answers) {
    const byKey = new Map();
    for (const answer of answers) {
        if (answer.Name === undefined)
            continue;
        let selector = answer.Selector ?? '';
        if (selector.startsWith(`${answer.Name}:`))
            selector = selector.slice(answer.Name.length + 1);
        else if (selector.startsWith(':'))
            selector = selector.slice(1);
        const key = selector === '' ? answer.Name : `${answer.Name}:${selector}`;
        const before = byKey.get(key);
        if (!before || (key === answer.Name && (answer.Version ?? 0) > (before.Version ?? 0)))
            byKey.set(key, answer);
    }
    const result = new Map();
    for (const selector of asked) {
        const answer = byKey.get(selector);
        if (answer)
            result.set(selector, answer);
    }
    return result;
}
/** The newest version of a history, undefined for an empty one. */
function latestOf(history) {
    return history.reduce((a, b) => (a === undefined || b.version > a.version ? b : a), undefined);
}
/** The version that carries `label` (a label is on at most one version at a time), undefined when none. */
function versionWithLabel(history, label) {
    return history.find((entry) => entry.labels.includes(label))?.version;
}
/** GetParameters takes 1 to 10 names (AWS API reference, GetParameters: Names, "Maximum number of 10 items"). */
const MAX_NAMES_PER_GET = 10;
/**
 * Groups the reads of several parameters into GetParameters calls: each
 * parameter's selectors stay in one call, and a call carries at most
 * MAX_NAMES_PER_GET of them. Returns the indexes of the groups per call.
 */
function batchSelectors(sizes) {
    const batches = [];
    let used = MAX_NAMES_PER_GET;
    sizes.forEach((size, index) => {
        if (used + size > MAX_NAMES_PER_GET) {
            batches.push([]);
            used = 0;
        }
        batches[batches.length - 1]?.push(index);
        used += size;
    });
    return batches;
}

// EXTERNAL MODULE: ./build/client-ssm/chunk-RJIEQ36Z.js
var chunk_RJIEQ36Z = __nccwpck_require__(8450);
// EXTERNAL MODULE: ./build/client-ssm/chunk-BSHH5MT7.js
var chunk_BSHH5MT7 = __nccwpck_require__(700);
// EXTERNAL MODULE: ./build/client-ssm/chunk-R2JQCZSR.js
var chunk_R2JQCZSR = __nccwpck_require__(7425);
// EXTERNAL MODULE: ./build/client-ssm/chunk-YFIVNLGN.js
var chunk_YFIVNLGN = __nccwpck_require__(8979);
// EXTERNAL MODULE: ./build/client-ssm/chunk-GBVSSWXL.js + 1 modules
var chunk_GBVSSWXL = __nccwpck_require__(2705);
// EXTERNAL MODULE: ./build/client-ssm/chunk-SZU4KGNO.js
var chunk_SZU4KGNO = __nccwpck_require__(2933);
// EXTERNAL MODULE: ./build/client-ssm/chunk-AC5OV5WI.js
var chunk_AC5OV5WI = __nccwpck_require__(8549);
;// CONCATENATED MODULE: ./build/client-ssm/client-ssm.js
var defaultSSMHttpAuthSchemeParametersProvider=async(config,context,input)=>({operation:(0,chunk_AC5OV5WI/* getSmithyContext */.ug)(context).operation,region:await (0,chunk_AC5OV5WI/* normalizeProvider */.te)(config.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});function createAwsAuthSigv4HttpAuthOption(authParameters){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ssm",region:authParameters.region},propertiesExtractor:(config,context)=>({signingProperties:{config,context}})}}var defaultSSMHttpAuthSchemeProvider=authParameters=>{let options=[];switch(authParameters.operation){default:options.push(createAwsAuthSigv4HttpAuthOption(authParameters))}return options},resolveHttpAuthSchemeConfig=config=>{let config_0=(0,chunk_BSHH5MT7/* resolveAwsSdkSigV4Config */.ho)(config);return Object.assign(config_0,{authSchemePreference:(0,chunk_AC5OV5WI/* normalizeProvider */.te)(config.authSchemePreference??[])})};var resolveClientEndpointParameters=options=>Object.assign(options,{useDualstackEndpoint:options.useDualstackEndpoint??!1,useFipsEndpoint:options.useFipsEndpoint??!1,defaultSigningName:"ssm"}),commonParams={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}};var package_default={name:"@aws-sdk/client-ssm",version:"3.1169.0",description:"AWS SDK for JavaScript Ssm Client for Node.js, Browser and React Native",homepage:"https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ssm",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-javascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ssm"},files:["dist-*/**"],sideEffects:!1,main:"./dist-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","build:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../scripts/generate-clients/single-service","test:e2e":"yarn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.981.0","@aws-sdk/credential-provider-node":"^3.972.97","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smithy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}};var ENV_IMDS_DISABLED="AWS_EC2_METADATA_DISABLED",remoteProvider=async init=>{let{ENV_CMDS_FULL_URI,ENV_CMDS_RELATIVE_URI,fromContainerMetadata,fromInstanceMetadata}=await __nccwpck_require__.e(/* import() */ 429).then(__nccwpck_require__.bind(__nccwpck_require__, 5429));if(process.env[ENV_CMDS_RELATIVE_URI]||process.env[ENV_CMDS_FULL_URI]){init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp}=await __nccwpck_require__.e(/* import() */ 504).then(__nccwpck_require__.bind(__nccwpck_require__, 7504));return (0,chunk_SZU4KGNO/* chain */.cy)(fromHttp(init),fromContainerMetadata(init))}return process.env[ENV_IMDS_DISABLED]&&process.env[ENV_IMDS_DISABLED]!=="false"?async()=>{throw new chunk_SZU4KGNO/* CredentialsProviderError */.C1("EC2 Instance Metadata Service access disabled",{logger:init.logger})}:(init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),fromInstanceMetadata(init))};function memoizeChain(providers,treatAsExpired){let chain2=internalCreateChain(providers),activeLock,passiveLock,credentials,forceRefreshLock,provider=async options=>{if(options?.forceRefresh)return forceRefreshLock||(forceRefreshLock=chain2(options).then(c2=>{credentials=c2}).finally(()=>{forceRefreshLock=void 0})),await forceRefreshLock,credentials;if(credentials?.expiration&&credentials?.expiration?.getTime()<Date.now()&&(credentials=void 0),activeLock)await activeLock;else if(!credentials||treatAsExpired?.(credentials))if(credentials)passiveLock||(passiveLock=chain2(options).then(c2=>{credentials=c2}).catch(()=>{}).finally(()=>{passiveLock=void 0}));else return activeLock=chain2(options).then(c2=>{credentials=c2}).finally(()=>{activeLock=void 0}),provider(options);return credentials};return provider}var internalCreateChain=providers=>async awsIdentityProperties=>{let lastProviderError;for(let provider of providers)try{return await provider(awsIdentityProperties)}catch(err){if(lastProviderError=err,err?.tryNextLink)continue;throw err}throw lastProviderError};var multipleCredentialSourceWarningEmitted=!1,defaultProvider=(init={})=>memoizeChain([async()=>{if(init.profile??process.env[chunk_SZU4KGNO/* ENV_PROFILE */.Ch])throw process.env[chunk_RJIEQ36Z/* ENV_KEY */.yG]&&process.env[chunk_RJIEQ36Z/* ENV_SECRET */.pi]&&(multipleCredentialSourceWarningEmitted||((init.logger?.warn&&init.logger?.constructor?.name!=="NoOpLogger"?init.logger.warn.bind(init.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),multipleCredentialSourceWarningEmitted=!0)),new chunk_SZU4KGNO/* CredentialsProviderError */.C1("AWS_PROFILE is set, skipping fromEnv provider.",{logger:init.logger,tryNextLink:!0});return init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv"),(0,chunk_RJIEQ36Z/* fromEnv */.sF)(init)()},async awsIdentityProperties=>{init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl,ssoAccountId,ssoRegion,ssoRoleName,ssoSession}=init;if(!ssoStartUrl&&!ssoAccountId&&!ssoRegion&&!ssoRoleName&&!ssoSession)throw new chunk_SZU4KGNO/* CredentialsProviderError */.C1("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:init.logger});let{fromSSO}=await __nccwpck_require__.e(/* import() */ 513).then(__nccwpck_require__.bind(__nccwpck_require__, 1513));return fromSSO(init)(awsIdentityProperties)},async awsIdentityProperties=>{init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");let{fromIni}=await __nccwpck_require__.e(/* import() */ 746).then(__nccwpck_require__.bind(__nccwpck_require__, 3746));return fromIni(init)(awsIdentityProperties)},async awsIdentityProperties=>{init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");let{fromProcess}=await __nccwpck_require__.e(/* import() */ 341).then(__nccwpck_require__.bind(__nccwpck_require__, 5341));return fromProcess(init)(awsIdentityProperties)},async awsIdentityProperties=>{init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");let{fromTokenFile}=await __nccwpck_require__.e(/* import() */ 608).then(__nccwpck_require__.bind(__nccwpck_require__, 8608));return fromTokenFile(init)(awsIdentityProperties)},async()=>(init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider"),(await remoteProvider(init))()),async()=>{throw new chunk_SZU4KGNO/* CredentialsProviderError */.C1("Could not load credentials from any providers",{tryNextLink:!1,logger:init.logger})}],credentialsTreatedAsExpired);var credentialsTreatedAsExpired=credentials=>credentials?.expiration!==void 0&&credentials.expiration.getTime()-Date.now()<3e5;var k="ref",a=-1,b=!0,c="isSet",d="PartitionResult",e="booleanEquals",f="getAttr",g={[k]:"Endpoint"},h={[k]:d},i={},j=[{[k]:"Region"}],_data={conditions:[[c,[g]],[c,j],["aws.partition",j,d],[e,[{[k]:"UseFIPS"},b]],[e,[{[k]:"UseDualStack"},b]],[e,[{fn:f,argv:[h,"supportsDualStack"]},b]],[e,[{fn:f,argv:[h,"supportsFIPS"]},b]],["stringEquals",[{fn:f,argv:[h,"name"]},"aws-us-gov"]]],results:[[a],[a,"Invalid Configuration: FIPS and custom endpoint are not supported"],[a,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[g,i],["https://ssm-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",i],[a,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://ssm.{Region}.amazonaws.com",i],["https://ssm-fips.{Region}.{PartitionResult#dnsSuffix}",i],[a,"FIPS is enabled but this partition does not support FIPS"],["https://ssm.{Region}.{PartitionResult#dualStackDnsSuffix}",i],[a,"DualStack is enabled but this partition does not support DualStack"],["https://ssm.{Region}.{PartitionResult#dnsSuffix}",i],[a,"Invalid Configuration: Missing Region"]]},root=2,r=1e8,nodes=new Int32Array([-1,1,-1,0,13,3,1,4,r+12,2,5,r+12,3,8,6,4,7,r+11,5,r+9,r+10,4,11,9,6,10,r+8,7,r+6,r+7,5,12,r+5,6,r+4,r+5,3,r+1,14,4,r+2,r+3]),bdd=chunk_GBVSSWXL/* BinaryDecisionDiagram */.d5.from(nodes,root,_data.conditions,_data.results);var cache=new chunk_GBVSSWXL/* EndpointCache */.kS({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),defaultEndpointResolver=(endpointParams,context={})=>cache.get(endpointParams,()=>(0,chunk_GBVSSWXL/* decideEndpoint */.cH)(bdd,{endpointParams,logger:context.logger}));chunk_GBVSSWXL/* customEndpointFunctions */.mw.aws=chunk_GBVSSWXL/* awsEndpointFunctions */.UF;var SSMServiceException=class _SSMServiceException extends chunk_GBVSSWXL/* ServiceException */.TJ{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssm#SSMServiceException";constructor(options){super(options),Object.setPrototypeOf(this,_SSMServiceException.prototype)}};var AccessDeniedException=class _AccessDeniedException extends SSMServiceException{static shapeId="com.amazonaws.ssm#AccessDeniedException";name="AccessDeniedException";$fault="client";Message;constructor(opts){super({name:"AccessDeniedException",$fault:"client",...opts}),Object.setPrototypeOf(this,_AccessDeniedException.prototype),this.Message=opts.Message}},InternalServerError=class _InternalServerError extends SSMServiceException{static shapeId="com.amazonaws.ssm#InternalServerError";name="InternalServerError";$fault="server";Message;constructor(opts){super({name:"InternalServerError",$fault:"server",...opts}),Object.setPrototypeOf(this,_InternalServerError.prototype),this.Message=opts.Message}},InvalidResourceId=class _InvalidResourceId extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidResourceId";name="InvalidResourceId";$fault="client";constructor(opts){super({name:"InvalidResourceId",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidResourceId.prototype)}},InvalidResourceType=class _InvalidResourceType extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidResourceType";name="InvalidResourceType";$fault="client";constructor(opts){super({name:"InvalidResourceType",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidResourceType.prototype)}},TooManyTagsError=class _TooManyTagsError extends SSMServiceException{static shapeId="com.amazonaws.ssm#TooManyTagsError";name="TooManyTagsError";$fault="client";constructor(opts){super({name:"TooManyTagsError",$fault:"client",...opts}),Object.setPrototypeOf(this,_TooManyTagsError.prototype)}},TooManyUpdates=class _TooManyUpdates extends SSMServiceException{static shapeId="com.amazonaws.ssm#TooManyUpdates";name="TooManyUpdates";$fault="client";Message;constructor(opts){super({name:"TooManyUpdates",$fault:"client",...opts}),Object.setPrototypeOf(this,_TooManyUpdates.prototype),this.Message=opts.Message}},AlreadyExistsException=class _AlreadyExistsException extends SSMServiceException{static shapeId="com.amazonaws.ssm#AlreadyExistsException";name="AlreadyExistsException";$fault="client";Message;constructor(opts){super({name:"AlreadyExistsException",$fault:"client",...opts}),Object.setPrototypeOf(this,_AlreadyExistsException.prototype),this.Message=opts.Message}},OpsItemConflictException=class _OpsItemConflictException extends SSMServiceException{static shapeId="com.amazonaws.ssm#OpsItemConflictException";name="OpsItemConflictException";$fault="client";Message;constructor(opts){super({name:"OpsItemConflictException",$fault:"client",...opts}),Object.setPrototypeOf(this,_OpsItemConflictException.prototype),this.Message=opts.Message}},OpsItemInvalidParameterException=class _OpsItemInvalidParameterException extends SSMServiceException{static shapeId="com.amazonaws.ssm#OpsItemInvalidParameterException";name="OpsItemInvalidParameterException";$fault="client";ParameterNames;Message;constructor(opts){super({name:"OpsItemInvalidParameterException",$fault:"client",...opts}),Object.setPrototypeOf(this,_OpsItemInvalidParameterException.prototype),this.ParameterNames=opts.ParameterNames,this.Message=opts.Message}},OpsItemLimitExceededException=class _OpsItemLimitExceededException extends SSMServiceException{static shapeId="com.amazonaws.ssm#OpsItemLimitExceededException";name="OpsItemLimitExceededException";$fault="client";ResourceTypes;Limit;LimitType;Message;constructor(opts){super({name:"OpsItemLimitExceededException",$fault:"client",...opts}),Object.setPrototypeOf(this,_OpsItemLimitExceededException.prototype),this.ResourceTypes=opts.ResourceTypes,this.Limit=opts.Limit,this.LimitType=opts.LimitType,this.Message=opts.Message}},OpsItemNotFoundException=class _OpsItemNotFoundException extends SSMServiceException{static shapeId="com.amazonaws.ssm#OpsItemNotFoundException";name="OpsItemNotFoundException";$fault="client";Message;constructor(opts){super({name:"OpsItemNotFoundException",$fault:"client",...opts}),Object.setPrototypeOf(this,_OpsItemNotFoundException.prototype),this.Message=opts.Message}},OpsItemRelatedItemAlreadyExistsException=class _OpsItemRelatedItemAlreadyExistsException extends SSMServiceException{static shapeId="com.amazonaws.ssm#OpsItemRelatedItemAlreadyExistsException";name="OpsItemRelatedItemAlreadyExistsException";$fault="client";Message;ResourceUri;OpsItemId;constructor(opts){super({name:"OpsItemRelatedItemAlreadyExistsException",$fault:"client",...opts}),Object.setPrototypeOf(this,_OpsItemRelatedItemAlreadyExistsException.prototype),this.Message=opts.Message,this.ResourceUri=opts.ResourceUri,this.OpsItemId=opts.OpsItemId}},DuplicateInstanceId=class _DuplicateInstanceId extends SSMServiceException{static shapeId="com.amazonaws.ssm#DuplicateInstanceId";name="DuplicateInstanceId";$fault="client";constructor(opts){super({name:"DuplicateInstanceId",$fault:"client",...opts}),Object.setPrototypeOf(this,_DuplicateInstanceId.prototype)}},InvalidCommandId=class _InvalidCommandId extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidCommandId";name="InvalidCommandId";$fault="client";constructor(opts){super({name:"InvalidCommandId",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidCommandId.prototype)}},InvalidInstanceId=class _InvalidInstanceId extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidInstanceId";name="InvalidInstanceId";$fault="client";Message;constructor(opts){super({name:"InvalidInstanceId",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidInstanceId.prototype),this.Message=opts.Message}},DoesNotExistException=class _DoesNotExistException extends SSMServiceException{static shapeId="com.amazonaws.ssm#DoesNotExistException";name="DoesNotExistException";$fault="client";Message;constructor(opts){super({name:"DoesNotExistException",$fault:"client",...opts}),Object.setPrototypeOf(this,_DoesNotExistException.prototype),this.Message=opts.Message}},InvalidParameters=class _InvalidParameters extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidParameters";name="InvalidParameters";$fault="client";Message;constructor(opts){super({name:"InvalidParameters",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidParameters.prototype),this.Message=opts.Message}},AssociationAlreadyExists=class _AssociationAlreadyExists extends SSMServiceException{static shapeId="com.amazonaws.ssm#AssociationAlreadyExists";name="AssociationAlreadyExists";$fault="client";constructor(opts){super({name:"AssociationAlreadyExists",$fault:"client",...opts}),Object.setPrototypeOf(this,_AssociationAlreadyExists.prototype)}},AssociationLimitExceeded=class _AssociationLimitExceeded extends SSMServiceException{static shapeId="com.amazonaws.ssm#AssociationLimitExceeded";name="AssociationLimitExceeded";$fault="client";constructor(opts){super({name:"AssociationLimitExceeded",$fault:"client",...opts}),Object.setPrototypeOf(this,_AssociationLimitExceeded.prototype)}},InvalidDocument=class _InvalidDocument extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidDocument";name="InvalidDocument";$fault="client";Message;constructor(opts){super({name:"InvalidDocument",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidDocument.prototype),this.Message=opts.Message}},InvalidDocumentVersion=class _InvalidDocumentVersion extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidDocumentVersion";name="InvalidDocumentVersion";$fault="client";Message;constructor(opts){super({name:"InvalidDocumentVersion",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidDocumentVersion.prototype),this.Message=opts.Message}},InvalidOutputLocation=class _InvalidOutputLocation extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidOutputLocation";name="InvalidOutputLocation";$fault="client";constructor(opts){super({name:"InvalidOutputLocation",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidOutputLocation.prototype)}},InvalidSchedule=class _InvalidSchedule extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidSchedule";name="InvalidSchedule";$fault="client";Message;constructor(opts){super({name:"InvalidSchedule",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidSchedule.prototype),this.Message=opts.Message}},InvalidTag=class _InvalidTag extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidTag";name="InvalidTag";$fault="client";Message;constructor(opts){super({name:"InvalidTag",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidTag.prototype),this.Message=opts.Message}},InvalidTarget=class _InvalidTarget extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidTarget";name="InvalidTarget";$fault="client";Message;constructor(opts){super({name:"InvalidTarget",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidTarget.prototype),this.Message=opts.Message}},InvalidTargetMaps=class _InvalidTargetMaps extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidTargetMaps";name="InvalidTargetMaps";$fault="client";Message;constructor(opts){super({name:"InvalidTargetMaps",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidTargetMaps.prototype),this.Message=opts.Message}},UnsupportedPlatformType=class _UnsupportedPlatformType extends SSMServiceException{static shapeId="com.amazonaws.ssm#UnsupportedPlatformType";name="UnsupportedPlatformType";$fault="client";Message;constructor(opts){super({name:"UnsupportedPlatformType",$fault:"client",...opts}),Object.setPrototypeOf(this,_UnsupportedPlatformType.prototype),this.Message=opts.Message}},ConflictException=class _ConflictException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ConflictException";name="ConflictException";$fault="client";Message;constructor(opts){super({name:"ConflictException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ConflictException.prototype),this.Message=opts.Message}},ServiceQuotaExceededException=class _ServiceQuotaExceededException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ServiceQuotaExceededException";name="ServiceQuotaExceededException";$fault="client";Message;ResourceId;ResourceType;QuotaCode;ServiceCode;constructor(opts){super({name:"ServiceQuotaExceededException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ServiceQuotaExceededException.prototype),this.Message=opts.Message,this.ResourceId=opts.ResourceId,this.ResourceType=opts.ResourceType,this.QuotaCode=opts.QuotaCode,this.ServiceCode=opts.ServiceCode}},DocumentAlreadyExists=class _DocumentAlreadyExists extends SSMServiceException{static shapeId="com.amazonaws.ssm#DocumentAlreadyExists";name="DocumentAlreadyExists";$fault="client";Message;constructor(opts){super({name:"DocumentAlreadyExists",$fault:"client",...opts}),Object.setPrototypeOf(this,_DocumentAlreadyExists.prototype),this.Message=opts.Message}},DocumentLimitExceeded=class _DocumentLimitExceeded extends SSMServiceException{static shapeId="com.amazonaws.ssm#DocumentLimitExceeded";name="DocumentLimitExceeded";$fault="client";Message;constructor(opts){super({name:"DocumentLimitExceeded",$fault:"client",...opts}),Object.setPrototypeOf(this,_DocumentLimitExceeded.prototype),this.Message=opts.Message}},InvalidDocumentContent=class _InvalidDocumentContent extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidDocumentContent";name="InvalidDocumentContent";$fault="client";Message;constructor(opts){super({name:"InvalidDocumentContent",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidDocumentContent.prototype),this.Message=opts.Message}},InvalidDocumentSchemaVersion=class _InvalidDocumentSchemaVersion extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidDocumentSchemaVersion";name="InvalidDocumentSchemaVersion";$fault="client";Message;constructor(opts){super({name:"InvalidDocumentSchemaVersion",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidDocumentSchemaVersion.prototype),this.Message=opts.Message}},MaxDocumentSizeExceeded=class _MaxDocumentSizeExceeded extends SSMServiceException{static shapeId="com.amazonaws.ssm#MaxDocumentSizeExceeded";name="MaxDocumentSizeExceeded";$fault="client";Message;constructor(opts){super({name:"MaxDocumentSizeExceeded",$fault:"client",...opts}),Object.setPrototypeOf(this,_MaxDocumentSizeExceeded.prototype),this.Message=opts.Message}},NoLongerSupportedException=class _NoLongerSupportedException extends SSMServiceException{static shapeId="com.amazonaws.ssm#NoLongerSupportedException";name="NoLongerSupportedException";$fault="client";Message;constructor(opts){super({name:"NoLongerSupportedException",$fault:"client",...opts}),Object.setPrototypeOf(this,_NoLongerSupportedException.prototype),this.Message=opts.Message}},IdempotentParameterMismatch=class _IdempotentParameterMismatch extends SSMServiceException{static shapeId="com.amazonaws.ssm#IdempotentParameterMismatch";name="IdempotentParameterMismatch";$fault="client";Message;constructor(opts){super({name:"IdempotentParameterMismatch",$fault:"client",...opts}),Object.setPrototypeOf(this,_IdempotentParameterMismatch.prototype),this.Message=opts.Message}},ResourceLimitExceededException=class _ResourceLimitExceededException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ResourceLimitExceededException";name="ResourceLimitExceededException";$fault="client";Message;constructor(opts){super({name:"ResourceLimitExceededException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ResourceLimitExceededException.prototype),this.Message=opts.Message}},OpsItemAccessDeniedException=class _OpsItemAccessDeniedException extends SSMServiceException{static shapeId="com.amazonaws.ssm#OpsItemAccessDeniedException";name="OpsItemAccessDeniedException";$fault="client";Message;constructor(opts){super({name:"OpsItemAccessDeniedException",$fault:"client",...opts}),Object.setPrototypeOf(this,_OpsItemAccessDeniedException.prototype),this.Message=opts.Message}},OpsItemAlreadyExistsException=class _OpsItemAlreadyExistsException extends SSMServiceException{static shapeId="com.amazonaws.ssm#OpsItemAlreadyExistsException";name="OpsItemAlreadyExistsException";$fault="client";Message;OpsItemId;constructor(opts){super({name:"OpsItemAlreadyExistsException",$fault:"client",...opts}),Object.setPrototypeOf(this,_OpsItemAlreadyExistsException.prototype),this.Message=opts.Message,this.OpsItemId=opts.OpsItemId}},OpsMetadataAlreadyExistsException=class _OpsMetadataAlreadyExistsException extends SSMServiceException{static shapeId="com.amazonaws.ssm#OpsMetadataAlreadyExistsException";name="OpsMetadataAlreadyExistsException";$fault="client";constructor(opts){super({name:"OpsMetadataAlreadyExistsException",$fault:"client",...opts}),Object.setPrototypeOf(this,_OpsMetadataAlreadyExistsException.prototype)}},OpsMetadataInvalidArgumentException=class _OpsMetadataInvalidArgumentException extends SSMServiceException{static shapeId="com.amazonaws.ssm#OpsMetadataInvalidArgumentException";name="OpsMetadataInvalidArgumentException";$fault="client";constructor(opts){super({name:"OpsMetadataInvalidArgumentException",$fault:"client",...opts}),Object.setPrototypeOf(this,_OpsMetadataInvalidArgumentException.prototype)}},OpsMetadataLimitExceededException=class _OpsMetadataLimitExceededException extends SSMServiceException{static shapeId="com.amazonaws.ssm#OpsMetadataLimitExceededException";name="OpsMetadataLimitExceededException";$fault="client";constructor(opts){super({name:"OpsMetadataLimitExceededException",$fault:"client",...opts}),Object.setPrototypeOf(this,_OpsMetadataLimitExceededException.prototype)}},OpsMetadataTooManyUpdatesException=class _OpsMetadataTooManyUpdatesException extends SSMServiceException{static shapeId="com.amazonaws.ssm#OpsMetadataTooManyUpdatesException";name="OpsMetadataTooManyUpdatesException";$fault="client";constructor(opts){super({name:"OpsMetadataTooManyUpdatesException",$fault:"client",...opts}),Object.setPrototypeOf(this,_OpsMetadataTooManyUpdatesException.prototype)}},ResourceDataSyncAlreadyExistsException=class _ResourceDataSyncAlreadyExistsException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ResourceDataSyncAlreadyExistsException";name="ResourceDataSyncAlreadyExistsException";$fault="client";SyncName;constructor(opts){super({name:"ResourceDataSyncAlreadyExistsException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ResourceDataSyncAlreadyExistsException.prototype),this.SyncName=opts.SyncName}},ResourceDataSyncCountExceededException=class _ResourceDataSyncCountExceededException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ResourceDataSyncCountExceededException";name="ResourceDataSyncCountExceededException";$fault="client";Message;constructor(opts){super({name:"ResourceDataSyncCountExceededException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ResourceDataSyncCountExceededException.prototype),this.Message=opts.Message}},ResourceDataSyncInvalidConfigurationException=class _ResourceDataSyncInvalidConfigurationException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ResourceDataSyncInvalidConfigurationException";name="ResourceDataSyncInvalidConfigurationException";$fault="client";Message;constructor(opts){super({name:"ResourceDataSyncInvalidConfigurationException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ResourceDataSyncInvalidConfigurationException.prototype),this.Message=opts.Message}},InvalidActivation=class _InvalidActivation extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidActivation";name="InvalidActivation";$fault="client";Message;constructor(opts){super({name:"InvalidActivation",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidActivation.prototype),this.Message=opts.Message}},InvalidActivationId=class _InvalidActivationId extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidActivationId";name="InvalidActivationId";$fault="client";Message;constructor(opts){super({name:"InvalidActivationId",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidActivationId.prototype),this.Message=opts.Message}},AssociationDoesNotExist=class _AssociationDoesNotExist extends SSMServiceException{static shapeId="com.amazonaws.ssm#AssociationDoesNotExist";name="AssociationDoesNotExist";$fault="client";Message;constructor(opts){super({name:"AssociationDoesNotExist",$fault:"client",...opts}),Object.setPrototypeOf(this,_AssociationDoesNotExist.prototype),this.Message=opts.Message}},ResourceNotFoundException=class _ResourceNotFoundException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ResourceNotFoundException";name="ResourceNotFoundException";$fault="client";Message;constructor(opts){super({name:"ResourceNotFoundException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ResourceNotFoundException.prototype),this.Message=opts.Message}},AssociatedInstances=class _AssociatedInstances extends SSMServiceException{static shapeId="com.amazonaws.ssm#AssociatedInstances";name="AssociatedInstances";$fault="client";constructor(opts){super({name:"AssociatedInstances",$fault:"client",...opts}),Object.setPrototypeOf(this,_AssociatedInstances.prototype)}},InvalidDocumentOperation=class _InvalidDocumentOperation extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidDocumentOperation";name="InvalidDocumentOperation";$fault="client";Message;constructor(opts){super({name:"InvalidDocumentOperation",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidDocumentOperation.prototype),this.Message=opts.Message}},InvalidDeleteInventoryParametersException=class _InvalidDeleteInventoryParametersException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidDeleteInventoryParametersException";name="InvalidDeleteInventoryParametersException";$fault="client";Message;constructor(opts){super({name:"InvalidDeleteInventoryParametersException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidDeleteInventoryParametersException.prototype),this.Message=opts.Message}},InvalidInventoryRequestException=class _InvalidInventoryRequestException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidInventoryRequestException";name="InvalidInventoryRequestException";$fault="client";Message;constructor(opts){super({name:"InvalidInventoryRequestException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidInventoryRequestException.prototype),this.Message=opts.Message}},InvalidOptionException=class _InvalidOptionException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidOptionException";name="InvalidOptionException";$fault="client";Message;constructor(opts){super({name:"InvalidOptionException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidOptionException.prototype),this.Message=opts.Message}},InvalidTypeNameException=class _InvalidTypeNameException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidTypeNameException";name="InvalidTypeNameException";$fault="client";Message;constructor(opts){super({name:"InvalidTypeNameException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidTypeNameException.prototype),this.Message=opts.Message}},OpsMetadataNotFoundException=class _OpsMetadataNotFoundException extends SSMServiceException{static shapeId="com.amazonaws.ssm#OpsMetadataNotFoundException";name="OpsMetadataNotFoundException";$fault="client";constructor(opts){super({name:"OpsMetadataNotFoundException",$fault:"client",...opts}),Object.setPrototypeOf(this,_OpsMetadataNotFoundException.prototype)}},ParameterNotFound=class _ParameterNotFound extends SSMServiceException{static shapeId="com.amazonaws.ssm#ParameterNotFound";name="ParameterNotFound";$fault="client";constructor(opts){super({name:"ParameterNotFound",$fault:"client",...opts}),Object.setPrototypeOf(this,_ParameterNotFound.prototype)}},ResourceInUseException=class _ResourceInUseException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ResourceInUseException";name="ResourceInUseException";$fault="client";Message;constructor(opts){super({name:"ResourceInUseException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ResourceInUseException.prototype),this.Message=opts.Message}},ResourceDataSyncNotFoundException=class _ResourceDataSyncNotFoundException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ResourceDataSyncNotFoundException";name="ResourceDataSyncNotFoundException";$fault="client";SyncName;SyncType;Message;constructor(opts){super({name:"ResourceDataSyncNotFoundException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ResourceDataSyncNotFoundException.prototype),this.SyncName=opts.SyncName,this.SyncType=opts.SyncType,this.Message=opts.Message}},MalformedResourcePolicyDocumentException=class _MalformedResourcePolicyDocumentException extends SSMServiceException{static shapeId="com.amazonaws.ssm#MalformedResourcePolicyDocumentException";name="MalformedResourcePolicyDocumentException";$fault="client";Message;constructor(opts){super({name:"MalformedResourcePolicyDocumentException",$fault:"client",...opts}),Object.setPrototypeOf(this,_MalformedResourcePolicyDocumentException.prototype),this.Message=opts.Message}},ResourcePolicyConflictException=class _ResourcePolicyConflictException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ResourcePolicyConflictException";name="ResourcePolicyConflictException";$fault="client";Message;constructor(opts){super({name:"ResourcePolicyConflictException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ResourcePolicyConflictException.prototype),this.Message=opts.Message}},ResourcePolicyInvalidParameterException=class _ResourcePolicyInvalidParameterException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ResourcePolicyInvalidParameterException";name="ResourcePolicyInvalidParameterException";$fault="client";ParameterNames;Message;constructor(opts){super({name:"ResourcePolicyInvalidParameterException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ResourcePolicyInvalidParameterException.prototype),this.ParameterNames=opts.ParameterNames,this.Message=opts.Message}},ResourcePolicyNotFoundException=class _ResourcePolicyNotFoundException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ResourcePolicyNotFoundException";name="ResourcePolicyNotFoundException";$fault="client";Message;constructor(opts){super({name:"ResourcePolicyNotFoundException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ResourcePolicyNotFoundException.prototype),this.Message=opts.Message}},TargetInUseException=class _TargetInUseException extends SSMServiceException{static shapeId="com.amazonaws.ssm#TargetInUseException";name="TargetInUseException";$fault="client";Message;constructor(opts){super({name:"TargetInUseException",$fault:"client",...opts}),Object.setPrototypeOf(this,_TargetInUseException.prototype),this.Message=opts.Message}},InvalidFilter=class _InvalidFilter extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidFilter";name="InvalidFilter";$fault="client";Message;constructor(opts){super({name:"InvalidFilter",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidFilter.prototype),this.Message=opts.Message}},InvalidNextToken=class _InvalidNextToken extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidNextToken";name="InvalidNextToken";$fault="client";Message;constructor(opts){super({name:"InvalidNextToken",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidNextToken.prototype),this.Message=opts.Message}},InvalidAssociationVersion=class _InvalidAssociationVersion extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidAssociationVersion";name="InvalidAssociationVersion";$fault="client";Message;constructor(opts){super({name:"InvalidAssociationVersion",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidAssociationVersion.prototype),this.Message=opts.Message}},AssociationExecutionDoesNotExist=class _AssociationExecutionDoesNotExist extends SSMServiceException{static shapeId="com.amazonaws.ssm#AssociationExecutionDoesNotExist";name="AssociationExecutionDoesNotExist";$fault="client";Message;constructor(opts){super({name:"AssociationExecutionDoesNotExist",$fault:"client",...opts}),Object.setPrototypeOf(this,_AssociationExecutionDoesNotExist.prototype),this.Message=opts.Message}},InvalidFilterKey=class _InvalidFilterKey extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidFilterKey";name="InvalidFilterKey";$fault="client";constructor(opts){super({name:"InvalidFilterKey",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidFilterKey.prototype)}},InvalidFilterValue=class _InvalidFilterValue extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidFilterValue";name="InvalidFilterValue";$fault="client";Message;constructor(opts){super({name:"InvalidFilterValue",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidFilterValue.prototype),this.Message=opts.Message}},AutomationExecutionNotFoundException=class _AutomationExecutionNotFoundException extends SSMServiceException{static shapeId="com.amazonaws.ssm#AutomationExecutionNotFoundException";name="AutomationExecutionNotFoundException";$fault="client";Message;constructor(opts){super({name:"AutomationExecutionNotFoundException",$fault:"client",...opts}),Object.setPrototypeOf(this,_AutomationExecutionNotFoundException.prototype),this.Message=opts.Message}},InvalidPermissionType=class _InvalidPermissionType extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidPermissionType";name="InvalidPermissionType";$fault="client";Message;constructor(opts){super({name:"InvalidPermissionType",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidPermissionType.prototype),this.Message=opts.Message}},UnsupportedOperatingSystem=class _UnsupportedOperatingSystem extends SSMServiceException{static shapeId="com.amazonaws.ssm#UnsupportedOperatingSystem";name="UnsupportedOperatingSystem";$fault="client";Message;constructor(opts){super({name:"UnsupportedOperatingSystem",$fault:"client",...opts}),Object.setPrototypeOf(this,_UnsupportedOperatingSystem.prototype),this.Message=opts.Message}},InvalidInstanceInformationFilterValue=class _InvalidInstanceInformationFilterValue extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidInstanceInformationFilterValue";name="InvalidInstanceInformationFilterValue";$fault="client";constructor(opts){super({name:"InvalidInstanceInformationFilterValue",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidInstanceInformationFilterValue.prototype)}},InvalidInstancePropertyFilterValue=class _InvalidInstancePropertyFilterValue extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidInstancePropertyFilterValue";name="InvalidInstancePropertyFilterValue";$fault="client";constructor(opts){super({name:"InvalidInstancePropertyFilterValue",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidInstancePropertyFilterValue.prototype)}},InvalidDeletionIdException=class _InvalidDeletionIdException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidDeletionIdException";name="InvalidDeletionIdException";$fault="client";Message;constructor(opts){super({name:"InvalidDeletionIdException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidDeletionIdException.prototype),this.Message=opts.Message}},InvalidFilterOption=class _InvalidFilterOption extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidFilterOption";name="InvalidFilterOption";$fault="client";constructor(opts){super({name:"InvalidFilterOption",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidFilterOption.prototype)}},OpsItemRelatedItemAssociationNotFoundException=class _OpsItemRelatedItemAssociationNotFoundException extends SSMServiceException{static shapeId="com.amazonaws.ssm#OpsItemRelatedItemAssociationNotFoundException";name="OpsItemRelatedItemAssociationNotFoundException";$fault="client";Message;constructor(opts){super({name:"OpsItemRelatedItemAssociationNotFoundException",$fault:"client",...opts}),Object.setPrototypeOf(this,_OpsItemRelatedItemAssociationNotFoundException.prototype),this.Message=opts.Message}},ThrottlingException=class _ThrottlingException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ThrottlingException";name="ThrottlingException";$fault="client";Message;QuotaCode;ServiceCode;constructor(opts){super({name:"ThrottlingException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ThrottlingException.prototype),this.Message=opts.Message,this.QuotaCode=opts.QuotaCode,this.ServiceCode=opts.ServiceCode}},ValidationException=class _ValidationException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ValidationException";name="ValidationException";$fault="client";Message;ReasonCode;constructor(opts){super({name:"ValidationException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ValidationException.prototype),this.Message=opts.Message,this.ReasonCode=opts.ReasonCode}},InvalidDocumentType=class _InvalidDocumentType extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidDocumentType";name="InvalidDocumentType";$fault="client";Message;constructor(opts){super({name:"InvalidDocumentType",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidDocumentType.prototype),this.Message=opts.Message}},UnsupportedCalendarException=class _UnsupportedCalendarException extends SSMServiceException{static shapeId="com.amazonaws.ssm#UnsupportedCalendarException";name="UnsupportedCalendarException";$fault="client";Message;constructor(opts){super({name:"UnsupportedCalendarException",$fault:"client",...opts}),Object.setPrototypeOf(this,_UnsupportedCalendarException.prototype),this.Message=opts.Message}},InvalidPluginName=class _InvalidPluginName extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidPluginName";name="InvalidPluginName";$fault="client";constructor(opts){super({name:"InvalidPluginName",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidPluginName.prototype)}},InvocationDoesNotExist=class _InvocationDoesNotExist extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvocationDoesNotExist";name="InvocationDoesNotExist";$fault="client";constructor(opts){super({name:"InvocationDoesNotExist",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvocationDoesNotExist.prototype)}},UnsupportedFeatureRequiredException=class _UnsupportedFeatureRequiredException extends SSMServiceException{static shapeId="com.amazonaws.ssm#UnsupportedFeatureRequiredException";name="UnsupportedFeatureRequiredException";$fault="client";Message;constructor(opts){super({name:"UnsupportedFeatureRequiredException",$fault:"client",...opts}),Object.setPrototypeOf(this,_UnsupportedFeatureRequiredException.prototype),this.Message=opts.Message}},InvalidAggregatorException=class _InvalidAggregatorException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidAggregatorException";name="InvalidAggregatorException";$fault="client";Message;constructor(opts){super({name:"InvalidAggregatorException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidAggregatorException.prototype),this.Message=opts.Message}},InvalidInventoryGroupException=class _InvalidInventoryGroupException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidInventoryGroupException";name="InvalidInventoryGroupException";$fault="client";Message;constructor(opts){super({name:"InvalidInventoryGroupException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidInventoryGroupException.prototype),this.Message=opts.Message}},InvalidResultAttributeException=class _InvalidResultAttributeException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidResultAttributeException";name="InvalidResultAttributeException";$fault="client";Message;constructor(opts){super({name:"InvalidResultAttributeException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidResultAttributeException.prototype),this.Message=opts.Message}},InvalidKeyId=class _InvalidKeyId extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidKeyId";name="InvalidKeyId";$fault="client";constructor(opts){super({name:"InvalidKeyId",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidKeyId.prototype)}},ParameterVersionNotFound=class _ParameterVersionNotFound extends SSMServiceException{static shapeId="com.amazonaws.ssm#ParameterVersionNotFound";name="ParameterVersionNotFound";$fault="client";constructor(opts){super({name:"ParameterVersionNotFound",$fault:"client",...opts}),Object.setPrototypeOf(this,_ParameterVersionNotFound.prototype)}},ServiceSettingNotFound=class _ServiceSettingNotFound extends SSMServiceException{static shapeId="com.amazonaws.ssm#ServiceSettingNotFound";name="ServiceSettingNotFound";$fault="client";Message;constructor(opts){super({name:"ServiceSettingNotFound",$fault:"client",...opts}),Object.setPrototypeOf(this,_ServiceSettingNotFound.prototype),this.Message=opts.Message}},ParameterVersionLabelLimitExceeded=class _ParameterVersionLabelLimitExceeded extends SSMServiceException{static shapeId="com.amazonaws.ssm#ParameterVersionLabelLimitExceeded";name="ParameterVersionLabelLimitExceeded";$fault="client";constructor(opts){super({name:"ParameterVersionLabelLimitExceeded",$fault:"client",...opts}),Object.setPrototypeOf(this,_ParameterVersionLabelLimitExceeded.prototype)}},UnsupportedOperationException=class _UnsupportedOperationException extends SSMServiceException{static shapeId="com.amazonaws.ssm#UnsupportedOperationException";name="UnsupportedOperationException";$fault="client";Message;constructor(opts){super({name:"UnsupportedOperationException",$fault:"client",...opts}),Object.setPrototypeOf(this,_UnsupportedOperationException.prototype),this.Message=opts.Message}},DocumentPermissionLimit=class _DocumentPermissionLimit extends SSMServiceException{static shapeId="com.amazonaws.ssm#DocumentPermissionLimit";name="DocumentPermissionLimit";$fault="client";Message;constructor(opts){super({name:"DocumentPermissionLimit",$fault:"client",...opts}),Object.setPrototypeOf(this,_DocumentPermissionLimit.prototype),this.Message=opts.Message}},ComplianceTypeCountLimitExceededException=class _ComplianceTypeCountLimitExceededException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ComplianceTypeCountLimitExceededException";name="ComplianceTypeCountLimitExceededException";$fault="client";Message;constructor(opts){super({name:"ComplianceTypeCountLimitExceededException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ComplianceTypeCountLimitExceededException.prototype),this.Message=opts.Message}},InvalidItemContentException=class _InvalidItemContentException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidItemContentException";name="InvalidItemContentException";$fault="client";TypeName;Message;constructor(opts){super({name:"InvalidItemContentException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidItemContentException.prototype),this.TypeName=opts.TypeName,this.Message=opts.Message}},ItemSizeLimitExceededException=class _ItemSizeLimitExceededException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ItemSizeLimitExceededException";name="ItemSizeLimitExceededException";$fault="client";TypeName;Message;constructor(opts){super({name:"ItemSizeLimitExceededException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ItemSizeLimitExceededException.prototype),this.TypeName=opts.TypeName,this.Message=opts.Message}},TotalSizeLimitExceededException=class _TotalSizeLimitExceededException extends SSMServiceException{static shapeId="com.amazonaws.ssm#TotalSizeLimitExceededException";name="TotalSizeLimitExceededException";$fault="client";Message;constructor(opts){super({name:"TotalSizeLimitExceededException",$fault:"client",...opts}),Object.setPrototypeOf(this,_TotalSizeLimitExceededException.prototype),this.Message=opts.Message}},CustomSchemaCountLimitExceededException=class _CustomSchemaCountLimitExceededException extends SSMServiceException{static shapeId="com.amazonaws.ssm#CustomSchemaCountLimitExceededException";name="CustomSchemaCountLimitExceededException";$fault="client";Message;constructor(opts){super({name:"CustomSchemaCountLimitExceededException",$fault:"client",...opts}),Object.setPrototypeOf(this,_CustomSchemaCountLimitExceededException.prototype),this.Message=opts.Message}},InvalidInventoryItemContextException=class _InvalidInventoryItemContextException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidInventoryItemContextException";name="InvalidInventoryItemContextException";$fault="client";Message;constructor(opts){super({name:"InvalidInventoryItemContextException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidInventoryItemContextException.prototype),this.Message=opts.Message}},ItemContentMismatchException=class _ItemContentMismatchException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ItemContentMismatchException";name="ItemContentMismatchException";$fault="client";TypeName;Message;constructor(opts){super({name:"ItemContentMismatchException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ItemContentMismatchException.prototype),this.TypeName=opts.TypeName,this.Message=opts.Message}},SubTypeCountLimitExceededException=class _SubTypeCountLimitExceededException extends SSMServiceException{static shapeId="com.amazonaws.ssm#SubTypeCountLimitExceededException";name="SubTypeCountLimitExceededException";$fault="client";Message;constructor(opts){super({name:"SubTypeCountLimitExceededException",$fault:"client",...opts}),Object.setPrototypeOf(this,_SubTypeCountLimitExceededException.prototype),this.Message=opts.Message}},UnsupportedInventoryItemContextException=class _UnsupportedInventoryItemContextException extends SSMServiceException{static shapeId="com.amazonaws.ssm#UnsupportedInventoryItemContextException";name="UnsupportedInventoryItemContextException";$fault="client";TypeName;Message;constructor(opts){super({name:"UnsupportedInventoryItemContextException",$fault:"client",...opts}),Object.setPrototypeOf(this,_UnsupportedInventoryItemContextException.prototype),this.TypeName=opts.TypeName,this.Message=opts.Message}},UnsupportedInventorySchemaVersionException=class _UnsupportedInventorySchemaVersionException extends SSMServiceException{static shapeId="com.amazonaws.ssm#UnsupportedInventorySchemaVersionException";name="UnsupportedInventorySchemaVersionException";$fault="client";Message;constructor(opts){super({name:"UnsupportedInventorySchemaVersionException",$fault:"client",...opts}),Object.setPrototypeOf(this,_UnsupportedInventorySchemaVersionException.prototype),this.Message=opts.Message}},HierarchyLevelLimitExceededException=class _HierarchyLevelLimitExceededException extends SSMServiceException{static shapeId="com.amazonaws.ssm#HierarchyLevelLimitExceededException";name="HierarchyLevelLimitExceededException";$fault="client";constructor(opts){super({name:"HierarchyLevelLimitExceededException",$fault:"client",...opts}),Object.setPrototypeOf(this,_HierarchyLevelLimitExceededException.prototype)}},HierarchyTypeMismatchException=class _HierarchyTypeMismatchException extends SSMServiceException{static shapeId="com.amazonaws.ssm#HierarchyTypeMismatchException";name="HierarchyTypeMismatchException";$fault="client";constructor(opts){super({name:"HierarchyTypeMismatchException",$fault:"client",...opts}),Object.setPrototypeOf(this,_HierarchyTypeMismatchException.prototype)}},IncompatiblePolicyException=class _IncompatiblePolicyException extends SSMServiceException{static shapeId="com.amazonaws.ssm#IncompatiblePolicyException";name="IncompatiblePolicyException";$fault="client";constructor(opts){super({name:"IncompatiblePolicyException",$fault:"client",...opts}),Object.setPrototypeOf(this,_IncompatiblePolicyException.prototype)}},InvalidAllowedPatternException=class _InvalidAllowedPatternException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidAllowedPatternException";name="InvalidAllowedPatternException";$fault="client";constructor(opts){super({name:"InvalidAllowedPatternException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidAllowedPatternException.prototype)}},InvalidPolicyAttributeException=class _InvalidPolicyAttributeException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidPolicyAttributeException";name="InvalidPolicyAttributeException";$fault="client";constructor(opts){super({name:"InvalidPolicyAttributeException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidPolicyAttributeException.prototype)}},InvalidPolicyTypeException=class _InvalidPolicyTypeException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidPolicyTypeException";name="InvalidPolicyTypeException";$fault="client";constructor(opts){super({name:"InvalidPolicyTypeException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidPolicyTypeException.prototype)}},ParameterAlreadyExists=class _ParameterAlreadyExists extends SSMServiceException{static shapeId="com.amazonaws.ssm#ParameterAlreadyExists";name="ParameterAlreadyExists";$fault="client";constructor(opts){super({name:"ParameterAlreadyExists",$fault:"client",...opts}),Object.setPrototypeOf(this,_ParameterAlreadyExists.prototype)}},ParameterLimitExceeded=class _ParameterLimitExceeded extends SSMServiceException{static shapeId="com.amazonaws.ssm#ParameterLimitExceeded";name="ParameterLimitExceeded";$fault="client";constructor(opts){super({name:"ParameterLimitExceeded",$fault:"client",...opts}),Object.setPrototypeOf(this,_ParameterLimitExceeded.prototype)}},ParameterMaxVersionLimitExceeded=class _ParameterMaxVersionLimitExceeded extends SSMServiceException{static shapeId="com.amazonaws.ssm#ParameterMaxVersionLimitExceeded";name="ParameterMaxVersionLimitExceeded";$fault="client";constructor(opts){super({name:"ParameterMaxVersionLimitExceeded",$fault:"client",...opts}),Object.setPrototypeOf(this,_ParameterMaxVersionLimitExceeded.prototype)}},ParameterPatternMismatchException=class _ParameterPatternMismatchException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ParameterPatternMismatchException";name="ParameterPatternMismatchException";$fault="client";constructor(opts){super({name:"ParameterPatternMismatchException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ParameterPatternMismatchException.prototype)}},PoliciesLimitExceededException=class _PoliciesLimitExceededException extends SSMServiceException{static shapeId="com.amazonaws.ssm#PoliciesLimitExceededException";name="PoliciesLimitExceededException";$fault="client";constructor(opts){super({name:"PoliciesLimitExceededException",$fault:"client",...opts}),Object.setPrototypeOf(this,_PoliciesLimitExceededException.prototype)}},UnsupportedParameterType=class _UnsupportedParameterType extends SSMServiceException{static shapeId="com.amazonaws.ssm#UnsupportedParameterType";name="UnsupportedParameterType";$fault="client";constructor(opts){super({name:"UnsupportedParameterType",$fault:"client",...opts}),Object.setPrototypeOf(this,_UnsupportedParameterType.prototype)}},ResourcePolicyLimitExceededException=class _ResourcePolicyLimitExceededException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ResourcePolicyLimitExceededException";name="ResourcePolicyLimitExceededException";$fault="client";Limit;LimitType;Message;constructor(opts){super({name:"ResourcePolicyLimitExceededException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ResourcePolicyLimitExceededException.prototype),this.Limit=opts.Limit,this.LimitType=opts.LimitType,this.Message=opts.Message}},FeatureNotAvailableException=class _FeatureNotAvailableException extends SSMServiceException{static shapeId="com.amazonaws.ssm#FeatureNotAvailableException";name="FeatureNotAvailableException";$fault="client";Message;constructor(opts){super({name:"FeatureNotAvailableException",$fault:"client",...opts}),Object.setPrototypeOf(this,_FeatureNotAvailableException.prototype),this.Message=opts.Message}},AutomationStepNotFoundException=class _AutomationStepNotFoundException extends SSMServiceException{static shapeId="com.amazonaws.ssm#AutomationStepNotFoundException";name="AutomationStepNotFoundException";$fault="client";Message;constructor(opts){super({name:"AutomationStepNotFoundException",$fault:"client",...opts}),Object.setPrototypeOf(this,_AutomationStepNotFoundException.prototype),this.Message=opts.Message}},InvalidAutomationSignalException=class _InvalidAutomationSignalException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidAutomationSignalException";name="InvalidAutomationSignalException";$fault="client";Message;constructor(opts){super({name:"InvalidAutomationSignalException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidAutomationSignalException.prototype),this.Message=opts.Message}},InvalidNotificationConfig=class _InvalidNotificationConfig extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidNotificationConfig";name="InvalidNotificationConfig";$fault="client";Message;constructor(opts){super({name:"InvalidNotificationConfig",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidNotificationConfig.prototype),this.Message=opts.Message}},InvalidOutputFolder=class _InvalidOutputFolder extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidOutputFolder";name="InvalidOutputFolder";$fault="client";constructor(opts){super({name:"InvalidOutputFolder",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidOutputFolder.prototype)}},InvalidRole=class _InvalidRole extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidRole";name="InvalidRole";$fault="client";Message;constructor(opts){super({name:"InvalidRole",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidRole.prototype),this.Message=opts.Message}},InvalidAssociation=class _InvalidAssociation extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidAssociation";name="InvalidAssociation";$fault="client";Message;constructor(opts){super({name:"InvalidAssociation",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidAssociation.prototype),this.Message=opts.Message}},AutomationDefinitionNotFoundException=class _AutomationDefinitionNotFoundException extends SSMServiceException{static shapeId="com.amazonaws.ssm#AutomationDefinitionNotFoundException";name="AutomationDefinitionNotFoundException";$fault="client";Message;constructor(opts){super({name:"AutomationDefinitionNotFoundException",$fault:"client",...opts}),Object.setPrototypeOf(this,_AutomationDefinitionNotFoundException.prototype),this.Message=opts.Message}},AutomationDefinitionVersionNotFoundException=class _AutomationDefinitionVersionNotFoundException extends SSMServiceException{static shapeId="com.amazonaws.ssm#AutomationDefinitionVersionNotFoundException";name="AutomationDefinitionVersionNotFoundException";$fault="client";Message;constructor(opts){super({name:"AutomationDefinitionVersionNotFoundException",$fault:"client",...opts}),Object.setPrototypeOf(this,_AutomationDefinitionVersionNotFoundException.prototype),this.Message=opts.Message}},AutomationExecutionLimitExceededException=class _AutomationExecutionLimitExceededException extends SSMServiceException{static shapeId="com.amazonaws.ssm#AutomationExecutionLimitExceededException";name="AutomationExecutionLimitExceededException";$fault="client";Message;constructor(opts){super({name:"AutomationExecutionLimitExceededException",$fault:"client",...opts}),Object.setPrototypeOf(this,_AutomationExecutionLimitExceededException.prototype),this.Message=opts.Message}},InvalidAutomationExecutionParametersException=class _InvalidAutomationExecutionParametersException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidAutomationExecutionParametersException";name="InvalidAutomationExecutionParametersException";$fault="client";Message;constructor(opts){super({name:"InvalidAutomationExecutionParametersException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidAutomationExecutionParametersException.prototype),this.Message=opts.Message}},AutomationDefinitionNotApprovedException=class _AutomationDefinitionNotApprovedException extends SSMServiceException{static shapeId="com.amazonaws.ssm#AutomationDefinitionNotApprovedException";name="AutomationDefinitionNotApprovedException";$fault="client";Message;constructor(opts){super({name:"AutomationDefinitionNotApprovedException",$fault:"client",...opts}),Object.setPrototypeOf(this,_AutomationDefinitionNotApprovedException.prototype),this.Message=opts.Message}},TargetNotConnected=class _TargetNotConnected extends SSMServiceException{static shapeId="com.amazonaws.ssm#TargetNotConnected";name="TargetNotConnected";$fault="client";Message;constructor(opts){super({name:"TargetNotConnected",$fault:"client",...opts}),Object.setPrototypeOf(this,_TargetNotConnected.prototype),this.Message=opts.Message}},InvalidAutomationStatusUpdateException=class _InvalidAutomationStatusUpdateException extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidAutomationStatusUpdateException";name="InvalidAutomationStatusUpdateException";$fault="client";Message;constructor(opts){super({name:"InvalidAutomationStatusUpdateException",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidAutomationStatusUpdateException.prototype),this.Message=opts.Message}},AssociationVersionLimitExceeded=class _AssociationVersionLimitExceeded extends SSMServiceException{static shapeId="com.amazonaws.ssm#AssociationVersionLimitExceeded";name="AssociationVersionLimitExceeded";$fault="client";Message;constructor(opts){super({name:"AssociationVersionLimitExceeded",$fault:"client",...opts}),Object.setPrototypeOf(this,_AssociationVersionLimitExceeded.prototype),this.Message=opts.Message}},InvalidUpdate=class _InvalidUpdate extends SSMServiceException{static shapeId="com.amazonaws.ssm#InvalidUpdate";name="InvalidUpdate";$fault="client";Message;constructor(opts){super({name:"InvalidUpdate",$fault:"client",...opts}),Object.setPrototypeOf(this,_InvalidUpdate.prototype),this.Message=opts.Message}},StatusUnchanged=class _StatusUnchanged extends SSMServiceException{static shapeId="com.amazonaws.ssm#StatusUnchanged";name="StatusUnchanged";$fault="client";constructor(opts){super({name:"StatusUnchanged",$fault:"client",...opts}),Object.setPrototypeOf(this,_StatusUnchanged.prototype)}},DocumentVersionLimitExceeded=class _DocumentVersionLimitExceeded extends SSMServiceException{static shapeId="com.amazonaws.ssm#DocumentVersionLimitExceeded";name="DocumentVersionLimitExceeded";$fault="client";Message;constructor(opts){super({name:"DocumentVersionLimitExceeded",$fault:"client",...opts}),Object.setPrototypeOf(this,_DocumentVersionLimitExceeded.prototype),this.Message=opts.Message}},DuplicateDocumentContent=class _DuplicateDocumentContent extends SSMServiceException{static shapeId="com.amazonaws.ssm#DuplicateDocumentContent";name="DuplicateDocumentContent";$fault="client";Message;constructor(opts){super({name:"DuplicateDocumentContent",$fault:"client",...opts}),Object.setPrototypeOf(this,_DuplicateDocumentContent.prototype),this.Message=opts.Message}},DuplicateDocumentVersionName=class _DuplicateDocumentVersionName extends SSMServiceException{static shapeId="com.amazonaws.ssm#DuplicateDocumentVersionName";name="DuplicateDocumentVersionName";$fault="client";Message;constructor(opts){super({name:"DuplicateDocumentVersionName",$fault:"client",...opts}),Object.setPrototypeOf(this,_DuplicateDocumentVersionName.prototype),this.Message=opts.Message}},OpsMetadataKeyLimitExceededException=class _OpsMetadataKeyLimitExceededException extends SSMServiceException{static shapeId="com.amazonaws.ssm#OpsMetadataKeyLimitExceededException";name="OpsMetadataKeyLimitExceededException";$fault="client";constructor(opts){super({name:"OpsMetadataKeyLimitExceededException",$fault:"client",...opts}),Object.setPrototypeOf(this,_OpsMetadataKeyLimitExceededException.prototype)}},ResourceDataSyncConflictException=class _ResourceDataSyncConflictException extends SSMServiceException{static shapeId="com.amazonaws.ssm#ResourceDataSyncConflictException";name="ResourceDataSyncConflictException";$fault="client";Message;constructor(opts){super({name:"ResourceDataSyncConflictException",$fault:"client",...opts}),Object.setPrototypeOf(this,_ResourceDataSyncConflictException.prototype),this.Message=opts.Message}};var _AAE="AssociationAlreadyExists",_AC="AlarmConfiguration",_ACL="AttachmentContentList";var _ACt="AttachmentContent";var _AD="AssociationDescription",_ADAR="AssociationDispatchAssumeRole",_ADE="AccessDeniedException",_ADL="AssociationDescriptionList";var _ADNAE="AutomationDefinitionNotApprovedException",_ADNE="AssociationDoesNotExist",_ADNFE="AutomationDefinitionNotFoundException",_ADVNFE="AutomationDefinitionVersionNotFoundException";var _AE="AssociationExecution",_AEDNE="AssociationExecutionDoesNotExist",_AEE="AlreadyExistsException",_AEF="AssociationExecutionFilter",_AEFL="AssociationExecutionFilterList";var _AEL="AssociationExecutionsList",_AELEE="AutomationExecutionLimitExceededException";var _AENFE="AutomationExecutionNotFoundException";var _AET="AssociationExecutionTarget",_AETF="AssociationExecutionTargetsFilter",_AETFL="AssociationExecutionTargetsFilterList",_AETL="AssociationExecutionTargetsList";var _AF="AssociationFilter",_AFL="AssociationFilterList",_AI="AssociatedInstances",_AIL="AccountIdList",_AILt="AttachmentInformationList";var _AIc="AccountId";var _AIct="ActivationId",_AId="AdditionalInfo";var _AIs="AssociationId";var _AIt="AttachmentInformation";var _ALE="AssociationLimitExceeded",_ALl="AlarmList",_ALs="AssociationList",_AN="AssociationName",_ANt="AttributeName",_AO="AssociationOverview",_AOACI="ApplyOnlyAtCronInterval";var _APl="AllowedPattern";var _ARN="ARN";var _AS="AssociationStatus",_ASAC="AssociationStatusAggregatedCount",_ASI="AccountSharingInfo",_ASIL="AccountSharingInfoList",_ASILl="AlarmStateInformationList",_ASIl="AlarmStateInformation";var _ASNFE="AutomationStepNotFoundException";var _ATPN="AutomationTargetParameterName",_ATTR="AddTagsToResource",_ATTRR="AddTagsToResourceRequest",_ATTRRd="AddTagsToResourceResult";var _ATgg="AggregatorType";var _ATut="AutomationTargets";var _AV="AssociationVersion";var _AVLE="AssociationVersionLimitExceeded",_AVg="AgentVersion";var _AZ="AvailabilityZone";var _Acc="Accounts",_Ag="Aggregators",_Agg="Aggregator",_Al="Alarm",_Ala="Alarms",_Ar="Architecture";var _As="Association";var _Attr="Attribute",_Au="Author";var _CABRE="CreateAssociationBatchRequestEntry",_CABREr="CreateAssociationBatchRequestEntries";var _CCo="CompliantCount",_CCr="CriticalCount",_CD="CreatedDate";var _CE="ConflictException",_CES="ComplianceExecutionSummary";var _CFo="ComplianceFilter",_CH="ContentHash";var _CILo="ComplianceItemList";var _CIom="ComplianceItem";var _CN="CalendarNames";var _CNo="ComputerName";var _CS="ComplianceSeverity",_CSCLEE="CustomSchemaCountLimitExceededException",_CSF="ComplianceStringFilter",_CSFL="ComplianceStringFilterList",_CSFVL="ComplianceStringFilterValueList",_CSI="ComplianceSummaryItem",_CSIL="ComplianceSummaryItemList";var _CSo="CompliantSummary",_CT="CreatedTime",_CTCLEE="ComplianceTypeCountLimitExceededException",_CTa="CaptureTime";var _CTo="ComplianceType";var _Cont="Content",_Conte="Context";var _D="Description";var _DAE="DocumentAlreadyExists";var _DDC="DuplicateDocumentContent";var _DDVN="DuplicateDocumentVersionName";var _DF="DocumentFormat",_DFL="DocumentFilterList",_DFo="DocumentFilter";var _DII="DuplicateInstanceId";var _DIL="DocumentIdentifierList";var _DIo="DocumentIdentifier";var _DLE="DocumentLimitExceeded";var _DNEE="DoesNotExistException",_DNi="DisplayName";var _DPL="DocumentPermissionLimit",_DPLo="DocumentParameterList";var _DPo="DocumentParameter";var _DRL="DocumentRequiresList";var _DRo="DocumentRequires";var _DS="DetailedStatus";var _DT="DocumentType";var _DTa="DataType";var _DV="DocumentVersion";var _DVLE="DocumentVersionLimitExceeded";var _DVef="DefaultValue";var _Da="Date",_Dat="Data",_De="Details";var _Du="Duration";var _EAx="ExcludeAccounts";var _EI="ExecutionId";var _ERN="ExecutionRoleName",_ES="ExecutionSummary";var _ET="ExecutionTime";var _ETx="ExecutionType";var _Ent="Entry";var _Entit="Entity";var _Ex="Expression";var _FCA="FailedCreateAssociation",_FCAE="FailedCreateAssociationEntry",_FCAL="FailedCreateAssociationList";var _FNAE="FeatureNotAvailableException";var _FVi="FilterValue";var _Fa="Fault",_Fi="Filters";var _G="Groups";var _GPH="GetParameterHistory",_GPHR="GetParameterHistoryRequest",_GPHRe="GetParameterHistoryResult";var _GPRet="GetParametersRequest",_GPReta="GetParametersResult";var _GPet="GetParameters";var _H="Hash",_HC="HighCount",_HLLEE="HierarchyLevelLimitExceededException",_HT="HashType",_HTME="HierarchyTypeMismatchException",_I="Id",_IA="InvalidActivation",_IAAO="InstanceAggregatedAssociationOverview",_IAE="InvalidAggregatorException",_IAEPE="InvalidAutomationExecutionParametersException",_IAI="InvalidActivationId";var _IALn="InventoryAggregatorList",_IAOL="InstanceAssociationOutputLocation";var _IAPE="InvalidAllowedPatternException",_IASAC="InstanceAssociationStatusAggregatedCount",_IASE="InvalidAutomationSignalException";var _IASUE="InvalidAutomationStatusUpdateException",_IAV="InvalidAssociationVersion",_IAn="InvalidAssociation";var _IAnv="InventoryAggregator";var _ICI="InvalidCommandId",_ICME="ItemContentMismatchException",_ICOU="IncludeChildOrganizationUnits",_ICn="InformationalCount";var _ID="InvalidDocument",_IDC="InvalidDocumentContent",_IDIE="InvalidDeletionIdException",_IDIPE="InvalidDeleteInventoryParametersException";var _IDNE="InvocationDoesNotExist",_IDO="InvalidDocumentOperation";var _IDSV="InvalidDocumentSchemaVersion",_IDT="InvalidDocumentType",_IDV="InvalidDocumentVersion";var _IF="InvalidFilter",_IFK="InvalidFilterKey",_IFL="InventoryFilterList",_IFO="InvalidFilterOption";var _IFV="InvalidFilterValue",_IFVL="InventoryFilterValueList",_IFn="InventoryFilter",_IG="InventoryGroup",_IGL="InventoryGroupList",_II="InstanceId",_IIA="InventoryItemAttribute",_IIAL="InventoryItemAttributeList",_IICE="InvalidItemContentException",_IIEL="InventoryItemEntryList",_IIF="InstanceInformationFilter",_IIFL="InstanceInformationFilterList",_IIFV="InstanceInformationFilterValue",_IIFVS="InstanceInformationFilterValueSet",_IIGE="InvalidInventoryGroupException",_III="InvalidInstanceId",_IIICE="InvalidInventoryItemContextException",_IIIFV="InvalidInstanceInformationFilterValue",_IIL="InstanceInformationList",_IILn="InventoryItemList",_IIPFV="InvalidInstancePropertyFilterValue",_IIRE="InvalidInventoryRequestException";var _IISF="InstanceInformationStringFilter",_IISFL="InstanceInformationStringFilterList";var _IInst="InstanceInformation";var _IInve="InventoryItem",_IKI="InvalidKeyId",_IL="InvalidLabels",_ILV="IsLatestVersion";var _INC="InvalidNotificationConfig",_INT="InvalidNextToken";var _IOE="InvalidOptionException",_IOF="InvalidOutputFolder",_IOL="InvalidOutputLocation";var _IP="InvalidParameters",_IPA="IPAddress",_IPAE="InvalidPolicyAttributeException",_IPAF="IgnorePollAlarmFailure",_IPE="IncompatiblePolicyException",_IPF="InstancePropertyFilter",_IPFL="InstancePropertyFilterList",_IPFV="InstancePropertyFilterValue",_IPFVS="InstancePropertyFilterValueSet",_IPM="IdempotentParameterMismatch",_IPN="InvalidPluginName";var _IPSFLn="InstancePropertyStringFilterList",_IPSFn="InstancePropertyStringFilter";var _IPT="InvalidPermissionType",_IPTE="InvalidPolicyTypeException",_IPn="InstanceProperties",_IPns="InstanceProperty",_IR="InvalidRole",_IRAE="InvalidResultAttributeException";var _IRE="InventoryResultEntity",_IREL="InventoryResultEntityList",_IRI="InvalidResourceId",_IRIM="InventoryResultItemMap",_IRIn="InventoryResultItem",_IRT="InvalidResourceType",_IRa="IamRole",_IRn="InstanceRole",_IS="InvalidSchedule",_ISE="InternalServerError",_ISLEE="ItemSizeLimitExceededException";var _ISns="InstanceState",_IT="InvalidTag",_ITM="InvalidTargetMaps",_ITNE="InvalidTypeNameException",_ITn="InvalidTarget",_ITns="InstanceType";var _IU="InvalidUpdate";var _Item="Item",_K="Key";var _KI="KeyId",_KN="KeyName";var _L="Limit";var _LAED="LastAssociationExecutionDate";var _LC="LowCount";var _LED="LastExecutionDate";var _LMD="LastModifiedDate";var _LMU="LastModifiedUser";var _LPDT="LastPingDateTime",_LPV="LabelParameterVersion",_LPVR="LabelParameterVersionRequest",_LPVRa="LabelParameterVersionResult";var _LSAED="LastSuccessfulAssociationExecutionDate",_LSED="LastSuccessfulExecutionDate";var _LT="LimitType";var _LTa="LaunchTime",_LUAD="LastUpdateAssociationDate";var _La="Labels";var _M="Message";var _MC="MaxConcurrency",_MCe="MediumCount";var _MDSE="MaxDocumentSizeExceeded",_ME="MaxErrors";var _MR="MaxResults",_MRPDE="MalformedResourcePolicyDocumentException";var _N="Name",_NA="NodeAggregator";var _NAL="NodeAggregatorList";var _NCC="NonCompliantCount",_NCS="NonCompliantSummary";var _NF="NodeFilter",_NFL="NodeFilterList",_NFVL="NodeFilterValueList";var _NLSE="NoLongerSupportedException";var _NT="NextToken";var _Na="Names";var _O="Overview",_OA="OpsAggregator",_OAL="OpsAggregatorList";var _OE="OpsEntity",_OEI="OpsEntityItem",_OEIEL="OpsEntityItemEntryList",_OEIM="OpsEntityItemMap",_OEL="OpsEntityList";var _OF="OpsFilter",_OFL="OpsFilterList",_OFVL="OpsFilterValueList";var _OIADE="OpsItemAccessDeniedException",_OIAEE="OpsItemAlreadyExistsException",_OICE="OpsItemConflictException";var _OII="OpsItemId",_OIIPE="OpsItemInvalidParameterException";var _OILEE="OpsItemLimitExceededException";var _OINFE="OpsItemNotFoundException";var _OIRIAEE="OpsItemRelatedItemAlreadyExistsException",_OIRIANFE="OpsItemRelatedItemAssociationNotFoundException";var _OL="OutputLocation";var _OMAEE="OpsMetadataAlreadyExistsException";var _OMIAE="OpsMetadataInvalidArgumentException",_OMKLEE="OpsMetadataKeyLimitExceededException";var _OMLEE="OpsMetadataLimitExceededException",_OMNFE="OpsMetadataNotFoundException",_OMTMUE="OpsMetadataTooManyUpdatesException";var _ORA="OpsResultAttribute",_ORAL="OpsResultAttributeList",_OS="OutputSource",_OSBN="OutputS3BucketName",_OSI="OutputSourceId",_OSKP="OutputS3KeyPrefix",_OSR="OutputS3Region";var _OSTu="OutputSourceType";var _OSv="OverallSeverity";var _Ope="Operator";var _Ov="Overwrite",_Ow="Owner",_P="Parameters",_PAE="ParameterAlreadyExists";var _PHL="ParameterHistoryList",_PHa="ParameterHistory";var _PIP="ParameterInlinePolicy";var _PL="ParameterList",_PLE="ParameterLimitExceeded",_PLEE="PoliciesLimitExceededException";var _PMVLE="ParameterMaxVersionLimitExceeded";var _PN="ParameterNames",_PNF="ParameterNotFound";var _PNla="PlatformName";var _PP="PutParameter";var _PPLa="ParameterPolicyList",_PPME="ParameterPatternMismatchException",_PPR="PutParameterRequest",_PPRu="PutParameterResult";var _PSPV="PSParameterValue";var _PSi="PingStatus",_PSo="PolicyStatus";var _PTL="PlatformTypeList",_PTl="PlatformTypes",_PTla="PlatformType",_PTo="PolicyText",_PTol="PolicyType",_PV="PlatformVersion",_PVLLE="ParameterVersionLabelLimitExceeded",_PVNF="ParameterVersionNotFound",_PVa="ParameterVersion";var _Par="Parameter";var _Po="Policies";var _QC="QuotaCode";var _RAL="ResultAttributeList";var _RAesu="ResultAttribute",_RC="ReasonCode",_RCBS="ResourceCountByStatus";var _RCSIL="ResourceComplianceSummaryItemList",_RCSIe="ResourceComplianceSummaryItem";var _RD="RegistrationDate";var _RDSAEE="ResourceDataSyncAlreadyExistsException";var _RDSCE="ResourceDataSyncConflictException",_RDSCEE="ResourceDataSyncCountExceededException";var _RDSICE="ResourceDataSyncInvalidConfigurationException";var _RDSNFE="ResourceDataSyncNotFoundException";var _RI="ResourceId",_RIL="ReviewInformationList",_RIUE="ResourceInUseException",_RIe="ReviewInformation";var _RLEE="ResourceLimitExceededException";var _RNFE="ResourceNotFoundException";var _RPCE="ResourcePolicyConflictException",_RPIPE="ResourcePolicyInvalidParameterException",_RPLEE="ResourcePolicyLimitExceededException",_RPNFE="ResourcePolicyNotFoundException";var _RS="ReviewStatus";var _RT="ResourceTypes";var _RTe="ResourceType",_RTeq="RequireType";var _RTev="ReviewedTime",_RU="ResourceUri",_Re="Regions";var _Req="Requires";var _Rev="Reviewer";var _S="State";var _SC="ServiceCode";var _SCy="SyncCompliance";var _SDV="SharedDocumentVersion";var _SE="ScheduleExpression";var _SIo="SourceId";var _SL="S3Location";var _SLo="SourceLocation";var _SN="SyncName";var _SO="ScheduleOffset";var _SOL="S3OutputLocation";var _SQEE="ServiceQuotaExceededException";var _SRo="SourceResult";var _SS="SeveritySummary",_SSNF="ServiceSettingNotFound";var _ST="SyncType",_STCLEE="SubTypeCountLimitExceededException";var _STo="SourceType";var _SU="StatusUnchanged";var _SV="SchemaVersion";var _Se="Severity",_Sel="Selector";var _Si="Size";var _St="Status";var _T="Tags",_TA="TriggeredAlarms";var _TE="ThrottlingException";var _TIUE="TargetInUseException";var _TL="TargetLocations",_TLAC="TargetLocationAlarmConfiguration",_TLMC="TargetLocationMaxConcurrency",_TLME="TargetLocationMaxErrors";var _TLa="TagList",_TLar="TargetLocation",_TM="TargetMaps",_TMC="TargetsMaxConcurrency",_TME="TargetsMaxErrors",_TMTE="TooManyTagsError",_TMU="TooManyUpdates",_TMa="TargetMap",_TN="TypeName",_TNC="TargetNotConnected";var _TSLEE="TotalSizeLimitExceededException";var _TT="TargetType";var _Ta="Targets",_Tag="Tag",_Tar="Target";var _Ti="Title",_Tie="Tier";var _Ty="Type",_U="Url";var _UC="UnspecifiedCount";var _UCE="UnsupportedCalendarException";var _UFRE="UnsupportedFeatureRequiredException",_UIICE="UnsupportedInventoryItemContextException",_UISVE="UnsupportedInventorySchemaVersionException";var _UOE="UnsupportedOperationException";var _UOS="UnsupportedOperatingSystem";var _UPT="UnsupportedParameterType",_UPTn="UnsupportedPlatformType";var _V="Value";var _VE="ValidationException";var _VN="VersionName";var _Va="Values";var _Ve="Version";var _WD="WithDecryption";var _aQE="awsQueryError",_c="client",_e="error",_en="entries",_k="key",_m="message",_s="smithy.ts.sdk.synthetic.com.amazonaws.ssm",_se="server",_v="value",_vS="valueSet",_xN="xmlName",n0="com.amazonaws.ssm",_s_registry=new chunk_AC5OV5WI/* TypeRegistry */.OF(_s),SSMServiceException$=[-3,_s,"SSMServiceException",0,[],[]];_s_registry.registerError(SSMServiceException$,SSMServiceException);var n0_registry=new chunk_AC5OV5WI/* TypeRegistry */.OF(n0),AccessDeniedException$=[-3,n0,_ADE,{[_e]:_c},[_M],[0],1];n0_registry.registerError(AccessDeniedException$,AccessDeniedException);var AlreadyExistsException$=[-3,n0,_AEE,{[_aQE]:["AlreadyExistsException",400],[_e]:_c},[_M],[0]];n0_registry.registerError(AlreadyExistsException$,AlreadyExistsException);var AssociatedInstances$=[-3,n0,_AI,{[_aQE]:["AssociatedInstances",400],[_e]:_c},[],[]];n0_registry.registerError(AssociatedInstances$,AssociatedInstances);var AssociationAlreadyExists$=[-3,n0,_AAE,{[_aQE]:["AssociationAlreadyExists",400],[_e]:_c},[],[]];n0_registry.registerError(AssociationAlreadyExists$,AssociationAlreadyExists);var AssociationDoesNotExist$=[-3,n0,_ADNE,{[_aQE]:["AssociationDoesNotExist",404],[_e]:_c},[_M],[0]];n0_registry.registerError(AssociationDoesNotExist$,AssociationDoesNotExist);var AssociationExecutionDoesNotExist$=[-3,n0,_AEDNE,{[_aQE]:["AssociationExecutionDoesNotExist",404],[_e]:_c},[_M],[0]];n0_registry.registerError(AssociationExecutionDoesNotExist$,AssociationExecutionDoesNotExist);var AssociationLimitExceeded$=[-3,n0,_ALE,{[_aQE]:["AssociationLimitExceeded",400],[_e]:_c},[],[]];n0_registry.registerError(AssociationLimitExceeded$,AssociationLimitExceeded);var AssociationVersionLimitExceeded$=[-3,n0,_AVLE,{[_aQE]:["AssociationVersionLimitExceeded",400],[_e]:_c},[_M],[0]];n0_registry.registerError(AssociationVersionLimitExceeded$,AssociationVersionLimitExceeded);var AutomationDefinitionNotApprovedException$=[-3,n0,_ADNAE,{[_aQE]:["AutomationDefinitionNotApproved",400],[_e]:_c},[_M],[0]];n0_registry.registerError(AutomationDefinitionNotApprovedException$,AutomationDefinitionNotApprovedException);var AutomationDefinitionNotFoundException$=[-3,n0,_ADNFE,{[_aQE]:["AutomationDefinitionNotFound",404],[_e]:_c},[_M],[0]];n0_registry.registerError(AutomationDefinitionNotFoundException$,AutomationDefinitionNotFoundException);var AutomationDefinitionVersionNotFoundException$=[-3,n0,_ADVNFE,{[_aQE]:["AutomationDefinitionVersionNotFound",404],[_e]:_c},[_M],[0]];n0_registry.registerError(AutomationDefinitionVersionNotFoundException$,AutomationDefinitionVersionNotFoundException);var AutomationExecutionLimitExceededException$=[-3,n0,_AELEE,{[_aQE]:["AutomationExecutionLimitExceeded",429],[_e]:_c},[_M],[0]];n0_registry.registerError(AutomationExecutionLimitExceededException$,AutomationExecutionLimitExceededException);var AutomationExecutionNotFoundException$=[-3,n0,_AENFE,{[_aQE]:["AutomationExecutionNotFound",404],[_e]:_c},[_M],[0]];n0_registry.registerError(AutomationExecutionNotFoundException$,AutomationExecutionNotFoundException);var AutomationStepNotFoundException$=[-3,n0,_ASNFE,{[_aQE]:["AutomationStepNotFoundException",404],[_e]:_c},[_M],[0]];n0_registry.registerError(AutomationStepNotFoundException$,AutomationStepNotFoundException);var ComplianceTypeCountLimitExceededException$=[-3,n0,_CTCLEE,{[_aQE]:["ComplianceTypeCountLimitExceeded",400],[_e]:_c},[_M],[0]];n0_registry.registerError(ComplianceTypeCountLimitExceededException$,ComplianceTypeCountLimitExceededException);var ConflictException$=[-3,n0,_CE,{[_aQE]:["ConflictException",409],[_e]:_c},[_M],[0]];n0_registry.registerError(ConflictException$,ConflictException);var CustomSchemaCountLimitExceededException$=[-3,n0,_CSCLEE,{[_aQE]:["CustomSchemaCountLimitExceeded",400],[_e]:_c},[_M],[0]];n0_registry.registerError(CustomSchemaCountLimitExceededException$,CustomSchemaCountLimitExceededException);var DocumentAlreadyExists$=[-3,n0,_DAE,{[_aQE]:["DocumentAlreadyExists",400],[_e]:_c},[_M],[0]];n0_registry.registerError(DocumentAlreadyExists$,DocumentAlreadyExists);var DocumentLimitExceeded$=[-3,n0,_DLE,{[_aQE]:["DocumentLimitExceeded",400],[_e]:_c},[_M],[0]];n0_registry.registerError(DocumentLimitExceeded$,DocumentLimitExceeded);var DocumentPermissionLimit$=[-3,n0,_DPL,{[_aQE]:["DocumentPermissionLimit",400],[_e]:_c},[_M],[0]];n0_registry.registerError(DocumentPermissionLimit$,DocumentPermissionLimit);var DocumentVersionLimitExceeded$=[-3,n0,_DVLE,{[_aQE]:["DocumentVersionLimitExceeded",400],[_e]:_c},[_M],[0]];n0_registry.registerError(DocumentVersionLimitExceeded$,DocumentVersionLimitExceeded);var DoesNotExistException$=[-3,n0,_DNEE,{[_aQE]:["DoesNotExistException",404],[_e]:_c},[_M],[0]];n0_registry.registerError(DoesNotExistException$,DoesNotExistException);var DuplicateDocumentContent$=[-3,n0,_DDC,{[_aQE]:["DuplicateDocumentContent",400],[_e]:_c},[_M],[0]];n0_registry.registerError(DuplicateDocumentContent$,DuplicateDocumentContent);var DuplicateDocumentVersionName$=[-3,n0,_DDVN,{[_aQE]:["DuplicateDocumentVersionName",400],[_e]:_c},[_M],[0]];n0_registry.registerError(DuplicateDocumentVersionName$,DuplicateDocumentVersionName);var DuplicateInstanceId$=[-3,n0,_DII,{[_aQE]:["DuplicateInstanceId",404],[_e]:_c},[],[]];n0_registry.registerError(DuplicateInstanceId$,DuplicateInstanceId);var FeatureNotAvailableException$=[-3,n0,_FNAE,{[_aQE]:["FeatureNotAvailableException",400],[_e]:_c},[_M],[0]];n0_registry.registerError(FeatureNotAvailableException$,FeatureNotAvailableException);var HierarchyLevelLimitExceededException$=[-3,n0,_HLLEE,{[_aQE]:["HierarchyLevelLimitExceededException",400],[_e]:_c},[_m],[0]];n0_registry.registerError(HierarchyLevelLimitExceededException$,HierarchyLevelLimitExceededException);var HierarchyTypeMismatchException$=[-3,n0,_HTME,{[_aQE]:["HierarchyTypeMismatchException",400],[_e]:_c},[_m],[0]];n0_registry.registerError(HierarchyTypeMismatchException$,HierarchyTypeMismatchException);var IdempotentParameterMismatch$=[-3,n0,_IPM,{[_aQE]:["IdempotentParameterMismatch",400],[_e]:_c},[_M],[0]];n0_registry.registerError(IdempotentParameterMismatch$,IdempotentParameterMismatch);var IncompatiblePolicyException$=[-3,n0,_IPE,{[_aQE]:["IncompatiblePolicyException",400],[_e]:_c},[_m],[0]];n0_registry.registerError(IncompatiblePolicyException$,IncompatiblePolicyException);var InternalServerError$=[-3,n0,_ISE,{[_aQE]:["InternalServerError",500],[_e]:_se},[_M],[0]];n0_registry.registerError(InternalServerError$,InternalServerError);var InvalidActivation$=[-3,n0,_IA,{[_aQE]:["InvalidActivation",404],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidActivation$,InvalidActivation);var InvalidActivationId$=[-3,n0,_IAI,{[_aQE]:["InvalidActivationId",404],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidActivationId$,InvalidActivationId);var InvalidAggregatorException$=[-3,n0,_IAE,{[_aQE]:["InvalidAggregator",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidAggregatorException$,InvalidAggregatorException);var InvalidAllowedPatternException$=[-3,n0,_IAPE,{[_aQE]:["InvalidAllowedPatternException",400],[_e]:_c},[_m],[0]];n0_registry.registerError(InvalidAllowedPatternException$,InvalidAllowedPatternException);var InvalidAssociation$=[-3,n0,_IAn,{[_aQE]:["InvalidAssociation",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidAssociation$,InvalidAssociation);var InvalidAssociationVersion$=[-3,n0,_IAV,{[_aQE]:["InvalidAssociationVersion",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidAssociationVersion$,InvalidAssociationVersion);var InvalidAutomationExecutionParametersException$=[-3,n0,_IAEPE,{[_aQE]:["InvalidAutomationExecutionParameters",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidAutomationExecutionParametersException$,InvalidAutomationExecutionParametersException);var InvalidAutomationSignalException$=[-3,n0,_IASE,{[_aQE]:["InvalidAutomationSignalException",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidAutomationSignalException$,InvalidAutomationSignalException);var InvalidAutomationStatusUpdateException$=[-3,n0,_IASUE,{[_aQE]:["InvalidAutomationStatusUpdateException",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidAutomationStatusUpdateException$,InvalidAutomationStatusUpdateException);var InvalidCommandId$=[-3,n0,_ICI,{[_aQE]:["InvalidCommandId",404],[_e]:_c},[],[]];n0_registry.registerError(InvalidCommandId$,InvalidCommandId);var InvalidDeleteInventoryParametersException$=[-3,n0,_IDIPE,{[_aQE]:["InvalidDeleteInventoryParameters",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidDeleteInventoryParametersException$,InvalidDeleteInventoryParametersException);var InvalidDeletionIdException$=[-3,n0,_IDIE,{[_aQE]:["InvalidDeletionId",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidDeletionIdException$,InvalidDeletionIdException);var InvalidDocument$=[-3,n0,_ID,{[_aQE]:["InvalidDocument",404],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidDocument$,InvalidDocument);var InvalidDocumentContent$=[-3,n0,_IDC,{[_aQE]:["InvalidDocumentContent",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidDocumentContent$,InvalidDocumentContent);var InvalidDocumentOperation$=[-3,n0,_IDO,{[_aQE]:["InvalidDocumentOperation",403],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidDocumentOperation$,InvalidDocumentOperation);var InvalidDocumentSchemaVersion$=[-3,n0,_IDSV,{[_aQE]:["InvalidDocumentSchemaVersion",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidDocumentSchemaVersion$,InvalidDocumentSchemaVersion);var InvalidDocumentType$=[-3,n0,_IDT,{[_aQE]:["InvalidDocumentType",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidDocumentType$,InvalidDocumentType);var InvalidDocumentVersion$=[-3,n0,_IDV,{[_aQE]:["InvalidDocumentVersion",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidDocumentVersion$,InvalidDocumentVersion);var InvalidFilter$=[-3,n0,_IF,{[_aQE]:["InvalidFilter",441],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidFilter$,InvalidFilter);var InvalidFilterKey$=[-3,n0,_IFK,{[_aQE]:["InvalidFilterKey",400],[_e]:_c},[],[]];n0_registry.registerError(InvalidFilterKey$,InvalidFilterKey);var InvalidFilterOption$=[-3,n0,_IFO,{[_aQE]:["InvalidFilterOption",400],[_e]:_c},[_m],[0]];n0_registry.registerError(InvalidFilterOption$,InvalidFilterOption);var InvalidFilterValue$=[-3,n0,_IFV,{[_aQE]:["InvalidFilterValue",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidFilterValue$,InvalidFilterValue);var InvalidInstanceId$=[-3,n0,_III,{[_aQE]:["InvalidInstanceId",404],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidInstanceId$,InvalidInstanceId);var InvalidInstanceInformationFilterValue$=[-3,n0,_IIIFV,{[_aQE]:["InvalidInstanceInformationFilterValue",400],[_e]:_c},[_m],[0]];n0_registry.registerError(InvalidInstanceInformationFilterValue$,InvalidInstanceInformationFilterValue);var InvalidInstancePropertyFilterValue$=[-3,n0,_IIPFV,{[_aQE]:["InvalidInstancePropertyFilterValue",400],[_e]:_c},[_m],[0]];n0_registry.registerError(InvalidInstancePropertyFilterValue$,InvalidInstancePropertyFilterValue);var InvalidInventoryGroupException$=[-3,n0,_IIGE,{[_aQE]:["InvalidInventoryGroup",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidInventoryGroupException$,InvalidInventoryGroupException);var InvalidInventoryItemContextException$=[-3,n0,_IIICE,{[_aQE]:["InvalidInventoryItemContext",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidInventoryItemContextException$,InvalidInventoryItemContextException);var InvalidInventoryRequestException$=[-3,n0,_IIRE,{[_aQE]:["InvalidInventoryRequest",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidInventoryRequestException$,InvalidInventoryRequestException);var InvalidItemContentException$=[-3,n0,_IICE,{[_aQE]:["InvalidItemContent",400],[_e]:_c},[_TN,_M],[0,0]];n0_registry.registerError(InvalidItemContentException$,InvalidItemContentException);var InvalidKeyId$=[-3,n0,_IKI,{[_aQE]:["InvalidKeyId",400],[_e]:_c},[_m],[0]];n0_registry.registerError(InvalidKeyId$,InvalidKeyId);var InvalidNextToken$=[-3,n0,_INT,{[_aQE]:["InvalidNextToken",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidNextToken$,InvalidNextToken);var InvalidNotificationConfig$=[-3,n0,_INC,{[_aQE]:["InvalidNotificationConfig",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidNotificationConfig$,InvalidNotificationConfig);var InvalidOptionException$=[-3,n0,_IOE,{[_aQE]:["InvalidOption",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidOptionException$,InvalidOptionException);var InvalidOutputFolder$=[-3,n0,_IOF,{[_aQE]:["InvalidOutputFolder",400],[_e]:_c},[],[]];n0_registry.registerError(InvalidOutputFolder$,InvalidOutputFolder);var InvalidOutputLocation$=[-3,n0,_IOL,{[_aQE]:["InvalidOutputLocation",400],[_e]:_c},[],[]];n0_registry.registerError(InvalidOutputLocation$,InvalidOutputLocation);var InvalidParameters$=[-3,n0,_IP,{[_aQE]:["InvalidParameters",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidParameters$,InvalidParameters);var InvalidPermissionType$=[-3,n0,_IPT,{[_aQE]:["InvalidPermissionType",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidPermissionType$,InvalidPermissionType);var InvalidPluginName$=[-3,n0,_IPN,{[_aQE]:["InvalidPluginName",404],[_e]:_c},[],[]];n0_registry.registerError(InvalidPluginName$,InvalidPluginName);var InvalidPolicyAttributeException$=[-3,n0,_IPAE,{[_aQE]:["InvalidPolicyAttributeException",400],[_e]:_c},[_m],[0]];n0_registry.registerError(InvalidPolicyAttributeException$,InvalidPolicyAttributeException);var InvalidPolicyTypeException$=[-3,n0,_IPTE,{[_aQE]:["InvalidPolicyTypeException",400],[_e]:_c},[_m],[0]];n0_registry.registerError(InvalidPolicyTypeException$,InvalidPolicyTypeException);var InvalidResourceId$=[-3,n0,_IRI,{[_aQE]:["InvalidResourceId",400],[_e]:_c},[],[]];n0_registry.registerError(InvalidResourceId$,InvalidResourceId);var InvalidResourceType$=[-3,n0,_IRT,{[_aQE]:["InvalidResourceType",400],[_e]:_c},[],[]];n0_registry.registerError(InvalidResourceType$,InvalidResourceType);var InvalidResultAttributeException$=[-3,n0,_IRAE,{[_aQE]:["InvalidResultAttribute",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidResultAttributeException$,InvalidResultAttributeException);var InvalidRole$=[-3,n0,_IR,{[_aQE]:["InvalidRole",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidRole$,InvalidRole);var InvalidSchedule$=[-3,n0,_IS,{[_aQE]:["InvalidSchedule",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidSchedule$,InvalidSchedule);var InvalidTag$=[-3,n0,_IT,{[_aQE]:["InvalidTag",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidTag$,InvalidTag);var InvalidTarget$=[-3,n0,_ITn,{[_aQE]:["InvalidTarget",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidTarget$,InvalidTarget);var InvalidTargetMaps$=[-3,n0,_ITM,{[_aQE]:["InvalidTargetMaps",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidTargetMaps$,InvalidTargetMaps);var InvalidTypeNameException$=[-3,n0,_ITNE,{[_aQE]:["InvalidTypeName",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidTypeNameException$,InvalidTypeNameException);var InvalidUpdate$=[-3,n0,_IU,{[_aQE]:["InvalidUpdate",400],[_e]:_c},[_M],[0]];n0_registry.registerError(InvalidUpdate$,InvalidUpdate);var InvocationDoesNotExist$=[-3,n0,_IDNE,{[_aQE]:["InvocationDoesNotExist",400],[_e]:_c},[],[]];n0_registry.registerError(InvocationDoesNotExist$,InvocationDoesNotExist);var ItemContentMismatchException$=[-3,n0,_ICME,{[_aQE]:["ItemContentMismatch",400],[_e]:_c},[_TN,_M],[0,0]];n0_registry.registerError(ItemContentMismatchException$,ItemContentMismatchException);var ItemSizeLimitExceededException$=[-3,n0,_ISLEE,{[_aQE]:["ItemSizeLimitExceeded",400],[_e]:_c},[_TN,_M],[0,0]];n0_registry.registerError(ItemSizeLimitExceededException$,ItemSizeLimitExceededException);var MalformedResourcePolicyDocumentException$=[-3,n0,_MRPDE,{[_aQE]:["MalformedResourcePolicyDocumentException",400],[_e]:_c},[_M],[0]];n0_registry.registerError(MalformedResourcePolicyDocumentException$,MalformedResourcePolicyDocumentException);var MaxDocumentSizeExceeded$=[-3,n0,_MDSE,{[_aQE]:["MaxDocumentSizeExceeded",400],[_e]:_c},[_M],[0]];n0_registry.registerError(MaxDocumentSizeExceeded$,MaxDocumentSizeExceeded);var NoLongerSupportedException$=[-3,n0,_NLSE,{[_aQE]:["NoLongerSupported",400],[_e]:_c},[_M],[0]];n0_registry.registerError(NoLongerSupportedException$,NoLongerSupportedException);var OpsItemAccessDeniedException$=[-3,n0,_OIADE,{[_aQE]:["OpsItemAccessDeniedException",403],[_e]:_c},[_M],[0]];n0_registry.registerError(OpsItemAccessDeniedException$,OpsItemAccessDeniedException);var OpsItemAlreadyExistsException$=[-3,n0,_OIAEE,{[_aQE]:["OpsItemAlreadyExistsException",400],[_e]:_c},[_M,_OII],[0,0]];n0_registry.registerError(OpsItemAlreadyExistsException$,OpsItemAlreadyExistsException);var OpsItemConflictException$=[-3,n0,_OICE,{[_aQE]:["OpsItemConflictException",409],[_e]:_c},[_M],[0]];n0_registry.registerError(OpsItemConflictException$,OpsItemConflictException);var OpsItemInvalidParameterException$=[-3,n0,_OIIPE,{[_aQE]:["OpsItemInvalidParameterException",400],[_e]:_c},[_PN,_M],[64,0]];n0_registry.registerError(OpsItemInvalidParameterException$,OpsItemInvalidParameterException);var OpsItemLimitExceededException$=[-3,n0,_OILEE,{[_aQE]:["OpsItemLimitExceededException",400],[_e]:_c},[_RT,_L,_LT,_M],[64,1,0,0]];n0_registry.registerError(OpsItemLimitExceededException$,OpsItemLimitExceededException);var OpsItemNotFoundException$=[-3,n0,_OINFE,{[_aQE]:["OpsItemNotFoundException",400],[_e]:_c},[_M],[0]];n0_registry.registerError(OpsItemNotFoundException$,OpsItemNotFoundException);var OpsItemRelatedItemAlreadyExistsException$=[-3,n0,_OIRIAEE,{[_aQE]:["OpsItemRelatedItemAlreadyExistsException",400],[_e]:_c},[_M,_RU,_OII],[0,0,0]];n0_registry.registerError(OpsItemRelatedItemAlreadyExistsException$,OpsItemRelatedItemAlreadyExistsException);var OpsItemRelatedItemAssociationNotFoundException$=[-3,n0,_OIRIANFE,{[_aQE]:["OpsItemRelatedItemAssociationNotFoundException",400],[_e]:_c},[_M],[0]];n0_registry.registerError(OpsItemRelatedItemAssociationNotFoundException$,OpsItemRelatedItemAssociationNotFoundException);var OpsMetadataAlreadyExistsException$=[-3,n0,_OMAEE,{[_aQE]:["OpsMetadataAlreadyExistsException",400],[_e]:_c},[_m],[0]];n0_registry.registerError(OpsMetadataAlreadyExistsException$,OpsMetadataAlreadyExistsException);var OpsMetadataInvalidArgumentException$=[-3,n0,_OMIAE,{[_aQE]:["OpsMetadataInvalidArgumentException",400],[_e]:_c},[_m],[0]];n0_registry.registerError(OpsMetadataInvalidArgumentException$,OpsMetadataInvalidArgumentException);var OpsMetadataKeyLimitExceededException$=[-3,n0,_OMKLEE,{[_aQE]:["OpsMetadataKeyLimitExceededException",429],[_e]:_c},[_m],[0]];n0_registry.registerError(OpsMetadataKeyLimitExceededException$,OpsMetadataKeyLimitExceededException);var OpsMetadataLimitExceededException$=[-3,n0,_OMLEE,{[_aQE]:["OpsMetadataLimitExceededException",429],[_e]:_c},[_m],[0]];n0_registry.registerError(OpsMetadataLimitExceededException$,OpsMetadataLimitExceededException);var OpsMetadataNotFoundException$=[-3,n0,_OMNFE,{[_aQE]:["OpsMetadataNotFoundException",404],[_e]:_c},[_m],[0]];n0_registry.registerError(OpsMetadataNotFoundException$,OpsMetadataNotFoundException);var OpsMetadataTooManyUpdatesException$=[-3,n0,_OMTMUE,{[_aQE]:["OpsMetadataTooManyUpdatesException",429],[_e]:_c},[_m],[0]];n0_registry.registerError(OpsMetadataTooManyUpdatesException$,OpsMetadataTooManyUpdatesException);var ParameterAlreadyExists$=[-3,n0,_PAE,{[_aQE]:["ParameterAlreadyExists",400],[_e]:_c},[_m],[0]];n0_registry.registerError(ParameterAlreadyExists$,ParameterAlreadyExists);var ParameterLimitExceeded$=[-3,n0,_PLE,{[_aQE]:["ParameterLimitExceeded",429],[_e]:_c},[_m],[0]];n0_registry.registerError(ParameterLimitExceeded$,ParameterLimitExceeded);var ParameterMaxVersionLimitExceeded$=[-3,n0,_PMVLE,{[_aQE]:["ParameterMaxVersionLimitExceeded",400],[_e]:_c},[_m],[0]];n0_registry.registerError(ParameterMaxVersionLimitExceeded$,ParameterMaxVersionLimitExceeded);var ParameterNotFound$=[-3,n0,_PNF,{[_aQE]:["ParameterNotFound",404],[_e]:_c},[_m],[0]];n0_registry.registerError(ParameterNotFound$,ParameterNotFound);var ParameterPatternMismatchException$=[-3,n0,_PPME,{[_aQE]:["ParameterPatternMismatchException",400],[_e]:_c},[_m],[0]];n0_registry.registerError(ParameterPatternMismatchException$,ParameterPatternMismatchException);var ParameterVersionLabelLimitExceeded$=[-3,n0,_PVLLE,{[_aQE]:["ParameterVersionLabelLimitExceeded",400],[_e]:_c},[_m],[0]];n0_registry.registerError(ParameterVersionLabelLimitExceeded$,ParameterVersionLabelLimitExceeded);var ParameterVersionNotFound$=[-3,n0,_PVNF,{[_aQE]:["ParameterVersionNotFound",400],[_e]:_c},[_m],[0]];n0_registry.registerError(ParameterVersionNotFound$,ParameterVersionNotFound);var PoliciesLimitExceededException$=[-3,n0,_PLEE,{[_aQE]:["PoliciesLimitExceededException",400],[_e]:_c},[_m],[0]];n0_registry.registerError(PoliciesLimitExceededException$,PoliciesLimitExceededException);var ResourceDataSyncAlreadyExistsException$=[-3,n0,_RDSAEE,{[_aQE]:["ResourceDataSyncAlreadyExists",400],[_e]:_c},[_SN],[0]];n0_registry.registerError(ResourceDataSyncAlreadyExistsException$,ResourceDataSyncAlreadyExistsException);var ResourceDataSyncConflictException$=[-3,n0,_RDSCE,{[_aQE]:["ResourceDataSyncConflictException",409],[_e]:_c},[_M],[0]];n0_registry.registerError(ResourceDataSyncConflictException$,ResourceDataSyncConflictException);var ResourceDataSyncCountExceededException$=[-3,n0,_RDSCEE,{[_aQE]:["ResourceDataSyncCountExceeded",400],[_e]:_c},[_M],[0]];n0_registry.registerError(ResourceDataSyncCountExceededException$,ResourceDataSyncCountExceededException);var ResourceDataSyncInvalidConfigurationException$=[-3,n0,_RDSICE,{[_aQE]:["ResourceDataSyncInvalidConfiguration",400],[_e]:_c},[_M],[0]];n0_registry.registerError(ResourceDataSyncInvalidConfigurationException$,ResourceDataSyncInvalidConfigurationException);var ResourceDataSyncNotFoundException$=[-3,n0,_RDSNFE,{[_aQE]:["ResourceDataSyncNotFound",404],[_e]:_c},[_SN,_ST,_M],[0,0,0]];n0_registry.registerError(ResourceDataSyncNotFoundException$,ResourceDataSyncNotFoundException);var ResourceInUseException$=[-3,n0,_RIUE,{[_aQE]:["ResourceInUseException",400],[_e]:_c},[_M],[0]];n0_registry.registerError(ResourceInUseException$,ResourceInUseException);var ResourceLimitExceededException$=[-3,n0,_RLEE,{[_aQE]:["ResourceLimitExceededException",400],[_e]:_c},[_M],[0]];n0_registry.registerError(ResourceLimitExceededException$,ResourceLimitExceededException);var ResourceNotFoundException$=[-3,n0,_RNFE,{[_aQE]:["ResourceNotFoundException",404],[_e]:_c},[_M],[0]];n0_registry.registerError(ResourceNotFoundException$,ResourceNotFoundException);var ResourcePolicyConflictException$=[-3,n0,_RPCE,{[_aQE]:["ResourcePolicyConflictException",400],[_e]:_c},[_M],[0]];n0_registry.registerError(ResourcePolicyConflictException$,ResourcePolicyConflictException);var ResourcePolicyInvalidParameterException$=[-3,n0,_RPIPE,{[_aQE]:["ResourcePolicyInvalidParameterException",400],[_e]:_c},[_PN,_M],[64,0]];n0_registry.registerError(ResourcePolicyInvalidParameterException$,ResourcePolicyInvalidParameterException);var ResourcePolicyLimitExceededException$=[-3,n0,_RPLEE,{[_aQE]:["ResourcePolicyLimitExceededException",400],[_e]:_c},[_L,_LT,_M],[1,0,0]];n0_registry.registerError(ResourcePolicyLimitExceededException$,ResourcePolicyLimitExceededException);var ResourcePolicyNotFoundException$=[-3,n0,_RPNFE,{[_aQE]:["ResourcePolicyNotFoundException",404],[_e]:_c},[_M],[0]];n0_registry.registerError(ResourcePolicyNotFoundException$,ResourcePolicyNotFoundException);var ServiceQuotaExceededException$=[-3,n0,_SQEE,{[_e]:_c},[_M,_QC,_SC,_RI,_RTe],[0,0,0,0,0],3];n0_registry.registerError(ServiceQuotaExceededException$,ServiceQuotaExceededException);var ServiceSettingNotFound$=[-3,n0,_SSNF,{[_aQE]:["ServiceSettingNotFound",400],[_e]:_c},[_M],[0]];n0_registry.registerError(ServiceSettingNotFound$,ServiceSettingNotFound);var StatusUnchanged$=[-3,n0,_SU,{[_aQE]:["StatusUnchanged",400],[_e]:_c},[],[]];n0_registry.registerError(StatusUnchanged$,StatusUnchanged);var SubTypeCountLimitExceededException$=[-3,n0,_STCLEE,{[_aQE]:["SubTypeCountLimitExceeded",400],[_e]:_c},[_M],[0]];n0_registry.registerError(SubTypeCountLimitExceededException$,SubTypeCountLimitExceededException);var TargetInUseException$=[-3,n0,_TIUE,{[_aQE]:["TargetInUseException",400],[_e]:_c},[_M],[0]];n0_registry.registerError(TargetInUseException$,TargetInUseException);var TargetNotConnected$=[-3,n0,_TNC,{[_aQE]:["TargetNotConnected",430],[_e]:_c},[_M],[0]];n0_registry.registerError(TargetNotConnected$,TargetNotConnected);var ThrottlingException$=[-3,n0,_TE,{[_e]:_c},[_M,_QC,_SC],[0,0,0],1];n0_registry.registerError(ThrottlingException$,ThrottlingException);var TooManyTagsError$=[-3,n0,_TMTE,{[_aQE]:["TooManyTagsError",400],[_e]:_c},[],[]];n0_registry.registerError(TooManyTagsError$,TooManyTagsError);var TooManyUpdates$=[-3,n0,_TMU,{[_aQE]:["TooManyUpdates",429],[_e]:_c},[_M],[0]];n0_registry.registerError(TooManyUpdates$,TooManyUpdates);var TotalSizeLimitExceededException$=[-3,n0,_TSLEE,{[_aQE]:["TotalSizeLimitExceeded",400],[_e]:_c},[_M],[0]];n0_registry.registerError(TotalSizeLimitExceededException$,TotalSizeLimitExceededException);var UnsupportedCalendarException$=[-3,n0,_UCE,{[_aQE]:["UnsupportedCalendarException",400],[_e]:_c},[_M],[0]];n0_registry.registerError(UnsupportedCalendarException$,UnsupportedCalendarException);var UnsupportedFeatureRequiredException$=[-3,n0,_UFRE,{[_aQE]:["UnsupportedFeatureRequiredException",400],[_e]:_c},[_M],[0]];n0_registry.registerError(UnsupportedFeatureRequiredException$,UnsupportedFeatureRequiredException);var UnsupportedInventoryItemContextException$=[-3,n0,_UIICE,{[_aQE]:["UnsupportedInventoryItemContext",400],[_e]:_c},[_TN,_M],[0,0]];n0_registry.registerError(UnsupportedInventoryItemContextException$,UnsupportedInventoryItemContextException);var UnsupportedInventorySchemaVersionException$=[-3,n0,_UISVE,{[_aQE]:["UnsupportedInventorySchemaVersion",400],[_e]:_c},[_M],[0]];n0_registry.registerError(UnsupportedInventorySchemaVersionException$,UnsupportedInventorySchemaVersionException);var UnsupportedOperatingSystem$=[-3,n0,_UOS,{[_aQE]:["UnsupportedOperatingSystem",400],[_e]:_c},[_M],[0]];n0_registry.registerError(UnsupportedOperatingSystem$,UnsupportedOperatingSystem);var UnsupportedOperationException$=[-3,n0,_UOE,{[_aQE]:["UnsupportedOperation",400],[_e]:_c},[_M],[0]];n0_registry.registerError(UnsupportedOperationException$,UnsupportedOperationException);var UnsupportedParameterType$=[-3,n0,_UPT,{[_aQE]:["UnsupportedParameterType",400],[_e]:_c},[_m],[0]];n0_registry.registerError(UnsupportedParameterType$,UnsupportedParameterType);var UnsupportedPlatformType$=[-3,n0,_UPTn,{[_aQE]:["UnsupportedPlatformType",400],[_e]:_c},[_M],[0]];n0_registry.registerError(UnsupportedPlatformType$,UnsupportedPlatformType);var ValidationException$=[-3,n0,_VE,{[_aQE]:["ValidationException",400],[_e]:_c},[_M,_RC],[0,0]];n0_registry.registerError(ValidationException$,ValidationException);var errorTypeRegistries=[_s_registry,n0_registry];var IPAddress=[0,n0,_IPA,8,0];var PSParameterValue=[0,n0,_PSPV,8,0];var AccountSharingInfo$=[3,n0,_ASI,0,[_AIc,_SDV],[0,0]];var AddTagsToResourceRequest$=[3,n0,_ATTRR,0,[_RTe,_RI,_T],[0,0,()=>TagList],3],AddTagsToResourceResult$=[3,n0,_ATTRRd,0,[],[]],Alarm$=[3,n0,_Al,0,[_N],[0],1],AlarmConfiguration$=[3,n0,_AC,0,[_Ala,_IPAF],[()=>AlarmList,2],1],AlarmStateInformation$=[3,n0,_ASIl,0,[_N,_S],[0,0],2];var Association$=[3,n0,_As,0,[_N,_II,_AIs,_AV,_DV,_Ta,_LED,_O,_SE,_AN,_SO,_Du,_TM],[0,0,0,0,0,()=>Targets,4,()=>AssociationOverview$,0,0,1,1,[1,n0,_TM,0,[2,n0,_TMa,0,0,64]]]],AssociationDescription$=[3,n0,_AD,0,[_N,_II,_AV,_Da,_LUAD,_St,_O,_DV,_ATPN,_P,_AIs,_Ta,_SE,_OL,_LED,_LSED,_AN,_ME,_MC,_CS,_SCy,_AOACI,_CN,_TL,_SO,_Du,_TM,_AC,_TA,_ADAR],[0,0,0,4,4,()=>AssociationStatus$,()=>AssociationOverview$,0,0,[()=>_Parameters,0],0,()=>Targets,0,()=>InstanceAssociationOutputLocation$,4,4,0,0,0,0,0,2,64,()=>TargetLocations,1,1,[1,n0,_TM,0,[2,n0,_TMa,0,0,64]],()=>AlarmConfiguration$,()=>AlarmStateInformationList,0]],AssociationExecution$=[3,n0,_AE,0,[_AIs,_AV,_EI,_St,_DS,_CT,_LED,_RCBS,_AC,_TA],[0,0,0,0,0,4,4,0,()=>AlarmConfiguration$,()=>AlarmStateInformationList]],AssociationExecutionFilter$=[3,n0,_AEF,0,[_K,_V,_Ty],[0,0,0],3],AssociationExecutionTarget$=[3,n0,_AET,0,[_AIs,_AV,_EI,_RI,_RTe,_St,_DS,_LED,_OS],[0,0,0,0,0,0,0,4,()=>OutputSource$]],AssociationExecutionTargetsFilter$=[3,n0,_AETF,0,[_K,_V],[0,0],2],AssociationFilter$=[3,n0,_AF,0,[_k,_v],[0,0],2],AssociationOverview$=[3,n0,_AO,0,[_St,_DS,_ASAC],[0,0,129]],AssociationStatus$=[3,n0,_AS,0,[_Da,_N,_M,_AId],[4,0,0,0],3];var AttachmentContent$=[3,n0,_ACt,0,[_N,_Si,_H,_HT,_U],[0,1,0,0,0]],AttachmentInformation$=[3,n0,_AIt,0,[_N],[0]];var ComplianceExecutionSummary$=[3,n0,_CES,0,[_ET,_EI,_ETx],[4,0,0],1],ComplianceItem$=[3,n0,_CIom,0,[_CTo,_RTe,_RI,_I,_Ti,_St,_Se,_ES,_De],[0,0,0,0,0,0,0,()=>ComplianceExecutionSummary$,128]];var ComplianceStringFilter$=[3,n0,_CSF,0,[_K,_Va,_Ty],[0,[()=>ComplianceStringFilterValueList,0],0]],ComplianceSummaryItem$=[3,n0,_CSI,0,[_CTo,_CSo,_NCS],[0,()=>CompliantSummary$,()=>NonCompliantSummary$]],CompliantSummary$=[3,n0,_CSo,0,[_CCo,_SS],[1,()=>SeveritySummary$]];var CreateAssociationBatchRequestEntry$=[3,n0,_CABRE,0,[_N,_II,_P,_ATPN,_DV,_Ta,_SE,_OL,_AN,_ME,_MC,_CS,_SCy,_AOACI,_CN,_TL,_SO,_Du,_TM,_AC],[0,0,[()=>_Parameters,0],0,0,()=>Targets,0,()=>InstanceAssociationOutputLocation$,0,0,0,0,0,2,64,()=>TargetLocations,1,1,[1,n0,_TM,0,[2,n0,_TMa,0,0,64]],()=>AlarmConfiguration$],1];var DocumentFilter$=[3,n0,_DFo,0,[_k,_v],[0,0],2],DocumentIdentifier$=[3,n0,_DIo,0,[_N,_CD,_DNi,_Ow,_VN,_PTl,_DV,_DT,_SV,_DF,_TT,_T,_Req,_RS,_Au],[0,4,0,0,0,[()=>PlatformTypeList,0],0,0,0,0,0,()=>TagList,()=>DocumentRequiresList,0,0]];var DocumentParameter$=[3,n0,_DPo,0,[_N,_Ty,_D,_DVef],[0,0,0,0]],DocumentRequires$=[3,n0,_DRo,0,[_N,_Ve,_RTeq,_VN],[0,0,0,0],1];var FailedCreateAssociation$=[3,n0,_FCA,0,[_Ent,_M,_Fa],[[()=>CreateAssociationBatchRequestEntry$,0],0,0]];var GetParameterHistoryRequest$=[3,n0,_GPHR,0,[_N,_WD,_MR,_NT],[0,2,1,0],1],GetParameterHistoryResult$=[3,n0,_GPHRe,0,[_P,_NT],[[()=>ParameterHistoryList,0],0]];var GetParametersRequest$=[3,n0,_GPRet,0,[_Na,_WD],[64,2],1],GetParametersResult$=[3,n0,_GPReta,0,[_P,_IP],[[()=>ParameterList,0],64]];var InstanceAggregatedAssociationOverview$=[3,n0,_IAAO,0,[_DS,_IASAC],[0,129]];var InstanceAssociationOutputLocation$=[3,n0,_IAOL,0,[_SL],[()=>S3OutputLocation$]];var InstanceInformation$=[3,n0,_IInst,0,[_II,_PSi,_LPDT,_AVg,_ILV,_PTla,_PNla,_PV,_AIct,_IRa,_RD,_RTe,_N,_IPA,_CNo,_AS,_LAED,_LSAED,_AO,_SIo,_STo,_SLo],[0,0,4,0,2,0,0,0,0,0,4,0,0,[()=>IPAddress,0],0,0,4,4,()=>InstanceAggregatedAssociationOverview$,0,0,0]],InstanceInformationFilter$=[3,n0,_IIF,0,[_k,_vS],[0,[()=>InstanceInformationFilterValueSet,0]],2],InstanceInformationStringFilter$=[3,n0,_IISF,0,[_K,_Va],[0,[()=>InstanceInformationFilterValueSet,0]],2];var InstanceProperty$=[3,n0,_IPns,0,[_N,_II,_ITns,_IRn,_KN,_ISns,_Ar,_IPA,_LTa,_PSi,_LPDT,_AVg,_PTla,_PNla,_PV,_AIct,_IRa,_RD,_RTe,_CNo,_AS,_LAED,_LSAED,_AO,_SIo,_STo,_SLo,_AZ],[0,0,0,0,0,0,0,[()=>IPAddress,0],4,0,4,0,0,0,0,0,0,4,0,0,0,4,4,()=>InstanceAggregatedAssociationOverview$,0,0,0,0]],InstancePropertyFilter$=[3,n0,_IPF,0,[_k,_vS],[0,[()=>InstancePropertyFilterValueSet,0]],2],InstancePropertyStringFilter$=[3,n0,_IPSFn,0,[_K,_Va,_Ope],[0,[()=>InstancePropertyFilterValueSet,0],0],2],InventoryAggregator$=[3,n0,_IAnv,0,[_Ex,_Ag,_G],[0,[()=>InventoryAggregatorList,0],[()=>InventoryGroupList,0]]];var InventoryFilter$=[3,n0,_IFn,0,[_K,_Va,_Ty],[0,[()=>InventoryFilterValueList,0],0],2],InventoryGroup$=[3,n0,_IG,0,[_N,_Fi],[0,[()=>InventoryFilterList,0]],2],InventoryItem$=[3,n0,_IInve,0,[_TN,_SV,_CTa,_CH,_Cont,_Conte],[0,0,0,0,[1,n0,_IIEL,0,128],128],3],InventoryItemAttribute$=[3,n0,_IIA,0,[_N,_DTa],[0,0],2];var InventoryResultEntity$=[3,n0,_IRE,0,[_I,_Dat],[0,()=>InventoryResultItemMap]],InventoryResultItem$=[3,n0,_IRIn,0,[_TN,_SV,_Cont,_CTa,_CH],[0,0,[1,n0,_IIEL,0,128],0,0],3],LabelParameterVersionRequest$=[3,n0,_LPVR,0,[_N,_La,_PVa],[0,64,1],2],LabelParameterVersionResult$=[3,n0,_LPVRa,0,[_IL,_PVa],[64,1]];var NodeAggregator$=[3,n0,_NA,0,[_ATgg,_TN,_ANt,_Ag],[0,0,0,[()=>NodeAggregatorList,0]],3],NodeFilter$=[3,n0,_NF,0,[_K,_Va,_Ty],[0,[()=>NodeFilterValueList,0],0],2];var NonCompliantSummary$=[3,n0,_NCS,0,[_NCC,_SS],[1,()=>SeveritySummary$]];var OpsAggregator$=[3,n0,_OA,0,[_ATgg,_TN,_ANt,_Va,_Fi,_Ag],[0,0,0,128,[()=>OpsFilterList,0],[()=>OpsAggregatorList,0]]],OpsEntity$=[3,n0,_OE,0,[_I,_Dat],[0,()=>OpsEntityItemMap]],OpsEntityItem$=[3,n0,_OEI,0,[_CTa,_Cont],[0,[1,n0,_OEIEL,0,128]]],OpsFilter$=[3,n0,_OF,0,[_K,_Va,_Ty],[0,[()=>OpsFilterValueList,0],0],2];var OpsResultAttribute$=[3,n0,_ORA,0,[_TN],[0],1],OutputSource$=[3,n0,_OS,0,[_OSI,_OSTu],[0,0]],Parameter$=[3,n0,_Par,0,[_N,_Ty,_V,_Ve,_Sel,_SRo,_LMD,_ARN,_DTa],[0,0,[()=>PSParameterValue,0],1,0,0,4,0,0]],ParameterHistory$=[3,n0,_PHa,0,[_N,_Ty,_KI,_LMD,_LMU,_D,_V,_APl,_Ve,_La,_Tie,_Po,_DTa],[0,0,0,4,0,0,[()=>PSParameterValue,0],0,1,64,0,()=>ParameterPolicyList,0]],ParameterInlinePolicy$=[3,n0,_PIP,0,[_PTo,_PTol,_PSo],[0,0,0]];var PutParameterRequest$=[3,n0,_PPR,0,[_N,_V,_D,_Ty,_KI,_Ov,_APl,_T,_Tie,_Po,_DTa],[0,[()=>PSParameterValue,0],0,0,0,2,0,()=>TagList,0,0,0],2],PutParameterResult$=[3,n0,_PPRu,0,[_Ve,_Tie],[1,0]];var ResourceComplianceSummaryItem$=[3,n0,_RCSIe,0,[_CTo,_RTe,_RI,_St,_OSv,_ES,_CSo,_NCS],[0,0,0,0,0,()=>ComplianceExecutionSummary$,()=>CompliantSummary$,()=>NonCompliantSummary$]];var ResultAttribute$=[3,n0,_RAesu,0,[_TN],[0],1];var ReviewInformation$=[3,n0,_RIe,0,[_RTev,_St,_Rev],[4,0,0]];var S3OutputLocation$=[3,n0,_SOL,0,[_OSR,_OSBN,_OSKP],[0,0,0]];var SeveritySummary$=[3,n0,_SS,0,[_CCr,_HC,_MCe,_LC,_ICn,_UC],[1,1,1,1,1,1]];var Tag$=[3,n0,_Tag,0,[_K,_V],[0,0],2],Target$=[3,n0,_Tar,0,[_K,_Va],[0,64]],TargetLocation$=[3,n0,_TLar,0,[_Acc,_Re,_TLMC,_TLME,_ERN,_TLAC,_ICOU,_EAx,_Ta,_TMC,_TME],[64,64,0,0,0,()=>AlarmConfiguration$,2,64,()=>AutomationTargets,0,0]];var AccountIdList=[1,n0,_AIL,0,[0,{[_xN]:_AIc}]];var AccountSharingInfoList=[1,n0,_ASIL,0,[()=>AccountSharingInfo$,{[_xN]:_ASI}]];var AlarmList=[1,n0,_ALl,0,()=>Alarm$],AlarmStateInformationList=[1,n0,_ASILl,0,()=>AlarmStateInformation$],AssociationDescriptionList=[1,n0,_ADL,0,[()=>AssociationDescription$,{[_xN]:_AD}]],AssociationExecutionFilterList=[1,n0,_AEFL,0,[()=>AssociationExecutionFilter$,{[_xN]:_AEF}]],AssociationExecutionsList=[1,n0,_AEL,0,[()=>AssociationExecution$,{[_xN]:_AE}]],AssociationExecutionTargetsFilterList=[1,n0,_AETFL,0,[()=>AssociationExecutionTargetsFilter$,{[_xN]:_AETF}]],AssociationExecutionTargetsList=[1,n0,_AETL,0,[()=>AssociationExecutionTarget$,{[_xN]:_AET}]],AssociationFilterList=[1,n0,_AFL,0,[()=>AssociationFilter$,{[_xN]:_AF}]];var AssociationList=[1,n0,_ALs,0,[()=>Association$,{[_xN]:_As}]];var AttachmentContentList=[1,n0,_ACL,0,[()=>AttachmentContent$,{[_xN]:_ACt}]],AttachmentInformationList=[1,n0,_AILt,0,[()=>AttachmentInformation$,{[_xN]:_AIt}]];var AutomationTargets=[1,n0,_ATut,0,()=>Target$];var ComplianceItemList=[1,n0,_CILo,0,[()=>ComplianceItem$,{[_xN]:_Item}]];var ComplianceStringFilterList=[1,n0,_CSFL,0,[()=>ComplianceStringFilter$,{[_xN]:_CFo}]],ComplianceStringFilterValueList=[1,n0,_CSFVL,0,[0,{[_xN]:_FVi}]],ComplianceSummaryItemList=[1,n0,_CSIL,0,[()=>ComplianceSummaryItem$,{[_xN]:_Item}]],CreateAssociationBatchRequestEntries=[1,n0,_CABREr,0,[()=>CreateAssociationBatchRequestEntry$,{[_xN]:_en}]];var DocumentFilterList=[1,n0,_DFL,0,[()=>DocumentFilter$,{[_xN]:_DFo}]],DocumentIdentifierList=[1,n0,_DIL,0,[()=>DocumentIdentifier$,{[_xN]:_DIo}]];var DocumentParameterList=[1,n0,_DPLo,0,[()=>DocumentParameter$,{[_xN]:_DPo}]],DocumentRequiresList=[1,n0,_DRL,0,()=>DocumentRequires$];var FailedCreateAssociationList=[1,n0,_FCAL,0,[()=>FailedCreateAssociation$,{[_xN]:_FCAE}]];var InstanceInformationFilterList=[1,n0,_IIFL,0,[()=>InstanceInformationFilter$,{[_xN]:_IIF}]],InstanceInformationFilterValueSet=[1,n0,_IIFVS,0,[0,{[_xN]:_IIFV}]],InstanceInformationList=[1,n0,_IIL,0,[()=>InstanceInformation$,{[_xN]:_IInst}]],InstanceInformationStringFilterList=[1,n0,_IISFL,0,[()=>InstanceInformationStringFilter$,{[_xN]:_IISF}]];var InstanceProperties=[1,n0,_IPn,0,[()=>InstanceProperty$,{[_xN]:_IPns}]],InstancePropertyFilterList=[1,n0,_IPFL,0,[()=>InstancePropertyFilter$,{[_xN]:_IPF}]],InstancePropertyFilterValueSet=[1,n0,_IPFVS,0,[0,{[_xN]:_IPFV}]],InstancePropertyStringFilterList=[1,n0,_IPSFLn,0,[()=>InstancePropertyStringFilter$,{[_xN]:_IPSFn}]],InventoryAggregatorList=[1,n0,_IALn,0,[()=>InventoryAggregator$,{[_xN]:_Agg}]];var InventoryFilterList=[1,n0,_IFL,0,[()=>InventoryFilter$,{[_xN]:_IFn}]],InventoryFilterValueList=[1,n0,_IFVL,0,[0,{[_xN]:_FVi}]],InventoryGroupList=[1,n0,_IGL,0,[()=>InventoryGroup$,{[_xN]:_IG}]],InventoryItemAttributeList=[1,n0,_IIAL,0,[()=>InventoryItemAttribute$,{[_xN]:_Attr}]];var InventoryItemList=[1,n0,_IILn,0,[()=>InventoryItem$,{[_xN]:_Item}]];var InventoryResultEntityList=[1,n0,_IREL,0,[()=>InventoryResultEntity$,{[_xN]:_Entit}]];var NodeAggregatorList=[1,n0,_NAL,0,[()=>NodeAggregator$,{[_xN]:_NA}]],NodeFilterList=[1,n0,_NFL,0,[()=>NodeFilter$,{[_xN]:_NF}]],NodeFilterValueList=[1,n0,_NFVL,0,[0,{[_xN]:_FVi}]];var OpsAggregatorList=[1,n0,_OAL,0,[()=>OpsAggregator$,{[_xN]:_Agg}]];var OpsEntityList=[1,n0,_OEL,0,[()=>OpsEntity$,{[_xN]:_Entit}]],OpsFilterList=[1,n0,_OFL,0,[()=>OpsFilter$,{[_xN]:_OF}]],OpsFilterValueList=[1,n0,_OFVL,0,[0,{[_xN]:_FVi}]];var OpsResultAttributeList=[1,n0,_ORAL,0,[()=>OpsResultAttribute$,{[_xN]:_ORA}]],ParameterHistoryList=[1,n0,_PHL,0,[()=>ParameterHistory$,0]];var ParameterList=[1,n0,_PL,0,[()=>Parameter$,0]];var ParameterPolicyList=[1,n0,_PPLa,0,()=>ParameterInlinePolicy$];var PlatformTypeList=[1,n0,_PTL,0,[0,{[_xN]:_PTla}]];var ResourceComplianceSummaryItemList=[1,n0,_RCSIL,0,[()=>ResourceComplianceSummaryItem$,{[_xN]:_Item}]];var ResultAttributeList=[1,n0,_RAL,0,[()=>ResultAttribute$,{[_xN]:_RAesu}]],ReviewInformationList=[1,n0,_RIL,0,[()=>ReviewInformation$,{[_xN]:_RIe}]];var TagList=[1,n0,_TLa,0,()=>Tag$],TargetLocations=[1,n0,_TL,0,()=>TargetLocation$];var Targets=[1,n0,_Ta,0,()=>Target$];var InventoryResultItemMap=[2,n0,_IRIM,0,0,()=>InventoryResultItem$];var OpsEntityItemMap=[2,n0,_OEIM,0,0,()=>OpsEntityItem$];var _Parameters=[2,n0,_P,8,0,64];var AddTagsToResource$=[9,n0,_ATTR,0,()=>AddTagsToResourceRequest$,()=>AddTagsToResourceResult$];var GetParameterHistory$=[9,n0,_GPH,0,()=>GetParameterHistoryRequest$,()=>GetParameterHistoryResult$],GetParameters$=[9,n0,_GPet,0,()=>GetParametersRequest$,()=>GetParametersResult$];var LabelParameterVersion$=[9,n0,_LPV,0,()=>LabelParameterVersionRequest$,()=>LabelParameterVersionResult$];var PutParameter$=[9,n0,_PP,0,()=>PutParameterRequest$,()=>PutParameterResult$];var getRuntimeConfig=config=>({apiVersion:"2014-11-06",base64Decoder:config?.base64Decoder??chunk_AC5OV5WI/* fromBase64 */.Ey,base64Encoder:config?.base64Encoder??chunk_AC5OV5WI/* toBase64 */.nk,disableHostPrefix:config?.disableHostPrefix??!1,endpointProvider:config?.endpointProvider??defaultEndpointResolver,extensions:config?.extensions??[],httpAuthSchemeProvider:config?.httpAuthSchemeProvider??defaultSSMHttpAuthSchemeProvider,httpAuthSchemes:config?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:ipc=>ipc.getIdentityProvider("aws.auth#sigv4"),signer:new chunk_BSHH5MT7/* AwsSdkSigV4Signer */.f2}],logger:config?.logger??new chunk_GBVSSWXL/* NoOpLogger */.N4,protocol:config?.protocol??chunk_BSHH5MT7/* AwsJson1_1Protocol */.TE,protocolSettings:config?.protocolSettings??{defaultNamespace:"com.amazonaws.ssm",errorTypeRegistries,xmlNamespace:"http://ssm.amazonaws.com/doc/2014-11-06/",version:"2014-11-06",serviceTarget:"AmazonSSM"},serviceId:config?.serviceId??"SSM",sha256:config?.sha256??chunk_R2JQCZSR/* Sha256Node */.T,urlParser:config?.urlParser??chunk_AC5OV5WI/* parseUrl */.Dl,utf8Decoder:config?.utf8Decoder??chunk_AC5OV5WI/* fromUtf8 */.ar,utf8Encoder:config?.utf8Encoder??chunk_AC5OV5WI/* toUtf8 */.Pq});var getRuntimeConfig2=config=>{(0,chunk_GBVSSWXL/* emitWarningIfUnsupportedVersion2 */.o_)(process.version);let defaultsMode=(0,chunk_SZU4KGNO/* resolveDefaultsModeConfig */.IZ)(config),defaultConfigProvider=()=>defaultsMode().then(chunk_GBVSSWXL/* loadConfigsForDefaultMode */.lT),clientSharedValues=getRuntimeConfig(config);(0,chunk_GBVSSWXL/* emitWarningIfUnsupportedVersion */.I9)(process.version);let loaderConfig={profile:config?.profile,logger:clientSharedValues.logger};return{...clientSharedValues,...config,runtime:"node",defaultsMode,authSchemePreference:config?.authSchemePreference??(0,chunk_SZU4KGNO/* loadConfig */.Z9)(chunk_BSHH5MT7/* NODE_AUTH_SCHEME_PREFERENCE_OPTIONS */.$S,loaderConfig),bodyLengthChecker:config?.bodyLengthChecker??chunk_AC5OV5WI/* calculateBodyLength */.n8,credentialDefaultProvider:config?.credentialDefaultProvider??defaultProvider,defaultSocketTimeout:(0,chunk_GBVSSWXL/* getDefaultSocketTimeout */.ED)(config?.requestHandler,9e5),defaultUserAgentProvider:config?.defaultUserAgentProvider??(0,chunk_GBVSSWXL/* createDefaultUserAgentProvider */.pf)({serviceId:clientSharedValues.serviceId,clientVersion:package_default.version}),maxAttempts:config?.maxAttempts??(0,chunk_SZU4KGNO/* loadConfig */.Z9)(chunk_GBVSSWXL/* NODE_MAX_ATTEMPT_CONFIG_OPTIONS */.qs,config),region:config?.region??(0,chunk_SZU4KGNO/* loadConfig */.Z9)(chunk_SZU4KGNO/* NODE_REGION_CONFIG_OPTIONS */.GG,{...chunk_SZU4KGNO/* NODE_REGION_CONFIG_FILE_OPTIONS */.zH,...loaderConfig}),requestHandler:chunk_YFIVNLGN/* NodeHttpHandler */.$.create(config?.requestHandler??defaultConfigProvider),retryMode:config?.retryMode??(0,chunk_SZU4KGNO/* loadConfig */.Z9)({...chunk_GBVSSWXL/* NODE_RETRY_MODE_CONFIG_OPTIONS */.kN,default:async()=>(await defaultConfigProvider()).retryMode||chunk_GBVSSWXL/* DEFAULT_RETRY_MODE */.L0},config),streamCollector:config?.streamCollector??chunk_AC5OV5WI/* streamCollector */.kv,useDualstackEndpoint:config?.useDualstackEndpoint??(0,chunk_SZU4KGNO/* loadConfig */.Z9)(chunk_SZU4KGNO/* NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS */.e$,loaderConfig),useFipsEndpoint:config?.useFipsEndpoint??(0,chunk_SZU4KGNO/* loadConfig */.Z9)(chunk_SZU4KGNO/* NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS */.Ko,loaderConfig),userAgentAppId:config?.userAgentAppId??(0,chunk_SZU4KGNO/* loadConfig */.Z9)(chunk_GBVSSWXL/* NODE_APP_ID_CONFIG_OPTIONS */.hV,loaderConfig)}};var getHttpAuthExtensionConfiguration=runtimeConfig=>{let _httpAuthSchemes=runtimeConfig.httpAuthSchemes,_httpAuthSchemeProvider=runtimeConfig.httpAuthSchemeProvider,_credentials=runtimeConfig.credentials;return{setHttpAuthScheme(httpAuthScheme){let index=_httpAuthSchemes.findIndex(scheme=>scheme.schemeId===httpAuthScheme.schemeId);index===-1?_httpAuthSchemes.push(httpAuthScheme):_httpAuthSchemes.splice(index,1,httpAuthScheme)},httpAuthSchemes(){return _httpAuthSchemes},setHttpAuthSchemeProvider(httpAuthSchemeProvider){_httpAuthSchemeProvider=httpAuthSchemeProvider},httpAuthSchemeProvider(){return _httpAuthSchemeProvider},setCredentials(credentials){_credentials=credentials},credentials(){return _credentials}}},resolveHttpAuthRuntimeConfig=config=>({httpAuthSchemes:config.httpAuthSchemes(),httpAuthSchemeProvider:config.httpAuthSchemeProvider(),credentials:config.credentials()});var resolveRuntimeExtensions=(runtimeConfig,extensions)=>{let extensionConfiguration=Object.assign((0,chunk_GBVSSWXL/* getAwsRegionExtensionConfiguration */.Rq)(runtimeConfig),(0,chunk_GBVSSWXL/* getDefaultExtensionConfiguration */.xA)(runtimeConfig),(0,chunk_SZU4KGNO/* getHttpHandlerExtensionConfiguration */.eS)(runtimeConfig),getHttpAuthExtensionConfiguration(runtimeConfig));return extensions.forEach(extension=>extension.configure(extensionConfiguration)),Object.assign(runtimeConfig,(0,chunk_GBVSSWXL/* resolveAwsRegionExtensionConfiguration */.$3)(extensionConfiguration),(0,chunk_GBVSSWXL/* resolveDefaultRuntimeConfig */.uv)(extensionConfiguration),(0,chunk_SZU4KGNO/* resolveHttpHandlerRuntimeConfig */.jt)(extensionConfiguration),resolveHttpAuthRuntimeConfig(extensionConfiguration))};var SSMClient=class extends chunk_GBVSSWXL/* Client */.Kj{config;constructor(...[configuration]){let _config_0=getRuntimeConfig2(configuration||{});super(_config_0),this.initConfig=_config_0;let _config_1=resolveClientEndpointParameters(_config_0),_config_2=(0,chunk_GBVSSWXL/* resolveUserAgentConfig */.Dc)(_config_1),_config_3=(0,chunk_GBVSSWXL/* resolveRetryConfig */.$z)(_config_2),_config_4=(0,chunk_SZU4KGNO/* resolveRegionConfig */.TD)(_config_3),_config_5=_config_4,_config_6=(0,chunk_GBVSSWXL/* resolveEndpointConfig */.Co)(_config_5),_config_7=resolveHttpAuthSchemeConfig(_config_6),_config_8=resolveRuntimeExtensions(_config_7,configuration?.extensions||[]);this.config=_config_8,this.middlewareStack.use((0,chunk_AC5OV5WI/* getSchemaSerdePlugin */.wq)(this.config)),this.middlewareStack.use((0,chunk_GBVSSWXL/* getUserAgentPlugin */.sM)(this.config)),this.middlewareStack.use((0,chunk_GBVSSWXL/* getRetryPlugin */.ey)(this.config)),this.middlewareStack.use((0,chunk_SZU4KGNO/* getContentLengthPlugin */.vK)(this.config)),this.middlewareStack.use((0,chunk_GBVSSWXL/* getHostHeaderPlugin */.TC)(this.config)),this.middlewareStack.use((0,chunk_GBVSSWXL/* getLoggerPlugin */.Y7)(this.config)),this.middlewareStack.use((0,chunk_GBVSSWXL/* getRecursionDetectionPlugin */.n4)(this.config)),this.middlewareStack.use((0,chunk_GBVSSWXL/* getHttpAuthSchemeEndpointRuleSetPlugin */.wB)(this.config,{httpAuthSchemeParametersProvider:defaultSSMHttpAuthSchemeParametersProvider,identityProviderConfigProvider:async config=>new chunk_GBVSSWXL/* DefaultIdentityProviderConfig */.h$({"aws.auth#sigv4":config.credentials})})),this.middlewareStack.use((0,chunk_GBVSSWXL/* getHttpSigningPlugin */.lW)(this.config))}destroy(){super.destroy()}};var command=(0,chunk_GBVSSWXL/* makeBuilder */.k8)(commonParams,"AmazonSSM","SSMClient",chunk_GBVSSWXL/* getEndpointPlugin */.rD),_ep0={},_mw0=(Command,cs,config,o)=>[];var AddTagsToResourceCommand=class extends command(_ep0,_mw0,"AddTagsToResource",AddTagsToResource$){};var GetParameterHistoryCommand=class extends command(_ep0,_mw0,"GetParameterHistory",GetParameterHistory$){};var GetParametersCommand=class extends command(_ep0,_mw0,"GetParameters",GetParameters$){};var LabelParameterVersionCommand=class extends command(_ep0,_mw0,"LabelParameterVersion",LabelParameterVersion$){};var PutParameterCommand=class extends command(_ep0,_mw0,"PutParameter",PutParameter$){};

;// CONCATENATED MODULE: ./src/ssm/call-log.ts

const metadataOf = (value) => (typeof value === 'object' && value !== null && '$metadata' in value ? value.$metadata : undefined) ?? {};
/** A request id as AWS sends it (a UUID), or `-`. */
const safeRequestId = (id) => (typeof id === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(id) ? id : '-');
/** An AWS error code (`ParameterNotFound`, `AccessDeniedException`), or `error`. */
const safeErrorCode = (name) => (typeof name === 'string' && /^[A-Z][A-Za-z]{1,63}$/.test(name) ? name : 'error');
function describeCall(operation, outcome, elapsedMs) {
    const { httpStatusCode, requestId } = metadataOf(outcome.value);
    const result = outcome.ok ? 'ok' : safeErrorCode(outcome.value?.name);
    const status = typeof httpStatusCode === 'number' ? `HTTP ${httpStatusCode}` : 'no HTTP response';
    return `SSM ${operation}: ${result}, ${status}, request id ${safeRequestId(requestId)}, ${Math.round(elapsedMs)} ms`;
}
function logSsmCalls(client, debug = actions_core/* debug */.Yz) {
    client.middlewareStack.add((next, context) => async (args) => {
        const operation = (context.commandName ?? 'call').replace(/Command$/, '');
        const started = performance.now();
        try {
            const result = await next(args);
            debug(describeCall(operation, { ok: true, value: result.output }, performance.now() - started));
            return result;
        }
        catch (error) {
            debug(describeCall(operation, { ok: false, value: error }, performance.now() - started));
            throw error;
        }
    }, { step: 'initialize', name: 'debugLogSsmCalls' });
}

;// CONCATENATED MODULE: ./src/ssm/parameter-store.ts




const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Chosen from `npm run bench -- --fleet` (BENCHMARKS.md, "A fleet at once"):
 * 50 rotations started at once against the default 40 TPS read quota need
 * about 7.5 s of quota between them, so a call may wait up to 10 s in all
 * before it gives up; a 1 s cap keeps a throttled run from sleeping long
 * after the bucket has refilled, and full jitter spreads the retries of
 * runs that were throttled together.
 */
const DEFAULT_RETRY = {
    attempts: 6,
    baseDelayMs: 200,
    maxDelayMs: 5000,
    throttleMaxDelayMs: 1000,
    throttleBudgetMs: 10_000,
};
const freshRetryState = () => ({ attempts: 0, throttles: 0, throttleWaitedMs: 0 });
/** One `name:selector` form: a version number or a label. */
const parameter_store_select = (name, selector) => (selector === undefined ? name : `${name}:${selector}`);
/** The latest version and where the asked labels are, from one GetParameters call. */
function snapshotOf(found, name, labels) {
    const head = found.get(name);
    const latest = head?.Type && head.Version !== undefined ? { type: head.Type, version: head.Version, lastModified: head.LastModifiedDate } : undefined;
    return { latest, labels: new Map(labels.map((label) => [label, found.get(parameter_store_select(name, label))?.Version])) };
}
/**
 * The SSM calls the action makes, and nothing else. The SDK's own retries are
 * off (`maxAttempts: 1`): `PutParameter` is not idempotent, so every retry is
 * decided here, where it is known whether a call may have taken effect.
 */
class ParameterStore {
    client;
    retry;
    sleep;
    /** How many retries this store has made, by operation (for the summary and tests). */
    retries = new Map();
    constructor(client, options = {}) {
        this.client = client;
        this.retry = options.retry ?? DEFAULT_RETRY;
        this.sleep = options.sleep ?? realSleep;
    }
    static forRegion(region, options = {}) {
        // The endpoint comes from the SDK's own configuration: AWS_ENDPOINT_URL_SSM
        // or AWS_ENDPOINT_URL point it at any SSM-compatible server.
        const client = new SSMClient({
            region,
            maxAttempts: 1,
            requestHandler: { requestTimeout: 15_000, connectionTimeout: 5_000 },
        });
        logSsmCalls(client);
        return new ParameterStore(client, options);
    }
    /** Back-off before attempt `attempt` (1-based), full jitter. */
    backoff(attempt) {
        const cap = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
        return this.sleep(Math.round(cap / 2 + (Math.random() * cap) / 2));
    }
    /**
     * After a failed attempt that may be repeated: waits as the policy says and
     * returns true, or returns false when the policy says give up. Throttling
     * spends the throttle budget; every other failure counts an attempt.
     */
    async retryAfter(error, state, operation) {
        if (isThrottled(error) && this.retry.throttleBudgetMs !== undefined) {
            const cap = Math.min(this.retry.throttleMaxDelayMs ?? this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** Math.min(state.throttles, 20));
            const delay = Math.round(Math.random() * cap);
            if (state.throttleWaitedMs + delay > this.retry.throttleBudgetMs)
                return false;
            state.throttles++;
            state.throttleWaitedMs += delay;
            this.retries.set(operation, (this.retries.get(operation) ?? 0) + 1);
            await this.sleep(delay);
            return true;
        }
        state.attempts++;
        if (state.attempts >= this.retry.attempts)
            return false;
        this.retries.set(operation, (this.retries.get(operation) ?? 0) + 1);
        await this.backoff(state.attempts);
        return true;
    }
    /**
     * Runs a call that may be repeated safely (a read, or a write SSM refused
     * outright), retrying throttling, 5xx and network errors with backoff.
     */
    async repeatable(operation, call) {
        const state = freshRetryState();
        for (;;) {
            try {
                return await call();
            }
            catch (error) {
                if (classifySsmError(error) === 'final' || !(await this.retryAfter(error, state, operation)))
                    throw error;
            }
        }
    }
    /**
     * One GetParameters call for up to 10 `name`, `name:label` or
     * `name:version` selectors, answered by the selector asked. A selector that
     * resolves to nothing (no such parameter, version or label) is listed in
     * InvalidParameters rather than failing the call: GetParameters' only
     * errors are InternalServerError and InvalidKeyId (AWS API reference,
     * GetParameters, "Response Elements" and "Errors"), so here it is absent
     * from the map. Only `decrypt` reads need kms:Decrypt.
     */
    async resolve(selectors, decrypt) {
        const { Parameters } = await this.repeatable('GetParameters', () => this.client.send(new GetParametersCommand({ Names: [...selectors], WithDecryption: decrypt })));
        return resolvedSelectors(selectors, Parameters ?? []);
    }
    /**
     * The latest version and the versions `labels` are on, without decrypting,
     * in one request (`name`, `name:label`...); `latest` is undefined when the
     * parameter does not exist.
     */
    async snapshot(name, labels = []) {
        const found = await this.resolve([name, ...labels.map((label) => parameter_store_select(name, label))], false);
        return snapshotOf(found, name, labels);
    }
    /** snapshot() of several parameters in as few GetParameters calls as its limit of names allows. */
    async snapshots(reads) {
        const snapshots = [];
        for (const batch of batchSelectors(reads.map((read) => 1 + read.labels.length))) {
            const asked = batch.map((index) => reads[index]);
            const found = await this.resolve(asked.flatMap(({ name, labels }) => [name, ...labels.map((label) => parameter_store_select(name, label))]), false);
            for (const { name, labels } of asked)
                snapshots.push(snapshotOf(found, name, labels));
        }
        return snapshots;
    }
    /** The latest version's type and number, without decrypting; undefined when missing. */
    async head(name) {
        return (await this.snapshot(name)).latest;
    }
    /** The version a label points at, without decrypting; undefined when no version has it. */
    async labelledVersion(name, label) {
        return (await this.snapshot(name, [label])).labels.get(label);
    }
    /** The decrypted value of one version; undefined when SSM has no such version (never written, or dropped). */
    async valueIfAny(name, version) {
        const selector = parameter_store_select(name, version);
        const found = (await this.resolve([selector], true)).get(selector);
        if (found && found.Value === undefined)
            throw new Error(`GetParameters returned no value for ${selector}`);
        return found?.Value;
    }
    /** The decrypted value of one version (rollback reads the value it restores). */
    async valueOf(name, version) {
        const value = await this.valueIfAny(name, version);
        if (value === undefined)
            throw new Error(`GetParameters found no version ${version} of ${name}`);
        return value;
    }
    /** One PutParameter, not retried here: the caller decides after an ambiguous failure. */
    async putOnce(input) {
        const { Version } = await this.client.send(new PutParameterCommand(input));
        if (Version === undefined)
            throw new Error(`PutParameter returned no version for ${input.Name}`);
        return Version;
    }
    /** Moves labels onto a version; labels SSM rejects come back in InvalidLabels, which is a failure here. */
    async label(name, version, labels) {
        const { InvalidLabels } = await this.repeatable('LabelParameterVersion', () => this.client.send(new LabelParameterVersionCommand({ Name: name, ParameterVersion: version, Labels: labels })));
        if (InvalidLabels && InvalidLabels.length > 0) {
            throw new InvalidLabelsError(name, version, InvalidLabels);
        }
    }
    async addTags(name, tags) {
        await this.repeatable('AddTagsToResource', () => this.client.send(new AddTagsToResourceCommand({
            ResourceType: 'Parameter',
            ResourceId: name,
            Tags: tags.map((t) => ({ Key: t.key, Value: t.value })),
        })));
    }
    /**
     * Versions newer than `afterVersion`, oldest first, all pages. SSM keeps at
     * most 100 versions and a page holds at most 50 (GetParameterHistory,
     * MaxResults 1-50, AWS API reference), so this is one call for a parameter
     * with up to 50 versions and two beyond; sorting here makes the result not
     * depend on the order the pages come in.
     */
    async history(name, options) {
        const entries = [];
        let nextToken;
        do {
            const token = nextToken;
            const page = await this.repeatable('GetParameterHistory', () => this.client.send(new GetParameterHistoryCommand({
                Name: name,
                WithDecryption: options.decrypt,
                MaxResults: 50,
                ...(token ? { NextToken: token } : {}),
            })));
            for (const p of page.Parameters ?? []) {
                if (p.Version === undefined || p.Version <= (options.afterVersion ?? 0))
                    continue;
                entries.push({
                    version: p.Version,
                    type: p.Type,
                    value: p.Value,
                    labels: p.Labels ?? [],
                    lastModified: p.LastModifiedDate,
                    lastModifiedUser: p.LastModifiedUser,
                    keyId: p.KeyId,
                    tier: p.Tier,
                });
            }
            nextToken = page.NextToken;
        } while (nextToken);
        return entries.sort((a, b) => a.version - b.version);
    }
}
class InvalidLabelsError extends Error {
    labels;
    constructor(name, version, labels) {
        super(`LabelParameterVersion on ${name} version ${version} rejected the labels ${labels.join(', ')}`);
        this.name = 'InvalidLabelsError';
        this.labels = labels;
    }
}

;// CONCATENATED MODULE: ./src/ssm/write-token.ts



/**
 * PutParameter got no clear answer and reading the history to find out
 * whether it landed failed too: the write may or may not have happened.
 */
class UncheckedWriteError extends Error {
    writeError;
    checkError;
    constructor(writeError, checkError) {
        super(`PutParameter got no clear answer (${writeError?.name ?? 'no response'}) and checking whether it landed failed: ${checkError?.message ?? String(checkError)}`);
        this.name = 'UncheckedWriteError';
        this.writeError = writeError;
        this.checkError = checkError;
    }
}
/**
 * Writes a SecureString version and returns its number, so that no retry ever
 * leaves an extra version: refused calls (throttling, TooManyUpdates) are
 * repeated; after an ambiguous one (5xx, timeout, lost connection) the
 * version it would have is read first and the write is repeated only if our
 * value is not there. A new parameter is created with its tags; an existing one is
 * overwritten (SSM refuses tags together with Overwrite) and tagged after.
 */
async function writeToken(store, request) {
    const creating = request.replacesVersion === undefined;
    const input = {
        Name: request.name,
        Value: request.value,
        Type: 'SecureString',
        ...(request.tier ? { Tier: request.tier } : {}),
        Overwrite: !creating,
        ...(request.kmsKeyId ? { KeyId: request.kmsKeyId } : {}),
        ...(request.description ? { Description: request.description } : {}),
        ...(creating && request.tags.length > 0 ? { Tags: request.tags.map((t) => ({ Key: t.key, Value: t.value })) } : {}),
    };
    const ours = (0,src_token/* fingerprint */.Rj)(request.value);
    let attempts = 0;
    const retries = freshRetryState();
    let recoveredFromHistory = false;
    let version;
    while (version === undefined) {
        attempts++;
        try {
            version = await store.putOnce(input);
        }
        catch (error) {
            const kind = classifySsmError(error);
            // A create that "already exists" after an ambiguous attempt may be our own write.
            const maybeOurs = kind === 'ambiguous' || (attempts > 1 && error.name === 'ParameterAlreadyExists');
            if (maybeOurs) {
                const found = await findOurVersion(store, request, ours).catch((checkError) => {
                    throw new UncheckedWriteError(error, checkError);
                });
                if (found !== undefined) {
                    version = found;
                    recoveredFromHistory = true;
                    break;
                }
            }
            else if (kind === 'final') {
                throw error;
            }
            if (!(await store.retryAfter(error, retries, 'PutParameter')))
                throw error;
        }
    }
    // The version is written: a tagging failure is reported, not thrown, so the caller can undo the write.
    if (!creating && request.tags.length > 0) {
        try {
            await store.addTags(request.name, request.tags);
        }
        catch (tagError) {
            return { version, attempts, recoveredFromHistory, tagError };
        }
    }
    return { version, attempts, recoveredFromHistory };
}
async function findOurVersion(store, request, ours) {
    return findWrittenVersion(store, request.name, request.replacesVersion, ours, request.seen);
}
/**
 * Which version holds the token with fingerprint `ours`, written after
 * `replacedVersion`; undefined when none does. Versions are numbered one by
 * one, so a write that landed is `replacedVersion + 1` unless another writer
 * came first: each candidate is read alone (`name:version`, decrypted) from
 * there on, and the first version that does not exist ends the search. In
 * the usual case that is one GetParameters call, not a decrypted history.
 * `seen` gets every value read, so the caller can mask it.
 */
async function findWrittenVersion(store, name, replacedVersion, ours, seen = () => undefined) {
    const first = (replacedVersion ?? 0) + 1;
    // SSM keeps 100 versions: no more candidates than that can exist.
    for (let version = first; version < first + 100; version++) {
        const value = await store.valueIfAny(name, version);
        if (value === undefined)
            return undefined;
        seen(value);
        if ((0,src_token/* fingerprint */.Rj)(value) === ours)
            return version;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/rollback.ts






// ESO is asked to sync back, but a rollback must end: at most this long.
const RESYNC_LIMIT_MS = 60_000;
const CANCELLED_RESYNC_LIMIT_MS = 1_000;
const RESYNC_SEND_ATTEMPTS = 3;
/**
 * Puts the value consumers held back as a new version (the version `current`
 * was on, not a drifted one written outside the action), moves the labels
 * back and has ESO sync it again (SPEC.md, "When it fails"). Never rolls back
 * over a version another run wrote after ours. `current` goes to the
 * restoring version; `previous` goes back where it was unless that version
 * could soon be the oldest SSM keeps (then onto the restoring version too),
 * so no label of ours ever blocks a later write.
 */
async function rollBack(context, written) {
    const { config, store, journal } = context;
    const name = config.parameterName;
    const t = journal.now();
    const keep = (state, failed = false) => ({
        restoredVersion: undefined,
        tokenInForce: undefined,
        newTokenInForce: true,
        state,
        failed,
    });
    if (written.replacedVersion === undefined) {
        journal.mark('FAILED', 'rollback', name, 'nothing to roll back to: this run created the parameter', t, 'failed');
        return keep(`SSM version ${written.version} holds the new token (this run created the parameter, so there is no earlier value to restore).`);
    }
    let restored;
    let previousValue;
    let restoreFrom = written.replacedVersion;
    let previousAt;
    // The IAM action of the call under way, named when it is denied.
    let action = 'ssm:GetParameters';
    try {
        const head = await store.head(name);
        if (head && head.version > written.version) {
            journal.mark('FAILED', 'rollback', name, `not rolled back: version ${head.version} was written after ours`, t, 'failed');
            return {
                restoredVersion: undefined,
                tokenInForce: undefined,
                newTokenInForce: false,
                state: `SSM's latest version ${head.version} was written by another run after this one, so it was left in force.`,
                failed: false,
            };
        }
        restoreFrom = written.heldVersion ?? written.replacedVersion;
        previousValue = await store.valueOf(name, restoreFrom);
        for (const form of (0,src_token/* encodingsToMask */.es)(previousValue))
            context.mask(form);
        journal.scrubber.know(previousValue);
        action = 'ssm:PutParameter';
        ({ version: restored } = await writeToken(store, {
            name,
            value: previousValue,
            replacesVersion: written.version,
            kmsKeyId: written.keyId ?? config.kmsKeyId,
            tier: written.tier ?? config.tier,
            description: config.description,
            tags: [],
            seen: (value) => {
                for (const form of (0,src_token/* encodingsToMask */.es)(value))
                    context.mask(form);
                journal.scrubber.know(value);
            },
        }));
        if (config.versionLabels) {
            action = 'ssm:LabelParameterVersion';
            await store.label(name, restored, ['current']);
            const back = written.previousLabelVersion;
            if (back !== undefined) {
                previousAt = labelSafe(back, restored) ? back : restored;
                await store.label(name, previousAt, ['previous']);
            }
        }
    }
    catch (error) {
        // A restoring write that got no answer and could not be checked: name what the check lacked.
        const unchecked = error instanceof UncheckedWriteError;
        const { reason, next } = explainSsmError(unchecked ? error.checkError : error, unchecked ? 'ssm:GetParameters' : action);
        const current = config.versionLabels ? await whereCurrentIs(store, name, written) : '';
        if (restored === undefined || previousValue === undefined) {
            journal.mark('FAILED', 'rollback', name, `rollback failed: ${reason}`, t, 'failed');
            return keep(`The rollback failed: ${reason}. SSM's latest version ${unchecked ? `is ${written.version} with the new token, or a newer one if the restoring write landed` : `${written.version} still holds the new token`}${current}. ${next} Or restore version ${restoreFrom} by hand (aws ssm get-parameter --name '${name}:${restoreFrom}' --with-decryption, then put-parameter --overwrite).`, true);
        }
        // The previous value is back as the latest version; only the labels are not where they belong.
        const resync = await (context.resync ?? (() => resyncCluster(context, previousValue)))();
        journal.mark('FAILED', 'rollback', name, `version ${restored} holds the value of version ${restoreFrom} again, but the labels were not moved back: ${reason}`, t, 'failed');
        return {
            restoredVersion: restored,
            tokenInForce: previousValue,
            newTokenInForce: false,
            state: `SSM version ${restored} holds the previous token again, but the labels were not moved back (${reason})${current}; ${resync}. ${next} Then move current by hand (aws ssm label-parameter-version --name '${name}' --parameter-version ${restored} --labels current).`,
            failed: false,
        };
    }
    const resync = await (context.resync ?? (() => resyncCluster(context, previousValue)))();
    const labels = config.versionLabels ? `, current -> ${restored}${previousAt !== undefined ? `, previous label back on ${previousAt}` : ''}` : '';
    // restoreFrom is the version this run replaced (the previous-version output); `previous` goes back where it was.
    journal.mark('ROLLED-BACK', 'rollback', name, `version ${restored} holds the value of version ${restoreFrom} (${(0,src_token/* fingerprint */.Rj)(previousValue)}), the one this run replaced, again${labels}; ${resync}`, t, 'rolled back');
    return {
        restoredVersion: restored,
        previousVersion: previousAt ?? (config.versionLabels ? await store.labelledVersion(name, 'previous').catch(() => undefined) : undefined),
        tokenInForce: previousValue,
        newTokenInForce: false,
        state: `SSM version ${restored} holds the previous token again${labels}; ${resync}.`,
        failed: false,
    };
}
/** Where `current` points after a rollback that stopped half way, as a clause for the failure sentence. */
async function whereCurrentIs(store, name, written) {
    const current = await store.labelledVersion(name, 'current').catch(() => undefined);
    if (current === undefined)
        return '';
    if (current === written.version)
        return `, and current points at version ${current}, which holds the new token`;
    if (current === written.replacedVersion)
        return `, and current points at version ${current}, which holds the previous token`;
    return `, and current points at version ${current}`;
}
/** With verify on, whether the target Secret's key holds the previous token; without, true (status alone decides). */
async function holdsPrevious(session, es, key, previousValue, signal) {
    if (!key || previousValue === undefined)
        return true;
    return (await session.gate.secretKeyFingerprint(session.cluster, es.targetSecret, key, signal)) === (0,src_token/* fingerprint */.Rj)(previousValue);
}
/** With verify on, how the resync wait tells whether the Secret holds the previous token (undefined: unreadable). */
function previousCheck(session, es, key, previousValue) {
    if (!key || previousValue === undefined)
        return undefined;
    return async (signal) => {
        const found = await session.gate.secretKeyFingerprint(session.cluster, es.targetSecret, key, signal);
        return found === undefined ? undefined : found === (0,src_token/* fingerprint */.Rj)(previousValue);
    };
}
/**
 * Has ESO sync every ExternalSecret again after a rollback; returns the clause on where the cluster stands.
 * previousValue (one parameter's restored token) lets verify check the Secret; a set leaves it out.
 */
async function resyncCluster(context, previousValue) {
    const session = context.cluster;
    if (!session || session.preflight.externalSecrets.length === 0)
        return 'no ExternalSecret to sync back';
    const { gate, cluster, preflight } = session;
    // After a cancel the runner kills the step within seconds: ask ESO, wait only briefly.
    const cancelled = context.signal.aborted;
    const timeoutMs = Math.min(context.config.syncTimeoutMs, cancelled ? CANCELLED_RESYNC_LIMIT_MS : RESYNC_LIMIT_MS);
    const signal = AbortSignal.timeout(timeoutMs + (cancelled ? 500 : 5_000));
    const notAsked = [];
    const pending = [];
    const untouched = [];
    // The force-sync must reach ESO: retry sending it, bounded, before giving up.
    let starts;
    for (let attempt = 1; attempt <= RESYNC_SEND_ATTEMPTS && !starts && !signal.aborted; attempt++) {
        try {
            starts = await gate.forceSyncAll(cluster, preflight.externalSecrets, `${context.runId}-rollback`, { signal });
        }
        catch {
            if (attempt < RESYNC_SEND_ATTEMPTS)
                await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
        }
    }
    await Promise.all(preflight.externalSecrets.map(async (es, index) => {
        const started = starts?.[index];
        if (!started) {
            const owner = es.clusterOwner;
            notAsked.push(owner ? (0,ces_rules/* clusterForceSyncCommand */.I7)(owner) : `kubectl -n ${es.ref.namespace} annotate externalsecret ${es.ref.name} force-sync=$(date +%s) --overwrite`);
            return;
        }
        // Neither syncedResourceVersion nor refreshTime moved since a preflight taken before the write
        // (sync-verdict.ts, esoWroteSince) and, when verifying, the Secret holds the previous token:
        // ESO never wrote the new token, so there is nothing to wait for.
        if (preflight.beforeWrite &&
            !gate.esoWroteSince(es, started) &&
            (await holdsPrevious(session, es, context.config.verifySecretKey, previousValue, signal))) {
            untouched.push((0,targets/* describeRef */.R)(es.ref));
            return;
        }
        try {
            // A sync ESO made on its own counts when the Secret holds the previous token: refreshPolicy
            // CreatedOnce makes one sync and ignores the force-sync after it (sync-verdict.ts, ownSyncVerdict).
            await gate.waitForSync(cluster, es.ref, started, {
                timeoutMs,
                signal,
                secretName: es.targetSecret.name,
                delivered: previousCheck(session, es, context.config.verifySecretKey, previousValue),
            });
        }
        catch {
            pending.push((0,targets/* describeRef */.R)(es.ref));
        }
    }));
    const problems = [
        ...(untouched.length > 0 && pending.length + notAsked.length > 0
            ? [`ESO never synced the new token into ${untouched.join(', ')}, so its Secret still holds the previous one`]
            : []),
        ...(pending.length > 0
            ? [`ESO was asked to sync ${pending.join(', ')} back but had not finished, so the cluster Secret may hold the new token until it does`]
            : []),
        ...(notAsked.length > 0 ? [`ESO could not be asked to sync back, so the cluster Secret may still hold the new token: ${notAsked.join('; ')}`] : []),
    ];
    if (problems.length > 0)
        return problems.join('; ');
    if (untouched.length === preflight.externalSecrets.length) {
        return 'ESO never synced the new token into the cluster Secret, so it still holds the previous one (ESO was asked to sync again)';
    }
    return untouched.length > 0
        ? `the ExternalSecrets synced the previous value back (ESO never synced the new token into ${untouched.join(', ')})`
        : 'the ExternalSecrets synced the previous value back';
}

;// CONCATENATED MODULE: ./src/recover-set.ts







const LATER = 'the ExternalSecrets sync back once the whole set is restored';
/**
 * The post step for a set: after a restart began every new token stays;
 * before, every parameter whose write landed (found by its fingerprint when
 * the write was under way) is rolled back, and only those, then ESO syncs
 * back once. Throws when a parameter could not be restored.
 */
async function recoverSet(progress, members, config, store, journal, rollBackAnyway = false) {
    const names = members.map((m) => m.parameter).join(', ');
    if ((progress.phase === 'restart-started' || progress.phase === 'probe-started') && !rollBackAnyway) {
        const versions = members.map((m) => `${m.parameter} version ${m.version}`).join(', ');
        return `the main step stopped after a restart began (phase ${progress.phase}), so the new tokens of the set stay in force (${versions}); check the rollout of ${[...config.restart.map(targets/* describeRef */.R), ...(config.discovery?.restart ? ['the workloads restart: auto found (listed in the main step log)'] : [])].join(', ')}`;
    }
    const know = (value) => {
        for (const form of (0,src_token/* encodingsToMask */.es)(value))
            actions_core/* setSecret */.Pq(form);
        src_scrub/* scrubber */.ty.know(value);
    };
    const landed = [];
    for (const member of members) {
        const version = member.version ?? (await findWrittenVersion(store, member.parameter, member.replacedVersion, member.fingerprint, know));
        if (version !== undefined)
            landed.push({ member, version });
    }
    if (landed.length === 0)
        return `the main step stopped before a write of the set (${names}) landed; nothing was written, nothing to undo`;
    const cluster = await recoveryCluster(config);
    const context = (member, resync) => ({
        config: { ...config, parameterName: member.parameter },
        store,
        journal,
        cluster,
        runId: `${progress.runId}-post`,
        signal: new AbortController().signal,
        now: () => new Date(),
        mask: (value) => {
            actions_core/* setSecret */.Pq(value);
        },
        ...(resync ? { resync } : {}),
    });
    const once = cluster !== undefined && cluster.preflight.externalSecrets.length > 0;
    try {
        const states = [];
        let failed = false;
        for (const { member, version } of landed) {
            journal.fingerprint = member.fingerprint;
            const result = await rollBack(context(member, () => Promise.resolve(LATER)), {
                version,
                replacedVersion: member.replacedVersion,
                previousLabelVersion: member.previousLabelVersion,
                heldVersion: member.heldVersion,
                keyId: member.keyId,
                tier: member.tier,
            });
            failed ||= result.failed;
            states.push(`${member.parameter}: ${result.state}`);
        }
        const untouched = members.filter((m) => !landed.some((l) => l.member === m)).map((m) => m.parameter);
        const resync = once ? ` Then ${await resyncCluster(context(landed[0]?.member))}.` : '';
        const state = `the main step stopped at phase ${progress.phase}; ${states.join(' ')}${untouched.length > 0 ? ` No write of ${untouched.join(', ')} landed.` : ''}${resync}`;
        if (failed)
            throw new Error(state);
        return state;
    }
    finally {
        await cluster?.cluster.close().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/probe.ts

// A service that needs a moment after its rollout: try again soon, then back off, never longer than this between tries.
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 5_000;
// Each request has its own limit, so one silent connection cannot use up probe-timeout.
const REQUEST_LIMIT_MS = 10_000;
const MIN_REQUEST_MS = 1_000;
/** The header value with the secret in place of the placeholder. */
const headerValue = (probe, value) => `${probe.header.before}${value}${probe.header.after}`;
/**
 * One request: redirects are not followed (the header would go to whatever
 * host Location names; a 3xx is an answer like any other), TLS is Node's
 * default verification, the body is discarded unread (a service may echo
 * the credential). Returns the status and reason phrase, or why none came.
 */
async function probeOnce(probe, value, tools, limitMs, signal) {
    const limit = AbortSignal.any([signal, AbortSignal.timeout(Math.max(1, limitMs))]);
    let response;
    try {
        response = await tools.fetch(probe.url, {
            method: probe.method,
            headers: { [probe.header.name]: headerValue(probe, value) },
            redirect: 'manual',
            signal: limit,
        });
    }
    catch (error) {
        // The error's own text is not kept: an invalid header error could quote the value.
        if (signal.aborted)
            return { status: undefined, reason: 'cancelled' };
        if (limit.aborted)
            return { status: undefined, reason: `no answer within ${Math.round(limitMs / 100) / 10} s` };
        if (error instanceof TypeError && /header/i.test(error.message))
            return { status: undefined, reason: 'the value cannot be sent in an HTTP header' };
        const cause = error.cause;
        return { status: undefined, reason: `no answer (${typeof cause?.code === 'string' ? cause.code : 'network error'})` };
    }
    await response.body?.cancel().catch(() => undefined);
    return { status: response.status, reason: tools.clean(`${response.status} ${response.statusText}`.trim()) };
}
/**
 * Calls the service until it answers an accepted status or probe-timeout
 * passes, backing off between tries (AWS Secrets Manager's testSecret: the
 * secret is not finished until a real call with it works).
 */
async function probeUntilAccepted(probe, value, tools, signal) {
    const deadline = tools.now() + probe.timeoutMs;
    let delay = FIRST_DELAY_MS;
    let attempts = 0;
    for (;;) {
        attempts++;
        // The last try may run up to MIN_REQUEST_MS past the deadline: a try with no time left could never be answered.
        const last = await probeOnce(probe, value, tools, Math.min(REQUEST_LIMIT_MS, Math.max(MIN_REQUEST_MS, deadline - tools.now())), signal);
        if (last.status !== undefined && accepts(probe.accepted, last.status))
            return { accepted: true, ...last, attempts, cancelled: false };
        if (signal.aborted)
            return { accepted: false, ...last, attempts, cancelled: true };
        const left = deadline - tools.now();
        if (left <= 0)
            return { accepted: false, ...last, attempts, cancelled: false };
        await tools.sleep(Math.min(delay, left), signal);
        delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
}
/** One request, no retry: the previous value after a rollback, to tell whether the service is healthy again. */
async function probeOnceAfterRollback(probe, value, tools, signal) {
    const answer = await probeOnce(probe, value, tools, Math.min(REQUEST_LIMIT_MS, probe.timeoutMs), signal);
    return { accepted: answer.status !== undefined && accepts(probe.accepted, answer.status), ...answer, attempts: 1, cancelled: signal.aborted };
}

;// CONCATENATED MODULE: ./src/recover-probe.ts








/**
 * The post step's test (SPEC.md, "Interrupted runs"): a run stopped after a
 * restart began, or during the test, left the new value in force untested.
 * The post step tests it as the main step would have; a pass keeps it, a
 * failure is rolled back like the main step's (the caller restores SSM and
 * the Secret, then restartAndRetest).
 */
// `overrides` is the tests' seam (a clock the injected sleep moves), as RotationDeps.probeTools is the main step's.
const tools = (overrides) => ({
    fetch: (...args) => fetch(...args),
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    clean: (text) => src_scrub/* scrubber */.ty.clean(text),
    ...overrides,
});
const know = (value) => {
    for (const form of (0,src_token/* encodingsToMask */.es)(value))
        actions_core/* setSecret */.Pq(form);
    src_scrub/* scrubber */.ty.know(value);
};
const untested = new Set(['restart-started', 'probe-started']);
/** Undefined when there is nothing to test; else whether the service took the new value, and the sentence. */
async function testInterrupted(progress, config, store, journal, probeTools = {}) {
    const probe = config.probe;
    if (!probe || !untested.has(progress.phase))
        return undefined;
    const member = (progress.set ?? [progress]).find((m) => m.parameter === probe.parameter);
    if (member?.version === undefined)
        return undefined;
    const value = await store.valueOf(member.parameter, member.version);
    know(value);
    journal.fingerprint = (0,src_token/* fingerprint */.Rj)(value);
    const t = journal.now();
    const answer = await probeUntilAccepted(probe, value, tools(probeTools), new AbortController().signal);
    journal.fingerprint = progress.fingerprint;
    if (answer.accepted) {
        journal.mark('PROBED', 'recover', probe.url, `${probe.method} answered ${answer.reason} with the new value after ${answer.attempts} tries`, t);
        return { passed: true, sentence: ` The test the main step did not finish passed (${answer.reason}).` };
    }
    const reason = `the service did not accept the new value within probe-timeout (${formatMs(probe.timeoutMs)}): its last answer was ${answer.reason}`;
    journal.mark('FAILED', 'recover', probe.url, reason, t, 'failed');
    return { passed: false, sentence: `the test the main step did not finish failed (${reason}), so the run is rolled back:` };
}
/** After the restore: the same workloads restarted again and waited for, then the value now in force tested once. */
async function restartAndRetest(config, store, journal, probeTools = {}) {
    const probe = config.probe;
    const restarted = [];
    if (config.restart.length > 0) {
        const session = await recoveryCluster(config);
        if (session) {
            try {
                for (const ref of config.restart) {
                    const t = journal.now();
                    try {
                        const { generation } = await session.gate.restartWorkload(session.cluster, ref, new Date().toISOString());
                        await session.gate.waitForRollout(session.cluster, ref, { timeoutMs: config.rolloutTimeoutMs, minGeneration: generation });
                        journal.mark('ROLLED-OUT', 'recover', (0,targets/* describeRef */.R)(ref), `restarted again on the previous value, generation ${generation}`, t, 'recovered');
                        restarted.push((0,targets/* describeRef */.R)(ref));
                    }
                    catch (error) {
                        const why = error instanceof errors/* StepError */.zg ? error.reason : 'the restart could not be made';
                        return ` Restarting ${(0,targets/* describeRef */.R)(ref)} again failed (${why}), so its pods may still run the new value; restart it by hand (kubectl rollout restart).`;
                    }
                }
            }
            finally {
                await session.cluster.close().catch(() => undefined);
            }
        }
    }
    const head = await store.head(probe.parameter);
    if (!head)
        return '';
    const value = await store.valueOf(probe.parameter, head.version);
    know(value);
    const shown = journal.fingerprint;
    journal.fingerprint = (0,src_token/* fingerprint */.Rj)(value);
    const t = journal.now();
    const answer = await probeOnceAfterRollback(probe, value, tools(probeTools), new AbortController().signal);
    const verdict = answer.accepted ? 'the service accepts it again' : 'the service does not accept it either: check the service';
    journal.mark('PROBED', 'recover', probe.url, `the previous value: ${probe.method} answered ${answer.reason}, ${verdict}`, t, answer.accepted ? 'recovered' : 'failed');
    journal.fingerprint = shown;
    const again = restarted.length > 0 ? ` ${restarted.join(', ')} restarted again and rolled out.` : '';
    return `${again} The test with the previous value got ${answer.reason}: ${verdict}.`;
}

;// CONCATENATED MODULE: ./src/summary.ts



/** The symbol of each row's result; the README's "Job summary" section lists the same set. */
const SYMBOLS = {
    ok: '✅',
    failed: '❌',
    'rolled back': '↩️',
    planned: '📝',
    skipped: '⏭️',
    recovered: '🩹',
    drift: '⚠️',
};
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (text) => (text ? `\`${cell(text)}\`` : '—');
/**
 * The job summary's content: a headline, on failure the details under it, a
 * table of the steps and one row of the facts a person checks at a glance.
 * "Previous version" is the previous-version output: the version this run
 * replaced as consumers held it, after a rollback too; a dry run shows the one
 * it would replace.
 */
function summarize(parameter, records, outcome, run) {
    if (outcome.members)
        return summarizeSet(outcome.members, records, outcome, run);
    const { outputs, error, planned } = outcome;
    const rolledBack = records.some((r) => r.result === 'rolled back');
    let headline;
    const details = [];
    if (error) {
        const after = rolledBack
            ? `rolled back, version ${outputs.version} holds the token of version ${outputs['previous-version']} again`
            : outputs.rotated === 'true'
                ? `the new token (version ${outputs.version}) stays in force`
                : 'no new token handed out';
        headline = `${SYMBOLS.failed} rotate-deploy-token: ${error.step} failed for ${error.target}; ${after}`;
        details.push(`**Why:** ${error.reason}`);
        if (outcome.state)
            details.push(`**State:** ${outcome.state}`);
        details.push(`**Next:** ${error.next}`);
    }
    else if (outcome.dryRun) {
        const replaces = planned?.replaces === undefined ? 'would create it' : `would replace version ${planned.replaces}`;
        headline = `${SYMBOLS.planned} rotate-deploy-token: dry run for ${parameter}, ${replaces}; nothing was written`;
    }
    else {
        const replaced = outputs['previous-version'] ? `, replacing version ${outputs['previous-version']}` : ', creating the parameter';
        headline = `${SYMBOLS.ok} rotate-deploy-token: rotated ${parameter} to version ${outputs.version}${replaced}`;
    }
    const facts = outcome.dryRun
        ? [
            ['Parameter', code(parameter)],
            ['Version', planned ? `${code(String(planned.version))} (would write)` : '—'],
            ['Previous version', planned?.replaces !== undefined ? `${code(String(planned.replaces))} (would replace)` : '— (would create)'],
            ['Drift', code(outputs.drift)],
        ]
        : [
            ['Parameter', code(parameter)],
            ['Version', code(outputs.version)],
            ['Previous version', code(outputs['previous-version'])],
            ['Fingerprint', code(outputs.fingerprint)],
            ['Rotated', code(outputs.rotated)],
            ['Drift', code(outputs.drift)],
        ];
    if (outputs['rotated-at'])
        facts.push(['Written at', code(outputs['rotated-at'])]);
    const clean = (line) => src_scrub/* scrubber */.ty.clean(line);
    return { headline: clean(headline), details: details.map(clean), rows: stepRows(records), facts: facts.map(([k, v]) => [k, clean(v)]), run };
}
/** A set's summary: the headline names the set, and each parameter has its facts row. */
function summarizeSet(members, records, outcome, run) {
    const { outputs, error } = outcome;
    const names = members.map((m) => m.name).join(', ');
    const details = [];
    let headline;
    if (error) {
        const rolledBack = records.some((r) => r.result === 'rolled back');
        const after = rolledBack ? 'the set was rolled back' : outputs.rotated === 'true' ? 'the new tokens stay in force' : 'no new token handed out';
        headline = `${SYMBOLS.failed} rotate-deploy-token: ${error.step} failed for ${error.target}; ${after}`;
        details.push(`**Why:** ${error.reason}`);
        if (outcome.state)
            details.push(`**State:** ${outcome.state}`);
        details.push(`**Next:** ${error.next}`);
    }
    else if (outcome.dryRun) {
        headline = `${SYMBOLS.planned} rotate-deploy-token: dry run for the set ${names}; nothing was written`;
    }
    else {
        headline = `${SYMBOLS.ok} rotate-deploy-token: rotated the set ${names}`;
    }
    const clean = (line) => src_scrub/* scrubber */.ty.clean(line);
    const rows = members.map((m) => [
        ['Parameter', code(m.name)],
        ['Output key', code(m.key)],
        outcome.dryRun ? ['Version', `${code(String(m.plannedVersion ?? ''))} (would write)`] : ['Version', code(m.version)],
        ['Previous version', code(m.previousVersion)],
        ['Fingerprint', code(m.fingerprint)],
        ['Drift', code(String(m.drift))],
    ]);
    const [first = [], ...more] = rows.map((row) => row.map(([k, v]) => [k, clean(v)]));
    return {
        headline: clean(headline),
        details: details.map(clean),
        rows: stepRows(records),
        facts: first,
        moreFacts: more.map((row) => row.map(([, v]) => v)),
        run,
    };
}
/** Markdown for GITHUB_STEP_SUMMARY. */
function renderSummary(table) {
    const lines = [`## ${cell(table.headline)}`, ''];
    if (table.details.length > 0)
        lines.push(...table.details.map((line) => `${cell(line)}  `), '');
    lines.push(...factTable(table.facts), ...(table.moreFacts ?? []).map((row) => `| ${row.join(' | ')} |`), '', ...stepTable(table.rows));
    if (table.run)
        lines.push('', table.run);
    return `${lines.join('\n')}\n`;
}
/** The facts as one row under their names: no column without a header. */
function factTable(facts) {
    return [`| ${facts.map(([key]) => key).join(' | ')} |`, `| ${facts.map(() => '---').join(' | ')} |`, `| ${facts.map(([, value]) => value).join(' | ')} |`];
}
const symbolOf = (r) => (r.marker === 'DRIFT' && r.result === 'ok' ? SYMBOLS.drift : SYMBOLS[r.result]);
const statusOf = (r) => `${symbolOf(r)} ${r.marker === 'DRIFT' && r.result === 'ok' ? 'drift' : r.result}`;
const stepRows = (records) => records.map((r) => [statusOf(r), r.step, cell(r.target), r.ms > 0 ? formatMs(r.ms) : '', cell(r.detail)]);
function stepTable(rows) {
    return ['| Status | Step | Target | Duration | Detail |', '| --- | --- | --- | --- | --- |', ...rows.map((row) => `| ${row.join(' | ')} |`)];
}
/** The table of a journal's steps alone, for the post step's summary. */
const renderStepTable = (records) => stepTable(stepRows(records)).join('\n');
/** Appends Markdown to the job summary; outside a runner (no GITHUB_STEP_SUMMARY) there is nowhere to write it. */
async function writeJobSummary(markdown) {
    try {
        await actions_core/* summary */.z.addRaw(markdown).write();
    }
    catch (error) {
        actions_core/* debug */.Yz(`job summary not written: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/recover.ts














/**
 * The `post:` step. When the main step ended before its end (cancelled,
 * killed), bring SSM, the labels and the cluster to a state the contract
 * allows: before any restart began, roll back; after, keep the new token.
 * `probeTools` lets tests move the test's clock (the main step has none to pass).
 */
async function recoverInterrupted(stateText, mainFinished, probeTools = {}) {
    const progress = parseProgress(stateText);
    if (mainFinished || progress?.phase === 'confirmed') {
        actions_core/* info */.pq('rotate-deploy-token post step: the main step reached its end; nothing to recover.');
        return;
    }
    if (!progress) {
        actions_core/* info */.pq('rotate-deploy-token post step: the main step stopped before it wrote anything; nothing to recover.');
        return;
    }
    const config = readInputs((name) => actions_core/* getInput */.V4(name));
    const journal = new Journal((line) => {
        actions_core/* info */.pq(line);
    });
    journal.fingerprint = progress.fingerprint;
    const store = ParameterStore.forRegion(config.region);
    const name = progress.set ? progress.set.map((m) => m.parameter).join(', ') : progress.parameter;
    const t = journal.now();
    let state;
    try {
        state = await recover(progress, config, store, journal, probeTools);
    }
    catch (error) {
        state = `recovery failed: ${src_scrub/* scrubber */.ty.clean(error.message)}; check the parameter's versions and labels by hand (aws ssm get-parameter-history --name '${name}').`;
        journal.mark('FAILED', 'recover', name, state, t, 'failed');
        actions_core/* setFailed */.C1(src_scrub/* scrubber */.ty.clean(`recover failed for ${name}: ${state}`));
        await writeSummary(journal, progress, state, false);
        return;
    }
    journal.mark('RECOVERED', 'recover', name, state, t, 'recovered');
    await writeSummary(journal, progress, state, true);
}
async function recover(progress, config, store, journal, probeTools) {
    // A run stopped after its restarts began, or during its test, left the new value untested: test it now; a failure rolls back.
    const tested = await testInterrupted(progress, config, store, journal, probeTools);
    const rollBackAnyway = tested?.passed === false;
    const state = progress.set
        ? await recoverSet(progress, progress.set, config, store, journal, rollBackAnyway)
        : await recoverOne(progress, config, store, journal, rollBackAnyway);
    if (!tested)
        return state;
    if (tested.passed)
        return `${state}.${tested.sentence}`;
    const created = (progress.set ?? [progress]).some((m) => m.replacedVersion === undefined);
    return `${tested.sentence} ${state}${created ? '' : await restartAndRetest(config, store, journal, probeTools)}`;
}
async function recoverOne(progress, config, store, journal, rollBackAnyway) {
    const name = progress.parameter;
    if (progress.phase === 'probe-started' && !rollBackAnyway) {
        return `the main step stopped during the test (phase ${progress.phase}), after its gate, so the new token (version ${progress.version}) stays in force`;
    }
    if (progress.phase === 'restart-started' && !rollBackAnyway) {
        return `the main step stopped after a restart began (phase ${progress.phase}), so the new token (version ${progress.version}) stays in force; check the rollout of ${[...config.restart.map(targets/* describeRef */.R), ...(config.discovery?.restart ? ['the workloads restart: auto found (listed in the main step log)'] : [])].join(', ')}`;
    }
    let version = progress.version;
    if (version === undefined) {
        // Stopped during the write: did it land? Only the version it would have is read, by fingerprint.
        version = await findWrittenVersion(store, name, progress.replacedVersion, progress.fingerprint, (value) => {
            for (const form of (0,src_token/* encodingsToMask */.es)(value))
                actions_core/* setSecret */.Pq(form);
            src_scrub/* scrubber */.ty.know(value);
        });
        if (version === undefined)
            return 'the main step stopped before its write landed; nothing was written, nothing to undo';
    }
    const cluster = await recoveryCluster(config);
    const result = await rollBack({
        config,
        store,
        journal,
        cluster,
        runId: `${progress.runId}-post`,
        signal: new AbortController().signal,
        now: () => new Date(),
        mask: (value) => {
            actions_core/* setSecret */.Pq(value);
        },
    }, {
        version,
        replacedVersion: progress.replacedVersion,
        previousLabelVersion: progress.previousLabelVersion,
        heldVersion: progress.heldVersion,
        keyId: progress.keyId,
        tier: progress.tier,
    }).finally(() => cluster?.cluster.close().catch(() => undefined));
    if (result.failed)
        throw new Error(result.state);
    return `the main step stopped at phase ${progress.phase}; ${result.state}`;
}
/**
 * The post step's summary: a headline, the state, the facts and the steps.
 * "Previous version" means what it means in the main step's summary and
 * outputs: the version the run replaced as consumers held it.
 */
async function writeSummary(journal, progress, state, recovered) {
    const members = progress.set ?? [progress];
    const name = members.map((m) => m.parameter).join(', ');
    const headline = recovered
        ? `${SYMBOLS.recovered} rotate-deploy-token: post step recovered ${name}`
        : `${SYMBOLS.failed} rotate-deploy-token: post step could not recover ${name}`;
    const intro = src_scrub/* scrubber */.ty.clean(`The main step did not reach its end (last point passed: ${progress.phase}). ${state.charAt(0).toUpperCase()}${state.slice(1)}`);
    const code = (value) => (value === undefined ? '—' : `\`${String(value)}\``);
    // One facts row per parameter.
    const rows = members.map((m) => [
        ['Parameter', code(m.parameter)],
        ['Written by the main step', m.version === undefined ? 'unknown (stopped during the write)' : code(m.version)],
        ['Previous version', code(m.heldVersion ?? m.replacedVersion)],
        ['Fingerprint of the new token', code(m.fingerprint)],
    ]);
    const facts = factTable(rows[0]).concat(rows.slice(1).map((row) => factTable(row)[2]));
    // Each part is one line, scrubbed on its own: the scrubber joins lines, and the journal's rows are clean already.
    const text = [`## ${src_scrub/* scrubber */.ty.clean(headline)}`, '', intro, '', ...facts, '', renderStepTable(journal.records), ''].join('\n');
    await writeJobSummary(text);
}

;// CONCATENATED MODULE: ./src/outcome.ts
const emptyOutputs = () => ({
    token: '',
    version: '',
    'previous-version': '',
    fingerprint: '',
    rotated: 'false',
    'rotated-at': '',
    drift: 'false',
    tokens: '',
    versions: '',
    fingerprints: '',
});

;// CONCATENATED MODULE: ./src/ssm/parameter-preflight.ts


const unlabel = (name, version, labels) => `aws ssm unlabel-parameter-version --name '${name}' --parameter-version ${version} --labels ${labels.map((l) => `'${l}'`).join(' ')}`;
/**
 * Read-only, and one request up to 50 versions (two up to the 100 SSM keeps):
 * GetParameterHistory without decryption lists every version with its
 * Type, Labels, KeyId, Tier, LastModifiedUser and LastModifiedDate (AWS API
 * reference, GetParameterHistory and ParameterHistory), and answers
 * ParameterNotFound for a parameter that does not exist. From it: the latest
 * version and its type (a String is refused), KMS key and tier (GetParameter
 * reports neither), the versions `current` and `previous` are on (drift, the
 * version consumers hold), the labels on the oldest version (a label there
 * makes the write fail once 100 versions are kept), the labels on the
 * version `previous` will go to (at most 10 per version) and who wrote a
 * drifted version. Anything that would make the write or the labels fail is
 * refused here, before a token is minted.
 */
async function preflightParameter(config, store, journal) {
    const name = config.parameterName;
    const t = journal.now();
    const history = await store.history(name, { decrypt: false }).catch((error) => {
        if (error.name === 'ParameterNotFound')
            return [];
        throw error;
    });
    const latest = latestOf(history);
    const head = latest
        ? { type: latest.type ?? 'SecureString', version: latest.version, lastModified: latest.lastModified }
        : undefined;
    if (head && head.type !== 'SecureString') {
        throw new errors/* StepError */.zg('preflight', name, `the parameter is a ${head.type}, not a SecureString, and this action never overwrites a plain-text parameter.`, 'Delete it or pick another parameter-name; the action then creates a SecureString.');
    }
    const currentLabelVersion = config.versionLabels ? versionWithLabel(history, 'current') : undefined;
    const previousLabelVersion = config.versionLabels ? versionWithLabel(history, 'previous') : undefined;
    const blocking = labelsBlockingWrite(history);
    if (blocking) {
        throw new errors/* StepError */.zg('preflight', name, `version ${blocking.version}, the oldest of the 100 versions SSM keeps, carries the label${blocking.labels.length > 1 ? 's' : ''} ${blocking.labels.join(', ')}, so SSM would refuse the new version (ParameterMaxVersionLimitExceeded).`, `Remove ${blocking.labels.length > 1 ? 'them' : 'it'} (${unlabel(name, blocking.version, blocking.labels)}) or move ${blocking.labels.length > 1 ? 'them' : 'it'} to a newer version with aws ssm label-parameter-version, then run again.`);
    }
    const tier = tierToWrite(config.tier, latest?.tier);
    if ('refused' in tier)
        throw new errors/* StepError */.zg('preflight', name, tier.refused, 'Nothing needs undoing.');
    const key = keyToWrite(config.kmsKeyId, latest?.keyId);
    const heldVersion = currentLabelVersion ?? head?.version;
    if (config.versionLabels && heldVersion !== undefined) {
        // `current` moves to the new version first, so it frees its place on the held version.
        const held = history.find((entry) => entry.version === heldVersion);
        if (held && !labelFits(held.labels, 'previous', ['current'])) {
            throw new errors/* StepError */.zg('preflight', name, `version ${heldVersion} already carries 10 labels (${held.labels.join(', ')}), the most SSM allows on one version, so the label previous could not be put on it.`, `Remove one (${unlabel(name, heldVersion, [held.labels[held.labels.length - 1] ?? ''])}) or set version-labels to false, then run again.`);
        }
    }
    const drift = currentLabelVersion !== undefined && head !== undefined && currentLabelVersion < head.version;
    if (drift) {
        journal.mark('DRIFT', 'preflight', name, `version ${head.version} was written outside this action${latest?.lastModifiedUser ? ` by ${latest.lastModifiedUser}` : ''}${latest?.lastModified ? ` at ${latest.lastModified.toISOString()}` : ''} (current is on ${currentLabelVersion}); this rotation supersedes it, and previous will point at version ${currentLabelVersion}, the one consumers hold`);
    }
    const found = head ? `version ${head.version}, SecureString` : 'does not exist yet, will be created';
    const notes = [
        found,
        currentLabelVersion !== undefined ? `current on ${currentLabelVersion}` : '',
        head ? `${latest?.tier ?? 'Standard'} tier, key ${latest?.keyId ?? 'alias/aws/ssm'}` : '',
        key.change ?? '',
        head && latest?.tier !== undefined && tier.tier !== latest.tier ? `tier changes from ${latest.tier} to ${tier.tier} (tier)` : '',
    ].filter(Boolean);
    journal.mark('PLAN', 'preflight', name, notes.join(', '), t);
    return { head, currentLabelVersion, previousLabelVersion, heldVersion, drift, keyId: key.keyId, tier: tier.tier, keyChange: key.change };
}

;// CONCATENATED MODULE: ./src/step-errors.ts



/** The kubeconfig and context inputs, as connectCluster takes them. */
const clusterSource = (config) => ({
    ...(config.kubeconfig !== undefined ? { kubeconfig: config.kubeconfig } : {}),
    ...(config.kubeContext !== undefined ? { context: config.kubeContext } : {}),
});
/** Turns anything thrown into a StepError that names the step, target, cause and next move. */
function asStepError(error, step, target, action) {
    if (error instanceof errors/* StepError */.zg)
        return error;
    if (error instanceof errors/* CancelledError */.cc) {
        return new errors/* StepError */.zg(step, target, `the run was ${error.message}.`, 'Run the deploy again when ready.');
    }
    if (error instanceof InvalidLabelsError) {
        return new errors/* StepError */.zg(step, target, `${error.message}.`, 'Check that no other tool uses the labels current and previous with other rules.');
    }
    const { reason, next } = explainSsmError(error, action);
    return new errors/* StepError */.zg(step, target, `${reason}.`, next);
}
/** The failure of a run cancelled by the runner (SIGTERM/SIGINT), `when` or while a wait was under way. */
function cancelled(step, target, signal, when) {
    const by = signal.reason instanceof Error && signal.reason.message ? ` (${signal.reason.message})` : '';
    const what = when instanceof errors/* CancelledError */.cc ? when.message.replace(/^cancelled /, '') : when;
    return new errors/* StepError */.zg(step, target, `the run was cancelled${by} ${what}.`, 'Run the deploy again when ready.');
}
/** Where SSM stands after a write whose outcome could not be checked, read back as far as possible. */

;// CONCATENATED MODULE: ./src/cluster-steps.ts




/** The cluster steps of a rotation: preflight, gate and verify, restart and rollout. */
async function preflightCluster(config, deps) {
    const names = config.parameters.map((p) => p.name);
    const { journal } = deps;
    const t = journal.now();
    const gate = deps.connected?.gate ?? (await deps.loadGate());
    const cluster = deps.connected?.cluster ?? (await gate.connectCluster(clusterSource(config)));
    const preflight = await gate.preflightCluster(cluster, {
        externalSecrets: [...config.externalSecrets],
        checks: {
            parameterName: config.parameterName,
            region: config.region,
            versionLabels: config.versionLabels,
            ...(config.setForm ? { parameterNames: names } : {}),
        },
        beforeWrite: true,
        restart: [...config.restart],
        ...(config.discovery ? { discovery: { ...config.discovery, parameterNames: names, region: config.region } } : {}),
        ...(config.verifySecretKey !== undefined ? { verifySecretKey: config.verifySecretKey } : {}),
    }, { signal: deps.signal });
    const found = (target) => foundBecause(preflight.discovery, target);
    for (const es of preflight.externalSecrets) {
        const target = (0,targets/* describeRef */.R)({ ...es.ref, kind: 'ExternalSecret' });
        journal.mark('PLAN', 'preflight', target, `ExternalSecret ready for force-sync, target Secret ${es.targetSecret.name}${found(target)}`, t);
    }
    for (const w of preflight.workloads) {
        const target = (0,targets/* describeRef */.R)(w.ref);
        journal.mark('PLAN', 'preflight', target, `${w.reloaderManaged ? 'managed by Reloader: will wait for its rollout' : 'will restart'}${found(target)}`, t);
    }
    for (const line of discoveryLines(preflight.discovery))
        journal.mark('PLAN', 'preflight', line.target, line.detail, t);
    return { gate, cluster, preflight };
}
/** `, found by auto: data[0].remoteRef.key` for an object discovery found. */
function foundBecause(report, target) {
    const item = [...(report?.externalSecrets ?? []), ...(report?.workloads ?? [])].find((f) => f.target === target);
    return item ? `, found by auto: ${item.reasons.join('; ')}` : '';
}
/** The summary's rows for what auto looked at and did not take: left out, or found and reported but not restarted. */
function discoveryLines(report) {
    if (!report)
        return [];
    const lines = report.workloads
        .filter((w) => w.notRestarted !== undefined)
        .map((w) => ({ target: w.target, detail: `found by auto (${w.reasons.join('; ')}), reported and not restarted: ${w.notRestarted ?? ''}` }));
    const shown = report.leftOut.slice(0, 10).map((out) => `${out.target} (${out.reason})`);
    const more = report.leftOut.length > shown.length ? `; and ${report.leftOut.length - shown.length} more (listed in the log)` : '';
    const detail = `looked in ${report.where} with ${report.pages} list requests; left out ${report.leftOut.length}${shown.length > 0 ? `: ${shown.join('; ')}` : ''}${more}`;
    return [...lines, { target: 'auto', detail }];
}
/** Forces every ExternalSecret of the plan once, then waits for all at once (ESO's queue takes them one by one with --concurrent=1). */
async function syncAll(run, steps) {
    const { gate, cluster } = run.cluster;
    const { journal, signal } = run.deps;
    const externalSecrets = steps.map((step) => step.externalSecret);
    const t = journal.now();
    let starts;
    try {
        starts = await gate.forceSyncAll(cluster, externalSecrets, run.deps.runId, { signal });
    }
    catch (error) {
        throw error instanceof errors/* CancelledError */.cc ? cancelled('sync', 'the ExternalSecrets', signal, error) : error;
    }
    await Promise.all(externalSecrets.map(async (es, index) => {
        const target = (0,targets/* describeRef */.R)({ ...es.ref, kind: 'ExternalSecret' });
        const started = starts[index];
        let synced;
        try {
            synced = await gate.waitForSync(cluster, es.ref, started, {
                timeoutMs: run.config.syncTimeoutMs,
                signal,
                secretName: es.targetSecret.name,
                delivered: deliveryCheck(run, es),
            });
        }
        catch (error) {
            throw error instanceof errors/* CancelledError */.cc ? cancelled('sync', target, signal, error) : error;
        }
        const via = synced.proof === 'secret'
            ? ` (ESO's own sync after the write; the Secret holds the new value)`
            : es.clusterOwner
                ? ` (forced through ClusterExternalSecret ${es.clusterOwner})`
                : '';
        journal.mark('SYNCED', 'sync', target, `ESO synced Secret ${es.targetSecret.name}${via}${carried(run, es)}`, t);
    }));
}
/**
 * With verify-secret-key, how the gate tells whether the target Secret already holds the new
 * value(s): proof that a sync ESO made on its own after the write read it (sync-verdict.ts).
 */
function deliveryCheck(run, es) {
    const key = run.config.verifySecretKey;
    if (key === undefined)
        return undefined;
    const keys = run.config.setForm ? (es.setKeys ?? []) : [{ parameter: run.config.parameterName, secretKey: key }];
    const expected = keys.map((k) => ({ ...k, fingerprint: run.members.find((m) => m.entry.name === k.parameter)?.fingerprint }));
    if (expected.length === 0 || expected.some((k) => k.fingerprint === undefined))
        return undefined;
    const { gate, cluster } = run.cluster;
    return async (signal) => {
        for (const k of expected) {
            const actual = await gate.secretKeyFingerprint(cluster, es.targetSecret, k.secretKey, signal);
            if (actual === undefined)
                return undefined;
            if (actual !== k.fingerprint)
                return false;
        }
        return true;
    };
}
/** For a set, the parameters an ExternalSecret carries (its data[] reads, else the whole set); their fingerprints go on its line. */
function carried(run, es) {
    if (!run.config.setForm)
        return '';
    const read = new Set(es.setKeys?.map((key) => key.parameter));
    const members = run.members.filter((m) => read.size === 0 || read.has(m.entry.name));
    run.deps.journal.fingerprint = members.map((m) => m.fingerprint).join(',');
    return `, carrying ${members.map((m) => m.entry.name).join(', ')}`;
}
/** Checks one key of a target Secret against the fingerprint of the token of the parameter it reads. */
async function verifyOne(run, step, token) {
    const { gate, cluster } = run.cluster;
    const es = step.externalSecret;
    const key = step.secretKey ?? '';
    const t = run.deps.journal.now();
    await gate.verifySecretKey(cluster, es.targetSecret, key, (0,src_token/* fingerprint */.Rj)(token));
    const of = run.config.setForm ? ` (${step.parameter ?? ''})` : '';
    run.deps.journal.mark('VERIFIED', 'verify', (0,targets/* describeRef */.R)({ ...es.targetSecret, kind: 'Secret' }), `key ${key}${of} matches`, t);
}
/** Restarts one workload (or leaves it to Reloader) and waits for its rollout. */
async function restartOne(run, step) {
    const { gate, cluster } = run.cluster;
    const { journal, signal } = run.deps;
    const workload = step.workload;
    let t = journal.now();
    let minGeneration;
    if (workload.reloaderManaged) {
        // Reloader restarts it on the Secret change; a second patch would roll it twice.
        minGeneration = workload.generation + 1;
        journal.mark('RESTARTED', 'restart', (0,targets/* describeRef */.R)(workload.ref), 'left to Reloader (it manages this workload)', t);
    }
    else {
        const { generation } = await gate.restartWorkload(cluster, workload.ref, run.deps.now().toISOString());
        minGeneration = generation;
        journal.mark('RESTARTED', 'restart', (0,targets/* describeRef */.R)(workload.ref), `${workload.ref.kind === 'Rollout' ? 'spec.restartAt' : 'restartedAt'} patched, generation ${generation}`, t);
    }
    t = journal.now();
    try {
        await gate.waitForRollout(cluster, workload.ref, { timeoutMs: run.config.rolloutTimeoutMs, signal, minGeneration });
    }
    catch (error) {
        throw error instanceof errors/* CancelledError */.cc ? cancelled('rollout', (0,targets/* describeRef */.R)(workload.ref), signal, error) : error;
    }
    journal.mark('ROLLED-OUT', 'rollout', (0,targets/* describeRef */.R)(workload.ref), 'rollout complete', t);
}

;// CONCATENATED MODULE: ./src/held-by-secret.ts


/**
 * With verify-secret-key, the version consumers hold is the one whose value the target Secret
 * holds (SPEC.md step 6), not simply the one `current` is on: a run that overlaps another may find
 * `current` on a version the other run wrote and ESO has not synced yet, a token no consumer ever
 * received. `previous`, the `previous-version` output and a rollback's restored value follow it.
 */
/** GetParameters takes at most 10 names: the latest version and the nine before it. */
const CANDIDATES = 10;
/** The versions the Secret could hold, newest first. */
const candidateVersions = (latest) => Array.from({ length: Math.min(CANDIDATES, latest) }, (_, i) => latest - i).filter((version) => version >= 1);
/**
 * The version consumers hold, from the fingerprints the Secrets' key holds and each candidate
 * version's: the newest version with a Secret's value (a rollback rewrites an old value as a new
 * version), the oldest of those when the Secrets disagree (the dual-valid window must cover the
 * pods still presenting it). Undefined when no Secret holds a value of these versions.
 */
function versionHeld(held, versions) {
    const matched = held.flatMap((secret) => {
        const found = [...versions].filter(([, print]) => secret !== undefined && print === secret).map(([version]) => version);
        return found.length > 0 ? [Math.max(...found)] : [];
    });
    return matched.length > 0 ? Math.min(...matched) : undefined;
}
/**
 * Reads each target Secret's key and the candidate versions (decrypted, hashed at once, never kept)
 * and moves the single parameter's held version to the one the cluster holds. A set, a run without
 * verify-secret-key, or a Secret that cannot be read keeps what preflight found.
 */
async function heldBySecret(config, members, cluster, deps) {
    const key = config.verifySecretKey;
    const [member] = members;
    const latest = member?.plan.head?.version;
    if (config.setForm || key === undefined || !member || latest === undefined || cluster.preflight.externalSecrets.length === 0)
        return [...members];
    const held = await Promise.all(cluster.preflight.externalSecrets.map((es) => cluster.gate.secretKeyFingerprint(cluster.cluster, es.targetSecret, key, deps.signal)));
    if (held.every((print) => print === undefined))
        return [...members];
    const selectors = candidateVersions(latest).map((version) => `${config.parameterName}:${version}`);
    let found;
    try {
        found = await deps.store.resolve(selectors, true);
    }
    catch (error) {
        if (deps.signal.aborted)
            throw error;
        // Decrypting needs kms:Decrypt, which only a rollback needed so far: keep current's version.
        actions_core/* warning */.$e(`${config.parameterName}: could not read versions ${selectors.length > 1 ? `${latest - selectors.length + 1}-${latest}` : latest} to tell which one the cluster Secret holds (${deps.journal.scrubber.clean(error instanceof Error ? error.message : String(error))}); previous goes where current is.`);
        return [...members];
    }
    const versions = new Map();
    for (const parameter of found.values()) {
        if (parameter.Value !== undefined && parameter.Version !== undefined)
            versions.set(parameter.Version, (0,src_token/* fingerprint */.Rj)(parameter.Value));
    }
    const version = versionHeld(held, versions);
    if (version === undefined || version === member.plan.heldVersion)
        return [...members];
    deps.journal.mark('PLAN', 'preflight', config.parameterName, `the cluster Secret holds version ${version}, not ${member.plan.heldVersion ?? 'none'} (where current is): previous will point at version ${version}`);
    return [{ ...member, plan: { ...member.plan, heldVersion: version } }, ...members.slice(1)];
}

;// CONCATENATED MODULE: ./src/run-state.ts


/** A step that failed: the error, the step and start time its FAILED line names, and the state of the parameter it failed on. */
class StepFailure extends Error {
    error;
    end;
    failedStep;
    startedAt;
    state;
    /** True when the handler wrote the FAILED line itself. */
    marked;
    constructor(error, end, failedStep, startedAt, state, marked = false) {
        super(error.reason);
        this.error = error;
        this.end = end;
        this.failedStep = failedStep;
        this.startedAt = startedAt;
        this.state = state;
        this.marked = marked;
    }
}
const written = (member) => ({
    version: member.version ?? 0,
    replacedVersion: member.plan.head?.version,
    previousLabelVersion: member.plan.previousLabelVersion,
    heldVersion: member.plan.heldVersion,
    keyId: member.plan.keyId,
    tier: member.plan.tier,
});
/** Saves the point of no return reached, for the post step; a set's Progress lists every member. */
function saveProgress(run, phase) {
    const saved = run.members.map((m) => ({
        phase,
        parameter: m.entry.name,
        fingerprint: m.fingerprint,
        ...(m.version !== undefined ? { version: m.version } : {}),
        ...(m.plan.head?.version !== undefined ? { replacedVersion: m.plan.head.version } : {}),
        ...(m.plan.previousLabelVersion !== undefined ? { previousLabelVersion: m.plan.previousLabelVersion } : {}),
        ...(m.plan.heldVersion !== undefined ? { heldVersion: m.plan.heldVersion } : {}),
        ...(m.plan.keyId !== undefined ? { keyId: m.plan.keyId } : {}),
        tier: m.plan.tier,
        runId: run.deps.runId,
        rotatedAt: run.rotatedAt,
    }));
    const first = saved[0];
    run.deps.saveProgress(run.config.setForm ? { ...first, set: saved } : first);
}
/**
 * The outputs a run ends with. `handOut` says whether the tokens written are
 * handed out (false when nothing was, or a later run superseded them); after a
 * rollback a parameter hands out the token now in force. The single form fills
 * token, version and fingerprint; a set fills the JSON objects instead.
 */
function outputsOf(run, handOut) {
    const outputs = emptyOutputs();
    outputs.drift = String(run.members.some((m) => m.plan.drift));
    const landed = run.members.filter((m) => m.version !== undefined);
    const inForce = (m) => (m.rolled ? (m.rolled.newTokenInForce ? (m.token ?? '') : (m.rolled.tokenInForce ?? '')) : (m.token ?? ''));
    const versionOf = (m) => m.rolled?.restoredVersion ?? m.version;
    const fingerprintOf = (m) => (m.rolled?.restoredVersion !== undefined ? (0,src_token/* fingerprint */.Rj)(m.rolled.tokenInForce ?? '') : m.fingerprint);
    const rotated = handOut && landed.length === run.members.length && landed.every((m) => !m.rolled || m.rolled.newTokenInForce);
    outputs.rotated = String(rotated);
    if (landed.length > 0)
        outputs['rotated-at'] = run.rotatedAt;
    if (!run.config.setForm) {
        const member = landed[0];
        if (member) {
            outputs.fingerprint = fingerprintOf(member);
            outputs.version = String(versionOf(member));
            outputs['previous-version'] = member.plan.heldVersion === undefined ? '' : String(member.plan.heldVersion);
            if (handOut)
                outputs.token = inForce(member);
        }
        return outputs;
    }
    const object = (value) => JSON.stringify(Object.fromEntries(landed.map((m) => [m.entry.key, value(m)])));
    outputs.versions = object(versionOf);
    outputs.fingerprints = object(fingerprintOf);
    outputs.tokens = handOut ? object(inForce) : '{}';
    return outputs;
}
/** One facts row per parameter of a set, for the summary. */
const memberFacts = (run) => run.members.map((m) => ({
    name: m.entry.name,
    key: m.entry.key,
    version: m.version === undefined ? '' : String(m.rolled?.restoredVersion ?? m.version),
    previousVersion: m.plan.heldVersion === undefined ? '' : String(m.plan.heldVersion),
    fingerprint: m.version === undefined ? '' : m.rolled?.restoredVersion !== undefined ? (0,src_token/* fingerprint */.Rj)(m.rolled.tokenInForce ?? '') : m.fingerprint,
    drift: m.plan.drift,
}));

;// CONCATENATED MODULE: ./src/plan-log.ts

/** Where `previous` goes when version `ours` is written: the version consumers hold, unless it could soon be the oldest SSM keeps. */
function previousLabelTarget(plan, config, ours) {
    const held = plan.heldVersion;
    return held === undefined ? undefined : !config.versionLabels || labelSafe(held, ours) ? held : ours - 1;
}

;// CONCATENATED MODULE: ./src/ssm/labels.ts
/**
 * Moves `current` to a version and `previous` to the version consumers held
 * before it (`previous`, by default the one before). LabelParameterVersion
 * puts labels on one version per call (AWS API reference,
 * LabelParameterVersion: Name, ParameterVersion, Labels), and the two labels
 * go to two versions, so this is two calls, or one when `previousNow` (where
 * the preflight found `previous`) is already the place it goes. `current`
 * moves first: LabelParameterVersion moves a label off the version it was
 * on, which frees its place there before `previous` arrives.
 */
async function moveLabels(store, name, version, previous = version > 1 ? version - 1 : undefined, previousNow) {
    await store.label(name, version, ['current']);
    if (previous !== undefined && previous !== version && previous !== previousNow)
        await store.label(name, previous, ['previous']);
}
/**
 * The latest version; when it is ours, first makes sure the labels sit where
 * this run put them (a run that raced ours may have moved them). One
 * GetParameters request without decryption answers all three questions
 * (`name`, `name:current`, `name:previous`). A newer version is someone
 * else's: its writer labels it, and `current` is not moved onto it, so a
 * version written outside this action stays visible as drift to the next
 * run. `previous` is undefined without version labels, null when there is
 * no version for it. `read`: the snapshot already taken (a set reads all its
 * parameters at once).
 */
async function confirmLatest(store, name, ours, previous, read) {
    const found = read ?? (await store.snapshot(name, confirmLabels(previous)));
    const latest = found.latest?.version ?? ours;
    const labelsRight = found.labels.get('current') === ours && (previous === null || found.labels.get('previous') === previous);
    if (previous !== undefined && latest === ours && !labelsRight)
        await moveLabels(store, name, ours, previous ?? undefined);
    return latest;
}
/** The labels the confirm reads: none without version labels, `current` alone when there is no version for `previous`. */
const confirmLabels = (previous) => previous === undefined ? [] : previous === null ? ['current'] : ['current', 'previous'];

;// CONCATENATED MODULE: ./src/confirm-step.ts





/**
 * Confirm: a later writer makes this run's token stale. Every parameter is
 * read; the run fails naming each one another run wrote after it, so two runs
 * over overlapping sets never leave a mixed set in force unnoticed.
 */
async function confirm_step_confirm(steps, run) {
    const { journal, store } = run.deps;
    const { config } = run;
    const t = journal.now();
    const superseded = [];
    const members = steps.map((step) => run.members.find((m) => m.entry.name === step.parameter));
    const previousOf = (member) => config.versionLabels ? (previousLabelTarget(member.plan, member.config, member.version ?? 0) ?? null) : undefined;
    // A set reads every parameter at once, in as few GetParameters calls as their names allow.
    const reads = config.setForm ? await readAll(run, members, previousOf, t) : undefined;
    for (const [index, member] of members.entries()) {
        const name = member.entry.name;
        const version = member.version ?? 0;
        journal.fingerprint = member.fingerprint;
        try {
            const latest = await confirmLatest(store, name, version, previousOf(member), reads?.[index]);
            if (latest !== version) {
                journal.mark('FAILED', 'confirm', name, `superseded by version ${latest}`, t, 'failed');
                superseded.push({ member, latest });
            }
        }
        catch (error) {
            const stepError = asStepError(error, 'confirm', name, 'ssm:GetParameters');
            journal.mark('FAILED', 'confirm', name, stepError.reason, t, 'failed');
            throw new StepFailure(stepError, 'keep', 'confirm', t, `SSM version ${version} holds the new token, but it could not be confirmed as the latest.`, true);
        }
    }
    if (superseded.length > 0)
        throw staleFailure(run, superseded, t);
    saveProgress(run, 'confirmed');
    // Cancelled after the point where a failure keeps the new token: report it, undo nothing.
    if (run.deps.signal.aborted) {
        const stepError = cancelled('confirm', config.parameterName, run.deps.signal, 'by the end of the confirm step');
        journal.mark('FAILED', 'confirm', config.parameterName, stepError.reason, t, 'failed');
        const held = config.setForm
            ? `SSM holds the new token of every parameter of the set as the latest version`
            : `SSM version ${run.members[0]?.version} holds the new token and is the latest`;
        const state = `${held}${config.versionLabels ? ', with current on it' : ''}; the rotation had finished, so nothing was undone.`;
        throw new StepFailure(stepError, 'keep', 'confirm', t, state, true);
    }
    for (const member of run.members) {
        journal.fingerprint = member.fingerprint;
        journal.mark('CONFIRMED', 'confirm', member.entry.name, `version ${member.version} is the latest`, t);
    }
}
async function readAll(run, members, previousOf, t) {
    try {
        return await run.deps.store.snapshots(members.map((m) => ({ name: m.entry.name, labels: confirmLabels(previousOf(m)) })));
    }
    catch (error) {
        const names = members.map((m) => m.entry.name).join(', ');
        const stepError = asStepError(error, 'confirm', names, 'ssm:GetParameters');
        run.deps.journal.fingerprint = members.map((m) => m.fingerprint).join(',');
        run.deps.journal.mark('FAILED', 'confirm', names, stepError.reason, t, 'failed');
        throw new StepFailure(stepError, 'keep', 'confirm', t, 'SSM holds the new token of every parameter of the set, but they could not be confirmed as the latest.', true);
    }
}
/**
 * A gate or verify failure while another run wrote after this one: the cluster is serving (or
 * about to serve) that run's token, so the failure is that this run was overtaken, not the cluster's
 * fault, and a rollback would not run anyway (rollback.ts never writes over a later version).
 * Returns the superseded failure, or undefined when this run's versions are still the latest.
 */
async function overtaken(run, t, cause) {
    const superseded = [];
    for (const member of run.members) {
        if (member.version === undefined)
            continue;
        const head = await run.deps.store.head(member.entry.name).catch(() => undefined);
        if (head && head.version > member.version)
            superseded.push({ member, latest: head.version });
    }
    if (superseded.length === 0)
        return undefined;
    for (const { member, latest } of superseded) {
        run.deps.journal.fingerprint = member.fingerprint;
        run.deps.journal.mark('FAILED', cause.step, member.entry.name, `superseded by version ${latest}`, t, 'failed');
    }
    return staleFailure(run, superseded, t, cause);
}
const OVERLAP_NEXT = 'give the workflow a concurrency group so runs over the same parameter do not overlap';
function staleFailure(run, superseded, t, cause) {
    const step = cause?.step ?? 'confirm';
    const during = cause ? ` while this run waited on the cluster (${cause.target}: ${cause.reason.replace(/\.$/, '')})` : '';
    if (!run.config.setForm) {
        const { member, latest } = superseded[0];
        const error = new errors/* StepError */.zg(step, member.entry.name, cause
            ? `superseded by version ${latest}: another run wrote after this one${during}, so this run's token is stale and the cluster gets the other run's; nothing was rolled back over it.`
            : `superseded by version ${latest}: someone wrote after this run, so this run's token is stale; the labels were left where this run put them, so the next run reports version ${latest} as drift if no run of this action wrote it.`, cause
            ? `Use the token of the run that wrote version ${latest} (that run gates and verifies it); nothing needs undoing; ${OVERLAP_NEXT}.`
            : 'Use the token of the run that wrote the latest version; nothing needs undoing.');
        return new StepFailure(error, 'stale', step, t, `SSM's latest version is ${latest}, written by another run; this run's version ${member.version} is not handed out.`, true);
    }
    const names = superseded.map(({ member }) => member.entry.name).join(', ');
    const each = superseded.map(({ member, latest }) => `${member.entry.name} by version ${latest} (this run wrote ${member.version})`).join(', ');
    const error = new errors/* StepError */.zg(step, names, `superseded: another run wrote after this one to ${each}${during}, so this run's set is not in force as a whole and its tokens are stale.`, 'Use the tokens of the run that wrote last, or run again with a concurrency group so runs over the same parameters do not overlap; nothing needs undoing.');
    return new StepFailure(error, 'stale', step, t, `Another run wrote ${names} after this one; no token of this run's set is handed out.`, true);
}

;// CONCATENATED MODULE: ./src/probe-step.ts






/** Waits `ms`; resolves early when the run is cancelled. */
const sleepUnlessAborted = (ms, signal) => new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
    }
});
const toolsOf = (run) => ({
    fetch: (...args) => fetch(...args),
    now: () => Date.now(),
    sleep: sleepUnlessAborted,
    clean: (text) => run.deps.journal.scrubber.clean(text),
    ...run.deps.probeTools,
});
const probeOf = (run) => run.config.probe;
const memberOf = (run) => run.members.find((m) => m.entry.name === probeOf(run).parameter);
const tries = (answer) => `${answer.attempts} ${answer.attempts === 1 ? 'try' : 'tries'}`;
/**
 * The test (SPEC.md step 10): the service is called with the new value
 * until it answers an accepted status or probe-timeout passes. A failure is
 * undone like a failed gate, and more (execute.ts, retestAfterRollback).
 */
async function probe(steps, run) {
    const step = steps[0];
    const config = probeOf(run);
    const { journal, signal } = run.deps;
    const member = memberOf(run);
    // Stopped from here on, the post step tests the new value itself.
    saveProgress(run, 'probe-started');
    journal.fingerprint = member.fingerprint;
    const t = journal.now();
    const answer = await probeUntilAccepted(config, member.token ?? '', toolsOf(run), signal);
    const of = run.config.setForm ? ` (the value of ${member.entry.name})` : '';
    if (answer.accepted) {
        journal.mark('PROBED', 'probe', step.target, `${config.method} answered ${answer.reason} with the new value${of} after ${tries(answer)}`, t);
        return;
    }
    const reason = answer.cancelled
        ? `the run was cancelled while the service was being tested; its last answer was ${answer.reason}.`
        : `the service did not accept the new value${of} within probe-timeout (${formatMs(config.timeoutMs)}): its last answer was ${answer.reason} after ${tries(answer)}, and probe-status accepts ${config.statusText}.`;
    const error = new errors/* StepError */.zg('probe', step.target, reason, 'Check that the service reads the Secret its pods start with, and that probe-url, probe-method, probe-header and probe-status describe a call the new value should pass.');
    journal.mark('FAILED', 'probe', step.target, error.reason, t, 'failed');
    throw new StepFailure(error, 'unwind', 'probe', t, undefined, true);
}
/**
 * After a failed test's restore: the same workloads start again on the
 * previous value (their pods run the new one), then the previous value is
 * tested once, so the user knows whether the service is healthy again.
 * Returns the sentence for the failure's state.
 */
async function retestAfterRollback(run) {
    if (!run.config.rollbackOnFailure)
        return undefined;
    const member = memberOf(run);
    // Only a restore that put the previous value back as a new version is restarted onto and tested.
    const restored = run.members.every((m) => m.rolled?.restoredVersion !== undefined && !m.rolled.newTokenInForce);
    if (!restored) {
        const created = run.members.some((m) => m.plan.head === undefined);
        return created
            ? 'There is no previous value to go back to (this run created the parameter), so the workloads were not restarted again and nothing was tested again.'
            : 'The previous value is not back in SSM, so the workloads were not restarted again and nothing was tested again.';
    }
    const { journal, signal } = run.deps;
    if (signal.aborted)
        return 'The run was cancelled, so the workloads were not restarted again: restart them so their pods read the previous value.';
    const restarted = await restartAgain(run);
    if (restarted.failed)
        return restarted.sentence;
    const config = probeOf(run);
    const previous = member.rolled?.tokenInForce ?? '';
    // This line is about the previous value: it carries that value's fingerprint.
    journal.fingerprint = (0,src_token/* fingerprint */.Rj)(previous);
    const t = journal.now();
    const answer = await probeOnceAfterRollback(config, previous, toolsOf(run), signal);
    const verdict = answer.accepted ? 'the service accepts it again' : 'the service does not accept it either: check the service';
    journal.mark('PROBED', 'rollback', config.url, `the previous value: ${config.method} answered ${answer.reason}, ${verdict}`, t, answer.accepted ? 'rolled back' : 'failed');
    return `${restarted.sentence}The test with the previous value got ${answer.reason}: ${verdict}.`;
}
/** The restarts again, in the order given; a Reloader-managed workload is patched too, so its wait has a generation to reach. */
async function restartAgain(run) {
    const session = run.cluster;
    // Named and auto-discovered restart targets alike: the preflight read each one.
    const workloads = session?.preflight.workloads ?? [];
    if (!session || workloads.length === 0)
        return { failed: false, sentence: '' };
    const { gate, cluster } = session;
    const { journal, signal } = run.deps;
    for (const workload of workloads) {
        const target = (0,targets/* describeRef */.R)(workload.ref);
        const t = journal.now();
        try {
            const { generation } = await gate.restartWorkload(cluster, workload.ref, run.deps.now().toISOString());
            journal.mark('RESTARTED', 'rollback', target, `restarted again on the previous value, generation ${generation}`, t, 'rolled back');
            const t2 = journal.now();
            await gate.waitForRollout(cluster, workload.ref, { timeoutMs: run.config.rolloutTimeoutMs, signal, minGeneration: generation });
            journal.mark('ROLLED-OUT', 'rollback', target, 'rollout on the previous value complete', t2, 'rolled back');
        }
        catch (error) {
            const why = error instanceof errors/* StepError */.zg ? error.reason : 'the restart could not be made';
            journal.mark('FAILED', 'rollback', target, `restarting again failed: ${why}`, t, 'failed');
            return {
                failed: true,
                sentence: `Restarting ${target} again failed (${why}), so its pods may still run the new value and the previous value was not tested; restart it by hand (kubectl rollout restart).`,
            };
        }
    }
    return { failed: false, sentence: `${workloads.map((w) => (0,targets/* describeRef */.R)(w.ref)).join(', ')} restarted again and rolled out. ` };
}

;// CONCATENATED MODULE: ./src/step-handlers.ts










const step_handlers_memberOf = (run, step) => run.members.find((m) => m.entry.name === step.parameter);
/** Which fingerprint a line carries: its parameter's, or for a step that carries the whole set every one. */
function showFingerprint(run, step) {
    const member = run.members.find((m) => m.entry.name === step.parameter);
    run.deps.journal.fingerprint = member ? member.fingerprint : run.members.map((m) => m.fingerprint).join(',');
}
const mint = (steps, run) => {
    const { journal, random, mask } = run.deps;
    const t = journal.now();
    for (const step of steps) {
        const member = step_handlers_memberOf(run, step);
        try {
            // A value the job minted was read, checked and masked during validation: it takes the minted token's place.
            member.token = run.deps.taken?.get(member.entry.name) ?? (0,src_token/* mintToken */.W$)(run.config.token, random);
        }
        catch (error) {
            const stepError = new errors/* StepError */.zg('mint', step.target, `${error.message}.`, 'Run again; if it repeats, the runner has no working random source.');
            throw new StepFailure(stepError, 'unwind', 'mint', t, 'Nothing was written anywhere.');
        }
        for (const form of (0,src_token/* encodingsToMask */.es)(member.token))
            mask(form);
        journal.scrubber.know(member.token);
        member.fingerprint = (0,src_token/* fingerprint */.Rj)(member.token);
    }
    // State is saved before each marker line: whatever stops the step after the line, the post step knows.
    saveProgress(run, 'writing');
    const { bytes, encoding, prefix } = run.config.token;
    for (const step of steps) {
        showFingerprint(run, step);
        const file = step_handlers_memberOf(run, step).entry.valueFile;
        const made = file !== undefined ? `taken from the file ${file}, not minted` : `${bytes} random bytes, ${encoding}${prefix ? `, prefix ${prefix}` : ''}`;
        journal.mark('MINTED', 'mint', step.target, `${made}, masked`, t);
    }
    return Promise.resolve();
};
const write = async (steps, run) => {
    const { journal, mask } = run.deps;
    // Values read back while checking an ambiguous write: masked and known to the scrubber like the token.
    const seen = (value) => {
        for (const form of (0,src_token/* encodingsToMask */.es)(value))
            mask(form);
        journal.scrubber.know(value);
    };
    for (const step of steps) {
        const member = step_handlers_memberOf(run, step);
        const name = member.entry.name;
        const replaced = member.plan.head?.version;
        const held = member.plan.heldVersion;
        showFingerprint(run, step);
        const t = journal.now();
        let result;
        try {
            result = await writeToken(run.deps.store, {
                name,
                value: member.token ?? '',
                replacesVersion: replaced,
                kmsKeyId: member.plan.keyId,
                tier: member.plan.tier,
                description: run.config.description,
                tags: run.config.tags,
                seen,
            });
        }
        catch (error) {
            if (error instanceof UncheckedWriteError) {
                const checking = asStepError(error.checkError, 'write', name, 'ssm:GetParameters');
                const stepError = new errors/* StepError */.zg('write', name, `PutParameter got no clear answer, and checking whether it landed failed: ${checking.reason}`, checking.next);
                journal.mark('FAILED', 'write', name, stepError.reason, t, 'failed');
                throw new StepFailure(stepError, 'unwind', 'write', t, await uncheckedWriteState(run, member), true);
            }
            const stepError = asStepError(error, 'write', name, 'ssm:PutParameter');
            journal.mark('FAILED', 'write', name, stepError.reason, t, 'failed');
            const where = run.config.setForm ? `${name} still holds version ${replaced ?? '(none)'}` : `The parameter still holds version ${replaced ?? '(none)'}`;
            throw new StepFailure(stepError, 'unwind', 'write', t, `${where}; nothing was written ${run.config.setForm ? 'to it' : 'anywhere'}.`, true);
        }
        member.version = result.version;
        const notes = [
            replaced === undefined ? 'created' : `previous ${held}${held !== replaced ? `, supersedes ${replaced}` : ''}`,
            result.attempts > 1 ? `${result.attempts} attempts` : '',
            result.recoveredFromHistory ? `found as version ${result.version} after an unanswered attempt` : '',
        ].filter(Boolean);
        saveProgress(run, 'written');
        journal.mark('WROTE', 'write', name, `version ${result.version} (${notes.join(', ')})`, t);
        // The overwrite landed but the tags the run was asked for could not be set: undo it like a failed label.
        if (result.tagError !== undefined)
            throw new StepFailure(asStepError(result.tagError, 'write', name, 'ssm:AddTagsToResource'), 'unwind', 'write', t);
    }
};
const label = async (steps, run) => {
    const { journal, store } = run.deps;
    for (const step of steps) {
        const member = step_handlers_memberOf(run, step);
        const name = member.entry.name;
        const version = member.version ?? 0;
        const held = member.plan.heldVersion;
        const previous = previousLabelTarget(member.plan, member.config, version);
        showFingerprint(run, step);
        const t = journal.now();
        try {
            await moveLabels(store, name, version, previous, member.plan.previousLabelVersion);
        }
        catch (error) {
            throw new StepFailure(asStepError(error, 'label', name, 'ssm:LabelParameterVersion'), 'unwind', 'label', t);
        }
        saveProgress(run, 'labelled');
        const moved = previous !== undefined && previous !== held ? ` (not on version ${held}, which could soon be the oldest SSM keeps)` : '';
        journal.mark('LABELED', 'label', name, `current -> ${version}${previous !== undefined ? `, previous -> ${previous}` : ''}${moved}`, t);
    }
};
const SYNC_ACTIONS = 'get/patch/watch on externalsecrets';
// A verify failure is marked under the sync step, as the gate (sync and verify) always was.
// Overtaken by another run's write, the failure says so instead (confirm-step.ts, overtaken).
async function gateFailure(error, run, t) {
    const stepError = asStepError(error, error instanceof errors/* StepError */.zg ? error.step : 'sync', run.config.parameterName, SYNC_ACTIONS);
    if (!run.deps.signal.aborted) {
        const stale = await overtaken(run, t, stepError);
        if (stale)
            return stale;
    }
    return new StepFailure(stepError, 'unwind', 'sync', t);
}
const sync = async (steps, run) => {
    saveProgress(run, 'sync-started');
    const t = run.deps.journal.now();
    showFingerprint(run, steps[0]);
    try {
        await syncAll(run, steps);
    }
    catch (error) {
        throw await gateFailure(error, run, t);
    }
};
const verify = async (steps, run) => {
    const t = run.deps.journal.now();
    for (const step of steps) {
        showFingerprint(run, step);
        try {
            await verifyOne(run, step, step_handlers_memberOf(run, step).token ?? '');
        }
        catch (error) {
            throw await gateFailure(error, run, t);
        }
    }
};
const restart = async (steps, run) => {
    saveProgress(run, 'restart-started');
    const t = run.deps.journal.now();
    for (const step of steps) {
        showFingerprint(run, step);
        try {
            await restartOne(run, step);
        }
        catch (error) {
            const stepError = asStepError(error, 'restart', run.config.parameterName, 'get/patch/watch on the workload');
            run.deps.journal.mark('FAILED', stepError.step, stepError.target, stepError.reason, t, 'failed');
            const hold = run.config.setForm
                ? 'SSM and the cluster Secrets hold the new tokens of the whole set'
                : `SSM version ${run.members[0]?.version} and the cluster Secret hold the new token`;
            throw new StepFailure(stepError, 'keep', 'restart', t, `${hold} and new pods may run ${run.config.setForm ? 'them' : 'it'}, so nothing was rolled back.`, true);
        }
    }
};
const HANDLERS = { mint, write, label, sync, verify, restart, probe: probe, confirm: confirm_step_confirm };
async function uncheckedWriteState(run, member) {
    const { name } = member.entry;
    const replaced = member.plan.head?.version;
    const read = await run.deps.store.head(name).then((head) => ({ head }), () => undefined);
    if (read && read.head?.version === replaced)
        return `The parameter still holds version ${replaced ?? '(none)'}; nothing was written anywhere.`;
    const latest = read?.head ? `SSM's latest version is now ${read.head.version}` : 'SSM may have a new version';
    const restore = replaced === undefined
        ? `delete the parameter if that version is this run's`
        : `if that version is this run's, put version ${replaced}'s value back by hand (aws ssm get-parameter --name '${name}:${replaced}' --with-decryption, then put-parameter --overwrite)`;
    return `${latest}, which may hold this run's token (${member.fingerprint}); the labels were not moved and no token was handed out: ${restore}.`;
}

;// CONCATENATED MODULE: ./src/unwind.ts


const unwind_LATER = 'the ExternalSecrets sync back once the whole set is restored';
/**
 * Undoes the writes of a failed run, and only those: each parameter this run
 * wrote gets the value consumers held back (rollBack), then ESO syncs back
 * once. With rollback-on-failure false the new tokens stay. Returns the
 * sentence on where SSM, the labels and the cluster stand.
 */
async function unwind(run, landed) {
    const { config, deps, cluster } = run;
    const { journal } = deps;
    const names = landed.map((m) => m.entry.name).join(', ');
    if (!config.rollbackOnFailure) {
        return config.setForm
            ? `SSM holds the new tokens of ${names} and rollback-on-failure is false, so they were left in force; the cluster may still run the old ones.`
            : `SSM version ${landed[0]?.version} holds the new token and rollback-on-failure is false, so it was left in force; the cluster may still run the old one.`;
    }
    const context = (member, resync) => ({
        config: member.config,
        store: deps.store,
        journal,
        cluster,
        runId: deps.runId,
        signal: deps.signal,
        now: deps.now,
        mask: deps.mask,
        ...(resync ? { resync } : {}),
    });
    const states = [];
    // A set of one syncs back as part of its rollback; a set syncs back once, after every parameter.
    const once = config.setForm && cluster !== undefined && cluster.preflight.externalSecrets.length > 0;
    for (const member of landed) {
        journal.fingerprint = member.fingerprint;
        member.rolled = await rollBack(context(member, once ? () => Promise.resolve(unwind_LATER) : undefined), written(member));
        states.push(config.setForm ? `${member.entry.name}: ${member.rolled.state}` : member.rolled.state);
    }
    if (!once)
        return states.join(' ');
    journal.fingerprint = landed.map((m) => m.fingerprint).join(',');
    const t = journal.now();
    const resync = await resyncCluster(context(landed[0]));
    journal.mark('ROLLED-BACK', 'rollback', 'the ExternalSecrets', resync, t, 'rolled back');
    return `${states.join(' ')} Then ${resync}.`;
}

;// CONCATENATED MODULE: ./src/execute.ts





/** Consecutive steps of one kind: their handler takes them together (one force-sync for every ExternalSecret). */
function stagesOf(steps) {
    const stages = [];
    for (const step of steps) {
        const last = stages.at(-1);
        if (last?.name === step.step)
            last.steps.push(step);
        else
            stages.push({ name: step.step, steps: [step] });
    }
    return stages;
}
// From the first restart on, the new tokens may run: a failure keeps them (SPEC.md, "When it fails").
const NO_RETURN = ['restart', 'confirm'];
/**
 * Runs a plan: each step's handler journals what it did; the first failure
 * stops the run and is unwound as its step says. Before the point of no
 * return that rolls back every parameter this run wrote; after it the new
 * tokens stay.
 */
async function execute(steps, run) {
    let last;
    let crossed = false;
    for (const stage of stagesOf(steps)) {
        if (!crossed && NO_RETURN.includes(stage.name)) {
            crossed = true;
            // Cancelled during the write, the labels, the gate or the verify: undo it as a failure of that step would be.
            if (run.deps.signal.aborted && last) {
                const step = last.step === 'mint' ? 'write' : last.step;
                const error = cancelled(step, targetOf(run), run.deps.signal, `by the end of the ${step} step`);
                return end(run, new StepFailure(error, 'unwind', step, last.t));
            }
        }
        const t = run.deps.journal.now();
        try {
            await HANDLERS[stage.name](stage.steps, run);
        }
        catch (error) {
            if (!(error instanceof StepFailure))
                throw error;
            return end(run, error);
        }
        last = { step: stage.name, t };
    }
    return { outputs: outputsOf(run, true), error: undefined, state: undefined, dryRun: false, ...setFacts(run) };
}
const setFacts = (run) => (run.config.setForm ? { members: memberFacts(run) } : {});
const targetOf = (run) => run.members.map((m) => m.entry.name).join(', ');
async function end(run, failure) {
    const { error } = failure;
    if (!failure.marked)
        run.deps.journal.mark('FAILED', failure.failedStep, error.target, error.reason, failure.startedAt, 'failed');
    const finish = (handOut, state) => ({
        outputs: outputsOf(run, handOut),
        error,
        state,
        dryRun: false,
        ...setFacts(run),
    });
    if (failure.end === 'keep')
        return finish(true, failure.state);
    if (failure.end === 'stale')
        return finish(false, failure.state);
    const landed = run.members.filter((m) => m.version !== undefined);
    if (landed.length === 0)
        return finish(false, failure.state);
    const undone = await unwind(run, landed);
    // A failed test undoes the restarts too: the same workloads start again on the previous value, which is then tested once.
    const retested = failure.failedStep === 'probe' ? await retestAfterRollback(run) : undefined;
    return finish(true, [failure.state, undone, retested].filter(Boolean).join(' '));
}

;// CONCATENATED MODULE: ./src/probe-plan.ts

/** The test step as plan data: one call for the whole run, undone by the full restore (and the restarts again). */
function probeStep(probe, restarts) {
    return {
        step: 'probe',
        target: probe.url,
        parameter: probe.parameter,
        do: `${probe.method} with the new value in header ${probe.header.name} until it answers ${probe.statusText}, at most ${formatMs(probe.timeoutMs)}`,
        undo: `put the previous value back${restarts ? ', restart the same workloads again' : ''} and test it once`,
    };
}

;// CONCATENATED MODULE: ./src/plan.ts




const RESTORE = 'put the value consumers held back as a new version, labels back, then sync the ExternalSecrets back';
const KEEP = 'none: from the first restart the new tokens may run, so they stay';
/** Which Secret keys a verify checks: the verify-secret-key input, or for a set each key data[] maps from the set. */
function verifiedKeys(config, es) {
    if (config.verifySecretKey === undefined)
        return [];
    if (!config.setForm)
        return [{ parameter: config.parameterName, secretKey: config.verifySecretKey }];
    const keys = es.setKeys ?? [];
    if (keys.length === 0) {
        throw new errors/* StepError */.zg('preflight', (0,targets/* describeRef */.R)({ ...es.ref, kind: 'ExternalSecret' }), 'verify-secret-key is set, but no spec.data[] entry of this ExternalSecret reads a parameter of the set, so there is no key to verify.', 'Map the parameters with spec.data[].secretKey entries, or leave verify-secret-key empty.');
    }
    return [...keys];
}
/**
 * The run as a list of steps: mint and write every parameter, label them,
 * force-sync each ExternalSecret once after all writes, verify, restart each
 * workload once after all syncs, confirm every parameter. Throws a preflight
 * StepError when the set cannot be verified as asked.
 */
function buildPlan(config, members, cluster) {
    const steps = [];
    const perMember = (make) => {
        for (const member of members) {
            const step = make(member);
            if (step)
                steps.push(step);
        }
    };
    perMember(({ entry }) => ({ step: 'mint', target: entry.name, parameter: entry.name, do: mintDoes(config, entry), undo: 'none: nothing left the runner' }));
    perMember(({ entry, plan }) => {
        const next = (plan.head?.version ?? 0) + 1;
        const held = plan.heldVersion;
        const replaces = held === undefined ? ', creating the parameter' : `, replacing version ${held}, the one consumers hold`;
        const undo = held === undefined ? 'none: this run creates the parameter, there is no earlier value' : RESTORE;
        return {
            step: 'write',
            target: entry.name,
            parameter: entry.name,
            do: `write version ${next} (SecureString, ${plan.keyId ?? 'alias/aws/ssm'}, ${plan.tier})${replaces}`,
            undo,
        };
    });
    if (config.versionLabels) {
        perMember(({ entry, plan }) => {
            const next = (plan.head?.version ?? 0) + 1;
            const previous = previousLabelTarget(plan, config, next);
            return {
                step: 'label',
                target: entry.name,
                parameter: entry.name,
                do: `move current -> ${next}${previous !== undefined ? `, previous -> ${previous}` : ''}`,
                undo: 'undone with the write',
            };
        });
    }
    const externalSecrets = cluster?.preflight.externalSecrets ?? [];
    const carried = members.map((m) => m.entry.name).join(', ');
    for (const es of externalSecrets) {
        steps.push({
            step: 'sync',
            target: (0,targets/* describeRef */.R)({ ...es.ref, kind: 'ExternalSecret' }),
            parameter: carried,
            externalSecret: es,
            do: 'force-sync and wait',
            undo: 'synced back after the restore',
        });
    }
    for (const es of externalSecrets) {
        for (const { parameter, secretKey } of verifiedKeys(config, es)) {
            const target = (0,targets/* describeRef */.R)({ ...es.targetSecret, kind: 'Secret' });
            steps.push({
                step: 'verify',
                target,
                parameter,
                externalSecret: es,
                secretKey,
                do: `verify key ${secretKey} of Secret ${es.targetSecret.name}`,
                undo: 'none: a read',
            });
        }
    }
    for (const workload of cluster?.preflight.workloads ?? []) {
        const does = workload.reloaderManaged ? 'wait for the rollout Reloader starts' : 'restart and wait for the rollout';
        steps.push({ step: 'restart', target: (0,targets/* describeRef */.R)(workload.ref), parameter: carried, workload, do: does, undo: KEEP });
    }
    if (config.probe)
        steps.push(probeStep(config.probe, config.restart.length > 0));
    perMember(({ entry }) => ({
        step: 'confirm',
        target: entry.name,
        parameter: entry.name,
        do: 'confirm the version written is the latest',
        undo: 'none: a read',
    }));
    return steps;
}
const mintDoes = (config, entry) => entry.valueFile !== undefined
    ? `take the value from the file ${entry.valueFile} (read and masked during validation)`
    : `mint ${config.token.bytes} random bytes, ${config.token.encoding}${config.token.prefix ? `, prefix ${config.token.prefix}` : ''}, and mask them`;
/**
 * The dry run prints the plan: each parameter's write with its labels, each
 * ExternalSecret's sync with its verifies, each workload's restart, the test. Mint and
 * confirm touch nothing outside the runner, so they are not listed.
 */
function printPlan(config, steps, journal) {
    const planned = (target, detail) => {
        journal.mark('PLAN', 'plan', target, `dry run: ${detail}`, undefined, 'planned');
    };
    for (const write of steps.filter((s) => s.step === 'write')) {
        const label = steps.find((s) => s.step === 'label' && s.parameter === write.parameter);
        const file = config.parameters.find((p) => p.name === write.parameter)?.valueFile;
        const taken = file !== undefined ? `, with the value taken from the file ${file}` : '';
        planned(write.target, `would ${write.do}${taken}${label ? `; would ${label.do}` : ''}`);
    }
    for (const sync of steps.filter((s) => s.step === 'sync')) {
        const verifies = steps.filter((s) => s.step === 'verify' && s.externalSecret === sync.externalSecret).map((s) => s.do);
        planned(sync.target, `would ${sync.do}${verifies.length > 0 ? `, then ${verifies.join(', ')}` : ''}`);
    }
    for (const restart of steps.filter((s) => s.step === 'restart'))
        planned(restart.target, `would ${restart.do}`);
    for (const probe of steps.filter((s) => s.step === 'probe'))
        planned(probe.target, `would ${probe.do}; not called`);
    planned(config.setForm ? `the set of ${config.parameters.length} parameters` : config.parameterName, 'nothing was written');
}

;// CONCATENATED MODULE: ./src/rotate.ts











// Kept here as well: callers and tests import them from this module.

/**
 * One rotation, in the order of SPEC.md: validate (done by the caller),
 * preflight, then the plan (mint, mask, write, label, gate, verify, restart,
 * confirm) run by the executor. The single form is a set of one. Every
 * failure becomes a StepError plus one sentence on the state it left.
 */
async function rotate(config, deps) {
    const opened = [];
    try {
        return await planAndRun(config, deps, opened);
    }
    finally {
        // Idle keep-alive sockets would not hold the process, but close them anyway.
        for (const session of opened)
            await session.cluster.close().catch(() => undefined);
    }
}
async function planAndRun(config, deps, opened) {
    const { journal } = deps;
    const name = config.setForm ? config.parameters.map((p) => p.name).join(', ') : config.parameterName;
    const outputs = emptyOutputs();
    const refuse = (error, t) => {
        journal.mark('FAILED', 'preflight', error.target, error.reason, t, 'failed');
        return { outputs, error, state: 'Nothing was written anywhere.', dryRun: config.dryRun };
    };
    // 2. Preflight: read-only, every parameter and every ExternalSecret and workload, before anything is written.
    const members = [];
    let cluster;
    let steps;
    const preflightStart = journal.now();
    try {
        for (const entry of config.parameters) {
            const memberConfig = { ...config, parameterName: entry.name };
            const plan = await preflightParameter(memberConfig, deps.store, journal);
            refuseOversizeValue(deps.taken?.get(entry.name), entry.name, plan.tier);
            members.push({ entry, config: memberConfig, plan });
            outputs.drift = String(members.some((m) => m.plan.drift));
        }
        if (usesCluster(config)) {
            cluster = await preflightCluster(config, deps);
            opened.push(cluster);
            members.splice(0, members.length, ...(await heldBySecret(config, members, cluster, deps)));
        }
        steps = buildPlan(config, members, cluster);
    }
    catch (error) {
        const stepError = error instanceof errors/* CancelledError */.cc ? cancelled('preflight', name, deps.signal, error) : asStepError(error, 'preflight', name, 'ssm:GetParameterHistory');
        return refuse(stepError, preflightStart);
    }
    if (config.dryRun) {
        printPlan(config, steps, journal);
        const first = members[0];
        const planned = { version: (first.plan.head?.version ?? 0) + 1, replaces: first.plan.heldVersion };
        if (!config.setForm)
            return { outputs, error: undefined, state: undefined, dryRun: true, planned };
        const facts = members.map((m) => ({
            name: m.entry.name,
            key: m.entry.key,
            version: '',
            previousVersion: m.plan.heldVersion === undefined ? '' : String(m.plan.heldVersion),
            fingerprint: '',
            drift: m.plan.drift,
            plannedVersion: (m.plan.head?.version ?? 0) + 1,
        }));
        return { outputs, error: undefined, state: undefined, dryRun: true, planned, members: facts };
    }
    // Cancelled (SIGTERM/SIGINT) during the preflight: stop before anything is written.
    if (deps.signal.aborted)
        return refuse(cancelled('preflight', name, deps.signal, 'during the preflight'), preflightStart);
    const runMembers = members.map((member) => ({ ...member, fingerprint: '' }));
    return execute(steps, { config, members: runMembers, deps, cluster, rotatedAt: deps.now().toISOString() });
}

;// CONCATENATED MODULE: ./src/main.ts













/** Signals the runner sends on cancel: stop waiting, undo what the step allows, report. */
function cancellation() {
    const controller = new AbortController();
    const onSignal = (name) => {
        actions_core/* warning */.$e(`Received ${name}: stopping the wait and finishing the step as the contract says.`);
        controller.abort(new Error(name));
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    return {
        signal: controller.signal,
        release: () => {
            process.off('SIGTERM', onSignal);
            process.off('SIGINT', onSignal);
        },
    };
}
/** The action's entry point: the main step, or the `post:` step when the main one has run. */
async function run() {
    if (actions_core/* getState */.Gu(POST_STATE_KEY) === 'true') {
        await recoverInterrupted(actions_core/* getState */.Gu(PROGRESS_STATE_KEY), actions_core/* getState */.Gu(FINISHED_STATE_KEY) === 'true');
        return;
    }
    // Without the file commands, @actions/core prints outputs (the token among them) and state as
    // `::set-output` / `::save-state` lines on stdout: refuse before anything else.
    const missing = ['GITHUB_OUTPUT', 'GITHUB_STATE'].filter((name) => !process.env[name]);
    if (missing.length > 0) {
        actions_core/* setFailed */.C1(`${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set, so the token output would be printed to the log: run this action as a step of a GitHub Actions job (runner 2.297.0 or later), which sets both; no request was made and nothing was written.`);
        return;
    }
    actions_core/* saveState */.LZ(POST_STATE_KEY, 'true');
    let config;
    let connected;
    let taken;
    try {
        config = readInputs((name) => actions_core/* getInput */.V4(name));
        // A value the job minted: read, masked and known to the scrubber before anything else can print.
        taken = takeValues(config, (form) => {
            actions_core/* setSecret */.Pq(form);
        });
        for (const value of taken.values())
            src_scrub/* scrubber */.ty.know(value);
        // The kubeconfig and kube-context inputs are checked here, before any request: parsing them makes no call.
        if (usesCluster(config))
            connected = await connectForValidation(config);
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        actions_core/* setOutput */.uH('rotated', 'false');
        actions_core/* setFailed */.C1(`${error.message} Nothing was written anywhere.`);
        actions_core/* saveState */.LZ(FINISHED_STATE_KEY, 'true');
        return;
    }
    actions_core/* debug */.Yz(describeConfig(config));
    const { signal, release } = cancellation();
    const journal = new Journal((line) => {
        actions_core/* info */.pq(line);
    });
    // Unique to this run and attempt: the force-sync annotation value ESO sees change.
    const runId = `${runnerVariable('GITHUB_RUN_ID') ?? 'local'}-${runnerVariable('GITHUB_RUN_ATTEMPT') ?? 1}-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`;
    actions_core/* debug */.Yz(`run id ${runId} (the force-sync annotation value)`);
    let outcome;
    try {
        actions_core/* startGroup */.Oh(`Rotate ${config.parameters.map((p) => p.name).join(', ')}`);
        outcome = await rotate(config, {
            store: ParameterStore.forRegion(config.region),
            loadGate: () => Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(372)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6372)),
            journal,
            mask: (value) => {
                actions_core/* setSecret */.Pq(value);
            },
            saveProgress: (reached) => {
                actions_core/* saveState */.LZ(PROGRESS_STATE_KEY, JSON.stringify(reached));
                actions_core/* debug */.Yz(describeProgress(reached));
            },
            signal,
            runId,
            now: () => new Date(),
            ...(connected ? { connected } : {}),
            ...(taken.size > 0 ? { taken } : {}),
        });
    }
    finally {
        actions_core/* endGroup */.N4();
        release();
    }
    await publish(config, journal, outcome);
    // The main step reached its end: the post step has nothing to finish.
    actions_core/* saveState */.LZ(FINISHED_STATE_KEY, 'true');
}
/**
 * A variable the runner sets for every step ("Default environment variables"
 * in GitHub's Actions docs), or undefined when unset or empty. Read directly:
 * the run link needs nothing else of @actions/github, whose Octokit client
 * would be loaded by every run.
 */
function runnerVariable(name) {
    const value = process.env[name]?.trim();
    return value ? value : undefined;
}
/** Loads the Kubernetes module and parses the kubeconfig and context; a problem with either is an input error. */
async function connectForValidation(config) {
    const gate = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(372)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6372));
    try {
        return { gate, cluster: await gate.connectCluster(clusterSource(config)) };
    }
    catch (error) {
        // No credentials found (KUBECONFIG names no file, no ~/.kube/config, not in a pod) is the kubeconfig input's problem too.
        if (error instanceof errors/* StepError */.zg && error.target === 'kubeconfig')
            throw new errors/* InputError */.dz('kubeconfig', `Input kubeconfig: ${error.reason} ${error.next}`);
        throw error;
    }
}
/** Where the summary points back to: this workflow run and who started it. */
function workflowRun() {
    const runId = runnerVariable('GITHUB_RUN_ID');
    const repository = runnerVariable('GITHUB_REPOSITORY');
    if (!runId || !repository)
        return undefined;
    const serverUrl = runnerVariable('GITHUB_SERVER_URL') ?? 'https://github.com';
    const workflow = runnerVariable('GITHUB_WORKFLOW') ?? 'workflow';
    return `[${workflow} run ${runId}](${serverUrl}/${repository}/actions/runs/${runId}) started by ${runnerVariable('GITHUB_ACTOR') ?? 'unknown'}`;
}
async function publish(config, journal, outcome) {
    const setOnly = new Set(['tokens', 'versions', 'fingerprints']);
    for (const [name, value] of Object.entries(outcome.outputs)) {
        // The single form sets the outputs it always had; a set sets every output, the single-form ones empty.
        if (!config.setForm && setOnly.has(name))
            continue;
        actions_core/* setOutput */.uH(name, name === 'token' || name === 'tokens' ? value : src_scrub/* scrubber */.ty.clean(value));
    }
    const summary = renderSummary(summarize(config.parameters.map((p) => p.name).join(', '), journal.records, outcome, workflowRun()));
    await writeJobSummary(summary);
    if (outcome.error) {
        const { error, state } = outcome;
        actions_core/* setFailed */.C1(src_scrub/* scrubber */.ty.clean(`${error.step} failed for ${error.target}: ${error.reason}${state ? ` ${state}` : ''} ${error.next}`.trim()));
    }
}


/***/ }),

/***/ 2056:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OQ: () => (/* binding */ sayInfo),
/* harmony export */   Oc: () => (/* binding */ sayWarning),
/* harmony export */   ty: () => (/* binding */ scrubber)
/* harmony export */ });
/* unused harmony export Scrubber */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7895);
/* harmony import */ var _token_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4606);


/**
 * The one scrubber for text that comes from outside the process: SSM error
 * messages, `LastModifiedUser`, ESO condition messages, Kubernetes error
 * bodies. Before such text reaches the log, an annotation, the summary or an
 * output, every encoding of every token this run knows is replaced by the
 * token's fingerprint, and what could start a workflow command is defused:
 * line breaks become spaces (a command must start its own line) and `::`
 * becomes `: :` (the runner reads `::name ...::` as a command), except the
 * empty region field of an ARN. The runner's
 * own masking only hides values registered with `::add-mask::`; this also
 * covers the base64, hex and URL forms and values read back from SSM.
 */
class Scrubber {
    /** [form, fingerprint] pairs, longest form first so no shorter form splits a longer one. */
    #forms = [];
    /** Learns a token: from now on each of its encodings is replaced by its fingerprint. */
    know(token) {
        if (token === '')
            return;
        const print = (0,_token_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(token);
        const bytes = Buffer.from(token, 'utf8');
        const forms = new Set([...(0,_token_js__WEBPACK_IMPORTED_MODULE_1__/* .encodingsToMask */ .es)(token), bytes.toString('hex').toUpperCase()]);
        for (const form of forms)
            if (form.length >= 8 && !this.#forms.some(([known]) => known === form))
                this.#forms.push([form, print]);
        this.#forms.sort(([a], [b]) => b.length - a.length);
    }
    /** The text with every known token replaced and workflow commands defused; one line. */
    clean(text) {
        let out = text;
        for (const [form, print] of this.#forms)
            out = out.split(form).join(print);
        return (out
            .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
            // An ARN's empty region field (arn:aws:iam::123...) is not a command prefix and stays as it is.
            .replace(/(?<!\barn:aws[a-z-]*:[a-z0-9-]+)::/g, ': :'));
    }
}
/** The process's scrubber: the main step and the post step each run in their own process. */
const scrubber = new Scrubber();
/** `core.info` for a line that may hold server text. */
const sayInfo = (line) => {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(scrubber.clean(line));
};
/** `core.warning` for a line that may hold server text. */
const sayWarning = (line) => {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(scrubber.clean(line));
};


/***/ }),

/***/ 4606:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   W$: () => (/* binding */ mintToken),
/* harmony export */   es: () => (/* binding */ encodingsToMask)
/* harmony export */ });
/* unused harmony exports randomPartLength, checkToken */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
// The largest multiple of 62 below 256: bytes at or above it are dropped, so
// every character is equally likely (no modulo bias).
const ALPHANUMERIC_LIMIT = 248;
const BITS_PER_CHAR = {
    base64url: 6,
    hex: 4,
    alphanumeric: Math.log2(62),
};
const ALPHABET = {
    base64url: /^[A-Za-z0-9_-]+$/,
    hex: /^[0-9a-f]+$/,
    alphanumeric: /^[A-Za-z0-9]+$/,
};
/** How many characters the random part has for a given number of random bytes. */
function randomPartLength(spec) {
    switch (spec.encoding) {
        case 'base64url':
            return Math.ceil((spec.bytes * 8) / 6);
        case 'hex':
            return spec.bytes * 2;
        case 'alphanumeric':
            return Math.ceil((spec.bytes * 8) / BITS_PER_CHAR.alphanumeric);
    }
}
function alphanumeric(length, random) {
    let out = '';
    while (out.length < length) {
        for (const byte of random(Math.max(16, length - out.length + 8))) {
            if (byte < ALPHANUMERIC_LIMIT && out.length < length)
                out += ALPHANUMERIC.charAt(byte % 62);
        }
    }
    return out;
}
/** Mints a token from Node's CSPRNG and checks it before it may be written anywhere. */
function mintToken(spec, random = node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes) {
    const bytes = random(spec.bytes);
    if (bytes.length !== spec.bytes)
        throw new Error(`the random source returned ${bytes.length} bytes instead of ${spec.bytes}`);
    let body;
    switch (spec.encoding) {
        case 'base64url':
            body = bytes.toString('base64url');
            break;
        case 'hex':
            body = bytes.toString('hex');
            break;
        case 'alphanumeric':
            body = alphanumeric(randomPartLength(spec), random);
            break;
    }
    const token = spec.prefix + body;
    checkToken(token, spec, bytes);
    return token;
}
/**
 * The sanity check of SPEC step 3: right length, right alphabet, at least 128
 * bits of entropy, and a random part that does not look like a stuck generator.
 */
function checkToken(token, spec, bytes) {
    const problem = tokenProblem(token, spec, bytes);
    if (problem)
        throw new Error(`the minted token failed its sanity check (${problem}); nothing was written`);
}
function tokenProblem(token, spec, bytes) {
    if (!token.startsWith(spec.prefix))
        return 'prefix missing';
    const body = token.slice(spec.prefix.length);
    const expected = randomPartLength(spec);
    if (body.length !== expected)
        return `random part is ${body.length} characters, expected ${expected}`;
    if (!ALPHABET[spec.encoding].test(body))
        return `random part has characters outside the ${spec.encoding} alphabet`;
    const bits = body.length * BITS_PER_CHAR[spec.encoding];
    if (bits < 128)
        return `only ${Math.floor(bits)} bits of entropy`;
    if (bytes?.every((b) => b === bytes[0]))
        return 'the random bytes are all the same';
    // 16 or more random characters drawn from 16+ symbols: fewer than 4 distinct
    // ones has a probability far below 1e-12, so it means a broken generator.
    if (new Set(body).size < 4)
        return 'the random part repeats too few characters';
    return undefined;
}
/** `sha256:` + the first 16 hex digits of SHA-256 of the token: safe to log. */
function fingerprint(token) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(token, 'utf8').digest('hex').slice(0, 16)}`;
}
/**
 * Every form of the token this run could print or receive: the value itself,
 * its standard base64 (a Kubernetes Secret's `data`), base64url, hex, and the
 * URL-encoded form. Each one is masked before anything else happens.
 */
function encodingsToMask(token) {
    const raw = Buffer.from(token, 'utf8');
    const forms = [
        token,
        raw.toString('base64'),
        raw.toString('base64').replace(/=+$/, ''),
        raw.toString('base64url'),
        raw.toString('hex'),
        encodeURIComponent(token),
    ];
    return [...new Set(forms)];
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 9154:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("vm");

/***/ }),

/***/ 7895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* reexport safe */ _chunk_45IWVRBF_js__WEBPACK_IMPORTED_MODULE_0__.$e),
/* harmony export */   C1: () => (/* reexport safe */ _chunk_45IWVRBF_js__WEBPACK_IMPORTED_MODULE_0__.C1),
/* harmony export */   Gu: () => (/* reexport safe */ _chunk_45IWVRBF_js__WEBPACK_IMPORTED_MODULE_0__.Gu),
/* harmony export */   LZ: () => (/* reexport safe */ _chunk_45IWVRBF_js__WEBPACK_IMPORTED_MODULE_0__.LZ),
/* harmony export */   N4: () => (/* reexport safe */ _chunk_45IWVRBF_js__WEBPACK_IMPORTED_MODULE_0__.N4),
/* harmony export */   Oh: () => (/* reexport safe */ _chunk_45IWVRBF_js__WEBPACK_IMPORTED_MODULE_0__.Oh),
/* harmony export */   Pq: () => (/* reexport safe */ _chunk_45IWVRBF_js__WEBPACK_IMPORTED_MODULE_0__.Pq),
/* harmony export */   V4: () => (/* reexport safe */ _chunk_45IWVRBF_js__WEBPACK_IMPORTED_MODULE_0__.V4),
/* harmony export */   Yz: () => (/* reexport safe */ _chunk_45IWVRBF_js__WEBPACK_IMPORTED_MODULE_0__.Yz),
/* harmony export */   pq: () => (/* reexport safe */ _chunk_45IWVRBF_js__WEBPACK_IMPORTED_MODULE_0__.pq),
/* harmony export */   uH: () => (/* reexport safe */ _chunk_45IWVRBF_js__WEBPACK_IMPORTED_MODULE_0__.uH),
/* harmony export */   z: () => (/* reexport safe */ _chunk_45IWVRBF_js__WEBPACK_IMPORTED_MODULE_0__.z)
/* harmony export */ });
/* harmony import */ var _chunk_45IWVRBF_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5970);



/***/ }),

/***/ 5970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  N4: () => (/* binding */ endGroup),
  V4: () => (/* binding */ getInput),
  Gu: () => (/* binding */ getState),
  pq: () => (/* binding */ info),
  LZ: () => (/* binding */ saveState),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  Oh: () => (/* binding */ startGroup),
  z: () => (/* binding */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, error, exportVariable, getBooleanInput, getIDToken, getMultilineInput, group, isDebug, markdownSummary, notice, platform_exports, setCommandEcho, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: ./build/actions-core/chunk-45IWVRBF.js
var __defProp=Object.defineProperty;var __export=(target,all)=>{for(var name in all)__defProp(target,name,{get:all[name],enumerable:!0})};var __awaiter=function(thisArg,_arguments,P,generator){function adopt(value){return value instanceof P?value:new P(function(resolve){resolve(value)})}return new(P||(P=Promise))(function(resolve,reject){function fulfilled(value){try{step(generator.next(value))}catch(e){reject(e)}}function rejected(value){try{step(generator.throw(value))}catch(e){reject(e)}}function step(result){result.done?resolve(result.value):adopt(result.value).then(fulfilled,rejected)}step((generator=generator.apply(thisArg,_arguments||[])).next())})},{access,appendFile,writeFile}=external_fs_.promises,SUMMARY_ENV_VAR="GITHUB_STEP_SUMMARY";var Summary=class{constructor(){this._buffer=""}filePath(){return __awaiter(this,void 0,void 0,function*(){if(this._filePath)return this._filePath;let pathFromEnv=process.env[SUMMARY_ENV_VAR];if(!pathFromEnv)throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);try{yield access(pathFromEnv,external_fs_.constants.R_OK|external_fs_.constants.W_OK)}catch{throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`)}return this._filePath=pathFromEnv,this._filePath})}wrap(tag,content,attrs={}){let htmlAttrs=Object.entries(attrs).map(([key,value])=>` ${key}="${value}"`).join("");return content?`<${tag}${htmlAttrs}>${content}</${tag}>`:`<${tag}${htmlAttrs}>`}write(options){return __awaiter(this,void 0,void 0,function*(){let overwrite=!!options?.overwrite,filePath=yield this.filePath();return yield(overwrite?writeFile:appendFile)(filePath,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return __awaiter(this,void 0,void 0,function*(){return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return this._buffer.length===0}emptyBuffer(){return this._buffer="",this}addRaw(text,addEOL=!1){return this._buffer+=text,addEOL?this.addEOL():this}addEOL(){return this.addRaw(external_os_.EOL)}addCodeBlock(code,lang){let attrs=Object.assign({},lang&&{lang}),element=this.wrap("pre",this.wrap("code",code),attrs);return this.addRaw(element).addEOL()}addList(items,ordered=!1){let tag=ordered?"ol":"ul",listItems=items.map(item=>this.wrap("li",item)).join(""),element=this.wrap(tag,listItems);return this.addRaw(element).addEOL()}addTable(rows){let tableBody=rows.map(row=>{let cells=row.map(cell=>{if(typeof cell=="string")return this.wrap("td",cell);let{header,data,colspan,rowspan}=cell,tag=header?"th":"td",attrs=Object.assign(Object.assign({},colspan&&{colspan}),rowspan&&{rowspan});return this.wrap(tag,data,attrs)}).join("");return this.wrap("tr",cells)}).join(""),element=this.wrap("table",tableBody);return this.addRaw(element).addEOL()}addDetails(label,content){let element=this.wrap("details",this.wrap("summary",label)+content);return this.addRaw(element).addEOL()}addImage(src,alt,options){let{width,height}=options||{},attrs=Object.assign(Object.assign({},width&&{width}),height&&{height}),element=this.wrap("img",null,Object.assign({src,alt},attrs));return this.addRaw(element).addEOL()}addHeading(text,level){let tag=`h${level}`,allowedTag=["h1","h2","h3","h4","h5","h6"].includes(tag)?tag:"h1",element=this.wrap(allowedTag,text);return this.addRaw(element).addEOL()}addSeparator(){let element=this.wrap("hr",null);return this.addRaw(element).addEOL()}addBreak(){let element=this.wrap("br",null);return this.addRaw(element).addEOL()}addQuote(text,cite){let attrs=Object.assign({},cite&&{cite}),element=this.wrap("blockquote",text,attrs);return this.addRaw(element).addEOL()}addLink(text,href){let element=this.wrap("a",text,{href});return this.addRaw(element).addEOL()}},_summary=new Summary,markdownSummary=(/* unused pure expression or super */ null && (_summary)),summary=_summary;function toPosixPath(pth){return pth.replace(/[\\]/g,"/")}function toWin32Path(pth){return pth.replace(/[/]/g,"\\")}function toPlatformPath(pth){return pth.replace(/[/\\]/g,path.sep)}var platform_exports={};__export(platform_exports,{arch:()=>arch,getDetails:()=>getDetails,isLinux:()=>isLinux,isMacOS:()=>isMacOS,isWindows:()=>isWindows,platform:()=>platform});async function getExecOutput(commandLine,args,options){return(await __nccwpck_require__.e(/* import() */ 260).then(__nccwpck_require__.bind(__nccwpck_require__, 1260))).getExecOutput(commandLine,args,options)}var __awaiter2=function(thisArg,_arguments,P,generator){function adopt(value){return value instanceof P?value:new P(function(resolve){resolve(value)})}return new(P||(P=Promise))(function(resolve,reject){function fulfilled(value){try{step(generator.next(value))}catch(e){reject(e)}}function rejected(value){try{step(generator.throw(value))}catch(e){reject(e)}}function step(result){result.done?resolve(result.value):adopt(result.value).then(fulfilled,rejected)}step((generator=generator.apply(thisArg,_arguments||[])).next())})},getWindowsInfo=()=>__awaiter2(void 0,void 0,void 0,function*(){let{stdout:version}=yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"',void 0,{silent:!0}),{stdout:name}=yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"',void 0,{silent:!0});return{name:name.trim(),version:version.trim()}}),getMacOsInfo=()=>__awaiter2(void 0,void 0,void 0,function*(){var _a,_b,_c,_d;let{stdout}=yield getExecOutput("sw_vers",void 0,{silent:!0}),version=(_b=(_a=stdout.match(/ProductVersion:\s*(.+)/))===null||_a===void 0?void 0:_a[1])!==null&&_b!==void 0?_b:"";return{name:(_d=(_c=stdout.match(/ProductName:\s*(.+)/))===null||_c===void 0?void 0:_c[1])!==null&&_d!==void 0?_d:"",version}}),getLinuxInfo=()=>__awaiter2(void 0,void 0,void 0,function*(){let{stdout}=yield getExecOutput("lsb_release",["-i","-r","-s"],{silent:!0}),[name,version]=stdout.trim().split(`
`);return{name,version}}),platform=external_os_.platform(),arch=external_os_.arch(),isWindows=platform==="win32",isMacOS=platform==="darwin",isLinux=platform==="linux";function getDetails(){return __awaiter2(this,void 0,void 0,function*(){return Object.assign(Object.assign({},yield isWindows?getWindowsInfo():isMacOS?getMacOsInfo():getLinuxInfo()),{platform,arch,isWindows,isMacOS,isLinux})})}function toCommandValue(input){return input==null?"":typeof input=="string"||input instanceof String?input:JSON.stringify(input)}function toCommandProperties(annotationProperties){return Object.keys(annotationProperties).length?{title:annotationProperties.title,file:annotationProperties.file,line:annotationProperties.startLine,endLine:annotationProperties.endLine,col:annotationProperties.startColumn,endColumn:annotationProperties.endColumn}:{}}function issueCommand(command,properties,message){let cmd=new Command(command,properties,message);process.stdout.write(cmd.toString()+external_os_.EOL)}function issue(name,message=""){issueCommand(name,{},message)}var CMD_STRING="::",Command=class{constructor(command,properties,message){command||(command="missing.command"),this.command=command,this.properties=properties,this.message=message}toString(){let cmdStr=CMD_STRING+this.command;if(this.properties&&Object.keys(this.properties).length>0){cmdStr+=" ";let first=!0;for(let key in this.properties)if(this.properties.hasOwnProperty(key)){let val=this.properties[key];val&&(first?first=!1:cmdStr+=",",cmdStr+=`${key}=${escapeProperty(val)}`)}}return cmdStr+=`${CMD_STRING}${escapeData(this.message)}`,cmdStr}};function escapeData(s){return toCommandValue(s).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function escapeProperty(s){return toCommandValue(s).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}function issueFileCommand(command,message){let filePath=process.env[`GITHUB_${command}`];if(!filePath)throw new Error(`Unable to find environment variable for file command ${command}`);if(!external_fs_.existsSync(filePath))throw new Error(`Missing file at path: ${filePath}`);external_fs_.appendFileSync(filePath,`${toCommandValue(message)}${external_os_.EOL}`,{encoding:"utf8"})}function prepareKeyValueMessage(key,value){let delimiter2=`ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`,convertedValue=toCommandValue(value);if(key.includes(delimiter2))throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter2}"`);if(convertedValue.includes(delimiter2))throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter2}"`);return`${key}<<${delimiter2}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter2}`}var OidcClient={async getIDToken(audience){return(await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(323)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7323))).OidcClient.getIDToken(audience)}};var __awaiter3=function(thisArg,_arguments,P,generator){function adopt(value){return value instanceof P?value:new P(function(resolve){resolve(value)})}return new(P||(P=Promise))(function(resolve,reject){function fulfilled(value){try{step(generator.next(value))}catch(e){reject(e)}}function rejected(value){try{step(generator.throw(value))}catch(e){reject(e)}}function step(result){result.done?resolve(result.value):adopt(result.value).then(fulfilled,rejected)}step((generator=generator.apply(thisArg,_arguments||[])).next())})},ExitCode;(function(ExitCode2){ExitCode2[ExitCode2.Success=0]="Success",ExitCode2[ExitCode2.Failure=1]="Failure"})(ExitCode||(ExitCode={}));function exportVariable(name,val){let convertedVal=toCommandValue(val);if(process.env[name]=convertedVal,process.env.GITHUB_ENV||"")return issueFileCommand("ENV",prepareKeyValueMessage(name,val));issueCommand("set-env",{name},convertedVal)}function setSecret(secret){issueCommand("add-mask",{},secret)}function addPath(inputPath){process.env.GITHUB_PATH||""?issueFileCommand("PATH",inputPath):issueCommand("add-path",{},inputPath),process.env.PATH=`${inputPath}${path2.delimiter}${process.env.PATH}`}function getInput(name,options){let val=process.env[`INPUT_${name.replace(/ /g,"_").toUpperCase()}`]||"";if(options&&options.required&&!val)throw new Error(`Input required and not supplied: ${name}`);return options&&options.trimWhitespace===!1?val:val.trim()}function getMultilineInput(name,options){let inputs=getInput(name,options).split(`
`).filter(x=>x!=="");return options&&options.trimWhitespace===!1?inputs:inputs.map(input=>input.trim())}function getBooleanInput(name,options){let trueValue=["true","True","TRUE"],falseValue=["false","False","FALSE"],val=getInput(name,options);if(trueValue.includes(val))return!0;if(falseValue.includes(val))return!1;throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``)}function setOutput(name,value){if(process.env.GITHUB_OUTPUT||"")return issueFileCommand("OUTPUT",prepareKeyValueMessage(name,value));process.stdout.write(external_os_.EOL),issueCommand("set-output",{name},toCommandValue(value))}function setCommandEcho(enabled){issue("echo",enabled?"on":"off")}function setFailed(message){process.exitCode=ExitCode.Failure,error(message)}function isDebug(){return process.env.RUNNER_DEBUG==="1"}function debug(message){issueCommand("debug",{},message)}function error(message,properties={}){issueCommand("error",toCommandProperties(properties),message instanceof Error?message.toString():message)}function warning(message,properties={}){issueCommand("warning",toCommandProperties(properties),message instanceof Error?message.toString():message)}function notice(message,properties={}){issueCommand("notice",toCommandProperties(properties),message instanceof Error?message.toString():message)}function info(message){process.stdout.write(message+external_os_.EOL)}function startGroup(name){issue("group",name)}function endGroup(){issue("endgroup")}function group(name,fn){return __awaiter3(this,void 0,void 0,function*(){startGroup(name);let result;try{result=yield fn()}finally{endGroup()}return result})}function saveState(name,value){if(process.env.GITHUB_STATE||"")return issueFileCommand("STATE",prepareKeyValueMessage(name,value));issueCommand("save-state",{name},toCommandValue(value))}function getState(name){return process.env[`STATE_${name}`]||""}function getIDToken(aud){return __awaiter3(this,void 0,void 0,function*(){return yield OidcClient.getIDToken(aud)})}


/***/ }),

/***/ 8549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ hasOwn),
/* harmony export */   AH: () => (/* binding */ LazyJsonString),
/* harmony export */   Dl: () => (/* binding */ parseUrl),
/* harmony export */   Dv: () => (/* binding */ NumericValue),
/* harmony export */   EI: () => (/* binding */ parseRfc3339DateTime),
/* harmony export */   Ey: () => (/* binding */ fromBase64),
/* harmony export */   Fo: () => (/* binding */ toUint8Array),
/* harmony export */   GP: () => (/* binding */ splitHeader),
/* harmony export */   Gj: () => (/* binding */ _parseRfc7231DateTime),
/* harmony export */   Ip: () => (/* binding */ IniSectionType),
/* harmony export */   JV: () => (/* binding */ dateToUtcString),
/* harmony export */   Kd: () => (/* binding */ HttpRequest),
/* harmony export */   LA: () => (/* binding */ deref),
/* harmony export */   Mu: () => (/* binding */ Uint8ArrayBlobAdapter),
/* harmony export */   OF: () => (/* binding */ TypeRegistry),
/* harmony export */   Pq: () => (/* binding */ toUtf8),
/* harmony export */   TE: () => (/* binding */ writeKey),
/* harmony export */   UE: () => (/* binding */ splitEvery),
/* harmony export */   UK: () => (/* binding */ _parseEpochTimestamp),
/* harmony export */   Ue: () => (/* binding */ EndpointURLScheme),
/* harmony export */   Vf: () => (/* binding */ SMITHY_CONTEXT_KEY),
/* harmony export */   X8: () => (/* binding */ isValidHostLabel),
/* harmony export */   a0: () => (/* binding */ toEndpointV1),
/* harmony export */   aD: () => (/* binding */ fromHex),
/* harmony export */   ar: () => (/* binding */ fromUtf8),
/* harmony export */   c9: () => (/* binding */ sdkStreamMixin2),
/* harmony export */   cS: () => (/* binding */ HttpResponse),
/* harmony export */   cX: () => (/* binding */ translateTraits),
/* harmony export */   dB: () => (/* binding */ AlgorithmId),
/* harmony export */   eH: () => (/* binding */ _parseRfc3339DateTimeWithOffset),
/* harmony export */   ec: () => (/* binding */ generateIdempotencyToken),
/* harmony export */   kv: () => (/* binding */ streamCollector2),
/* harmony export */   l1: () => (/* binding */ NormalizedSchema),
/* harmony export */   l3: () => (/* binding */ parseEpochTimestamp),
/* harmony export */   m9: () => (/* binding */ quoteHeader),
/* harmony export */   mw: () => (/* binding */ isArrayBuffer),
/* harmony export */   n8: () => (/* binding */ calculateBodyLength),
/* harmony export */   nj: () => (/* binding */ toHex),
/* harmony export */   nk: () => (/* binding */ toBase64),
/* harmony export */   oJ: () => (/* binding */ isValidHostname),
/* harmony export */   t_: () => (/* binding */ parseRfc3339DateTimeWithOffset),
/* harmony export */   te: () => (/* binding */ normalizeProvider),
/* harmony export */   ug: () => (/* binding */ getSmithyContext),
/* harmony export */   v4: () => (/* binding */ v4),
/* harmony export */   wq: () => (/* binding */ getSchemaSerdePlugin),
/* harmony export */   xE: () => (/* binding */ parseRfc7231DateTime)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7075);
var isArrayBuffer=arg=>typeof ArrayBuffer=="function"&&arg instanceof ArrayBuffer||Object.prototype.toString.call(arg)==="[object ArrayBuffer]";var fromArrayBuffer=(input,offset=0,length=input.byteLength-offset)=>{if(!isArrayBuffer(input))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof input} (${input})`);return Buffer.from(input,offset,length)},fromString=(input,encoding)=>{if(typeof input!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof input} (${input})`);return encoding?Buffer.from(input,encoding):Buffer.from(input)};var fromUtf8=input=>{let buf=fromString(input,"utf8");return new Uint8Array(buf.buffer,buf.byteOffset,buf.byteLength/Uint8Array.BYTES_PER_ELEMENT)};var toUtf8=input=>{if(typeof input=="string")return input;if(typeof input!="object"||typeof input.byteOffset!="number"||typeof input.byteLength!="number")throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return fromArrayBuffer(input.buffer,input.byteOffset,input.byteLength).toString("utf8")};var AlgorithmId;(function(AlgorithmId2){AlgorithmId2.MD5="md5",AlgorithmId2.CRC32="crc32",AlgorithmId2.CRC32C="crc32c",AlgorithmId2.SHA1="sha1",AlgorithmId2.SHA256="sha256"})(AlgorithmId||(AlgorithmId={}));var SMITHY_CONTEXT_KEY="__smithy_context";var EndpointURLScheme;(function(EndpointURLScheme2){EndpointURLScheme2.HTTP="http",EndpointURLScheme2.HTTPS="https"})(EndpointURLScheme||(EndpointURLScheme={}));var IniSectionType;(function(IniSectionType2){IniSectionType2.PROFILE="profile",IniSectionType2.SSO_SESSION="sso-session",IniSectionType2.SERVICES="services"})(IniSectionType||(IniSectionType={}));var getSmithyContext=context=>context[SMITHY_CONTEXT_KEY]||(context[SMITHY_CONTEXT_KEY]={});function hasOwn(o,k){return Object.prototype.hasOwnProperty.call(o,k)}var normalizeProvider=input=>{if(typeof input=="function")return input;let promisified=Promise.resolve(input);return()=>promisified};function parseQueryString(querystring){let query={};if(querystring=querystring.replace(/^\?/,""),querystring)for(let pair of querystring.split("&")){let[key,value=null]=pair.split("=");key=decodeURIComponent(key),value&&(value=decodeURIComponent(value)),key in query?Array.isArray(query[key])?query[key].push(value):query[key]=[query[key],value]:query[key]=value}return query}var parseUrl=url=>{if(typeof url=="string")return parseUrl(new URL(url));let{hostname,pathname,port,protocol,search}=url,query;return search&&(query=parseQueryString(search)),{hostname,port:port?parseInt(port):void 0,protocol,path:pathname,query}};var HttpRequest=class _HttpRequest{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(options){this.method=options.method||"GET",this.hostname=options.hostname||"localhost",this.port=options.port,this.query=options.query||{},this.headers=options.headers||{},this.body=options.body,this.protocol=options.protocol?options.protocol.slice(-1)!==":"?`${options.protocol}:`:options.protocol:"https:",this.path=options.path?options.path.charAt(0)!=="/"?`/${options.path}`:options.path:"/",this.username=options.username,this.password=options.password,this.fragment=options.fragment}static clone(request){let cloned=new _HttpRequest({...request,headers:{...request.headers}});return cloned.query&&(cloned.query=cloneQuery(cloned.query)),cloned}static isInstance(request){if(!request)return!1;let req=request;return"method"in req&&"protocol"in req&&"hostname"in req&&"path"in req&&typeof req.query=="object"&&typeof req.headers=="object"}clone(){return _HttpRequest.clone(this)}};function cloneQuery(query){return Object.keys(query).reduce((carry,paramName)=>{let param=query[paramName];return{...carry,[paramName]:Array.isArray(param)?[...param]:param}},{})}var HttpResponse=class{statusCode;reason;headers;body;constructor(options){this.statusCode=options.statusCode,this.reason=options.reason,this.headers=options.headers||{},this.body=options.body}static isInstance(response){if(!response)return!1;let resp=response;return typeof resp.statusCode=="number"&&typeof resp.headers=="object"}};var VALID_HOST_LABEL_REGEX=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),isValidHostLabel=(value,allowSubDomains=!1)=>{if(!allowSubDomains)return VALID_HOST_LABEL_REGEX.test(value);let labels=value.split(".");for(let label of labels)if(!isValidHostLabel(label))return!1;return!0};function isValidHostname(hostname){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(hostname)}var toEndpointV1=endpoint=>{if(typeof endpoint=="object"){if("url"in endpoint){let v1Endpoint=parseUrl(endpoint.url);if(endpoint.headers){v1Endpoint.headers={};for(let name in endpoint.headers)hasOwn(endpoint.headers,name)&&(v1Endpoint.headers[name.toLowerCase()]=endpoint.headers[name].join(", "))}return v1Endpoint}return endpoint}return parseUrl(endpoint)};var SHORT_TO_HEX={},HEX_TO_SHORT={};for(let i=0;i<256;i++){let encodedByte=i.toString(16).toLowerCase();encodedByte.length===1&&(encodedByte=`0${encodedByte}`),SHORT_TO_HEX[i]=encodedByte,HEX_TO_SHORT[encodedByte]=i}function fromHex(encoded){if(encoded.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let out=new Uint8Array(encoded.length/2);for(let i=0;i<encoded.length;i+=2){let encodedByte=encoded.slice(i,i+2).toLowerCase();if(encodedByte in HEX_TO_SHORT)out[i/2]=HEX_TO_SHORT[encodedByte];else throw new Error(`Cannot decode unrecognized sequence ${encodedByte} as hexadecimal`)}return out}function toHex(bytes){let out="";for(let i=0;i<bytes.byteLength;i++)out+=SHORT_TO_HEX[bytes[i]];return out}var operation=(namespace,name,traits,input,output)=>({name,namespace,traits,input,output});var schemaDeserializationMiddleware=config=>(next,context)=>async args=>{let{response}=await next(args),{operationSchema}=getSmithyContext(context),[,ns,n,t,i,o]=operationSchema??[];try{let parsed=await config.protocol.deserializeResponse(operation(ns,n,t,i,o),{...config,...context},response);return{response,output:parsed}}catch(error){if(Object.defineProperty(error,"$response",{value:response,enumerable:!1,writable:!1,configurable:!1}),!("$metadata"in error)){let hint="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{error.message+=`
  `+hint}catch{!context.logger||context.logger?.constructor?.name==="NoOpLogger"?console.warn(hint):context.logger?.warn?.(hint)}typeof error.$responseBodyText<"u"&&error.$response&&(error.$response.body=error.$responseBodyText);try{if(HttpResponse.isInstance(response)){let{headers={},statusCode}=response,headerEntries=Object.entries(headers);error.$metadata={httpStatusCode:statusCode,requestId:findHeader(/^x-[\w-]+-request-?id$/,headerEntries),extendedRequestId:findHeader(/^x-[\w-]+-id-2$/,headerEntries),cfId:findHeader(/^x-[\w-]+-cf-id$/,headerEntries)}}}catch{}}throw error}},findHeader=(pattern,headers)=>(headers.find(([k])=>k.match(pattern))||[void 0,void 0])[1];var schemaSerializationMiddleware=config=>(next,context)=>async args=>{let{operationSchema}=getSmithyContext(context),[,ns,n,t,i,o]=operationSchema??[],endpoint=context.endpointV2?async()=>toEndpointV1(context.endpointV2):config.endpoint,request=await config.protocol.serializeRequest(operation(ns,n,t,i,o),args.input,{...config,...context,endpoint});return next({...args,request})};var deserializerMiddlewareOption={name:"deserializerMiddleware",step:"deserialize",tags:["DESERIALIZER"],override:!0},serializerMiddlewareOption={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0};function getSchemaSerdePlugin(config){return{applyToStack:commandStack=>{commandStack.add(schemaSerializationMiddleware(config),serializerMiddlewareOption),commandStack.add(schemaDeserializationMiddleware(config),deserializerMiddlewareOption),config.protocol.setSerdeContext(config)}}}var deref=schemaRef=>typeof schemaRef=="function"?schemaRef():schemaRef;var traitsCache=[];function translateTraits(indicator){if(typeof indicator=="object")return indicator;if(indicator=indicator|0,traitsCache[indicator])return traitsCache[indicator];let traits={},i=0;for(let trait of["httpLabel","idempotent","idempotencyToken","sensitive","httpPayload","httpResponseCode","httpQueryParams"])(indicator>>i++&1)===1&&(traits[trait]=1);return traitsCache[indicator]=traits}var anno={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},simpleSchemaCacheN=[],simpleSchemaCacheS={},NormalizedSchema=class _NormalizedSchema{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=_NormalizedSchema.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(ref,memberName){this.ref=ref,this.memberName=memberName;let traitStack=[],_ref=ref,schema=ref;for(this._isMemberSchema=!1;isMemberSchema(_ref);)traitStack.push(_ref[1]),_ref=_ref[0],schema=deref(_ref),this._isMemberSchema=!0;if(traitStack.length>0){this.memberTraits={};for(let i=traitStack.length-1;i>=0;--i){let traitSet=traitStack[i];Object.assign(this.memberTraits,translateTraits(traitSet))}}else this.memberTraits=0;if(schema instanceof _NormalizedSchema){let computedMemberTraits=this.memberTraits;Object.assign(this,schema),this.memberTraits=Object.assign({},computedMemberTraits,schema.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=memberName??schema.memberName;return}if(this.schema=deref(schema),isStaticSchema(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(schema),this.traits=0),this._isMemberSchema&&!memberName)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](lhs){let isPrototype=this.prototype.isPrototypeOf(lhs);return!isPrototype&&typeof lhs=="object"&&lhs!==null?lhs.symbol===this.symbol:isPrototype}static of(ref){let keyAble=typeof ref=="function"||typeof ref=="object"&&ref!==null;if(typeof ref=="number"){if(simpleSchemaCacheN[ref])return simpleSchemaCacheN[ref]}else if(typeof ref=="string"){if(simpleSchemaCacheS[ref])return simpleSchemaCacheS[ref]}else if(keyAble&&ref[anno.ns])return ref[anno.ns];let sc=deref(ref);if(sc instanceof _NormalizedSchema)return sc;if(isMemberSchema(sc)){let[ns2,traits]=sc;if(ns2 instanceof _NormalizedSchema)return Object.assign(ns2.getMergedTraits(),translateTraits(traits)),ns2;throw new Error(`@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(ref,null,2)}.`)}let ns=new _NormalizedSchema(sc);return keyAble?ref[anno.ns]=ns:typeof sc=="string"?simpleSchemaCacheS[sc]=ns:typeof sc=="number"?simpleSchemaCacheN[sc]=ns:ns}getSchema(){let sc=this.schema;return Array.isArray(sc)&&sc[0]===0?sc[4]:sc}getName(withNamespace=!1){let{name}=this;return!withNamespace&&name&&name.includes("#")?name.split("#")[1]:name||void 0}getMemberName(){return this.memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let sc=this.getSchema();return typeof sc=="number"?sc>=64&&sc<128:sc[0]===1}isMapSchema(){let sc=this.getSchema();return typeof sc=="number"?sc>=128&&sc<=255:sc[0]===2}isStructSchema(){let sc=this.getSchema();if(typeof sc!="object")return!1;let id=sc[0];return id===3||id===-3||id===4}isUnionSchema(){let sc=this.getSchema();return typeof sc!="object"?!1:sc[0]===4}isBlobSchema(){let sc=this.getSchema();return sc===21||sc===42}isTimestampSchema(){let sc=this.getSchema();return typeof sc=="number"&&sc>=4&&sc<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming}=this.getMergedTraits();return!!streaming||this.getSchema()===42}isIdempotencyToken(){return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){return translateTraits(this.memberTraits)}getOwnTraits(){return translateTraits(this.traits)}getKeySchema(){let[isDoc,isMap]=[this.isDocumentSchema(),this.isMapSchema()];if(!isDoc&&!isMap)throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let schema=this.getSchema(),memberSchema=isDoc?15:schema[4]??0;return member([memberSchema,0],"key")}getValueSchema(){let sc=this.getSchema(),[isDoc,isMap,isList]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],memberSchema=typeof sc=="number"?63&sc:sc&&typeof sc=="object"&&(isMap||isList)?sc[3+sc[0]]:isDoc?15:void 0;if(memberSchema!=null)return member([memberSchema,0],isMap?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(memberName){let struct=this.getSchema();if(this.isStructSchema()&&struct[4].includes(memberName)){let i=struct[4].indexOf(memberName),memberSchema=struct[5][i];return member(isMemberSchema(memberSchema)?memberSchema:[memberSchema,0],memberName)}if(this.isDocumentSchema())return member([15,0],memberName);throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no member=${memberName}.`)}getMemberSchemas(){let buffer={};try{for(let[k,v]of this.structIterator())buffer[k]=v}catch{}return buffer}getEventStreamMember(){if(this.isStructSchema()){for(let[memberName,memberSchema]of this.structIterator())if(memberSchema.isStreaming()&&memberSchema.isStructSchema())return memberName}return""}*structIterator(){if(this.isUnitSchema())return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let struct=this.getSchema(),z=struct[4].length,it=struct[anno.it];if(it&&z===it.length){yield*it;return}it=Array(z);for(let i=0;i<z;++i){let k=struct[4][i],v=member([struct[5][i],0],k);yield it[i]=[k,v]}struct[anno.it]=it}};function member(memberSchema,memberName){if(memberSchema instanceof NormalizedSchema)return Object.assign(memberSchema,{memberName,_isMemberSchema:!0});let internalCtorAccess=NormalizedSchema;return new internalCtorAccess(memberSchema,memberName)}var isMemberSchema=sc=>Array.isArray(sc)&&sc.length===2,isStaticSchema=sc=>Array.isArray(sc)&&sc.length>=5;var TypeRegistry=class _TypeRegistry{namespace;schemas;exceptions;static registries=new Map;constructor(namespace,schemas=new Map,exceptions=new Map){this.namespace=namespace,this.schemas=schemas,this.exceptions=exceptions,_TypeRegistry.registries.has(namespace)||_TypeRegistry.registries.set(namespace,this)}static for(namespace){return _TypeRegistry.registries.get(namespace)??new _TypeRegistry(namespace)}copyFrom(other){let{schemas,exceptions}=this;for(let[k,v]of other.schemas)schemas.has(k)||schemas.set(k,v);for(let[k,v]of other.exceptions)exceptions.has(k)||exceptions.set(k,v)}register(shapeId,schema){let qualifiedName=this.normalizeShapeId(shapeId);for(let r of[this,_TypeRegistry.for(qualifiedName.split("#")[0])])r.schemas.has(qualifiedName)||r.schemas.set(qualifiedName,schema)}getSchema(shapeId){let id=this.normalizeShapeId(shapeId);if(!this.schemas.has(id)){if(!shapeId.includes("#")){let suffix="#"+shapeId,candidates=[];for(let[shapeId2,schema]of this.schemas.entries())shapeId2.endsWith(suffix)&&candidates.push(schema);if(candidates.length===1)return candidates[0]}throw new Error(`@smithy/core/schema - schema not found for ${id}`)}return this.schemas.get(id)}registerError(es,ctor){let $error=es,ns=$error[1],qualifiedName=ns+"#"+$error[2];ctor.hasOwnProperty?.("shapeId")||(ctor.shapeId=qualifiedName);for(let r of[this,_TypeRegistry.for(ns)])!r.schemas.has(qualifiedName)&&!r.exceptions.has($error)&&(r.schemas.set(qualifiedName,$error),r.exceptions.set($error,ctor))}getErrorCtor(es){let $error=es;return this.exceptions.has($error)?this.exceptions.get($error):_TypeRegistry.for($error[1]).exceptions.get($error)}getBaseException(){for(let exceptionKey of this.exceptions.keys())if(Array.isArray(exceptionKey)){let[,ns,name]=exceptionKey,id=ns+"#"+name;if(id.startsWith("smithy.ts.sdk.synthetic.")&&id.endsWith("ServiceException"))return exceptionKey}}find(predicate){for(let schema of this.schemas.values())if(predicate(schema))return schema}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(shapeId){return shapeId.includes("#")?shapeId:this.namespace+"#"+shapeId}};var BASE64_REGEX=/^[A-Za-z0-9+/]*={0,2}$/,fromBase64=input=>{if(input.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!BASE64_REGEX.exec(input))throw new TypeError("Invalid base64 string.");let buffer=fromString(input,"base64");return new Uint8Array(buffer.buffer,buffer.byteOffset,buffer.byteLength)};var toBase64=_input=>{let input;if(typeof _input=="string"?input=fromUtf8(_input):input=_input,typeof input!="object"||typeof input.byteOffset!="number"||typeof input.byteLength!="number")throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return fromArrayBuffer(input.buffer,input.byteOffset,input.byteLength).toString("base64")};function bindUint8ArrayBlobAdapter(toUtf83,fromUtf83,toBase643,fromBase642){return class Uint8ArrayBlobAdapter2 extends Uint8Array{static fromString(source,encoding="utf-8"){if(typeof source=="string")return encoding==="base64"?Uint8ArrayBlobAdapter2.mutate(fromBase642(source)):Uint8ArrayBlobAdapter2.mutate(fromUtf83(source));throw new Error(`Unsupported conversion from ${typeof source} to Uint8ArrayBlobAdapter.`)}static mutate(source){return Object.setPrototypeOf(source,Uint8ArrayBlobAdapter2.prototype),source}transformToString(encoding="utf-8"){return encoding==="base64"?toBase643(this):toUtf83(this)}}}var decimalToHex=Array.from({length:256},(_,i)=>i.toString(16).padStart(2,"0"));function bindV4(getRandomValues2){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let rnds=new Uint8Array(16);return getRandomValues2(rnds),rnds[6]=rnds[6]&15|64,rnds[8]=rnds[8]&63|128,decimalToHex[rnds[0]]+decimalToHex[rnds[1]]+decimalToHex[rnds[2]]+decimalToHex[rnds[3]]+"-"+decimalToHex[rnds[4]]+decimalToHex[rnds[5]]+"-"+decimalToHex[rnds[6]]+decimalToHex[rnds[7]]+"-"+decimalToHex[rnds[8]]+decimalToHex[rnds[9]]+"-"+decimalToHex[rnds[10]]+decimalToHex[rnds[11]]+decimalToHex[rnds[12]]+decimalToHex[rnds[13]]+decimalToHex[rnds[14]]+decimalToHex[rnds[15]]}}var expectNumber=value=>{if(value!=null){if(typeof value=="string"){let parsed=parseFloat(value);if(!Number.isNaN(parsed))return String(parsed)!==String(value)&&logger.warn(stackTraceWarning(`Expected number but observed string: ${value}`)),parsed}if(typeof value=="number")return value;throw new TypeError(`Expected number, got ${typeof value}: ${value}`)}},MAX_FLOAT=Math.ceil(2**127*(2-2**-23)),expectFloat32=value=>{let expected=expectNumber(value);if(expected!==void 0&&!Number.isNaN(expected)&&expected!==1/0&&expected!==-1/0&&Math.abs(expected)>MAX_FLOAT)throw new TypeError(`Expected 32-bit float, got ${value}`);return expected},expectLong=value=>{if(value!=null){if(Number.isInteger(value)&&!Number.isNaN(value))return value;throw new TypeError(`Expected integer, got ${typeof value}: ${value}`)}};var expectShort=value=>expectSizedInt(value,16),expectByte=value=>expectSizedInt(value,8),expectSizedInt=(value,size)=>{let expected=expectLong(value);if(expected!==void 0&&castInt(expected,size)!==expected)throw new TypeError(`Expected ${size}-bit integer, got ${value}`);return expected},castInt=(value,size)=>{switch(size){case 32:return Int32Array.of(value)[0];case 16:return Int16Array.of(value)[0];case 8:return Int8Array.of(value)[0]}};var strictParseDouble=value=>expectNumber(typeof value=="string"?parseNumber(value):value);var strictParseFloat32=value=>expectFloat32(typeof value=="string"?parseNumber(value):value),NUMBER_REGEX=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,parseNumber=value=>{let matches=value.match(NUMBER_REGEX);if(matches===null||matches[0].length!==value.length)throw new TypeError("Expected real number, got implicit NaN");return parseFloat(value)};var strictParseShort=value=>expectShort(typeof value=="string"?parseNumber(value):value),strictParseByte=value=>expectByte(typeof value=="string"?parseNumber(value):value),stackTraceWarning=message=>String(new TypeError(message).stack||message).split(`
`).slice(0,5).filter(s=>!s.includes("stackTraceWarning")).join(`
`),logger={warn:console.warn};var DAYS=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],MONTHS=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"];function dateToUtcString(date2){let year2=date2.getUTCFullYear(),month=date2.getUTCMonth(),dayOfWeek=date2.getUTCDay(),dayOfMonthInt=date2.getUTCDate(),hoursInt=date2.getUTCHours(),minutesInt=date2.getUTCMinutes(),secondsInt=date2.getUTCSeconds(),dayOfMonthString=dayOfMonthInt<10?`0${dayOfMonthInt}`:`${dayOfMonthInt}`,hoursString=hoursInt<10?`0${hoursInt}`:`${hoursInt}`,minutesString=minutesInt<10?`0${minutesInt}`:`${minutesInt}`,secondsString=secondsInt<10?`0${secondsInt}`:`${secondsInt}`;return`${DAYS[dayOfWeek]}, ${dayOfMonthString} ${MONTHS[month]} ${year2} ${hoursString}:${minutesString}:${secondsString} GMT`}var RFC3339=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),parseRfc3339DateTime=value=>{if(value==null)return;if(typeof value!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let match=RFC3339.exec(value);if(!match)throw new TypeError("Invalid RFC-3339 date-time value");let[_,yearStr,monthStr,dayStr,hours,minutes,seconds,fractionalMilliseconds]=match,year2=strictParseShort(stripLeadingZeroes(yearStr)),month=parseDateValue(monthStr,"month",1,12),day=parseDateValue(dayStr,"day",1,31);return buildDate(year2,month,day,{hours,minutes,seconds,fractionalMilliseconds})},RFC3339_WITH_OFFSET=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),parseRfc3339DateTimeWithOffset=value=>{if(value==null)return;if(typeof value!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let match=RFC3339_WITH_OFFSET.exec(value);if(!match)throw new TypeError("Invalid RFC-3339 date-time value");let[_,yearStr,monthStr,dayStr,hours,minutes,seconds,fractionalMilliseconds,offsetStr]=match,year2=strictParseShort(stripLeadingZeroes(yearStr)),month=parseDateValue(monthStr,"month",1,12),day=parseDateValue(dayStr,"day",1,31),date2=buildDate(year2,month,day,{hours,minutes,seconds,fractionalMilliseconds});return offsetStr.toUpperCase()!="Z"&&date2.setTime(date2.getTime()-parseOffsetToMilliseconds(offsetStr)),date2},IMF_FIXDATE=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),RFC_850_DATE=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),ASC_TIME=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),parseRfc7231DateTime=value=>{if(value==null)return;if(typeof value!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let match=IMF_FIXDATE.exec(value);if(match){let[_,dayStr,monthStr,yearStr,hours,minutes,seconds,fractionalMilliseconds]=match;return buildDate(strictParseShort(stripLeadingZeroes(yearStr)),parseMonthByShortName(monthStr),parseDateValue(dayStr,"day",1,31),{hours,minutes,seconds,fractionalMilliseconds})}if(match=RFC_850_DATE.exec(value),match){let[_,dayStr,monthStr,yearStr,hours,minutes,seconds,fractionalMilliseconds]=match;return adjustRfc850Year(buildDate(parseTwoDigitYear(yearStr),parseMonthByShortName(monthStr),parseDateValue(dayStr,"day",1,31),{hours,minutes,seconds,fractionalMilliseconds}))}if(match=ASC_TIME.exec(value),match){let[_,monthStr,dayStr,hours,minutes,seconds,fractionalMilliseconds,yearStr]=match;return buildDate(strictParseShort(stripLeadingZeroes(yearStr)),parseMonthByShortName(monthStr),parseDateValue(dayStr.trimLeft(),"day",1,31),{hours,minutes,seconds,fractionalMilliseconds})}throw new TypeError("Invalid RFC-7231 date-time value")},parseEpochTimestamp=value=>{if(value==null)return;let valueAsDouble;if(typeof value=="number")valueAsDouble=value;else if(typeof value=="string")valueAsDouble=strictParseDouble(value);else if(typeof value=="object"&&value.tag===1)valueAsDouble=value.value;else throw new TypeError("Epoch timestamps must be expressed as floating point numbers or their string representation");if(Number.isNaN(valueAsDouble)||valueAsDouble===1/0||valueAsDouble===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite, non-NaN numerics");return new Date(Math.round(valueAsDouble*1e3))},buildDate=(year2,month,day,time2)=>{let adjustedMonth=month-1;return validateDayOfMonth(year2,adjustedMonth,day),new Date(Date.UTC(year2,adjustedMonth,day,parseDateValue(time2.hours,"hour",0,23),parseDateValue(time2.minutes,"minute",0,59),parseDateValue(time2.seconds,"seconds",0,60),parseMilliseconds(time2.fractionalMilliseconds)))},parseTwoDigitYear=value=>{let thisYear=new Date().getUTCFullYear(),valueInThisCentury=Math.floor(thisYear/100)*100+strictParseShort(stripLeadingZeroes(value));return valueInThisCentury<thisYear?valueInThisCentury+100:valueInThisCentury},FIFTY_YEARS_IN_MILLIS=50*365*24*60*60*1e3,adjustRfc850Year=input=>input.getTime()-new Date().getTime()>FIFTY_YEARS_IN_MILLIS?new Date(Date.UTC(input.getUTCFullYear()-100,input.getUTCMonth(),input.getUTCDate(),input.getUTCHours(),input.getUTCMinutes(),input.getUTCSeconds(),input.getUTCMilliseconds())):input,parseMonthByShortName=value=>{let monthIdx=MONTHS.indexOf(value);if(monthIdx<0)throw new TypeError(`Invalid month: ${value}`);return monthIdx+1},DAYS_IN_MONTH=[31,28,31,30,31,30,31,31,30,31,30,31],validateDayOfMonth=(year2,month,day)=>{let maxDays=DAYS_IN_MONTH[month];if(month===1&&isLeapYear(year2)&&(maxDays=29),day>maxDays)throw new TypeError(`Invalid day for ${MONTHS[month]} in ${year2}: ${day}`)},isLeapYear=year2=>year2%4===0&&(year2%100!==0||year2%400===0),parseDateValue=(value,type,lower,upper)=>{let dateVal=strictParseByte(stripLeadingZeroes(value));if(dateVal<lower||dateVal>upper)throw new TypeError(`${type} must be between ${lower} and ${upper}, inclusive`);return dateVal},parseMilliseconds=value=>value==null?0:strictParseFloat32("0."+value)*1e3,parseOffsetToMilliseconds=value=>{let directionStr=value[0],direction=1;if(directionStr=="+")direction=1;else if(directionStr=="-")direction=-1;else throw new TypeError(`Offset direction, ${directionStr}, must be "+" or "-"`);let hour=Number(value.substring(1,3)),minute=Number(value.substring(4,6));return direction*(hour*60+minute)*60*1e3},stripLeadingZeroes=value=>{let idx=0;for(;idx<value.length-1&&value.charAt(idx)==="0";)idx++;return idx===0?value:value.slice(idx)};var LazyJsonString=function(val){return Object.assign(new String(val),{deserializeJSON(){return JSON.parse(String(val))},toString(){return String(val)},toJSON(){return String(val)}})};LazyJsonString.from=object=>object&&typeof object=="object"&&(object instanceof LazyJsonString||"deserializeJSON"in object)?object:typeof object=="string"||Object.getPrototypeOf(object)===String.prototype?LazyJsonString(String(object)):LazyJsonString(JSON.stringify(object));LazyJsonString.fromObject=LazyJsonString.from;function quoteHeader(part){return(part.includes(",")||part.includes('"'))&&(part=`"${part.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),part}var ddd="(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",mmm="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",time="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",date="(\\d?\\d)",year="(\\d{4})",RFC3339_WITH_OFFSET2=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),IMF_FIXDATE_NATIVE=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,IMF_FIXDATE2=new RegExp(`^${ddd}, ${date} ${mmm} ${year} ${time} GMT$`),RFC_850_DATE2=new RegExp(`^${ddd}, ${date}-${mmm}-(\\d\\d) ${time} GMT$`),ASC_TIME2=new RegExp(`^${ddd} ${mmm} ( [1-9]|\\d\\d) ${time} ${year}$`),months=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],_parseEpochTimestamp=value=>{if(value==null)return;let num=NaN;if(typeof value=="number")num=value;else if(typeof value=="string"){if(!/^-?\d*\.?\d+$/.test(value))throw new TypeError("parseEpochTimestamp - numeric string invalid.");num=Number.parseFloat(value)}else typeof value=="object"&&value.tag===1&&(num=value.value);if(isNaN(num)||Math.abs(num)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(num*1e3))},_parseRfc3339DateTimeWithOffset=value=>{if(value==null)return;if(typeof value!="string")throw new TypeError("RFC3339 timestamps must be strings");let matches=RFC3339_WITH_OFFSET2.exec(value);if(!matches)throw new TypeError(`Invalid RFC3339 timestamp format ${value}`);let[,yearStr,monthStr,dayStr,hours,minutes,seconds,,ms,offsetStr]=matches;range(monthStr,1,12),range(dayStr,1,31),range(hours,0,23),range(minutes,0,59),range(seconds,0,60);let date2=new Date(Date.UTC(Number(yearStr),Number(monthStr)-1,Number(dayStr),Number(hours),Number(minutes),Number(seconds),Number(ms)?Math.round(parseFloat(`0.${ms}`)*1e3):0));if(date2.setUTCFullYear(Number(yearStr)),offsetStr.toUpperCase()!="Z"){let[,sign,offsetH,offsetM]=/([+-])(\d\d):(\d\d)/.exec(offsetStr)||[void 0,"+",0,0],scalar=sign==="-"?1:-1;date2.setTime(date2.getTime()+scalar*(Number(offsetH)*60*60*1e3+Number(offsetM)*60*1e3))}return date2},_parseRfc7231DateTime=value=>{if(value==null)return;if(typeof value!="string")throw new TypeError("RFC7231 timestamps must be strings.");if(IMF_FIXDATE_NATIVE.test(value))return new Date(value);let day,month,year2,hour,minute,second,fraction,matches;if((matches=IMF_FIXDATE2.exec(value))?[,day,month,year2,hour,minute,second,fraction]=matches:(matches=RFC_850_DATE2.exec(value))?([,day,month,year2,hour,minute,second,fraction]=matches,year2=(Number(year2)+1900).toString()):(matches=ASC_TIME2.exec(value))&&([,month,day,hour,minute,second,fraction,year2]=matches),year2&&second){let timestamp=Date.UTC(Number(year2),months.indexOf(month),Number(day),Number(hour),Number(minute),Number(second),fraction?Math.round(parseFloat(`0.${fraction}`)*1e3):0);range(day,1,31),range(hour,0,23),range(minute,0,59),range(second,0,60);let date2=new Date(timestamp);return date2.setUTCFullYear(Number(year2)),date2}throw new TypeError(`Invalid RFC7231 date-time value ${value}.`)};function range(v,min,max){let _v=Number(v);if(_v<min||_v>max)throw new Error(`Value ${_v} out of range [${min}, ${max}]`)}function splitEvery(value,delimiter,numDelimiters){if(numDelimiters<=0||!Number.isInteger(numDelimiters))throw new Error("Invalid number of delimiters ("+numDelimiters+") for splitEvery.");let segments=value.split(delimiter);if(numDelimiters===1)return segments;let compoundSegments=[],currentSegment="";for(let i=0;i<segments.length;i++)currentSegment===""?currentSegment=segments[i]:currentSegment+=delimiter+segments[i],(i+1)%numDelimiters===0&&(compoundSegments.push(currentSegment),currentSegment="");return currentSegment!==""&&compoundSegments.push(currentSegment),compoundSegments}var splitHeader=value=>{let z=value.length,values=[],withinQuotes=!1,escaped=!1,anchor=0;for(let i=0;i<z;++i){let char=value[i];switch(char){case'"':escaped||(withinQuotes=!withinQuotes);break;case",":withinQuotes||(values.push(value.slice(anchor,i)),anchor=i+1);break;default:}escaped=char==="\\"&&!escaped}return values.push(value.slice(anchor)),values.map(v=>{v=v.trim();let z2=v.length;return z2<2?v:v[0]==='"'&&v[z2-1]==='"'?(v=v.slice(1,z2-1),v.replace(/\\(["\\])/g,"$1")):v.replace(/\\"/g,'"')})};var format=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,NumericValue=class _NumericValue{string;type;constructor(string,type){if(this.string=string,this.type=type,!format.test(string))throw new Error(`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${string}"`)}toString(){return this.string}static[Symbol.hasInstance](object){if(!object||typeof object!="object")return!1;let _nv=object;return _NumericValue.prototype.isPrototypeOf(object)||_nv.type==="bigDecimal"&&format.test(_nv.string)}};var calculateBodyLength=body=>{if(!body)return 0;if(typeof body=="string")return Buffer.byteLength(body);if(typeof body.byteLength=="number")return body.byteLength;if(typeof body.size=="number")return body.size;if(typeof body.start=="number"&&typeof body.end=="number")return body.end+1-body.start;if(body instanceof node_fs__WEBPACK_IMPORTED_MODULE_1__.ReadStream){if(body.path!=null)return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(body.path).size;if(typeof body.fd=="number")return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(body.fd).size}throw new Error(`Body Length computation failed for ${body}`)};var toUint8Array=data=>data instanceof Uint8Array?data:typeof data=="string"?fromUtf8(data):ArrayBuffer.isView(data)?new Uint8Array(data.buffer,data.byteOffset,data.byteLength/Uint8Array.BYTES_PER_ELEMENT):new Uint8Array(data);function concatBytes(arrays,length){if(length===void 0){length=0;for(let bytes of arrays)length+=bytes.byteLength}let result=new Uint8Array(length),offset=0;for(let buf of arrays)result.set(buf,offset),offset+=buf.byteLength;return result}var isReadableStream=stream=>typeof ReadableStream=="function"&&(stream?.constructor?.name===ReadableStream.name||stream instanceof ReadableStream),isBlob=blob=>typeof Blob=="function"&&(blob?.constructor?.name===Blob.name||blob instanceof Blob);var fromUtf82=input=>new TextEncoder().encode(input);var chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",alphabetByEncoding=Object.entries(chars).reduce((acc,[i,c])=>(acc[c]=Number(i),acc),{}),alphabetByValue=chars.split(""),bitsPerLetter=6,bitsPerByte=8,maxLetterValue=63;function toBase642(_input){let input;typeof _input=="string"?input=fromUtf82(_input):input=_input;let isArrayLike=typeof input=="object"&&typeof input.length=="number",isUint8Array=typeof input=="object"&&typeof input.byteOffset=="number"&&typeof input.byteLength=="number";if(!isArrayLike&&!isUint8Array)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let str="";for(let i=0;i<input.length;i+=3){let bits=0,bitLength=0;for(let j=i,limit=Math.min(i+3,input.length);j<limit;j++)bits|=input[j]<<(limit-j-1)*bitsPerByte,bitLength+=bitsPerByte;let bitClusterCount=Math.ceil(bitLength/bitsPerLetter);bits<<=bitClusterCount*bitsPerLetter-bitLength;for(let k=1;k<=bitClusterCount;k++){let offset=(bitClusterCount-k)*bitsPerLetter;str+=alphabetByValue[(bits&maxLetterValue<<offset)>>offset]}str+="==".slice(0,4-bitClusterCount)}return str}var toUtf82=input=>{if(typeof input=="string")return input;if(typeof input!="object"||typeof input.byteOffset!="number"||typeof input.byteLength!="number")throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(input)};var streamCollector=async stream=>isBlob(stream)?collectBlob(stream):collectReadableStream(stream);async function collectBlob(blob){return blob.arrayBuffer().then(ab=>new Uint8Array(ab))}async function collectReadableStream(stream){let chunks=[],reader=stream.getReader(),length=0;for(;;){let{done,value}=await reader.read();if(value&&(chunks.push(value),length+=value.length),done)break}return concatBytes(chunks,length)}var ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED="The stream has already been transformed.",sdkStreamMixin=stream=>{if(!isBlobInstance(stream)&&!isReadableStream(stream)){let name=stream?.__proto__?.constructor?.name||stream;throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${name}`)}let transformed=!1,transformToByteArray=async()=>{if(transformed)throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED);return transformed=!0,await streamCollector(stream)},blobToWebStream=blob=>{if(typeof blob.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return blob.stream()};return Object.assign(stream,{transformToByteArray,transformToString:async encoding=>{let buf=await transformToByteArray();if(encoding==="base64")return toBase642(buf);if(encoding==="hex")return toHex(buf);if(encoding===void 0||encoding==="utf8"||encoding==="utf-8")return toUtf82(buf);if(typeof TextDecoder=="function")return new TextDecoder(encoding).decode(buf);throw new Error("TextDecoder is not available, please make sure polyfill is provided.")},transformToWebStream:()=>{if(transformed)throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED);if(transformed=!0,isBlobInstance(stream))return blobToWebStream(stream);if(isReadableStream(stream))return stream;throw new Error(`Cannot transform payload to web stream, got ${stream}`)}})},isBlobInstance=stream=>typeof Blob=="function"&&stream instanceof Blob;var streamCollector2=stream=>isBlob(stream)?collectBlob(stream):isReadableStream(stream)?collectReadableStream(stream):new Promise((resolve,reject)=>{let collector=new Collector,nodeStream=stream;nodeStream.pipe(collector),nodeStream.on("error",err=>{collector.end(),reject(err)}),collector.on("error",reject),collector.on("finish",function(){let bytes=concatBytes(this.bufferedBytes);resolve(bytes)})}),Collector=class extends node_stream__WEBPACK_IMPORTED_MODULE_2__.Writable{bufferedBytes=[];_write(chunk,encoding,callback){this.bufferedBytes.push(chunk),callback()}};var ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED2="The stream has already been transformed.",sdkStreamMixin2=stream=>{if(!(stream instanceof node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable))try{return sdkStreamMixin(stream)}catch{let name=stream?.__proto__?.constructor?.name||stream;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${name}`)}let transformed=!1,transformToByteArray=async()=>{if(transformed)throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED2);return transformed=!0,await streamCollector2(stream)};return Object.assign(stream,{transformToByteArray,transformToString:async encoding=>{let buf=await transformToByteArray();return encoding===void 0||Buffer.isEncoding(encoding)?fromArrayBuffer(buf.buffer,buf.byteOffset,buf.byteLength).toString(encoding):new TextDecoder(encoding).decode(buf)},transformToWebStream:()=>{if(transformed)throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED2);if(stream.readableFlowing!==null)throw new Error("The stream has been consumed by other callbacks.");if(typeof node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not supported. Please ensure a polyfill is available.");return transformed=!0,node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.toWeb(stream)}})};function writeKey(obj){Object.defineProperty(obj,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var Uint8ArrayBlobAdapter=class extends bindUint8ArrayBlobAdapter(toUtf8,fromUtf8,toBase64,fromBase64){},_getRandomValues=node_crypto__WEBPACK_IMPORTED_MODULE_0__.getRandomValues,v4=bindV4(_getRandomValues),generateIdempotencyToken=v4;


/***/ }),

/***/ 700:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ NODE_AUTH_SCHEME_PREFERENCE_OPTIONS),
/* harmony export */   AE: () => (/* binding */ NODE_SIGV4A_CONFIG_OPTIONS),
/* harmony export */   BB: () => (/* binding */ SignatureV4),
/* harmony export */   Oy: () => (/* binding */ resolveAwsSdkSigV4AConfig),
/* harmony export */   S1: () => (/* binding */ AwsSdkSigV4ASigner),
/* harmony export */   TE: () => (/* binding */ AwsJson1_1Protocol),
/* harmony export */   Yu: () => (/* binding */ AwsRestJsonProtocol),
/* harmony export */   dm: () => (/* binding */ signatureV4aContainer),
/* harmony export */   f2: () => (/* binding */ AwsSdkSigV4Signer),
/* harmony export */   ho: () => (/* binding */ resolveAwsSdkSigV4Config),
/* harmony export */   kE: () => (/* binding */ AwsQueryProtocol)
/* harmony export */ });
/* harmony import */ var _chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2705);
/* harmony import */ var _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2933);
/* harmony import */ var _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8549);
var getDateHeader=response=>_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpResponse */ .cS.isInstance(response)?response.headers?.date??response.headers?.Date:void 0,getAgeHeader=response=>_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpResponse */ .cS.isInstance(response)?response.headers?.age??response.headers?.Age:void 0;var getSkewCorrectedDate=systemClockOffset=>new Date(Date.now()+systemClockOffset);var getUpdatedSystemClockOffset=(clockTime,currentSystemClockOffset,timeRequestSent,ageHeader)=>{if(ageHeader!==void 0)return currentSystemClockOffset;let serverTime=Date.parse(clockTime);if(Number.isNaN(serverTime))return currentSystemClockOffset;let timeResponseReceived=Date.now();return timeRequestSent!==void 0&&timeResponseReceived-timeRequestSent>9e5?currentSystemClockOffset:serverTime-timeResponseReceived};var throwSigningPropertyError=(name,property)=>{if(!property)throw new Error(`Property \`${name}\` is not resolved for AWS SDK SigV4Auth`);return property},hasEventStreamOutput=signingProperties=>signingProperties.context?.[_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .SMITHY_CONTEXT_KEY */ .Vf]?.eventStream?.output===!0,validateSigningProperties=async signingProperties=>{let context=throwSigningPropertyError("context",signingProperties.context),config=throwSigningPropertyError("config",signingProperties.config),authScheme=context.endpointV2?.properties?.authSchemes?.[0],signer=await throwSigningPropertyError("signer",config.signer)(authScheme),signingRegion=signingProperties?.signingRegion,signingRegionSet=signingProperties?.signingRegionSet,signingName=signingProperties?.signingName;return{config,signer,signingRegion,signingRegionSet,signingName}},AwsSdkSigV4Signer=class{async sign(httpRequest,identity,signingProperties){if(!_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpRequest */ .Kd.isInstance(httpRequest))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let validatedProps=await validateSigningProperties(signingProperties),{config,signer}=validatedProps,{signingRegion,signingName}=validatedProps,handlerExecutionContext=signingProperties.context;if(handlerExecutionContext?.authSchemes?.length??!1){let[first,second]=handlerExecutionContext.authSchemes;first?.name==="sigv4a"&&second?.name==="sigv4"&&(signingRegion=second?.signingRegion??signingRegion,signingName=second?.signingName??signingName)}let noSkewCorrection=await config.disableClockSkewCorrection?.()===!0;signingProperties._disableClockSkewCorrection=noSkewCorrection;let skipSkewSampling=noSkewCorrection||hasEventStreamOutput(signingProperties);return signingProperties._skipClockSkewSampling=skipSkewSampling,skipSkewSampling||(signingProperties._preRequestSystemClockOffset=config.systemClockOffset,signingProperties._requestSentAt=Date.now()),await signer.sign(httpRequest,{signingDate:noSkewCorrection?new Date:getSkewCorrectedDate(config.systemClockOffset),signingRegion,signingService:signingName})}errorHandler(signingProperties){return error=>{let errorException=error;if(!signingProperties._skipClockSkewSampling&&!signingProperties._disableClockSkewCorrection){let serverTime=errorException.ServerTime??getDateHeader(errorException.$response);if(serverTime){let config=throwSigningPropertyError("config",signingProperties.config),preRequestOffset=signingProperties._preRequestSystemClockOffset,timeRequestSent=signingProperties._requestSentAt,ageHeader=getAgeHeader(errorException.$response),newOffset=getUpdatedSystemClockOffset(serverTime,config.systemClockOffset,timeRequestSent,ageHeader);config.systemClockOffset=newOffset,Math.abs(newOffset)>=24e4&&(newOffset!==preRequestOffset||preRequestOffset!==void 0&&preRequestOffset!==newOffset)&&errorException.$metadata&&(errorException.$metadata.clockSkewCorrected=!0)}}throw error}}successHandler(httpResponse,signingProperties){if(signingProperties._skipClockSkewSampling||signingProperties._disableClockSkewCorrection)return;let dateHeader=getDateHeader(httpResponse);if(dateHeader){let config=throwSigningPropertyError("config",signingProperties.config),timeRequestSent=signingProperties._requestSentAt,ageHeader=getAgeHeader(httpResponse);config.systemClockOffset=getUpdatedSystemClockOffset(dateHeader,config.systemClockOffset,timeRequestSent,ageHeader)}}};var AwsSdkSigV4ASigner=class extends AwsSdkSigV4Signer{async sign(httpRequest,identity,signingProperties){if(!_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpRequest */ .Kd.isInstance(httpRequest))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let{config,signer,signingRegion,signingRegionSet,signingName}=await validateSigningProperties(signingProperties),multiRegionOverride=(await config.sigv4aSigningRegionSet?.()??signingRegionSet??[signingRegion]).join(","),noSkewCorrection=await config.disableClockSkewCorrection?.()===!0;return signingProperties._disableClockSkewCorrection=noSkewCorrection,noSkewCorrection||(signingProperties._preRequestSystemClockOffset=config.systemClockOffset,signingProperties._requestSentAt=Date.now()),await signer.sign(httpRequest,{signingDate:noSkewCorrection?new Date:getSkewCorrectedDate(config.systemClockOffset),signingRegion:multiRegionOverride,signingService:signingName})}};var getArrayForCommaSeparatedString=str=>typeof str=="string"&&str.length>0?str.split(",").map(item=>item.trim()):[];var getBearerTokenEnvKey=signingName=>`AWS_BEARER_TOKEN_${signingName.replace(/[\s-]/g,"_").toUpperCase()}`;var NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY="AWS_AUTH_SCHEME_PREFERENCE",NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY="auth_scheme_preference",NODE_AUTH_SCHEME_PREFERENCE_OPTIONS={environmentVariableSelector:(env,options)=>{if(options?.signingName&&getBearerTokenEnvKey(options.signingName)in env)return["httpBearerAuth"];if(NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY in env)return getArrayForCommaSeparatedString(env[NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY])},configFileSelector:profile=>{if(NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY in profile)return getArrayForCommaSeparatedString(profile[NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY])},default:[]};var resolveAwsSdkSigV4AConfig=config=>(config.sigv4aSigningRegionSet=(0,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProvider */ .te)(config.sigv4aSigningRegionSet),config),NODE_SIGV4A_CONFIG_OPTIONS={environmentVariableSelector(env){if(env.AWS_SIGV4A_SIGNING_REGION_SET)return env.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(_=>_.trim());throw new _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(profile){if(profile.sigv4a_signing_region_set)return(profile.sigv4a_signing_region_set??"").split(",").map(_=>_.trim());throw new _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ("sigv4a_signing_region_set not set in profile.",{tryNextLink:!0})},default:void 0};var HeaderFormatter=class{format(headers){let chunks=[];for(let headerName in headers){if(!(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOwn */ .$3)(headers,headerName))continue;let bytes=(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .fromUtf8 */ .ar)(headerName);chunks.push(Uint8Array.from([bytes.byteLength]),bytes,this.formatHeaderValue(headers[headerName]))}let out=new Uint8Array(chunks.reduce((carry,bytes)=>carry+bytes.byteLength,0)),position=0;for(let chunk of chunks)out.set(chunk,position),position+=chunk.byteLength;return out}formatHeaderValue(header){switch(header.type){case"boolean":return Uint8Array.from([header.value?0:1]);case"byte":return Uint8Array.from([2,header.value]);case"short":let shortView=new DataView(new ArrayBuffer(3));return shortView.setUint8(0,3),shortView.setInt16(1,header.value,!1),new Uint8Array(shortView.buffer);case"integer":let intView=new DataView(new ArrayBuffer(5));return intView.setUint8(0,4),intView.setInt32(1,header.value,!1),new Uint8Array(intView.buffer);case"long":let longBytes=new Uint8Array(9);return longBytes[0]=5,longBytes.set(header.value.bytes,1),longBytes;case"binary":let binView=new DataView(new ArrayBuffer(3+header.value.byteLength));binView.setUint8(0,6),binView.setUint16(1,header.value.byteLength,!1);let binBytes=new Uint8Array(binView.buffer);return binBytes.set(header.value,3),binBytes;case"string":let utf8Bytes=(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .fromUtf8 */ .ar)(header.value),strView=new DataView(new ArrayBuffer(3+utf8Bytes.byteLength));strView.setUint8(0,7),strView.setUint16(1,utf8Bytes.byteLength,!1);let strBytes=new Uint8Array(strView.buffer);return strBytes.set(utf8Bytes,3),strBytes;case"timestamp":let tsBytes=new Uint8Array(9);return tsBytes[0]=8,tsBytes.set(Int64.fromNumber(header.value.valueOf()).bytes,1),tsBytes;case"uuid":if(!UUID_PATTERN.test(header.value))throw new Error(`Invalid UUID received: ${header.value}`);let uuidBytes=new Uint8Array(17);return uuidBytes[0]=9,uuidBytes.set((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .fromHex */ .aD)(header.value.replace(/-/g,"")),1),uuidBytes}}},HEADER_VALUE_TYPE;(function(HEADER_VALUE_TYPE2){HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.boolTrue=0]="boolTrue",HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.boolFalse=1]="boolFalse",HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.byte=2]="byte",HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.short=3]="short",HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.integer=4]="integer",HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.long=5]="long",HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.byteArray=6]="byteArray",HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.string=7]="string",HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.timestamp=8]="timestamp",HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.uuid=9]="uuid"})(HEADER_VALUE_TYPE||(HEADER_VALUE_TYPE={}));var UUID_PATTERN=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,Int64=class _Int64{bytes;constructor(bytes){if(this.bytes=bytes,bytes.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(number){if(number>9223372036854776e3||number<-9223372036854776e3)throw new Error(`${number} is too large (or, if negative, too small) to represent as an Int64`);let bytes=new Uint8Array(8);for(let i=7,remaining=Math.abs(Math.round(number));i>-1&&remaining>0;i--,remaining/=256)bytes[i]=remaining;return number<0&&negate(bytes),new _Int64(bytes)}valueOf(){let bytes=this.bytes.slice(0),negative=bytes[0]&128;return negative&&negate(bytes),parseInt((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .toHex */ .nj)(bytes),16)*(negative?-1:1)}toString(){return String(this.valueOf())}};function negate(bytes){for(let i=0;i<8;i++)bytes[i]^=255;for(let i=7;i>-1&&(bytes[i]++,bytes[i]===0);i--);}var ALGORITHM_QUERY_PARAM="X-Amz-Algorithm",CREDENTIAL_QUERY_PARAM="X-Amz-Credential",AMZ_DATE_QUERY_PARAM="X-Amz-Date",SIGNED_HEADERS_QUERY_PARAM="X-Amz-SignedHeaders",EXPIRES_QUERY_PARAM="X-Amz-Expires",SIGNATURE_QUERY_PARAM="X-Amz-Signature",TOKEN_QUERY_PARAM="X-Amz-Security-Token";var AUTH_HEADER="authorization",AMZ_DATE_HEADER=AMZ_DATE_QUERY_PARAM.toLowerCase(),DATE_HEADER="date",GENERATED_HEADERS=[AUTH_HEADER,AMZ_DATE_HEADER,DATE_HEADER],SIGNATURE_HEADER=SIGNATURE_QUERY_PARAM.toLowerCase(),SHA256_HEADER="x-amz-content-sha256",TOKEN_HEADER=TOKEN_QUERY_PARAM.toLowerCase();var ALWAYS_UNSIGNABLE_HEADERS={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},PROXY_HEADER_PATTERN=/^proxy-/,SEC_HEADER_PATTERN=/^sec-/;var ALGORITHM_IDENTIFIER="AWS4-HMAC-SHA256";var EVENT_ALGORITHM_IDENTIFIER="AWS4-HMAC-SHA256-PAYLOAD",UNSIGNED_PAYLOAD="UNSIGNED-PAYLOAD",MAX_CACHE_SIZE=50,KEY_TYPE_IDENTIFIER="aws4_request",MAX_PRESIGNED_TTL=3600*24*7;var getCanonicalQuery=({query={}})=>{let keys=[],serialized={};for(let key in query){if(!(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOwn */ .$3)(query,key)||key.toLowerCase()===SIGNATURE_HEADER)continue;let encodedKey=(0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeUri */ .o$)(key);keys.push(encodedKey);let value=query[key];typeof value=="string"?serialized[encodedKey]=`${encodedKey}=${(0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeUri */ .o$)(value)}`:Array.isArray(value)&&(serialized[encodedKey]=value.slice(0).reduce((encoded,value2)=>encoded.concat([`${encodedKey}=${(0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeUri */ .o$)(value2)}`]),[]).sort().join("&"))}return keys.sort().map(key=>serialized[key]).filter(serialized2=>serialized2).join("&")};var iso8601=time=>toDate(time).toISOString().replace(/\.\d{3}Z$/,"Z"),toDate=time=>typeof time=="number"?new Date(time*1e3):typeof time=="string"?Number(time)?new Date(Number(time)*1e3):new Date(time):time;var SignatureV4Base=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum,credentials,region,service,sha256,uriEscapePath=!0}){this.service=service,this.sha256=sha256,this.uriEscapePath=uriEscapePath,this.applyChecksum=typeof applyChecksum=="boolean"?applyChecksum:!0,this.regionProvider=(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeProvider */ .te)(region),this.credentialProvider=(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeProvider */ .te)(credentials)}createCanonicalRequest(request,canonicalHeaders,payloadHash){let sortedHeaders=Object.keys(canonicalHeaders).sort();return`${request.method}
${this.getCanonicalPath(request)}
${getCanonicalQuery(request)}
${sortedHeaders.map(name=>`${name}:${canonicalHeaders[name]}`).join(`
`)}

${sortedHeaders.join(";")}
${payloadHash}`}async createStringToSign(longDate,credentialScope,canonicalRequest,algorithmIdentifier){let hash=new this.sha256;hash.update((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .toUint8Array */ .Fo)(canonicalRequest));let hashedRequest=await hash.digest();return`${algorithmIdentifier}
${longDate}
${credentialScope}
${(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .toHex */ .nj)(hashedRequest)}`}getCanonicalPath({path}){if(this.uriEscapePath){let normalizedPathSegments=[];for(let pathSegment of path.split("/"))pathSegment?.length!==0&&pathSegment!=="."&&(pathSegment===".."?normalizedPathSegments.pop():normalizedPathSegments.push(pathSegment));let normalizedPath=`${path?.startsWith("/")?"/":""}${normalizedPathSegments.join("/")}${normalizedPathSegments.length>0&&path?.endsWith("/")?"/":""}`;return (0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeUri */ .o$)(normalizedPath).replace(/%2F/g,"/")}return path}validateResolvedCredentials(credentials){if(typeof credentials!="object"||typeof credentials.accessKeyId!="string"||typeof credentials.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(now){let longDate=iso8601(now).replace(/[-:]/g,"");return{longDate,shortDate:longDate.slice(0,8)}}getCanonicalHeaderList(headers){return Object.keys(headers).sort().join(";")}};var signingKeyCache={},cacheQueue=[],createScope=(shortDate,region,service)=>`${shortDate}/${region}/${service}/${KEY_TYPE_IDENTIFIER}`,getSigningKey=async(sha256Constructor,credentials,shortDate,region,service)=>{let credsHash=await hmac(sha256Constructor,credentials.secretAccessKey,credentials.accessKeyId),cacheKey=`${shortDate}:${region}:${service}:${(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .toHex */ .nj)(credsHash)}:${credentials.sessionToken}`;if(cacheKey in signingKeyCache)return signingKeyCache[cacheKey];for(cacheQueue.push(cacheKey);cacheQueue.length>MAX_CACHE_SIZE;)delete signingKeyCache[cacheQueue.shift()];let key=`AWS4${credentials.secretAccessKey}`;for(let signable of[shortDate,region,service,KEY_TYPE_IDENTIFIER])key=await hmac(sha256Constructor,key,signable);return signingKeyCache[cacheKey]=key};var hmac=(ctor,secret,data)=>{let hash=new ctor(secret);return hash.update((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .toUint8Array */ .Fo)(data)),hash.digest()};var getCanonicalHeaders=({headers},unsignableHeaders,signableHeaders)=>{let canonical={};for(let headerName of Object.keys(headers).sort()){if(headers[headerName]==null)continue;let canonicalHeaderName=headerName.toLowerCase();((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOwn */ .$3)(ALWAYS_UNSIGNABLE_HEADERS,canonicalHeaderName)||unsignableHeaders?.has(canonicalHeaderName)||PROXY_HEADER_PATTERN.test(canonicalHeaderName)||SEC_HEADER_PATTERN.test(canonicalHeaderName))&&(!signableHeaders||signableHeaders&&!signableHeaders.has(canonicalHeaderName))||(canonicalHeaderName==="__proto__"&&(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .writeKey */ .TE)(canonical),canonical[canonicalHeaderName]=headers[headerName].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return canonical};var getPayloadHash=async({headers,body},hashConstructor)=>{for(let headerName in headers)if((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOwn */ .$3)(headers,headerName)&&headerName.toLowerCase()===SHA256_HEADER)return headers[headerName];if(body==null)return"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof body=="string"||ArrayBuffer.isView(body)||(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .isArrayBuffer */ .mw)(body)){let hashCtor=new hashConstructor;return hashCtor.update((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .toUint8Array */ .Fo)(body)),(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .toHex */ .nj)(await hashCtor.digest())}return UNSIGNED_PAYLOAD};var hasHeader=(soughtHeader,headers)=>{soughtHeader=soughtHeader.toLowerCase();for(let headerName in headers)if((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOwn */ .$3)(headers,headerName)&&soughtHeader===headerName.toLowerCase())return!0;return!1};var moveHeadersToQuery=(request,options={})=>{let{headers,query={}}=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpRequest */ .Kd.clone(request);for(let name in headers){if(!(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOwn */ .$3)(headers,name))continue;let lname=name.toLowerCase();(lname.slice(0,6)==="x-amz-"&&!options.unhoistableHeaders?.has(lname)||options.hoistableHeaders?.has(lname))&&(query[name]=headers[name],delete headers[name])}return{...request,headers,query}};var prepareRequest=request=>{request=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpRequest */ .Kd.clone(request);for(let headerName in request.headers)(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOwn */ .$3)(request.headers,headerName)&&GENERATED_HEADERS.indexOf(headerName.toLowerCase())>-1&&delete request.headers[headerName];return request};var SignatureV4=class extends SignatureV4Base{headerFormatter=new HeaderFormatter;constructor({applyChecksum,credentials,region,service,sha256,uriEscapePath=!0}){super({applyChecksum,credentials,region,service,sha256,uriEscapePath})}async presign(originalRequest,options={}){let{signingDate=new Date,expiresIn=3600,unsignableHeaders,unhoistableHeaders,signableHeaders,hoistableHeaders,signingRegion,signingService}=options,credentials=await this.credentialProvider();this.validateResolvedCredentials(credentials);let region=signingRegion??await this.regionProvider(),{longDate,shortDate}=this.formatDate(signingDate);if(expiresIn>MAX_PRESIGNED_TTL)return Promise.reject("Signature version 4 presigned URLs must have an expiration date less than one week in the future");let scope=createScope(shortDate,region,signingService??this.service),request=moveHeadersToQuery(prepareRequest(originalRequest),{unhoistableHeaders,hoistableHeaders});credentials.sessionToken&&(request.query[TOKEN_QUERY_PARAM]=credentials.sessionToken),request.query[ALGORITHM_QUERY_PARAM]=ALGORITHM_IDENTIFIER,request.query[CREDENTIAL_QUERY_PARAM]=`${credentials.accessKeyId}/${scope}`,request.query[AMZ_DATE_QUERY_PARAM]=longDate,request.query[EXPIRES_QUERY_PARAM]=expiresIn.toString(10);let canonicalHeaders=getCanonicalHeaders(request,unsignableHeaders,signableHeaders);return request.query[SIGNED_HEADERS_QUERY_PARAM]=this.getCanonicalHeaderList(canonicalHeaders),request.query[SIGNATURE_QUERY_PARAM]=await this.getSignature(longDate,scope,this.getSigningKey(credentials,region,shortDate,signingService),this.createCanonicalRequest(request,canonicalHeaders,await getPayloadHash(originalRequest,this.sha256))),request}async sign(toSign,options){return typeof toSign=="string"?this.signString(toSign,options):toSign.headers&&toSign.payload?this.signEvent(toSign,options):toSign.message?this.signMessage(toSign,options):this.signRequest(toSign,options)}async signEvent({headers,payload},{signingDate=new Date,priorSignature,signingRegion,signingService,eventStreamCredentials}){let region=signingRegion??await this.regionProvider(),{shortDate,longDate}=this.formatDate(signingDate),scope=createScope(shortDate,region,signingService??this.service),hashedPayload=await getPayloadHash({headers:{},body:payload},this.sha256),hash=new this.sha256;hash.update(headers);let hashedHeaders=(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .toHex */ .nj)(await hash.digest()),stringToSign=[EVENT_ALGORITHM_IDENTIFIER,longDate,scope,priorSignature,hashedHeaders,hashedPayload].join(`
`);return this.signString(stringToSign,{signingDate,signingRegion:region,signingService,eventStreamCredentials})}async signMessage(signableMessage,{signingDate=new Date,signingRegion,signingService,eventStreamCredentials}){return this.signEvent({headers:this.headerFormatter.format(signableMessage.message.headers),payload:signableMessage.message.body},{signingDate,signingRegion,signingService,priorSignature:signableMessage.priorSignature,eventStreamCredentials}).then(signature=>({message:signableMessage.message,signature}))}async signString(stringToSign,{signingDate=new Date,signingRegion,signingService,eventStreamCredentials}={}){let credentials=eventStreamCredentials??await this.credentialProvider();this.validateResolvedCredentials(credentials);let region=signingRegion??await this.regionProvider(),{shortDate}=this.formatDate(signingDate),hash=new this.sha256(await this.getSigningKey(credentials,region,shortDate,signingService));return hash.update((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .toUint8Array */ .Fo)(stringToSign)),(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .toHex */ .nj)(await hash.digest())}async signRequest(requestToSign,{signingDate=new Date,signableHeaders,unsignableHeaders,signingRegion,signingService}={}){let credentials=await this.credentialProvider();this.validateResolvedCredentials(credentials);let region=signingRegion??await this.regionProvider(),request=prepareRequest(requestToSign),{longDate,shortDate}=this.formatDate(signingDate),scope=createScope(shortDate,region,signingService??this.service);request.headers[AMZ_DATE_HEADER]=longDate,credentials.sessionToken&&(request.headers[TOKEN_HEADER]=credentials.sessionToken);let payloadHash=await getPayloadHash(request,this.sha256);!hasHeader(SHA256_HEADER,request.headers)&&this.applyChecksum&&(request.headers[SHA256_HEADER]=payloadHash);let canonicalHeaders=getCanonicalHeaders(request,unsignableHeaders,signableHeaders),signature=await this.getSignature(longDate,scope,this.getSigningKey(credentials,region,shortDate,signingService),this.createCanonicalRequest(request,canonicalHeaders,payloadHash));return request.headers[AUTH_HEADER]=`${ALGORITHM_IDENTIFIER} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${this.getCanonicalHeaderList(canonicalHeaders)}, Signature=${signature}`,request}async getSignature(longDate,credentialScope,keyPromise,canonicalRequest){let stringToSign=await this.createStringToSign(longDate,credentialScope,canonicalRequest,ALGORITHM_IDENTIFIER),hash=new this.sha256(await keyPromise);return hash.update((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .toUint8Array */ .Fo)(stringToSign)),(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .toHex */ .nj)(await hash.digest())}getSigningKey(credentials,region,shortDate,service){return getSigningKey(this.sha256,credentials,shortDate,region,service||this.service)}};var signatureV4aContainer={SignatureV4a:null};var bindResolveAwsSdkSigV4Config=defaultDisableClockSkewCorrection=>config=>{let inputCredentials=config.credentials,isUserSupplied=!!config.credentials,resolvedCredentials;Object.defineProperty(config,"credentials",{set(credentials){credentials&&credentials!==inputCredentials&&credentials!==resolvedCredentials&&(isUserSupplied=!0),inputCredentials=credentials;let memoizedProvider=normalizeCredentialProvider(config,{credentials:inputCredentials,credentialDefaultProvider:config.credentialDefaultProvider}),boundProvider=bindCallerConfig(config,memoizedProvider);if(isUserSupplied&&!boundProvider.attributed){let isCredentialObject=typeof inputCredentials=="object"&&inputCredentials!==null;resolvedCredentials=async options=>{let attributedCreds=await boundProvider(options);return isCredentialObject&&(!attributedCreds.$source||Object.keys(attributedCreds.$source).length===0)?(0,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .setCredentialFeature */ .gD)(attributedCreds,"CREDENTIALS_CODE","e"):attributedCreds},resolvedCredentials.memoized=boundProvider.memoized,resolvedCredentials.configBound=boundProvider.configBound,resolvedCredentials.attributed=!0}else resolvedCredentials=boundProvider},get(){return resolvedCredentials},enumerable:!0,configurable:!0}),config.credentials=inputCredentials;let{signingEscapePath=!0,systemClockOffset=config.systemClockOffset||0,sha256}=config,signer;return config.signer?signer=(0,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProvider */ .te)(config.signer):config.regionInfoProvider?signer=()=>(0,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProvider */ .te)(config.region)().then(async region=>[await config.regionInfoProvider(region,{useFipsEndpoint:await config.useFipsEndpoint(),useDualstackEndpoint:await config.useDualstackEndpoint()})||{},region]).then(([regionInfo,region])=>{let{signingRegion,signingService}=regionInfo;config.signingRegion=config.signingRegion||signingRegion||region,config.signingName=config.signingName||signingService||config.serviceId;let params={...config,credentials:config.credentials,region:config.signingRegion,service:config.signingName,sha256,uriEscapePath:signingEscapePath},SignerCtor=config.signerConstructor||SignatureV4;return new SignerCtor(params)}):signer=async authScheme=>{authScheme=Object.assign({},{name:"sigv4",signingName:config.signingName||config.defaultSigningName,signingRegion:await (0,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProvider */ .te)(config.region)(),properties:{}},authScheme);let signingRegion=authScheme.signingRegion,signingService=authScheme.signingName;config.signingRegion=config.signingRegion||signingRegion,config.signingName=config.signingName||signingService||config.serviceId;let params={...config,credentials:config.credentials,region:config.signingRegion,service:config.signingName,sha256,uriEscapePath:signingEscapePath},SignerCtor=config.signerConstructor||SignatureV4;return new SignerCtor(params)},Object.assign(config,{systemClockOffset,signingEscapePath,signer,disableClockSkewCorrection:(0,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProvider */ .te)(config.disableClockSkewCorrection??defaultDisableClockSkewCorrection)})};function normalizeCredentialProvider(config,{credentials,credentialDefaultProvider}){let credentialsProvider;return credentials?credentials?.memoized?credentialsProvider=credentials:credentialsProvider=(0,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .memoizeIdentityProvider */ .K4)(credentials,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .isIdentityExpired */ .OC,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .doesIdentityRequireRefresh */ .e):credentialDefaultProvider?credentialsProvider=(0,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProvider */ .te)(credentialDefaultProvider(Object.assign({},config,{parentClientConfig:config}))):credentialsProvider=async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},credentialsProvider.memoized=!0,credentialsProvider}function bindCallerConfig(config,credentialsProvider){if(credentialsProvider.configBound)return credentialsProvider;let fn=async options=>credentialsProvider({...options,callerClientConfig:config});return fn.memoized=credentialsProvider.memoized,fn.configBound=!0,fn}var ENV_DISABLE_CLOCK_SKEW_CORRECTION="AWS_DISABLE_CLOCK_SKEW_CORRECTION",CONFIG_DISABLE_CLOCK_SKEW_CORRECTION="disable_clock_skew_correction",NODE_DISABLE_CLOCK_SKEW_CORRECTION_CONFIG_OPTIONS={environmentVariableSelector:env=>(0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanSelector */ .Qm)(env,ENV_DISABLE_CLOCK_SKEW_CORRECTION,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .SelectorType */ .cV.ENV),configFileSelector:profile=>(0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanSelector */ .Qm)(profile,CONFIG_DISABLE_CLOCK_SKEW_CORRECTION,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .SelectorType */ .cV.CONFIG),default:!1};var DEFAULT_DISABLE_CLOCK_SKEW_CORRECTION=(0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(NODE_DISABLE_CLOCK_SKEW_CORRECTION_CONFIG_OPTIONS);var resolveAwsSdkSigV4Config=bindResolveAwsSdkSigV4Config(DEFAULT_DISABLE_CLOCK_SKEW_CORRECTION);var ProtocolLib=class{queryCompat;errorRegistry;constructor(queryCompat=!1){this.queryCompat=queryCompat}resolveRestContentType(defaultContentType,inputSchema){let members=inputSchema.getMemberSchemas(),httpPayloadMember=Object.values(members).find(m=>!!m.getMergedTraits().httpPayload);if(httpPayloadMember){let mediaType=httpPayloadMember.getMergedTraits().mediaType;return mediaType||(httpPayloadMember.isStringSchema()?"text/plain":httpPayloadMember.isBlobSchema()?"application/octet-stream":defaultContentType)}else if(!inputSchema.isUnitSchema()&&Object.values(members).find(m=>{let{httpQuery,httpQueryParams,httpHeader,httpLabel,httpPrefixHeaders}=m.getMergedTraits();return!httpQuery&&!httpQueryParams&&!httpHeader&&!httpLabel&&httpPrefixHeaders===void 0}))return defaultContentType}async getErrorSchemaOrThrowBaseException(errorIdentifier,defaultNamespace,response,dataObject,metadata,getErrorSchema){let errorName=errorIdentifier;errorIdentifier.includes("#")&&([,errorName]=errorIdentifier.split("#"));let errorMetadata={$metadata:metadata,$fault:response.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");try{return{errorSchema:getErrorSchema?.(this.errorRegistry,errorName)??this.errorRegistry.getSchema(errorIdentifier),errorMetadata}}catch{dataObject.message=dataObject.message??dataObject.Message??"UnknownError";let synthetic=this.errorRegistry,baseExceptionSchema=synthetic.getBaseException();if(baseExceptionSchema){let ErrorCtor=synthetic.getErrorCtor(baseExceptionSchema)??Error;throw this.decorateServiceException(Object.assign(new ErrorCtor({name:errorName}),errorMetadata),dataObject)}let d=dataObject,message=d?.message??d?.Message??d?.Error?.Message??d?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(message),{name:errorName},errorMetadata),dataObject)}}compose(composite,errorIdentifier,defaultNamespace){let namespace=defaultNamespace;errorIdentifier.includes("#")&&([namespace]=errorIdentifier.split("#"));let staticRegistry=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .TypeRegistry */ .OF.for(namespace),defaultSyntheticRegistry=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .TypeRegistry */ .OF.for("smithy.ts.sdk.synthetic."+defaultNamespace);composite.copyFrom(staticRegistry),composite.copyFrom(defaultSyntheticRegistry),this.errorRegistry=composite}decorateServiceException(exception,additions={}){if(this.queryCompat){let msg=exception.Message??additions.Message,error=(0,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .decorateServiceException */ .Mw)(exception,additions);msg&&(error.message=msg);let errorObj=error.Error??{};errorObj.Type=error.Error?.Type,errorObj.Code=error.Error?.Code,errorObj.Message=error.Error?.message??error.Error?.Message??msg,error.Error=errorObj;let reqId=error.$metadata.requestId;return reqId&&(error.RequestId=reqId),error}return (0,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .decorateServiceException */ .Mw)(exception,additions)}setQueryCompatError(output,response){let queryErrorHeader=response.headers?.["x-amzn-query-error"];if(output!==void 0&&queryErrorHeader!=null){let[Code,Type]=queryErrorHeader.split(";"),keys=Object.keys(output),Error2={Code,Type};output.Code=Code,output.Type=Type;for(let i=0;i<keys.length;i++){let k=keys[i];Error2[k==="message"?"Message":k]=output[k]}delete Error2.__type,output.Error=Error2}}queryCompatOutput(queryCompatErrorData,errorData){queryCompatErrorData.Error&&(errorData.Error=queryCompatErrorData.Error),queryCompatErrorData.Type&&(errorData.Type=queryCompatErrorData.Type),queryCompatErrorData.Code&&(errorData.Code=queryCompatErrorData.Code)}findQueryCompatibleError(registry,errorName){try{return registry.getSchema(errorName)}catch{return registry.find(schema=>_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .NormalizedSchema */ .l1.of(schema).getMergedTraits().awsQueryError?.[0]===errorName)}}};var AwsJsonRpcProtocol=class extends _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .RpcProtocol */ .Mp{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace,errorTypeRegistries,serviceTarget,awsQueryCompatible,jsonCodec}){super({defaultNamespace,errorTypeRegistries}),this.serviceTarget=serviceTarget,this.codec=jsonCodec??new _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonCodec2 */ .pl({timestampFormat:{useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!awsQueryCompatible,this.mixin=new ProtocolLib(this.awsQueryCompatible)}async serializeRequest(operationSchema,input,context){let request=await super.serializeRequest(operationSchema,input,context);return request.path.endsWith("/")||(request.path+="/"),request.headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,request.headers["x-amz-target"]=`${this.serviceTarget}.${operationSchema.name}`,this.awsQueryCompatible&&(request.headers["x-amzn-query-mode"]="true"),((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(operationSchema.input)==="unit"||!request.body)&&(request.body="{}"),request}getPayloadCodec(){return this.codec}async handleError(operationSchema,context,response,dataObject,metadata){let{awsQueryCompatible}=this;awsQueryCompatible&&this.mixin.setQueryCompatError(dataObject,response);let errorIdentifier=(0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .loadJsonRpcErrorCode */ .rh)(response,dataObject,awsQueryCompatible)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,errorIdentifier,this.options.defaultNamespace);let{errorSchema,errorMetadata}=await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier,this.options.defaultNamespace,response,dataObject,metadata,awsQueryCompatible?this.mixin.findQueryCompatibleError:void 0),ns=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .NormalizedSchema */ .l1.of(errorSchema),message=dataObject.message??dataObject.Message??"UnknownError",ErrorCtor=this.compositeErrorRegistry.getErrorCtor(errorSchema)??Error,exception=new ErrorCtor({}),output={},errorDeserializer=this.codec.createDeserializer();for(let[name,member]of ns.structIterator())dataObject[name]!=null&&(output[name]=errorDeserializer.readObject(member,dataObject[name]));throw awsQueryCompatible&&this.mixin.queryCompatOutput(dataObject,output),this.mixin.decorateServiceException(Object.assign(exception,errorMetadata,{$fault:ns.getMergedTraits().error,message},output),dataObject)}};var AwsJson1_1Protocol=class extends AwsJsonRpcProtocol{constructor({defaultNamespace,errorTypeRegistries,serviceTarget,awsQueryCompatible,jsonCodec}){super({defaultNamespace,errorTypeRegistries,serviceTarget,awsQueryCompatible,jsonCodec})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){return"application/x-amz-json-1.1"}};var AwsRestJsonProtocol=class extends _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpBindingProtocol */ .sM{serializer;deserializer;codec;mixin=new ProtocolLib;constructor({defaultNamespace,errorTypeRegistries,jsonCodec}){super({defaultNamespace,errorTypeRegistries});let settings={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=jsonCodec??new _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonCodec2 */ .pl(settings),this.serializer=new _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpInterceptingShapeSerializer */ ._2(this.codec.createSerializer(),settings),this.deserializer=new _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpInterceptingShapeDeserializer */ .zS(this.codec.createDeserializer(),settings)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){return this.codec}setSerdeContext(serdeContext){this.codec.setSerdeContext(serdeContext),super.setSerdeContext(serdeContext)}async serializeRequest(operationSchema,input,context){let request=await super.serializeRequest(operationSchema,input,context),inputSchema=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .NormalizedSchema */ .l1.of(operationSchema.input);if(!request.headers["content-type"]){let contentType=this.mixin.resolveRestContentType(this.getDefaultContentType(),inputSchema);contentType&&(request.headers["content-type"]=contentType)}return request.body==null&&request.headers["content-type"]===this.getDefaultContentType()&&(request.body="{}"),request}async deserializeResponse(operationSchema,context,response){let output=await super.deserializeResponse(operationSchema,context,response),outputSchema=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .NormalizedSchema */ .l1.of(operationSchema.output);for(let[name,member]of outputSchema.structIterator())member.getMemberTraits().httpPayload&&!(name in output)&&(output[name]=null);return output}async handleError(operationSchema,context,response,dataObject,metadata){let errorIdentifier=(0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .loadRestJsonErrorCode */ .cJ)(response,dataObject)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,errorIdentifier,this.options.defaultNamespace);let{errorSchema,errorMetadata}=await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier,this.options.defaultNamespace,response,dataObject,metadata),ns=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .NormalizedSchema */ .l1.of(errorSchema),message=dataObject.message??dataObject.Message??"UnknownError",ErrorCtor=this.compositeErrorRegistry.getErrorCtor(errorSchema)??Error,exception=new ErrorCtor({});await this.deserializeHttpMessage(errorSchema,context,response,dataObject);let output={},errorDeserializer=this.codec.createDeserializer();for(let[name,member]of ns.structIterator()){let target=member.getMergedTraits().jsonName??name;output[name]=errorDeserializer.readObject(member,dataObject[target])}throw this.mixin.decorateServiceException(Object.assign(exception,errorMetadata,{$fault:ns.getMergedTraits().error,message},output),dataObject)}getDefaultContentType(){return"application/json"}};function writeKey2(obj){Object.defineProperty(obj,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function parseXML(xml){return new AwsXmlParser(xml).parse()}var AwsXmlParser=class _AwsXmlParser{x;i=0;z;constructor(x){this.x=x,this.x=x.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let p=this,{z}=p;for(;p.i<z&&(p.trim(),!(p.i>=z));)if(p.isNext("<?"))p.readTo("?>"),p.trim();else if(p.isNext("<!--"))p.readTo("-->"),p.trim();else if(p.isNext("<!DOCTYPE",!1))p.skipDoctype(),p.trim();else if(p.x[p.i]==="<"){let root=p.parseTag();return{[root.tag]:root.value}}else throw new Error("@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(s,caseSensitive=!0){let p=this;return caseSensitive?p.x.startsWith(s,p.i):p.x.toLowerCase().startsWith(s.toLowerCase(),p.i)}readTo(stop){let p=this,_i=p.x.indexOf(stop,p.i);if(_i===-1)throw new Error(`@aws-sdk XML parse error: expected "${stop}" not found.`);let result=p.x.slice(p.i,_i);return p.i=_i+stop.length,result}trim(){let p=this;for(;p.i<p.z&&` 	\r
`.includes(p.x[p.i]);)++p.i}readAttrValue(){let p=this,quote=p.x[p.i];++p.i;let value="";for(;p.i<p.z&&p.x[p.i]!==quote;)value+=p.x[p.i++];return++p.i,p.decodeEntities(value)}parseTag(){let p=this;++p.i;let tag="";for(;p.i<p.z&&!` 	\r
>/`.includes(p.x[p.i]);)tag+=p.x[p.i++];let hasAttrs=!1,attrs={};for(;p.i<p.z&&(p.trim(),!">/".includes(p.x[p.i]));){let name="";for(;p.i<p.z&&!`= 	\r
>/?`.includes(p.x[p.i]);)name+=p.x[p.i++];if(p.trim(),p.x[p.i]!=="=")break;++p.i,p.trim(),name==="__proto__"&&writeKey2(attrs),attrs[name]=p.readAttrValue(),hasAttrs=!0}if(p.i>=p.z)throw new Error("@aws-sdk XML parse error: unexpected end of input.");if(p.x[p.i]==="/"){if(++p.i,p.i>=p.z||p.x[p.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of self-closing tag.");return++p.i,{tag,value:hasAttrs?attrs:""}}if(p.x[p.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of opening tag.");++p.i;let textParts=[],childTags=[],hasElementChild=!1;for(;p.i<p.z&&!p.isNext("</");)if(p.x[p.i]==="<")p.isNext("<!--")?p.readTo("-->"):p.isNext("<![CDATA[")?(p.i+=9,textParts.push(p.readTo("]]>"))):p.isNext("<?")?p.readTo("?>"):(hasElementChild=!0,childTags.push(p.parseTag()));else{let text="";for(;p.i<p.z&&p.x[p.i]!=="<";)text+=p.x[p.i++];textParts.push(p.decodeEntities(text))}if(!p.isNext("</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${tag}>.`);p.i+=2;let closeTag=p.readTo(">").trim();if(closeTag!==tag)throw new Error(`@aws-sdk XML parse error: mismatched tags <${tag}> and </${closeTag}>.`);if(!hasAttrs&&textParts.length===0&&!hasElementChild)return{tag,value:""};if(!hasAttrs&&!hasElementChild){let text=textParts.length===1?textParts[0]:textParts.join("");return text.trim()===""&&text.includes(`
`)?{tag,value:""}:{tag,value:text}}let obj={};for(let text of textParts)text.trim()===""&&text.includes(`
`)||(obj["#text"]="#text"in obj?obj["#text"]+text:text);for(let child of childTags)child.tag==="__proto__"&&writeKey2(obj),child.tag in obj?Array.isArray(obj[child.tag])?obj[child.tag].push(child.value):obj[child.tag]=[obj[child.tag],child.value]:obj[child.tag]=child.value;for(let[k,v]of Object.entries(attrs))k==="__proto__"&&writeKey2(obj),obj[k]=v;return{tag,value:obj}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"'"};skipDoctype(){let p=this;p.i+=9;let depth=0;for(;p.i<p.z;){let c=p.x[p.i];if(c==="[")++depth;else if(c==="]")--depth;else if(c===">"&&depth===0){++p.i;return}++p.i}throw new Error("@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(s){return s.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(_,hex,dec,named)=>hex?String.fromCharCode(parseInt(hex,16)):dec?String.fromCharCode(parseInt(dec,10)):_AwsXmlParser.ENTITIES[named]??"")}};var SerdeContextConfig=class{serdeContext;setSerdeContext(serdeContext){this.serdeContext=serdeContext}};var UnionSerde=class{from;to;keys;constructor(from,to){this.from=from,this.to=to;let keys=Object.keys(this.from),set=new Set(keys);set.delete("__type"),this.keys=set}mark(key){this.keys.delete(key)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let k=this.keys.values().next().value,v=this.from[k];this.to.$unknown=[k,v]}}};function writeKey3(obj){Object.defineProperty(obj,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var XmlShapeDeserializer=class extends SerdeContextConfig{settings;stringDeserializer;constructor(settings){super(),this.settings=settings,this.stringDeserializer=new _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .FromStringShapeDeserializer */ .k(settings)}setSerdeContext(serdeContext){this.serdeContext=serdeContext,this.stringDeserializer.setSerdeContext(serdeContext)}read(schema,bytes,key){let ns=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .NormalizedSchema */ .l1.of(schema),memberSchemas=ns.getMemberSchemas();if(ns.isStructSchema()&&ns.isMemberSchema()&&!!Object.values(memberSchemas).find(memberNs=>!!memberNs.getMemberTraits().eventPayload)){let output={},memberName=Object.keys(memberSchemas)[0];return memberSchemas[memberName].isBlobSchema()?output[memberName]=bytes:output[memberName]=this.read(memberSchemas[memberName],bytes),output}let xmlString=(this.serdeContext?.utf8Encoder??_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .toUtf8 */ .Pq)(bytes),parsedObject=this.parseXml(xmlString);return this.readSchema(schema,key?parsedObject[key]:parsedObject)}readSchema(_schema,value){let ns=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .NormalizedSchema */ .l1.of(_schema);if(ns.isUnitSchema())return;let traits=ns.getMergedTraits();if(ns.isListSchema()&&!Array.isArray(value))return this.readSchema(ns,[value]);if(value==null)return value;if(typeof value=="object"){let flat=!!traits.xmlFlattened;if(ns.isListSchema()){let listValue=ns.getValueSchema(),buffer2=[],sourceKey=listValue.getMergedTraits().xmlName??"member",source=flat?value:(value[0]??value)[sourceKey];if(source==null)return buffer2;let sourceArray=Array.isArray(source)?source:[source];for(let v of sourceArray)buffer2.push(this.readSchema(listValue,v));return buffer2}let buffer={};if(ns.isMapSchema()){let keyNs=ns.getKeySchema(),memberNs=ns.getValueSchema(),entries;flat?entries=Array.isArray(value)?value:[value]:entries=Array.isArray(value.entry)?value.entry:[value.entry];let keyProperty=keyNs.getMergedTraits().xmlName??"key",valueProperty=memberNs.getMergedTraits().xmlName??"value";for(let entry of entries){let key=entry[keyProperty],value2=entry[valueProperty];key==="__proto__"&&writeKey3(buffer),buffer[key]=this.readSchema(memberNs,value2)}return buffer}if(ns.isStructSchema()){let union=ns.isUnionSchema(),unionSerde;union&&(unionSerde=new UnionSerde(value,buffer));for(let[memberName,memberSchema]of ns.structIterator()){let memberTraits=memberSchema.getMergedTraits(),xmlObjectKey=memberTraits.httpPayload?memberTraits.xmlName??memberSchema.getName():memberSchema.getMemberTraits().xmlName??memberName;union&&unionSerde.mark(xmlObjectKey),value[xmlObjectKey]!=null&&(buffer[memberName]=this.readSchema(memberSchema,value[xmlObjectKey]))}return union&&unionSerde.writeUnknown(),buffer}if(ns.isDocumentSchema())return value;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${ns.getName(!0)}`)}return ns.isListSchema()?[]:ns.isMapSchema()||ns.isStructSchema()?{}:this.stringDeserializer.read(ns,value)}parseXml(xml){if(xml.length){let parsedObj;try{parsedObj=parseXML(xml)}catch(e){throw e&&typeof e=="object"&&Object.defineProperty(e,"$responseBodyText",{value:xml}),e}let textNodeName="#text",key=Object.keys(parsedObj)[0],parsedObjToReturn=parsedObj[key];return parsedObjToReturn[textNodeName]&&(parsedObjToReturn[key]=parsedObjToReturn[textNodeName],delete parsedObjToReturn[textNodeName]),(0,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .getValueFromTextNode */ .rm)(parsedObjToReturn)}return{}}};var QueryShapeSerializer=class extends SerdeContextConfig{settings;buffer;constructor(settings){super(),this.settings=settings}write(schema,value,prefix=""){this.buffer===void 0&&(this.buffer="");let ns=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .NormalizedSchema */ .l1.of(schema);if(prefix&&!prefix.endsWith(".")&&(prefix+="."),ns.isBlobSchema())(typeof value=="string"||value instanceof Uint8Array)&&(this.writeKey(prefix),this.writeValue((this.serdeContext?.base64Encoder??_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .toBase64 */ .nk)(value)));else if(ns.isBooleanSchema()||ns.isNumericSchema()||ns.isStringSchema())value!=null?(this.writeKey(prefix),this.writeValue(String(value))):ns.isIdempotencyToken()&&(this.writeKey(prefix),this.writeValue((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .generateIdempotencyToken */ .ec)()));else if(ns.isBigIntegerSchema())value!=null&&(this.writeKey(prefix),this.writeValue(String(value)));else if(ns.isBigDecimalSchema())value!=null&&(this.writeKey(prefix),this.writeValue(value instanceof _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .NumericValue */ .Dv?value.string:String(value)));else if(ns.isTimestampSchema()){if(value instanceof Date)switch(this.writeKey(prefix),(0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .determineTimestampFormat */ .Vm)(ns,this.settings)){case 5:this.writeValue(value.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .dateToUtcString */ .JV)(value));break;case 7:this.writeValue(String(value.getTime()/1e3));break}}else if(ns.isDocumentSchema())Array.isArray(value)?this.write(79,value,prefix):value instanceof Date?this.write(4,value,prefix):value instanceof Uint8Array?this.write(21,value,prefix):value&&typeof value=="object"?this.write(143,value,prefix):(this.writeKey(prefix),this.writeValue(String(value)));else if(ns.isListSchema()){if(Array.isArray(value))if(value.length===0)this.settings.serializeEmptyLists&&(this.writeKey(prefix),this.writeValue(""));else{let member=ns.getValueSchema(),flat=this.settings.flattenLists||ns.getMergedTraits().xmlFlattened,i=1;for(let item of value){if(item==null)continue;let traits=member.getMergedTraits(),suffix=this.getKey("member",traits.xmlName,traits.ec2QueryName),key=flat?`${prefix}${i}`:`${prefix}${suffix}.${i}`;this.write(member,item,key),++i}}}else if(ns.isMapSchema()){if(value&&typeof value=="object"){let keySchema=ns.getKeySchema(),memberSchema=ns.getValueSchema(),flat=ns.getMergedTraits().xmlFlattened,i=1;for(let k in value){let v=value[k];if(v==null)continue;let keyTraits=keySchema.getMergedTraits(),keySuffix=this.getKey("key",keyTraits.xmlName,keyTraits.ec2QueryName),key=flat?`${prefix}${i}.${keySuffix}`:`${prefix}entry.${i}.${keySuffix}`,valTraits=memberSchema.getMergedTraits(),valueSuffix=this.getKey("value",valTraits.xmlName,valTraits.ec2QueryName),valueKey=flat?`${prefix}${i}.${valueSuffix}`:`${prefix}entry.${i}.${valueSuffix}`;this.write(keySchema,k,key),this.write(memberSchema,v,valueKey),++i}}}else if(ns.isStructSchema()){if(value&&typeof value=="object"){let didWriteMember=!1;for(let[memberName,member]of ns.structIterator()){if(value[memberName]==null&&!member.isIdempotencyToken())continue;let traits=member.getMergedTraits(),suffix=this.getKey(memberName,traits.xmlName,traits.ec2QueryName,"struct"),key=`${prefix}${suffix}`;this.write(member,value[memberName],key),didWriteMember=!0}if(!didWriteMember&&ns.isUnionSchema()){let{$unknown}=value;if(Array.isArray($unknown)){let[k,v]=$unknown,key=`${prefix}${k}`;this.write(15,v,key)}}}}else if(!ns.isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${ns.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error("@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let str=this.buffer;return delete this.buffer,str}getKey(memberName,xmlName,ec2QueryName,keySource){let{ec2,capitalizeKeys}=this.settings;if(ec2&&ec2QueryName)return ec2QueryName;let key=xmlName??memberName;return capitalizeKeys&&keySource==="struct"?key[0].toUpperCase()+key.slice(1):key}writeKey(key){key.endsWith(".")&&(key=key.slice(0,key.length-1)),this.buffer+=`&${(0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .extendedEncodeURIComponent */ .$6)(key)}=`}writeValue(value){this.buffer+=(0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .extendedEncodeURIComponent */ .$6)(value)}};var AwsQueryProtocol=class extends _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .RpcProtocol */ .Mp{options;serializer;deserializer;mixin=new ProtocolLib;constructor(options){super({defaultNamespace:options.defaultNamespace,errorTypeRegistries:options.errorTypeRegistries}),this.options=options;let settings={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:options.xmlNamespace,serviceNamespace:options.defaultNamespace,serializeEmptyLists:!0};this.serializer=new QueryShapeSerializer(settings),this.deserializer=new XmlShapeDeserializer(settings)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(serdeContext){this.serializer.setSerdeContext(serdeContext),this.deserializer.setSerdeContext(serdeContext)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(operationSchema,input,context){let request=await super.serializeRequest(operationSchema,input,context);request.path.endsWith("/")||(request.path+="/"),request.headers["content-type"]="application/x-www-form-urlencoded",((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(operationSchema.input)==="unit"||!request.body)&&(request.body="");let action=operationSchema.name.split("#")[1]??operationSchema.name;return request.body=`Action=${action}&Version=${this.options.version}`+request.body,request.body.endsWith("&")&&(request.body=request.body.slice(-1)),request}async deserializeResponse(operationSchema,context,response){let deserializer=this.deserializer,ns=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .NormalizedSchema */ .l1.of(operationSchema.output),dataObject={};if(response.statusCode>=300){let bytes2=await (0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .collectBody */ .Px)(response.body,context);bytes2.byteLength>0&&Object.assign(dataObject,await deserializer.read(15,bytes2)),await this.handleError(operationSchema,context,response,dataObject,this.deserializeMetadata(response))}for(let header in response.headers){let value=response.headers[header];delete response.headers[header],response.headers[header.toLowerCase()]=value}let shortName=operationSchema.name.split("#")[1]??operationSchema.name,awsQueryResultKey=ns.isStructSchema()&&this.useNestedResult()?shortName+"Result":void 0,bytes=await (0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .collectBody */ .Px)(response.body,context);return bytes.byteLength>0&&Object.assign(dataObject,await deserializer.read(ns,bytes,awsQueryResultKey)),dataObject.$metadata=this.deserializeMetadata(response),dataObject}useNestedResult(){return!0}async handleError(operationSchema,context,response,dataObject,metadata){let errorIdentifier=this.loadQueryErrorCode(response,dataObject)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,errorIdentifier,this.options.defaultNamespace);let errorData=this.loadQueryError(dataObject)??{},message=this.loadQueryErrorMessage(dataObject);errorData.message=message,errorData.Error={Type:errorData.Type,Code:errorData.Code,Message:message};let{errorSchema,errorMetadata}=await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier,this.options.defaultNamespace,response,errorData,metadata,this.mixin.findQueryCompatibleError),ns=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__/* .NormalizedSchema */ .l1.of(errorSchema),ErrorCtor=this.compositeErrorRegistry.getErrorCtor(errorSchema)??Error,exception=new ErrorCtor({}),output={Type:errorData.Error.Type,Code:errorData.Error.Code,Error:errorData.Error};for(let[name,member]of ns.structIterator()){let target=member.getMergedTraits().xmlName??name,value=errorData[target]??dataObject[target];output[name]=this.deserializer.readSchema(member,value)}throw this.mixin.decorateServiceException(Object.assign(exception,errorMetadata,{$fault:ns.getMergedTraits().error,message},output),dataObject)}loadQueryErrorCode(output,data){let code=(data.Errors?.[0]?.Error??data.Errors?.Error??data.Error)?.Code;if(code!==void 0)return code;if(output.statusCode==404)return"NotFound"}loadQueryError(data){return data.Errors?.[0]?.Error??data.Errors?.Error??data.Error}loadQueryErrorMessage(data){let errorData=this.loadQueryError(data);return errorData?.message??errorData?.Message??data.message??data.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}};


/***/ }),

/***/ 2705:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d5: () => (/* binding */ BinaryDecisionDiagram),
  Kj: () => (/* binding */ Client),
  L0: () => (/* binding */ DEFAULT_RETRY_MODE),
  h$: () => (/* binding */ DefaultIdentityProviderConfig),
  kS: () => (/* binding */ EndpointCache),
  hV: () => (/* binding */ NODE_APP_ID_CONFIG_OPTIONS),
  qs: () => (/* binding */ NODE_MAX_ATTEMPT_CONFIG_OPTIONS),
  kN: () => (/* binding */ NODE_RETRY_MODE_CONFIG_OPTIONS),
  mR: () => (/* binding */ NoAuthSigner),
  N4: () => (/* binding */ NoOpLogger),
  TJ: () => (/* binding */ ServiceException),
  UF: () => (/* binding */ awsEndpointFunctions),
  J1: () => (/* binding */ createAggregatedClient),
  pf: () => (/* binding */ createDefaultUserAgentProvider),
  mw: () => (/* binding */ customEndpointFunctions),
  cH: () => (/* binding */ decideEndpoint),
  Mw: () => (/* binding */ decorateServiceException),
  e: () => (/* binding */ doesIdentityRequireRefresh),
  I9: () => (/* binding */ emitWarningIfUnsupportedVersion2),
  o_: () => (/* binding */ emitWarningIfUnsupportedVersion),
  Rq: () => (/* binding */ getAwsRegionExtensionConfiguration),
  xA: () => (/* binding */ getDefaultExtensionConfiguration),
  ED: () => (/* binding */ getDefaultSocketTimeout),
  rD: () => (/* binding */ getEndpointPlugin),
  TC: () => (/* binding */ getHostHeaderPlugin),
  wB: () => (/* binding */ getHttpAuthSchemeEndpointRuleSetPlugin),
  lW: () => (/* binding */ getHttpSigningPlugin),
  Y7: () => (/* binding */ getLoggerPlugin),
  n4: () => (/* binding */ getRecursionDetectionPlugin),
  ey: () => (/* binding */ getRetryPlugin),
  sM: () => (/* binding */ getUserAgentPlugin),
  rm: () => (/* binding */ getValueFromTextNode),
  OC: () => (/* binding */ isIdentityExpired),
  lT: () => (/* binding */ loadConfigsForDefaultMode),
  k8: () => (/* binding */ makeBuilder),
  K4: () => (/* binding */ memoizeIdentityProvider),
  te: () => (/* binding */ normalizeProvider2),
  $3: () => (/* binding */ resolveAwsRegionExtensionConfiguration),
  uv: () => (/* binding */ resolveDefaultRuntimeConfig),
  Co: () => (/* binding */ resolveEndpointConfig),
  xg: () => (/* binding */ resolveParams),
  $z: () => (/* binding */ resolveRetryConfig),
  Dc: () => (/* binding */ resolveUserAgentConfig),
  gD: () => (/* binding */ setCredentialFeature),
  oQ: () => (/* binding */ stsRegionDefaultResolver)
});

// UNUSED EXPORTS: Command

// EXTERNAL MODULE: ./build/client-ssm/chunk-SZU4KGNO.js
var chunk_SZU4KGNO = __nccwpck_require__(2933);
// EXTERNAL MODULE: ./build/client-ssm/chunk-AC5OV5WI.js
var chunk_AC5OV5WI = __nccwpck_require__(8549);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:process"
const external_node_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");
;// CONCATENATED MODULE: ./build/client-ssm/chunk-GBVSSWXL.js
var getAllAliases=(name,aliases)=>{let _aliases=[];if(name&&_aliases.push(name),aliases)for(let alias of aliases)_aliases.push(alias);return _aliases},getMiddlewareNameWithAliases=(name,aliases)=>`${name||"anonymous"}${aliases&&aliases.length>0?` (a.k.a. ${aliases.join(",")})`:""}`,constructStack=()=>{let absoluteEntries=[],relativeEntries=[],identifyOnResolve=!1,entriesNameSet=new Set,sort=entries=>entries.sort((a,b)=>stepWeights[b.step]-stepWeights[a.step]||priorityWeights[b.priority||"normal"]-priorityWeights[a.priority||"normal"]),removeByName=toRemove=>{let isRemoved=!1,filterCb=entry=>{let aliases=getAllAliases(entry.name,entry.aliases);if(aliases.includes(toRemove)){isRemoved=!0;for(let alias of aliases)entriesNameSet.delete(alias);return!1}return!0};return absoluteEntries=absoluteEntries.filter(filterCb),relativeEntries=relativeEntries.filter(filterCb),isRemoved},removeByReference=toRemove=>{let isRemoved=!1,filterCb=entry=>{if(entry.middleware===toRemove){isRemoved=!0;for(let alias of getAllAliases(entry.name,entry.aliases))entriesNameSet.delete(alias);return!1}return!0};return absoluteEntries=absoluteEntries.filter(filterCb),relativeEntries=relativeEntries.filter(filterCb),isRemoved},cloneTo=toStack=>(absoluteEntries.forEach(entry=>{toStack.add(entry.middleware,{...entry})}),relativeEntries.forEach(entry=>{toStack.addRelativeTo(entry.middleware,{...entry})}),toStack.identifyOnResolve?.(stack.identifyOnResolve()),toStack),expandRelativeMiddlewareList=from=>{let expandedMiddlewareList=[];return from.before.forEach(entry=>{entry.before.length===0&&entry.after.length===0?expandedMiddlewareList.push(entry):expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry))}),expandedMiddlewareList.push(from),from.after.reverse().forEach(entry=>{entry.before.length===0&&entry.after.length===0?expandedMiddlewareList.push(entry):expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry))}),expandedMiddlewareList},getMiddlewareList=(debug=!1)=>{let normalizedAbsoluteEntries=[],normalizedRelativeEntries=[],normalizedEntriesNameMap={};return absoluteEntries.forEach(entry=>{let normalizedEntry={...entry,before:[],after:[]};for(let alias of getAllAliases(normalizedEntry.name,normalizedEntry.aliases))normalizedEntriesNameMap[alias]=normalizedEntry;normalizedAbsoluteEntries.push(normalizedEntry)}),relativeEntries.forEach(entry=>{let normalizedEntry={...entry,before:[],after:[]};for(let alias of getAllAliases(normalizedEntry.name,normalizedEntry.aliases))normalizedEntriesNameMap[alias]=normalizedEntry;normalizedRelativeEntries.push(normalizedEntry)}),normalizedRelativeEntries.forEach(entry=>{if(entry.toMiddleware){let toMiddleware=normalizedEntriesNameMap[entry.toMiddleware];if(toMiddleware===void 0){if(debug)return;throw new Error(`${entry.toMiddleware} is not found when adding ${getMiddlewareNameWithAliases(entry.name,entry.aliases)} middleware ${entry.relation} ${entry.toMiddleware}`)}entry.relation==="after"&&toMiddleware.after.push(entry),entry.relation==="before"&&toMiddleware.before.push(entry)}}),sort(normalizedAbsoluteEntries).map(expandRelativeMiddlewareList).reduce((wholeList,expandedMiddlewareList)=>(wholeList.push(...expandedMiddlewareList),wholeList),[])},stack={add:(middleware,options={})=>{let{name,override,aliases:_aliases}=options,entry={step:"initialize",priority:"normal",middleware,...options},aliases=getAllAliases(name,_aliases);if(aliases.length>0){if(aliases.some(alias=>entriesNameSet.has(alias))){if(!override)throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name,_aliases)}'`);for(let alias of aliases){let toOverrideIndex=absoluteEntries.findIndex(entry2=>entry2.name===alias||entry2.aliases?.some(a=>a===alias));if(toOverrideIndex===-1)continue;let toOverride=absoluteEntries[toOverrideIndex];if(toOverride.step!==entry.step||entry.priority!==toOverride.priority)throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name,toOverride.aliases)}" middleware with ${toOverride.priority} priority in ${toOverride.step} step cannot be overridden by "${getMiddlewareNameWithAliases(name,_aliases)}" middleware with ${entry.priority} priority in ${entry.step} step.`);absoluteEntries.splice(toOverrideIndex,1)}}for(let alias of aliases)entriesNameSet.add(alias)}absoluteEntries.push(entry)},addRelativeTo:(middleware,options)=>{let{name,override,aliases:_aliases}=options,entry={middleware,...options},aliases=getAllAliases(name,_aliases);if(aliases.length>0){if(aliases.some(alias=>entriesNameSet.has(alias))){if(!override)throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name,_aliases)}'`);for(let alias of aliases){let toOverrideIndex=relativeEntries.findIndex(entry2=>entry2.name===alias||entry2.aliases?.some(a=>a===alias));if(toOverrideIndex===-1)continue;let toOverride=relativeEntries[toOverrideIndex];if(toOverride.toMiddleware!==entry.toMiddleware||toOverride.relation!==entry.relation)throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name,toOverride.aliases)}" middleware ${toOverride.relation} "${toOverride.toMiddleware}" middleware cannot be overridden by "${getMiddlewareNameWithAliases(name,_aliases)}" middleware ${entry.relation} "${entry.toMiddleware}" middleware.`);relativeEntries.splice(toOverrideIndex,1)}}for(let alias of aliases)entriesNameSet.add(alias)}relativeEntries.push(entry)},clone:()=>cloneTo(constructStack()),use:plugin=>{plugin.applyToStack(stack)},remove:toRemove=>typeof toRemove=="string"?removeByName(toRemove):removeByReference(toRemove),removeByTag:toRemove=>{let isRemoved=!1,filterCb=entry=>{let{tags,name,aliases:_aliases}=entry;if(tags&&tags.includes(toRemove)){let aliases=getAllAliases(name,_aliases);for(let alias of aliases)entriesNameSet.delete(alias);return isRemoved=!0,!1}return!0};return absoluteEntries=absoluteEntries.filter(filterCb),relativeEntries=relativeEntries.filter(filterCb),isRemoved},concat:from=>{let cloned=cloneTo(constructStack());return cloned.use(from),cloned.identifyOnResolve(identifyOnResolve||cloned.identifyOnResolve()||(from.identifyOnResolve?.()??!1)),cloned},applyToStack:cloneTo,identify:()=>getMiddlewareList(!0).map(mw=>{let step=mw.step??mw.relation+" "+mw.toMiddleware;return getMiddlewareNameWithAliases(mw.name,mw.aliases)+" - "+step}),identifyOnResolve(toggle){return typeof toggle=="boolean"&&(identifyOnResolve=toggle),identifyOnResolve},resolve:(handler,context)=>{for(let middleware of getMiddlewareList().map(entry=>entry.middleware).reverse())handler=middleware(handler,context);return identifyOnResolve&&console.log(stack.identify()),handler}};return stack},stepWeights={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},priorityWeights={high:3,normal:2,low:1};var Client=class{config;middlewareStack=constructStack();initConfig;handlers;constructor(config){this.config=config;let{protocol,protocolSettings}=config;protocolSettings&&typeof protocol=="function"&&(config.protocol=new protocol(protocolSettings))}send(command,optionsOrCb,cb){let options=typeof optionsOrCb!="function"?optionsOrCb:void 0,callback=typeof optionsOrCb=="function"?optionsOrCb:cb,useHandlerCache=options===void 0&&this.config.cacheMiddleware===!0,handler;if(useHandlerCache){this.handlers||(this.handlers=new WeakMap);let handlers=this.handlers;handlers.has(command.constructor)?handler=handlers.get(command.constructor):(handler=command.resolveMiddleware(this.middlewareStack,this.config,options),handlers.set(command.constructor,handler))}else delete this.handlers,handler=command.resolveMiddleware(this.middlewareStack,this.config,options);if(callback)handler(command).then(result=>callback(null,result.output),err=>callback(err)).catch(()=>{});else return handler(command).then(result=>result.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}};var SENSITIVE_STRING="***SensitiveInformation***";function schemaLogFilter(schema,data){if(data==null)return data;let ns=chunk_AC5OV5WI/* NormalizedSchema */.l1.of(schema);if(ns.getMergedTraits().sensitive)return SENSITIVE_STRING;if(ns.isListSchema()){let valueSchema=ns.getValueSchema();if(valueSchema.getMergedTraits().sensitive)return SENSITIVE_STRING;if(Array.isArray(data))return data.map(value=>schemaLogFilter(valueSchema,value))}else if(ns.isMapSchema()){let valueSchema=ns.getValueSchema();if(ns.getKeySchema().getMergedTraits().sensitive||valueSchema.getMergedTraits().sensitive)return SENSITIVE_STRING;if(typeof data=="object")return Object.fromEntries(Object.entries(data).map(([key,value])=>[key,schemaLogFilter(valueSchema,value)]))}else if(ns.isStructSchema()&&typeof data=="object"){let object=data,newObject={};for(let[member,memberNs]of ns.structIterator())object[member]!=null&&(newObject[member]=schemaLogFilter(memberNs,object[member]));return newObject}return data}var operationEventStreamMarker=Symbol.for("@smithy/op-event-stream"),Command=class{middlewareStack=constructStack();schema;static classBuilder(){return new ClassBuilder}resolveMiddlewareWithContext(clientStack,configuration,options,{middlewareFn,clientName,commandName,inputFilterSensitiveLog,outputFilterSensitiveLog,smithyContext,additionalContext,CommandCtor}){for(let mw of middlewareFn.bind(this)(CommandCtor,clientStack,configuration,options))this.middlewareStack.use(mw);let stack=clientStack.concat(this.middlewareStack),{logger}=configuration,additionalSmithyContext=additionalContext[chunk_AC5OV5WI/* SMITHY_CONTEXT_KEY */.Vf],handlerExecutionContext={logger,clientName,commandName,inputFilterSensitiveLog,outputFilterSensitiveLog,...additionalContext,[chunk_AC5OV5WI/* SMITHY_CONTEXT_KEY */.Vf]:{...additionalSmithyContext,commandInstance:this,...smithyContext,...options?.metricsRecorder===void 0?{}:{metricsRecorder:options.metricsRecorder},...options?.abortSignal===void 0?{}:{abortSignal:options.abortSignal}}},{requestHandler}=configuration,requestOptions=options??{};requestOptions.metricsRecorder&&(requestOptions={...requestOptions},delete requestOptions.metricsRecorder);let isEventStream,schema=this.schema,marker=schema?.[operationEventStreamMarker];if(marker!==void 0)isEventStream=marker;else if(schema&&Array.isArray(schema)&&schema[0]===9){let[,,,,input$,output$]=schema;isEventStream=schema[operationEventStreamMarker]=!!(chunk_AC5OV5WI/* NormalizedSchema */.l1.of(input$).getEventStreamMember()||chunk_AC5OV5WI/* NormalizedSchema */.l1.of(output$).getEventStreamMember())}return isEventStream&&(requestOptions={isEventStream,...requestOptions}),stack.resolve(request=>requestHandler.handle(request.request,requestOptions),handlerExecutionContext)}},ClassBuilder=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(cb){this._init=cb}ep(endpointParameterInstructions){return this._ep=endpointParameterInstructions,this}m(middlewareSupplier){return this._middlewareFn=middlewareSupplier,this}s(service,operation,smithyContext={}){return this._smithyContext={service,operation,...smithyContext},this}c(additionalContext={}){return this._additionalContext=additionalContext,this}n(clientName,commandName){return this._clientName=clientName,this._commandName=commandName,this}f(inputFilter=_=>_,outputFilter=_=>_){return this._inputFilterSensitiveLog=inputFilter,this._outputFilterSensitiveLog=outputFilter,this}ser(serializer){return this._serializer=serializer,this}de(deserializer){return this._deserializer=deserializer,this}sc(operation){return this._operationSchema=operation,this._smithyContext.operationSchema=operation,this}build(){let closure=this,CommandRef;return CommandRef=class extends Command{input;static getEndpointParameterInstructions(){return closure._ep}constructor(...[input]){super(),this.input=input??{},closure._init(this),this.schema=closure._operationSchema}resolveMiddleware(stack,configuration,options){let op=closure._operationSchema,input=op?.[4]??op?.input,output=op?.[5]??op?.output;return this.resolveMiddlewareWithContext(stack,configuration,options,{CommandCtor:CommandRef,middlewareFn:closure._middlewareFn,clientName:closure._clientName,commandName:closure._commandName,inputFilterSensitiveLog:closure._inputFilterSensitiveLog??(op?schemaLogFilter.bind(null,input):_=>_),outputFilterSensitiveLog:closure._outputFilterSensitiveLog??(op?schemaLogFilter.bind(null,output):_=>_),smithyContext:closure._smithyContext,additionalContext:closure._additionalContext})}serialize=closure._serializer;deserialize=closure._deserializer}}};var createAggregatedClient=(commands,Client2,options)=>{for(let[command,CommandCtor]of Object.entries(commands)){let methodImpl=async function(args,optionsOrCb,cb){let command2=new CommandCtor(args);if(typeof optionsOrCb=="function")this.send(command2,optionsOrCb);else if(typeof cb=="function"){if(typeof optionsOrCb!="object")throw new Error(`Expected http options but got ${typeof optionsOrCb}`);this.send(command2,optionsOrCb||{},cb)}else return this.send(command2,optionsOrCb)},methodName=(command[0].toLowerCase()+command.slice(1)).replace(/Command$/,"");Client2.prototype[methodName]=methodImpl}let{paginators={},waiters={}}=options??{};for(let[paginatorName,paginatorFn]of Object.entries(paginators))Client2.prototype[paginatorName]===void 0&&(Client2.prototype[paginatorName]=function(commandInput={},paginationConfiguration,...rest){return paginatorFn({...paginationConfiguration,client:this},commandInput,...rest)});for(let[waiterName,waiterFn]of Object.entries(waiters))Client2.prototype[waiterName]===void 0&&(Client2.prototype[waiterName]=async function(commandInput={},waiterConfiguration,...rest){let config=waiterConfiguration;return typeof waiterConfiguration=="number"&&(config={maxWaitTime:waiterConfiguration}),waiterFn({...config,client:this},commandInput,...rest)})};var ServiceException=class _ServiceException extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(options){super(options.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=options.name,this.$fault=options.$fault,this.$metadata=options.$metadata}static isInstance(value){if(!value)return!1;let candidate=value;return _ServiceException.prototype.isPrototypeOf(candidate)||!!candidate.$fault&&!!candidate.$metadata&&(candidate.$fault==="client"||candidate.$fault==="server")}static[Symbol.hasInstance](instance){if(!instance)return!1;let candidate=instance;if(this===_ServiceException)return _ServiceException.isInstance(instance);if(_ServiceException.isInstance(instance)){if(this.prototype.isPrototypeOf(instance))return!0;let targetId=Object.prototype.hasOwnProperty.call(this,"shapeId")?this.shapeId:void 0,candidateHasShapeId=!1;if(targetId){let proto=Object.getPrototypeOf(candidate);for(;proto&&proto!==Object.prototype;){let ctor=proto.constructor,candidateId=ctor!==_ServiceException&&Object.prototype.hasOwnProperty.call(ctor,"shapeId")?ctor?.shapeId:void 0;if(candidateId&&(candidateHasShapeId=!0,candidateId===targetId))return!0;proto=Object.getPrototypeOf(proto)}}if(targetId&&candidateHasShapeId)return!1;let targetName=this.name;if(targetName&&targetName.length>=6){if(candidate.name===targetName)return!0;let proto=Object.getPrototypeOf(candidate);for(;proto&&proto!==Object.prototype;){let ctorName=proto.constructor?.name;if(ctorName&&ctorName!=="Error"&&ctorName===targetName)return!0;proto=Object.getPrototypeOf(proto)}}}return!1}},decorateServiceException=(exception,additions={})=>{Object.entries(additions).filter(([,v])=>v!==void 0).forEach(([k,v])=>{(exception[k]==null||exception[k]==="")&&(exception[k]=v)});let message=exception.message||exception.Message||"UnknownError";return exception.message=message,delete exception.Message,exception};var loadConfigsForDefaultMode=mode=>{switch(mode){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}};var warningEmitted=!1,emitWarningIfUnsupportedVersion=version=>{version&&!warningEmitted&&parseInt(version.substring(1,version.indexOf(".")))<16&&(warningEmitted=!0)};var knownAlgorithms=Object.values(chunk_AC5OV5WI/* AlgorithmId */.dB),getChecksumConfiguration=runtimeConfig=>{let checksumAlgorithms=[];for(let id in chunk_AC5OV5WI/* AlgorithmId */.dB){if(!(0,chunk_AC5OV5WI/* hasOwn */.$3)(chunk_AC5OV5WI/* AlgorithmId */.dB,id))continue;let algorithmId=chunk_AC5OV5WI/* AlgorithmId */.dB[id];runtimeConfig[algorithmId]!==void 0&&checksumAlgorithms.push({algorithmId:()=>algorithmId,checksumConstructor:()=>runtimeConfig[algorithmId]})}for(let[id,ChecksumCtor]of Object.entries(runtimeConfig.checksumAlgorithms??{}))checksumAlgorithms.push({algorithmId:()=>id,checksumConstructor:()=>ChecksumCtor});return{addChecksumAlgorithm(algo){runtimeConfig.checksumAlgorithms=runtimeConfig.checksumAlgorithms??{};let id=algo.algorithmId(),ctor=algo.checksumConstructor();knownAlgorithms.includes(id)?runtimeConfig.checksumAlgorithms[id.toUpperCase()]=ctor:runtimeConfig.checksumAlgorithms[id]=ctor,checksumAlgorithms.push(algo)},checksumAlgorithms(){return checksumAlgorithms}}},resolveChecksumRuntimeConfig=clientConfig=>{let runtimeConfig={};return clientConfig.checksumAlgorithms().forEach(checksumAlgorithm=>{let id=checksumAlgorithm.algorithmId();knownAlgorithms.includes(id)&&(runtimeConfig[id]=checksumAlgorithm.checksumConstructor())}),runtimeConfig};var getRetryConfiguration=runtimeConfig=>({setRetryStrategy(retryStrategy){runtimeConfig.retryStrategy=retryStrategy},retryStrategy(){return runtimeConfig.retryStrategy}}),resolveRetryRuntimeConfig=retryStrategyConfiguration=>{let runtimeConfig={};return runtimeConfig.retryStrategy=retryStrategyConfiguration.retryStrategy(),runtimeConfig};var getDefaultExtensionConfiguration=runtimeConfig=>Object.assign(getChecksumConfiguration(runtimeConfig),getRetryConfiguration(runtimeConfig));var resolveDefaultRuntimeConfig=config=>Object.assign(resolveChecksumRuntimeConfig(config),resolveRetryRuntimeConfig(config));var getValueFromTextNode=obj=>{let textNodeName="#text";for(let key in obj)(0,chunk_AC5OV5WI/* hasOwn */.$3)(obj,key)&&(obj[key][textNodeName]!==void 0?obj[key]=obj[key][textNodeName]:typeof obj[key]=="object"&&obj[key]!==null&&(obj[key]=getValueFromTextNode(obj[key])));return obj};var NoOpLogger=class{trace(){}debug(){}info(){}warn(){}error(){}};function makeBuilder(common,service,name,ep){return function(added,plugins,op,$,smithyContext={}){let epMerged=Object.assign({},common,added);return Command.classBuilder().ep(epMerged).m(function(CommandCtor,clientStack,config,options){let list=plugins.call(this,CommandCtor,clientStack,config,options);return list.unshift(ep(config,CommandCtor.getEndpointParameterInstructions())),list}).s(service,op,smithyContext).n(name,op.charAt(0).toUpperCase()+op.slice(1)+"Command").sc($).build()}}function setCredentialFeature(credentials,feature,value){return credentials.$source||(credentials.$source={}),credentials.$source[feature]=value,credentials}var ENV_ENDPOINT_URL="AWS_ENDPOINT_URL",CONFIG_ENDPOINT_URL="endpoint_url",getEndpointUrlConfig=serviceId=>({environmentVariableSelector:env2=>{let serviceSuffixParts=serviceId.split(" ").map(w=>w.toUpperCase()),serviceEndpointUrl=env2[[ENV_ENDPOINT_URL,...serviceSuffixParts].join("_")];if(serviceEndpointUrl)return serviceEndpointUrl;let endpointUrl=env2[ENV_ENDPOINT_URL];if(endpointUrl)return endpointUrl},configFileSelector:(profile,config)=>{if(profile.services){let servicesSectionKey=["services",profile.services].join(".");if(!config||!config[servicesSectionKey])throw new Error(`The services section "${profile.services}" specified in the profile is not present in the shared configuration file.`);let servicesSection=config[servicesSectionKey],servicePrefixParts=serviceId.split(" ").map(w=>w.toLowerCase()),endpointUrl2=servicesSection[[servicePrefixParts.join("_"),CONFIG_ENDPOINT_URL].join(".")];if(endpointUrl2)return endpointUrl2}let endpointUrl=profile[CONFIG_ENDPOINT_URL];if(endpointUrl)return endpointUrl},default:void 0});var ENV_IGNORE_CONFIGURED_ENDPOINT_URLS="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",CONFIG_IGNORE_CONFIGURED_ENDPOINT_URLS="ignore_configured_endpoint_urls",ignoreConfiguredEndpointUrlsConfigSelectors={environmentVariableSelector:env2=>(0,chunk_SZU4KGNO/* booleanSelector */.Qm)(env2,ENV_IGNORE_CONFIGURED_ENDPOINT_URLS,chunk_SZU4KGNO/* SelectorType */.cV.ENV),configFileSelector:profile=>(0,chunk_SZU4KGNO/* booleanSelector */.Qm)(profile,CONFIG_IGNORE_CONFIGURED_ENDPOINT_URLS,chunk_SZU4KGNO/* SelectorType */.cV.CONFIG),default:!1};var getEndpointFromConfig=async serviceId=>{if(!await (0,chunk_SZU4KGNO/* loadConfig */.Z9)(ignoreConfiguredEndpointUrlsConfigSelectors)())return (0,chunk_SZU4KGNO/* loadConfig */.Z9)(getEndpointUrlConfig(serviceId??""))()};var resolveParamsForS3=async endpointParams=>{let bucket=endpointParams?.Bucket||"";if(typeof endpointParams.Bucket=="string"&&(endpointParams.Bucket=bucket.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent("?"))),isArnBucketName(bucket)){if(endpointParams.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!isDnsCompatibleBucketName(bucket)||bucket.indexOf(".")!==-1&&!String(endpointParams.Endpoint).startsWith("http:")||bucket.toLowerCase()!==bucket||bucket.length<3)&&(endpointParams.ForcePathStyle=!0);return endpointParams.DisableMultiRegionAccessPoints&&(endpointParams.disableMultiRegionAccessPoints=!0,endpointParams.DisableMRAP=!0),endpointParams},DOMAIN_PATTERN=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,IP_ADDRESS_PATTERN=/(\d+\.){3}\d+/,DOTS_PATTERN=/\.\./;var isDnsCompatibleBucketName=bucketName=>DOMAIN_PATTERN.test(bucketName)&&!IP_ADDRESS_PATTERN.test(bucketName)&&!DOTS_PATTERN.test(bucketName),isArnBucketName=bucketName=>{let[arn,partition2,service,,,bucket]=bucketName.split(":"),isArn=arn==="arn"&&bucketName.split(":").length>=6,isValidArn=!!(isArn&&partition2&&service&&bucket);if(isArn&&!isValidArn)throw new Error(`Invalid ARN: ${bucketName} was an invalid ARN.`);return isValidArn};var createConfigValueProvider=(configKey,canonicalEndpointParamKey,config,isClientContextParam=!1)=>{let configProvider=async()=>{let configValue;return isClientContextParam?configValue=config.clientContextParams?.[configKey]??config[configKey]??config[canonicalEndpointParamKey]:configValue=config[configKey]??config[canonicalEndpointParamKey],typeof configValue=="function"?configValue():configValue};return configKey==="credentialScope"||canonicalEndpointParamKey==="CredentialScope"?async()=>{let credentials=typeof config.credentials=="function"?await config.credentials():config.credentials;return credentials?.credentialScope??credentials?.CredentialScope}:configKey==="accountId"||canonicalEndpointParamKey==="AccountId"?async()=>{let credentials=typeof config.credentials=="function"?await config.credentials():config.credentials;return credentials?.accountId??credentials?.AccountId}:configKey==="endpoint"||canonicalEndpointParamKey==="endpoint"?async()=>{if(config.isCustomEndpoint===!1)return;let endpoint=await configProvider();if(endpoint&&typeof endpoint=="object"){if("url"in endpoint)return endpoint.url.href;if("hostname"in endpoint){let{protocol,hostname,port,path}=endpoint;return`${protocol}//${hostname}${port?":"+port:""}${path}`}}return endpoint}:configProvider};function bindGetEndpointFromInstructions(getEndpointFromConfig2){return async(commandInput,instructionsSupplier,clientConfig,context)=>{if(!clientConfig.isCustomEndpoint&&!clientConfig.ignoreConfiguredEndpointUrls){let endpointFromConfig;clientConfig.serviceConfiguredEndpoint?endpointFromConfig=await clientConfig.serviceConfiguredEndpoint():endpointFromConfig=await getEndpointFromConfig2(clientConfig.serviceId),endpointFromConfig&&(clientConfig.endpoint=()=>Promise.resolve((0,chunk_AC5OV5WI/* toEndpointV1 */.a0)(endpointFromConfig)),clientConfig.isCustomEndpoint=!0,context?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${endpointFromConfig}`))}let endpointParams=await resolveParams(commandInput,instructionsSupplier,clientConfig);if(typeof clientConfig.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let endpoint=clientConfig.endpointProvider(endpointParams,context);if(clientConfig.isCustomEndpoint&&clientConfig.endpoint){let customEndpoint=await clientConfig.endpoint();if(customEndpoint?.headers){endpoint.headers??={};for(let[name,value]of Object.entries(customEndpoint.headers))endpoint.headers[name]=Array.isArray(value)?value:[value]}}return endpoint}}var resolveParams=async(commandInput,instructionsSupplier,clientConfig)=>{let endpointParams={},instructions=instructionsSupplier?.getEndpointParameterInstructions?.()||{};for(let[name,instruction]of Object.entries(instructions))switch(instruction.type){case"staticContextParams":endpointParams[name]=instruction.value;break;case"contextParams":endpointParams[name]=commandInput[instruction.name];break;case"clientContextParams":case"builtInParams":endpointParams[name]=await createConfigValueProvider(instruction.name,name,clientConfig,instruction.type!=="builtInParams")();break;case"operationContextParams":endpointParams[name]=instruction.get(commandInput);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(instruction))}return Object.keys(instructions).length===0&&Object.assign(endpointParams,clientConfig),String(clientConfig.serviceId).toLowerCase()==="s3"&&await resolveParamsForS3(endpointParams),endpointParams};function setFeature(context,feature,value){context.__smithy_context?context.__smithy_context.features||(context.__smithy_context.features={}):context.__smithy_context={features:{}},context.__smithy_context.features[feature]=value}function bindEndpointMiddleware(getEndpointFromConfig2){let getEndpointFromInstructions2=bindGetEndpointFromInstructions(getEndpointFromConfig2);return({config,instructions})=>(next,context)=>async args=>{config.isCustomEndpoint&&setFeature(context,"ENDPOINT_OVERRIDE","N");let endpoint=await getEndpointFromInstructions2(args.input,{getEndpointParameterInstructions(){return instructions}},{...config},context);context.endpointV2=endpoint,context.authSchemes=endpoint.properties?.authSchemes;let authScheme=context.authSchemes?.[0];if(authScheme){context.signing_region=authScheme.signingRegion,context.signing_service=authScheme.signingName;let httpAuthOption=(0,chunk_AC5OV5WI/* getSmithyContext */.ug)(context)?.selectedHttpAuthScheme?.httpAuthOption;httpAuthOption&&(httpAuthOption.signingProperties=Object.assign(httpAuthOption.signingProperties||{},{signing_region:authScheme.signingRegion,signingRegion:authScheme.signingRegion,signing_service:authScheme.signingName,signingName:authScheme.signingName,signingRegionSet:authScheme.signingRegionSet},authScheme.properties))}return next({...args})}}var serializerMiddlewareOption={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0},endpointMiddlewareOptions={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",override:!0,relation:"before",toMiddleware:serializerMiddlewareOption.name};function bindGetEndpointPlugin(getEndpointFromConfig2){let endpointMiddleware2=bindEndpointMiddleware(getEndpointFromConfig2);return(config,instructions)=>({applyToStack:clientStack=>{clientStack.addRelativeTo(endpointMiddleware2({config,instructions}),endpointMiddlewareOptions)}})}function bindResolveEndpointConfig(getEndpointFromConfig2){return input=>{let tls=input.tls??!0,{endpoint,useDualstackEndpoint,useFipsEndpoint}=input,customEndpointProvider=endpoint!=null?async()=>(0,chunk_AC5OV5WI/* toEndpointV1 */.a0)(await (0,chunk_AC5OV5WI/* normalizeProvider */.te)(endpoint)()):void 0,resolvedConfig=Object.assign(input,{endpoint:customEndpointProvider,tls,isCustomEndpoint:!!endpoint,useDualstackEndpoint:(0,chunk_AC5OV5WI/* normalizeProvider */.te)(useDualstackEndpoint??!1),useFipsEndpoint:(0,chunk_AC5OV5WI/* normalizeProvider */.te)(useFipsEndpoint??!1),ignoreConfiguredEndpointUrls:!!input.ignoreConfiguredEndpointUrls}),configuredEndpointPromise;return resolvedConfig.serviceConfiguredEndpoint=async()=>(input.serviceId&&!configuredEndpointPromise&&(configuredEndpointPromise=getEndpointFromConfig2(input.serviceId)),configuredEndpointPromise),resolvedConfig}}var BinaryDecisionDiagram=class _BinaryDecisionDiagram{nodes;root;conditions;results;constructor(bdd,root,conditions,results){this.nodes=bdd,this.root=root,this.conditions=conditions,this.results=results}static from(bdd,root,conditions,results){return new _BinaryDecisionDiagram(bdd,root,conditions,results)}};var EndpointCache=class{capacity;data=new Map;parameters=[];constructor({size,params}){this.capacity=size??50,params&&(this.parameters=params)}get(endpointParams,resolver){let key=this.hash(endpointParams);if(key===!1)return resolver();if(!this.data.has(key)){if(this.data.size>this.capacity+10){let keys=this.data.keys(),i=0;for(;;){let{value,done}=keys.next();if(this.data.delete(value),done||++i>10)break}}this.data.set(key,resolver())}return this.data.get(key)}size(){return this.data.size}hash(endpointParams){let buffer="",{parameters}=this;if(parameters.length===0)return!1;for(let param of parameters){let raw=endpointParams[param],val=raw==null?"\0":String(raw);if(val.includes("|;"))return!1;buffer+=val+"|;"}return buffer}};var EndpointError=class extends Error{constructor(message){super(message),this.name="EndpointError"}};var debugId="endpoints";function toDebugString(input){return typeof input!="object"||input==null?input:"ref"in input?`$${toDebugString(input.ref)}`:"fn"in input?`${input.fn}(${(input.argv||[]).map(toDebugString).join(", ")})`:JSON.stringify(input,null,2)}var customEndpointFunctions={};var booleanEquals=(value1,value2)=>value1===value2;function coalesce(...args){for(let arg of args)if(arg!=null)return arg}var getAttrPathList=path=>{let parts=path.split("."),pathList=[];for(let part of parts){let squareBracketIndex=part.indexOf("[");if(squareBracketIndex!==-1){if(part.indexOf("]")!==part.length-1)throw new EndpointError(`Path: '${path}' does not end with ']'`);let arrayIndex=part.slice(squareBracketIndex+1,-1);if(Number.isNaN(parseInt(arrayIndex)))throw new EndpointError(`Invalid array index: '${arrayIndex}' in path: '${path}'`);squareBracketIndex!==0&&pathList.push(part.slice(0,squareBracketIndex)),pathList.push(arrayIndex)}else pathList.push(part)}return pathList};var getAttr=(value,path)=>getAttrPathList(path).reduce((acc,index)=>{if(typeof acc!="object")throw new EndpointError(`Index '${index}' in '${path}' not found in '${JSON.stringify(value)}'`);if(Array.isArray(acc)){let i=parseInt(index);return acc[i<0?acc.length+i:i]}return acc[index]},value);var isSet=value=>value!=null;function ite(condition,trueValue,falseValue){return condition?trueValue:falseValue}var not=value=>!value;var IP_V4_REGEX=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),isIpAddress=value=>IP_V4_REGEX.test(value)||value.startsWith("[")&&value.endsWith("]");var DEFAULT_PORTS={[chunk_AC5OV5WI/* EndpointURLScheme */.Ue.HTTP]:80,[chunk_AC5OV5WI/* EndpointURLScheme */.Ue.HTTPS]:443},parseURL=value=>{let whatwgURL=(()=>{try{if(value instanceof URL)return value;if(typeof value=="object"&&"hostname"in value){let{hostname:hostname2,port,protocol:protocol2="",path="",query={}}=value,url=new URL(`${protocol2}//${hostname2}${port?`:${port}`:""}${path}`);return url.search=Object.entries(query).map(([k,v])=>`${k}=${v}`).join("&"),url}return new URL(value)}catch{return null}})();if(!whatwgURL)return console.error(`Unable to parse ${JSON.stringify(value)} as a whatwg URL.`),null;let urlString=whatwgURL.href,{host,hostname,pathname,protocol,search}=whatwgURL;if(search)return null;let scheme=protocol.slice(0,-1);if(!Object.values(chunk_AC5OV5WI/* EndpointURLScheme */.Ue).includes(scheme))return null;let isIp=isIpAddress(hostname),inputContainsDefaultPort=urlString.includes(`${host}:${DEFAULT_PORTS[scheme]}`)||typeof value=="string"&&value.includes(`${host}:${DEFAULT_PORTS[scheme]}`),authority=`${host}${inputContainsDefaultPort?`:${DEFAULT_PORTS[scheme]}`:""}`;return{scheme,authority,path:pathname,normalizedPath:pathname.endsWith("/")?pathname:`${pathname}/`,isIp}};function split(value,delimiter,limit){if(limit===1)return[value];if(value==="")return[""];let parts=value.split(delimiter);return limit===0?parts:parts.slice(0,limit-1).concat(parts.slice(1).join(delimiter))}var stringEquals=(value1,value2)=>value1===value2;var substring=(input,start,stop,reverse)=>input==null||start>=stop||input.length<stop||/[^\u0000-\u007f]/.test(input)?null:reverse?input.substring(input.length-stop,input.length-start):input.substring(start,stop);var uriEncode=value=>encodeURIComponent(value).replace(/[!*'()]/g,c=>`%${c.charCodeAt(0).toString(16).toUpperCase()}`);var endpointFunctions={booleanEquals,coalesce,getAttr,isSet,isValidHostLabel: chunk_AC5OV5WI/* isValidHostLabel */.X8,ite,not,parseURL,split,stringEquals,substring,uriEncode};var evaluateTemplate=(template,options)=>{let evaluatedTemplateArr=[],{referenceRecord,endpointParams}=options,currentIndex=0;for(;currentIndex<template.length;){let openingBraceIndex=template.indexOf("{",currentIndex);if(openingBraceIndex===-1){evaluatedTemplateArr.push(template.slice(currentIndex));break}evaluatedTemplateArr.push(template.slice(currentIndex,openingBraceIndex));let closingBraceIndex=template.indexOf("}",openingBraceIndex);if(closingBraceIndex===-1){evaluatedTemplateArr.push(template.slice(openingBraceIndex));break}template[openingBraceIndex+1]==="{"&&template[closingBraceIndex+1]==="}"&&(evaluatedTemplateArr.push(template.slice(openingBraceIndex+1,closingBraceIndex)),currentIndex=closingBraceIndex+2);let parameterName=template.substring(openingBraceIndex+1,closingBraceIndex);if(parameterName.includes("#")){let[refName,attrName]=parameterName.split("#");evaluatedTemplateArr.push(getAttr(referenceRecord[refName]??endpointParams[refName],attrName))}else evaluatedTemplateArr.push(referenceRecord[parameterName]??endpointParams[parameterName]);currentIndex=closingBraceIndex+1}return evaluatedTemplateArr.join("")};var getReferenceValue=({ref},options)=>options.referenceRecord[ref]??options.endpointParams[ref];var evaluateExpression=(obj,keyName,options)=>{if(typeof obj=="string")return evaluateTemplate(obj,options);if(obj.fn)return group.callFunction(obj,options);if(obj.ref)return getReferenceValue(obj,options);throw new EndpointError(`'${keyName}': ${String(obj)} is not a string, function or reference.`)},callFunction=({fn,argv},options)=>{let evaluatedArgs=Array(argv.length);for(let i=0;i<evaluatedArgs.length;++i){let arg=argv[i];typeof arg=="boolean"||typeof arg=="number"?evaluatedArgs[i]=arg:evaluatedArgs[i]=group.evaluateExpression(arg,"arg",options)}let namespaceSeparatorIndex=fn.indexOf(".");if(namespaceSeparatorIndex!==-1){let customFunction=customEndpointFunctions[fn.slice(0,namespaceSeparatorIndex)]?.[fn.slice(namespaceSeparatorIndex+1)];if(typeof customFunction=="function")return customFunction(...evaluatedArgs)}let callable=endpointFunctions[fn];if(typeof callable=="function")return callable(...evaluatedArgs);throw new Error(`function ${fn} not loaded in endpointFunctions.`)},group={evaluateExpression,callFunction};var evaluateCondition=(condition,options)=>{let{assign}=condition;if(assign&&assign in options.referenceRecord)throw new EndpointError(`'${assign}' is already defined in Reference Record.`);let value=callFunction(condition,options);options.logger?.debug?.(`${debugId} evaluateCondition: ${toDebugString(condition)} = ${toDebugString(value)}`);let result=value===""?!0:!!value;return assign!=null?{result,toAssign:{name:assign,value}}:{result}};var getEndpointHeaders=(headers,options)=>Object.entries(headers??{}).reduce((acc,[headerKey,headerVal])=>(acc[headerKey]=headerVal.map(headerValEntry=>{let processedExpr=evaluateExpression(headerValEntry,"Header value entry",options);if(typeof processedExpr!="string")throw new EndpointError(`Header '${headerKey}' value '${processedExpr}' is not a string`);return processedExpr}),acc),{});var getEndpointProperties=(properties,options)=>Object.entries(properties).reduce((acc,[propertyKey,propertyVal])=>(acc[propertyKey]=group2.getEndpointProperty(propertyVal,options),acc),{}),getEndpointProperty=(property,options)=>{if(Array.isArray(property))return property.map(propertyEntry=>getEndpointProperty(propertyEntry,options));switch(typeof property){case"string":return evaluateTemplate(property,options);case"object":if(property===null)throw new EndpointError(`Unexpected endpoint property: ${property}`);return group2.getEndpointProperties(property,options);case"boolean":return property;default:throw new EndpointError(`Unexpected endpoint property type: ${typeof property}`)}},group2={getEndpointProperty,getEndpointProperties};var getEndpointUrl=(endpointUrl,options)=>{let expression=evaluateExpression(endpointUrl,"Endpoint URL",options);if(typeof expression=="string")try{return new URL(expression)}catch(error){throw console.error(`Failed to construct URL with ${expression}`,error),error}throw new EndpointError(`Endpoint URL must be a string, got ${typeof expression}`)};var RESULT=1e8,decideEndpoint=(bdd,options)=>{let{nodes,root,results,conditions}=bdd,ref=root,referenceRecord={},closure={referenceRecord,endpointParams:options.endpointParams,logger:options.logger};for(;ref!==1&&ref!==-1&&ref<RESULT;){let node_i=3*(Math.abs(ref)-1),[condition_i,highRef,lowRef]=[nodes[node_i],nodes[node_i+1],nodes[node_i+2]],[fn,argv,assign]=conditions[condition_i],evaluation=evaluateCondition({fn,assign,argv},closure);if(evaluation.toAssign){let{name,value}=evaluation.toAssign;referenceRecord[name]=value}ref=ref>=0===evaluation.result?highRef:lowRef}if(ref>=RESULT){let result=results[ref-RESULT];if(result[0]===-1){let[,errorExpression]=result;throw new EndpointError(evaluateExpression(errorExpression,"Error",closure))}let[url,properties,headers]=result;return{url:getEndpointUrl(url,closure),properties:getEndpointProperties(properties,closure),headers:getEndpointHeaders(headers??{},closure)}}throw new EndpointError("No matching endpoint.")};var getEndpointFromInstructions=bindGetEndpointFromInstructions(getEndpointFromConfig),resolveEndpointConfig=bindResolveEndpointConfig(getEndpointFromConfig),endpointMiddleware=bindEndpointMiddleware(getEndpointFromConfig),getEndpointPlugin=bindGetEndpointPlugin(getEndpointFromConfig);var hostHeaderMiddleware=options=>next=>async args=>{if(!chunk_AC5OV5WI/* HttpRequest */.Kd.isInstance(args.request))return next(args);let{request}=args,{handlerProtocol=""}=options.requestHandler.metadata||{};if(handlerProtocol.indexOf("h2")>=0&&!request.headers[":authority"])delete request.headers.host,request.headers[":authority"]=request.hostname+(request.port?":"+request.port:"");else if(!request.headers.host){let host=request.hostname;request.port!=null&&(host+=`:${request.port}`),request.headers.host=host}return next(args)},hostHeaderMiddlewareOptions={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},getHostHeaderPlugin=options=>({applyToStack:clientStack=>{clientStack.add(hostHeaderMiddleware(options),hostHeaderMiddlewareOptions)}});var loggerMiddleware=()=>(next,context)=>async args=>{try{let response=await next(args),{clientName,commandName,logger,dynamoDbDocumentClientOptions={}}=context,{overrideInputFilterSensitiveLog,overrideOutputFilterSensitiveLog}=dynamoDbDocumentClientOptions,inputFilterSensitiveLog=overrideInputFilterSensitiveLog??context.inputFilterSensitiveLog,outputFilterSensitiveLog=overrideOutputFilterSensitiveLog??context.outputFilterSensitiveLog,{$metadata,...outputWithoutMetadata}=response.output;return logger?.info?.({clientName,commandName,input:inputFilterSensitiveLog(args.input),output:outputFilterSensitiveLog(outputWithoutMetadata),metadata:$metadata}),response}catch(error){let{clientName,commandName,logger,dynamoDbDocumentClientOptions={}}=context,{overrideInputFilterSensitiveLog}=dynamoDbDocumentClientOptions,inputFilterSensitiveLog=overrideInputFilterSensitiveLog??context.inputFilterSensitiveLog;throw logger?.error?.({clientName,commandName,input:inputFilterSensitiveLog(args.input),error,metadata:error.$metadata}),error}},loggerMiddlewareOptions={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},getLoggerPlugin=options=>({applyToStack:clientStack=>{clientStack.add(loggerMiddleware(),loggerMiddlewareOptions)}});var recursionDetectionMiddlewareOptions={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"};var PROTECTED_KEYS={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for("_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGAGE")},NO_GLOBAL_AWS_LAMBDA=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");NO_GLOBAL_AWS_LAMBDA||(globalThis.awslambda=globalThis.awslambda||{});var InvokeStoreBase=class{static PROTECTED_KEYS=PROTECTED_KEYS;isProtectedKey(key){return Object.values(PROTECTED_KEYS).includes(key)}getRequestId(){return this.get(PROTECTED_KEYS.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(PROTECTED_KEYS.X_RAY_TRACE_ID)}getTenantId(){return this.get(PROTECTED_KEYS.TENANT_ID)}getTraceparent(){return this.get(PROTECTED_KEYS.TRACEPARENT)}getTracestate(){return this.get(PROTECTED_KEYS.TRACESTATE)}getBaggage(){return this.get(PROTECTED_KEYS.BAGGAGE)}},InvokeStoreSingle=class extends InvokeStoreBase{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(key){return this.currentContext?.[key]}set(key,value){if(this.isProtectedKey(key))throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);this.currentContext=this.currentContext||{},this.currentContext[key]=value}run(context,fn){return this.currentContext=context,fn()}},InvokeStoreMulti=class _InvokeStoreMulti extends InvokeStoreBase{als;static async create(){let instance=new _InvokeStoreMulti,asyncHooks=await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6698, 19));return instance.als=new asyncHooks.AsyncLocalStorage,instance}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(key){return this.als.getStore()?.[key]}set(key,value){if(this.isProtectedKey(key))throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);let store=this.als.getStore();if(!store)throw new Error("No context available");store[key]=value}run(context,fn){return this.als.run(context,fn)}},InvokeStore;(function(InvokeStore2){let instance=null;async function getInstanceAsync(forceInvokeStoreMulti){return instance||(instance=(async()=>{let newInstance=forceInvokeStoreMulti===!0||"AWS_LAMBDA_MAX_CONCURRENCY"in process.env?await InvokeStoreMulti.create():new InvokeStoreSingle;return!NO_GLOBAL_AWS_LAMBDA&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!NO_GLOBAL_AWS_LAMBDA&&globalThis.awslambda&&(globalThis.awslambda.InvokeStore=newInstance),newInstance)})()),instance}InvokeStore2.getInstanceAsync=getInstanceAsync,InvokeStore2._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{instance=null,globalThis.awslambda?.InvokeStore&&delete globalThis.awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(InvokeStore||(InvokeStore={}));var AWS_LAMBDA_FUNCTION_NAME="AWS_LAMBDA_FUNCTION_NAME",_X_AMZN_TRACE_ID="_X_AMZN_TRACE_ID",X_AMZN_TRACE_ID="X-Amzn-Trace-Id",TRACEPARENT="traceparent",TRACESTATE="tracestate",BAGGAGE="baggage",recursionDetectionMiddleware=()=>next=>async args=>{let{request}=args;if(!chunk_AC5OV5WI/* HttpRequest */.Kd.isInstance(request))return next(args);let invokeStore;{let traceIdHeader=Object.keys(request.headers??{}).find(h=>h.toLowerCase()===X_AMZN_TRACE_ID.toLowerCase())??X_AMZN_TRACE_ID;if(!request.headers.hasOwnProperty(traceIdHeader)){let functionName=process.env[AWS_LAMBDA_FUNCTION_NAME],traceIdFromEnv=process.env[_X_AMZN_TRACE_ID];invokeStore??=await InvokeStore.getInstanceAsync();let traceId=invokeStore?.getXRayTraceId()??traceIdFromEnv,nonEmptyString=str=>typeof str=="string"&&str.length>0;nonEmptyString(functionName)&&nonEmptyString(traceId)&&(request.headers[X_AMZN_TRACE_ID]=traceId)}}if(sanitizeTraceHeaders(request.headers),!request.headers[TRACEPARENT]){let traceparent=(invokeStore??=await InvokeStore.getInstanceAsync())?.getTraceparent?.();if(traceparent){request.headers[TRACEPARENT]=traceparent;let tracestate=invokeStore?.getTracestate?.();tracestate&&(request.headers[TRACESTATE]=tracestate);let baggage=invokeStore?.getBaggage?.();baggage&&(request.headers[BAGGAGE]=baggage)}}return next(args)};function sanitizeTraceHeaders(headers){for(let header of Object.keys(headers)){let lower=header.toLowerCase();header!==lower&&(lower===TRACEPARENT||lower===TRACESTATE||lower===BAGGAGE)&&(headers[lower]=headers[header],delete headers[header])}}var getRecursionDetectionPlugin=options=>({applyToStack:clientStack=>{clientStack.add(recursionDetectionMiddleware(),recursionDetectionMiddlewareOptions)}});var resolveAuthOptions=(candidateAuthOptions,authSchemePreference)=>{if(!authSchemePreference||authSchemePreference.length===0)return candidateAuthOptions;let preferredAuthOptions=[];for(let preferredSchemeName of authSchemePreference)for(let candidateAuthOption of candidateAuthOptions)candidateAuthOption.schemeId.split("#")[1]===preferredSchemeName&&preferredAuthOptions.push(candidateAuthOption);for(let candidateAuthOption of candidateAuthOptions)preferredAuthOptions.find(({schemeId})=>schemeId===candidateAuthOption.schemeId)||preferredAuthOptions.push(candidateAuthOption);return preferredAuthOptions};function convertHttpAuthSchemesToMap(httpAuthSchemes){let map=new Map;for(let scheme of httpAuthSchemes)map.set(scheme.schemeId,scheme);return map}var httpAuthSchemeMiddleware=(config,mwOptions)=>(next,context)=>async args=>{let options=config.httpAuthSchemeProvider(await mwOptions.httpAuthSchemeParametersProvider(config,context,args.input)),authSchemePreference=config.authSchemePreference?await config.authSchemePreference():[],resolvedOptions=resolveAuthOptions(options,authSchemePreference),authSchemes=convertHttpAuthSchemesToMap(config.httpAuthSchemes),smithyContext=(0,chunk_AC5OV5WI/* getSmithyContext */.ug)(context),failureReasons=[];for(let option of resolvedOptions){let scheme=authSchemes.get(option.schemeId);if(!scheme){failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` was not enabled for this service.`);continue}let identityProvider=scheme.identityProvider(await mwOptions.identityProviderConfigProvider(config));if(!identityProvider){failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties={},signingProperties={}}=option.propertiesExtractor?.(config,context)||{};option.identityProperties=Object.assign(option.identityProperties||{},identityProperties),option.signingProperties=Object.assign(option.signingProperties||{},signingProperties),smithyContext.selectedHttpAuthScheme={httpAuthOption:option,identity:await identityProvider(option.identityProperties),signer:scheme.signer};break}if(!smithyContext.selectedHttpAuthScheme)throw new Error(failureReasons.join(`
`));return next(args)};var httpAuthSchemeEndpointRuleSetMiddlewareOptions={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Middleware"},getHttpAuthSchemeEndpointRuleSetPlugin=(config,{httpAuthSchemeParametersProvider,identityProviderConfigProvider})=>({applyToStack:clientStack=>{clientStack.addRelativeTo(httpAuthSchemeMiddleware(config,{httpAuthSchemeParametersProvider,identityProviderConfigProvider}),httpAuthSchemeEndpointRuleSetMiddlewareOptions)}});var defaultErrorHandler=signingProperties=>error=>{throw error},defaultSuccessHandler=(httpResponse,signingProperties)=>{},httpSigningMiddleware=config=>(next,context)=>async args=>{if(!chunk_AC5OV5WI/* HttpRequest */.Kd.isInstance(args.request))return next(args);let scheme=(0,chunk_AC5OV5WI/* getSmithyContext */.ug)(context).selectedHttpAuthScheme;if(!scheme)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties={}},identity,signer}=scheme,output=await next({...args,request:await signer.sign(args.request,identity,signingProperties)}).catch((signer.errorHandler||defaultErrorHandler)(signingProperties));return(signer.successHandler||defaultSuccessHandler)(output.response,signingProperties),output};var httpSigningMiddlewareOptions={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMiddleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},getHttpSigningPlugin=config=>({applyToStack:clientStack=>{clientStack.addRelativeTo(httpSigningMiddleware(config),httpSigningMiddlewareOptions)}});var DefaultIdentityProviderConfig=class{authSchemes=new Map;constructor(config){for(let key in config){if(!(0,chunk_AC5OV5WI/* hasOwn */.$3)(config,key))continue;let value=config[key];value!==void 0&&this.authSchemes.set(key,value)}}getIdentityProvider(schemeId){return this.authSchemes.get(schemeId)}};var NoAuthSigner=class{async sign(httpRequest,identity,signingProperties){return httpRequest}};var createIsIdentityExpiredFunction=expirationMs=>function(identity){return doesIdentityRequireRefresh(identity)&&identity.expiration.getTime()-Date.now()<expirationMs};var isIdentityExpired=createIsIdentityExpiredFunction(3e5),doesIdentityRequireRefresh=identity=>identity.expiration!==void 0,memoizeIdentityProvider=(provider,isExpired,requiresRefresh)=>{if(provider===void 0)return;let normalizedProvider=typeof provider!="function"?async()=>Promise.resolve(provider):provider,resolved,pending,hasResult,isConstant=!1,coalesceProvider=async options=>{pending||(pending=normalizedProvider(options));try{resolved=await pending,hasResult=!0,isConstant=!1}finally{pending=void 0}return resolved};return isExpired===void 0?async options=>((!hasResult||options?.forceRefresh)&&(resolved=await coalesceProvider(options)),resolved):async options=>((!hasResult||options?.forceRefresh)&&(resolved=await coalesceProvider(options)),isConstant?resolved:requiresRefresh(resolved)?(isExpired(resolved)&&await coalesceProvider(options),resolved):(isConstant=!0,resolved))};var normalizeProvider2=input=>{if(typeof input=="function")return input;let promisified=Promise.resolve(input);return()=>promisified};var DEFAULT_UA_APP_ID=void 0;function isValidUserAgentAppId(appId){return appId===void 0?!0:typeof appId=="string"&&appId.length<=50}function resolveUserAgentConfig(input){let normalizedAppIdProvider=normalizeProvider2(input.userAgentAppId??DEFAULT_UA_APP_ID),{customUserAgent}=input;return Object.assign(input,{customUserAgent:typeof customUserAgent=="string"?[[customUserAgent]]:customUserAgent,userAgentAppId:async()=>{let appId=await normalizedAppIdProvider();if(!isValidUserAgentAppId(appId)){let logger=input.logger?.constructor?.name==="NoOpLogger"||!input.logger?console:input.logger;typeof appId!="string"?logger?.warn("userAgentAppId must be a string or undefined."):appId.length>50&&logger?.warn("The provided userAgentAppId exceeds the maximum length of 50 characters.")}return appId}})}var THROTTLING_ERROR_CODES=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExceededException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyRequestsException","TransactionInProgressException"],TRANSIENT_ERROR_CODES=["TimeoutError","RequestTimeout","RequestTimeoutException"],TRANSIENT_ERROR_STATUS_CODES=[500,502,503,504],NODEJS_TIMEOUT_ERROR_CODES=["ECONNRESET","ECONNREFUSED","EPIPE","ETIMEDOUT"],NODEJS_NETWORK_ERROR_CODES=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"];var isRetryableByTrait=error=>error?.$retryable!==void 0;var isClockSkewCorrectedError=error=>error.$metadata?.clockSkewCorrected,isBrowserNetworkError=error=>{let errorMessages=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection appears to be offline","Load failed","Network request failed"]);return error&&error instanceof TypeError?errorMessages.has(error.message):!1},isThrottlingError=error=>error.$metadata?.httpStatusCode===429||THROTTLING_ERROR_CODES.includes(error.name)||error.$retryable?.throttling==!0,isTransientError=(error,depth=0)=>error?.name!=="AbortError"&&(isRetryableByTrait(error)||isClockSkewCorrectedError(error)||error.name==="InvalidSignatureException"&&error.message?.includes("Signature expired")||TRANSIENT_ERROR_CODES.includes(error.name)||NODEJS_TIMEOUT_ERROR_CODES.includes(error?.code||"")||NODEJS_NETWORK_ERROR_CODES.includes(error?.code||"")||TRANSIENT_ERROR_STATUS_CODES.includes(error.$metadata?.httpStatusCode||0)||isBrowserNetworkError(error)||isNodeJsHttp2TransientError(error)||error.cause!==void 0&&depth<=10&&isTransientError(error.cause,depth+1)),isServerError=error=>{if(error.$metadata?.httpStatusCode!==void 0){let statusCode=error.$metadata.httpStatusCode;return 500<=statusCode&&statusCode<=599&&!isTransientError(error)}return!1};function isNodeJsHttp2TransientError(error){return error.code==="ERR_HTTP2_STREAM_ERROR"&&error.message.includes("NGHTTP2_REFUSED_STREAM")}var DefaultRateLimiter=class _DefaultRateLimiter{static setTimeoutFn=(fn,delay)=>setTimeout(fn,delay);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(options){this.beta=options?.beta??.7,this.minCapacity=options?.minCapacity??1,this.minFillRate=options?.minFillRate??.5,this.scaleConstant=options?.scaleConstant??.4,this.smooth=options?.smooth??.8,this.lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(response){let calculatedRate;this.updateMeasuredRate();let retryErrorInfo=response;if(retryErrorInfo?.errorType==="THROTTLING"||isThrottlingError(retryErrorInfo?.error??response)){let rateToUse=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=rateToUse,this.calculateTimeWindow(),this.lastThrottleTime=this.getCurrentTimeInSeconds(),calculatedRate=this.cubicThrottle(rateToUse),this.enableTokenBucket()}else this.calculateTimeWindow(),calculatedRate=this.cubicSuccess(this.getCurrentTimeInSeconds());let newRate=Math.min(calculatedRate,2*this.measuredTxRate);this.updateTokenBucketRate(newRate)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(amount){if(this.enabled){for(this.refillTokenBucket();amount>this.availableTokens;){let delay=(amount-this.availableTokens)/this.fillRate*1e3;await new Promise(resolve=>_DefaultRateLimiter.setTimeoutFn(resolve,delay)),this.refillTokenBucket()}this.availableTokens=this.availableTokens-amount}}refillTokenBucket(){let timestamp=this.getCurrentTimeInSeconds();if(!this.lastTimestamp){this.lastTimestamp=timestamp;return}let fillAmount=(timestamp-this.lastTimestamp)*this.fillRate;this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+fillAmount),this.lastTimestamp=timestamp}calculateTimeWindow(){this.timeWindow=this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(rateToUse){return this.getPrecise(rateToUse*this.beta)}cubicSuccess(timestamp){return this.getPrecise(this.scaleConstant*Math.pow(timestamp-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(newRate){this.refillTokenBucket(),this.fillRate=Math.max(newRate,this.minFillRate),this.maxCapacity=Math.max(newRate,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,this.maxCapacity)}updateMeasuredRate(){let t=this.getCurrentTimeInSeconds(),timeBucket=Math.floor(t*2)/2;if(this.requestCount++,timeBucket>this.lastTxRateBucket){let currentRate=this.requestCount/(timeBucket-this.lastTxRateBucket);this.measuredTxRate=this.getPrecise(currentRate*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=timeBucket}}getPrecise(num){return parseFloat(num.toFixed(8))}};var INVOCATION_ID_HEADER="amz-sdk-invocation-id",REQUEST_HEADER="amz-sdk-request";var Retry=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){return"THROTTLING"}};var DefaultRetryBackoffStrategy=class{x=Retry.delay();computeNextBackoffDelay(i){let t_i=Math.random()*Math.min(this.x*2**i,2e4);return Math.floor(t_i)}setDelayBase(delay){this.x=delay}};var DefaultRetryToken=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(delay,count,cost,longPoll){this.delay=delay,this.count=count,this.cost=cost,this.longPoll=longPoll}getRetryCount(){return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}};var RETRY_MODES;(function(RETRY_MODES2){RETRY_MODES2.STANDARD="standard",RETRY_MODES2.ADAPTIVE="adaptive"})(RETRY_MODES||(RETRY_MODES={}));var DEFAULT_MAX_ATTEMPTS=3,DEFAULT_RETRY_MODE=RETRY_MODES.STANDARD;var refusal={incompatible:1,attempts:2,capacity:3},StandardRetryStrategy=class{mode=RETRY_MODES.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(arg1){typeof arg1=="number"?this.maxAttemptsProvider=async()=>arg1:typeof arg1=="function"?this.maxAttemptsProvider=arg1:arg1&&typeof arg1=="object"&&(this.maxAttemptsProvider=async()=>arg1.maxAttempts,this.baseDelay=arg1.baseDelay,this.retryBackoffStrategy=arg1.backoff),this.maxAttemptsProvider??=async()=>DEFAULT_MAX_ATTEMPTS,this.baseDelay??=Retry.delay(),this.retryBackoffStrategy??=new DefaultRetryBackoffStrategy}async acquireInitialRetryToken(retryTokenScope){return new DefaultRetryToken(Retry.delay(),0,void 0,retryTokenScope.includes(":longpoll"))}async refreshRetryTokenForRetry(token,errorInfo){let maxAttempts=await this.getMaxAttempts(),retryCode=this.retryCode(token,errorInfo,maxAttempts),shouldRetry=retryCode===0,isLongPoll=token.isLongPoll?.();if(shouldRetry||isLongPoll){let errorType=errorInfo.errorType;this.retryBackoffStrategy.setDelayBase(errorType==="THROTTLING"?Retry.throttlingDelay():this.baseDelay);let delayFromErrorType=this.retryBackoffStrategy.computeNextBackoffDelay(token.getRetryCount()),retryDelay=delayFromErrorType;if(errorInfo.retryAfterHint instanceof Date&&(retryDelay=Math.max(delayFromErrorType,Math.min(errorInfo.retryAfterHint.getTime()-Date.now(),delayFromErrorType+5e3))),shouldRetry){let capacityCost=this.getCapacityCost(errorType);this.capacity-=capacityCost;let nextToken=new DefaultRetryToken(0,token.getRetryCount()+1,capacityCost,token.isLongPoll?.()??!1);return await new Promise(r=>setTimeout(r,retryDelay)),nextToken.$retryLog.acquisitionDelay=retryDelay,nextToken}else{let longPollBackoff=retryCode===refusal.capacity&&isLongPoll?retryDelay:0;longPollBackoff>0&&await new Promise(r=>setTimeout(r,longPollBackoff))}}throw new Error("No retry token available")}recordSuccess(token){this.capacity=Math.min(500,this.capacity+(token.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Using default of ${DEFAULT_MAX_ATTEMPTS}`),DEFAULT_MAX_ATTEMPTS}}retryCode(tokenToRenew,errorInfo,maxAttempts){let attempts=tokenToRenew.getRetryCount()+1,retryableStatus=this.isRetryableError(errorInfo.errorType)?0:refusal.incompatible,attemptStatus=attempts<maxAttempts?0:refusal.attempts,capacityStatus=this.capacity>=this.getCapacityCost(errorInfo.errorType)?0:refusal.capacity;return retryableStatus||attemptStatus||capacityStatus}getCapacityCost(errorType){return errorType===Retry.modifiedCostType()?Retry.throttlingCost():Retry.cost()}isRetryableError(errorType){return errorType==="THROTTLING"||errorType==="TRANSIENT"}};var AdaptiveRetryStrategy=class{mode=RETRY_MODES.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(maxAttemptsProvider,options){let{rateLimiter}=options??{};this.rateLimiter=rateLimiter??new DefaultRateLimiter,this.standardRetryStrategy=options?new StandardRetryStrategy({maxAttempts:typeof maxAttemptsProvider=="number"?maxAttemptsProvider:3,...options}):new StandardRetryStrategy(maxAttemptsProvider)}async acquireInitialRetryToken(retryTokenScope){let token=await this.standardRetryStrategy.acquireInitialRetryToken(retryTokenScope);return await this.rateLimiter.getSendToken(),token}async refreshRetryTokenForRetry(tokenToRenew,errorInfo){this.rateLimiter.updateClientSendingRate(errorInfo);let token=await this.standardRetryStrategy.refreshRetryTokenForRetry(tokenToRenew,errorInfo);return await this.rateLimiter.getSendToken(),token}recordSuccess(token){this.rateLimiter.updateClientSendingRate({}),this.standardRetryStrategy.recordSuccess(token)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}};var ENV_MAX_ATTEMPTS="AWS_MAX_ATTEMPTS",CONFIG_MAX_ATTEMPTS="max_attempts",NODE_MAX_ATTEMPT_CONFIG_OPTIONS={environmentVariableSelector:env2=>{let value=env2[ENV_MAX_ATTEMPTS];if(!value)return;let maxAttempt=parseInt(value);if(Number.isNaN(maxAttempt))throw new Error(`Environment variable ${ENV_MAX_ATTEMPTS} mast be a number, got "${value}"`);return maxAttempt},configFileSelector:profile=>{let value=profile[CONFIG_MAX_ATTEMPTS];if(!value)return;let maxAttempt=parseInt(value);if(Number.isNaN(maxAttempt))throw new Error(`Shared config file entry ${CONFIG_MAX_ATTEMPTS} mast be a number, got "${value}"`);return maxAttempt},default:DEFAULT_MAX_ATTEMPTS},resolveRetryConfig=(input,defaults)=>{let{retryStrategy,retryMode}=input,{defaultMaxAttempts=DEFAULT_MAX_ATTEMPTS,defaultBaseDelay=Retry.delay()}=defaults??{},maxAttemptsProvider=(0,chunk_AC5OV5WI/* normalizeProvider */.te)(input.maxAttempts??defaultMaxAttempts),controller=retryStrategy?Promise.resolve(retryStrategy):void 0,getDefault=async()=>{let maxAttempts=await maxAttemptsProvider();return await (0,chunk_AC5OV5WI/* normalizeProvider */.te)(retryMode)()===RETRY_MODES.ADAPTIVE?new AdaptiveRetryStrategy(maxAttemptsProvider,{maxAttempts,baseDelay:defaultBaseDelay}):new StandardRetryStrategy({maxAttempts,baseDelay:defaultBaseDelay})};return Object.assign(input,{maxAttempts:maxAttemptsProvider,retryStrategy:()=>controller??=getDefault()})},ENV_RETRY_MODE="AWS_RETRY_MODE",CONFIG_RETRY_MODE="retry_mode",NODE_RETRY_MODE_CONFIG_OPTIONS={environmentVariableSelector:env2=>env2[ENV_RETRY_MODE],configFileSelector:profile=>profile[CONFIG_RETRY_MODE],default:DEFAULT_RETRY_MODE};var isStreamingPayload=request=>request?.body instanceof external_node_stream_.Readable||typeof ReadableStream<"u"&&request?.body instanceof ReadableStream;var race=(promise,signal)=>{if(!signal)return promise;let cleanup=()=>{},aborted=new Promise((_,reject)=>{let handler=()=>reject(createAbortError());signal.aborted?handler():typeof signal.addEventListener=="function"?(signal.addEventListener("abort",handler,{once:!0}),cleanup=()=>signal.removeEventListener("abort",handler)):signal.onabort=handler});return Promise.race([promise,aborted]).finally(cleanup)},createAbortError=()=>Object.assign(new Error("Request aborted"),{name:"AbortError"}),isAbortError=error=>typeof error=="object"&&error!==null&&"name"in error&&error.name==="AbortError";function parseRetryAfterHeader(response,logger){if(chunk_AC5OV5WI/* HttpResponse */.cS.isInstance(response))for(let header in response.headers){if(!(0,chunk_AC5OV5WI/* hasOwn */.$3)(response.headers,header))continue;let h=header.toLowerCase();if(h==="retry-after"){let retryAfter=response.headers[header],retryAfterSeconds=NaN;if(retryAfter.endsWith("GMT"))try{retryAfterSeconds=((0,chunk_AC5OV5WI/* parseRfc7231DateTime */.xE)(retryAfter).getTime()-Date.now())/1e3}catch(e){logger?.trace?.("Failed to parse retry-after header"),logger?.trace?.(e)}else retryAfter.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?retryAfterSeconds=Number(retryAfter.match(/ GMT, ([\d.]+)$/)?.[1]):retryAfter.match(/^((\d+)|(\d+\.\d+))$/)?retryAfterSeconds=Number(retryAfter):Date.parse(retryAfter)>=Date.now()&&(retryAfterSeconds=(Date.parse(retryAfter)-Date.now())/1e3);return isNaN(retryAfterSeconds)?void 0:new Date(Date.now()+retryAfterSeconds*1e3)}else if(h==="x-amz-retry-after"){let v=response.headers[header],backoffMilliseconds=Number(v);if(isNaN(backoffMilliseconds)){logger?.trace?.(`Failed to parse x-amz-retry-after=${v}`);return}return new Date(Date.now()+backoffMilliseconds)}}}var asSdkError=error=>error instanceof Error?error:error instanceof Object?Object.assign(new Error,error):typeof error=="string"?new Error(error):new Error(`AWS SDK error wrapper for ${error}`);function bindRetryMiddleware(isStreamingPayload2){return options=>(next,context)=>async args=>{let retryStrategy=await options.retryStrategy(),maxAttempts=await options.maxAttempts(),abortSignal=context[chunk_AC5OV5WI/* SMITHY_CONTEXT_KEY */.Vf]?.abortSignal;if(isRetryStrategyV2(retryStrategy)){retryStrategy=retryStrategy;let retryTokenScope=(context.partition_id??"")+(context.__retryLongPoll?":longpoll":""),retryToken=await race(retryStrategy.acquireInitialRetryToken(retryTokenScope),abortSignal),lastError=new Error,attempts=0,totalRetryDelay=0,{request}=args,isRequest=chunk_AC5OV5WI/* HttpRequest */.Kd.isInstance(request);for(isRequest&&(request.headers[INVOCATION_ID_HEADER]=(0,chunk_AC5OV5WI.v4)());;)try{isRequest&&(request.headers[REQUEST_HEADER]=`attempt=${attempts+1}; max=${maxAttempts}`);let{response,output}=await next(args);return retryStrategy.recordSuccess(retryToken),output.$metadata.attempts=attempts+1,output.$metadata.totalRetryDelay=totalRetryDelay,{response,output}}catch(e){let retryErrorInfo=getRetryErrorInfo(e,options.logger);if(lastError=asSdkError(e),isRequest&&isStreamingPayload2(request))throw(context.logger instanceof NoOpLogger?console:context.logger)?.warn("An error was encountered in a non-retryable streaming request."),lastError;try{retryToken=await race(retryStrategy.refreshRetryTokenForRetry(retryToken,retryErrorInfo),abortSignal)}catch(refreshError){throw abortSignal?.aborted&&isAbortError(refreshError)?refreshError:(lastError.$metadata||(lastError.$metadata={}),lastError.$metadata.attempts=attempts+1,lastError.$metadata.totalRetryDelay=totalRetryDelay,lastError)}attempts=retryToken.getRetryCount();let delay=retryToken.getRetryDelay();totalRetryDelay+=(retryToken?.$retryLog?.acquisitionDelay??0)+delay,delay>0&&await race(new Promise(resolve=>setTimeout(resolve,delay)),abortSignal)}}else return retryStrategy=retryStrategy,retryStrategy?.mode&&(context.userAgent=[...context.userAgent||[],["cfg/retry-mode",retryStrategy.mode]]),retryStrategy.retry(next,args)}}var isRetryStrategyV2=retryStrategy=>typeof retryStrategy.acquireInitialRetryToken<"u"&&typeof retryStrategy.refreshRetryTokenForRetry<"u"&&typeof retryStrategy.recordSuccess<"u",getRetryErrorInfo=(error,logger)=>{let errorInfo={error,errorType:getRetryErrorType(error)},retryAfterHint=parseRetryAfterHeader(error.$response,logger);return retryAfterHint&&(errorInfo.retryAfterHint=retryAfterHint),errorInfo},getRetryErrorType=error=>isThrottlingError(error)?"THROTTLING":isTransientError(error)?"TRANSIENT":isServerError(error)?"SERVER_ERROR":"CLIENT_ERROR",retryMiddlewareOptions={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"high",override:!0};function bindGetRetryPlugin(isStreamingPayload2){let retryMiddleware2=bindRetryMiddleware(isStreamingPayload2);return options=>({applyToStack:clientStack=>{clientStack.add(retryMiddleware2(options),retryMiddlewareOptions)}})}var retryMiddleware=bindRetryMiddleware(isStreamingPayload),getRetryPlugin=bindGetRetryPlugin(isStreamingPayload);var partitionsInfo={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",regions:{"af-south-1":{description:"Africa (Cape Town)"},"ap-east-1":{description:"Asia Pacific (Hong Kong)"},"ap-east-2":{description:"Asia Pacific (Taipei)"},"ap-northeast-1":{description:"Asia Pacific (Tokyo)"},"ap-northeast-2":{description:"Asia Pacific (Seoul)"},"ap-northeast-3":{description:"Asia Pacific (Osaka)"},"ap-south-1":{description:"Asia Pacific (Mumbai)"},"ap-south-2":{description:"Asia Pacific (Hyderabad)"},"ap-southeast-1":{description:"Asia Pacific (Singapore)"},"ap-southeast-2":{description:"Asia Pacific (Sydney)"},"ap-southeast-3":{description:"Asia Pacific (Jakarta)"},"ap-southeast-4":{description:"Asia Pacific (Melbourne)"},"ap-southeast-5":{description:"Asia Pacific (Malaysia)"},"ap-southeast-6":{description:"Asia Pacific (New Zealand)"},"ap-southeast-7":{description:"Asia Pacific (Thailand)"},"aws-global":{description:"aws global region"},"ca-central-1":{description:"Canada (Central)"},"ca-west-1":{description:"Canada West (Calgary)"},"eu-central-1":{description:"Europe (Frankfurt)"},"eu-central-2":{description:"Europe (Zurich)"},"eu-north-1":{description:"Europe (Stockholm)"},"eu-south-1":{description:"Europe (Milan)"},"eu-south-2":{description:"Europe (Spain)"},"eu-west-1":{description:"Europe (Ireland)"},"eu-west-2":{description:"Europe (London)"},"eu-west-3":{description:"Europe (Paris)"},"il-central-1":{description:"Israel (Tel Aviv)"},"me-central-1":{description:"Middle East (UAE)"},"me-south-1":{description:"Middle East (Bahrain)"},"me-west-1":{description:"Middle East (Saudi Arabia)"},"mx-central-1":{description:"Mexico (Central)"},"sa-east-1":{description:"South America (Sao Paulo)"},"sa-west-1":{description:"South America (Chile)"},"us-east-1":{description:"US East (N. Virginia)"},"us-east-2":{description:"US East (Ohio)"},"us-west-1":{description:"US West (N. California)"},"us-west-2":{description:"US West (Oregon)"}}},{id:"aws-cn",outputs:{dnsSuffix:"amazonaws.com.cn",dualStackDnsSuffix:"api.amazonwebservices.com.cn",implicitGlobalRegion:"cn-northwest-1",name:"aws-cn",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^cn\\-\\w+\\-\\d+$",regions:{"aws-cn-global":{description:"aws-cn global region"},"cn-north-1":{description:"China (Beijing)"},"cn-northwest-1":{description:"China (Ningxia)"}}},{id:"aws-eusc",outputs:{dnsSuffix:"amazonaws.eu",dualStackDnsSuffix:"api.amazonwebservices.eu",implicitGlobalRegion:"eusc-de-east-1",name:"aws-eusc",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^eusc\\-(de)\\-\\w+\\-\\d+$",regions:{"eusc-de-east-1":{description:"AWS European Sovereign Cloud (Germany)"}}},{id:"aws-iso",outputs:{dnsSuffix:"c2s.ic.gov",dualStackDnsSuffix:"api.aws.ic.gov",implicitGlobalRegion:"us-iso-east-1",name:"aws-iso",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-iso\\-\\w+\\-\\d+$",regions:{"aws-iso-global":{description:"aws-iso global region"},"us-iso-east-1":{description:"US ISO East"},"us-iso-west-1":{description:"US ISO WEST"}}},{id:"aws-iso-b",outputs:{dnsSuffix:"sc2s.sgov.gov",dualStackDnsSuffix:"api.aws.scloud",implicitGlobalRegion:"us-isob-east-1",name:"aws-iso-b",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isob\\-\\w+\\-\\d+$",regions:{"aws-iso-b-global":{description:"aws-iso-b global region"},"us-isob-east-1":{description:"US ISOB East (Ohio)"},"us-isob-west-1":{description:"US ISOB West"}}},{id:"aws-iso-e",outputs:{dnsSuffix:"cloud.adc-e.uk",dualStackDnsSuffix:"api.cloud-aws.adc-e.uk",implicitGlobalRegion:"eu-isoe-west-1",name:"aws-iso-e",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^eu\\-isoe\\-\\w+\\-\\d+$",regions:{"aws-iso-e-global":{description:"aws-iso-e global region"},"eu-isoe-west-1":{description:"EU ISOE West"}}},{id:"aws-iso-f",outputs:{dnsSuffix:"csp.hci.ic.gov",dualStackDnsSuffix:"api.aws.hci.ic.gov",implicitGlobalRegion:"us-isof-south-1",name:"aws-iso-f",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isof\\-\\w+\\-\\d+$",regions:{"aws-iso-f-global":{description:"aws-iso-f global region"},"us-isof-east-1":{description:"US ISOF EAST"},"us-isof-south-1":{description:"US ISOF SOUTH"}}},{id:"aws-us-gov",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-gov-west-1",name:"aws-us-gov",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-gov\\-\\w+\\-\\d+$",regions:{"aws-us-gov-global":{description:"aws-us-gov global region"},"us-gov-east-1":{description:"AWS GovCloud (US-East)"},"us-gov-west-1":{description:"AWS GovCloud (US-West)"}}}],version:"1.1"};var selectedPartitionsInfo=partitionsInfo,selectedUserAgentPrefix="",partition=value=>{let{partitions}=selectedPartitionsInfo;for(let partition2 of partitions){let{regions,outputs}=partition2;for(let[region,regionData]of Object.entries(regions))if(region===value)return{...outputs,...regionData}}for(let partition2 of partitions){let{regionRegex,outputs}=partition2;if(new RegExp(regionRegex).test(value))return{...outputs}}let DEFAULT_PARTITION=partitions.find(partition2=>partition2.id==="aws");if(!DEFAULT_PARTITION)throw new Error("Provided region was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...DEFAULT_PARTITION.outputs}};var getUserAgentPrefix=()=>selectedUserAgentPrefix;function setFeature2(context,feature,value){context.__aws_sdk_context?context.__aws_sdk_context.features||(context.__aws_sdk_context.features={}):context.__aws_sdk_context={features:{}},context.__aws_sdk_context.features[feature]=value}var ACCOUNT_ID_ENDPOINT_REGEX=/\d{12}\.ddb/;async function checkFeatures(context,config,args){if(args.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&setFeature2(context,"PROTOCOL_RPC_V2_CBOR","M"),typeof config.retryStrategy=="function"){let retryStrategy=await config.retryStrategy();if(typeof retryStrategy.mode=="string")switch(retryStrategy.mode){case RETRY_MODES.ADAPTIVE:setFeature2(context,"RETRY_MODE_ADAPTIVE","F");break;case RETRY_MODES.STANDARD:setFeature2(context,"RETRY_MODE_STANDARD","E");break}}if(typeof config.accountIdEndpointMode=="function"){let endpointV2=context.endpointV2;switch(String(endpointV2?.url?.hostname).match(ACCOUNT_ID_ENDPOINT_REGEX)&&setFeature2(context,"ACCOUNT_ID_ENDPOINT","O"),await config.accountIdEndpointMode?.()){case"disabled":setFeature2(context,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":setFeature2(context,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":setFeature2(context,"ACCOUNT_ID_MODE_REQUIRED","R");break}}let identity=context.__smithy_context?.selectedHttpAuthScheme?.identity;if(identity?.$source){let credentials=identity;credentials.accountId&&setFeature2(context,"RESOLVED_ACCOUNT_ID","T");for(let[key,value]of Object.entries(credentials.$source??{}))setFeature2(context,key,value)}}var USER_AGENT="user-agent",X_AMZ_USER_AGENT="x-amz-user-agent";var UA_NAME_ESCAPE_REGEX=/[^!$%&'*+\-.^_`|~\w]/g,UA_VALUE_ESCAPE_REGEX=/[^!$%&'*+\-.^_`|~\w#]/g;function encodeFeatures(features){let buffer="";for(let key in features){let val=features[key];if(buffer.length+val.length+1<=1024){buffer.length?buffer+=","+val:buffer+=val;continue}break}return buffer}var userAgentMiddleware=options=>(next,context)=>async args=>{let{request}=args;if(!chunk_AC5OV5WI/* HttpRequest */.Kd.isInstance(request))return next(args);let{headers}=request,userAgent=context?.userAgent?.map(escapeUserAgent)||[],defaultUserAgent2=(await options.defaultUserAgentProvider()).map(escapeUserAgent);await checkFeatures(context,options,args);let awsContext=context;defaultUserAgent2.push(`m/${encodeFeatures(Object.assign({},context.__smithy_context?.features,awsContext.__aws_sdk_context?.features))}`);let customUserAgent=options?.customUserAgent?.map(escapeUserAgent)||[],appId=await options.userAgentAppId();appId&&defaultUserAgent2.push(escapeUserAgent(["app",`${appId}`]));let prefix=getUserAgentPrefix(),sdkUserAgentValue=(prefix?[prefix]:[]).concat([...defaultUserAgent2,...userAgent,...customUserAgent]).join(" "),normalUAValue=[...defaultUserAgent2.filter(section=>section.startsWith("aws-sdk-")),...customUserAgent].join(" ");return options.runtime!=="browser"?(normalUAValue&&(headers[X_AMZ_USER_AGENT]=headers[X_AMZ_USER_AGENT]?`${headers[USER_AGENT]} ${normalUAValue}`:normalUAValue),headers[USER_AGENT]=sdkUserAgentValue):headers[X_AMZ_USER_AGENT]=sdkUserAgentValue,next({...args,request})},escapeUserAgent=userAgentPair=>{let name=userAgentPair[0].split("/").map(part=>part.replace(UA_NAME_ESCAPE_REGEX,"-")).join("/"),version=userAgentPair[1]?.replace(UA_VALUE_ESCAPE_REGEX,"-"),prefixSeparatorIndex=name.indexOf("/"),prefix=name.substring(0,prefixSeparatorIndex),uaName=name.substring(prefixSeparatorIndex+1);return prefix==="api"&&(uaName=uaName.toLowerCase()),[prefix,uaName,version].filter(item=>item&&item.length>0).reduce((acc,item,index)=>{switch(index){case 0:return item;case 1:return`${acc}/${item}`;default:return`${acc}#${item}`}},"")},getUserAgentMiddlewareOptions={name:"getUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},getUserAgentPlugin=config=>({applyToStack:clientStack=>{clientStack.add(userAgentMiddleware(config),getUserAgentMiddlewareOptions)}});var state={warningEmitted:!1},emitWarningIfUnsupportedVersion2=version=>{if(version&&!state.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){state.warningEmitted=!0;return}let userMajorVersion=parseInt(version.substring(1,version.indexOf("."))),vv=22;userMajorVersion<vv&&(state.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=${vv}. You are running node ${version}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${vv}.

More information can be found at: https://a.co/c895JFp`))}};var isDefaultSocketTimeoutEnabled=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",getDefaultSocketTimeout=(requestHandler,timeoutMs)=>{if(isDefaultSocketTimeoutEnabled()&&typeof requestHandler?.handle!="function")return timeoutMs};var getRuntimeUserAgentPair=()=>{let runtimesToCheck=["deno","bun","llrt"];for(let runtime of runtimesToCheck)if(external_node_process_namespaceObject.versions[runtime])return[`md/${runtime}`,external_node_process_namespaceObject.versions[runtime]];return["md/nodejs",external_node_process_namespaceObject.versions.node]};var crtAvailability={isCrtAvailable:!1};var isCrtAvailable=()=>crtAvailability.isCrtAvailable?["md/crt-avail"]:null;var createDefaultUserAgentProvider=({serviceId,clientVersion})=>{let runtimeUserAgentPair=getRuntimeUserAgentPair();return async config=>{let sections=[["aws-sdk-js",clientVersion],["ua","2.1"],[`os/${(0,external_node_os_.platform)()}`,(0,external_node_os_.release)()],["lang/js"],runtimeUserAgentPair],crtAvailable=isCrtAvailable();crtAvailable&&sections.push(crtAvailable),serviceId&&sections.push([`api/${serviceId}`,clientVersion]),external_node_process_namespaceObject.env.AWS_EXECUTION_ENV&&sections.push([`exec-env/${external_node_process_namespaceObject.env.AWS_EXECUTION_ENV}`]);let appId=await config?.userAgentAppId?.();return appId?[...sections,[`app/${appId}`]]:[...sections]}};var UA_APP_ID_ENV_NAME="AWS_SDK_UA_APP_ID",UA_APP_ID_INI_NAME="sdk_ua_app_id",UA_APP_ID_INI_NAME_DEPRECATED="sdk-ua-app-id",NODE_APP_ID_CONFIG_OPTIONS={environmentVariableSelector:env2=>env2[UA_APP_ID_ENV_NAME],configFileSelector:profile=>profile[UA_APP_ID_INI_NAME]??profile[UA_APP_ID_INI_NAME_DEPRECATED],default:DEFAULT_UA_APP_ID};var isVirtualHostableS3Bucket=(value,allowSubDomains=!1)=>{if(allowSubDomains){for(let label of value.split("."))if(!isVirtualHostableS3Bucket(label))return!1;return!0}return!(!(0,chunk_AC5OV5WI/* isValidHostLabel */.X8)(value)||value.length<3||value.length>63||value!==value.toLowerCase()||isIpAddress(value))};var parseArn=value=>{let segments=value.split(":");if(segments.length<6)return null;let[arn,partition2,service,region,accountId,...resourcePath]=segments;if(arn!=="arn"||partition2===""||service===""||resourcePath.join(":")==="")return null;let resourceId=resourcePath.map(resource=>resource.split("/")).flat();return{partition:partition2,service,region,accountId,resourceId}};var awsEndpointFunctions={isVirtualHostableS3Bucket,parseArn,partition};customEndpointFunctions.aws=awsEndpointFunctions;function stsRegionDefaultResolver(loaderConfig={}){return (0,chunk_SZU4KGNO/* loadConfig */.Z9)({...chunk_SZU4KGNO/* NODE_REGION_CONFIG_OPTIONS */.GG,async default(){return warning.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly."),"us-east-1"}},{...chunk_SZU4KGNO/* NODE_REGION_CONFIG_FILE_OPTIONS */.zH,...loaderConfig})}var warning={silence:!1};var getAwsRegionExtensionConfiguration=runtimeConfig=>({setRegion(region){runtimeConfig.region=region},region(){return runtimeConfig.region}}),resolveAwsRegionExtensionConfiguration=awsRegionExtensionConfiguration=>({region:awsRegionExtensionConfiguration.region()});


/***/ }),

/***/ 7425:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Sha256Node),
/* harmony export */   k: () => (/* binding */ Crc32Node)
/* harmony export */ });
/* harmony import */ var _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8549);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8522);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7598);
var CRC32_TABLE=new Uint32Array(256);for(let i=0;i<256;++i){let c=i;for(let j=0;j<8;++j)c=c&1?3988292384^c>>>1:c>>>1;CRC32_TABLE[i]=c>>>0}var ONES=4294967295,Crc32Js=class{digestLength=4;checksum=ONES;update(data){for(let i=0;i<data.length;++i)this.checksum=this.checksum>>>8^CRC32_TABLE[(this.checksum^data[i])&255]}digestSync(){return(this.checksum^ONES)>>>0}async digest(){let value=this.digestSync(),out=new Uint8Array(4);return new DataView(out.buffer).setUint32(0,value,!1),out}reset(){this.checksum=ONES}};var zlibCrc32=typeof node_zlib__WEBPACK_IMPORTED_MODULE_1__.crc32=="function"?node_zlib__WEBPACK_IMPORTED_MODULE_1__.crc32:void 0,Crc32Node=zlibCrc32?buildNativeClass(zlibCrc32):Crc32Js;function buildNativeClass(nativeCrc32){return class{digestLength=4;value=0;update(data){this.value=nativeCrc32(data,this.value)}digestSync(){return this.value>>>0}async digest(){let out=new Uint8Array(4);return new DataView(out.buffer).setUint32(0,this.digestSync(),!1),out}reset(){this.value=0}}}var BLOCK=64,DIGEST_LENGTH=32,MAX_HASHABLE_LENGTH=2**53-1,Sha256Js=class _Sha256Js{digestLength=DIGEST_LENGTH;state=Int32Array.from(INIT);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(secret){if(secret){let key=_Sha256Js.normalizeKey(secret);this.inner=new _Sha256Js,this.outer=new _Sha256Js;let{inner,outer}=this,pad=new Uint8Array(BLOCK*2);for(let i=0;i<BLOCK;++i)pad[i]=54^key[i],pad[i+BLOCK]=92^key[i];inner.update(pad.subarray(0,BLOCK)),outer.update(pad.subarray(BLOCK))}}update(data){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){this.inner.update(data);return}let chunk=(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .toUint8Array */ .Fo)(data),position=0,{byteLength}=chunk;if(this.bytesHashed+=byteLength,this.bytesHashed*8>MAX_HASHABLE_LENGTH)throw new Error("Cannot hash more than 2^53 - 1 bits");for(;byteLength>0;)this.buffer[this.bufferLength++]=chunk[position++],byteLength--,this.bufferLength===BLOCK&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner,outer}=this;if(inner&&outer){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let innerDigest=inner.digestSync();return outer.update(innerDigest),outer.digestSync()}return this.digestSync()}reset(){this.state=Int32Array.from(INIT),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let state=this.state.slice(),buffer=this.buffer.slice(),bufferLength=this.bufferLength,bitsHashed=this.bytesHashed*8,bufferView=new DataView(buffer.buffer,buffer.byteOffset,buffer.byteLength);if(bufferView.setUint8(bufferLength++,128),(bufferLength-1)%BLOCK>=BLOCK-8){for(let i=bufferLength;i<BLOCK;++i)bufferView.setUint8(i,0);this.hashBufferWith(state,buffer),bufferLength=0}for(let i=bufferLength;i<BLOCK-8;++i)bufferView.setUint8(i,0);bufferView.setUint32(BLOCK-8,Math.floor(bitsHashed/4294967296),!1),bufferView.setUint32(BLOCK-4,bitsHashed,!1),this.hashBufferWith(state,buffer);let out=new Uint8Array(DIGEST_LENGTH);for(let i=0;i<8;++i)out[i*4]=state[i]>>>24&255,out[i*4+1]=state[i]>>>16&255,out[i*4+2]=state[i]>>>8&255,out[i*4+3]=state[i]>>>0&255;return out}static normalizeKey(secret){let key=(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .toUint8Array */ .Fo)(secret);if(key.byteLength>BLOCK){let h=new _Sha256Js;h.update(key);let out=h.digestSync(),padded=new Uint8Array(BLOCK);return padded.set(out),padded}if(key.byteLength<BLOCK){let padded=new Uint8Array(BLOCK);return padded.set(key),padded}return key}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(state,buffer){let w=this.w??=new Int32Array(64),s0=state[0],s1=state[1],s2=state[2],s3=state[3],s4=state[4],s5=state[5],s6=state[6],s7=state[7];for(let i=0;i<BLOCK;++i){if(i<16)w[i]=(buffer[i*4]&255)<<24|(buffer[i*4+1]&255)<<16|(buffer[i*4+2]&255)<<8|buffer[i*4+3]&255;else{let u=w[i-2],t12=(u>>>17|u<<15)^(u>>>19|u<<13)^u>>>10;u=w[i-15];let t22=(u>>>7|u<<25)^(u>>>18|u<<14)^u>>>3;w[i]=(t12+w[i-7]|0)+(t22+w[i-16]|0)}let t1=(((s4>>>6|s4<<26)^(s4>>>11|s4<<21)^(s4>>>25|s4<<7))+(s4&s5^~s4&s6)|0)+(s7+(K[i]+w[i]|0)|0)|0,t2=((s0>>>2|s0<<30)^(s0>>>13|s0<<19)^(s0>>>22|s0<<10))+(s0&s1^s0&s2^s1&s2)|0;s7=s6,s6=s5,s5=s4,s4=s3+t1|0,s3=s2,s2=s1,s1=s0,s0=t1+t2|0}state[0]+=s0,state[1]+=s1,state[2]+=s2,state[3]+=s3,state[4]+=s4,state[5]+=s5,state[6]+=s6,state[7]+=s7}},INIT=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),K=new Int32Array([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]);var hasNativeCrypto=(()=>{try{return (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)("sha256"),!0}catch{return!1}})(),Sha256Node=hasNativeCrypto?buildNativeClass2():Sha256Js;function buildNativeClass2(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(secret){this.secret=secret,this.isHmac=!!secret,this.hash=this.createHash()}update(data){if(this.finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(data)}async digest(){let buf;return this.isHmac?(this.finished=!0,buf=this.hash.digest()):buf=this.hash.copy().digest(),new Uint8Array(buf.buffer,buf.byteOffset,buf.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.secret?(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHmac)("sha256",toBuffer(this.secret)):(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)("sha256")}}}function toBuffer(data){return typeof data=="string"?data:ArrayBuffer.isView(data)?Buffer.from(data.buffer,data.byteOffset,data.byteLength):Buffer.from(data)}


/***/ }),

/***/ 8450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   pi: () => (/* binding */ ENV_SECRET),
/* harmony export */   sF: () => (/* binding */ fromEnv),
/* harmony export */   yG: () => (/* binding */ ENV_KEY)
/* harmony export */ });
/* unused harmony exports ENV_SESSION, ENV_EXPIRATION, ENV_CREDENTIAL_SCOPE, ENV_ACCOUNT_ID */
/* harmony import */ var _chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2705);
/* harmony import */ var _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2933);
var ENV_KEY="AWS_ACCESS_KEY_ID",ENV_SECRET="AWS_SECRET_ACCESS_KEY",ENV_SESSION="AWS_SESSION_TOKEN",ENV_EXPIRATION="AWS_CREDENTIAL_EXPIRATION",ENV_CREDENTIAL_SCOPE="AWS_CREDENTIAL_SCOPE",ENV_ACCOUNT_ID="AWS_ACCOUNT_ID",fromEnv=init=>async()=>{init?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let accessKeyId=process.env[ENV_KEY],secretAccessKey=process.env[ENV_SECRET],sessionToken=process.env[ENV_SESSION],expiry=process.env[ENV_EXPIRATION],credentialScope=process.env[ENV_CREDENTIAL_SCOPE],accountId=process.env[ENV_ACCOUNT_ID];if(accessKeyId&&secretAccessKey){let credentials={accessKeyId,secretAccessKey,...sessionToken&&{sessionToken},...expiry&&{expiration:new Date(expiry)},...credentialScope&&{credentialScope},...accountId&&{accountId}};return (0,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .setCredentialFeature */ .gD)(credentials,"CREDENTIALS_ENV_VARS","g"),credentials}throw new _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsProviderError */ .C1("Unable to find environment variable credentials.",{logger:init?.logger})};


/***/ }),

/***/ 2933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ extendedEncodeURIComponent),
/* harmony export */   Bz: () => (/* binding */ getProfileName),
/* harmony export */   C1: () => (/* binding */ CredentialsProviderError),
/* harmony export */   C9: () => (/* binding */ getSSOTokenFilepath),
/* harmony export */   Ch: () => (/* binding */ ENV_PROFILE),
/* harmony export */   GG: () => (/* binding */ NODE_REGION_CONFIG_OPTIONS),
/* harmony export */   Go: () => (/* binding */ buildQueryString),
/* harmony export */   IZ: () => (/* binding */ resolveDefaultsModeConfig),
/* harmony export */   Jh: () => (/* binding */ TokenProviderError),
/* harmony export */   Ko: () => (/* binding */ NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS),
/* harmony export */   Mp: () => (/* binding */ RpcProtocol),
/* harmony export */   Px: () => (/* binding */ collectBody),
/* harmony export */   Qm: () => (/* binding */ booleanSelector),
/* harmony export */   TD: () => (/* binding */ resolveRegionConfig),
/* harmony export */   Vm: () => (/* binding */ determineTimestampFormat),
/* harmony export */   YU: () => (/* binding */ parseKnownFiles),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   ZY: () => (/* binding */ externalDataInterceptor),
/* harmony export */   _2: () => (/* binding */ HttpInterceptingShapeSerializer),
/* harmony export */   cJ: () => (/* binding */ loadRestJsonErrorCode),
/* harmony export */   cV: () => (/* binding */ SelectorType),
/* harmony export */   cy: () => (/* binding */ chain),
/* harmony export */   e$: () => (/* binding */ NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS),
/* harmony export */   eS: () => (/* binding */ getHttpHandlerExtensionConfiguration),
/* harmony export */   jt: () => (/* binding */ resolveHttpHandlerRuntimeConfig),
/* harmony export */   k: () => (/* binding */ FromStringShapeDeserializer),
/* harmony export */   mZ: () => (/* binding */ ProviderError),
/* harmony export */   o$: () => (/* binding */ escapeUri),
/* harmony export */   pl: () => (/* binding */ JsonCodec2),
/* harmony export */   qw: () => (/* binding */ loadSsoSessionData),
/* harmony export */   rh: () => (/* binding */ loadJsonRpcErrorCode),
/* harmony export */   sM: () => (/* binding */ HttpBindingProtocol),
/* harmony export */   vK: () => (/* binding */ getContentLengthPlugin),
/* harmony export */   vf: () => (/* binding */ getSSOTokenFromFile),
/* harmony export */   zH: () => (/* binding */ NODE_REGION_CONFIG_FILE_OPTIONS),
/* harmony export */   zS: () => (/* binding */ HttpInterceptingShapeDeserializer)
/* harmony export */ });
/* harmony import */ var _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8549);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1455);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7598);
var ProviderError=class _ProviderError extends Error{name="ProviderError";tryNextLink;constructor(message,options=!0){let logger,tryNextLink=!0;typeof options=="boolean"?(logger=void 0,tryNextLink=options):options!=null&&typeof options=="object"&&(logger=options.logger,tryNextLink=options.tryNextLink??!0),super(message),this.tryNextLink=tryNextLink,Object.setPrototypeOf(this,_ProviderError.prototype),logger?.debug?.(`@smithy/property-provider ${tryNextLink?"->":"(!)"} ${message}`)}static from(error,options=!0){return Object.assign(new this(error.message,options),error)}};var CredentialsProviderError=class _CredentialsProviderError extends ProviderError{name="CredentialsProviderError";constructor(message,options=!0){super(message,options),Object.setPrototypeOf(this,_CredentialsProviderError.prototype)}};var ENV_PROFILE="AWS_PROFILE",DEFAULT_PROFILE="default",getProfileName=init=>init.profile||process.env[ENV_PROFILE]||DEFAULT_PROFILE;var homeDirCache={},getHomeDirCacheKey=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",getHomeDir=()=>{let{HOME,USERPROFILE,HOMEPATH,HOMEDRIVE=`C:${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`}=process.env;if(HOME)return HOME;if(USERPROFILE)return USERPROFILE;if(HOMEPATH)return`${HOMEDRIVE}${HOMEPATH}`;let homeDirCacheKey=getHomeDirCacheKey();return homeDirCache[homeDirCacheKey]||(homeDirCache[homeDirCacheKey]=(0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)()),homeDirCache[homeDirCacheKey]};var ENV_CONFIG_PATH="AWS_CONFIG_FILE",getConfigFilepath=()=>process.env[ENV_CONFIG_PATH]||(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(getHomeDir(),".aws","config");var getConfigData=data=>Object.entries(data).filter(([key])=>{let indexOfSeparator=key.indexOf(".");return indexOfSeparator===-1?!1:Object.values(_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .IniSectionType */ .Ip).includes(key.substring(0,indexOfSeparator))}).reduce((acc,[key,value])=>{let indexOfSeparator=key.indexOf("."),updatedKey=key.substring(0,indexOfSeparator)===_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .IniSectionType */ .Ip.PROFILE?key.substring(indexOfSeparator+1):key;return acc[updatedKey]=value,acc},{...data.default&&{default:data.default}});var ENV_CREDENTIALS_PATH="AWS_SHARED_CREDENTIALS_FILE",getCredentialsFilepath=()=>process.env[ENV_CREDENTIALS_PATH]||(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(getHomeDir(),".aws","credentials");var prefixKeyRegex=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,profileNameBlockList=["__proto__","profile __proto__"],parseIni=iniData=>{let map={},currentSection,currentSubSection;for(let iniLine of iniData.split(/\r?\n/)){let trimmedLine=iniLine.split(/(^|\s)[;#]/)[0].trim();if(trimmedLine[0]==="["&&trimmedLine[trimmedLine.length-1]==="]"){currentSection=void 0,currentSubSection=void 0;let sectionName=trimmedLine.substring(1,trimmedLine.length-1),matches=prefixKeyRegex.exec(sectionName);if(matches){let[,prefix,,name]=matches;Object.values(_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .IniSectionType */ .Ip).includes(prefix)&&(currentSection=[prefix,name].join("."))}else currentSection=sectionName;if(profileNameBlockList.includes(sectionName))throw new Error(`Found invalid profile name "${sectionName}"`)}else if(currentSection){let indexOfEqualsSign=trimmedLine.indexOf("=");if(![0,-1].includes(indexOfEqualsSign)){let[name,value]=[trimmedLine.substring(0,indexOfEqualsSign).trim(),trimmedLine.substring(indexOfEqualsSign+1).trim()];if(value==="")currentSubSection=name;else{currentSubSection&&iniLine.trimStart()===iniLine&&(currentSubSection=void 0),map[currentSection]=map[currentSection]||{};let key=currentSubSection?[currentSubSection,name].join("."):name;map[currentSection][key]=value}}}}return map};var filePromises={},fileIntercept={},readFile=(path,options)=>fileIntercept[path]!==void 0?fileIntercept[path]:((!filePromises[path]||options?.ignoreCache)&&(filePromises[path]=(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(path,"utf8")),filePromises[path]);var swallowError=()=>({}),loadSharedConfigFiles=async(init={})=>{let{filepath=getCredentialsFilepath(),configFilepath=getConfigFilepath()}=init,homeDir=getHomeDir(),relativeHomeDirPrefix="~/",resolvedFilepath=filepath;filepath.startsWith(relativeHomeDirPrefix)&&(resolvedFilepath=(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(homeDir,filepath.slice(2)));let resolvedConfigFilepath=configFilepath;configFilepath.startsWith(relativeHomeDirPrefix)&&(resolvedConfigFilepath=(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(homeDir,configFilepath.slice(2)));let parsedFiles=await Promise.all([readFile(resolvedConfigFilepath,{ignoreCache:init.ignoreCache}).then(parseIni).then(getConfigData).catch(swallowError),readFile(resolvedFilepath,{ignoreCache:init.ignoreCache}).then(parseIni).catch(swallowError)]);return{configFile:parsedFiles[0],credentialsFile:parsedFiles[1]}};var getSsoSessionData=data=>Object.entries(data).filter(([key])=>key.startsWith(_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .IniSectionType */ .Ip.SSO_SESSION+".")).reduce((acc,[key,value])=>({...acc,[key.substring(key.indexOf(".")+1)]:value}),{});var swallowError2=()=>({}),loadSsoSessionData=async(init={})=>readFile(init.configFilepath??getConfigFilepath()).then(parseIni).then(getSsoSessionData).catch(swallowError2);var mergeConfigFiles=(...files)=>{let merged={};for(let file of files)for(let[key,values]of Object.entries(file))merged[key]!==void 0?Object.assign(merged[key],values):merged[key]=values;return merged};var parseKnownFiles=async init=>{let parsedFiles=await loadSharedConfigFiles(init);return mergeConfigFiles(parsedFiles.configFile,parsedFiles.credentialsFile)};var getSSOTokenFilepath=id=>{let cacheName=(0,node_crypto__WEBPACK_IMPORTED_MODULE_4__.createHash)("sha1").update(id).digest("hex");return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(getHomeDir(),".aws","sso","cache",`${cacheName}.json`)};var tokenIntercept={},getSSOTokenFromFile=async id=>{if(tokenIntercept[id])return tokenIntercept[id];let ssoTokenFilepath=getSSOTokenFilepath(id),ssoTokenText=await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(ssoTokenFilepath,"utf8");return JSON.parse(ssoTokenText)};var externalDataInterceptor={getFileRecord(){return fileIntercept},interceptFile(path,contents){fileIntercept[path]=Promise.resolve(contents)},getTokenRecord(){return tokenIntercept},interceptToken(id,contents){tokenIntercept[id]=contents}};var chain=(...providers)=>async()=>{if(providers.length===0)throw new ProviderError("No providers in chain");let lastProviderError;for(let provider of providers)try{return await provider()}catch(err){if(lastProviderError=err,err?.tryNextLink)continue;throw err}throw lastProviderError};var memoize=(provider,isExpired,requiresRefresh)=>{let resolved,pending,hasResult,isConstant=!1,coalesceProvider=async()=>{pending||(pending=provider());try{resolved=await pending,hasResult=!0,isConstant=!1}finally{pending=void 0}return resolved};return isExpired===void 0?async options=>((!hasResult||options?.forceRefresh)&&(resolved=await coalesceProvider()),resolved):async options=>((!hasResult||options?.forceRefresh)&&(resolved=await coalesceProvider()),isConstant?resolved:requiresRefresh&&!requiresRefresh(resolved)?(isConstant=!0,resolved):(isExpired(resolved)&&await coalesceProvider(),resolved))};function getSelectorName(functionString){try{let constants=new Set(Array.from(functionString.match(/([A-Z_]){3,}/g)??[]));return constants.delete("CONFIG"),constants.delete("CONFIG_PREFIX_SEPARATOR"),constants.delete("ENV"),[...constants].join(", ")}catch{return functionString}}var fromEnv=(envVarSelector,options)=>async()=>{try{let config=envVarSelector(process.env,options);if(config===void 0)throw new Error;return config}catch(e){throw new CredentialsProviderError(e.message||`Not found in ENV: ${getSelectorName(envVarSelector.toString())}`,{logger:options?.logger})}};var fromSharedConfigFiles=(configSelector,{preferredFile="config",...init}={})=>async()=>{let profile=getProfileName(init),{configFile,credentialsFile}=await loadSharedConfigFiles(init),profileFromCredentials=credentialsFile[profile]||{},profileFromConfig=configFile[profile]||{},mergedProfile=preferredFile==="config"?{...profileFromCredentials,...profileFromConfig}:{...profileFromConfig,...profileFromCredentials};try{let configValue=configSelector(mergedProfile,preferredFile==="config"?configFile:credentialsFile);if(configValue===void 0)throw new Error;return configValue}catch(e){throw new CredentialsProviderError(e.message||`Not found in config files w/ profile [${profile}]: ${getSelectorName(configSelector.toString())}`,{logger:init.logger})}};var fromValue=staticValue=>()=>Promise.resolve(staticValue);var isFunction=func=>typeof func=="function",fromStatic=defaultValue=>isFunction(defaultValue)?async()=>await defaultValue():fromValue(defaultValue);var loadConfig=({environmentVariableSelector,configFileSelector,default:defaultValue},configuration={})=>{let{signingName,logger}=configuration;return memoize(chain(fromEnv(environmentVariableSelector,{signingName,logger}),fromSharedConfigFiles(configFileSelector,configuration),fromStatic(defaultValue)))};var validRegions=new Set,checkRegion=(region,check=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidHostLabel */ .X8)=>{if(!validRegions.has(region)&&!check(region))if(region==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${region}" is not a valid hostname component.`);else validRegions.add(region)};var isFipsRegion=region=>typeof region=="string"&&(region.startsWith("fips-")||region.endsWith("-fips"));var getRealRegion=region=>isFipsRegion(region)?["fips-aws-global","aws-fips"].includes(region)?"us-east-1":region.replace(/fips-(dkr-|prod-)?|-fips/,""):region;var resolveRegionConfig=input=>{let{region,useFipsEndpoint}=input;if(!region)throw new Error("Region is missing");return Object.assign(input,{region:async()=>{let providedRegion=typeof region=="function"?await region():region,realRegion=getRealRegion(providedRegion);return checkRegion(realRegion),realRegion},useFipsEndpoint:async()=>{let providedRegion=typeof region=="string"?region:await region();return isFipsRegion(providedRegion)?!0:typeof useFipsEndpoint!="function"?Promise.resolve(!!useFipsEndpoint):useFipsEndpoint()}})};var TokenProviderError=class _TokenProviderError extends ProviderError{name="TokenProviderError";constructor(message,options=!0){super(message,options),Object.setPrototypeOf(this,_TokenProviderError.prototype)}};var booleanSelector=(obj,key,type)=>{if(key in obj){if(obj[key]==="true")return!0;if(obj[key]==="false")return!1;throw new Error(`Cannot load ${type} "${key}". Expected "true" or "false", got ${obj[key]}.`)}};var SelectorType;(function(SelectorType2){SelectorType2.ENV="env",SelectorType2.CONFIG="shared config entry"})(SelectorType||(SelectorType={}));var ENV_USE_DUALSTACK_ENDPOINT="AWS_USE_DUALSTACK_ENDPOINT",CONFIG_USE_DUALSTACK_ENDPOINT="use_dualstack_endpoint";var NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS={environmentVariableSelector:env=>booleanSelector(env,ENV_USE_DUALSTACK_ENDPOINT,SelectorType.ENV),configFileSelector:profile=>booleanSelector(profile,CONFIG_USE_DUALSTACK_ENDPOINT,SelectorType.CONFIG),default:!1};var ENV_USE_FIPS_ENDPOINT="AWS_USE_FIPS_ENDPOINT",CONFIG_USE_FIPS_ENDPOINT="use_fips_endpoint";var NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS={environmentVariableSelector:env=>booleanSelector(env,ENV_USE_FIPS_ENDPOINT,SelectorType.ENV),configFileSelector:profile=>booleanSelector(profile,CONFIG_USE_FIPS_ENDPOINT,SelectorType.CONFIG),default:!1};var AWS_EXECUTION_ENV="AWS_EXECUTION_ENV",AWS_REGION_ENV="AWS_REGION",AWS_DEFAULT_REGION_ENV="AWS_DEFAULT_REGION",ENV_IMDS_DISABLED="AWS_EC2_METADATA_DISABLED",DEFAULTS_MODE_OPTIONS=["in-region","cross-region","mobile","standard","legacy"],IMDS_REGION_PATH="/latest/meta-data/placement/region",IMDS_TOKEN_PATH="/latest/api/token",X_AWS_EC2_METADATA_TOKEN="x-aws-ec2-metadata-token",X_AWS_EC2_METADATA_TOKEN_TTL="x-aws-ec2-metadata-token-ttl-seconds";var TIMEOUT_MS=1e3,NEG_CACHE_TTL_MS=6e4,negativeCacheUntil=0,getInstanceMetadataRegion=async()=>{if(!process.env[ENV_IMDS_DISABLED]&&!(Date.now()<negativeCacheUntil))try{let endpoint=resolveImdsEndpoint(),token=(await imdsRequest({...endpoint,path:IMDS_TOKEN_PATH,method:"PUT",headers:{[X_AWS_EC2_METADATA_TOKEN_TTL]:"21600"}})).toString();return(await imdsRequest({...endpoint,path:IMDS_REGION_PATH,method:"GET",headers:{[X_AWS_EC2_METADATA_TOKEN]:token}})).toString().trim()||cacheNegativeAndReturnUndefined()}catch{return cacheNegativeAndReturnUndefined()}},cacheNegativeAndReturnUndefined=()=>{negativeCacheUntil=Date.now()+NEG_CACHE_TTL_MS},resolveImdsEndpoint=()=>{let envEndpoint=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(envEndpoint){let url=new URL(envEndpoint);return{hostname:url.hostname.replace(/^\[(.+)]$/,"$1"),port:url.port?Number(url.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},imdsRequest=async options=>{let{request}=await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 19));return new Promise((resolve,reject)=>{let req=request({hostname:options.hostname,port:options.port,path:options.path,method:options.method,headers:options.headers,timeout:TIMEOUT_MS,signal:AbortSignal.timeout(TIMEOUT_MS)});req.on("error",err=>{reject(err),req.destroy()}),req.on("timeout",()=>{reject(new Error("TimeoutError from instance metadata service")),req.destroy()}),req.on("response",res=>{let{statusCode=400}=res;if(statusCode<200||statusCode>=300){reject(Object.assign(new Error("Error response received from instance metadata service"),{statusCode})),req.destroy();return}let chunks=[];res.on("data",chunk=>chunks.push(chunk)),res.on("end",()=>{resolve(Buffer.concat(chunks)),req.destroy()})}),req.end()})};var REGION_ENV_NAME="AWS_REGION",REGION_INI_NAME="region",NODE_REGION_CONFIG_OPTIONS={environmentVariableSelector:env=>env[REGION_ENV_NAME],configFileSelector:profile=>profile[REGION_INI_NAME],default:async()=>{let region=await getInstanceMetadataRegion();if(region)return region;throw new Error("Region is missing")}},NODE_REGION_CONFIG_FILE_OPTIONS={preferredFile:"credentials"};var AWS_DEFAULTS_MODE_ENV="AWS_DEFAULTS_MODE",AWS_DEFAULTS_MODE_CONFIG="defaults_mode",NODE_DEFAULTS_MODE_CONFIG_OPTIONS={environmentVariableSelector:env=>env[AWS_DEFAULTS_MODE_ENV],configFileSelector:profile=>profile[AWS_DEFAULTS_MODE_CONFIG],default:"legacy"};var resolveDefaultsModeConfig=({region=loadConfig(NODE_REGION_CONFIG_OPTIONS),defaultsMode=loadConfig(NODE_DEFAULTS_MODE_CONFIG_OPTIONS)}={})=>memoize(async()=>{let mode=typeof defaultsMode=="function"?await defaultsMode():defaultsMode;switch(mode?.toLowerCase()){case"auto":return resolveNodeDefaultsModeAuto(region);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(mode?.toLocaleLowerCase());case void 0:return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${DEFAULTS_MODE_OPTIONS.join(", ")}, got ${mode}`)}}),resolveNodeDefaultsModeAuto=async clientRegion=>{if(clientRegion){let resolvedRegion=typeof clientRegion=="function"?await clientRegion():clientRegion,inferredRegion=await inferPhysicalRegion();return inferredRegion?resolvedRegion===inferredRegion?"in-region":"cross-region":"standard"}return"standard"},inferPhysicalRegion=async()=>process.env[AWS_EXECUTION_ENV]&&(process.env[AWS_REGION_ENV]||process.env[AWS_DEFAULT_REGION_ENV])?process.env[AWS_REGION_ENV]??process.env[AWS_DEFAULT_REGION_ENV]:getInstanceMetadataRegion();var CONTENT_LENGTH_HEADER="content-length";function contentLengthMiddleware(bodyLengthChecker){return next=>async args=>{let request=args.request;if(_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpRequest */ .Kd.isInstance(request)){let{body,headers}=request;if(body&&Object.keys(headers).map(str=>str.toLowerCase()).indexOf(CONTENT_LENGTH_HEADER)===-1)try{let length=bodyLengthChecker(body);length!=null&&(request.headers={...request.headers,[CONTENT_LENGTH_HEADER]:String(length)})}catch{}}return next({...args,request})}}var contentLengthMiddlewareOptions={step:"build",tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},getContentLengthPlugin=options=>({applyToStack:clientStack=>{clientStack.add(contentLengthMiddleware(options.bodyLengthChecker),contentLengthMiddlewareOptions)}});var collectBody=async(streamBody=new Uint8Array,context)=>{if(streamBody instanceof Uint8Array)return _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .Uint8ArrayBlobAdapter */ .Mu.mutate(streamBody);if(!streamBody)return _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .Uint8ArrayBlobAdapter */ .Mu.mutate(new Uint8Array);let fromContext=context.streamCollector(streamBody);return _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .Uint8ArrayBlobAdapter */ .Mu.mutate(await fromContext)};function extendedEncodeURIComponent(str){return/^[\w.~-]+$/.test(str)?str:encodeURIComponent(str).replace(/[!'()*]/g,function(c){return"%"+c.charCodeAt(0).toString(16).toUpperCase()})}var HTTP_BINDINGS=Symbol.for("@smithy/schema-x"),HttpBindingNormalizedSchema=class _HttpBindingNormalizedSchema extends _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NormalizedSchema */ .l1{static identity=Symbol.for("@smithy/HttpBindingNormalizedSchema");identity=_HttpBindingNormalizedSchema.identity;bindings;constructor(schema){super(schema)}static of(schema){let ns=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NormalizedSchema */ .l1.of(schema);if(ns.identity===_HttpBindingNormalizedSchema.identity)return ns;let schemaCache=ns.isMemberSchema()?ns:ns.getSchema(),cache=typeof schemaCache=="object"&&schemaCache!==null?schemaCache:ns;return cache[HTTP_BINDINGS]??=new _HttpBindingNormalizedSchema(ns)}getHttpBindingLocation(traits){return traits.httpPayload?36:traits.httpLabel?33:traits.httpHeader?38:typeof traits.httpPrefixHeaders=="string"?39:traits.httpQuery?34:traits.httpQueryParams?35:traits.httpResponseCode?37:32}getHttpBindingValue(location,traits,nested=!1){let raw=this.getSchema(),type=typeof raw=="number"?raw&255:this.isListSchema()?64:255,slot=location&7,media=traits.mediaType?traits.mediaType==="application/json"||traits.mediaType.endsWith("+json")?2:1:0,stream=traits.streaming||type===42?this.isStructSchema()?2:1:0,timestamp=type>=4&&type<=7?slot>=6?2:slot>0&&slot<4?1:0:0,flags=type|media<<8|(traits.idempotencyToken?1:0)<<10|stream<<11|(traits.sparse?1:0)<<13|timestamp<<14|(traits.hostLabel?1:0)<<17|(location===36&&typeof raw!="object"?1:0)<<18,category=type&192,collectionValue=slot&2&&(category===64||!nested&&slot&1)?this.getHttpBindingCollectionValue(location,traits):void 0,valueType=(collectionValue?.[1]??0)&255;return flags|=(slot>=6&&(valueType===4||valueType===6)?1:0)<<16,[this,flags,collectionValue]}getHttpBindingCollectionValue(location,traits=this.getMergedTraits()){let valueSchema=_HttpBindingNormalizedSchema.of(this.getValueSchema());return valueSchema.getHttpBindingValue(location,{...valueSchema.getMergedTraits(),...traits},!0)}getHttpBindings(){let source=this.getSchema();return typeof source!="object"||source===null?EMPTY_BINDINGS:this.bindings??=buildHttpBindings(this)}},buildHttpBindings=schema=>{let bodyMemberNames=[],bodyMemberSchemas=[],requestBodyMemberNames=[],requestBodyMemberSchemas=[],memberBindings=[],byName={},headers={},prefixHeaders=[],responseBindings={headers,prefixHeaders},bindings={request:{memberBindings,byName},response:{bodyMemberNames,bindings:responseBindings}},{request,response}=bindings;for(let[name,member]of schema.structIterator()){let bindingSchema=HttpBindingNormalizedSchema.of(member),traits=bindingSchema.getMergedTraits(),location=bindingSchema.getHttpBindingLocation(traits),wireName=traits.httpHeader?.toLowerCase()??traits.httpPrefixHeaders?.toLowerCase()??traits.httpQuery,value=bindingSchema.getHttpBindingValue(location,traits),binding=[name,value,location,wireName];name==="__proto__"&&(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .writeKey */ .TE)(byName),byName[name]=binding,value[1]>>10&1&&(request.hasIdempotency=!0),memberBindings.push(binding);let slot=location&7;if(slot===0&&(requestBodyMemberNames.push(name),requestBodyMemberSchemas.push(member)),(slot&4)===0)bodyMemberNames.push(name),bodyMemberSchemas.push(member);else if((slot&6)===4)if(slot&1)responseBindings.statusCode=binding;else{responseBindings.payload=binding;let type=value[1]&255;request.contentTypeInstruction=traits.mediaType??(type===0?"text/plain":type===21||type===42?"application/octet-stream":null)}else slot&1?(request.hasPrefixHeaders=!0,prefixHeaders.push(binding)):(wireName==="__proto__"&&(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .writeKey */ .TE)(headers),headers[wireName]=binding)}return request.contentTypeInstruction===void 0&&requestBodyMemberNames.length&&(request.contentTypeInstruction=null),request.syntheticBodySchema=createBodySchema(schema,requestBodyMemberNames,requestBodyMemberSchemas),response.syntheticBodySchema=createBodySchema(schema,bodyMemberNames,bodyMemberSchemas),bindings},buildPathSegments=path=>{let segments=[],offset=0;for(let match of path.matchAll(/\{([^{}+]+)(\+)?\}/g))match.index>offset&&segments.push([path.slice(offset,match.index),0]),segments.push([match[1],match[2]?2:1]),offset=match.index+match[0].length;return segments.length&&offset<path.length&&segments.push([path.slice(offset),0]),segments.length?segments:void 0},buildHttpOperationBindings=schema=>{let{http,endpoint}=(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .translateTraits */ .cX)(schema.traits??{}),[path,search]=http?.[1].split("?")??[];return[http?.[0],path,search?[...new URLSearchParams(search)]:[],path?buildPathSegments(path):void 0,endpoint?.[0]]},EMPTY_BINDINGS={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},getHttpOperationBindings=schema=>schema[HTTP_BINDINGS]??=buildHttpOperationBindings(schema),createBodySchema=(schema,memberNames,memberSchemas)=>{if(!memberNames.length)return;let source=schema.getSchema(),body=[3,source[1],source[2],schema.getMergedTraits(),memberNames,memberSchemas],required=source[6],bodyRequired=required&&memberNames.reduce((count,name)=>count+(source[4].indexOf(name)<required?1:0),0);return bodyRequired&&(body[6]=bodyRequired),body};var SerdeContext=class{serdeContext;setSerdeContext(serdeContext){this.serdeContext=serdeContext}};var HttpProtocol=class extends SerdeContext{options;compositeErrorRegistry;constructor(options){super(),this.options=options,this.compositeErrorRegistry=new _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .TypeRegistry */ .OF(options.defaultNamespace);for(let etr of options.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(etr)}getRequestType(){return _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpRequest */ .Kd}getResponseType(){return _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpResponse */ .cS}setSerdeContext(serdeContext){this.serdeContext=serdeContext,this.serializer.setSerdeContext(serdeContext),this.deserializer.setSerdeContext(serdeContext),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(serdeContext)}updateServiceEndpoint(request,endpoint){if("url"in endpoint){request.protocol=endpoint.url.protocol,request.hostname=endpoint.url.hostname,request.port=endpoint.url.port?Number(endpoint.url.port):void 0,request.path=endpoint.url.pathname,request.fragment=endpoint.url.hash||void 0,request.username=endpoint.url.username||void 0,request.password=endpoint.url.password||void 0,request.query||(request.query={});for(let[k,v]of endpoint.url.searchParams.entries())request.query[k]=v;if(endpoint.headers)for(let name in endpoint.headers)(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(endpoint.headers,name)&&(request.headers[name]=endpoint.headers[name].join(", "));return request}else{if(request.protocol=endpoint.protocol,request.hostname=endpoint.hostname,request.port=endpoint.port?Number(endpoint.port):void 0,request.path=endpoint.path,request.query={...endpoint.query},endpoint.headers)for(let name in endpoint.headers)(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(endpoint.headers,name)&&(request.headers[name]=endpoint.headers[name]);return request}}setHostPrefix(request,operationSchema,input,operation=getHttpOperationBindings(operationSchema)){if(this.serdeContext?.disableHostPrefix)return;let hostPrefix=operation[4];if(typeof hostPrefix!="string")return;let resolvedHostPrefix=hostPrefix;for(let[name,[,flags]]of HttpBindingNormalizedSchema.of(operationSchema.input).getHttpBindings().request.memberBindings){if(!(flags>>17&1))continue;let replacement=input[name];if(typeof replacement!="string")throw new Error(`@smithy/core/schema - ${name} in input must be a string as hostLabel.`);resolvedHostPrefix=resolvedHostPrefix.replace(`{${name}}`,replacement)}if(request.hostname=resolvedHostPrefix+request.hostname,!(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidHostname */ .oJ)(request.hostname))throw new Error(`[${request.hostname}] is not a valid hostname.`)}deserializeMetadata(output){return{httpStatusCode:output.statusCode,requestId:output.headers["x-amzn-requestid"]??output.headers["x-amzn-request-id"]??output.headers["x-amz-request-id"],extendedRequestId:output.headers["x-amz-id-2"],cfId:output.headers["x-amz-cf-id"]}}resolveError(name,namespaces,registries){let defaultErrorSchema=[-3,"","Error",0,[],[],0],schema;for(let registry of registries)for(let ns of namespaces)try{ns==="*"?schema=registry.getSchema(name):schema=registry.getSchema(ns+"#"+name);let errorCtor=registry.getErrorCtor(schema);if(errorCtor)return[schema,errorCtor,"modeled"];{let syntheticErrorSchema=registry.getBaseException();if(syntheticErrorSchema){let syntheticErrorCtor=registry.getErrorCtor(syntheticErrorSchema);if(syntheticErrorCtor)return[schema,syntheticErrorCtor,"synthetic"]}}}catch{}for(let registry of registries){let syntheticErrorSchema=registry.getBaseException();if(syntheticErrorSchema){let syntheticErrorCtor=registry.getErrorCtor(syntheticErrorSchema);if(syntheticErrorCtor)return[syntheticErrorSchema,syntheticErrorCtor,"synthetic"]}}return[defaultErrorSchema,Error,"native"]}async serializeEventStream({eventStream,requestSchema,initialRequest}){return(await this.loadEventStreamCapability()).serializeEventStream({eventStream,requestSchema,initialRequest})}async deserializeEventStream({response,responseSchema,initialResponseContainer}){return(await this.loadEventStreamCapability()).deserializeEventStream({response,responseSchema,initialResponseContainer})}async loadEventStreamCapability(){let{EventStreamSerde,eventStreamSerdeProvider}=await __nccwpck_require__.e(/* import() */ 420).then(__nccwpck_require__.bind(__nccwpck_require__, 6420)),marshaller=this.resolveEventStreamMarshaller(eventStreamSerdeProvider);return new EventStreamSerde({marshaller,serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`)}async deserializeHttpMessage(schema,context,response,arg4,arg5){return[]}getEventStreamMarshaller(){let context=this.serdeContext;if(!context.eventStreamMarshaller)throw new Error("@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return context.eventStreamMarshaller}resolveEventStreamMarshaller(importedProvider){let context=this.serdeContext;return context.eventStreamMarshaller?context.eventStreamMarshaller:importedProvider(this.serdeContext)}};var HttpBindingProtocol=class extends HttpProtocol{async serializeRequest(operationSchema,_input,context){let input=_input&&typeof _input=="object"?_input:{},query={},headers={},endpoint=await context.endpoint(),ns=HttpBindingNormalizedSchema.of(operationSchema?.input),bindings=ns.getHttpBindings().request,operation=getHttpOperationBindings(operationSchema),request=new _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpRequest */ .Kd({query,headers});if(endpoint){this.updateServiceEndpoint(request,endpoint),this.setHostPrefix(request,operationSchema,input,operation);let[method,path,staticQuery]=operation;if(method){request.method=method,request.path=request.path==="/"?path:request.path+path;for(let[key,value]of staticQuery)query[key]=value}}request.query=query;let eventStream=this.serializeHttpBindings(input,request,bindings,operation);return eventStream&&(request.body=await this.serializeEventStream({eventStream,requestSchema:ns})),request}serializeHttpBindings(input,request,bindings,operation){let serializer=this.serializer,directSerializer=typeof serializer.writeCodec=="function"?serializer:void 0,query=request.query,headers=request.headers,bodySchema=bindings.syntheticBodySchema,hasBodyValue=!1,payload,eventStream,labels,names=Object.getOwnPropertyNames(input),prototype=Object.getPrototypeOf(input),sparse=(prototype===Object.prototype||prototype===null)&&!bindings.hasIdempotency&&!bindings.hasPrefixHeaders&&names.length*2<bindings.memberBindings.length,length=sparse?names.length:bindings.memberBindings.length;for(let i=0;i<length;++i){let binding=sparse?(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(bindings.byName,names[i])?bindings.byName[names[i]]:void 0:bindings.memberBindings[i];if(!binding)continue;let value=binding[1],memberName=binding[0],memberNs=value[0],flags=value[1],collectionValue=value[2],location=binding[2],wireName=binding[3],inputMemberValue=input[memberName];if(!(inputMemberValue==null&&!(flags>>10&1)))if(location===36){let stream=flags>>11&3;stream?stream===2?eventStream=inputMemberValue||void 0:payload=inputMemberValue:(directSerializer?directSerializer.writeCodec(memberNs,inputMemberValue):serializer.write(memberNs,inputMemberValue),payload=serializer.flush())}else if(location===33||location===38){let serialized=this.serializeHttpValue(value,inputMemberValue,location,directSerializer);location===33?(labels??=Object.create(null))[memberName]=serialized:headers[wireName]=serialized}else if(location===39)for(let key in inputMemberValue){if(!(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(inputMemberValue,key))continue;let amalgam=wireName+key;headers[amalgam.toLowerCase()]=this.serializeHttpValue(collectionValue,inputMemberValue[key],38,directSerializer,directSerializer?collectionValue[0]:[collectionValue[0],{httpHeader:amalgam}])}else(location&62)===34?this.serializeQuery(value,inputMemberValue,wireName,query,directSerializer):hasBodyValue=!0}let operationPath=operation[1],pathSegments=operation[3];return operationPath&&pathSegments&&request.path.endsWith(operationPath)&&(request.path=request.path.slice(0,-operationPath.length)+this.serializePath(pathSegments,labels,bindings)),hasBodyValue&&bodySchema&&(directSerializer?directSerializer.writeCodec(bodySchema,input):serializer.write(bodySchema,input),payload=serializer.flush()),request.body=payload,eventStream}serializeQuery(value,data,wireName,query,directSerializer){let[ns,flags,collectionValue]=value,traits=directSerializer?void 0:ns.getMergedTraits();if(wireName===void 0){for(let key in data)!(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(data,key)||key in query||(directSerializer||Object.assign(collectionValue[0].getMergedTraits(),{...traits,httpQuery:key,httpQueryParams:void 0}),this.serializeQuery(collectionValue,data[key],key,query,directSerializer));return}if((flags&192)===64){let buffer=[];for(let item of data){let serialized=this.serializeHttpValue(collectionValue,item,34,directSerializer,directSerializer?collectionValue[0]:[collectionValue[0],traits]);(flags>>13&1||serialized!==void 0)&&buffer.push(serialized)}query[wireName]=buffer}else query[wireName]=this.serializeHttpValue(value,data,34,directSerializer,directSerializer?ns:[ns,traits])}serializeHttpValue(value,data,location,directSerializer,schema=value[0]){let flags=value[1],type=flags&255;return directSerializer&&!(flags&1792)&&(type<=2||type===17||type===19)?String(data):(directSerializer?directSerializer.writeHttpBinding(value,data,location):this.serializer.write(schema,data),this.serializer.flush())}serializePath(segments,labels,bindings){let path="";for(let[value,kind]of segments){if(kind===0){path+=value;continue}let replacement=labels?.[value];if(replacement===void 0){if((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(bindings.byName,value)&&bindings.byName[value][2]===33)throw new Error(`No value provided for input HTTP label: ${value}.`);path+=`{${value}${kind===2?"+":""}}`}else path+=kind===2?replacement.split("/").map(extendedEncodeURIComponent).join("/"):extendedEncodeURIComponent(replacement)}return path}async deserializeResponse(operationSchema,context,response){let deserializer=this.deserializer,directDeserializer=typeof deserializer.readCodec=="function"?deserializer:void 0,ns=HttpBindingNormalizedSchema.of(operationSchema.output),responseBindings=ns.getHttpBindings().response,dataObject={};if(response.statusCode>=300){let bytes=await collectBody(response.body,context);throw bytes.byteLength>0&&Object.assign(dataObject,await deserializer.read(15,bytes)),await this.handleError(operationSchema,context,response,dataObject,this.deserializeMetadata(response)),new Error("@smithy/core/protocols - HTTP Protocol error handler failed to throw.")}let nonHttpBindingMembers=await this.deserializeHttpMessage(ns,context,response,dataObject);if(nonHttpBindingMembers.length){let bytes=await collectBody(response.body,context);if(bytes.byteLength>0){let dataFromBody=await(directDeserializer?directDeserializer.readCodec(responseBindings.syntheticBodySchema,bytes):deserializer.read(responseBindings.syntheticBodySchema,bytes));for(let member of nonHttpBindingMembers)dataFromBody[member]!=null&&(dataObject[member]=dataFromBody[member])}}else responseBindings.bindings.payload||await collectBody(response.body,context);return dataObject.$metadata=this.deserializeMetadata(response),dataObject}async deserializeHttpMessage(schema,context,response,arg4,arg5){let dataObject=arg4 instanceof Set?arg5:arg4,deserializer=this.deserializer,directDeserializer=typeof deserializer.readCodec=="function"?deserializer:void 0,ns=HttpBindingNormalizedSchema.of(schema),{bodyMemberNames,bindings:{payload,statusCode,headers:responseHeaders,prefixHeaders}}=ns.getHttpBindings().response,headers=response.headers;if(payload){let[memberName,value]=payload,[memberSchema,flags]=value,stream=flags>>11&3;if(stream)stream===2?dataObject[memberName]=await this.deserializeEventStream({response,responseSchema:ns}):dataObject[memberName]=(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .sdkStreamMixin */ .c9)(response.body);else if(response.body){let bytes=await collectBody(response.body,context);bytes.byteLength>0&&(dataObject[memberName]=await(directDeserializer?directDeserializer.readPayload(value,bytes):deserializer.read(memberSchema,bytes)))}}for(let header in headers){if(!(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(headers,header))continue;let lower=header.toLowerCase(),headerValue=headers[header];lower!==header&&(delete headers[header],headers[lower]=headerValue);let binding=(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(responseHeaders,lower)?responseHeaders[lower]:void 0;if(!binding)continue;let[memberName,[memberSchema,flags,collectionValue],,wireName]=binding;if(collectionValue){let sections=flags>>16&1?(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .splitEvery */ .UE)(headerValue,",",2):(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .splitHeader */ .GP)(headerValue),list=[];for(let section of sections)list.push(directDeserializer?directDeserializer.readHttpBinding(collectionValue,section.trim(),38):await deserializer.read([collectionValue[0],{httpHeader:wireName}],section.trim()));dataObject[memberName]=list}else dataObject[memberName]=directDeserializer?directDeserializer.readHttpBinding(binding[1],headerValue,38):await deserializer.read(memberSchema,headerValue)}for(let[memberName,[,,collectionValue],,wireName]of prefixHeaders){dataObject[memberName]={};for(let header in headers){if(!(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(headers,header)||!header.startsWith(wireName))continue;let headerValue=headers[header];dataObject[memberName][header.slice(wireName.length)]=directDeserializer?directDeserializer.readHttpBinding(collectionValue,headerValue,38):await deserializer.read([collectionValue[0],{httpHeader:header}],headerValue)}}return statusCode&&(dataObject[statusCode[0]]=response.statusCode),bodyMemberNames}};var RpcProtocol=class extends HttpProtocol{async serializeRequest(operationSchema,_input,context){let serializer=this.serializer,query={},headers={},endpoint=await context.endpoint(),ns=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NormalizedSchema */ .l1.of(operationSchema?.input),schema=ns.getSchema(),payload,input=_input&&typeof _input=="object"?_input:{},request=new _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpRequest */ .Kd({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query,headers,body:void 0});if(endpoint&&(this.updateServiceEndpoint(request,endpoint),this.setHostPrefix(request,operationSchema,input)),input){let eventStreamMember=ns.getEventStreamMember();if(eventStreamMember){if(input[eventStreamMember]){let initialRequest={};for(let[memberName]of ns.structIterator())memberName!==eventStreamMember&&input[memberName]!=null&&(initialRequest[memberName]=input[memberName]);payload=await this.serializeEventStream({eventStream:input[eventStreamMember],requestSchema:ns,initialRequest})}}else serializer.write(schema,input),payload=serializer.flush()}return request.headers=Object.assign(request.headers,headers),request.query=query,request.body=payload,request.method="POST",request}async deserializeResponse(operationSchema,context,response){let deserializer=this.deserializer,ns=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NormalizedSchema */ .l1.of(operationSchema.output),dataObject={};if(this.isErrorResponse(response.statusCode)){let bytes=await collectBody(response.body,context);throw bytes.byteLength>0&&Object.assign(dataObject,await deserializer.read(15,bytes)),await this.handleError(operationSchema,context,response,dataObject,this.deserializeMetadata(response)),new Error("@smithy/core/protocols - RPC Protocol error handler failed to throw.")}for(let header in response.headers){if(!(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(response.headers,header))continue;let value=response.headers[header];delete response.headers[header],response.headers[header.toLowerCase()]=value}let eventStreamMember=ns.getEventStreamMember();if(eventStreamMember)dataObject[eventStreamMember]=await this.deserializeEventStream({response,responseSchema:ns,initialResponseContainer:dataObject});else{let bytes=await collectBody(response.body,context);bytes.byteLength>0&&Object.assign(dataObject,await deserializer.read(ns,bytes))}return dataObject.$metadata=this.deserializeMetadata(response),dataObject}isErrorResponse(statusCode){return statusCode>=300}};var FromStringShapeDeserializer=class extends SerdeContext{settings;constructor(settings){super(),this.settings=settings}read(_schema,data){let ns=HttpBindingNormalizedSchema.of(_schema),traits=ns.getMergedTraits(),location=ns.getHttpBindingLocation(traits);return this.readHttpBinding(ns.getHttpBindingValue(location,traits),data,location)}readHttpBinding([ns,flags,collectionValue],data,location){let schema=flags&255;if((schema&192)===64)return collectionValue??=ns.getHttpBindingCollectionValue(location),(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .splitHeader */ .GP)(data).map(item=>this.readHttpBinding(collectionValue,item,location));switch(schema){case 21:case 42:return(this.serdeContext?.base64Decoder??_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .fromBase64 */ .Ey)(data);case 4:case 5:case 6:case 7:{let bindingFormat=this.settings.httpBindings?flags>>14&3:0;switch(this.settings.timestampFormat.useTrait&&schema>4?schema:bindingFormat?bindingFormat+4:this.settings.timestampFormat.default){case 5:return (0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* ._parseRfc3339DateTimeWithOffset */ .eH)(data);case 6:return (0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* ._parseRfc7231DateTime */ .Gj)(data);case 7:return (0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* ._parseEpochTimestamp */ .UK)(data);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",data),new Date(data)}}case 0:{let media=flags>>8&3;if(!media)return data;let intermediateValue=data;return(location&6)===6&&(intermediateValue=(this.serdeContext?.utf8Encoder??_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .toUtf8 */ .Pq)((this.serdeContext?.base64Decoder??_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .fromBase64 */ .Ey)(intermediateValue))),media===2?_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .LazyJsonString */ .AH.from(intermediateValue):intermediateValue}case 1:return Number(data);case 2:return data.toLowerCase()==="true";case 17:return BigInt(data);case 19:return new _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NumericValue */ .Dv(data,"bigDecimal");default:return data}}};var HttpInterceptingShapeDeserializer=class extends SerdeContext{codecDeserializer;stringDeserializer;constructor(codecDeserializer,codecSettings){super(),this.codecDeserializer=codecDeserializer,this.stringDeserializer=new FromStringShapeDeserializer(codecSettings)}setSerdeContext(serdeContext){this.stringDeserializer.setSerdeContext(serdeContext),this.codecDeserializer.setSerdeContext(serdeContext),this.serdeContext=serdeContext}read(schema,data){let ns=HttpBindingNormalizedSchema.of(schema),traits=ns.getMergedTraits();if(traits.httpHeader||traits.httpResponseCode){let value=ns.getHttpBindingValue(38,traits);return this.readHttpBinding(value,data,38)}return traits.httpPayload?this.readPayload(ns.getHttpBindingValue(36,traits),data):this.readCodec(ns,data)}readHttpBinding(binding,data,location){let value=typeof data=="string"?data:(this.serdeContext?.utf8Encoder??_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .toUtf8 */ .Pq)(data);return this.stringDeserializer.readHttpBinding(binding,value,location)}readPayload([schema,flags],data){let type=flags&255;return type===21||type===42?typeof data=="string"?(this.serdeContext?.utf8Decoder??_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .fromUtf8 */ .ar)(data):data:type===0?typeof data=="string"?data:(this.serdeContext?.utf8Encoder??_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .toUtf8 */ .Pq)(data):this.readCodec(schema,data)}readCodec(schema,data){return this.codecDeserializer.read(schema,data)}};var ToStringShapeSerializer=class extends SerdeContext{settings;stringBuffer="";constructor(settings){super(),this.settings=settings}write(schema,value){let ns=HttpBindingNormalizedSchema.of(schema),traits=ns.getMergedTraits(),location=ns.getHttpBindingLocation(traits);this.writeHttpBinding(ns.getHttpBindingValue(location,traits),value,location)}writeHttpBinding([ns,flags,collectionValue],value,location){let schema=flags&255;switch(typeof value){case"object":if(value===null){this.stringBuffer="null";return}if(schema>=4&&schema<=7){if(!(value instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${value} when schema expected Date in ${ns.getName(!0)}`);let bindingFormat=this.settings.httpBindings?flags>>14&3:0;switch(this.settings.timestampFormat.useTrait&&schema>4?schema:bindingFormat?bindingFormat+4:this.settings.timestampFormat.default){case 5:this.stringBuffer=value.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .dateToUtcString */ .JV)(value);break;case 7:this.stringBuffer=String(value.getTime()/1e3);break;default:console.warn("Missing timestamp format, using epoch seconds",value),this.stringBuffer=String(value.getTime()/1e3)}return}if((schema===21||schema===42)&&"byteLength"in value){this.stringBuffer=(this.serdeContext?.base64Encoder??_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)(value);return}if((schema&192)===64&&Array.isArray(value)){collectionValue??=ns.getHttpBindingCollectionValue(location);let valueSchemaType=collectionValue[1]&255,isTimestamp=valueSchemaType>=4&&valueSchemaType<=7,buffer="";for(let item of value){this.writeHttpBinding(collectionValue,item,location);let headerItem=this.flush();buffer&&(buffer+=", "),buffer+=isTimestamp?headerItem:(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteHeader */ .m9)(headerItem)}this.stringBuffer=buffer;return}this.stringBuffer=JSON.stringify(value,null,2);break;case"string":let media=flags>>8&3,intermediateValue=value;if(media===2&&(intermediateValue=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .LazyJsonString */ .AH.from(intermediateValue)),media&&(location&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)(intermediateValue.toString());return}this.stringBuffer=value;break;default:this.stringBuffer=flags>>10&1?(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .generateIdempotencyToken */ .ec)():String(value)}}flush(){let buffer=this.stringBuffer;return this.stringBuffer="",buffer}};var HttpInterceptingShapeSerializer=class{codecSerializer;stringSerializer;buffer;constructor(codecSerializer,codecSettings,stringSerializer=new ToStringShapeSerializer(codecSettings)){this.codecSerializer=codecSerializer,this.stringSerializer=stringSerializer}setSerdeContext(serdeContext){this.codecSerializer.setSerdeContext(serdeContext),this.stringSerializer.setSerdeContext(serdeContext)}write(schema,value){let ns=HttpBindingNormalizedSchema.of(schema),traits=ns.getMergedTraits();if(traits.httpHeader||traits.httpLabel||traits.httpQuery){let location=ns.getHttpBindingLocation(traits);this.writeHttpBinding(ns.getHttpBindingValue(location,traits),value,location);return}this.writeCodec(ns,value)}writeHttpBinding(binding,value,location){this.stringSerializer.writeHttpBinding(binding,value,location),this.buffer=this.stringSerializer.flush()}writeCodec(schema,value){this.codecSerializer.write(schema,value)}flush(){if(this.buffer!==void 0){let buffer=this.buffer;return this.buffer=void 0,buffer}return this.codecSerializer.flush()}};function determineTimestampFormat(ns,settings){if(settings.timestampFormat.useTrait){let schema=ns.getSchema();if(schema===5||schema===6||schema===7)return schema}let{httpLabel,httpPrefixHeaders,httpHeader,httpQuery}=ns.getMergedTraits();return(settings.httpBindings?typeof httpPrefixHeaders=="string"||httpHeader?6:httpQuery||httpLabel?5:void 0:void 0)??settings.timestampFormat.default}var getHttpHandlerExtensionConfiguration=runtimeConfig=>(runtimeConfig.logger&&runtimeConfig.logger.constructor?.name!=="NoOpLogger"&&runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),runtimeConfig.logger),runtimeConfig.defaultSocketTimeout&&runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),runtimeConfig.defaultSocketTimeout),{setHttpHandler(handler){runtimeConfig.requestHandler=handler},httpHandler(){return runtimeConfig.requestHandler},updateHttpClientConfig(key,value){runtimeConfig.requestHandler?.updateHttpClientConfig(key,value)},httpHandlerConfigs(){return runtimeConfig.requestHandler.httpHandlerConfigs()}}),resolveHttpHandlerRuntimeConfig=httpHandlerExtensionConfiguration=>({requestHandler:httpHandlerExtensionConfiguration.httpHandler()});var escapeUri=uri=>encodeURIComponent(uri).replace(/[!'()*]/g,hexEncode),hexEncode=c=>`%${c.charCodeAt(0).toString(16).toUpperCase()}`;function buildQueryString(query){let parts=[];for(let key of Object.keys(query).sort()){let value=query[key];if(key=escapeUri(key),Array.isArray(value))for(let i=0,iLen=value.length;i<iLen;i++)parts.push(`${key}=${escapeUri(value[i])}`);else{let qsEntry=key;(value||typeof value=="string")&&(qsEntry+=`=${escapeUri(value)}`),parts.push(qsEntry)}}return parts.join("&")}var SerdeContextConfig=class{serdeContext;setSerdeContext(serdeContext){this.serdeContext=serdeContext}};var UnionSerde=class{from;to;keys;constructor(from,to){this.from=from,this.to=to;let keys=Object.keys(this.from),set=new Set(keys);set.delete("__type"),this.keys=set}mark(key){this.keys.delete(key)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let k=this.keys.values().next().value,v=this.from[k];this.to.$unknown=[k,v]}}};var canParseBuffer;function detectBufferParsing(){if(canParseBuffer===void 0)try{if(typeof Buffer!="function")canParseBuffer=!1;else{let result=JSON.parse(Buffer.from([123,125]));canParseBuffer=result!==null&&typeof result=="object"}}catch{canParseBuffer=!1}return canParseBuffer}function jsonReviver(key,value,context){if(context?.source){let numericString=context.source;if(typeof value=="number")return value<=Number.MAX_SAFE_INTEGER&&value>=Number.MIN_SAFE_INTEGER?isRepresentable(numericString,value)?value:new _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NumericValue */ .Dv(numericString,"bigDecimal"):isFractionalBigNumeric(numericString)?new _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NumericValue */ .Dv(numericString,"bigDecimal"):/[eE]/.test(numericString)?expandExponentToBigInt(numericString):BigInt(numericString)}return value}function isFractionalBigNumeric(s){let dotIndex=s.indexOf(".");if(dotIndex===-1)return!1;let eIndex=s.search(/[eE]/);if(eIndex===-1)return!0;let fracDigits=eIndex-dotIndex-1;return parseInt(s.slice(eIndex+1),10)<fracDigits}function isRepresentable(numericString,value){if(numericString===String(value)||Object.is(value,-0))return!0;if(/[eE]/.test(numericString))return expandToDecimal(numericString)===expandToDecimal(String(value));let normalized=numericString.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),canonical=String(value);return normalized===canonical?!0:/[eE]/.test(canonical)?normalized===expandToDecimal(canonical):!1}function expandToDecimal(s){let negative=s.startsWith("-"),abs=negative?s.slice(1):s,eIndex=abs.search(/[eE]/),result;if(eIndex===-1)result=abs;else{let exp=parseInt(abs.slice(eIndex+1),10),mantissa=abs.slice(0,eIndex),dotIndex=mantissa.indexOf("."),digits,intLen;dotIndex===-1?(digits=mantissa,intLen=mantissa.length):(digits=mantissa.slice(0,dotIndex)+mantissa.slice(dotIndex+1),intLen=dotIndex),digits=digits.replace(/0+$/,"")||"0";let newDotPos=intLen+exp;digits==="0"?result="0":newDotPos<=0?result="0."+"0".repeat(-newDotPos)+digits:newDotPos>=digits.length?result=digits+"0".repeat(newDotPos-digits.length):result=digits.slice(0,newDotPos)+"."+digits.slice(newDotPos)}return result.includes(".")&&(result=result.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(negative?"-":"")+result}function expandExponentToBigInt(s){let eIndex=s.search(/[eE]/),exp=parseInt(s.slice(eIndex+1),10),negative=s.startsWith("-"),mantissa=s.slice(negative?1:0,eIndex),dotIndex=mantissa.indexOf("."),digits,shift;if(dotIndex===-1)digits=mantissa,shift=exp;else{digits=mantissa.slice(0,dotIndex)+mantissa.slice(dotIndex+1);let fracDigits=mantissa.length-dotIndex-1;shift=exp-fracDigits}digits=digits.replace(/0+$/,"")||"0";let result=BigInt(digits)*10n**BigInt(shift+(mantissa.replace(".","").length-digits.length));return negative?-result:result}var REVIVER_SYMBOL=Symbol.for("@aws-sdk/reviver");function needsReviver(schema){let ns=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NormalizedSchema */ .l1.of(schema),raw=ns.getSchema();if(Array.isArray(raw)&&ns.isStructSchema()){if(REVIVER_SYMBOL in raw)return raw[REVIVER_SYMBOL];let result=_check(ns,new Set);return raw[REVIVER_SYMBOL]=result,result}return _check(ns,new Set)}function _check(ns,seen){let raw=ns.getSchema();if(seen.has(raw))return!1;if(seen.add(raw),ns.isBigIntegerSchema()||ns.isBigDecimalSchema())return!0;if(ns.isStructSchema()){for(let[,memberSchema]of ns.structIterator())if(_check(memberSchema,seen))return!0}else if(ns.isListSchema()||ns.isMapSchema()){if(_check(ns.getValueSchema(),seen))return!0}else if(ns.isDocumentSchema())return!0;return!1}var collectBodyString=(streamBody,context)=>collectBody(streamBody,context).then(body=>(context?.utf8Encoder??_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .toUtf8 */ .Pq)(body));async function parseJsonBody(streamBody,context,schema){let parsingInput;if(detectBufferParsing()&&typeof streamBody?.[Symbol.asyncIterator]=="function"){let buffer=await collectBody(streamBody,context);typeof Buffer=="function"&&(Buffer.isBuffer(buffer)?parsingInput=buffer:parsingInput=Buffer.from(buffer.buffer,buffer.byteOffset,buffer.byteLength))}if(parsingInput||(parsingInput=await collectBodyString(streamBody,context)),parsingInput.length===0)return{};let reviver=schema&&needsReviver(schema)?jsonReviver:void 0;try{return JSON.parse(parsingInput,reviver)}catch(e){throw e?.name==="SyntaxError"&&Object.defineProperty(e,"$responseBodyText",{value:typeof parsingInput=="string"?parsingInput:parsingInput.toString("utf8")}),e}}var findKey=(object,key)=>Object.keys(object).find(k=>k.toLowerCase()===key.toLowerCase()),sanitizeErrorCode=rawValue=>{let cleanValue=rawValue;return typeof cleanValue=="number"&&(cleanValue=cleanValue.toString()),cleanValue.indexOf(",")>=0&&(cleanValue=cleanValue.split(",")[0]),cleanValue.indexOf(":")>=0&&(cleanValue=cleanValue.split(":")[0]),cleanValue.indexOf("#")>=0&&(cleanValue=cleanValue.split("#")[1]),cleanValue},loadRestJsonErrorCode=(output,data)=>loadErrorCode(output,data,["header","code","type"]),loadJsonRpcErrorCode=(output,data,queryCompat=!1)=>loadErrorCode(output,data,queryCompat?["code","header","type"]:["type","code","header"]);var loadErrorCode=({headers},data,order)=>{for(;order.length>0;)switch(order.shift()){case"header":let headerKey=findKey(headers??{},"x-amzn-errortype");if(headerKey!==void 0)return sanitizeErrorCode(headers[headerKey]);break;case"code":let codeKey=findKey(data??{},"code");if(codeKey&&data[codeKey]!==void 0)return sanitizeErrorCode(data[codeKey]);break;case"type":if(data?.__type!==void 0)return sanitizeErrorCode(data.__type);break}};var JsonShapeDeserializer2=class extends SerdeContextConfig{settings;constructor(settings){super(),this.settings=settings}async read(schema,data){let reviver=needsReviver(schema)?jsonReviver:void 0,parsed;if(typeof data=="string"){if(data.length===0)return{};parsed=JSON.parse(data,reviver)}else if(data instanceof Uint8Array&&detectBufferParsing()){if(data.byteLength===0)return{};let buf=Buffer.isBuffer(data)?data:Buffer.from(data.buffer,data.byteOffset,data.byteLength);parsed=JSON.parse(buf,reviver)}else parsed=await parseJsonBody(data,this.serdeContext,schema);return this._read(schema,parsed)}readObject(schema,data){return this._read(schema,data)}_read(schema,value){let isObject=value!==null&&typeof value=="object",ns=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NormalizedSchema */ .l1.of(schema);if(isObject){if(ns.isStructSchema())return this._readStruct(ns,value);if(Array.isArray(value)&&ns.isListSchema()){let listMember=ns.getValueSchema();if(this.needsTransform(listMember))for(let i=0;i<value.length;++i)value[i]=this._read(listMember,value[i]);return value}if(ns.isMapSchema()){let mapMember=ns.getValueSchema(),map=value;if(this.needsTransform(mapMember))for(let k in map)(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(map,k)&&(k==="__proto__"&&(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .writeKey */ .TE)(map),map[k]=this._read(mapMember,map[k]));return map}}if(ns.isBlobSchema()&&typeof value=="string")return (0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .fromBase64 */ .Ey)(value);let mediaType=ns.getMergedTraits().mediaType;if(ns.isStringSchema()&&typeof value=="string"&&mediaType)return mediaType==="application/json"||mediaType.endsWith("+json")?_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .LazyJsonString */ .AH.from(value):value;if(ns.isTimestampSchema()&&value!=null)switch(determineTimestampFormat(ns,this.settings)){case 5:return (0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRfc3339DateTimeWithOffset */ .t_)(value);case 6:return (0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRfc7231DateTime */ .xE)(value);case 7:return (0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .parseEpochTimestamp */ .l3)(value);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",value),new Date(value)}if(ns.isBigIntegerSchema()&&(typeof value=="number"||typeof value=="string"))return BigInt(value);if(ns.isBigDecimalSchema()&&value!=null){if(value instanceof _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NumericValue */ .Dv)return value;let untyped=value;return untyped.type==="bigDecimal"&&"string"in untyped?new _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NumericValue */ .Dv(untyped.string,untyped.type):new _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NumericValue */ .Dv(String(value),"bigDecimal")}if(ns.isNumericSchema()&&typeof value=="string"){switch(value){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return value}if(ns.isDocumentSchema()&&isObject)if(Array.isArray(value))for(let i=0;i<value.length;++i){let v=value[i];v instanceof _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NumericValue */ .Dv||(value[i]=this._read(ns,v))}else{let doc=value;for(let k in doc){if(!(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(doc,k))continue;k==="__proto__"&&(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .writeKey */ .TE)(doc);let v=doc[k];v instanceof _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NumericValue */ .Dv||(doc[k]=this._read(ns,v))}}return value}_readStruct(ns,record){let union=ns.isUnionSchema(),out={},nameMap,hasType=typeof record.__type=="string",{jsonName}=this.settings;jsonName&&hasType&&(nameMap={});let unionSerde;union&&(unionSerde=new UnionSerde(record,out));for(let[memberName,memberSchema]of ns.structIterator()){let fromKey=memberName;jsonName&&(fromKey=memberSchema.getMergedTraits().jsonName??fromKey,hasType&&(nameMap[fromKey]=memberName)),union&&unionSerde.mark(fromKey),record[fromKey]!=null&&(out[memberName]=this._read(memberSchema,record[fromKey]))}if(union)unionSerde.writeUnknown();else if(hasType)for(let k in record){if(!(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(record,k))continue;let v=record[k],t=jsonName?nameMap[k]??k:k;t in out||(out[t]=v)}return out}needsTransform(ns){return!!(ns.isBlobSchema()||ns.isTimestampSchema()||ns.isBigIntegerSchema()||ns.isBigDecimalSchema()||ns.isNumericSchema()||ns.isDocumentSchema()||ns.isStructSchema()||ns.isListSchema()||ns.isMapSchema()||ns.isStringSchema()&&ns.getMergedTraits().mediaType)}};var JsonBytesStringAdapter=class _JsonBytesStringAdapter extends Uint8Array{string=null;static allocUnsafe(bytes){if(typeof Buffer=="function"){let buffer=Buffer.allocUnsafe(bytes);return new _JsonBytesStringAdapter(buffer.buffer,buffer.byteOffset,buffer.byteLength)}return new _JsonBytesStringAdapter(bytes)}toString(){return this.s()}valueOf(){return this.s()}includes(searchString,position){return typeof searchString=="string"?this.s().includes(searchString,position):Uint8Array.prototype.includes.call(this,searchString,position)}indexOf(searchString,position){return typeof searchString=="string"?this.s().indexOf(searchString,position):Uint8Array.prototype.indexOf.call(this,searchString,position)}lastIndexOf(searchString,position){if(typeof searchString=="string")return this.s().lastIndexOf(searchString,position);let fn=Uint8Array.prototype.lastIndexOf;return position!==void 0?fn.call(this,searchString,position):fn.call(this,searchString)}startsWith(searchString,position){return this.s().startsWith(searchString,position)}endsWith(searchString,endPosition){return this.s().endsWith(searchString,endPosition)}match(regexp){return this.s().match(regexp)}replace(searchValue,replaceValue){return this.s().replace(searchValue,replaceValue)}search(regexp){return this.s().search(regexp)}split(separator,limit){return this.s().split(separator,limit)}substring(start,end){return this.s().substring(start,end)}trim(){return this.s().trim()}trimStart(){return this.s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(pos){return this.s().charAt(pos)}charCodeAt(index){return this.s().charCodeAt(index)}padStart(maxLength,fillString){return this.s().padStart(maxLength,fillString)}padEnd(maxLength,fillString){return this.s().padEnd(maxLength,fillString)}repeat(count){return this.s().repeat(count)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.s().toLowerCase()}s(){if(this.string==null){let n=Date.now();n>warned+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),warned=n),this.string=(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .toUtf8 */ .Pq)(this)}return this.string}},warned=0;var encoder=new TextEncoder,OPEN_BRACE=123,CLOSE_BRACE=125,OPEN_BRACKET=91,CLOSE_BRACKET=93,QUOTE=34,COLON=58,COMMA=44,BACKSLASH=92,TRUE=new Uint8Array([116,114,117,101]),FALSE=new Uint8Array([102,97,108,115,101]),NULL=new Uint8Array([110,117,108,108]),ESCAPE_TABLE=new Array(128).fill(null);ESCAPE_TABLE[8]="b";ESCAPE_TABLE[9]="t";ESCAPE_TABLE[10]="n";ESCAPE_TABLE[12]="f";ESCAPE_TABLE[13]="r";ESCAPE_TABLE[34]='"';ESCAPE_TABLE[92]="\\";for(let i=0;i<32;i++)ESCAPE_TABLE[i]===null&&(ESCAPE_TABLE[i]="u00"+i.toString(16).padStart(2,"0"));var INITIAL_BUFFER_SIZE=2048;function alloc(size){return JsonBytesStringAdapter.allocUnsafe(size)}var JsonShapeSerializer2=class _JsonShapeSerializer2 extends SerdeContextConfig{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(settings){super(),this.settings=settings,this.json=alloc(INITIAL_BUFFER_SIZE)}write(schema,value){this.i=0,this.rawValue=value,this.rootSchema=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NormalizedSchema */ .l1.of(schema),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(this.rootSchema,value,void 0)}writeDiscriminatedDocument(schema,value){this.i=0,this.rootSchema=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NormalizedSchema */ .l1.of(schema);let ns=this.rootSchema;if(ns.isStructSchema()&&value!=null&&typeof value=="object"){this.writeValue(ns,value,void 0);let prefix=`"__type":"${ns.getName(!0)??"Unknown"}",`,z=prefix.length;this.ensure(z),this.json.copyWithin(1+z,1,this.i),encoder.encodeInto(prefix,this.json.subarray(1)),this.i+=z}else this.writeValue(ns,value,void 0)}flush(){this.rootSchema=void 0;let finalPosition=this.i;this.i=0;let raw=this.rawValue;if(this.rawValue=void 0,finalPosition===0)return raw;let result=this.json.subarray(0,finalPosition);return this.json=alloc(INITIAL_BUFFER_SIZE),result}ensure(byteCount){let{i,json}=this;if(i+byteCount>json.length){let newSize=json.length*2;for(;newSize<i+byteCount;)newSize*=2;let next=alloc(newSize);next.set(this.json),this.json=next}}writeAscii(s){let z=s.length;this.ensure(z);let{i,json}=this;for(let j=0;j<z;++j)json[i]=s.charCodeAt(j),i+=1;this.i=i}writeAsciiQuoted(s){let z=s.length;this.ensure(z+4);let{json,i}=this;json[i++]=QUOTE;for(let j=0;j<z;++j)json[i++]=s.charCodeAt(j);json[i++]=QUOTE,this.i=i}writeJsonString(s){let z=s.length;this.ensure(z*3+2),this.json[this.i++]=QUOTE;for(let j=0;j<z;++j){let c=s.charCodeAt(j);if(c>34&&c<92)this.json[this.i++]=c;else if(c<128){let esc=ESCAPE_TABLE[c];if(esc!==null){this.ensure(esc.length+1+(z-j-1)*3+1),this.json[this.i++]=BACKSLASH;for(let k=0;k<esc.length;k++)this.json[this.i++]=esc.charCodeAt(k)}else this.json[this.i++]=c}else if(c>=55296&&c<=56319){let next=j+1<z?s.charCodeAt(j+1):0;if(next>=56320&&next<=57343){this.ensure(4);let{written}=encoder.encodeInto(s.substring(j,j+2),this.json.subarray(this.i));this.i+=written,++j}else this.ensure(6+(z-j-1)*3+1),this.writeUnicodeEscape(c)}else if(c>=56320&&c<=57343)this.ensure(6+(z-j-1)*3+1),this.writeUnicodeEscape(c);else{let{i,json}=this;c<2048?(json[i++]=192|c>>6,json[i++]=128|c&63):(json[i++]=224|c>>12,json[i++]=128|c>>6&63,json[i++]=128|c&63),this.i=i}}this.json[this.i++]=QUOTE}writeUnicodeEscape(code){let{json,i}=this;json[i++]=BACKSLASH,json[i++]=117;let hex=code.toString(16).padStart(4,"0");for(let j=0;j<4;++j)json[i++]=hex.charCodeAt(j);this.i=i}static B64=(()=>{let chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",table=new Uint8Array(64);for(let i=0;i<64;++i)table[i]=chars.charCodeAt(i);return table})();writeBase64(data){let b64Len=Math.ceil(data.length/3)*4;this.ensure(b64Len+2);let json=this.json,B64=_JsonShapeSerializer2.B64,i=this.i;json[i++]=QUOTE;let len=data.length,remainder=len%3,mainLen=len-remainder;for(let j=0;j<mainLen;j+=3){let a=data[j],b=data[j+1],c=data[j+2];json[i++]=B64[a>>2],json[i++]=B64[(a&3)<<4|b>>4],json[i++]=B64[(b&15)<<2|c>>6],json[i++]=B64[c&63]}if(remainder===2){let a=data[mainLen],b=data[mainLen+1];json[i++]=B64[a>>2],json[i++]=B64[(a&3)<<4|b>>4],json[i++]=B64[(b&15)<<2],json[i++]=61}else if(remainder===1){let a=data[mainLen];json[i++]=B64[a>>2],json[i++]=B64[(a&3)<<4],json[i++]=61,json[i++]=61}json[i++]=QUOTE,this.i=i}writeValue(schema,value,container){if(value==null){if(container?.isStructSchema()){if(value===void 0&&_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NormalizedSchema */ .l1.of(schema).isIdempotencyToken()){this.writeAsciiQuoted((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .generateIdempotencyToken */ .ec)());return}return}this.ensure(4),this.json.set(NULL,this.i),this.i+=4;return}let ns=_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NormalizedSchema */ .l1.of(schema),isObject=typeof value=="object";if(ns.isStringSchema()){let mediaType=ns.getMergedTraits().mediaType;if(mediaType&&(mediaType==="application/json"||mediaType.endsWith("+json"))){this.writeJsonString(_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .LazyJsonString */ .AH.from(value).toString());return}}if(this.settings.bigNumberAsString&&value!=null&&(ns.isBigIntegerSchema()||ns.isBigDecimalSchema())){let asString=value instanceof _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NumericValue */ .Dv?value.string:String(value);this.writeAsciiQuoted(asString);return}if(isObject){if(ns.isStructSchema()){this.writeStruct(ns,value);return}if(Array.isArray(value)&&(ns.isListSchema()||ns.isDocumentSchema())){this.writeList(ns,value,ns.isDocumentSchema());return}if(ns.isMapSchema()){this.writeMap(ns,value,!1);return}if(value instanceof Uint8Array&&(ns.isBlobSchema()||ns.isDocumentSchema())){this.writeBase64(value);return}if(value instanceof Date&&(ns.isTimestampSchema()||ns.isDocumentSchema())){this.writeTimestamp(ns,value);return}if(value instanceof _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .NumericValue */ .Dv){this.writeAscii(value.string);return}if(ns.isDocumentSchema()){Array.isArray(value)?this.writeList(ns,value,!0):this.writeMap(ns,value,!0);return}let json=JSON.stringify(value);this.writeAscii(json);return}if(typeof value=="string"){if(ns.isBlobSchema()){let b64=(this.serdeContext?.base64Encoder??_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .toBase64 */ .nk)(value);this.writeAsciiQuoted(b64);return}this.writeJsonString(value);return}if(typeof value=="number"){if(Math.abs(value)===1/0||Number.isNaN(value)){this.writeAsciiQuoted(String(value));return}let numStr=String(value);this.writeAscii(numStr);return}if(typeof value=="boolean"){this.ensure(5);let{i,json}=this;value?(json.set(TRUE,i),i+=4):(json.set(FALSE,i),i+=5),this.i=i;return}if(typeof value=="bigint"){this.writeAscii(value.toString());return}this.writeAscii(String(value))}writeStruct(ns,value){this.ensure(2),this.json[this.i++]=OPEN_BRACE;let wroteAny=!1,hasType=typeof value.__type=="string",writtenKeys;hasType&&(writtenKeys=new Set);for(let[memberName,memberSchema]of ns.structIterator()){let item=value[memberName];if(item==null&&!memberSchema.isIdempotencyToken())continue;wroteAny&&(this.ensure(1),this.json[this.i++]=COMMA),wroteAny=!0;let targetKey=this.settings.jsonName?memberSchema.getMergedTraits().jsonName??memberName:memberName;writtenKeys&&(writtenKeys.add(memberName),writtenKeys.add(targetKey)),this.writeAsciiQuoted(targetKey),this.json[this.i++]=COLON,this.writeValue(memberSchema,item,ns)}if(!wroteAny&&ns.isUnionSchema()){let{$unknown}=value;if(Array.isArray($unknown)){let[k,v]=$unknown;this.writeAsciiQuoted(k),this.ensure(1),this.json[this.i++]=COLON,this.writeValue(15,v,ns)}}else if(hasType)for(let k in value){if(writtenKeys.has(k))continue;writtenKeys.add(k);let v=value[k];wroteAny&&(this.ensure(1),this.json[this.i++]=COMMA),wroteAny=!0,this.writeAsciiQuoted(k),this.ensure(1),this.json[this.i++]=COLON,this.writeValue(15,v,void 0)}this.ensure(1),this.json[this.i++]=CLOSE_BRACE}writeList(ns,value,isDocument){let sparse=!!ns.getMergedTraits().sparse,valueSchema=ns.getValueSchema();if(!isDocument&&(valueSchema.isStringSchema()||valueSchema.isNumericSchema()||valueSchema.isBooleanSchema())){let hasSpecials=!1;for(let i=0;i<value.length;++i){let v=value[i];if(Number.isNaN(v)||v===1/0||v===-1/0||v==null&&!sparse){hasSpecials=!0;break}}let json;if(!hasSpecials)json=JSON.stringify(value);else{let out=[];for(let i=0;i<value.length;++i){let v=value[i];v==null&&!sparse||(Number.isNaN(v)||v===1/0||v===-1/0?out.push(String(v)):out.push(v))}json=JSON.stringify(out)}this.ensure(json.length*3),this.i+=encoder.encodeInto(json,this.json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=OPEN_BRACKET;let wroteFirstItem=!1;for(let i=0;i<value.length;++i){let item=value[i];(isDocument?item===void 0:item==null&&!sparse)||(wroteFirstItem&&(this.ensure(1),this.json[this.i++]=COMMA),this.writeValue(valueSchema,item,void 0),wroteFirstItem=!0)}this.ensure(1),this.json[this.i++]=CLOSE_BRACKET}writeMap(ns,value,isDocument){let sparse=!!ns.getMergedTraits().sparse,valueSchema=ns.getValueSchema();if(!isDocument&&(valueSchema.isStringSchema()||valueSchema.isNumericSchema()||valueSchema.isBooleanSchema())){let modifications;for(let k in value){if(!(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(value,k))continue;let v=value[k];Number.isNaN(v)||v===1/0||v===-1/0?((modifications??={})[k]=v,value[k]=String(v)):v===null&&!sparse&&((modifications??={})[k]=null,value[k]=void 0)}let json=JSON.stringify(value);modifications&&Object.assign(value,modifications),this.ensure(json.length*3),this.i+=encoder.encodeInto(json,this.json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=OPEN_BRACE;let first=!0;for(let k in value){if(!(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(value,k))continue;let v=value[k];(isDocument?v===void 0:v==null&&!sparse)||(first||(this.ensure(1),this.json[this.i++]=COMMA),first=!1,this.writeJsonString(k),this.ensure(1),this.json[this.i++]=COLON,this.writeValue(valueSchema,v,void 0))}this.ensure(1),this.json[this.i++]=CLOSE_BRACE}writeTimestamp(ns,value){switch(determineTimestampFormat(ns,this.settings)){case 5:{let iso=value.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(iso);return}case 6:{this.writeAsciiQuoted((0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_0__/* .dateToUtcString */ .JV)(value));return}case 7:{let epochSecs=String(value.getTime()/1e3);this.writeAscii(epochSecs);return}default:{let epochSecs=String(value.getTime()/1e3);this.writeAscii(epochSecs);return}}}};var JsonCodec2=class extends SerdeContextConfig{settings;constructor(settings){super(),this.settings=settings}createSerializer(){let serializer=new JsonShapeSerializer2(this.settings);return serializer.setSerdeContext(this.serdeContext),serializer}createDeserializer(){let deserializer=new JsonShapeDeserializer2(this.settings);return deserializer.setSerdeContext(this.serdeContext),deserializer}};


/***/ }),

/***/ 8979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ NodeHttpHandler)
/* harmony export */ });
/* harmony import */ var _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2933);
/* harmony import */ var _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8549);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4708);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7075);
function buildAbortError(abortSignal){let reason=abortSignal&&typeof abortSignal=="object"&&"reason"in abortSignal?abortSignal.reason:void 0;if(reason){if(reason instanceof Error){let abortError3=new Error("Request aborted");return abortError3.name="AbortError",abortError3.cause=reason,abortError3}let abortError2=new Error(String(reason));return abortError2.name="AbortError",abortError2}let abortError=new Error("Request aborted");return abortError.name="AbortError",abortError}var NODEJS_TIMEOUT_ERROR_CODES=["ECONNRESET","EPIPE","ETIMEDOUT"];var getTransformedHeaders=headers=>{let transformedHeaders={};for(let name in headers){if(!(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(headers,name))continue;let headerValues=headers[name];transformedHeaders[name]=Array.isArray(headerValues)?headerValues.join(","):headerValues}return transformedHeaders};var timing={setTimeout:(cb,ms)=>setTimeout(cb,ms),clearTimeout:timeoutId=>clearTimeout(timeoutId)};var DEFER_EVENT_LISTENER_TIME=1e3,setConnectionTimeout=(request,reject,timeoutInMs=0)=>{if(!timeoutInMs)return-1;let registerTimeout=offset=>{let timeoutId=timing.setTimeout(()=>{request.destroy(),reject(Object.assign(new Error(`@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${timeoutInMs} ms.`),{name:"TimeoutError"}))},timeoutInMs-offset),doWithSocket=socket=>{socket?.connecting?socket.on("connect",()=>{timing.clearTimeout(timeoutId)}):timing.clearTimeout(timeoutId)};request.socket?doWithSocket(request.socket):request.on("socket",doWithSocket)};return timeoutInMs<2e3?(registerTimeout(0),0):timing.setTimeout(registerTimeout.bind(null,DEFER_EVENT_LISTENER_TIME),DEFER_EVENT_LISTENER_TIME)};var setRequestTimeout=(req,reject,timeoutInMs=0,throwOnRequestTimeout,logger)=>timeoutInMs?timing.setTimeout(()=>{let msg=`@smithy/node-http-handler - [${throwOnRequestTimeout?"ERROR":"WARN"}] a request has exceeded the configured ${timeoutInMs} ms requestTimeout.`;if(throwOnRequestTimeout){let error=Object.assign(new Error(msg),{name:"TimeoutError",code:"ETIMEDOUT"});req.destroy(error),reject(error)}else msg+=" Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.",logger?.warn?.(msg)},timeoutInMs):-1;var DEFER_EVENT_LISTENER_TIME2=3e3,setSocketKeepAlive=(request,{keepAlive,keepAliveMsecs},deferTimeMs=DEFER_EVENT_LISTENER_TIME2)=>{if(keepAlive!==!0)return-1;let registerListener=()=>{request.socket?request.socket.setKeepAlive(keepAlive,keepAliveMsecs||0):request.on("socket",socket=>{socket.setKeepAlive(keepAlive,keepAliveMsecs||0)})};return deferTimeMs===0?(registerListener(),0):timing.setTimeout(registerListener,deferTimeMs)};var resolveDefaultSocketTimeout=config=>{let value=config?.defaultSocketTimeout;return typeof value=="number"&&Number.isFinite(value)&&value>0?value:void 0};var DEFER_EVENT_LISTENER_TIME3=3e3,setSocketTimeout=(request,reject,timeoutInMs=0,isServiceDefault=!1)=>{if(!Number.isFinite(timeoutInMs)||timeoutInMs<=0)return;let response;request.once("response",res=>response=res);let onTimeout=()=>{if(response?.complete){request.socket?.destroy();return}let error=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${timeoutInMs} ms of inactivity (${isServiceDefault?"service default socket timeout":"configured by client requestHandler"}).`),{name:"TimeoutError"});response?.destroy(error),request.destroy(),reject(error)},registerTimeout=()=>{let{socket}=request;socket?socket.connecting?socket.once("connect",registerTimeout):(socket.setTimeout(timeoutInMs,onTimeout),request.on("close",()=>socket.removeListener("timeout",onTimeout))):request.once("socket",registerTimeout)};if(timeoutInMs<6e3){registerTimeout();return}let deferralId=timing.setTimeout(registerTimeout,DEFER_EVENT_LISTENER_TIME3);request.once("close",()=>timing.clearTimeout(deferralId))};var MIN_WAIT_TIME=6e3;async function writeRequestBody(httpRequest,request,maxContinueTimeoutMs=MIN_WAIT_TIME,externalAgent=!1){let headers=request.headers,expect=headers?headers.Expect||headers.expect:void 0,timeoutId=-1,sendBody=!0;!externalAgent&&expect==="100-continue"&&(sendBody=await Promise.race([new Promise(resolve=>{timeoutId=Number(timing.setTimeout(()=>resolve(!0),Math.max(MIN_WAIT_TIME,maxContinueTimeoutMs)))}),new Promise(resolve=>{httpRequest.on("continue",()=>{timing.clearTimeout(timeoutId),resolve(!0)}),httpRequest.on("response",()=>{timing.clearTimeout(timeoutId),resolve(!1)}),httpRequest.on("error",()=>{timing.clearTimeout(timeoutId),resolve(!1)})})])),sendBody&&writeBody(httpRequest,request.body)}function writeBody(httpRequest,body){if(body instanceof node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable){body.pipe(httpRequest);return}if(body){let isBuffer=Buffer.isBuffer(body);if(isBuffer||typeof body=="string"){isBuffer&&body.byteLength===0?httpRequest.end():httpRequest.end(body);return}let uint8=body;if(typeof uint8=="object"&&uint8.buffer&&typeof uint8.byteOffset=="number"&&typeof uint8.byteLength=="number"){httpRequest.end(Buffer.from(uint8.buffer,uint8.byteOffset,uint8.byteLength));return}httpRequest.end(Buffer.from(body));return}httpRequest.end()}var hAgent,hRequest,NodeHttpHandler=class _NodeHttpHandler{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={handlerProtocol:"http/1.1"};static create(instanceOrOptions){return typeof instanceOrOptions?.handle=="function"?instanceOrOptions:new _NodeHttpHandler(instanceOrOptions)}static checkSocketUsage(agent,socketWarningTimestamp,logger=console){let{sockets,requests,maxSockets}=agent;if(typeof maxSockets!="number"||maxSockets===1/0||Date.now()-15e3<socketWarningTimestamp)return socketWarningTimestamp;if(sockets&&requests)for(let origin in sockets){if(!(0,_chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(sockets,origin))continue;let socketsInUse=sockets[origin]?.length??0,requestsEnqueued=requests[origin]?.length??0;if(socketsInUse>=maxSockets&&requestsEnqueued>=2*maxSockets)return logger?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${socketsInUse} and ${requestsEnqueued} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return socketWarningTimestamp}constructor(options){this.configProvider=new Promise((resolve,reject)=>{typeof options=="function"?options().then(_options=>{resolve(this.resolveDefaultConfig(_options))}).catch(reject):resolve(this.resolveDefaultConfig(options))})}destroy(){this.config?.httpAgent?.destroy(),this.config?.httpsAgent?.destroy()}async handle(request,{abortSignal,requestTimeout}={}){this.config||(this.config=await this.configProvider);let config=this.config,logger=config.logger,isSSL=request.protocol==="https:";return!isSSL&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((_resolve,_reject)=>{let writeRequestBodyPromise,socketWarningTimeoutId=-1,connectionTimeoutId=-1,requestTimeoutId=-1,keepAliveTimeoutId=-1,clearTimeouts=()=>{timing.clearTimeout(socketWarningTimeoutId),timing.clearTimeout(connectionTimeoutId),timing.clearTimeout(requestTimeoutId),timing.clearTimeout(keepAliveTimeoutId)},resolve=async arg=>{await writeRequestBodyPromise,clearTimeouts(),_resolve(arg)},reject=async arg=>{await writeRequestBodyPromise,clearTimeouts(),_reject(arg)};if(abortSignal?.aborted){let abortError=buildAbortError(abortSignal);reject(abortError);return}let headers=request.headers,expectContinue=headers?(headers.Expect??headers.expect)==="100-continue":!1,agent=isSSL?config.httpsAgent:config.httpAgent;expectContinue&&!this.externalAgent&&(agent=new(isSSL?node_https__WEBPACK_IMPORTED_MODULE_2__.Agent:hAgent)({keepAlive:!1,maxSockets:1/0})),socketWarningTimeoutId=timing.setTimeout(()=>{this.socketWarningTimestamp=_NodeHttpHandler.checkSocketUsage(agent,this.socketWarningTimestamp,logger)},config.socketAcquisitionWarningTimeout??(config.requestTimeout??2e3)+(config.connectionTimeout??1e3));let queryString=request.query?(0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_0__/* .buildQueryString */ .Go)(request.query):"",auth;if(request.username!=null||request.password!=null){let username=request.username??"",password=request.password??"";auth=`${username}:${password}`}let path=request.path;queryString&&(path+=`?${queryString}`),request.fragment&&(path+=`#${request.fragment}`);let hostname=request.hostname??"";hostname[0]==="["&&hostname.endsWith("]")?hostname=request.hostname.slice(1,-1):hostname=request.hostname;let nodeHttpsOptions={headers:request.headers,host:hostname,method:request.method,path,port:request.port,agent,auth},req=(isSSL?node_https__WEBPACK_IMPORTED_MODULE_2__.request:hRequest)(nodeHttpsOptions,res=>{let httpResponse=new _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpResponse */ .cS({statusCode:res.statusCode||-1,reason:res.statusMessage,headers:getTransformedHeaders(res.headers),body:res});resolve({response:httpResponse})});if(req.on("error",err=>{NODEJS_TIMEOUT_ERROR_CODES.includes(err.code)?reject(Object.assign(err,{name:"TimeoutError"})):reject(err)}),abortSignal){let onAbort=()=>{req.destroy();let abortError=buildAbortError(abortSignal);reject(abortError)};if(typeof abortSignal.addEventListener=="function"){let signal=abortSignal;signal.addEventListener("abort",onAbort,{once:!0}),req.once("close",()=>signal.removeEventListener("abort",onAbort))}else abortSignal.onabort=onAbort}let effectiveRequestTimeout=requestTimeout??config.requestTimeout;connectionTimeoutId=setConnectionTimeout(req,reject,config.connectionTimeout),requestTimeoutId=setRequestTimeout(req,reject,effectiveRequestTimeout,config.throwOnRequestTimeout,logger??console);let defaultSocketTimeout=config.socketTimeout===void 0?resolveDefaultSocketTimeout(config):void 0;defaultSocketTimeout?setSocketTimeout(req,reject,defaultSocketTimeout,!0):setSocketTimeout(req,reject,config.socketTimeout);let httpAgent=nodeHttpsOptions.agent;typeof httpAgent=="object"&&"keepAlive"in httpAgent&&(keepAliveTimeoutId=setSocketKeepAlive(req,{keepAlive:httpAgent.keepAlive,keepAliveMsecs:httpAgent.keepAliveMsecs})),writeRequestBodyPromise=writeRequestBody(req,request,effectiveRequestTimeout,this.externalAgent).catch(e=>(clearTimeouts(),_reject(e)))})}updateHttpClientConfig(key,value){this.config=void 0,this.configProvider=this.configProvider.then(config=>{switch(key){case Symbol.for("logger"):key="logger",value=config.logger??value;break;case Symbol.for("@smithy/defaultSocketTimeout"):key="defaultSocketTimeout",value=resolveDefaultSocketTimeout(config)??value;break}return{...config,[key]:value}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(options){let{requestTimeout,connectionTimeout,socketTimeout,socketAcquisitionWarningTimeout,httpAgent,httpsAgent,throwOnRequestTimeout,logger}=options||{},keepAlive=!0,maxSockets=50,httpAgentPromise;return{connectionTimeout,requestTimeout,socketTimeout,defaultSocketTimeout:resolveDefaultSocketTimeout(options),socketAcquisitionWarningTimeout,throwOnRequestTimeout,httpAgentProvider:()=>httpAgentPromise??=(async()=>{let node_http=await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 19)),{Agent,request}=node_http.default??node_http;return hRequest=request,hAgent=Agent,httpAgent instanceof hAgent||typeof httpAgent?.destroy=="function"?(this.externalAgent=!0,httpAgent):new hAgent({keepAlive,maxSockets,...httpAgent})})(),httpsAgent:httpsAgent instanceof node_https__WEBPACK_IMPORTED_MODULE_2__.Agent||typeof httpsAgent?.destroy=="function"?(this.externalAgent=!0,httpsAgent):new node_https__WEBPACK_IMPORTED_MODULE_2__.Agent({keepAlive,maxSockets,...httpsAgent}),logger}}};


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
