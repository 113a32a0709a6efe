/**
 * What decided the step, said before anything else: the job summary's heading and first line,
 * and the log's last line, all read one `StepCause`. A run's is decided once, in `decideOutcome`
 * (outcome.ts), from the wording here; a step that ends before any trigger names its own. The
 * totals and the tables follow it. Pure.
 */
// Why the cause first, and its words: docs/decisions/0010-cause-first.md
import type { InputError } from '../inputs/refusals.js'
import type { PlanWatch } from '../run/plan-watch.js'
import type { TokenFailure } from '../run/token-exchange.js'
import type { TriggerResult } from '../run/trigger.js'
import { display, inertLine, joinDisplay, shorten, type DisplayText } from '../trust.js'
import { plural } from './format.js'
import { minutes } from './freshness-report.js'
import { failureGroups } from './lines.js'
import { escapeCell } from './markdown.js'
import type { Tally } from './tally.js'

export interface StepCause {
  passed: boolean
  /** What decided the step, in a few words: the summary's heading and the log's last line. */
  headline: DisplayText
  /**
   * The same in full, with what to do: the summary's first line. Null when the stop lines that
   * open the summary say it (a run stopped early).
   */
  detail: DisplayText | null
}

/** A step that ended before any trigger: its one line is the annotation and the first line. */
export type EarlyCause = StepCause & { detail: DisplayText }

/** Outside text in a headline is cut here: the first line and the annotations have it whole. */
export const HEADLINE_TEXT_LIMIT = 120

/** The summary's opening: the cause as its heading, then its first line. */
export function causeOpening(cause: StepCause): string[] {
  const heading = `## ${cause.passed ? '✅' : '❌'} ${escapeCell(cause.headline)}`
  return cause.detail ? [heading, '', `**${escapeCell(cause.detail)}**`, ''] : [heading, '']
}

/**
 * The log's last line: the headline alone (the step's own mark and the annotations above say
 * passed or failed; `npm run local` puts its own mark before the line it ends on).
 */
export function causeLine(cause: StepCause): DisplayText {
  return cause.headline
}

/** `the trigger`, or `all 3 triggers`. */
function everyTrigger(total: number): DisplayText {
  return total === 1 ? display`the trigger` : display`all ${total} triggers`
}

/** Every trigger accepted, no wait: accepted is not refreshed, and the line says so. */
export function acceptedCause(total: number): StepCause {
  return {
    passed: true,
    headline:
      total === 1 ? display`The trigger was accepted` : display`All ${total} triggers accepted`,
    detail: display`AnyMetrics refresh succeeded: the platform accepted ${everyTrigger(total)} and refreshes in the background; this step did not wait for the data (wait-for-plans does)`
  }
}

/** Every trigger accepted, then every plan fresh: how far the data goes (`data-through`). */
export function freshCause(
  total: number,
  watches: readonly PlanWatch[],
  through: DisplayText | null
): StepCause {
  const waited = Math.max(0, ...watches.map(watch => watch.waitedMs))
  const plans =
    watches.length === 1 && watches[0]
      ? display`plan ${watches[0].label}`
      : display`all ${watches.length} plans`
  const earliest = watches.length > 1 ? display` (the earliest of the plans)` : display``
  const data = through
    ? display`data through ${through}${earliest}`
    : display`the platform gave no data time (latestDateTime)`
  return {
    passed: true,
    headline: through
      ? display`Fresh: data through ${shorten(through, HEADLINE_TEXT_LIMIT)}`
      : display`Fresh: data through a time the platform did not give`,
    detail: display`AnyMetrics refresh succeeded: the platform accepted ${everyTrigger(total)}, and ${plans} turned fresh within ${minutes(waited)}: ${data}`
  }
}

/** Every trigger accepted, but plans not fresh: timed out, or not followed (a plan error). */
export function notFreshCause(
  total: number,
  watches: readonly PlanWatch[],
  planFailures: readonly DisplayText[]
): StepCause {
  const notFresh = watches.filter(watch => watch.state !== 'fresh')
  const lost = notFresh.filter(watch => watch.state === 'failed').length
  const [only] = watches
  const which =
    watches.length === 1 && only
      ? display`Plan ${only.label}`
      : display`${notFresh.length} of ${watches.length} plans`
  const waited = Math.max(0, ...notFresh.map(watch => watch.waitedMs))
  let headline = display`${which} not fresh after ${minutes(waited)}`
  if (lost === notFresh.length) headline = display`${which} could not be followed`
  else if (lost > 0) headline = display`${which} not fresh: ${lost} could not be followed`
  const [first] = planFailures
  const more = planFailures.length - 1
  const rest = more > 0 ? display` (and ${more} more: see Freshness)` : display``
  return {
    passed: false,
    headline,
    detail: display`AnyMetrics refresh failed: the platform accepted ${everyTrigger(total)}, but the wait for plans did not end fresh: ${first ?? display`see Freshness`}${rest}`
  }
}

