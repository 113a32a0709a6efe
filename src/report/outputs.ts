/** The step's outputs, each within GitHub's limit. */
import type { TriggerResult } from '../run/trigger.js'
import type { DisplayText } from '../trust.js'
import { clipped, fitWithin } from './format.js'
import { failureLine } from './lines.js'
import { tally } from './tally.js'

/** GitHub allows 1 MB per output; every output stays below with room to spare. */
const OUTPUT_BUDGET_BYTES = 1_000_000

export type OutputName =
  'success' | 'trace-id' | 'error-message' | 'results' | 'succeeded-count' | 'failed-count'
export type Outputs = Record<OutputName, string>

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

/** Outputs for a run that sent nothing (refused input, dry run, refused token). */
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
