import type http from 'node:http'
import type https from 'node:https'
import { isIP } from 'node:net'
import { connectionFor } from './connection.js'
import { basicToken } from '../inputs/host.js'
import type { PlannedTrigger } from '../inputs/trigger-plan.js'
import { failedVerdict, interpretReply, type HttpReply, type Verdict } from './verdict.js'
import { isRetryable, parseRetryAfterMs, type AttemptEnd } from './retry-policy.js'
import { display, type DisplayText, type TrustBoundary } from '../trust.js'

/** The body the Data Update endpoint takes. */
export interface TriggerBody {
  tableName: string
  tenantId: string
  tablePartition: string
}

export interface ClientOptions {
  endpointUrl: string
  /** The token endpoint, for an API key pair. */
  tokenUrl: string
  tenantId: string
  /** The credential; absent when a token is to be got from an API key pair first. */
  authType?: string
  authValue?: string
  basicAuth?: { username: string; password: string }
  timeoutMs: number
  userAgent: string
  maxSockets?: number
  /** Company CAs (PEM) to trust in addition to the defaults, for an HTTPS endpoint. */
  caCertificates?: readonly string[]
  /** Where everything the server or the network says becomes display text. */
  boundary: TrustBoundary
}

/** One request and what it came to, classified once for the lifecycle and the pool. */
export interface Attempt {
  verdict: Verdict
  /** True when an HTTP answer came back (whatever its status). */
  answered: boolean
  /** The retry policy's decision for this attempt. */
  retryable: boolean
  /** The server's push-back: the wait it asked for (Retry-After), 0 for a bare 429. */
  pushbackMs: number | undefined
  /** The request was torn down by cancellation before an answer came. */
  cancelled: boolean
}

export interface AnyMetricsClient {
  /** Sends one trigger; aborting `signal` tears the request down (cancellation). */
  trigger(trigger: PlannedTrigger, signal?: AbortSignal): Promise<Attempt>
  /**
   * Asks token/create for a TOKEN with an API key pair. `onToken` gets the token the moment it
   * arrives, before anything of the answer is interpreted or shown, so it can be masked.
   */
  createToken(
    pair: { appId: string; appSecret: string },
    onToken: (token: string) => void,
    signal?: AbortSignal
  ): Promise<Attempt & { token?: string }>
  /** From now on, triggers are sent with auth-type TOKEN and this token. */
  useToken(token: string): void
  close(): void
}

/** Where requests go, for error messages: the host, and the proxy when one is used. */
interface Route {
  url: URL
  host: DisplayText
  proxy: DisplayText | undefined
  /** Set once a reset over plain HTTP was found to come from a TLS port. */
  speaksTls?: Promise<boolean>
}

/** A request that got no HTTP answer: refused, reset, timed out, unresolvable… */
class TransportError extends Error {
  constructor(
    readonly description: string,
    readonly code: string
  ) {
    super(description)
    this.name = 'TransportError'
  }
}

const MAX_BODY_BYTES = 1024 * 1024

/**
 * Proxy routing (http_proxy, https_proxy, no_proxy) comes from @actions/http-client's agent, so
 * it behaves exactly as every other action does; the request itself is made here so that the
 * timeout is a real deadline for the whole exchange and an expired request is torn down.
 */
export async function createAnyMetricsClient(options: ClientOptions): Promise<AnyMetricsClient> {
  const url = new URL(options.endpointUrl)
  const { agent, transport, proxy } = await connectionFor(url, {
    maxSockets: options.maxSockets ?? 16,
    caCertificates: options.caCertificates ?? []
  })
  const headers = requestHeaders(options)
  const route = routeOf(url, proxy, options.boundary)
  const unanswered = async (error: unknown) =>
    unansweredAttempt(await explain(error, route), options.boundary, route)
  const send = (to: URL, sent: http.OutgoingHttpHeaders, body: string, signal?: AbortSignal) =>
    post(transport, to, agent, sent, body, options.timeoutMs, signal)
  const tokenUrl = new URL(options.tokenUrl)
  return {
    trigger: (trigger, signal) =>
      send(url, headers, wireBody(trigger, options), signal).then(
        reply => answeredAttempt(reply, options.boundary),
        unanswered
      ),
    createToken: (pair, onToken, signal) =>
      send(
        tokenUrl,
        withoutCredential(headers),
        // Exactly the documented fields, whatever else the caller's object holds.
        JSON.stringify({ appId: pair.appId, appSecret: pair.appSecret }),
        signal
      ).then(reply => tokenAttempt(reply, options.boundary, onToken), unanswered),
    useToken: token => {
      headers['auth-type'] = 'TOKEN'
      headers['auth-value'] = token
    },
    // A tunnel agent has no destroy(); its sockets close with the tunnel.
    close: () => (agent as Partial<Pick<http.Agent, 'destroy'>>).destroy?.()
  }
}

