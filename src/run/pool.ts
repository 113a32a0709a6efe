import { pushbackOf, type Attempt } from '../platform/attempt.js'
import type { PlannedTrigger } from '../inputs/trigger-plan.js'
import { honouredPauseMs, type RetryPolicy } from '../platform/retry-policy.js'
import type { RunBudget } from './run-budget.js'
import type { RunControl } from './run-control.js'
import { Throttle } from './throttle.js'
import {
  notRunResult,
  runTrigger,
  type RetryNotice,
  type TriggerDeps,
  type TriggerResult
} from './trigger.js'
import { display, type DisplayText, type TrustBoundary } from '../trust.js'
import type { RefusalStop } from './refusal-watch.js'

export interface PoolOptions {
  concurrency: number
  retryPolicy: RetryPolicy
}

export interface PoolDeps {
  /** Sends one request; aborting `signal` tears it down. */
  send(trigger: PlannedTrigger, signal: AbortSignal): Promise<Attempt>
  boundary: TrustBoundary
  onRetry(notice: RetryNotice): void
  /** Called as each trigger finishes, with how many have finished so far. */
  onFinished(result: TriggerResult, finished: number, total: number): void
  /** Stops the run: fail-fast, an unreachable platform, or cancellation from outside. */
  control: RunControl
  /** The run's limits: what ends the run or a table, how many requests a trigger may send. */
  budget: RunBudget
}

/**
 * Runs every planned trigger through a bounded pool and returns the results in plan order.
 * Triggers are sent the tables' dates in turn (see `sendOrder`). A server's push-back (429,
 * Retry-After) slows the whole pool through one shared Throttle; the run's budget decides when
 * the run, or one table, stops. Should a worker throw (a bug), no worker starts another trigger
 * and the error is rethrown once all have stopped.
 */
export async function runPool(
  plan: readonly PlannedTrigger[],
  options: PoolOptions,
  deps: PoolDeps
): Promise<TriggerResult[]> {
  const { control, budget } = deps
  const throttle = new Throttle(options.concurrency, budget.stage)
  const triggerDeps = lifecycleDeps(throttle, deps, options.retryPolicy)
  const results: Array<TriggerResult | undefined> = new Array(plan.length)
  const queue = sendOrder(plan).values() // shared by the workers: each takes the next index
  let finished = 0

  const worker = async (): Promise<void> => {
    for (const index of queue) {
      if (control.stopped) return
      const trigger = plan[index] as PlannedTrigger
      // A table the platform refused whole: its other dates are not sent, nor logged one by one.
      const tableStop = budget.tableStop(trigger)
      if (tableStop) {
        results[index] = notRunResult(trigger, deps.boundary, tableStoppedReason(tableStop))
        continue
      }
      try {
        budget.started(trigger)
        const result = await runTrigger(trigger, options.retryPolicy, triggerDeps)
        results[index] = result
        deps.onFinished(result, ++finished, plan.length)
        budget.settled(trigger, result)
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

/**
 * The order triggers are sent in: each table's first date, then each table's second, and so on
 * (the plan itself stays table by table). The first answers of a run thus come from several
 * tables, which tells a refusal of the whole run (a wrong credential) from one table's.
 */
function sendOrder(plan: readonly PlannedTrigger[]): number[] {
  const seen = new Map<string, number>()
  const ranked = plan.map((trigger, index) => {
    const rank = seen.get(trigger.tableName) ?? 0
    seen.set(trigger.tableName, rank + 1)
    return { index, rank }
  })
  // Array.prototype.sort is stable: within a rank, the plan's table order stays.
  return ranked.sort((a, b) => a.rank - b.rank).map(({ index }) => index)
}

function tableStoppedReason(stop: RefusalStop): DisplayText {
  return display`not run: the platform refused this table's first ${stop.refused} triggers with the same answer`
}

/** The lifecycle's view of the pool: sends through the throttle, waits that a stop ends. */
function lifecycleDeps(throttle: Throttle, deps: PoolDeps, policy: RetryPolicy): TriggerDeps {
  const { control, budget } = deps
  return {
    ...budget.stage,
    send: async trigger => {
      const ticket = await throttle.acquire()
      try {
        if (control.stopped) return undefined
        const attempt = await deps.send(trigger, budget.requestSignal)
        const pushbackMs = pushbackOf(attempt)
        if (pushbackMs === undefined) throttle.accepted(ticket)
        else throttle.pushedBack(ticket, honouredPauseMs(pushbackMs, policy))
        budget.attemptEnded(attempt)
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
