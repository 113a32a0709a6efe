// Mutation testing (npm run mutation) runs the unit tests alone: not the end-to-end suites, which
// spawn dist/ (built from the unmutated src/), nor the check that dist/ is fresh (globalSetup).
import base from './jest.config.js'

const { globalSetup: _freshDist, ...config } = base

export default {
  ...config,
  testMatch: [
    '<rootDir>/__tests__/trust.test.ts',
    '<rootDir>/__tests__/{inputs,platform,run,report}/**/*.test.ts'
  ],
  // A fixed seed (FC_SEED, set by stryker.config.mjs) for every property test.
  setupFiles: ['<rootDir>/__tests__/support/fast-check-setup.ts']
}
