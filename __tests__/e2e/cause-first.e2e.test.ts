/**
 * The cause first, on the committed bundle: the job summary's heading and first line, and the
 * log's last line, say what decided the step before the totals and the tables, against the
 * simulator (and a closed port for a platform that is down).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../../simulator/anymetrics-simulator.js'
import { inputBuilder, TABLE } from '../support/inputs.js'
import { expectNoSecretIn } from '../support/leaks.js'
import { runAction, type ActionRun } from '../support/run-action.js'

const SECRET = 'cause-first-credential-5d1a'
const REFUNDS = 'starrocks.`default_catalog.sales`.p_refund'
const platform = { tenantId: 'tn_cause', authType: 'TOKEN', authValue: SECRET }
const inputsFor = inputBuilder(platform, { retries: '0' })

let simulator: Simulator | undefined
afterEach(async () => {
  await simulator?.close()
  simulator = undefined
})

async function start(options: Parameters<typeof startSimulator>[0] = {}): Promise<Simulator> {
  simulator = await startSimulator({ ...platform, ...options })
  return simulator
}

/** The summary's heading, its first line, and the log's last line. */
function opening(run: ActionRun) {
  const lines = run.summary.split('\n')
  return { heading: lines[0], first: lines[2], last: run.stdout.trimEnd().split('\n').at(-1) }
}

/** The cause comes before the totals, which come before the tables. */
function expectCauseBeforeTotals(run: ActionRun): void {
  const totals = run.summary.search(/^\*\*\d+ succeeded, /m)
  expect(totals).toBeGreaterThan(run.summary.indexOf('\n'))
  expect(run.summary.indexOf('\n### ')).toBeGreaterThan(totals)
}

