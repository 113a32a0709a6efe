/**
 * Why no token came, by kind: only a refusal token/create meant is the key pair's; a failing
 * platform, silence, a token that cannot be used and a cancellation are said as what they are.
 */
import { describe, expect, it } from '@jest/globals'
import type { AnyMetricsClient } from '../../src/platform/client.js'
import { tokenAttempt, type TokenAttempt } from '../../src/platform/token-answer.js'
import { exchangeToken, type TokenOutcome } from '../../src/run/token-exchange.js'
import { testBoundary, unanswered } from '../support/attempts.js'
import { testStage } from '../support/stage.js'

const PAIR = { kind: 'api-key', appId: 'app', appSecret: 'secret' } as const

function answer(status: number, body: unknown): () => TokenAttempt {
  return () => tokenAttempt({ status, body: JSON.stringify(body) }, testBoundary, () => undefined)
}

async function exchange(
  send: () => TokenAttempt | undefined,
  stage = testStage()
): Promise<TokenOutcome> {
  const client = { createToken: async () => send() } as unknown as AnyMetricsClient
  const policy = { retries: 1, baseDelayMs: 0, maxDelayMs: 0, retryAfterCapMs: 0 }
  return exchangeToken(client, PAIR, policy, stage, {
    onToken: () => undefined,
    onRetry: () => undefined
  })
}

describe('exchangeToken: why no token came', () => {
  it.each([
    [
      'refused',
      'a refusal it meant',
      answer(200, { success: false, code: '401', errorMsg: 'invalid appId or appSecret' })
    ],
    ['failing', 'a 503 until the retries ran out', answer(503, 'busy')],
    ['unusable', 'a success with no token', answer(200, { success: true, code: '200', data: '' })],
    [
      'unusable',
      'a success with a token a header cannot carry',
      answer(200, { success: true, code: '200', data: 'a\nb' })
    ],
    ['unreachable', 'no answer', () => unanswered('ECONNREFUSED')],
    ['invalid-http', 'an answer that is not HTTP', () => unanswered('HPE_INVALID_CONSTANT')],
    ['not-sent', 'a request Node would not build', () => unanswered('ELOCAL')],
    ['cancelled', 'a cancellation before any answer', () => undefined]
  ])('%s: %s', async (kind, _what, send) => {
    const outcome = await exchange(send)
    expect('failed' in outcome && outcome.kind).toBe(kind)
  })

  it('a token that can be used is no failure', async () => {
    const outcome = await exchange(answer(200, { success: true, code: '200', data: 'tok-1' }))
    expect(outcome).toEqual({
      credential: { kind: 'header', authType: 'TOKEN', authValue: 'tok-1' }
    })
  })
})
