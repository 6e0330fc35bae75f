import { HttpMethod, IsomorphicFetchHttpLibrary, RequestContext } from '#client-node';
import type { KubeConfig } from '#client-node';

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
export class KubeApiError extends Error {
  readonly code: number;
  /** The response body as text (a Kubernetes `Status`, usually). */
  readonly body: string;
  /** Response headers, names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: number, body: string, headers: Readonly<Record<string, string>>, what: string) {
    super(`${what}: HTTP ${code}`);
    this.name = 'KubeApiError';
    this.code = code;
    this.body = body;
    this.headers = headers;
  }
}

/** What `kubeRequest` needs of a connection. */
export interface RequestTarget {
  readonly kubeConfig: KubeConfig;
}

/** Patch content types the API server accepts (Content-Type of a PATCH). */
export const PatchType = {
  merge: 'application/merge-patch+json',
  strategicMerge: 'application/strategic-merge-patch+json',
  json: 'application/json-patch+json',
} as const;
export type PatchType = (typeof PatchType)[keyof typeof PatchType];

export type Query = Readonly<Record<string, string | number | boolean | undefined>>;

export interface KubeRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Absolute API path, e.g. `/apis/apps/v1/namespaces/prod/deployments/api`. */
  readonly path: string;
  readonly query?: Query | undefined;
  /** Sent as JSON. */
  readonly body?: unknown;
  readonly contentType?: string | undefined;
  readonly accept?: string | undefined;
}

/** The field manager our writes are recorded under (managedFields). */
export const FIELD_MANAGER = 'rotate-deploy-token';

const library = new IsomorphicFetchHttpLibrary();

/** One request; resolves to the parsed JSON body of a 2xx answer, throws KubeApiError otherwise. */
export async function kubeRequest<T>(target: RequestTarget, request: KubeRequest, signal: AbortSignal): Promise<T> {
  const server = target.kubeConfig.getCurrentCluster()?.server ?? '';
  // As client-node's Watch builds its URL: the server address (with any path prefix) + the API path.
  const url = new URL(server.replace(/\/+$/, '') + request.path);
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  const context = new RequestContext(url.toString(), HttpMethod[request.method]);
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
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** GET one object (or a list, or discovery). */
export const getObject = <T>(
  target: RequestTarget,
  path: string,
  signal: AbortSignal,
  options: { readonly accept?: string; readonly query?: Query } = {},
): Promise<T> => kubeRequest<T>(target, { method: 'GET', path, accept: options.accept, query: options.query }, signal);

/** GET a collection, e.g. with a `labelSelector` or `fieldSelector` query. */
export const listObjects = <T>(target: RequestTarget, path: string, signal: AbortSignal, query: Query = {}): Promise<T> =>
  kubeRequest<T>(target, { method: 'GET', path, query }, signal);

/** PATCH one object with the given patch type, recorded under our field manager. */
export const patchObject = <T>(target: RequestTarget, path: string, patch: unknown, contentType: PatchType, signal: AbortSignal): Promise<T> =>
  kubeRequest<T>(target, { method: 'PATCH', path, body: patch, contentType, query: { fieldManager: FIELD_MANAGER } }, signal);

/** POST an object to a collection (reviews are created this way and stored nowhere). */
export const createObject = <T>(target: RequestTarget, path: string, body: unknown, signal: AbortSignal): Promise<T> =>
  kubeRequest<T>(target, { method: 'POST', path, body }, signal);

const segment = encodeURIComponent;

/** `/api/v1` for the core group, `/apis/<group>/<version>` otherwise. */
export const groupVersionPath = (group: string, version: string): string =>
  group === '' ? `/api/${segment(version)}` : `/apis/${segment(group)}/${segment(version)}`;

/** The path of a cluster-scoped collection, or of one object in it when `name` is given. */
export function clusterPath(group: string, version: string, plural: string, name?: string): string {
  const collection = `${groupVersionPath(group, version)}/${segment(plural)}`;
  return name === undefined ? collection : `${collection}/${segment(name)}`;
}

/** The path of a namespaced collection, or of one object in it when `name` is given. */
export function namespacedPath(group: string, version: string, namespace: string, plural: string, name?: string): string {
  const collection = `${groupVersionPath(group, version)}/namespaces/${segment(namespace)}/${segment(plural)}`;
  return name === undefined ? collection : `${collection}/${segment(name)}`;
}
