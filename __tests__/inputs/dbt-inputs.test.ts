import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { readDbt, type PlanBeforeDbt } from '../../src/inputs/dbt-inputs.js'
import type { JsonSource } from '../../src/json/scanner.js'
import { RefusalCollector } from '../../src/inputs/refusals.js'

type DbtInputs = Parameters<typeof readDbt>[0]

const FIXTURES = resolve(import.meta.dirname ?? '.', '../fixtures/dbt')
const RUN_RESULTS = readFileSync(resolve(FIXTURES, 'run_results.json'), 'utf8')
const MANIFEST = readFileSync(resolve(FIXTURES, 'manifest.json'), 'utf8')
const NAME_PART_RULE =
  'must be one name of letters, digits, _, $ or - (no dots, backticks, quotes or spaces)'

/** The manifest fixture without these nodes. */
function manifestWithout(...ids: string[]): string {
  const manifest = JSON.parse(MANIFEST) as { nodes: Record<string, unknown> }
  const nodes = Object.entries(manifest.nodes).filter(([id]) => !ids.includes(id))
  return JSON.stringify({ ...manifest, nodes: Object.fromEntries(nodes) })
}

/** Files by path; a path not listed cannot be read (ENOENT, as Node says it). */
type Files = Record<string, JsonSource | Error>

const TARGET: Files = {
  'target/run_results.json': RUN_RESULTS,
  'target/manifest.json': MANIFEST
}

/**
 * readDbt over these files: the mapping, each refusal as [input, rule, value], and the paths
 * read, in order.
 */
function read(given: Partial<DbtInputs>, files: Files = TARGET, planBeforeDbt?: PlanBeforeDbt) {
  const paths: string[] = []
  const openArtifact = (path: string): JsonSource => {
    paths.push(path)
    const file = files[path]
    if (file instanceof Error) throw file
    if (file === undefined) {
      throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' })
    }
    return file
  }
  const raw: DbtInputs = {
    datasource: 'starrocks',
    'dbt-catalog': '',
    'dbt-select': '',
    'dbt-exclude': '',
    'dbt-run-results': 'target/run_results.json',
    'dbt-manifest': '',
    ...given
  }
  const inputs = new RefusalCollector()
  const mapping = readDbt(raw, openArtifact, inputs, planBeforeDbt)
  const refusals = inputs.errors.map(error => [error.input, error.rule, error.offendingValue])
  return { mapping, refusals, paths }
}

const tablesOf = (given: Partial<DbtInputs>, files?: Files) =>
  read(given, files).mapping?.mapped.map(node => node.tableName)

