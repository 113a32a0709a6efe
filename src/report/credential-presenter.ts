/** The credential phase as a person sees it: a key pair's token, its retries, its refusal. */
import type { Verdict } from '../platform/verdict.js'
import type { CredentialHooks } from '../run/refresh.js'
import type { RetryNoticeBase } from '../run/retry-loop.js'
import type { TokenFailure } from '../run/token-exchange.js'
import { tokenRefusedLine, tokenRetryLine } from './lines.js'
import type { RunReport } from './run-report.js'
import { tokenFailedCause } from './step-cause.js'

export class CredentialPresenter implements CredentialHooks {
  constructor(private readonly report: RunReport) {}

  /** The token is masked the moment it arrives. */
  onToken(token: string): void {
    this.report.printer.mask(token)
  }

  tokenRetry(notice: RetryNoticeBase): void {
    this.report.printer.info(tokenRetryLine(notice))
  }

  /** The key pair was not exchanged for a token: one annotation, no trigger sent. */
  async tokenRefused(verdict: Verdict, attempts: number, kind: TokenFailure): Promise<void> {
    await this.report.failedEarly(tokenFailedCause(kind, tokenRefusedLine(verdict, attempts)))
  }
}
