import { kubectl } from './kubectl.ts';

/** A ServiceAccount's token from the TokenRequest API, as `kubectl create token` or a CI job's cluster login gets one. */

export interface ServiceAccountRef {
  readonly namespace: string;
  readonly name: string;
}

interface TokenRequestAnswer {
  readonly status: { readonly token: string; readonly expirationTimestamp: string };
}

/**
 * POST .../serviceaccounts/NAME/token (authentication.k8s.io/v1 TokenRequest) with the admin
 * kubeconfig. The API server may shorten the expiry (--service-account-max-token-expiration), so the
 * answer's expirationTimestamp is checked: a token that lapsed mid-world would fail scenarios for the
 * world's sake.
 */
export async function serviceAccountToken(adminKubeconfig: string, account: ServiceAccountRef, lifetimeSeconds: number): Promise<string> {
  const request = { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec: { expirationSeconds: lifetimeSeconds } };
  const path = `/api/v1/namespaces/${account.namespace}/serviceaccounts/${account.name}/token`;
  const answer = JSON.parse(await kubectl(adminKubeconfig, ['create', '--raw', path, '-f', '-'], JSON.stringify(request))) as TokenRequestAnswer;
  const expires = Date.parse(answer.status.expirationTimestamp);
  // A minute's slack for the clocks between request and answer.
  if (!(expires >= Date.now() + (lifetimeSeconds - 60) * 1000)) {
    throw new Error(
      `the token of ServiceAccount ${account.namespace}/${account.name} expires at ${answer.status.expirationTimestamp}, before the ${lifetimeSeconds} s asked for`,
    );
  }
  return answer.status.token;
}
