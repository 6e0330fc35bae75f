import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, test } from '@jest/globals';

import { esoDataHash, esoResourceVersion, shouldRefresh } from '../../local-servers/kube/eso-controller.ts';
import { parseGoDuration } from '../../local-servers/kube/go-duration.ts';
import type { KubeObject } from '../../local-servers/kube/objects.ts';
import { applyJsonPatch, applyMergePatch, strategicMerge, workloadSchema } from '../../local-servers/kube/patch.ts';
import { convertToEnvVarName } from '../../local-servers/kube/reloader-controller.ts';
import { parseFieldSelector, parseLabelSelector } from '../../local-servers/kube/selectors.ts';
import { humanDuration } from '../../local-servers/kube/tables.ts';

const es = (spec: Record<string, unknown>, status: Record<string, unknown> = {}, annotations: Record<string, string> = {}): KubeObject => ({
  apiVersion: 'external-secrets.io/v1',
  kind: 'ExternalSecret',
  metadata: { name: 'x', namespace: 'default', generation: 1, annotations },
  spec,
  status,
});

describe('patch formats', () => {
  test('merge patch: null deletes, maps merge, lists replace', () => {
    expect(applyMergePatch({ a: 1, b: { c: 2, d: 3 }, l: [1, 2] }, { a: null, b: { c: 5 }, l: [3] })).toEqual({ b: { c: 5, d: 3 }, l: [3] });
  });

  test('strategic merge: keyed lists, scalar sets, $retainKeys, $deleteFromPrimitiveList, $setElementOrder ignored', () => {
    const original = {
      metadata: { finalizers: ['a'] },
      spec: { template: { spec: { containers: [{ name: 'app', ports: [{ containerPort: 80, name: 'http' }] }] } } },
    };
    const patched = strategicMerge(
      original,
      {
        metadata: { finalizers: ['b', 'a'], '$deleteFromPrimitiveList/finalizers': ['a'] },
        spec: {
          template: {
            spec: {
              '$setElementOrder/containers': [{ name: 'app' }],
              containers: [{ name: 'app', ports: [{ containerPort: 443, name: 'https' }] }],
            },
          },
          strategy: { $retainKeys: ['type'], type: 'Recreate', rollingUpdate: { maxSurge: 1 } },
        },
      },
      workloadSchema,
    );
    expect(patched).toEqual({
      metadata: { finalizers: ['b'] },
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: 'app',
                ports: [
                  { containerPort: 80, name: 'http' },
                  { containerPort: 443, name: 'https' },
                ],
              },
            ],
          },
        },
        strategy: { type: 'Recreate' },
      },
    });
  });

  test('JSON patch: add to arrays, move, copy, failing test op', () => {
    expect(
      applyJsonPatch({ l: [1], a: { b: 1 } }, [
        { op: 'add', path: '/l/-', value: 2 },
        { op: 'copy', from: '/a/b', path: '/c' },
        { op: 'move', from: '/a', path: '/d' },
      ]),
    ).toEqual({ l: [1, 2], c: 1, d: { b: 1 } });
    expect(() => applyJsonPatch({ a: 1 }, [{ op: 'test', path: '/a', value: 2 }])).toThrow('testing value /a failed');
    expect(() => applyJsonPatch({ a: 1 }, [{ op: 'replace', path: '/missing', value: 2 }])).toThrow('doc is missing path');
  });
});

