import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  idsToLookUp,
  readManifestNodes,
  readRunResults,
  type DbtNode
} from '../../src/inputs/dbt-artifacts.js'
import { mapDbtRun, type DbtOptions } from '../../src/inputs/dbt-mapping.js'
import { matches, parseSelector } from '../../src/inputs/dbt-selectors.js'
import { globPattern } from '../../src/inputs/path-glob.js'
import { RuleViolation } from '../../src/inputs/refusals.js'

const FIXTURES = resolve(import.meta.dirname ?? '.', '../fixtures/dbt')
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8')
const options: DbtOptions = {
  datasource: 'starrocks',
  defaultCatalog: 'default_catalog',
  select: [],
  exclude: []
}

function mapFixture(manifest = 'manifest.json', overrides: Partial<DbtOptions> = {}) {
  const results = readRunResults(fixture('run_results.json'))
  const nodes = readManifestNodes(fixture(manifest), idsToLookUp(results))
  return mapDbtRun(results, nodes, { ...options, ...overrides })
}

describe('mapping a dbt 1.9 build to AnyMetrics tables', () => {
  it('takes written models, seeds and snapshots, with the catalog rules, in run order', () => {
    expect(mapFixture().mapped).toEqual([
      {
        uniqueId: 'seed.shop.country_codes',
        tableName: 'starrocks.`default_catalog.ref`.country_codes'
      },
      { uniqueId: 'model.shop.orders', tableName: 'starrocks.`default_catalog.sales`.orders' },
      // partial success: a microbatch model with some batches written
      { uniqueId: 'model.shop.events', tableName: 'starrocks.`default_catalog.sales`.events' },
      // a view, under its alias
      {
        uniqueId: 'model.shop.daily_revenue_view',
        tableName: 'starrocks.`default_catalog.sales`.daily_revenue'
      },
      {
        uniqueId: 'snapshot.shop.customers_snapshot',
        tableName: 'starrocks.`default_catalog.snapshots`.customers_snapshot'
      },
      // config.catalog wins
      {
        uniqueId: 'model.shop.lake_orders',
        tableName: 'starrocks.`iceberg_catalog.lake`.lake_orders'
      },
      // database equal to schema is no catalog
      {
        uniqueId: 'model.shop.finance_summary',
        tableName: 'starrocks.`default_catalog.finance`.finance_summary'
      },
      // database unlike the schema is the catalog
      { uniqueId: 'model.shop.hive_sales', tableName: 'starrocks.`hive_catalog.sales`.hive_sales' }
    ])
  })

  it('says why each other node was skipped', () => {
    expect(
      Object.fromEntries(mapFixture().skipped.map(node => [node.uniqueId, node.reason]))
    ).toEqual({
      'test.shop.not_null_orders_id.5fb22c2710': 'a test, not a table',
      'model.shop.refunds': 'status error: nothing was written',
      'model.shop.customers': 'status skipped: nothing was written',
      'model.shop.stg_payments': 'status no-op: nothing was written',
      'model.shop.int_order_items': 'ephemeral: dbt writes no table for it'
    })
  })

  it('reads a dbt Fusion v20 manifest the same way, ignoring its extra fields and nulls', () => {
    expect(mapFixture('manifest-fusion-v20.json')).toEqual(mapFixture())
  })

  it('keeps only the selected nodes (a union), then drops the excluded ones', () => {
    const tables = (select: string[], exclude: string[] = []) =>
      mapFixture('manifest.json', {
        select: select.map(parseSelector),
        exclude: exclude.map(parseSelector)
      }).mapped.map(node => node.uniqueId)
    expect(tables(['tag:anymetrics'])).toEqual([
      'model.shop.orders',
      'model.shop.events',
      'model.shop.lake_orders'
    ])
    expect(tables(['tag:anymetrics'], ['lake_orders'])).toEqual([
      'model.shop.orders',
      'model.shop.events'
    ])
    expect(tables(['path:models/lake', 'resource_type:seed'])).toEqual([
      'seed.shop.country_codes',
      'model.shop.lake_orders',
      'model.shop.hive_sales'
    ])
    expect(tables(['path:models/**/*_summary.sql'])).toEqual(['model.shop.finance_summary'])
    expect(
      mapFixture('manifest.json', { select: [parseSelector('tag:anymetrics')] }).skipped
    ).toContainEqual({
      uniqueId: 'model.shop.finance_summary',
      kind: 'not-selected',
      reason: 'not selected by dbt-select'
    })
  })

  it('reports a node whose table name the rules refuse, and does not map it', () => {
    const mapping = mapFixture('manifest.json', { datasource: 'bad name' })
    expect(mapping.mapped).toEqual([])
    expect(mapping.skipped.find(node => node.uniqueId === 'model.shop.orders')?.reason).toMatch(
      /^its table name must be datasource/
    )
  })
})

