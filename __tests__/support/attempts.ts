import { answeredAttempt, unansweredAttempt, type Attempt } from '../../src/platform/attempt.js'
import type { HttpReply } from '../../src/platform/verdict.js'
import { TrustBoundary } from '../../src/trust.js'

export const testBoundary = new TrustBoundary(['s3cr3t-value'])

/** An attempt as the client classifies an HTTP answer. */
export function answered(reply: HttpReply & { retryAfter?: string }): Attempt {
  return answeredAttempt(reply, testBoundary, 0)
}

/** An attempt as the client classifies a transport error with this code. */
export function unanswered(code: string, message = code): Attempt {
  return unansweredAttempt(Object.assign(new Error(message), { code }), testBoundary)
}

export const accepted = (traceId: string): Attempt =>
  answered({ status: 200, body: JSON.stringify({ code: '200', succeed: true, traceId }) })

export const refused = (errorMsg: string): Attempt =>
  answered({ status: 200, body: JSON.stringify({ code: '500', succeed: false, errorMsg }) })
