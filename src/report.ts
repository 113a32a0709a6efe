import type { PlannedTrigger } from './plan.js'
import type { TriggerResult } from './trigger.js'

export const FAILURE_TITLE = 'AnyMetrics refresh failed'
export const INVALID_INPUT_TITLE = 'AnyMetrics refresh input is invalid'

/** GitHub allows 1 MB per output and 1 MiB per step summary; both stay below with room to spare. */
const OUTPUT_BUDGET_BYTES = 1_000_000
const SUMMARY_BUDGET_BYTES = 1_000_000
/** Longest a free text (errorMsg, data) may be, tried in turn until everything fits. */
const TEXT_LIMITS = [500, 200, 80, 20, 0]
// The platform documents these maxima; a longer value is cut, not trusted.
const MAX_CODE_LENGTH = 32
const MAX_TRACE_ID_LENGTH = 128

/** Where the run happened, for the job summary. */
export interface RunContext {
  workflow?: string
  runUrl?: string
  runNumber?: number
  sha?: string
  event?: string
}

export type OutputName =
  'success' | 'trace-id' | 'error-message' | 'results' | 'succeeded-count' | 'failed-count'
export type Outputs = Record<OutputName, string>

interface Tally {
  succeeded: TriggerResult[]
  failed: TriggerResult[]
  skipped: TriggerResult[]
}

/** Triggers that ran and failed (those fail-fast never started are not failures). */
export function failedResults(results: readonly TriggerResult[]): TriggerResult[] {
  return results.filter(result => !result.success && !result.skipped)
}

function tally(results: readonly TriggerResult[]): Tally {
  return {
    succeeded: results.filter(result => result.success),
    failed: failedResults(results),
    skipped: results.filter(result => result.skipped)
  }
}

export function buildOutputs(results: readonly TriggerResult[]): Outputs {
  const { succeeded, failed } = tally(results)
  return {
    success: String(results.length > 0 && succeeded.length === results.length),
    'trace-id': results.flatMap(result => (result.traceId ? [result.traceId] : [])).join(','),
    'error-message': fitWithin(OUTPUT_BUDGET_BYTES, limit =>
      failed.map(result => failureLine(result, limit)).join('\n')
    ),
    results: resultsJson(results),
    'succeeded-count': String(succeeded.length),
    'failed-count': String(failed.length)
  }
}

/** Outputs for a run that sent nothing (refused input or dry run). */
export function emptyOutputs(errorMessage = ''): Outputs {
  return {
    success: 'false',
    'trace-id': '',
    'error-message': errorMessage,
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
  const { tableName, partition, success, attempts, durationMs } = result
  return {
    tableName,
    partition,
    success,
    code: clip(result.code, MAX_CODE_LENGTH),
    traceId: clip(result.traceId, MAX_TRACE_ID_LENGTH),
    data: clip(result.data, textLimit),
    errorMsg: clip(result.errorMsg, textLimit),
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

function clip(text: string | null, limit: number): string | null {
  if (text === null || text.length <= limit) return text
  return `${text.slice(0, limit)}…`
}

/** `table partition: reason (traceId x)`, one line. */
export function failureLine(result: TriggerResult, textLimit = Infinity): string {
  const reason = clip(oneLine(result.errorMsg ?? 'failed'), textLimit)
  return `${result.tableName} ${result.partition}: ${reason}${traceSuffix(result)}`
}

/** The log line for a finished trigger. */
export function resultLine(result: TriggerResult): string {
  const status = result.success ? '✅ succeeded' : `❌ failed: ${oneLine(result.errorMsg ?? '')}`
  const attempts = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`
  return (
    `${result.tableName} ${result.partition}: ${status} ` +
    `(traceId ${result.traceId ?? 'none'}, ${attempts}, ${formatDuration(result.durationMs)})`
  )
}

/** The log line as a trigger finishes within a run of many: `[done/total] …`. */
export function progressLine(result: TriggerResult, finished: number, total: number): string {
  return `[${finished}/${total}] ${resultLine(result)}`
}

/** One line with the run's totals. */
export function totalsLine(results: readonly TriggerResult[]): string {
  const { succeeded, failed, skipped } = tally(results)
  const parts = [`${succeeded.length} succeeded`, `${failed.length} failed`]
  if (skipped.length > 0) parts.push(`${skipped.length} skipped (fail-fast)`)
  return `${parts.join(', ')}, ${results.length} in all`
}

function traceSuffix(result: TriggerResult): string {
  return result.traceId ? ` (traceId ${result.traceId})` : ''
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`
}

const TABLE_HEADER = [
  '| Status | Table | Partition | Trace ID | Attempts | Duration | Details |',
  '| --- | --- | --- | --- | --- | --- | --- |'
]

/** The job summary: totals on top, then one table of all triggers, failures first. */
export function buildSummary(results: readonly TriggerResult[], context: RunContext): string {
  const { succeeded, failed, skipped } = tally(results)
  const headline =
    failed.length + skipped.length === 0 ? '✅ AnyMetrics refresh succeeded' : `❌ ${FAILURE_TITLE}`
  const ordered = [...failed, ...skipped, ...succeeded]
  return fitWithin(SUMMARY_BUDGET_BYTES, limit =>
    [
      `## ${headline}`,
      '',
      `**${totalsLine(results)}**`,
      '',
      ...TABLE_HEADER,
      ...ordered.map(result => summaryRow(result, limit)),
      '',
      contextLine(context),
      ''
    ].join('\n')
  )
}

/** The job summary of a dry run: the plan, nothing sent. */
export function buildPlanSummary(plan: readonly PlannedTrigger[], context: RunContext): string {
  return [
    '## 📝 AnyMetrics refresh dry run: nothing was sent',
    '',
    `**${plan.length} trigger${plan.length === 1 ? '' : 's'} planned**`,
    '',
    '| Table | Partition |',
    '| --- | --- |',
    ...plan.map(trigger => `| ${codeCell(trigger.tableName)} | ${trigger.partition} |`),
    '',
    contextLine(context),
    ''
  ].join('\n')
}

function summaryRow(result: TriggerResult, textLimit: number): string {
  const details = result.success ? result.warning : result.errorMsg
  const cells = [
    result.success ? '✅' : result.skipped ? '⏭️' : '❌',
    codeCell(result.tableName),
    result.partition,
    result.traceId ? codeCell(result.traceId) : '',
    String(result.attempts),
    formatDuration(result.durationMs),
    escapeCell(clip(oneLine(details ?? ''), textLimit) ?? '')
  ]
  return `| ${cells.join(' | ')} |`
}

function contextLine(context: RunContext): string {
  const parts: string[] = []
  if (context.workflow) parts.push(`Workflow **${escapeCell(context.workflow)}**`)
  if (context.runUrl) {
    const label = context.runNumber ? `run #${context.runNumber}` : 'run'
    parts.push(`[${label}](${context.runUrl})`)
  }
  if (context.sha) parts.push(`commit \`${context.sha.slice(0, 7)}\``)
  if (context.event) parts.push(`event \`${escapeCell(context.event)}\``)
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
