/**
 * Requests that got no HTTP answer, given their real cause and put in words that name the host
 * (or the proxy) and say what to do.
 */
import { connect, isIP } from 'node:net'
import { display, type DisplayText, type TrustBoundary } from '../trust.js'

/**
 * The action's own causes of a request without an answer. Any other code is Node's own
 * (ECONNREFUSED, HPE_…, a TLS code), passed on as Node names it.
 */
export type OwnCause =
  | 'TIMEOUT'
  | 'ECLOSED'
  | 'ELOCAL'
  | 'EUPGRADE'
  | 'EPROXY'
  | 'EPLAINPORT'
  | 'ETLSPORT'
  | 'CANCELLED'
  | 'CANCELLED_SENT'
  | 'UNKNOWN'
// `string & {}` keeps the own causes apart in editors while Node's codes stay open-ended.
export type TransportCode = OwnCause | (string & {})

/** A request that got no HTTP answer: refused, reset, timed out, unresolvable… */
export class TransportError extends Error {
  constructor(
    readonly description: string,
    readonly code: TransportCode,
    /** For TIMEOUT: the deadline that passed, so that no message has to be read back. */
    readonly afterMs?: number
  ) {
    super(description)
    this.name = 'TransportError'
  }
}

/** Where requests go, for error messages: the host, and the proxy when one is used. */
export interface Route {
  url: URL
  host: DisplayText
  proxy: DisplayText | undefined
  /** Set once a reset over plain HTTP was found to come from a TLS port. */
  speaksTls?: Promise<boolean>
  /** Set once a TLS failure (EPROTO) was found to come from a plain-HTTP port. */
  speaksPlainHttp?: Promise<boolean>
}

export const CANCELLED = new TransportError('cancelled', 'CANCELLED')
/** Torn down after its bytes were sent: the platform may have received it and started. */
export const CANCELLED_AFTER_SENDING = new TransportError('cancelled', 'CANCELLED_SENT')

export function routeOf(url: URL, proxy: URL | undefined, boundary: TrustBoundary): Route {
  return {
    url,
    host: boundary.text(url.host, 300),
    proxy: proxy ? boundary.text(`${proxy.protocol}//${proxy.host}`, 300) : undefined
  }
}

export function toTransportError(error: unknown): TransportError {
  if (error instanceof TransportError) return error
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : String(error)
  return new TransportError(message, typeof code === 'string' ? code : 'UNKNOWN')
}

/**
 * Gives a transport error its real cause where Node's code alone does not tell it: TLS spoken
 * to a plain-HTTP port (seen as EPROTO: a plain HTTP request to the same address tells), or
 * plain HTTP to a TLS port (seen as a bare reset: a TLS handshake tells). Each probe is tried
 * once per run, only for its case and only without a proxy (which would answer, not the host).
 * A proxy that could not open a tunnel says so itself (EPROXY, proxy-tunnel.ts).
 */
export async function explain(error: unknown, route: Route): Promise<TransportError> {
  const failure = toTransportError(error)
  if (route.proxy) return failure
  if (failure.code === 'EPROTO' && route.url.protocol === 'https:') {
    route.speaksPlainHttp ??= speaksPlainHttp(route.url)
    if (await route.speaksPlainHttp) return new TransportError(failure.description, 'EPLAINPORT')
  }
  if (failure.code === 'ECONNRESET' && route.url.protocol === 'http:') {
    route.speaksTls ??= speaksTls(route.url)
    if (await route.speaksTls) return new TransportError(failure.description, 'ETLSPORT')
  }
  return failure
}

/** Whether a TLS handshake with host:port succeeds (certificate not checked: only asking). */
function speaksTls(url: URL): Promise<boolean> {
  // Sockets take an IPv6 address without the brackets a URL writes it in.
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname
  return new Promise(resolve => {
    const socket = process.getBuiltinModule('node:tls').connect({
      host,
      port: Number(url.port || 80),
      // SNI takes names only (an IP address there is deprecated and warned about).
      ...(isIP(host) ? {} : { servername: host }),
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

/**
 * Whether host:port answers a plain HTTP request with HTTP (its first bytes are `HTTP/`); any
 * error, a close or 2 s of silence is a no.
 */
function speaksPlainHttp(url: URL): Promise<boolean> {
  return new Promise(resolve => {
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname
    const socket = connect({ host, port: Number(url.port || 443), timeout: 2000 })
    let answer = ''
    const done = (speaks: boolean) => {
      socket.destroy()
      resolve(speaks)
    }
    socket.setEncoding('latin1')
    socket.on('data', (chunk: string) => {
      answer += chunk
      if (answer.length >= 5) done(answer.startsWith('HTTP/'))
    })
    socket.once('end', () => done(false))
    socket.once('error', () => done(false))
    socket.once('timeout', () => done(false))
    socket.write(`HEAD / HTTP/1.0\r\nHost: ${url.host}\r\n\r\n`)
  })
}

/** Node's HTTP parser refused the answer (llhttp's HPE_ codes). */
function notHttpAnswer(
  failure: TransportError,
  host: DisplayText,
  via: DisplayText,
  code: DisplayText
): DisplayText {
  const why =
    failure.code === 'HPE_HEADER_OVERFLOW'
      ? display`: its headers are larger than Node reads (16 KiB)`
      : display``
  return display`${host}${via} sent an answer that is not valid HTTP (${code})${why}`
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
export function describe(
  failure: TransportError,
  boundary: TrustBoundary,
  route?: Route
): DisplayText {
  const code = boundary.text(failure.code, 64)
  const host = route?.host ?? display`the host`
  const via = route?.proxy ? display` via proxy ${route.proxy}` : display``
  if (failure.code.startsWith('HPE_')) return notHttpAnswer(failure, host, via, code)
  switch (failure.code) {
    case 'ELOCAL':
      return display`the request could not be made here, so nothing was sent: ${boundary.text(failure.description)}`
    case 'EUPGRADE':
    case 'ECLOSED':
      return display`${host}${via}: ${boundary.text(failure.description)}`
    case 'CANCELLED':
      return display`cancelled before the request reached ${host}`
    case 'CANCELLED_SENT':
      return display`cancelled while waiting for ${host} to answer; the platform may have received it and started the refresh`
    case 'TIMEOUT':
      return display`${host}${via} sent no answer within ${(failure.afterMs ?? 0) / 1000} s`
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
