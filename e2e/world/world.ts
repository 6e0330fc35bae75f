import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GO_COMPONENTS, MOTO_VENV, ROOT, binary, moduleDir } from '../components.ts';
import { motoVersion, reportedVersion } from '../build.ts';
import { CERTIFICATE_DAYS, kubeconfigFor, makeCertificates } from './certs.ts';
import { kubectl } from './kubectl.ts';
import { freePort, killAllNow, startComponent, stopComponent } from './processes.ts';
import type { ComponentSpec, RunningComponent } from './processes.ts';
import type { StartedComponent } from '../components/start.ts';
import { startExtras } from './extras.ts';
import type { ExtraFact } from './extras.ts';
import { clusterManifests, toYaml, ACTION_SERVICE_ACCOUNT, ACTION_USER, ESO_SERVICE_ACCOUNT, ESO_USER, ESO_WEBHOOK_SERVICE_ACCOUNT } from './manifests.ts';
import { startEsoWebhook, webhookConfigurations } from './eso-webhook.ts';
import { serviceAccountToken } from './service-account-token.ts';

/**
 * The e2e world, as envtest does it: real etcd, kube-apiserver (RBAC on, a static admin token, ServiceAccount tokens),
 * kube-controller-manager, kube-scheduler, kwok's fake nodes, External Secrets Operator and moto
 * behind the Selector shim, all on 127.0.0.1 at ports chosen free at start. start() hands back what
 * tests need; stop() stops every process group and removes the temp dir.
 */

export const REGION = 'eu-west-1';
/** Static credentials: moto accepts any; the action and ESO both use these. */
export { AWS_CREDENTIALS_FOR_STORE as AWS_CREDENTIALS } from './credentials.ts';

export interface WorldFacts {
  readonly dir: string;
  readonly logDir: string;
  readonly apiServer: string;
  readonly adminKubeconfig: string;
  readonly actionKubeconfig: string;
  readonly actionKubeconfigYaml: string;
  readonly ssmEndpoint: string;
  readonly motoEndpoint: string;
  readonly region: string;
  readonly versions: Readonly<Record<string, string>>;
  /** Optional controllers that started (by name), and why the others did not. */
  readonly extras: Readonly<Record<string, ExtraFact>>;
  /** The ESO controller's process, for scenarios that stop (SIGSTOP) and resume it. */
  readonly esoPid: number;
}

export interface World {
  readonly facts: WorldFacts;
  stop(): Promise<void>;
}

// node-lifecycle: the API server's NodeTaint admission taints every new Node not-ready; this controller lifts the taint once kwok reports the node Ready.
const KCM_CONTROLLERS = [
  'node-lifecycle',
  'deployment',
  'replicaset',
  'statefulset',
  'daemonset',
  'garbage-collector',
  'namespace',
  'serviceaccount',
  'serviceaccount-token',
  'root-ca-certificate-publisher',
].map((name) => `${name}-controller`);

/**
 * kwok v0.7.0 with no lease duration keeps no Leases and picks the node-heartbeat-with-lease
 * Stage (pkg/kwok/cmd/root.go: getDefaultNodeStages(NodeLeaseDurationSeconds == 0)), which writes
 * node status every 600-1210 s (kustomize/stage/node/heartbeat-with-lease), so the
 * controller-manager's node-lifecycle controller, hearing nothing for its grace period, marks every
 * node NotReady and every pod Ready=False. With a lease duration kwok holds a Lease per node and
 * renews it every quarter of it (pkg/kwok/controllers/controller.go, initNodeLeaseController:
 * renewInterval = leaseDuration / 4), as the kubelet does, and its node-heartbeat Stage writes
 * status every 20-45 s. 40 s is the kubelet's own default (--node-lease-duration-seconds).
 */
export const KWOK_NODE_LEASE_SECONDS = 40;
const KWOK_CONFIGURATION = [
  'apiVersion: config.kwok.x-k8s.io/v1alpha1',
  'kind: KwokConfiguration',
  'options:',
  `  nodeLeaseDurationSeconds: ${KWOK_NODE_LEASE_SECONDS}`,
  '',
].join('\n');

