// Why a timed-out trigger is retried: docs/decisions/0005-retry-after-timeout.md
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
function backoffDelayMs(retryNumber: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retryNumber - 1))
  return Math.floor(random() * ceiling)
}

/**
 * Retry-After in ms from now, read strictly (RFC 9110 §10.2.3): delta-seconds (digits only) or an
 * HTTP-date in one of its three forms. Anything else (`5abc`, `-5`, `1.5`, an ISO date, a date
 * that does not exist) is undefined: the header is ignored rather than guessed at.
 */
export function parseRetryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined
  const text = header.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const date = httpDateMs(text, nowMs)
  return date === undefined ? undefined : Math.max(0, date - nowMs)
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const MONTH = `(?<month>${MONTHS.join('|')})`
const TIME = '(?<hour>\\d{2}):(?<minute>\\d{2}):(?<second>\\d{2})'
const HTTP_DATE_FORMS = [
  // IMF-fixdate, the form servers send: Sun, 06 Nov 1994 08:49:37 GMT
  new RegExp(
    `^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>\\d{2}) ${MONTH} (?<year>\\d{4}) ${TIME} GMT$`
  ),
  // RFC 850, obsolete, with a two-digit year: Sunday, 06-Nov-94 08:49:37 GMT
  new RegExp(
    `^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?<day>\\d{2})-${MONTH}-(?<year>\\d{2}) ${TIME} GMT$`
  ),
  // asctime, obsolete, with the day padded by a space: Sun Nov  6 08:49:37 1994
  new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${MONTH} (?<day>[ \\d]\\d) ${TIME} (?<year>\\d{4})$`)
]

type DateFields = Record<'day' | 'month' | 'year' | 'hour' | 'minute' | 'second', string>

/** An HTTP-date as ms since the epoch; undefined when it has none of the forms or cannot exist. */
function httpDateMs(text: string, nowMs: number): number | undefined {
  const fields = HTTP_DATE_FORMS.map(form => form.exec(text)?.groups).find(Boolean)
  if (!fields) return undefined
  const { day, month, year, hour, minute, second } = fields as DateFields
  const time = [day, hour, minute, second].map(Number) as [number, number, number, number]
  const ms = Date.UTC(fullYear(year, nowMs), MONTHS.indexOf(month), ...time)
  // Date.UTC rolls 30 Feb over to March and 24:00 to the next day (and a leap second, which a
  // Date cannot hold, to the next minute): a date that does not exist is refused, not moved.
  const date = new Date(ms)
  const read = [date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
  return read.every((value, index) => value === time[index]) ? ms : undefined
}

/**
 * RFC 850's two-digit year is the year with those digits that is not more than 50 years in the
 * future (RFC 9110 §5.6.7).
 */
function fullYear(digits: string, nowMs: number): number {
  const year = Number(digits)
  if (digits.length === 4) return year
  const thisYear = new Date(nowMs).getUTCFullYear()
  const candidate = thisYear - (thisYear % 100) + year
  return candidate > thisYear + 50 ? candidate - 100 : candidate
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
