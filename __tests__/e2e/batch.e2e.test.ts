import { afterEach, describe, expect, it } from '@jest/globals'
import {
  startSimulator,
  TRIGGER_PATH,
  type RecordedRequest,
  type Simulator
} from '../../simulator/anymetrics-simulator.js'
import { inputBuilder, readmeInputs, TABLE as ORDERS } from '../support/inputs.js'
import { expectNoSecretIn } from '../support/leaks.js'
import { expectRefusedBeforeAnyRequest } from '../support/refused.js'
import { annotations, runAction } from '../support/run-action.js'

const SECRET = 'batch-credential-5be1c0de'
const credentials = { tenantId: 'tn_batch', authType: 'TOKEN', authValue: SECRET }
/** The API key pair the README's workflows pass: the simulator exchanges it for a TOKEN. */
const keyPair = { tenantId: 'tn_batch', appId: 'batch-app', appSecret: 'batch-app-secret-9d2f' }
const REFUNDS = 'starrocks.`default_catalog.sales`.p_refund'
const inputsFor = inputBuilder(credentials)

let simulator: Simulator | undefined
afterEach(async () => {
  await simulator?.close()
  simulator = undefined
})

async function start(options: Parameters<typeof startSimulator>[0] = {}): Promise<Simulator> {
  simulator = await startSimulator({ ...credentials, ...keyPair, ...options })
  return simulator
}

/** The triggers the server received (not the token request). */
const triggers = (server: Simulator) =>
  server.requests.filter(request => request.path === TRIGGER_PATH)
const sentPairs = (server: Simulator) =>
  triggers(server).map(request => `${request.body.tableName} ${request.body.tablePartition}`)

/** The most of these requests the server was handling at once, from when each came and went. */
function mostInFlight(requests: readonly RecordedRequest[]): number {
  const inFlightAt = (moment: number) =>
    requests.filter(request => request.arrivedMs <= moment && moment < request.answeredMs).length
  return Math.max(0, ...requests.map(request => inFlightAt(request.arrivedMs)))
}