const nodeScript = (file: string): string[] => [join(ROOT, 'e2e', 'world', file)];

export async function start(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<World> {
  const dir = await mkdtemp(join(tmpdir(), 'rotate-deploy-token-e2e-'));
  const logDir = join(dir, 'logs');
  await mkdir(logDir);
  const started: RunningComponent[] = [];
  // The optional controllers (extras.ts): started last, stopped first.
  const extras: StartedComponent[] = [];
  const killExtrasNow = (): void => {
    for (const extra of extras) extra.killNow();
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    killExtrasNow();
    killAllNow();
    if (!process.env.E2E_KEEP) rmSync(dir, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', killAllNow);
  process.once('exit', killExtrasNow);
  const stop = async (): Promise<void> => {
    for (const extra of extras.reverse()) await extra.stop();
    for (const running of started.reverse()) await stopComponent(running);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (!process.env.E2E_KEEP) await rm(dir, { recursive: true, force: true });
  };
  const run = async (spec: ComponentSpec): Promise<RunningComponent> => {
    const begun = performance.now();
    const running = await startComponent(spec, logDir);
    started.push(running);
    log(`e2e world: ${spec.name} ready in ${((performance.now() - begun) / 1000).toFixed(1)} s (pid ${running.pid})`);
    return running;
  };
  try {
    const facts = await startAll(dir, logDir, run, log, extras);
    return { facts, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function startAll(
  dir: string,
  logDir: string,
  run: (spec: ComponentSpec) => Promise<RunningComponent>,
  log: (line: string) => void,
  extrasRunning: StartedComponent[],
): Promise<WorldFacts> {
  const certs = await makeCertificates(dir);
  const token = (): string => randomBytes(24).toString('hex');
  const tokens = { admin: token() };
  // kube-apiserver --token-auth-file: token,user,uid,"group1,group2". Only the admin's: the action and ESO get ServiceAccount tokens.
  await writeFile(join(dir, 'tokens.csv'), `${tokens.admin},e2e-admin,e2e-admin,"system:masters"\n`);

  const motoPort = await freePort();
  await run({
    name: 'moto',
    command: join(MOTO_VENV, 'bin', 'moto_server'),
    args: ['-H', '127.0.0.1', '-p', String(motoPort)],
    ready: { url: `http://127.0.0.1:${motoPort}/moto-api/` },
  });
  const motoEndpoint = `http://127.0.0.1:${motoPort}`;
  const shimPort = await freePort();
  await run({
    name: 'ssm-shim',
    command: process.execPath,
    args: [...nodeScript('ssm-shim-main.ts'), String(shimPort), motoEndpoint],
    ready: { logLine: /listening on/ },
  });
  const ssmEndpoint = `http://127.0.0.1:${shimPort}`;

  const [etcdPort, etcdPeerPort] = [await freePort(), await freePort()];
  const etcdUrl = `http://127.0.0.1:${etcdPort}`;
  await run({
    name: 'etcd',
    command: binary('etcd'),
    args: [
      `--data-dir=${join(dir, 'etcd')}`,
      `--listen-client-urls=${etcdUrl}`,
      `--advertise-client-urls=${etcdUrl}`,
      `--listen-peer-urls=http://127.0.0.1:${etcdPeerPort}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeerPort}`,
      `--initial-cluster=default=http://127.0.0.1:${etcdPeerPort}`,
      // As envtest runs it: a throwaway store needs no fsync.
      '--unsafe-no-fsync=true',
    ],
    ready: { url: `${etcdUrl}/health` },
  });

  const apiPort = await freePort();
  const apiServer = `https://127.0.0.1:${apiPort}`;
  await run({
    name: 'kube-apiserver',
    command: binary('kube-apiserver'),
    args: [
      `--etcd-servers=${etcdUrl}`,
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      `--secure-port=${apiPort}`,
      `--tls-cert-file=${certs.serverCertFile}`,
      `--tls-private-key-file=${certs.serverKeyFile}`,
      `--client-ca-file=${certs.caFile}`,
      `--token-auth-file=${join(dir, 'tokens.csv')}`,
      '--authorization-mode=RBAC',
      '--anonymous-auth=false',
      `--service-account-issuer=https://kubernetes.default.svc`,
      `--service-account-key-file=${certs.serviceAccountPublicKeyFile}`,
      `--service-account-signing-key-file=${certs.serviceAccountKeyFile}`,
      '--service-cluster-ip-range=10.96.0.0/24',
      `--cert-dir=${join(dir, 'apiserver-certs')}`,
    ],
    ready: { url: `${apiServer}/readyz`, token: tokens.admin },
    readyTimeoutMs: 120_000,
  });
  const adminKubeconfig = join(dir, 'admin.kubeconfig');
  await writeFile(adminKubeconfig, kubeconfigFor(apiServer, certs.caPem, 'e2e-admin', tokens.admin));

  const esoCrds = join(await esoModuleDir(), 'config', 'crds', 'bases');
  // Server-side apply: the CRDs are larger than client-side apply's last-applied annotation allows.
  const crdFiles = (await readdir(esoCrds)).filter((name) => name.endsWith('.yaml') && name !== 'kustomization.yaml');
  await kubectl(adminKubeconfig, ['apply', '--server-side', ...crdFiles.flatMap((name) => ['-f', join(esoCrds, name)])]);
  await kubectl(adminKubeconfig, ['apply', '-f', '-'], clusterManifests());
  // Tokens from the TokenRequest API for the ServiceAccounts just created, lasting as long as the world can.
  const tokenLifetime = CERTIFICATE_DAYS * 24 * 3600;
  const actionToken = await serviceAccountToken(adminKubeconfig, ACTION_SERVICE_ACCOUNT, tokenLifetime);
  const actionKubeconfigYaml = kubeconfigFor(apiServer, certs.caPem, ACTION_USER, actionToken);
  const actionKubeconfig = join(dir, 'action.kubeconfig');
  await writeFile(actionKubeconfig, actionKubeconfigYaml);
  const esoKubeconfig = join(dir, 'eso.kubeconfig');
  const esoToken = await serviceAccountToken(adminKubeconfig, ESO_SERVICE_ACCOUNT, tokenLifetime);
  await writeFile(esoKubeconfig, kubeconfigFor(apiServer, certs.caPem, ESO_USER, esoToken));

  const kcmPort = await freePort();
  await run({
    name: 'kube-controller-manager',
    command: binary('kube-controller-manager'),
    args: [
      `--kubeconfig=${adminKubeconfig}`,
      `--authentication-kubeconfig=${adminKubeconfig}`,
      `--authorization-kubeconfig=${adminKubeconfig}`,
      // The names of cmd/kube-controller-manager/names/controller_names.go (k8s.io/kubernetes v1.34.2).
      `--controllers=${KCM_CONTROLLERS.join(',')}`,
      '--leader-elect=false',
      '--bind-address=127.0.0.1',
      `--secure-port=${kcmPort}`,
      `--cert-dir=${join(dir, 'kcm-certs')}`,
      `--service-account-private-key-file=${certs.serviceAccountKeyFile}`,
      `--root-ca-file=${certs.caFile}`,
    ],
    ready: { url: `https://127.0.0.1:${kcmPort}/healthz` },
  });
  const schedulerPort = await freePort();
  await run({
    name: 'kube-scheduler',
    command: binary('kube-scheduler'),
    args: [
      `--kubeconfig=${adminKubeconfig}`,
      `--authentication-kubeconfig=${adminKubeconfig}`,
      `--authorization-kubeconfig=${adminKubeconfig}`,
      '--leader-elect=false',
      '--bind-address=127.0.0.1',
      `--secure-port=${schedulerPort}`,
      `--cert-dir=${join(dir, 'scheduler-certs')}`,
    ],
    ready: { url: `https://127.0.0.1:${schedulerPort}/healthz` },
  });
  const kwokPort = await freePort();
  // A configuration of our own, so a ~/.kwok/kwok.yaml on the machine changes nothing; kwok then uses its default stages.
  await writeFile(join(dir, 'kwok.yaml'), KWOK_CONFIGURATION);
  await run({
    name: 'kwok',
    command: binary('kwok'),
    args: [
      `--kubeconfig=${adminKubeconfig}`,
      '--manage-all-nodes=false',
      '--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake',
      '--node-ip=127.0.0.1',
      '--cidr=10.244.0.0/16',
      `--server-address=127.0.0.1:${kwokPort}`,
      `--config=${join(dir, 'kwok.yaml')}`,
    ],
    ready: { url: `http://127.0.0.1:${kwokPort}/healthz` },
  });

  const esoMetricsPort = await freePort();
  const eso = await run({
    name: 'external-secrets',
    command: binary('external-secrets'),
    // The chart's default log.level (values.yaml, v0.16.2: info); ISO times instead of its epoch, for people reading logDir.
    args: ['--enable-leader-election=false', `--metrics-addr=127.0.0.1:${esoMetricsPort}`, '--loglevel=info', '--zap-time-encoding=iso8601'],
    // pkg/provider/aws/auth/resolver.go (ESO v0.16.2): AWS_SSM_ENDPOINT overrides the SSM endpoint.
    env: { KUBECONFIG: esoKubeconfig, AWS_SSM_ENDPOINT: ssmEndpoint, AWS_REGION: REGION },
    ready: { url: `http://127.0.0.1:${esoMetricsPort}/metrics`, logLine: /Starting workers.*"controller":"externalsecret"/ },
  });

  // ESO's validating webhook behind the chart's ValidatingWebhookConfigurations (eso-webhook.ts).
  const webhookKubeconfig = join(dir, 'eso-webhook.kubeconfig');
  const webhookToken = await serviceAccountToken(adminKubeconfig, ESO_WEBHOOK_SERVICE_ACCOUNT, tokenLifetime);
  await writeFile(webhookKubeconfig, kubeconfigFor(apiServer, certs.caPem, 'eso-webhook', webhookToken));
  const webhook = await startEsoWebhook({ dir, logDir, apiPort, kubeconfig: webhookKubeconfig, certs });
  extrasRunning.push(webhook);
  log(`e2e world: eso-webhook ready in ${webhook.readySeconds.toFixed(1)} s (pid ${String(webhook.pid)}, own network namespace)`);
  const webhookPort = webhook.hostPorts.webhook;
  if (webhookPort === undefined) throw new Error('the ESO webhook has no host port');
  await kubectl(adminKubeconfig, ['apply', '-f', '-'], toYaml(webhookConfigurations(webhookPort, certs.caPem)));

  const extras = await startExtras({ adminKubeconfig, dir, logDir, apiPort }, extrasRunning, log);

  const versions: Record<string, string> = {};
  for (const component of GO_COMPONENTS) versions[component.binaries.join(', ')] = await reportedVersion(component);
  versions.moto = await motoVersion();
  for (const [name, extra] of Object.entries(extras)) if (extra.version !== undefined) versions[name] = extra.version;
  for (const [name, version] of Object.entries(versions)) log(`e2e world: ${name}: ${version}`);
  const facts: WorldFacts = {
    dir,
    logDir,
    apiServer,
    adminKubeconfig,
    actionKubeconfig,
    actionKubeconfigYaml,
    ssmEndpoint,
    motoEndpoint,
    region: REGION,
    versions,
    extras,
    esoPid: eso.pid,
  };
  return facts;
}

async function esoModuleDir(): Promise<string> {
  const { stdout } = await promisify(execFile)('go', ['list', '-m', '-f', '{{.Dir}}', 'github.com/external-secrets/external-secrets'], {
    cwd: moduleDir('eso'),
    env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=readonly' },
  });
  return stdout.trim();
}
