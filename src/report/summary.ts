/** The job summary: markdown formed from display text, within GitHub's 1 MiB limit. */
import type { TriggerResult } from '../run/trigger.js'
import type { DisplayText } from '../trust.js'
import { clipped, fitWithin, plural } from './format.js'
import { FAILURE_TITLE, totalsLine, type PlannedShown } from './lines.js'
import { codeCell, escapeCell } from './markdown.js'
import type { RunContext } from './run-context.js'
import { tally } from './tally.js'

/** GitHub drops a step summary over 1 MiB; the summary stays below with room to spare. */
const SUMMARY_BUDGET_BYTES = 1_000_000
/** Past this many rows, the succeeded triggers are folded away (they need no attention). */
const FOLD_SUCCEEDED_AFTER = 10

/**
 * The job summary, what needs attention first: the totals, the failures with their reason and
 * traceId, the triggers not run and why, then the succeeded ones (folded away when many).
 * `extra` holds the sections that come before the run's context (the dbt mapping).
 */
export function buildSummary(
  results: readonly TriggerResult[],
  context: RunContext,
  extra = ''
): string {
  const { succeeded, failed, notRun } = tally(results)
  const headline =
    failed.length + notRun.length === 0 ? '✅ AnyMetrics refresh succeeded' : `❌ ${FAILURE_TITLE}`
  return fitWithin(SUMMARY_BUDGET_BYTES, limit =>
    [
      `## ${headline}`,
      '',
      `**${totalsLine(results)}**`,
      '',
      ...section(`❌ Failed (${failed.length})`, failed, [
        ['Table', r => codeCell(r.tableName)],
        ['Partition', r => escapeCell(r.partition)],
        ['Reason', r => escapeCell(clipped(r.errorMsg, limit) ?? '')],
        ['Trace ID', r => (r.traceId ? codeCell(r.traceId) : '')],
        ['Attempts', r => String(r.attempts)]
      ]),
      ...section(`⏭️ Not run (${notRun.length})`, notRun, [
        ['Table', r => codeCell(r.tableName)],
        ['Partition', r => escapeCell(r.partition)],
        ['Reason', r => escapeCell(r.errorMsg ?? '')]
      ]),
      ...folded(
        succeeded.length > FOLD_SUCCEEDED_AFTER,
        `✅ Succeeded (${succeeded.length})`,
        section(`✅ Succeeded (${succeeded.length})`, succeeded, [
          ['Table', r => codeCell(r.tableName)],
          ['Partition', r => escapeCell(r.partition)],
          ['Trace ID', r => (r.traceId ? codeCell(r.traceId) : '')],
          ['Attempts', r => String(r.attempts)],
          ['Note', r => escapeCell(clipped(r.warning, limit) ?? '')]
        ])
      ),
      extra,
      contextLine(context),
      ''
    ].join('\n')
  )
}

type Column = [heading: string, cell: (result: TriggerResult) => string]

/** A heading and a table of these results, or nothing when there are none. */
function section(title: string, results: readonly TriggerResult[], columns: Column[]): string[] {
  if (results.length === 0) return []
  const named = columns.filter(
    ([heading, cell]) => heading !== 'Note' || results.some(result => cell(result) !== '')
  )
  return [
    `### ${title}`,
    '',
    `| ${named.map(([heading]) => heading).join(' | ')} |`,
    `| ${named.map(() => '---').join(' | ')} |`,
    ...results.map(result => `| ${named.map(([, cell]) => cell(result)).join(' | ')} |`),
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
  extra = ''
): string {
  return [
    '## 📝 AnyMetrics refresh dry run: nothing was sent',
    '',
    `**${plan.length} trigger${plural(plan.length)} planned**`,
    '',
    '| Table | Partition |',
    '| --- | --- |',
    ...plan.map(trigger => `| ${codeCell(trigger.tableName)} | ${escapeCell(trigger.partition)} |`),
    '',
    extra,
    contextLine(context),
    ''
  ].join('\n')
}

/** The summary of a run that failed before any trigger: the one line that says why. */
export function failureSummary(line: DisplayText): string {
  return `## ❌ ${FAILURE_TITLE}\n\n${line}\n`
}

/** The summary of a plan with no trigger in it. */
export function nothingToRefreshSummary(extra: string): string {
  return `## AnyMetrics refresh: nothing to refresh\n\n${extra}`
}

function contextLine(context: RunContext): string {
  const parts: string[] = []
  if (context.workflow) parts.push(`Workflow **${escapeCell(context.workflow)}**`)
  if (context.runNumber) parts.push(`run #${escapeCell(context.runNumber)}`)
  if (context.sha) parts.push(`commit ${codeCell(context.sha.slice(0, 7))}`)
  if (context.event) parts.push(`event ${codeCell(context.event)}`)
  return parts.join(' · ')
}
