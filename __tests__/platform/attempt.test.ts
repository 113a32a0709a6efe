import { describe, expect, it } from '@jest/globals'
import {
  answeredAttempt,
  isRateLimited,
  pushbackOf,
  unansweredAttempt
} from '../../src/platform/attempt.js'
import { TrustBoundary } from '../../src/trust.js'

const boundary = new TrustBoundary()
const ok = JSON.stringify({ code: '200', success: true, traceId: 't' })

describe('answeredAttempt', () => {
  it('takes Retry-After as push-back on a 429 or 503', () => {
    expect(answeredAttempt({ status: 429, body: '', retryAfter: '2' }, boundary, 0).end).toEqual({
      kind: 'answered',
      status: 429,
      pushbackMs: 2000
    })
    expect(
      pushbackOf(answeredAttempt({ status: 503, body: '', retryAfter: '3' }, boundary, 0))
    ).toBe(3000)
  })

  it('takes a bare 429 as push-back with no wait of its own', () => {
    const bare = answeredAttempt({ status: 429, body: '' }, boundary, 0)
    expect(pushbackOf(bare)).toBe(0)
    expect(isRateLimited(bare)).toBe(true)
  })

  it('ignores Retry-After on an accepted trigger, so successes are never slowed', () => {
    const attempt = answeredAttempt({ status: 200, body: ok, retryAfter: '30' }, boundary, 0)
    expect(attempt.verdict.succeeded).toBe(true)
    expect(pushbackOf(attempt)).toBeUndefined()
    expect(isRateLimited(attempt)).toBe(false)
  })
})

describe('unansweredAttempt', () => {
  it('marks a request Node would not build as local: nothing was sent, not retried', () => {
    const attempt = unansweredAttempt(
      Object.assign(new Error('bad header'), { code: 'ELOCAL' }),
      boundary
    )
    expect(attempt).toMatchObject({ end: { kind: 'not-sent' }, retryable: false })
    expect(attempt.verdict.reason).toContain('nothing was sent')
  })

  it('retries a connection that closed without an answer', () => {
    const attempt = unansweredAttempt(
      Object.assign(new Error('closed'), { code: 'ECLOSED' }),
      boundary
    )
    expect(attempt).toMatchObject({ end: { kind: 'silent' }, retryable: true })
  })

  it('says an answer Node could not parse is not HTTP, naming the parser code', () => {
    const attempt = unansweredAttempt(
      Object.assign(new Error('Header overflow'), { code: 'HPE_HEADER_OVERFLOW' }),
      boundary
    )
    expect(attempt.verdict.reason).toContain('not valid HTTP (HPE_HEADER_OVERFLOW)')
    expect(attempt.retryable).toBe(false)
    expect(attempt.end).toEqual({ kind: 'invalid-http' })
  })
})

describe('a cancelled request', () => {
  it.each([
    ['CANCELLED', false],
    ['CANCELLED_SENT', true]
  ])('%s ends as cancelled, sent: %s', (code, sent) => {
    const attempt = unansweredAttempt(Object.assign(new Error('x'), { code }), boundary)
    expect(attempt.end).toEqual({ kind: 'cancelled', sent })
  })
})

describe('refusedBy', () => {
  it('keeps the platform traceId and code when the action refuses an accepted answer', async () => {
    const { refusedBy } = await import('../../src/platform/attempt.js')
    const { display } = await import('../../src/trust.js')
    const accepted = answeredAttempt({ status: 200, body: ok }, boundary, 0)
    const refused = refusedBy(accepted, display`no token`)
    expect(refused.verdict).toMatchObject({ succeeded: false, traceId: 't', code: '200' })
  })
})
