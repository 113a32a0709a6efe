import { describe, expect, it } from '@jest/globals'
import { Throttle } from '../../src/run/throttle.js'
import { runAgainst, tokenBucket } from '../support/server-models.js'

/** A clock that only moves when something sleeps. */
function fakeClock() {
  const clock = {
    now: 0,
    sleeps: [] as number[],
    nowMs: () => clock.now,
    stopped: () => false,
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

  it('holds the level that failed as long as its probe took, then forgets it: a round a level', async () => {
    const throttle = new Throttle(16, fakeClock())
    const refuseAt = async (level: number) => {
      const ticket = { ...(await throttle.acquire()), level }
      throttle.release()
      throttle.pushedBack(ticket, 1000)
    }
    await refuseAt(8) // to 4, with 8 failed
    for (let round = 0; round < 3; round++) await acceptRound(throttle) // a round a level
    expect(throttle.limit).toBe(7)
    const levels = []
    for (let round = 0; round < 6; round++) {
      await acceptRound(throttle)
      levels.push(throttle.limit)
    }
    // Two rounds before 8, two at 8 before going past it; then 8 is forgotten: a round a level.
    expect(levels).toEqual([7, 8, 8, 9, 10, 11])
  })

  it('at full concurrency, a refusal after a full round still lowers the level', async () => {
    const throttle = new Throttle(2, fakeClock())
    const [early, second] = [await throttle.acquire(), await throttle.acquire()]
    throttle.release()
    const third = await throttle.acquire()
    throttle.release()
    throttle.release()
    throttle.accepted(second)
    throttle.accepted(third) // a full round at 2, the most allowed
    expect(throttle.limit).toBe(2)
    throttle.pushedBack(early, 1000) // sent at that same level: it holds less than 2
    expect(throttle.limit).toBe(1)
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

/** A burst at full level: every slot taken, then all released, their answers still to come. */
async function burst(throttle: Throttle) {
  const tickets = await Promise.all(
    Array.from({ length: throttle.limit }, () => throttle.acquire())
  )
  tickets.forEach(() => throttle.release())
  return tickets
}

describe('Throttle levels', () => {
  it('marks a request full only when it takes the last free slot', async () => {
    const throttle = new Throttle(2, fakeClock())
    const [first, second] = [await throttle.acquire(), await throttle.acquire()]
    expect([first.full, second.full]).toEqual([false, true])
    expect([first.level, second.level]).toEqual([2, 2])
  })

  it('after push-back, goes down to what the server took of the burst when that is under half', async () => {
    const throttle = new Throttle(8, fakeClock())
    const tickets = await burst(throttle)
    tickets.slice(0, 3).forEach(ticket => throttle.accepted(ticket))
    throttle.pushedBack(tickets[3]!, 1000)
    expect(throttle.limit).toBe(3)
    // The rest of that burst refused too: the burst was answered already.
    tickets.slice(4).forEach(ticket => throttle.pushedBack(ticket, 1000))
    expect(throttle.limit).toBe(3)
  })

  it('after push-back, goes down to half however much of the burst the server took', async () => {
    const throttle = new Throttle(8, fakeClock())
    const tickets = await burst(throttle)
    tickets.slice(0, 6).forEach(ticket => throttle.accepted(ticket))
    throttle.pushedBack(tickets[6]!, 1000)
    expect(throttle.limit).toBe(4)
  })

  it('counts only what the server took of the burst just refused, not of the one before', async () => {
    const throttle = new Throttle(8, fakeClock())
    const first = await burst(throttle)
    throttle.pushedBack(first[0]!, 1000) // nothing taken: half, 4
    first.slice(1).forEach(ticket => throttle.accepted(ticket)) // answers to the old burst
    const second = await burst(throttle)
    throttle.accepted(second[0]!)
    throttle.pushedBack(second[1]!, 1000)
    expect(throttle.limit).toBe(1)
  })

  it('goes up by one per full round, to the level refused only after two, and no further', async () => {
    const throttle = new Throttle(4, fakeClock())
    throttle.pushedBack((await burst(throttle))[0]!, 1000)
    expect(throttle.limit).toBe(2)
    const levels = []
    for (let round = 0; round < 5; round++) {
      await acceptRound(throttle)
      levels.push(throttle.limit)
    }
    expect(levels).toEqual([3, 3, 4, 4, 4])
  })

  it('does not go up for requests sent with slots free, which prove nothing about the level', async () => {
    const throttle = new Throttle(4, fakeClock())
    throttle.pushedBack((await burst(throttle))[0]!, 1000)
    for (let i = 0; i < 8; i++) {
      const ticket = await throttle.acquire()
      throttle.release()
      throttle.accepted(ticket)
    }
    expect(throttle.limit).toBe(2)
  })

  it('does not go up for answers to requests sent before the level changed', async () => {
    const throttle = new Throttle(4, fakeClock())
    const old = await burst(throttle)
    throttle.pushedBack(old[0]!, 1000)
    for (let i = 0; i < 3; i++) old.slice(1).forEach(ticket => throttle.accepted(ticket))
    expect(throttle.limit).toBe(2)
  })

  it('while pacing, a refusal returns to one at a time, unless sent before the level changed', async () => {
    const throttle = new Throttle(4, fakeClock())
    throttle.pushedBack((await burst(throttle))[0]!, 1000) // 2, with 4 failed
    throttle.pushedBack((await burst(throttle))[0]!, 1000) // 1, with 2 failed
    throttle.pushedBack((await burst(throttle))[0]!, 1000) // refused at 1: paced from now on
    expect(throttle.limit).toBe(1)
    await acceptRound(throttle)
    await acceptRound(throttle) // two rounds at 1 before the level that failed
    expect(throttle.limit).toBe(2)
    const [sentAtTwo] = await burst(throttle)
    await acceptRound(throttle)
    await acceptRound(throttle) // two at 2, the level that failed, and on to 3
    expect(throttle.limit).toBe(3)
    throttle.pushedBack(sentAtTwo!, 1000) // an answer to the level before: no change
    expect(throttle.limit).toBe(3)
    throttle.pushedBack((await burst(throttle))[0]!, 1000)
    expect(throttle.limit).toBe(1)
  })

  it('stays at one at a time, pausing as long as asked, each time one at a time is refused', async () => {
    const clock = fakeClock()
    const throttle = new Throttle(2, clock)
    throttle.pushedBack((await burst(throttle))[0]!, 1000)
    expect(clock.sleeps).toEqual([])
    const [atOne] = await burst(throttle)
    throttle.pushedBack(atOne!, 5000)
    const [again] = await burst(throttle)
    throttle.pushedBack(again!, 2000)
    expect(throttle.limit).toBe(1)
    await throttle.acquire()
    expect(clock.sleeps).toEqual([5000, 2000])
  })
})

describe('Throttle against servers that push back', () => {
  it('holds a server that takes 4 in flight near its cap, without stalling (issue targets)', async () => {
    const { spanMs, refusedShare, failed } = await runAgainst((_, inFlight) => inFlight <= 4, {
      triggers: 200,
      concurrency: 16,
      latencyMs: 50
    })
    const idealMs = (200 * 50) / 4
    expect(spanMs / idealMs).toBeLessThanOrEqual(1.5)
    expect(refusedShare).toBeLessThanOrEqual(0.1)
    expect(failed).toBe(0)
  })

  it('keeps to a token bucket of 20 requests a second (issue targets)', async () => {
    const rate = 20
    const burst = 5
    const { spanMs, refusedShare, failed } = await runAgainst(tokenBucket(rate, burst), {
      triggers: 200,
      concurrency: 16,
      latencyMs: 50
    })
    const minimumMs = ((200 - burst) / rate) * 1000
    expect(spanMs / minimumMs).toBeLessThanOrEqual(1.1)
    expect(refusedShare).toBeLessThanOrEqual(0.15)
    expect(failed).toBe(0)
  })
})
