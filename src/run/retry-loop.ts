/** The one retry loop, for triggers, the token request and status reads alike. */
import { isRateLimited, pushbackOf, type Attempt } from '../platform/attempt.js'
import { nextDelayMs, type RetryPolicy } from '../platform/retry-policy.js'
import { display, type DisplayText } from '../trust.js'
import type { Clock } from './clock.js'

/** How many more requests a series may send, counted as it goes (the run's budget decides). */
export interface RequestAllowance {
  /** Counts a finished attempt; whether another request may follow it. */
  spend(attempt: Attempt): boolean
  /** The most this series can come to, as far as is known now (for "attempt 2 of 4"). */
  readonly maxAttempts: number
}

/**
 * What the retry loop (and the pace it keeps) needs: the run's clock, whose waits the run's stop
 * ends, the run's state, and its budget (run-budget.ts).
 */
export interface RetryStage extends Pick<Clock, 'nowMs' | 'random'> {
  /** Waits `ms`; ends early, at once, when the run stops. */
  sleep(ms: number): Promise<void>
  stopped(): boolean
  /** Whether a pause of `ms` from now ends by the run's deadline (during a wait). */
  fits(ms: number): boolean
  /** The run's deadline has passed: a request cut off now was cut by it, not by a stop. */
  outOfTime(): boolean
  /** How many requests one series may send. */
  requests(policy: Pick<RetryPolicy, 'retries'>): RequestAllowance
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

export interface Retried<A extends Attempt = Attempt> {
  /** The last attempt that came to an end, with what its kind carries; undefined when none was. */
  last: A | undefined
  attempts: number
  /**
   * Whether any attempt ended other than by the network: an HTTP answer, or a request that
   * could not be made here. Only the network's silence counts toward an unreachable platform.
   */
  answered: boolean
  /** The last attempt got an answer that is not valid HTTP. */
  invalidHttp: boolean
  /** The last request was torn down by cancellation (or cut off at the deadline). */
  cancelled: boolean
  /** ...after its bytes were sent: the platform may have started it. */
  sentBeforeCancel: boolean
  /** It ended because the next pause, or the request in flight, would pass the deadline. */
  outOfTime: boolean
}

/**
 * Sends, and sends again what the policy calls retryable, waiting as the server asked or with
 * backoff, until an attempt is final, the series' requests are spent (the budget's allowance),
 * the next pause would pass the run's deadline, or the run stops.
 */
export async function retrying<A extends Attempt>(
  send: () => Promise<A | undefined>,
  policy: RetryPolicy,
  stage: RetryStage,
  onRetry: (notice: RetryNoticeBase) => void
): Promise<Retried<A>> {
  const allowance = stage.requests(policy)
  let last: A | undefined
  let answered = false
  const ended = (attempts: number, how: Partial<Retried<A>> = {}): Retried<A> => ({
    last,
    attempts,
    answered,
    invalidHttp: last?.end.kind === 'invalid-http',
    cancelled: false,
    sentBeforeCancel: false,
    outOfTime: false,
    ...how
  })
  for (let attempt = 1; ; attempt++) {
    const outcome = await send()
    if (!outcome || outcome.end.kind === 'cancelled') {
      const sent = outcome?.end.kind === 'cancelled' && outcome.end.sent
      return ended(sent ? attempt : attempt - 1, {
        cancelled: outcome !== undefined,
        sentBeforeCancel: sent,
        outOfTime: stage.outOfTime()
      })
    }
    // Only the network's silence (or an answer that is not HTTP) says nothing was heard.
    answered ||= outcome.end.kind === 'answered' || outcome.end.kind === 'not-sent'
    last = outcome
    const another = allowance.spend(outcome)
    if (!outcome.retryable || !another || stage.stopped()) return ended(attempt)
    const waitMs = nextDelayMs(attempt, policy, pushbackOf(outcome), stage.random)
    if (!stage.fits(waitMs)) return ended(attempt, { outOfTime: true })
    const reason = outcome.verdict.reason ?? display`transient failure`
    const maxAttempts = allowance.maxAttempts
    onRetry({ attempt, maxAttempts, reason, waitMs, counted: !isRateLimited(outcome) })
    await stage.sleep(waitMs)
    // A stop during the wait ends it early: nothing more is sent, whatever sends.
    if (stage.stopped()) return ended(attempt)
  }
}
