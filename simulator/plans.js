// @ts-check
/**
 * The materialization plans the simulated platform knows: their state, the refreshes that
 * accepted triggers of their tables start, and the data of the two plan calls (once the
 * endpoint has checked the request). Their times are in plan-times.js.
 */
import { createHash } from 'node:crypto'
import { formatPlanTime, initialTime, localMidnight, PLAN_TIME_FORMATS } from './plan-times.js'
import { TABLE_NAME } from './platform.js'

/** @typedef {import('./plan-times.js').PlanTimeFormat} PlanTimeFormat */

/**
 * A materialization plan the simulated platform knows. Its times are the platform's own clock:
 * this machine's local wall time.
 * @typedef {object} PlanOptions
 * @property {string} [id] its ID (default: a stable 32-digit hex ID made from the name)
 * @property {string} [displayName] shown by the list call (default: the name)
 * @property {typeof import('./platform.js').MATERIALIZE_TYPES[number]} [materializeType] for the
 *   list call (default RESULT)
 * @property {string[]} [tables] the full data-source table names that feed it
 * @property {number} [refreshDelayMs] a refresh ends this long after an accepted trigger of one
 *   of its tables (default 500)
 * @property {boolean} [neverRefreshes] accepted triggers start no refresh of it
 * @property {string | null} [latestRefreshTime] initially, yyyy-MM-dd HH:mm:ss (default
 *   2024-09-01 18:09:16; null: never refreshed)
 * @property {string | null} [latestDateTime] initially (default 2024-08-23 00:00:00)
 * @property {boolean} [hasNotReady] initially (default false)
 * @property {PlanTimeFormat} [timeFormat] how the status call writes its times (default platform)
 * @property {boolean} [notReadyAfterRefresh] hasNotReady is true after each refresh (default:
 *   a refresh makes it false)
 */

/**
 * A plan as it is now, for tests (Simulator.planState).
 * @typedef {object} PlanState
 * @property {string} name
 * @property {string} id
 * @property {string[]} tables
 * @property {boolean} hasNotReady
 * @property {string | number | null} latestRefreshTime as the status call writes it
 * @property {string | number | null} latestDateTime as the status call writes it
 * @property {number | null} latestRefreshMs the same, as epoch milliseconds
 * @property {number | null} latestDateMs the same, as epoch milliseconds
 * @property {number} refreshes how many refreshes have ended
 * @property {number} pendingRefreshes how many accepted triggers' refreshes have not ended yet
 */

/**
 * @typedef {{ problem: { code: string, message: string } } | { data: Record<string, unknown> }} PlanAnswer
 */

/**
 * The plans the simulated platform knows, their refreshes and the two plan calls.
 * @typedef {object} PlanRegistry
 * @property {(body: any) => PlanAnswer} status the latestTime call's data, for a body the
 *   endpoint has checked (a plan it does not know is the problem)
 * @property {(body: any) => PlanAnswer} list the list call's data, for a body the endpoint has
 *   checked
 * @property {(tableName: string, partition: string) => void} triggerAccepted starts the
 *   refreshes of the plans the table feeds
 * @property {(name: string) => PlanState | undefined} state
 * @property {() => void} close clears the pending refreshes
 */

/**
 * A plan, as the simulator keeps it: times as epoch milliseconds.
 * @typedef {object} Plan
 * @property {string} name
 * @property {string} id
 * @property {string} displayName
 * @property {string} materializeType
 * @property {string[]} tables
 * @property {number} refreshDelayMs
 * @property {boolean} neverRefreshes
 * @property {PlanTimeFormat} timeFormat
 * @property {boolean} notReadyAfterRefresh
 * @property {boolean} hasNotReady
 * @property {number | null} refreshMs
 * @property {number | null} dateMs
 * @property {number} refreshes
 * @property {number} pending
 */

/** A stable plan ID from its name: 32 hex digits, like the platform's. */
export function planIdOf(/** @type {string} */ name) {
  return createHash('sha256').update(name).digest('hex').slice(0, 32)
}

/**
 * @param {Record<string, PlanOptions>} options
 * @param {(plan: PlanState) => void} [onRefreshed]
 * @returns {PlanRegistry}
 */
