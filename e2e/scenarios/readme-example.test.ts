import { beforeAll, describe, expect, test } from '@jest/globals';
import { exampleDocuments } from '../world/manifests.ts';
import { GetParametersCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { AWS_CREDENTIALS_FOR_STORE } from '../world/credentials.ts';
import { apply, explain, facts, history, prepareNamespace, runBundled, secretValue, ssm, untilSecret, untilSynced } from './cluster.ts';

/**
 * Scenario b: the README's ExternalSecret (examples/externalsecret.yaml), which reads `<name>:current`
 * and `<name>:previous`, through the first rotation (run before the ExternalSecret exists, as the
 * example says: `:previous` exists only after it) and the second (gated, verified).
 */

const NS = 'e2e-readme';
const NAME = `/team/${NS}/token`;
const FIRST = 'e2e-readme-first-token-0123456789abcdef';

/** The example's ExternalSecret in this namespace, reading this parameter; everything else as printed. */
function exampleExternalSecret(): Record<string, unknown> {
  const example = exampleDocuments('externalsecret.yaml').find((doc) => doc.kind === 'ExternalSecret');
  if (!example) throw new Error('examples/externalsecret.yaml has no ExternalSecret');
  const es = structuredClone(example) as { metadata: Record<string, unknown>; spec: { data: { remoteRef: { key: string } }[] } };
  es.metadata.namespace = NS;
  for (const entry of es.spec.data) entry.remoteRef.key = NAME;
  return es;
}

beforeAll(async () => {
  await prepareNamespace(NS);
  // The parameter as a team creates it by hand: one version, no labels.
  await ssm().send(new PutParameterCommand({ Name: NAME, Value: FIRST, Type: 'SecureString' }));
});

describe("the README's ExternalSecret reading :current and :previous", () => {
  test('first rotation (before the ExternalSecret exists), then the ExternalSecret syncs both labels', async () => {
    const run = await runBundled({ 'parameter-name': NAME, kubeconfig: '' });
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    const token = run.outputs.token ?? '';
    expect(await history(NAME)).toEqual([
      { version: 1, value: FIRST, labels: ['previous'] },
      { version: 2, value: token, labels: ['current'] },
    ]);
    await apply([exampleExternalSecret()]);
    await untilSynced(NS, 'app-token');
    await untilSecret(NS, 'app-token', token);
    expect(await secretValue(NS, 'app-token', 'token-previous')).toBe(FIRST);
  });

  test('second rotation, gated and verified: token is the new one, token-previous the one it replaced', async () => {
    const before = (await secretValue(NS, 'app-token')) ?? '';
    const run = await runBundled({
      'parameter-name': NAME,
      namespace: NS,
      'external-secrets': 'app-token',
      'verify-secret-key': 'token',
      'sync-timeout': '90s',
    });
    expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
    const token = run.outputs.token ?? '';
    expect(run.outputs).toMatchObject({ rotated: 'true', version: '3', 'previous-version': '2' });
    expect(await history(NAME)).toEqual([
      { version: 1, value: FIRST, labels: [] },
      { version: 2, value: before, labels: ['previous'] },
      { version: 3, value: token, labels: ['current'] },
    ]);
    expect(await secretValue(NS, 'app-token')).toBe(token);
    expect(await secretValue(NS, 'app-token', 'token-previous')).toBe(before);
  });
});

describe('the SSM the action talks to (moto behind the shim)', () => {
  test('answers GetParameters for :current and :previous with the Selector each was asked by, as AWS does', async () => {
    const client = new SSMClient({ endpoint: facts().ssmEndpoint, region: facts().region, credentials: AWS_CREDENTIALS_FOR_STORE });
    const out = await client.send(new GetParametersCommand({ Names: [`${NAME}:previous`, `${NAME}:current`, `${NAME}:9`], WithDecryption: true }));
    const byVersion = (out.Parameters ?? [])
      .map((p) => ({ name: p.Name, selector: p.Selector, version: p.Version }))
      .sort((a, b) => (a.version ?? 0) - (b.version ?? 0));
    expect(byVersion).toEqual([
      { name: NAME, selector: ':previous', version: 2 },
      { name: NAME, selector: ':current', version: 3 },
    ]);
    expect(out.InvalidParameters).toEqual([`${NAME}:9`]);
  });
});
