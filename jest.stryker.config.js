// Mutation testing (npm run mutation) runs the unit tests alone: not the end-to-end suites, which
// spawn dist/ (built from the unmutated src/), nor main's in-process runs, the simulator's CLI or
// the checks of action.yml and the README. Nor the client's tests over nock: a mutant that breaks
// a request (a Basic header of `undefined`) makes nock throw outside any test, which ends the
// test runner's process and with it the whole mutation run.
import base from './jest.config.js'

/** Each mutated module's own unit tests (stryker.config.mjs sets the list), else every one. */
const ownTests = JSON.parse(process.env.MUTATION_TEST_FILES ?? '["**/*"]')

export default {
  ...base,
  testMatch: ownTests.map(name => `<rootDir>/__tests__/${name}.test.ts`),
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/__tests__/e2e/',
    '<rootDir>/__tests__/(main|main-crash|simulator|action-yml)\\.test\\.ts$',
    '<rootDir>/__tests__/platform/client\\.test\\.ts$'
  ]
  // base's setupFiles seed every property test: stryker.config.mjs fixes FC_SEED.
}
