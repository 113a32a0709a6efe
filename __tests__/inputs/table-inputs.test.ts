import { describe, expect, it } from '@jest/globals'
import { RefusalCollector } from '../../src/inputs/refusals.js'
import { readTableNames } from '../../src/inputs/table-inputs.js'

type TableInputs = Parameters<typeof readTableNames>[0]

const FULL_NAME_RULE =
  'must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_order), ' +
  'each name made of letters, digits, _, $ or - (no quotes or spaces)'
const NAME_PART_RULE =
  'must be one name of letters, digits, _, $ or - (no dots, backticks, quotes or spaces)'
const PART_REQUIRED = 'is required when datasource, catalog-schema or table is given'

/** The tables these inputs name, the notices, and each refusal as [input, rule, value]. */
function read(given: Partial<TableInputs>, withDbt = false) {
  const inputs = new RefusalCollector()
  const notices: string[] = []
  const raw = { 'table-name': '', datasource: '', 'catalog-schema': '', table: '', ...given }
  const tables = readTableNames(raw, notices, withDbt, inputs)
  const refusals = inputs.errors.map(error => [error.input, error.rule, error.offendingValue])
  return { tables, notices, refusals }
}

describe('readTableNames: full names in table-name', () => {
  it('reads each name of the list, split on commas and lines, in order', () => {
    expect(read({ 'table-name': 'sr.`c.s`.a, sr.`c.s`.b\n\nsr.`c.s`.a,' })).toEqual({
      tables: ['sr.`c.s`.a', 'sr.`c.s`.b', 'sr.`c.s`.a'],
      notices: [],
      refusals: []
    })
  })

  it('adds the backticks to datasource.catalog.schema.table, with a notice for each', () => {
    expect(read({ 'table-name': 'sr.c.s.a\nsr.`c.s`.b\nsr.c.s.c' })).toEqual({
      tables: ['sr.`c.s`.a', 'sr.`c.s`.b', 'sr.`c.s`.c'],
      notices: [
        'table-name: added the backticks the platform requires: sr.`c.s`.a',
        'table-name: added the backticks the platform requires: sr.`c.s`.c'
      ],
      refusals: []
    })
  })

  it('refuses a name that is not in the documented form, quoting it', () => {
    expect(read({ 'table-name': 'sr.`c.s`.a, p_order, other' })).toEqual({
      tables: undefined,
      notices: [],
      refusals: [['table-name', FULL_NAME_RULE, 'p_order']]
    })
  })

  it.each<[Partial<TableInputs>, string]>([
    [{ datasource: 'sr' }, 'datasource'],
    [{ 'catalog-schema': 'c.s' }, 'catalog-schema'],
    [{ table: 't' }, 'table'],
    [{ datasource: 'sr', 'catalog-schema': 'c.s', table: 't' }, 'datasource, catalog-schema, table']
  ])('refuses table-name together with %j, naming the parts given', (parts, named) => {
    expect(read({ 'table-name': 'sr.`c.s`.a', ...parts })).toEqual({
      tables: undefined,
      notices: [],
      refusals: [
        [
          'table-name',
          `cannot be combined with ${named}: give full names or their parts, not both`,
          undefined
        ]
      ]
    })
  })
})

describe('readTableNames: no table at all', () => {
  it.each(['', ',', ' , \n'])('refuses table-name %j when nothing else names a table', given => {
    expect(read({ 'table-name': given }).refusals).toEqual([
      [
        'table-name',
        'is required (or give datasource, catalog-schema and table, or dbt-run-results, instead)',
        undefined
      ]
    ])
  })

  it('asks for nothing with dbt-run-results, whose tables suffice', () => {
    expect(read({}, true)).toEqual({ tables: [], notices: [], refusals: [] })
  })
})

