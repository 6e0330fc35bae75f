// `npm run local-servers`: the local SSM and Kubernetes servers in the
// foreground, on fixed ports, seeded for `.env.example`, so that after
// `cp .env.example .env` the command `npm run local-action` runs a gated
// rotation (and its post step) against them. Ctrl-C stops both.
//
// Fixed ports 45830 (SSM) and 45831 (Kubernetes) sit above the usual
// development ports; the test suite's servers take free ports (port 0), so they
// never collide with these. LOCAL_SSM_PORT and LOCAL_KUBE_PORT override them
// (then change .env to match).
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleObjects } from './kube/fixtures.ts';
import { startKubeServer } from './kube/server.ts';
import { startSsmServer } from './ssm/server.ts';
import { LOCAL_PORTS, LOCAL_WORLD } from './local-run-world.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    process.stderr.write(`${name} must be a port from 1 to 65535, got "${raw ?? ''}".\n`);
    process.exit(2);
  }
  return value;
};

const ssmPort = port('LOCAL_SSM_PORT', LOCAL_PORTS.ssm);
const kubePort = port('LOCAL_KUBE_PORT', LOCAL_PORTS.kube);
const w = LOCAL_WORLD;

let ssm: Awaited<ReturnType<typeof startSsmServer>>;
let kube: Awaited<ReturnType<typeof startKubeServer>>;
try {
  ssm = await startSsmServer({ port: ssmPort, region: w.region });
  kube = await startKubeServer({
    port: kubePort,
    ssm: { endpoint: ssm.url, region: w.region, credentials: { accessKeyId: 'AKIDLOCALESO', secretAccessKey: 'local' } },
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `Cannot start the local servers (${message}): is another \`npm run local-servers\` running? Stop it, or set LOCAL_SSM_PORT and LOCAL_KUBE_PORT.\n`,
  );
  process.exit(1);
}

// The token the first rotation replaces, as if minted by an earlier run, synced into the cluster.
ssm.store.seed({ Name: w.parameterName, Value: randomBytes(32).toString('base64url'), Type: 'SecureString', Labels: ['current'] });
for (const object of exampleObjects({
  parameterName: w.parameterName,
  namespace: w.namespace,
  externalSecretName: w.externalSecret,
  workloadName: w.workload,
})) {
  kube.store.apply(object);
}
const kubeconfigPath = join(root, w.kubeconfig);
await mkdir(dirname(kubeconfigPath), { recursive: true });
await kube.writeKubeconfig(kubeconfigPath);

const env = [
  `AWS_ENDPOINT_URL_SSM=${ssm.url}`,
  `AWS_ACCESS_KEY_ID=${w.accessKeyId}`,
  `AWS_SECRET_ACCESS_KEY=${w.secretAccessKey}`,
  `AWS_REGION=${w.region}`,
  `KUBECONFIG=${relative(process.cwd(), kubeconfigPath) || kubeconfigPath}`,
];
process.stdout.write(
  [
    `local SSM listening on ${ssm.url} (parameter ${w.parameterName})`,
    `local Kubernetes listening on ${kube.url} (ExternalSecret ${w.namespace}/${w.externalSecret}, Deployment ${w.namespace}/${w.workload})`,
    'Environment for the action (.env.example holds it; any AWS credentials work here):',
    ...env.map((line) => `  ${line}`),
    'Ready: in another terminal, cp .env.example .env && npm run local-action. Ctrl-C stops the servers.',
    '',
  ].join('\n'),
);

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`${signal}: stopping the local servers\n`);
  Promise.all([kube.close(), ssm.close()]).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`error while stopping: ${String(error)}\n`);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => {
  stop('SIGINT');
});
process.on('SIGTERM', () => {
  stop('SIGTERM');
});
