import { describe, expect, it } from '@jest/globals'
import { Throttle } from '../src/throttle.js'

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

describe('Throttle', () => {
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

  it('halves the limit when the server pushes back, down to 1', () => {
    const throttle = new Throttle(8, fakeClock())
    throttle.throttled(0)
    expect(throttle.limit).toBe(4)
    throttle.throttled(0)
    throttle.throttled(0)
    throttle.throttled(0)
    expect(throttle.limit).toBe(1)
  })

  it('adds one slot back per full window of accepted requests, up to the maximum', () => {
    const throttle = new Throttle(4, fakeClock())
    throttle.throttled(0)
    throttle.accepted()
    expect(throttle.limit).toBe(2)
    throttle.accepted()
    expect(throttle.limit).toBe(3)
    for (let i = 0; i < 10; i++) throttle.accepted()
    expect(throttle.limit).toBe(4)
  })

  it('makes every later caller wait out the pause the server asked for', async () => {
    const clock = fakeClock()
    const throttle = new Throttle(4, clock)
    throttle.throttled(5000)
    await throttle.acquire()
    expect(clock.sleeps).toEqual([5000])
    throttle.release()
    await throttle.acquire()
    expect(clock.sleeps).toEqual([5000])
  })
})
