import type { Attempt } from '../platform/attempt.js'
import type { PlannedTrigger } from '../inputs/trigger-plan.js'
import type { Verdict } from '../platform/verdict.js'
import type { RetryPolicy } from '../platform/retry-policy.js'
import { retrying, type RetryNoticeBase, type RetryStage } from './retry-loop.js'
import { display, type DisplayText, type TrustBoundary } from '../trust.js'

/**
 * `unknown`: its request was torn down by cancellation after it was sent, so the platform may
 * have started the refresh; `not-run`: it was never sent.
 */
/** `accepted-earlier`: an earlier attempt got it accepted (resume-file); not sent again. */
export type TriggerStatus = 'succeeded' | 'accepted-earlier' | 'failed' | 'not-run' | 'unknown'

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
  /** Its last attempt got an answer that is not valid HTTP. */
  invalidHttp: boolean
  /** Its last answer was one the action retries (429, 5xx…): its retries ran out. */
  transient: boolean
}

export interface RetryNotice extends RetryNoticeBase {
  tableName: DisplayText
  partition: DisplayText
}

export interface TriggerDeps extends RetryStage {
  /** Sends one attempt; undefined when the run stopped before it could go out. */
  send(trigger: PlannedTrigger): Promise<Attempt | undefined>
  onRetry(notice: RetryNotice): void
  boundary: TrustBoundary
  /** Why triggers are not run once the run has stopped. */
  notRunReason(): DisplayText
}

const UNKNOWN_REASON = display`cancelled after it was sent: the platform may have started the refresh; check it before running this trigger again`

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
    notice => deps.onRetry({ ...labelOf(trigger, deps.boundary), ...notice })
  )
  if (run.sentBeforeCancel) {
    return {
      ...notRunResult(trigger, deps.boundary, UNKNOWN_REASON),
      status: 'unknown',
      attempts: run.attempts,
      durationMs: deps.nowMs() - startedMs
    }
  }
  if (!run.last || run.cancelled) return notRunResult(trigger, deps.boundary, deps.notRunReason())
  return finishedResult(trigger, deps.boundary, run.last.verdict, {
    attempts: run.attempts,
    durationMs: deps.nowMs() - startedMs,
    answered: run.answered,
    invalidHttp: run.invalidHttp,
    transient: run.last.retryable
  })
}

/** The table and partition as they may be shown. */
function labelOf(
  trigger: PlannedTrigger,
  boundary: TrustBoundary
): Pick<TriggerResult, 'tableName' | 'partition'> {
  return {
    tableName: boundary.identifier(trigger.tableName),
    partition: boundary.identifier(trigger.partition)
  }
}

function finishedResult(
  trigger: PlannedTrigger,
  boundary: TrustBoundary,
  verdict: Verdict,
  effort: Pick<TriggerResult, 'attempts' | 'durationMs' | 'answered' | 'invalidHttp' | 'transient'>
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

/** A trigger an earlier attempt got accepted, with the traceId it was accepted under. */
export function acceptedEarlierResult(
  trigger: PlannedTrigger,
  boundary: TrustBoundary,
  traceId: string | null
): TriggerResult {
  return {
    ...notRunResult(trigger, boundary, display`accepted by an earlier attempt (resume-file)`),
    status: 'accepted-earlier',
    errorMsg: null,
    traceId: traceId === null ? null : boundary.identifier(traceId, 200)
  }
}

/** Accepted now or by an earlier attempt: nothing left to send. */
export function isAccepted(result: { status: string }): boolean {
  return result.status === 'succeeded' || result.status === 'accepted-earlier'
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
    answered: false,
    invalidHttp: false,
    transient: false
  }
}
