import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * Runs the bundled action as the GitHub runner does: inputs as INPUT_*
 * variables (hyphens kept, action.yml defaults applied), the file commands
 * GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY, and for the post step
 * the saved state as STATE_* variables.
 */

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunOptions {
  /** Inputs by their action.yml names; unset ones get the action.yml default. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Extra environment (AWS endpoint, credentials, KUBECONFIG ...). */
  readonly env?: Readonly<Record<string, string>>;
  /** State saved by an earlier main step: makes this run the `post:` step. */
  readonly state?: Readonly<Record<string, string>>;
  /** Send a signal when a printed line matches, as a cancelled job or a lost runner would. */
  readonly interrupt?: {
    readonly when: RegExp;
    readonly signal: NodeJS.Signals;
    readonly afterMs?: number;
    /**
     * Cancel as the runner does: after the signal, SIGTERM if the process is
     * still running 7.5 s later, then SIGKILL 2.5 s after that.
     */
    readonly escalate?: boolean;
  };
  readonly entry?: string;
  readonly timeoutMs?: number;
}

export interface ActionRun {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly state: Record<string, string>;
  readonly summary: string;
  /** The raw text of every file the step wrote (for leak searches). */
  readonly files: Record<string, string>;
  readonly durationMs: number;
  /** The signals sent to the process and when, in ms from its start. */
  readonly signalsSent: readonly { readonly signal: NodeJS.Signals; readonly atMs: number }[];
}

interface ActionYaml {
  inputs?: Record<string, { default?: string | number | boolean }>;
}

let defaults: Record<string, string> | undefined;

export async function actionDefaults(): Promise<Record<string, string>> {
  if (!defaults) {
    const action = parse(await readFile(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as ActionYaml;
    defaults = Object.fromEntries(
      Object.entries(action.inputs ?? {})
        .filter(([, spec]) => spec.default !== undefined)
        .map(([name, spec]) => [name, String(spec.default)]),
    );
  }
  return defaults;
}

/** The runner's names: INPUT_ + upper case, spaces to underscores, hyphens kept. */
export const inputVariable = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** Parses the `name<<DELIMITER ... DELIMITER` and `name=value` forms of a file command. */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i] ?? '');
      values[name] = body.join('\n');
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'rotate-deploy-token-run-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
  };
  for (const file of Object.values(files)) await writeFile(file, '');
  const inputs = { ...(await actionDefaults()), ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: dir,
    GITHUB_RUN_ID: '1000',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: dir,
    ...files,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputVariable(name), value])),
    ...Object.fromEntries(Object.entries(options.state ?? {}).map(([name, value]) => [`STATE_${name}`, value])),
    ...options.env,
  };
  const started = performance.now();
  const child = spawn(process.execPath, [options.entry ?? join(PROJECT_ROOT, 'dist', 'index.js')], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let interrupted = false;
  let exited = false;
  const signalsSent: { signal: NodeJS.Signals; atMs: number }[] = [];
  const escalation: NodeJS.Timeout[] = [];
  const send = (signal: NodeJS.Signals): void => {
    if (exited) return;
    signalsSent.push({ signal, atMs: performance.now() - started });
    child.kill(signal);
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (options.interrupt && !interrupted && options.interrupt.when.test(stdout)) {
      interrupted = true;
      const { signal, afterMs, escalate } = options.interrupt;
      escalation.push(
        setTimeout(() => {
          send(signal);
          if (!escalate) return;
          escalation.push(
            setTimeout(() => {
              send('SIGTERM');
            }, 7500),
          );
          escalation.push(
            setTimeout(() => {
              send('SIGKILL');
            }, 10_000),
          );
        }, afterMs ?? 0),
      );
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  child.on('exit', () => (exited = true));
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.on('close', (code, sig) => {
      done([code, sig]);
    }),
  );
  clearTimeout(timer);
  for (const pending of escalation) clearTimeout(pending);
  const durationMs = performance.now() - started;
  const written: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) written[name] = await readFile(file, 'utf8');
  await rm(dir, { recursive: true, force: true });
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommand(written.GITHUB_OUTPUT ?? ''),
    state: parseFileCommand(written.GITHUB_STATE ?? ''),
    summary: written.GITHUB_STEP_SUMMARY ?? '',
    files: written,
    durationMs,
    signalsSent,
  };
}

/** Runs the main step, then the post step with the state the main step saved, as the runner does. */
export async function runWithPost(options: RunOptions): Promise<{ main: ActionRun; post: ActionRun }> {
  const main = await runAction(options);
  const { interrupt: _interrupt, ...rest } = options;
  const post = await runAction({ ...rest, state: main.state });
  return { main, post };
}

const unescapeCommandData = (data: string): string => data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

/** The values a step asked the runner to mask (`::add-mask::VALUE`). */
export function maskedValues(stdout: string): string[] {
  return [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) => unescapeCommandData(m[1] ?? '')).filter((v) => v !== '');
}

/** The log as the runner shows it: add-mask commands hidden, masked values replaced by ***. */
export function runnerLog(stdout: string): string {
  const secrets = maskedValues(stdout).sort((a, b) => b.length - a.length);
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .map((line) => secrets.reduce((text, secret) => text.split(secret).join('***'), line))
    .join('\n');
}
