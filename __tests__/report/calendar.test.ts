/**
 * The calendar of a run of many dates, read as GitHub shows it: the summary rendered by
 * micromark with GitHub's extensions, each table's calendar parsed back from the HTML, and the
 * ranges below it read by the `partition` input's own parser.
 */
import { describe, expect, it } from '@jest/globals'
import { resolvePartitions } from '../../src/inputs/partition.js'
import { splitList } from '../../src/inputs/list.js'
import { buildPlanSummary, buildSummary } from '../../src/report/summary.js'
import type { TriggerStatus } from '../../src/run/trigger.js'
import { TrustBoundary } from '../../src/trust.js'
import { renderSummary } from '../support/attack-helpers.js'
import { outcomeOf } from '../support/outcome.js'
import { result } from '../support/results.js'
import { seeded } from '../support/seeded.js'

const MARK: Record<TriggerStatus | 'planned', string> = {
  succeeded: '✅',
  'accepted-earlier': '☑️',
  failed: '❌',
  unknown: '❓',
  'not-run': '⏭️',
  planned: '📅'
}
const DAY_MS = 86_400_000
const UTC = { now: new Date('2026-01-01T00:00:00Z'), timeZone: 'UTC' }
const TABLES = ['starrocks.`c.s`.p_order', 'starrocks.`c.s`.p_refund', 'sr.`c.s`.p_customer']

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/**
 * 366 dates over fifteen months with gaps: from 2023-11-01, every day but each fifth and a
 * whole February, so that blank cells are also days the plan skips, not only days no month has.
 */
function datesWithGaps(count: number): string[] {
  const dates: string[] = []
  for (let ms = Date.UTC(2023, 10, 1), index = 0; dates.length < count; ms += DAY_MS, index++) {
    const date = isoDay(ms)
    if (index % 5 !== 4 && !date.startsWith('2024-02')) dates.push(date)
  }
  return dates
}

/**
 * Every status: each trigger's drawn from a fixed seed (mostly succeeded), and the last table
 * stopped early, its last 40 dates not run.
 */
function statusesFor(tables: number, dates: number): TriggerStatus[] {
  const random = seeded(366)
  return Array.from({ length: tables * dates }, (_, index) => {
    if (index >= tables * dates - 40) return 'not-run'
    const draw = random()
    return draw < 0.85 ? 'succeeded' : draw < 0.95 ? 'failed' : 'unknown'
  })
}

interface Calendar {
  heading: string
  rows: string[][]
  /** Each code block under the calendar, by the status its label names. */
  blocks: Map<string, string>
}

const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim()

/** The calendars of a rendered summary: each table's heading, its cells, its blocks of dates. */
function calendarsOf(html: string): Calendar[] {
  return html
    .split('<h4>')
    .slice(1)
    .map(chunk => {
      const [heading = '', rest = ''] = chunk.split('</h4>')
      const table = /<table>([\s\S]*?)<\/table>/.exec(rest)?.[1] ?? ''
      const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row = '']) =>
        [...row.matchAll(/<t[hd]>([\s\S]*?)<\/t[hd]>/g)].map(([, cell = '']) => text(cell))
      )
      const blocks = new Map<string, string>()
      const labelled =
        /<p>(\S+ [^(<]+) \(\d+\), as the <code>partition<\/code>[^<]*<\/p>\s*<pre><code>([^<]*)<\/code><\/pre>/g
      for (const [, label = '', dates = ''] of rest.split('<h3>')[0]!.matchAll(labelled)) {
        blocks.set(label, dates.trim())
      }
      return { heading: text(heading), rows, blocks }
    })
}

/** What the plan put on each date of one table: its trigger's mark, by `yyyy-MM-dd`. */
type Expected = Map<string, string>

/** Every cell of the calendar against the plan: a mark where it has a date, blank elsewhere. */
function expectCalendarOf(calendar: Calendar, expected: Expected): void {
  const [header, ...body] = calendar.rows
  expect(header).toEqual(['Month', ...Array.from({ length: 31 }, (_, i) => String(i + 1))])
  const months = [...new Set([...expected.keys()].map(date => date.slice(0, 7)))].sort()
  expect(body.map(row => row[0])).toEqual(months)
  const found = new Map<string, string>()
  for (const [month = '', ...cells] of body) {
    expect(cells).toHaveLength(31)
    cells.forEach((cell, index) => {
      const date = `${month}-${String(index + 1).padStart(2, '0')}`
      // Blank exactly where the plan has no date (no such day, or a day it skipped).
      expect([date, cell]).toEqual([date, expected.get(date) ?? ''])
      if (cell !== '') found.set(date, cell)
    })
  }
  expect(found).toEqual(expected)
}

