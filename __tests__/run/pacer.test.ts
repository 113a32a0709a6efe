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

type ManualClock = ReturnType<typeof manualClock>

/**
 * One request at a time, answered as `pattern` says ('A' accepted, 'R' refused with a pause of
 * `pauseMs` asked for), each sent `everyMs` after the answer before it and answered 20 ms later.
 * The default 3 s is slower than any pace (0.5/s at the slowest): no turn waits, so the estimate
 * does not grow and nothing is accepted within the last 2 s. `everyMs: 0` sends each request as
 * soon as its turn comes. What pushedBack returned, and when each request was sent.
 */
async function answerInTurn(
  pacer: Pacer,
  clock: ManualClock,
  pattern: string,
  { everyMs = 3000, pauseMs = 2000 } = {}
) {
  const counted: boolean[] = []
  const sent: number[] = []
  for (const answer of pattern) {
    clock.now += everyMs
    const sentMs = await pacer.turn()
    sent.push(sentMs)
    clock.now += 20
    if (answer === 'R') counted.push(pacer.pushedBack(sentMs, pauseMs))
    else pacer.accepted(sentMs)
  }
  return { counted, sent }
}

/** The pace now: how long after one turn the next comes when both are taken at once (0 unpaced). */
async function paceMs(pacer: Pacer): Promise<number> {
  const first = await pacer.turn()
  return (await pacer.turn()) - first
}

describe('Pacer rules: the first pace', () => {
  it('is what the platform accepted over the last 2 s, over the time those acceptances took', async () => {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    // Accepted at 0.5 s (older than 2 s when the refusal comes), at 1 s (2 s before it, exactly),
    // at 2 s and at 2.5 s.
    for (const at of [500, 1000, 2000, 2500]) {
      clock.now = at
      pacer.accepted(at - 20)
    }
    clock.now = 3000
    expect(pacer.pushedBack(2980, 250)).toBe(true)
    // 3 accepted in the 2 s since the first of them: 1.5 a second, the first one interval on.
    const first = await pacer.turn()
    expect(first).toBeCloseTo(3000 + 1000 / 1.5)
    expect((await pacer.turn()) - first).toBeCloseTo(1000 / 1.5)
  })

  it.each([
    [250, 250],
    [5000, 2000]
  ])(
    'with nothing accepted lately and a pause of %i ms asked for: the first send after that pause, then one every %i ms (0.5/s at the slowest)',
    async (pauseMs, everyMs) => {
      const clock = manualClock()
      const pacer = new Pacer(clock)
      clock.now = 1000
      expect(pacer.pushedBack(980, pauseMs)).toBe(true)
      const first = await pacer.turn()
      expect(first).toBe(1000 + pauseMs)
      expect((await pacer.turn()) - first).toBe(everyMs)
    }
  )

  it('grows only while it is what holds the sends back', async () => {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    // Paced at 4 a second (a pause of 250 ms), then 5 accepted that the pace did not hold back.
    await answerInTurn(pacer, clock, 'RAAAAA', { pauseMs: 250 })
    expect(await paceMs(pacer)).toBe(250)
    // 5 accepted as fast as the pace lets them go: 5% more each, before any cut.
    await answerInTurn(pacer, clock, 'AAAAA', { everyMs: 0 })
    expect(await paceMs(pacer)).toBeCloseTo(250 / 1.05 ** 5)
  })
})

