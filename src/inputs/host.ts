import { basicToken } from '../trust.js'
import { RuleViolation } from './refusals.js'
import { hasControlCharacters } from './text-rules.js'

const HOST_FORM =
  'must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):// URL'
const SCHEME_PREFIX = /^[a-z][a-z0-9+.-]*:\/\//i
// Where the URL standard ends the authority (host:port, with any userinfo@ before it).
const AUTHORITY_END = /[/?#\\]/

/** The host input, read: where the platform is, and any credentials the URL carried. */
export interface Host {
  /** Scheme, host, port and any path prefix, without credentials or trailing slashes. */
  base: string
  /** Credentials given in the URL (`https://user:pass@gateway`), sent as HTTP Basic auth. */
  basicAuth?: { username: string; password: string }
}

interface TypedUserinfo {
  scheme: string
  userinfo: string
  rest: string
  /**
   * A / ? # or \ before the last @ ends the authority there, so the URL standard would read the
   * credentials differently from how they were typed (or find none): the host is refused.
   */
  ambiguous: boolean
}

/**
 * The `user:password@` or `token@` part of a host, as typed, with or without a scheme: everything
 * up to the last @. Where no / ? # comes before that @, the URL standard reads the same.
 */
function typedUserinfo(host: string): TypedUserinfo | undefined {
  const scheme = SCHEME_PREFIX.exec(host)?.[0] ?? ''
  const afterScheme = host.slice(scheme.length)
  const at = afterScheme.lastIndexOf('@')
  if (at < 0) return undefined
  const authorityEnd = afterScheme.search(AUTHORITY_END)
  return {
    scheme,
    userinfo: afterScheme.slice(0, at),
    rest: afterScheme.slice(at + 1),
    ambiguous: authorityEnd >= 0 && authorityEnd < at
  }
}

/**
 * The secret parts of a host input, found without parsing it, so that they can be masked before
 * anything (even a refusal of a malformed host) is logged: the password as typed and decoded, a
 * user name given alone (a token), and the Basic auth header value made of them.
 */
export function secretsInHost(host: string): string[] {
  const typed = typedUserinfo(host.trim())
  if (!typed || typed.userinfo === '') return []
  const { userinfo } = typed
  const colon = userinfo.indexOf(':')
  const username = colon < 0 ? userinfo : userinfo.slice(0, colon)
  const password = colon < 0 ? '' : userinfo.slice(colon + 1)
  const secret = colon < 0 ? username : password
  const secrets = [
    secret,
    safeDecode(secret),
    basicToken(safeDecode(username), safeDecode(password))
  ]
  if (typed.ambiguous) secrets.push(userinfo)
  return [...new Set(secrets.filter(value => value !== ''))]
}

/** The host input as it may be shown: credentials replaced by `***`. */
function hostForDisplay(host: string): string {
  const typed = typedUserinfo(host.trim())
  const shown = typed ? `${typed.scheme}***@${typed.rest}` : host.trim()
  return withoutQuery(shown)
}

/** A query or fragment can carry a token (`?access_token=…`): never shown. */
function withoutQuery(host: string): string {
  const scheme = SCHEME_PREFIX.exec(host)?.[0] ?? ''
  const rest = host.slice(scheme.length)
  const cut = rest.search(/[?#]/)
  return cut < 0 ? host : `${scheme}${rest.slice(0, cut)}${rest[cut]}…`
}

export function parseHost(input: string): Host {
  const host = input.trim()
  if (host === '') throw new RuleViolation('is required')
  if (hasControlCharacters(host) || /\s/.test(host)) {
    throw new RuleViolation('must not contain spaces or control characters', hostForDisplay(host))
  }
  if (typedUserinfo(host)?.ambiguous) {
    throw new RuleViolation(
      'must percent-encode / ? # in a user name or password (user:p%2Fss@host), and @ in a path (%40)',
      hostForDisplay(host)
    )
  }
  const url = toUrl(host)
  const prefix = url.pathname.replace(/\/+$/, '')
  const read: Host = { base: `${url.protocol}//${url.host}${prefix}` }
  if (url.username !== '' || url.password !== '') {
    read.basicAuth = {
      username: safeDecode(url.username),
      password: safeDecode(url.password)
    }
  }
  return read
}

function toUrl(host: string): URL {
  const hasScheme = SCHEME_PREFIX.test(host)
  const url = parseUrl(hasScheme ? host : `http://${host}`, host)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RuleViolation('must use http:// or https://', hostForDisplay(host))
  }
  if (!hasScheme && url.port === '') {
    throw new RuleViolation(
      'must include a port when no scheme is given (e.g. anymetrics.example.com:8083)',
      hostForDisplay(host)
    )
  }
  // Judged on the text as typed: `host:8083?` and `host:8083#` have an empty query or
  // fragment, which URL reports as none. (A ? or # in the credentials was refused already.)
  if (/[?#]/.test(host)) {
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
