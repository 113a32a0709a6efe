import { describe, expect, it } from '@jest/globals'
import { RuleViolation } from '../../src/inputs/refusals.js'
import {
  composeTableName,
  normalizeCatalogSchema,
  parseTableName,
  validateNamePart
} from '../../src/inputs/table-name.js'

describe('parseTableName', () => {
  it('accepts the documented form as it is', () => {
    expect(parseTableName('starrocks.`default_catalog.schema`.p_order')).toEqual({
      tableName: 'starrocks.`default_catalog.schema`.p_order',
      backticksAdded: false
    })
  })

  it('adds the backticks to datasource.catalog.schema.table and says so', () => {
    expect(parseTableName('starrocks.default_catalog.schema.p_order')).toEqual({
      tableName: 'starrocks.`default_catalog.schema`.p_order',
      backticksAdded: true
    })
  })

  it.each([
    'starrocks.schema.p_order',
    'starrocks.`schema`.p_order',
    'starrocks.`a.b.c`.p_order',
    'a.b.c.d.e',
    'star rocks.`c.s`.t',
    'starrocks.`c.s`.p_order\nx'
  ])('refuses %j with the documented form in the message', name => {
    expect(() => parseTableName(name)).toThrow('must be datasource.`catalog.schema`.table')
  })

  it('takes a name of exactly 128 characters, in either spelling, and refuses 129', () => {
    const table = (length: number) => 't'.repeat(length - 'ds.`c.s`.'.length)
    expect(parseTableName(`ds.\`c.s\`.${table(128)}`).tableName).toHaveLength(128)
    expect(parseTableName(`ds.c.s.${table(128)}`).tableName).toHaveLength(128)
    expect(composeTableName('ds', 'c.s', table(128))).toHaveLength(128)
    for (const refused of [
      () => parseTableName(`ds.\`c.s\`.${table(129)}`),
      () => parseTableName(`ds.c.s.${table(129)}`),
      () => composeTableName('ds', 'c.s', table(129))
    ]) {
      expect(refused).toThrow(
        expect.objectContaining({
          rule: 'must compose a tableName of at most 128 characters (it has 129)',
          offendingValue: `ds.\`c.s\`.${table(129)}`
        })
      )
    }
  })

  it('refuses a name longer than 128 characters', () => {
    const name = `ds.\`c.s\`.${'t'.repeat(130)}`
    expect(() => parseTableName(name)).toThrow('at most 128 characters')
  })
})

describe('table name parts', () => {
  it('composes the documented form, with or without backticks around catalog.schema', () => {
    expect(composeTableName('starrocks', normalizeCatalogSchema('`cat.sch`'), 'p_order')).toBe(
      'starrocks.`cat.sch`.p_order'
    )
    expect(normalizeCatalogSchema('cat.sch')).toBe('cat.sch')
  })

  it('refuses a part with a dot and a catalog-schema without one', () => {
    expect(() => validateNamePart('a.b')).toThrow(RuleViolation)
    expect(() => normalizeCatalogSchema('schema_only')).toThrow('must be catalog.schema')
  })
})

describe('white space and backticks around the input', () => {
  it('trims the white space around each input before judging it', () => {
    expect(parseTableName('  starrocks.`c.s`.p_order\t').tableName).toBe('starrocks.`c.s`.p_order')
    expect(parseTableName(' starrocks.c.s.p_order ').tableName).toBe('starrocks.`c.s`.p_order')
    expect(validateNamePart('  p_order ')).toBe('p_order')
    expect(normalizeCatalogSchema(' `cat.sch` ')).toBe('cat.sch')
    expect(normalizeCatalogSchema(' cat.sch ')).toBe('cat.sch')
  })

  it('quotes a refused catalog-schema trimmed', () => {
    expect(() => normalizeCatalogSchema('  schema_only ')).toThrow(
      expect.objectContaining({ offendingValue: 'schema_only' })
    )
  })

  it.each(['x`cat.sch`', '`cat.sch`x', 'xcat.sch`', '`cat.schx', '`cat.sch', 'cat.sch`'])(
    'takes off backticks only when they open and close catalog.schema: refuses %j',
    value => {
      expect(() => normalizeCatalogSchema(value)).toThrow('must be catalog.schema')
    }
  )
})
