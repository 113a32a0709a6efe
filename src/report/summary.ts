/** The job summary: markdown formed from display text, within GitHub's 1 MiB limit. */
import type { TriggerResult } from '../run/trigger.js'
import type { DisplayText } from '../trust.js'
import { clipped, firstRows, fitWithin, plural, type Detail } from './format.js'
import { totalsLine, type PlannedShown } from './lines.js'
import { codeBlock, codeCell, escapeCell } from './markdown.js'
import type { RunContext } from './run-context.js'
import type { RunOutcome } from './outcome.js'
import { causeOpening, type EarlyCause, type StepCause } from './step-cause.js'
import { moreRowsLine } from './summary-parts.js'
import { dateRangeLine, gridFits, gridSection } from './backfill-grid.js'
import { calendarFits, calendarSection } from './calendar.js'
import { dateRanges } from './date-ranges.js'
import { plannedResult, type Marked } from './statuses.js'

/** GitHub drops a step summary over 1 MiB; the summary stays below with room to spare. */
const SUMMARY_BUDGET_BYTES = 1_000_000
/** Past this many rows, the succeeded triggers are folded away (they need no attention). */
const FOLD_SUCCEEDED_AFTER = 10

/**
 * Sections that share the summary's budget besides the run's own (the dbt mapping): rendered
 * with the same detail as the rest, so that every section shrinks together.
 */
export type ExtraSections = (detail: Detail) => string
const NO_EXTRA: ExtraSections = () => ''

/**
 * The job summary, what needs attention first: what decided the step (its heading and first
 * line), why the run stopped early (when it did), the totals, the failures with their reason
 * and traceId, the triggers not run and why, then the succeeded ones (folded away when many),
 * then the extra sections. The whole stays within one byte budget.
 */
export function buildSummary(
  outcome: RunOutcome,
  context: RunContext,
  extra: ExtraSections = NO_EXTRA
): string {
  const { results, tally } = outcome
  const { succeeded, failed, notRun, unknown } = tally
  return fitWithin(SUMMARY_BUDGET_BYTES, detail =>
    [
      ...causeOpening(outcome.cause),
      ...outcome.stopLines.flatMap(line => [`**⛔ ${escapeCell(line)}**`, '']),
      `**${totalsLine(tally)}**`,
      '',
      dateRangeLine(results),
      '',
      ...section(`❌ Failed (${failed.length})`, failed, detail, [
        ['Table', r => codeCell(r.tableName)],
        ['Partition', r => escapeCell(r.partition)],
        ['Reason', r => escapeCell(clipped(r.errorMsg, detail.textLimit) ?? '')],
        ['Trace ID', r => (r.traceId ? codeCell(r.traceId) : '')],
        ['Attempts', r => String(r.attempts)]
      ]),
      ...section(`❓ Unknown: sent, then cut off (${unknown.length})`, unknown, detail, [
        ['Table', r => codeCell(r.tableName)],
        ['Partition', r => escapeCell(r.partition)],
        ['What to do', r => escapeCell(r.errorMsg ?? '')]
      ]),
      ...notRunSection(notRun, detail),
      ...triggersSection(results, detail, () =>
        folded(
          succeeded.length > FOLD_SUCCEEDED_AFTER,
          `✅ Succeeded (${succeeded.length})`,
          section(`✅ Succeeded (${succeeded.length})`, succeeded, detail, [
            ['Table', r => codeCell(r.tableName)],
            ['Partition', r => escapeCell(r.partition)],
            ['Trace ID', r => (r.traceId ? codeCell(r.traceId) : '')],
            ['Attempts', r => String(r.attempts)],
            ['Note', r => escapeCell(clipped(r.warning, detail.textLimit) ?? '')]
          ])
        )
      ),
      ...warningsSection(outcome.warnings, detail),
      extra(detail),
      contextLine(context),
      ''
    ].join('\n')
  )
}

/**
 * A run of many dates reads as calendars, a backfill as a grid (one line per table); anything
 * else as the rows `otherwise` gives.
 */
function triggersSection(
  results: readonly Marked[],
  detail: Detail,
  otherwise: () => string[]
): string[] {
  if (calendarFits(results)) return calendarSection(results, detail)
  return gridFits(results) ? gridSection(results, detail) : otherwise()
}

/** Every warning of the run (GitHub shows ten annotations of a kind; the summary has them all). */
function warningsSection(warnings: readonly DisplayText[], detail: Detail): string[] {
  if (warnings.length === 0) return []
  const { rows, more } = firstRows(warnings, detail.rowCap)
  return [
    `### ⚠️ Warnings (${warnings.length})`,
    '',
    ...rows.map(line => `- ${escapeCell(clipped(line, Math.max(detail.textLimit, 200)) ?? '')}`),
    ...moreRowsLine(more),
    ''
  ]
}

