import type { TriggerResult } from './trigger.js'

export const FAILURE_TITLE = 'AnyMetrics refresh failed'
export const INVALID_INPUT_TITLE = 'AnyMetrics refresh input is invalid'

/** Where the run happened, for the job summary. */
export interface RunContext {
  workflow?: string
  runUrl?: string
  runNumber?: number
  sha?: string
  event?: string
}

export type Outputs = Record<'success' | 'trace-id' | 'error-message' | 'results', string>

export function buildOutputs(results: readonly TriggerResult[]): Outputs {
  const failed = results.filter(result => !result.success)
  return {
    success: String(results.length > 0 && failed.length === 0),
    'trace-id': results.map(result => result.traceId ?? '').join(','),
    'error-message': failed.map(failureLine).join('\n'),
    results: JSON.stringify(results.map(publicFields))
  }
}

/** The fields of one `results` entry, in the documented order. */
function publicFields(result: TriggerResult): Record<string, unknown> {
  const { tableName, partition, success, code, traceId, data, errorMsg, attempts, durationMs } =
    result
  return { tableName, partition, success, code, traceId, data, errorMsg, attempts, durationMs }
}

/** `table partition: reason (traceId x)`, one line. */
export function failureLine(result: TriggerResult): string {
  const reason = oneLine(result.errorMsg ?? 'failed')
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

function traceSuffix(result: TriggerResult): string {
  return result.traceId ? ` (traceId ${result.traceId})` : ''
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`
}

export function buildSummary(results: readonly TriggerResult[], context: RunContext): string {
  const failed = results.filter(result => !result.success)
  const headline = failed.length === 0 ? '✅ AnyMetrics refresh succeeded' : `❌ ${FAILURE_TITLE}`
  const totals = `${results.length - failed.length} succeeded, ${failed.length} failed, ${results.length} in all`
  const ordered = [...failed, ...results.filter(result => result.success)]
  return [
    `## ${headline}`,
    '',
    `**${totals}**`,
    '',
    '| Status | Table | Partition | Trace ID | Attempts | Duration | Details |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...ordered.map(summaryRow),
    '',
    contextLine(context),
    ''
  ].join('\n')
}

function summaryRow(result: TriggerResult): string {
  const cells = [
    result.success ? '✅' : '❌',
    codeCell(result.tableName),
    result.partition,
    result.traceId ? codeCell(result.traceId) : '',
    String(result.attempts),
    formatDuration(result.durationMs),
    escapeCell(oneLine(result.success ? (result.warning ?? '') : (result.errorMsg ?? '')))
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