describe('refused artifacts', () => {
  it.each([
    ['not JSON', '{', 'is not valid JSON'],
    [
      'an older version',
      JSON.stringify({
        metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/run-results/v5.json' },
        results: []
      }),
      'is run-results v5; this action reads run-results v6'
    ],
    ['no version', JSON.stringify({ results: [] }), 'is run-results of unknown version']
  ])('run_results that is %s', (_what, text, rule) => {
    expect(() => readRunResults(text)).toThrow(
      expect.objectContaining({ rule: expect.stringContaining(rule) })
    )
  })

  it('a manifest v11', () => {
    const v11 = fixture('manifest.json').replace('manifest/v12.json', 'manifest/v11.json')
    expect(() => readManifestNodes(v11, new Set())).toThrow(
      expect.objectContaining({ rule: 'is manifest v11; this action reads manifest v12 and v20' })
    )
  })
})

describe('selectors', () => {
  it.each(['tag:', 'path:a b', 'owner:me', 'resource_type:test'])('refuses %j', text => {
    expect(() => parseSelector(text)).toThrow()
  })

  it.each([
    ['models/marts/*.sql', 'models/marts/orders.sql', true],
    ['models/marts/*.sql', 'models/marts/deep/orders.sql', false],
    ['models/**/*.sql', 'models/marts/deep/orders.sql', true],
    ['models/**', 'models/a/b.sql', true],
    ['models/marts', 'models/marts/orders.sql', true],
    ['models/mart', 'models/marts/orders.sql', false],
    ['models/?arts/orders.sql', 'models/marts/orders.sql', true]
  ])('path glob %s matches %s: %s', (glob, path, expected) => {
    expect(globPattern(glob).test(path)).toBe(expected)
  })
})

const RUN_RESULTS_V6 = 'https://schemas.getdbt.com/dbt/run-results/v6.json'
const MANIFEST_V12 = 'https://schemas.getdbt.com/dbt/manifest/v12.json'

function runResultsText(results: unknown, schema: unknown = RUN_RESULTS_V6): string {
  return JSON.stringify({ metadata: { dbt_schema_version: schema }, results })
}

function manifestText(nodes: unknown, schema: unknown = MANIFEST_V12): string {
  return JSON.stringify({ metadata: { dbt_schema_version: schema }, nodes })
}

/** The rule a reader refuses this text with (fails when it accepts it). */
function ruleOf(read: () => unknown): string {
  try {
    read()
  } catch (error) {
    if (error instanceof RuleViolation) return error.rule
    throw error
  }
  throw new Error('expected the artifact to be refused')
}

describe('readRunResults', () => {
  it('reads the unique_id and status of each result, in order', () => {
    const text = runResultsText([
      { unique_id: 'model.shop.orders', status: 'success', execution_time: 1.2 },
      { unique_id: 'test.shop.not_null', status: 'fail' },
      { unique_id: 'model.shop.events', status: 'partial success' }
    ])
    expect(readRunResults(text)).toEqual([
      { uniqueId: 'model.shop.orders', status: 'success' },
      { uniqueId: 'test.shop.not_null', status: 'fail' },
      { uniqueId: 'model.shop.events', status: 'partial success' }
    ])
  })

  it('skips results without a unique_id string, and null entries', () => {
    const text = runResultsText([
      null,
      7,
      { status: 'success' },
      { unique_id: 42, status: 'success' },
      { unique_id: 'seed.shop.codes', status: 'success' }
    ])
    expect(readRunResults(text)).toEqual([{ uniqueId: 'seed.shop.codes', status: 'success' }])
  })

  it('reads the fixture of a dbt 1.9 build', () => {
    expect(readRunResults(fixture('run_results.json'))).toHaveLength(13)
  })

  it.each([
    ['null', 'null'],
    ['a number', '3'],
    ['a string', '"run_results"']
  ])('refuses JSON that is %s, not an object', (_what, text) => {
    expect(ruleOf(() => readRunResults(text))).toBe('is not a JSON object')
  })

  it('refuses text that is not JSON', () => {
    expect(ruleOf(() => readRunResults('{"results": ['))).toBe(
      'is not valid JSON at byte 13 (line 1, column 14): the text ends where a value was expected'
    )
  })

  it.each([
    ['no results', JSON.stringify({ metadata: { dbt_schema_version: RUN_RESULTS_V6 } })],
    ['results that are not a list', runResultsText({ 'model.shop.orders': 'success' })]
  ])('refuses run_results with %s', (_what, text) => {
    expect(ruleOf(() => readRunResults(text))).toBe('has no "results" list')
  })

  it('refuses another version, naming it and the one it reads', () => {
    const text = runResultsText([], 'https://schemas.getdbt.com/dbt/run-results/v7.json')
    expect(ruleOf(() => readRunResults(text))).toBe(
      'is run-results v7; this action reads run-results v6'
    )
  })

  it('refuses an artifact without metadata as of unknown version', () => {
    expect(ruleOf(() => readRunResults(JSON.stringify({ results: [] })))).toBe(
      'is run-results of unknown version (undefined); this action reads run-results v6'
    )
  })

  it.each([
    'https://schemas.getdbt.com/dbt/manifest/v12.json',
    'https://schemas.getdbt.com/dbt/run-results/v6.json.bak',
    'run-results/v6.json',
    'https://schemas.getdbt.com/dbt/run-results/6.json',
    'https://schemas.getdbt.com/dbt/run-results/v6xjson'
  ])('refuses the schema %j as of unknown version, quoting it', schema => {
    expect(ruleOf(() => readRunResults(runResultsText([], schema)))).toBe(
      `is run-results of unknown version (${schema}); this action reads run-results v6`
    )
  })

  it('quotes at most 80 characters of an unknown schema', () => {
    const schema = `${'x'.repeat(80)}TAIL`
    expect(ruleOf(() => readRunResults(runResultsText([], schema)))).toBe(
      `is run-results of unknown version (${'x'.repeat(80)}); this action reads run-results v6`
    )
  })
})

