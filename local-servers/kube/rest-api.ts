// The resource endpoints: request attributes as the apiserver's RequestInfoFactory derives them,
// content negotiation (JSON, Table, PartialObjectMetadata), the REST verbs, and watch streams.

import type { IncomingMessage, ServerResponse } from 'node:http';

import { parse as parseYaml } from 'yaml';

import {
  KubeApiError,
  badRequest,
  expired,
  methodNotAllowed,
  resourceNotFound,
  successStatus,
  unsupportedMediaType,
  requestEntityTooLarge,
} from './api-errors.ts';
import { isMap, type KubeObject } from './objects.ts';
import { fieldValues, groupVersion, supportedFieldLabels, type ResourceDefinition } from './resources.ts';
import { parseFieldSelector, parseLabelSelector, type FieldSelector, type LabelSelector } from './selectors.ts';
import { patchContentTypes, type ObjectStore, type StoreEvent } from './store.ts';
import { buildTable, type IncludeObject } from './tables.ts';

export interface RequestInfo {
  isResourceRequest: boolean;
  path: string;
  verb: string;
  group: string;
  version: string;
  namespace: string;
  resource: string;
  subresource: string;
  name: string;
}

const namespaceSubresources = new Set(['status', 'finalize']);

const parseBool = (value: string | null): boolean => value !== null && ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value);

export const parseRequestInfo = (method: string, path: string, query: URLSearchParams): RequestInfo => {
  const info: RequestInfo = {
    isResourceRequest: false,
    path,
    verb: method.toLowerCase(),
    group: '',
    version: '',
    namespace: '',
    resource: '',
    subresource: '',
    name: '',
  };
  const parts = path
    .split('/')
    .filter((part) => part.length > 0)
    .map((part) => decodeURIComponent(part));
  let rest: string[];
  if (parts[0] === 'api' && parts.length >= 3) {
    info.version = parts[1] ?? '';
    rest = parts.slice(2);
  } else if (parts[0] === 'apis' && parts.length >= 4) {
    info.group = parts[1] ?? '';
    info.version = parts[2] ?? '';
    rest = parts.slice(3);
  } else {
    return info;
  }
  info.isResourceRequest = true;
  let watchPath = false;
  if (rest[0] === 'watch') {
    watchPath = true;
    rest = rest.slice(1);
  }
  let current = rest;
  if (rest[0] === 'namespaces' && rest.length > 1) {
    info.namespace = rest[1] ?? '';
    if (rest.length > 2 && !namespaceSubresources.has(rest[2] ?? '')) current = rest.slice(2);
  }
  info.resource = current[0] ?? '';
  info.name = current[1] ?? '';
  info.subresource = current[2] ?? '';
  const watch = watchPath || parseBool(query.get('watch'));
  switch (method) {
    case 'GET':
    case 'HEAD':
      info.verb = watch ? 'watch' : info.name ? 'get' : 'list';
      break;
    case 'POST':
      info.verb = 'create';
      break;
    case 'PUT':
      info.verb = 'update';
      break;
    case 'PATCH':
      info.verb = 'patch';
      break;
    case 'DELETE':
      info.verb = info.name ? 'delete' : 'deletecollection';
      break;
    default:
      info.verb = method.toLowerCase();
  }
  return info;
};

// Content negotiation.

export type Representation = { kind: 'object' } | { kind: 'table'; version: string; includeObject: IncludeObject } | { kind: 'partial'; list: boolean };

interface MediaRange {
  type: string;
  params: Record<string, string>;
}

const parseAccept = (accept: string | undefined): MediaRange[] =>
  (accept ?? '*/*')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const [type = '', ...paramParts] = part.split(';').map((piece) => piece.trim());
      const params: Record<string, string> = {};
      for (const param of paramParts) {
        const eq = param.indexOf('=');
        if (eq > 0) params[param.slice(0, eq).trim()] = param.slice(eq + 1).trim();
      }
      return { type: type.toLowerCase(), params };
    });

