/** One HTTP POST with a real deadline for the whole exchange, and a bounded body. */
// Why node:http, not a client library: docs/decisions/0002-http-exchange.md
import type http from 'node:http'
import type https from 'node:https'
import type { HttpReply } from './verdict.js'
import { CANCELLED, CANCELLED_AFTER_SENDING, TransportError } from './transport-errors.js'

const MAX_BODY_BYTES = 1024 * 1024

export interface Exchange {
  transport: typeof http | typeof https
  url: URL
  agent: http.Agent
  headers: http.OutgoingHttpHeaders
  payload: string
  timeoutMs: number
  signal?: AbortSignal | undefined
}

/** An HTTP answer as the client hands it over: raw, with the push-back header. */
export type RawReply = HttpReply & { retryAfter?: string }

/**
 * Sends the request and settles exactly once, whatever the socket does: with what `answered`
 * makes of the answer, or with what `unanswered` makes of a TransportError for the deadline,
 * cancellation, a connection that closed without an answer (an unexpected 101 upgrade
 * included), or the error Node gave. A request Node refuses to build (a header value it cannot
 * carry) is a local error: nothing was sent.
 *
 * As `.then(answered, unanswered)` would, but the raw answer is never the value of a promise. A
 * promise that lived as long as its request has often been promoted to the old generation, and
 * dead there it still roots its value for every young-generation collection until a full one:
 * each 100 KB error body outlived its answer (2,000 of them raised the peak by about 90 MiB).
 * Here the body is read, judged and let go in the turn it ends in.
 */
export function post<A, U>(
  exchange: Exchange,
  answered: (reply: RawReply) => A,
  unanswered: (error: unknown) => U | Promise<U>
): Promise<A | U> {
  const { transport, url, agent, headers, payload, timeoutMs, signal } = exchange
  return new Promise<A | U>((resolve, reject) => {
    let settled = false
    let timedOut = false
    const settle = (outcome: () => A | U | Promise<U>): void => {
      if (settled) return
      settled = true
      clearTimeout(deadline)
      try {
        resolve(outcome())
      } catch (error) {
        reject(error)
      }
    }
    // Made only when needed: an Error captures a stack trace, a cost on every request.
    const timeout = () =>
      new TransportError(`no answer within ${timeoutMs / 1000} s`, 'TIMEOUT', timeoutMs)
    // Set once every byte of the request was handed to the network: a request torn down after
    // that may have reached the platform.
    let sent = false
    const cancelled = () => (sent ? CANCELLED_AFTER_SENDING : CANCELLED)
    const fail = (error: unknown): void =>
      settle(() => unanswered(timedOut ? timeout() : signal?.aborted ? cancelled() : error))
    const deadline = setTimeout(() => {
      timedOut = true
      request?.destroy(timeout())
      fail(timeout())
    }, timeoutMs)
    let request: http.ClientRequest | undefined
    try {
      request = transport.request(url, {
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': Buffer.byteLength(payload) },
        ...(signal ? { signal } : {})
      })
    } catch (error) {
      return fail(localError(error))
    }
    let answering = false
    request.on('response', response => {
      answering = true
      readBody(response, fail, body =>
        settle(() =>
          answered({
            status: response.statusCode ?? 0,
            body,
            url: url.href,
            ...pushbackHeaders(response)
          })
        )
      )
    })
    request.on('upgrade', (response, socket) => {
      socket.destroy()
      fail(
        new TransportError(
          `answered ${response.statusCode ?? 101} ${response.statusMessage ?? ''} (a protocol switch), not an HTTP answer`,
          'EUPGRADE'
        )
      )
    })
    request.on('finish', () => (sent = true))
    request.on('error', fail)
    // The last word: a request that closed with no answer and no error is still an outcome
    // (once an answer has begun, reading its body settles it).
    request.on('close', () => {
      if (!answering) fail(new TransportError('the connection closed without an answer', 'ECLOSED'))
    })
    // A Buffer, so that Node writes the headers as Latin-1 and only the body as UTF-8.
    request.end(Buffer.from(payload, 'utf8'))
  })
}

/** A request Node would not build or send: the cause is here, not on the network. */
function localError(error: unknown): TransportError {
  const message = error instanceof Error ? error.message : String(error)
  return new TransportError(message, 'ELOCAL')
}
function pushbackHeaders(response: http.IncomingMessage): {
  retryAfter?: string
  location?: string
} {
  const { 'retry-after': retryAfter, location } = response.headers
  return {
    ...(typeof retryAfter === 'string' ? { retryAfter } : {}),
    ...(typeof location === 'string' ? { location } : {})
  }
}

/**
 * The body, at most MAX_BODY_BYTES of it (the rest is read and dropped), handed to `done` as it
 * ends (not through a promise, which would hold it: see post).
 */
function readBody(
  response: http.IncomingMessage,
  failed: (error: unknown) => void,
  done: (body: string) => void
): void {
  let chunks: Buffer[] = []
  let size = 0
  response.on('data', (chunk: Buffer) => {
    if (size < MAX_BODY_BYTES) chunks.push(chunk)
    size += chunk.length
  })
  response.on('end', () => {
    const bytes = Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES)
    chunks = []
    done(bytes.toString('utf8'))
  })
  response.on('error', failed)
  // Closed in the middle of the body (the server or a proxy gave up): no answer after all.
  response.on('close', () => {
    if (!response.complete) {
      failed(new TransportError('the connection closed in the middle of the answer', 'ECLOSED'))
    }
  })
}
