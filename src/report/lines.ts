/** The log lines and annotations the action prints, formed from display text only. */
import type { InputError } from '../inputs/refusals.js'
import type { PlannedTrigger } from '../inputs/trigger-plan.js'
import type { Verdict } from '../platform/verdict.js'
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
import { dateRanges } from './date-ranges.js'
import { formatDuration, plural } from './format.js'
import type { Tally } from './tally.js'

export const FAILURE_TITLE = 'AnyMetrics refresh failed'
export const INVALID_INPUT_TITLE = 'AnyMetrics refresh input is invalid'

/** A planned trigger as it may be shown. */
export type PlannedShown = { [K in keyof PlannedTrigger]: DisplayText }

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

function traceSuffix(result: TriggerResult): DisplayText {
  return result.traceId ? display` (traceId ${result.traceId})` : display``
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
    const group = byReason.get(key)
    if (group) group.push(result)
    else byReason.set(key, [result])
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

/** The log line for a finished trigger. */
function resultLine(result: TriggerResult): DisplayText {
  const status = {
    succeeded: display`✅ succeeded`,
    'accepted-earlier': display`☑️ accepted earlier (resume-file)`,
    'not-run': display`⏭️ ${result.errorMsg ?? display`not run`}`,
    unknown: display`❓ unknown: ${result.errorMsg ?? display``}`,
    failed: display`❌ failed: ${result.errorMsg ?? display``}`
  }[result.status]
  const attempts = display`${result.attempts} attempt${plural(result.attempts)}`
  return display`${result.tableName} ${result.partition}: ${status} (traceId ${result.traceId ?? display`none`}, ${attempts}, ${formatDuration(result.durationMs)})`
}

/** The log line as a trigger finishes within a run of many: `[done/total] …`. */
export function progressLine(result: TriggerResult, finished: number, total: number): DisplayText {
  return display`[${finished}/${total}] ${resultLine(result)}`
}

export function retryLine(notice: RetryNotice): DisplayText {
  return display`${notice.tableName} ${notice.partition}: ${attemptFailedLine(notice)}`
}

/** `attempt 1 of 4 failed (reason); retrying in 1.2 s`, for a trigger or the token request. */
function attemptFailedLine(notice: {
  attempt: number
  maxAttempts: number
  reason: DisplayText
  waitMs: number
  counted: boolean
}): DisplayText {
  const what = notice.counted
    ? display`failed (${notice.reason})`
    : display`was refused for pace (${notice.reason}; not counted as a retry)`
  return display`attempt ${notice.attempt} of ${notice.maxAttempts} ${what}; retrying in ${formatDuration(notice.waitMs)}`
}

export function warningLine(result: TriggerResult): DisplayText | null {
  return result.warning ? display`${result.tableName} ${result.partition}: ${result.warning}` : null
}

/** One line with the run's totals. */
export function totalsLine(tally: Tally): DisplayText {
  const { succeeded, acceptedEarlier, failed, notRun, unknown } = tally
  const earlier =
    acceptedEarlier.length > 0 ? display` (${acceptedEarlier.length} accepted earlier)` : display``
  const parts = [display`${succeeded.length} succeeded${earlier}`, display`${failed.length} failed`]
  if (unknown.length > 0) parts.push(display`${unknown.length} unknown`)
  if (notRun.length > 0) parts.push(display`${notRun.length} not run`)
  const total = succeeded.length + failed.length + unknown.length + notRun.length
  return display`${joinDisplay(parts, ', ')}, ${total} in all`
}

/** The last warning when there are more than GitHub shows: where the rest are. */
export function moreWarningsLine(count: number): DisplayText {
  return display`${count} more warning${plural(count)}: see the job summary, and the log, where each is a line starting with "warning:"`
}

/** The last annotation when there are more than GitHub shows: where the rest are. */
export function moreFailuresLine(count: number): DisplayText {
  return display`${count} more failure${plural(count)}: see the job summary, the error-message output and the log`
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
  // A line per table with its dates as ranges: a year of two tables is two lines, not 732.
  const byTable = new Map<DisplayText, DisplayText[]>()
  for (const { tableName, partition } of plan) {
    const dates = byTable.get(tableName)
    if (dates) dates.push(partition)
    else byTable.set(tableName, [partition])
  }
  const lines = [...byTable].map(([table, dates]) => {
    const many = dates.length > 1 ? display` (${dates.length} partitions)` : display``
    return display`${table} ${dateRanges(dates)}${many}`
  })
  return {
    group: display`Dry run: ${count}, nothing will be sent`,
    lines,
    notice: display`Dry run: ${count}; nothing was sent`
  }
}

const RULE_LIMIT = 400

/** `Input "name" rule; got "value"`: the value quoted through the boundary (secrets never). */
export function inputErrorLine(error: InputError, boundary: TrustBoundary): DisplayText {
  // A rule can quote what a file held (a dbt unique_id of any length): bounded like any text.
  const rule = boundary.text(error.rule, RULE_LIMIT)
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

export function planRetryLine(
  plan: DisplayText,
  notice: Parameters<typeof attemptFailedLine>[0]
): DisplayText {
  return display`plan ${plan} status: ${attemptFailedLine(notice)}`
}

export function tokenRetryLine(notice: Parameters<typeof attemptFailedLine>[0]): DisplayText {
  return display`token request: ${attemptFailedLine(notice)}`
}

export function crashLine(message: DisplayText): DisplayText {
  return display`anymetrics-refresh stopped unexpectedly: ${message}`
}

/** A runner file the action could not write: which, why, and what it means. */
export function sinkFailureLine(sink: 'outputs' | 'summary', code: DisplayText): DisplayText {
  return sink === 'outputs'
    ? display`Could not write the step's outputs to GITHUB_OUTPUT (${code}): the steps after this one will not see them; the log above has the run's record`
    : display`Could not write the job summary to GITHUB_STEP_SUMMARY (${code}); the log above has the run's record`
}

/** A passed connection check: what it proved, and that nothing was triggered. */
export function checkPassedLines(
  host: DisplayText,
  tokenExchanged: boolean,
  plans: readonly DisplayText[]
): DisplayText[] {
  return [
    display`${host} answered`,
    tokenExchanged
      ? display`app-id and app-secret were exchanged for a token`
      : display`the credential was accepted`,
    display`the tenant was accepted`,
    plans.length > 0
      ? display`every plan to wait for was found: ${joinDisplay(plans, ', ')}`
      : display`the materialization plan list was read`
  ]
}

export function checkFailedLine(
  step: DisplayText,
  reason: DisplayText | null,
  traceId: DisplayText | null
): DisplayText {
  const trace = traceId ? display` (traceId ${traceId})` : display``
  return display`Connection check failed while ${step}: ${reason ?? display`refused`}${trace}; check host, tenant-id and the credential (app-id and app-secret, or auth-type and auth-value); nothing was triggered`
}

/** Which day `today` was, so a wrong time zone shows in the log. */
export function todayLine(timeZone: DisplayText, today: DisplayText): DisplayText {
  return display`today in ${timeZone} is ${today}`
}

/** The bound the README's rule gives this run, for debug logging: what a job's timeout needs. */
export function longestRunLine(ms: number): DisplayText {
  return display`By its inputs, this run ends within ${decimal(ms / 60_000, 1)} min (README: Retries and timeouts)`
}

/** What the resume file holds now, for the next attempt. */
export function resumeLine(path: DisplayText, accepted: number): DisplayText {
  return display`resume-file ${path}: ${accepted} accepted trigger${plural(accepted)} recorded; a re-run given this file sends only the rest`
}

export function resumeNotWrittenLine(path: DisplayText, code: DisplayText): DisplayText {
  return display`resume-file ${path} could not be written (${code}): a re-run would send every trigger again`
}

/** Triggers not sent again: an earlier attempt got them accepted. */
export function acceptedEarlierLine(count: number): DisplayText {
  return display`${count} trigger${plural(count)} accepted by an earlier attempt (resume-file): not sent again`
}

/** The body of a trigger as it was sent, for debug logging. */
export function requestBodyLine(body: DisplayText): DisplayText {
  return display`Request body: ${body}`
}

export const SHORT_SECRET_LINE = display`A credential is shorter than 4 characters: the runner masks it as *** wherever it appears in the log, so dates, codes and names that contain it will show *** too; the platform's answers are still judged on their real values`

export const NOTHING_TO_REFRESH_LINE = display`Nothing to refresh: no table was named, and no dbt node maps to one`
