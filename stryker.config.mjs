// @ts-check
// Mutation testing of the rule modules, against the unit tests alone: npm run mutation (hours on
// 2 cores the first time; later runs retest only what changed). One module at a time, as while
// writing its tests: npm run mutation -- --mutate src/inputs/host.ts

// Property tests run with one fixed seed, so that chance never decides whether a mutant is killed.
// The test runners are child processes and inherit it. FC_SEED=… npm run mutation overrides it.
process.env.FC_SEED ??= '20240717'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.stryker.config.js' },
  // jest runs the suites as native ES modules, as npm run test:jest does.
  testRunnerNodeArgs: ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning'],
  // ESM jest leaks memory in a reused runner (about 150 MiB a mutant): start a fresh one every 15
  // mutants, which keeps each under 3 GiB and spends less time starting runners than every 6.
  maxTestRunnerReuse: 15,
  // A static mutant (module-level code: constants, tables) reruns every unit test and takes most
  // of a run's time; the rules themselves are in functions, which perTest coverage runs alone.
  ignoreStatic: true,
  concurrency: 2,
  // Stryker's own allowance (5 s over 1.5× a mutant's tests' time in the dry run). A third of the
  // secret matcher's mutants loop for ever (a cursor that no longer moves): each costs this.
  timeoutMS: 5_000,
  coverageAnalysis: 'perTest',
  // The rule modules, the trust boundary and the run's budget. A full run is about 2,500 mutants,
  // hours on 2 cores: run one module at a time (npm run mutation -- --mutate src/run/pacer.ts) so
  // that each run's results land in the incremental file, and commit it.
  mutate: [
    'src/trust.ts',
    'src/secret-matching.ts',
    'src/json/*.ts',
    'src/inputs/parse-inputs.ts',
    'src/inputs/table-name.ts',
    'src/inputs/host.ts',
    'src/inputs/partition.ts',
    'src/inputs/dbt*.ts',
    'src/inputs/path-glob.ts',
    'src/inputs/nearest-names.ts',
    'src/platform/verdict.ts',
    'src/platform/retry-policy.ts',
    'src/run/throttle.ts',
    'src/run/pacer.ts',
    'src/run/retry-loop.ts',
    'src/run/plan-watch.ts',
    'src/run/freshness.ts',
    'src/run/refusal-watch.ts',
    'src/run/run-budget.ts'
  ],
  // Only mutants in changed code, or whose tests changed, run again. The incremental file is
  // committed (outside the git-ignored reports/; prettier leaves it as Stryker writes it), so that
  // a fresh clone retests only what changed since it was last committed, not every mutant.
  incremental: true,
  incrementalFile: 'stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp'
}
