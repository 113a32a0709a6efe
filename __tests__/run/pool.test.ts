import { describe, expect, it } from '@jest/globals'
import type { Attempt } from '../../src/platform/attempt.js'
import type { PlannedTrigger } from '../../src/inputs/trigger-plan.js'
import type { Clock } from '../../src/run/clock.js'
import { RunBudget } from '../../src/run/run-budget.js'
import { RunControl } from '../../src/run/run-control.js'
import { fakeTimers } from '../support/fake-timers.js'
import { runPool, type PoolOptions } from '../../src/run/pool.js'
import {
  accepted as acceptedAttempt,
  answered,
  refused as refusedAttempt,
  testBoundary
} from '../support/attempts.js'
import { unanswered } from '../support/attempts.js'

const plan: PlannedTrigger[] = ['01', '02', '03', '04', '05', '06'].map(day => ({
  tableName: 'sr.`c.s`.orders',
  partition: `2024-07-${day}`
}))
const options: PoolOptions = {
  concurrency: 2,
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

/** Pool deps over a clock of their own (time passes only by sleeping), or the one given. */
function deps(
  send: (body: PlannedTrigger) => Promise<Attempt>,
  log: string[] = [],
  options: { clock?: Clock; failFast?: boolean; plan?: readonly PlannedTrigger[] } = {}
) {
  let now = 0
  const clock: Clock = options.clock ?? {
    sleep: async (ms: number) => void (now += ms),
    random: () => 0,
    nowMs: () => now
  }
  const control = new RunControl()
  return {
    send,
    onRetry: () => undefined,
    boundary: testBoundary,
    control,
    budget: new RunBudget(clock, control, {
      plan: options.plan ?? plan,
      failFast: options.failFast ?? false
    }),
    onFinished: (result: { partition: string }, finished: number, total: number) =>
      log.push(`[${finished}/${total}] ${result.partition}`)
  }
}

/** The fake timers as a run's clock. */
function clockOf(timers: ReturnType<typeof fakeTimers>): Clock {
  return { sleep: ms => timers.sleep(ms), random: () => 0, nowMs: () => timers.now }
}

describe('runPool', () => {
  it('never has more than `concurrency` triggers in flight and returns results in plan order', async () => {
    const server = controlledServer(body => accepted(`tr-${body.partition}`))
    const log: string[] = []
    const running = runPool(plan, options, deps(server.send, log))
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
    const results = await server.answerUntilDone(runPool(plan, options, deps(server.send)))
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
      runPool(plan, options, deps(server.send, [], { failFast: true }))
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
    await expect(runPool(plan, options, deps(send))).rejects.toThrow('bug in a worker')
    // 07-01 and 07-02 start together; after 07-02 throws, only 07-01's worker may take one more.
    expect(sent.length).toBeLessThanOrEqual(3)
  })

  it('makes only the refused trigger wait out Retry-After; the others go on at half the level', async () => {
    // Four slots, eight triggers; the first answer is a 429 asking for 3 s.
    const eight = ['01', '02', '03', '04', '05', '06', '07', '08'].map(day => ({
      tableName: 'sr.`c.s`.orders',
      partition: `2024-07-${day}`
    }))
    const timers = fakeTimers()
    const unanswered: Array<{ partition: string; answer: () => void }> = []
    const send = (body: PlannedTrigger) =>
      new Promise<Attempt>(resolve => {
        const refuse = body.partition === '2024-07-01' && timers.now === 0
        const attempt = refuse
          ? answered({ status: 429, body: '', retryAfter: '3' })
          : accepted('ok')
        unanswered.push({ partition: body.partition, answer: () => resolve(attempt) })
      })
    const running = runPool(
      eight,
      { ...options, concurrency: 4, retryPolicy: { ...options.retryPolicy, retries: 1 } },
      deps(send, [], { clock: clockOf(timers), plan: eight })
    )
    // Each round answers every request in flight at once; only when none is does time pass.
    const rounds: Array<[number, string[]]> = []
    let settled = false
    void running.finally(() => (settled = true))
    while (!settled) {
      await new Promise(resolve => setImmediate(resolve))
      const round = unanswered.splice(0)
      if (round.length === 0) timers.fireNext()
      else rounds.push([timers.now, round.map(request => request.partition)])
      round.forEach(request => request.answer())
    }
    const results = await running
    expect(results.every(result => result.status === 'succeeded')).toBe(true)
    expect(rounds).toEqual([
      [0, ['2024-07-01', '2024-07-02', '2024-07-03', '2024-07-04']],
      // After the 429: two in flight, not the three workers still free, and no pause.
      [0, ['2024-07-05', '2024-07-06']],
      [0, ['2024-07-07', '2024-07-08']],
      // Only the refused trigger waited out its Retry-After.
      [3000, ['2024-07-01']]
    ])
  })
})

describe('runPool: a platform that does not answer', () => {
  const nine = ['01', '02', '03', '04', '05', '06', '07', '08', '09'].map(day => ({
    tableName: 'sr.`c.s`.orders',
    partition: `2024-07-${day}`
  }))

  it('starts no trigger after three in a row got no HTTP answer, and goes on after two', async () => {
    // One at a time, so that "in a row" is the plan's order: two without an answer, one answered
    // (the count starts again), then three without an answer.
    const answers = [false, false, true, false, false, false, true, true, true]
    const sent: string[] = []
    const send = async (body: PlannedTrigger): Promise<Attempt> =>
      answers[sent.push(body.partition) - 1] ? accepted('ok') : unanswered('ECONNREFUSED')
    const results = await runPool(nine, { ...options, concurrency: 1 }, deps(send))
    expect(sent).toEqual(nine.slice(0, 6).map(trigger => trigger.partition))
    expect(results.map(result => result.status)).toEqual([
      'failed',
      'failed',
      'succeeded',
      'failed',
      'failed',
      'failed',
      'not-run',
      'not-run',
      'not-run'
    ])
    expect(results[6]!.errorMsg).toBe('not run: the platform is unreachable')
  })
})

describe('runPool: a 429 without Retry-After', () => {
  it('is push-back: the pool goes on at half the level, and the refused trigger waits', async () => {
    const eight = ['01', '02', '03', '04', '05', '06', '07', '08'].map(day => ({
      tableName: 'sr.`c.s`.orders',
      partition: `2024-07-${day}`
    }))
    const timers = fakeTimers()
    const waiting: Array<{ partition: string; answer: () => void }> = []
    const send = (body: PlannedTrigger) =>
      new Promise<Attempt>(resolve => {
        const attempt =
          body.partition === '2024-07-01' && timers.now === 0
            ? answered({ status: 429, body: '' })
            : accepted('ok')
        waiting.push({ partition: body.partition, answer: () => resolve(attempt) })
      })
    const running = runPool(
      eight,
      { ...options, concurrency: 4, retryPolicy: { ...options.retryPolicy, retries: 1 } },
      deps(send, [], { clock: clockOf(timers), plan: eight })
    )
    // Each round answers every request in flight at once; only when none is does time pass.
    const rounds: Array<[number, string[]]> = []
    let settled = false
    void running.finally(() => (settled = true))
    while (!settled) {
      await new Promise(resolve => setImmediate(resolve))
      const round = waiting.splice(0)
      if (round.length === 0) timers.fireNext()
      else rounds.push([timers.now, round.map(request => request.partition)])
      round.forEach(request => request.answer())
    }
    expect((await running).every(result => result.status === 'succeeded')).toBe(true)
    expect(rounds).toEqual([
      [0, ['2024-07-01', '2024-07-02', '2024-07-03', '2024-07-04']],
      [0, ['2024-07-05', '2024-07-06']],
      [0, ['2024-07-07', '2024-07-08']],
      // Retried after the shortest wait a push-back is honoured for.
      [250, ['2024-07-01']]
    ])
  })
})

describe('runPool: the order triggers are sent in', () => {
  /** The order a pool of one sends `plan` in, as `table date`. */
  async function sentOrder(plan: PlannedTrigger[]): Promise<string[]> {
    const sent: string[] = []
    const send = async (body: PlannedTrigger) => {
      sent.push(`${body.tableName} ${body.partition.slice(-2)}`)
      return acceptedAttempt('ok')
    }
    const results = await runPool(plan, { ...options, concurrency: 1 }, deps(send, [], { plan }))
    expect(results.map(r => `${r.tableName} ${r.partition.slice(-2)}`)).toEqual(
      plan.map(t => `${t.tableName} ${t.partition.slice(-2)}`)
    )
    return sent
  }

  it("sends each table's first date, then each table's second, keeping results in plan order", async () => {
    const twoTables = ['a', 'b'].flatMap(tableName =>
      ['01', '02', '03'].map(day => ({ tableName, partition: `2024-07-${day}` }))
    )
    expect(await sentOrder(twoTables)).toEqual(['a 01', 'b 01', 'a 02', 'b 02', 'a 03', 'b 03'])
    const uneven = [...twoTables.slice(0, 1), ...twoTables.slice(3)]
    expect(await sentOrder(uneven)).toEqual(['a 01', 'b 01', 'b 02', 'b 03'])
  })
})

describe('runPool: a platform that refuses the whole run', () => {
  // Two tables, a year each: what a wrong credential or tenant meets.
  const year = ['a', 'b'].flatMap(tableName =>
    Array.from({ length: 366 }, (_, day) => ({
      tableName,
      partition: new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10)
    }))
  )

  it('sends at most three refused triggers and those already in flight; the rest are not run', async () => {
    const server = controlledServer(() => refusedAttempt('authentication failed'))
    const run = deps(server.send, [], { plan: year })
    const results = await server.answerUntilDone(runPool(year, { ...options, concurrency: 4 }, run))
    expect(server.state.sent.length).toBeLessThanOrEqual(3 + 3)
    expect(run.control.cause).toBe('refused')
    expect(results.filter(r => r.status === 'failed')).toHaveLength(server.state.sent.length)
    expect(results.filter(r => r.status === 'not-run')).toHaveLength(732 - server.state.sent.length)
    expect(new Set(results.filter(r => r.status === 'failed').map(r => r.tableName))).toEqual(
      new Set(['a', 'b'])
    )
  })

  it("stops a table the platform does not know after its first three refusals, never another table's", async () => {
    const server = controlledServer(body =>
      body.tableName === 'a'
        ? refusedAttempt('data source table not found')
        : acceptedAttempt(`tr-${body.partition}`)
    )
    const run = deps(server.send, [], { plan: year })
    const results = await server.answerUntilDone(runPool(year, { ...options, concurrency: 4 }, run))
    expect(run.control.stopped).toBe(false)
    const ofA = results.filter(r => r.tableName === 'a')
    const ofB = results.filter(r => r.tableName === 'b')
    expect(ofB.every(r => r.status === 'succeeded')).toBe(true)
    expect(ofA.filter(r => r.status === 'failed').length).toBeLessThanOrEqual(3 + 3)
    expect(ofA.filter(r => r.status === 'not-run')[0]?.errorMsg).toBe(
      "not run: the platform refused this table's first 3 triggers with the same answer"
    )
  })

  it('never stops on refusals that differ from one trigger to the next', async () => {
    const server = controlledServer(body => refusedAttempt(`no partition ${body.partition}`))
    const run = deps(server.send, [], { plan: year.slice(0, 20) })
    const results = await server.answerUntilDone(runPool(year.slice(0, 20), options, run))
    expect(run.control.stopped).toBe(false)
    expect(results.every(r => r.status === 'failed')).toBe(true)
  })

  it('keeps retries: 0 at one request per trigger when every answer is a 429', async () => {
    const server = controlledServer(() => answered({ status: 429, body: '' }))
    const few = year.slice(0, 2)
    const run = deps(server.send, [], { plan: few })
    const results = await server.answerUntilDone(runPool(few, options, run))
    expect(server.state.sent).toHaveLength(2)
    expect(results.map(r => r.attempts)).toEqual([1, 1])
  })
})
