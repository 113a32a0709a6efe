import { describe, expect, it } from '@jest/globals'
import {
  checkPartitionForms,
  resolvePartitions,
  timeZoneProblem,
  todayIn,
  type Moment
} from '../../src/inputs/partition.js'

// 2024-03-01 00:30 in Shanghai is still 2024-02-29 in UTC (a leap day).
const now = new Date('2024-02-29T16:30:00Z')
const utc = { now, timeZone: 'UTC' }
const shanghai = { now, timeZone: 'Asia/Shanghai' }

/** One spec that names one day, resolved. */
function resolvePartition(spec: string, moment: Moment): string {
  const days = resolvePartitions([spec], moment)
  expect(days).toHaveLength(1)
  return days[0]!
}

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

  it('takes white space around a spec and around the minus of today-N', () => {
    expect(resolvePartitions([' 2024-02-28 ', 'today - 2', 'TODAY-3'], utc)).toEqual([
      '2024-02-26',
      '2024-02-27',
      '2024-02-28'
    ])
  })

  it('resolves today-N across month and year boundaries', () => {
    expect(resolvePartition('today-1', shanghai)).toBe('2024-02-29')
    expect(resolvePartition('today-60', utc)).toBe('2023-12-31')
    expect(resolvePartition('today-0', utc)).toBe('2024-02-29')
  })

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '0000-01-01', '0099-12-31'])(
    'refuses %s, which is not a real calendar date',
    date => {
      expect(() => resolvePartition(date, utc)).toThrow('must be a real calendar date')
    }
  )

  it.each([
    '2024/07/17',
    '17-07-2024',
    'tomorrow',
    'today+1',
    '2024-7-17',
    '',
    'x2024-07-17',
    '2024-07-17x',
    'xtoday-1',
    'today-1x'
  ])('refuses %j with the accepted forms in the message', spec => {
    expect(() => resolvePartition(spec, utc)).toThrow(
      'must be yyyy-MM-dd, today, yesterday, today-N, or a range A..B of those'
    )
  })
})

describe('range refusals quote the range as written and say what is wrong', () => {
  it.each([
    ['2024-07-01..', 'has a range without its last day: write A..B (e.g. 2024-07-01..yesterday)'],
    ['..yesterday', 'has a range without its first day: write A..B (e.g. 2024-07-01..yesterday)'],
    ['2024-07-01...2024-07-03', 'has a range with three dots: write A..B (two dots)'],
    ['2024-07-01..2024-02-30', 'must be a real calendar date (yyyy-MM-dd)']
  ])('%s', (spec, rule) => {
    expect(() => resolvePartitions([spec], utc)).toThrow(
      expect.objectContaining({ rule, offendingValue: spec })
    )
  })
})

describe('timeZoneProblem', () => {
  it.each(['Asia/Shanghai', 'UTC', 'Etc/GMT-8', 'America/Argentina/Buenos_Aires', 'Asia/Kolkata'])(
    'accepts the canonical IANA name %s',
    zone => expect(timeZoneProblem(zone)).toBeNull()
  )

  it.each([
    ['CST', 'CST is ambiguous: write Asia/Shanghai or America/Chicago'],
    ['EST', 'EST is ambiguous: write America/New_York'],
    ['IST', 'IST is ambiguous: write Asia/Kolkata'],
    ['PRC', 'is a legacy alias or abbreviation: write Asia/Shanghai'],
    ['US/Eastern', 'is a legacy alias or abbreviation: write America/New_York'],
    ['+08:00', 'is a fixed offset'],
    ['UTC+8', 'is a fixed offset'],
    ['Mars/Olympus', 'must be an IANA time zone'],
    ['', 'must be an IANA time zone']
  ])('refuses %j with a hint', (zone, hint) => {
    expect(timeZoneProblem(zone)).toContain(hint)
  })

  it.each([
    ['BST', 'BST is ambiguous: write Europe/London or Asia/Dhaka'],
    ['GMT', 'write UTC, or Europe/London for British time'],
    ['PST', 'write America/Los_Angeles'],
    ['PDT', 'write America/Los_Angeles'],
    ['MST', 'write America/Denver (or America/Phoenix, which has no daylight saving)'],
    ['JST', 'write Asia/Tokyo'],
    ['KST', 'write Asia/Seoul'],
    ['HKT', 'write Asia/Hong_Kong'],
    ['SGT', 'write Asia/Singapore'],
    ['CET', 'write a city zone such as Europe/Berlin or Europe/Paris'],
    ['eet', 'write a city zone such as Europe/Athens or Europe/Helsinki']
  ])('tells what %s probably meant, whatever its case', (zone, hint) => {
    expect(timeZoneProblem(zone)).toBe(hint)
  })

  it('asks for an Area/Location name when Intl reads a legacy name as no canonical one', () => {
    expect(timeZoneProblem('SystemV/EST5')).toBe(
      'is a legacy alias or abbreviation: write an Area/Location name (e.g. Asia/Shanghai or UTC)'
    )
    expect(timeZoneProblem('asia/shanghai')).toBe(
      'is a legacy alias or abbreviation: write Asia/Shanghai (e.g. Asia/Shanghai or UTC)'
    )
  })

  it('says what today is, with and without Intl', () => {
    expect(todayIn(utc)).toBe('2024-02-29')
    expect(todayIn(shanghai)).toBe('2024-03-01')
  })
})

