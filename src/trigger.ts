import type { TriggerBody } from './anymetrics-client.js'
import { TransportError } from './anymetrics-client.js'
import { interpretReply, type HttpReply, type Verdict } from './response.js'
import {
  isTransientStatus,
  nextDelayMs,
  parseRetryAfterMs,
  type RetryPolicy
} from './retry-policy.js'

/** One trigger's outcome, as reported in the `results` output. */
export interface TriggerResult {
  tableName: string
  partition: string
  success: boolean
  code: string | null
  traceId: string | null
  data: string | null
  errorMsg: string | null
  attempts: number
  durationMs: number
  warning: string | null
  /** Never started: fail-fast stopped the run first. */
  skipped: boolean
}

export interface RetryNotice {
  tableName: string
  partition: string
  /** The attempt that failed, 1-based. */
  attempt: number
  maxAttempts: number
  reason: string
  waitMs: number
}

export interface TriggerDeps {
  send(body: TriggerBody): Promise<HttpReply>
  sleep(ms: number): Promise<void>
  random(): number
  nowMs(): number
  onRetry(notice: RetryNotice): void
}

interface AttemptOutcome {
  verdict: Verdict
  retryable: boolean
  retryAfterMs: number | undefined
}

/** Sends one trigger, retrying transient failures with backoff, and says how it went. */
export async function runTrigger(
  body: TriggerBody,
  policy: RetryPolicy,
  deps: TriggerDeps
): Promise<TriggerResult> {
  const startedMs = deps.nowMs()
  const maxAttempts = policy.retries + 1
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(body, deps)
    if (!outcome.retryable || attempt >= maxAttempts) {
      return toResult(body, outcome.verdict, attempt, deps.nowMs() - startedMs)
    }
    const waitMs = nextDelayMs(attempt, policy, outcome.retryAfterMs, deps.random)
    deps.onRetry({
      tableName: body.tableName,
      partition: body.tablePartition,
      attempt,
      maxAttempts,
      reason: outcome.verdict.errorMsg ?? 'transient failure',
      waitMs
    })
    await deps.sleep(waitMs)
  }
}

async function attemptOnce(body: TriggerBody, deps: TriggerDeps): Promise<AttemptOutcome> {
  try {
    const reply = await deps.send(body)
    const verdict = interpretReply(reply)
    // A 2xx is the platform's final word, even with an errorMsg: never retried.
    const retryable = isTransientStatus(reply.status)
    return { verdict, retryable, retryAfterMs: parseRetryAfterMs(reply.retryAfter, deps.nowMs()) }
  } catch (error) {
    if (!(error instanceof TransportError)) throw error
    return {
      verdict: failedVerdict(error.message),
      retryable: error.transient,
      retryAfterMs: undefined
    }
  }
}

function failedVerdict(reason: string): Verdict {
  return { success: false, code: null, traceId: null, data: null, errorMsg: reason, warning: null }
}

function toResult(
  body: TriggerBody,
  verdict: Verdict,
  attempts: number,
  durationMs: number
): TriggerResult {
  return {
    tableName: body.tableName,
    partition: body.tablePartition,
    success: verdict.success,
    code: verdict.code,
    traceId: verdict.traceId,
    data: verdict.data,
    errorMsg: verdict.errorMsg,
    attempts,
    durationMs,
    warning: verdict.warning,
    skipped: false
  }
}
