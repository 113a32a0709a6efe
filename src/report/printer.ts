/**
 * The one place that prints. Every log line, annotation, output and summary goes to the runner
 * through here, formed by the formatters beside it (lines, outputs, summary, dbt-report) from display text, and every line passes `inertLine` once
 * more on its way out.
 */
import type { DbtMapping } from '../inputs/dbt-mapping.js'
import type { InputError } from '../inputs/refusals.js'
import type { PlannedTrigger } from '../inputs/trigger-plan.js'
import type { Verdict } from '../platform/verdict.js'
import type { RetryNoticeBase } from '../run/retry-loop.js'
import type { StopCause } from '../run/run-control.js'
import type { RetryNotice, TriggerResult } from '../run/trigger.js'
import { inertLine, type DisplayText, type TrustBoundary } from '../trust.js'
import { dbtLines, dbtShown, dbtSummarySection } from './dbt-report.js'
import {
  FAILURE_TITLE,
  INVALID_INPUT_TITLE,
  NOTHING_TO_REFRESH_LINE,
  SHORT_SECRET_LINE,
  crashLine,
  dryRunLines,
  failureGroups,
  inputErrorLine,
  moreFailuresLine,
  progressLine,
  requestBodyLine,
  retryLine,
  runStartLine,
  stoppedLine,
  todayLine,
  tokenRefusedLine,
  tokenRetryLine,
  totalsLine,
  sinkFailureLine,
  warningLine
} from './lines.js'
import { buildOutputs, emptyOutputs, type Outputs } from './outputs.js'
import type { RunContext } from './run-context.js'
import { gatherLogLines, type Sink } from './sink.js'
import {
  buildPlanSummary,
  buildSummary,
  failureSummary,
  nothingToRefreshSummary,
  type ExtraSections
} from './summary.js'
import { failedResults } from './tally.js'

/** How a run ended, beyond its results: why it stopped early, and the host it called. */
export interface RunEnding {
  cause?: StopCause | undefined
  host?: string
}

export type { Sink } from './sink.js'

/** A secret this short is masked wherever its characters appear, dates and codes included. */
const SHORT_SECRET_LENGTH = 4

/** GitHub shows at most 10 error annotations per step; the rest are in the summary. */
const MAX_FAILURE_ANNOTATIONS = 10

export class Reporter {
  private groupOpen = false
  private outputsWritten = false
  private warnedShortSecret = false
  private summaryWritten = false
  private readonly sink: Sink
  /** Summary sections that come before the run's context (the dbt mapping). */
  private summaryExtra: ExtraSections = () => ''

  constructor(
    sink: Sink,
    private readonly boundary: TrustBoundary,
    private readonly context: RunContext
  ) {
    this.sink = gatherLogLines(sink)
  }

  /** Registers a secret and its encoded forms with the runner's mask and the boundary. */
  mask(secret: string): void {
    this.boundary.addSecret(secret).forEach(form => this.sink.setSecret(form))
    if (secret.length < SHORT_SECRET_LENGTH && !this.warnedShortSecret) {
      this.warnedShortSecret = true
      this.sink.warning(SHORT_SECRET_LINE)
    }
  }

  inputRefused(errors: readonly InputError[]): void {
    const lines = errors.map(error => inputErrorLine(error, this.boundary))
    this.setOutputs(emptyOutputs(lines))
    lines.forEach(line => this.fail(line, INVALID_INPUT_TITLE))
  }

  notices(notices: readonly string[]): void {
    notices.forEach(notice => this.sink.notice(inertLine(this.boundary.text(notice))))
  }

  /** Which day `today` was, once, so a wrong time zone shows in the log. */
  today(timeZone: string, today: string): void {
    this.info(todayLine(this.boundary.text(timeZone), this.boundary.text(today)))
  }

  /** Which dbt nodes became which tables, and why the others did not: once, before the run. */
  dbtMapping(mapping: DbtMapping): void {
    const shown = dbtShown(mapping, this.boundary)
    const { group, lines, warnings } = dbtLines(shown)
    this.startGroup(group)
    lines.forEach(line => this.info(line))
    this.endGroup()
    warnings.forEach(warning => this.sink.warning(inertLine(warning)))
    this.summaryExtra = detail => dbtSummarySection(shown, detail)
  }

  /** A plan with no trigger in it (dbt rebuilt nothing that maps to a table): nothing to do. */
  async nothingToRefresh(): Promise<void> {
    this.sink.notice(NOTHING_TO_REFRESH_LINE)
    this.setOutputs(emptyOutputs())
    await this.writeSummary(nothingToRefreshSummary(this.summaryExtra))
  }

