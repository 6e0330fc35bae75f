import { usesCluster } from './inputs.ts';
import type { RotationConfig } from './inputs.ts';
import type { ClusterSession } from './rollback.ts';

/** The cluster and its ExternalSecrets, read again after the write (so no check of what they read): to sync them back. */
export async function recoveryCluster(config: RotationConfig): Promise<ClusterSession | undefined> {
  if (!usesCluster(config)) return undefined;
  const gate = await import('./kube/index.ts');
  const connected = await gate.connectCluster({
    ...(config.kubeconfig !== undefined ? { kubeconfig: config.kubeconfig } : {}),
    ...(config.kubeContext !== undefined ? { context: config.kubeContext } : {}),
  });
  const preflight = await gate.preflightCluster(connected, { externalSecrets: [...config.externalSecrets], restart: [] });
  return { gate, cluster: connected, preflight };
}
