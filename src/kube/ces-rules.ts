// How a ClusterExternalSecret passes a forced sync down to the ExternalSecrets it owns,
// on both ESO lines, as a pure rule. The I/O is in clusterexternalsecrets.ts.

/**
 * The annotation ESO's ClusterExternalSecret controller mirrors onto every
 * ExternalSecret it owns, since v0.20.0 (esv1.AnnotationForceSync,
 * apis/externalsecrets/v1/externalsecret_types.go). Plain `force-sync` on a
 * ClusterExternalSecret is ignored by every release.
 */
export const CES_FORCE_SYNC_ANNOTATION = 'external-secrets.io/force-sync';

/**
 * The merge patch that forces a sync through a ClusterExternalSecret on every
 * ESO release the action supports. createOrUpdateExternalSecret
 * (pkg/controllers/clusterexternalsecret/clusterexternalsecret_controller.go)
 * sets each owned ExternalSecret's annotations to
 * spec.externalSecretMetadata.annotations:
 * - v0.16.2 to v0.19.x copy nothing else, and the controller Owns(ExternalSecret),
 *   so an annotation written on the ExternalSecret itself is reset at once; if
 *   the reset lands before the ExternalSecret controller's worker reaches it,
 *   the metadata hash (GetResourceVersion, pkg/controllers/util/util.go) is
 *   back to the synced one and shouldRefresh says no: the sync is lost. A key
 *   in spec.externalSecretMetadata.annotations is copied down and stays.
 * - v0.20.0 and later also copy the ClusterExternalSecret's own
 *   external-secrets.io/force-sync and delete that key from what they copy
 *   when the ClusterExternalSecret has none, so the spec key alone would be
 *   dropped there: the metadata annotation carries it.
 * Writing both, with one value, changes the owned ExternalSecrets' annotations
 * on either line, which is the change ESO's shouldRefresh acts on.
 */
export function clusterForceSyncPatch(value: string): { metadata: object; spec: object } {
  const annotations = { [CES_FORCE_SYNC_ANNOTATION]: value };
  return { metadata: { annotations }, spec: { externalSecretMetadata: { annotations } } };
}

/** The value last written by clusterForceSyncPatch, or undefined. */
export function clusterForceSyncValue(ces: {
  readonly metadata?: { readonly annotations?: Readonly<Record<string, string>> };
  readonly spec?: { readonly externalSecretMetadata?: { readonly annotations?: Readonly<Record<string, string>> } };
}): string | undefined {
  return ces.metadata?.annotations?.[CES_FORCE_SYNC_ANNOTATION] ?? ces.spec?.externalSecretMetadata?.annotations?.[CES_FORCE_SYNC_ANNOTATION];
}

/** The command that does what clusterForceSyncPatch does, for a person to run. */
export function clusterForceSyncCommand(name: string): string {
  const value = `{"${CES_FORCE_SYNC_ANNOTATION}":"'$(date +%s)'"}`;
  return `kubectl patch clusterexternalsecret ${name} --type merge -p '{"metadata":{"annotations":${value}},"spec":{"externalSecretMetadata":{"annotations":${value}}}}'`;
}
