/**
 * Every limit holds for the run as a whole (issue 21), end to end: the bundle run as the runner
 * runs it against the simulator. A platform that refuses the whole run is asked three times,
 * not 732; one table the platform does not know stops alone; the wait ends at its deadline
 * whatever the status endpoint does; answers that are not valid HTTP are named as such.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer, type Server, type Socket } from 'node:net'
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

const SECRET = 'budget-secret-5d02aa-DO-NOT-LEAK'
const REFUNDS = 'starrocks.`default_catalog.sales`.p_refund'
const platform = { tenantId: 'tn_budget', authType: 'TOKEN', authValue: SECRET }
const inputsFor = inputBuilder(platform)
const YEAR = '2024-01-01..2024-12-31'

let simulator: Simulator | undefined
let rawServer: { server: Server; sockets: Set<Socket> } | undefined
afterEach(async () => {
  await simulator?.close()
  simulator = undefined
  const raw = rawServer
  rawServer = undefined
  if (!raw) return
  raw.sockets.forEach(socket => socket.destroy())
  await new Promise<void>(resolve => raw.server.close(() => resolve()))
})

/** A loopback server that answers every connection with `bytes`, which are not HTTP. */
async function startNotHttp(bytes: string): Promise<number> {
  const sockets = new Set<Socket>()
  const server = createServer(socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
    socket.end(bytes)
  })
  rawServer = { server, sockets }
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as { port: number }).port
}

const triggersSent = (sim: Simulator) => sim.requests.filter(r => r.path === TRIGGER_PATH).length

interface Result {
  tableName: string
  partition: string
  status: string
  errorMsg: string | null
}
const resultsOf = (json: string | undefined) => JSON.parse(json ?? '[]') as Result[]

describe('a platform that refuses the whole run', () => {
  it('a wrong credential on a year of two tables: three refusals and those in flight, one annotation, a short summary', async () => {
    simulator = await startSimulator(platform)
    const run = await runAction(
      inputsFor(simulator, {
        'auth-value': 'a-wrong-credential',
        'table-name': `${TABLE}\n${REFUNDS}`,
        partition: YEAR
      })
    )
    expect(run.exitCode).toBe(1)
    // Three refusals decide; at concurrency 4, at most three more were already in flight.
    expect(triggersSent(simulator)).toBeLessThanOrEqual(6)
    const results = resultsOf(run.outputs.results)
    expect(results).toHaveLength(732)
    expect(results.filter(r => r.status === 'not-run').length).toBeGreaterThanOrEqual(726)
    const errors = annotations(run.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /refused the run's first 3 triggers with the same answer and accepted none: authentication failed \(code 401\)\. Nothing more was sent \(7\d\d triggers not run\)\. .*check tenant-id and the credential: dry-run: check proves them/
    )
    // The stop is said once, at the top; the never-sent triggers are a line per table.
    expect(run.summary.length).toBeLessThan(8_000)
    const top = run.summary.split('\n').slice(0, 4).join('\n')
    expect(top).toContain('refused the run')
    expect(run.summary).toContain('2024-01-0')
    expect(run.summary).toMatch(/\.\.2024-12-31/)
    expect(run.stdout).not.toContain(SECRET)
  })

  it('a wrong tenant on one table is stopped the same way', async () => {
    simulator = await startSimulator(platform)
    const run = await runAction(
      inputsFor(simulator, { 'tenant-id': 'tn_someone_else', partition: '2024-07-01..2024-07-31' })
    )
    expect(run.exitCode).toBe(1)
    expect(triggersSent(simulator)).toBeLessThanOrEqual(6)
    expect(annotations(run.stdout, 'error')).toHaveLength(1)
  })

  it('a table the platform does not know stops alone; the other table is refreshed in full', async () => {
    const notFound: Fault = {
      body: { code: '500', succeed: false, errorMsg: 'data source table not found' }
    }
    simulator = await startSimulator({ ...platform, tableFaults: { [REFUNDS]: notFound } })
    const run = await runAction(
      inputsFor(simulator, {
        'table-name': `${TABLE}\n${REFUNDS}`,
        partition: '2024-07-01..2024-07-31'
      })
    )
    expect(run.exitCode).toBe(1)
    const results = resultsOf(run.outputs.results)
    const orders = results.filter(r => r.tableName === TABLE)
    const refunds = results.filter(r => r.tableName === REFUNDS)
    expect(orders.every(r => r.status === 'succeeded')).toBe(true)
    expect(refunds.filter(r => r.status === 'failed').length).toBeLessThanOrEqual(6)
    expect(refunds.filter(r => r.status === 'not-run').length).toBeGreaterThanOrEqual(25)
    const errors = annotations(run.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(
      'the platform refused its first 3 triggers with the same answer and accepted none: data source table not found (code 500)'
    )
    expect(run.outputs['succeeded-count']).toBe('31')
  })

  it.each([
    ['503', { status: 503 }],
    ['429', { status: 429, headers: { 'Retry-After': '0' } }]
  ])(
    'every trigger answered %s, after its retries: stopped, saying the platform is failing, not the credential',
    async (_, fault: Fault) => {
      simulator = await startSimulator({ ...platform, everyRequest: fault })
      const run = await runAction(
        inputsFor(simulator, { retries: '0', partition: '2024-07-01..2024-07-31' })
      )
      expect(run.exitCode).toBe(1)
      expect(triggersSent(simulator)).toBeLessThanOrEqual(6)
      const errors = annotations(run.stdout, 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0]).toContain('The platform kept answering the run')
      expect(errors[0]).toContain('overloaded or failing')
      expect(errors[0]).not.toContain('tenant-id')
    }
  )

  it('refusals that differ never stop the run', async () => {
    const partitions = Array.from({ length: 8 }, (_, i) => `2024-07-0${i + 1}`)
    simulator = await startSimulator({
      ...platform,
      faults: partitions.map((_, i) => ({
        body: { code: '500', succeed: false, errorMsg: `partition problem number ${i}` }
      }))
    })
    const run = await runAction(inputsFor(simulator, { partition: '2024-07-01..2024-07-08' }))
    expect(run.exitCode).toBe(1)
    expect(triggersSent(simulator)).toBe(8)
    expect(run.outputs['failed-count']).toBe('8')
  })
})

