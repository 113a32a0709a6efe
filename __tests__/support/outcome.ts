/** A run's outcome from its results alone (no stop, no wait), as the end presenter gets it. */
import { decideOutcome, type RunEnding, type RunOutcome } from '../../src/report/outcome.js'
import type { TriggerResult } from '../../src/run/trigger.js'
import { TrustBoundary } from '../../src/trust.js'

export function outcomeOf(results: readonly TriggerResult[], ending: RunEnding = {}): RunOutcome {
  return decideOutcome(results, ending, new TrustBoundary())
}
