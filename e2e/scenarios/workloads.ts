import { admin, apply, getObject } from './cluster.ts';

/** A Deployment, a StatefulSet and a DaemonSet reading the token Secret, scheduled onto kwok's fake nodes. */

const podTemplate = (app: string, secret: string) => ({
  metadata: { labels: { app } },
  spec: {
    containers: [{ name: app, image: 'registry.k8s.io/pause:3.10', envFrom: [{ secretRef: { name: secret } }] }],
    // kwok's nodes carry no taints; a pod that runs nothing needs no grace to stop.
    terminationGracePeriodSeconds: 0,
  },
});

export function workloadObjects(namespace: string, secret = 'app-token'): unknown[] {
  const selector = (app: string) => ({ matchLabels: { app } });
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'api', namespace },
      spec: { replicas: 2, selector: selector('api'), template: podTemplate('api', secret) },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db', namespace },
      spec: { replicas: 2, serviceName: 'db', selector: selector('db'), template: podTemplate('db', secret) },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent', namespace },
      spec: { selector: selector('agent'), template: podTemplate('agent', secret) },
    },
  ];
}

export const WORKLOADS = ['deployment/api', 'statefulset/db', 'daemonset/agent'] as const;

/** Applies the three workloads and waits, as `kubectl rollout status` does, until each has rolled out. */
export async function startWorkloads(namespace: string, secret = 'app-token'): Promise<void> {
  await apply(workloadObjects(namespace, secret));
  await rolledOut(namespace);
}

export async function rolledOut(namespace: string): Promise<void> {
  for (const workload of WORKLOADS) await admin(['rollout', 'status', workload, '-n', namespace, '--timeout=180s']);
}

interface Pod {
  metadata: { uid: string; name: string; labels?: Record<string, string>; deletionTimestamp?: string };
  status?: { phase?: string; conditions?: { type: string; status: string }[] };
}

/** The running, Ready pods of an app, by uid (terminating ones left out). */
export async function readyPods(namespace: string, app: string): Promise<string[]> {
  const list = await getObject<{ items: Pod[] }>(['pods', '-n', namespace, '-l', `app=${app}`]);
  return list.items
    .filter(
      (pod) =>
        !pod.metadata.deletionTimestamp && pod.status?.phase === 'Running' && pod.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
    )
    .map((pod) => pod.metadata.uid)
    .sort();
}

/** The restartedAt annotation of a workload's pod template (`kubectl rollout restart`'s). */
export async function restartedAt(namespace: string, workload: string): Promise<string | undefined> {
  const object = await getObject<{ spec: { template: { metadata?: { annotations?: Record<string, string> } } } }>([workload, '-n', namespace]);
  return object.spec.template.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt'];
}

export async function generation(namespace: string, workload: string): Promise<number> {
  return (await getObject<{ metadata: { generation: number } }>([workload, '-n', namespace])).metadata.generation;
}
