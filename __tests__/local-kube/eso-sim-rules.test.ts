import { describe, expect, test } from '@jest/globals';
import { desiredAnnotations } from '../../local-servers/kube/ces-controller.ts';
import { failureDelayMs, refreshIntervalMs, setCondition } from '../../local-servers/kube/eso-rules.ts';
import { renderTemplate, templatedData } from '../../local-servers/kube/eso-secret-writer.ts';
import type { JsonMap, KubeObject } from '../../local-servers/kube/objects.ts';

const es = (spec: JsonMap): KubeObject => ({
  apiVersion: 'external-secrets.io/v1',
  kind: 'ExternalSecret',
  metadata: { name: 'app', namespace: 'prod' },
  spec,
});

describe('the simulated ESO follows ESO', () => {
  test.each([
    [undefined, 3_600_000],
    ['1h0m0s', 3_600_000],
    ['0s', 0],
    ['-1h', -3_600_000],
    ['0.5ns', 0],
    ['1ns', 1e-6],
  ])('refreshInterval %p is %p ms (CRD default 1h0m0s, whole nanoseconds)', (interval, ms) => {
    expect(refreshIntervalMs(es(interval === undefined ? {} : { refreshInterval: interval }))).toBe(ms);
  });

  test.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [10, 420_000],
  ])('failure %p is retried after %p ms (1 s base, 7 min cap)', (failures, delay) => {
    expect(failureDelayMs(failures, 1000, 420_000)).toBe(delay);
  });

  test('setCondition keeps lastTransitionTime while the status stays, and replaces the condition', () => {
    const status: JsonMap = { conditions: [{ type: 'Ready', status: 'False', reason: 'SecretSyncedError', message: 'a', lastTransitionTime: 'T1' }] };
    setCondition(status, { type: 'Ready', status: 'False', reason: 'SecretSyncedError', message: 'b' });
    expect(status.conditions).toEqual([{ type: 'Ready', status: 'False', reason: 'SecretSyncedError', message: 'b', lastTransitionTime: 'T1' }]);
    setCondition(status, { type: 'Ready', status: 'True', reason: 'SecretSynced', message: 'secret synced' });
    expect((status.conditions as JsonMap[])[0]?.lastTransitionTime).not.toBe('T1');
  });

  test('templates: Replace keeps only the template output, Merge adds the provider data, no template keeps it', () => {
    const data = { token: Buffer.from('t0k') };
    const keys = (spec: JsonMap): Record<string, string> =>
      Object.fromEntries(Object.entries(templatedData(es(spec), {}, data)).map(([key, value]) => [key, value.toString()]));
    expect(keys({ target: {} })).toEqual({ token: 't0k' });
    expect(keys({ target: { template: {} } })).toEqual({ token: 't0k' });
    expect(keys({ target: { template: { data: { auth: 'Bearer {{ .token }}' } } } })).toEqual({ auth: 'Bearer t0k' });
    expect(keys({ target: { template: { mergePolicy: 'Merge', data: { auth: 'Bearer {{ .token }}' } } } })).toEqual({ token: 't0k', auth: 'Bearer t0k' });
    expect(renderTemplate('{{ .missing }}-{{.token}}', data)).toBe('-t0k');
  });

  test('a ClusterExternalSecret gives its ExternalSecrets its metadata annotations and its own force-sync only', () => {
    const ces = (annotations: Record<string, string> | undefined, meta: Record<string, string>): KubeObject => ({
      metadata: { name: 'shared', ...(annotations ? { annotations } : {}) },
      spec: { externalSecretMetadata: { annotations: meta } },
    });
    const FORCE = 'external-secrets.io/force-sync';
    expect(desiredAnnotations(ces({ [FORCE]: 'run-1', 'force-sync': 'y', other: 'x' }, { team: 'a' }))).toEqual({ team: 'a', [FORCE]: 'run-1' });
    expect(desiredAnnotations(ces(undefined, { team: 'a', [FORCE]: 'stale' }))).toEqual({ team: 'a' });
  });

  test('before v0.20.0 a ClusterExternalSecret gives its ExternalSecrets spec.externalSecretMetadata.annotations only', () => {
    const FORCE = 'external-secrets.io/force-sync';
    const ces = (annotations: Record<string, string>, meta: Record<string, string>): KubeObject => ({
      metadata: { name: 'shared', annotations },
      spec: { externalSecretMetadata: { annotations: meta } },
    });
    expect(desiredAnnotations(ces({ [FORCE]: 'run-1' }, { team: 'a' }), false)).toEqual({ team: 'a' });
    expect(desiredAnnotations(ces({}, { team: 'a', [FORCE]: 'run-2' }), false)).toEqual({ team: 'a', [FORCE]: 'run-2' });
  });
});
