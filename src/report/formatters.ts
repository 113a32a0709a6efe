/**
 * What the action shows, formed from display text only: log lines, annotations, outputs and the
 * job summary. Pure: reporter.ts prints what this forms.
 */
import type { DbtMapping } from '../inputs/dbt.js'
import type { InputError } from '../inputs/refusals.js'
import type { PlannedTrigger } from '../inputs/trigger-plan.js'
import type { Verdict } from '../platform/verdict.js'
import { UNREACHABLE_AFTER, type StopCause } from '../run/run-control.js'
import type { RetryNotice, TriggerResult } from '../run/trigger.js'
import {
  decimal,
  display,
  inertLine,
  joinDisplay,
  shorten,
  type DisplayText,
  type TrustBoundary
} from '../trust.js'

export const FAILURE_TITLE = 'AnyMetrics refresh failed'
export const INVALID_INPUT_TITLE = 'AnyMetrics refresh input is invalid'

/** GitHub allows 1 MB per output and 1 MiB per step summary; both stay below with room to spare. */
const OUTPUT_BUDGET_BYTES = 1_000_000
const SUMMARY_BUDGET_BYTES = 1_000_000
/** Longest a free text (errorMsg, data) may be, tried in turn until everything fits. */
const TEXT_LIMITS = [500, 200, 80, 20, 0]

/**
 * Where the run happened, for the job summary (no link to the run: the reader is on its page);
 * every value crossed the trust boundary.
 */
export interface RunContext {
  workflow?: DisplayText
  runNumber?: DisplayText
  sha?: DisplayText
  event?: DisplayText
}

export type OutputName =
  'success' | 'trace-id' | 'error-message' | 'results' | 'succeeded-count' | 'failed-count'
export type Outputs = Record<OutputName, string>

interface Tally {
  succeeded: TriggerResult[]
  failed: TriggerResult[]
  notRun: TriggerResult[]
}

/** Triggers that ran and failed (those never sent are not failures). */
export function failedResults(results: readonly TriggerResult[]): TriggerResult[] {
  return results.filter(result => result.status === 'failed')
}

function tally(results: readonly TriggerResult[]): Tally {
  return {
    succeeded: results.filter(result => result.status === 'succeeded'),
    failed: failedResults(results),
    notRun: results.filter(result => result.status === 'not-run')
  }
}

export function buildOutputs(results: readonly TriggerResult[]): Outputs {
  const { succeeded, failed } = tally(results)
  return {
    success: String(results.length > 0 && succeeded.length === results.length),
    // One entry per trigger, empty when the platform returned none: positions match results.
    'trace-id': results.map(result => result.traceId ?? '').join(','),
    'error-message': fitWithin(OUTPUT_BUDGET_BYTES, limit =>
      failed.map(result => failureLine(result, limit)).join('\n')
    ),
    results: resultsJson(results),
    'succeeded-count': String(succeeded.length),
    'failed-count': String(failed.length)
  }
}

/** Outputs for a run that sent nothing (refused input or dry run). */
export function emptyOutputs(errorMessage: readonly DisplayText[] = []): Outputs {
  return {
    success: 'false',
    'trace-id': '',
    'error-message': errorMessage.join('\n'),
    results: '[]',
    'succeeded-count': '0',
    'failed-count': '0'
  }
}

/** The `results` JSON: compact, in plan order, long texts shortened until it fits the budget. */
function resultsJson(results: readonly TriggerResult[]): string {
  return fitWithin(OUTPUT_BUDGET_BYTES, limit =>
    JSON.stringify(results.map(result => publicFields(result, limit)))
  )
}

function publicFields(result: TriggerResult, textLimit: number): Record<string, unknown> {
  const { tableName, partition, status, code, traceId, attempts, durationMs } = result
  return {
    tableName,
    partition,
    success: status === 'succeeded',
    status,
    code,
    traceId,
    data: clipped(result.data, textLimit),
    errorMsg: clipped(result.errorMsg, textLimit),
    attempts,
    durationMs
  }
}

/** Renders with ever shorter texts until the UTF-8 size fits. */
function fitWithin(maxBytes: number, render: (textLimit: number) => string): string {
  let text = ''
  for (const limit of TEXT_LIMITS) {
    text = render(limit)
    if (Buffer.byteLength(text) <= maxBytes) return text
  }
  return text
}

function clipped(text: DisplayText | null, limit: number): DisplayText | null {
  return text === null ? null : shorten(text, limit)
}

/** `table partition: reason (traceId x)`, one line; a retried trigger says its effort. */
export function failureLine(result: TriggerResult, textLimit = Infinity): DisplayText {
  const reason = shorten(result.errorMsg ?? display`failed`, textLimit)
  return display`${result.tableName} ${result.partition}: ${reason}${effortSuffix(result)}${traceSuffix(result)}`
}

