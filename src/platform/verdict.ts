import { display, type DisplayText, type TrustBoundary } from '../trust.js'
import { hostPathOf } from './endpoints.js'

/** What the client hands over from one HTTP exchange, raw. */
export interface HttpReply {
  status: number
  body: string
  /** The Location header of a redirect. */
  location?: string
  /** The URL called, built from the host's base without credentials: a 404 names it. */
  url?: string
}

/** The platform's answer, read liberally; success is decided strictly. */
export interface Verdict {
  succeeded: boolean
  code: DisplayText | null
  traceId: DisplayText | null
  data: DisplayText | null
  /** On failure: the platform's errorMsg (with detailErrorMsg), or the action's own reason. */
  reason: DisplayText | null
  /** On success: something worth a warning (the platform answered `data: "false"`). */
  warning: DisplayText | null
}

// The platform documents these maxima; a longer value is cut, not trusted.
const MAX_CODE_LENGTH = 32
const MAX_TRACE_ID_LENGTH = 128
// Nested values (an object in `data`) are rendered this deep and this long at most.
const MAX_JSON_DEPTH = 8
const MAX_JSON_CHARACTERS = 4096

/**
 * Success is HTTP 2xx, a JSON object, `succeed === true` (or `success === true` when `succeed`
 * is absent, as the platform's other endpoints name it), `code` 200 as a string or number, and
 * no non-empty errorMsg. Anything else is a failure, whatever the flag says.
 */
export function interpretReply(reply: HttpReply, boundary: TrustBoundary): Verdict {
  if (isRedirect(reply.status)) return redirectVerdict(reply, boundary)
  const body = parseJsonObject(reply.body)
  if (!body) return notJsonVerdict(reply, boundary)
  const fields = readFields(body, boundary)
  const reason = failureReason(reply, body, fields, boundary)
  return {
    succeeded: reason === null,
    code: fields.code,
    traceId: fields.traceId,
    data: fields.data,
    reason,
    warning:
      reason === null && anyText(body.data)?.trim() === 'false'
        ? display`the platform answered data "false"`
        : null
  }
}

/** A verdict the action reaches itself (no answer, a refused token…): a failure with a reason. */
export function failedVerdict(reason: DisplayText): Verdict {
  return { succeeded: false, code: null, traceId: null, data: null, reason, warning: null }
}

function isHttpSuccess(status: number): boolean {
  return status >= 200 && status < 300
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304
}

type Fields = Pick<Verdict, 'code' | 'traceId' | 'data'> & {
  errorMsg: DisplayText | null
  detailErrorMsg: DisplayText | null
}

/** A scalar field as the platform wrote it, trimmed; never shown, only judged. */
function rawText(value: unknown): string | null {
  return isScalar(value) ? String(value).trim() : null
}

function readFields(body: Record<string, unknown>, boundary: TrustBoundary): Fields {
  const text = (value: unknown, limit?: number): DisplayText | null => {
    const raw = anyText(value)
    return raw === null || raw.trim() === '' ? null : boundary.text(raw, limit)
  }
  const code = isScalar(body.code) ? anyText(body.code) : null
  return {
    // The code is judged (200 or not): an identifier, not free text, so a secret of a few
    // characters masks it only when it is the whole code.
    code: code === null || code.trim() === '' ? null : boundary.identifier(code, MAX_CODE_LENGTH),
    traceId: isScalar(body.traceId) ? text(body.traceId, MAX_TRACE_ID_LENGTH) : null,
    data: text(body.data),
    errorMsg: text(body.errorMsg),
    detailErrorMsg: text(body.detailErrorMsg)
  }
}

function failureReason(
  reply: HttpReply,
  body: Record<string, unknown>,
  fields: Fields,
  boundary: TrustBoundary
): DisplayText | null {
  const platformReason = withDetail(fields.errorMsg, fields.detailErrorMsg)
  if (!isHttpSuccess(reply.status)) {
    const status = statusOf(reply, boundary)
    const advice = notFoundAdvice(reply, boundary)
    if (platformReason !== null) return display`${status}: ${platformReason}${advice}`
    return display`${status}${codeSuffix(fields.code)}${advice}`
  }
  if (platformReason !== null) return platformReason
  const flag = successFlag(body, boundary)
  if (flag.value !== true) {
    return flag.name === null
      ? display`the response has neither "succeed" nor "success"${codeSuffix(fields.code)}`
      : display`the platform answered ${flag.name}: ${flag.shown}${codeSuffix(fields.code)}`
  }
  // Judged on the raw value: a short credential ("2") must not mask "200" into a failure.
  if (rawText(body.code) !== '200') {
    return fields.code === null
      ? display`the platform answered code null`
      : display`the platform answered code "${fields.code}"`
  }
  return null
}

function withDetail(errorMsg: DisplayText | null, detail: DisplayText | null): DisplayText | null {
  if (errorMsg === null) return detail
  return detail === null || detail === errorMsg ? errorMsg : display`${errorMsg}: ${detail}`
}

