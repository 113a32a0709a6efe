// ESM mode: @actions/core 3 and @actions/http-client 4 ship only ES modules, so the suites run as
// native ES modules (node --experimental-vm-modules) instead of being transpiled to CommonJS.
export default {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // No globalSetup: the suites that run dist/ check that it is fresh themselves (see
  // __tests__/support/fresh-dist.ts), so unit tests run while dist/ is not yet rebuilt.
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  clearMocks: true,
  // One fast-check seed a file, printed on failure: FC_SEED=<seed> replays it.
  setupFiles: ['<rootDir>/__tests__/support/fast-check-setup.ts'],
  testTimeout: 30000
}
