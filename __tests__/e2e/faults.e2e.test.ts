/**
 * Issue 8's faults, each on the committed bundle: cancellation by signal, a platform that is
 * down, a refusing proxy, http/https mix-ups, time zones users mean, quoted table names.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { startSimulator, type Simulator } from '../../simulator/anymetrics-simulator.js'
import { inputBuilder, TABLE } from '../support/inputs.js'
import { expectRefusedBeforeAnyRequest, startingWith } from '../support/refused.js'
import { expectNoSecretIn } from '../support/leaks.js'
import { annotations, runAction } from '../support/run-action.js'
import { createTestCa } from '../support/test-ca.js'

const SECRET = 'faults-credential-0b5e'
const credentials = { tenantId: 'tn_faults', authType: 'TOKEN', authValue: SECRET }
const inputsFor = inputBuilder(credentials)

let simulator: Simulator | undefined
afterEach(async () => {
  await simulator?.close()
  simulator = undefined
})

/**
 * Sends `signals` to the action once `ready` shows in its stdout, as a runner cancels: one by
 * one, a moment apart, so that the process handles each before the next arrives.
 */
function signalWhen(ready: RegExp, signals: NodeJS.Signals[]) {
  let sent = false
  return (stdout: string, child: ChildProcess) => {
    if (sent || !ready.test(stdout)) return
    sent = true
    signals.forEach((signal, index) => setTimeout(() => child.kill(signal), index * 200))
  }
}

describe('cancellation', () => {
  it('on SIGTERM, stops, tears down hung requests, writes every output and the summary', async () => {
    // The first two triggers are answered; everything after them hangs.
    const accepted = { body: { code: '200', succeed: true, traceId: 'tr-ok', data: 'true' } }
    simulator = await startSimulator({
      ...credentials,
      faults: [accepted, accepted],
      everyRequest: { hang: true }
    })
    const run = await runAction(
      inputsFor(simulator, { partition: '2024-07-01..2024-07-20', concurrency: '2' }),
      {},
      signalWhen(/\[2\/20\]/, ['SIGTERM'])
    )
    expect(run.exitCode).toBe(1)
    const results = JSON.parse(run.outputs.results!) as Array<{ status: string; errorMsg: string }>
    expect(results).toHaveLength(20)
    expect(results.filter(result => result.status === 'succeeded')).toHaveLength(2)
    // The two requests that had reached the server when it was torn down may have started a
    // refresh: unknown, never "not run".
    const reached = simulator.requests.length - 2
    expect(reached).toBe(2)
    expect(results.slice(2, 4).map(result => result.status)).toEqual(['unknown', 'unknown'])
    expect(results[2]!.errorMsg).toMatch(
      /^cancelled after it was sent: the platform may have started/
    )
    expect(results.slice(4).every(result => result.status === 'not-run')).toBe(true)
    expect(results[19]!.errorMsg).toBe('not run: cancelled')
    expect(run.outputs).toMatchObject({
      success: 'false',
      'succeeded-count': '2',
      'failed-count': '0'
    })
    expect(run.summary).toContain('**2 succeeded, 0 failed, 2 unknown, 16 not run, 20 in all**')
    expect(run.summary).toContain('### ❓ Unknown: sent, then cut off (2)')
    expect(annotations(run.stdout, 'error')).toEqual([
      '::error title=AnyMetrics refresh failed::The run was cancelled: 16 triggers not run, 2 sent but cut off (outcome unknown: the platform may have started them); the rest are reported as they ended'
    ])
    // The log group is closed before the totals.
    expect(run.stdout.indexOf('::endgroup::')).toBeLessThan(run.stdout.indexOf('2 succeeded'))
    // Only the requests before the signal went out: nothing new started after it.
    expect(simulator.requests.length).toBeLessThanOrEqual(4)
  })

  it('a second signal ends the process at once', async () => {
    simulator = await startSimulator({ ...credentials, everyRequest: { hang: true } })
    const run = await runAction(
      inputsFor(simulator, { partition: '2024-07-01..2024-07-05' }),
      {},
      signalWhen(/::group::Triggering/, ['SIGINT', 'SIGINT'])
    )
    expect(run.exitCode).toBe(130)
  })
})

