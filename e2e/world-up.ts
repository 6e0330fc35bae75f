import { start } from './world/world.ts';

/** `node e2e/world-up.ts`: starts the e2e world, prints its facts, and stops it on Ctrl-C (for trying things by hand). */

const world = await start();
process.stdout.write(`${JSON.stringify(world.facts, null, 2)}\n`);
process.stdout.write(`KUBECONFIG=${world.facts.adminKubeconfig} AWS_ENDPOINT_URL_SSM=${world.facts.ssmEndpoint}\nCtrl-C stops it.\n`);
const stop = (): void => {
  void world.stop().then(() => process.exit(0));
};
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
