import * as core from '#actions-core';
import { StepError } from '../errors.ts';
import { fingerprint } from '../token.ts';
import { callApi, explainApiError, getObject, namespacedPath, statusCodeOf, withRetries } from './api-calls.ts';
import type { Cluster } from './cluster.ts';
import { describeRef } from './targets.ts';
import type { ObjectRef } from './targets.ts';

const secretTarget = (ref: ObjectRef): string => describeRef({ ...ref, kind: 'Secret' });
const secretPath = (ref: ObjectRef): string => namespacedPath('', 'v1', ref.namespace, 'secrets', ref.name);

interface SecretObject {
  readonly data?: Readonly<Record<string, string>> | undefined;
}

/**
 * Checks that the Secret's `key` holds the new token by comparing
 * fingerprints. The value is decoded only to be hashed; it is never printed,
 * returned or put in an error.
 */
export async function verifySecretKey(
  cluster: Cluster,
  secret: ObjectRef,
  key: string,
  expectedFingerprint: string,
  options: { readonly signal?: AbortSignal | undefined } = {},
): Promise<void> {
  const target = secretTarget(secret);
  const found = await callApi(
    cluster.tuning,
    cluster.server,
    {
      step: 'verify',
      target,
      verb: 'get',
      resource: 'secrets',
      namespace: secret.namespace,
      missing: `the Secret ${secret.namespace}/${secret.name} does not exist.`,
      missingNext: "External Secrets Operator has not created it: check the ExternalSecret's spec.target and its events.",
    },
    options.signal,
    (requestSignal) => getObject<SecretObject>(cluster, secretPath(secret), requestSignal),
  );
  const encoded = found.data?.[key];
  if (encoded === undefined) {
    const keys = Object.keys(found.data ?? {});
    throw new StepError(
      'verify',
      target,
      `the Secret has no key "${key}" (its keys: ${keys.length > 0 ? keys.join(', ') : 'none'}).`,
      'Set verify-secret-key to the key the ExternalSecret writes (spec.data[].secretKey), or fix the ExternalSecret.',
    );
  }
  const actual = fingerprint(Buffer.from(encoded, 'base64').toString('utf8'));
  if (actual !== expectedFingerprint) {
    throw new StepError(
      'verify',
      target,
      `key "${key}" holds a value with fingerprint ${actual} but the new token's is ${expectedFingerprint}.`,
      'External Secrets Operator synced another value: check that the ExternalSecret reads this parameter (remoteRef.key) without a pinned version.',
    );
  }
  core.info(`${target}: key "${key}" holds the new token (${actual})`);
}

/**
 * The fingerprint of the Secret's `key`, or undefined when the Secret or the
 * key is missing or cannot be read. The value is decoded only to be hashed.
 */
export async function secretKeyFingerprint(cluster: Cluster, secret: ObjectRef, key: string, signal?: AbortSignal): Promise<string | undefined> {
  try {
    const found = await withRetries(cluster.tuning, { signal, doing: `reading ${secretTarget(secret)}` }, (requestSignal) =>
      getObject<SecretObject>(cluster, secretPath(secret), requestSignal),
    );
    const encoded = found.data?.[key];
    return encoded === undefined ? undefined : fingerprint(Buffer.from(encoded, 'base64').toString('utf8'));
  } catch (error) {
    if (error instanceof Error && error.name === 'CancelledError') throw error;
    return undefined;
  }
}

/**
 * Confirms the credentials may read the Secret (`get secrets`) and returns
 * what preflight judges: its owner references and `immutable`. `immutable` is
 * a top-level field of a Secret, which PartialObjectMetadata leaves out, so
 * the whole object is read; its data is dropped here unread. Returns
 * undefined when the Secret does not exist yet (ESO creates it on the first sync).
 */
export async function checkSecretReadable(
  cluster: Cluster,
  secret: ObjectRef,
  signal?: AbortSignal,
): Promise<
  | {
      readonly ownerReferences?: readonly { kind?: string; name?: string; controller?: boolean; apiVersion?: string }[];
      readonly immutable: boolean;
    }
  | undefined
> {
  const target = secretTarget(secret);
  try {
    const found = await withRetries(cluster.tuning, { signal, doing: `reading ${target}` }, (requestSignal) =>
      getObject<{ metadata?: { ownerReferences?: [] }; immutable?: boolean }>(cluster, secretPath(secret), requestSignal),
    );
    return { ownerReferences: found.metadata?.ownerReferences ?? [], immutable: found.immutable === true };
  } catch (error) {
    if (statusCodeOf(error) === 404) {
      core.info(`${target}: does not exist yet; External Secrets Operator creates it on sync`);
      return undefined;
    }
    throw explainApiError(error, { step: 'preflight', target, verb: 'get', resource: 'secrets', namespace: secret.namespace }, cluster.server);
  }
}
