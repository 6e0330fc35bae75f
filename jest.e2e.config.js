// The e2e tier (npm run test:e2e): the bundled action against a real control plane, ESO and moto
// started once for the run by e2e/setup.ts. One file at a time: the scenarios share the cluster.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/e2e/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/.stryker-tmp/', '<rootDir>/.e2e-cache/'],
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/', '<rootDir>/.e2e-cache/'],
  globalSetup: '<rootDir>/e2e/setup.mjs',
  globalTeardown: '<rootDir>/e2e/teardown.mjs',
  maxWorkers: 1,
  testTimeout: 300_000,
  collectCoverage: false,
};