describe('the README examples, as written', () => {
  it('multi-table: refreshes every table × partition and reports them all', async () => {
    const server = await start()
    const run = await runAction(readmeInputs('multi-table', server, keyPair))

    expect(run.exitCode).toBe(0)
    expect(triggers(server)).toHaveLength(9)
    const tables = new Set(triggers(server).map(request => request.body.tableName))
    expect(tables).toEqual(
      new Set(
        ['p_order', 'p_refund', 'p_customer'].map(t => `starrocks.\`default_catalog.sales\`.${t}`)
      )
    )
    expect(run.outputs).toMatchObject({
      success: 'true',
      'succeeded-count': '9',
      'failed-count': '0'
    })
    const results = JSON.parse(run.outputs.results!) as Array<{
      tableName: string
      traceId: string
    }>
    expect(results.map(result => result.tableName.split('.').at(-1))).toEqual([
      ...Array(3).fill('p_order'),
      ...Array(3).fill('p_refund'),
      ...Array(3).fill('p_customer')
    ])
    expect(run.outputs['trace-id']).toBe(results.map(result => result.traceId).join(','))
    expectNoSecretIn(run, [keyPair.appSecret])
  })

  it('backfill: a workflow_dispatch range, dry run first, then for real', async () => {
    const server = await start()
    const dispatch = {
      'inputs.tables': `${ORDERS}\n${REFUNDS}`,
      'inputs.from': '2024-07-01',
      'inputs.to': '2024-07-07',
      'inputs.dry-run': 'true'
    }
    const dryRun = await runAction(readmeInputs('backfill', server, keyPair, dispatch))
    expect(dryRun.exitCode).toBe(0)
    expect(server.requests).toHaveLength(0)
    expect(dryRun.outputs).toMatchObject({ success: 'false', 'succeeded-count': '0' })
    const planned = JSON.parse(dryRun.outputs.results!) as Array<Record<string, unknown>>
    expect(planned).toHaveLength(14)
    expect(planned[13]).toEqual({
      tableName: REFUNDS,
      partition: '2024-07-07',
      success: false,
      status: 'planned',
      code: null,
      traceId: null,
      data: null,
      errorMsg: null,
      attempts: 0,
      durationMs: 0
    })
    expect(dryRun.summary).toContain('**14 triggers planned**')
    // A week of two tables: the grid, a line per table, each date marked planned.
    expect(dryRun.summary).toContain(
      '| `` starrocks.`default_catalog.sales`.p_refund `` | 2024-07-01..2024-07-07 | 📅📅📅📅📅📅📅 |'
    )
    expect(annotations(dryRun.stdout, 'notice')).toEqual([
      '::notice::Dry run: 14 triggers planned; nothing was sent'
    ])

    const real = await runAction(
      readmeInputs('backfill', server, keyPair, { ...dispatch, 'inputs.dry-run': 'false' })
    )
    expect(real.exitCode).toBe(0)
    expect(new Set(sentPairs(server)).size).toBe(14)
    expect(real.outputs['succeeded-count']).toBe('14')
  })

  it('backfill, dry run of 2 tables × 366 dates: a calendar under 30 KB, 732 planned results, a short log', async () => {
    const server = await start()
    const dispatch = {
      'inputs.tables': `${ORDERS}\n${REFUNDS}`,
      'inputs.from': '2024-01-01',
      'inputs.to': '2024-12-31',
      'inputs.dry-run': 'true'
    }
    const run = await runAction(readmeInputs('backfill', server, keyPair, dispatch))
    expect(run.exitCode).toBe(0)
    expect(server.requests).toHaveLength(0)

    const planned = JSON.parse(run.outputs.results!) as Array<{
      tableName: string
      partition: string
      status: string
    }>
    expect(planned).toHaveLength(732)
    expect(new Set(planned.map(entry => entry.status))).toEqual(new Set(['planned']))
    expect(planned.map(entry => `${entry.tableName} ${entry.partition}`)).toEqual(
      [ORDERS, REFUNDS].flatMap(table =>
        Array.from(
          { length: 366 },
          (_, day) => `${table} ${new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10)}`
        )
      )
    )
    expect(run.outputs['trace-id']).toBe(','.repeat(731))

    expect(Buffer.byteLength(run.summary)).toBeLessThan(30_000)
    expect(run.summary).toContain('**732 triggers planned**')
    expect(run.summary.match(/^\| 2024-\d\d \|/gm)).toHaveLength(24)
    expect(run.summary).toContain(
      '| 2024-02 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 | 📅 |  |  |'
    )
    // The log: a line per table, not one per trigger.
    expect(run.stdout).toContain(
      `${ORDERS} 2024-01-01..2024-12-31 (366 partitions)\n${REFUNDS} 2024-01-01..2024-12-31 (366 partitions)\n::endgroup::`
    )
    expect(run.stdout.split('\n').length).toBeLessThan(20)
  })

  it('backfill with dry-run check: proves the connection, triggers nothing, lists the plan as planned', async () => {
    const server = await start()
    const dispatch = {
      'inputs.tables': ORDERS,
      'inputs.from': '2024-07-01',
      'inputs.to': '2024-07-03',
      'inputs.dry-run': 'check'
    }
    const run = await runAction(readmeInputs('backfill', server, keyPair, dispatch))
    expect(run.exitCode).toBe(0)
    expect(triggers(server)).toHaveLength(0)
    expect(run.summary).toContain('## ✅ AnyMetrics connection check passed')
    const planned = JSON.parse(run.outputs.results!) as Array<{ partition: string; status: string }>
    expect(planned.map(entry => `${entry.partition} ${entry.status}`)).toEqual([
      '2024-07-01 planned',
      '2024-07-02 planned',
      '2024-07-03 planned'
    ])
  })

  it('matrix: one slice of a large backfill', async () => {
    const server = await start()
    const run = await runAction(
      readmeInputs('matrix', server, keyPair, { 'matrix.range': '2024-01-01..2024-01-31' })
    )
    expect(run.exitCode).toBe(0)
    expect(triggers(server)).toHaveLength(31)
  })
})

