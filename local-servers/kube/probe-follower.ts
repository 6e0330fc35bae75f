import type { Follower, Instance } from '../probe-service.ts';
import { fingerprintOf } from '../probe-service.ts';
import type { ParameterStore } from '../ssm/store.ts';
import { asArray, field, stringMap } from './objects.ts';
import type { KubeObject } from './objects.ts';
import type { ObjectStore } from './store.ts';
import { podsOf, secretFingerprintsAnnotation } from './workload-controller.ts';

/**
 * What the local probe service follows. followPods is the faithful one for a
 * run that restarts: each Ready pod of the workload is an instance holding the
 * Secret value it started with (the workload controller records it, as a
 * fingerprint, when it starts the pod's containers). Without a restart the
 * service reads its credential on every request: from a Secret (a mounted
 * volume the kubelet refreshes) or from SSM directly (an SSM-only run).
 */

const isReady = (pod: KubeObject): boolean =>
  pod.metadata.deletionTimestamp === undefined &&
  field(pod, 'status', 'phase') === 'Running' &&
  asArray(field(pod, 'status', 'conditions')).some((c) => field(c, 'type') === 'Ready' && field(c, 'status') === 'True');

/** The Ready pods of a workload; `secretKey` is `<secret>/<key>` as the pods' fingerprint annotation names it. */
export function followPods(
  store: ObjectStore,
  workload: { resource: string; namespace: string; name: string },
  secretKey: string,
): { follower: Follower; stop: () => void } {
  // When each pod became Ready, by uid: the service's own clock, as a load balancer sees an endpoint appear.
  const readyAt = new Map<string, number>();
  const note = (pod: KubeObject): void => {
    const uid = pod.metadata.uid ?? '';
    if (isReady(pod) && !readyAt.has(uid)) readyAt.set(uid, Date.now());
  };
  const stop = store.subscribe((event) => {
    if (event.def.resource === 'pods') note(event.object);
  });
  const follower: Follower = () => {
    const owner = store.get(workload.resource, workload.namespace, workload.name);
    if (!owner) return [];
    return podsOf(store, owner)
      .filter(isReady)
      .sort((a, b) => (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''))
      .map((pod): Instance => {
        note(pod);
        const held = JSON.parse(stringMap(pod.metadata.annotations)[secretFingerprintsAnnotation] ?? '{}') as Record<string, string>;
        return { name: pod.metadata.name ?? '', fingerprint: held[secretKey], readySince: readyAt.get(pod.metadata.uid ?? '') ?? 0 };
      });
  };
  return { follower, stop };
}

/** One instance reading a Secret's key on every request; it counts as started when the key last changed. */
export function followSecret(store: ObjectStore, namespace: string, name: string, key: string): { follower: Follower; stop: () => void } {
  const valueOf = (secret: KubeObject | undefined): string | undefined => {
    const encoded = stringMap(secret?.data)[key];
    return encoded === undefined ? undefined : Buffer.from(encoded, 'base64').toString('utf8');
  };
  let changedAt = 0;
  const stop = store.subscribe((event) => {
    if (event.def.resource !== 'secrets' || event.object.metadata.namespace !== namespace || event.object.metadata.name !== name) return;
    if (valueOf(event.object) !== valueOf(event.previous)) changedAt = Date.now();
  });
  const follower: Follower = () => {
    const value = valueOf(store.get('secrets', namespace, name));
    return value === undefined ? [] : [{ name: `secret ${namespace}/${name}`, fingerprint: fingerprintOf(value), readySince: changedAt }];
  };
  return { follower, stop };
}

/** One instance reading the parameter's latest value from SSM on every request (an SSM-only run). */
export const followSsm =
  (store: ParameterStore, name: string): Follower =>
  () => {
    const latest = store.latest(name);
    return latest ? [{ name: `ssm ${name}`, fingerprint: fingerprintOf(latest.value), readySince: latest.lastModifiedDate.getTime() }] : [];
  };
