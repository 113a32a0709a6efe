/**
 * The one retry loop on its own: what it reports of a series (attempts, whether anything was
 * heard, how it ended) and when it stops sending. Triggers, the token request and status reads
 * are each tested through it elsewhere; these are the loop's own rules.
 */
import { describe, expect, it } from '@jest/globals'
import type { Attempt, AttemptEnd } from '../../src/platform/attempt.js'
import { failedVerdict } from '../../src/platform/verdict.js'
import { retrying, type RetryNoticeBase, type RetryStage } from '../../src/run/retry-loop.js'
import { display } from '../../src/trust.js'
import { accepted, answered, unanswered } from '../support/attempts.js'
import { testStage } from '../support/stage.js'

const policy = { retries: 3, baseDelayMs: 1000, maxDelayMs: 30_000, retryAfterCapMs: 60_000 }
const busy = answered({ status: 503, body: '' })
const rateLimited = answered({ status: 429, body: '' })
const silent = unanswered('ECONNREFUSED')
/** An answer that is not HTTP, retried here as a proxy's garbled answer might be. */
const notHttp: Attempt = { ...unanswered('HPE_INVALID_CONSTANT'), retryable: true }
const cancelled = (sent: boolean): Attempt => ({
  verdict: failedVerdict(display`cancelled`),
  retryable: false,
  end: { kind: 'cancelled', sent }
})
/** A retryable failure that carries no reason of its own. */
const reasonless = (end: AttemptEnd): Attempt => ({
  verdict: { ...failedVerdict(display`x`), reason: null },
  retryable: true,
  end
})

/** Sends the scripted attempts in turn (`undefined`: a request that was never made). */
async function series(script: Array<Attempt | undefined>, stage: Partial<RetryStage> = {}) {
  const notices: RetryNoticeBase[] = []
  const sleeps: number[] = []
  let sent = 0
  const run = await retrying(
    async () => script[sent++],
    policy,
    testStage({ sleep: async ms => void sleeps.push(ms), ...stage }),
    notice => notices.push(notice)
  )
  return { run, notices, sleeps, sent }
}

describe('retrying: what a series comes to', () => {
  it('ends at the first final attempt, with nothing cancelled or out of time', async () => {
    const ok = accepted('tr-1')
    const { run, sent } = await series([busy, ok, busy])
    expect(sent).toBe(2)
    expect(run).toEqual({
      last: ok,
      attempts: 2,
      answered: true,
      invalidHttp: false,
      cancelled: false,
      sentBeforeCancel: false,
      outOfTime: false
    })
  })

  it('counts only the network silence as nothing heard', async () => {
    expect((await series([silent, silent, silent, silent])).run.answered).toBe(false)
    expect((await series([notHttp, notHttp, notHttp, notHttp])).run.answered).toBe(false)
    expect((await series([silent, busy, silent, silent])).run.answered).toBe(true)
    const notSent: Attempt = { ...silent, retryable: false, end: { kind: 'not-sent' } }
    expect((await series([silent, notSent])).run.answered).toBe(true)
  })

  it('says the answer was not HTTP only when the last one was not', async () => {
    expect((await series([busy, busy, busy, notHttp])).run.invalidHttp).toBe(true)
    expect((await series([notHttp, notHttp, notHttp, busy])).run.invalidHttp).toBe(false)
  })

  it('counts a cancelled request as an attempt only when its bytes had gone out', async () => {
    const sentBefore = await series([busy, cancelled(true)])
    expect(sentBefore.run).toMatchObject({
      last: busy,
      attempts: 2,
      cancelled: true,
      sentBeforeCancel: true
    })
    const notSent = await series([busy, cancelled(false)])
    expect(notSent.run).toMatchObject({ attempts: 1, cancelled: true, sentBeforeCancel: false })
  })

  it('reports a request never made as no attempt and no cancellation', async () => {
    const { run } = await series([busy, undefined])
    expect(run).toMatchObject({
      last: busy,
      attempts: 1,
      cancelled: false,
      sentBeforeCancel: false
    })
  })

  it('says whether a cut-off request was cut by the deadline', async () => {
    expect((await series([cancelled(true)], { outOfTime: () => true })).run.outOfTime).toBe(true)
    expect((await series([cancelled(true)], { outOfTime: () => false })).run.outOfTime).toBe(false)
  })
})

describe('retrying: when it sends again', () => {
  it('stops, out of time, when the next pause would pass the deadline', async () => {
    const { run, sent, notices, sleeps } = await series([busy, busy], { fits: () => false })
    expect(run).toMatchObject({ attempts: 1, outOfTime: true, last: busy })
    expect([sent, notices, sleeps]).toEqual([1, [], []])
  })

  it('sends nothing more once the run stops during a pause', async () => {
    let stopped = false
    const stage = { sleep: async () => void (stopped = true), stopped: () => stopped }
    const { run, sent } = await series([busy, busy, busy], stage)
    expect(sent).toBe(1)
    expect(run).toMatchObject({ attempts: 1, outOfTime: false, cancelled: false })
  })

  it('tells each retry with its reason, and a refusal for pace as not spending a retry', async () => {
    const script = [busy, rateLimited, reasonless({ kind: 'silent' }), accepted('tr-1')]
    const { notices } = await series(script)
    expect(notices.map(notice => [notice.attempt, notice.counted, notice.reason])).toEqual([
      [1, true, busy.verdict.reason],
      [2, false, rateLimited.verdict.reason],
      [3, true, 'transient failure']
    ])
  })
})