describe('readDbt: the artifacts', () => {
  it('maps the run that run_results and the manifest beside it describe', () => {
    const { mapping, refusals, paths } = read({})
    expect(refusals).toEqual([])
    expect(paths).toEqual(['target/run_results.json', 'target/manifest.json'])
    expect(mapping?.mapped).toHaveLength(8)
    expect(mapping?.mapped[0]).toEqual({
      uniqueId: 'seed.shop.country_codes',
      tableName: 'starrocks.`default_catalog.ref`.country_codes'
    })
    expect(mapping?.skipped.map(node => node.kind)).toEqual([
      'not-a-table',
      'not-written',
      'not-written',
      'not-written',
      'ephemeral'
    ])
  })

  it.each([
    ['run_results.json', 'manifest.json'],
    [
      '/home/runner/work/shop/target/run_results.json',
      '/home/runner/work/shop/target/manifest.json'
    ],
    ['target/run_results-2.json', 'target/manifest.json']
  ])('with run_results at %j, reads the manifest at %j', (runResults, manifest) => {
    const files = { [runResults]: RUN_RESULTS, [manifest]: MANIFEST }
    const { refusals, paths } = read({ 'dbt-run-results': runResults }, files)
    expect(refusals).toEqual([])
    expect(paths).toEqual([runResults, manifest])
  })

  it('reads the manifest that dbt-manifest names instead', () => {
    const files = { ...TARGET, 'elsewhere/m.json': MANIFEST, 'target/manifest.json': '{' }
    const { refusals, paths } = read({ 'dbt-manifest': 'elsewhere/m.json' }, files)
    expect(refusals).toEqual([])
    expect(paths).toEqual(['target/run_results.json', 'elsewhere/m.json'])
  })

  it.each([
    [
      'its error code',
      Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }),
      'EACCES'
    ],
    ['unreadable, without a code', new Error('it broke'), 'unreadable']
  ])('names an unreadable run_results by path, with %s', (_what, error, code) => {
    const { mapping, refusals, paths } = read({}, { ...TARGET, 'target/run_results.json': error })
    expect(mapping).toBeUndefined()
    expect(refusals).toEqual([
      ['dbt-run-results', `names a file that cannot be read (${code})`, 'target/run_results.json']
    ])
    // The manifest is checked against run_results: it is not read without it.
    expect(paths).toEqual(['target/run_results.json'])
  })

  it('names a missing manifest by path', () => {
    const { mapping, refusals } = read({}, { 'target/run_results.json': RUN_RESULTS })
    expect(mapping).toBeUndefined()
    expect(refusals).toEqual([
      ['dbt-manifest', 'names a file that cannot be read (ENOENT)', 'target/manifest.json']
    ])
  })

  it('refuses run_results that is not JSON by its path, never its content', () => {
    const { refusals } = read({}, { ...TARGET, 'target/run_results.json': 'SECRET{' })
    expect(refusals).toEqual([
      [
        'dbt-run-results',
        'is not valid JSON at byte 0 (line 1, column 1): expected a value',
        'target/run_results.json'
      ]
    ])
  })

  it('refuses a manifest of another version by its path', () => {
    const v11 = MANIFEST.replace('manifest/v12.json', 'manifest/v11.json')
    const { refusals } = read({}, { ...TARGET, 'target/manifest.json': v11 })
    expect(refusals).toEqual([
      [
        'dbt-manifest',
        'is manifest v11; this action reads manifest v12 and v20',
        'target/manifest.json'
      ]
    ])
  })

  it('refuses a manifest without nodes', () => {
    const manifest = JSON.stringify({ ...JSON.parse(MANIFEST), nodes: undefined })
    const { refusals } = read({}, { ...TARGET, 'target/manifest.json': manifest })
    expect(refusals).toEqual([['dbt-manifest', 'has no "nodes" map', 'target/manifest.json']])
  })

  it.each([
    [['model.shop.orders'], 'has no node model.shop.orders that run_results names'],
    [
      ['model.shop.orders', 'seed.shop.country_codes'],
      'has no node seed.shop.country_codes (nor 1 more) that run_results names'
    ],
    [
      ['model.shop.orders', 'seed.shop.country_codes', 'model.shop.events'],
      'has no node seed.shop.country_codes (nor 2 more) that run_results names'
    ]
  ])(
    'refuses a manifest of another run, missing %j, naming the first missing in run order',
    (ids, rule) => {
      const { mapping, refusals } = read(
        {},
        { ...TARGET, 'target/manifest.json': manifestWithout(...ids) }
      )
      expect(mapping).toBeUndefined()
      expect(refusals).toEqual([
        ['dbt-manifest', `${rule}: give the manifest of the same dbt run`, 'target/manifest.json']
      ])
    }
  )

  it('needs no manifest node for a test', () => {
    const manifest = manifestWithout('test.shop.not_null_orders_id.5fb22c2710')
    expect(read({}, { ...TARGET, 'target/manifest.json': manifest }).refusals).toEqual([])
  })
})

