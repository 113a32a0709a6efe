/**
 * Following materialization plans in virtual time: a fake clock whose sleeps end only when the
 * test moves time on (or when the run's stop signal aborts them), and a fake status read that
 * answers from a script per plan, with PlanStatusAttempts classified as the client does.
 */
import { describe, expect, it, jest } from '@jest/globals'
import type { PlanRef } from '../../src/inputs/wait-plans.js'
import { planStatusAttempt, type PlanStatusAttempt } from '../../src/platform/plan-status-answer.js'
import {
  readBaselines,
  waitForFresh,
  type PlanWatch,
  type WaitHooks,
  type WatchDeps
} from '../../src/run/plan-watch.js'
import type { Clock } from '../../src/run/clock.js'
import type { RetryNoticeBase } from '../../src/run/retry-loop.js'
import { RunBudget } from '../../src/run/run-budget.js'
import { RunControl } from '../../src/run/run-control.js'
import { testBoundary, unanswered } from '../support/attempts.js'

const BASE = '2024-09-01 18:09:16'
const LATER = '2024-09-01 18:31:02'
const DATA = '2024-08-23 00:00:00'

/** Lets every pending promise callback run. */
const flush = () => new Promise<void>(resolve => setImmediate(resolve))

/**
 * A clock that moves only when told: sleeps end as time reaches them, or when aborted. `slept`
 * records the pauses (sleeps that the run's stop ends), not the watch on the wait's deadline.
 */
function virtualClock(stopSignal?: AbortSignal) {
  let now = 0
  const sleepers: Array<{ at: number; wake: () => void }> = []
  /** Every sleep asked for, in ms, in order. */
  const slept: number[] = []
  const clock: Clock = {
    nowMs: () => now,
    random: () => 0.5,
    sleep: (ms, signal) =>
      new Promise<void>(resolve => {
        if (stopSignal === undefined || signal === stopSignal) slept.push(ms)
        if (signal.aborted) return resolve()
        const sleeper = { at: now + ms, wake }
        function wake() {
          signal.removeEventListener('abort', wake)
          const index = sleepers.indexOf(sleeper)
          if (index >= 0) sleepers.splice(index, 1)
          resolve()
        }
        signal.addEventListener('abort', wake, { once: true })
        sleepers.push(sleeper)
      })
  }
  const time = {
    clock,
    slept,
    now: () => now,
    /** Time that passes inside a request. */
    pass: (ms: number) => void (now += ms),
    pending: () => sleepers.length,
    /** Moves time to the earliest sleep and ends it; false when nobody sleeps. */
    async wakeNext(): Promise<boolean> {
      await flush()
      const next = [...sleepers].sort((a, b) => a.at - b.at)[0]
      if (!next) return false
      now = Math.max(now, next.at)
      next.wake()
      await flush()
      return true
    },
    /** Runs `work` to its end, moving time from one sleep to the next. */
    async settle<T>(work: Promise<T>, maxWakes = 10_000): Promise<T> {
      let settled = false
      void work.then(
        () => (settled = true),
        () => (settled = true)
      )
      for (let wakes = 0; ; wakes++) {
        await flush()
        if (settled) return work
        if (wakes >= maxWakes) throw new Error(`still running after ${maxWakes} sleeps`)
        if (!(await time.wakeNext())) {
          await flush()
          if (settled) return work
          throw new Error('stuck: nothing sleeps and the work has not ended')
        }
      }
    }
  }
  return time
}

/** A status answer with this latestRefreshTime, as the client classifies it. */
function status(
  latestRefreshTime: unknown,
  more: { latestDateTime?: unknown; hasNotReady?: unknown; traceId?: string } = {}
): PlanStatusAttempt {
  const { traceId = 'tr-status', ...data } = more
  return planStatusAttempt(
    {
      status: 200,
      body: JSON.stringify({
        success: true,
        code: '200',
        errorMsg: null,
        detailErrorMsg: null,
        traceId,
        data: { hasNotReady: false, latestDateTime: DATA, latestRefreshTime, ...data }
      })
    },
    testBoundary
  )
}

/** The platform's refusal, in the envelope of its plan calls. */
function refusal(errorMsg: string, code = '404'): PlanStatusAttempt {
  return planStatusAttempt(
    {
      status: 200,
      body: JSON.stringify({
        success: false,
        code,
        errorMsg,
        detailErrorMsg: null,
        traceId: 'tr-refused',
        data: null
      })
    },
    testBoundary
  )
}

/** A gateway's 503 with Retry-After: retryable. */
const unavailable = (): PlanStatusAttempt =>
  planStatusAttempt(
    { status: 503, body: '<h1>503 Service Unavailable</h1>', retryAfter: '0' },
    testBoundary
  )

