/**
 * Why a run, or one table of it, stopped before its plan was done: one line each, said once (as
 * an annotation, and at the top of the summary), naming the cause and what to do.
 */
import type { RefusalStop } from '../run/refusal-watch.js'
import { PACE_STALL_MS, UNREACHABLE_AFTER } from '../run/run-budget.js'
import type { StopCause } from '../run/run-control.js'
import type { TriggerResult } from '../run/trigger.js'
import { display, shorten, type DisplayText } from '../trust.js'
import { plural } from './format.js'
import { HEADLINE_TEXT_LIMIT } from './step-cause.js'

/** What a stop line is formed from: the results, the cause, the host, the refusal that decided. */
export interface StopFacts {
  results: readonly TriggerResult[]
  cause: StopCause | undefined
  host: DisplayText
  /** The refusal that stopped the run, when `cause` is `refused`. */
  refusal?: RefusalStop | undefined
}

/** One line for a run that stopped before its plan was done, or null. */
export function stoppedLine(facts: StopFacts): DisplayText | null {
  const { results, cause, host } = facts
  const notRun = results.filter(result => result.status === 'not-run').length
  const notRunText =
    notRun === 0
      ? display`every trigger had been sent`
      : display`${notRun} trigger${plural(notRun)} not run`
  switch (cause) {
    case 'cancelled': {
      const unknown = results.filter(result => result.status === 'unknown').length
      const unknownText =
        unknown > 0
          ? display`, ${unknown} sent but cut off (outcome unknown: the platform may have started them)`
          : display``
      return display`The run was cancelled: ${notRunText}${unknownText}; the rest are reported as they ended`
    }
    case 'unreachable':
      return display`The platform at ${host} is unreachable: ${UNREACHABLE_AFTER} triggers in a row got no answer after their retries${lastSilence(results)}; ${notRunText}`
    case 'invalid-http':
      return display`The platform at ${host} answers in something that is not valid HTTP: ${UNREACHABLE_AFTER} triggers in a row got such an answer after their retries${lastSilence(results)}; ${notRunText}. Check that host names the AnyMetrics server itself (port 8083), not a proxy or another service`
    case 'refused':
      return facts.refusal ? runRefusedLine(facts.refusal, notRunText) : null
    case 'fail-fast':
      return display`fail-fast stopped the run after a trigger failed: ${notRunText}`
    case 'throttled':
      return display`The platform at ${host} refused every request for pace (HTTP 429) for ${PACE_STALL_MS / 60_000} min and accepted none: ${notRunText}. Lower concurrency, or run when the platform is less busy`
    default:
      return null
  }
}

/**
 * A stop in a few words, for the summary's heading and the log's last line (the stop line says
 * it in full); `refusal` as in `StopFacts`. Null when the stop has no line.
 */
export function stopHeadline(
  cause: StopCause | undefined,
  refusal: RefusalStop | undefined,
  results: readonly TriggerResult[]
): DisplayText | null {
  switch (cause) {
    case 'unreachable':
      return display`The platform is unreachable`
    case 'invalid-http':
      return display`The platform's answers are not valid HTTP`
    case 'refused': {
      if (!refusal) return null
      const answer = shorten(answerText(refusal), HEADLINE_TEXT_LIMIT)
      // The run stops whole only on an answer not about one table: the tenant or the credential,
      // or a host that does not lead to the API at all (a 404 for every endpoint).
      if (refusal.answer.transient) return display`The platform is failing: ${answer}`
      return noSuchEndpoint(refusal)
        ? display`The host does not lead to the platform's API: ${answer}`
        : display`The platform refused the credential or the tenant: ${answer}`
    }
    case 'throttled':
      return display`The platform refused every request for pace (HTTP 429)`
    case 'fail-fast': {
      const reason = results.find(result => result.status === 'failed')?.errorMsg
      const said = reason ? display`: ${shorten(reason, HEADLINE_TEXT_LIMIT)}` : display``
      return display`A trigger failed and fail-fast stopped the run${said}`
    }
    case 'cancelled':
      return display`The run was cancelled`
    default:
      return null
  }
}

/** The last trigger's transport failure, as `(last: …)`. */
function lastSilence(results: readonly TriggerResult[]): DisplayText {
  const last = [...results].reverse().find(result => result.status === 'failed' && !result.answered)
  return last?.errorMsg ? display` (last: ${last.errorMsg})` : display``
}

/** The platform's answer, as a stop line quotes it. */
function answerText(stop: RefusalStop): DisplayText {
  const { code, reason } = stop.answer
  const codeText = code ? display` (code ${code})` : display``
  return display`${reason ?? display`no message`}${codeText}`
}

function runRefusedLine(stop: RefusalStop, notRunText: DisplayText): DisplayText {
  // An answer the action retries (429, 503…) is the platform's state, not the credential's.
  if (stop.answer.transient) {
    return display`The platform kept answering the run's first ${stop.refused} triggers with the same error, after their retries, and accepted none: ${answerText(stop)}. Nothing more was sent (${notRunText}). The platform is overloaded or failing: run again later, or with a lower concurrency`
  }
  const remedy = noSuchEndpoint(stop)
    ? display`The host does not lead to the platform's API: correct the host input (dry-run: check tries it without triggering anything)`
    : display`When the answer is about the credential or the tenant, check tenant-id and the credential: dry-run: check proves them without triggering anything`
  return display`The platform refused the run's first ${stop.refused} triggers with the same answer and accepted none: ${answerText(stop)}. Nothing more was sent (${notRunText}). ${remedy}`
}

/** A 404 for every trigger: no such endpoint under the host, whatever the credential. */
function noSuchEndpoint(stop: RefusalStop): boolean {
  return stop.answer.code === '404'
}

/** One line for a table whose own first triggers were all refused with the same answer. */
export function tableStoppedLine(
  stop: RefusalStop,
  table: DisplayText,
  results: readonly TriggerResult[]
): DisplayText {
  const notRun = results.filter(
    result => result.status === 'not-run' && result.tableName === table
  ).length
  const remedy = stop.answer.transient
    ? display`The platform is failing for this table: run it again later`
    : display`Check that the table exists on the platform as named`
  return display`Table ${table}: the platform refused its first ${stop.refused} triggers with the same answer and accepted none: ${answerText(stop)}. Its other ${notRun} trigger${plural(notRun)} were not sent; other tables went on. ${remedy}`
}

/** A table's stop, with the table as it is shown in results. */
export interface TableStopShown {
  table: DisplayText
  stop: RefusalStop
}

/** Whether a failed trigger is one a stop line already speaks for (said once, not again). */
export function coveredByStop(
  result: TriggerResult,
  facts: Pick<StopFacts, 'cause' | 'refusal'> & { tableStops: readonly TableStopShown[] }
): boolean {
  if ((facts.cause === 'unreachable' || facts.cause === 'invalid-http') && !result.answered) {
    return true
  }
  const sameAnswer = (stop: RefusalStop) =>
    stop.answer.code === result.code && stop.answer.reason === result.errorMsg
  if (facts.cause === 'refused' && facts.refusal && sameAnswer(facts.refusal)) return true
  return facts.tableStops.some(({ table, stop }) => table === result.tableName && sameAnswer(stop))
}
