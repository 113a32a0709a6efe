import { describe, expect, it } from '@jest/globals'
import { InputErrors } from '../../src/inputs/refusals.js'
import {
  INPUT_NAMES,
  parseInputs,
  secretsOf,
  type RawInputs
} from '../../src/inputs/parse-inputs.js'
import { inputErrorLine } from '../../src/report/lines.js'
import { TrustBoundary } from '../../src/trust.js'

const now = new Date('2024-07-17T20:00:00Z')
const files: Record<string, string> = {}
const env = {
  now,
  readTextFile: (path: string) => read(path),
  readArtifact: (path: string) => read(path)
}
function read(path: string): string {
  if (path in files) return files[path]!
  throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
}

function inputs(overrides: Partial<RawInputs> = {}): RawInputs {
  const blank = Object.fromEntries(INPUT_NAMES.map(name => [name, ''])) as RawInputs
  return {
    ...blank,
    host: 'anymetrics.internal:8083',
    'tenant-id': 'tn_597771',
    'auth-type': 'token',
    'auth-value': 'top-secret-credential',
    'table-name': 'starrocks.`default_catalog.schema`.p_order',
    ...overrides
  }
}

/** The refusals of these inputs, as the lines the action prints (one per refused input). */
function refusal(raw: RawInputs): { message: string; lines: string[] } {
  try {
    parseInputs(raw, env)
  } catch (error) {
    if (error instanceof InputErrors) {
      const boundary = new TrustBoundary(secretsOf(raw))
      const lines = error.errors.map(refused => inputErrorLine(refused, boundary))
      return { message: lines.join('\n'), lines }
    }
    throw error
  }
  throw new Error('expected the inputs to be refused')
}

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    const { config, notices } = parseInputs(inputs(), env)
    expect(config).toMatchObject({
      endpoint: { url: 'http://anymetrics.internal:8083/anymetrics/api/v1/scheduler/task/trigger' },
      tenantId: 'tn_597771',
      credentials: { kind: 'header', authType: 'TOKEN' },
      plan: [{ tableName: 'starrocks.`default_catalog.schema`.p_order', partition: '2024-07-17' }],
      timeZone: 'UTC',
      timeoutMs: 30_000,
      retries: 3,
      concurrency: 4,
      failFast: false,
      dryRun: false
    })
    expect(notices).toEqual([])
  })

  it('resolves today in the given time zone', () => {
    const { config } = parseInputs(inputs({ timezone: 'Asia/Shanghai' }), env)
    expect(config.plan.map(trigger => trigger.partition)).toEqual(['2024-07-18'])
  })

  it('composes the table name from its parts', () => {
    const raw = inputs({
      'table-name': '',
      datasource: 'starrocks',
      'catalog-schema': '`default_catalog.schema`',
      table: 'p_order'
    })
    expect(parseInputs(raw, env).config.plan[0]!.tableName).toBe(
      'starrocks.`default_catalog.schema`.p_order'
    )
  })

  it('adds backticks to a four-part name and gives a notice', () => {
    const { config, notices } = parseInputs(inputs({ 'table-name': 'sr.cat.sch.t' }), env)
    expect(config.plan[0]!.tableName).toBe('sr.`cat.sch`.t')
    expect(notices).toEqual([
      'table-name: added the backticks the platform requires: sr.`cat.sch`.t'
    ])
  })

  it('accepts a fractional timeout and retries 0', () => {
    const { config } = parseInputs(inputs({ 'timeout-seconds': '2.5', retries: '0' }), env)
    expect(config.timeoutMs).toBe(2500)
    expect(config.retries).toBe(0)
  })
})

describe('parseInputs for many tables and partitions', () => {
  it('plans every table × every partition: tables as given, partitions ascending, no duplicates', () => {
    const { config } = parseInputs(
      inputs({
        'table-name': 'sr.`c.s`.orders, sr.`c.s`.customers\nsr.`c.s`.orders',
        partition: '2024-07-03\n2024-07-01..2024-07-02, 2024-07-02'
      }),
      env
    )
    expect(config.plan.map(t => `${t.tableName} ${t.partition}`)).toEqual([
      'sr.`c.s`.orders 2024-07-01',
      'sr.`c.s`.orders 2024-07-02',
      'sr.`c.s`.orders 2024-07-03',
      'sr.`c.s`.customers 2024-07-01',
      'sr.`c.s`.customers 2024-07-02',
      'sr.`c.s`.customers 2024-07-03'
    ])
  })

  it('composes several tables in one datasource and catalog-schema', () => {
    const raw = inputs({
      'table-name': '',
      datasource: 'sr',
      'catalog-schema': 'c.s',
      table: 'orders\ncustomers'
    })
    expect(parseInputs(raw, env).config.plan.map(t => t.tableName)).toEqual([
      'sr.`c.s`.orders',
      'sr.`c.s`.customers'
    ])
  })

  it('resolves relative ranges such as today-6..today', () => {
    const { config } = parseInputs(inputs({ partition: 'today-2..today' }), env)
    expect(config.plan.map(t => t.partition)).toEqual(['2024-07-15', '2024-07-16', '2024-07-17'])
  })

  it('reads concurrency, fail-fast, dry-run and max-triggers', () => {
    const given = { concurrency: '8', 'fail-fast': 'true', 'dry-run': 'TRUE', 'max-triggers': '5' }
    const { config } = parseInputs(inputs({ ...given, partition: 'today-4..today' }), env)
    expect(config).toMatchObject({ concurrency: 8, failFast: true, dryRun: true })
    // max-triggers bounds the plan: 5 triggers pass, 6 are refused.
    expect(config.plan).toHaveLength(5)
    expect(refusal(inputs({ ...given, partition: 'today-5..today' })).lines).toEqual([
      'Input "max-triggers" is 5, and the plan has 6 triggers (1 table × 6 partitions, 2024-07-12..2024-07-17): narrow partition or raise max-triggers'
    ])
  })
})