export function planRegistry(options, onRefreshed) {
  const plans = Object.entries(options).map(([name, given]) => newPlan(name, given))
  const byName = new Map(plans.map(plan => [plan.name, plan]))
  const byId = new Map(plans.map(plan => [plan.id, plan]))
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set()

  /** @param {Plan} plan @param {string} partition */
  const endRefresh = (plan, partition) => {
    plan.pending--
    plan.refreshes++
    // The end time moves past the previous one, a second later at least, as the platform's
    // second-resolution times would show it.
    const now = Date.now()
    const previous = plan.refreshMs
    plan.refreshMs =
      previous !== null && Math.floor(now / 1000) <= Math.floor(previous / 1000)
        ? previous + 1000
        : now
    const dataMs = localMidnight(partition)
    if (plan.dateMs === null || dataMs > plan.dateMs) plan.dateMs = dataMs
    plan.hasNotReady = plan.notReadyAfterRefresh
    onRefreshed?.(stateOf(plan))
  }

  return {
    status(body) {
      const byIds = Array.isArray(body.planIdList)
      /** @type {string[]} */
      const keys = byIds ? body.planIdList : body.planNameList
      /** @type {Plan[]} */
      const listed = []
      for (const key of keys) {
        const plan = (byIds ? byId : byName).get(key)
        if (!plan) return { problem: { code: '404', message: `plan not found: ${key}` } }
        listed.push(plan)
      }
      return { data: aggregate(listed) }
    },
    list(body) {
      const pageNumber = body?.pager?.pageNumber ?? 1
      const pageSize = body?.pager?.pageSize ?? 10
      const type = body?.materializeType
      const matching = plans.filter(plan => type == null || plan.materializeType === type)
      const start = (pageNumber - 1) * pageSize
      return {
        data: {
          list: matching.slice(start, start + pageSize).map(plan => ({
            id: plan.id,
            name: plan.name,
            displayName: plan.displayName,
            materializeType: plan.materializeType
          })),
          hasNext: start + pageSize < matching.length,
          total: matching.length,
          pageNumber,
          pageSize
        }
      }
    },
    triggerAccepted(tableName, partition) {
      for (const plan of plans) {
        if (plan.neverRefreshes || !plan.tables.includes(tableName)) continue
        plan.pending++
        const timer = setTimeout(() => {
          timers.delete(timer)
          endRefresh(plan, partition)
        }, plan.refreshDelayMs)
        timer.unref()
        timers.add(timer)
      }
    },
    state(name) {
      const plan = byName.get(name)
      return plan && stateOf(plan)
    },
    close() {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
    }
  }
}

/**
 * @param {string} name
 * @param {PlanOptions} given
 * @returns {Plan}
 */
function newPlan(name, given) {
  const tables = given.tables ?? []
  for (const table of tables) {
    if (!TABLE_NAME.test(table)) {
      throw new Error(`plan ${name}: table ${table} is not datasource.\`catalog.schema\`.table`)
    }
  }
  const timeFormat = given.timeFormat ?? 'platform'
  if (!PLAN_TIME_FORMATS.includes(timeFormat)) {
    throw new Error(
      `plan ${name}: unknown time format ${timeFormat}: use one of ${PLAN_TIME_FORMATS.join(', ')}`
    )
  }
  const refreshDelayMs = given.refreshDelayMs ?? 500
  if (!Number.isFinite(refreshDelayMs) || refreshDelayMs < 0) {
    throw new Error(`plan ${name}: refreshDelayMs must be a number of milliseconds, 0 or more`)
  }
  return {
    name,
    id: given.id ?? planIdOf(name),
    displayName: given.displayName ?? name,
    materializeType: given.materializeType ?? 'RESULT',
    tables: [...tables],
    refreshDelayMs,
    neverRefreshes: given.neverRefreshes ?? false,
    timeFormat,
    notReadyAfterRefresh: given.notReadyAfterRefresh ?? false,
    hasNotReady: given.hasNotReady ?? false,
    refreshMs: initialTime(
      name,
      'latestRefreshTime',
      given.latestRefreshTime,
      '2024-09-01 18:09:16'
    ),
    dateMs: initialTime(name, 'latestDateTime', given.latestDateTime, '2024-08-23 00:00:00'),
    refreshes: 0,
    pending: 0
  }
}

/** @param {Plan} plan @returns {PlanState} */
function stateOf(plan) {
  return {
    name: plan.name,
    id: plan.id,
    tables: [...plan.tables],
    hasNotReady: plan.hasNotReady,
    latestRefreshTime: formatPlanTime(plan.refreshMs, plan.timeFormat),
    latestDateTime: formatPlanTime(plan.dateMs, plan.timeFormat),
    latestRefreshMs: plan.refreshMs,
    latestDateMs: plan.dateMs,
    refreshes: plan.refreshes,
    pendingRefreshes: plan.pending
  }
}

/**
 * One answer for the plans listed, as documented: any not ready; the minimum data time; the
 * latest refresh end. A plan with no time is left out of that time (null when none has one).
 * @param {Plan[]} plans
 */
function aggregate(plans) {
  /** @type {Plan | undefined} */
  let oldestData
  /** @type {Plan | undefined} */
  let latestRefresh
  for (const plan of plans) {
    if (plan.dateMs !== null && (oldestData?.dateMs == null || plan.dateMs < oldestData.dateMs)) {
      oldestData = plan
    }
    if (
      plan.refreshMs !== null &&
      (latestRefresh?.refreshMs == null || plan.refreshMs > latestRefresh.refreshMs)
    ) {
      latestRefresh = plan
    }
  }
  return {
    hasNotReady: plans.some(plan => plan.hasNotReady),
    latestDateTime: oldestData ? formatPlanTime(oldestData.dateMs, oldestData.timeFormat) : null,
    latestRefreshTime: latestRefresh
      ? formatPlanTime(latestRefresh.refreshMs, latestRefresh.timeFormat)
      : null
  }
}