function effortSuffix(result: TriggerResult): DisplayText {
  return result.attempts > 1
    ? display` (after ${result.attempts} attempts in ${formatDuration(result.durationMs)})`
    : display``
}

/**
 * Failures with the same reason, as one annotation each: the trigger's own line when it is
 * alone, else the reason with a count and the first trigger it hit.
 */
export function failureGroups(
  failed: readonly TriggerResult[]
): Array<{ line: DisplayText; count: number }> {
  const byReason = new Map<string, TriggerResult[]>()
  for (const result of failed) {
    const key = result.errorMsg ?? ''
    byReason.set(key, [...(byReason.get(key) ?? []), result])
  }
  return [...byReason.values()].map(group => {
    const [first] = group as [TriggerResult, ...TriggerResult[]]
    if (group.length === 1) return { line: failureLine(first), count: 1 }
    const reason = first.errorMsg ?? display`failed`
    return {
      line: display`${group.length} triggers failed: ${reason} (first: ${first.tableName} ${first.partition}${traceSuffix(first)})`,
      count: group.length
    }
  })
}

/** One line for a run that stopped before its plan was done, or null. */
export function stoppedLine(
  results: readonly TriggerResult[],
  cause: StopCause | undefined,
  host: DisplayText
): DisplayText | null {
  const notRun = results.filter(result => result.status === 'not-run').length
  const notRunText = display`${notRun} trigger${plural(notRun)} not run`
  if (cause === 'cancelled') {
    return display`The run was cancelled: ${notRunText}; the rest are reported as they ended`
  }
  if (cause === 'unreachable') {
    const last = [...results]
      .reverse()
      .find(result => result.status === 'failed' && !result.answered)
    const why = last?.errorMsg ? display` (last: ${last.errorMsg})` : display``
    return display`The platform at ${host} is unreachable: ${UNREACHABLE_AFTER} triggers in a row got no answer after their retries${why}; ${notRunText}`
  }
  return null
}

/** The log line for a finished trigger. */
export function resultLine(result: TriggerResult): DisplayText {
  const status =
    result.status === 'succeeded'
      ? display`✅ succeeded`
      : result.status === 'not-run'
        ? display`⏭️ ${result.errorMsg ?? display`not run`}`
        : display`❌ failed: ${result.errorMsg ?? display``}`
  const attempts = display`${result.attempts} attempt${plural(result.attempts)}`
  return display`${result.tableName} ${result.partition}: ${status} (traceId ${result.traceId ?? display`none`}, ${attempts}, ${formatDuration(result.durationMs)})`
}

/** The log line as a trigger finishes within a run of many: `[done/total] …`. */
export function progressLine(result: TriggerResult, finished: number, total: number): DisplayText {
  return display`[${finished}/${total}] ${resultLine(result)}`
}

export function retryLine(notice: RetryNotice): DisplayText {
  return display`${notice.tableName} ${notice.partition}: attempt ${notice.attempt} of ${notice.maxAttempts} failed (${notice.reason}); retrying in ${formatDuration(notice.waitMs)}`
}

export function warningLine(result: TriggerResult): DisplayText | null {
  return result.warning ? display`${result.tableName} ${result.partition}: ${result.warning}` : null
}

/** One line with the run's totals. */
export function totalsLine(results: readonly TriggerResult[]): DisplayText {
  const { succeeded, failed, notRun } = tally(results)
  const parts = [display`${succeeded.length} succeeded`, display`${failed.length} failed`]
  if (notRun.length > 0) parts.push(display`${notRun.length} not run`)
  return display`${joinDisplay(parts, ', ')}, ${results.length} in all`
}

export function moreFailuresLine(count: number): DisplayText {
  return display`${count} more triggers failed: see the job summary or the error-message output`
}

export function runStartLine(
  total: number,
  endpoint: DisplayText,
  concurrency: number
): DisplayText {
  return display`Triggering ${total} data update${plural(total)} on ${endpoint} (concurrency ${Math.min(concurrency, total)})`
}

export function dryRunLines(plan: readonly PlannedShown[]): {
  group: DisplayText
  lines: DisplayText[]
  notice: DisplayText
} {
  const count = display`${plan.length} trigger${plural(plan.length)} planned`
  return {
    group: display`Dry run: ${count}, nothing will be sent`,
    lines: plan.map(trigger => display`${trigger.tableName} ${trigger.partition}`),
    notice: display`Dry run: ${count}; nothing was sent`
  }
}

/** `Input "name" rule; got "value"`: the value quoted through the boundary (secrets never). */
export function inputErrorLine(error: InputError, boundary: TrustBoundary): DisplayText {
  const rule = inertLine(boundary.redact(error.rule))
  const shown =
    error.offendingValue === undefined
      ? display``
      : display`; got ${boundary.quote(error.offendingValue)}`
  return display`Input "${inertLine(error.input)}" ${rule}${shown}`
}

