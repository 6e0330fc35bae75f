import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { KWOK_NODES } from '../world/manifests.ts';
import { KWOK_NODE_LEASE_SECONDS } from '../world/world.ts';
import { admin, apply, facts, getObject } from './cluster.ts';

/**
 * kwok's fake nodes stay Ready for as long as the world is up (issue 23: without Leases they lapsed
 * about 55 s in, and every pod went Ready=False for good). kwok renews a Lease per node as the
 * kubelet does (e2e/world/world.ts, KWOK_NODE_LEASE_SECONDS), which is what the node-lifecycle
 * controller reads as the node's heartbeat. E2E_NODE_WATCH_MINUTES=N watches the nodes and a
 * Deployment's pods for N minutes on top (30 for the long world).
 */

const WATCH_MS = Number(process.env.E2E_NODE_WATCH_MINUTES ?? '0') * 60_000;
const TICK_MS = 15_000;
const NS = 'e2e-world-nodes';

interface Condition {
  readonly type: string;
  readonly status: string;
  readonly reason?: string;
  readonly lastTransitionTime?: string;
}
interface Node {
  readonly metadata: { readonly name: string; readonly creationTimestamp: string };
  readonly status?: { readonly conditions?: readonly Condition[] };
}
interface Lease {
  readonly spec?: { readonly holderIdentity?: string; readonly leaseDurationSeconds?: number; readonly renewTime?: string };
}
interface DeploymentStatus {
  readonly status?: { readonly availableReplicas?: number; readonly readyReplicas?: number };
}

/** Each kwok node: whether it is Ready, how long its Lease is, and how old its last renewal. */
async function nodeHealth(): Promise<{ node: string; ready: string; flipped: boolean; lease: number | undefined; renewedAgoS: number }[]> {
  return Promise.all(
    KWOK_NODES.map(async (name) => {
      const node = await getObject<Node>(['node', name]);
      const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
      const lease = await getObject<Lease>(['lease', name, '-n', 'kube-node-lease']);
      const renewed = Date.parse(lease.spec?.renewTime ?? '');
      return {
        node: name,
        ready: ready?.status ?? 'none',
        // Ready since it was taken over, never NotReady in between: its last transition is its first.
        flipped: Date.parse(ready?.lastTransitionTime ?? '') - Date.parse(node.metadata.creationTimestamp) > 60_000,
        lease: lease.spec?.leaseDurationSeconds,
        renewedAgoS: Math.round((Date.now() - renewed) / 1000),
      };
    }),
  );
}

const healthy = (h: Awaited<ReturnType<typeof nodeHealth>>[number]) => ({
  node: h.node,
  ready: h.ready,
  flipped: h.flipped,
  lease: h.lease,
  renewedInTime: h.renewedAgoS <= KWOK_NODE_LEASE_SECONDS,
});
const expected = KWOK_NODES.map((node) => ({ node, ready: 'True', flipped: false, lease: KWOK_NODE_LEASE_SECONDS, renewedInTime: true }));

describe("kwok's nodes", () => {
  test('every node is Ready and kwok renews its Lease within the lease duration', async () => {
    expect((await nodeHealth()).map(healthy)).toEqual(expected);
  });

  test('the controller-manager never found every node silent (no disruption mode) since they first became Ready', async () => {
    // node_lifecycle_controller.go logs "Entering master disruption mode" once at start, before kwok
    // has reported the new nodes Ready, and "Exiting" when they are; any entry after that is a lapse.
    const lines = (await readFile(join(facts().logDir, 'kube-controller-manager.log'), 'utf8')).split('\n');
    const firstExit = lines.findIndex((line) => line.includes('Exiting master disruption mode'));
    expect(firstExit).toBeGreaterThanOrEqual(0);
    expect(lines.slice(firstExit).filter((line) => line.includes('Entering master disruption mode'))).toEqual([]);
  });

  test(
    `nodes and a Deployment's pods stay Ready while watched (E2E_NODE_WATCH_MINUTES=${WATCH_MS / 60_000})`,
    async () => {
      await apply([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } }]);
      await apply([
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'steady', namespace: NS },
          spec: {
            replicas: 2,
            selector: { matchLabels: { app: 'steady' } },
            template: {
              metadata: { labels: { app: 'steady' } },
              spec: { containers: [{ name: 'steady', image: 'registry.k8s.io/pause:3.10' }], terminationGracePeriodSeconds: 0 },
            },
          },
        },
      ]);
      await admin(['rollout', 'status', 'deployment/steady', '-n', NS, '--timeout=90s']);
      const started = Date.now();
      const lapses: string[] = [];
      let ticks = 0;
      do {
        ticks++;
        const nodes = (await nodeHealth()).map(healthy);
        const deployment = await getObject<DeploymentStatus>(['deployment', 'steady', '-n', NS]);
        const at = `${Math.round((Date.now() - started) / 1000)}s`;
        for (const [i, node] of nodes.entries()) if (JSON.stringify(node) !== JSON.stringify(expected[i])) lapses.push(`${at}: ${JSON.stringify(node)}`);
        if (deployment.status?.readyReplicas !== 2) lapses.push(`${at}: deployment steady ready ${deployment.status?.readyReplicas ?? 0}/2`);
        if (Date.now() - started >= WATCH_MS) break;
        await new Promise((resolve) => setTimeout(resolve, TICK_MS));
      } while (Date.now() - started < WATCH_MS + TICK_MS);
      process.stderr.write(`e2e world nodes: watched ${Math.round((Date.now() - started) / 1000)} s, ${ticks} checks, ${lapses.length} lapses\n`);
      expect(lapses).toEqual([]);
      await admin(['delete', 'namespace', NS, '--wait=false']);
    },
    WATCH_MS + 180_000,
  );
});