/** A request that got no answer at all: retryable. */
const noAnswer = (): PlanStatusAttempt => unanswered('ECONNRESET')

const plan = (name: string): PlanRef => ({ by: 'name', value: name, label: name })

type Script = Record<string, Array<PlanStatusAttempt | (() => PlanStatusAttempt)>>

/**
 * Deps whose read answers each plan from its script in order (the last answer sticks), after
 * `latencyMs` of virtual time; what was read, retried and reported is recorded.
 */
function setup(
  script: Script,
  options: { retries?: number; latencyMs?: number; renew?: () => Promise<boolean> } = {}
) {
  const control = new RunControl()
  const time = virtualClock(control.stopSignal)
  const budget = new RunBudget(time.clock, control)
  const reads: Array<{ plan: string; atMs: number }> = []
  const retries: Array<{ plan: string; notice: RetryNoticeBase }> = []
  const fresh: Array<{ plan: string; polls: number; atMs: number }> = []
  const progress: Array<[number, number, number, number]> = []
  const deps: WatchDeps = {
    read: async (ref, signal) => {
      expect(signal).toBe(budget.requestSignal)
      reads.push({ plan: ref.value, atMs: time.now() })
      time.pass(options.latencyMs ?? 0)
      const answers = script[ref.value]
      if (!answers || answers.length === 0) throw new Error(`no answer scripted for ${ref.value}`)
      const next = answers.length > 1 ? answers.shift()! : answers[0]!
      return typeof next === 'function' ? next() : next
    },
    renewCredential: options.renew,
    policy: {
      retries: options.retries ?? 0,
      baseDelayMs: 1000,
      maxDelayMs: 30_000,
      retryAfterCapMs: 60_000
    },
    budget,
    clock: time.clock,
    control,
    boundary: testBoundary,
    onRetry: (label, notice) => retries.push({ plan: label, notice })
  }
  const hooks: WaitHooks = {
    onFresh: watch => fresh.push({ plan: watch.label, polls: watch.polls, atMs: time.now() }),
    onProgress: (...args) => progress.push(args)
  }
  /** The baselines of these plans, which must all be read. */
  const baselines = async (names: string[]): Promise<PlanWatch[]> => {
    const outcome = await time.settle(readBaselines(names.map(plan), deps))
    if (!('watches' in outcome))
      throw new Error(`baseline failed: ${outcome.failed.verdict.reason}`)
    reads.length = 0
    time.slept.length = 0
    retries.length = 0
    return outcome.watches
  }
  const wait = (watches: PlanWatch[], timeoutMs: number, intervalMs: number, concurrency = 1) =>
    waitForFresh(watches, { timeoutMs, intervalMs, concurrency }, deps, hooks)
  return { time, control, deps, hooks, reads, retries, fresh, progress, baselines, wait }
}

/** A watch's outcome, without the readings. */
const outcomeOf = (watch: PlanWatch) => ({
  plan: watch.label,
  state: watch.state,
  polls: watch.polls,
  waitedMs: watch.waitedMs,
  reason: watch.reason
})