/** Paced at 4 a second at first (a pause of 250 ms asked for, nothing accepted lately). */
describe('Pacer rules: cuts', () => {
  it('a refusal before 8 answers since pacing began does not cut; on the 8th, the pace is cut to the share accepted', async () => {
    const clock = manualClock()
    const early = new Pacer(clock)
    await answerInTurn(early, clock, 'RAAAAAR', { pauseMs: 250 })
    expect(await paceMs(early)).toBe(250)
    const eighth = new Pacer(clock)
    await answerInTurn(eighth, clock, 'RAAAAAAR', { pauseMs: 250 })
    // 2 of 8 refused: 3 a second, the 75% accepted.
    expect(await paceMs(eighth)).toBeCloseTo(1000 / 3)
  })

  it('a burst of refusals is one cut: refusals of requests sent before it change nothing', async () => {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    await answerInTurn(pacer, clock, 'RAAAAAA', { pauseMs: 250 })
    const burst = [await pacer.turn(), await pacer.turn(), await pacer.turn()]
    clock.now += 20
    expect(burst.map(sentMs => pacer.pushedBack(sentMs, 250))).toEqual([true, true, true])
    expect(await paceMs(pacer)).toBeCloseTo(1000 / 3) // the one cut: 2 of 8 refused
  })

  /** Cut to 3 a second (2 of 8 refused), then a request sent in the same millisecond. */
  async function sentAtCut() {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    await answerInTurn(pacer, clock, 'RAAAAAA', { pauseMs: 250 })
    const refusedMs = await pacer.turn()
    clock.now += 300
    pacer.pushedBack(refusedMs, 250)
    const cutMs = clock.now
    const sentMs = await pacer.turn()
    expect(sentMs).toBe(cutMs)
    clock.now += 20
    return { clock, pacer, sentMs }
  }

  it('a request sent at the moment of a cut is sent after it: refused, it cuts 15% deeper', async () => {
    const { pacer, sentMs } = await sentAtCut()
    expect(pacer.pushedBack(sentMs, 250)).toBe(true)
    expect(await paceMs(pacer)).toBeCloseTo(1000 / (3 * 0.85))
  })

  it('a request sent at the moment of a cut is sent after it: accepted, it is one of the 12 answers that judge the cut', async () => {
    const { clock, pacer, sentMs } = await sentAtCut()
    pacer.accepted(sentMs)
    // 11 more accepted end the trial: paid off. The refusal after them is a new burst's first,
    // not a 12th answer: cut (2 of 16 refused) by 15%.
    await answerInTurn(pacer, clock, 'A'.repeat(11) + 'R')
    expect(await paceMs(pacer)).toBeCloseTo(1000 / (3 * 0.85))
  })

  it('while refusals go on after a cut: 15% deeper each, down to half the rate sent, then 12 answers judge it; all refused, the pace is halved at once', async () => {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    // Sent as fast as the pace allows: each gap between sends is the pace of the one before.
    await answerInTurn(pacer, clock, 'R' + 'A'.repeat(7), { everyMs: 0, pauseMs: 250 })
    const { sent } = await answerInTurn(pacer, clock, 'R'.repeat(24), { everyMs: 0 })
    const gaps = sent.slice(1).map((at, i) => at - (sent[i] ?? at))
    const slowdowns = gaps.slice(1).map((gap, i) => Number((gap / (gaps[i] ?? gap)).toFixed(3)))
    expect(slowdowns).toEqual([
      1.286, // the cut: 2 of 9 refused, to the 7/9 accepted
      ...Array(3).fill(1.176), // 15% deeper each, while above half the rate sent
      ...Array(11).fill(1), // no deeper: the 12 answers after the last cut judge it
      2, // all 12 refused, up by 0.3 or more: the limit fell, cut again at once (at most half)
      ...Array(6).fill(1)
    ])
  })
})

/**
 * At the slowest pace (0.5/s: a pause of 2 s asked for, nothing accepted lately) a cut goes no
 * lower, so every answer after the first cut counts toward its trial, and what the judgement did
 * shows in whether the pool is still paced.
 */
