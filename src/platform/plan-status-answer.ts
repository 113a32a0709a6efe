/**
 * Get Result Acceleration Status's answer: judged by the same rules as a trigger's, then its
 * `data` read liberally. Times stay raw here (the run layer compares them, the report layer
 * shows them through the trust boundary): a platform time is never judged after masking.
 */
import { display, type TrustBoundary } from '../trust.js'
import { answeredAttempt, refusedBy, type Attempt } from './attempt.js'
import type { RawReply } from './http-exchange.js'

/** What a status answer says of the plans asked about, raw as the platform wrote it. */
export interface PlanStatus {
  /** True when a materialized table was never refreshed or has empty partitions. */
  hasNotReady: boolean | null
  /** The minimum data time of the plan's materialized tables (a time, in any form). */
  latestDateTime: unknown
  /** When the latest refresh task of the plan ended (a time, in any form). */
  latestRefreshTime: unknown
}

export type PlanStatusAttempt = Attempt & { status?: PlanStatus }

export function planStatusAttempt(reply: RawReply, boundary: TrustBoundary): PlanStatusAttempt {
  const attempt = answeredAttempt(reply, boundary)
  if (!attempt.verdict.succeeded) return attempt
  const data = dataOf(reply.body)
  if (!data) return refusedBy(attempt, display`the status answer has no data object`)
  return {
    ...attempt,
    status: {
      hasNotReady: flag(data.hasNotReady),
      latestDateTime: blankToNull(data.latestDateTime),
      latestRefreshTime: blankToNull(data.latestRefreshTime)
    }
  }
}

function dataOf(body: string): Record<string, unknown> | undefined {
  try {
    const data = (JSON.parse(body) as { data?: unknown } | null)?.data
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** `true`/`false`, as a boolean or the string a Java service may write; anything else unknown. */
function flag(value: unknown): boolean | null {
  if (value === true || value === 'true') return true
  if (value === false || value === 'false') return false
  return null
}

function blankToNull(value: unknown): unknown {
  return value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value
}
