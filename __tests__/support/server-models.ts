/**
 * The pool against modelled servers, in virtual time: the answer is decided when a request
 * arrives and comes `latencyMs` later; push-back is 429 with Retry-After: 1. The same figures
 * against the real simulator, with the bundle, are in `npm run bench`.
 */
import { expect } from '@jest/globals'
import type { PlannedTrigger } from '../../src/inputs/trigger-plan.js'
import type { Attempt } from '../../src/platform/client.js'
import { runPool } from '../../src/run/pool.js'
import { RunBudget } from '../../src/run/run-budget.js'
import { RunControl } from '../../src/run/run-control.js'
import { accepted, answered, testBoundary } from './attempts.js'
import { fakeTimers } from './fake-timers.js'

/** A gateway that allows `rate` requests a second, `burst` at once (full at the start). */
export function tokenBucket(rate: number, burst: number) {
  let tokens = burst
  let lastMs = 0
  return (nowMs: number): boolean => {
    tokens = Math.min(burst, tokens + ((nowMs - lastMs) * rate) / 1000)
    lastMs = nowMs
    if (tokens < 1) return false
    tokens--
    return true
  }
}

/**
 * The pool against two kinds of servers, in virtual time: the answer is decided when a request
 * arrives and comes `latencyMs` later; push-back is 429 with Retry-After: 1. The same figures
 * against the real simulator, with the bundle, are in `npm run bench`.
 */
export async function runAgainst(
  decide: (nowMs: number, inFlight: number) => boolean,
  options: { triggers: number; concurrency: number; latencyMs: number }
) {
  const timers = fakeTimers()
  const plan: PlannedTrigger[] = Array.from({ length: options.triggers }, (_, i) => ({
    tableName: 'sr.`c.s`.orders',
    partition: `day-${i}`
  }))
  let inFlight = 0
  let refused = 0
  const send = async (): Promise<Attempt> => {
    const ok = decide(timers.now, ++inFlight)
    // The server is done with a request a moment before its answer arrives.
    await timers.sleep(options.latencyMs - 1)
    inFlight--
    await timers.sleep(1)
    if (ok) return accepted('ok')
    refused++
    return answered({ status: 429, body: '', retryAfter: '1' })
  }
  const control = new RunControl()
  const clock = { sleep: timers.sleep, random: () => 0.5, nowMs: () => timers.now }
  const running = runPool(
    plan,
    {
      concurrency: options.concurrency,
      retryPolicy: { retries: 3, baseDelayMs: 1000, maxDelayMs: 30_000, retryAfterCapMs: 60_000 }
    },
    {
      send,
      boundary: testBoundary,
      onRetry: () => undefined,
      onFinished: () => undefined,
      control,
      budget: new RunBudget(clock, control, { plan, failFast: false })
    }
  )
  const results = await timers.runUntilDone(running)
  expect(results.every(result => result.status === 'succeeded')).toBe(true)
  return { spanMs: timers.now, refusedShare: refused / (options.triggers + refused) }
}
