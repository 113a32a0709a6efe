// @ts-check
/**
 * The simulator's fault and plan flags, shared by simulator/cli.js and npm run local: their
 * node:util parseArgs definitions, their help, and the SimulatorOptions they give.
 */
import { faultOfKind, FAULT_KINDS } from './faults.js'
import { PLAN_TIME_FORMATS } from './plan-times.js'
import { TABLE_NAME } from './platform.js'

/** @typedef {import('./plans.js').PlanOptions} PlanOptions */
/** @typedef {import('./server.js').SimulatorOptions} SimulatorOptions */

/**
 * The command-line flags of the simulator, as node:util parseArgs gives them (plan: one
 * NAME=TABLE[+TABLE…] a plan).
 * @typedef {{ latency?: string, fault?: string, 'fault-count'?: string, 'retry-after'?: string, capacity?: string, rate?: string, burst?: string, 'refuse-tokens'?: boolean, plan?: string[], 'refresh-delay'?: string, 'plan-time-format'?: string, 'never-refreshes'?: boolean }} SimulatorFlags
 */

/**
 * Simulator options from command-line flags, shared by simulator/cli.js and npm run local.
 * @param {SimulatorFlags} flags
 * @param {Record<string, PlanOptions>} [fallbackPlans] the plans when no --plan is given (npm
 *   run local makes them from --wait-for-plans); the plan flags apply to them too
 * @returns {SimulatorOptions}
 */
export function optionsFromFlags(flags, fallbackPlans = {}) {
  /** @type {SimulatorOptions} */
  const options = {}
  if (flags.latency !== undefined) options.latencyMs = Number(flags.latency)
  if (flags.capacity !== undefined) {
    options.capacity = Number(flags.capacity)
    options.capacityRetryAfter = flags['retry-after'] ?? '1'
  }
  if (flags['refuse-tokens']) options.refuseTokens = true
  if (flags.rate !== undefined) {
    options.rate = Number(flags.rate)
    if (flags.burst !== undefined) options.burst = Number(flags.burst)
  }
  if (flags.fault !== undefined) {
    const fault = faultOfKind(flags.fault, flags['retry-after'])
    if (flags['fault-count'] === undefined) options.everyRequest = fault
    else options.faults = Array.from({ length: Number(flags['fault-count']) }, () => fault)
  }
  const plans = plansFromFlags(flags, fallbackPlans)
  if (plans) options.plans = plans
  return options
}

/**
 * --plan NAME=TABLE[+TABLE…] (repeatable) and the settings every plan takes from
 * --refresh-delay, --plan-time-format and --never-refreshes.
 * @param {SimulatorFlags} flags
 * @param {Record<string, PlanOptions>} fallbackPlans
 * @returns {Record<string, PlanOptions> | undefined}
 */
function plansFromFlags(flags, fallbackPlans) {
  /** @type {PlanOptions} */
  const common = {}
  const delay = flags['refresh-delay']
  if (delay !== undefined) {
    if (!/^\d+$/.test(delay.trim())) {
      throw new Error(`--refresh-delay ${delay}: give a number of milliseconds, 0 or more`)
    }
    common.refreshDelayMs = Number(delay)
  }
  const format = flags['plan-time-format']
  if (format !== undefined) {
    const known = PLAN_TIME_FORMATS.find(name => name === format)
    if (!known) {
      throw new Error(
        `unknown plan time format ${format}: use one of ${PLAN_TIME_FORMATS.join(', ')}`
      )
    }
    common.timeFormat = known
  }
  if (flags['never-refreshes']) common.neverRefreshes = true

  /** @type {Record<string, PlanOptions>} */
  const given = {}
  for (const definition of flags.plan ?? []) {
    const match = /^([^=]+)=(.+)$/.exec(definition)
    const name = match?.[1]?.trim() ?? ''
    const tables = (match?.[2] ?? '').split('+').map(table => table.trim())
    if (!name || tables.some(table => table === '')) {
      throw new Error(`--plan ${definition}: give NAME=TABLE, with tables joined by +`)
    }
    given[name] = { tables: tables.map(table => fullTableName(table, definition)) }
  }
  const plans = Object.keys(given).length > 0 ? given : fallbackPlans
  if (Object.keys(plans).length === 0) {
    const planFlag = ['refresh-delay', 'plan-time-format', 'never-refreshes'].find(
      flag => flags[/** @type {keyof SimulatorFlags} */ (flag)] !== undefined
    )
    if (planFlag) throw new Error(`--${planFlag} applies to plans: give --plan NAME=TABLE too`)
    return undefined
  }
  return Object.fromEntries(
    Object.entries(plans).map(([name, plan]) => [name, { ...plan, ...common }])
  )
}

/**
 * A table as the platform names it; datasource.catalog.schema.table gets its backticks, as the
 * action adds them.
 * @param {string} table
 * @param {string} definition the --plan value, for the message
 */
export function fullTableName(table, definition = table) {
  if (TABLE_NAME.test(table)) return table
  const parts = table.split('.')
  if (parts.length === 4 && parts.every(part => /^[^.`\s]+$/.test(part))) {
    return `${parts[0]}.\`${parts[1]}.${parts[2]}\`.${parts[3]}`
  }
  throw new Error(`--plan ${definition}: ${table} is not datasource.\`catalog.schema\`.table`)
}

/** Flag definitions for node:util parseArgs. */
export const FAULT_FLAGS = /** @type {const} */ ({
  latency: { type: 'string' },
  fault: { type: 'string' },
  'fault-count': { type: 'string' },
  'retry-after': { type: 'string' },
  capacity: { type: 'string' },
  rate: { type: 'string' },
  burst: { type: 'string' },
  'refuse-tokens': { type: 'boolean' },
  plan: { type: 'string', multiple: true },
  'refresh-delay': { type: 'string' },
  'plan-time-format': { type: 'string' },
  'never-refreshes': { type: 'boolean' }
})

/** The help of FAULT_FLAGS: one line a flag, with its default; the fault kinds last. */
export const FAULT_FLAGS_HELP = `  --latency MS        delay every answer by MS milliseconds (default 0)
  --fault KIND        answer triggers and token/create with a fault, KIND below (default: none)
  --fault-count N     only the first N of those requests get the fault (default: every one)
  --retry-after S     Retry-After seconds sent with 429, 503 and --capacity answers (default 1)
  --capacity N        answer 429 to requests beyond N in flight at once (default: no limit)
  --rate R            answer 429 beyond R requests a second, a token bucket (default: no limit)
  --burst B           the --rate bucket's size, full at the start (default 1)
  --refuse-tokens     token/create refuses every API key pair (default: off)
  --plan NAME=TABLES  a plan fed by TABLES (full names joined by +); repeatable (default: none)
  --refresh-delay MS  a plan refreshes MS ms after an accepted trigger of its table (default 500)
  --plan-time-format F  plan times as ${PLAN_TIME_FORMATS.join(', ')} (default platform)
  --never-refreshes   plans never refresh, so a wait for them runs out (default: off)
  KIND: ${FAULT_KINDS.join(', ')}`
