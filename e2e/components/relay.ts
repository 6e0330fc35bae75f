import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { constants } from 'node:os';
import type { Server, Socket } from 'node:net';
import { apiSocket, innerSocket, parseLauncherArgs } from './private-network.ts';
import type { PrivateNetworkPlan } from './private-network.ts';

/**
 * The I/O half of private-network.ts. Run as a program (`node relay.ts --connect … -- command …`) it is
 * the launcher inside the namespace: it opens the relays, then runs the command and exits with its code.
 * Imported, `startHostRelays` opens the host's side of the same relays.
 */

/** Forwards one accepted connection to a new connection; either side closing closes the other. */
function pipeTo(accepted: Socket, connect: () => Socket): void {
  const onward = connect();
  accepted.pipe(onward).pipe(accepted);
  const close = (): void => {
    accepted.destroy();
    onward.destroy();
  };
  accepted.on('error', close).on('close', close);
  onward.on('error', close).on('close', close);
}

type Target = { readonly port: number } | { readonly socket: string };
const connectTo = (target: Target) => (): Socket =>
  'port' in target ? createConnection({ host: '127.0.0.1', port: target.port }) : createConnection(target.socket);

interface Relay {
  readonly server: Server;
  /** Stops accepting and ends the connections in flight (a watch would otherwise hold close() forever). */
  close(): Promise<void>;
}

/** Listens on a TCP port of 127.0.0.1 (0: any free one) or on a socket path, forwarding to the target. */
function relay(listen: Target, target: Target): Promise<Relay> {
  return new Promise((done, fail) => {
    const open = new Set<Socket>();
    const server = createServer((accepted) => {
      open.add(accepted.on('close', () => open.delete(accepted)));
      pipeTo(accepted, connectTo(target));
    });
    const close = (): Promise<void> => {
      const closed = new Promise<void>((finished) =>
        server.close(() => {
          finished();
        }),
      );
      open.forEach((s) => s.destroy());
      return closed;
    };
    server.once('error', fail);
    const ready = (): void => {
      done({ server, close });
    };
    if ('port' in listen) server.listen(listen.port, '127.0.0.1', ready);
    else {
      rmSync(listen.socket, { force: true });
      server.listen(listen.socket, ready);
    }
  });
}

const closeAll = (relays: readonly Relay[]): Promise<void> => Promise.all(relays.map((r) => r.close())).then(() => undefined);

export interface HostRelays {
  /** The host port (on 127.0.0.1) reaching each inner port, by name. */
  readonly ports: Readonly<Record<string, number>>;
  close(): Promise<void>;
}

/** The host's side: the API server's socket, and a free 127.0.0.1 port for each inner port. */
export async function startHostRelays(plan: PrivateNetworkPlan): Promise<HostRelays> {
  const servers = [await relay({ socket: apiSocket(plan) }, { port: plan.apiPort })];
  const ports: Record<string, number> = {};
  for (const name of Object.keys(plan.innerPorts)) {
    const exposed = await relay({ port: 0 }, { socket: innerSocket(plan, name) });
    servers.push(exposed);
    const address = exposed.server.address();
    ports[name] = typeof address === 'object' && address !== null ? address.port : 0;
  }
  return { ports, close: () => closeAll(servers) };
}

async function launch(argv: readonly string[]): Promise<number> {
  const request = parseLauncherArgs(argv);
  const servers = [
    ...(await Promise.all(request.connect.map((c) => relay({ port: c.port }, { socket: c.socket })))),
    ...(await Promise.all(request.expose.map((e) => relay({ socket: e.socket }, { port: e.port })))),
  ];
  const [program = '', ...args] = request.command;
  const child = spawn(program, args, { stdio: 'inherit' });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((done) => {
    child.on('error', (error) => {
      process.stderr.write(`cannot start ${program}: ${error.message}\n`);
      done(127);
    });
    // A program ended by a signal exits as a shell reports it: 128 + the signal's number.
    child.on('exit', (exitCode, signal) => {
      done(exitCode ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
  await closeAll(servers);
  return code;
}

if (process.argv[1] === import.meta.filename) {
  launch(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
