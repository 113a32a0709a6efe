/** One request and what it came to, classified once for the retry loop and the pool. */
import type { DisplayText, TrustBoundary } from '../trust.js'
import type { RawReply } from './http-exchange.js'
import { isRetryable, parseRetryAfterMs } from './retry-policy.js'
import { describe, toTransportError, type Route } from './transport-errors.js'
import { failedVerdict, interpretReply, type Verdict } from './verdict.js'

/** How a request ended, as far as retrying, pacing and the run's stops go. */
export type AttemptEnd =
  /** An HTTP answer, whatever its status; `pushbackMs`: the wait a 429 or 503 asked for. */
  | { kind: 'answered'; status: number; pushbackMs: number | undefined }
  /** No HTTP answer: refused, reset, unresolved, timed out, closed. */
  | { kind: 'silent' }
  /** Something answered, but not in HTTP that Node could read (llhttp refused it). */
  | { kind: 'invalid-http' }
  /** The request could not be made here: nothing was sent, no sign of the network's state. */
  | { kind: 'not-sent' }
  /** Torn down by cancellation; `sent`: its bytes had gone out, so its outcome is unknown. */
  | { kind: 'cancelled'; sent: boolean }

export interface Attempt {
  verdict: Verdict
  /** The retry policy's decision for this attempt. */
  retryable: boolean
  end: AttemptEnd
}

/** The platform refused it for pace (HTTP 429): a reason to slow down, not a failure. */
export function isRateLimited(attempt: Attempt): boolean {
  return attempt.end.kind === 'answered' && attempt.end.status === 429
}

/** The server's push-back: the wait it asked for (Retry-After), 0 for a bare 429. */
export function pushbackOf(attempt: Attempt): number | undefined {
  return attempt.end.kind === 'answered' ? attempt.end.pushbackMs : undefined
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
  const pushbackMs = retryAfterMs ?? (reply.status === 429 ? 0 : undefined)
  return {
    verdict: interpretReply(reply, boundary),
    retryable,
    end: { kind: 'answered', status: reply.status, pushbackMs }
  }
}

/** A request that got no HTTP answer (refused, reset, timed out…), classified. */
export function unansweredAttempt(error: unknown, boundary: TrustBoundary, route?: Route): Attempt {
  const failure = toTransportError(error)
  return {
    verdict: failedVerdict(describe(failure, boundary, route)),
    retryable: isRetryable({ errorCode: failure.code }),
    end: endOf(failure.code)
  }
}

function endOf(code: string): AttemptEnd {
  if (code === 'CANCELLED' || code === 'CANCELLED_SENT') {
    return { kind: 'cancelled', sent: code === 'CANCELLED_SENT' }
  }
  if (code === 'ELOCAL') return { kind: 'not-sent' }
  return code.startsWith('HPE_') ? { kind: 'invalid-http' } : { kind: 'silent' }
}

/** An attempt that got an answer but is a failure by the action's own reading of it. */
export function refusedBy(attempt: Attempt, reason: DisplayText): Attempt {
  // The platform's code and traceId stay: they are what its support asks for.
  const { code, traceId } = attempt.verdict
  return { ...attempt, verdict: { ...failedVerdict(reason), code, traceId } }
}
