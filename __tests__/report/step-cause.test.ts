/**
 * The cause first: for every way a step can end, the job summary's heading, its first line and
 * the log's last line say what decided the step, before the totals and the tables. Each ending
 * is driven through its presenter, against a recording sink, as main.ts wires it.
 */
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/inputs/refusals.js'
import { failedVerdict } from '../../src/platform/verdict.js'
import { CredentialPresenter } from '../../src/report/credential-presenter.js'
import { EndPresenter } from '../../src/report/end-presenter.js'
import { InputPresenter } from '../../src/report/input-presenter.js'
import { escapeCell } from '../../src/report/markdown.js'
import { decideOutcome, type RunEnding } from '../../src/report/outcome.js'
import { PlanPresenter } from '../../src/report/plan-presenter.js'
import { Printer } from '../../src/report/printer.js'
import { RunReport } from '../../src/report/run-report.js'
import type { Sink } from '../../src/report/sink.js'
import type { PlanReading, PlanWatch } from '../../src/run/plan-watch.js'
import type { RefusalStop } from '../../src/run/refusal-watch.js'
import type { TokenFailure } from '../../src/run/token-exchange.js'
import type { TriggerResult } from '../../src/run/trigger.js'
import { TrustBoundary, display } from '../../src/trust.js'
import { result } from '../support/results.js'

const boundary = new TrustBoundary()
const TABLE = 'starrocks.`c.s`.p_order'
const HOST = 'http://127.0.0.1:8083'

/** The step as a person sees its end: the summary's lines, and the log's lines in order. */
async function ended(act: (report: RunReport) => Promise<void>) {
  const log: string[] = []
  let summary = ''
  const sink: Sink = {
    setSecret: () => undefined,
    debug: () => undefined,
    info: text => log.push(...text.split('\n')),
    progress: text => log.push(...text.split('\n')),
    notice: line => log.push(`::notice::${line}`),
    warning: line => log.push(`::warning::${line}`),
    error: line => log.push(`::error::${line}`),
    startGroup: line => log.push(`::group::${line}`),
    endGroup: () => log.push('::endgroup::'),
    setOutput: () => undefined,
    writeSummary: async markdown => void (summary = markdown),
    fail: () => undefined
  }
  await act(new RunReport(new Printer(sink, boundary), {}))
  await new Promise(resolve => setImmediate(resolve)) // log lines are written a turn later
  return { summary: summary.split('\n'), log }
}

function accepted(partition: string): TriggerResult {
  return result({ tableName: TABLE, partition, status: 'succeeded', code: '200', traceId: 'tr' })
}

function failed(partition: string, errorMsg: string, fields = {}): TriggerResult {
  return result({ tableName: TABLE, partition, status: 'failed', code: '500', errorMsg, ...fields })
}

function notRun(partition: string): TriggerResult {
  return result({ tableName: TABLE, partition, status: 'not-run', errorMsg: 'not run: stopped' })
}

const dates = (count: number) =>
  Array.from({ length: count }, (_, i) => `2024-07-${String(i + 1).padStart(2, '0')}`)

function reading(refresh: string, data: string): PlanReading {
  return {
    hasNotReady: false,
    latestDateTime: boundary.text(data),
    latestRefreshTime: boundary.text(refresh),
    refreshMs: Date.parse(refresh.replace(' ', 'T') + 'Z'),
    dataMs: Date.parse(data.replace(' ', 'T') + 'Z'),
    traceId: null
  }
}

function watch(
  label: string,
  state: PlanWatch['state'],
  fields: { data?: string; waitedMs?: number; reason?: string } = {}
): PlanWatch {
  const data = fields.data ?? '2024-07-31 00:00:00'
  const baseline = reading('2024-08-01 06:00:00', data)
  return {
    plan: { by: 'name', value: label, label },
    label: boundary.text(label),
    baseline,
    last: state === 'fresh' ? reading('2024-08-01 07:00:00', data) : baseline,
    state,
    reason: fields.reason ? boundary.text(fields.reason) : null,
    polls: 3,
    waitedMs: fields.waitedMs ?? 3_600_000
  }
}

