import { outcomeOf } from '../support/outcome.js'
import { describe, expect, it } from '@jest/globals'
import { dryRunLines, failureLine, progressLine } from '../../src/report/lines.js'
import { buildOutputs } from '../../src/report/outputs.js'
import { runContext } from '../../src/report/run-context.js'
import { buildSummary } from '../../src/report/summary.js'
import { TrustBoundary, type DisplayText } from '../../src/trust.js'
import { answered, testBoundary } from '../support/attempts.js'
import { result, resultOf } from '../support/results.js'

const succeededFields = {
  tableName: 'starrocks.`c.s`.p_order',
  partition: '2024-07-17',
  status: 'succeeded' as const,
  code: '200',
  traceId: 'tr-1',
  data: 'true',
  errorMsg: null,
  attempts: 1,
  durationMs: 42
}
const failedFields = {
  ...succeededFields,
  tableName: 'starrocks.`c.s`.p_refund',
  status: 'failed' as const,
  code: '500',
  traceId: 'tr-2',
  data: null,
  errorMsg: 'table | not <bound>',
  attempts: 4,
  durationMs: 1500
}
const succeeded = result(succeededFields)
const failed = result(failedFields)

describe('buildOutputs', () => {
  it('reports success with the traceId and compact results in the documented fields', () => {
    const outputs = buildOutputs(outcomeOf([succeeded]))
    expect(outputs.success).toBe('true')
    expect(outputs['trace-id']).toBe('tr-1')
    expect(outputs['error-message']).toBe('')
    expect(outputs['succeeded-count']).toBe('1')
    expect(outputs['failed-count']).toBe('0')
    expect(JSON.parse(outputs.results)).toEqual([
      {
        tableName: 'starrocks.`c.s`.p_order',
        partition: '2024-07-17',
        success: true,
        status: 'succeeded',
        code: '200',
        traceId: 'tr-1',
        data: 'true',
        errorMsg: null,
        attempts: 1,
        durationMs: 42
      }
    ])
    expect(outputs.results).not.toContain('\n')
  })

  it('reports failure with the reason and traceId when any trigger failed', () => {
    const outputs = buildOutputs(outcomeOf([failed]))
    expect(outputs.success).toBe('false')
    expect(outputs['trace-id']).toBe('tr-2')
    expect(outputs['error-message']).toBe(
      'starrocks.`c.s`.p_refund 2024-07-17: table | not <bound> (after 4 attempts in 1.5 s) (traceId tr-2)'
    )
  })

  it('counts, lists traceIds in plan order and keeps skipped triggers out of the failures', () => {
    const skipped = result({
      ...failedFields,
      partition: '2024-07-18',
      status: 'not-run',
      traceId: null,
      attempts: 0,
      errorMsg: 'not started'
    })
    const outputs = buildOutputs(outcomeOf([succeeded, failed, skipped]))
    expect(outputs).toMatchObject({
      success: 'false',
      // one entry per trigger: the one not run has none
      'trace-id': 'tr-1,tr-2,',
      'succeeded-count': '1',
      'failed-count': '1'
    })
    expect(outputs['error-message'].split('\n')).toHaveLength(1)
    expect(JSON.parse(outputs.results)).toHaveLength(3)
  })

  it('never reports success for no triggers at all', () => {
    expect(buildOutputs(outcomeOf([])).success).toBe('false')
  })
})

describe('log lines', () => {
  it('count in words that agree: 1 trigger, 2 triggers', () => {
    const one = { tableName: succeeded.tableName, partition: succeeded.partition }
    expect(dryRunLines([one]).notice).toBe('Dry run: 1 trigger planned; nothing was sent')
    expect(dryRunLines([one, one]).notice).toBe('Dry run: 2 triggers planned; nothing was sent')
  })

  it('logs a dry run as a line per table with its dates as ranges, a single date as before', () => {
    const boundary = new TrustBoundary()
    const plan = ['p_order', 'p_refund'].flatMap(table =>
      ['2024-07-01', '2024-07-02', '2024-07-03', '2024-07-09'].map(partition => ({
        tableName: boundary.identifier(`sr.\`c.s\`.${table}`),
        partition: boundary.identifier(partition)
      }))
    )
    expect(dryRunLines(plan).lines).toEqual([
      'sr.`c.s`.p_order 2024-07-01..2024-07-03, 2024-07-09 (4 partitions)',
      'sr.`c.s`.p_refund 2024-07-01..2024-07-03, 2024-07-09 (4 partitions)'
    ])
    expect(dryRunLines(plan.slice(0, 1)).lines).toEqual(['sr.`c.s`.p_order 2024-07-01'])
  })

  it('says table, partition, result, traceId, attempts and duration', () => {
    expect(progressLine(succeeded, 1, 2)).toBe(
      '[1/2] starrocks.`c.s`.p_order 2024-07-17: ✅ succeeded (traceId tr-1, 1 attempt, 42 ms)'
    )
    expect(progressLine(failed, 2, 2)).toBe(
      '[2/2] starrocks.`c.s`.p_refund 2024-07-17: ❌ failed: table | not <bound> (traceId tr-2, 4 attempts, 1.5 s)'
    )
  })

  it('keeps a multi-line reason on one line', async () => {
    // The reason as a run forms it, not as a fixture would: the platform's raw errorMsg, read
    // by the client's verdict into the trigger's result.
    const answer = { code: '500', succeed: false, traceId: 'tr-2', errorMsg: 'a\r\nb\u2028c\n' }
    const attempt = answered({ status: 200, body: JSON.stringify(answer) })
    const trigger = { tableName: failedFields.tableName, partition: failedFields.partition }
    const finished = await resultOf(trigger, attempt, testBoundary)
    const line = failureLine({ ...finished, attempts: 4, durationMs: 1500 })
    expect(line).toBe(
      'starrocks.`c.s`.p_refund 2024-07-17: a b c (after 4 attempts in 1.5 s) (traceId tr-2)'
    )
  })
})

