// StrykerJS configuration, one module at a time: `npm run mutate` (scripts/mutate.ts)
// sets MUTATE_MODULE to a key of MODULES and runs Stryker once per module, with
// only the tests that exercise that module and a tsconfig that holds only them.

/**
 * Each module, the tests that exercise it in-process, and its break threshold
 * (the run fails below it). `ci: true` modules run in .ci/run (`npm run mutate:ci`).
 */
export const MODULES = {
  inputs: {
    mutate: 'src/inputs.ts',
    tests: ['__tests__/unit/inputs.test.ts', '__tests__/unit/inputs-edges.test.ts', '__tests__/unit/inputs-set.test.ts', '__tests__/unit/value-file.test.ts'],
    break: 90,
    ci: true,
  },
  'value-file': { mutate: 'src/value-file.ts', tests: ['__tests__/unit/value-file.test.ts'], break: 90, ci: false },
  token: { mutate: 'src/token.ts', tests: ['__tests__/unit/token.test.ts'], break: 90, ci: true },
  'rollout-status': {
    mutate: 'src/kube/rollout-status.ts',
    tests: ['__tests__/kube/rules.test.ts', '__tests__/unit/rollout-status.test.ts'],
    break: 90,
    ci: true,
  },
  durations: { mutate: 'src/kube/durations.ts', tests: ['__tests__/kube/rules.test.ts', '__tests__/unit/durations.test.ts'], break: 90, ci: true },
  'ssm-errors': { mutate: 'src/ssm/errors.ts', tests: ['__tests__/unit/ssm-errors.test.ts', '__tests__/unit/ssm-errors-explain.test.ts'], break: 90, ci: true },
  summary: { mutate: 'src/summary.ts', tests: ['__tests__/unit/summary.test.ts', '__tests__/unit/summary-set.test.ts'], break: 90, ci: true },
  journal: {
    mutate: 'src/journal.ts',
    tests: ['__tests__/unit/summary.test.ts', '__tests__/unit/summary-set.test.ts', '__tests__/unit/journal.test.ts'],
    break: 90,
    ci: true,
  },
  'write-token': { mutate: 'src/ssm/write-token.ts', tests: ['__tests__/unit/write-token.test.ts'], break: 80, ci: false },
  rollback: { mutate: 'src/rollback.ts', tests: ['__tests__/unit/rollback.test.ts'], break: 80, ci: false },
  // The ESO rules, pure since they left src/kube/externalsecrets.ts. In CI since mutation runs are incremental
  // (docs/TESTING.md has their full-run times).
  'eso-rules': { mutate: 'src/kube/eso-rules.ts', tests: ['__tests__/kube/eso-rules.test.ts'], break: 90, ci: true },
  'eso-target-rules': { mutate: 'src/kube/eso-target-rules.ts', tests: ['__tests__/kube/eso-rules.test.ts'], break: 90, ci: true },
  'sync-verdict': { mutate: 'src/kube/sync-verdict.ts', tests: ['__tests__/kube/sync-verdict.test.ts'], break: 90, ci: true },
};

const name = process.env.MUTATE_MODULE ?? 'token';
const module = MODULES[name];
if (!module) throw new Error(`MUTATE_MODULE ${name} is not one of: ${Object.keys(MODULES).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  // jest runs the suite as ES modules (see the `test` script).
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    config: { testMatch: module.tests.map((test) => `<rootDir>/${test}`), collectCoverage: false },
    enableFindRelatedTests: false,
  },
  coverageAnalysis: 'perTest',
  checkers: ['typescript'],
  tsconfigFile: `mutate/tsconfig.${name}.json`,
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [module.mutate],
  ignorePatterns: ['dist', 'coverage', 'reports', '.exp', 'demo', 'bench', 'examples', 'docs', '.e2e-cache'],
  thresholds: { high: 95, low: module.break, break: module.break },
  reporters: ['clear-text', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  // Incremental mode (docs/TESTING.md): the results of the last run are kept in the repository, one file per
  // module, and only mutants in changed code or covered by changed tests run again. Stryker stores the paths
  // relative to the working directory, so a file made in one clone serves any other. MUTATE_FORCE=1 (set by
  // `npm run mutate -- --force`) runs every mutant and rewrites the file.
  incremental: true,
  incrementalFile: `mutate/incremental/${name}.json`,
  force: process.env.MUTATE_FORCE === '1',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
  timeoutMS: 10_000,
};
