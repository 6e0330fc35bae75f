// The control API under /_local/ (JSON, no auth): the same knobs the KubeServer object offers,
// for a test, demo or benchmark running in another process.

import type { IncomingMessage, ServerResponse } from 'node:http';

import { parseAllDocuments } from 'yaml';

import type { RbacRule } from './access-control.ts';
import { KubeApiError, badRequest, resourceNotFound } from './api-errors.ts';
import type { EsoBehaviour } from './eso-controller.ts';
import type { FaultRule } from './faults.ts';
import { isMap, type KubeObject } from './objects.ts';
import type { RequestFilter } from './request-log.ts';
import { readBody, sendJson } from './rest-api.ts';
import type { KubeServer } from './server.ts';
import type { WorkloadBehaviour } from './workload-controller.ts';

const readJson = async (req: IncomingMessage): Promise<unknown> => {
  const text = await readBody(req);
  if (text.trim() === '') return {};
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim();
  try {
    if (contentType === 'application/yaml' || contentType === 'text/yaml') {
      const documents = parseAllDocuments(text)
        .map((document) => document.toJS() as unknown)
        .filter((doc) => doc !== null);
      return documents.length === 1 ? documents[0] : documents;
    }
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw badRequest(`invalid request body: ${error instanceof Error ? error.message : String(error)}`);
  }
};

const objectsIn = (body: unknown): KubeObject[] => {
  const list = Array.isArray(body) ? body : isMap(body) && Array.isArray(body.items) ? body.items : [body];
  return list.map((item) => {
    if (!isMap(item) || !isMap(item.metadata)) throw badRequest('each object needs apiVersion, kind and metadata');
    return item as KubeObject;
  });
};

const filterFrom = (query: URLSearchParams): RequestFilter => {
  const filter: RequestFilter = {};
  for (const key of ['verb', 'resource', 'subresource', 'namespace', 'name'] as const) {
    const value = query.get(key);
    if (value !== null) filter[key] = value;
  }
  const status = query.get('status');
  if (status !== null) filter.status = Number(status);
  return filter;
};