describe('readDbt: datasource and dbt-catalog', () => {
  it('requires the datasource, saying what it is', () => {
    const { mapping, refusals } = read({ datasource: '' })
    expect(mapping).toBeUndefined()
    expect(refusals).toEqual([
      [
        'datasource',
        'is required with dbt-run-results: the data source name bound in AnyMetrics',
        undefined
      ]
    ])
  })

  it('refuses a datasource that is not one name, quoting it', () => {
    expect(read({ datasource: 'star.rocks' }).refusals).toEqual([
      ['datasource', NAME_PART_RULE, 'star.rocks']
    ])
  })

  it('puts every table in the datasource', () => {
    expect(tablesOf({ datasource: 'sr' })?.every(table => table.startsWith('sr.`'))).toBe(true)
  })

  it('puts tables without a catalog in default_catalog when dbt-catalog is not given', () => {
    expect(tablesOf({})).toContain('starrocks.`default_catalog.sales`.orders')
  })

  it('puts them in dbt-catalog when it is given, leaving the others their own', () => {
    const tables = tablesOf({ 'dbt-catalog': 'my_catalog' })
    expect(tables).toContain('starrocks.`my_catalog.sales`.orders')
    expect(tables).toContain('starrocks.`iceberg_catalog.lake`.lake_orders')
    expect(tables).toContain('starrocks.`hive_catalog.sales`.hive_sales')
  })

  it('refuses a dbt-catalog that is not one name, quoting it', () => {
    const { mapping, refusals } = read({ 'dbt-catalog': 'a.b' })
    expect(mapping).toBeUndefined()
    expect(refusals).toEqual([['dbt-catalog', NAME_PART_RULE, 'a.b']])
  })
})

describe('readDbt: dbt-select and dbt-exclude', () => {
  it('keeps the nodes that a dbt-select list selects', () => {
    expect(tablesOf({ 'dbt-select': 'tag:anymetrics,\nfinance_summary' })).toEqual([
      'starrocks.`default_catalog.sales`.orders',
      'starrocks.`default_catalog.sales`.events',
      'starrocks.`iceberg_catalog.lake`.lake_orders',
      'starrocks.`default_catalog.finance`.finance_summary'
    ])
  })

  it('drops the nodes that a dbt-exclude list matches', () => {
    expect(
      tablesOf({ 'dbt-select': 'tag:anymetrics', 'dbt-exclude': 'events\nlake_orders' })
    ).toEqual(['starrocks.`default_catalog.sales`.orders'])
  })

  it('refuses a term that matches no node of the manifest, with the nearest names', () => {
    const { mapping, refusals } = read({ 'dbt-select': 'tag:anymetric' })
    expect(mapping).toBeUndefined()
    expect(refusals).toEqual([
      [
        'dbt-select',
        'has tag:anymetric, which matches no node of the manifest; nearest: tag:anymetrics',
        undefined
      ]
    ])
  })

  it('refuses such terms in dbt-exclude too, beside the other refusals', () => {
    const { refusals } = read({
      'dbt-catalog': 'a b',
      'dbt-select': 'tag:anymetrics, ordrs',
      'dbt-exclude': 'path:models/lak'
    })
    expect(refusals).toEqual([
      ['dbt-catalog', NAME_PART_RULE, 'a b'],
      [
        'dbt-select',
        'has ordrs, which matches no node of the manifest; nearest: orders',
        undefined
      ],
      [
        'dbt-exclude',
        'has path:models/lak, which matches no node of the manifest; nearest: path:models/lake',
        undefined
      ]
    ])
  })

  it('judges a term against every node of the manifest, not only those the run rebuilt', () => {
    const manifest = JSON.parse(MANIFEST) as { nodes: Record<string, Record<string, unknown>> }
    const orders = manifest.nodes['model.shop.orders']!
    manifest.nodes['model.shop.weekly'] = { ...orders, name: 'weekly', tags: ['weekly'] }
    const files = { ...TARGET, 'target/manifest.json': JSON.stringify(manifest) }
    // Selected in the manifest, not in this run: nothing to refresh, which is no mistake.
    const { mapping, refusals } = read({ 'dbt-select': 'tag:weekly' }, files)
    expect(refusals).toEqual([])
    expect(mapping?.mapped).toEqual([])
    expect(mapping?.skipped.filter(node => node.kind === 'not-selected')).toHaveLength(8)
  })

  it('keeps a term that matches only nodes skipped for a stated reason', () => {
    // refunds: status error; int_order_items: ephemeral; the test: no table.
    const { mapping, refusals } = read({
      'dbt-select': 'refunds, int_order_items, not_null_orders_id'
    })
    expect(refusals).toEqual([])
    expect(mapping?.mapped).toEqual([])
  })

  it('does not judge the terms against a manifest it refuses', () => {
    const files = { ...TARGET, 'target/manifest.json': manifestWithout('model.shop.orders') }
    const { refusals } = read({ 'dbt-select': 'tag:anymetric' }, files)
    expect(refusals.map(([input]) => input)).toEqual(['dbt-manifest'])
  })

  it.each(['dbt-select', 'dbt-exclude'] as const)('refuses a selector %s does not take', input => {
    const { mapping, refusals } = read({ [input]: 'tag:anymetrics, owner:me' })
    expect(mapping).toBeUndefined()
    expect(refusals).toEqual([
      [input, 'takes tag:NAME, path:GLOB, resource_type:TYPE or a model name', 'owner:me']
    ])
  })
})

