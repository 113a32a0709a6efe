import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { dataBehind, isFresh, readPlatformTime } from '../../src/run/freshness.js'
import { runs } from '../support/property-runs.js'

const ms = (text: unknown) => {
  const reading = readPlatformTime(text)
  return 'ms' in reading ? reading.ms : reading.problem
}

describe('readPlatformTime', () => {
  it("reads the platform's yyyy-MM-dd HH:mm:ss as written (no zone)", () => {
    expect(ms('2024-09-01 18:09:16')).toBe(Date.UTC(2024, 8, 1, 18, 9, 16))
  })

  it('reads ISO 8601 with and without zone and fraction', () => {
    expect(ms('2024-09-01T18:09:16')).toBe(Date.UTC(2024, 8, 1, 18, 9, 16))
    expect(ms('2024-09-01T18:09:16.250')).toBe(Date.UTC(2024, 8, 1, 18, 9, 16, 250))
    expect(ms('2024-09-01T18:09:16Z')).toBe(Date.UTC(2024, 8, 1, 18, 9, 16))
    expect(ms('2024-09-01T18:09:16.5+08:00')).toBe(Date.UTC(2024, 8, 1, 10, 9, 16, 500))
    expect(ms('2024-09-01T18:09:16-0130')).toBe(Date.UTC(2024, 8, 1, 19, 39, 16))
    expect(ms('2024-09-01T18:09')).toBe(Date.UTC(2024, 8, 1, 18, 9))
    expect(ms('2024-08-23')).toBe(Date.UTC(2024, 7, 23))
  })

  it('reads epoch milliseconds as a number or digits', () => {
    expect(ms(1725214156000)).toBe(1725214156000)
    expect(ms('1725214156000')).toBe(1725214156000)
  })

  it('reads epoch seconds, whole or with a fraction, as a number or digits', () => {
    expect(ms(1733572800)).toBe(1733572800000)
    expect(ms('1733572800')).toBe(1733572800000)
    expect(ms(1733572800.5)).toBe(1733572800500)
    // To the millisecond: 8703545680.068 * 1000 is 8703545680068.001 in binary floating point.
    expect(ms(8703545680.068)).toBe(8703545680068)
    expect(ms('946684800')).toBe(Date.UTC(2000, 0, 1))
  })

  it('tells seconds from milliseconds at 1e11: below is seconds, at or above is milliseconds', () => {
    expect(ms(99_999_999_999)).toBe(99_999_999_999_000)
    expect(ms(100_000_000_000)).toBe(100_000_000_000)
    expect(ms('99999999999')).toBe(99_999_999_999_000)
    expect(ms('100000000000')).toBe(100_000_000_000)
  })

  it('reads a time written as epoch seconds and as epoch milliseconds to the same instant', () => {
    // Every millisecond from 1e11 ms (March 1973) on, while its seconds stay below 1e11.
    const instant = fc.integer({ min: 100_000_000_000, max: 99_999_999_999_000 })
    fc.assert(
      fc.property(instant, t => {
        expect(ms(t / 1000)).toBe(t)
        expect(ms(t)).toBe(t)
        if (t % 1000 === 0) expect(ms(String(t / 1000))).toBe(ms(String(t)))
      }),
      { numRuns: runs(1000) }
    )
  })

  it('refuses what is none of these, and impossible dates', () => {
    for (const odd of ['yesterday evening', '2024-13-01 00:00:00', '2024-02-30', '', true, {}, -5])
      expect(typeof ms(odd)).toBe('string')
  })

  it('says why it cannot read a value', () => {
    expect(readPlatformTime(-5)).toEqual({ problem: 'not a time' })
    expect(readPlatformTime(Number.NaN)).toEqual({ problem: 'not a time' })
    expect(readPlatformTime(true)).toEqual({ problem: 'not a time' })
    expect(readPlatformTime('yesterday evening')).toEqual({
      problem: 'not a time this action reads'
    })
    expect(readPlatformTime('2024-02-30')).toEqual({ problem: 'not a real date and time' })
  })

  it('reads the epoch itself, and trims white space around a text', () => {
    expect(ms(0)).toBe(0)
    expect(ms(' 2024-09-01 18:09:16\t')).toBe(Date.UTC(2024, 8, 1, 18, 9, 16))
    expect(ms(' 1733572800 ')).toBe(1733572800000)
  })

  it.each([
    'at 2024-09-01 18:09:16',
    '2024-09-01 18:09:16 later',
    'T1733572800',
    '1733572800s',
    '12345678901234567',
    '12345678'
  ])('reads only a whole text as a time or an epoch number: %j is none', text => {
    expect(readPlatformTime(text)).toEqual({ problem: 'not a time this action reads' })
  })

  it('orders ISO times with zones as the instants they are', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2090, 0, 1), noInvalidDate: true }),
        date => {
          expect(ms(date.toISOString())).toBe(date.getTime())
        }
      )
    )
  })
})

describe('isFresh', () => {
  it('is fresh only when a later refresh ended than the baseline saw', () => {
    expect(isFresh(1000, 1001)).toBe(true)
    expect(isFresh(1000, 1000)).toBe(false)
    expect(isFresh(1000, 999)).toBe(false)
    expect(isFresh(1000, null)).toBe(false)
  })

  it('is fresh when a refresh time appears where the baseline had none', () => {
    expect(isFresh(null, 5)).toBe(true)
    expect(isFresh(null, 0)).toBe(true)
    expect(isFresh(null, Date.UTC(1969, 11, 31))).toBe(true)
    expect(isFresh(null, null)).toBe(false)
  })
})

describe('dataBehind', () => {
  it('says data ends before the newest partition refreshed', () => {
    expect(dataBehind(Date.UTC(2024, 7, 22), '2024-08-23')).toBe(true)
    expect(dataBehind(Date.UTC(2024, 7, 23), '2024-08-23')).toBe(false)
    expect(dataBehind(null, '2024-08-23')).toBe(false)
    expect(dataBehind(Date.UTC(2024, 7, 22), undefined)).toBe(false)
  })

  it('gives no false warning when latestDateTime is written in epoch seconds', () => {
    const dayMs = 86_400_000
    // Days from 1974 to 2200, and a moment within the day from its start on.
    const day = fc.integer({ min: 1461, max: 84_006 })
    const second = fc.integer({ min: 0, max: 86_399 })
    fc.assert(
      fc.property(day, second, fc.boolean(), (d, s, asDigits) => {
        const partition = new Date(d * dayMs).toISOString().slice(0, 10)
        const seconds = (d * dayMs) / 1000 + s
        const reading = readPlatformTime(asDigits ? String(seconds) : seconds)
        expect(reading).toEqual({ ms: seconds * 1000 })
        expect(dataBehind('ms' in reading ? reading.ms : null, partition)).toBe(false)
      })
    )
  })
})