/** A run that reached its end: decided once, shown by the end presenter. */
function run(results: readonly TriggerResult[], ending: RunEnding = {}) {
  return (report: RunReport) =>
    new EndPresenter(report).runEnded(decideOutcome(results, { host: HOST, ...ending }, boundary))
}

function waited(results: readonly TriggerResult[], watches: PlanWatch[]) {
  return run(results, { freshness: { watches, newestPartition: '2024-07-31' } })
}

function refusal(transient: boolean): RefusalStop {
  return {
    scope: 'run',
    answer: {
      code: display`401`,
      reason: transient ? display`internal server error` : display`authentication failed`,
      transient
    },
    refused: 3
  }
}

const silent = (partition: string) =>
  failed(partition, `connection refused by 127.0.0.1:8083 (ECONNREFUSED)`, { answered: false })

const bold = (text: string) => `**${escapeCell(text)}**`
const stop = (text: string) => `**⛔ ${escapeCell(text)}**`

interface Ending {
  name: string
  act: (report: RunReport) => Promise<void>
  /** The log's last line, which the summary's heading reads too. */
  last: string
  passed?: true
  /** The summary's first line under the heading, as markdown. */
  first: string
}

const runEndings: Ending[] = [
  {
    name: 'every trigger accepted, no wait',
    passed: true,
    act: run(dates(3).map(accepted)),
    last: 'All 3 triggers accepted',
    first: bold(
      'AnyMetrics refresh succeeded: the platform accepted all 3 triggers and refreshes in the background; this step did not wait for the data (wait-for-plans does)'
    )
  },
  {
    name: 'the one trigger accepted, no wait',
    passed: true,
    act: run([accepted('2024-07-17')]),
    last: 'The trigger was accepted',
    first: bold(
      'AnyMetrics refresh succeeded: the platform accepted the trigger and refreshes in the background; this step did not wait for the data (wait-for-plans does)'
    )
  },
  {
    name: 'accepted, then every plan fresh',
    passed: true,
    act: waited(dates(2).map(accepted), [
      watch('orders', 'fresh', { data: '2024-07-31 00:00:00', waitedMs: 240_000 }),
      watch('refunds', 'fresh', { data: '2024-08-01 00:00:00', waitedMs: 120_000 })
    ]),
    last: 'Fresh: data through 2024-07-31 00:00:00',
    first: bold(
      'AnyMetrics refresh succeeded: the platform accepted all 2 triggers, and all 2 plans turned fresh within 4 min: data through 2024-07-31 00:00:00 (the earliest of the plans)'
    )
  },
  {
    name: 'accepted, then the wait timed out',
    act: waited(dates(3).map(accepted), [
      watch('orders', 'fresh', { waitedMs: 60_000 }),
      watch('refunds', 'stale'),
      watch('returns', 'stale')
    ]),
    last: '2 of 3 plans not fresh after 60 min',
    first: bold(
      'AnyMetrics refresh failed: the platform accepted all 3 triggers, but the wait for plans did not end fresh: Plan refunds is not fresh after 60 min: no refresh ended since 2024-08-01 06:00:00 (platform time); data through 2024-07-31 00:00:00 (and 1 more: see Freshness)'
    )
  },
  {
    name: 'accepted, then a plan error ended the wait',
    act: waited(
      [accepted('2024-07-17')],
      [
        watch('orders', 'failed', { reason: 'plan not found', waitedMs: 1000 }),
        watch('refunds', 'stale', {
          reason: 'the wait ended when the platform refused orders',
          waitedMs: 1000
        })
      ]
    ),
    last: '2 of 2 plans not fresh: 1 could not be followed',
    first: bold(
      'AnyMetrics refresh failed: the platform accepted the trigger, but the wait for plans did not end fresh: Plan orders could not be followed: plan not found (and 1 more: see Freshness)'
    )
  },
  {
    name: 'accepted, then the one plan could not be followed',
    act: waited(
      [accepted('2024-07-17')],
      [watch('orders', 'failed', { reason: 'plan not found', waitedMs: 1000 })]
    ),
    last: 'Plan orders could not be followed',
    first: bold(
      'AnyMetrics refresh failed: the platform accepted the trigger, but the wait for plans did not end fresh: Plan orders could not be followed: plan not found'
    )
  },
  {
    name: 'some triggers failed, with one reason',
    act: run([
      ...dates(2).map(accepted),
      failed('2024-07-03', 'partition is locked'),
      failed('2024-07-04', 'partition is locked')
    ]),
    last: '2 of 4 triggers failed: partition is locked',
    first: bold(
      `AnyMetrics refresh failed: the platform accepted 2 of 4; 2 triggers failed: partition is locked (first: ${TABLE} 2024-07-03)`
    )
  },
  {
    name: 'every trigger failed, for different reasons, and the run was to wait',
    act: waited(
      [failed('2024-07-01', 'partition is locked'), failed('2024-07-02', 'table not found')],
      [watch('orders', 'not-waited', { reason: '2 triggers not accepted', waitedMs: 0 })]
    ),
    last: 'All 2 triggers failed',
    first: bold(
      `AnyMetrics refresh failed: the platform accepted 0 of 2; ${TABLE} 2024-07-01: partition is locked; 1 other reason below; the step did not wait for plans`
    )
  },
  {
    name: 'the one trigger failed',
    act: run([failed('2024-07-17', 'unknown tenant tn_other', { traceId: 'tr-9' })]),
    last: 'The trigger failed: unknown tenant tn_other',
    first: bold(
      `AnyMetrics refresh failed: ${TABLE} 2024-07-17: unknown tenant tn_other (traceId tr-9)`
    )
  },
  {
    name: 'one table stopped by its refusals, the others accepted',
    act: run(
      [
        accepted('2024-07-01'),
        ...dates(3).map(date => ({
          ...failed(date, 'data source table not found'),
          tableName: boundary.text('starrocks.`c.s`.gone'),
          code: display`500`
        })),
        { ...notRun('2024-07-04'), tableName: boundary.text('starrocks.`c.s`.gone') }
      ],
      {
        refusals: {
          stopOfRun: undefined,
          tableStops: [
            {
              scope: 'table',
              table: 'starrocks.`c.s`.gone',
              answer: {
                code: display`500`,
                reason: display`data source table not found`,
                transient: false
              },
              refused: 3
            }
          ]
        }
      }
    ),
    last: '3 of 5 triggers failed: data source table not found; 1 not run',
    first: stop(
      'Table starrocks.`c.s`.gone: the platform refused its first 3 triggers with the same answer and accepted none: data source table not found (code 500). Its other 1 trigger were not sent; other tables went on. Check that the table exists on the platform as named'
    )
  },
  {
    name: 'the platform unreachable',
    act: run([...dates(3).map(silent), ...['2024-07-04', '2024-07-05'].map(notRun)], {
      cause: 'unreachable'
    }),
    last: 'The platform is unreachable',
    first: stop(
      `The platform at ${HOST} is unreachable: 3 triggers in a row got no answer after their retries (last: connection refused by 127.0.0.1:8083 (ECONNREFUSED)); 2 triggers not run`
    )
  },
  {
    name: 'answers that are not HTTP',
    act: run([...dates(3).map(silent), notRun('2024-07-04')], { cause: 'invalid-http' }),
    last: "The platform's answers are not valid HTTP",
    first: stop(
      `The platform at ${HOST} answers in something that is not valid HTTP: 3 triggers in a row got such an answer after their retries (last: connection refused by 127.0.0.1:8083 (ECONNREFUSED)); 1 trigger not run. Check that host names the AnyMetrics server itself (port 8083), not a proxy or another service`
    )
  },
  {
    name: 'the run-wide refusal: the credential or the tenant',
    act: run(
      [...dates(3).map(date => failed(date, 'authentication failed')), notRun('2024-07-04')],
      { cause: 'refused', refusals: { stopOfRun: refusal(false), tableStops: [] } }
    ),
    last: 'The platform refused the credential or the tenant: authentication failed (code 401)',
    first: stop(
      "The platform refused the run's first 3 triggers with the same answer and accepted none: authentication failed (code 401). Nothing more was sent (1 trigger not run). When the answer is about the credential or the tenant, check tenant-id and the credential: dry-run: check proves them without triggering anything"
    )
  },
  {
    name: 'the run-wide refusal of a failing platform',
    act: run(
      [...dates(3).map(date => failed(date, 'internal server error')), notRun('2024-07-04')],
      { cause: 'refused', refusals: { stopOfRun: refusal(true), tableStops: [] } }
    ),
    last: 'The platform is failing: internal server error (code 401)',
    first: stop(
      "The platform kept answering the run's first 3 triggers with the same error, after their retries, and accepted none: internal server error (code 401). Nothing more was sent (1 trigger not run). The platform is overloaded or failing: run again later, or with a lower concurrency"
    )
  },
  {
    name: 'a platform that answers only 429',
    act: run([notRun('2024-07-01')], { cause: 'throttled' }),
    last: 'The platform refused every request for pace (HTTP 429)',
    first: stop(
      `The platform at ${HOST} refused every request for pace (HTTP 429) for 2 min and accepted none: 1 trigger not run. Lower concurrency, or run when the platform is less busy`
    )
  },
  {
    name: 'fail-fast',
    act: run([failed('2024-07-01', 'partition is locked'), notRun('2024-07-02')], {
      cause: 'fail-fast'
    }),
    last: 'A trigger failed and fail-fast stopped the run: partition is locked',
    first: stop('fail-fast stopped the run after a trigger failed: 1 trigger not run')
  },
  {
    name: 'cancelled',
    act: run([accepted('2024-07-01'), notRun('2024-07-02')], { cause: 'cancelled' }),
    last: 'The run was cancelled',
    first: stop('The run was cancelled: 1 trigger not run; the rest are reported as they ended')
  }
]