describe('readManifestNodes', () => {
  const wanted = new Set(['model.shop.orders'])

  it('keeps only the wanted nodes that the manifest has as objects', () => {
    const text = manifestText({
      'model.shop.orders': { resource_type: 'model', name: 'orders' },
      'model.shop.other': { resource_type: 'model', name: 'other' },
      'seed.shop.codes': 'not a node',
      'snapshot.shop.snap': null
    })
    const nodes = readManifestNodes(
      text,
      new Set(['model.shop.orders', 'seed.shop.codes', 'snapshot.shop.snap', 'model.shop.gone'])
    )
    expect([...nodes.keys()]).toEqual(['model.shop.orders'])
  })

  it('reduces a node to the fields the mapping needs', () => {
    const text = manifestText({
      'model.shop.orders': {
        resource_type: 'model',
        name: 'orders_model',
        alias: 'orders',
        schema: 'sales',
        database: 'hive_catalog',
        original_file_path: 'models/marts/orders.sql',
        tags: ['nightly', 'anymetrics'],
        config: {
          catalog: 'iceberg_catalog',
          materialized: 'incremental',
          tags: ['anymetrics', 'finance', 7]
        },
        columns: { id: {} }
      }
    })
    expect(readManifestNodes(text, wanted).get('model.shop.orders')).toEqual({
      uniqueId: 'model.shop.orders',
      resourceType: 'model',
      name: 'orders_model',
      alias: 'orders',
      schema: 'sales',
      database: 'hive_catalog',
      catalog: 'iceberg_catalog',
      materialized: 'incremental',
      tags: ['nightly', 'anymetrics', 'finance'],
      originalFilePath: 'models/marts/orders.sql'
    })
  })

  it.each([
    ['absent', {}],
    ['empty', { resource_type: '', name: '', alias: '', schema: '', database: '', config: {} }],
    [
      'not strings',
      { resource_type: 1, name: null, alias: 2, schema: true, database: [], tags: 'nightly' }
    ],
    ['empty in config', { config: { catalog: '', materialized: '', tags: 'nightly' } }]
  ])(
    'takes the type and name from the unique_id, and nothing else, when fields are %s',
    (_what, node) => {
      const text = manifestText({ 'model.shop.orders': node })
      expect(readManifestNodes(text, wanted).get('model.shop.orders')).toEqual({
        uniqueId: 'model.shop.orders',
        resourceType: 'model',
        name: 'orders',
        alias: null,
        schema: null,
        database: null,
        catalog: null,
        materialized: null,
        tags: [],
        originalFilePath: null
      })
    }
  )

  it.each([
    ['no nodes', JSON.stringify({ metadata: { dbt_schema_version: MANIFEST_V12 } })],
    ['null nodes', manifestText(null)],
    ['nodes that are text', manifestText('model.shop.orders')]
  ])('refuses a manifest with %s', (_what, text) => {
    expect(ruleOf(() => readManifestNodes(text, wanted))).toBe('has no "nodes" map')
  })

  it('reads manifest v20 (dbt Fusion) as well as v12', () => {
    const text = manifestText(
      { 'model.shop.orders': { name: 'orders' } },
      'https://schemas.getdbt.com/dbt/manifest/v20.json'
    )
    expect(readManifestNodes(text, wanted).get('model.shop.orders')?.name).toBe('orders')
  })

  it('refuses run_results given as the manifest', () => {
    expect(ruleOf(() => readManifestNodes(fixture('run_results.json'), wanted))).toBe(
      `is manifest of unknown version (${RUN_RESULTS_V6}); this action reads manifest v12 and v20`
    )
  })
})

