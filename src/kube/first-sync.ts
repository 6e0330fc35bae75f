import type { Blocker, ExternalSecretObject } from './eso-rules.ts';

/**
 * Refuses, in preflight, refreshPolicy CreatedOnce before its first sync when nothing could tell
 * which value that one sync read. ESO retries the never-synced ExternalSecret on its own
 * (shouldRefresh: CreatedOnce refreshes while syncedResourceVersion is empty or refreshTime zero,
 * externalsecret_controller.go v0.16.2 and v2.9.0), so its first sync may land before the write,
 * or after it but before the force-sync, which it then ignores for good (sync-verdict.ts, ownSyncVerdict):
 * only the target Secret's value, read with verify-secret-key, proves which.
 */
export function firstSyncBlocker(externalSecret: ExternalSecretObject, verifying: boolean): Blocker | undefined {
  if (verifying || externalSecret.spec?.refreshPolicy !== 'CreatedOnce') return undefined;
  if ((externalSecret.status?.syncedResourceVersion ?? '') !== '' && externalSecret.status?.refreshTime) return undefined;
  return {
    reason:
      'its refreshPolicy is CreatedOnce and it has never synced: External Secrets Operator makes exactly one sync, which its own retry may make before the force-sync, and without verify-secret-key the action cannot tell whether that sync read the new token.',
    next: 'Give verify-secret-key (the key the ExternalSecret writes the token to), or set spec.refreshPolicy: OnChange on the ExternalSecret.',
  };
}
