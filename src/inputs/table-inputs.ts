/** The tables named by the inputs: full names, or datasource, catalog-schema and table. Pure. */
import { splitList } from './list.js'
import { InputError, RefusalCollector, forInput } from './refusals.js'
import {
  composeTableName,
  normalizeCatalogSchema,
  parseTableName,
  validateNamePart
} from './table-name.js'

type TableInputs = Record<'table-name' | 'datasource' | 'catalog-schema' | 'table', string>

const PART_INPUTS = ['datasource', 'catalog-schema', 'table'] as const

/**
 * The tables named by table-name, or by datasource, catalog-schema and table (undefined when
 * refused; each refusal is kept). With dbt, the datasource belongs to dbt's tables, and naming
 * tables besides them is optional.
 */
export function readTableNames(
  raw: TableInputs,
  notices: string[],
  withDbt: boolean,
  inputs: RefusalCollector
): string[] | undefined {
  const fullNames = splitList(raw['table-name'])
  const partsGiven = PART_INPUTS.filter(
    name => raw[name] !== '' && !(withDbt && name === 'datasource')
  )
  if (fullNames.length > 0 && partsGiven.length > 0) {
    return refuse(
      inputs,
      'table-name',
      `cannot be combined with ${partsGiven.join(', ')}: give full names or their parts, not both`
    )
  }
  if (fullNames.length > 0) {
    return inputs.take(() => fullNames.map(name => parseFullName(name, notices)))
  }
  if (partsGiven.length === 0 && withDbt) return []
  if (partsGiven.length === 0) {
    return refuse(
      inputs,
      'table-name',
      'is required (or give datasource, catalog-schema and table, or dbt-run-results, instead)'
    )
  }
  return composeFromParts(raw, withDbt, inputs)
}

function refuse(inputs: RefusalCollector, input: string, rule: string): undefined {
  return inputs.take(() => {
    throw new InputError(input, rule)
  })
}

function parseFullName(name: string, notices: string[]): string {
  const parsed = forInput('table-name', () => parseTableName(name))
  if (parsed.backticksAdded) {
    notices.push(`table-name: added the backticks the platform requires: ${parsed.tableName}`)
  }
  return parsed.tableName
}

/** Each part is checked, and refused, on its own. */
function composeFromParts(
  raw: TableInputs,
  withDbt: boolean,
  inputs: RefusalCollector
): string[] | undefined {
  // With dbt, readDbt checks the datasource: a refusal of it is kept there, not twice.
  const datasource = (withDbt ? new RefusalCollector() : inputs).take(() =>
    readPart(raw, 'datasource', validateNamePart)
  )
  const catalogSchema = inputs.take(() => readPart(raw, 'catalog-schema', normalizeCatalogSchema))
  const tables = inputs.take(() =>
    readPart(raw, 'table', value => splitList(value).map(validateNamePart))
  )
  if (datasource === undefined || catalogSchema === undefined || tables === undefined) {
    return undefined
  }
  return inputs.take(() =>
    forInput('table', () => tables.map(table => composeTableName(datasource, catalogSchema, table)))
  )
}

/** One part input, parsed; refused when it is missing. */
function readPart<T>(
  raw: TableInputs,
  name: (typeof PART_INPUTS)[number],
  parse: (value: string) => T
): T {
  if (splitList(raw[name]).length === 0) {
    throw new InputError(name, 'is required when datasource, catalog-schema or table is given')
  }
  return forInput(name, () => parse(raw[name]))
}
