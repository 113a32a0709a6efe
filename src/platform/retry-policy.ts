export interface RetryPolicy {
  /** Extra attempts after the first; 0 disables retries. */
  retries: number
  /** First backoff ceiling; it doubles per retry up to maxDelayMs. */
  baseDelayMs: number
  maxDelayMs: number
  /** The longest a server's Retry-After is honoured for. */
  retryAfterCapMs: number
}

export const DEFAULT_BACKOFF = { baseDelayMs: 1_000, maxDelayMs: 30_000, retryAfterCapMs: 60_000 }

const TRANSIENT_STATUSES = new Set([408, 429, 502, 503, 504])

// Connection refused or reset, DNS temporary failure, timeouts, and networks that come and go.
const TRANSIENT_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'TIMEOUT', // the action's own deadline (timeout-seconds) passed
  'EPROXY', // the proxy could not open a tunnel (it may be restarting)
  'EAI_AGAIN',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'ECLOSED' // the connection closed with no answer (a proxy or the server gave up)
])

/** How an attempt ended, as far as retrying goes: an HTTP status, or a transport error code. */
export type AttemptEnd = { status: number } | { errorCode: string }

/**
 * The one retry decision, for HTTP answers and transport errors alike. A 2xx is the platform's
 * final word (even with an errorMsg) and is never retried.
 */
export function isRetryable(end: AttemptEnd): boolean {
  return 'status' in end
    ? TRANSIENT_STATUSES.has(end.status)
    : TRANSIENT_ERROR_CODES.has(end.errorCode)
}

/** Exponential backoff with full jitter: a uniform wait in [0, min(max, base * 2^(retry-1))). */
export function backoffDelayMs(
  retryNumber: number,
  policy: RetryPolicy,
  random: () => number
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retryNumber - 1))
  return Math.floor(random() * ceiling)
}

/** Retry-After in delta-seconds or HTTP-date form, in ms from now; undefined when unusable. */
export function parseRetryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined
  const text = header.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const date = Date.parse(text)
  if (Number.isNaN(date) || !/[a-z]/i.test(text)) return undefined
  return Math.max(0, date - nowMs)
}

/**
 * The shortest wait a server's Retry-After can ask for: `Retry-After: 0` must not turn retries
 * into a burst.
 */
const RETRY_AFTER_FLOOR_MS = 250

/** The wait before the next attempt: the server's Retry-After (floored, capped) wins. */
export function nextDelayMs(
  retryNumber: number,
  policy: RetryPolicy,
  retryAfterMs: number | undefined,
  random: () => number
): number {
  if (retryAfterMs !== undefined) return honouredPauseMs(retryAfterMs, policy)
  return backoffDelayMs(retryNumber, policy, random)
}

/**
 * How long a server's push-back (Retry-After, 0 for a bare 429) is honoured: floored, so that
 * `Retry-After: 0` cannot turn retries into a burst, and capped. The one place both apply, for
 * the retry wait and the pool's pause alike.
 */
export function honouredPauseMs(
  pushbackMs: number,
  policy: Pick<RetryPolicy, 'retryAfterCapMs'>
): number {
  return Math.min(Math.max(pushbackMs, RETRY_AFTER_FLOOR_MS), policy.retryAfterCapMs)
}
