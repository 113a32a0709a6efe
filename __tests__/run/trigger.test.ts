import { budgetAllowance } from '../support/stage.js'
import { describe, expect, it } from '@jest/globals'
import type { Attempt } from '../../src/platform/attempt.js'
import { runTrigger, type RetryNotice, type TriggerDeps } from '../../src/run/trigger.js'
import { display } from '../../src/trust.js'
import { accepted, answered, testBoundary, unanswered } from '../support/attempts.js'

const body = { tableName: 'starrocks.`c.s`.p_order', partition: '2024-07-17' }
const policy = { retries: 3, baseDelayMs: 1000, maxDelayMs: 30_000, retryAfterCapMs: 60_000 }
const ok = accepted('tr-ok')

/** Deps that answer from a script and record waits instead of sleeping. */
function scripted(answers: Attempt[]) {
  const waits: number[] = []
  const retries: RetryNotice[] = []
  let clock = 0
  let sent = 0
  const deps: TriggerDeps = {
    send: async () => {
      clock += 10
      return answers[Math.min(sent++, answers.length - 1)]!
    },
    sleep: async ms => {
      waits.push(ms)
      clock += ms
    },
    random: () => 0.5,
    nowMs: () => clock,
    onRetry: notice => retries.push(notice),
    boundary: testBoundary,
    stopped: () => false,
    fits: () => true,
    outOfTime: () => false,
    requests: budgetAllowance,
    notRunReason: () => display`not run`
  }
  return { deps, waits, retries, sentCount: () => sent }
}

describe('runTrigger', () => {
  it('reports a success after one attempt', async () => {
    const { deps, waits } = scripted([ok])
    const result = await runTrigger(body, policy, deps)
    expect(result).toMatchObject({
      tableName: body.tableName,
      partition: '2024-07-17',
      status: 'succeeded',
      traceId: 'tr-ok',
      attempts: 1,
      durationMs: 10
    })
    expect(waits).toEqual([])
  })

  it('retries 503 with backoff and reports how many attempts it took', async () => {
    const { deps, waits, retries } = scripted([
      answered({ status: 503, body: '' }),
      answered({ status: 503, body: '' }),
      ok
    ])
    const result = await runTrigger(body, policy, deps)
    expect(result).toMatchObject({ status: 'succeeded', attempts: 3 })
    expect(waits).toEqual([500, 1000])
    expect(retries.map(r => [r.attempt, r.maxAttempts, r.waitMs])).toEqual([
      [1, 4, 500],
      [2, 4, 1000]
    ])
    expect(retries[0]!.reason).toContain('HTTP 503')
  })

  it('waits what Retry-After asks for on 429', async () => {
    const { deps, waits } = scripted([answered({ status: 429, body: '', retryAfter: '7' }), ok])
    await runTrigger(body, policy, deps)
    expect(waits).toEqual([7000])
  })

  it('retries a refused connection and a timeout, which are transient', async () => {
    const { deps, sentCount } = scripted([unanswered('ECONNREFUSED'), unanswered('ETIMEDOUT'), ok])
    expect((await runTrigger(body, policy, deps)).status).toBe('succeeded')
    expect(sentCount()).toBe(3)
  })

  it('gives up after the last retry with the last reason', async () => {
    const { deps, sentCount } = scripted([answered({ status: 502, body: '<h1>Bad Gateway</h1>' })])
    const result = await runTrigger(body, policy, deps)
    expect(sentCount()).toBe(4)
    expect(result).toMatchObject({ status: 'failed', attempts: 4 })
    expect(result.errorMsg).toContain('HTTP 502')
  })

  it('does not retry when retries is 0', async () => {
    const { deps, sentCount } = scripted([answered({ status: 503, body: '' }), ok])
    const result = await runTrigger(body, { ...policy, retries: 0 }, deps)
    expect(result.status).toBe('failed')
    expect(sentCount()).toBe(1)
  })

  it.each([
    [
      'a 2xx with an errorMsg',
      answered({
        status: 200,
        body: JSON.stringify({ success: true, code: '200', errorMsg: 'no' })
      })
    ],
    ['HTTP 500', answered({ status: 500, body: '' })],
    ['HTTP 401', answered({ status: 401, body: '' })]
  ])('treats %s as final', async (_what, reply) => {
    const { deps, sentCount } = scripted([reply, ok])
    expect((await runTrigger(body, policy, deps)).status).toBe('failed')
    expect(sentCount()).toBe(1)
  })

  it('does not retry a permanent network error such as an unknown host', async () => {
    const { deps, sentCount } = scripted([unanswered('ENOTFOUND'), ok])
    const result = await runTrigger(body, policy, deps)
    expect(result).toMatchObject({
      status: 'failed',
      errorMsg: 'name not found by the host (ENOTFOUND)',
      attempts: 1
    })
    expect(sentCount()).toBe(1)
  })
})
