import { outcomeOf } from '../support/outcome.js'
import { describe, expect, it } from '@jest/globals'
import { failureLine } from '../../src/report/lines.js'
import { buildOutputs } from '../../src/report/outputs.js'
import { dbtShown, dbtSummarySection } from '../../src/report/dbt-report.js'
import { buildSummary } from '../../src/report/summary.js'
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
