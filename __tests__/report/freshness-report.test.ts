import { describe, expect, it } from '@jest/globals'
import { planNotFreshLine } from '../../src/report/freshness-report.js'
import type { PlanReading, PlanWatch } from '../../src/run/plan-watch.js'
import { TrustBoundary } from '../../src/trust.js'

const boundary = new TrustBoundary([])
const BASELINE_TIME = '2024-09-01 18:09:16'

function reading(latestRefreshTime: string | null): PlanReading {
  return {
    hasNotReady: false,
    latestDateTime: boundary.text('2024-08-31 00:00:00'),
    latestRefreshTime: latestRefreshTime === null ? null : boundary.text(latestRefreshTime),
    refreshMs: latestRefreshTime === null ? null : Date.UTC(2024, 8, 1, 18, 9, 16),
    dataMs: Date.UTC(2024, 7, 31),
    traceId: null
  }
}

/** A plan that stayed stale to the deadline: what the baseline saw, and the last poll. */
function staleWatch(baseline: string | null, last: string | null): PlanWatch {
  return {
    plan: { by: 'name', value: 'orders', label: 'orders' },
    label: boundary.text('orders'),
    baseline: reading(baseline),
    last: reading(last),
    state: 'stale',
    reason: null,
    polls: 3,
    waitedMs: 3000
  }
}

describe('planNotFreshLine', () => {
  it('names the refresh time the plan kept since the start', () => {
    expect(planNotFreshLine(staleWatch(BASELINE_TIME, BASELINE_TIME))).toBe(
      `Plan orders is not fresh after 3.0 s: no refresh ended since ${BASELINE_TIME} (platform time); data through 2024-08-31 00:00:00`
    )
  })

  it('says no refresh had ended when the plan never had a refresh time', () => {
    expect(planNotFreshLine(staleWatch(null, null))).toBe(
      'Plan orders is not fresh after 3.0 s: no refresh ended since the start (none had ended); data through 2024-08-31 00:00:00'
    )
  })

  it('gives the time waited, not the deadline: one number everywhere', () => {
    const watch = { ...staleWatch(BASELINE_TIME, BASELINE_TIME), waitedMs: 2600 }
    expect(planNotFreshLine(watch)).toMatch(/^Plan orders is not fresh after 2\.6 s: /)
  })

  it('says the refresh time vanished when the baseline had one and the last poll none', () => {
    expect(planNotFreshLine(staleWatch(BASELINE_TIME, null))).toBe(
      `Plan orders is not fresh after 3.0 s: its latestRefreshTime vanished (it was ${BASELINE_TIME} at the start, platform time); data through 2024-08-31 00:00:00`
    )
  })
})
