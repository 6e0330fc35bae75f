import { readFileSync } from 'node:fs';
import { GetParameterHistoryCommand, GetParameterCommand, LabelParameterVersionCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { runAction, runnerLog } from '../../local-servers/runner/run-action.ts';
import type { ActionRun, RunOptions } from '../../local-servers/runner/run-action.ts';
import { FACTS_FILE } from '../components.ts';
import { getJson, kubectl, kubectlRaw } from '../world/kubectl.ts';
import { AWS_CREDENTIALS_FOR_STORE } from '../world/credentials.ts';
import { actionRbac, parameterStore, toYaml } from '../world/manifests.ts';
import type { WorldFacts } from '../world/world.ts';

/** What the scenarios do to the e2e world and how they look at it: moto through the AWS SDK, the cluster through kubectl. */

let cached: WorldFacts | undefined;
export function facts(): WorldFacts {
  cached ??= JSON.parse(readFileSync(process.env.E2E_WORLD ?? FACTS_FILE, 'utf8')) as WorldFacts;
  return cached;
}

/** moto itself (not the shim): what is really stored. */
export const ssm = (): SSMClient => new SSMClient({ endpoint: facts().motoEndpoint, region: facts().region, credentials: AWS_CREDENTIALS_FOR_STORE });

export const admin = (args: readonly string[], stdin?: string): Promise<string> => kubectl(facts().adminKubeconfig, args, stdin);
export const adminRaw = (args: readonly string[], stdin?: string) => kubectlRaw(facts().adminKubeconfig, args, stdin);
export const apply = (objects: readonly unknown[]): Promise<string> => admin(['apply', '-f', '-'], toYaml(objects));
export const getObject = <T>(args: readonly string[]): Promise<T> => getJson<T>(facts().adminKubeconfig, args);

/** Polls until `check` returns a value (setup and assertions only; the action itself watches). */
export async function eventually<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** A namespace with the action's Role from examples/rbac.yaml and a SecretStore reading moto with static keys, the store Ready. */
export async function prepareNamespace(namespace: string): Promise<void> {
  await apply([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } }]);
  await apply([...actionRbac(namespace), ...parameterStore(namespace, facts().region)]);
  await admin(['wait', '--for=condition=Ready', 'secretstore/parameter-store', '-n', namespace, '--timeout=90s']);
}

/** A SecureString parameter holding `value` as a new version, `current` on it when labels are asked. */
export async function putToken(name: string, value: string, labels: readonly string[] = ['current']): Promise<number> {
  const out = await ssm().send(new PutParameterCommand({ Name: name, Value: value, Type: 'SecureString', Overwrite: true }));
  const version = out.Version ?? 0;
  if (labels.length > 0) await ssm().send(new LabelParameterVersionCommand({ Name: name, ParameterVersion: version, Labels: [...labels] }));
  return version;
}

export interface StoredVersion {
  readonly version: number;
  readonly value: string;
  readonly labels: readonly string[];
}

/** Every version of the parameter in moto, oldest first, with values and labels. */
export async function history(name: string): Promise<StoredVersion[]> {
  const out = await ssm().send(new GetParameterHistoryCommand({ Name: name, WithDecryption: true }));
  return (out.Parameters ?? []).map((p) => ({ version: p.Version ?? 0, value: p.Value ?? '', labels: p.Labels ?? [] })).sort((a, b) => a.version - b.version);
}

export async function latest(name: string): Promise<StoredVersion> {
  const out = await ssm().send(new GetParameterCommand({ Name: name, WithDecryption: true }));
  const all = await history(name);
  return all.find((v) => v.version === out.Parameter?.Version) ?? { version: 0, value: '', labels: [] };
}

interface SecretObject {
  data?: Record<string, string>;
  immutable?: boolean;
  metadata: { labels?: Record<string, string>; annotations?: Record<string, string> };
}

/** A key of a Secret, decoded; undefined when the Secret or key is missing. */
export async function secretValue(namespace: string, name: string, key = 'token'): Promise<string | undefined> {
  const result = await adminRaw(['get', 'secret', name, '-n', namespace, '-o', 'json']);
  if (result.code !== 0) return undefined;
  const data = (JSON.parse(result.stdout) as SecretObject).data?.[key];
  return data === undefined ? undefined : Buffer.from(data, 'base64').toString('utf8');
}

export const untilSecret = (namespace: string, name: string, value: string, key = 'token'): Promise<true> =>
  eventually(
    async () => ((await secretValue(namespace, name, key)) === value ? true : undefined),
    `Secret ${namespace}/${name} key ${key} holds the expected value`,
  );

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

export interface ExternalSecretObject {
  metadata: { annotations?: Record<string, string>; resourceVersion: string };
  status?: { syncedResourceVersion?: string; refreshTime?: string; conditions?: Condition[] };
}

