/** What the client hands back from one HTTP exchange. */
export interface HttpReply {
  status: number
  body: string
  retryAfter?: string
}

/** The platform's answer, read liberally; `success` is decided strictly. */
export interface Verdict {
  success: boolean
  code: string | null
  traceId: string | null
  data: string | null
  /** On failure: the platform's errorMsg (with detailErrorMsg), or the action's own reason. */
  errorMsg: string | null
  /** On success: something worth a warning (the platform answered `data: "false"`). */
  warning: string | null
}

const EXCERPT_LENGTH = 200

/**
 * Success is HTTP 2xx, a JSON object, `succeed === true` (or `success === true` when `succeed`
 * is absent, as the platform's other endpoints name it), `code` 200 as a string or number, and
 * no non-empty errorMsg. Anything else is a failure, whatever the flag says.
 */
export function interpretReply(reply: HttpReply): Verdict {
  const body = parseJsonObject(reply.body)
  if (!body) return notJson(reply)
  const fields = readFields(body)
  const reason = failureReason(reply.status, body, fields)
  return {
    success: reason === null,
    code: fields.code,
    traceId: fields.traceId,
    data: fields.data,
    errorMsg: reason,
    warning:
      reason === null && fields.data === 'false' ? 'the platform answered data "false"' : null
  }
}

function isHttpSuccess(status: number): boolean {
  return status >= 200 && status < 300
}

type Fields = Pick<Verdict, 'code' | 'traceId' | 'data'> & {
  errorMsg: string | null
  detailErrorMsg: string | null
}

function readFields(body: Record<string, unknown>): Fields {
  return {
    code: scalarText(body.code),
    traceId: scalarText(body.traceId),
    data: anyText(body.data),
    errorMsg: nonBlank(anyText(body.errorMsg)),
    detailErrorMsg: nonBlank(anyText(body.detailErrorMsg))
  }
}

function failureReason(
  status: number,
  body: Record<string, unknown>,
  fields: Fields
): string | null {
  const platformReason = fields.errorMsg ?? fields.detailErrorMsg
  const detail =
    fields.errorMsg !== null &&
    fields.detailErrorMsg !== null &&
    fields.detailErrorMsg !== fields.errorMsg
      ? `: ${fields.detailErrorMsg}`
      : ''
  const httpPrefix = isHttpSuccess(status) ? '' : `HTTP ${status}: `
  if (platformReason !== null) return `${httpPrefix}${platformReason}${detail}`
  if (!isHttpSuccess(status)) return `HTTP ${status}${codeSuffix(fields.code)}`
  const flag = successFlag(body)
  if (flag.value !== true) {
    return flag.name === null
      ? `the response has neither "succeed" nor "success"${codeSuffix(fields.code)}`
      : `the platform answered ${flag.name}: ${JSON.stringify(flag.value)}${codeSuffix(fields.code)}`
  }
  if (fields.code?.trim() !== '200') {
    return `the platform answered code ${fields.code === null ? 'null' : JSON.stringify(fields.code)}`
  }
  return null
}

function successFlag(body: Record<string, unknown>): { name: string | null; value: unknown } {
  if ('succeed' in body) return { name: 'succeed', value: body.succeed }
  if ('success' in body) return { name: 'success', value: body.success }
  return { name: null, value: undefined }
}

function codeSuffix(code: string | null): string {
  return code === null ? '' : ` (code ${code})`
}

function notJson(reply: HttpReply): Verdict {
  const excerpt = safeExcerpt(reply.body)
  const what = excerpt === '' ? 'an empty body' : `a body that is not a JSON object: ${excerpt}`
  return {
    success: false,
    code: null,
    traceId: null,
    data: null,
    errorMsg: `HTTP ${reply.status} with ${what}`,
    warning: null
  }
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

function scalarText(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

function anyText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function nonBlank(text: string | null): string | null {
  return text === null || text.trim() === '' ? null : text.trim()
}

/** A short, single-line excerpt of a body that may be an HTML error page from a gateway. */
export function safeExcerpt(body: string): string {
  const text = body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\s]+/g, ' ')
    .trim()
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text
}
