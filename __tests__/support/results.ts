import type { TriggerResult, TriggerStatus } from '../../src/run/trigger.js'
import { TrustBoundary } from '../../src/trust.js'

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
