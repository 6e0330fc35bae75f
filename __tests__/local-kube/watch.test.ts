import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { CoreV1Api, PatchStrategy, Watch, setHeaderOptions, type KubeConfig } from '@kubernetes/client-node';

import type { KubeServer } from '../../local-servers/kube/server.ts';
import { kubeConfigFor, rawRequest, startTestServer, waitFor } from './helpers.ts';

interface Seen {
  type: string;
  object: {
    kind?: string;
    metadata?: { name?: string; resourceVersion?: string; annotations?: Record<string, string> };
    code?: number;
    reason?: string;
    message?: string;
  };
}

/** Runs a watch with the real client until `done`; collects events. */
const startWatch = async (
  kc: KubeConfig,
  path: string,
  query: Record<string, string | number | boolean>,
): Promise<{ events: Seen[]; finished: Promise<unknown>; abort(): void }> => {
  const events: Seen[] = [];
  let resolveDone: (value: unknown) => void = () => undefined;
  const finished = new Promise<unknown>((resolve) => {
    resolveDone = resolve;
  });
  const controller = await new Watch(kc).watch(
    path,
    query,
    (type, object) => events.push({ type, object: object as Seen['object'] }),
    (error) => {
      resolveDone(error ?? null);
    },
  );
  return {
    events,
    finished,
    abort: () => {
      controller.abort();
    },
  };
};