describe('readBaselines', () => {
  it('reads every plan in order and keeps each reading as its baseline and its last', async () => {
    const s = setup({
      orders: [status(BASE, { traceId: 'tr-1', hasNotReady: 'true' })],
      refunds: [status(null, { latestDateTime: null, hasNotReady: 'yes' })]
    })
    const outcome = await s.time.settle(readBaselines([plan('orders'), plan('refunds')], s.deps))
    expect(s.reads.map(read => read.plan)).toEqual(['orders', 'refunds'])
    if (!('watches' in outcome)) throw new Error('expected watches')
    const [orders, refunds] = outcome.watches
    expect(orders).toMatchObject({ label: 'orders', state: 'waiting', polls: 0, waitedMs: 0 })
    expect(orders!.baseline).toEqual({
      hasNotReady: true,
      latestDateTime: DATA,
      latestRefreshTime: BASE,
      refreshMs: Date.UTC(2024, 8, 1, 18, 9, 16),
      dataMs: Date.UTC(2024, 7, 23),
      traceId: 'tr-1'
    })
    expect(orders!.last).toEqual(orders!.baseline)
    // No refresh ever ended; a flag that is neither true nor false is unknown, not a failure.
    expect(refunds!.baseline).toMatchObject({
      hasNotReady: null,
      latestDateTime: null,
      latestRefreshTime: null,
      refreshMs: null,
      dataMs: null
    })
  })

  it('stops at the first plan the platform refuses, with its message, reading no further', async () => {
    const s = setup({
      orders: [status(BASE)],
      nosuch: [refusal('plan not found: nosuch')],
      refunds: [status(BASE)]
    })
    const outcome = await s.time.settle(
      readBaselines([plan('orders'), plan('nosuch'), plan('refunds')], s.deps)
    )
    expect(outcome).toMatchObject({
      failed: {
        label: 'nosuch',
        attempts: 1,
        verdict: { succeeded: false, reason: 'plan not found: nosuch', traceId: 'tr-refused' }
      }
    })
    expect(s.reads.map(read => read.plan)).toEqual(['orders', 'nosuch'])
  })

  it('fails on a refused credential at once: a credential just got is not renewed', async () => {
    const renew = jest.fn(async () => true)
    const s = setup({ orders: [refusal('authentication failed', '401')] }, { renew })
    const outcome = await s.time.settle(readBaselines([plan('orders')], s.deps))
    expect(outcome).toMatchObject({ failed: { verdict: { reason: 'authentication failed' } } })
    expect(renew).not.toHaveBeenCalled()
    expect(s.reads).toHaveLength(1)
  })

  it('retries a transient failure, and fails naming it once the retries are spent', async () => {
    const s = setup({ orders: [unavailable(), status(BASE)] }, { retries: 2 })
    const read = await s.time.settle(readBaselines([plan('orders')], s.deps))
    expect('watches' in read).toBe(true)
    expect(s.retries).toHaveLength(1)

    const down = setup({ orders: [noAnswer()] }, { retries: 1 })
    const outcome = await down.time.settle(readBaselines([plan('orders')], down.deps))
    expect(outcome).toMatchObject({ failed: { label: 'orders', attempts: 2 } })
    expect(down.reads).toHaveLength(2)
  })

  it('fails on a latestRefreshTime it cannot read, quoting it', async () => {
    const s = setup({ orders: [status('yesterday evening')] })
    const outcome = await s.time.settle(readBaselines([plan('orders')], s.deps))
    if (!('failed' in outcome)) throw new Error('expected a failure')
    expect(outcome.failed.verdict.reason).toContain('yesterday evening')
    expect(outcome.failed.verdict.reason).toMatch(
      /^latestRefreshTime .* is not a time this action reads: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch seconds or milliseconds$/
    )
    expect(outcome.failed.verdict.traceId).toBe('tr-status')
  })

  // Found by this suite and fixed: guards the fix.
  it('quotes an unreadable latestRefreshTime once, as the platform wrote it', async () => {
    const s = setup({ orders: [status('yesterday evening')] })
    const outcome = await s.time.settle(readBaselines([plan('orders')], s.deps))
    if (!('failed' in outcome)) throw new Error('expected a failure')
    expect(outcome.failed.verdict.reason).toBe(
      'latestRefreshTime "yesterday evening" is not a time this action reads: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch seconds or milliseconds'
    )
  })

  // Found by this suite and fixed: guards the fix.
  it('fails a deeply nested latestRefreshTime as unreadable instead of throwing', async () => {
    const depth = 200_000
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`
    const deep = planStatusAttempt(
      {
        status: 200,
        body: `{"success":true,"code":"200","traceId":"tr-deep","data":{"hasNotReady":false,"latestRefreshTime":${nested}}}`
      },
      testBoundary
    )
    const s = setup({ orders: [deep] })
    const outcome = await s.time.settle(readBaselines([plan('orders')], s.deps))
    expect(outcome).toMatchObject({
      failed: { verdict: { reason: expect.stringContaining('latestRefreshTime') } }
    })
  })

  // Found by this suite and fixed: guards the fix.
  it('shows a deeply nested latestDateTime, bounded, instead of throwing', async () => {
    const depth = 200_000
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`
    const deep = planStatusAttempt(
      {
        status: 200,
        body: `{"success":true,"code":"200","traceId":"tr-deep","data":{"hasNotReady":false,"latestRefreshTime":"${BASE}","latestDateTime":${nested}}}`
      },
      testBoundary
    )
    const s = setup({ orders: [deep] })
    const outcome = await s.time.settle(readBaselines([plan('orders')], s.deps))
    if (!('watches' in outcome)) throw new Error('expected watches')
    expect(outcome.watches[0]!.baseline).toMatchObject({ latestRefreshTime: BASE, dataMs: null })
    expect(outcome.watches[0]!.baseline.latestDateTime!.length).toBeLessThanOrEqual(80)
  })
})

