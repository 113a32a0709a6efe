import type { Attempt } from './anymetrics-client.js'
import type { PlannedTrigger } from './plan.js'
import type { Verdict } from './response.js'
import { nextDelayMs, type RetryPolicy } from './retry-policy.js'
import { display, type DisplayText, type TrustBoundary } from './trust.js'

export type TriggerStatus = 'succeeded' | 'failed' | 'not-run'

/** One trigger's outcome. Every text in it is display text: it crossed the trust boundary. */
export interface TriggerResult {
  tableName: DisplayText
  partition: DisplayText
  status: TriggerStatus
  code: DisplayText | null
  traceId: DisplayText | null
  data: DisplayText | null
  /** Why it failed or did not run: the platform's errorMsg or the action's own reason. */
  errorMsg: DisplayText | null
  warning: DisplayText | null
  attempts: number
  durationMs: number
  /** Whether any attempt got an HTTP answer (the platform, or something in front of it). */
  answered: boolean
}

export interface RetryNotice {
  tableName: DisplayText
  partition: DisplayText
  /** The attempt that failed, 1-based. */
  attempt: number
  maxAttempts: number
  reason: DisplayText
  waitMs: number
}

export interface TriggerDeps {
  /** Sends one attempt; undefined when the run stopped before it could go out. */
  send(trigger: PlannedTrigger): Promise<Attempt | undefined>
  sleep(ms: number): Promise<void>
  random(): number
  nowMs(): number
  onRetry(notice: RetryNotice): void
  boundary: TrustBoundary
  /** Whether the run has stopped (no retry starts), and why triggers are then not run. */
  stopped(): boolean
  notRunReason(): DisplayText
}

/** Sends one trigger, retrying what the policy calls retryable, and says how it went. */
export async function runTrigger(
  trigger: PlannedTrigger,
  policy: RetryPolicy,
  deps: TriggerDeps
): Promise<TriggerResult> {
  const startedMs = deps.nowMs()
  const maxAttempts = policy.retries + 1
  let answered = false
  let last: Attempt | undefined
  for (let attempt = 1; ; attempt++) {
    const outcome = await deps.send(trigger)
    if (!outcome || outcome.cancelled) {
      if (!last || outcome?.cancelled)
        return notRunResult(trigger, deps.boundary, deps.notRunReason())
      return finishedResult(trigger, deps.boundary, last.verdict, effort(attempt - 1))
    }
    answered ||= outcome.answered
    last = outcome
    if (!outcome.retryable || attempt >= maxAttempts || deps.stopped()) {
      return finishedResult(trigger, deps.boundary, outcome.verdict, effort(attempt))
    }
    const waitMs = nextDelayMs(attempt, policy, outcome.pushbackMs, deps.random)
    deps.onRetry({
      ...labelOf(trigger, deps.boundary),
      attempt,
      maxAttempts,
      reason: outcome.verdict.reason ?? display`transient failure`,
      waitMs
    })
    await deps.sleep(waitMs)
  }

  function effort(attempts: number) {
    return { attempts, durationMs: deps.nowMs() - startedMs, answered }
  }
}

/** The table and partition as they may be shown. */
export function labelOf(
  trigger: PlannedTrigger,
  boundary: TrustBoundary
): Pick<TriggerResult, 'tableName' | 'partition'> {
  return {
    tableName: boundary.text(trigger.tableName),
    partition: boundary.text(trigger.partition)
  }
}

export function finishedResult(
  trigger: PlannedTrigger,
  boundary: TrustBoundary,
  verdict: Verdict,
  effort: { attempts: number; durationMs: number; answered: boolean }
): TriggerResult {
  return {
    ...labelOf(trigger, boundary),
    status: verdict.succeeded ? 'succeeded' : 'failed',
    code: verdict.code,
    traceId: verdict.traceId,
    data: verdict.data,
    errorMsg: verdict.reason,
    warning: verdict.warning,
    ...effort
  }
}

/** A trigger that was never sent (or whose request was torn down), and why. */
export function notRunResult(
  trigger: PlannedTrigger,
  boundary: TrustBoundary,
  reason: DisplayText
): TriggerResult {
  return {
    ...labelOf(trigger, boundary),
    status: 'not-run',
    code: null,
    traceId: null,
    data: null,
    errorMsg: reason,
    warning: null,
    attempts: 0,
    durationMs: 0,
    answered: false
  }
}
