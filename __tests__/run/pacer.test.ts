/**
 * Pace against a platform that limits its rate, not its concurrency (issue 17's targets, in
 * virtual time): a token bucket of 20 requests a second, burst 5, 429 + Retry-After: 1. And
 * against refusals that do not depend on the rate, alone or on top of a token bucket: a cut
 * that does not pay off is undone, and that share is tolerated.
 */
import { describe, expect, it } from '@jest/globals'
import { Pacer } from '../../src/run/pacer.js'
import { alternating, refusingShare, runAgainst, tokenBucket } from '../support/server-models.js'
import { seeded } from '../support/seeded.js'
import { testStage } from '../support/stage.js'

/** The fewest milliseconds a token bucket of 20/s, burst 5, takes for 200 triggers. */
const BUCKET_MINIMUM_MS = ((200 - 5) / 20) * 1000

describe('a rate-limited platform', () => {
  it.each([5, 20, 35, 50])(
    'at %i ms latency: 200 triggers at concurrency 16 take at most 1.15x the minimum, 15% refused, none failed',
    async latencyMs => {
      const { spanMs, refusedShare, failed } = await runAgainst(tokenBucket(20, 5), {
        triggers: 200,
        concurrency: 16,
        latencyMs
      })
      expect(spanMs / BUCKET_MINIMUM_MS).toBeLessThanOrEqual(1.15)
      expect(refusedShare).toBeLessThanOrEqual(0.15)
      expect(failed).toBe(0)
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
      const { spanMs, refusedShare, failed } = await runAgainst((_, inFlight) => inFlight <= 4, {
        triggers,
        concurrency,
        latencyMs: 50
      })
      // The ideal counts whole rounds: 4 at a time, 50 ms each.
      const idealMs = Math.ceil(triggers / 4) * 50
      expect(spanMs / idealMs).toBeLessThanOrEqual(target)
      expect(refusedShare).toBeLessThanOrEqual(0.15)
      expect(failed).toBe(0)
    }
  )
})

/**
 * Half of all answers refused whatever the rate (the issue: 40 triggers took 72 s and 78
 * requests, one refused 14 times in a row). At random, a run of refusals is the platform's coin:
 * with some 20 triggers refused at least once, one of them meets 6 in a row about half the time
 * whatever the pool does, so the bound there is 7; every other answer refused leaves 5.
 */
describe.each([
  ['every other answer refused', () => alternating(), 5],
  ['half the answers refused at random', () => refusingShare(0.5, 7), 7]
])('%s, whatever the rate', (_, platform, longestRun) => {
  it.each([
    [4, 'Retry-After: 1', '1'],
    [4, 'no Retry-After', undefined],
    [4, 'Retry-After: 0', '0'],
    [1, 'Retry-After: 1', '1'],
    [1, 'no Retry-After', undefined],
    [16, 'Retry-After: 1', '1'],
    [16, 'no Retry-After', undefined]
  ])(
    `40 triggers at concurrency %i, %s: all succeed in under 60 s, at most 90 requests, at most ${longestRun} refusals in a row`,
    async (concurrency, _label, retryAfter) => {
      const run = await runAgainst(platform(), {
        triggers: 40,
        concurrency,
        latencyMs: 20,
        retryAfter
      })
      expect(run.failed).toBe(0)
      expect(run.spanMs).toBeLessThan(60_000)
      expect(run.requests).toBeLessThanOrEqual(90)
      expect(run.longestRefusalRun).toBeLessThanOrEqual(longestRun)
    }
  )
})

describe('a token bucket behind refusals at random', () => {
  // 20/s, burst 5, and 30% of what the bucket lets through refused anyway: at best 70% of the
  // bucket's rate is accepted. Over 20 seeds the median is about 2x; the worst seen, 9.6x, is
  // a run whose cuts for the random share left the rate low, to climb back by 0.05 an answer
  // (the old pacer: 17-27x).
  it.each([5, 20, 50])(
    'at %i ms latency: 200 triggers at concurrency 16 all succeed within 2.5x the ideal',
    async latencyMs => {
      const bucket = tokenBucket(20, 5)
      const coin = seeded(11)
      const run = await runAgainst(nowMs => bucket(nowMs) && coin() >= 0.3, {
        triggers: 200,
        concurrency: 16,
        latencyMs
      })
      expect(run.failed).toBe(0)
      expect(run.spanMs / (BUCKET_MINIMUM_MS / 0.7)).toBeLessThanOrEqual(2.5)
      expect(run.refusedShare).toBeLessThanOrEqual(0.5)
    }
  )
})

