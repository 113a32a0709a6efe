/** A retry stage for unit tests: no deadline, the run's request allowance, never stopped. */
import type { RetryStage } from '../../src/run/retry-loop.js'
import { RunBudget } from '../../src/run/run-budget.js'
import { RunControl } from '../../src/run/run-control.js'

/** The run budget's own request allowance (1 + retries, and the 429s it tolerates). */
export const budgetAllowance: RetryStage['requests'] = policy => {
  const clock = { sleep: async () => undefined, random: () => 0.5, nowMs: () => 0 }
  return new RunBudget(clock, new RunControl()).stage.requests(policy)
}

export function testStage(overrides: Partial<RetryStage> = {}): RetryStage {
  return {
    sleep: async () => undefined,
    random: () => 0.5,
    nowMs: () => 0,
    stopped: () => false,
    fits: () => true,
    outOfTime: () => false,
    requests: budgetAllowance,
    ...overrides
  }
}
