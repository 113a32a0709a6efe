// @ts-check
// Mutation testing of the rule modules, against the unit tests alone: npm run mutation (about
// 20-30 minutes on 2 cores the first time; later runs retest only what changed). While writing
// tests for one module: npm run mutation -- --mutate src/inputs/host.ts

// Property tests run with one fixed seed, so that chance never decides whether a mutant is killed.
// The test runners are child processes and inherit it. FC_SEED=… npm run mutation overrides it.
process.env.FC_SEED ??= '20240717'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.stryker.config.js' },
  // jest runs the suites as native ES modules, as npm run test:jest does.
  testRunnerNodeArgs: ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning'],
  // ESM jest leaks memory in a reused runner: start a fresh one every few mutants.
  maxTestRunnerReuse: 6,
  concurrency: 2,
  // A mutant in module-level code reruns every unit test; on a busy machine that can take longer
  // than the dry run did, and a false timeout would count as a kill.
  timeoutMS: 15_000,
  coverageAnalysis: 'perTest',
  mutate: [
    'src/trust.ts',
    'src/inputs/parse-inputs.ts',
    'src/inputs/table-name.ts',
    'src/inputs/host.ts',
    'src/run/throttle.ts',
    'src/inputs/dbt*.ts',
    'src/platform/verdict.ts',
    'src/inputs/partition.ts',
    'src/platform/retry-policy.ts'
  ],
  // Only mutants in changed code, or whose tests changed, run again (reports/ is git-ignored).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp'
}
