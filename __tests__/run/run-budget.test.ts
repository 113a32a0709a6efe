import { describe, expect, it } from '@jest/globals'
import type { PlannedTrigger } from '../../src/inputs/trigger-plan.js'
import { PACE_STALL_MS, RunBudget, longestRunMs } from '../../src/run/run-budget.js'
import { RunControl } from '../../src/run/run-control.js'
import { accepted, answered, refused, unanswered } from '../support/attempts.js'
import { fakeTimers } from '../support/fake-timers.js'
import { result } from '../support/results.js'

const TOO_MANY = answered({ status: 429, body: '' })
const BUSY = answered({ status: 503, body: '' })

/** The bound the README states: 429s a series may meet beyond its retries. */
const PACING_REFUSALS = 10

/** A series' request allowance, as the run's budget gives it to the retry loop. */
function requestAllowance(policy: { retries: number }) {
  const clock = { sleep: async () => undefined, random: () => 0.5, nowMs: () => 0 }
  return new RunBudget(clock, new RunControl()).stage.requests(policy)
}

/** How many requests a series sends when every answer is `attempt`. */
function requestsSent(retries: number, attempt = TOO_MANY): number {
  const allowance = requestAllowance({ retries })
  let sent = 1
  while (allowance.spend(attempt)) sent++
  return sent
}

describe('requestAllowance', () => {
  it('retries: 0 is exactly one request, even for a 429', () => {
    expect(requestsSent(0)).toBe(1)
    expect(requestsSent(0, BUSY)).toBe(1)
  })

  it('with retries, lets a 429 not spend one, up to the stated bound', () => {
    expect(requestsSent(1, BUSY)).toBe(2)
    expect(requestsSent(1)).toBe(2 + PACING_REFUSALS)
    expect(requestsSent(3)).toBe(4 + PACING_REFUSALS)
  })

  it('counts the bound it has come to so far', () => {
    const allowance = requestAllowance({ retries: 1 })
    expect(allowance.maxAttempts).toBe(2)
    allowance.spend(TOO_MANY)
    expect(allowance.maxAttempts).toBe(3)
    allowance.spend(BUSY)
    expect(allowance.maxAttempts).toBe(3)
  })
})

const plan: PlannedTrigger[] = ['a', 'b'].flatMap(tableName =>
  ['2024-07-01', '2024-07-02', '2024-07-03'].map(partition => ({ tableName, partition }))
)

function budgetAt(options: { failFast?: boolean } = {}) {
  const timers = fakeTimers()
  const control = new RunControl()
  const clock = { sleep: timers.sleep, random: () => 0.5, nowMs: () => timers.now }
  const budget = new RunBudget(clock, control, { plan, failFast: options.failFast ?? false })
  return { timers, control, budget }
}

describe('RunBudget: push-back', () => {
  it('ends the run when every answer has been a 429 for two minutes, accepting nothing', () => {
    const { timers, control, budget } = budgetAt()
    for (let at = 0; at < PACE_STALL_MS; at += 10_000) {
      timers.now = at
      budget.attemptEnded(TOO_MANY)
    }
    expect(control.stopped).toBe(false)
    timers.now = PACE_STALL_MS
    budget.attemptEnded(TOO_MANY)
    expect(control.cause).toBe('throttled')
  })

  it('counts the two minutes from the last answer that was not a 429', () => {
    const { timers, control, budget } = budgetAt()
    budget.attemptEnded(TOO_MANY)
    timers.now = 100_000
    budget.attemptEnded(accepted('ok'))
    timers.now = 110_000
    budget.attemptEnded(TOO_MANY)
    timers.now = 110_000 + PACE_STALL_MS - 1
    budget.attemptEnded(TOO_MANY)
    expect(control.stopped).toBe(false)
  })

  it('does not count silence (no answer) as push-back', () => {
    const { timers, control, budget } = budgetAt()
    budget.attemptEnded(TOO_MANY)
    timers.now = PACE_STALL_MS * 2
    budget.attemptEnded(unanswered('ECONNRESET'))
    expect(control.stopped).toBe(false)
  })
})

const settled = (
  budget: RunBudget,
  trigger: PlannedTrigger,
  fields: Parameters<typeof result>[0]
) => budget.settled(trigger, result(fields))

