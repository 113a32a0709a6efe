import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { idsToLookUp, readManifestNodes, readRunResults } from '../../src/inputs/dbt-artifacts.js'
import { mapDbtRun, type DbtOptions } from '../../src/inputs/dbt-mapping.js'
import { globPattern, parseSelector } from '../../src/inputs/dbt-selectors.js'

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
