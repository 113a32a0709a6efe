/**
 * The platform's endpoints, as its API reference (shared/reference/) documents them: each one's
 * path under the host the user gave.
 */

/** Data Update: triggers one table's refresh. */
const TRIGGER_PATH = '/anymetrics/api/v1/scheduler/task/trigger'
/** Where an API key pair (appId, appSecret) is exchanged for a TOKEN. */
const TOKEN_PATH = '/anymetrics/api/v1/token/create'
/** A materialization plan's latest refresh (Get Result Acceleration Status). */
const PLAN_STATUS_PATH = '/anymetrics/api/v1/accelerate/latestTime'
/** One page of the materialization plans (List Materialization Plans). */
const PLAN_LIST_PATH = '/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanList'

export interface Endpoints {
  /** The host as logs and summaries show it: scheme, host, port and prefix. */
  host: string
  trigger: URL
  token: URL
  planStatus: URL
  planList: URL
}

/**
 * The endpoints under a base URL (scheme, host, port and any gateway prefix, without
 * credentials). A base pasted as the trigger's full URL is read as the base it ends in, so that
 * the path is not appended twice.
 */
export function endpointsAt(base: string): Endpoints {
  const host = base.endsWith(TRIGGER_PATH) ? base.slice(0, -TRIGGER_PATH.length) : base
  return {
    host,
    trigger: new URL(host + TRIGGER_PATH),
    token: new URL(host + TOKEN_PATH),
    planStatus: new URL(host + PLAN_STATUS_PATH),
    planList: new URL(host + PLAN_LIST_PATH)
  }
}