function successFlag(
  body: Record<string, unknown>,
  boundary: TrustBoundary
): { name: DisplayText | null; value: unknown; shown: DisplayText } {
  if ('succeed' in body) return { name: display`succeed`, ...flagValue(body.succeed, boundary) }
  if ('success' in body) return { name: display`success`, ...flagValue(body.success, boundary) }
  return { name: null, value: undefined, shown: display`` }
}

function flagValue(value: unknown, boundary: TrustBoundary) {
  return { value, shown: boundary.text(boundedJson(value), 60) }
}

function codeSuffix(code: DisplayText | null): DisplayText {
  return code === null ? display`` : display` (code ${code})`
}

function redirectVerdict(reply: HttpReply, boundary: TrustBoundary): Verdict {
  const where = reply.location
    ? boundary.text(reply.location, 300)
    : display`an address it did not give`
  return failedVerdict(
    display`HTTP ${reply.status} redirect to ${where}: the action does not follow redirects, set host to the final address`
  )
}

function notJsonVerdict(reply: HttpReply, boundary: TrustBoundary): Verdict {
  const excerpt = boundary.excerpt(reply.body)
  const what =
    reply.body.trim() === ''
      ? display`an empty body`
      : excerpt === ''
        ? display`a page of markup with no text, not a JSON object`
        : display`a body that is not a JSON object: ${excerpt}`
  const status = statusOf(reply, boundary)
  return failedVerdict(display`${status} with ${what}${notFoundAdvice(reply, boundary)}`)
}

/**
 * `HTTP 404 from URL`: the same 404 for every call says little, while the URL shows the host's
 * path that usually causes it. Other statuses come from a platform that was found.
 */
function statusOf(reply: HttpReply, boundary: TrustBoundary): DisplayText {
  const url = notFoundUrl(reply)
  if (url === undefined) return display`HTTP ${reply.status}`
  // Built without credentials already; cleared again so that none can ever be shown.
  url.username = ''
  url.password = ''
  return display`HTTP 404 from ${boundary.text(url.href)}`
}

/**
 * What to do about a 404: the host's path. Certain when it holds the API's own path (pasted
 * from the reference: the action adds it); a hint for any other path; without one, the host
 * may not be the platform at all.
 */
function notFoundAdvice(reply: HttpReply, boundary: TrustBoundary): DisplayText {
  const url = notFoundUrl(reply)
  if (url === undefined) return display``
  const { prefix, pastedApiPath } = hostPathOf(url)
  if (pastedApiPath !== undefined) {
    return display`; the host input should be scheme://host:port (with a gateway prefix only if there is one): drop ${boundary.text(pastedApiPath)}`
  }
  if (prefix !== '') {
    return display`; check the host's path ${boundary.text(prefix)}: the host input should be scheme://host:port, with a gateway prefix only if there is one`
  }
  return display`; check that the host input is the AnyMetrics platform's scheme://host:port (it usually listens on 8083)`
}

function notFoundUrl(reply: HttpReply): URL | undefined {
  if (reply.status !== 404 || reply.url === undefined) return undefined
  // Not URL.parse: Node 20 lacks it.
  try {
    return new URL(reply.url)
  } catch {
    return undefined
  }
}

/**
 * The body as a JSON object. A body that does not start as one (a gateway's HTML page) is not
 * given to JSON.parse at all: a SyntaxError from JSON.parse holds on to its source past the
 * young generation's collections (2,000 failed parses of fresh 100 KB pages peak at 235 MiB in a
 * bare loop, 2,000 that succeed at 63 MiB).
 */
function parseJsonObject(text: string): Record<string, unknown> | null {
  if (!OBJECT_START.test(text)) return null
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/** A JSON object's first character, after JSON's white space. */
const OBJECT_START = /^[ \t\n\r]*\{/

function isScalar(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number'
}

function anyText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'string' ? value : boundedJson(value)
}

/**
 * JSON for a value the platform nested where text was expected. JSON.stringify recurses without
 * bound and throws on deep nesting; this stops at a depth and a length, and never throws.
 */
export function boundedJson(value: unknown): string {
  const out: string[] = []
  let length = 0
  const emit = (text: string): boolean => {
    out.push(text)
    length += text.length
    return length < MAX_JSON_CHARACTERS
  }
  const walk = (node: unknown, depth: number): boolean => {
    if (node === null || typeof node !== 'object') return emit(JSON.stringify(node) ?? 'null')
    if (depth >= MAX_JSON_DEPTH) return emit('…')
    const entries: Array<[string | null, unknown]> = Array.isArray(node)
      ? node.map(item => [null, item])
      : Object.entries(node)
    if (!emit(Array.isArray(node) ? '[' : '{')) return false
    for (const [index, [key, item]] of entries.entries()) {
      if (index > 0 && !emit(',')) return false
      if (key !== null && !emit(`${JSON.stringify(key)}:`)) return false
      if (!walk(item, depth + 1)) return false
    }
    return emit(Array.isArray(node) ? ']' : '}')
  }
  walk(value, 0)
  const text = out.join('')
  return length < MAX_JSON_CHARACTERS ? text : `${text.slice(0, MAX_JSON_CHARACTERS)}…`
}