/** The token step failed: the platform's reason and traceId, and the effort. */
export function tokenRefusedLine(verdict: Verdict, attempts: number): DisplayText {
  const trace = verdict.traceId ? display` (traceId ${verdict.traceId})` : display``
  const effort = attempts > 1 ? display` after ${attempts} attempts` : display``
  return display`Could not get a token from token/create with app-id and app-secret${effort}: ${verdict.reason ?? display`refused`}${trace}; no trigger was sent`
}

export function crashLine(message: DisplayText): DisplayText {
  return display`anymetrics-refresh stopped unexpectedly: ${message}`
}

/** A planned trigger as it may be shown. */
export type PlannedShown = { [K in keyof PlannedTrigger]: DisplayText }

/** The run's context from the runner's GITHUB_* variables, for the summary. */
export function runContext(
  env: Record<string, string | undefined>,
  boundary: TrustBoundary
): RunContext {
  const shown = (name: string): DisplayText | undefined => {
    const value = env[name]
    return value ? boundary.text(value, 200) : undefined
  }
  const context: RunContext = {
    workflow: shown('GITHUB_WORKFLOW'),
    runNumber: shown('GITHUB_RUN_NUMBER'),
    sha: shown('GITHUB_SHA'),
    event: shown('GITHUB_EVENT_NAME')
  }
  return context
}

function traceSuffix(result: TriggerResult): DisplayText {
  return result.traceId ? display` (traceId ${result.traceId})` : display``
}

function plural(count: number): DisplayText {
  return count === 1 ? display`` : display`s`
}

export function formatDuration(ms: number): DisplayText {
  return ms < 1000 ? display`${ms} ms` : display`${decimal(ms / 1000, 1)} s`
}

/** Past this many rows, the succeeded triggers are folded away (they need no attention). */
const FOLD_SUCCEEDED_AFTER = 10

/** The dbt mapping as display text: every node that became a table, every one that did not. */
export function dbtShown(mapping: DbtMapping, boundary: TrustBoundary) {
  return {
    mapped: mapping.mapped.map(node => ({
      node: boundary.text(node.uniqueId),
      table: boundary.text(node.tableName)
    })),
    skipped: mapping.skipped.map(node => ({
      node: boundary.text(node.uniqueId),
      reason: boundary.text(node.reason)
    }))
  }
}
export type DbtShown = ReturnType<typeof dbtShown>

export function dbtLines(dbt: DbtShown): { group: DisplayText; lines: DisplayText[] } {
  return {
    group: display`dbt: ${dbt.mapped.length} node${plural(dbt.mapped.length)} to refresh, ${dbt.skipped.length} skipped`,
    lines: [
      ...dbt.mapped.map(({ node, table }) => display`${node} → ${table}`),
      ...dbt.skipped.map(({ node, reason }) => display`${node}: skipped, ${reason}`)
    ]
  }
}

/** The summary's "From dbt" section: the mapping, the skipped nodes folded away. */
export function dbtSummarySection(dbt: DbtShown): string {
  const skipped =
    dbt.skipped.length === 0
      ? []
      : [
          '',
          `<details><summary>${dbt.skipped.length} dbt node${plural(dbt.skipped.length)} skipped</summary>`,
          '',
          ...dbt.skipped.map(({ node, reason }) => `- ${codeCell(node)}: ${escapeCell(reason)}`),
          '',
          '</details>'
        ]
  return [
    '### From dbt',
    '',
    '| dbt node | table |',
    '| --- | --- |',
    ...dbt.mapped.map(({ node, table }) => `| ${codeCell(node)} | ${codeCell(table)} |`),
    ...skipped,
    ''
  ].join('\n')
}

/**
 * The job summary, what needs attention first: the totals, the failures with their reason and
 * traceId, the triggers not run and why, then the succeeded ones (folded away when many).
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

function contextLine(context: RunContext): string {
  const parts: string[] = []
  if (context.workflow) parts.push(`Workflow **${escapeCell(context.workflow)}**`)
  if (context.runNumber) parts.push(`run #${escapeCell(context.runNumber)}`)
  if (context.sha) parts.push(`commit ${codeCell(context.sha.slice(0, 7))}`)
  if (context.event) parts.push(`event ${codeCell(context.event)}`)
  return parts.join(' · ')
}

/** Markdown code span that survives the backticks of `catalog.schema` and table pipes. */
function codeCell(text: string): string {
  const escaped = escapePipes(text)
  return text.includes('`') ? `\`\` ${escaped} \`\`` : `\`${escaped}\``
}

function escapePipes(text: string): string {
  return text.replace(/\|/g, '\\|')
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

function escapeCell(text: string): string {
  return escapePipes(text.replace(/[&<>]/g, c => HTML_ENTITIES[c] ?? c))
}
