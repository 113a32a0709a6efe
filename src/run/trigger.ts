import type { Attempt } from '../platform/client.js'
import type { PlannedTrigger } from '../inputs/trigger-plan.js'
import type { Verdict } from '../platform/verdict.js'
import { nextDelayMs, type RetryPolicy } from '../platform/retry-policy.js'
import { display, type DisplayText, type TrustBoundary } from '../trust.js'

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

export interface TriggerDeps extends RetryStage {
  /** Sends one attempt; undefined when the run stopped before it could go out. */
  send(trigger: PlannedTrigger): Promise<Attempt | undefined>
  onRetry(notice: RetryNotice): void
  boundary: TrustBoundary
  /** Why triggers are not run once the run has stopped. */
  notRunReason(): DisplayText
}

/** What the retry stage needs: time, chance, and whether the run has stopped. */
export interface RetryStage {
  sleep(ms: number): Promise<void>
  random(): number
  nowMs(): number
  stopped(): boolean
}

export interface Retried {
  /** The last attempt that came to an end; undefined when none was sent. */
  last: Attempt | undefined
  attempts: number
  /** Whether any attempt got an HTTP answer. */
  answered: boolean
  /** The last request was torn down by cancellation. */
  cancelled: boolean
}

/**
 * The one retry stage, for triggers and the token request alike: sends, and sends again what
 * the policy calls retryable, waiting as the server asked or with backoff, until an attempt is
 * final, the retries are spent, or the run stops.
 */
export async function retrying(
  send: () => Promise<Attempt | undefined>,
  policy: RetryPolicy,
  stage: RetryStage,
  onRetry: (attempt: number, maxAttempts: number, reason: DisplayText, waitMs: number) => void
): Promise<Retried> {
  const maxAttempts = policy.retries + 1
  let last: Attempt | undefined
  let answered = false
  for (let attempt = 1; ; attempt++) {
    const outcome = await send()
    if (!outcome || outcome.cancelled) {
      return { last, attempts: attempt - 1, answered, cancelled: Boolean(outcome?.cancelled) }
    }
    answered ||= outcome.answered
    last = outcome
    if (!outcome.retryable || attempt >= maxAttempts || stage.stopped()) {
      return { last, attempts: attempt, answered, cancelled: false }
    }
    const waitMs = nextDelayMs(attempt, policy, outcome.pushbackMs, stage.random)
    onRetry(attempt, maxAttempts, outcome.verdict.reason ?? display`transient failure`, waitMs)
    await stage.sleep(waitMs)
  }
}

/** Sends one trigger through the retry stage and says how it went. */
export async function runTrigger(
  trigger: PlannedTrigger,
  policy: RetryPolicy,
  deps: TriggerDeps
): Promise<TriggerResult> {
  const startedMs = deps.nowMs()
  const run = await retrying(
    () => deps.send(trigger),
    policy,
    deps,
    (attempt, maxAttempts, reason, waitMs) =>
      deps.onRetry({ ...labelOf(trigger, deps.boundary), attempt, maxAttempts, reason, waitMs })
  )
  if (!run.last || run.cancelled) return notRunResult(trigger, deps.boundary, deps.notRunReason())
  return finishedResult(trigger, deps.boundary, run.last.verdict, {
    attempts: run.attempts,
    durationMs: deps.nowMs() - startedMs,
    answered: run.answered
  })
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
