/**
 * resume-file end to end: the bundle run twice against one simulator, as "Re-run failed jobs"
 * runs a step again with the file the first attempt left (kept by actions/cache in a workflow).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  PLAN_STATUS_PATH,
  TRIGGER_PATH,
  startSimulator,
  type Simulator,
  type SimulatorOptions
} from '../../simulator/anymetrics-simulator.js'
import { inputBuilder, TABLE } from '../support/inputs.js'
import { expectRefusedBeforeAnyRequest } from '../support/refused.js'
import { annotations, runAction } from '../support/run-action.js'

const SECRET = 'resume-secret-4d2c8a-DO-NOT-LEAK'
const REFUNDS = 'starrocks.`default_catalog.sales`.p_refund'
const platform = { tenantId: 'tn_resume', authType: 'TOKEN', authValue: SECRET }
const REFUSED = { body: { code: '500', succeed: false, traceId: 'tr-no', errorMsg: 'locked' } }
const ACCEPTED = {
  body: { code: '200', succeed: true, traceId: 'tr-later', data: 'true', errorMsg: null }
}
const inputsFor = inputBuilder(platform, {
  'table-name': `${TABLE}\n${REFUNDS}`,
  partition: '2024-07-01..2024-07-03',
  retries: '0'
})

let simulator: Simulator | undefined
afterEach(async () => {
  await simulator?.close()
  simulator = undefined
})

async function start(options: SimulatorOptions = {}): Promise<Simulator> {
  simulator = await startSimulator({ ...platform, ...options })
  return simulator
}

function resumePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'anymetrics-resume-')), 'resume.json')
}

/** The triggers a run sent, as `table partition`. */
function sentTriggers(server: Simulator, from = 0): string[] {
  return server.requests
    .slice(from)
    .filter(request => request.path === TRIGGER_PATH)
    .map(request => {
      const body = request.body as { tableName: string; tablePartition: string }
      return `${body.tableName} ${body.tablePartition}`
    })
}