function routeOf(url: URL, proxy: URL | undefined, boundary: TrustBoundary): Route {
  return {
    url,
    host: boundary.text(url.host, 300),
    proxy: proxy ? boundary.text(`${proxy.protocol}//${proxy.host}`, 300) : undefined
  }
}

/** The wire body: the client owns what the platform needs besides the planned trigger. */
function wireBody(trigger: PlannedTrigger, options: ClientOptions): string {
  const body: TriggerBody = {
    tableName: trigger.tableName,
    tenantId: options.tenantId,
    tablePartition: trigger.partition
  }
  return JSON.stringify(body)
}

/** An HTTP answer, classified: the verdict, the retry decision and the server's push-back. */
export function answeredAttempt(
  reply: HttpReply & { retryAfter?: string },
  boundary: TrustBoundary,
  nowMs = Date.now()
): Attempt {
  const retryAfterMs = parseRetryAfterMs(reply.retryAfter, nowMs)
  return {
    verdict: interpretReply(reply, boundary),
    answered: true,
    retryable: isRetryable({ status: reply.status }),
    pushbackMs: retryAfterMs ?? (reply.status === 429 ? 0 : undefined),
    cancelled: false
  }
}

/** token/create takes no auth headers (a gateway's Basic auth stays). */
function withoutCredential(headers: http.OutgoingHttpHeaders): http.OutgoingHttpHeaders {
  const { 'auth-type': _type, 'auth-value': _value, 'tenant-id': _tenant, ...rest } = headers
  return rest
}

/**
 * token/create's answer: the token in `data` is handed to `onToken` (to be masked) before the
 * answer is interpreted, and counts only when the answer succeeds by the same rules as a trigger
 * and `data` is a non-empty string.
 */
export function tokenAttempt(
  reply: HttpReply & { retryAfter?: string },
  boundary: TrustBoundary,
  onToken: (token: string) => void
): Attempt & { token?: string } {
  const token = tokenIn(reply.body)
  if (token !== undefined) onToken(token)
  const attempt = answeredAttempt(reply, boundary)
  if (!attempt.verdict.succeeded) return attempt
  if (token === undefined) {
    return {
      ...attempt,
      verdict: failedVerdict(display`the token answer has no token (a non-empty string) in data`)
    }
  }
  return { ...attempt, token }
}

function tokenIn(body: string): string | undefined {
  try {
    const data = (JSON.parse(body) as { data?: unknown } | null)?.data
    return typeof data === 'string' && data.trim() !== '' ? data : undefined
  } catch {
    return undefined
  }
}

/** A request that got no HTTP answer (refused, reset, timed out…), classified. */
export function unansweredAttempt(error: unknown, boundary: TrustBoundary, route?: Route): Attempt {
  const failure = toTransportError(error)
  const end: AttemptEnd = { errorCode: failure.code }
  return {
    verdict: failedVerdict(describe(failure, boundary, route)),
    answered: false,
    retryable: isRetryable(end),
    pushbackMs: undefined,
    cancelled: failure.code === 'CANCELLED'
  }
}