describe('waitForFresh', () => {
  it('polls every interval until a later refresh time shows, then stops polling that plan', async () => {
    const s = setup({ orders: [status(BASE), status(BASE), status(BASE), status(LATER)] })
    const watches = await s.baselines(['orders'])
    await s.time.settle(s.wait(watches, 600_000, 30_000))
    expect(outcomeOf(watches[0]!)).toEqual({
      plan: 'orders',
      state: 'fresh',
      polls: 3,
      waitedMs: 90_000,
      reason: null
    })
    expect(watches[0]!.last.latestRefreshTime).toBe(LATER)
    expect(watches[0]!.baseline.latestRefreshTime).toBe(BASE)
    expect(s.time.slept).toEqual([30_000, 30_000, 30_000])
    expect(s.reads.map(read => read.atMs)).toEqual([30_000, 60_000, 90_000])
    expect(s.fresh).toEqual([{ plan: 'orders', polls: 3, atMs: 90_000 }])
    expect(s.time.pending()).toBe(0)
  })

  it('counts a refresh time that appears where the baseline had none as fresh', async () => {
    const s = setup({ orders: [status(null), status(null), status('2024-09-02T07:00:00')] })
    const watches = await s.baselines(['orders'])
    await s.time.settle(s.wait(watches, 600_000, 10_000))
    expect(outcomeOf(watches[0]!)).toMatchObject({ state: 'fresh', polls: 2 })
    expect(watches[0]!.baseline.latestRefreshTime).toBeNull()
    expect(watches[0]!.last.latestRefreshTime).toBe('2024-09-02T07:00:00')
  })

  it('does not count the same or an earlier refresh time as fresh', async () => {
    const s = setup({
      orders: [status(BASE), status(BASE), status('2024-09-01 18:09:15'), status(null)]
    })
    const watches = await s.baselines(['orders'])
    await s.time.settle(s.wait(watches, 40_000, 10_000))
    expect(outcomeOf(watches[0]!)).toMatchObject({ state: 'stale', polls: 4, reason: null })
    expect(s.fresh).toEqual([])
  })

  it('compares times in other forms the platform may write: ISO with a zone, epoch ms', async () => {
    const baseMs = Date.UTC(2024, 8, 1, 10, 9, 16)
    const s = setup({
      zoned: [status('2024-09-01T18:09:16.000+08:00'), status('2024-09-01T18:09:17.000+08:00')],
      epoch: [status(baseMs), status(baseMs), status(baseMs + 1)]
    })
    const watches = await s.baselines(['zoned', 'epoch'])
    await s.time.settle(s.wait(watches, 60_000, 5_000))
    expect(watches.map(outcomeOf)).toMatchObject([
      { state: 'fresh', polls: 1 },
      { state: 'fresh', polls: 2 }
    ])
    expect(watches[1]!.last.latestRefreshTime).toBe(String(baseMs + 1))
  })

  it('reads a plan that writes epoch seconds as the instants they are', async () => {
    const baseS = Date.UTC(2024, 7, 23, 10) / 1000
    const s = setup({
      seconds: [status(baseS), status(baseS + 1, { latestDateTime: baseS + 1 })]
    })
    const watches = await s.baselines(['seconds'])
    await s.time.settle(s.wait(watches, 60_000, 5_000))
    expect(outcomeOf(watches[0]!)).toMatchObject({ state: 'fresh', polls: 1 })
    expect(watches[0]!.last.refreshMs).toBe((baseS + 1) * 1000)
    expect(watches[0]!.last.dataMs).toBe((baseS + 1) * 1000)
  })

  it('ends stale at the deadline, keeping what the last poll read', async () => {
    const s = setup({
      orders: [
        status(BASE, { traceId: 'tr-0' }),
        status(BASE, { latestDateTime: '2024-08-24 00:00:00', traceId: 'tr-1' }),
        status(BASE, { latestDateTime: '2024-08-25 00:00:00', traceId: 'tr-2', hasNotReady: true })
      ]
    })
    const watches = await s.baselines(['orders'])
    await s.time.settle(s.wait(watches, 30_000, 10_000))
    const [orders] = watches
    expect(outcomeOf(orders!)).toEqual({
      plan: 'orders',
      state: 'stale',
      polls: 3,
      // The last poll starts a second before the deadline, and the wait ends with it.
      waitedMs: 29_000,
      reason: null
    })
    expect(orders!.last).toMatchObject({
      latestRefreshTime: BASE,
      latestDateTime: '2024-08-25 00:00:00',
      dataMs: Date.UTC(2024, 7, 25),
      hasNotReady: true,
      traceId: 'tr-2'
    })
    expect(orders!.baseline).toMatchObject({ latestDateTime: DATA, traceId: 'tr-0' })
    expect(s.reads.map(read => read.atMs)).toEqual([10_000, 20_000, 29_000])
    expect(s.fresh).toEqual([])
  })

  it('never sleeps past the deadline: the last poll starts a second before it', async () => {
    const s = setup({ orders: [status(BASE)] }, { latencyMs: 700 })
    const watches = await s.baselines(['orders'])
    s.time.slept.length = 0
    const start = s.time.now()
    await s.time.settle(s.wait(watches, 25_000, 10_000))
    expect(s.time.slept).toEqual([10_000, 10_000, 2_600])
    expect(s.reads.map(read => read.atMs - start)).toEqual([10_000, 20_700, 24_000])
    expect(outcomeOf(watches[0]!)).toMatchObject({ state: 'stale', polls: 3, waitedMs: 24_700 })

    // A deadline sooner than one interval: one sleep to a second before it, one poll.
    const short = setup({ orders: [status(BASE)] })
    const few = await short.baselines(['orders'])
    await short.time.settle(short.wait(few, 4_000, 30_000))
    expect(short.time.slept).toEqual([3_000])
    expect(short.reads).toHaveLength(1)
    expect(short.reads.map(read => read.atMs)).toEqual([3_000])
    expect(outcomeOf(few[0]!)).toMatchObject({ state: 'stale', polls: 1, waitedMs: 3_000 })
  })

  it('retries a retryable 503 within the poll, honouring the pause, and goes on', async () => {
    const s = setup({ orders: [status(BASE), unavailable(), status(LATER)] }, { retries: 2 })
    const watches = await s.baselines(['orders'])
    await s.time.settle(s.wait(watches, 60_000, 10_000))
    // Retry-After: 0 is floored at 250 ms.
    expect(s.time.slept).toEqual([10_000, 250])
    expect(s.retries).toHaveLength(1)
    expect(s.retries[0]).toMatchObject({
      plan: 'orders',
      notice: { attempt: 1, maxAttempts: 3, waitMs: 250 }
    })
    expect(s.retries[0]!.notice.reason).toContain('HTTP 503')
    expect(outcomeOf(watches[0]!)).toEqual({
      plan: 'orders',
      state: 'fresh',
      polls: 1,
      waitedMs: 10_250,
      reason: null
    })
  })

  it('loses a poll to a transient failure whose retries are spent, and the wait goes on', async () => {
    const s = setup(
      {
        orders: [status(BASE), noAnswer(), unavailable(), status(LATER)],
        refunds: [status(BASE), status(BASE), status(BASE), status(LATER)]
      },
      { retries: 0 }
    )
    const watches = await s.baselines(['orders', 'refunds'])
    await s.time.settle(s.wait(watches, 600_000, 10_000))
    expect(watches.map(outcomeOf)).toEqual([
      { plan: 'orders', state: 'fresh', polls: 3, waitedMs: 30_000, reason: null },
      { plan: 'refunds', state: 'fresh', polls: 3, waitedMs: 30_000, reason: null }
    ])
    // The reading is not replaced by a failed poll.
    expect(watches[0]!.last.latestRefreshTime).toBe(LATER)
    expect(s.reads).toHaveLength(6)
  })

  it('ends the wait for every plan when the platform refuses one', async () => {
    const s = setup({
      orders: [status(BASE), status(LATER)],
      deleted: [status(BASE), refusal('plan deleted: deleted')],
      refunds: [status(BASE), status(BASE)]
    })
    const watches = await s.baselines(['orders', 'deleted', 'refunds'])
    await s.time.settle(s.wait(watches, 600_000, 10_000))
    expect(watches.map(outcomeOf)).toEqual([
      { plan: 'orders', state: 'fresh', polls: 1, waitedMs: 10_000, reason: null },
      {
        plan: 'deleted',
        state: 'failed',
        polls: 1,
        waitedMs: 10_000,
        reason: 'plan deleted: deleted'
      },
      {
        plan: 'refunds',
        state: 'stale',
        polls: 0,
        waitedMs: 10_000,
        reason: 'the wait ended when the platform refused deleted'
      }
    ])
    // Nothing is read after the refusal: not refunds in that round, nothing in another.
    expect(s.reads.map(read => read.plan)).toEqual(['orders', 'deleted'])
    expect(s.time.pending()).toBe(0)
    // The failed plan keeps its last good reading, with the traceId of the refusal.
    expect(watches[1]!.last.latestRefreshTime).toBe(BASE)
    expect(watches[1]!.last.traceId).toBe('tr-refused')
  })

  it('counts a plan already past its baseline as fresh without reading it', async () => {
    const s = setup({ orders: [status(BASE)], refunds: [status(BASE)] })
    const watches = await s.baselines(['orders', 'refunds'])
    // An earlier attempt's baseline (resume-file), which the reading has passed since.
    watches[0]!.baseline = { ...watches[0]!.baseline, refreshMs: watches[0]!.last.refreshMs! - 1 }
    const start = s.time.now()
    await s.time.settle(s.wait(watches, 600_000, 10_000))
    expect(s.fresh[0]).toEqual({ plan: 'orders', polls: 0, atMs: start })
    expect(s.reads.map(read => read.plan)).not.toContain('orders')

    const all = setup({ orders: [status(BASE)] })
    const both = await all.baselines(['orders'])
    both[0]!.baseline = { ...both[0]!.baseline, refreshMs: null }
    await all.time.settle(all.wait(both, 600_000, 10_000))
    // Nothing left to wait for: no pause, no read.
    expect([all.time.now(), all.reads, all.time.slept]).toEqual([0, [], []])
    expect(both[0]!.state).toBe('fresh')
  })

  it("gives a wait shorter than the last poll's lead its one poll, at once", async () => {
    const s = setup({ orders: [status(BASE)] })
    const watches = await s.baselines(['orders'])
    await s.time.settle(s.wait(watches, 500, 30_000))
    expect(s.time.slept).toEqual([0])
    expect(s.reads).toHaveLength(1)
    expect(outcomeOf(watches[0]!)).toMatchObject({ state: 'stale', polls: 1 })
  })

  it('loses a poll to a read the action could not send, and the wait goes on', async () => {
    const notSent = unanswered('ELOCAL', 'no such file')
    const s = setup({ orders: [status(BASE), notSent, status(LATER)] })
    const watches = await s.baselines(['orders'])
    await s.time.settle(s.wait(watches, 600_000, 10_000))
    expect(outcomeOf(watches[0]!)).toMatchObject({ state: 'fresh', polls: 2, reason: null })
  })

  it('takes a latestRefreshTime left out as none, like null', async () => {
    const s = setup({ orders: [status(undefined), status(LATER)] })
    const watches = await s.baselines(['orders'])
    expect(watches[0]!.baseline.refreshMs).toBeNull()
    await s.time.settle(s.wait(watches, 600_000, 10_000))
    expect(watches[0]!.state).toBe('fresh')
  })

  it('renews the credential once on a refusal and reads again with it', async () => {
    const renew = jest.fn(async () => true)
    const s = setup(
      { orders: [status(BASE), refusal('token expired', '401'), status(LATER)] },
      { renew }
    )
    const watches = await s.baselines(['orders'])
    await s.time.settle(s.wait(watches, 600_000, 10_000))
    expect(renew).toHaveBeenCalledTimes(1)
    expect(s.reads.map(read => read.atMs)).toEqual([10_000, 10_000])
    expect(outcomeOf(watches[0]!)).toMatchObject({ state: 'fresh', polls: 1, reason: null })
  })

  it('takes a refusal after the renewed credential as final, renewing no more', async () => {
    const renew = jest.fn(async () => true)
    const s = setup(
      {
        orders: [status(BASE), refusal('token expired', '401'), refusal('still no', '401')],
        refunds: [status(BASE)]
      },
      { renew }
    )
    const watches = await s.baselines(['orders', 'refunds'])
    await s.time.settle(s.wait(watches, 600_000, 10_000))
    expect(renew).toHaveBeenCalledTimes(1)
    expect(s.reads.map(read => read.plan)).toEqual(['orders', 'orders'])
    expect(watches.map(outcomeOf)).toMatchObject([
      { state: 'failed', reason: 'still no' },
      { state: 'stale', reason: 'the wait ended when the platform refused orders' }
    ])
  })

  it('does not read again when the credential cannot be renewed', async () => {
    const renew = jest.fn(async () => false)
    const s = setup({ orders: [status(BASE), refusal('token expired', '401')] }, { renew })
    const watches = await s.baselines(['orders'])
    await s.time.settle(s.wait(watches, 600_000, 10_000))
    expect(renew).toHaveBeenCalledTimes(1)
    expect(s.reads).toHaveLength(1)
    expect(outcomeOf(watches[0]!)).toMatchObject({ state: 'failed', reason: 'token expired' })
  })

  it('fails only the plan whose latestRefreshTime cannot be read, quoting it', async () => {
    const s = setup({
      odd: [status(BASE), status('yesterday evening')],
      object: [status(BASE), status({ at: '2024-09-01 19:00:00' })],
      orders: [status(BASE), status(BASE), status(LATER)]
    })
    const watches = await s.baselines(['odd', 'object', 'orders'])
    await s.time.settle(s.wait(watches, 600_000, 10_000))
    const [odd, object, orders] = watches
    expect(outcomeOf(odd!)).toMatchObject({ state: 'failed', polls: 1, waitedMs: 10_000 })
    expect(odd!.reason).toMatch(
      /^latestRefreshTime .*yesterday evening.* is not a time this action reads: /
    )
    expect(outcomeOf(object!)).toMatchObject({ state: 'failed', polls: 1 })
    expect(object!.reason).toMatch(/^latestRefreshTime .*2024-09-01 19:00:00.* is not a time: /)
    expect(outcomeOf(orders!)).toMatchObject({ state: 'fresh', polls: 2, reason: null })
    // The failed plans are not polled again.
    expect(s.reads.map(read => read.plan)).toEqual(['odd', 'object', 'orders', 'orders'])
  })

  it('ends at once when the run stops during the wait: every plan not waited for', async () => {
    const s = setup({ orders: [status(BASE)], refunds: [status(BASE)] })
    const watches = await s.baselines(['orders', 'refunds'])
    let ended = false
    const waiting = s.wait(watches, 3_600_000, 30_000).then(() => (ended = true))
    await s.time.wakeNext()
    expect(s.reads).toHaveLength(2)
    // The next pause, and the watch on the deadline.
    expect(s.time.pending()).toBe(2)
    const stoppedAt = s.time.now()
    s.control.stop('cancelled')
    await flush()
    expect(ended).toBe(true)
    await waiting
    expect(s.time.now()).toBe(stoppedAt)
    expect(s.time.pending()).toBe(0)
    expect(s.reads).toHaveLength(2)
    expect(watches.map(outcomeOf)).toEqual(
      ['orders', 'refunds'].map(name => ({
        plan: name,
        state: 'not-waited',
        polls: 1,
        waitedMs: 30_000,
        reason: 'the run was cancelled during the wait'
      }))
    )
  })

  it('reads no other plan once the run stops during a poll', async () => {
    const s = setup({ orders: [status(BASE)], refunds: [status(BASE)] })
    const watches = await s.baselines(['orders', 'refunds'])
    s.deps.read = async () => {
      s.reads.push({ plan: 'orders', atMs: s.time.now() })
      s.control.stop('cancelled')
      return status(BASE)
    }
    await s.time.settle(s.wait(watches, 600_000, 10_000))
    expect(s.reads).toHaveLength(1)
    expect(watches.map(watch => watch.state)).toEqual(['not-waited', 'not-waited'])
    expect(s.time.slept).toEqual([10_000])
  })

  it('leaves a poll cut off by a stop uncounted, its plan not waited for', async () => {
    const s = setup({ orders: [status(BASE)] })
    const watches = await s.baselines(['orders'])
    s.deps.read = async () => {
      s.control.stop('cancelled')
      return unanswered('CANCELLED')
    }
    await s.time.settle(s.wait(watches, 600_000, 10_000))
    expect(outcomeOf(watches[0]!)).toMatchObject({ state: 'not-waited', polls: 0 })
  })

  it('reports no progress for a pause a stop ended, however long it had lasted', async () => {
    const s = setup({ orders: [status(BASE)] })
    const watches = await s.baselines(['orders'])
    const waiting = s.wait(watches, 3_600_000, 600_000)
    await flush()
    s.time.pass(120_000)
    s.control.stop('cancelled')
    await s.time.settle(waiting)
    expect(s.progress).toEqual([])
    expect(s.reads).toEqual([])
  })

  it('does not start when the run has already stopped', async () => {
    const s = setup({ orders: [status(BASE)] })
    const watches = await s.baselines(['orders'])
    s.control.stop('cancelled')
    await s.time.settle(s.wait(watches, 600_000, 10_000))
    expect(s.reads).toEqual([])
    expect(outcomeOf(watches[0]!)).toMatchObject({ state: 'not-waited', polls: 0, waitedMs: 0 })
  })

  it('reports progress at most once a minute, with how many plans are still awaited', async () => {
    const s = setup({
      orders: [status(BASE), status(BASE), status(LATER)],
      refunds: [status(BASE)]
    })
    const watches = await s.baselines(['orders', 'refunds'])
    await s.time.settle(s.wait(watches, 300_000, 25_000))
    expect(s.progress.length).toBeGreaterThanOrEqual(3)
    let previous = 0
    for (const [waiting, total, elapsedMs, timeoutMs] of s.progress) {
      expect(elapsedMs - previous).toBeGreaterThanOrEqual(60_000)
      // Reported at the first poll past the minute: never an interval late.
      expect(elapsedMs - previous).toBeLessThan(60_000 + 25_000)
      expect([waiting, total, timeoutMs]).toEqual([1, 2, 300_000])
      previous = elapsedMs
    }

    // Polled every second for three minutes (the last a second before the deadline): two
    // reports, not 179.
    const busy = setup({ orders: [status(BASE)] })
    const few = await busy.baselines(['orders'])
    busy.time.pass(5_000) // the wait starts later than the clock's 0
    await busy.time.settle(busy.wait(few, 180_000, 1_000))
    expect(busy.reads).toHaveLength(179)
    expect(busy.progress.map(([, , elapsedMs]) => elapsedMs)).toEqual([60_000, 120_000])
  })

  it('reports no progress when every plan turns fresh within the first minute', async () => {
    const s = setup({ orders: [status(BASE), status(BASE), status(LATER)] })
    const watches = await s.baselines(['orders'])
    await s.time.settle(s.wait(watches, 600_000, 20_000))
    expect(s.progress).toEqual([])
  })

  it("counts each plan's polls and the time it waited, failed polls included", async () => {
    const s = setup(
      {
        orders: [status(BASE), status(LATER)],
        refunds: [status(BASE), unavailable(), status(BASE), status(LATER)],
        never: [status(BASE)]
      },
      { latencyMs: 100 }
    )
    const watches = await s.baselines(['orders', 'refunds', 'never'])
    const start = s.time.now()
    await s.time.settle(s.wait(watches, 45_000, 10_000))
    expect(watches.map(outcomeOf)).toEqual([
      { plan: 'orders', state: 'fresh', polls: 1, waitedMs: 10_100, reason: null },
      { plan: 'refunds', state: 'fresh', polls: 3, waitedMs: 30_600, reason: null },
      { plan: 'never', state: 'stale', polls: 5, waitedMs: s.time.now() - start, reason: null }
    ])
    expect(s.fresh).toEqual([
      { plan: 'orders', polls: 1, atMs: start + 10_100 },
      { plan: 'refunds', polls: 3, atMs: start + 30_600 }
    ])
  })
})