const V6 = `{"dbt_schema_version": "${RUN_RESULTS_V6}"}`
const V12 = `{"dbt_schema_version": "${MANIFEST_V12}"}`
const ORDERS = '{"unique_id": "model.shop.orders", "status": "success"}'
const EVENTS = '{"unique_id": "model.shop.events", "status": "error"}'

describe('reading an artifact as a stream, as JSON.parse would read it', () => {
  it('takes the last "results" of run_results', () => {
    const text = `{"metadata": ${V6}, "results": [${ORDERS}], "results": [${EVENTS}]}`
    expect(readRunResults(text)).toEqual([{ uniqueId: 'model.shop.events', status: 'error' }])
  })

  it('refuses run_results whose last "results" is no list', () => {
    const text = `{"metadata": ${V6}, "results": [${ORDERS}], "results": {"a": 1}}`
    expect(ruleOf(() => readRunResults(text))).toBe('has no "results" list')
  })

  it('takes the last unique_id and status of a result, and skips its other fields', () => {
    const result =
      '{"unique_id": "model.shop.a", "compiled_code": {"x": [1, "unique_id"]}, "status": "error",' +
      ' "unique_id": "model.shop.b", "status": "success"}'
    expect(readRunResults(`{"results": [${result}], "metadata": ${V6}}`)).toEqual([
      { uniqueId: 'model.shop.b', status: 'success' }
    ])
  })

  it('reads the status of a result without one as "undefined", which is not written', () => {
    const text = `{"metadata": ${V6}, "results": [{"unique_id": "model.shop.a"}]}`
    expect(readRunResults(text)).toEqual([{ uniqueId: 'model.shop.a', status: 'undefined' }])
  })

  it('checks the version where the metadata comes, even after the results', () => {
    const v7 = '{"dbt_schema_version": "https://schemas.getdbt.com/dbt/run-results/v7.json"}'
    expect(ruleOf(() => readRunResults(`{"results": [${ORDERS}], "metadata": ${v7}}`))).toBe(
      'is run-results v7; this action reads run-results v6'
    )
  })

  it('refuses a second metadata of another version', () => {
    const v7 = '{"dbt_schema_version": "https://schemas.getdbt.com/dbt/run-results/v7.json"}'
    const text = `{"metadata": ${V6}, "results": [], "metadata": ${v7}}`
    expect(ruleOf(() => readRunResults(text))).toBe(
      'is run-results v7; this action reads run-results v6'
    )
  })

  it('takes the last metadata, as JSON.parse does: another version first does not count', () => {
    const v7 = '{"dbt_schema_version": "https://schemas.getdbt.com/dbt/run-results/v7.json"}'
    const text = `{"metadata": ${v7}, "results": [${ORDERS}], "metadata": ${V6}}`
    expect(readRunResults(text)).toEqual([{ uniqueId: 'model.shop.orders', status: 'success' }])
    const manifest = `{"metadata": ${V12.replace('v12', 'v11')}, "nodes": {"model.shop.orders": {"name": "o"}}, "metadata": ${V12}}`
    const nodes = readManifestNodes(manifest, new Set(['model.shop.orders']))
    expect(nodes.get('model.shop.orders')?.name).toBe('o')
  })

  it.each(['5', 'null', '"v6"', '[]'])('refuses metadata %s as of unknown version', metadata => {
    expect(ruleOf(() => readRunResults(`{"metadata": ${metadata}, "results": []}`))).toBe(
      'is run-results of unknown version (undefined); this action reads run-results v6'
    )
  })

  it('refuses a list, not an object, at the top', () => {
    expect(ruleOf(() => readRunResults(`[${ORDERS}]`))).toBe('is not a JSON object')
  })

  it.each([
    ['after the object', `{"metadata": ${V6}, "results": []} {}`],
    ['after a value that is no object', '[] x']
  ])('refuses more text %s as JSON that is not valid', (_what, text) => {
    expect(ruleOf(() => readRunResults(text))).toMatch(/^is not valid JSON at byte \d+/)
  })

  it('takes the last "nodes" of a manifest', () => {
    const text = `{"metadata": ${V12}, "nodes": {"model.shop.orders": {"name": "first"}}, "nodes": {"model.shop.orders": {"name": "last"}}}`
    const nodes = readManifestNodes(text, new Set(['model.shop.orders']))
    expect(nodes.get('model.shop.orders')?.name).toBe('last')
  })

  it('reads "nodes" that are a list as a map without the nodes', () => {
    const text = `{"metadata": ${V12}, "nodes": [{"model.shop.orders": {}}]}`
    expect(readManifestNodes(text, new Set(['model.shop.orders'])).size).toBe(0)
  })

  it('refuses a manifest whose last "nodes" is no map', () => {
    const text = `{"metadata": ${V12}, "nodes": {"model.shop.orders": {}}, "nodes": null}`
    expect(ruleOf(() => readManifestNodes(text, new Set(['model.shop.orders'])))).toBe(
      'has no "nodes" map'
    )
  })

  it('takes the last of two nodes with one unique_id, dropping it when that is no object', () => {
    const read = (later: string) =>
      readManifestNodes(
        `{"metadata": ${V12}, "nodes": {"model.shop.orders": {"name": "first"}, "model.shop.orders": ${later}}}`,
        new Set(['model.shop.orders'])
      ).get('model.shop.orders')?.name
    expect(read('{"name": "last"}')).toBe('last')
    expect(read('"not a node"')).toBeUndefined()
  })

  it('keeps a wanted node given as a list, as a node without fields', () => {
    const text = `{"metadata": ${V12}, "nodes": {"model.shop.orders": [1, 2]}}`
    expect(
      readManifestNodes(text, new Set(['model.shop.orders'])).get('model.shop.orders')
    ).toEqual({
      uniqueId: 'model.shop.orders',
      resourceType: 'model',
      name: 'orders',
      alias: null,
      schema: null,
      database: null,
      catalog: null,
      materialized: null,
      tags: [],
      originalFilePath: null
    })
  })
})

