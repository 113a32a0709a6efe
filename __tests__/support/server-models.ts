/**
 * The pool against modelled servers, in virtual time: the answer is decided when a request
 * arrives and comes `latencyMs` later; push-back is 429 with Retry-After: 1. The same figures
 * against the real simulator, with the bundle, are in `npm run bench`.
 */
import type { PlannedTrigger } from '../../src/inputs/trigger-plan.js'
import type { Attempt } from '../../src/platform/attempt.js'
import { runPool } from '../../src/run/pool.js'
import { RunBudget } from '../../src/run/run-budget.js'
import { RunControl } from '../../src/run/run-control.js'
import { accepted, answered, testBoundary } from './attempts.js'
import { fakeTimers } from './fake-timers.js'
import { seeded } from './seeded.js'

/**
 * A gateway that allows `rate` requests a second (or the rate at a moment), `burst` at once
 * (full at the start).
 */
export function tokenBucket(rate: number | ((nowMs: number) => number), burst: number) {
  const rateAt = typeof rate === 'number' ? () => rate : rate
  let tokens = burst
  let lastMs = 0
  return (nowMs: number): boolean => {
    tokens = Math.min(burst, tokens + ((nowMs - lastMs) * rateAt(nowMs)) / 1000)
    lastMs = nowMs
    if (tokens < 1) return false
    tokens--
    return true
  }
}

/** Refuses every other request, whatever the rate: accept, refuse, accept, ... */
export function alternating() {
  let arrivals = 0
  return (): boolean => arrivals++ % 2 === 0
}

/** Refuses `share` of the requests at random, whatever the rate. */
export function refusingShare(share: number, seed: number) {
  const random = seeded(seed)
  return (): boolean => random() >= share
}

export interface RunOptions {
  triggers: number
  concurrency: number
  latencyMs: number
  /** The Retry-After header of a 429; undefined sends none. '1' unless given. */
  retryAfter?: string | undefined
}

/**
 * The pool against a modelled server, in virtual time: the answer is decided when a request
 * arrives and comes `latencyMs` later; push-back is 429 with Retry-After: 1 unless told. The
 * same figures against the real simulator, with the bundle, are in `npm run bench`. Returns the
 * span, the share of requests refused, how many were sent, how many triggers failed and the
 * most refusals any one trigger met in a row.
 */
export async function runAgainst(
  decide: (nowMs: number, inFlight: number) => boolean,
  options: RunOptions
) {
  const timers = fakeTimers()
  const plan: PlannedTrigger[] = Array.from({ length: options.triggers }, (_, i) => ({
    tableName: 'sr.`c.s`.orders',
    partition: `day-${i}`
  }))
  const retryAfter = 'retryAfter' in options ? options.retryAfter : '1'
  let inFlight = 0
  let requests = 0
  let refused = 0
  let longestRefusalRun = 0
  const refusalRun = new Map<string, number>()
  const send = async (trigger: PlannedTrigger): Promise<Attempt> => {
    requests++
    const ok = decide(timers.now, ++inFlight)
    // The server is done with a request a moment before its answer arrives.
    await timers.sleep(options.latencyMs - 1)
    inFlight--
    await timers.sleep(1)
    const run = ok ? 0 : (refusalRun.get(trigger.partition) ?? 0) + 1
    refusalRun.set(trigger.partition, run)
    longestRefusalRun = Math.max(longestRefusalRun, run)
    if (ok) return accepted('ok')
    refused++
    return answered({ status: 429, body: '', ...(retryAfter === undefined ? {} : { retryAfter }) })
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
  return {
    spanMs: timers.now,
    refusedShare: refused / requests,
    requests,
    failed: results.filter(result => result.status !== 'succeeded').length,
    longestRefusalRun,
    cause: control.cause
  }
}
