import { describe, expect, it } from '@jest/globals'
import type { ResumeRecord } from '../../src/inputs/resume-file.js'
import type { PlanWatch } from '../../src/run/plan-watch.js'
import {
  acceptedIn,
  compareWithStored,
  inPlanOrder,
  nextRecord,
  resumeView,
  splitByResume
} from '../../src/run/resume.js'
import { display } from '../../src/trust.js'
import { testBoundary } from '../support/attempts.js'
import { result } from '../support/results.js'

const scope = { host: 'http://h:8083', tenantId: 'tn_1' }
const ORDERS = 'starrocks.`c.s`.p_order'
const plan = ['2024-07-01', '2024-07-02', '2024-07-03'].map(partition => ({
  tableName: ORDERS,
  partition
}))
const record: ResumeRecord = {
  entries: [
    {
      ...scope,
      accepted: [{ tableName: ORDERS, partition: '2024-07-02', traceId: 'tr-earlier' }],
      baselines: [
        { plan: { by: 'name', value: 'orders' }, refreshMs: 1000, latestRefreshTime: 't0' }
      ]
    },
    { host: 'http://other:8083', tenantId: 'tn_1', accepted: [], baselines: [] }
  ]
}

function watch(refreshMs: number): PlanWatch {
  const reading = {
    hasNotReady: false,
    latestDateTime: null,
    latestRefreshTime: display`now`,
    refreshMs,
    dataMs: null,
    traceId: null
  }
  return {
    plan: { by: 'name', value: 'orders', label: 'orders' },
    label: display`orders`,
    baseline: reading,
    last: reading,
    state: 'waiting',
    reason: null,
    polls: 0,
    waitedMs: 0
  }
}

describe('resumeView', () => {
  it('finds what was accepted for the same host and tenant only', () => {
    const view = resumeView(record, scope)
    expect(view.accepted(plan[1]!)?.traceId).toBe('tr-earlier')
    expect(view.accepted(plan[0]!)).toBeUndefined()
    expect(resumeView(record, { ...scope, tenantId: 'tn_2' }).accepted(plan[1]!)).toBeUndefined()
    expect(
      resumeView(record, { ...scope, host: 'http://h:8084' }).accepted(plan[1]!)
    ).toBeUndefined()
  })

  it('tells a table from a partition: no key made of one run into the other', () => {
    const joined: ResumeRecord = {
      entries: [
        { ...scope, accepted: [{ tableName: 'a b', partition: 'c', traceId: null }], baselines: [] }
      ]
    }
    expect(resumeView(joined, scope).accepted({ tableName: 'a', partition: 'b c' })).toBeUndefined()
  })
})

describe('splitByResume and inPlanOrder', () => {
  it('sends only what was not accepted, and puts every result back in plan order', () => {
    const { toSend, earlier } = splitByResume(plan, resumeView(record, scope), testBoundary)
    expect(toSend).toEqual([plan[0], plan[2]])
    expect(earlier[1]).toMatchObject({
      status: 'accepted-earlier',
      traceId: 'tr-earlier',
      attempts: 0
    })
    const sent = [
      result({ tableName: ORDERS, partition: '2024-07-01', status: 'succeeded' }),
      result({ tableName: ORDERS, partition: '2024-07-03', status: 'failed' })
    ]
    expect(inPlanOrder(earlier, sent).map(r => `${r.partition} ${r.status}`)).toEqual([
      '2024-07-01 succeeded',
      '2024-07-02 accepted-earlier',
      '2024-07-03 failed'
    ])
  })
})

describe('nextRecord', () => {
  const results = [
    result({ tableName: ORDERS, partition: '2024-07-01', status: 'succeeded', traceId: 'tr-now' }),
    result({
      tableName: ORDERS,
      partition: '2024-07-02',
      status: 'accepted-earlier',
      traceId: 'tr-earlier'
    }),
    result({ tableName: ORDERS, partition: '2024-07-03', status: 'failed', traceId: 'tr-no' })
  ]

  it('keeps everything accepted so far, and other hosts’ entries as they were', () => {
    const next = nextRecord(record, scope, { plan, results, watches: [] })
    expect(next.entries[0]).toEqual(record.entries[1])
    expect(next.entries[1]?.accepted).toEqual([
      { tableName: ORDERS, partition: '2024-07-02', traceId: 'tr-earlier' },
      { tableName: ORDERS, partition: '2024-07-01', traceId: 'tr-now' }
    ])
    expect(acceptedIn(next, scope)).toBe(2)
  })

  it('takes the baselines read before this run’s triggers when it sent any', () => {
    const next = nextRecord(record, scope, { plan, results, watches: [watch(5000)] })
    expect(next.entries[1]?.baselines).toEqual([
      { plan: { by: 'name', value: 'orders' }, refreshMs: 5000, latestRefreshTime: 'now' }
    ])
  })

  it('keeps the stored baseline when this run sent nothing', () => {
    const onlyEarlier = plan.map((trigger, index) =>
      result({ ...trigger, status: index === 1 ? 'accepted-earlier' : 'not-run' })
    )
    const next = nextRecord(record, scope, { plan, results: onlyEarlier, watches: [watch(5000)] })
    expect(next.entries[1]?.baselines).toEqual(record.entries[0]?.baselines)
  })

  it('starts a record for a first attempt, and records nothing of a run that ended early', () => {
    expect(nextRecord(undefined, scope, { plan, results: [], watches: [] })).toEqual({
      entries: [{ ...scope, accepted: [], baselines: [] }]
    })
  })
})

describe('compareWithStored', () => {
  it('gives a plan the stored baseline, its time crossing the boundary again', () => {
    const watches = [watch(5000)]
    compareWithStored(watches, resumeView(record, scope), testBoundary)
    expect(watches[0]?.baseline).toMatchObject({ refreshMs: 1000, latestRefreshTime: 't0' })
    expect(watches[0]?.last.refreshMs).toBe(5000)
  })

  it('leaves a plan with no stored baseline as it was read', () => {
    const watches = [watch(5000)]
    compareWithStored(watches, resumeView(undefined, scope), testBoundary)
    expect(watches[0]?.baseline.refreshMs).toBe(5000)
  })
})