describe('values of any size JSON.parse reads', () => {
  // Larger than the 16 MiB once refused; JSON.parse of the whole file reads them.
  const big = `"${'x'.repeat(20 * 1024 * 1024)}"`

  it.each([
    ["a result's unique_id", `{"metadata": ${V6}, "results": [{"unique_id": ${big}}]}`],
    ["a result's status", `{"metadata": ${V6}, "results": [{"unique_id": "a", "status": ${big}}]}`],
    [
      'its metadata',
      `{"metadata": {"dbt_schema_version": "${RUN_RESULTS_V6}", "x": ${big}}, "results": []}`
    ],
    ['a key', `{"metadata": ${V6}, ${big}: 1, "results": []}`]
  ])('reads run_results with %s of 20 MiB', (_what, text) => {
    const expected = (JSON.parse(text) as { results: Array<Record<string, unknown>> }).results.map(
      result => ({ uniqueId: result.unique_id, status: String(result.status) })
    )
    expect(readRunResults(text)).toEqual(expected)
  })

  it('reads a wanted node of 20 MiB', () => {
    const text = `{"metadata": ${V12}, "nodes": {"model.shop.orders": {"name": ${big}}}}`
    const node = readManifestNodes(text, new Set(['model.shop.orders'])).get('model.shop.orders')
    expect(node?.name).toBe(big.slice(1, -1))
  })

  it("skips a result's other fields, however large", () => {
    const result = `{"unique_id": "model.shop.orders", "compiled_code": ${big}, "status": "success"}`
    expect(readRunResults(`{"metadata": ${V6}, "results": [${result}]}`)).toEqual([
      { uniqueId: 'model.shop.orders', status: 'success' }
    ])
  })

  it('skips a node that large that is not wanted', () => {
    const text = `{"metadata": ${V12}, "nodes": {"model.shop.other": {"name": ${big}}}}`
    expect(readManifestNodes(text, new Set(['model.shop.orders'])).size).toBe(0)
  })
})

describe('idsToLookUp', () => {
  it('names each model, seed and snapshot once, and no other node', () => {
    const ids = idsToLookUp(
      [
        'model.shop.orders',
        'test.shop.not_null',
        'seed.shop.codes',
        'snapshot.shop.snap',
        'model.shop.orders',
        'source.shop.raw',
        'analysis.shop.a',
        'models.shop.typo',
        'orders'
      ].map(uniqueId => ({ uniqueId, status: 'success' }))
    )
    expect([...ids]).toEqual(['model.shop.orders', 'seed.shop.codes', 'snapshot.shop.snap'])
  })
})