describe('the cause first', () => {
  it('a host pasted with the API path: the host, not the credential, is named as the cause', async () => {
    await start()
    const run = await runAction(
      inputsFor(simulator!, {
        host: `${simulator!.url}/anymetrics/api/v1`,
        'table-name': `${TABLE}\n${REFUNDS}`,
        partition: '2024-07-01..2024-07-10',
        concurrency: '1'
      })
    )
    expect(run.exitCode).toBe(1)
    const { heading, last } = opening(run)
    expect(heading).toMatch(/^## ❌ The host does not lead to the platform's API\\: HTTP 404 from /)
    expect(last).toMatch(/^The host does not lead to the platform's API: HTTP 404 from /)
    expect(run.stdout).toContain('drop /anymetrics/api/v1')
    expect(run.stdout).toContain('correct the host input (dry-run: check tries it')
    expect(run.stdout).not.toContain('refused the credential')
  })

  it('a passed wait says how far the data goes: fresh, data through', async () => {
    await start({
      plans: {
        orders: { tables: [TABLE], refreshDelayMs: 300, latestDateTime: '2024-07-01 00:00:00' }
      }
    })
    const run = await runAction(
      inputsFor(simulator!, {
        partition: '2024-07-31',
        'wait-for-plans': 'orders',
        'wait-interval-seconds': '1'
      })
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs['data-through']).toBe('2024-07-31 00:00:00')
    const { heading, first, last } = opening(run)
    expect(heading).toBe('## ✅ Fresh\\: data through 2024-07-31 00\\:00\\:00')
    expect(first).toMatch(
      /^\*\*AnyMetrics refresh succeeded\\: the platform accepted the trigger, and plan orders turned fresh within .*\\: data through 2024-07-31 00\\:00\\:00\*\*$/
    )
    expect(last).toBe('Fresh: data through 2024-07-31 00:00:00')
    expectCauseBeforeTotals(run)
  })

  it('a wait that timed out says how many plans are not fresh, and after how long', async () => {
    await start({
      plans: {
        orders: { tables: [TABLE], refreshDelayMs: 300 },
        refunds: { tables: [REFUNDS], neverRefreshes: true }
      }
    })
    const run = await runAction(
      inputsFor(simulator!, {
        'table-name': `${TABLE}\n${REFUNDS}`,
        'wait-for-plans': 'orders\nrefunds',
        'wait-interval-seconds': '1',
        'wait-timeout-minutes': '0.05'
      })
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs.fresh).toBe('false')
    const { heading, first, last } = opening(run)
    expect(heading).toMatch(/^## ❌ 1 of 2 plans not fresh after \d\\\.\d s$/)
    expect(first).toMatch(
      /^\*\*AnyMetrics refresh failed\\: the platform accepted all 2 triggers, but the wait for plans did not end fresh\\: Plan refunds is not fresh after /
    )
    expect(last).toMatch(/^1 of 2 plans not fresh after \d\.\d s$/)
    expectCauseBeforeTotals(run)
    // Before: "❌ AnyMetrics refresh failed", the totals, a Succeeded table, "❌ not fresh" last.
    expect(run.summary.indexOf('### ✅ Succeeded (2)')).toBeGreaterThan(run.summary.indexOf(first!))
  })

  it('a platform that is down: the platform is unreachable', async () => {
    const closed = await startSimulator()
    await closed.close()
    const host = `127.0.0.1:${closed.port}`
    const run = await runAction(inputsFor(host, { partition: '2024-07-01..2024-07-10' }))
    expect(run.exitCode).toBe(1)
    const { heading, first, last } = opening(run)
    expect(heading).toBe('## ❌ The platform is unreachable')
    expect(first).toMatch(
      /^\*\*⛔ The platform at http\\:\/\/127\\\.0\\\.0\\\.1\\:\d+ is unreachable\\: 3 triggers in a row got no answer after their retries/
    )
    expect(last).toBe('The platform is unreachable')
    expectCauseBeforeTotals(run)
  })

  it('a wrong auth-value: the platform refused the credential or the tenant', async () => {
    await start()
    const run = await runAction(
      inputsFor(simulator!, {
        'auth-value': 'not-the-credential',
        'table-name': `${TABLE}\n${REFUNDS}`,
        partition: '2024-07-01..2024-07-05'
      })
    )
    expect(run.exitCode).toBe(1)
    const { heading, first, last } = opening(run)
    expect(heading).toBe(
      '## ❌ The platform refused the credential or the tenant\\: authentication failed \\(code 401\\)'
    )
    expect(first).toMatch(
      /^\*\*⛔ The platform refused the run's first 3 triggers with the same answer and accepted none/
    )
    expect(last).toBe(
      'The platform refused the credential or the tenant: authentication failed (code 401)'
    )
    expectNoSecretIn(run, [SECRET, 'not-the-credential'])
  })

  it('a key pair token/create refuses: the platform refused the credential', async () => {
    await start({ appId: 'app-cause', appSecret: 'right-secret-8e2f' })
    const run = await runAction({
      ...inputsFor(simulator!, { 'auth-type': '', 'auth-value': '' }),
      'app-id': 'app-cause',
      'app-secret': 'wrong-secret-3b7c'
    })
    expect(run.exitCode).toBe(1)
    const { heading, first, last } = opening(run)
    expect(heading).toBe('## ❌ The platform refused the credential \\(app-id and app-secret\\)')
    expect(first).toMatch(
      /^\*\*Could not get a token from token\/create with app-id and app-secret\\: /
    )
    expect(last).toBe('The platform refused the credential (app-id and app-secret)')
    expectNoSecretIn(run, ['wrong-secret-3b7c'])
  })

  it('some triggers failed: how many of how many, and their one reason', async () => {
    await start({
      tableFaults: {
        [REFUNDS]: { body: { succeed: false, code: '500', errorMsg: 'partition is locked' } }
      }
    })
    const run = await runAction(
      inputsFor(simulator!, {
        'table-name': `${TABLE}\n${REFUNDS}`,
        partition: '2024-07-01..2024-07-02'
      })
    )
    expect(run.exitCode).toBe(1)
    const { heading, first, last } = opening(run)
    expect(heading).toBe('## ❌ 2 of 4 triggers failed\\: partition is locked')
    expect(first).toMatch(
      /^\*\*AnyMetrics refresh failed\\: the platform accepted 2 of 4; 2 triggers failed\\: partition is locked \\\(first\\: /
    )
    expect(last).toBe('2 of 4 triggers failed: partition is locked')
    expectCauseBeforeTotals(run)
  })
})
