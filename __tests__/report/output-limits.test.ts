import { outcomeOf } from '../support/outcome.js'
import { describe, expect, it } from '@jest/globals'
import { failureLine } from '../../src/report/lines.js'
import { buildOutputs, plannedOutputs } from '../../src/report/outputs.js'
import { dbtShown, dbtSummarySection } from '../../src/report/dbt-report.js'
import { plannedResult } from '../../src/report/statuses.js'
import { buildPlanSummary, buildSummary } from '../../src/report/summary.js'
import { TrustBoundary } from '../../src/trust.js'
import type { TriggerResult } from '../../src/run/trigger.js'
import { result } from '../support/results.js'

const GITHUB_OUTPUT_LIMIT = 1_000_000 // 1 MB per output
const GITHUB_SUMMARY_LIMIT = 1024 * 1024 // 1 MiB per step summary

/** The largest plan allowed (max-triggers 2000) with the longest names and messages. */
function worstCaseResults(): TriggerResult[] {
  const tableName = `datasource.\`catalog.schema\`.${'t'.repeat(128 - 28)}`
  return Array.from({ length: 2000 }, (_, i) =>
    result({
      tableName,
      partition: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
      status: 'failed',
      code: '500',
      traceId: 'f'.repeat(128),
      data: 'd'.repeat(2000),
      errorMsg: `failure ${i}: ${'x'.repeat(5000)}`,
      attempts: 4,
      durationMs: 123456
    })
  )
}

describe('output and summary size', () => {
  const results = worstCaseResults()

  it('keeps every output of a 2000-trigger plan under GitHub’s 1 MB output limit', () => {
    const outputs = buildOutputs(outcomeOf(results))
    for (const [name, value] of Object.entries(outputs)) {
      expect([name, Buffer.byteLength(value) < GITHUB_OUTPUT_LIMIT]).toEqual([name, true])
    }
    const parsed = JSON.parse(outputs.results) as Array<{ tableName: string }>
    expect(parsed).toHaveLength(2000)
    expect(parsed[0]!.tableName).toHaveLength(128)
  })

  it('keeps the job summary of a 2000-trigger plan under GitHub’s 1 MiB summary limit', () => {
    const summary = buildSummary(outcomeOf(results), {})
    expect(Buffer.byteLength(summary)).toBeLessThan(GITHUB_SUMMARY_LIMIT)
    // One row per failure, and the grid's one line for the table.
    expect(summary.split('\n').filter(line => line.startsWith('| `` datasource.'))).toHaveLength(
      2001
    )
  })

  it('keeps messages whole when they fit', () => {
    const short = results.slice(0, 3).map(r => ({ ...r, errorMsg: failureLine(r, 12) }))
    const outputs = buildOutputs(outcomeOf(short))
    expect(JSON.parse(outputs.results)[0].errorMsg).toBe(short[0]!.errorMsg)
  })
})

describe('size limits that outside text can push', () => {
  // 128 CJK characters: 384 bytes each, the longest traceId the platform may send.
  const cjk = '数'.repeat(128)
  const cjkResults = Array.from({ length: 2000 }, (_, i) =>
    result({
      tableName: `数据源.\`目录.模式\`.${'表'.repeat(100)}${i}`,
      partition: '2024-01-01',
      status: i % 2 === 0 ? 'failed' : 'succeeded',
      traceId: cjk,
      errorMsg: i % 2 === 0 ? `失败 ${'错'.repeat(900)}` : null
    })
  )

  it('keeps results and every other output within 1 MB with 2,000 CJK trace IDs, one entry per trigger', () => {
    const outputs = buildOutputs(outcomeOf(cjkResults))
    for (const [name, value] of Object.entries(outputs)) {
      expect([name, Buffer.byteLength(value) <= GITHUB_OUTPUT_LIMIT]).toEqual([name, true])
    }
    expect(JSON.parse(outputs.results)).toHaveLength(2000)
  })

  it('keeps the summary within 1 MiB with 2,000 CJK trace IDs, and says what it left out', () => {
    const summary = buildSummary(outcomeOf(cjkResults), {})
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT)
    expect(summary).toMatch(/…and \d+ more/)
  })

  it('counts the dbt section in the same budget: one model and 15,000 tests', () => {
    const boundary = new TrustBoundary()
    const shown = dbtShown(
      {
        mapped: [{ uniqueId: 'model.shop.orders', tableName: 'sr.`c.s`.orders' }],
        skipped: Array.from({ length: 15_000 }, (_, i) => ({
          uniqueId: `test.shop.not_null_orders_column_with_a_long_name_${i}.abcdef0123`,
          kind: 'not-a-table' as const,
          reason: 'a test, not a table'
        }))
      },
      boundary
    )
    const summary = buildSummary(outcomeOf(cjkResults.slice(0, 1)), {}, detail =>
      dbtSummarySection(shown, detail)
    )
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT)
    expect(summary).toContain('15000 dbt nodes skipped')
    expect(summary).toContain('model.shop.orders')
  })
})

describe('size limits of the calendar, at the largest plan max-triggers allows', () => {
  const boundary = new TrustBoundary()
  const longTable = (t: number) => `datasource.\`catalog.schema\`.${String(t).padEnd(100, 't')}`
  const dayOf = (offset: number) =>
    new Date(Date.UTC(2023, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10)
  /** The first of each month from 2020-01: a sparse plan, one row per date. */
  const monthStart = (index: number) =>
    `${2020 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
  // Dense: 4 tables × 500 days; sparse: 40 tables × 50 dates a month apart (a row per date).
  const plans: Array<[string, number, (d: number) => string]> = [
    ['4 tables × 500 days', 500, dayOf],
    ['40 tables × 50 months', 50, monthStart]
  ]
  const planOf = (tables: number, dates: number, date: (d: number) => string) =>
    Array.from({ length: tables }, (_, t) =>
      Array.from({ length: dates }, (_, d) => ({ tableName: longTable(t), partition: date(d) }))
    ).flat()

  it.each(plans)(
    'keeps the summary of a real run of %s, every trigger failing with a long message, within 1 MiB',
    (_name, dates, date) => {
      const plan = planOf(2000 / dates, dates, date)
      expect(plan).toHaveLength(2000)
      const failing = plan.map((trigger, i) =>
        result({
          ...trigger,
          status: 'failed',
          traceId: 'f'.repeat(128),
          errorMsg: `failure ${i}: ${'错'.repeat(5000)}`,
          attempts: 4
        })
      )
      const summary = buildSummary(outcomeOf(failing), {})
      expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT)
      expect(summary).toContain('| Month | 1 | 2 |')
      expect(summary).toContain('❌ Failed (')
    }
  )

  it.each(plans)(
    'keeps the summary and the results of a dry run of %s within GitHub’s limits',
    (_name, dates, date) => {
      const plan = planOf(2000 / dates, dates, date).map(trigger => ({
        tableName: boundary.identifier(trigger.tableName),
        partition: boundary.identifier(trigger.partition)
      }))
      const summary = buildPlanSummary(plan, {})
      expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT)
      expect(summary).toContain('**2000 triggers planned**')
      const outputs = plannedOutputs(plan.map(plannedResult))
      for (const [name, value] of Object.entries(outputs)) {
        expect([name, Buffer.byteLength(value) <= GITHUB_OUTPUT_LIMIT]).toEqual([name, true])
      }
      const results = JSON.parse(outputs.results) as Array<{ status: string }>
      expect(results).toHaveLength(2000)
      expect(new Set(results.map(entry => entry.status))).toEqual(new Set(['planned']))
    }
  )
})
