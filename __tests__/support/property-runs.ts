/**
 * How many runs a property gets. Mutation testing runs all of a module's tests for each of its
 * hundreds of mutants, in code its instrumentation slows several times, and a mutant that loops
 * for ever costs one and a half times those tests: it scales the runs down (FC_RUNS_SCALE, set
 * by stryker.config.mjs) so that a module is scored within a session. A mutant that only a late
 * run would catch then counts as surviving: the score errs low, never high.
 */
const scale = scaleFromEnvironment()

function scaleFromEnvironment(): number {
  const text = process.env.FC_RUNS_SCALE
  if (text === undefined || text.trim() === '') return 1
  const value = Number(text)
  if (!(value > 0 && value <= 1)) throw new Error(`FC_RUNS_SCALE must be in (0, 1], not "${text}"`)
  return value
}

/** `numRuns`, scaled for mutation testing; never fewer than 10. */
export function runs(numRuns: number): number {
  return Math.max(10, Math.round(numRuns * scale))
}
