import { execFile, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { privateNetworkCommand } from './private-network.ts';
import { startHostRelays } from './relay.ts';
import { innerPortMap, versionCommand, versionFrom } from './spec.ts';
import type { ComponentSpec } from './spec.ts';

/**
 * Starts one component spec against a running API server, in its own network namespace, and waits until it
 * is ready. The fixture that owns the control plane calls this for each optional controller it was asked for.
 */

const LAUNCHER = join(import.meta.dirname, 'relay.ts');
/** How much of the program's output to keep for an error message. */
const KEEP = 8000;

export interface StartOptions {
  /** Folder of the built binaries (.e2e-cache/bin). */
  readonly binDir: string;
  readonly kubeconfig: string;
  /** The API server's port on 127.0.0.1, as in the kubeconfig's server URL. */
  readonly apiPort: number;
  /** Where the component keeps its own state (Reloader's meta-info ConfigMap, Argo's ConfigMap). */
  readonly namespace: string;
  /** A short folder of this run for the relay sockets. */
  readonly socketDir: string;
  readonly readyTimeoutMs: number;
  /** Receives every chunk of the program's output (to a log file, say). */
  readonly onOutput?: (chunk: string) => void;
}

export interface StartedComponent {
  readonly name: string;
  readonly pid: number;
  /** 127.0.0.1 ports on the host reaching the program's inner ports, by name. */
  readonly hostPorts: Readonly<Record<string, number>>;
  readonly readySeconds: number;
  /** The last output, for a failure message. */
  output(): string;
  /** SIGTERM, then the exit code (128 + signal number when a signal ended it); SIGKILL to its group after the grace period. */
  stop(graceMs?: number): Promise<number | null>;
  /** SIGKILL to its whole process group at once, synchronously: for Ctrl-C and process exit. */
  killNow(): void;
}

const signalGroup = (pid: number | undefined, signal: NodeJS.Signals): void => {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
};

const delay = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1000) })).status === 200;
  } catch {
    return false;
  }
}

export async function startComponent(spec: ComponentSpec, options: StartOptions): Promise<StartedComponent> {
  mkdirSync(options.socketDir, { recursive: true });
  const inner = innerPortMap(spec);
  const plan = { apiPort: options.apiPort, innerPorts: inner, socketDir: options.socketDir };
  const relays = await startHostRelays(plan);
  const command = privateNetworkCommand(plan, process.execPath, LAUNCHER, [join(options.binDir, spec.binary), ...spec.args(options.kubeconfig, inner)]);
  const started = performance.now();
  const child = spawn(command[0] ?? 'unshare', command.slice(1), {
    env: { ...process.env, ...spec.env(options.kubeconfig, options.namespace) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group (unshare execs sh, which execs the launcher, which starts the program), so
    // killNow() reaches the program too, and a terminal's Ctrl-C goes to the owner, which stops it.
    detached: true,
  });
  let kept = '';
  const onData = (chunk: Buffer): void => {
    const text = chunk.toString();
    kept = (kept + text).slice(-KEEP);
    options.onOutput?.(text);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((done) => {
    child.on('exit', (code) => {
      void relays.close().then(() => {
        done(code);
      });
    });
  });
  const state = { gone: false };
  void exited.then(() => (state.gone = true));
  const killNow = (): void => {
    signalGroup(child.pid, 'SIGKILL');
  };
  const stop = async (graceMs = 5000): Promise<number | null> => {
    if (!state.gone) child.kill('SIGTERM');
    const timer = setTimeout(killNow, graceMs);
    const code = await exited;
    clearTimeout(timer);
    // Whatever is left in its group.
    killNow();
    return code;
  };

  const ready = spec.ready;
  const deadline = started + options.readyTimeoutMs;
  for (;;) {
    if ('logLine' in ready ? ready.logLine.test(kept) : await answers(`http://127.0.0.1:${String(relays.ports[ready.port])}${ready.path}`)) break;
    if (state.gone) throw new Error(`${spec.name} exited before it was ready (code ${String(await exited)}):\n${kept}`);
    if (performance.now() > deadline) {
      await stop();
      throw new Error(`${spec.name} was not ready within ${String(options.readyTimeoutMs)} ms:\n${kept}`);
    }
    await delay(100);
  }
  return {
    name: spec.name,
    pid: child.pid ?? 0,
    hostPorts: relays.ports,
    readySeconds: (performance.now() - started) / 1000,
    output: () => kept,
    stop,
    killNow,
  };
}

const run = promisify(execFile);

/** The version the built binary reports; refused when it is not the release the module pins. */
export async function checkedVersion(spec: ComponentSpec, binDir: string, cwd: string): Promise<string> {
  const [program = '', ...args] = versionCommand(spec, join(binDir, spec.binary));
  const { stdout, stderr } = await run(program, args, { cwd });
  const version = versionFrom(spec, stdout || stderr);
  if (version === undefined || !spec.expectedVersion.test(version)) {
    throw new Error(`${spec.name} reports version ${version ?? '(none)'}, not the pinned release ${String(spec.expectedVersion)}.`);
  }
  return version;
}
