/** The one retry loop, for triggers and the token request alike, and its one wiring. */
import type { Attempt } from '../platform/attempt.js'
import { nextDelayMs, type RetryPolicy } from '../platform/retry-policy.js'
import { display, type DisplayText } from '../trust.js'
import type { RunControl } from './run-control.js'

/** Time and chance, from outside: real in a run, virtual in tests. */
export interface RunClock {
  /** Waits; ends early when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>
  random(): number
  nowMs(): number
}

/** What the retry loop needs: time, chance, and whether the run has stopped. */
export interface RetryStage {
  sleep(ms: number): Promise<void>
  random(): number
  nowMs(): number
  stopped(): boolean
}

export interface RetryNoticeBase {
  /** The attempt that failed, 1-based. */
  attempt: number
  maxAttempts: number
  reason: DisplayText
  waitMs: number
  /** False for a refusal for pace (429), which does not spend a retry. */
  counted: boolean
}

export interface Retried {
  /** The last attempt that came to an end; undefined when none was sent. */
  last: Attempt | undefined
  attempts: number
  /**
   * Whether any attempt ended other than by the network: an HTTP answer, or a request that
   * could not be made here. Only the network's silence counts toward an unreachable platform.
   */
  answered: boolean
  /** The last request was torn down by cancellation. */
  cancelled: boolean
  /** ...after its bytes were sent: the platform may have started it. */
  sentBeforeCancel: boolean
}

/** 429s a trigger may meet beyond its retries: pacing, not failure, up to this many. */
const MAX_PACING_REFUSALS = 10

/** The retry stage of a run: its waits end as soon as the run stops. */
export function retryStageOf(control: RunControl, clock: RunClock): RetryStage {
  return {
    sleep: ms => clock.sleep(ms, control.stopSignal),
    random: clock.random,
    nowMs: clock.nowMs,
    stopped: () => control.stopped
  }
}

/**
 * Sends, and sends again what the policy calls retryable, waiting as the server asked or with
 * backoff, until an attempt is final, the retries are spent, or the run stops.
 */
export async function retrying(
  send: () => Promise<Attempt | undefined>,
  policy: RetryPolicy,
  stage: RetryStage,
  onRetry: (notice: RetryNoticeBase) => void
): Promise<Retried> {
  let maxAttempts = policy.retries + 1
  let pacingRefusals = 0
  let last: Attempt | undefined
  let answered = false
  for (let attempt = 1; ; attempt++) {
    const outcome = await send()
    if (!outcome || outcome.cancelled) {
      return {
        last,
        attempts: outcome?.sentBeforeCancel ? attempt : attempt - 1,
        answered,
        cancelled: Boolean(outcome?.cancelled),
        sentBeforeCancel: Boolean(outcome?.sentBeforeCancel)
      }
    }
    answered ||= outcome.answered || outcome.local
    last = outcome
    // Refused only for pace (429): the pool slows down, and such a refusal does not spend one of
    // the trigger's retries, up to a bound.
    if (outcome.rateLimited && pacingRefusals < MAX_PACING_REFUSALS) {
      pacingRefusals++
      maxAttempts++
    }
    if (!outcome.retryable || attempt >= maxAttempts || stage.stopped()) {
      return { last, attempts: attempt, answered, cancelled: false, sentBeforeCancel: false }
    }
    const waitMs = nextDelayMs(attempt, policy, outcome.pushbackMs, stage.random)
    const reason = outcome.verdict.reason ?? display`transient failure`
    onRetry({ attempt, maxAttempts, reason, waitMs, counted: !outcome.rateLimited })
    await stage.sleep(waitMs)
    // A stop during the wait ends it early: nothing more is sent, whatever sends.
    if (stage.stopped()) {
      return { last, attempts: attempt, answered, cancelled: false, sentBeforeCancel: false }
    }
  }
}
