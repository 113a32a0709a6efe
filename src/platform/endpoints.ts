/**
 * The platform's endpoints, as its API reference (shared/reference/) documents them: each one's
 * path under the host the user gave.
 */

/** Where every documented endpoint lives, under the host. */
const API_PREFIX = '/anymetrics/api/v1'
/** Data Update: triggers one table's refresh. */
const TRIGGER_PATH = `${API_PREFIX}/scheduler/task/trigger`
/** Where an API key pair (appId, appSecret) is exchanged for a TOKEN. */
const TOKEN_PATH = `${API_PREFIX}/token/create`
/** A materialization plan's latest refresh (Get Result Acceleration Status). */
const PLAN_STATUS_PATH = `${API_PREFIX}/accelerate/latestTime`
/** One page of the materialization plans (List Materialization Plans). */
const PLAN_LIST_PATH = `${API_PREFIX}/accelerate/plan/queryAccelerateResultPlanList`
const ENDPOINT_PATHS = [TRIGGER_PATH, TOKEN_PATH, PLAN_STATUS_PATH, PLAN_LIST_PATH]
// The API's first segment: a host path holding it was pasted from the API reference.
const API_SEGMENT = /\/anymetrics(?=\/|$)/i

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

/** The host's own path in an endpoint's URL: what to look at when the endpoint is not found. */
export interface HostPath {
  /** The path the host input added before the endpoint's (a gateway prefix, or a mistake). */
  prefix: string
  /**
   * The part of the prefix from the platform's own `/anymetrics` segment on: the API's path,
   * pasted into the host; the platform adds it itself, so it is certainly to be dropped.
   */
  pastedApiPath: string | undefined
}

/** The host's path in `url`, an endpoint's URL as endpointsAt made it. */
export function hostPathOf(url: URL): HostPath {
  const path = url.pathname
  const endpoint = ENDPOINT_PATHS.find(known => path.endsWith(known)) ?? ''
  const prefix = path.slice(0, path.length - endpoint.length).replace(/\/+$/, '')
  const apiAt = prefix.search(API_SEGMENT)
  return { prefix, pastedApiPath: apiAt < 0 ? undefined : prefix.slice(apiAt) }
}
