import type { AnyMetricsClient } from '../platform/client.js'
import { failedVerdict, type Verdict } from '../platform/verdict.js'
import type { RetryPolicy } from '../platform/retry-policy.js'
import { retrying, type RetryStage } from './trigger.js'
import { display, type DisplayText } from '../trust.js'

export type TokenOutcome = { token: string } | { failed: Verdict; attempts: number }

/**
 * Exchanges an API key pair for a TOKEN, once per run, through the same retry stage and rules
 * as a trigger. `onToken` masks the token the moment it arrives.
 */
export async function exchangeToken(
  client: AnyMetricsClient,
  pair: { appId: string; appSecret: string },
  policy: RetryPolicy,
  stage: RetryStage,
  hooks: {
    onToken(token: string): void
    onRetry(attempt: number, maxAttempts: number, reason: DisplayText, waitMs: number): void
  },
  signal?: AbortSignal
): Promise<TokenOutcome> {
  let token: string | undefined
  const run = await retrying(
    async () => {
      const attempt = await client.createToken(pair, hooks.onToken, signal)
      token = attempt.token
      return attempt
    },
    policy,
    stage,
    hooks.onRetry
  )
  if (token !== undefined) return { token }
  return {
    failed: run.last?.verdict ?? failedVerdict(display`cancelled before the platform answered`),
    attempts: run.attempts
  }
}
