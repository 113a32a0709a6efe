// @ts-check
/**
 * What the AnyMetrics platform documents and the simulator holds requests to: the paths of its
 * endpoints, the auth-types it takes, the materialize types of its plans, and the form of a
 * table's full name.
 */

export const TRIGGER_PATH = '/anymetrics/api/v1/scheduler/task/trigger'
export const TOKEN_PATH = '/anymetrics/api/v1/token/create'
export const PLAN_STATUS_PATH = '/anymetrics/api/v1/accelerate/latestTime'
export const PLAN_LIST_PATH = '/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanList'
export const AUTH_TYPES = ['UID', 'TOKEN', 'ACCOUNT', 'APIKEY']
export const MATERIALIZE_TYPES = /** @type {const} */ (['ACCELERATE', 'RESULT', 'EXTERNAL'])
/** A table's full name: datasource.`catalog.schema`.table. */
export const TABLE_NAME = /^[^.`\s]+\.`[^.`\s]+\.[^.`\s]+`\.[^.`\s]+$/
