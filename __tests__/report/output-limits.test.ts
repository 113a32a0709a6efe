import { describe, expect, it } from '@jest/globals'
import { failureLine } from '../../src/report/lines.js'
import { buildOutputs } from '../../src/report/outputs.js'
import { buildSummary } from '../../src/report/summary.js'
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
    const outputs = buildOutputs(results)
    for (const [name, value] of Object.entries(outputs)) {
      expect([name, Buffer.byteLength(value) < GITHUB_OUTPUT_LIMIT]).toEqual([name, true])
    }
    const parsed = JSON.parse(outputs.results) as Array<{ tableName: string }>
    expect(parsed).toHaveLength(2000)
    expect(parsed[0]!.tableName).toHaveLength(128)
  })

  it('keeps the job summary of a 2000-trigger plan under GitHub’s 1 MiB summary limit', () => {
    const summary = buildSummary(results, {})
    expect(Buffer.byteLength(summary)).toBeLessThan(GITHUB_SUMMARY_LIMIT)
    expect(summary.split('\n').filter(line => line.startsWith('| `` datasource.'))).toHaveLength(
      2000
    )
  })

  it('keeps messages whole when they fit', () => {
    const short = results.slice(0, 3).map(r => ({ ...r, errorMsg: failureLine(r, 12) }))
    const outputs = buildOutputs(short)
    expect(JSON.parse(outputs.results)[0].errorMsg).toBe(short[0]!.errorMsg)
  })
})
