import type { ApiKeyPair, HeaderCredential } from '../inputs/credentials.js'
import type { AnyMetricsClient } from '../platform/client.js'
import type { RetryPolicy } from '../platform/retry-policy.js'
import { failedVerdict, type Verdict } from '../platform/verdict.js'
import { display } from '../trust.js'
import type { TokenAttempt } from '../platform/token-answer.js'
import { retrying, type Retried, type RetryNoticeBase, type RetryStage } from './retry-loop.js'

/**
 * Why no token came, by kind: the step's cause names a refused key pair only when token/create
 * answered with a refusal it meant (not a 5xx, a silence or a token it could not use).
 */
export type TokenFailure =
  'refused' | 'failing' | 'unusable' | 'unreachable' | 'invalid-http' | 'not-sent' | 'cancelled'

export type TokenOutcome =
  { credential: HeaderCredential } | { failed: Verdict; attempts: number; kind: TokenFailure }

/**
 * Exchanges an API key pair for a TOKEN credential, once per run, through the same retry loop
 * and rules as a trigger. `onToken` masks the token the moment it arrives.
 */
export async function exchangeToken(
  client: AnyMetricsClient,
  pair: ApiKeyPair,
  policy: RetryPolicy,
  stage: RetryStage,
  hooks: { onToken(token: string): void; onRetry(notice: RetryNoticeBase): void },
  signal?: AbortSignal
): Promise<TokenOutcome> {
  const run = await retrying(
    () => client.createToken(pair, hooks.onToken, signal),
    policy,
    stage,
    hooks.onRetry
  )
  const token = run.last?.token
  if (token !== undefined)
    return { credential: { kind: 'header', authType: 'TOKEN', authValue: token } }
  return {
    failed: run.last?.verdict ?? failedVerdict(display`cancelled before the platform answered`),
    attempts: run.attempts,
    kind: failureOf(run)
  }
}

function failureOf(run: Retried<TokenAttempt>): TokenFailure {
  const last = run.last
  if (run.cancelled || !last) return 'cancelled'
  switch (last.end.kind) {
    case 'answered':
      if (last.unusable) return 'unusable'
      return last.retryable ? 'failing' : 'refused'
    case 'silent':
      return 'unreachable'
    case 'invalid-http':
      return 'invalid-http'
    case 'not-sent':
      return 'not-sent'
    default:
      return 'cancelled'
  }
}
