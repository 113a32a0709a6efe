/**
 * What every presenter shares: the printer, the run's context, and what the run will do, known
 * once the inputs are read (whether it waits for plans, what dbt mapped). Made once with those
 * facts, never told them later by setters that must be called in order.
 */
import type { Config } from '../inputs/parse-inputs.js'
import type { TrustBoundary } from '../trust.js'
import { dbtShown, dbtSummarySection, type DbtShown } from './dbt-report.js'
import type { Detail } from './format.js'
import { NOT_WAITING, type FreshnessOutputs } from './freshness-report.js'
import { FAILURE_TITLE } from './lines.js'
import { emptyOutputs } from './outputs.js'
import type { Printer } from './printer.js'
import type { RunContext } from './run-context.js'
import { causeLine, type EarlyCause } from './step-cause.js'
import { failureSummary, type ExtraSections } from './summary.js'

/** What the run will do, as far as reporting goes. */
export interface RunFacts {
  /** It waits for plans: a failure before the wait leaves `fresh` false, not empty. */
  waiting: boolean
  /** Which dbt nodes became which tables, when dbt chose them. */
  dbt: DbtShown | undefined
}

/** Before the inputs are read: nothing is known yet. */
const NO_FACTS: RunFacts = { waiting: false, dbt: undefined }

export class RunReport {
  constructor(
    readonly printer: Printer,
    readonly context: RunContext,
    readonly facts: RunFacts = NO_FACTS
  ) {}

  /** The same report, once the inputs say what the run will do. */
  withFacts(facts: RunFacts): RunReport {
    return new RunReport(this.printer, this.context, facts)
  }

  /** The summary sections every summary of this run carries besides its own (the dbt mapping). */
  readonly summaryExtra: ExtraSections = (detail: Detail) =>
    this.facts.dbt ? dbtSummarySection(this.facts.dbt, detail) : ''

  /** What the freshness outputs say when the run fails before it could wait. */
  get freshnessIfFailed(): FreshnessOutputs {
    return this.facts.waiting ? { ...NOT_WAITING, fresh: 'false' } : NOT_WAITING
  }

  /**
   * The run failed before any trigger (a refused token, an unreadable plan, a failed check, a
   * bug): one line, as the outputs' error message, the summary's first line and one
   * annotation; what decided it heads the summary and ends the log.
   */
  async failedEarly(cause: EarlyCause, freshness = this.freshnessIfFailed): Promise<void> {
    const { printer } = this
    printer.endGroup()
    printer.setOutputs(emptyOutputs([cause.detail], freshness), FAILURE_TITLE)
    await printer.writeSummary(failureSummary(cause))
    printer.fail(cause.detail, FAILURE_TITLE)
    printer.info(causeLine(cause))
  }
}

/** What the run will do, from its inputs: a real run waits when it names plans to wait for. */
export function factsOf(
  config: Pick<Config, 'dryRun' | 'plan' | 'waitForPlans' | 'dbt'>,
  boundary: TrustBoundary
): RunFacts {
  return {
    waiting: config.dryRun === 'off' && config.plan.length > 0 && config.waitForPlans.length > 0,
    dbt: config.dbt ? dbtShown(config.dbt, boundary) : undefined
  }
}
