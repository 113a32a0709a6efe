import type { Attempt } from './anymetrics-client.js'
import type { PlannedTrigger } from './plan.js'
import type { RetryPolicy } from './retry-policy.js'
import { Throttle } from './throttle.js'
import { notRunResult, runTrigger, type TriggerDeps, type TriggerResult } from './trigger.js'
import { display } from './trust.js'

export interface PlanOptions {
  concurrency: number
  failFast: boolean
  retryPolicy: RetryPolicy
}

export interface PlanDeps extends TriggerDeps {
  /** Called as each trigger finishes, with how many have finished so far. */
  onFinished(result: TriggerResult, finished: number, total: number): void
}

export const SKIPPED_REASON = display`not run: fail-fast stopped the run after a failure`

/**
 * Runs every planned trigger through a bounded pool and returns the results in plan order.
 * A server's push-back (429, Retry-After) slows the whole pool through one shared Throttle.
 * Should a worker throw (a bug), no worker starts another trigger and the error is rethrown
 * once all have stopped.
 */
export async function runPlan(
  plan: readonly PlannedTrigger[],
  options: PlanOptions,
  deps: PlanDeps
): Promise<TriggerResult[]> {
  const throttle = new Throttle(options.concurrency, deps)
  const send = throttledSend(throttle, deps, options.retryPolicy)
  const results: Array<TriggerResult | undefined> = new Array(plan.length)
  const queue = plan.entries() // shared by the workers: each takes the next planned trigger
  let finished = 0
  let stopped = false

  const worker = async (): Promise<void> => {
    for (const [index, trigger] of queue) {
      if (stopped) return
      try {
        const result = await runTrigger(trigger, options.retryPolicy, { ...deps, send })
        results[index] = result
        deps.onFinished(result, ++finished, plan.length)
        if (result.status === 'failed' && options.failFast) stopped = true
      } catch (error) {
        stopped = true
        throw error
      }
    }
  }
  const workers = Math.min(options.concurrency, plan.length)
  const ended = await Promise.allSettled(Array.from({ length: workers }, worker))
  const crash = ended.find(outcome => outcome.status === 'rejected')
  if (crash) throw crash.reason
  return plan.map(
    (trigger, index) => results[index] ?? notRunResult(trigger, deps.boundary, SKIPPED_REASON)
  )
}

function throttledSend(
  throttle: Throttle,
  deps: TriggerDeps,
  policy: RetryPolicy
): (trigger: PlannedTrigger) => Promise<Attempt> {
  return async trigger => {
    await throttle.acquire()
    try {
      const attempt = await deps.send(trigger)
      if (attempt.pushbackMs === undefined) throttle.accepted()
      else throttle.throttled(Math.min(attempt.pushbackMs, policy.retryAfterCapMs))
      return attempt
    } finally {
      throttle.release()
    }
  }
}
