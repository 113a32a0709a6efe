import type { PlannedTrigger } from '../../src/inputs/trigger-plan.js'
import type { Attempt } from '../../src/platform/attempt.js'
import { DEFAULT_BACKOFF } from '../../src/platform/retry-policy.js'
import { runTrigger, type TriggerResult, type TriggerStatus } from '../../src/run/trigger.js'
import { TrustBoundary, display } from '../../src/trust.js'
import { testStage } from './stage.js'

const boundary = new TrustBoundary()

interface ResultFields {
  tableName: string
  partition: string
  status: TriggerStatus
  code?: string | null
  traceId?: string | null
  data?: string | null
  errorMsg?: string | null
  warning?: string | null
  attempts?: number
  durationMs?: number
  answered?: boolean
  invalidHttp?: boolean
  transient?: boolean
}

/** A result whose texts crossed a trust boundary, as the lifecycle makes them. */
export function result(fields: ResultFields): TriggerResult {
  const shown = (text: string | null | undefined) =>
    text === null || text === undefined ? null : boundary.text(text, 100_000)
  return {
    tableName: boundary.text(fields.tableName),
    partition: boundary.text(fields.partition),
    status: fields.status,
    code: shown(fields.code),
    traceId: shown(fields.traceId),
    data: shown(fields.data),
    errorMsg: shown(fields.errorMsg),
    warning: shown(fields.warning),
    attempts: fields.attempts ?? 1,
    durationMs: fields.durationMs ?? 0,
    answered: fields.answered ?? fields.status !== 'not-run',
    invalidHttp: fields.invalidHttp ?? false,
    transient: fields.transient ?? false
  }
}

/** What the run makes of a trigger that got `attempt` as its only answer, as the pool runs it. */
export function resultOf(
  trigger: PlannedTrigger,
  attempt: Attempt,
  answerBoundary: TrustBoundary
): Promise<TriggerResult> {
  return runTrigger(
    trigger,
    { retries: 0, ...DEFAULT_BACKOFF },
    {
      ...testStage(),
      send: async () => attempt,
      onRetry: () => undefined,
      boundary: answerBoundary,
      notRunReason: () => display`not run`
    }
  )
}