describe('local kube API server: watch', () => {
  let server: KubeServer;
  let kc: KubeConfig;
  let core: CoreV1Api;
  const secretsPath = '/api/v1/namespaces/default/secrets';

  beforeAll(async () => {
    server = await startTestServer({ eso: { enabled: false }, workloads: { enabled: false }, watchBookmarkIntervalMs: 50, historyLimit: 50 });
    kc = kubeConfigFor(server);
    core = kc.makeApiClient(CoreV1Api);
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.reset();
  });

  test('a watch from a list resourceVersion sees ADDED, MODIFIED and DELETED in order', async () => {
    await core.createNamespacedSecret({ namespace: 'default', body: { metadata: { name: 'before' } } });
    const list = await core.listNamespacedSecret({ namespace: 'default' });
    const watch = await startWatch(kc, secretsPath, { resourceVersion: list.metadata?.resourceVersion ?? '' });
    await core.createNamespacedSecret({ namespace: 'default', body: { metadata: { name: 'token' } } });
    await core.patchNamespacedSecret(
      { name: 'token', namespace: 'default', body: { metadata: { annotations: { rotated: 'yes' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    await core.deleteNamespacedSecret({ name: 'token', namespace: 'default' });
    await waitFor(() => watch.events.length >= 3, 3000, 'three events');
    watch.abort();
    expect(watch.events.map((event) => [event.type, event.object.metadata?.name])).toEqual([
      ['ADDED', 'token'],
      ['MODIFIED', 'token'],
      ['DELETED', 'token'],
    ]);
    expect(watch.events[1]?.object.metadata?.annotations?.rotated).toBe('yes');
    expect(watch.events[0]?.object.kind).toBe('Secret');
  });

  test('a watch without resourceVersion starts with synthetic ADDED events; label and field selectors filter', async () => {
    await core.createNamespacedSecret({ namespace: 'default', body: { metadata: { name: 'a', labels: { app: 'x' } } } });
    await core.createNamespacedSecret({ namespace: 'default', body: { metadata: { name: 'b', labels: { app: 'y' } } } });
    const byLabel = await startWatch(kc, secretsPath, { labelSelector: 'app=x' });
    const byName = await startWatch(kc, secretsPath, { fieldSelector: 'metadata.name=b' });
    await waitFor(() => byLabel.events.length >= 1 && byName.events.length >= 1);
    // Leaving the label selection reads as DELETED.
    await core.patchNamespacedSecret(
      { name: 'a', namespace: 'default', body: { metadata: { labels: { app: 'z' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    await waitFor(() => byLabel.events.length >= 2);
    byLabel.abort();
    byName.abort();
    expect(byLabel.events.map((event) => [event.type, event.object.metadata?.name])).toEqual([
      ['ADDED', 'a'],
      ['DELETED', 'a'],
    ]);
    expect(byName.events.map((event) => [event.type, event.object.metadata?.name])).toEqual([['ADDED', 'b']]);
  });

  test('bookmarks carry the current resourceVersion', async () => {
    const watch = await startWatch(kc, secretsPath, { allowWatchBookmarks: true, resourceVersion: String(server.store.resourceVersion) });
    await waitFor(() => watch.events.some((event) => event.type === 'BOOKMARK'), 2000, 'a bookmark');
    watch.abort();
    const bookmark = watch.events.find((event) => event.type === 'BOOKMARK');
    expect(bookmark?.object.kind).toBe('Secret');
    expect(bookmark?.object.metadata?.resourceVersion).toBe(String(server.store.resourceVersion));
  });

  test('timeoutSeconds ends the watch cleanly', async () => {
    const started = Date.now();
    const watch = await startWatch(kc, secretsPath, { timeoutSeconds: 1 });
    expect(await watch.finished).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  test('faults: watches ended every N ms, cut abruptly, or answered with 410 Expired', async () => {
    server.faults.add({ match: { verb: 'watch', resource: 'secrets' }, action: { type: 'watch-end', afterMs: 100 }, times: 1 });
    const ended = await startWatch(kc, secretsPath, {});
    expect(await ended.finished).toBeNull();

    server.faults.add({ match: { verb: 'watch', resource: 'secrets' }, action: { type: 'watch-cut', afterMs: 100 }, times: 1 });
    const cut = await startWatch(kc, secretsPath, {});
    expect(await cut.finished).toBeInstanceOf(Error);

    server.faults.add({ match: { verb: 'watch' }, action: { type: 'watch-expired' }, times: 1 });
    const expired = await startWatch(kc, secretsPath, { resourceVersion: String(server.store.resourceVersion) });
    await expired.finished;
    expect(expired.events).toHaveLength(1);
    expect(expired.events[0]?.type).toBe('ERROR');
    expect(expired.events[0]?.object).toMatchObject({ kind: 'Status', code: 410, reason: 'Expired' });
    expect(expired.events[0]?.object.message).toMatch(/^too old resource version: \d+ \(\d+\)$/);
  });

  test('a resourceVersion older than the kept history gets 410 Expired', async () => {
    const old = server.store.resourceVersion;
    for (let i = 0; i < 60; i += 1) await core.createNamespacedSecret({ namespace: 'default', body: { metadata: { name: `s${i}` } } });
    const watch = await startWatch(kc, secretsPath, { resourceVersion: String(old) });
    await watch.finished;
    expect(watch.events[0]?.object).toMatchObject({ kind: 'Status', code: 410, reason: 'Expired' });
    expect(watch.events[0]?.object.message).toBe(`too old resource version: ${old} (${server.store.oldestResumableResourceVersion})`);

    // Resuming from a kept resourceVersion replays what came after it.
    const recent = server.store.resourceVersion - 2;
    const resumed = await startWatch(kc, secretsPath, { resourceVersion: String(recent) });
    await waitFor(() => resumed.events.length >= 2);
    resumed.abort();
    expect(resumed.events.map((event) => event.object.metadata?.name)).toEqual(['s58', 's59']);
  });

  test('watching a single object by its path, as a chunked stream of JSON lines', async () => {
    await core.createNamespacedSecret({ namespace: 'default', body: { metadata: { name: 'one' } } });
    await core.createNamespacedSecret({ namespace: 'default', body: { metadata: { name: 'two' } } });
    const response = await rawRequest(server, `${secretsPath}/one?watch=true&timeoutSeconds=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    const lines = response.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Seen);
    expect(lines.map((line) => [line.type, line.object.metadata?.name])).toEqual([['ADDED', 'one']]);
  });
});
