import type { TriggerBody } from './anymetrics-client.js'
import type { PlannedTrigger } from './plan.js'
import type { HttpReply } from './response.js'
import { parseRetryAfterMs, type RetryPolicy } from './retry-policy.js'
import { Throttle } from './throttle.js'
import { runTrigger, type TriggerDeps, type TriggerResult } from './trigger.js'

export interface PlanOptions {
  tenantId: string
  concurrency: number
  failFast: boolean
  retryPolicy: RetryPolicy
}

export interface PlanDeps extends TriggerDeps {
  /** Called as each trigger finishes, with how many have finished so far. */
  onFinished(result: TriggerResult, finished: number, total: number): void
}

export const SKIPPED_REASON = 'not started: fail-fast stopped the run after a failure'

/**
 * Runs every planned trigger through a bounded pool and returns the results in plan order.
 * A server's push-back (429, Retry-After) slows the whole pool through one shared Throttle.
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
      const result = await runTrigger(bodyFor(trigger, options), options.retryPolicy, {
        ...deps,
        send
      })
      results[index] = result
      deps.onFinished(result, ++finished, plan.length)
      if (!result.success && options.failFast) stopped = true
    }
  }
  const workers = Math.min(options.concurrency, plan.length)
  await Promise.all(Array.from({ length: workers }, worker))
  return plan.map((trigger, index) => results[index] ?? skippedResult(trigger))
}

function throttledSend(
  throttle: Throttle,
  deps: TriggerDeps,
  policy: RetryPolicy
): (body: TriggerBody) => Promise<HttpReply> {
  return async body => {
    await throttle.acquire()
    try {
      const reply = await deps.send(body)
      const pushback = pushbackMs(reply, deps.nowMs(), policy)
      if (pushback === undefined) throttle.accepted()
      else throttle.throttled(pushback)
      return reply
    } finally {
      throttle.release()
    }
  }
}

/** How long the server asked everyone to wait, or undefined when it did not push back. */
function pushbackMs(reply: HttpReply, nowMs: number, policy: RetryPolicy): number | undefined {
  const retryAfterMs = parseRetryAfterMs(reply.retryAfter, nowMs)
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.retryAfterCapMs)
  return reply.status === 429 ? 0 : undefined
}

function bodyFor(trigger: PlannedTrigger, options: PlanOptions): TriggerBody {
  return {
    tableName: trigger.tableName,
    tenantId: options.tenantId,
    tablePartition: trigger.partition
  }
}

function skippedResult(trigger: PlannedTrigger): TriggerResult {
  return {
    tableName: trigger.tableName,
    partition: trigger.partition,
    success: false,
    code: null,
    traceId: null,
    data: null,
    errorMsg: SKIPPED_REASON,
    attempts: 0,
    durationMs: 0,
    warning: null,
    skipped: true
  }
}