const tokenLine = (reason: string) =>
  `Could not get a token from token/create with app-id and app-secret: ${reason}; no trigger was sent`

const tokenEndings: Ending[] = (
  [
    ['refused', 'The platform refused the credential (app-id and app-secret)'],
    ['failing', 'The platform failed the token request'],
    ['unusable', "The platform's token cannot be used"],
    ['unreachable', 'The platform is unreachable'],
    ['invalid-http', "The platform's answers are not valid HTTP"],
    ['not-sent', 'The token request could not be sent'],
    ['cancelled', 'The run was cancelled']
  ] as Array<[TokenFailure, string]>
).map(([kind, headline]) => ({
  name: `no token: ${kind}`,
  act: report =>
    new CredentialPresenter(report).tokenRefused(failedVerdict(display`the answer`), 1, kind),
  last: headline,
  first: bold(tokenLine('the answer'))
}))

const earlyEndings: Ending[] = [
  ...tokenEndings,
  {
    name: 'a plan unreadable before any trigger',
    act: report =>
      new PlanPresenter(report).baselineFailed(
        display`orders`,
        failedVerdict(display`authentication failed`)
      ),
    last: 'Plan orders could not be read: authentication failed',
    first: bold(
      'Could not read materialization plan orders before triggering: authentication failed; no trigger was sent'
    )
  },
  {
    name: 'dry-run: check failed',
    act: report =>
      new EndPresenter(report).checkFailed(
        display`listing materialization plans`,
        failedVerdict(display`authentication failed`)
      ),
    last: 'Connection check failed while listing materialization plans: authentication failed',
    first: bold(
      'Connection check failed while listing materialization plans: authentication failed; check host, tenant-id and the credential (app-id and app-secret, or auth-type and auth-value); nothing was triggered'
    )
  },
  {
    name: 'a bug',
    act: report => new EndPresenter(report).crashed(new Error('boom')),
    last: 'The action stopped unexpectedly',
    first: bold('anymetrics-refresh stopped unexpectedly: boom')
  },
  {
    name: 'one invalid input',
    act: report =>
      new InputPresenter(report).refused([
        new InputError('retries', 'must be a whole number from 0 to 10', 'many')
      ]),
    last: 'Input "retries" is invalid: nothing was sent',
    first: `- ${escapeCell('Input "retries" must be a whole number from 0 to 10; got "many"')}`
  },
  {
    name: 'several invalid inputs',
    act: report =>
      new InputPresenter(report).refused([
        new InputError('retries', 'must be a whole number from 0 to 10', 'many'),
        new InputError('host', 'is required'),
        new InputError('host', 'must be a URL')
      ]),
    last: '2 inputs are invalid ("retries", "host"): nothing was sent',
    first: `- ${escapeCell('Input "retries" must be a whole number from 0 to 10; got "many"')}`
  }
]

