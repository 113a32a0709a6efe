import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../../simulator/anymetrics-simulator.js'
import { startConnectProxy } from '../support/connect-proxy.js'
import { inputBuilder, TABLE } from '../support/inputs.js'
import { expectNoSecretIn } from '../support/leaks.js'
import { expectRefusedBeforeAnyRequest, startingWith } from '../support/refused.js'
import { annotations, runAction } from '../support/run-action.js'

const SECRET = 'cred-7f3a9c1e-DO-NOT-LEAK'
const credentials = { tenantId: 'tn_597771', authType: 'TOKEN', authValue: SECRET }
// auth-type in lower case, as a user may write it: it is sent upper-case.
const inputsFor = inputBuilder(credentials, { 'auth-type': 'token' })

let simulator: Simulator

beforeEach(async () => {
  simulator = await startSimulator(credentials)
})
afterEach(async () => {
  await simulator.close()
})

describe('a trigger the platform accepts', () => {
  it('sends the documented request and sets every output', async () => {
    const run = await runAction(inputsFor(simulator))

    expect(run.exitCode).toBe(0)
    expect(simulator.requests).toHaveLength(1)
    const [request] = simulator.requests
    expect(request!.method).toBe('POST')
    expect(request!.path).toBe('/anymetrics/api/v1/scheduler/task/trigger')
    expect(request!.headers).toMatchObject({
      'tenant-id': 'tn_597771',
      'auth-type': 'TOKEN',
      'auth-value': SECRET,
      'content-type': 'application/json'
    })
    expect(request!.body).toEqual({
      tableName: TABLE,
      tenantId: 'tn_597771',
      tablePartition: '2024-07-17'
    })

    const traceId = request!.response.traceId as string
    expect(run.outputs.success).toBe('true')
    expect(run.outputs['trace-id']).toBe(traceId)
    expect(run.outputs['error-message']).toBe('')
    expect(JSON.parse(run.outputs.results!)).toEqual([
      expect.objectContaining({
        tableName: TABLE,
        partition: '2024-07-17',
        success: true,
        code: '200',
        traceId,
        data: 'true',
        errorMsg: null,
        attempts: 1
      })
    ])
    expect(run.stdout).toContain(
      `${TABLE} 2024-07-17: ✅ succeeded (traceId ${traceId}, 1 attempt,`
    )
    expect(run.summary).toMatch(/^## ✅ The trigger was accepted\n/)
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('The trigger was accepted')
    expect(run.summary).toContain('Workflow **e2e workflow** · run #17 · commit `abcdef0`')
    expect(annotations(run.stdout, 'error')).toEqual([])
  })

  it('never lets the credential appear in stdout, stderr, outputs or summary', async () => {
    const run = await runAction(inputsFor(simulator), { ACTIONS_STEP_DEBUG: 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(`::add-mask::${SECRET}`)
    expectNoSecretIn(run, [SECRET])
  })

  it('resolves today in the given time zone and composes the name from its parts', async () => {
    const run = await runAction(
      inputsFor(simulator, {
        'table-name': '',
        datasource: 'starrocks',
        'catalog-schema': 'default_catalog.sales',
        table: 'p_order',
        partition: 'today',
        timezone: 'Pacific/Kiritimati'
      })
    )
    const expectedToday = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Pacific/Kiritimati'
    }).format(new Date())
    expect(run.exitCode).toBe(0)
    expect(simulator.requests[0]!.body).toMatchObject({
      tableName: TABLE,
      tablePartition: expectedToday
    })
  })

  it('adds backticks to a four-part name and says so in a notice', async () => {
    const run = await runAction(
      inputsFor(simulator, { 'table-name': 'starrocks.default_catalog.sales.p_order' })
    )
    expect(run.exitCode).toBe(0)
    expect(simulator.requests[0]!.body.tableName).toBe(TABLE)
    expect(annotations(run.stdout, 'notice')).toEqual([
      `::notice::table-name: added the backticks the platform requires: ${TABLE}`
    ])
  })

  it('warns, without failing, when the platform answers data "false"', async () => {
    simulator.enqueue([
      { body: { code: '200', succeed: true, traceId: 'tr-false', data: 'false' } }
    ])
    const run = await runAction(inputsFor(simulator))
    expect(run.exitCode).toBe(0)
    expect(run.outputs.success).toBe('true')
    expect(annotations(run.stdout, 'warning')).toEqual([
      `::warning::${TABLE} 2024-07-17: the platform answered data "false"`
    ])
  })
})

describe('a trigger the platform refuses', () => {
  it('fails the step with a titled annotation carrying errorMsg and traceId, outputs set first', async () => {
    const run = await runAction(inputsFor(simulator, { 'tenant-id': 'tn_other' }))
    const traceId = simulator.requests[0]!.response.traceId as string

    expect(run.exitCode).toBe(1)
    expect(run.outputs.success).toBe('false')
    expect(run.outputs['trace-id']).toBe(traceId)
    expect(run.outputs['error-message']).toBe(
      `${TABLE} 2024-07-17: unknown tenant tn_other (traceId ${traceId})`
    )
    expect(annotations(run.stdout, 'error')).toEqual([
      `::error title=AnyMetrics refresh failed::${TABLE} 2024-07-17: unknown tenant tn_other (traceId ${traceId})`
    ])
    expect(run.summary).toMatch(/^## ❌ The trigger failed\\: unknown tenant tn\\_other\n/)
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      'The trigger failed: unknown tenant tn_other'
    )
    expectNoSecretIn(run, [SECRET])
  })

  it('fails the documented answer that says success: true but carries an errorMsg', async () => {
    simulator.enqueue([
      {
        body: {
          code: '200',
          success: true,
          traceId: 'tr-odd',
          errorMsg: 'table is not materialized'
        }
      }
    ])
    const run = await runAction(inputsFor(simulator))
    expect(run.exitCode).toBe(1)
    expect(run.outputs.success).toBe('false')
    expect(run.outputs['trace-id']).toBe('tr-odd')
    expect(run.outputs['error-message']).toContain('table is not materialized (traceId tr-odd)')
  })

  it('fails a gateway error page with the status and a short excerpt, after retrying', async () => {
    const page = {
      status: 502,
      raw: '<html><body><h1>502 Bad Gateway</h1></body></html>',
      headers: { 'retry-after': '0' }
    }
    simulator.enqueue([page, page])
    const run = await runAction(inputsFor(simulator, { retries: '1' }))
    expect(run.exitCode).toBe(1)
    expect(simulator.requests).toHaveLength(2)
    expect(run.outputs['error-message']).toEqual(
      expect.stringMatching(
        /: HTTP 502 with a body that is not a JSON object: 502 Bad Gateway \(after 2 attempts in \d+ ms\)$/
      )
    )
    expect(JSON.parse(run.outputs.results!)[0]).toMatchObject({ success: false, attempts: 2 })
  })

  it('does not retry an HTTP 500', async () => {
    simulator.enqueue([{ status: 500, body: { succeed: false, errorMsg: 'internal error' } }])
    const run = await runAction(inputsFor(simulator))
    expect(run.exitCode).toBe(1)
    expect(simulator.requests).toHaveLength(1)
    expect(run.outputs['error-message']).toContain('HTTP 500: internal error')
  })
})

describe('transient failures', () => {
  it('retries 503 and 429 as Retry-After asks, logging each retry, then succeeds', async () => {
    simulator.enqueue([
      { status: 503, raw: 'busy', headers: { 'retry-after': '0' } },
      { status: 429, raw: '', headers: { 'retry-after': '0' } }
    ])
    const run = await runAction(inputsFor(simulator))
    expect(run.exitCode).toBe(0)
    expect(simulator.requests).toHaveLength(3)
    expect(run.stdout).toContain(
      'attempt 1 of 4 failed (HTTP 503 with a body that is not a JSON object: busy); retrying in 250 ms'
    )
    expect(run.stdout).toContain(
      'attempt 2 of 5 was refused for pace (HTTP 429 with an empty body; not counted as a retry); retrying in 250 ms'
    )
    expect(JSON.parse(run.outputs.results!)[0]).toMatchObject({ success: true, attempts: 3 })
  })

  it('retries a reset connection', async () => {
    simulator.enqueue([{ reset: true }])
    const run = await runAction(inputsFor(simulator, { retries: '1' }))
    expect(run.exitCode).toBe(0)
    expect(simulator.requests).toHaveLength(2)
    expect(run.stdout).toContain(`(connection reset by 127.0.0.1:${simulator.port} (ECONNRESET))`)
  })

  it('gives up on a server that never answers, within timeout-seconds', async () => {
    simulator.enqueue([{ hang: true }])
    const run = await runAction(inputsFor(simulator, { 'timeout-seconds': '0.3', retries: '0' }))
    expect(run.exitCode).toBe(1)
    expect(run.outputs['error-message']).toBe(
      `${TABLE} 2024-07-17: 127.0.0.1:${simulator.port} sent no answer within 0.3 s`
    )
  })

  it('reports a refused connection when nothing listens', async () => {
    const closed = await startSimulator()
    await closed.close()
    const run = await runAction(inputsFor(closed, { retries: '0' }))
    expect(run.exitCode).toBe(1)
    expect(run.outputs.success).toBe('false')
    expect(run.outputs['error-message']).toBe(
      `${TABLE} 2024-07-17: connection refused by 127.0.0.1:${closed.port} (ECONNREFUSED)`
    )
  })
})

describe('bad input', () => {
  it('reports every invalid input at once, one line each, before any request', async () => {
    const run = await runAction(
      inputsFor(simulator, {
        partition: '2024-07-01..',
        timezone: 'CST',
        retries: 'many',
        'auth-type': 'password'
      })
    )
    // A refused timezone leaves today unknown, but the partition's form is checked all the same.
    expectRefusedBeforeAnyRequest(run, simulator, [
      startingWith('Input "auth-type" '),
      'Input "timezone" CST is ambiguous: write Asia/Shanghai or America/Chicago; got "CST"',
      startingWith('Input "retries" '),
      'Input "partition" has a range without its last day: write A..B (e.g. 2024-07-01..yesterday); got "2024-07-01.."'
    ])
    expect(run.outputs['error-message']!.split('\n')).toHaveLength(4)
  })

  it('quotes a range left half empty as written (the manual backfill with an empty field)', async () => {
    const run = await runAction(inputsFor(simulator, { partition: '2024-07-01..' }))
    expectRefusedBeforeAnyRequest(run, simulator, [
      'Input "partition" has a range without its last day: write A..B (e.g. 2024-07-01..yesterday); got "2024-07-01.."'
    ])
  })

  it.each([
    [
      { partition: '2024-02-30' },
      'Input "partition" must be a real calendar date (yyyy-MM-dd); got "2024-02-30"'
    ],
    [
      { 'auth-type': 'password' },
      'Input "auth-type" must be one of UID, TOKEN, ACCOUNT, APIKEY; got "password"'
    ],
    [
      { timezone: 'Mars/Olympus' },
      'Input "timezone" must be an IANA time zone such as UTC or Asia/Shanghai; got "Mars/Olympus"'
    ],
    [{ 'table-name': 'p_order' }, 'Input "table-name" must be datasource.`catalog.schema`.table']
  ])('%j is refused with one error line and no request', async (overrides, message) => {
    const run = await runAction(inputsFor(simulator, overrides))
    expectRefusedBeforeAnyRequest(run, simulator, [startingWith(message)])
  })

  it('refuses a credential with a line break without showing it', async () => {
    const run = await runAction(inputsFor(simulator, { 'auth-value': `${SECRET}\nX-Injected: 1` }))
    expectRefusedBeforeAnyRequest(run, simulator, [
      'Input "auth-value" must be visible Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond U+00FF) (value hidden)'
    ])
    expectNoSecretIn(run, [SECRET])
  })
})

describe('networks', () => {
  it('masks a password given in the host URL and sends it as Basic auth', async () => {
    const host = simulator.url.replace('http://', 'http://robot:gw-pass-31337@')
    const run = await runAction(inputsFor(simulator, { host }))
    expect(run.exitCode).toBe(0)
    expect(simulator.requests[0]!.headers.authorization).toBe(
      `Basic ${btoa('robot:gw-pass-31337')}`
    )
    expectNoSecretIn(run, ['gw-pass-31337'])
  })

  it('goes through the proxy named by http_proxy', async () => {
    const proxy = await startConnectProxy(simulator.port)
    try {
      const run = await runAction(
        inputsFor(simulator, { host: `anymetrics.internal:${simulator.port}` }),
        { http_proxy: proxy.url }
      )
      expect(run.exitCode).toBe(0)
      expect(proxy.targets).toEqual([`anymetrics.internal:${simulator.port}`])
      expect(simulator.requests[0]!.headers.host).toBe(`anymetrics.internal:${simulator.port}`)
    } finally {
      await proxy.close()
    }
  })
})
