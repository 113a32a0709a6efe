import { describe, expect, it } from '@jest/globals'
import type { Attempt } from '../../src/platform/client.js'
import type { PlannedTrigger } from '../../src/inputs/trigger-plan.js'
import { RunControl } from '../../src/run/run-control.js'
import { runPool } from '../../src/run/pool.js'
import { Throttle } from '../../src/run/throttle.js'
import { accepted, answered, testBoundary } from '../support/attempts.js'
import { fakeTimers } from '../support/fake-timers.js'

/** A clock that only moves when something sleeps. */
function fakeClock() {
  const clock = {
    now: 0,
    sleeps: [] as number[],
    nowMs: () => clock.now,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms)
      clock.now += ms
    }
  }
  return clock
}

const settle = () => new Promise(resolve => setImmediate(resolve))

/**
 * A busy pool at the current level: the window is filled, then every slot turns over once,
 * each replacement sent with the window full, and the server accepts them all.
 */
async function acceptRound(throttle: Throttle): Promise<void> {
  const level = throttle.limit
  await Promise.all(Array.from({ length: level }, () => throttle.acquire()))
  const turnedOver = []
  for (let i = 0; i < level; i++) {
    throttle.release()
    turnedOver.push(await throttle.acquire())
  }
  for (const ticket of turnedOver) {
    throttle.release()
    throttle.accepted(ticket)
  }
}

describe('Throttle rules', () => {
  it('lets at most `limit` callers through at once', async () => {
    const throttle = new Throttle(2, fakeClock())
    let admitted = 0
    for (let i = 0; i < 3; i++) void throttle.acquire().then(() => admitted++)
    await settle()
    expect(admitted).toBe(2)
    throttle.release()
    await settle()
    expect(admitted).toBe(3)
  })

  it('starts at full concurrency', () => {
    expect(new Throttle(32, fakeClock()).limit).toBe(32)
  })

  it('halves once per burst: push-backs on requests sent before the change count once', async () => {
    const throttle = new Throttle(16, fakeClock())
    const burst = await Promise.all(Array.from({ length: 16 }, () => throttle.acquire()))
    burst.forEach(() => throttle.release())
    burst.slice(4).forEach(ticket => throttle.pushedBack(ticket, 1000))
    expect(throttle.limit).toBe(8)
  })

  it('after a failed probe returns to the last good level, and waits longer before the next', async () => {
    const clock = fakeClock()
    const throttle = new Throttle(16, clock)
    const refuseAt = async (level: number) => {
      const ticket = { ...(await throttle.acquire()), level }
      throttle.release()
      throttle.pushedBack(ticket, 1000)
    }
    await refuseAt(8) // the server takes fewer than 8: halve to 4
    expect(throttle.limit).toBe(4)
    await acceptRound(throttle)
    expect(throttle.limit).toBe(5) // +1 a round
    await refuseAt(5) // a failed probe: back to 4, not 2
    expect(throttle.limit).toBe(4)
    for (const rounds of [4, 8]) {
      // 5 failed: it now takes 4 rounds, then 8, before probing it again
      for (let round = 1; round < rounds; round++) await acceptRound(throttle)
      expect(throttle.limit).toBe(4)
      await acceptRound(throttle)
      expect(throttle.limit).toBe(5)
      if (rounds === 4) await refuseAt(5)
    }
    expect(clock.sleeps).toEqual([]) // no probe ever paused the pool
  })

  it('pauses everyone only when even one request at a time is refused', async () => {
    const clock = fakeClock()
    const throttle = new Throttle(1, clock)
    const ticket = await throttle.acquire()
    throttle.release()
    throttle.pushedBack(ticket, 5000)
    await throttle.acquire()
    expect(clock.sleeps).toEqual([5000])
  })
})

/**
 * The pool against two kinds of servers, in virtual time: the answer is decided when a request
 * arrives and comes `latencyMs` later; push-back is 429 with Retry-After: 1. The same figures
 * against the real simulator, with the bundle, are in `npm run bench`.
 */
async function runAgainst(
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
  const running = runPool(
    plan,
    {
      concurrency: options.concurrency,
      failFast: false,
      retryPolicy: { retries: 10, baseDelayMs: 1000, maxDelayMs: 30_000, retryAfterCapMs: 60_000 }
    },
    {
      send,
      sleep: timers.sleep,
      random: () => 0.5,
      nowMs: () => timers.now,
      boundary: testBoundary,
      onRetry: () => undefined,
      onFinished: () => undefined,
      control: new RunControl()
    }
  )
  const results = await timers.runUntilDone(running)
  expect(results.every(result => result.status === 'succeeded')).toBe(true)
  return { spanMs: timers.now, refusedShare: refused / (options.triggers + refused) }
}

describe('Throttle against servers that push back', () => {
  it('holds a server that takes 4 in flight near its cap, without stalling (issue targets)', async () => {
    const { spanMs, refusedShare } = await runAgainst((_, inFlight) => inFlight <= 4, {
      triggers: 200,
      concurrency: 16,
      latencyMs: 50
    })
    const idealMs = (200 * 50) / 4
    expect(spanMs / idealMs).toBeLessThanOrEqual(1.5)
    expect(refusedShare).toBeLessThanOrEqual(0.1)
  })

  it('keeps to a token bucket of 20 requests a second (issue targets)', async () => {
    const rate = 20
    const burst = 5
    let tokens = burst
    let lastMs = 0
    const { spanMs, refusedShare } = await runAgainst(
      nowMs => {
        tokens = Math.min(burst, tokens + ((nowMs - lastMs) * rate) / 1000)
        lastMs = nowMs
        if (tokens < 1) return false
        tokens--
        return true
      },
      { triggers: 200, concurrency: 16, latencyMs: 50 }
    )
    const minimumMs = ((200 - burst) / rate) * 1000
    expect(spanMs / minimumMs).toBeLessThanOrEqual(1.1)
    expect(refusedShare).toBeLessThanOrEqual(0.15)
  })
})
