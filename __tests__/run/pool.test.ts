import { describe, expect, it } from '@jest/globals'
import type { Attempt } from '../../src/platform/client.js'
import type { PlannedTrigger } from '../../src/inputs/trigger-plan.js'
import { RunControl } from '../../src/run/run-control.js'
import { fakeTimers } from '../support/fake-timers.js'
import { runPlan, type PlanOptions } from '../../src/run/pool.js'
import {
  accepted as acceptedAttempt,
  answered,
  refused as refusedAttempt,
  testBoundary
} from '../support/attempts.js'

const plan: PlannedTrigger[] = ['01', '02', '03', '04', '05', '06'].map(day => ({
  tableName: 'sr.`c.s`.orders',
  partition: `2024-07-${day}`
}))
const options: PlanOptions = {
  concurrency: 2,
  failFast: false,
  retryPolicy: { retries: 0, baseDelayMs: 1000, maxDelayMs: 30_000, retryAfterCapMs: 60_000 }
}
const accepted = acceptedAttempt
const refused = refusedAttempt('no such partition')

/**
 * A server whose answers are released by the test, so that concurrency is observed without
 * timing: every request waits until `answerNext` is called.
 */
function controlledServer(answer: (body: PlannedTrigger) => Attempt) {
  const pending: Array<() => void> = []
  const state = { inFlight: 0, maxInFlight: 0, sent: [] as string[] }
  const send = (body: PlannedTrigger): Promise<Attempt> => {
    state.sent.push(body.partition)
    state.inFlight++
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight)
    return new Promise(resolve =>
      pending.push(() => {
        state.inFlight--
        resolve(answer(body))
      })
    )
  }
  /** Answers every request as it arrives until the run settles, and returns its results. */
  const answerUntilDone = async <T>(running: Promise<T>): Promise<T> => {
    let settled = false
    void running.finally(() => (settled = true))
    while (!settled) {
      pending.splice(0).forEach(release => release())
      await new Promise(resolve => setImmediate(resolve))
    }
    return running
  }
  return { send, state, answerUntilDone }
}

function deps(send: (body: PlannedTrigger) => Promise<Attempt>, log: string[] = []) {
  let clock = 0
  return {
    send,
    sleep: async (ms: number) => void (clock += ms),
    random: () => 0,
    nowMs: () => clock,
    onRetry: () => undefined,
    boundary: testBoundary,
    control: new RunControl(),
    onFinished: (result: { partition: string }, finished: number, total: number) =>
      log.push(`[${finished}/${total}] ${result.partition}`)
  }
}

describe('runPlan', () => {
  it('never has more than `concurrency` triggers in flight and returns results in plan order', async () => {
    const server = controlledServer(body => accepted(`tr-${body.partition}`))
    const log: string[] = []
    const running = runPlan(plan, options, deps(server.send, log))
    await new Promise(resolve => setImmediate(resolve))
    expect(server.state.inFlight).toBe(2)
    const results = await server.answerUntilDone(running)
    expect(server.state.maxInFlight).toBe(2)
    expect(results.map(result => result.traceId)).toEqual(plan.map(t => `tr-${t.partition}`))
    expect(log).toHaveLength(6)
    expect(log[5]).toMatch(/^\[6\/6\] /)
  })

  it('goes on after a failure unless fail-fast is set', async () => {
    const answer = (body: PlannedTrigger) =>
      body.partition === '2024-07-02' ? refused : accepted('ok')
    const server = controlledServer(answer)
    const results = await server.answerUntilDone(runPlan(plan, options, deps(server.send)))
    expect(results.map(result => result.status)).toEqual([
      'succeeded',
      'failed',
      'succeeded',
      'succeeded',
      'succeeded',
      'succeeded'
    ])
  })

  it('with fail-fast starts nothing new after a failure, and reports the rest as skipped', async () => {
    const answer = (body: PlannedTrigger) =>
      body.partition === '2024-07-01' ? refused : accepted('ok')
    const server = controlledServer(answer)
    const results = await server.answerUntilDone(
      runPlan(plan, { ...options, failFast: true }, deps(server.send))
    )
    // 07-01 and 07-02 were in flight together; 07-01 failed, so nothing after 07-02 started.
    expect(server.state.sent).toEqual(['2024-07-01', '2024-07-02'])
    expect(results.map(result => [result.status, result.attempts])).toEqual([
      ['failed', 1],
      ['succeeded', 1],
      ['not-run', 0],
      ['not-run', 0],
      ['not-run', 0],
      ['not-run', 0]
    ])
    expect(results[2]!.errorMsg).toBe('not run: fail-fast stopped the run after a failure')
  })

  it('stops every worker when one throws (a bug) and rethrows the error', async () => {
    const sent: string[] = []
    const send = async (body: PlannedTrigger): Promise<Attempt> => {
      sent.push(body.partition)
      if (body.partition === '2024-07-02') throw new Error('bug in a worker')
      return accepted('ok')
    }
    await expect(runPlan(plan, options, deps(send))).rejects.toThrow('bug in a worker')
    // 07-01 and 07-02 start together; after 07-02 throws, only 07-01's worker may take one more.
    expect(sent.length).toBeLessThanOrEqual(3)
  })

  it('makes only the refused trigger wait out Retry-After; the others go on at half the level', async () => {
    const timers = fakeTimers()
    const sends: Array<[string, number]> = []
    const send = async (body: PlannedTrigger): Promise<Attempt> => {
      sends.push([body.partition, timers.now])
      return body.partition === '2024-07-01' && timers.now === 0
        ? answered({ status: 429, body: '', retryAfter: '3' })
        : accepted('ok')
    }
    const running = runPlan(
      plan,
      { ...options, retryPolicy: { ...options.retryPolicy, retries: 1 } },
      { ...deps(send), sleep: timers.sleep, nowMs: () => timers.now }
    )
    const results = await timers.runUntilDone(running)
    expect(results.every(result => result.status === 'succeeded')).toBe(true)
    // The pool did not stop: every other trigger went out before the refused one's retry.
    expect(sends.filter(([, at]) => at < 3000).map(([partition]) => partition)).toEqual(
      plan.map(trigger => trigger.partition)
    )
    expect(sends.at(-1)).toEqual(['2024-07-01', 3000])
  })
})