type Column<Row> = [heading: string, cell: (row: Row) => string]

/** A heading and a table of these rows (its first rows, past the budget), or nothing. */
function section<Row>(
  title: string,
  results: readonly Row[],
  detail: Detail,
  columns: Array<Column<Row>>
): string[] {
  if (results.length === 0) return []
  const { rows, more } = firstRows(results, detail.rowCap)
  const named = columns.filter(
    ([heading, cell]) => heading !== 'Note' || rows.some(result => cell(result) !== '')
  )
  return [
    `### ${title}`,
    '',
    `| ${named.map(([heading]) => heading).join(' | ')} |`,
    `| ${named.map(() => '---').join(' | ')} |`,
    ...rows.map(result => `| ${named.map(([, cell]) => cell(result)).join(' | ')} |`),
    ...moreRowsLine(more),
    ''
  ]
}

/**
 * The triggers not run, one item per table and reason with their dates as ranges: a backfill
 * stopped early is a line per table, not a row per date that was never sent. The ranges sit in
 * a code block, not a table cell, where a browser would wrap them at a date's hyphens.
 */
function notRunSection(notRun: readonly TriggerResult[], detail: Detail): string[] {
  const groups = new Map<string, { first: TriggerResult; partitions: DisplayText[] }>()
  for (const result of notRun) {
    const key = `${result.tableName}\u0000${result.errorMsg ?? ''}`
    const group = groups.get(key) ?? { first: result, partitions: [] }
    group.partitions.push(result.partition)
    groups.set(key, group)
  }
  if (groups.size === 0) return []
  const { rows, more } = firstRows([...groups.values()], detail.rowCap)
  return [
    `### ⏭️ Not run (${notRun.length})`,
    '',
    ...rows.flatMap(({ first, partitions }) => [
      `- ${codeCell(first.tableName)} · ${partitions.length} date${plural(partitions.length)} · ${escapeCell(first.errorMsg ?? '')}`,
      '',
      ...codeBlock(dateRanges(partitions)).map(line => `  ${line}`),
      ''
    ]),
    ...moreRowsLine(more),
    ''
  ]
}

/** Lines folded into a <details> block under `summary` when `fold` is true. */
function folded(fold: boolean, summary: string, lines: string[]): string[] {
  if (!fold || lines.length === 0) return lines
  return [`<details><summary>${summary}</summary>`, '', ...lines.slice(1), '</details>', '']
}

/** The job summary of a dry run: the plan, nothing sent. */
export function buildPlanSummary(
  plan: readonly PlannedShown[],
  context: RunContext,
  extra: ExtraSections = NO_EXTRA,
  head: readonly string[] = ['## 📝 AnyMetrics refresh dry run: nothing was sent']
): string {
  const planned = plan.map(plannedResult)
  return fitWithin(SUMMARY_BUDGET_BYTES, detail => {
    const { rows, more } = firstRows(plan, detail.rowCap)
    return [
      ...head,
      '',
      `**${plan.length} trigger${plural(plan.length)} planned**`,
      '',
      ...triggersSection(planned, detail, () => [
        '| Table | Partition |',
        '| --- | --- |',
        ...rows.map(
          trigger => `| ${codeCell(trigger.tableName)} | ${escapeCell(trigger.partition)} |`
        ),
        ...moreRowsLine(more),
        ''
      ]),
      extra(detail),
      contextLine(context),
      ''
    ].join('\n')
  })
}

/** The summary of a run that failed before any trigger: what decided it, and its one line. */
export function failureSummary(cause: EarlyCause): string {
  return causeOpening(cause).join('\n')
}

/** The summary of refused input: what was refused, and that nothing was sent. */
export function refusedInputSummary(lines: readonly DisplayText[], cause: StepCause): string {
  return fitWithin(SUMMARY_BUDGET_BYTES, detail => {
    const { rows, more } = firstRows(lines, detail.rowCap)
    return [
      ...causeOpening(cause),
      ...rows.map(line => `- ${escapeCell(line)}`),
      ...moreRowsLine(more),
      ''
    ].join('\n')
  })
}

/** The summary of a plan with no trigger in it. */
export function nothingToRefreshSummary(extra: ExtraSections): string {
  return fitWithin(
    SUMMARY_BUDGET_BYTES,
    detail => `## AnyMetrics refresh: nothing to refresh\n\n${extra(detail)}`
  )
}

function contextLine(context: RunContext): string {
  const parts: string[] = []
  if (context.workflow) parts.push(`Workflow **${escapeCell(context.workflow)}**`)
  if (context.runNumber) parts.push(`run #${escapeCell(context.runNumber)}`)
  if (context.sha) parts.push(`commit ${codeCell(context.sha.slice(0, 7))}`)
  if (context.event) parts.push(`event ${codeCell(context.event)}`)
  return parts.join(' · ')
}
