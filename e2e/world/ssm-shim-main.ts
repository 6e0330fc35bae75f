import { startSsmShim } from './ssm-shim.ts';

/** `node ssm-shim-main.ts PORT UPSTREAM`: the shim as a process of its own, started and stopped like the other components. */

const [port = '', upstream = ''] = process.argv.slice(2);
const shim = await startSsmShim(upstream, Number(port));
process.stdout.write(`ssm shim listening on ${shim.url}, forwarding to ${upstream}\n`);
const stop = (): void => {
  void shim.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
