import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { dataBehind, isFresh, readPlatformTime } from '../../src/run/freshness.js'

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

  it('refuses what is none of these, and impossible dates', () => {
    for (const odd of ['yesterday evening', '2024-13-01 00:00:00', '2024-02-30', '', true, {}, -5])
      expect(typeof ms(odd)).toBe('string')
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
})
