import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { secretsInHost } from '../../src/inputs/host.js'
import { parsePlans } from '../../src/inputs/wait-plans.js'
import { InputErrors } from '../../src/inputs/refusals.js'
import {
  INPUT_NAMES,
  parseInputs,
  secretsOf,
  type RawInputs
} from '../../src/inputs/parse-inputs.js'
import { inputErrorLine } from '../../src/report/lines.js'
import { TrustBoundary } from '../../src/trust.js'
import { rawInputs } from '../support/raw-inputs.js'

const now = new Date('2024-07-17T20:00:00Z')
const files: Record<string, string> = {}
const env = {
  now,
  readTextFile: (path: string) => read(path),
  openArtifact: (path: string) => read(path),
  readOwnFile: (path: string) => (path in files ? files[path] : undefined)
}
function read(path: string): string {
  if (path in files) return files[path]!
  throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
}

const inputs = rawInputs

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
      host: { base: 'http://anymetrics.internal:8083' },
      tenantId: 'tn_597771',
      credentials: { kind: 'header', authType: 'TOKEN' },
      plan: [{ tableName: 'starrocks.`default_catalog.schema`.p_order', partition: '2024-07-17' }],
      timeZone: 'UTC',
      timeoutMs: 30_000,
      retries: 3,
      concurrency: 4,
      failFast: false,
      dryRun: 'off'
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
    expect(config).toMatchObject({ concurrency: 8, failFast: true, dryRun: 'plan' })
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
    [{ 'dry-run': '1' }, 'Input "dry-run" must be true, false or check; got "1"'],
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

describe('parseInputs: the single-value settings', () => {
  it('takes each default when its input is not given', () => {
    const { config } = parseInputs(inputs(), env)
    expect({ ...config, host: undefined, credentials: undefined, plan: undefined }).toEqual({
      timeZone: 'UTC',
      timeoutMs: 30_000,
      retries: 3,
      concurrency: 4,
      failFast: false,
      dryRun: 'off',
      maxTriggers: 1000,
      waitTimeoutMs: 3_600_000,
      waitIntervalMs: 30_000,
      waitForPlans: [],
      tenantId: 'tn_597771',
      today: '2024-07-17',
      caCertificates: [],
      dbt: undefined,
      host: undefined,
      credentials: undefined,
      plan: undefined
    })
  })

  it('reads each setting from its own input', () => {
    const { config } = parseInputs(
      inputs({
        timezone: 'Asia/Shanghai',
        'timeout-seconds': '5',
        retries: '7',
        concurrency: '9',
        'fail-fast': 'True',
        'dry-run': 'true',
        'max-triggers': '12'
      }),
      env
    )
    expect(config).toMatchObject({
      timeZone: 'Asia/Shanghai',
      timeoutMs: 5000,
      retries: 7,
      concurrency: 9,
      failFast: true,
      dryRun: 'plan',
      maxTriggers: 12,
      today: '2024-07-18'
    })
  })

  it.each<[Partial<RawInputs>, Record<string, number>]>([
    [{ retries: '10' }, { retries: 10 }],
    [{ concurrency: '1' }, { concurrency: 1 }],
    [{ concurrency: '32' }, { concurrency: 32 }],
    [{ 'max-triggers': '1' }, { maxTriggers: 1 }],
    [{ 'max-triggers': '2000' }, { maxTriggers: 2000 }],
    [{ 'timeout-seconds': '3600' }, { timeoutMs: 3_600_000 }],
    [{ 'timeout-seconds': '0.001' }, { timeoutMs: 1 }]
  ])('accepts the bound %j', (given, parsed) => {
    expect(parseInputs(inputs(given), env).config).toMatchObject(parsed)
  })

  it.each<[Partial<RawInputs>, string]>([
    [
      { 'max-triggers': '0' },
      'Input "max-triggers" must be a whole number from 1 to 2000; got "0"'
    ],
    [
      { 'timeout-seconds': '3600.5' },
      'Input "timeout-seconds" must be a number of seconds above 0, at most 3600; got "3600.5"'
    ]
  ])('refuses past the bound %j', (given, line) => {
    expect(refusal(inputs(given)).lines).toEqual([line])
  })

  it('reads the tenant-id up to 128 characters', () => {
    const tenantId = 'x'.repeat(128)
    expect(parseInputs(inputs({ 'tenant-id': tenantId }), env).config.tenantId).toBe(tenantId)
  })
})

