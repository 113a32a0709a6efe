/** A retry stage for unit tests: no deadline, the run's request allowance, never stopped. */
import { requestAllowance } from '../../src/run/run-budget.js'
import type { RetryStage } from '../../src/run/retry-loop.js'

export function testStage(overrides: Partial<RetryStage> = {}): RetryStage {
  return {
    sleep: async () => undefined,
    random: () => 0.5,
    nowMs: () => 0,
    stopped: () => false,
    fits: () => true,
    outOfTime: () => false,
    requests: requestAllowance,
    ...overrides
  }
}
