/** The step's outputs, each within GitHub's limit. */
import { isAccepted, type TriggerResult } from '../run/trigger.js'
import type { DisplayText } from '../trust.js'
import { display, shorten } from '../trust.js'
import { clipped, firstRows, fitWithin, type Detail } from './format.js'
import { NOT_WAITING, type FreshnessOutputs } from './freshness-report.js'
import { failureLine } from './lines.js'
import type { RunOutcome } from './outcome.js'
import type { ShownResult } from './statuses.js'

/** GitHub allows 1 MB per output; every output stays below with room to spare. */
const OUTPUT_BUDGET_BYTES = 1_000_000

type OutputName =
  | 'success'
  | 'trace-id'
  | 'error-message'
  | 'results'
  | 'succeeded-count'
  | 'failed-count'
  | keyof FreshnessOutputs
export type Outputs = Record<OutputName, string>

/**
 * The outputs of a run, from its outcome: `success` only when every trigger succeeded and, when
 * waiting, every plan turned fresh. Plans that did not turn fresh are said first.
 */
export function buildOutputs(outcome: RunOutcome): Outputs {
  const { results, tally, freshness, planFailures } = outcome
  return {
    success: String(outcome.succeeded),
    'trace-id': traceIds(results),
    'error-message': fitWithin(OUTPUT_BUDGET_BYTES, detail =>
      [...planFailures.map(line => shorten(line, 1000)), errorMessage(tally.failed, detail)]
        .filter(text => text !== '')
        .join('\n')
    ),
    results: resultsJson(results),
    'succeeded-count': String(tally.succeeded.length),
    'failed-count': String(tally.failed.length),
    ...freshness
  }
}

/** Outputs for a run that triggered nothing (refused input, dry run, refused token…). */
export function emptyOutputs(
  errorMessage: readonly DisplayText[] = [],
  freshness: FreshnessOutputs = NOT_WAITING
): Outputs {
  return {
    success: 'false',
    'trace-id': '',
    'error-message': errorMessage.join('\n'),
    results: '[]',
    'succeeded-count': '0',
    'failed-count': '0',
    ...freshness
  }
}

/**
 * The outputs of a dry run: nothing was sent, and `results` lists every trigger it would have
 * sent, each `planned` (with `trace-id`'s empty entries, so that positions still match).
 */
export function plannedOutputs(planned: readonly ShownResult[]): Outputs {
  return { ...emptyOutputs(), 'trace-id': traceIds(planned), results: resultsJson(planned) }
}

/** One entry per trigger, empty when the platform returned none: positions match results. */
function traceIds(results: readonly ShownResult[]): string {
  return results.map(result => result.traceId ?? '').join(',')
}

/** One line per failure; past the budget, the first ones and how many more. */
function errorMessage(failed: readonly TriggerResult[], detail: Detail): string {
  const { rows, more } = firstRows(failed, detail.rowCap)
  const lines = rows.map(result => failureLine(result, detail.textLimit))
  if (more > 0) lines.push(display`…and ${more} more: see the results output`)
  return lines.join('\n')
}

/**
 * The `results` JSON: compact, one entry per trigger in plan order (never fewer: positions
 * match trace-id), its texts and then its identifiers shortened until it fits the budget.
 */
function resultsJson(results: readonly ShownResult[]): string {
  return fitWithin(OUTPUT_BUDGET_BYTES, detail =>
    JSON.stringify(results.map(result => publicFields(result, detail)))
  )
}

function publicFields(result: ShownResult, detail: Detail): Record<string, unknown> {
  const { partition, status, code, attempts, durationMs } = result
  return {
    tableName: clipped(result.tableName, detail.idLimit),
    partition,
    success: isAccepted(result),
    status,
    code: clipped(code, detail.idLimit),
    traceId: clipped(result.traceId, detail.idLimit),
    data: clipped(result.data, detail.textLimit),
    errorMsg: clipped(result.errorMsg, detail.textLimit),
    attempts,
    durationMs
  }
}