describe('resolvePartitions', () => {
  it('expands inclusive ranges, removes duplicates and sorts ascending', () => {
    expect(
      resolvePartitions(['2024-03-02', '2024-02-28..2024-03-01', 'yesterday', '2024-03-01'], utc)
    ).toEqual(['2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02'])
  })

  it('takes any single spec at either end of a range', () => {
    expect(resolvePartitions(['today-2..today'], shanghai)).toEqual([
      '2024-02-28',
      '2024-02-29',
      '2024-03-01'
    ])
    expect(resolvePartitions(['2024-02-27 .. yesterday'], utc)).toEqual([
      '2024-02-27',
      '2024-02-28'
    ])
  })

  it('refuses a reversed range, an empty list and an absurdly long range', () => {
    expect(() => resolvePartitions(['today..today-1'], utc)).toThrow('has a reversed range')
    expect(() => resolvePartitions([], utc)).toThrow('must name at least one partition')
    expect(() => resolvePartitions(['1900-01-01..2024-01-01'], utc)).toThrow(
      'has a range longer than 36600 days'
    )
  })

  it('names the bad end of a range', () => {
    expect(() => resolvePartitions(['2024-02-01..2024-02-30'], utc)).toThrow(
      'must be a real calendar date'
    )
  })
})

describe('checkPartitionForms: what is checked without a time zone', () => {
  it('refuses a spec of the wrong form, as resolving it would', () => {
    expect(() => checkPartitionForms(['2024-07-01', 'someday'])).toThrow(
      expect.objectContaining({
        rule: expect.stringContaining('must be yyyy-MM-dd'),
        offendingValue: 'someday'
      })
    )
  })

  it('refuses a reversed range of two days relative to today, quoting its ends as written', () => {
    expect(() => checkPartitionForms(['today-1..today-3'])).toThrow(
      expect.objectContaining({
        rule: 'has a reversed range (today-1 is after today-3): write it oldest first',
        offendingValue: 'today-1..today-3'
      })
    )
  })

  it('leaves the order of a date and a day relative to today to the zone', () => {
    expect(() => checkPartitionForms(['2999-01-01..today', 'today..1900-01-01'])).not.toThrow()
    expect(() => checkPartitionForms(['2999-01-01..tomorrow'])).toThrow('must be yyyy-MM-dd')
  })
})

describe('limits, at their boundaries', () => {
  it('reaches back at most 36600 days with today-N', () => {
    expect(resolvePartition('today-36600', utc)).toBe('1923-12-16')
    expect(() => resolvePartition('today-36601', utc)).toThrow(
      expect.objectContaining({
        rule: 'must not reach back more than 36600 days',
        offendingValue: 'today-36601'
      })
    )
    expect(() => resolvePartition('today-99999', utc)).toThrow('must not reach back more')
    expect(() => resolvePartition('today-100000', utc)).toThrow('must be yyyy-MM-dd, today')
  })

  it('takes a range of at most 36600 days', () => {
    const longest = resolvePartitions(['2000-01-01..2100-03-16'], utc)
    expect(longest).toHaveLength(36_600)
    expect([longest[0], longest.at(-1)]).toEqual(['2000-01-01', '2100-03-16'])
    expect(() => resolvePartitions(['2000-01-01..2100-03-17'], utc)).toThrow(
      expect.objectContaining({
        rule: 'has a range longer than 36600 days',
        offendingValue: '2000-01-01..2100-03-17'
      })
    )
  })

  it('takes a range of one day', () => {
    expect(resolvePartitions(['2024-02-01..2024-02-01'], utc)).toEqual(['2024-02-01'])
  })
})
