/** The plans as a person sees them: their baselines, the wait's start, progress and each fresh. */
import type { Verdict } from '../platform/verdict.js'
import type { PlanWatch } from '../run/plan-watch.js'
import type { PlanHooks } from '../run/refresh.js'
import type { RetryNoticeBase } from '../run/retry-loop.js'
import type { DisplayText } from '../trust.js'
import {
  NOT_WAITING,
  baselineFailedLine,
  baselineLine,
  planFreshLine,
  waitProgressLine,
  waitStartLine
} from './freshness-report.js'
import { planRetryLine } from './lines.js'
import type { RunReport } from './run-report.js'
import { baselineFailedCause } from './step-cause.js'

export class PlanPresenter implements PlanHooks {
  constructor(private readonly report: RunReport) {}

  planRetry(plan: DisplayText, notice: RetryNoticeBase): void {
    this.report.printer.info(planRetryLine(plan, notice))
  }

  /** Before any trigger: the plans' baselines, one line each. */
  baselines(watches: readonly PlanWatch[]): void {
    watches.forEach(watch => this.report.printer.info(baselineLine(watch)))
  }

  /** A plan could not be read before any trigger: one annotation, nothing was sent. */
  async baselineFailed(label: DisplayText, verdict: Verdict): Promise<void> {
    const line = baselineFailedLine(label, verdict.reason, verdict.traceId)
    const cause = baselineFailedCause(label, verdict.reason, line)
    await this.report.failedEarly(cause, { ...NOT_WAITING, fresh: 'false' })
  }

  waitStarted(count: number, timeoutMs: number, intervalMs: number): void {
    this.report.printer.startGroup(waitStartLine(count, timeoutMs, intervalMs))
  }

  planFresh(watch: PlanWatch): void {
    this.report.printer.info(planFreshLine(watch))
  }

  waitProgress(waiting: number, total: number, elapsedMs: number, timeoutMs: number): void {
    this.report.printer.progress(waitProgressLine(waiting, total, elapsedMs, timeoutMs))
  }
}
