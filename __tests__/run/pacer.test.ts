/**
 * Pace against a platform that limits its rate, not its concurrency (issue 17's targets, in
 * virtual time): a token bucket of 20 requests a second, burst 5, 429 + Retry-After: 1.
 */
import { describe, expect, it } from '@jest/globals'
import { runAgainst, tokenBucket } from '../support/server-models.js'
import { testStage } from '../support/stage.js'

describe('a rate-limited platform', () => {
  it.each([5, 20, 35, 50])(
    'at %i ms latency: 200 triggers at concurrency 16 take at most 1.15x the minimum, 15% refused, none failed',
    async latencyMs => {
      const { spanMs, refusedShare } = await runAgainst(tokenBucket(20, 5), {
        triggers: 200,
        concurrency: 16,
        latencyMs
      })
      const minimumMs = ((200 - 5) / 20) * 1000
      expect(spanMs / minimumMs).toBeLessThanOrEqual(1.15)
      expect(refusedShare).toBeLessThanOrEqual(0.15)
    }
  )
})

describe('a platform that caps requests in flight', () => {
  it.each([
    [200, 16, 1.25],
    [2000, 32, 1.1]
  ])(
    '%i triggers at concurrency %i stay within %fx the ideal',
    async (triggers, concurrency, target) => {
      const { spanMs, refusedShare } = await runAgainst((_, inFlight) => inFlight <= 4, {
        triggers,
        concurrency,
        latencyMs: 50
      })
      // The ideal counts whole rounds: 4 at a time, 50 ms each.
      const idealMs = Math.ceil(triggers / 4) * 50
      expect(spanMs / idealMs).toBeLessThanOrEqual(target)
      expect(refusedShare).toBeLessThanOrEqual(0.15)
    }
  )
})

describe('a trigger refused only for pace', () => {
  it('does not spend its retries on 429s, up to a bound', async () => {
    const { retrying } = await import('../../src/run/retry-loop.js')
    const { answered, accepted } = await import('../support/attempts.js')
    const answers = [
      ...Array.from({ length: 6 }, () => answered({ status: 429, body: '', retryAfter: '1' })),
      accepted('ok')
    ]
    const run = await retrying(
      async () => answers.shift(),
      { retries: 1, baseDelayMs: 1000, maxDelayMs: 30_000, retryAfterCapMs: 60_000 },
      testStage(),
      () => undefined
    )
    expect(run.last?.verdict.succeeded).toBe(true)
    expect(run.attempts).toBe(7)
  })

  it('still fails a trigger the platform keeps refusing with errors (503)', async () => {
    const { retrying } = await import('../../src/run/retry-loop.js')
    const { answered } = await import('../support/attempts.js')
    const run = await retrying(
      async () => answered({ status: 503, body: '', retryAfter: '1' }),
      { retries: 1, baseDelayMs: 1000, maxDelayMs: 30_000, retryAfterCapMs: 60_000 },
      testStage(),
      () => undefined
    )
    expect(run.attempts).toBe(2)
    expect(run.last?.verdict.succeeded).toBe(false)
  })
})