describe('RunBudget: silence and refusals', () => {
  const [a1, a2, a3, b1] = [plan[0]!, plan[1]!, plan[2]!, plan[3]!]

  it('ends the run after three triggers in a row with no answer', () => {
    const { control, budget } = budgetAt()
    for (const trigger of [a1, a2, a3]) {
      settled(budget, trigger, { ...trigger, status: 'failed', answered: false })
    }
    expect(control.cause).toBe('unreachable')
  })

  it('names answers that are not valid HTTP as such, not as silence', () => {
    const { control, budget } = budgetAt()
    for (const trigger of [a1, a2, a3]) {
      settled(budget, trigger, { ...trigger, status: 'failed', answered: false, invalidHttp: true })
    }
    expect(control.cause).toBe('invalid-http')
  })

  it('an answer in between starts the count again', () => {
    const { control, budget } = budgetAt()
    settled(budget, a1, { ...a1, status: 'failed', answered: false })
    settled(budget, a2, { ...a2, status: 'failed', answered: false })
    settled(budget, b1, { ...b1, status: 'succeeded' })
    settled(budget, a3, { ...a3, status: 'failed', answered: false })
    expect(control.stopped).toBe(false)
  })

  it('ends the run on the same refusal of its first triggers from two tables', () => {
    const { control, budget } = budgetAt()
    for (const trigger of [a1, b1, a2]) {
      settled(budget, trigger, { ...trigger, status: 'failed', errorMsg: 'authentication failed' })
    }
    expect(control.cause).toBe('refused')
    expect(budget.refusals.stopOfRun?.answer.reason).toBe('authentication failed')
  })

  it('stops one table, not the run, when only that table is refused', () => {
    const { control, budget } = budgetAt()
    settled(budget, b1, { ...b1, status: 'succeeded' })
    for (const trigger of [a1, a2, a3]) {
      settled(budget, trigger, { ...trigger, status: 'failed', errorMsg: 'table not found' })
    }
    expect(control.stopped).toBe(false)
    expect(budget.tableStop(a1)?.answer.reason).toBe('table not found')
    expect(budget.tableStop(b1)).toBeUndefined()
  })

  it('keeps fail-fast: the first failure ends the run', () => {
    const { control, budget } = budgetAt({ failFast: true })
    settled(budget, a1, { ...a1, status: 'failed', errorMsg: 'no' })
    expect(control.cause).toBe('fail-fast')
  })

  it('learns nothing from triggers never sent or cut off', () => {
    const { control, budget } = budgetAt()
    for (const trigger of [a1, a2, a3]) {
      settled(budget, trigger, { ...trigger, status: 'not-run', answered: false })
      settled(budget, trigger, { ...trigger, status: 'unknown', answered: false })
    }
    expect(control.stopped).toBe(false)
  })
})

describe('RunBudget: the wait deadline', () => {
  it('lets no pause end past the deadline, and cuts requests off at it', async () => {
    const { timers, control, budget } = budgetAt()
    expect(budget.stage.fits(10 ** 9)).toBe(true)
    expect(budget.requestSignal).toBe(control.abortSignal)
    budget.startWait(3000)
    const signal = budget.requestSignal
    expect(budget.stage.fits(3000)).toBe(true)
    expect(budget.stage.fits(3001)).toBe(false)
    expect(budget.outOfTime).toBe(false)
    timers.fireNext()
    await new Promise(resolve => setImmediate(resolve))
    expect(timers.now).toBe(3000)
    expect(signal.aborted).toBe(true)
    expect(budget.outOfTime).toBe(true)
    expect(budget.stage.outOfTime()).toBe(true)
    expect(control.stopped).toBe(false)
  })

  it('cuts requests off when the run is cancelled, deadline or not', () => {
    const { control, budget } = budgetAt()
    budget.startWait(3000)
    control.abortInFlight()
    expect(budget.requestSignal.aborted).toBe(true)
  })

  it('stops watching the deadline when the wait ends', async () => {
    const { timers, budget } = budgetAt()
    budget.startWait(3000)
    const signal = budget.requestSignal
    budget.endWait()
    await new Promise(resolve => setImmediate(resolve))
    timers.fireNext()
    await new Promise(resolve => setImmediate(resolve))
    expect(signal.aborted).toBe(false)
  })
})

describe('RunBudget: refusals counted per trigger, not per request', () => {
  it('a refused answer and a 503 are both refusals for the stop', () => {
    const { control, budget } = budgetAt()
    expect(refused('x').end.kind).toBe('answered')
    expect(BUSY.end.kind).toBe('answered')
    for (const trigger of [plan[0]!, plan[3]!, plan[1]!]) {
      settled(budget, trigger, { ...trigger, status: 'failed', errorMsg: 'HTTP 503' })
    }
    expect(control.cause).toBe('refused')
  })
})

describe('longestRunMs: the rule the README states', () => {
  const defaults = {
    triggers: 1,
    concurrency: 4,
    retries: 3,
    timeoutMs: 30_000,
    keyPair: false,
    plans: 0,
    waitTimeoutMs: 3_600_000
  }
  const minutes = (ms: number) => ms / 60_000

  it('at the defaults, one trigger: 14 requests of 30 s and 13 pauses of 60 s, 20 min', () => {
    expect(minutes(longestRunMs(defaults))).toBe(20)
  })

  it('with a key pair and a wait for one plan of 60 min: well inside GitHub’s 6 hours', () => {
    const ms = longestRunMs({ ...defaults, keyPair: true, plans: 1 })
    expect(ms).toBe(3 * 20 * 60_000 + 3_600_000 + 2_500)
    expect(ms).toBeLessThan((6 * 3_600_000) / 2)
  })

  it('counts the triggers a round per concurrency, or one at a time under push-back', () => {
    const backfill = { ...defaults, triggers: 8 }
    expect(minutes(longestRunMs(backfill))).toBe(2 * 20)
    expect(minutes(longestRunMs(backfill, true))).toBe(8 * 20)
  })

  it('retries: 0 is one request of timeout-seconds a trigger', () => {
    expect(longestRunMs({ ...defaults, retries: 0 })).toBe(30_000)
  })
})
