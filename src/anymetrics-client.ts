// Default imports: `http.request` is looked up at call time, so interceptors such as nock apply.
import http from 'node:http'
import https from 'node:https'
import { HttpClient } from '@actions/http-client'
import { trustedCertificates } from './ca-certificate.js'
import { basicToken } from './endpoint.js'
import type { HttpReply } from './response.js'
import { isTransientErrorCode } from './retry-policy.js'

/** The body the Data Update endpoint takes. */
export interface TriggerBody {
  tableName: string
  tenantId: string
  tablePartition: string
}

export interface ClientOptions {
  endpointUrl: string
  tenantId: string
  authType: string
  authValue: string
  basicAuth?: { username: string; password: string }
  timeoutMs: number
  userAgent: string
  maxSockets?: number
  /** Company CAs (PEM) to trust in addition to the defaults, for an HTTPS endpoint. */
  caCertificates?: readonly string[]
}

export interface AnyMetricsClient {
  trigger(body: TriggerBody): Promise<HttpReply>
  close(): void
}

/** A request that got no HTTP answer: refused, reset, timed out, unresolvable… */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly transient: boolean
  ) {
    super(message)
    this.name = 'TransportError'
  }
}

const MAX_BODY_BYTES = 1024 * 1024

/**
 * Proxy routing (http_proxy, https_proxy, no_proxy) comes from @actions/http-client's agent, so
 * it behaves exactly as every other action does; the request itself is made here so that the
 * timeout is a real deadline for the whole exchange and an expired request is torn down.
 */
export function createAnyMetricsClient(options: ClientOptions): AnyMetricsClient {
  const url = new URL(options.endpointUrl)
  const httpClient = new HttpClient(options.userAgent, [], {
    keepAlive: true,
    maxSockets: options.maxSockets ?? 16
  })
  const agent = httpClient.getAgent(url.href)
  if (url.protocol === 'https:' && options.caCertificates?.length) {
    trustAlso(agent, options.caCertificates)
  }
  const transport = url.protocol === 'https:' ? https : http
  const headers = requestHeaders(options)
  return {
    trigger: body => post(transport, url, agent, headers, JSON.stringify(body), options.timeoutMs),
    close: () => httpClient.dispose()
  }
}

/**
 * Node merges an agent's options into every TLS connection it opens, and the proxy tunnel agent
 * does the same, so a CA set here holds with and without a proxy (http-client sets
 * rejectUnauthorized the same way for its ignoreSslError option).
 */
function trustAlso(agent: http.Agent, certificates: readonly string[]): void {
  const withOptions = agent as unknown as { options?: Record<string, unknown> }
  withOptions.options = { ...withOptions.options, ca: trustedCertificates(certificates) }
}

function requestHeaders(options: ClientOptions): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {
    'content-type': 'application/json',
    accept: 'application/json',
    'user-agent': options.userAgent,
    'tenant-id': options.tenantId,
    'auth-type': options.authType,
    'auth-value': options.authValue
  }
  if (options.basicAuth) {
    const { username, password } = options.basicAuth
    headers.authorization = `Basic ${basicToken(username, password)}`
  }
  return headers
}

function post(
  transport: typeof http | typeof https,
  url: URL,
  agent: http.Agent,
  headers: http.OutgoingHttpHeaders,
  payload: string,
  timeoutMs: number
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const request = transport.request(url, {
      method: 'POST',
      agent,
      headers: { ...headers, 'content-length': Buffer.byteLength(payload) }
    })
    const timeout = new TransportError(`no answer within ${timeoutMs / 1000} s`, 'TIMEOUT', true)
    let timedOut = false
    const fail = (error: unknown): void => reject(timedOut ? timeout : toTransportError(error))
    const deadline = setTimeout(() => {
      timedOut = true
      request.destroy(timeout)
    }, timeoutMs)
    request.on('response', response => {
      readBody(response).then(
        body => resolve({ status: response.statusCode ?? 0, body, ...retryAfter(response) }),
        fail
      )
    })
    request.on('error', fail)
    request.on('close', () => clearTimeout(deadline))
    request.end(payload)
  })
}

function retryAfter(response: http.IncomingMessage): { retryAfter?: string } {
  const value = response.headers['retry-after']
  return typeof value === 'string' ? { retryAfter: value } : {}
}

async function readBody(response: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of response as AsyncIterable<Buffer>) {
    if (size < MAX_BODY_BYTES) chunks.push(chunk)
    size += chunk.length
  }
  return Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8')
}

function toTransportError(error: unknown): TransportError {
  if (error instanceof TransportError) return error
  const code = errorCode(error)
  const message = error instanceof Error ? error.message : String(error)
  return new TransportError(describeNetworkError(code, message), code, isTransientErrorCode(code))
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'UNKNOWN'
}

const UNTRUSTED_CERTIFICATE = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT'
])

function describeNetworkError(code: string, message: string): string {
  if (UNTRUSTED_CERTIFICATE.has(code)) {
    return `the server's TLS certificate is not trusted (${code}): if a company CA signed it, pass that CA in ca-certificate`
  }
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'DNS lookup failed temporarily',
    ETIMEDOUT: 'connection timed out'
  }
  return known[code] ? `${known[code]} (${code})` : message
}