describe('buildSummary', () => {
  const context = runContext(
    {
      GITHUB_WORKFLOW: 'Nightly refresh',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/data',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_NUMBER: '7',
      GITHUB_SHA: '0123456789abcdef',
      GITHUB_EVENT_NAME: 'schedule'
    },
    new TrustBoundary()
  )

  it('puts totals on top, failures first, and the run context below', () => {
    const summary = buildSummary(outcomeOf([succeeded, failed]), context)
    expect(summary).toContain('## ❌ 1 of 2 triggers failed\\: table \\| not &lt;bound&gt;')
    expect(summary).toContain('**1 succeeded, 1 failed, 2 in all**')
    expect(summary.indexOf('p_refund')).toBeLessThan(summary.indexOf('p_order'))
    expect(summary).toContain(
      'Workflow **Nightly refresh** · run #7 · commit `0123456` · event `schedule`'
    )
    // No link to the run: the reader is on its page.
    expect(summary).not.toContain('](https://')
  })

  it('lists failures with reason and traceId, and folds many successes away', () => {
    const many = Array.from({ length: 11 }, (_, i) =>
      result({ ...succeededFields, partition: `2024-07-${String(i + 1).padStart(2, '0')}` })
    )
    const summary = buildSummary(outcomeOf([...many, failed]), {})
    expect(summary.indexOf('### ❌ Failed (1)')).toBeLessThan(
      summary.indexOf('<details><summary>✅ Succeeded (11)</summary>')
    )
    expect(summary).not.toContain('| Note |') // no warnings: no empty column
    expect(buildSummary(outcomeOf(many.slice(0, 2)), {})).toContain('### ✅ Succeeded (2)')
  })

  it('keeps table cells intact: backticked names in code spans, pipes and HTML escaped', () => {
    const summary = buildSummary(outcomeOf([failed]), {})
    expect(summary).toContain(
      '| `` starrocks.`c.s`.p_refund `` | 2024-07-17 | table \\| not &lt;bound&gt; | `tr-2` | 4 |'
    )
  })
})

describe('the summary’s triggers not run', () => {
  it('lists them per table and reason, their dates as ranges in a code block, never in a cell', () => {
    const day = (d: number) => `2024-07-${String(d).padStart(2, '0')}`
    const notRun = [2, 3, 4, 5, 9].map(d =>
      result({ ...succeededFields, partition: day(d), status: 'not-run', errorMsg: 'not run: x' })
    )
    const summary = buildSummary(outcomeOf([failed, ...notRun]), {})
    expect(summary).toContain(
      [
        '### ⏭️ Not run (5)',
        '',
        '- `` starrocks.`c.s`.p_order `` · 5 dates · not run\\: x',
        '',
        '  ```',
        '  2024-07-02..2024-07-05, 2024-07-09',
        '  ```'
      ].join('\n')
    )
    expect(summary).not.toMatch(/\| [^\n]*2024-07-02/)
  })
})

describe('inputErrorLine with a rule that quotes a file', () => {
  it('bounds the line whatever the file held', async () => {
    const { InputError } = await import('../../src/inputs/refusals.js')
    const { inputErrorLine } = await import('../../src/report/lines.js')
    const { TrustBoundary } = await import('../../src/trust.js')
    const error = new InputError('dbt-manifest', `has no node ${'x'.repeat(1_000_000)}`, 'm.json')
    expect(inputErrorLine(error, new TrustBoundary()).length).toBeLessThan(1000)
  })
})

describe('the summary’s warnings', () => {
  it('lists every warning of the run, which the annotations cap at ten', () => {
    const plain = (text: string) => text as DisplayText
    const outcome = {
      ...outcomeOf([]),
      warnings: Array.from({ length: 12 }, (_, i) => plain(`plan p${i} is not ready`))
    }
    const summary = buildSummary(outcome, {})
    expect(summary).toContain('### ⚠️ Warnings (12)')
    expect(summary).toContain('- plan p11 is not ready')
  })

  it('has no warnings section when there is none', () => {
    expect(buildSummary(outcomeOf([]), {})).not.toContain('Warnings')
  })
})
