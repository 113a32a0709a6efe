// @ts-check
/**
 * The documented answers of the simulated platform's endpoints: the Data Update trigger,
 * token/create, and the plan status and plan list calls, each after the checks the platform
 * makes of a request's headers (tenant and credential) and body. Failures come back as HTTP 200
 * with succeed (or success) false, as the platform answers them.
 */
import { randomBytes } from 'node:crypto'
import { planRegistry } from './plans.js'
import {
  AUTH_TYPES,
  MATERIALIZE_TYPES,
  PLAN_LIST_PATH,
  PLAN_STATUS_PATH,
  TABLE_NAME,
  TOKEN_PATH,
  TRIGGER_PATH
} from './platform.js'

const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * What the simulated platform knows: its tenant, the credential it takes, and, for
 * token/create, an API key pair and the tokens it has issued.
 * @typedef {object} Expected
 * @property {string} tenantId
 * @property {string} authType
 * @property {string} authValue
 * @property {string} [appId]
 * @property {string} [appSecret]
 * @property {boolean} [refuseTokens]
 * @property {Set<string>} [tokens]
 * @property {string} [tokenValue]
 * @property {import('./plans.js').PlanRegistry} [plans] the materialization plans it knows
 */

/**
 * What the platform answers to a request: failures come back as HTTP 200 with succeed false.
 * @param {import('./requests.js').RecordedRequest} record
 * @param {Expected} expected
 * @returns {{ status: number, body: Record<string, unknown> }}
 */
export function documentedAnswer(record, expected) {
  const traceId = randomBytes(8).toString('hex')
  const path = record.path.split('?')[0] ?? ''
  const planCall = path === PLAN_STATUS_PATH || path === PLAN_LIST_PATH
  if (path !== TRIGGER_PATH && path !== TOKEN_PATH && !planCall) {
    return { status: 404, body: failure('404', 'no such endpoint', traceId) }
  }
  if (record.method !== 'POST') {
    const refusal = planCall ? planFailure : failure
    return { status: 405, body: refusal('405', 'method not allowed', traceId) }
  }
  if (path === TOKEN_PATH) return tokenAnswer(record, expected, traceId)
  if (planCall) {
    const problem =
      headerProblem(record.headers, expected) ??
      (path === PLAN_STATUS_PATH ? statusBodyProblem(record.body) : listBodyProblem(record.body))
    if (problem) return { status: 200, body: planFailure(problem.code, problem.message, traceId) }
    const plans = expected.plans ?? planRegistry({})
    const answered = path === PLAN_STATUS_PATH ? plans.status(record.body) : plans.list(record.body)
    if ('problem' in answered) {
      const { code, message } = answered.problem
      return { status: 200, body: planFailure(code, message, traceId) }
    }
    return {
      status: 200,
      body: {
        success: true,
        code: '200',
        errorMsg: null,
        detailErrorMsg: null,
        traceId,
        data: answered.data
      }
    }
  }
  const problem = headerProblem(record.headers, expected) ?? bodyProblem(record.body, expected)
  if (problem) return { status: 200, body: failure(problem.code, problem.message, traceId) }
  return {
    status: 200,
    body: { code: '200', succeed: true, traceId, data: 'true', errorMsg: null }
  }
}

/**
 * token/create: an API key pair for a token, in the envelope of the platform's other endpoints
 * (`success`, not `succeed`).
 * @param {import('./requests.js').RecordedRequest} record
 * @param {Expected} expected
 * @param {string} traceId
 * @returns {{ status: number, body: Record<string, unknown> }}
 */
function tokenAnswer(record, expected, traceId) {
  const { appId, appSecret } = record.body ?? {}
  const known =
    expected.appId !== undefined && appId === expected.appId && appSecret === expected.appSecret
  if (expected.refuseTokens || !known) {
    return {
      status: 200,
      body: {
        data: null,
        success: false,
        code: '401',
        errorMsg: 'invalid appId or appSecret',
        detailErrorMsg: null,
        traceId
      }
    }
  }
  const token = expected.tokenValue ?? randomBytes(8).toString('hex')
  expected.tokens?.add(token)
  return {
    status: 200,
    body: { data: token, success: true, code: '200', errorMsg: null, detailErrorMsg: null, traceId }
  }
}

