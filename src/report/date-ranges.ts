/**
 * Dates as compact ranges: `2024-07-01..2024-07-04, 2024-07-09`, the form the `partition`
 * input takes, so a list of dates to run again can be pasted back as it is. Pure.
 */
import { display, joinDisplay, type DisplayText } from '../trust.js'

const DAY_MS = 86_400_000
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Sorted, deduplicated dates joined into runs of consecutive days. */
export function dateRanges(partitions: readonly DisplayText[]): DisplayText {
  const dates = [...new Set(partitions)].sort()
  const ranges: Array<[DisplayText, DisplayText]> = []
  for (const date of dates) {
    const last = ranges.at(-1)
    if (last && nextDay(last[1]) === date) last[1] = date
    else ranges.push([date, date])
  }
  const shown = ranges.map(([from, to]) => (from === to ? from : display`${from}..${to}`))
  return joinDisplay(shown, ', ')
}

/** The day after a `yyyy-MM-dd` date; undefined for anything else (never joined). */
function nextDay(date: string): string | undefined {
  const ms = dateMs(date)
  return ms === undefined ? undefined : new Date(ms + DAY_MS).toISOString().slice(0, 10)
}

/** Whether this is a real `yyyy-MM-dd` date (no 2024-02-30): one a calendar has a cell for. */
export function isCalendarDate(date: string): boolean {
  return dateMs(date) !== undefined
}

function dateMs(date: string): number | undefined {
  if (!DATE.test(date)) return undefined
  const ms = Date.parse(`${date}T00:00:00Z`)
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date ? undefined : ms
}