describe('waitForFresh: the deadline holds, whatever the status endpoint does', () => {
  /** A status endpoint that answers `attempt` after `ms`, or is cut off by the request signal. */
  function slowEndpoint(s: ReturnType<typeof setup>, ms: number, attempt: () => PlanStatusAttempt) {
    s.deps.read = async (ref, signal) => {
      s.reads.push({ plan: ref.value, atMs: s.time.now() })
      await s.time.clock.sleep(ms, signal)
      return signal.aborted ? unanswered('CANCELLED') : attempt()
    }
  }

  it('cuts off a poll that hangs at the deadline, and reports the time waited', async () => {
    const s = setup({ orders: [status(BASE)] })
    const watches = await s.baselines(['orders'])
    const start = s.time.now()
    slowEndpoint(s, 3_600_000, () => status(LATER))
    await s.time.settle(s.wait(watches, 3_000, 30_000))
    expect(s.time.now() - start).toBe(3_000)
    expect(outcomeOf(watches[0]!)).toMatchObject({ state: 'stale', waitedMs: 3_000, reason: null })
    expect(s.time.pending()).toBe(0)
  })

  it.each([
    ['429', 429],
    ['503', 503]
  ])('ends the wait instead of sleeping a %s Retry-After past the deadline', async (_, code) => {
    const s = setup({ orders: [status(BASE)] }, { retries: 3 })
    const watches = await s.baselines(['orders'])
    const start = s.time.now()
    const pushBack = () =>
      planStatusAttempt({ status: code, body: '', retryAfter: '3600' }, testBoundary)
    slowEndpoint(s, 100, pushBack)
    await s.time.settle(s.wait(watches, 3_000, 1_000))
    expect(s.time.now() - start).toBeLessThanOrEqual(3_000)
    expect(s.time.slept.every(ms => ms < 3_000)).toBe(true)
    expect(watches[0]!.state).toBe('stale')
  })

  it('polls many slow plans a few at a time, and every stale plan reports the same time waited', async () => {
    const names = Array.from({ length: 100 }, (_, i) => `plan-${i}`)
    const s = setup(Object.fromEntries(names.map(name => [name, [status(BASE)]])))
    const watches = await s.baselines(names)
    const start = s.time.now()
    slowEndpoint(s, 2_000, () => status(BASE))
    await s.time.settle(s.wait(watches, 10_000, 1_000, 4))
    expect(s.time.now() - start).toBeLessThanOrEqual(10_000)
    const waited = new Set(watches.map(watch => watch.waitedMs))
    expect(waited).toEqual(new Set([s.time.now() - start]))
    // Four at a time, two seconds each: 16 reads from 1 s until the deadline.
    expect(s.reads.length).toBeGreaterThanOrEqual(16)
    expect(s.time.pending()).toBe(0)
  })

  it('starts no poll after the deadline', async () => {
    const s = setup({ orders: [status(BASE)] })
    const watches = await s.baselines(['orders'])
    const start = s.time.now()
    slowEndpoint(s, 700, () => status(BASE))
    await s.time.settle(s.wait(watches, 5_000, 2_000))
    expect(s.reads.every(read => read.atMs - start < 5_000)).toBe(true)
  })
})