/**
 * Triggers not accepted, and no stop of the whole run: how many, and their reason when they
 * share one. `led`: stop lines of some tables open the summary and say the rest.
 */
export function triggersFailedCause(
  { succeeded, failed }: Tally,
  total: number,
  unexplained: readonly TriggerResult[],
  flags: { waiting: boolean; led: boolean }
): StepCause {
  const notAccepted = total - succeeded.length
  const notRun = notAccepted - failed.length
  const reasons = new Set(failed.map(result => result.errorMsg ?? ''))
  const [first] = failed
  let headline = display`${notAccepted} of ${total} triggers not accepted`
  if (first) {
    const count =
      total === 1
        ? display`The trigger failed`
        : failed.length === total
          ? display`All ${total} triggers failed`
          : display`${failed.length} of ${total} triggers failed`
    const reason =
      reasons.size === 1 && first.errorMsg
        ? display`: ${shorten(first.errorMsg, HEADLINE_TEXT_LIMIT)}`
        : display``
    const rest = notRun > 0 ? display`; ${notRun} not run` : display``
    headline = display`${count}${reason}${rest}`
  }
  const groups = failureGroups(unexplained)
  const accepted =
    total === 1 ? display`` : display`the platform accepted ${succeeded.length} of ${total}; `
  const others =
    groups.length > 1
      ? display`; ${groups.length - 1} other reason${plural(groups.length - 1)} below`
      : display``
  const wait = flags.waiting ? display`; the step did not wait for plans` : display``
  return {
    passed: false,
    headline,
    detail:
      flags.led || !groups[0]
        ? null
        : display`AnyMetrics refresh failed: ${accepted}${groups[0].line}${others}${wait}`
  }
}

const TOKEN_HEADLINES: Record<TokenFailure, DisplayText> = {
  refused: display`The platform refused the credential (app-id and app-secret)`,
  failing: display`The platform failed the token request`,
  unusable: display`The platform's token cannot be used`,
  unreachable: display`The platform is unreachable`,
  'invalid-http': display`The platform's answers are not valid HTTP`,
  'not-sent': display`The token request could not be sent`,
  cancelled: display`The run was cancelled`
}

/** No token for the key pair: the credential refused, or why the answer was not a refusal. */
export function tokenFailedCause(kind: TokenFailure, line: DisplayText): EarlyCause {
  return { passed: false, headline: TOKEN_HEADLINES[kind], detail: line }
}

/** `: reason`, cut for a headline. */
function reasonSuffix(reason: DisplayText | null): DisplayText {
  return reason ? display`: ${shorten(reason, HEADLINE_TEXT_LIMIT)}` : display``
}

export function baselineFailedCause(
  label: DisplayText,
  reason: DisplayText | null,
  line: DisplayText
): EarlyCause {
  return {
    passed: false,
    headline: display`Plan ${label} could not be read${reasonSuffix(reason)}`,
    detail: line
  }
}

export function checkFailedCause(
  step: DisplayText,
  reason: DisplayText | null,
  line: DisplayText
): EarlyCause {
  return {
    passed: false,
    headline: display`Connection check failed while ${step}${reasonSuffix(reason)}`,
    detail: line
  }
}

export function crashCause(line: DisplayText): EarlyCause {
  return { passed: false, headline: display`The action stopped unexpectedly`, detail: line }
}

/** The inputs refused, by name (their rules and values are the lines below). */
export function invalidInputCause(errors: readonly InputError[]): StepCause {
  const names = [...new Set(errors.map(error => error.input))]
  const [only] = names
  const shown = names.slice(0, 5).map(name => display`"${inertLine(name)}"`)
  const more = names.length > shown.length ? display`, …` : display``
  return {
    passed: false,
    headline:
      names.length === 1 && only !== undefined
        ? display`Input "${inertLine(only)}" is invalid: nothing was sent`
        : display`${names.length} inputs are invalid (${joinDisplay(shown, ', ')}${more}): nothing was sent`,
    detail: null
  }
}
