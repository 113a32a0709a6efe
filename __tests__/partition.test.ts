import { describe, expect, it } from '@jest/globals'
import { isKnownTimeZone, resolvePartition } from '../src/partition.js'

// 2024-03-01 00:30 in Shanghai is still 2024-02-29 in UTC (a leap day).
const now = new Date('2024-02-29T16:30:00Z')
const utc = { now, timeZone: 'UTC' }
const shanghai = { now, timeZone: 'Asia/Shanghai' }

describe('resolvePartition', () => {
  it('keeps an explicit date', () => {
    expect(resolvePartition('2024-07-17', utc)).toBe('2024-07-17')
  })

  it('resolves today and yesterday in the given time zone', () => {
    expect(resolvePartition('today', utc)).toBe('2024-02-29')
    expect(resolvePartition('today', shanghai)).toBe('2024-03-01')
    expect(resolvePartition('yesterday', shanghai)).toBe('2024-02-29')
    expect(resolvePartition('TODAY', utc)).toBe('2024-02-29')
  })

  it('resolves today-N across month and year boundaries', () => {
    expect(resolvePartition('today-1', shanghai)).toBe('2024-02-29')
    expect(resolvePartition('today-60', utc)).toBe('2023-12-31')
    expect(resolvePartition('today-0', utc)).toBe('2024-02-29')
  })

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10'])(
    'refuses %s, which is not a real calendar date',
    date => {
      expect(() => resolvePartition(date, utc)).toThrow('must be a real calendar date')
    }
  )

  it.each(['2024/07/17', '17-07-2024', 'tomorrow', 'today+1', '2024-7-17', ''])(
    'refuses %j with the accepted forms in the message',
    spec => {
      expect(() => resolvePartition(spec, utc)).toThrow(
        'must be yyyy-MM-dd, today, yesterday or today-N'
      )
    }
  )
})

describe('isKnownTimeZone', () => {
  it('knows IANA zones and UTC, and nothing else', () => {
    expect(isKnownTimeZone('Asia/Shanghai')).toBe(true)
    expect(isKnownTimeZone('UTC')).toBe(true)
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false)
    expect(isKnownTimeZone('')).toBe(false)
  })
})
