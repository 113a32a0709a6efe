import type { ApiKeyPair, HeaderCredential } from '../inputs/credentials.js'
import type { AnyMetricsClient } from '../platform/client.js'
import type { RetryPolicy } from '../platform/retry-policy.js'
import { failedVerdict, type Verdict } from '../platform/verdict.js'
import { display } from '../trust.js'
import { retrying, type RetryNoticeBase, type RetryStage } from './retry-loop.js'

export type TokenOutcome = { credential: HeaderCredential } | { failed: Verdict; attempts: number }

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
    attempts: run.attempts
  }
}
