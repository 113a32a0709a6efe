import { describe, expect, it } from '@jest/globals'
import {
  backoffDelayMs,
  isRetryable,
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

  it('retries refused and reset connections and DNS temporary failures, not unknown hosts', () => {
    expect(
      ['ECONNREFUSED', 'ECONNRESET', 'EAI_AGAIN', 'ETIMEDOUT', 'TIMEOUT'].every(errorCode =>
        isRetryable({ errorCode })
      )
    ).toBe(true)
    expect(isRetryable({ errorCode: 'ENOTFOUND' })).toBe(false)
    expect(isRetryable({ errorCode: 'CERT_HAS_EXPIRED' })).toBe(false)
  })
})

describe('backoff', () => {
  it('doubles its ceiling per retry, up to the cap, with full jitter', () => {
    const justUnder = () => 0.999999
    expect([1, 2, 3, 4, 5, 6, 7].map(n => backoffDelayMs(n, policy, justUnder))).toEqual([
      999, 1999, 3999, 7999, 15999, 29999, 29999
    ])
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0)
  })

  it('honours Retry-After over backoff, up to its cap', () => {
    expect(nextDelayMs(1, policy, 5000, () => 0.5)).toBe(5000)
    expect(nextDelayMs(1, policy, 600_000, () => 0.5)).toBe(60_000)
    expect(nextDelayMs(1, policy, undefined, () => 0.5)).toBe(500)
  })
})

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z')

  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfterMs('7', now)).toBe(7000)
    expect(parseRetryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfterMs('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0)
  })

  it('ignores what it cannot read', () => {
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined()
    expect(parseRetryAfterMs('soon', now)).toBeUndefined()
    expect(parseRetryAfterMs('-5', now)).toBeUndefined()
  })
})
