#!/usr/bin/env node
// @ts-check
/**
 * npm run mutation: Stryker over each module of stryker.config.mjs's UNIT_TESTS in turn, each
 * judged by its own tests. One run over all of them would let every test file that reaches a
 * module judge it (nearly all reach the trust boundary), and would retest every survivor
 * whenever any of those files changed. Module by module, a fresh clone with the committed
 * incremental file retests only what changed. Arguments go to each run (`--force`);
 * `--mutate <module>` runs that one alone; `--list` prints the runs without running them.
 *
 * Stryker's own threshold would judge the whole incremental file at once (a module at 64% hides
 * among others at 95%), so it is off; each module's score is judged here, from that file.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { UNIT_TESTS } from '../stryker.config.mjs'
import {
  INCREMENTAL_FILE,
  MINIMUM_SCORE,
  incrementalScores,
  scoreOf,
  scoreTable
} from './mutation-scores.js'

// The package exports no path to its bin: it is found beside its package.json.
const strykerPackage = createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json')
const stryker = resolve(dirname(strykerPackage), 'bin', 'stryker.js')
const listOnly = process.argv.includes('--list')
const args = process.argv.slice(2).filter(arg => arg !== '--list')
const alone = args.some(arg => arg === '--mutate' || arg === '-m')
const runs = alone ? [args] : Object.keys(UNIT_TESTS).map(module => ['--mutate', module, ...args])

if (listOnly) {
  for (const runArgs of runs) console.log(['node', stryker, 'run', ...runArgs].join(' '))
  process.exit(0)
}

/** The runs that failed, as their arguments. */
const failed = []
for (const runArgs of runs) {
  console.log(`\n== stryker run ${runArgs.join(' ')}`)
  const run = spawnSync(process.execPath, [stryker, 'run', ...runArgs], { stdio: 'inherit' })
  if (run.status !== 0) failed.push(runArgs.join(' '))
}

const scores = incrementalScores()
console.log(`\nEach module's score, from ${INCREMENTAL_FILE}:\n\n${scoreTable(scores)}\n`)
const below = scores.filter(score => scoreOf(score) < MINIMUM_SCORE).map(score => score.module)
if (failed.length > 0)
  console.error(`Runs that failed:\n${failed.map(run => `  ${run}`).join('\n')}`)
if (below.length > 0)
  console.error(`Below ${MINIMUM_SCORE}%:\n${below.map(m => `  ${m}`).join('\n')}`)
if (failed.length > 0 || below.length > 0) process.exitCode = 1
else console.log(`Every module at ${MINIMUM_SCORE}% or more.`)
