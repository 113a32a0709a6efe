/**
 * A backfill at a glance: the dates it covered, and, when tables have several dates each, one
 * line per table with one mark per trigger in date order instead of one row per trigger (a
 * month of one table is one line).
 */
import type { Detail } from './format.js'
import { firstRows } from './format.js'
import { codeCell } from './markdown.js'
import { legendLine, markOf, type Marked } from './statuses.js'
import { moreRowsLine } from './summary-parts.js'

/** `Partitions 2024-07-01..2024-07-31 (31 dates)`, or the one partition. */
export function dateRangeLine(results: readonly Marked[]): string {
  const dates = [...new Set(results.map(result => result.partition))].sort()
  if (dates.length === 0) return ''
  if (dates.length === 1) return `Partition ${dates[0]}`
  return `Partitions ${dates[0]}..${dates.at(-1)} (${dates.length} dates)`
}

/**
 * Whether a grid is shorter than one row per trigger: every table has several dates, and the
 * grid's lines (a line per table, its heading and legend) are fewer than the rows.
 */
export function gridFits(results: readonly Marked[]): boolean {
  const byTable = groupByTable(results)
  const severalDates = [...byTable.values()].every(rows => rows.length > 1)
  return byTable.size > 0 && severalDates && byTable.size + GRID_FRAME_LINES < results.length
}

/** Heading, blank, legend, blank, header, rule: what a grid costs besides its rows. */
const GRID_FRAME_LINES = 6

/** The grid: table, its dates, one mark per trigger; with a legend in words. */
export function gridSection(results: readonly Marked[], detail: Detail): string[] {
  const tables = [...groupByTable(results)]
  const { rows, more } = firstRows(tables, detail.rowCap)
  return [
    `### Triggers by table and date (${results.length})`,
    '',
    legendLine(results.map(result => result.status)),
    '',
    '| Table | Dates | One mark per date, in order |',
    '| --- | --- | --- |',
    ...rows.map(([table, triggers]) => {
      const sorted = [...triggers].sort((a, b) => a.partition.localeCompare(b.partition))
      const range = `${sorted[0]?.partition ?? ''}..${sorted.at(-1)?.partition ?? ''}`
      return `| ${codeCell(table)} | ${range} | ${sorted.map(trigger => markOf(trigger.status)).join('')} |`
    }),
    ...moreRowsLine(more),
    ''
  ]
}

/** Results by table, in the order tables first appear (the plan's order). */
export function groupByTable<Row extends Marked>(results: readonly Row[]): Map<string, Row[]> {
  const byTable = new Map<string, Row[]>()
  for (const result of results) {
    const group = byTable.get(result.tableName)
    if (group) group.push(result)
    else byTable.set(result.tableName, [result])
  }
  return byTable
}
