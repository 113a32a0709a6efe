/** Dates as ranges, read back by the `partition` input's own parser. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { splitList } from '../../src/inputs/list.js'
import { resolvePartitions } from '../../src/inputs/partition.js'
import { dateRanges, isCalendarDate } from '../../src/report/date-ranges.js'
import { TrustBoundary } from '../../src/trust.js'
import '../support/fast-check-setup.js'

const boundary = new TrustBoundary()
const UTC = { now: new Date('2026-01-01T00:00:00Z'), timeZone: 'UTC' }
const DAY_MS = 86_400_000
const FIRST = Date.UTC(2023, 10, 25)

const dateAt = (offset: number) =>
  boundary.identifier(new Date(FIRST + offset * DAY_MS).toISOString().slice(0, 10))

/** How many runs of consecutive days the offsets make. */
const runsOf = (offsets: readonly number[]) => {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b)
  return sorted.filter((offset, index) => index === 0 || sorted[index - 1] !== offset - 1).length
}

describe('dateRanges', () => {
  it('writes any set of dates as ranges the partition input reads back as the same dates', () => {
    // Over leap days, month and year ends, in any order, with repeats.
    const offsets = fc.array(fc.integer({ min: 0, max: 800 }), { minLength: 1, maxLength: 400 })
    fc.assert(
      fc.property(offsets, days => {
        const ranges = dateRanges(days.map(dateAt))
        const expected = [...new Set(days)].sort((a, b) => a - b).map(dateAt)
        expect(resolvePartitions(splitList(ranges), UTC)).toEqual(expected)
        // Compact: one entry per run of consecutive days.
        expect(ranges.split(', ')).toHaveLength(runsOf(days))
      })
    )
  })

  it('joins consecutive days across a month, a leap day and a year', () => {
    const dates = ['2024-02-28', '2024-02-29', '2024-03-01', '2024-12-31', '2025-01-01']
    expect(dateRanges(dates.map(date => boundary.identifier(date)))).toBe(
      '2024-02-28..2024-03-01, 2024-12-31..2025-01-01'
    )
  })

  it('never joins what is not a real date', () => {
    const dates = ['2023-02-28', '2023-02-29', '2023-03-01']
    expect(dateRanges(dates.map(date => boundary.identifier(date)))).toBe(
      '2023-02-28, 2023-02-29, 2023-03-01'
    )
    expect(['2024-02-29', '2023-02-29', '2024-13-01', '24-01-01'].map(isCalendarDate)).toEqual([
      true,
      false,
      false,
      false
    ])
  })
})