describe('selectors and durations', () => {
  test('label selectors: equality, set-based and existence', () => {
    const labels = { app: 'api', tier: 'web' };
    expect(parseLabelSelector('app=api,tier!=db').matches(labels)).toBe(true);
    expect(parseLabelSelector('app in (api, worker),!legacy').matches(labels)).toBe(true);
    expect(parseLabelSelector('tier notin (web)').matches(labels)).toBe(false);
    expect(parseLabelSelector('missing').matches(labels)).toBe(false);
    expect(() => parseLabelSelector('app=(')).toThrow('unable to parse requirement: <nil>: Invalid value: "(": a valid label must be an empty string');
  });

  test('field selectors accept only the supported labels', () => {
    expect(parseFieldSelector('metadata.name=a', ['metadata.name']).pinnedName).toBe('a');
    expect(() => parseFieldSelector('spec.foo=a', ['metadata.name'])).toThrow('field label not supported: spec.foo');
  });

  test('Go durations and human durations', () => {
    expect(parseGoDuration('1h')).toBe(3_600_000);
    expect(parseGoDuration('1h30m15s')).toBe(5_415_000);
    expect(parseGoDuration('0')).toBe(0);
    expect(parseGoDuration('0s')).toBe(0);
    expect(parseGoDuration('15')).toBeUndefined();
    expect(humanDuration(5_000)).toBe('5s');
    expect(humanDuration(190_000)).toBe('3m10s');
    expect(humanDuration(3 * 3_600_000 + 60_000)).toBe('3h1m');
  });
});

describe('ESO and Reloader rules', () => {
  test('GetResourceVersion and the data-hash use Go %+v text with sorted keys', () => {
    const object = es({}, {}, { b: '2', a: '1' });
    object.metadata.labels = { team: 'x' };
    expect(esoResourceVersion(object)).toMatch(/^1-[0-9a-f]{56}$/);
    const reordered = es({}, {}, { a: '1', b: '2' });
    reordered.metadata.labels = { team: 'x' };
    expect(esoResourceVersion(reordered)).toBe(esoResourceVersion(object));
    expect(esoDataHash({ token: Buffer.from('abc') })).toMatch(/^[0-9a-f]{56}$/);
  });

  test('shouldRefresh for each refreshPolicy', () => {
    const synced = (spec: Record<string, unknown>, annotations: Record<string, string> = {}): KubeObject => {
      const object = es(spec, {}, annotations);
      object.status = { syncedResourceVersion: esoResourceVersion(es(spec)), refreshTime: new Date().toISOString() };
      return object;
    };
    const changed = { 'force-sync': '1' };
    expect(shouldRefresh(es({ refreshPolicy: 'CreatedOnce' }))).toBe(true);
    expect(shouldRefresh(synced({ refreshPolicy: 'CreatedOnce', refreshInterval: '1h' }, changed))).toBe(false);
    expect(shouldRefresh(synced({ refreshPolicy: 'OnChange', refreshInterval: '0' }, changed))).toBe(true);
    expect(shouldRefresh(synced({ refreshPolicy: 'OnChange', refreshInterval: '0' }))).toBe(false);
    expect(shouldRefresh(synced({ refreshPolicy: 'Periodic', refreshInterval: '1h' }, changed))).toBe(true);
    expect(shouldRefresh(synced({ refreshPolicy: 'Periodic', refreshInterval: '1h' }))).toBe(false);
    expect(shouldRefresh(synced({ refreshInterval: '0' }, changed))).toBe(false);
    const stale = synced({ refreshInterval: '1s' });
    (stale.status as Record<string, unknown>).refreshTime = new Date(Date.now() - 5000).toISOString();
    expect(shouldRefresh(stale)).toBe(true);
  });

  test('Reloader env var names', () => {
    expect(convertToEnvVarName('deploy-token')).toBe('DEPLOY_TOKEN');
    expect(convertToEnvVarName('a..b--c')).toBe('A_B_C');
  });
});

describe('CLI', () => {
  test('main.ts prints the URL, writes the kubeconfig and stops on SIGTERM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'local-kube-cli-'));
    const kubeconfig = join(dir, 'kubeconfig');
    try {
      const child = spawn(process.execPath, ['local-servers/kube/main.ts', '--port', '0', '--kubeconfig-out', kubeconfig, '--seed-examples'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      const exited = new Promise<number | null>((resolve) =>
        child.on('exit', (code) => {
          resolve(code);
        }),
      );
      const deadline = Date.now() + 10_000;
      while (!output.includes('kubeconfig written') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      const url = output.split('\n')[0] ?? '';
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await readFile(kubeconfig, 'utf8')).toContain(`server: https://127.0.0.1:${url.split(':')[2]}`);
      const state = (await (await fetch(`${url}/_local/objects?resource=externalsecrets&namespace=default`)).json()) as { items: unknown[] };
      expect(state.items).toHaveLength(1);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