describe('a mixed run', () => {
  it('finishes every trigger, fails the step at the end, and puts failures first', async () => {
    const server = await start({
      tableFaults: {
        [REFUNDS]: {
          body: { code: '500', succeed: false, traceId: 'tr-bad', errorMsg: 'partition is locked' }
        }
      }
    })
    const run = await runAction(
      inputsFor(server, {
        'table-name': `${ORDERS}, ${REFUNDS}`,
        partition: '2024-07-01..2024-07-03'
      })
    )

    expect(run.exitCode).toBe(1)
    expect(server.requests).toHaveLength(6)
    expect(run.outputs).toMatchObject({
      success: 'false',
      'succeeded-count': '3',
      'failed-count': '3'
    })
    expect(run.outputs['error-message']!.split('\n')).toEqual([
      `${REFUNDS} 2024-07-01: partition is locked (traceId tr-bad)`,
      `${REFUNDS} 2024-07-02: partition is locked (traceId tr-bad)`,
      `${REFUNDS} 2024-07-03: partition is locked (traceId tr-bad)`
    ])
    // Three identical failures: one annotation with the count.
    expect(annotations(run.stdout, 'error')).toEqual([
      `::error title=AnyMetrics refresh failed::3 triggers failed: partition is locked (first: ${REFUNDS} 2024-07-01 (traceId tr-bad))`
    ])
    for (let done = 1; done <= 6; done++) expect(run.stdout).toContain(`[${done}/6] `)
    expect(run.stdout).toMatch(
      /^::group::Triggering 6 data updates on http:\/\/127\.0\.0\.1:\d+ \(concurrency 4\)$/m
    )
    expect(run.stdout).toContain('3 succeeded, 3 failed, 6 in all')
    expect(run.summary).toContain('**3 succeeded, 3 failed, 6 in all**')
    expect(run.summary.indexOf('### ❌ Failed (3)')).toBeLessThan(
      run.summary.indexOf('### ✅ Succeeded (3)')
    )
    expect(run.summary).toContain(
      `| \`\` ${REFUNDS} \`\` | 2024-07-01 | partition is locked | \`tr-bad\` | 1 |`
    )
  })

  it('with fail-fast, starts nothing after the first failure', async () => {
    const server = await start({
      tableFaults: { [ORDERS]: [{ body: { code: '500', succeed: false, errorMsg: 'broken' } }, {}] }
    })
    const run = await runAction(
      inputsFor(server, {
        'table-name': ORDERS,
        partition: '2024-07-01..2024-07-05',
        concurrency: '1',
        'fail-fast': 'true'
      })
    )
    expect(run.exitCode).toBe(1)
    expect(server.requests).toHaveLength(1)
    expect(run.outputs).toMatchObject({ 'succeeded-count': '0', 'failed-count': '1' })
    const results = JSON.parse(run.outputs.results!) as Array<{
      attempts: number
      errorMsg: string
    }>
    expect(results.map(result => result.attempts)).toEqual([1, 0, 0, 0, 0])
    expect(results[1]!.errorMsg).toBe('not run: fail-fast stopped the run after a failure')
    expect(run.summary).toContain('0 succeeded, 1 failed, 4 not run, 5 in all')
  })
})

describe('pace', () => {
  it('never has more triggers in flight than concurrency, as the server observes', async () => {
    const server = await start({ latencyMs: 150 })
    const run = await runAction(
      inputsFor(server, {
        'table-name': ORDERS,
        partition: '2024-07-01..2024-07-09',
        concurrency: '3'
      })
    )
    expect(run.exitCode).toBe(0)
    expect(server.requests).toHaveLength(9)
    expect(server.maxInFlight()).toBe(3)
  })

  it('slows down for a server that answers 429 when full, and still completes', async () => {
    const server = await start({ latencyMs: 30, capacity: 2, capacityRetryAfter: '0' })
    const run = await runAction(
      inputsFor(server, {
        'table-name': ORDERS,
        partition: '2024-07-01..2024-07-12',
        concurrency: '8'
      })
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs['succeeded-count']).toBe('12')
    // The first burst fills all 8 slots, and the server pushes back on what it cannot take...
    const firstBurst = server.requests.slice(0, 8)
    expect(firstBurst.some(request => request.status === 429)).toBe(true)
    // ...after which the run never has more than half as many in flight, retries included.
    const burstAnswered = Math.max(...firstBurst.map(request => request.answeredMs))
    const after = server.requests.filter(request => request.arrivedMs > burstAnswered)
    expect(after.length).toBeGreaterThan(0)
    expect(mostInFlight(after)).toBeLessThanOrEqual(4)
  })
})

describe('plans that are refused before anything is sent', () => {
  it.each([
    [
      { partition: '2024-07-31..2024-07-01' },
      'Input "partition" has a reversed range (2024-07-31 is after 2024-07-01): write it oldest first; got "2024-07-31..2024-07-01"'
    ],
    [
      { partition: '2020-01-01..2024-12-31', 'max-triggers': '500' },
      'Input "max-triggers" is 500, and the plan has 1827 triggers (1 table × 1827 partitions, 2020-01-01..2024-12-31): narrow partition or raise max-triggers'
    ],
    [{ partition: ',' }, 'Input "partition" must name at least one partition']
  ])('%j', async (overrides, message) => {
    const server = await start()
    const run = await runAction(inputsFor(server, overrides))
    expectRefusedBeforeAnyRequest(run, server, [message])
  })
})
