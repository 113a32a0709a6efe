/** The triggers as a person sees them: the run's start, each retry and each finished trigger. */
import type { TriggerHooks } from '../run/refresh.js'
import type { RetryNotice, TriggerResult } from '../run/trigger.js'
import {
  acceptedEarlierLine,
  progressLine,
  requestBodyLine,
  retryLine,
  runStartLine
} from './lines.js'
import type { RunReport } from './run-report.js'

/** Where the run sends, and how many at once. */
export interface TriggerRun {
  host: string
  concurrency: number
}

export class TriggerPresenter implements TriggerHooks {
  constructor(
    private readonly report: RunReport,
    private readonly run: TriggerRun
  ) {}

  runStarted(sending: number, acceptedEarlier: number): void {
    const { printer } = this.report
    if (acceptedEarlier > 0) printer.info(acceptedEarlierLine(acceptedEarlier))
    if (sending === 0) return
    const host = printer.boundary.text(this.run.host)
    printer.startGroup(runStartLine(sending, host, this.run.concurrency))
  }

  retry(notice: RetryNotice): void {
    this.report.printer.info(retryLine(notice))
  }

  finished(result: TriggerResult, finished: number, total: number): void {
    this.report.printer.progress(progressLine(result, finished, total))
  }
}

/** Each trigger's body as sent, into the debug log (headers, and so credentials, never). */
export function requestBodyLog({ printer }: Pick<RunReport, 'printer'>): (body: string) => void {
  return body => printer.debug(requestBodyLine(printer.boundary.text(body)))
}