describe('parseInputs: the plan', () => {
  it('advises splitting a plan larger than any max-triggers allows', () => {
    expect(
      refusal(inputs({ partition: '2019-01-01..2024-07-17', 'max-triggers': '2000' })).lines
    ).toEqual([
      'Input "max-triggers" is 2000, and the plan has 2025 triggers (1 table × 2025 partitions, 2019-01-01..2024-07-17): split the backfill across steps or a job matrix (one step takes at most 2000)'
    ])
  })

  it('passes the notices of table-name on', () => {
    expect(parseInputs(inputs({ 'table-name': 'sr.c.s.t' }), env).notices).toEqual([
      'table-name: added the backticks the platform requires: sr.`c.s`.t'
    ])
  })
})

describe('parseInputs: every refusal at once', () => {
  it('refuses every wrong input in one go, in the order of the inputs', () => {
    const { lines } = refusal(
      inputs({
        host: '',
        'tenant-id': '',
        'auth-type': 'PASSWORD',
        'auth-value': '',
        'table-name': 'p_order',
        timezone: 'Mars/Olympus',
        'timeout-seconds': '0',
        retries: '11',
        concurrency: '0',
        'fail-fast': 'maybe',
        'dry-run': 'perhaps',
        'max-triggers': '0',
        'ca-certificate': 'missing.pem'
      })
    )
    expect(lines.map(line => /^Input "([^"]+)"/.exec(line)?.[1])).toEqual([
      'host',
      'tenant-id',
      'auth-type',
      'auth-value',
      'table-name',
      'timezone',
      'timeout-seconds',
      'retries',
      'concurrency',
      'fail-fast',
      'dry-run',
      'max-triggers',
      'ca-certificate'
    ])
  })

  it('refuses the partition and the max-triggers bound together', () => {
    expect(
      refusal(inputs({ partition: 'someday', 'max-triggers': '0' })).lines.map(
        line => /^Input "([^"]+)"/.exec(line)?.[1]
      )
    ).toEqual(['max-triggers', 'partition'])
  })

  it('refuses a partition of the wrong form beside a refused timezone', () => {
    expect(refusal(inputs({ timezone: 'CST', partition: 'someday' })).lines).toEqual([
      'Input "timezone" CST is ambiguous: write Asia/Shanghai or America/Chicago; got "CST"',
      'Input "partition" must be yyyy-MM-dd, today, yesterday, today-N, or a range A..B of those; got "someday"'
    ])
  })

  it.each([
    ['2024-02-30', 'must be a real calendar date (yyyy-MM-dd)'],
    ['2024-07-01..', 'has a range without its last day: write A..B (e.g. 2024-07-01..yesterday)'],
    [
      '2024-07-31..2024-07-01',
      'has a reversed range (2024-07-31 is after 2024-07-01): write it oldest first'
    ],
    ['today..today-3', 'has a reversed range (today is after today-3): write it oldest first'],
    ['today-36601', 'must not reach back more than 36600 days'],
    ['1900-01-01..2024-01-01', 'has a range longer than 36600 days']
  ])('without a time zone, still refuses the partition %s: %s', (partition, rule) => {
    expect(refusal(inputs({ timezone: 'Mars/Olympus', partition })).lines).toEqual([
      'Input "timezone" must be an IANA time zone such as UTC or Asia/Shanghai; got "Mars/Olympus"',
      `Input "partition" ${rule}; got "${partition}"`
    ])
  })

  it('leaves the order of a date and a day relative to today to the zone, which decides it', () => {
    // 2024-07-18 is after today in UTC (2024-07-17) but not in Asia/Shanghai (2024-07-18).
    const partition = '2024-07-18..today'
    expect(refusal(inputs({ timezone: 'UTC', partition })).lines).toEqual([
      `Input "partition" has a reversed range (2024-07-18 is after today): write it oldest first; got "${partition}"`
    ])
    expect(parseInputs(inputs({ timezone: 'Asia/Shanghai', partition }), env).config.today).toBe(
      '2024-07-18'
    )
    expect(refusal(inputs({ timezone: 'CST', partition })).lines).toEqual([
      'Input "timezone" CST is ambiguous: write Asia/Shanghai or America/Chicago; got "CST"'
    ])
  })

  it.each<Partial<RawInputs>>([
    { 'table-name': 'p_order' },
    { 'max-triggers': 'many' },
    { timezone: 'Mars/Olympus' }
  ])('plans nothing, so refuses no plan size, when %j is refused', given => {
    const { lines } = refusal(inputs({ ...given, partition: '2020-01-01..2024-07-17' }))
    expect(lines).toHaveLength(1)
  })
})