export const negotiate = (accept: string | undefined, includeObjectParam: string | null): Representation => {
  for (const range of parseAccept(accept)) {
    const jsonLike = range.type === 'application/json' || range.type === '*/*' || range.type === 'application/*';
    if (!jsonLike) continue;
    const as = range.params.as;
    if (!as) return { kind: 'object' };
    if (range.params.g !== 'meta.k8s.io') continue;
    if (as === 'Table' && (range.params.v === 'v1' || range.params.v === 'v1beta1')) {
      const includeObject: IncludeObject = includeObjectParam === 'None' || includeObjectParam === 'Object' ? includeObjectParam : 'Metadata';
      return { kind: 'table', version: range.params.v, includeObject };
    }
    if ((as === 'PartialObjectMetadata' || as === 'PartialObjectMetadataList') && (range.params.v === 'v1' || range.params.v === 'v1beta1')) {
      return { kind: 'partial', list: as === 'PartialObjectMetadataList' };
    }
  }
  throw new KubeApiError(
    406,
    'NotAcceptable',
    'only the following media types are accepted: application/json, application/yaml, application/vnd.kubernetes.protobuf',
  );
};

const contentTypeFor = (representation: Representation, list: boolean): string => {
  if (representation.kind === 'table') return `application/json;as=Table;v=${representation.version};g=meta.k8s.io`;
  if (representation.kind === 'partial') {
    return `application/json;as=${list ? 'PartialObjectMetadataList' : 'PartialObjectMetadata'};v=v1;g=meta.k8s.io`;
  }
  return 'application/json';
};

// Helpers shared with the server.

export const sendJson = (res: ServerResponse, status: number, body: unknown, contentType = 'application/json', headers: Record<string, string> = {}): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-cache, private',
    ...headers,
  });
  res.end(text);
};

export const sendError = (res: ServerResponse, error: KubeApiError, headers: Record<string, string> = {}): void => {
  const extra = { ...headers };
  const retryAfter = error.details?.retryAfterSeconds;
  if (retryAfter !== undefined) extra['Retry-After'] = String(retryAfter);
  sendJson(res, error.code, error.toStatus(), 'application/json', extra);
};

const maxBodyBytes = 3 * 1024 * 1024;

export const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBodyBytes) throw requestEntityTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
};

const decodeBody = (text: string, contentType: string): unknown => {
  if (text.trim() === '') return undefined;
  try {
    if (contentType === 'application/yaml') return parseYaml(text) as unknown;
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw badRequest(`couldn't get version/kind; json parse error: ${error instanceof Error ? error.message : String(error)}`);
  }
};

