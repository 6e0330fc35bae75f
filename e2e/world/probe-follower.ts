import { createHash } from 'node:crypto';
import type { Follower, Instance } from '../../local-servers/probe-service.ts';
import { getJson } from './kubectl.ts';

/**
 * The e2e world's probe service follows the real cluster: each Ready pod of
 * an app is an instance that holds the value its Secret had when the pod
 * started (kwok's pods run no process, so the follower reads the Secret for
 * each new pod as soon as it sees it, every POLL_MS, as a container reading
 * its env at start would). A rollout thus changes what the service accepts.
 */

const POLL_MS = 200;

interface Pod {
  metadata: { uid: string; name: string; deletionTimestamp?: string };
  status?: { phase?: string; conditions?: { type: string; status: string }[] };
}

const fingerprintOf = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;

const isReady = (pod: Pod): boolean =>
  !pod.metadata.deletionTimestamp && pod.status?.phase === 'Running' && (pod.status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');

export function followClusterPods(
  kubeconfig: string,
  target: { namespace: string; app: string; secret: string; key: string },
): { follower: Follower; stop: () => void } {
  const held = new Map<string, string | undefined>();
  const readyAt = new Map<string, number>();
  let stopped = false;

  const secretFingerprint = async (): Promise<string | undefined> => {
    const secret = await getJson<{ data?: Record<string, string> }>(kubeconfig, ['secret', target.secret, '-n', target.namespace]);
    const encoded = secret.data?.[target.key];
    return encoded === undefined ? undefined : fingerprintOf(Buffer.from(encoded, 'base64'));
  };

  const look = async (): Promise<Pod[]> => {
    const pods = (await getJson<{ items: Pod[] }>(kubeconfig, ['pods', '-n', target.namespace, '-l', `app=${target.app}`])).items;
    const fresh = pods.filter((pod) => !held.has(pod.metadata.uid));
    if (fresh.length > 0) {
      const value = await secretFingerprint();
      for (const pod of fresh) held.set(pod.metadata.uid, value);
    }
    for (const pod of pods) if (isReady(pod) && !readyAt.has(pod.metadata.uid)) readyAt.set(pod.metadata.uid, Date.now());
    return pods;
  };

  const loop = async (): Promise<void> => {
    while (!stopped) {
      await look().catch(() => undefined);
      await new Promise((done) => setTimeout(done, POLL_MS));
    }
  };
  void loop();

  const follower: Follower = async () =>
    (await look())
      .filter(isReady)
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))
      .map((pod): Instance => ({ name: pod.metadata.name, fingerprint: held.get(pod.metadata.uid), readySince: readyAt.get(pod.metadata.uid) ?? 0 }));
  return {
    follower,
    stop: () => {
      stopped = true;
    },
  };
}