describe('parseInputs refusals name the input, the rule and the value', () => {
  it.each<[Partial<RawInputs>, string]>([
    [{ host: '' }, 'Input "host" is required'],
    [
      { host: 'anymetrics.internal' },
      'Input "host" must include a port when no scheme is given (e.g. anymetrics.example.com:8083); got "anymetrics.internal"'
    ],
    [{ 'tenant-id': '' }, 'Input "tenant-id" is required'],
    [
      { 'tenant-id': 'x'.repeat(129) },
      'Input "tenant-id" must be at most 128 characters (it has 129)'
    ],
    [
      { 'tenant-id': 'tn\r\nX-Evil: 1' },
      'Input "tenant-id" must be visible Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond U+00FF); got "tn\\r\\nX-Evil: 1"'
    ],
    [
      { 'auth-type': 'PASSWORD' },
      'Input "auth-type" must be one of UID, TOKEN, ACCOUNT, APIKEY; got "PASSWORD"'
    ],
    [{ 'auth-value': '' }, 'Input "auth-value" is required'],
    [
      { 'table-name': '' },
      'Input "table-name" is required (or give datasource, catalog-schema and table, or dbt-run-results, instead)'
    ],
    [
      { 'table-name': 'p_order' },
      'Input "table-name" must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_order), each name made of letters, digits, _, $ or - (no quotes or spaces); got "p_order"'
    ],
    [{ datasource: 'sr' }, 'Input "table-name" cannot be combined with datasource'],
    [
      { 'table-name': '', datasource: 'sr', table: 't' },
      'Input "catalog-schema" is required when datasource, catalog-schema or table is given'
    ],
    [
      { 'table-name': '', datasource: 's.r', 'catalog-schema': 'c.s', table: 't' },
      'Input "datasource" must be one name'
    ],
    [
      { partition: '2024-02-30' },
      'Input "partition" must be a real calendar date (yyyy-MM-dd); got "2024-02-30"'
    ],
    [
      { partition: 'last week' },
      'Input "partition" must be yyyy-MM-dd, today, yesterday, today-N, or a range A..B of those; got "last week"'
    ],
    [
      { timezone: 'Asia/Atlantis' },
      'Input "timezone" must be an IANA time zone such as UTC or Asia/Shanghai; got "Asia/Atlantis"'
    ],
    [
      { 'timeout-seconds': '0' },
      'Input "timeout-seconds" must be a number of seconds above 0, at most 3600; got "0"'
    ],
    [{ 'timeout-seconds': 'ten' }, 'Input "timeout-seconds" must be a number of seconds'],
    [{ retries: '-1' }, 'Input "retries" must be a whole number from 0 to 10; got "-1"'],
    [{ retries: '11' }, 'Input "retries" must be a whole number from 0 to 10; got "11"'],
    [
      { partition: '2024-07-31..2024-07-01' },
      'Input "partition" has a reversed range (2024-07-31 is after 2024-07-01): write it oldest first; got "2024-07-31..2024-07-01"'
    ],
    [{ partition: ' , ' }, 'Input "partition" must name at least one partition'],
    [{ 'table-name': ',' }, 'Input "table-name" is required'],
    [{ concurrency: '0' }, 'Input "concurrency" must be a whole number from 1 to 32; got "0"'],
    [{ concurrency: '33' }, 'Input "concurrency" must be a whole number from 1 to 32; got "33"'],
    [{ 'fail-fast': 'yes' }, 'Input "fail-fast" must be true or false; got "yes"'],
    [{ 'dry-run': '1' }, 'Input "dry-run" must be true or false; got "1"'],
    [
      { 'max-triggers': '2001' },
      'Input "max-triggers" must be a whole number from 1 to 2000; got "2001"'
    ],
    [
      { partition: '2020-01-01..2024-07-17' },
      'Input "max-triggers" is 1000, and the plan has 1660 triggers (1 table × 1660 partitions, 2020-01-01..2024-07-17): narrow partition or raise max-triggers'
    ]
  ])('%j', (overrides, message) => {
    expect(refusal(inputs(overrides)).message).toContain(message)
  })

  it('never shows the credential when refusing it', () => {
    const error = refusal(inputs({ 'auth-value': 'secret\nwith-newline' }))
    expect(error.message).toBe(
      'Input "auth-value" must be visible Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond U+00FF) (value hidden)'
    )
  })
})

describe('secretsOf', () => {
  it('lists the credential and a password inside the host URL', () => {
    const secrets = secretsOf(inputs({ host: 'https://robot:gw-pass@gw.example.com' }))
    expect(secrets).toEqual(expect.arrayContaining(['top-secret-credential', 'gw-pass']))
  })
})
