/** The triggers as a person sees them: the run's start, each retry and each finished trigger. */
import type { TriggerHooks } from '../run/refresh.js'
import type { RetryNotice, TriggerResult } from '../run/trigger.js'
import { progressLine, requestBodyLine, retryLine, runStartLine } from './lines.js'
import type { RunReport } from './run-report.js'

/** What the run will send: how many triggers, where, how many at once. */
export interface TriggerRun {
  total: number
  host: string
  concurrency: number
}

export class TriggerPresenter implements TriggerHooks {
  constructor(
    private readonly report: RunReport,
    private readonly run: TriggerRun
  ) {}

  runStarted(): void {
    const { printer } = this.report
    const host = printer.boundary.text(this.run.host)
    printer.startGroup(runStartLine(this.run.total, host, this.run.concurrency))
  }

  retry(notice: RetryNotice): void {
    this.report.printer.info(retryLine(notice))
  }

  finished(result: TriggerResult, finished: number, total: number): void {
    this.report.printer.info(progressLine(result, finished, total))
  }
}

/** Each trigger's body as sent, into the debug log (headers, and so credentials, never). */
export function requestBodyLog({ printer }: Pick<RunReport, 'printer'>): (body: string) => void {
  return body => printer.debug(requestBodyLine(printer.boundary.text(body)))
}
