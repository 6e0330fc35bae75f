import { join } from 'node:path';

/**
 * Reloader and Argo Rollouts' controller bind their HTTP servers on every interface, with no flag to
 * narrow them (see reloader.ts and argo-rollouts.ts). The tier listens on 127.0.0.1 only, so each runs in
 * a network namespace of its own whose only interface is loopback: whatever it binds is unreachable
 * from outside the machine. Two relays join it to the host through Unix sockets, which live in the file
 * system and so cross network namespaces:
 * - outward: inside, 127.0.0.1:<API server port> → a socket → on the host, 127.0.0.1:<API server port>,
 *   so the kubeconfig (server https://127.0.0.1:<port>) and its certificate work unchanged;
 * - inward: on the host, 127.0.0.1:<free port> → a socket → inside, 127.0.0.1:<inner port>, for the
 *   readiness URL.
 * `unshare --user --map-root-user --net` (util-linux) needs no root where unprivileged user namespaces
 * are allowed; `ip` (iproute2) brings the namespace's loopback up (it starts down).
 */

export interface PrivateNetworkPlan {
  /** The API server's port on the host; the same port is opened inside. */
  readonly apiPort: number;
  /** Inner ports to reach from the host, by name. */
  readonly innerPorts: Readonly<Record<string, number>>;
  /** A folder of this run for the sockets (short: a socket path is limited to 107 bytes). */
  readonly socketDir: string;
}

export const apiSocket = (plan: PrivateNetworkPlan): string => join(plan.socketDir, 'api.sock');
export const innerSocket = (plan: PrivateNetworkPlan, name: string): string => join(plan.socketDir, `${name}.sock`);

/** The longest path a Unix socket may have on Linux (sun_path is 108 bytes with its terminating NUL). */
export const MAX_SOCKET_PATH = 107;

/** Arguments for relay.ts's in-namespace launcher: what to relay, then `--` and the command. */
export function launcherArgs(plan: PrivateNetworkPlan, command: readonly string[]): string[] {
  const args = ['--connect', `${String(plan.apiPort)}=${apiSocket(plan)}`];
  for (const [name, port] of Object.entries(plan.innerPorts)) args.push('--expose', `${innerSocket(plan, name)}=${String(port)}`);
  return [...args, '--', ...command];
}

/**
 * The whole command line: [program, ...args]. `node` and `launcher` are the paths of the Node binary and
 * of relay.ts. The shell brings loopback up, then becomes the launcher (exec), so signals reach it.
 */
export function privateNetworkCommand(plan: PrivateNetworkPlan, node: string, launcher: string, command: readonly string[]): string[] {
  const tooLong = [apiSocket(plan), ...Object.keys(plan.innerPorts).map((name) => innerSocket(plan, name))].find((p) => Buffer.byteLength(p) > MAX_SOCKET_PATH);
  if (tooLong !== undefined) throw new Error(`socket path ${tooLong} is longer than ${String(MAX_SOCKET_PATH)} bytes: use a shorter socketDir.`);
  return [
    'unshare',
    '--user',
    '--map-root-user',
    '--net',
    '--',
    'sh',
    '-c',
    'ip link set lo up && exec "$@"',
    'sh',
    node,
    launcher,
    ...launcherArgs(plan, command),
  ];
}

export interface LauncherRequest {
  /** Inside: listen on 127.0.0.1:port, forward each connection to the socket. */
  readonly connect: readonly { readonly port: number; readonly socket: string }[];
  /** Inside: listen on the socket, forward each connection to 127.0.0.1:port. */
  readonly expose: readonly { readonly socket: string; readonly port: number }[];
  readonly command: readonly string[];
}

function pair(flag: string, value: string | undefined): [string, string] {
  const at = value?.lastIndexOf('=') ?? -1;
  if (value === undefined || at <= 0 || at === value.length - 1) throw new Error(`${flag} takes a value of the form A=B; got ${value ?? 'nothing'}.`);
  return [value.slice(0, at), value.slice(at + 1)];
}

function portNumber(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${text} is not a TCP port (1-65535).`);
  return port;
}

/** Reads the launcher's arguments back (the inverse of launcherArgs). */
export function parseLauncherArgs(argv: readonly string[]): LauncherRequest {
  const connect: { port: number; socket: string }[] = [];
  const expose: { socket: string; port: number }[] = [];
  let i = 0;
  for (; i < argv.length && argv[i] !== '--'; i += 2) {
    const flag = argv[i] ?? '';
    if (flag === '--connect') {
      const [port, socket] = pair(flag, argv[i + 1]);
      connect.push({ port: portNumber(port), socket });
    } else if (flag === '--expose') {
      const [socket, port] = pair(flag, argv[i + 1]);
      expose.push({ socket, port: portNumber(port) });
    } else {
      throw new Error(`unknown launcher option ${flag}: the options are --connect PORT=SOCKET and --expose SOCKET=PORT, then -- and the command.`);
    }
  }
  const command = argv.slice(i + 1);
  if (command.length === 0) throw new Error('the launcher needs -- followed by the command to run.');
  return { connect, expose, command };
}
