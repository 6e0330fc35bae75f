import { deliversNewToken } from './eso-rules.ts';
import type { ExternalSecretObject, ParameterRead } from './eso-rules.ts';

/**
 * The keys of the target Secret that a set's verify checks: for each read of
 * a parameter of the set in `spec.data[i]` that delivers the new token, the
 * entry's `secretKey` (ESO writes the value of `data[i].remoteRef` under
 * `data[i].secretKey`: apis/externalsecrets/v1/externalsecret_types.go,
 * ExternalSecretData, v0.16.2). `dataFrom` entries map many keys of their own
 * naming, so they name no key to verify.
 */
export function setDataKeys(
  externalSecret: ExternalSecretObject,
  readsOf: readonly { readonly name: string; readonly reads: readonly ParameterRead[] }[],
  versionLabels: boolean,
): { parameter: string; secretKey: string }[] {
  return readsOf.flatMap(({ name, reads }) =>
    reads.flatMap((read) => {
      const index = /^spec\.data\[(\d+)\]/.exec(read.where)?.[1];
      const secretKey = index === undefined ? undefined : externalSecret.spec?.data?.[Number(index)]?.secretKey;
      return secretKey !== undefined && deliversNewToken(read, versionLabels) ? [{ parameter: name, secretKey }] : [];
    }),
  );
}
