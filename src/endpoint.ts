import { RuleViolation } from './input-error.js'
import { hasControlCharacters } from './text-rules.js'

export const TRIGGER_PATH = '/anymetrics/api/v1/scheduler/task/trigger'

const HOST_FORM =
  'must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):// URL'
const SCHEME_PREFIX = /^[a-z][a-z0-9+.-]*:\/\//i
const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*)@/i

export interface Endpoint {
  /** Full URL of the trigger endpoint, without credentials. */
  url: string
  /** What logs and summaries may show: scheme, host, port and prefix, never credentials. */
  display: string
  /** Credentials given in the URL (`https://user:pass@gateway`), sent as HTTP Basic auth. */
  basicAuth?: { username: string; password: string }
}

/**
 * The secret parts of a host input, found without parsing it, so that they can be masked before
 * anything (even a refusal of a malformed host) is logged.
 */
export function secretsInHost(host: string): string[] {
  const userinfo = USERINFO.exec(host.trim())?.[2]
  if (!userinfo) return []
  const colon = userinfo.indexOf(':')
  if (colon < 0) return []
  const password = userinfo.slice(colon + 1)
  const secrets = [password, safeDecode(password)]
  const username = safeDecode(userinfo.slice(0, colon))
  secrets.push(basicToken(username, safeDecode(password)))
  return [...new Set(secrets.filter(secret => secret !== ''))]
}

export function basicToken(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`).toString('base64')
}

/** The host input as it may be shown: credentials replaced by `***`. */
export function hostForDisplay(host: string): string {
  return host.trim().replace(USERINFO, '$1***@')
}

export function parseHost(input: string): Endpoint {
  const host = input.trim()
  if (host === '') throw new RuleViolation('is required')
  if (hasControlCharacters(host) || /\s/.test(host)) {
    throw new RuleViolation('must not contain spaces or control characters', hostForDisplay(host))
  }
  const url = toUrl(host)
  const prefix = url.pathname.replace(/\/+$/, '')
  const basePath = prefix.endsWith(TRIGGER_PATH) ? prefix.slice(0, -TRIGGER_PATH.length) : prefix
  const display = `${url.protocol}//${url.host}${basePath}`
  const endpoint: Endpoint = { url: display + TRIGGER_PATH, display }
  if (url.username !== '' || url.password !== '') {
    endpoint.basicAuth = {
      username: safeDecode(url.username),
      password: safeDecode(url.password)
    }
  }
  return endpoint
}

function toUrl(host: string): URL {
  const hasScheme = SCHEME_PREFIX.test(host)
  const url = parseUrl(hasScheme ? host : `http://${host}`, host)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RuleViolation('must use http:// or https://', hostForDisplay(host))
  }
  if (url.hostname === '') throw new RuleViolation(HOST_FORM, hostForDisplay(host))
  if (!hasScheme && url.port === '') {
    throw new RuleViolation(
      'must include a port when no scheme is given (e.g. anymetrics.example.com:8083)',
      hostForDisplay(host)
    )
  }
  if (url.search !== '' || url.hash !== '') {
    throw new RuleViolation('must not contain a query (?) or fragment (#)', hostForDisplay(host))
  }
  return url
}

function parseUrl(candidate: string, original: string): URL {
  try {
    return new URL(candidate)
  } catch {
    throw new RuleViolation(HOST_FORM, hostForDisplay(original))
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