const mediaType = (header: string | undefined): string => (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

// Version conversion: all served versions of a resource share one schema here, so converting is
// relabelling apiVersion.

const inVersion = (def: ResourceDefinition, obj: KubeObject, version: string): KubeObject => ({
  ...obj,
  apiVersion: groupVersion(def, version),
});

/** Typed (built-in) list items carry no kind/apiVersion on the wire; unstructured (CRD) items do. */
const listItem = (def: ResourceDefinition, obj: KubeObject, version: string): unknown => {
  if (def.custom) return inVersion(def, obj, version);
  const { kind: _kind, apiVersion: _apiVersion, ...rest } = obj;
  return rest;
};

export interface WatchOptions {
  /** How often a watch that allows bookmarks gets one (the apiserver: about a minute). */
  bookmarkIntervalMs: number;
  /** Bounds of the random timeout given to watches without timeoutSeconds (the apiserver: 1800-3600 s). */
  defaultTimeoutSeconds: [number, number];
}

export interface WatchFaults {
  endAfterMs?: number;
  cutAfterMs?: number;
  expired?: boolean;
}

export interface ApiContext {
  store: ObjectStore;
  watch: WatchOptions;
  /** Registers an open watch so the server can end it on close or reset. */
  trackWatch(end: () => void): () => void;
}

interface Selection {
  labels: LabelSelector;
  fields: FieldSelector;
  namespace: string;
}

const selectionFor = (def: ResourceDefinition, info: RequestInfo, query: URLSearchParams): Selection => {
  let fieldSelector = query.get('fieldSelector') ?? '';
  if (info.name && info.verb === 'watch') {
    fieldSelector = fieldSelector ? `${fieldSelector},metadata.name=${info.name}` : `metadata.name=${info.name}`;
  }
  return {
    labels: parseLabelSelector(query.get('labelSelector')),
    fields: parseFieldSelector(fieldSelector, supportedFieldLabels(def)),
    namespace: def.namespaced ? info.namespace : '',
  };
};

const selects = (def: ResourceDefinition, selection: Selection, obj: KubeObject): boolean =>
  (!selection.namespace || obj.metadata.namespace === selection.namespace) &&
  selection.labels.matches(obj.metadata.labels) &&
  selection.fields.matches(fieldValues(def, obj));

interface ContinueToken {
  rv: number;
  start: string;
}

const encodeContinue = (token: ContinueToken): string => Buffer.from(JSON.stringify(token)).toString('base64url');

const decodeContinue = (text: string): ContinueToken => {
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (isMap(parsed) && typeof parsed.rv === 'number' && typeof parsed.start === 'string') {
      return { rv: parsed.rv, start: parsed.start };
    }
  } catch {
    // fall through to the apiserver's answer for a malformed token
  }
  throw badRequest('continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
};

/** Serves one resource request; `info` must be a resource request. */
export const serveResource = async (
  context: ApiContext,
  info: RequestInfo,
  query: URLSearchParams,
  req: IncomingMessage,
  res: ServerResponse,
  watchFaults: WatchFaults,
): Promise<void> => {
  const { store } = context;
  const def = store.findDefinition(info.group, info.resource);
  if (!def?.versions.includes(info.version)) throw resourceNotFound();
  const isNamespaceItself = def.resource === 'namespaces';
  if (!def.namespaced && info.namespace && !isNamespaceItself) throw resourceNotFound();
  if (def.namespaced && !info.namespace && info.name) throw resourceNotFound();
  if (info.subresource && !(info.subresource === 'status' && def.hasStatus)) throw resourceNotFound();
  const namespace = def.namespaced ? info.namespace : '';
  const version = info.version;
  const dryRun = query.getAll('dryRun').includes('All');

  const representation = (): Representation => negotiate(req.headers.accept, query.get('includeObject'));
  const respondObject = (status: number, obj: KubeObject): void => {
    const rep = representation();
    const converted = inVersion(def, obj, version);
    if (rep.kind === 'table') {
      sendJson(
        res,
        status,
        buildTable(def.resource, [converted], { resourceVersion: obj.metadata.resourceVersion ?? '' }, rep.includeObject),
        contentTypeFor(rep, false),
      );
    } else if (rep.kind === 'partial') {
      sendJson(res, status, { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata }, contentTypeFor(rep, false));
    } else {
      sendJson(res, status, converted);
    }
  };
  const readJsonBody = async (): Promise<unknown> => {
    const type = mediaType(req.headers['content-type']);
    const text = await readBody(req);
    if (info.verb === 'patch') {
      if (!patchContentTypes[type]) {
        throw unsupportedMediaType(type, [
          'application/json-patch+json',
          'application/merge-patch+json',
          'application/apply-patch+yaml',
          'application/apply-patch+cbor',
          ...(def.patchSchema ? ['application/strategic-merge-patch+json'] : []),
        ]);
      }
      return decodeBody(text, 'application/json');
    }
    if (type !== '' && type !== 'application/json' && type !== 'application/yaml' && type !== '*/*') {
      throw unsupportedMediaType(type, ['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf']);
    }
    return decodeBody(text, type);
  };

  switch (info.verb) {
    case 'get': {
      const obj = store.getStored(def, namespace, info.name);
      if (!obj) throw notFoundFor(def, info.name);
      respondObject(200, obj);
      return;
    }
    case 'list': {
      const selection = selectionFor(def, info, query);
      const rep = representation();
      let items = store.listStored(def, namespace).filter((obj) => selects(def, selection, obj));
      const listRv = store.resourceVersion;
      const limit = Number(query.get('limit') ?? '0');
      const continueParam = query.get('continue');
      const keyOf = (obj: KubeObject): string => `${obj.metadata.namespace ?? ''}/${obj.metadata.name ?? ''}`;
      if (continueParam) {
        const token = decodeContinue(continueParam);
        items = items.filter((obj) => keyOf(obj) > token.start);
      }
      const listMeta: Record<string, unknown> = { resourceVersion: String(listRv) };
      if (Number.isInteger(limit) && limit > 0 && items.length > limit) {
        const last = items[limit - 1];
        listMeta.continue = encodeContinue({ rv: listRv, start: last ? keyOf(last) : '' });
        listMeta.remainingItemCount = items.length - limit;
        items = items.slice(0, limit);
      }
      if (rep.kind === 'table') {
        sendJson(
          res,
          200,
          buildTable(
            def.resource,
            items.map((obj) => inVersion(def, obj, version)),
            listMeta,
            rep.includeObject,
          ),
          contentTypeFor(rep, true),
        );
      } else if (rep.kind === 'partial') {
        sendJson(
          res,
          200,
          {
            kind: 'PartialObjectMetadataList',
            apiVersion: 'meta.k8s.io/v1',
            metadata: listMeta,
            items: items.map((obj) => ({ kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata })),
          },
          contentTypeFor(rep, true),
        );
      } else {
        sendJson(res, 200, {
          kind: `${def.kind}List`,
          apiVersion: groupVersion(def, version),
          metadata: listMeta,
          items: items.map((obj) => listItem(def, obj, version)),
        });
      }
      return;
    }
    case 'watch':
      serveWatch(context, def, info, query, req, res, watchFaults);
      return;
    case 'create': {
      if (info.name || info.subresource) throw methodNotAllowed();
      const body = await readJsonBody();
      const created = store.create(def, namespace, body, { dryRun });
      respondObject(201, created);
      return;
    }
    case 'update': {
      const body = await readJsonBody();
      const updated = store.replace(def, namespace, info.name, body, { status: info.subresource === 'status', dryRun });
      respondObject(200, updated);
      return;
    }
    case 'patch': {
      const patchType = patchContentTypes[mediaType(req.headers['content-type'])];
      const body = await readJsonBody();
      if (!patchType) throw badRequest('unsupported patch type');
      const patched = store.patch(def, namespace, info.name, patchType, body, { status: info.subresource === 'status', dryRun });
      respondObject(200, patched);
      return;
    }
    case 'delete': {
      if (info.subresource) throw methodNotAllowed();
      const body = await readJsonBody().catch(() => undefined);
      const options = isMap(body) ? body : {};
      const preconditions = isMap(options.preconditions) ? options.preconditions : undefined;
      const propagation = (query.get('propagationPolicy') ?? options.propagationPolicy) as string | undefined;
      const deleteDryRun = dryRun || (Array.isArray(options.dryRun) && options.dryRun.includes('All'));
      const deleted = store.delete(def, namespace, info.name, {
        dryRun: deleteDryRun,
        ...(propagation === 'Orphan' || propagation === 'Background' || propagation === 'Foreground' ? { propagationPolicy: propagation } : {}),
        ...(preconditions
          ? {
              preconditions: {
                ...(typeof preconditions.resourceVersion === 'string' ? { resourceVersion: preconditions.resourceVersion } : {}),
                ...(typeof preconditions.uid === 'string' ? { uid: preconditions.uid } : {}),
              },
            }
          : {}),
      });
      // Custom resources answer with the deleted object, built-in registries with a Status.
      if (def.custom) respondObject(200, deleted);
      else sendJson(res, 200, successStatus(def, info.name, deleted.metadata.uid ?? ''));
      return;
    }
    case 'deletecollection': {
      const selection = selectionFor(def, info, query);
      for (const obj of store.listStored(def, namespace).filter((candidate) => selects(def, selection, candidate))) {
        store.delete(def, obj.metadata.namespace ?? '', obj.metadata.name ?? '', { dryRun });
      }
      sendJson(res, 200, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success' });
      return;
    }
    default:
      throw methodNotAllowed();
  }
};

const notFoundFor = (def: ResourceDefinition, name: string): KubeApiError =>
  new KubeApiError(404, 'NotFound', `${def.group ? `${def.resource}.${def.group}` : def.resource} "${name}" not found`, {
    name,
    ...(def.group ? { group: def.group } : {}),
    kind: def.resource,
  });

// Watch streams: newline-delimited JSON events over a chunked response.

const serveWatch = (
  context: ApiContext,
  def: ResourceDefinition,
  info: RequestInfo,
  query: URLSearchParams,
  req: IncomingMessage,
  res: ServerResponse,
  faults: WatchFaults,
): void => {
  const { store } = context;
  const selection = selectionFor(def, info, query);
  const rep = negotiate(req.headers.accept, query.get('includeObject'));
  const version = info.version;
  const rvParam = query.get('resourceVersion') ?? '';
  const sendInitialEvents = parseBool(query.get('sendInitialEvents'));
  const allowBookmarks = parseBool(query.get('allowWatchBookmarks'));
  let startRv: number | undefined;
  if (rvParam !== '' && rvParam !== '0') {
    if (!/^\d+$/.test(rvParam)) throw badRequest(`invalid resource version: ${rvParam}`);
    startRv = Number(rvParam);
  }
  const timeoutParam = query.get('timeoutSeconds');
  const [minTimeout, maxTimeout] = context.watch.defaultTimeoutSeconds;
  const timeoutSeconds =
    timeoutParam !== null && /^\d+$/.test(timeoutParam) ? Number(timeoutParam) : minTimeout + Math.random() * Math.max(0, maxTimeout - minTimeout);

  res.writeHead(200, {
    'Content-Type': rep.kind === 'table' ? contentTypeFor(rep, false) : 'application/json',
    'Cache-Control': 'no-cache, private',
    'Transfer-Encoding': 'chunked',
  });
  res.flushHeaders();
  req.socket.setNoDelay(true);

  let closed = false;
  let columnsSent = false;
  const timers: NodeJS.Timeout[] = [];
  const write = (type: string, object: unknown): void => {
    if (closed) return;
    res.write(`${JSON.stringify({ type, object })}\n`);
  };
  const writeObjectEvent = (type: string, obj: KubeObject): void => {
    const converted = inVersion(def, obj, version);
    if (rep.kind === 'table') {
      write(type, buildTable(def.resource, [converted], { resourceVersion: obj.metadata.resourceVersion ?? '' }, rep.includeObject, !columnsSent));
      columnsSent = true;
    } else if (rep.kind === 'partial') {
      write(type, { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata });
    } else {
      write(type, converted);
    }
  };
  const writeBookmark = (annotations?: Record<string, string>): void => {
    write('BOOKMARK', {
      kind: def.kind,
      apiVersion: groupVersion(def, version),
      metadata: { resourceVersion: String(store.resourceVersion), ...(annotations ? { annotations } : {}) },
    });
  };
  let untrack = (): void => undefined;
  let unsubscribe = (): void => undefined;
  const finish = (abrupt: boolean): void => {
    if (closed) return;
    closed = true;
    for (const timer of timers) clearTimeout(timer);
    unsubscribe();
    untrack();
    if (abrupt) res.socket?.destroy();
    else res.end();
  };
  untrack = context.trackWatch(() => {
    finish(false);
  });
  req.on('close', () => {
    finish(false);
  });
  res.on('close', () => {
    finish(false);
  });

  const handleEvent = (event: StoreEvent): void => {
    if (event.def !== def) return;
    const current = selects(def, selection, event.object);
    const before = event.previous ? selects(def, selection, event.previous) : false;
    if (event.type === 'ADDED') {
      if (current) writeObjectEvent('ADDED', event.object);
    } else if (event.type === 'MODIFIED') {
      if (current && before) writeObjectEvent('MODIFIED', event.object);
      else if (current) writeObjectEvent('ADDED', event.object);
      else if (before && event.previous) {
        // Leaving the selection reads as a deletion of the previous state, at the new resourceVersion.
        writeObjectEvent('DELETED', { ...event.previous, metadata: { ...event.previous.metadata, resourceVersion: String(event.resourceVersion) } });
      }
    } else if (before || current) {
      writeObjectEvent('DELETED', event.object);
    }
  };

  if (faults.expired || (startRv !== undefined && startRv < store.oldestResumableResourceVersion)) {
    const requested = startRv ?? store.resourceVersion;
    const oldest = faults.expired ? store.resourceVersion : store.oldestResumableResourceVersion;
    const status = expired(`too old resource version: ${requested} (${oldest})`).toStatus();
    write('ERROR', status);
    finish(false);
    return;
  }

  if (startRv === undefined || sendInitialEvents) {
    for (const obj of store.listStored(def, selection.namespace)) {
      if (selects(def, selection, obj)) writeObjectEvent('ADDED', obj);
    }
    if (sendInitialEvents && allowBookmarks) writeBookmark({ 'k8s.io/initial-events-end': 'true' });
  } else {
    for (const event of store.eventsSince(startRv) ?? []) handleEvent(event);
  }
  unsubscribe = store.subscribe(handleEvent);

  if (allowBookmarks && context.watch.bookmarkIntervalMs > 0) {
    const scheduleBookmark = (): void => {
      const timer = setTimeout(() => {
        writeBookmark();
        scheduleBookmark();
      }, context.watch.bookmarkIntervalMs);
      timer.unref();
      timers.push(timer);
    };
    scheduleBookmark();
  }
  const timeoutTimer = setTimeout(() => {
    finish(false);
  }, timeoutSeconds * 1000);
  timeoutTimer.unref();
  timers.push(timeoutTimer);
  if (faults.endAfterMs !== undefined) {
    const timer = setTimeout(() => {
      finish(false);
    }, faults.endAfterMs);
    timer.unref();
    timers.push(timer);
  }
  if (faults.cutAfterMs !== undefined) {
    const timer = setTimeout(() => {
      finish(true);
    }, faults.cutAfterMs);
    timer.unref();
    timers.push(timer);
  }
};
