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
  // auto finds the ExternalSecrets again (by what they read), so the post step syncs back the same ones.
  const discovery = config.discovery?.externalSecrets
    ? { ...config.discovery, restart: false, parameterNames: config.parameters.map((p) => p.name), region: config.region }
    : undefined;
  const preflight = await gate.preflightCluster(connected, { externalSecrets: [...config.externalSecrets], restart: [], ...(discovery ? { discovery } : {}) });
  return { gate, cluster: connected, preflight };
}