/** A manifest node as readManifestNodes returns it: a table model in `sales`. */
function node(uniqueId: string, fields: Partial<DbtNode> = {}): DbtNode {
  return {
    uniqueId,
    resourceType: uniqueId.split('.')[0]!,
    name: uniqueId.split('.').at(-1)!,
    alias: null,
    schema: 'sales',
    database: null,
    catalog: null,
    materialized: 'table',
    tags: [],
    originalFilePath: null,
    ...fields
  }
}

/** Maps these results ([unique_id, status]) against these nodes. */
function mapRun(
  results: Array<[string, string]>,
  nodes: DbtNode[],
  overrides: Partial<DbtOptions> = {}
) {
  return mapDbtRun(
    results.map(([uniqueId, status]) => ({ uniqueId, status })),
    new Map(nodes.map(each => [each.uniqueId, each])),
    { ...options, ...overrides }
  )
}

/** The one outcome of a single node: its table name, or its skip. */
function outcome(status: string, one: DbtNode | undefined, overrides: Partial<DbtOptions> = {}) {
  const uniqueId = one?.uniqueId ?? 'model.shop.orders'
  const { mapped, skipped } = mapRun([[uniqueId, status]], one ? [one] : [], overrides)
  if (mapped[0]) return mapped[0].tableName
  const { uniqueId: _skipped, ...skip } = skipped[0]!
  return skip
}

describe('mapDbtRun: which nodes become tables', () => {
  it.each(['model', 'seed', 'snapshot'])('maps a written %s', type => {
    expect(outcome('success', node(`${type}.shop.orders`))).toBe(
      'starrocks.`default_catalog.sales`.orders'
    )
  })

  it('maps a microbatch model with some batches written (partial success)', () => {
    expect(outcome('partial success', node('model.shop.events'))).toBe(
      'starrocks.`default_catalog.sales`.events'
    )
  })

  it('maps nodes in run_results order, each once, as first listed', () => {
    const mapping = mapRun(
      [
        ['model.shop.b', 'success'],
        ['model.shop.a', 'error'],
        ['model.shop.b', 'error'],
        ['model.shop.a', 'success']
      ],
      [node('model.shop.a'), node('model.shop.b')]
    )
    expect(mapping).toEqual({
      mapped: [{ uniqueId: 'model.shop.b', tableName: 'starrocks.`default_catalog.sales`.b' }],
      skipped: [
        {
          uniqueId: 'model.shop.a',
          kind: 'not-written',
          reason: 'status error: nothing was written'
        }
      ]
    })
  })

  it('maps nothing from an empty run', () => {
    expect(mapRun([], [])).toEqual({ mapped: [], skipped: [] })
  })
})

describe('mapDbtRun: each kind of skip', () => {
  it.each([
    ['test.shop.not_null', 'a test, not a table'],
    ['source.shop.raw', 'a source, not a table'],
    ['operation.shop.on-run-end', 'a operation, not a table'],
    ['', 'a node, not a table']
  ])('not-a-table: %j', (uniqueId, reason) => {
    expect(mapRun([[uniqueId, 'success']], [])).toEqual({
      mapped: [],
      skipped: [{ uniqueId, kind: 'not-a-table', reason }]
    })
  })

  it('not-a-table: the manifest says what the node is', () => {
    expect(outcome('success', node('model.shop.raw', { resourceType: 'source' }))).toEqual({
      kind: 'not-a-table',
      reason: 'a source, not a table'
    })
  })

  it('not-a-table comes first: a failed test is not a table', () => {
    expect(outcome('fail', node('test.shop.not_null'))).toMatchObject({ kind: 'not-a-table' })
  })

  it.each(['error', 'skipped', 'no-op', 'fail', 'Success', 'pass'])(
    'not-written: status %j',
    status => {
      expect(outcome(status, node('model.shop.orders'))).toEqual({
        kind: 'not-written',
        reason: `status ${status}: nothing was written`
      })
    }
  )

  it('not-written comes before not-in-manifest', () => {
    expect(outcome('error', undefined)).toMatchObject({ kind: 'not-written' })
  })

  it('ephemeral: dbt writes no table for an ephemeral model', () => {
    expect(outcome('success', node('model.shop.orders', { materialized: 'ephemeral' }))).toEqual({
      kind: 'ephemeral',
      reason: 'ephemeral: dbt writes no table for it'
    })
  })

  it('not-selected: a node that no dbt-select selector matches', () => {
    const select = [parseSelector('tag:nightly'), parseSelector('customers')]
    expect(outcome('success', node('model.shop.orders'), { select })).toEqual({
      kind: 'not-selected',
      reason: 'not selected by dbt-select'
    })
  })

  it('excluded: a node that a dbt-exclude selector matches, even when selected', () => {
    const orders = node('model.shop.orders', { tags: ['nightly'] })
    const select = [parseSelector('tag:nightly')]
    const exclude = [parseSelector('customers'), parseSelector('orders')]
    expect(outcome('success', orders, { select, exclude })).toEqual({
      kind: 'excluded',
      reason: 'excluded by dbt-exclude'
    })
  })

  it('not-in-manifest: a written model the manifest does not have', () => {
    expect(outcome('success', undefined)).toEqual({
      kind: 'not-in-manifest',
      reason: 'not in the manifest'
    })
  })

  it('invalid-table-name: a node whose composed name the rules refuse, with the rule', () => {
    expect(outcome('success', node('model.shop.orders', { alias: 'orders v2' }))).toEqual({
      kind: 'invalid-table-name',
      reason:
        'its table name must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_order), each name made of letters, digits, _, $ or - (no quotes or spaces)'
    })
  })

  it('invalid-table-name: a node without a schema', () => {
    expect(outcome('success', node('model.shop.orders', { schema: null }))).toMatchObject({
      kind: 'invalid-table-name'
    })
  })
})

