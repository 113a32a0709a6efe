/**
 * The inputs as a person sees them: every refused input at once, the notices the rules gave,
 * which day `today` was and which dbt nodes became tables; and the runs that send nothing (a
 * plan with nothing in it, a dry run).
 */
import type { Config } from '../inputs/parse-inputs.js'
import type { InputError } from '../inputs/refusals.js'
import type { PlannedTrigger } from '../inputs/trigger-plan.js'
import { dbtLines } from './dbt-report.js'
import { wouldWaitLine, wouldWaitSection } from './freshness-report.js'
import {
  FAILURE_TITLE,
  INVALID_INPUT_TITLE,
  NOTHING_TO_REFRESH_LINE,
  dryRunLines,
  inputErrorLine,
  longestRunLine,
  todayLine,
  type PlannedShown
} from './lines.js'
import { longestRunMs, runShapeOf } from '../run/run-budget.js'
import { emptyOutputs, plannedOutputs } from './outputs.js'
import type { RunReport } from './run-report.js'
import { plannedResult } from './statuses.js'
import { causeLine, invalidInputCause } from './step-cause.js'
import {
  buildPlanSummary,
  nothingToRefreshSummary,
  refusedInputSummary,
  type ExtraSections
} from './summary.js'

export class InputPresenter {
  constructor(private readonly report: RunReport) {}

  /** Every refused input, one line each: outputs, annotations and summary; nothing was sent. */
  async refused(errors: readonly InputError[]): Promise<void> {
    const { printer } = this.report
    const lines = errors.map(error => inputErrorLine(error, printer.boundary))
    const cause = invalidInputCause(errors)
    printer.setOutputs(emptyOutputs(lines), FAILURE_TITLE)
    printer.annotate(lines.map(line => ({ line, count: 1, title: INVALID_INPUT_TITLE })))
    await printer.writeSummary(refusedInputSummary(lines, cause))
    printer.info(causeLine(cause))
  }

  notices(notices: readonly string[]): void {
    const { printer } = this.report
    notices.forEach(notice => printer.notice(printer.boundary.text(notice)))
  }

  /**
   * Before the run: which day `today` was (a wrong zone shows), the longest the run can take
   * (debug), and the dbt mapping.
   */
  read(config: Config): void {
    const { printer, facts } = this.report
    printer.info(
      todayLine(printer.boundary.text(config.timeZone), printer.boundary.text(config.today))
    )
    printer.debug(longestRunLine(longestRunMs(runShapeOf(config))))
    if (!facts.dbt) return
    const { group, lines, warnings } = dbtLines(facts.dbt)
    printer.startGroup(group)
    lines.forEach(line => printer.info(line))
    printer.endGroup()
    printer.warnings(warnings)
  }

  /** A plan with no trigger in it (dbt rebuilt nothing that maps to a table): nothing to do. */
  async nothingToRefresh(): Promise<void> {
    const { printer, summaryExtra } = this.report
    printer.notice(NOTHING_TO_REFRESH_LINE)
    printer.setOutputs(emptyOutputs(), FAILURE_TITLE)
    await printer.writeSummary(nothingToRefreshSummary(summaryExtra))
  }

  /** The plan, and the plans it would wait for; nothing is sent. */
  async dryRun(plan: readonly PlannedTrigger[], waitFor: readonly string[]): Promise<void> {
    const { printer, summaryExtra, context } = this.report
    const shown = plannedShown(plan, this.report)
    const plans = waitFor.map(label => printer.boundary.identifier(label, 200))
    const { group, lines, notice } = dryRunLines(shown)
    printer.startGroup(group)
    lines.forEach(line => printer.info(line))
    printer.endGroup()
    if (plans.length > 0) printer.info(wouldWaitLine(plans))
    printer.notice(notice)
    printer.setOutputs(plannedOutputs(shown.map(plannedResult)), FAILURE_TITLE)
    const extra: ExtraSections = detail =>
      [wouldWaitSection(plans, detail), summaryExtra(detail)].join('\n')
    await printer.writeSummary(buildPlanSummary(shown, context, extra))
  }
}

/** Planned triggers as they may be shown. */
export function plannedShown(
  plan: readonly PlannedTrigger[],
  { printer }: Pick<RunReport, 'printer'>
): PlannedShown[] {
  return plan.map(trigger => ({
    tableName: printer.boundary.identifier(trigger.tableName),
    partition: printer.boundary.identifier(trigger.partition)
  }))
}
