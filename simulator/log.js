// @ts-check
/**
 * The lines the command-line simulator and npm run local log: one for each request answered
 * and one as each plan refresh ends.
 */
import { PLAN_LIST_PATH, PLAN_STATUS_PATH } from './platform.js'

/** @typedef {import('./requests.js').RecordedRequest} RecordedRequest */
/** @typedef {import('./plans.js').PlanState} PlanState */

/**
 * The line the command-line simulator logs for a request it answered.
 * @param {RecordedRequest} record
 * @returns {string}
 */
export function describeRequest(record) {
  const path = record.path.split('?')[0]
  const body = record.body ?? {}
  const response = record.response
  const succeeded = Boolean(response?.succeed ?? response?.success)
  const data = succeeded ? response?.data : undefined
  const refused = response ? ` refused: ${response.errorMsg}` : ''
  /** @type {[string, string]} */
  let described
  if (path === PLAN_STATUS_PATH) {
    const ids = Array.isArray(body.planIdList)
    const listed = ids ? body.planIdList : body.planNameList
    described = [
      Array.isArray(listed) ? ` ${ids ? 'plan IDs' : 'plans'} ${listed.join(', ')}` : '',
      data
        ? ` hasNotReady=${data.hasNotReady} latestDateTime=${data.latestDateTime} latestRefreshTime=${data.latestRefreshTime}`
        : succeeded
          ? ' success without data'
          : refused
    ]
  } else if (path === PLAN_LIST_PATH) {
    const { pageNumber = 1, pageSize = 10 } = body.pager ?? {}
    described = [
      ` ${body.materializeType ?? 'all'} page ${pageNumber} (size ${pageSize})`,
      data ? ` ${data.list?.length} of ${data.total} plans${data.hasNext ? ', more' : ''}` : refused
    ]
  } else {
    const { tableName, tablePartition } = body
    described = [
      tableName ? ` ${tableName} ${tablePartition}` : '',
      response ? (succeeded ? ' accepted' : refused) : ''
    ]
  }
  const [about, verdict] = described
  return `${record.method} ${record.path}${about} → ${record.status}${verdict}`
}

/**
 * The line the command-line simulator logs as a plan's refresh ends.
 * @param {PlanState} plan
 */
export function describeRefresh(plan) {
  return `plan ${plan.name} refreshed: latestRefreshTime=${plan.latestRefreshTime} latestDateTime=${plan.latestDateTime} hasNotReady=${plan.hasNotReady}`
}
