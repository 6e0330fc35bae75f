import { beforeAll, describe, expect, test } from '@jest/globals';
import { kubectlRaw } from '../world/kubectl.ts';
import { ACTION_USER, ESO_USER } from '../world/manifests.ts';
import { adminRaw, apply, facts, plainExternalSecret, prepareNamespace } from './cluster.ts';

/**
 * The world is installed as production installs it (issue 23, "The world is unlike production"): the
 * action holds a ServiceAccount token from the TokenRequest API, ESO has its Helm chart's ClusterRole
 * rather than cluster-admin, and ESO's validating webhook stands between the API server and every
 * ExternalSecret write (e2e/world/eso-rbac.ts, eso-webhook.ts).
 */

const NS = 'e2e-install';

beforeAll(async () => {
  await prepareNamespace(NS);
  await apply([plainExternalSecret(NS, `/team/${NS}/token`)]);
});

interface WhoAmI {
  readonly status: { readonly userInfo: { readonly username: string; readonly extra?: Record<string, readonly string[]> } };
}

/** `kubectl auth can-i` as ESO's ServiceAccount (the admin impersonates it): yes or no. */
async function esoCan(...args: string[]): Promise<string> {
  const result = await adminRaw(['auth', 'can-i', `--as=${ESO_USER}`, '--as-group=system:serviceaccounts', ...args]);
  return result.stdout.trim();
}

describe('the world installed as production installs it', () => {
  test("the action's kubeconfig is a bound ServiceAccount token (it carries the token's ID), not a static token", async () => {
    const result = await kubectlRaw(facts().actionKubeconfig, ['auth', 'whoami', '-o', 'json']);
    expect(result.code).toBe(0);
    const user = (JSON.parse(result.stdout) as WhoAmI).status.userInfo;
    expect(user.username).toBe(ACTION_USER);
    expect(user.extra?.['authentication.kubernetes.io/credential-id']?.[0]).toMatch(/^JTI=/);
    // The admin's static token, for contrast, carries none.
    const adminUser = (JSON.parse((await adminRaw(['auth', 'whoami', '-o', 'json'])).stdout) as WhoAmI).status.userInfo;
    expect({ name: adminUser.username, credentialId: adminUser.extra?.['authentication.kubernetes.io/credential-id'] }).toEqual({
      name: 'e2e-admin',
      credentialId: undefined,
    });
  });

  test("ESO may do what its chart's ClusterRole allows and nothing a cluster-admin could beyond it", async () => {
    expect({
      writeSecrets: await esoCan('update', 'secrets', '-n', NS),
      patchStatus: await esoCan('patch', 'externalsecrets/status', '-n', NS),
      deleteNodes: await esoCan('delete', 'nodes'),
      patchDeployments: await esoCan('patch', 'deployments', '-n', NS),
    }).toEqual({ writeSecrets: 'yes', patchStatus: 'yes', deleteNodes: 'no', patchDeployments: 'no' });
  });

  test("ESO's webhook refuses an ExternalSecret with neither data nor dataFrom", async () => {
    const invalid = plainExternalSecret(NS, 'unused');
    const spec = { ...(invalid.spec as Record<string, unknown>) };
    delete spec.data;
    const result = await adminRaw(['apply', '-f', '-'], JSON.stringify({ ...invalid, metadata: { name: 'no-data', namespace: NS }, spec }));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      'admission webhook "validate.externalsecret.external-secrets.io" denied the request: either data or dataFrom should be specified',
    );
  });

  test("the action's annotation patch passes the webhook", async () => {
    const result = await kubectlRaw(facts().actionKubeconfig, ['annotate', '--overwrite', 'externalsecret', 'app-token', '-n', NS, 'force-sync=e2e-install']);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  });
});
