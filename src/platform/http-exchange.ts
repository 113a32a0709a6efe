/** One HTTP POST with a real deadline for the whole exchange, and a bounded body. */
import type http from 'node:http'
import type https from 'node:https'
import type { HttpReply } from './verdict.js'
import { CANCELLED, TransportError } from './transport-errors.js'

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
 * Sends the request and resolves with the answer, or rejects with the transport error (a
 * TransportError for the deadline and for cancellation).
 */
export function post(exchange: Exchange): Promise<RawReply> {
  const { transport, url, agent, headers, payload, timeoutMs, signal } = exchange
  return new Promise((resolve, reject) => {
    const request = transport.request(url, {
      method: 'POST',
      agent,
      headers: { ...headers, 'content-length': Buffer.byteLength(payload) },
      ...(signal ? { signal } : {})
    })
    // Made only when needed: an Error captures a stack trace, a cost on every request.
    const timeout = () => new TransportError(`no answer within ${timeoutMs / 1000} s`, 'TIMEOUT')
    let timedOut = false
    // A failed proxy tunnel errors without ever closing the request: clear the deadline on
    // either, so that no timer keeps the process alive.
    const fail = (error: unknown): void => {
      clearTimeout(deadline)
      reject(timedOut ? timeout() : signal?.aborted ? CANCELLED : error)
    }
    const deadline = setTimeout(() => {
      timedOut = true
      request.destroy(timeout())
    }, timeoutMs)
    request.on('response', response => {
      readBody(response).then(
        body => resolve({ status: response.statusCode ?? 0, body, ...pushbackHeaders(response) }),
        fail
      )
    })
    request.on('error', fail)
    request.on('close', () => clearTimeout(deadline))
    request.end(payload)
  })
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

/** The body, at most MAX_BODY_BYTES of it (the rest is read and dropped). */
function readBody(response: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    response.on('data', (chunk: Buffer) => {
      if (size < MAX_BODY_BYTES) chunks.push(chunk)
      size += chunk.length
    })
    response.on('end', () =>
      resolve(Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8'))
    )
    response.on('error', reject)
  })
}
