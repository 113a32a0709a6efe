/**
 * How a run ended, as a person sees it: a run's outcome (totals, outputs, summary, warnings and
 * the failures, each said once), a connection check passed or failed, or a bug.
 */
import type { PlannedTrigger } from '../inputs/trigger-plan.js'
import type { Verdict } from '../platform/verdict.js'
import type { PlanWatch } from '../run/plan-watch.js'
import { display, joinDisplay, type DisplayText } from '../trust.js'
import { NOT_WAITING, baselineLine, freshnessSection } from './freshness-report.js'
import { plannedShown } from './input-presenter.js'
import {
  FAILURE_TITLE,
  checkFailedLine,
  checkPassedLines,
  crashLine,
  failureGroups,
  totalsLine
} from './lines.js'
import { escapeCell } from './markdown.js'
import type { RunOutcome } from './outcome.js'
import { buildOutputs, plannedOutputs } from './outputs.js'
import type { Failure } from './printer.js'
import type { RunReport } from './run-report.js'
import { plannedResult } from './statuses.js'
import { causeLine, checkFailedCause, crashCause } from './step-cause.js'
import { buildPlanSummary, buildSummary, type ExtraSections } from './summary.js'

/** What `dry-run: check` proved. */
export interface CheckProof {
  host: string
  tokenExchanged: boolean
  watches: readonly PlanWatch[]
}

export class EndPresenter {
  constructor(private readonly report: RunReport) {}

  /**
   * The end of a run: totals, outputs, summary, then warnings and failure annotations: why it
   * stopped early first, the plans not fresh, then the other failures, identical ones collapsed
   * into one with a count; last, what decided the step.
   */
  async runEnded(outcome: RunOutcome): Promise<void> {
    const { printer, context, summaryExtra } = this.report
    printer.endGroup()
    printer.info(totalsLine(outcome.tally))
    printer.setOutputs(buildOutputs(outcome), FAILURE_TITLE)
    const extra: ExtraSections = detail =>
      [freshnessSection(outcome.watches, detail), summaryExtra(detail)].join('\n')
    await printer.writeSummary(buildSummary(outcome, context, extra))
    printer.warnings(outcome.warnings)
    const failure = (line: DisplayText): Failure => ({ line, count: 1, title: FAILURE_TITLE })
    printer.annotate([
      ...outcome.stopLines.map(failure),
      ...outcome.planFailures.map(failure),
      ...failureGroups(outcome.unexplainedFailures).map(group => ({
        ...group,
        title: FAILURE_TITLE
      }))
    ])
    printer.info(causeLine(outcome.cause))
  }

  /** `dry-run: check` passed: what it proved, the plan, nothing triggered. */
  async checkPassed(plan: readonly PlannedTrigger[], proof: CheckProof): Promise<void> {
    const { printer, context, summaryExtra } = this.report
    printer.endGroup()
    proof.watches.forEach(watch => printer.info(baselineLine(watch)))
    const lines = checkPassedLines(
      printer.boundary.text(proof.host, 300),
      proof.tokenExchanged,
      proof.watches.map(watch => watch.label)
    )
    lines.forEach(line => printer.info(line))
    printer.notice(
      display`Connection check passed: ${joinDisplay(lines, '; ')}; nothing was triggered`
    )
    const shown = plannedShown(plan, this.report)
    printer.setOutputs(plannedOutputs(shown.map(plannedResult)), FAILURE_TITLE)
    const head = [
      '## ✅ AnyMetrics connection check passed: nothing was triggered',
      '',
      ...lines.map(line => `- ${escapeCell(line)}`)
    ]
    await printer.writeSummary(buildPlanSummary(shown, context, summaryExtra, head))
  }

  /** `dry-run: check` failed: the step, the platform's own message, and the usual remedy. */
  async checkFailed(step: DisplayText, verdict: Verdict): Promise<void> {
    const line = checkFailedLine(step, verdict.reason, verdict.traceId)
    await this.report.failedEarly(checkFailedCause(step, verdict.reason, line), NOT_WAITING)
  }

  /**
   * Last resort for a bug: one annotation, no stack trace, never a green step, and outputs and
   * summary that say so.
   */
  async crashed(error: unknown): Promise<void> {
    const raw = error instanceof Error ? error.message : String(error)
    await this.report.failedEarly(crashCause(crashLine(this.report.printer.boundary.text(raw))))
  }
}
