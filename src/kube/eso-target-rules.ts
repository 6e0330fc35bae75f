// ESO's rules about what lands in the target, as pure functions: whether a verify of
// the raw token can match, and what the existing target Secret's metadata rules out.
import type { Blocker, ExternalSecretObject } from './eso-rules.ts';

/**
 * Refuses a verify that cannot match: ApplyTemplate (externalsecret_controller_template.go)
 * keeps the provider data only without a template or with mergePolicy Merge,
 * and a template's data overrides a key; a generic target writes no Secret.
 */
export function verifyBlocker(externalSecret: ExternalSecretObject, verifyKey: string): Blocker | undefined {
  const target = externalSecret.spec?.target;
  if (target?.manifest !== undefined) {
    return {
      reason: `it writes a ${target.manifest.kind ?? 'generic'} (spec.target.manifest), not a Secret, so verify-secret-key has no Secret key to check.`,
      next: 'Remove verify-secret-key, or verify an ExternalSecret that writes a Secret.',
    };
  }
  const template = target?.template;
  if (!template) return undefined;
  const templated = template.data !== undefined && Object.hasOwn(template.data, verifyKey);
  const fromTemplates = (template.templateFrom?.length ?? 0) > 0;
  const noTemplate = Object.keys(template.data ?? {}).length === 0 && !fromTemplates;
  if (templated || fromTemplates) {
    return {
      reason: `its spec.target.template ${templated ? 'produces' : 'may produce (templateFrom)'} the key ${JSON.stringify(verifyKey)}, so the key's value cannot hash to the raw token.`,
      next: 'Verify a key the provider data fills directly, or remove verify-secret-key.',
    };
  }
  if (!noTemplate && template.mergePolicy !== 'Merge') {
    return {
      reason: `its spec.target.template uses mergePolicy ${template.mergePolicy ?? 'Replace'}, which drops the provider data, so the key ${JSON.stringify(verifyKey)} would not hold the raw token.`,
      next: 'Set spec.target.template.mergePolicy: Merge, or verify a key the template does not touch.',
    };
  }
  return undefined;
}

/** What preflight read of the existing target Secret: its owner references and `immutable`. */
export interface SecretMetadata {
  readonly ownerReferences?: readonly { readonly kind?: string; readonly name?: string; readonly controller?: boolean; readonly apiVersion?: string }[];
  readonly immutable?: boolean;
}

/** Refusals that need the target Secret's metadata (read only when verifying). */
export function targetSecretBlocker(
  externalSecret: ExternalSecretObject,
  esName: string,
  secretName: string,
  secret: SecretMetadata | undefined,
): Blocker | undefined {
  // Reconcile, CreatePolicyMerge without a Secret: markAsDone(SecretMissing) and nothing is written.
  if (!secret && externalSecret.spec?.target?.creationPolicy === 'Merge') {
    return {
      reason: `its spec.target.creationPolicy is Merge and Secret ${secretName} does not exist, so External Secrets Operator writes nothing (Ready=True, SecretMissing).`,
      next: `Create Secret ${secretName} first, or set spec.target.creationPolicy: Owner.`,
    };
  }
  // applyOwnership: a controller reference to another ExternalSecret is ErrSecretIsOwned, never retried.
  const owner = secret?.ownerReferences?.find((ref) => ref.controller === true);
  if (owner?.kind === 'ExternalSecret' && (owner.apiVersion ?? '').startsWith('external-secrets.io/') && owner.name !== esName) {
    return {
      reason: `Secret ${secretName} is owned by the ExternalSecret ${owner.name ?? ''}, so External Secrets Operator refuses to write it (target is owned by another ExternalSecret).`,
      next: `Point spec.target.name at a Secret of its own, or name ${owner.name ?? ''} in external-secrets instead.`,
    };
  }
  // createOrUpdateSecret: an update of an immutable Secret's data is ErrSecretImmutable, marked
  // msgErrorUpdateImmutable and never retried (externalsecret_controller.go, v0.16.2 and v2.9.0);
  // the API server never lets `immutable` go back to false (ValidateSecretUpdate).
  if (secret?.immutable === true) {
    return {
      reason: `Secret ${secretName} is immutable (immutable: true), so External Secrets Operator could not write the new token into it (could not update secret, target is immutable), and Kubernetes never makes it mutable again.`,
      next: `Delete Secret ${secretName} (External Secrets Operator recreates it on its next sync) and keep spec.target.immutable false, then run again.`,
    };
  }
  return undefined;
}
