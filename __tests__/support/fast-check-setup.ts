/**
 * One seed for every property of a test file. fast-check's failure message names the seed, the
 * counterexample and its path; set FC_SEED to that seed to replay the run. Mutation testing sets
 * it too, so that chance never decides whether a mutant is killed. Otherwise each run draws a
 * new seed.
 */
import fc from 'fast-check'
import { runs } from './property-runs.js'

function seedFromEnvironment(): number {
  const text = process.env.FC_SEED
  if (text === undefined || text.trim() === '') {
    return Date.now() ^ Math.floor(Math.random() * 0x1_0000_0000)
  }
  const seed = Number(text)
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, not "${text}"`)
  return seed
}

// fast-check's own default is 100 runs; mutation testing scales it as it does the others.
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: seedFromEnvironment(), numRuns: runs(100) })