describe('a run of many dates: one calendar per table', () => {
  const dates = datesWithGaps(366)
  const statuses = statusesFor(TABLES.length, dates.length)
  const results = TABLES.flatMap((tableName, t) =>
    dates.map((partition, d) => {
      const status = statuses[t * dates.length + d]!
      return result({
        tableName,
        partition,
        status,
        errorMsg: status === 'succeeded' ? null : `why ${status}`
      })
    })
  )
  const html = renderSummary(buildSummary(outcomeOf(results), {}))
  const calendars = calendarsOf(html)

  it('finds every date of a 3 × 366 plan by its row (yyyy-MM) and column (day), blank exactly where the plan has none', () => {
    expect(statuses).toEqual(expect.arrayContaining(['failed', 'unknown', 'not-run']))
    expect(calendars).toHaveLength(3)
    TABLES.forEach((table, t) => {
      const calendar = calendars[t]!
      expect(calendar.heading).toBe(`${table}: 366 dates`)
      const expected: Expected = new Map(
        dates.map((date, d) => [date, MARK[statuses[t * dates.length + d]!]])
      )
      expectCalendarOf(calendar, expected)
    })
    // One legend for all three.
    expect(
      html.match(/✅ succeeded · ❌ failed · ❓ unknown \(sent, then cut off\) · ⏭️ not run/g)
    ).toHaveLength(1)
  })

  it('lists each table’s failed, unknown and not-run dates below its calendar as ranges the partition input reads back', () => {
    TABLES.forEach((_table, t) => {
      const byStatus = (status: TriggerStatus) =>
        dates.filter((_date, d) => statuses[t * dates.length + d] === status)
      const { blocks } = calendars[t]!
      const labels = ['❌ Failed', '❓ Unknown', ...(t === 2 ? ['⏭️ Not run'] : [])]
      expect([...blocks.keys()]).toEqual(labels)
      const pasted = (label: string) => {
        const block = blocks.get(label)
        return block === undefined ? [] : resolvePartitions(splitList(block), UTC)
      }
      expect(pasted('❌ Failed')).toEqual(byStatus('failed'))
      expect(pasted('❓ Unknown')).toEqual(byStatus('unknown'))
      expect(pasted('⏭️ Not run')).toEqual(byStatus('not-run'))
    })
    // Compact: the stopped table's last 40 dates are ranges of the days between the gaps.
    const stopped = calendars[2]!.blocks.get('⏭️ Not run')!
    expect(stopped).toMatch(
      /^(\d{4}-\d{2}-\d{2}(\.\.\d{4}-\d{2}-\d{2})?)(, \d{4}-\d{2}-\d{2}(\.\.\d{4}-\d{2}-\d{2})?)*$/
    )
    expect(stopped.split(', ').length).toBeLessThanOrEqual(11)
  })

  it('has no date range in any table cell: ranges are in code blocks', () => {
    const cells = [...html.matchAll(/<t[hd]>([\s\S]*?)<\/t[hd]>/g)].map(([, cell = '']) =>
      text(cell)
    )
    expect(cells.filter(cell => /\d{4}-\d{2}-\d{2}\.\./.test(cell))).toEqual([])
  })
})

describe('when the calendar takes over from the grid', () => {
  const run = (dateCount: number, tables = 2) => {
    const dates = Array.from({ length: dateCount }, (_, i) =>
      isoDay(Date.UTC(2024, 6, 1) + i * DAY_MS)
    )
    const results = TABLES.slice(0, tables).flatMap(tableName =>
      dates.map(partition => result({ tableName, partition, status: 'succeeded' }))
    )
    return buildSummary(outcomeOf(results), {})
  }

  it('keeps the grid up to a month of dates a table, and draws calendars past it', () => {
    expect(run(31)).toContain('| Table | Dates | One mark per date, in order |')
    expect(run(31)).not.toContain('| Month |')
    expect(run(32)).toContain('| Month | 1 | 2 |')
    expect(run(32)).not.toContain('| Table | Dates |')
    expect(calendarsOf(renderSummary(run(32))).map(calendar => calendar.heading)).toEqual([
      `${TABLES[0]}: 32 dates`,
      `${TABLES[1]}: 32 dates`
    ])
  })

  it('draws no calendar when a partition is not a date it has a cell for', () => {
    const results = Array.from({ length: 40 }, (_, i) =>
      result({
        tableName: TABLES[0]!,
        partition: i === 0 ? '2024-02-30' : isoDay(Date.UTC(2024, 6, 1) + i * DAY_MS),
        status: 'succeeded'
      })
    )
    expect(buildSummary(outcomeOf(results), {})).not.toContain('| Month |')
  })
})

describe('a dry run of many dates', () => {
  const boundary = new TrustBoundary()
  const dates = datesWithGaps(366)
  const plan = TABLES.slice(0, 2).flatMap(tableName =>
    dates.map(partition => ({
      tableName: boundary.identifier(tableName),
      partition: boundary.identifier(partition)
    }))
  )
  const summary = buildPlanSummary(plan, {})

  it('shows the same calendar, every trigger marked planned, and no row per trigger', () => {
    const calendars = calendarsOf(renderSummary(summary))
    expect(calendars).toHaveLength(2)
    for (const calendar of calendars) {
      expectCalendarOf(calendar, new Map(dates.map(date => [date, MARK.planned])))
      expect(calendar.blocks.size).toBe(0)
    }
    expect(summary).toContain('**732 triggers planned**')
    expect(summary).toContain('\n📅 planned (dry run: nothing sent)\n')
    expect(summary).not.toContain('✅')
    expect(summary).not.toContain('| Table | Partition |')
  })
})