describe('retries: 0', () => {
  it('is exactly one request per trigger, even for a 429', async () => {
    simulator = await startSimulator({
      ...platform,
      everyRequest: { status: 429, headers: { 'Retry-After': '0' } }
    })
    const run = await runAction(
      inputsFor(simulator, { retries: '0', partition: '2024-07-01..2024-07-02' })
    )
    expect(run.exitCode).toBe(1)
    expect(triggersSent(simulator)).toBe(2)
  })
})

describe('answers that are not valid HTTP', () => {
  it('are named as such when they stop the run, not as silence', async () => {
    const port = await startNotHttp('SSH-2.0-OpenSSH_9.6\r\n\r\n')
    const run = await runAction(
      inputsFor(`127.0.0.1:${port}`, { retries: '0', partition: '2024-07-01..2024-07-10' })
    )
    expect(run.exitCode).toBe(1)
    const errors = annotations(run.stdout, 'error')
    expect(errors[0]).toContain('answers in something that is not valid HTTP')
    expect(errors[0]).not.toContain('unreachable')
  })
})

describe('the wait deadline', () => {
  const waitInputs = {
    'wait-for-plans': 'orders',
    'wait-interval-seconds': '1',
    'wait-timeout-minutes': '0.05'
  }
  const plans = { orders: { tables: [TABLE], neverRefreshes: true } }

  /** Status calls after the trigger answer `fault`; returns when the trigger was answered. */
  async function startWithStatusFaults(fault: Fault) {
    let triggeredAt = 0
    simulator = await startSimulator({
      ...platform,
      plans,
      onAnswered: record => {
        if (record.path !== TRIGGER_PATH) return
        triggeredAt = performance.now()
        simulator?.enqueueStatus(Array.from({ length: 50 }, () => fault))
      }
    })
    return () => triggeredAt
  }

  it.each<[string, Fault]>([
    ['hangs', { hang: true }],
    ['answers 429 with a long Retry-After', { status: 429, headers: { 'Retry-After': '3600' } }],
    ['answers 503 with a long Retry-After', { status: 503, headers: { 'Retry-After': '3600' } }]
  ])(
    'ends within the deadline + 2.5 s when the status endpoint %s, reporting one time waited',
    async (_, fault) => {
      const triggeredAt = await startWithStatusFaults(fault)
      const run = await runAction(inputsFor(simulator!, { ...waitInputs, retries: '3' }))
      const endedAt = performance.now()
      expect(run.exitCode).toBe(1)
      expect(endedAt - triggeredAt()).toBeLessThan(3_000 + 2_500)
      const [plan] = JSON.parse(run.outputs.plans ?? '[]') as Array<{ waitedSeconds: number }>
      const errors = annotations(run.stdout, 'error')
      const after = /is not fresh after (\d+\.\d) s/.exec(errors.join('\n'))?.[1]
      expect(after).toBeDefined()
      expect(Math.round(Number(after))).toBe(plan!.waitedSeconds)
      expect(Number(after)).toBeLessThanOrEqual(3)
      expect(simulator!.requests.filter(r => r.path === PLAN_STATUS_PATH).length).toBeLessThan(10)
    }
  )
})
