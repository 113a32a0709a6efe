// @ts-check
/**
 * A loopback AnyMetrics simulator: the Data Update endpoint as the platform documents it
 * (the AnyMetrics Data Update API reference), token/create, and the two read-only
 * materialization-plan calls (the plan status API reference), with fault modes for testing.
 * Plain JavaScript so that `node` runs it without a build step.
 *
 * This is its public entry; each concern has a module of its own:
 * - server.js: the HTTP server, recording requests, capacity and rate limits, close
 * - endpoints.js: the documented answers of the trigger, token/create and the plan calls, and
 *   the checks of headers and bodies behind them
 * - plans.js: the plans' state and the refreshes accepted triggers start; plan-times.js: their
 *   times and the formats the status call writes them in
 * - faults.js: fault kinds, the scripted fault for a table, a fault applied to a response
 * - flags.js: the command-line flags, their help and the options they give (cli.js runs them)
 * - log.js: the lines logged for each request and plan refresh
 * - platform.js: the endpoints' paths and the names the platform takes; requests.js: a request
 *   as recorded and the answer as sent
 */

export { documentedAnswer } from './endpoints.js'
export { FAULT_KINDS, faultOfKind } from './faults.js'
export { FAULT_FLAGS, FAULT_FLAGS_HELP, fullTableName, optionsFromFlags } from './flags.js'
export { describeRefresh, describeRequest } from './log.js'
export { formatPlanTime, ODD_TIME_TEXT, PLAN_TIME_FORMATS } from './plan-times.js'
export { planIdOf } from './plans.js'
export {
  AUTH_TYPES,
  MATERIALIZE_TYPES,
  PLAN_LIST_PATH,
  PLAN_STATUS_PATH,
  TOKEN_PATH,
  TRIGGER_PATH
} from './platform.js'
export { startSimulator } from './server.js'

/** @typedef {import('./endpoints.js').Expected} Expected */
/** @typedef {import('./faults.js').Fault} Fault */
/** @typedef {import('./flags.js').SimulatorFlags} SimulatorFlags */
/** @typedef {import('./plan-times.js').PlanTimeFormat} PlanTimeFormat */
/** @typedef {import('./plans.js').Plan} Plan */
/** @typedef {import('./plans.js').PlanAnswer} PlanAnswer */
/** @typedef {import('./plans.js').PlanOptions} PlanOptions */
/** @typedef {import('./plans.js').PlanRegistry} PlanRegistry */
/** @typedef {import('./plans.js').PlanState} PlanState */
/** @typedef {import('./requests.js').RecordedRequest} RecordedRequest */
/** @typedef {import('./server.js').Simulator} Simulator */
/** @typedef {import('./server.js').SimulatorOptions} SimulatorOptions */
