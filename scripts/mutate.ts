// Mutation testing, one module at a time (docs/TESTING.md).
//   npm run mutate               every module in stryker.config.mjs
//   npm run mutate:ci            the pure modules only (what .ci/run runs)
//   npm run mutate -- token      the named modules
//   npm run mutate -- --force    every mutant, not only those the incremental files do not cover
// Each run reuses and rewrites mutate/incremental/<module>.json (Stryker's incremental mode).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface ModuleEntry {
  readonly mutate: string;
  readonly tests: readonly string[];
  readonly break: number;
  readonly ci: boolean;
}
// The module table lives in the Stryker config, so both read the same list.
const config = (await import(pathToFileURL('stryker.config.mjs').href)) as { MODULES: Record<string, ModuleEntry> };
const modules = config.MODULES;

const args = process.argv.slice(2);
const ciOnly = args.includes('--ci');
const force = args.includes('--force');
const unknownFlags = args.filter((arg) => arg.startsWith('--') && arg !== '--ci' && arg !== '--force');
if (unknownFlags.length > 0) throw new Error(`unknown option ${unknownFlags.join(' ')}: use --ci, --force or module names`);
const named = args.filter((arg) => !arg.startsWith('--'));
for (const name of named) {
  if (!(name in modules)) throw new Error(`unknown module ${name}: use one of ${Object.keys(modules).join(', ')}`);
}
const selected = Object.entries(modules).filter(([name, entry]) => (named.length > 0 ? named.includes(name) : !ciOnly || entry.ci));

interface MutantResult {
  readonly status: string;
}
interface Report {
  readonly files: Record<string, { readonly mutants: readonly MutantResult[] }>;
}

/** Stryker's mutation score: detected / (detected + undetected); mutants that do not compile do not count. */
function score(report: Report): { score: number; counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
  }
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const undetected = (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return { score: detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected), counts };
}

/**
 * A mutant result as the committed incremental file keeps it: Stryker reads back only `files` and `testFiles`
 * (paths relative to the working directory), so the absolute `projectRoot` and the run's `config` go; the
 * sandbox paths in the failure texts become relative; keys are sorted, test id lists ordered and empty
 * `killedBy` lists dropped, because a reused result comes back in another order. So the file is the same in
 * every clone, and a run that changes nothing leaves it as it was.
 */
function canonical(value: unknown, key = ''): unknown {
  if (typeof value === 'string' && key === 'statusReason') {
    return value
      .split(`${process.cwd()}/`)
      .join('')
      .replace(/\.stryker-tmp\/sandbox-[A-Za-z0-9]+\//g, '');
  }
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => canonical(item));
    return key === 'coveredBy' || key === 'killedBy' ? items.sort((a, b) => Number(a) - Number(b)) : items;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([name, item]) => !(name === 'killedBy' && Array.isArray(item) && item.length === 0))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, item]) => [name, canonical(item, name)]),
    );
  }
  return value;
}

function normaliseIncrementalFile(file: string): void {
  if (!existsSync(file)) return;
  const { projectRoot: _root, config: _config, ...kept } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, `${JSON.stringify(canonical(kept), null, 2)}\n`);
}

mkdirSync('mutate', { recursive: true });
mkdirSync('reports/mutation', { recursive: true });
const rows: string[] = [];
let failed = false;
const started = Date.now();
for (const [name, entry] of selected) {
  // Type-check only the mutated module and its tests: the whole project takes far longer per mutant.
  writeFileSync(
    `mutate/tsconfig.${name}.json`,
    `${JSON.stringify({ extends: '../tsconfig.json', include: [], files: [`../${entry.mutate}`, ...entry.tests.map((t) => `../${t}`)] }, null, 2)}\n`,
  );
  const t = Date.now();
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATE_MODULE: name, ...(force ? { MUTATE_FORCE: '1' } : {}) },
  });
  const seconds = Math.round((Date.now() - t) / 1000);
  normaliseIncrementalFile(`mutate/incremental/${name}.json`);
  let line: string;
  try {
    const { score: value, counts } = score(JSON.parse(readFileSync(`reports/mutation/${name}.json`, 'utf8')) as Report);
    const ok = value >= entry.break && run.status === 0;
    if (!ok) failed = true;
    line = `${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(15)} ${entry.mutate.padEnd(28)} ${value.toFixed(2).padStart(6)}% (break ${entry.break}%) ${JSON.stringify(counts)} ${seconds}s`;
  } catch (error) {
    failed = true;
    line = `FAIL ${name.padEnd(15)} ${entry.mutate.padEnd(28)} no report (${(error as Error).message}) ${seconds}s`;
  }
  rows.push(line);
  console.log(line);
}
const summary = [`mutation scores, ${new Date().toISOString()}, ${Math.round((Date.now() - started) / 1000)}s in all`, ...rows].join('\n');
writeFileSync('reports/mutation/summary.txt', `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed ? 1 : 0);
