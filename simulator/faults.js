// @ts-check
/**
 * Fault modes: scripted answers given instead of the documented behaviour. The kinds the
 * command-line flags name, the scripted fault a request naming a table gets, and a fault
 * applied to a response.
 */
import { send } from './requests.js'

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
 * The next scripted fault for a request whose body names a table (SimulatorOptions.tableFaults).
 * @param {Map<string, Fault[]>} tableFaults
 * @param {any} body
 * @returns {Fault | undefined}
 */
export function nextTableFault(tableFaults, body) {
  const queue = tableFaults.get(String(body?.tableName))
  if (!queue || queue.length === 0) return undefined
  // The last fault of a table's list sticks; earlier ones are used once each.
  return queue.length > 1 ? queue.shift() : queue[0]
}

/**
 * Answers a request with a fault, and records the answer: never (hang), by destroying the
 * connection (reset), or with its status, headers and body (raw text, else JSON).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {import('./requests.js').RecordedRequest} record
 * @param {Fault} fault
 */
export function answerWithFault(req, res, record, fault) {
  if (fault.hang) return
  if (fault.reset) {
    req.socket.destroy()
    return
  }
  const text = fault.raw ?? JSON.stringify(fault.body ?? {})
  send(res, record, fault.status ?? 200, text, fault.headers)
}
