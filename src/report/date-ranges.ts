/**
 * Dates as compact ranges: `2024-07-01..2024-07-04, 2024-07-09`, the form the `partition`
 * input takes, so a list of dates to run again can be pasted back as it is. Pure.
 */

const DAY_MS = 86_400_000
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Sorted, deduplicated dates joined into runs of consecutive days. */
export function dateRanges(partitions: readonly string[]): string {
  const dates = [...new Set(partitions)].sort()
  const ranges: Array<[string, string]> = []
  for (const date of dates) {
    const last = ranges.at(-1)
    if (last && nextDay(last[1]) === date) last[1] = date
    else ranges.push([date, date])
  }
  return ranges.map(([from, to]) => (from === to ? from : `${from}..${to}`)).join(', ')
}

/** The day after a `yyyy-MM-dd` date; undefined for anything else (never joined). */
function nextDay(date: string): string | undefined {
  if (!DATE.test(date)) return undefined
  const ms = Date.parse(`${date}T00:00:00Z`)
  return Number.isNaN(ms) ? undefined : new Date(ms + DAY_MS).toISOString().slice(0, 10)
}