function requestHeaders(options: ClientOptions): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {
    'content-type': 'application/json',
    accept: 'application/json',
    'user-agent': options.userAgent,
    'tenant-id': options.tenantId,
    ...(options.authType ? { 'auth-type': options.authType } : {}),
    ...(options.authValue ? { 'auth-value': options.authValue } : {})
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
  timeoutMs: number,
  signal?: AbortSignal
): Promise<HttpReply & { retryAfter?: string }> {
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

function toTransportError(error: unknown): TransportError {
  if (error instanceof TransportError) return error
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : String(error)
  return new TransportError(message, typeof code === 'string' ? code : 'UNKNOWN')
}

const CANCELLED = new TransportError('cancelled', 'CANCELLED')
const TUNNEL_FAILURE = 'tunneling socket could not be established'

/**
 * Gives a transport error its real cause: a proxy that could not open a tunnel, TLS spoken to a
 * plain-HTTP port, or plain HTTP to a TLS port (seen as a bare reset: a TLS handshake to the
 * same address tells, tried once per run and only for that case).
 */
async function explain(error: unknown, route: Route): Promise<unknown> {
  const failure = toTransportError(error)
  if (failure.description.startsWith(TUNNEL_FAILURE)) {
    const cause = failure.description.split('cause=')[1] ?? failure.code
    return new TransportError(cause, 'EPROXY')
  }
  if (failure.code === 'EPROTO' && /wrong version number/i.test(failure.description)) {
    return new TransportError(failure.description, 'EPLAINPORT')
  }
  if (failure.code === 'ECONNRESET' && route.url.protocol === 'http:' && !route.proxy) {
    route.speaksTls ??= speaksTls(route.url)
    if (await route.speaksTls) return new TransportError(failure.description, 'ETLSPORT')
  }
  return failure
}

/** Whether a TLS handshake with host:port succeeds (certificate not checked: only asking). */
function speaksTls(url: URL): Promise<boolean> {
  return new Promise(resolve => {
    const socket = process.getBuiltinModule('node:tls').connect({
      host: url.hostname,
      port: Number(url.port || 80),
      // SNI takes names only (an IP address there is deprecated and warned about).
      ...(isIP(url.hostname) ? {} : { servername: url.hostname }),
      rejectUnauthorized: false,
      timeout: 2000
    })
    const done = (answer: boolean) => {
      socket.destroy()
      resolve(answer)
    }
    socket.once('secureConnect', () => done(true))
    socket.once('error', () => done(false))
    socket.once('timeout', () => done(false))
  })
}

const UNTRUSTED_CERTIFICATE = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT'
])

const KNOWN_ERRORS: Record<string, DisplayText> = {
  ECONNREFUSED: display`connection refused`,
  ECONNRESET: display`connection reset`,
  ENOTFOUND: display`name not found`,
  EAI_AGAIN: display`DNS lookup failed temporarily`,
  ETIMEDOUT: display`connection timed out`
}

/**
 * A transport error in words, naming the host (or the proxy) it was trying. Node's own message
 * is outside text and crosses the boundary.
 */
function describe(failure: TransportError, boundary: TrustBoundary, route?: Route): DisplayText {
  const code = boundary.text(failure.code, 64)
  const host = route?.host ?? display`the host`
  const via = route?.proxy ? display` via proxy ${route.proxy}` : display``
  switch (failure.code) {
    case 'CANCELLED':
      return display`cancelled while waiting for ${host} to answer`
    case 'TIMEOUT':
      return display`${host}${via} sent no answer within ${boundary.text(failure.description.replace(/^no answer within /, ''))}`
    case 'EPROXY':
      return display`could not open a tunnel to ${host} through the proxy ${route?.proxy ?? display`in http_proxy/https_proxy`}: ${boundary.text(failure.description)}; check the proxy variables, or list the host in no_proxy`
    case 'EPLAINPORT':
      return display`${host} does not speak TLS (it answered plain HTTP): use http:// instead of https://`
    case 'ETLSPORT':
      return display`${host} speaks TLS: use https://${host} instead of http://`
  }
  if (UNTRUSTED_CERTIFICATE.has(failure.code)) {
    return display`the TLS certificate of ${host} is not trusted (${code}): if a company CA signed it, pass that CA in ca-certificate`
  }
  const known = KNOWN_ERRORS[failure.code]
  if (known) return display`${known} by ${host}${via} (${code})`
  return display`${host}${via}: ${boundary.text(failure.description)}`
}
