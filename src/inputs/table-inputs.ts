/** The tables named by the inputs: full names, or datasource, catalog-schema and table. Pure. */
import { splitList } from './list.js'
import { InputError, forInput } from './refusals.js'
import {
  composeTableName,
  normalizeCatalogSchema,
  parseTableName,
  validateNamePart
} from './table-name.js'

type TableInputs = Record<'table-name' | 'datasource' | 'catalog-schema' | 'table', string>

const PART_INPUTS = ['datasource', 'catalog-schema', 'table'] as const

/**
 * The tables named by table-name, or by datasource, catalog-schema and table. With dbt, the
 * datasource belongs to dbt's tables, and naming tables besides them is optional.
 */
export function readTableNames(raw: TableInputs, notices: string[], withDbt: boolean): string[] {
  const fullNames = splitList(raw['table-name'])
  const partsGiven = PART_INPUTS.filter(
    name => raw[name] !== '' && !(withDbt && name === 'datasource')
  )
  if (fullNames.length > 0 && partsGiven.length > 0) {
    throw new InputError(
      'table-name',
      `cannot be combined with ${partsGiven.join(', ')}: give full names or their parts, not both`
    )
  }
  if (fullNames.length > 0) return fullNames.map(name => parseFullName(name, notices))
  if (partsGiven.length === 0 && withDbt) return []
  if (partsGiven.length === 0) {
    throw new InputError(
      'table-name',
      'is required (or give datasource, catalog-schema and table, or dbt-run-results, instead)'
    )
  }
  return composeFromParts(raw)
}

function parseFullName(name: string, notices: string[]): string {
  const parsed = forInput('table-name', () => parseTableName(name))
  if (parsed.backticksAdded) {
    notices.push(`table-name: added the backticks the platform requires: ${parsed.tableName}`)
  }
  return parsed.tableName
}

function composeFromParts(raw: TableInputs): string[] {
  const missing = PART_INPUTS.find(name => splitList(raw[name]).length === 0)
  if (missing) {
    throw new InputError(missing, 'is required when datasource, catalog-schema or table is given')
  }
  const datasource = forInput('datasource', () => validateNamePart(raw.datasource))
  const catalogSchema = forInput('catalog-schema', () =>
    normalizeCatalogSchema(raw['catalog-schema'])
  )
  return splitList(raw.table).map(name =>
    forInput('table', () => composeTableName(datasource, catalogSchema, validateNamePart(name)))
  )
}