describe('parseInputs with dbt-run-results', () => {
  const fixtures = resolve(import.meta.dirname ?? '.', '../fixtures/dbt')
  const artifacts: Record<string, string> = {
    'target/run_results.json': readFileSync(resolve(fixtures, 'run_results.json'), 'utf8'),
    'target/manifest.json': readFileSync(resolve(fixtures, 'manifest.json'), 'utf8')
  }
  const dbtEnv = {
    ...env,
    openArtifact: (path: string) => {
      if (path in artifacts) return artifacts[path]!
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
    }
  }
  const dbtInputs = (overrides: Partial<RawInputs> = {}) =>
    inputs({
      'table-name': '',
      datasource: 'starrocks',
      'dbt-run-results': 'target/run_results.json',
      'dbt-select': 'tag:anymetrics',
      ...overrides
    })
  const refusedLines = (raw: RawInputs) => {
    try {
      parseInputs(raw, dbtEnv)
    } catch (error) {
      if (error instanceof InputErrors) return error.errors.map(refused => refused.message)
      throw error
    }
    throw new Error('expected the inputs to be refused')
  }

  it("plans the dbt run's tables and gives the mapping", () => {
    const { config } = parseInputs(dbtInputs(), dbtEnv)
    expect(config.plan.map(trigger => trigger.tableName)).toEqual([
      'starrocks.`default_catalog.sales`.orders',
      'starrocks.`default_catalog.sales`.events',
      'starrocks.`iceberg_catalog.lake`.lake_orders'
    ])
    expect(config.dbt?.mapped.map(node => node.uniqueId)).toEqual([
      'model.shop.orders',
      'model.shop.events',
      'model.shop.lake_orders'
    ])
  })

  it('plans the tables table-name names first, then those of dbt', () => {
    const { config } = parseInputs(dbtInputs({ 'table-name': 'sr.`c.s`.extra' }), dbtEnv)
    expect(config.plan.map(trigger => trigger.tableName)).toEqual([
      'sr.`c.s`.extra',
      'starrocks.`default_catalog.sales`.orders',
      'starrocks.`default_catalog.sales`.events',
      'starrocks.`iceberg_catalog.lake`.lake_orders'
    ])
  })

  it('composes catalog-schema and table in the datasource dbt uses', () => {
    const { config } = parseInputs(dbtInputs({ 'catalog-schema': 'c.s', table: 'extra' }), dbtEnv)
    expect(config.plan[0]!.tableName).toBe('starrocks.`c.s`.extra')
  })

  it('has no dbt mapping, and reads no dbt input, without dbt-run-results', () => {
    const { config } = parseInputs(
      inputs({ 'dbt-select': 'owner:me', 'dbt-catalog': 'a b', 'dbt-manifest': 'nope.json' }),
      env
    )
    expect(config.dbt).toBeUndefined()
  })

  it('refuses the dbt inputs and the others together', () => {
    expect(
      refusedLines(dbtInputs({ datasource: '', 'dbt-select': 'owner:me', retries: 'x' }))
    ).toEqual([
      'Input "datasource" is required with dbt-run-results: the data source name bound in AnyMetrics',
      'Input "dbt-select" takes tag:NAME, path:GLOB, resource_type:TYPE or a model name',
      'Input "retries" must be a whole number from 0 to 10'
    ])
  })

  it('refuses a missing datasource once, though catalog-schema and table need it too', () => {
    expect(
      refusedLines(dbtInputs({ datasource: '', 'catalog-schema': 'c.s', table: 't' }))
    ).toEqual([
      'Input "datasource" is required with dbt-run-results: the data source name bound in AnyMetrics'
    ])
  })

  it('plans nothing, so refuses no plan size, when the dbt inputs are refused', () => {
    const raw = dbtInputs({
      'table-name': 'sr.`c.s`.extra',
      'dbt-run-results': 'missing/run_results.json',
      partition: '2020-01-01..2024-07-17'
    })
    expect(refusedLines(raw)).toEqual([
      'Input "dbt-run-results" names a file that cannot be read (ENOENT)'
    ])
  })

  it('refuses a plan too large before dbt, without opening the manifest', () => {
    const raw = dbtInputs({
      'table-name': 'sr.`c.s`.extra',
      'dbt-manifest': 'missing/manifest.json',
      partition: '2020-01-01..2024-07-17'
    })
    expect(refusedLines(raw)).toEqual([
      'Input "max-triggers" is 1000, and the plan has 1660 triggers (1 table × 1660 partitions, 2020-01-01..2024-07-17): narrow partition or raise max-triggers'
    ])
  })

  it('counts the tables named beside dbt, on the default partition, before dbt', () => {
    const raw = dbtInputs({
      'table-name': 'sr.`c.s`.a, sr.`c.s`.b',
      'max-triggers': '1',
      'dbt-manifest': 'missing/manifest.json'
    })
    expect(refusedLines(raw)).toEqual([
      'Input "max-triggers" is 1, and the plan has 2 triggers (2 tables × 1 partitions, 2024-07-17..2024-07-17): narrow partition or raise max-triggers'
    ])
  })

  it.each<[Partial<RawInputs>, string]>([
    [{ 'table-name': 'p_order' }, 'table-name'],
    [{ timezone: 'Mars/Olympus' }, 'timezone'],
    [{ 'max-triggers': 'many' }, 'max-triggers'],
    [{ partition: 'someday' }, 'partition']
  ])('checks no plan before dbt when %j is refused, and refuses it once', (given, input) => {
    const lines = refusedLines(dbtInputs({ ...given, 'dbt-manifest': 'missing/manifest.json' }))
    expect(lines.map(line => /^Input "([^"]+)"/.exec(line)?.[1])).toEqual(['dbt-manifest', input])
  })

  it('checks no plan, however large, against a refused timezone', () => {
    const raw = dbtInputs({
      'table-name': 'sr.`c.s`.extra',
      timezone: 'Mars/Olympus',
      partition: '2020-01-01..2024-07-17'
    })
    expect(refusedLines(raw)).toEqual([
      'Input "timezone" must be an IANA time zone such as UTC or Asia/Shanghai'
    ])
  })
})

