import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BIN, GO_COMPONENTS, MOTO_REQUIREMENT, MOTO_VENV, OPTIONAL_GO_COMPONENTS, binary, buildFailureFile, moduleDir } from './components.ts';
import type { GoComponent } from './components.ts';

/**
 * Builds the e2e tier's components once per machine: each Go module of e2e/go/ into .e2e-cache/bin/
 * (again only when its go.mod, go.sum or build flags change), and moto into a virtual environment.
 * Prints each component's version as the binary reports it and how long each build took.
 */

const run = promisify(execFile);

/** Runs a command with its output streamed to this process's stderr, so a long build shows progress. */
function stream(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done();
      else fail(new Error(`${command} ${args.join(' ')} exited with ${code} in ${cwd}`));
    });
  });
}

async function goVersion(): Promise<string> {
  return (await run('go', ['env', 'GOVERSION'])).stdout.trim();
}

/** The stamp that says a binary was built from exactly these module files, flags and Go release. */
async function stampOf(component: GoComponent, go: string): Promise<string> {
  const dir = moduleDir(component.module);
  const hash = createHash('sha256');
  for (const file of ['go.mod', 'go.sum']) hash.update(await readFile(join(dir, file)));
  hash.update([go, component.ldflags, ...component.packages].join('\n'));
  return hash.digest('hex');
}

const stampFile = (component: GoComponent): string => join(BIN, `.${component.module}.stamp`);

async function isCurrent(component: GoComponent, stamp: string): Promise<boolean> {
  if (!component.binaries.every((name) => existsSync(binary(name)))) return false;
  return existsSync(stampFile(component)) && (await readFile(stampFile(component), 'utf8')) === stamp;
}

export async function buildGo(component: GoComponent, go: string): Promise<{ built: boolean; seconds: number }> {
  const stamp = await stampOf(component, go);
  if (await isCurrent(component, stamp)) return { built: false, seconds: 0 };
  const started = performance.now();
  // GOTOOLCHAIN=local: use the installed Go; the module proxy is for modules, not toolchains.
  const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=readonly' };
  await stream('go', ['build', '-trimpath', '-ldflags', component.ldflags, '-o', `${BIN}/`, ...component.packages], moduleDir(component.module), env);
  await writeFile(stampFile(component), stamp);
  return { built: true, seconds: (performance.now() - started) / 1000 };
}

/** The version line(s) the binary itself prints. */
export async function reportedVersion(component: GoComponent): Promise<string> {
  const path = binary(component.binaries[0] ?? '');
  if ('args' in component.version) {
    const { stdout, stderr } = await run(path, [...component.version.args]);
    return (stdout || stderr).trim().split('\n')[0] ?? '';
  }
  const { stdout } = await run('go', ['version', '-m', path]);
  const module = component.version.module;
  // `mod` (the main module) or `dep` lines: kind, path, version, sum.
  const fields = stdout
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .find(([kind, path]) => (kind === 'mod' || kind === 'dep') && path === module);
  return fields ? `${module} ${fields[2] ?? ''}` : `${module} (not found in go version -m)`;
}

const motoServer = join(MOTO_VENV, 'bin', 'moto_server');
const motoStamp = join(MOTO_VENV, '.requirement');

export async function buildMoto(): Promise<{ built: boolean; seconds: number }> {
  if (existsSync(motoServer) && existsSync(motoStamp) && (await readFile(motoStamp, 'utf8')) === MOTO_REQUIREMENT) return { built: false, seconds: 0 };
  const started = performance.now();
  try {
    await stream('python3', ['-m', 'venv', '--clear', MOTO_VENV], BIN);
  } catch (error) {
    throw new Error(`python3 -m venv failed (${(error as Error).message}): install python3 and python3-venv (apt-get install python3-venv).`, { cause: error });
  }
  await stream(join(MOTO_VENV, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', MOTO_REQUIREMENT], BIN);
  await writeFile(motoStamp, MOTO_REQUIREMENT);
  return { built: true, seconds: (performance.now() - started) / 1000 };
}

export async function motoVersion(): Promise<string> {
  const { stdout } = await run(join(MOTO_VENV, 'bin', 'python'), ['-c', 'import moto; print(moto.__version__)']);
  return `moto ${stdout.trim()}`;
}

const timing = (result: { built: boolean; seconds: number }): string => (result.built ? `built in ${result.seconds.toFixed(0)} s` : 'cached');

/**
 * An optional controller: built and its version printed like the others, but a failure only logs which and
 * why (and leaves the reason in buildFailureFile for the world), so the other scenarios still run.
 */
async function buildOptional(component: GoComponent, go: string, log: (line: string) => void): Promise<void> {
  const name = component.binaries.join(', ');
  log(`e2e build: ${name} from e2e/go/${component.module} (optional) ...`);
  try {
    const result = await buildGo(component, go);
    const version = await reportedVersion(component);
    await rm(buildFailureFile(component.module), { force: true });
    log(`e2e build: ${name}: ${version} (${timing(result)})`);
  } catch (error) {
    const reason = `the build of ${name} from e2e/go/${component.module} failed: ${error instanceof Error ? error.message : String(error)}`;
    await writeFile(buildFailureFile(component.module), reason);
    log(`e2e build: ${reason}; the scenarios that need it will be skipped.`);
  }
}

export async function buildAll(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<void> {
  await mkdir(BIN, { recursive: true });
  const go = await goVersion();
  log(`e2e build: ${go}, output ${BIN}`);
  // One build at a time: each go build already uses every core.
  for (const component of GO_COMPONENTS) {
    log(`e2e build: ${component.binaries.join(', ')} from e2e/go/${component.module} ...`);
    const result = await buildGo(component, go);
    log(`e2e build: ${component.binaries.join(', ')}: ${await reportedVersion(component)} (${timing(result)})`);
  }
  for (const component of OPTIONAL_GO_COMPONENTS) await buildOptional(component, go, log);
  log(`e2e build: moto (${MOTO_REQUIREMENT}) ...`);
  const moto = await buildMoto();
  log(`e2e build: ${await motoVersion()} (${timing(moto)})`);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  buildAll().catch((error: unknown) => {
    process.stderr.write(`e2e build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