export const externalSecret = (namespace: string, name: string): Promise<ExternalSecretObject> =>
  getObject<ExternalSecretObject>(['externalsecret', name, '-n', namespace]);

/** Waits until the ExternalSecret has synced at least once (Ready=True, SecretSynced). */
export const untilSynced = (namespace: string, name: string): Promise<ExternalSecretObject> =>
  eventually(async () => {
    const es = await externalSecret(namespace, name);
    const ready = es.status?.conditions?.find((c) => c.type === 'Ready');
    return ready?.status === 'True' && es.status?.syncedResourceVersion ? es : undefined;
  }, `ExternalSecret ${namespace}/${name} synced`);

/** The environment the runner gives the action: SSM through the shim, static keys, the region. */
export const actionEnv = (): Record<string, string> => ({
  AWS_ENDPOINT_URL_SSM: facts().ssmEndpoint,
  AWS_ACCESS_KEY_ID: AWS_CREDENTIALS_FOR_STORE.accessKeyId,
  AWS_SECRET_ACCESS_KEY: AWS_CREDENTIALS_FOR_STORE.secretAccessKey,
  AWS_REGION: facts().region,
});

/** Runs the bundled dist/ as the runner does, with the action's own kubeconfig (examples/rbac.yaml's identity). */
export async function runBundled(inputs: Record<string, string>, options: Partial<RunOptions> = {}): Promise<ActionRun> {
  const run = await runAction({
    timeoutMs: 240_000,
    ...options,
    inputs: { kubeconfig: facts().actionKubeconfigYaml, ...inputs },
    env: { ...actionEnv(), ...options.env },
  });
  // E2E_VERBOSE=1: the action's log as the runner shows it (masked values hidden).
  if (process.env.E2E_VERBOSE) process.stderr.write(`${runnerLog(run.stdout)}\n`);
  return run;
}

/** The markers of the log lines, in order. */
export const markers = (run: ActionRun): string[] =>
  run.stdout
    .split('\n')
    .map((line) => /^([A-Z][A-Z-]+) /.exec(line)?.[1])
    .filter((m): m is string => m !== undefined && MARKERS.has(m));

const MARKERS = new Set([
  'PLAN',
  'DRIFT',
  'MINTED',
  'WROTE',
  'LABELED',
  'SYNCED',
  'VERIFIED',
  'RESTARTED',
  'ROLLED-OUT',
  'PROBED',
  'CONFIRMED',
  'ROLLED-BACK',
  'RECOVERED',
  'FAILED',
]);

/** Fails with the action's output when it did not exit as expected. */
export function explain(run: ActionRun): string {
  return `exit ${run.exitCode} signal ${run.signal}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

/** An ExternalSecret `app-token` (refreshPolicy OnChange) reading the parameter into the Secret `app-token`, with overrides of its spec. */
export function plainExternalSecret(namespace: string, parameter: string, spec: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: { name: 'app-token', namespace },
    spec: {
      refreshPolicy: 'OnChange',
      secretStoreRef: { kind: 'SecretStore', name: 'parameter-store' },
      target: { name: 'app-token', creationPolicy: 'Owner' },
      data: [{ secretKey: 'token', remoteRef: { key: parameter } }],
      ...spec,
    },
  };
}

/** The shim answers ESO's (aws-sdk-go) GetParameter calls with an error: `times` of them, or all until cleared. */
export async function failEsoReads(times?: number): Promise<void> {
  const fault = {
    target: 'AmazonSSM.GetParameter',
    userAgent: 'aws-sdk-go/',
    // Not retried by aws-sdk-go, and not ParameterNotFound, which ESO treats as a missing secret: a plain provider error.
    code: 'AccessDeniedException',
    message: 'User: arn:aws:sts::123456789012:assumed-role/eso/e2e is not authorized to perform: ssm:GetParameter (e2e fault)',
    ...(times === undefined ? {} : { times }),
  };
  const res = await fetch(`${facts().ssmEndpoint}/e2e/faults`, { method: 'POST', body: JSON.stringify(fault) });
  if (res.status !== 204) throw new Error(`the shim refused the fault: ${res.status}`);
}

export async function clearFaults(): Promise<void> {
  await fetch(`${facts().ssmEndpoint}/e2e/faults`, { method: 'DELETE' });
}

/**
 * For the scenarios of an optional controller (e2e/world/extras.ts): whether it started, printing
 * why not, so its tests can be `test.skip`ped with the reason in the log.
 */
export function extraStarted(name: string): boolean {
  const extra = facts().extras[name];
  if (extra?.started) return true;
  process.stderr.write(`e2e: ${name} scenarios skipped: ${extra?.reason ?? 'not registered in e2e/world/extras.ts'}\n`);
  return false;
}