describe('readTableNames: datasource, catalog-schema and table', () => {
  it('composes one table name per table, in order', () => {
    expect(
      read({ datasource: 'sr', 'catalog-schema': 'c.s', table: 'orders\ncustomers, refunds' })
    ).toEqual({
      tables: ['sr.`c.s`.orders', 'sr.`c.s`.customers', 'sr.`c.s`.refunds'],
      notices: [],
      refusals: []
    })
  })

  it('takes catalog-schema with or without its backticks', () => {
    expect(read({ datasource: 'sr', 'catalog-schema': '`c.s`', table: 't' }).tables).toEqual([
      'sr.`c.s`.t'
    ])
  })

  it.each<[Partial<TableInputs>, string[]]>([
    [{ datasource: 'sr' }, ['catalog-schema', 'table']],
    [{ 'catalog-schema': 'c.s' }, ['datasource', 'table']],
    [{ table: 't' }, ['datasource', 'catalog-schema']],
    [{ datasource: 'sr', 'catalog-schema': 'c.s', table: ',' }, ['table']],
    [{ datasource: ',', 'catalog-schema': 'c.s', table: 't' }, ['datasource']],
    [{ datasource: 'sr', 'catalog-schema': ' , ', table: 't' }, ['catalog-schema']]
  ])('with %j, refuses each missing part: %j', (given, missing) => {
    const { tables, refusals } = read(given)
    expect(tables).toBeUndefined()
    expect(refusals).toEqual(missing.map(input => [input, PART_REQUIRED, undefined]))
  })

  it('refuses every part that is wrong at once, quoting each', () => {
    expect(read({ datasource: 's.r', 'catalog-schema': 'c', table: 'a.b' })).toEqual({
      tables: undefined,
      notices: [],
      refusals: [
        ['datasource', NAME_PART_RULE, 's.r'],
        ['catalog-schema', 'must be catalog.schema (e.g. default_catalog.sales)', 'c'],
        ['table', NAME_PART_RULE, 'a.b']
      ]
    })
  })

  it.each<[Partial<TableInputs>, string]>([
    [{ datasource: 's r' }, 'datasource'],
    [{ 'catalog-schema': 'c.s.x' }, 'catalog-schema'],
    [{ table: 'orders, bad name' }, 'table']
  ])('names no table when only %j is wrong', (wrong, input) => {
    const { tables, refusals } = read({
      datasource: 'sr',
      'catalog-schema': 'c.s',
      table: 'orders',
      ...wrong
    })
    expect(tables).toBeUndefined()
    expect(refusals.map(([refused]) => refused)).toEqual([input])
  })

  it('refuses a table whose composed name is too long, on table', () => {
    const table = 't'.repeat(120)
    expect(read({ datasource: 'sr', 'catalog-schema': 'c.s', table }).refusals).toEqual([
      [
        'table',
        'must compose a tableName of at most 128 characters (it has 129)',
        `sr.\`c.s\`.${table}`
      ]
    ])
  })
})

describe('readTableNames beside dbt-run-results', () => {
  it('takes table-name besides dbt, whose datasource is no conflict', () => {
    expect(read({ 'table-name': 'sr.`c.s`.a', datasource: 'starrocks' }, true)).toEqual({
      tables: ['sr.`c.s`.a'],
      notices: [],
      refusals: []
    })
  })

  it('still refuses table-name with catalog-schema or table', () => {
    expect(read({ 'table-name': 'sr.`c.s`.a', table: 't' }, true).refusals).toEqual([
      [
        'table-name',
        'cannot be combined with table: give full names or their parts, not both',
        undefined
      ]
    ])
  })

  it("composes catalog-schema and table in dbt's datasource", () => {
    expect(read({ datasource: 'starrocks', 'catalog-schema': 'c.s', table: 't' }, true)).toEqual({
      tables: ['starrocks.`c.s`.t'],
      notices: [],
      refusals: []
    })
  })

  it.each(['', 'bad name'])(
    'leaves a refusal of datasource %j to the dbt inputs, and names no table',
    datasource => {
      expect(read({ datasource, 'catalog-schema': 'c.s', table: 't' }, true)).toEqual({
        tables: undefined,
        notices: [],
        refusals: []
      })
    }
  )
})
