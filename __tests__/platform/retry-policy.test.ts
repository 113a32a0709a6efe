import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_BACKOFF,
  isRetryable,
  honouredPauseMs,
  nextDelayMs,
  parseRetryAfterMs
} from '../../src/platform/retry-policy.js'

const policy = { retries: 5, baseDelayMs: 1000, maxDelayMs: 30_000, retryAfterCapMs: 60_000 }

describe('which failures are transient', () => {
  it('retries 408, 429, 502, 503 and 504 and no other status', () => {
    const transient = [200, 400, 401, 404, 408, 429, 500, 501, 502, 503, 504].filter(status =>
      isRetryable({ status })
    )
    expect(transient).toEqual([408, 429, 502, 503, 504])
  })

  it.each([
    'ECONNREFUSED',
    'ECONNRESET',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'TIMEOUT',
    'EPROXY',
    'EAI_AGAIN',
    'ENETUNREACH',
    'ENETDOWN',
    'EHOSTUNREACH',
    'ECLOSED'
  ])('retries the transport error %s', errorCode => {
    expect(isRetryable({ errorCode })).toBe(true)
  })

  it.each(['ENOTFOUND', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'CANCELLED', ''])(
    'does not retry the transport error %j',
    errorCode => {
      expect(isRetryable({ errorCode })).toBe(false)
    }
  )
})

describe('backoff', () => {
  it('doubles its ceiling per retry, up to the cap, with full jitter', () => {
    const justUnder = () => 0.999999
    expect([1, 2, 3, 4, 5, 6, 7].map(n => nextDelayMs(n, policy, undefined, justUnder))).toEqual([
      999, 1999, 3999, 7999, 15999, 29999, 29999
    ])
    expect(nextDelayMs(3, policy, undefined, () => 0)).toBe(0)
  })

  it('by default starts at 1 s, doubles up to 30 s, and honours Retry-After up to 60 s', () => {
    const defaults = { retries: 5, ...DEFAULT_BACKOFF }
    const justUnder = () => 0.999999
    expect([1, 2, 5, 6, 7].map(n => nextDelayMs(n, defaults, undefined, justUnder))).toEqual([
      999, 1999, 15999, 29999, 29999
    ])
    expect(nextDelayMs(1, defaults, 600_000, justUnder)).toBe(60_000)
  })

  it('honours Retry-After over backoff, up to its cap', () => {
    expect(nextDelayMs(1, policy, 5000, () => 0.5)).toBe(5000)
    expect(nextDelayMs(1, policy, 600_000, () => 0.5)).toBe(60_000)
    expect(nextDelayMs(1, policy, undefined, () => 0.5)).toBe(500)
  })

  it('waits at least 250 ms when the server says Retry-After: 0, and at most the cap', () => {
    expect(nextDelayMs(1, policy, 0, () => 0)).toBe(250)
    expect(
      [0, 249, 250, 251, 59_999, 60_000, 60_001].map(ms => honouredPauseMs(ms, policy))
    ).toEqual([250, 250, 250, 251, 59_999, 60_000, 60_000])
  })
})

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z')
  // Friday 2 January 2026, 03:04:05 UTC: 1 day, 3 hours, 4 minutes and 5 seconds after `now`.
  const inADayMs = 97_445_000

  it('reads delta-seconds', () => {
    expect(parseRetryAfterMs('7', now)).toBe(7000)
    expect(parseRetryAfterMs('0', now)).toBe(0)
    expect(parseRetryAfterMs('120', now)).toBe(120_000)
    expect(parseRetryAfterMs(' 7 ', now)).toBe(7000)
  })

  it.each([
    ['IMF-fixdate', 'Fri, 02 Jan 2026 03:04:05 GMT'],
    ['RFC 850', 'Friday, 02-Jan-26 03:04:05 GMT'],
    ['asctime', 'Fri Jan  2 03:04:05 2026']
  ])('reads an HTTP-date in %s form', (_form, header) => {
    expect(parseRetryAfterMs(header, now)).toBe(inADayMs)
  })

  it('reads every month and a two-digit day in asctime form', () => {
    const months = [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec'
    ]
    months.forEach((month, index) => {
      const expected = Date.UTC(2026, index, 12, 0, 0, 0) - now
      expect(parseRetryAfterMs(`Mon, 12 ${month} 2026 00:00:00 GMT`, now)).toBe(expected)
      expect(parseRetryAfterMs(`Mon ${month} 12 00:00:00 2026`, now)).toBe(expected)
    })
  })

  it('takes a date in the past as no wait', () => {
    expect(parseRetryAfterMs('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0)
  })

  it('reads a two-digit year as at most 50 years ahead (RFC 9110)', () => {
    expect(parseRetryAfterMs('Wednesday, 01-Jan-76 00:00:00 GMT', now)).toBe(
      Date.UTC(2076, 0, 1) - now
    )
    expect(parseRetryAfterMs('Saturday, 01-Jan-77 00:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfterMs('Saturday, 01-Jan-77 00:00:00 GMT', Date.UTC(1970, 0, 1))).toBe(
      Date.UTC(1977, 0, 1)
    )
  })

  it.each([
    '5abc',
    '5 s',
    '-5',
    '+5',
    '1.5',
    '1e3',
    '0x10',
    '',
    'soon',
    '2026-01-02T03:04:05Z',
    'Fri, 02 Jan 2026 03:04:05 UTC',
    'Fri, 02 Jan 2026 03:04:05',
    'Fri, 02 Jan 2026 03:04:05 GMT trailing',
    'x Fri, 02 Jan 2026 03:04:05 GMT',
    'fri, 02 jan 2026 03:04:05 gmt',
    'Fri, 2 Jan 2026 03:04:05 GMT',
    'Fri, 02 Jan 26 03:04:05 GMT',
    'Fri, 02 January 2026 03:04:05 GMT',
    'Fri 02 Jan 2026 03:04:05 GMT',
    'Fri, 02 Jan 2026 3:04:05 GMT',
    'Friday, 02-Jan-2026 03:04:05 GMT',
    'Fri, 02-Jan-26 03:04:05 GMT',
    'Fri Jan 2 03:04:05 2026',
    'Fri Jan  2 03:04:05 26',
    'Fri Jan  2 03:04:05 2026 GMT'
  ])('ignores %j, which is neither delta-seconds nor an HTTP-date', header => {
    expect(parseRetryAfterMs(header, now)).toBeUndefined()
  })

  it.each([
    'Mon, 30 Feb 2026 00:00:00 GMT',
    'Thu, 31 Apr 2026 00:00:00 GMT',
    'Fri, 00 Jan 2026 00:00:00 GMT',
    'Fri, 02 Jan 2026 24:00:00 GMT',
    'Fri, 02 Jan 2026 03:60:00 GMT',
    'Fri, 02 Jan 2026 03:04:60 GMT'
  ])('ignores %j, a date that does not exist', header => {
    expect(parseRetryAfterMs(header, now)).toBeUndefined()
  })

  it('ignores a missing header', () => {
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined()
  })
})
