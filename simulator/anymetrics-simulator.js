// @ts-check
/**
 * A loopback AnyMetrics simulator: the Data Update endpoint as the platform documents it
 * (the AnyMetrics Data Update API reference), token/create, and the two read-only
 * materialization-plan calls (the plan status API reference), with fault modes for testing.
 * Plain JavaScript so that `node` runs it without a build step.
 */
import { createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'

export const TRIGGER_PATH = '/anymetrics/api/v1/scheduler/task/trigger'
export const TOKEN_PATH = '/anymetrics/api/v1/token/create'
export const PLAN_STATUS_PATH = '/anymetrics/api/v1/accelerate/latestTime'
export const PLAN_LIST_PATH = '/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanList'
export const AUTH_TYPES = ['UID', 'TOKEN', 'ACCOUNT', 'APIKEY']
/** How a plan's times are written by the status call (see PlanOptions.timeFormat). */
export const PLAN_TIME_FORMATS = /** @type {const} */ ([
  'platform',
  'iso',
  'iso-zoned',
  'epoch',
  'odd'
])
export const MATERIALIZE_TYPES = /** @type {const} */ (['ACCELERATE', 'RESULT', 'EXTERNAL'])
/** What the 'odd' time format writes instead of a time. */
export const ODD_TIME_TEXT = 'yesterday evening'
const TABLE_NAME = /^[^.`\s]+\.`[^.`\s]+\.[^.`\s]+`\.[^.`\s]+$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * A scripted answer for one request instead of the documented behaviour.
 * @typedef {object} Fault
 * @property {number} [status] HTTP status to answer with (default 200)
 * @property {Record<string, string>} [headers] extra response headers (e.g. Retry-After)
 * @property {unknown} [body] JSON body to answer with
 * @property {string} [raw] raw body text (e.g. a gateway's HTML page)
 * @property {boolean} [reset] destroy the connection without answering
 * @property {boolean} [hang] never answer
 */

/**
 * @typedef {typeof PLAN_TIME_FORMATS[number]} PlanTimeFormat
 * 'platform' 2024-09-01 18:09:16 (as documented), 'iso' 2024-09-01T18:09:16, 'iso-zoned'
 * 2024-09-01T18:09:16.123+08:00, 'epoch' epoch milliseconds as a JSON number, 'odd' a text that
 * is no time at all (ODD_TIME_TEXT).
 */

/**
 * A materialization plan the simulated platform knows. Its times are the platform's own clock:
 * this machine's local wall time.
 * @typedef {object} PlanOptions
 * @property {string} [id] its ID (default: a stable 32-digit hex ID made from the name)
 * @property {string} [displayName] shown by the list call (default: the name)
 * @property {typeof MATERIALIZE_TYPES[number]} [materializeType] for the list call (default RESULT)
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
 * @typedef {object} SimulatorOptions
 * @property {string} [tenantId] the tenant the platform knows (default tn_simulated)
 * @property {string} [authType] the auth-type it expects (default TOKEN)
 * @property {string} [authValue] the credential it expects (default simulated-secret)
 * @property {Fault[]} [faults] answers for the next requests, consumed in order
 * @property {Record<string, Fault | Fault[]>} [tableFaults] answers for requests naming a table
 * @property {Fault} [everyRequest] the answer to every request that no other fault answers
 *   (faults, tableFaults and everyRequest answer triggers and token/create, not plan calls)
 * @property {Record<string, PlanOptions>} [plans] materialization plans, by name
 * @property {Fault[]} [statusFaults] answers for the next plan status calls (latestTime) only,
 *   consumed in order
 * @property {(plan: PlanState) => void} [onPlanRefreshed] called as each plan refresh ends
 * @property {number} [latencyMs] delay before every answer
 * @property {number} [capacity] answer 429 to requests beyond this many in flight at once
 * @property {string} [capacityRetryAfter] Retry-After sent with those 429s (default 1)
 * @property {number} [rate] a token bucket: answer 429 (Retry-After 1) beyond this many requests a second
 * @property {number} [burst] the bucket's size, full at the start (default 1)
 * @property {string} [appId] an API key ID that token/create exchanges for a TOKEN
 * @property {string} [appSecret] that key's secret (default simulated-app-secret)
 * @property {boolean} [refuseTokens] token/create answers success false, whatever it is given
 * @property {string} [tokenValue] the token token/create issues (default: random)
 * @property {(record: RecordedRequest) => void} [onAnswered] called as each request is answered
 * @property {number} [port] port to listen on (default: any free port)
 * @property {{ key: string | Buffer, cert: string | Buffer }} [tls] serve HTTPS with this pair
 */

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path
 * @property {http.IncomingHttpHeaders} headers
 * @property {string} rawBody
 * @property {any} body the parsed body, or undefined when it was not JSON
 * @property {number} status the status answered, or 0 when none was
 * @property {any} response the JSON answered, when there was one
 * @property {number} arrivedMs when the request arrived (performance.now())
 * @property {number} answeredMs when the answer was sent, or 0
 */

/**
 * @typedef {object} Simulator
 * @property {string} url base URL, e.g. http://127.0.0.1:40123
 * @property {number} port
 * @property {RecordedRequest[]} requests every request received, in arrival order
 * @property {() => number} maxInFlight the most requests it was handling at once
 * @property {(faults: Fault[]) => void} enqueue add scripted answers for the next requests
 * @property {(faults: Fault[]) => void} enqueueStatus add scripted answers for the next status calls
 * @property {(name: string) => PlanState | undefined} planState a plan as it is now
 * @property {() => Promise<void>} close
 */

/**
 * Starts the simulator on 127.0.0.1.
 * @param {SimulatorOptions} [options]
 * @returns {Promise<Simulator>}
 */
export async function startSimulator(options = {}) {
  /** @type {Expected} */
  const expected = {
    tenantId: options.tenantId ?? 'tn_simulated',
    authType: (options.authType ?? 'TOKEN').toUpperCase(),
    authValue: options.authValue ?? 'simulated-secret',
    appId: options.appId,
    appSecret: options.appSecret ?? 'simulated-app-secret',
    refuseTokens: options.refuseTokens ?? false,
    tokenValue: options.tokenValue,
    tokens: new Set(),
    plans: planRegistry(options.plans ?? {}, options.onPlanRefreshed)
  }
  const faults = [...(options.faults ?? [])]
  const statusFaults = [...(options.statusFaults ?? [])]
  /** @type {Map<string, Fault[]>} */
  const tableFaults = new Map(
    Object.entries(options.tableFaults ?? {}).map(([table, f]) => [table, [f].flat()])
  )
  /** @type {RecordedRequest[]} */
  const requests = []
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()
  let inFlight = 0
  let maxInFlight = 0
  const bucket = tokenBucket(options)

  /** @type {http.RequestListener} */
  const handle = (req, res) => {
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    let done = false
    const finish = () => {
      if (!done) {
        done = true
        inFlight--
      }
    }
    res.on('close', finish)
    readText(req).then(rawBody => {
      const record = recordRequest(req, rawBody)
      requests.push(record)
      const path = record.path.split('?')[0]
      // Capacity and rate limits are the platform's, for every call; scripted faults are not.
      const scripted = () => {
        if (path === PLAN_STATUS_PATH) return statusFaults.shift()
        if (path === PLAN_LIST_PATH) return undefined
        return faults.shift() ?? nextTableFault(tableFaults, record.body) ?? options.everyRequest
      }
      const fault = overCapacity(inFlight, options) ?? bucket() ?? scripted()
      res.on('finish', () => options.onAnswered?.(record))
      setTimeout(() => answer(req, res, record, fault, expected), options.latencyMs ?? 0)
    })
  }

  const server = options.tls ? https.createServer(options.tls, handle) : http.createServer(handle)
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  // A port in use rejects here, for the caller to explain, instead of crashing the process.
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve(null)
    })
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    maxInFlight: () => maxInFlight,
    enqueue: more => faults.push(...more),
    enqueueStatus: more => statusFaults.push(...more),
    planState: name => expected.plans?.state(name),
    close: () =>
      new Promise(resolve => {
        expected.plans?.close()
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

export const FAULT_KINDS = [
  '429',
  '500',
  '502',
  '503',
  '504',
  'reset',
  'hang',
  'platform-error',
  'success-with-error'
]

/**
 * A fault mode by name, as the command-line flags give it.
 * @param {string} kind one of FAULT_KINDS
 * @param {string} [retryAfterSeconds] Retry-After for 429 and 503 (default 1)
 * @returns {Fault}
 */
export function faultOfKind(kind, retryAfterSeconds = '1') {
  const retryAfter = { 'retry-after': retryAfterSeconds }
  const gatewayPage = (/** @type {number} */ status, /** @type {string} */ text) =>
    `<html><head><title>${status} ${text}</title></head><body><h1>${status} ${text}</h1><hr>nginx</body></html>`
  switch (kind) {
    case '429':
      return {
        status: 429,
        headers: retryAfter,
        body: { code: '429', succeed: false, errorMsg: 'too many requests' }
      }
    case '500':
      return {
        status: 500,
        body: { code: '500', succeed: false, errorMsg: 'internal server error' }
      }
    case '502':
      return { status: 502, raw: gatewayPage(502, 'Bad Gateway') }
    case '503':
      return {
        status: 503,
        headers: retryAfter,
        raw: gatewayPage(503, 'Service Temporarily Unavailable')
      }
    case '504':
      return { status: 504, raw: gatewayPage(504, 'Gateway Time-out') }
    case 'reset':
      return { reset: true }
    case 'hang':
      return { hang: true }
    case 'platform-error':
      return {
        body: {
          code: '500',
          succeed: false,
          traceId: 'sim-refused',
          errorMsg: 'data source table not found'
        }
      }
    case 'success-with-error':
      return {
        body: {
          code: '200',
          success: true,
          traceId: 'sim-odd',
          errorMsg: 'the task was not created'
        }
      }
    default:
      throw new Error(`unknown fault ${kind}: use one of ${FAULT_KINDS.join(', ')}`)
  }
}

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

export const FAULT_FLAGS_HELP = `  --latency MS        delay every answer by MS milliseconds
  --fault KIND        answer triggers with a fault: ${FAULT_KINDS.join(', ')}
  --fault-count N     only the first N requests get the fault (default: every request)
  --retry-after S     Retry-After seconds sent with 429, 503 and --capacity answers (default 1)
  --capacity N        answer 429 to requests beyond N in flight at once
  --rate R            a rate limit: answer 429 beyond R requests a second (a token bucket)
  --burst B           the rate limit's bucket size (default 1)
  --refuse-tokens     token/create refuses every API key pair
  --plan NAME=TABLES  a materialization plan fed by TABLES (full names joined by +); repeatable
  --refresh-delay MS  a plan's refresh ends MS ms after an accepted trigger of its table (500)
  --plan-time-format F
                      how plan times are written: ${PLAN_TIME_FORMATS.join(', ')}
  --never-refreshes   plans never refresh, so a wait for them runs out`

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

/**
 * The answer of a platform that is full: 429 with Retry-After.
 * @param {number} inFlight
 * @param {SimulatorOptions} options
 * @returns {Fault | undefined}
 */
function overCapacity(inFlight, options) {
  if (options.capacity === undefined || inFlight <= options.capacity) return undefined
  return {
    status: 429,
    headers: { 'retry-after': options.capacityRetryAfter ?? '1' },
    body: { code: '429', succeed: false, errorMsg: 'too many requests' }
  }
}

/**
 * A rate limit: a bucket of `burst` tokens refilled at `rate` a second; a request that finds it
 * empty gets 429 with Retry-After: 1.
 * @param {SimulatorOptions} options
 * @returns {() => Fault | undefined}
 */
function tokenBucket(options) {
  const { rate } = options
  if (rate === undefined) return () => undefined
  const burst = options.burst ?? 1
  let tokens = burst
  let lastMs = performance.now()
  return () => {
    const now = performance.now()
    tokens = Math.min(burst, tokens + ((now - lastMs) * rate) / 1000)
    lastMs = now
    if (tokens >= 1) {
      tokens--
      return undefined
    }
    return {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { code: '429', succeed: false, errorMsg: 'rate limit exceeded' }
    }
  }
}

/**
 * @param {Map<string, Fault[]>} tableFaults
 * @param {any} body
 * @returns {Fault | undefined}
 */
function nextTableFault(tableFaults, body) {
  const queue = tableFaults.get(String(body?.tableName))
  if (!queue || queue.length === 0) return undefined
  // The last fault of a table's list sticks; earlier ones are used once each.
  return queue.length > 1 ? queue.shift() : queue[0]
}

/**
 * @param {http.IncomingMessage} req
 * @param {string} rawBody
 * @returns {RecordedRequest}
 */
function recordRequest(req, rawBody) {
  let body
  try {
    body = JSON.parse(rawBody)
  } catch {
    body = undefined
  }
  return {
    method: req.method ?? '',
    path: req.url ?? '',
    headers: req.headers,
    rawBody,
    body,
    status: 0,
    response: undefined,
    arrivedMs: performance.now(),
    answeredMs: 0
  }
}

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {RecordedRequest} record
 * @param {Fault | undefined} fault
 * @param {Expected} expected
 */
function answer(req, res, record, fault, expected) {
  if (fault?.hang) return
  if (fault?.reset) {
    req.socket.destroy()
    return
  }
  if (fault) {
    const text = fault.raw ?? JSON.stringify(fault.body ?? {})
    send(res, record, fault.status ?? 200, text, fault.headers)
    return
  }
  const { status, body } = documentedAnswer(record, expected)
  send(res, record, status, JSON.stringify(body))
  // Only the documented success starts the refreshes of the plans the table feeds.
  if (record.path.split('?')[0] === TRIGGER_PATH && body.succeed === true) {
    expected.plans?.triggerAccepted(record.body.tableName, record.body.tablePartition)
  }
}

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
 * @property {PlanRegistry} [plans] the materialization plans it knows
 */

/**
 * What the platform answers to a request: failures come back as HTTP 200 with succeed false.
 * @param {RecordedRequest} record
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
    const problem = headerProblem(record.headers, expected)
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
 * @param {RecordedRequest} record
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
 * @param {http.IncomingHttpHeaders} headers
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

/**
 * @typedef {{ problem: { code: string, message: string } } | { data: Record<string, unknown> }} PlanAnswer
 */

/**
 * The plans the simulated platform knows, their refreshes and the two plan calls.
 * @typedef {object} PlanRegistry
 * @property {(body: any) => PlanAnswer} status the latestTime call's data
 * @property {(body: any) => PlanAnswer} list the list call's data
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
function planRegistry(options, onRefreshed) {
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
      const problem = statusBodyProblem(body)
      if (problem) return { problem }
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
      const problem = listBodyProblem(body)
      if (problem) return { problem }
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

/**
 * @param {string} name
 * @param {string} field
 * @param {string | null | undefined} given
 * @param {string} fallback
 */
function initialTime(name, field, given, fallback) {
  if (given === null) return null
  const text = given ?? fallback
  const local = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(text)
  const ms = local
    ? new Date(
        Number(local[1]),
        Number(local[2]) - 1,
        Number(local[3]),
        Number(local[4]),
        Number(local[5]),
        Number(local[6])
      ).getTime()
    : Date.parse(text)
  if (Number.isNaN(ms)) throw new Error(`plan ${name}: ${field} ${text} is not a time`)
  return ms
}

/** @param {string} partition yyyy-MM-dd, as a trigger the platform accepted has it */
function localMidnight(partition) {
  const [year = 0, month = 1, day = 1] = partition.split('-').map(Number)
  return new Date(year, month - 1, day).getTime()
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

/**
 * A time as the platform writes it, on its own clock (this machine's local time).
 * @param {number | null} ms
 * @param {PlanTimeFormat} format
 * @returns {string | number | null}
 */
export function formatPlanTime(ms, format) {
  if (ms === null) return null
  const at = new Date(ms)
  const two = (/** @type {number} */ n) => String(n).padStart(2, '0')
  const date = `${String(at.getFullYear()).padStart(4, '0')}-${two(at.getMonth() + 1)}-${two(at.getDate())}`
  const time = `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`
  switch (format) {
    case 'platform':
      return `${date} ${time}`
    case 'iso':
      return `${date}T${time}`
    case 'iso-zoned': {
      const offset = -at.getTimezoneOffset()
      const sign = offset < 0 ? '-' : '+'
      const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`
      return `${date}T${time}.${String(at.getMilliseconds()).padStart(3, '0')}${zone}`
    }
    case 'epoch':
      return ms
    case 'odd':
      return ODD_TIME_TEXT
  }
}

/** @param {any} body */
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

/** @param {any} body */
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
 * @param {http.ServerResponse} res
 * @param {RecordedRequest} record
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} [headers]
 */
function send(res, record, status, text, headers = {}) {
  record.status = status
  record.answeredMs = performance.now()
  try {
    record.response = JSON.parse(text)
  } catch {
    record.response = undefined
  }
  const type = text.trimStart().startsWith('<') ? 'text/html' : 'application/json'
  res.writeHead(status, { 'content-type': type, ...headers })
  res.end(text)
}

/** @param {http.IncomingMessage} req */
async function readText(req) {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  return Buffer.concat(chunks).toString('utf8')
}
