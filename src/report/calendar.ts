/**
 * A backfill of many dates as a calendar: per table, one row per month (`2024-07`), one column
 * per day under the day numbers 1–31, one mark per trigger, blank where the plan has no date;
 * below it, the dates to look at again as ranges the `partition` input takes, in code blocks
 * (a browser wraps a date in a cell at its hyphens, never in a code block). Pure.
 */
import { groupByTable } from './backfill-grid.js'
import { isCalendarDate, dateRanges } from './date-ranges.js'
import { firstRows, plural, type Detail } from './format.js'
import { codeBlock, codeCell } from './markdown.js'
import { legendLine, markOf, type Marked, type ShownStatus } from './statuses.js'
import { moreRowsLine } from './summary-parts.js'

/**
 * Past a month of dates, a grid's line of marks has no axis a date can be found by (121 dates
 * were one unbroken line of 121 marks): a table with more dates than a month has days makes
 * the run a calendar.
 */
const GRID_MOST_DATES = 31

const DAYS = Array.from({ length: 31 }, (_, index) => String(index + 1).padStart(2, '0'))

/** The dates worth a second look, listed below each calendar in this order. */
const TO_LOOK_AT: ReadonlyArray<{ status: ShownStatus; title: string }> = [
  { status: 'failed', title: '❌ Failed' },
  { status: 'unknown', title: '❓ Unknown' },
  { status: 'not-run', title: '⏭️ Not run' }
]

/** Whether the run reads as calendars: every partition a date, and a table past a month of them. */
export function calendarFits(results: readonly Marked[]): boolean {
  if (!results.every(result => isCalendarDate(result.partition))) return false
  return [...groupByTable(results).values()].some(
    triggers => new Set(triggers.map(trigger => trigger.partition)).size > GRID_MOST_DATES
  )
}

/** A calendar per table, under one legend; past the budget, the first tables. */
export function calendarSection(results: readonly Marked[], detail: Detail): string[] {
  const { rows, more } = firstRows([...groupByTable(results)], detail.rowCap)
  return [
    `### Triggers by table and date (${results.length})`,
    '',
    legendLine(results.map(result => result.status)),
    '',
    ...rows.flatMap(([table, triggers]) => tableCalendar(table, triggers)),
    ...moreRowsLine(more),
    ''
  ]
}

function tableCalendar(table: string, triggers: readonly Marked[]): string[] {
  const marks = new Map<string, string>()
  for (const { partition, status } of triggers) {
    marks.set(partition, (marks.get(partition) ?? '') + markOf(status))
  }
  const dates = [...marks.keys()].sort()
  const months = [...new Set(dates.map(date => date.slice(0, 7)))]
  return [
    `#### ${codeCell(table)}: ${dates.length} date${plural(dates.length)}`,
    '',
    `| Month | ${DAYS.map(Number).join(' | ')} |`,
    `| --- |${' --- |'.repeat(DAYS.length)}`,
    ...months.map(
      month => `| ${month} | ${DAYS.map(day => marks.get(`${month}-${day}`) ?? '').join(' | ')} |`
    ),
    '',
    ...TO_LOOK_AT.flatMap(({ status, title }) => {
      const partitions = triggers.filter(t => t.status === status).map(t => t.partition)
      if (partitions.length === 0) return []
      return [
        `${title} (${partitions.length}), as the \`partition\` input takes them:`,
        '',
        ...codeBlock(dateRanges(partitions)),
        ''
      ]
    })
  ]
}