  async dryRun(plan: readonly PlannedTrigger[]): Promise<void> {
    const shown = plan.map(trigger => ({
      tableName: this.boundary.text(trigger.tableName),
      partition: this.boundary.text(trigger.partition)
    }))
    const { group, lines, notice } = dryRunLines(shown)
    this.startGroup(group)
    lines.forEach(line => this.info(line))
    this.endGroup()
    this.sink.notice(inertLine(notice))
    this.setOutputs(emptyOutputs())
    await this.writeSummary(buildPlanSummary(shown, this.context, this.summaryExtra))
  }

  tokenRetry(notice: RetryNoticeBase): void {
    this.info(tokenRetryLine(notice))
  }

  /** The API key pair was not exchanged for a token: one annotation, no trigger sent. */
  async tokenRefused(verdict: Verdict, attempts: number): Promise<void> {
    const line = tokenRefusedLine(verdict, attempts)
    this.setOutputs(emptyOutputs([line]))
    await this.writeSummary(failureSummary(line))
    this.fail(line, FAILURE_TITLE)
  }

  runStarted(total: number, endpoint: string, concurrency: number): void {
    this.startGroup(runStartLine(total, this.boundary.text(endpoint), concurrency))
  }

  requestBody(body: string): void {
    this.sink.debug(inertLine(requestBodyLine(this.boundary.text(body))))
  }

  retry(notice: RetryNotice): void {
    this.info(retryLine(notice))
  }

  finished(result: TriggerResult, finished: number, total: number): void {
    this.info(progressLine(result, finished, total))
  }

  /**
   * The end of a run: totals, outputs, summary, then warnings and failure annotations, identical
   * failures collapsed into one with a count, and one line for a run that stopped early.
   */
  async runEnded(results: readonly TriggerResult[], ending: RunEnding = {}): Promise<void> {
    this.endGroup()
    this.info(totalsLine(results))
    this.setOutputs(buildOutputs(results))
    await this.writeSummary(buildSummary(results, this.context, this.summaryExtra))
    for (const result of results) {
      const warning = warningLine(result)
      if (warning) this.sink.warning(inertLine(warning))
    }
    const stopLine = stoppedLine(results, ending.cause, this.boundary.text(ending.host ?? ''))
    if (stopLine) this.fail(stopLine, FAILURE_TITLE)
    // An unreachable platform is said once, above; what it did answer is still reported.
    const failed = failedResults(results).filter(
      result => ending.cause !== 'unreachable' || result.answered
    )
    const groups = failureGroups(failed)
    const shown = groups.slice(0, MAX_FAILURE_ANNOTATIONS)
    shown.forEach(group => this.fail(group.line, FAILURE_TITLE))
    const more = groups.slice(MAX_FAILURE_ANNOTATIONS).reduce((sum, group) => sum + group.count, 0)
    if (more > 0) this.fail(moreFailuresLine(more), FAILURE_TITLE)
  }

  /**
   * Last resort for a bug: one annotation, no stack trace, never a green step, and outputs and
   * summary that say so.
   */
  async crashed(error: unknown): Promise<void> {
    this.endGroup()
    const raw = error instanceof Error ? error.message : String(error)
    const line = crashLine(this.boundary.text(raw))
    this.setOutputs(emptyOutputs([line]))
    await this.writeSummary(failureSummary(line))
    this.fail(line, FAILURE_TITLE)
  }

  /**
   * Writes every output once: what a sink already holds is never rewritten (a crash after the
   * outputs were set leaves them as they are). A sink that fails says so in one line and fails
   * the step (later steps read outputs); the other sinks still get their record.
   */
  private setOutputs(outputs: Outputs): void {
    if (this.outputsWritten) return
    this.outputsWritten = true
    try {
      for (const [name, value] of Object.entries(outputs)) this.sink.setOutput(name, value)
    } catch (error) {
      this.fail(sinkFailureLine('outputs', this.boundary.text(errorCode(error))), FAILURE_TITLE)
    }
  }

  /** Writes the job summary once; a summary that cannot be written is one warning. */
  private async writeSummary(markdown: string): Promise<void> {
    if (this.summaryWritten) return
    this.summaryWritten = true
    try {
      await this.sink.writeSummary(markdown)
    } catch (error) {
      this.sink.warning(inertLine(sinkFailureLine('summary', this.boundary.text(errorCode(error)))))
    }
  }

  private info(line: DisplayText): void {
    this.sink.info(inertLine(line))
  }

  private fail(line: DisplayText, title: string): void {
    this.sink.error(inertLine(line), { title })
    this.sink.fail()
  }

  private startGroup(line: DisplayText): void {
    this.endGroup()
    this.sink.startGroup(inertLine(line))
    this.groupOpen = true
  }

  private endGroup(): void {
    if (!this.groupOpen) return
    this.sink.endGroup()
    this.groupOpen = false
  }
}

/** The code of a failed write (ENOENT, ENOSPC…), or its message when it has none. */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string') return code
  return error instanceof Error ? error.message : String(error)
}
