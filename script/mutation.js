#!/usr/bin/env node
// @ts-check
/**
 * npm run mutation: Stryker over each module of stryker.config.mjs's UNIT_TESTS in turn, each
 * judged by its own tests. One run over all of them would let every test file that reaches a
 * module judge it (nearly all reach the trust boundary), and would retest every survivor
 * whenever any of those files changed. Module by module, a fresh clone with the committed
 * incremental file retests only what changed. Arguments go to each run (`--force`);
 * `--mutate <module>` runs that one alone.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { UNIT_TESTS } from '../stryker.config.mjs'

const stryker = createRequire(import.meta.url).resolve('@stryker-mutator/core/bin/stryker.js')
const args = process.argv.slice(2)
const alone = args.some(arg => arg === '--mutate' || arg === '-m')
const runs = alone ? [args] : Object.keys(UNIT_TESTS).map(module => ['--mutate', module, ...args])

/** The runs that failed or scored below the break threshold, as their arguments. */
const failed = []
for (const runArgs of runs) {
  console.log(`\n== stryker run ${runArgs.join(' ')}`)
  const run = spawnSync(process.execPath, [stryker, 'run', ...runArgs], { stdio: 'inherit' })
  if (run.status !== 0) failed.push(runArgs.join(' '))
}
if (failed.length > 0) {
  console.error(`\nBelow 85% or failed:\n${failed.map(run => `  ${run}`).join('\n')}`)
  process.exitCode = 1
} else {
  console.log('\nEvery module at 85% or more: npm run -s mutation:scores shows each.')
}
