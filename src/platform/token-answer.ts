/** token/create's answer: the TOKEN, masked the moment it arrives, and the verdict. */
import { display, type TrustBoundary } from '../trust.js'
import { answeredAttempt, refusedBy, type Attempt } from './attempt.js'
import type { RawReply } from './http-exchange.js'
import { isHeaderSafe } from '../inputs/text-rules.js'

/** token/create's attempt: its token when usable; `unusable` for a success that gave none. */
export type TokenAttempt = Attempt & { token?: string; unusable?: true }

/**
 * The token in `data` is handed to `onToken` (to be masked) before the answer is interpreted,
 * and counts only when the answer succeeds by the same rules as a trigger and `data` is a
 * non-empty string.
 */
export function tokenAttempt(
  reply: RawReply,
  boundary: TrustBoundary,
  onToken: (token: string) => void
): TokenAttempt {
  const token = tokenIn(reply.body)
  if (token !== undefined) onToken(token)
  const attempt = answeredAttempt(reply, boundary)
  if (!attempt.verdict.succeeded) return attempt
  if (token === undefined) {
    return {
      ...refusedBy(attempt, display`the token answer has no token (a non-empty string) in data`),
      unusable: true
    }
  }
  if (!isHeaderSafe(token)) {
    return {
      ...refusedBy(
        attempt,
        display`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`
      ),
      unusable: true
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