describe('readDbt: every refusal at once', () => {
  it('refuses each dbt input that is wrong, in one go', () => {
    const { mapping, refusals } = read(
      {
        datasource: '',
        'dbt-catalog': 'a b',
        'dbt-select': 'tag:',
        'dbt-exclude': 'resource_type:test'
      },
      {}
    )
    expect(mapping).toBeUndefined()
    expect(refusals.map(([input]) => input)).toEqual([
      'datasource',
      'dbt-catalog',
      'dbt-select',
      'dbt-exclude',
      'dbt-run-results'
    ])
  })
})

/** The first bytes of a file, then a failure while the rest is read. */
function* failingAfter(text: string, error: Error): Iterable<Uint8Array> {
  yield Buffer.from(text.slice(0, 200))
  throw error
}

describe('readDbt: a file that fails while it is read', () => {
  it('names it by path, with the error code', () => {
    const eio = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })
    const files = { ...TARGET, 'target/run_results.json': failingAfter(RUN_RESULTS, eio) }
    expect(read({}, files).refusals).toEqual([
      ['dbt-run-results', 'names a file that cannot be read (EIO)', 'target/run_results.json']
    ])
  })

  it('names a manifest that fails while it is read', () => {
    const eio = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })
    const files = { ...TARGET, 'target/manifest.json': failingAfter(MANIFEST, eio) }
    expect(read({}, files).refusals).toEqual([
      ['dbt-manifest', 'names a file that cannot be read (EIO)', 'target/manifest.json']
    ])
  })

  it.each([
    ['no code', new Error('a defect')],
    ['a code that is not text', Object.assign(new Error('a defect'), { code: 5 })]
  ])('does not disguise an error with %s as a refusal', (_what, error) => {
    const files = { ...TARGET, 'target/run_results.json': failingAfter(RUN_RESULTS, error) }
    expect(() => read({}, files)).toThrow(error)
  })

  it('says unreadable when opening fails with a code that is not text', () => {
    const error = Object.assign(new Error('odd'), { code: 5 })
    expect(read({}, { ...TARGET, 'target/run_results.json': error }).refusals).toEqual([
      [
        'dbt-run-results',
        'names a file that cannot be read (unreadable)',
        'target/run_results.json'
      ]
    ])
  })
})

describe('readDbt: a plan already too large without the tables of dbt', () => {
  const plan = (maxTriggers: number): PlanBeforeDbt => ({
    tableNames: ['sr.`c.s`.a', 'sr.`c.s`.b'],
    partitions: ['2024-07-01', '2024-07-02'],
    limits: { maxTriggers, largest: 2000 }
  })

  it('is refused on max-triggers after run_results, before the manifest is opened', () => {
    expect(read({}, TARGET, plan(3))).toEqual({
      mapping: undefined,
      refusals: [
        [
          'max-triggers',
          'is 3, and the plan has 4 triggers (2 tables × 2 partitions, 2024-07-01..2024-07-02): narrow partition or raise max-triggers',
          undefined
        ]
      ],
      paths: ['target/run_results.json']
    })
  })

  it('lets a plan that fits go on to the manifest', () => {
    const { mapping, refusals, paths } = read({}, TARGET, plan(4))
    expect(refusals).toEqual([])
    expect(paths).toEqual(['target/run_results.json', 'target/manifest.json'])
    expect(mapping?.mapped).toHaveLength(8)
  })
})
