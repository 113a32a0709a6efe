/** One request and what it came to, classified once for the retry loop and the pool. */
import type { DisplayText, TrustBoundary } from '../trust.js'
import type { RawReply } from './http-exchange.js'
import { isRetryable, parseRetryAfterMs } from './retry-policy.js'
import { describe, toTransportError, type Route } from './transport-errors.js'
import { failedVerdict, interpretReply, type Verdict } from './verdict.js'

export interface Attempt {
  verdict: Verdict
  /** True when an HTTP answer came back (whatever its status). */
  answered: boolean
  /** The request could not be made here (nothing was sent): no sign of the network's state. */
  local: boolean
  /** Something answered, but not in HTTP that Node could read (llhttp refused it). */
  invalidHttp: boolean
  /** The retry policy's decision for this attempt. */
  retryable: boolean
  /** The platform refused it for pace (HTTP 429): a reason to slow down, not a failure. */
  rateLimited: boolean
  /** The server's push-back: the wait it asked for (Retry-After), 0 for a bare 429. */
  pushbackMs: number | undefined
  /** The request was torn down by cancellation before an answer came. */
  cancelled: boolean
  /** Its bytes had been sent when it was torn down: its outcome is unknown. */
  sentBeforeCancel: boolean
}

/** An HTTP answer, classified: the verdict, the retry decision and the server's push-back. */
export function answeredAttempt(
  reply: RawReply,
  boundary: TrustBoundary,
  nowMs = Date.now()
): Attempt {
  const retryable = isRetryable({ status: reply.status })
  // Retry-After is push-back only on an answer that asks to come back later (429, 503…): on a
  // success it would slow a run that the platform is keeping up with.
  const retryAfterMs = retryable ? parseRetryAfterMs(reply.retryAfter, nowMs) : undefined
  return {
    verdict: interpretReply(reply, boundary),
    answered: true,
    local: false,
    invalidHttp: false,
    rateLimited: reply.status === 429,
    retryable,
    pushbackMs: retryAfterMs ?? (reply.status === 429 ? 0 : undefined),
    cancelled: false,
    sentBeforeCancel: false
  }
}

/** A request that got no HTTP answer (refused, reset, timed out…), classified. */
export function unansweredAttempt(error: unknown, boundary: TrustBoundary, route?: Route): Attempt {
  const failure = toTransportError(error)
  return {
    verdict: failedVerdict(describe(failure, boundary, route)),
    answered: false,
    local: failure.code === 'ELOCAL',
    invalidHttp: failure.code.startsWith('HPE_'),
    rateLimited: false,
    retryable: isRetryable({ errorCode: failure.code }),
    pushbackMs: undefined,
    cancelled: failure.code === 'CANCELLED' || failure.code === 'CANCELLED_SENT',
    sentBeforeCancel: failure.code === 'CANCELLED_SENT'
  }
}

/** An attempt that got an answer but is a failure by the action's own reading of it. */
export function refusedBy(attempt: Attempt, reason: DisplayText): Attempt {
  // The platform's code and traceId stay: they are what its support asks for.
  const { code, traceId } = attempt.verdict
  return { ...attempt, verdict: { ...failedVerdict(reason), code, traceId } }
}
