import type { Attempt } from '../platform/client.js'
import type { PlannedTrigger } from '../inputs/trigger-plan.js'
import { honouredPauseMs, type RetryPolicy } from '../platform/retry-policy.js'
import { retryStageOf, type RunClock } from './retry-loop.js'
import { UNREACHABLE_AFTER, type RunControl } from './run-control.js'
import { Throttle } from './throttle.js'
import {
  notRunResult,
  runTrigger,
  type RetryNotice,
  type TriggerDeps,
  type TriggerResult
} from './trigger.js'
import type { TrustBoundary } from '../trust.js'

export interface PoolOptions {
  concurrency: number
  failFast: boolean
  retryPolicy: RetryPolicy
}

export interface PoolDeps extends RunClock {
  /** Sends one request; aborting `signal` tears it down. */
  send(trigger: PlannedTrigger, signal: AbortSignal): Promise<Attempt>
  boundary: TrustBoundary
  onRetry(notice: RetryNotice): void
  /** Called as each trigger finishes, with how many have finished so far. */
  onFinished(result: TriggerResult, finished: number, total: number): void
  /** Stops the run: fail-fast, an unreachable platform, or cancellation from outside. */
  control: RunControl
}

/**
 * Runs every planned trigger through a bounded pool and returns the results in plan order.
 * A server's push-back (429, Retry-After) slows the whole pool through one shared Throttle.
 * Should a worker throw (a bug), no worker starts another trigger and the error is rethrown
 * once all have stopped.
 */
export async function runPool(
  plan: readonly PlannedTrigger[],
  options: PoolOptions,
  deps: PoolDeps
): Promise<TriggerResult[]> {
  const { control } = deps
  const throttle = new Throttle(options.concurrency, {
    nowMs: deps.nowMs,
    sleep: ms => deps.sleep(ms, control.stopSignal),
    stopped: () => control.stopped
  })
  const triggerDeps = lifecycleDeps(throttle, deps, options.retryPolicy)
  const results: Array<TriggerResult | undefined> = new Array(plan.length)
  const queue = plan.entries() // shared by the workers: each takes the next planned trigger
  let finished = 0
  let unansweredInARow = 0

  const settle = (result: TriggerResult): void => {
    // Never sent, or torn down by cancellation: no sign of the platform's state.
    if (result.status === 'not-run' || result.status === 'unknown') return
    unansweredInARow = result.answered ? 0 : unansweredInARow + 1
    if (unansweredInARow >= UNREACHABLE_AFTER) control.stop('unreachable')
    if (result.status === 'failed' && options.failFast) control.stop('fail-fast')
  }
  const worker = async (): Promise<void> => {
    for (const [index, trigger] of queue) {
      if (control.stopped) return
      try {
        const result = await runTrigger(trigger, options.retryPolicy, triggerDeps)
        results[index] = result
        deps.onFinished(result, ++finished, plan.length)
        settle(result)
      } catch (error) {
        control.stop('crashed')
        throw error
      }
    }
  }
  const workers = Math.min(options.concurrency, plan.length)
  const ended = await Promise.allSettled(Array.from({ length: workers }, worker))
  const crash = ended.find(outcome => outcome.status === 'rejected')
  if (crash) throw crash.reason
  return plan.map(
    (trigger, index) => results[index] ?? notRunResult(trigger, deps.boundary, control.notRunReason)
  )
}

/** The lifecycle's view of the pool: sends through the throttle, waits that a stop ends. */
function lifecycleDeps(throttle: Throttle, deps: PoolDeps, policy: RetryPolicy): TriggerDeps {
  const { control } = deps
  return {
    ...retryStageOf(control, deps),
    send: async trigger => {
      const ticket = await throttle.acquire()
      try {
        if (control.stopped) return undefined
        const attempt = await deps.send(trigger, control.abortSignal)
        if (attempt.pushbackMs === undefined) throttle.accepted(ticket)
        else throttle.pushedBack(ticket, honouredPauseMs(attempt.pushbackMs, policy))
        return attempt
      } finally {
        throttle.release()
      }
    },
    onRetry: deps.onRetry,
    boundary: deps.boundary,
    notRunReason: () => control.notRunReason
  }
}