describe('mapDbtRun: select and exclude', () => {
  const run = (overrides: Partial<DbtOptions>) =>
    mapRun(
      [
        ['model.shop.a', 'success'],
        ['model.shop.b', 'success'],
        ['model.shop.c', 'success']
      ],
      [
        node('model.shop.a', { tags: ['nightly'] }),
        node('model.shop.b', { tags: ['hourly'] }),
        node('model.shop.c')
      ],
      overrides
    ).mapped.map(mapped => mapped.uniqueId)

  it('selects every node when dbt-select is empty', () => {
    expect(run({})).toEqual(['model.shop.a', 'model.shop.b', 'model.shop.c'])
  })

  it('selects the union of the selectors', () => {
    expect(run({ select: [parseSelector('tag:nightly'), parseSelector('c')] })).toEqual([
      'model.shop.a',
      'model.shop.c'
    ])
  })

  it('excludes what any exclude selector matches', () => {
    expect(run({ exclude: [parseSelector('tag:hourly'), parseSelector('a')] })).toEqual([
      'model.shop.c'
    ])
  })
})

describe('mapDbtRun: the table name', () => {
  const tableOf = (fields: Partial<DbtNode>, overrides: Partial<DbtOptions> = {}) =>
    outcome('success', node('model.shop.orders', fields), overrides)

  it('is datasource.`catalog.schema`.alias', () => {
    expect(tableOf({ alias: 'orders_v2', schema: 'marts' }, { datasource: 'sr' })).toBe(
      'sr.`default_catalog.marts`.orders_v2'
    )
  })

  it('uses the node name when there is no alias', () => {
    expect(tableOf({ name: 'orders_model', alias: null })).toBe(
      'starrocks.`default_catalog.sales`.orders_model'
    )
  })

  it('takes config.catalog first, over a database unlike the schema', () => {
    expect(tableOf({ catalog: 'iceberg_catalog', database: 'hive_catalog' })).toBe(
      'starrocks.`iceberg_catalog.sales`.orders'
    )
  })

  it('takes config.catalog over a database equal to the schema', () => {
    expect(tableOf({ catalog: 'iceberg_catalog', database: 'sales' })).toBe(
      'starrocks.`iceberg_catalog.sales`.orders'
    )
  })

  it('takes the database when it differs from the schema', () => {
    expect(tableOf({ database: 'hive_catalog' })).toBe('starrocks.`hive_catalog.sales`.orders')
  })

  it('takes dbt-catalog when the database equals the schema', () => {
    expect(tableOf({ database: 'sales' }, { defaultCatalog: 'my_catalog' })).toBe(
      'starrocks.`my_catalog.sales`.orders'
    )
  })

  it('takes dbt-catalog when there is no database', () => {
    expect(tableOf({ database: null }, { defaultCatalog: 'my_catalog' })).toBe(
      'starrocks.`my_catalog.sales`.orders'
    )
  })
})

