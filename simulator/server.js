// @ts-check
/**
 * The simulator's HTTP(S) server on 127.0.0.1: it records every request, holds it to the
 * platform's capacity and rate limits, picks the scripted fault that answers it (if any), else
 * gives the documented answer, and closes with its connections and pending plan refreshes.
 */
import http from 'node:http'
import https from 'node:https'
import { documentedAnswer } from './endpoints.js'
import { answerWithFault, nextTableFault } from './faults.js'
import { planRegistry } from './plans.js'
import { PLAN_LIST_PATH, PLAN_STATUS_PATH, TRIGGER_PATH } from './platform.js'
import { readText, recordRequest, send } from './requests.js'

/** @typedef {import('./faults.js').Fault} Fault */
/** @typedef {import('./plans.js').PlanOptions} PlanOptions */
/** @typedef {import('./plans.js').PlanState} PlanState */
/** @typedef {import('./requests.js').RecordedRequest} RecordedRequest */
/** @typedef {import('./endpoints.js').Expected} Expected */

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
 * Answers a request: with its fault when it has one, else as the platform documents.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {RecordedRequest} record
 * @param {Fault | undefined} fault
 * @param {Expected} expected
 */
function answer(req, res, record, fault, expected) {
  if (fault) {
    answerWithFault(req, res, record, fault)
    return
  }
  const { status, body } = documentedAnswer(record, expected)
  send(res, record, status, JSON.stringify(body))
  // Only the documented success starts the refreshes of the plans the table feeds.
  if (record.path.split('?')[0] === TRIGGER_PATH && body.succeed === true) {
    expected.plans?.triggerAccepted(record.body.tableName, record.body.tablePartition)
  }
}