/**
 * The headers every call but token/create needs: the tenant, a known auth-type, and the
 * credential configured or a token token/create issued.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {Expected} expected
 */
function headerProblem(headers, expected) {
  for (const name of ['tenant-id', 'auth-type', 'auth-value']) {
    if (!headers[name]) return { code: '400', message: `missing header ${name}` }
  }
  if (!AUTH_TYPES.includes(String(headers['auth-type']))) {
    return { code: '400', message: `unsupported auth-type ${headers['auth-type']}` }
  }
  if (headers['tenant-id'] !== expected.tenantId) {
    return { code: '403', message: `unknown tenant ${headers['tenant-id']}` }
  }
  const issuedToken =
    headers['auth-type'] === 'TOKEN' && expected.tokens?.has(String(headers['auth-value']))
  const configured =
    headers['auth-type'] === expected.authType && headers['auth-value'] === expected.authValue
  if (!issuedToken && !configured) return { code: '401', message: 'authentication failed' }
  return undefined
}

/**
 * A trigger's body: a table, the tenant of the header, a real date.
 * @param {any} body
 * @param {{ tenantId: string }} expected
 */
function bodyProblem(body, expected) {
  if (typeof body !== 'object' || body === null) {
    return { code: '400', message: 'request body must be a JSON object' }
  }
  const { tableName, tenantId, tablePartition } = body
  if (typeof tableName !== 'string' || tableName.length > 128 || !TABLE_NAME.test(tableName)) {
    return { code: '400', message: 'tableName must be datasource.`catalog.schema`.table' }
  }
  if (tenantId !== expected.tenantId) {
    return { code: '400', message: 'tenantId does not match the tenant-id header' }
  }
  if (typeof tablePartition !== 'string' || !isRealDate(tablePartition)) {
    return { code: '400', message: 'tablePartition must be a date in yyyy-MM-dd format' }
  }
  return undefined
}

/** @param {string} text */
function isRealDate(text) {
  return DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text)
}

/**
 * The plan status call's body: plans by name or by ID, not both.
 * @param {any} body
 */
function statusBodyProblem(body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { code: '400', message: 'request body must be a JSON object' }
  }
  const given = ['planNameList', 'planIdList'].filter(field => body[field] !== undefined)
  if (given.length !== 1) {
    return { code: '400', message: 'give exactly one of planNameList and planIdList' }
  }
  const field = /** @type {string} */ (given[0])
  const list = body[field]
  if (!Array.isArray(list) || list.length === 0 || !list.every(item => typeof item === 'string')) {
    return { code: '400', message: `${field} must be a non-empty list of strings` }
  }
  return undefined
}

/**
 * The plan list call's body: an optional materialize type and pager.
 * @param {any} body
 */
function listBodyProblem(body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { code: '400', message: 'request body must be a JSON object' }
  }
  const { materializeType, pager } = body
  if (materializeType != null && !MATERIALIZE_TYPES.includes(materializeType)) {
    return {
      code: '400',
      message: `materializeType must be one of ${MATERIALIZE_TYPES.join(', ')}`
    }
  }
  if (pager === undefined) return undefined
  if (typeof pager !== 'object' || pager === null) {
    return { code: '400', message: 'pager must be {pageNumber, pageSize}' }
  }
  for (const field of ['pageNumber', 'pageSize']) {
    const value = pager[field]
    if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
      return {
        code: '400',
        message: `pager.${field} must be a whole number from 1 (pages count from 1)`
      }
    }
  }
  return undefined
}

/**
 * A refusal in the trigger's envelope, `succeed` (also a 404 or 405 outside the plan calls).
 * @param {string} code
 * @param {string} errorMsg
 * @param {string} traceId
 */
function failure(code, errorMsg, traceId) {
  return { code, succeed: false, traceId, data: null, errorMsg }
}

/**
 * A refusal in the envelope of the platform's plan (and token) calls: `success`, not `succeed`.
 * @param {string} code
 * @param {string} errorMsg
 * @param {string} traceId
 */
function planFailure(code, errorMsg, traceId) {
  return { success: false, code, errorMsg, detailErrorMsg: null, traceId, data: null }
}
