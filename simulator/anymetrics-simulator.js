// @ts-check
/**
 * A loopback AnyMetrics simulator: the Data Update endpoint as the platform documents it
 * (the AnyMetrics Data Update API reference), with fault modes for testing.
 * Plain JavaScript so that `node` runs it without a build step.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'

export const TRIGGER_PATH = '/anymetrics/api/v1/scheduler/task/trigger'
export const TOKEN_PATH = '/anymetrics/api/v1/token/create'
export const AUTH_TYPES = ['UID', 'TOKEN', 'ACCOUNT', 'APIKEY']
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
 * @typedef {object} SimulatorOptions
 * @property {string} [tenantId] the tenant the platform knows (default tn_simulated)
 * @property {string} [authType] the auth-type it expects (default TOKEN)
 * @property {string} [authValue] the credential it expects (default simulated-secret)
 * @property {Fault[]} [faults] answers for the next requests, consumed in order
 * @property {Record<string, Fault | Fault[]>} [tableFaults] answers for requests naming a table
 * @property {Fault} [everyRequest] the answer to every request that no other fault answers
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
    tokens: new Set()
  }
  const faults = [...(options.faults ?? [])]
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
      const fault =
        overCapacity(inFlight, options) ??
        bucket() ??
        faults.shift() ??
        nextTableFault(tableFaults, record.body) ??
        options.everyRequest
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
    close: () =>
      new Promise(resolve => {
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
 * Simulator options from command-line flags, shared by simulator/cli.js and npm run local.
 * @param {{ latency?: string, fault?: string, 'fault-count'?: string, 'retry-after'?: string, capacity?: string, rate?: string, burst?: string, 'refuse-tokens'?: boolean }} flags
 * @returns {SimulatorOptions}
 */
export function optionsFromFlags(flags) {
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
  return options
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
  'refuse-tokens': { type: 'boolean' }
})

export const FAULT_FLAGS_HELP = `  --latency MS        delay every answer by MS milliseconds
  --fault KIND        answer with a fault: ${FAULT_KINDS.join(', ')}
  --fault-count N     only the first N requests get the fault (default: every request)
  --retry-after S     Retry-After seconds sent with 429, 503 and --capacity answers (default 1)
  --capacity N        answer 429 to requests beyond N in flight at once
  --rate R            a rate limit: answer 429 beyond R requests a second (a token bucket)
  --burst B           the rate limit's bucket size (default 1)
  --refuse-tokens     token/create refuses every API key pair`

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
 */

/**
 * What the platform answers to a request: failures come back as HTTP 200 with succeed false.
 * @param {RecordedRequest} record
 * @param {Expected} expected
 * @returns {{ status: number, body: Record<string, unknown> }}
 */
export function documentedAnswer(record, expected) {
  const traceId = randomBytes(8).toString('hex')
  const path = record.path.split('?')[0]
  if (path !== TRIGGER_PATH && path !== TOKEN_PATH) {
    return { status: 404, body: failure('404', 'no such endpoint', traceId) }
  }
  if (record.method !== 'POST') {
    return { status: 405, body: failure('405', 'method not allowed', traceId) }
  }
  if (path === TOKEN_PATH) return tokenAnswer(record, expected, traceId)
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