describe('parseSelector', () => {
  it.each([
    ['orders', { kind: 'name', value: 'orders' }],
    ['tag:nightly', { kind: 'tag', value: 'nightly' }],
    ['tag:a:b', { kind: 'tag', value: 'a:b' }],
    ['resource_type:model', { kind: 'resource_type', value: 'model' }],
    ['resource_type:seed', { kind: 'resource_type', value: 'seed' }],
    ['resource_type:snapshot', { kind: 'resource_type', value: 'snapshot' }]
  ])('reads %j', (text, selector) => {
    expect(parseSelector(text)).toEqual(selector)
  })

  it('reads path:GLOB with its pattern', () => {
    const selector = parseSelector('path:models/marts')
    expect(selector).toMatchObject({ kind: 'path', value: 'models/marts' })
    expect(selector.kind === 'path' && selector.pattern.source).toBe(
      globPattern('models/marts').source
    )
  })

  it.each(['tag:', 'path:', 'path:a b', 'tag:a\tb', 'or ders'])(
    'refuses %j, a selector without a value or with spaces',
    text => {
      expect(() => parseSelector(text)).toThrow(
        expect.objectContaining({
          rule: 'has a selector without a value or with spaces',
          offendingValue: text
        })
      )
    }
  )

  it.each(['owner:me', 'fqn:shop.orders', 'TAG:nightly', 'resource-type:model', ':orders'])(
    'refuses %j, a method it does not know',
    text => {
      expect(() => parseSelector(text)).toThrow(
        expect.objectContaining({
          rule: 'takes tag:NAME, path:GLOB, resource_type:TYPE or a model name',
          offendingValue: text
        })
      )
    }
  )

  it.each(['test', 'source', 'Model'])('refuses resource_type:%s, not a table type', type => {
    expect(() => parseSelector(`resource_type:${type}`)).toThrow(
      expect.objectContaining({
        rule: `has resource_type:${type}; use model, seed, snapshot`,
        offendingValue: `resource_type:${type}`
      })
    )
  })
})

describe('matches', () => {
  const orders = node('model.shop.orders', {
    alias: 'orders_alias',
    tags: ['nightly', 'finance'],
    originalFilePath: 'models/marts/orders.sql'
  })

  it.each([
    ['tag:finance', true],
    ['tag:hourly', false],
    ['tag:night', false],
    ['orders', true],
    ['orders_alias', false],
    ['order', false],
    ['resource_type:model', true],
    ['resource_type:seed', false],
    ['path:models/marts', true],
    ['path:models/staging', false]
  ])('%j matches orders: %s', (text, expected) => {
    expect(matches(parseSelector(text), orders)).toBe(expected)
  })

  it('matches no path of a node without a file path', () => {
    expect(matches(parseSelector('path:**'), node('model.shop.orders'))).toBe(false)
  })
})

describe('globPattern', () => {
  it.each([
    ['models/**.sql', 'models/a/b.sql', true],
    ['models/**.sql', 'models/a/bxsql', false],
    ['models/**/orders.sql', 'models/orders.sql', true],
    ['models/**/orders.sql', 'models/a/b/orders.sql', true],
    ['models/**/orders.sql', 'models/xorders.sql', false],
    ['**/orders.sql', 'models/orders.sql', true],
    ['**', 'models/orders.sql', true],
    ['models/*', 'models/orders.sql', true],
    ['models/*', 'models/a/orders.sql', false],
    ['models/*.sql', 'models/.sql', true],
    ['models/?.sql', 'models/a.sql', true],
    ['models/?.sql', 'models/ab.sql', false],
    ['models/?.sql', 'models/.sql', false],
    ['models/?/x.sql', 'models///x.sql', false],
    ['models/*.sql', 'models/orders.sqlx', false],
    ['models/*.sql', 'x/models/orders.sql', false],
    ['models/orders.sql', 'models/orders.sql', true],
    ['models/orders.sql', 'models/ordersxsql', false],
    ['models/a+b.sql', 'models/a+b.sql', true],
    ['models/a+b.sql', 'models/aab.sql', false],
    ['models/(a)|b', 'models/(a)|b', true],
    ['models/(a)|b', 'b', false],
    ['models/$x^', 'models/$x^', true],
    ['models/[ab]{2}', 'models/[ab]{2}', true],
    ['models/[ab]{2}', 'models/ab', false],
    ['models\\x', 'models\\x', true],
    ['models/marts', 'models/marts', true],
    ['models/marts', 'models/marts/deep/orders.sql', true],
    ['models/marts/', 'models/marts/orders.sql', true],
    ['models/marts/', 'models/marts', true],
    ['models/marts', 'models/martsx/orders.sql', false],
    ['models/marts', 'x/models/marts', false],
    ['models/*/', 'models/a/b.sql', false]
  ])('%j matches %j: %s', (glob, path, expected) => {
    expect(globPattern(glob).test(path)).toBe(expected)
  })
})
