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
import type { RefusalStop } from '../run/refusal-watch.js'
import type { StopCause } from '../run/run-control.js'
import type { RetryNotice, TriggerResult } from '../run/trigger.js'
import { display, inertLine, joinDisplay, type DisplayText, type TrustBoundary } from '../trust.js'
import { escapeCell } from './markdown.js'
import { dbtLines, dbtShown, dbtSummarySection } from './dbt-report.js'
import {
  FAILURE_TITLE,
  INVALID_INPUT_TITLE,
  NOTHING_TO_REFRESH_LINE,
  SHORT_SECRET_LINE,
  checkFailedLine,
  checkPassedLines,
  crashLine,
  dryRunLines,
  failureGroups,
  inputErrorLine,
  moreFailuresLine,
  planRetryLine,
  progressLine,
  requestBodyLine,
  retryLine,
  runStartLine,
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
import { coveredByStop, stoppedLine, tableStoppedLine, type TableStopShown } from './stop-lines.js'
import {
  buildPlanSummary,
  buildSummary,
  failureSummary,
  refusedInputSummary,
  nothingToRefreshSummary,
  type ExtraSections
} from './summary.js'
import { failedResults } from './tally.js'
import {
  NOT_WAITING,
  baselineFailedLine,
  baselineLine,
  freshnessOutputs,
  freshnessSection,
  planFreshLine,
  planNotFreshLine,
  planWarningLine,
  waitProgressLine,
  waitStartLine,
  type FreshnessOutputs,
  wouldWaitLine,
  wouldWaitSection
} from './freshness-report.js'
import type { PlanWatch } from '../run/plan-watch.js'
import { dataBehind } from '../run/freshness.js'

/** How a run ended, beyond its results: why it stopped early, the host, the plans' wait. */
export interface RunEnding {
  cause?: StopCause | undefined
  /** The refusals that stopped the run or some of its tables. */
  refusals?: { stopOfRun: RefusalStop | undefined; tableStops: readonly RefusalStop[] }
  host?: string
  freshness?: FreshnessEnding | undefined
}

/** The plans the run waited for (or would have), and what it was waiting against. */
export interface FreshnessEnding {
  watches: readonly PlanWatch[]
  /** The newest partition the run refreshed: a plan's data should reach it. */
  newestPartition: string | undefined
}

/** An annotation to make, and how many failures it stands for. */
interface Failure {
  line: DisplayText
  count: number
  title: string
}

export type { Sink } from './sink.js'

/** A secret this short is masked wherever its characters appear, dates and codes included. */
const SHORT_SECRET_LENGTH = 4

/**
 * GitHub shows at most 10 error annotations per step: past that, 9 and a last one that says
 * how many more there are and where they are.
 */
const MAX_ANNOTATIONS = 10

export class Reporter {
  private groupOpen = false
  private outputsWritten = false
  private warnedShortSecret = false
  /** What the freshness outputs say when the run fails before it could wait. */
  private freshnessIfFailed: FreshnessOutputs = NOT_WAITING
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

  /** The run will wait for plans: a failure before the wait leaves `fresh` false, not empty. */
  expectWait(): void {
    this.freshnessIfFailed = { ...NOT_WAITING, fresh: 'false' }
  }

  /** Registers a secret and its encoded forms with the runner's mask and the boundary. */
  mask(secret: string): void {
    this.boundary.addSecret(secret).forEach(form => this.sink.setSecret(form))
    if (secret.length < SHORT_SECRET_LENGTH && !this.warnedShortSecret) {
      this.warnedShortSecret = true
      this.sink.warning(SHORT_SECRET_LINE)
    }
  }

  async inputRefused(errors: readonly InputError[]): Promise<void> {
    const lines = errors.map(error => inputErrorLine(error, this.boundary))
    this.setOutputs(emptyOutputs(lines))
    this.annotate(lines.map(line => ({ line, count: 1, title: INVALID_INPUT_TITLE })))
    await this.writeSummary(refusedInputSummary(lines))
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

  /** The plan, and the plans it would wait for; nothing is sent. */
  async dryRun(plan: readonly PlannedTrigger[], waitFor: readonly string[] = []): Promise<void> {
    const shown = plan.map(trigger => ({
      tableName: this.boundary.text(trigger.tableName),
      partition: this.boundary.text(trigger.partition)
    }))
    const plans = waitFor.map(label => this.boundary.text(label, 200))
    const { group, lines, notice } = dryRunLines(shown)
    this.startGroup(group)
    lines.forEach(line => this.info(line))
    this.endGroup()
    if (plans.length > 0) this.info(wouldWaitLine(plans))
    this.sink.notice(inertLine(notice))
    this.setOutputs(emptyOutputs())
    const extra: ExtraSections = detail =>
      [wouldWaitSection(plans, detail), this.summaryExtra(detail)].join('\n')
    await this.writeSummary(buildPlanSummary(shown, this.context, extra))
  }

  /** `dry-run: check` passed: what it proved, the plan, nothing triggered. */
  async checkPassed(
    plan: readonly PlannedTrigger[],
    proof: { host: string; tokenExchanged: boolean; watches: readonly PlanWatch[] }
  ): Promise<void> {
    this.endGroup()
    proof.watches.forEach(watch => this.info(baselineLine(watch)))
    const lines = checkPassedLines(
      this.boundary.text(proof.host, 300),
      proof.tokenExchanged,
      proof.watches.map(watch => watch.label)
    )
    lines.forEach(line => this.info(line))
    this.sink.notice(
      inertLine(
        display`Connection check passed: ${joinDisplay(lines, '; ')}; nothing was triggered`
      )
    )
    this.setOutputs(emptyOutputs())
    const shown = plan.map(trigger => ({
      tableName: this.boundary.text(trigger.tableName),
      partition: this.boundary.text(trigger.partition)
    }))
    const head = [
      '## ✅ AnyMetrics connection check passed: nothing was triggered',
      '',
      ...lines.map(line => `- ${escapeCell(line)}`)
    ]
    await this.writeSummary(buildPlanSummary(shown, this.context, this.summaryExtra, head))
  }

  /** `dry-run: check` failed: the step, the platform's own message, and the usual remedy. */
  async checkFailed(step: DisplayText, verdict: Verdict): Promise<void> {
    this.endGroup()
    const line = checkFailedLine(step, verdict.reason, verdict.traceId)
    this.setOutputs(emptyOutputs([line]))
    await this.writeSummary(failureSummary(line))
    this.fail(line, FAILURE_TITLE)
  }

  tokenRetry(notice: RetryNoticeBase): void {
    this.info(tokenRetryLine(notice))
  }

  /** The API key pair was not exchanged for a token: one annotation, no trigger sent. */
  async tokenRefused(verdict: Verdict, attempts: number): Promise<void> {
    const line = tokenRefusedLine(verdict, attempts)
    this.setOutputs(emptyOutputs([line], this.freshnessIfFailed))
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
    const { freshness } = ending
    const watches = freshness?.watches ?? []
    const planFailures = watches.map(planNotFreshLine).filter(line => line !== null)
    const outputs = buildOutputs(
      results,
      freshness ? freshnessOutputs(watches) : NOT_WAITING,
      planFailures
    )
    this.setOutputs(outputs)
    const stops = this.stopsOf(results, ending)
    const extra: ExtraSections = detail =>
      [freshnessSection(watches, detail), this.summaryExtra(detail)].join('\n')
    const plansFailed = outputs.fresh === 'false'
    await this.writeSummary(buildSummary(results, this.context, extra, plansFailed, stops.lines))
    for (const result of results) {
      const warning = warningLine(result)
      if (warning) this.sink.warning(inertLine(warning))
    }
    this.planWarnings(freshness)
    const failures: Failure[] = stops.lines.map(line => ({ line, count: 1, title: FAILURE_TITLE }))
    for (const line of planFailures) failures.push({ line, count: 1, title: FAILURE_TITLE })
    // What a stop line says is not said again; what else the platform answered still is.
    const failed = failedResults(results).filter(result => !coveredByStop(result, stops.facts))
    for (const group of failureGroups(failed)) failures.push({ ...group, title: FAILURE_TITLE })
    this.annotate(failures)
  }

  /**
   * The lines that say why the run, or some tables, stopped early; each said once. A refusal
   * that came with the last triggers stopped nothing, and its failures are reported as such.
   */
  private stopsOf(results: readonly TriggerResult[], ending: RunEnding) {
    const notRun = results.filter(result => result.status === 'not-run')
    const tableStops: TableStopShown[] = (ending.refusals?.tableStops ?? [])
      .map(stop => ({ stop, table: this.boundary.text(stop.table ?? '') }))
      .filter(({ table }) => notRun.some(result => result.tableName === table))
    const facts = {
      results,
      cause: ending.cause,
      host: this.boundary.text(ending.host ?? ''),
      refusal: notRun.length > 0 ? ending.refusals?.stopOfRun : undefined,
      tableStops
    }
    const lines = [
      stoppedLine(facts),
      ...tableStops.map(({ stop, table }) => tableStoppedLine(stop, table, results))
    ].filter(line => line !== null)
    return { facts, lines }
  }

  /** Before any trigger: the plans' baselines, one line each. */
  baselines(watches: readonly PlanWatch[]): void {
    watches.forEach(watch => this.info(baselineLine(watch)))
  }

  /** A plan could not be read before any trigger: one annotation, nothing was sent. */
  async baselineFailed(label: DisplayText, verdict: Verdict): Promise<void> {
    this.endGroup()
    const line = baselineFailedLine(label, verdict.reason, verdict.traceId)
    this.setOutputs(emptyOutputs([line], { ...NOT_WAITING, fresh: 'false' }))
    await this.writeSummary(failureSummary(line))
    this.fail(line, FAILURE_TITLE)
  }

  waitStarted(count: number, timeoutMs: number, intervalMs: number): void {
    this.startGroup(waitStartLine(count, timeoutMs, intervalMs))
  }

  planFresh(watch: PlanWatch): void {
    this.info(planFreshLine(watch))
  }

  waitProgress(waiting: number, total: number, elapsedMs: number, timeoutMs: number): void {
    this.info(waitProgressLine(waiting, total, elapsedMs, timeoutMs))
  }

  planRetry(plan: DisplayText, notice: RetryNoticeBase): void {
    this.info(planRetryLine(plan, notice))
  }

  /** Fresh plans whose data still looks incomplete: one warning each. */
  private planWarnings(freshness: FreshnessEnding | undefined): void {
    for (const watch of freshness?.watches ?? []) {
      const behind = dataBehind(watch.last.dataMs, freshness?.newestPartition)
      const warning = planWarningLine(watch, behind)
      if (warning) this.sink.warning(inertLine(warning))
    }
  }

  /** Failure annotations within GitHub's ten: the last says how many more and where. */
  private annotate(failures: readonly Failure[]): void {
    const shown =
      failures.length > MAX_ANNOTATIONS ? failures.slice(0, MAX_ANNOTATIONS - 1) : failures
    shown.forEach(failure => this.fail(failure.line, failure.title))
    const rest = failures.slice(shown.length)
    if (rest.length === 0) return
    const more = rest.reduce((sum, failure) => sum + failure.count, 0)
    this.fail(moreFailuresLine(more), rest[0]?.title ?? FAILURE_TITLE)
  }

  /**
   * Last resort for a bug: one annotation, no stack trace, never a green step, and outputs and
   * summary that say so.
   */
  async crashed(error: unknown): Promise<void> {
    this.endGroup()
    const raw = error instanceof Error ? error.message : String(error)
    const line = crashLine(this.boundary.text(raw))
    this.setOutputs(emptyOutputs([line], this.freshnessIfFailed))
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
