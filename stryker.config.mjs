// @ts-check
// Mutation testing of the rule modules, against the unit tests alone: npm run mutation runs
// Stryker once per module of UNIT_TESTS (script/mutation.js; hours on 2 cores the first time,
// later runs retest only what changed). One module, as while writing its tests:
// npm run mutation -- --mutate src/inputs/host.ts

// Property tests run with one fixed seed, so that chance never decides whether a mutant is killed.
// The test runners are child processes and inherit it. FC_SEED=… npm run mutation overrides it.
process.env.FC_SEED ??= '20240717'
// ...and a fifth of their runs (__tests__/support/property-runs.ts): a module's tests run once per
// mutant, and the scanner's took 25 s instrumented. FC_RUNS_SCALE=1 npm run mutation for all runs.
process.env.FC_RUNS_SCALE ??= '0.2'

/**
 * Each module with the unit tests written for it, which alone judge its mutants. Jest loads every
 * test file that imports a mutated module, however indirectly, for each mutant: the trust
 * boundary is imported by nearly all of them, and a mutant took a minute. Its own tests take a
 * few seconds. (A module's mutants must be killed by the tests that are about it.)
 */
/** @type {Record<string, string[]>} */
export const UNIT_TESTS = {
  'src/trust.ts': ['trust', 'secret-matching'],
  'src/secret-matching.ts': ['secret-matching', 'secret-decoding', 'trust'],
  'src/json/*.ts': ['json/scanner'],
  'src/inputs/parse-inputs.ts': ['inputs/parse-inputs', 'inputs/parse-inputs.fuzz', 'action-yml'],
  'src/inputs/table-name.ts': ['inputs/table-name', 'inputs/table-inputs'],
  'src/inputs/host.ts': ['inputs/host', 'inputs/parse-inputs.fuzz'],
  'src/inputs/partition.ts': ['inputs/partition', 'inputs/parse-inputs.fuzz'],
  // The dbt modules by their own tests; not dbt-large's, which check size and time, not rules.
  'src/inputs/dbt-artifacts.ts': ['inputs/dbt-artifacts'],
  'src/inputs/dbt-inputs.ts': ['inputs/dbt-inputs'],
  'src/inputs/dbt-mapping.ts': ['inputs/dbt'],
  'src/inputs/dbt-selection-check.ts': ['inputs/dbt-selection-check'],
  'src/inputs/dbt-selectors.ts': ['inputs/dbt', 'inputs/dbt-selection-check'],
  'src/inputs/path-glob.ts': ['inputs/dbt-glob', 'inputs/dbt'],
  'src/inputs/nearest-names.ts': ['inputs/nearest-names', 'inputs/dbt-selection-check'],
  'src/inputs/resume-file.ts': ['inputs/resume-file'],
  'src/platform/verdict.ts': ['platform/verdict', 'platform/attempt'],
  'src/platform/retry-policy.ts': ['platform/retry-policy'],
  'src/run/throttle.ts': ['run/throttle', 'run/pool'],
  'src/run/pacer.ts': ['run/pacer'],
  'src/run/retry-loop.ts': ['run/retry-loop', 'run/trigger', 'run/token-exchange'],
  'src/run/plan-watch.ts': ['run/plan-watch'],
  'src/run/freshness.ts': ['run/freshness'],
  'src/run/refusal-watch.ts': ['run/refusal-watch'],
  'src/run/run-budget.ts': ['run/run-budget', 'run/pool', 'run/plan-watch'],
  'src/run/resume.ts': ['run/resume']
}

/** The modules this run mutates: `--mutate a,b` as given, else every one of the table. */
function mutatedModules() {
  const flag = process.argv.findIndex(arg => arg === '--mutate' || arg === '-m')
  return flag >= 0 ? (process.argv[flag + 1] ?? '').split(',') : Object.keys(UNIT_TESTS)
}

/** A module's tests: its row's, or those of the row whose pattern holds it (src/json/*.ts). */
function testsOf(/** @type {string} */ module) {
  const pattern = (/** @type {string} */ key) =>
    new RegExp(`^${key.replace(/[.]/g, '\\.').replace(/[*]/g, '[^/]*')}$`)
  const row =
    UNIT_TESTS[module] ?? Object.entries(UNIT_TESTS).find(([key]) => pattern(key).test(module))?.[1]
  return row ?? ['**/*']
}

// The test runners are child processes: they read the list from here (jest.stryker.config.js).
process.env.MUTATION_TEST_FILES = JSON.stringify(mutatedModules().flatMap(testsOf))

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.stryker.config.js' },
  // jest runs the suites as native ES modules, as npm run test:jest does.
  testRunnerNodeArgs: ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning'],
  // ESM jest leaks memory in a reused runner (about 150 MiB a mutant): start a fresh one every 15
  // mutants, which keeps each under 3 GiB and spends less time starting runners than every 6.
  maxTestRunnerReuse: 15,
  concurrency: 2,
  // Stryker's own allowance (5 s over 1.5× a mutant's tests' time in the dry run). A third of the
  // secret matcher's mutants loop for ever (a cursor that no longer moves): each costs this.
  timeoutMS: 5_000,
  // Each mutant runs only those of the module's tests that reach it. New tests count: rerun with
  // --force after adding some (the incremental file otherwise keeps a survivor's old verdict).
  // Checked against 'all' on the throttle (100% both) and plan-watch, whose new tests killed
  // exactly the mutants they kill by hand; 'all' took 3 min 48 s on the throttle, this 3 min 22 s.
  coverageAnalysis: 'perTest',
  // The rule modules, the trust boundary and the run's budget, about 3,500 mutants. Stryker writes
  // the incremental file only when a run ends: npm run mutation runs one module at a time, so each
  // run's results are kept as it ends. Commit the file after.
  mutate: Object.keys(UNIT_TESTS),
  // Only mutants in changed code, or whose tests changed, run again. The incremental file is
  // committed (outside the git-ignored reports/; prettier leaves it as Stryker writes it), so that
  // a fresh clone retests only what changed since it was last committed, not every mutant.
  incremental: true,
  incrementalFile: 'stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // No break: it would judge the whole incremental file; script/mutation.js judges each module.
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp'
}