describe('the cause first', () => {
  it.each([...runEndings, ...earlyEndings].map(ending => [ending.name, ending] as const))(
    '%s: the heading and the last log line say what decided the step, the first line says it in full',
    async (_name, ending) => {
      const { summary, log } = await ended(ending.act)
      expect(log.at(-1)).toBe(ending.last)
      expect(summary[0]).toBe(`## ${ending.passed ? '✅' : '❌'} ${escapeCell(ending.last)}`)
      expect(summary[1]).toBe('')
      expect(summary[2]).toBe(ending.first)
    }
  )

  it('a connection check that passed, and a plan with nothing in it, lead with that already', async () => {
    const checked = await ended(report =>
      new EndPresenter(report).checkPassed([], { host: HOST, tokenExchanged: false, watches: [] })
    )
    expect(checked.summary[0]).toBe(
      '## ✅ AnyMetrics connection check passed: nothing was triggered'
    )
    expect(checked.log.at(-1)).toMatch(
      /^::notice::Connection check passed: .*; nothing was triggered$/
    )
    const nothing = await ended(report => new InputPresenter(report).nothingToRefresh())
    expect(nothing.summary[0]).toBe('## AnyMetrics refresh: nothing to refresh')
    expect(nothing.log.at(-1)).toMatch(/^::notice::Nothing to refresh: /)
  })

  it('keeps the totals and the tables after the cause', async () => {
    const { summary } = await ended(
      run([accepted('2024-07-01'), failed('2024-07-02', 'partition is locked')])
    )
    const at = (line: string) => summary.indexOf(line)
    expect(at('**1 succeeded, 1 failed, 2 in all**')).toBe(4)
    expect(at('### ❌ Failed (1)')).toBeGreaterThan(4)
    expect(at('### ✅ Succeeded (1)')).toBeGreaterThan(at('### ❌ Failed (1)'))
  })

  it('says a stop that came after every trigger was accepted, not success', async () => {
    const { summary, log } = await ended(run([accepted('2024-07-01')], { cause: 'cancelled' }))
    expect(log.at(-1)).toBe('The run was cancelled')
    expect(summary[0]).toBe('## ❌ The run was cancelled')
  })

  it('cuts a long platform text short in the heading, and keeps it whole in the first line', async () => {
    const long = `partition is locked ${'x'.repeat(300)}`
    const { summary, log } = await ended(run([failed('2024-07-17', long)]))
    expect(log.at(-1)).toBe(`The trigger failed: ${long.slice(0, 120)}…`)
    expect(summary[2]).toContain('x'.repeat(300))
  })
})
