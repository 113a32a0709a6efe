// ESM mode: @actions/core 3 and @actions/http-client 4 ship only ES modules, so the suites run as
// native ES modules (node --experimental-vm-modules) instead of being transpiled to CommonJS.
export default {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  globalSetup: '<rootDir>/__tests__/support/global-setup.js',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  clearMocks: true,
  testTimeout: 30000
}
