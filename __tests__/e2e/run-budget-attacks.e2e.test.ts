/**
 * Limits of the run budget attacked from angles run-budget.e2e.test.ts does not take: a good
 * table whose first answer is still in flight when two unknown tables have been refused three
 * times, a cancellation just before the wait's deadline, and fail-fast's stop said at the top.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import {
  PLAN_STATUS_PATH,
  TRIGGER_PATH,
  startSimulator,
  type Fault,
  type Simulator
} from '../../simulator/anymetrics-simulator.js'
import { inputBuilder, TABLE } from '../support/inputs.js'
import { annotations, runAction } from '../support/run-action.js'

const platform = { tenantId: 'tn_attack', authType: 'TOKEN', authValue: 'attack-secret-77c1' }
const inputsFor = inputBuilder(platform)
const REFUNDS = 'starrocks.`default_catalog.sales`.p_refund'
const CUSTOMERS = 'starrocks.`default_catalog.sales`.p_customer'
const NOT_FOUND: Fault = {
  body: { code: '500', succeed: false, errorMsg: 'data source table not found' }
}

let simulator: Simulator | undefined
let proxy: http.Server | undefined
afterEach(async () => {
  await simulator?.close()
  simulator = undefined
  const server = proxy
  proxy = undefined
  if (server) {
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => resolve()))
  }
})

/** A loopback proxy to `target` that holds back requests whose body contains `needle`. */
async function slowFor(target: string, needle: string, delayMs: number): Promise<string> {
  const { hostname, port } = new URL(target)
  proxy = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const forward = () => {
        const upstream = http.request(
          { host: hostname, port, path: req.url, method: req.method, headers: req.headers },
          answer => {
            res.writeHead(answer.statusCode ?? 502, answer.headers)
            answer.pipe(res)
          }
        )
        upstream.on('error', () => res.destroy())
        upstream.end(body)
      }
      setTimeout(forward, body.toString().includes(needle) ? delayMs : 0)
    })
  })
  await new Promise<void>(resolve => proxy!.listen(0, '127.0.0.1', resolve))
  return `127.0.0.1:${(proxy.address() as { port: number }).port}`
}

describe('the refusal stop and a good table still answering', () => {
  it('two unknown tables do not stop a third table whose first trigger is still in flight', async () => {
    simulator = await startSimulator({
      ...platform,
      tableFaults: { [TABLE]: NOT_FOUND, [REFUNDS]: NOT_FOUND }
    })
    const host = await slowFor(simulator.url, 'p_customer', 300)
    const run = await runAction(
      inputsFor(host, {
        'table-name': `${TABLE}\n${REFUNDS}\n${CUSTOMERS}`,
        partition: '2024-07-01..2024-07-12',
        concurrency: '4'
      })
    )
    expect(run.exitCode).toBe(1)
    const results = JSON.parse(run.outputs.results ?? '[]') as Array<{
      tableName: string
      status: string
    }>
    // The good table goes on: every one of its dates is refreshed.
    expect(results.filter(r => r.tableName === CUSTOMERS).map(r => r.status)).toEqual(
      Array.from({ length: 12 }, () => 'succeeded')
    )
    const errors = annotations(run.stdout, 'error')
    expect(errors.join('\n')).not.toContain("refused the run's first")
    expect(
      errors.filter(e => e.includes('stopped') || e.includes('refused its first'))
    ).toHaveLength(2)
  })
})

describe('a cancellation just before the wait deadline', () => {
  it('still cuts a hanging status call off at the deadline, and reports no more than the wait', async () => {
    let triggeredAt = 0
    let child: ChildProcess | undefined
    let signalledAt = 0
    simulator = await startSimulator({
      ...platform,
      plans: { orders: { tables: [TABLE], neverRefreshes: true } },
      onAnswered: record => {
        if (record.path !== TRIGGER_PATH) return
        triggeredAt = performance.now()
        simulator?.enqueueStatus(Array.from({ length: 50 }, () => ({ hang: true })))
        // SIGTERM 300 ms before the 3 s deadline, while a status call hangs.
        setTimeout(() => {
          signalledAt = performance.now()
          child?.kill('SIGTERM')
        }, 2_700)
      }
    })
    const run = await runAction(
      inputsFor(simulator, {
        'wait-for-plans': 'orders',
        'wait-interval-seconds': '1',
        'wait-timeout-minutes': '0.05',
        'timeout-seconds': '30'
      }),
      {},
      (_, process) => (child = process)
    )
    const endedAt = performance.now()
    expect(signalledAt).toBeGreaterThan(0)
    expect(run.exitCode).toBe(1)
    // The deadline, not the cancellation's 2 s grace, ends the hanging call.
    expect(endedAt - triggeredAt).toBeLessThan(3_000 + 1_000)
    const [plan] = JSON.parse(run.outputs.plans ?? '[]') as Array<{ waitedSeconds: number }>
    expect(plan!.waitedSeconds).toBeLessThanOrEqual(3)
    expect(simulator.requests.filter(r => r.path === PLAN_STATUS_PATH).length).toBeGreaterThan(1)
  })
})

describe('fail-fast', () => {
  it('says why the run stopped once, in an annotation and at the top of the summary', async () => {
    simulator = await startSimulator(platform)
    const run = await runAction(
      inputsFor(simulator, {
        'auth-value': 'a-wrong-credential',
        'fail-fast': 'true',
        partition: '2024-07-01..2024-07-30',
        concurrency: '1'
      })
    )
    expect(run.exitCode).toBe(1)
    const stops = annotations(run.stdout, 'error').filter(e => e.includes('fail-fast'))
    expect(stops).toHaveLength(1)
    expect(stops[0]).toContain('29 triggers not run')
    expect(run.summary.split('\n').slice(0, 4).join('\n')).toContain('fail-fast stopped the run')
  })
})
