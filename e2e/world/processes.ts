import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * The processes of the e2e world: each started in its own process group with its output in a log
 * file, waited on through its readiness endpoint or a line it logs (never a fixed sleep), and
 * stopped with its whole group.
 */

export interface Readiness {
  /** An http(s) URL that answers 200 once the component is ready (TLS not verified: loopback, our own certs). */
  readonly url?: string;
  /** A bearer token for the URL. */
  readonly token?: string;
  /** A line of the component's log that says it is ready. */
  readonly logLine?: RegExp;
}

/** One component to start: also the shape an optional extra controller is plugged in with. */
export interface ComponentSpec {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly ready: Readiness;
  /** How long it may take to become ready. */
  readonly readyTimeoutMs?: number;
}

export interface RunningComponent {
  readonly name: string;
  readonly pid: number;
  readonly logFile: string;
  readonly child: ChildProcess;
}

/** A port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        done(port);
      });
    });
  });
}

/** One GET; resolves with the status code, or 0 when nothing answers. */
function probe(url: string, token?: string): Promise<number> {
  return new Promise((done) => {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const get = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = get(url, { method: 'GET', headers, rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => {
      done(0);
    });
    req.end();
  });
}

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

async function tail(file: string, lines = 40): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').slice(-lines).join('\n');
}

/** Waits until the component is ready; fails with the tail of its log when it exits or the deadline passes. */
async function waitReady(running: RunningComponent, spec: ComponentSpec): Promise<void> {
  const deadline = Date.now() + (spec.readyTimeoutMs ?? 90_000);
  let exited: string | undefined;
  running.child.once('exit', (code, signal) => (exited = `exited with ${signal ?? code}`));
  for (;;) {
    if (exited) throw new Error(`${spec.name} ${exited} before it was ready; the end of ${running.logFile}:\n${await tail(running.logFile)}`);
    const urlReady = spec.ready.url === undefined || (await probe(spec.ready.url, spec.ready.token)) === 200;
    const lineReady = spec.ready.logLine === undefined || spec.ready.logLine.test(await readFile(running.logFile, 'utf8').catch(() => ''));
    if (urlReady && lineReady) return;
    if (Date.now() > deadline)
      throw new Error(
        `${spec.name} was not ready within ${(spec.ready.url ?? '') || String(spec.ready.logLine)}; the end of ${running.logFile}:\n${await tail(running.logFile)}`,
      );
    await pause(200);
  }
}

export async function startComponent(spec: ComponentSpec, logDir: string): Promise<RunningComponent> {
  const logFile = join(logDir, `${spec.name}.log`);
  const log = createWriteStream(logFile);
  await new Promise((done) => log.once('open', done));
  // detached: its own process group, so stop() reaches every child it starts (moto's workers, go's).
  const child = spawn(spec.command, spec.args, { env: { ...process.env, ...spec.env }, detached: true, stdio: ['ignore', log, log] });
  if (child.pid === undefined) throw new Error(`${spec.name}: could not start ${spec.command}`);
  const running = { name: spec.name, pid: child.pid, logFile, child };
  track(running);
  await waitReady(running, spec);
  return running;
}

const live = new Set<RunningComponent>();

function track(running: RunningComponent): void {
  live.add(running);
  running.child.once('exit', () => live.delete(running));
}

const signalGroup = (pid: number, signal: NodeJS.Signals): void => {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
};

/** Stops a component's whole process group: SIGTERM, then SIGKILL after the grace period. */
export async function stopComponent(running: RunningComponent, graceMs = 5000): Promise<void> {
  if (running.child.exitCode !== null || running.child.signalCode !== null) {
    signalGroup(running.pid, 'SIGKILL');
    return;
  }
  const exited = new Promise<void>((done) =>
    running.child.once('exit', () => {
      done();
    }),
  );
  signalGroup(running.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    signalGroup(running.pid, 'SIGKILL');
  }, graceMs);
  await exited;
  clearTimeout(timer);
  // Whatever the leader left behind in its group.
  signalGroup(running.pid, 'SIGKILL');
}

/** Kills every component still running, synchronously: for process exit and signal handlers. */
export function killAllNow(): void {
  for (const running of live) signalGroup(running.pid, 'SIGKILL');
}

export const runningComponents = (): readonly RunningComponent[] => [...live];