export const handleControlRequest = async (server: KubeServer, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
  const method = req.method ?? 'GET';
  const parts = url.pathname
    .split('/')
    .filter((part) => part.length > 0)
    .slice(1);
  const route = `${method} /${parts.join('/')}`;
  const query = url.searchParams;
  const ok = (body: unknown = { ok: true }): void => {
    sendJson(res, 200, body);
  };

  try {
    switch (true) {
      case route === 'GET /state':
        ok({
          url: server.url,
          resourceVersion: server.store.resourceVersion,
          eso: server.eso.settings,
          ssm: server.eso.ssmConnection,
          workloads: server.workloads.settings,
          reloader: server.reloader.settings,
          faults: server.faults.list(),
          rbac: server.rbac.allowlist,
          requests: server.requests.countsByVerbResource(),
        });
        return;
      case route === 'GET /kubeconfig':
        res.writeHead(200, { 'Content-Type': 'application/yaml' });
        res.end(
          server.kubeconfig({
            ...(query.get('namespace') ? { namespace: query.get('namespace') ?? 'default' } : {}),
            tls: query.get('tls') !== 'false',
          }),
        );
        return;
      case route === 'POST /reset':
        server.reset();
        ok();
        return;
      case route === 'POST /compact':
        server.store.compact();
        ok({ oldestResumableResourceVersion: server.store.oldestResumableResourceVersion });
        return;
      case route === 'POST /apply': {
        const applied = objectsIn(await readJson(req)).map((obj) => server.store.apply(obj));
        ok({ items: applied });
        return;
      }
      case route === 'GET /objects': {
        const resource = query.get('resource');
        if (!resource) throw badRequest('resource is required');
        const name = query.get('name');
        if (name) {
          const obj = server.store.get(resource, query.get('namespace') ?? '', name);
          if (!obj) throw resourceNotFound();
          ok(obj);
        } else {
          ok({ items: server.store.list(resource, query.get('namespace') ?? undefined) });
        }
        return;
      }
      case route === 'DELETE /objects': {
        const resource = query.get('resource');
        const name = query.get('name');
        if (!resource || !name) throw badRequest('resource and name are required');
        ok(server.store.delete(resource, query.get('namespace') ?? '', name));
        return;
      }
      case route === 'GET /faults':
        ok({ items: server.faults.list() });
        return;
      case route === 'POST /faults': {
        const body = await readJson(req);
        const rules = Array.isArray(body) ? body : [body];
        const ids = rules.map((rule) => {
          if (!isMap(rule) || !isMap(rule.action)) throw badRequest('a fault needs an action');
          return server.faults.add(rule as unknown as FaultRule);
        });
        ok({ ids });
        return;
      }
      case route === 'DELETE /faults':
        server.faults.clear();
        ok();
        return;
      case method === 'DELETE' && parts[0] === 'faults' && parts.length === 2:
        ok({ removed: server.faults.remove(parts[1] ?? '') });
        return;
      case route === 'GET /rbac':
        ok({ rules: server.rbac.allowlist });
        return;
      case route === 'PUT /rbac': {
        const body = await readJson(req);
        const rules = isMap(body) ? body.rules : body;
        if (rules !== null && !Array.isArray(rules)) throw badRequest('rules must be a list or null');
        server.rbac.allowOnly(rules as RbacRule[] | null);
        ok({ rules: server.rbac.allowlist });
        return;
      }
      case route === 'GET /eso':
        ok({ settings: server.eso.settings, ssm: server.eso.ssmConnection });
        return;
      case route === 'PUT /eso': {
        const body = await readJson(req);
        if (!isMap(body)) throw badRequest('expected an object');
        const { override, ssm, ...settings } = body;
        if (isMap(ssm)) server.eso.setSsm(ssm);
        if (isMap(override)) {
          const behaviour = override.behaviour === null ? null : ((isMap(override.behaviour) ? override.behaviour : {}) as Partial<EsoBehaviour>);
          server.eso.override(String(override.namespace ?? 'default'), String(override.name ?? ''), behaviour);
        }
        server.eso.configure(settings);
        ok({ settings: server.eso.settings });
        return;
      }
      case route === 'GET /eso/syncs':
        ok({ items: server.eso.syncs });
        return;
      case route === 'GET /workloads':
        ok({ settings: server.workloads.settings, rollouts: server.workloads.rollouts() });
        return;
      case route === 'PUT /workloads': {
        const body = await readJson(req);
        if (!isMap(body)) throw badRequest('expected an object');
        const { override, ...settings } = body;
        if (isMap(override)) {
          const behaviour = override.behaviour === null ? null : ((isMap(override.behaviour) ? override.behaviour : {}) as Partial<WorkloadBehaviour>);
          server.workloads.override(String(override.kind ?? 'Deployment'), String(override.namespace ?? 'default'), String(override.name ?? ''), behaviour);
        }
        server.workloads.configure(settings);
        ok({ settings: server.workloads.settings });
        return;
      }
      case route === 'GET /workloads/rollouts': {
        const filter: { kind?: string; namespace?: string; name?: string } = {};
        for (const key of ['kind', 'namespace', 'name'] as const) {
          const value = query.get(key);
          if (value !== null) filter[key] = value;
        }
        const items = server.workloads.rollouts(filter);
        ok({ count: items.length, items });
        return;
      }
      case route === 'GET /reloader':
        ok({ settings: server.reloader.settings, reloads: server.reloader.reloads });
        return;
      case route === 'PUT /reloader': {
        const body = await readJson(req);
        if (!isMap(body)) throw badRequest('expected an object');
        server.reloader.configure(body);
        ok({ settings: server.reloader.settings });
        return;
      }
      case route === 'GET /requests': {
        const filter = filterFrom(query);
        ok({ counts: server.requests.countsByVerbResource(), count: server.requests.count(filter), items: server.requests.list(filter) });
        return;
      }
      case route === 'DELETE /requests':
        server.requests.clear();
        ok();
        return;
      default:
        throw resourceNotFound();
    }
  } catch (error) {
    if (error instanceof KubeApiError) {
      sendJson(res, error.code, error.toStatus());
      return;
    }
    sendJson(res, 400, {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: error instanceof Error ? error.message : String(error),
      reason: 'BadRequest',
      code: 400,
    });
  }
};
