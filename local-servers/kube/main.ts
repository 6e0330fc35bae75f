// CLI: npx node local-servers/kube/main.ts --port 0 --ssm-endpoint http://127.0.0.1:4583 --kubeconfig-out /tmp/kubeconfig

import { parseArgs } from 'node:util';

import { exampleObjects } from './fixtures.ts';
import { startKubeServer, type KubeServerOptions } from './server.ts';

const usage = `usage: main.ts [options]
  --port N                   port on 127.0.0.1 (default 0: any free port)
  --token TOKEN              bearer token (default: random)
  --user NAME                user the token authenticates as
  --kubeconfig-out PATH      write a kubeconfig for the server here
  --ssm-endpoint URL         SSM endpoint the simulated ESO reads
  --ssm-region REGION        region when a SecretStore names none (default us-east-1)
  --ms-per-replica N         rollout speed (default 100)
  --eso-delay-ms N           delay before each ESO sync (default 0)
  --bookmark-interval-ms N   watch bookmark interval (default 60000)
  --reloader                 run the simulated Stakater Reloader
  --seed-examples            create the example SecretStore, ExternalSecret and Deployment
  --help`;

const number = (value: string | undefined, flag: string): number | undefined => {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${flag} needs a non-negative number, got "${value}"`);
  return parsed;
};

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      token: { type: 'string' },
      user: { type: 'string' },
      'kubeconfig-out': { type: 'string' },
      'ssm-endpoint': { type: 'string' },
      'ssm-region': { type: 'string' },
      'ms-per-replica': { type: 'string' },
      'eso-delay-ms': { type: 'string' },
      'bookmark-interval-ms': { type: 'string' },
      reloader: { type: 'boolean' },
      'seed-examples': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const options: KubeServerOptions = {};
  const port = number(values.port, '--port');
  if (port !== undefined) options.port = port;
  if (values.token) options.token = values.token;
  if (values.user) options.user = values.user;
  if (values['ssm-endpoint'] || values['ssm-region']) {
    options.ssm = {
      ...(values['ssm-endpoint'] ? { endpoint: values['ssm-endpoint'] } : {}),
      ...(values['ssm-region'] ? { region: values['ssm-region'] } : {}),
    };
  }
  const msPerReplica = number(values['ms-per-replica'], '--ms-per-replica');
  if (msPerReplica !== undefined) options.workloads = { msPerReplica };
  const esoDelay = number(values['eso-delay-ms'], '--eso-delay-ms');
  if (esoDelay !== undefined) options.eso = { syncDelayMs: esoDelay };
  const bookmarkInterval = number(values['bookmark-interval-ms'], '--bookmark-interval-ms');
  if (bookmarkInterval !== undefined) options.watchBookmarkIntervalMs = bookmarkInterval;
  if (values.reloader) options.reloader = { enabled: true };
  if (values['seed-examples']) options.seed = exampleObjects();

  const server = await startKubeServer(options);
  console.log(server.url);
  const kubeconfigPath = values['kubeconfig-out'];
  if (kubeconfigPath) {
    await server.writeKubeconfig(kubeconfigPath);
    console.log(`kubeconfig written to ${kubeconfigPath}`);
  }
  console.log(`control API: ${server.url}/_local/state`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
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
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(usage);
  process.exit(2);
});