describe('resume-file', () => {
  it('sends on a re-run only the triggers the first attempt did not get accepted', async () => {
    // The first attempt: the refunds table is refused for its three dates, the orders accepted;
    // then the refunds are accepted too (the last answer of a table's list sticks).
    const server = await start({
      tableFaults: { [REFUNDS]: [REFUSED, REFUSED, REFUSED, ACCEPTED] }
    })
    const file = resumePath()
    const first = await runAction(inputsFor(server, { 'resume-file': file }))
    expect(first.exitCode).toBe(1)
    expect(first.outputs['succeeded-count']).toBe('3')
    expect(first.stdout).toContain(`resume-file ${file}: 3 accepted triggers recorded`)

    const before = server.requests.length
    const second = await runAction(inputsFor(server, { 'resume-file': file }))
    expect(second.exitCode).toBe(0)
    expect(sentTriggers(server, before).sort()).toEqual([
      `${REFUNDS} 2024-07-01`,
      `${REFUNDS} 2024-07-02`,
      `${REFUNDS} 2024-07-03`
    ])
    expect(second.outputs['succeeded-count']).toBe('6')
    expect(second.outputs.success).toBe('true')
    const results = JSON.parse(second.outputs.results ?? '[]') as Array<Record<string, unknown>>
    expect(results.map(result => result.status)).toEqual([
      'accepted-earlier',
      'accepted-earlier',
      'accepted-earlier',
      'succeeded',
      'succeeded',
      'succeeded'
    ])
    // Each keeps the traceId of the answer that accepted it in the first attempt.
    const firstResults = JSON.parse(first.outputs.results ?? '[]') as Array<{ traceId: string }>
    expect(results.slice(0, 3).map(result => result.traceId)).toEqual(
      firstResults.slice(0, 3).map(result => result.traceId)
    )
    expect(second.stdout).toContain(
      '3 triggers accepted by an earlier attempt (resume-file): not sent again'
    )
    expect(second.stdout).toContain('6 succeeded (3 accepted earlier), 0 failed')
    expect(second.stdout).toContain(`resume-file ${file}: 6 accepted triggers recorded`)

    // A third attempt has nothing left to send, and is green.
    const again = server.requests.length
    const third = await runAction(inputsFor(server, { 'resume-file': file }))
    expect(third.exitCode).toBe(0)
    expect(sentTriggers(server, again)).toEqual([])
  })

  it('keeps no secret in the file, nor the user:password of the host', async () => {
    const server = await start()
    const file = resumePath()
    const host = server.url.replace('http://', 'http://robot:gw-pass-93f1@')
    const run = await runAction({ ...inputsFor(server, { 'resume-file': file }), host })
    expect(run.exitCode).toBe(0)
    const text = readFileSync(file, 'utf8')
    for (const secret of [SECRET, 'gw-pass-93f1', 'robot']) expect(text).not.toContain(secret)
    expect(JSON.parse(text)).toMatchObject({
      format: 'anymetrics-refresh/resume',
      version: 1,
      entries: [{ host: server.url, tenantId: platform.tenantId }]
    })
  })

  it('applies only to the host and tenant it was written for', async () => {
    const server = await start()
    const file = resumePath()
    await runAction(inputsFor(server, { 'resume-file': file }))
    const other = await startSimulator({ ...platform })
    try {
      const run = await runAction(inputsFor(other, { 'resume-file': file }))
      expect(run.exitCode).toBe(0)
      expect(sentTriggers(other)).toHaveLength(6)
      // Both hosts' triggers are kept: a later run on either sends nothing.
      const entries = (JSON.parse(readFileSync(file, 'utf8')) as { entries: unknown[] }).entries
      expect(entries).toHaveLength(2)
    } finally {
      await other.close()
    }
  })

  it('is written when the run is cancelled, with what was accepted by then', async () => {
    const server = await start({ latencyMs: 300 })
    const file = resumePath()
    const run = await runAction(
      inputsFor(server, {
        'resume-file': file,
        concurrency: '1',
        partition: '2024-07-01..2024-07-20'
      }),
      {},
      (stdout, child) => {
        if (stdout.includes('2024-07-02: ✅')) child.kill('SIGTERM')
      }
    )
    expect(run.exitCode).not.toBe(0)
    const record = JSON.parse(readFileSync(file, 'utf8')) as {
      entries: Array<{ accepted: Array<{ partition: string }> }>
    }
    const accepted = record.entries[0]?.accepted.length ?? 0
    expect(accepted).toBeGreaterThanOrEqual(2)
    expect(accepted).toBeLessThan(40)
    expect(run.stdout).toContain(`resume-file ${file}: ${accepted} accepted trigger`)
  })

  it.each([
    [
      'corrupt',
      '{"format": "anymetrics-refresh/resume", "version": 1, "entries": [',
      'it is not JSON'
    ],
    ['not this action’s', '{"entries": []}', "it is not this action's"],
    [
      'of an unknown version',
      '{"format": "anymetrics-refresh/resume", "version": 2, "entries": []}',
      'version 2'
    ],
    [
      'of corrupt entries',
      '{"format": "anymetrics-refresh/resume", "version": 1, "entries": [{"host": 1}]}',
      'entries are corrupt'
    ]
  ])(
    'refuses a file that is %s as input, naming it, with nothing sent',
    async (_what, text, rule) => {
      const server = await start()
      const file = resumePath()
      writeFileSync(file, text)
      const run = await runAction(inputsFor(server, { 'resume-file': file }))
      expectRefusedBeforeAnyRequest(run, server, [
        expect.stringMatching(/^Input "resume-file" must be the path of a file this action wrote/)
      ])
      const [error] = annotations(run.stdout, 'error')
      expect(error).toContain(rule)
      expect(error).toContain(file)
      // The refused file is left as it was.
      expect(readFileSync(file, 'utf8')).toBe(text)
    }
  )
})

describe('resume-file with wait-for-plans', () => {
  const waitInputs = { 'wait-for-plans': 'orders', 'wait-interval-seconds': '1' }

  it('with only the wait left, compares with the first attempt’s baseline: fresh, nothing sent', async () => {
    // The plan refreshes 4 s after an accepted trigger; the first attempt waits only 2 s.
    const server = await start({
      plans: { orders: { tables: [TABLE, REFUNDS], refreshDelayMs: 4000 } }
    })
    const file = resumePath()
    const first = await runAction(
      inputsFor(server, { ...waitInputs, 'resume-file': file, 'wait-timeout-minutes': '0.03' })
    )
    expect(first.exitCode).toBe(1)
    expect(first.outputs.fresh).toBe('false')
    // The refresh the first attempt's triggers started ends before the re-run.
    while ((server.planState('orders')?.pendingRefreshes ?? 0) > 0) {
      await new Promise(resolve => setTimeout(resolve, 200))
    }
    const before = server.requests.length
    const second = await runAction(
      inputsFor(server, { ...waitInputs, 'resume-file': file, 'wait-timeout-minutes': '0.1' })
    )
    expect(sentTriggers(server, before)).toEqual([])
    expect(second.exitCode).toBe(0)
    expect(second.outputs.fresh).toBe('true')
    expect(second.outputs['succeeded-count']).toBe('6')
    // One status read (the baseline), and no poll: the plan was past its stored baseline.
    const reads = server.requests.slice(before).filter(request => request.path === PLAN_STATUS_PATH)
    expect(reads).toHaveLength(1)
  })
})