describe('Pacer rules: a trial of the cuts', () => {
  it('no refusal in the 12 answers after the cut: it paid off, and pacing stays even when a later trial fails', async () => {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    await answerInTurn(pacer, clock, 'RAAAAAAR' + 'A'.repeat(12))
    // A later cut (2 of 16 refused) that does not pay off: 4 of its 12 answers refused.
    await answerInTurn(pacer, clock, 'R' + 'RRRRAAAAAAAA')
    expect(await paceMs(pacer)).toBe(2000)
  })

  it('refused a quarter as often as before the cut, exactly: it paid off', async () => {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    // 3 of 9 refused before the cut, 1 of the 12 after it.
    await answerInTurn(pacer, clock, 'RRAAAAAAR' + 'RAAAAAAAAAAA')
    // Proven: a later trial that fails leaves pacing on.
    await answerInTurn(pacer, clock, 'R' + 'RRRRAAAAAAAA')
    expect(await paceMs(pacer)).toBe(2000)
  })

  it.each([
    [
      '2 of 8 refused before the cut, 2 of 12 after (too few to tell): it is kept',
      'RAAAAAAR',
      'RR',
      true
    ],
    [
      '2 of 8 refused before the cut, 3 of 12 after (as often): it is undone, and pacing ends',
      'RAAAAAAR',
      'RRR',
      false
    ],
    [
      '3 of 8 refused before the cut, 3 of 12 after (a third less, exactly: too little): it is undone',
      'RRAAAAAR',
      'RRR',
      false
    ]
  ])('%s', async (_, before, refused, paced) => {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    await answerInTurn(pacer, clock, before + refused.padEnd(12, 'A'))
    // The next turn: 2 s after the last send (20 ms ago) while paced, at once when unpaced.
    const judgedMs = clock.now
    expect(await pacer.turn()).toBe(paced ? judgedMs + 1980 : judgedMs)
    expect(await paceMs(pacer)).toBe(paced ? 2000 : 0)
  })

  it('an answer to a request sent while paced, coming once the cuts are undone, does not pace again', async () => {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    // 11 of the 12 answers that judge the cut, 3 refused: as often as the 2 of 8 before it.
    await answerInTurn(pacer, clock, 'RAAAAAAR' + 'RRRAAAAAAAA')
    const twelfth = await pacer.turn()
    const straggler = await pacer.turn() // held back 2 s by the pace
    clock.now += 20
    pacer.accepted(twelfth) // the cut is undone, and pacing ends
    pacer.accepted(straggler)
    const answeredMs = clock.now
    expect(await pacer.turn()).toBe(answeredMs)
    expect(await paceMs(pacer)).toBe(0)
  })

  it('refused more often by 0.3 exactly after the cut: the limit fell, and a new trial begins instead of an undo', async () => {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    // 2 of 10 refused before the cut, 6 of 12 after it.
    await answerInTurn(pacer, clock, 'R' + 'A'.repeat(8) + 'R' + 'RRRRRRAAAAAA')
    expect(await paceMs(pacer)).toBe(2000)
  })

  it('answers to requests sent before the cut do not count toward its trial', async () => {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    await answerInTurn(pacer, clock, 'RAAAAAA')
    const inFlight: number[] = []
    for (let i = 0; i < 4; i++) {
      clock.now += 3000
      inFlight.push(await pacer.turn())
    }
    clock.now += 20
    const [refused, ...accepted] = inFlight
    pacer.pushedBack(refused!, 2000) // the cut: 2 of 8 refused
    for (const sentMs of accepted) pacer.accepted(sentMs)
    // 9 answers after the cut, 3 refused: not yet judged (counting the 3 above, an undo).
    await answerInTurn(pacer, clock, 'RRRAAAAAA')
    expect(await paceMs(pacer)).toBe(2000)
  })

  it('undoing a later trial never slows the pace: a rate regrown past where its cuts began stays', async () => {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    await answerInTurn(pacer, clock, 'RAAAAAAR' + 'A'.repeat(12)) // paid off: pacing stays
    await answerInTurn(pacer, clock, 'AA', { everyMs: 0 }) // 0.05/s more each: 0.6/s
    expect(await paceMs(pacer)).toBeCloseTo(1000 / 0.6)
    // Cut (2 of 16 refused) by 15% to 0.51/s, and refused 3 times more (no deeper: 0.5/s is the
    // floor); then 9 accepted as fast as the pace allows, 0.05/s more each: 0.96/s when these 12
    // answers undo the cut (to 0.6/s), and the faster pace stays.
    await answerInTurn(pacer, clock, 'R' + 'RRR')
    await answerInTurn(pacer, clock, 'A'.repeat(9), { everyMs: 0 })
    expect(await paceMs(pacer)).toBeCloseTo(1000 / 0.96)
  })

  it('a trial that pays off lowers the share tolerated to the one it left', async () => {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    // Undone with 3 of 12 refused: a quarter tolerated. Up to a half refused changes nothing,
    // more paces again, and the cut then made (all refused) pays off (none refused after it).
    await answerInTurn(pacer, clock, 'RAAAAAAR' + 'RRRAAAAAAAAA')
    const { counted } = await answerInTurn(pacer, clock, 'R'.repeat(9))
    expect(counted).toEqual([...Array(8).fill(false), true])
    await answerInTurn(pacer, clock, 'R'.repeat(7) + 'A'.repeat(12))
    // 4 of 16 refused now counts: nothing is tolerated any more.
    expect((await answerInTurn(pacer, clock, 'R')).counted).toEqual([true])
  })
})

describe('Pacer rules: a share tolerated', () => {
  it('refusals up to 0.25 above it change nothing, paced or not; above it, pacing resumes, or the pace is cut', async () => {
    const clock = manualClock()
    const pacer = new Pacer(clock)
    // Undone with 3 of 12 refused: a quarter tolerated, and the pool unpaced.
    await answerInTurn(pacer, clock, 'RAAAAAAR' + 'RRRAAAAAAAAA')
    // Up to 8 of 16 refused: nothing; 9 of 16 paces again, judged on the answers from then on.
    const unpaced = await answerInTurn(pacer, clock, 'R'.repeat(9))
    expect(unpaced.counted).toEqual([...Array(8).fill(false), true])
    // Fewer than 8 answers: a refusal counts; 4 of 8, half, is tolerated; 5 of 9 is cut for.
    const paced = await answerInTurn(pacer, clock, 'AAAARRRR')
    expect(paced.counted).toEqual([true, true, false, true])
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