describe('push-back that changes during the run', () => {
  it('a share refused at random that comes and goes (none, half, none) is ridden out', async () => {
    // The old pacer cut for every refusal and took 160 s.
    const coin = seeded(3)
    let arrivals = 0
    const run = await runAgainst(() => (++arrivals > 60 && arrivals < 200 ? coin() >= 0.5 : true), {
      triggers: 200,
      concurrency: 4,
      latencyMs: 20
    })
    expect(run.failed).toBe(0)
    expect(run.spanMs).toBeLessThan(40_000)
  })

  it('a token bucket whose rate drops from 20/s to 5/s is followed down', async () => {
    const bucket = tokenBucket(nowMs => (nowMs < 3000 ? 20 : 5), 5)
    const run = await runAgainst(bucket, { triggers: 200, concurrency: 16, latencyMs: 20 })
    // 3 s at 20/s (and the burst), then 5/s for the rest.
    const minimumMs = 3000 + ((200 - 65) / 5) * 1000
    expect(run.failed).toBe(0)
    expect(run.spanMs / minimumMs).toBeLessThanOrEqual(1.2)
    expect(run.refusedShare).toBeLessThanOrEqual(0.25)
  })

  it('a token bucket that appears on top of a share already tolerated is still followed', async () => {
    // Half refused at random from the start; from 4 s on, a bucket of 5/s behind it. The old
    // pacer took 605 s.
    const coin = seeded(5)
    const bucket = tokenBucket(5, 5)
    const run = await runAgainst(nowMs => coin() >= 0.5 && (nowMs < 4000 || bucket(nowMs)), {
      triggers: 200,
      concurrency: 16,
      latencyMs: 20
    })
    expect(run.failed).toBe(0)
    expect(run.spanMs).toBeLessThan(70_000)
  })

  it('bursts of refusals (all refused for 300 ms every 3 s) over a token bucket', async () => {
    const bucket = tokenBucket(20, 5)
    const run = await runAgainst(nowMs => bucket(nowMs) && nowMs % 3000 >= 300, {
      triggers: 200,
      concurrency: 16,
      latencyMs: 20
    })
    expect(run.failed).toBe(0)
    expect(run.spanMs / BUCKET_MINIMUM_MS).toBeLessThanOrEqual(1.6) // the old pacer: 5.0x
  })

  it('half refused at random for 3 s over a token bucket: slow to climb back, all succeed', async () => {
    // The cuts made while the share was high pay off once it ends, and the rate climbs back
    // additively: the weakest figure here (the old pacer: 3.0x).
    const bucket = tokenBucket(20, 5)
    const coin = seeded(3)
    const run = await runAgainst(
      nowMs => bucket(nowMs) && (nowMs < 3000 || nowMs >= 6000 || coin() >= 0.5),
      { triggers: 200, concurrency: 16, latencyMs: 20 }
    )
    expect(run.failed).toBe(0)
    expect(run.spanMs / BUCKET_MINIMUM_MS).toBeLessThanOrEqual(3)
  })
})

/** A clock that only moves when something sleeps or time is passed by hand. */
function manualClock() {
  const clock = {
    now: 0,
    nowMs: () => clock.now,
    stopped: () => false,
    sleep: async (ms: number) => {
      clock.now += ms
    }
  }
  return clock
}

/** One request at a time, 20 ms each, answered by `refuse`; what pushedBack returned. */
async function sendInTurn(
  pacer: Pacer,
  clock: { now: number },
  count: number,
  refuse: (i: number) => boolean
) {
  const counted: boolean[] = []
  for (let i = 0; i < count; i++) {
    const sentMs = await pacer.turn()
    clock.now += 20
    if (refuse(i)) counted.push(pacer.pushedBack(sentMs, 250))
    else pacer.accepted(sentMs)
  }
  return counted
}

describe('Pacer rules', () => {
  it('a share refused whatever the rate: the cuts are undone, pacing ends, and that share is tolerated', async () => {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    const counted = await sendInTurn(pacer, clock, 80, i => i % 2 === 1)
    expect(counted[0]).toBe(true) // the first refusal paces
    expect(counted.slice(-10)).toEqual(Array(10).fill(false)) // the last are tolerated
    const before = clock.now
    await pacer.turn()
    expect(clock.now).toBe(before) // unpaced: a turn is at once
    expect(pacer.engaged).toBe(true) // still judging push-back
  })

  it('refusals that stop once the rate is cut: the cut stays, and pacing with it', async () => {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    // Refused now and then at first, never once the pace has slowed.
    await sendInTurn(pacer, clock, 40, i => i < 20 && i % 3 === 2)
    const counted = await sendInTurn(pacer, clock, 20, () => false)
    expect(counted).toEqual([])
    const before = clock.now
    await pacer.turn()
    expect(clock.now).toBeGreaterThan(before) // still paced
  })
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

describe('a platform that refuses every request for pace', () => {
  it('ends the run once three triggers have spent their requests on 429s', async () => {
    const { spanMs, requests, cause } = await runAgainst(() => false, {
      triggers: 700,
      concurrency: 4,
      latencyMs: 20
    })
    expect(cause).toBe('refused')
    // Three triggers of 14 requests each, and those in flight: not 700 triggers' worth.
    expect(requests).toBeLessThanOrEqual(14 * (3 + 3))
    expect(spanMs).toBeLessThan(3 * 60_000)
  })

  it('ends the run after two minutes of nothing but 429s, however long each asks to wait', async () => {
    const { spanMs, cause, requests } = await runAgainst(() => false, {
      triggers: 700,
      concurrency: 4,
      latencyMs: 20,
      retryAfter: '60'
    })
    expect(cause).toBe('throttled')
    expect(spanMs).toBeGreaterThanOrEqual(120_000)
    expect(spanMs).toBeLessThan(120_000 + 60_000)
    expect(requests).toBeLessThan(40)
  })
})