describe('secretsOf: what is masked', () => {
  it('lists the auth-value, the app-secret, then the secrets in the host', () => {
    const host = 'https://robot:gw-pass@gw.example.com'
    expect(secretsOf(inputs({ host, 'app-secret': 'app-secret-value' }))).toEqual([
      'top-secret-credential',
      'app-secret-value',
      ...secretsInHost(host)
    ])
  })

  it('lists no empty value', () => {
    expect(secretsOf(inputs({ 'auth-value': '', 'app-secret': 'app-secret-value' }))).toEqual([
      'app-secret-value'
    ])
    expect(secretsOf(inputs({ 'auth-value': '' }))).toEqual([])
  })
})

describe('INPUT_NAMES', () => {
  it("names action.yml's inputs, in its order", () => {
    expect(INPUT_NAMES).toEqual([
      'host',
      'tenant-id',
      'auth-type',
      'auth-value',
      'app-id',
      'app-secret',
      'table-name',
      'datasource',
      'catalog-schema',
      'table',
      'partition',
      'timezone',
      'timeout-seconds',
      'retries',
      'concurrency',
      'fail-fast',
      'dry-run',
      'max-triggers',
      'resume-file',
      'ca-certificate',
      'dbt-run-results',
      'dbt-manifest',
      'dbt-select',
      'dbt-exclude',
      'dbt-catalog',
      'wait-for-plans',
      'wait-timeout-minutes',
      'wait-interval-seconds'
    ])
  })
})

describe('parseInputs: waiting for plans', () => {
  it('reads wait-for-plans, wait-timeout-minutes and wait-interval-seconds', () => {
    const { config } = parseInputs(
      inputs({
        'wait-for-plans': 'nightly, id:42',
        'wait-timeout-minutes': '5',
        'wait-interval-seconds': '10'
      }),
      env
    )
    expect(config.waitForPlans).toEqual(parsePlans('nightly, id:42'))
    expect(config.waitForPlans).toHaveLength(2)
    expect(config).toMatchObject({ waitTimeoutMs: 300_000, waitIntervalMs: 10_000 })
  })

  it.each<[Partial<RawInputs>, Record<string, number>]>([
    [{ 'wait-timeout-minutes': '350' }, { waitTimeoutMs: 21_000_000 }],
    [{ 'wait-interval-seconds': '1' }, { waitIntervalMs: 1000 }],
    [{ 'wait-interval-seconds': '600' }, { waitIntervalMs: 600_000 }]
  ])('accepts the bound %j', (given, parsed) => {
    expect(parseInputs(inputs(given), env).config).toMatchObject(parsed)
  })

  it.each<[Partial<RawInputs>, string]>([
    [
      { 'wait-timeout-minutes': '351' },
      'Input "wait-timeout-minutes" must be a number of minutes above 0, at most 350; got "351"'
    ],
    [
      { 'wait-interval-seconds': '0.5' },
      'Input "wait-interval-seconds" must be a number of seconds from 1, at most 600; got "0.5"'
    ],
    [
      { 'wait-for-plans': 'id:' },
      'Input "wait-for-plans" has an id: entry without a plan ID; got "id:"'
    ]
  ])('refuses %j', (given, line) => {
    expect(refusal(inputs(given)).lines).toEqual([line])
  })
})
