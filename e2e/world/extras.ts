import type { ComponentSpec } from './processes.ts';

/**
 * Optional controllers the world starts after ESO when their binary is built (Stakater Reloader,
 * Argo Rollouts' controller, ...). Each is a component spec plus the objects it needs first; a
 * scenario that needs one checks `facts.extras[name].started` and skips with the reason otherwise.
 */

export interface ExtraContext {
  readonly adminKubeconfig: string;
  readonly dir: string;
}

export interface ExtraComponent {
  readonly name: string;
  /** The binary whose presence decides whether it starts. */
  readonly binary: string;
  /** Objects to install first (CRDs, RBAC), with the admin kubeconfig. */
  readonly setup?: (context: ExtraContext) => Promise<void>;
  readonly spec: (context: ExtraContext) => Promise<ComponentSpec>;
}

/** None registered yet: each optional controller adds its entry here. */
export function extraComponents(): readonly ExtraComponent[] {
  return [];
}