describe('a platform that is down', () => {
  it('stops after three triggers in a row get no answer, with one annotation naming the host', async () => {
    const closed = await startSimulator()
    await closed.close()
    const host = `127.0.0.1:${closed.port}`
    // The defaults (3 retries with backoff, concurrency 4), 100 planned triggers.
    const run = await runAction(
      inputsFor(host, { partition: '2024-01-01..2024-04-09', 'max-triggers': '100' })
    )
    expect(run.exitCode).toBe(1)
    const results = JSON.parse(run.outputs.results!) as Array<{ status: string; errorMsg: string }>
    expect(results).toHaveLength(100)
    const notRun = results.filter(result => result.status === 'not-run')
    // Those in flight when the third failure came finish; nothing new starts after it.
    expect(notRun.length).toBeGreaterThanOrEqual(90)
    expect(notRun[0]!.errorMsg).toBe('not run: the platform is unreachable')
    const errors = annotations(run.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      new RegExp(
        `::The platform at http://${host.replace(/\./g, '\\.')} is unreachable: 3 triggers in a row got no answer after their retries \\(last: connection refused by ${host.replace(/\./g, '\\.')} \\(ECONNREFUSED\\)\\); \\d+ triggers not run$`
      )
    )
  })
})

describe('transport errors that explain themselves', () => {
  it('a refusing proxy is reported as a proxy failure, and the process does not linger', async () => {
    simulator = await startSimulator(credentials)
    const deadProxy = await startSimulator()
    await deadProxy.close()
    const run = await runAction(
      inputsFor(`anymetrics.internal:${simulator.port}`, {
        retries: '0',
        'timeout-seconds': '600'
      }),
      { http_proxy: `http://127.0.0.1:${deadProxy.port}` }
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs['error-message']).toBe(
      `${TABLE} 2024-07-17: could not open a tunnel to anymetrics.internal:${simulator.port} through the proxy http://127.0.0.1:${deadProxy.port}: connect ECONNREFUSED 127.0.0.1:${deadProxy.port}; check the proxy variables, or list the host in no_proxy`
    )
    expect(simulator.requests).toHaveLength(0)
  })

  it('https:// to a plain-HTTP port says to use http://, and is not retried', async () => {
    simulator = await startSimulator(credentials)
    const run = await runAction(inputsFor(`https://127.0.0.1:${simulator.port}`))
    expect(run.exitCode).toBe(1)
    expect(run.outputs['error-message']).toBe(
      `${TABLE} 2024-07-17: 127.0.0.1:${simulator.port} does not speak TLS (it answered plain HTTP): use http:// instead of https://`
    )
    expect(run.stdout).not.toContain('retrying')
  })

  it('host:port (plain HTTP) to a TLS port says to use https://, and is not retried', async () => {
    const ca = createTestCa()
    try {
      simulator = await startSimulator({
        ...credentials,
        tls: { key: ca.serverKey, cert: ca.serverCert }
      })
      const run = await runAction(inputsFor(`127.0.0.1:${simulator.port}`))
      expect(run.exitCode).toBe(1)
      expect(run.outputs['error-message']).toBe(
        `${TABLE} 2024-07-17: 127.0.0.1:${simulator.port} speaks TLS: use https://127.0.0.1:${simulator.port} instead of http://`
      )
      expect(run.stdout).not.toContain('retrying')
      expect(run.stderr).toBe('')
    } finally {
      ca.cleanup()
    }
  })
})

describe('inputs users get wrong', () => {
  it.each([
    [
      { timezone: 'CST' },
      'Input "timezone" CST is ambiguous: write Asia/Shanghai or America/Chicago; got "CST"'
    ],
    [{ timezone: '+08:00' }, startingWith('Input "timezone" is a fixed offset')],
    [
      { 'table-name': '"starrocks.`default_catalog.sales`.p_order"' },
      startingWith('Input "table-name" must be datasource.`catalog.schema`.table')
    ],
    [
      { 'table-name': "starrocks.`default_catalog.sales`.'p_order'" },
      expect.stringContaining('no quotes or spaces')
    ]
  ])('%j is refused before any request', async (overrides, message) => {
    simulator = await startSimulator(credentials)
    const run = await runAction(inputsFor(simulator, overrides))
    expectRefusedBeforeAnyRequest(run, simulator, [message])
  })

  describe('a host pasted with the API path (and a gateway password)', () => {
    const PASSWORD = 'gw-pass-31337'
    const API = '/anymetrics/api/v1'
    const DROP =
      'the host input should be scheme://host:port (with a gateway prefix only if there is one): drop /anymetrics/api/v1'
    const pasted = (server: Simulator) =>
      `${server.url.replace('http://', `http://robot:${PASSWORD}@`)}${API}`

    it('fails every trigger naming the URL called, without the credentials, and says to drop the path', async () => {
      simulator = await startSimulator(credentials)
      const run = await runAction(
        inputsFor(simulator, {
          host: pasted(simulator),
          partition: '2024-07-16..2024-07-17',
          retries: '0'
        })
      )
      const path = `${API}${API}/scheduler/task/trigger`
      expect(simulator.requests.map(request => request.path)).toEqual([path, path])
      expect(run.exitCode).toBe(1)
      const lines = ['2024-07-16', '2024-07-17'].map(day => {
        const sent = simulator!.requests.find(request => request.body.tablePartition === day)
        const traceId = sent!.response.traceId as string
        return `${TABLE} ${day}: HTTP 404 from ${simulator!.url}${path}: no such endpoint; ${DROP} (traceId ${traceId})`
      })
      expect(run.outputs['error-message']!.split('\n')).toEqual(lines)
      expect(annotations(run.stdout, 'error')).toEqual([
        expect.stringContaining(
          `: HTTP 404 from ${simulator.url}${path}: no such endpoint; ${DROP} (first: `
        )
      ])
      expectNoSecretIn(run, [PASSWORD])
    })

    it.each([
      [
        'the token request',
        { 'auth-type': '', 'auth-value': '', 'app-id': 'ak-404', 'app-secret': 'app-secret-404' },
        '/token/create',
        'Could not get a token from token/create with app-id and app-secret: '
      ],
      [
        'the plan list',
        {},
        '/accelerate/plan/queryAccelerateResultPlanList',
        'Connection check failed while listing materialization plans: '
      ]
    ])('dry-run check says the same when %s is not found', async (_what, pair, endpoint, step) => {
      simulator = await startSimulator(credentials)
      const run = await runAction(
        inputsFor(simulator, { ...pair, host: pasted(simulator), 'dry-run': 'check', retries: '0' })
      )
      expect(simulator.requests.map(request => request.path)).toEqual([`${API}${API}${endpoint}`])
      expect(run.exitCode).toBe(1)
      expect(annotations(run.stdout, 'error')).toEqual([
        expect.stringContaining(
          `${step}HTTP 404 from ${simulator.url}${API}${API}${endpoint}: no such endpoint; ${DROP} (traceId `
        )
      ])
      expectNoSecretIn(run, [PASSWORD, 'app-secret-404'])
    })
  })

  it('logs which day today was in the chosen zone', async () => {
    simulator = await startSimulator(credentials)
    const run = await runAction(
      inputsFor(simulator, { partition: 'today', timezone: 'Asia/Shanghai' })
    )
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
    expect(run.stdout).toContain(`today in Asia/Shanghai is ${today}`)
    expect(simulator.requests[0]!.body.tablePartition).toBe(today)
  })
})
