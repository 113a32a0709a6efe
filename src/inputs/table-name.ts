import { RuleViolation } from './refusals.js'
import { MAX_FIELD_LENGTH, requireMaxLength } from './text-rules.js'

// One name part: letters and digits of any script, _, $ and -. No dots, backticks, quotes,
// white space, or punctuation that no data source, catalog, schema or table name carries.
const PART = '[\\p{L}\\p{N}_$-]+'
const DOCUMENTED_FORM = new RegExp(`^(${PART})\\.\`(${PART})\\.(${PART})\`\\.(${PART})$`, 'u')
const FOUR_PLAIN_PARTS = new RegExp(`^(${PART})\\.(${PART})\\.(${PART})\\.(${PART})$`, 'u')
const SINGLE_PART = new RegExp(`^${PART}$`, 'u')
const CATALOG_SCHEMA = new RegExp(`^(${PART})\\.(${PART})$`, 'u')

const FULL_NAME_RULE =
  'must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_order), ' +
  'each name made of letters, digits, _, $ or - (no quotes or spaces)'

export interface ParsedTableName {
  tableName: string
  /** True when the name was given as datasource.catalog.schema.table and backticks were added. */
  backticksAdded: boolean
}

/** Validates a full name, adding the backticks when it was given as four plain parts. */
export function parseTableName(input: string): ParsedTableName {
  const name = input.trim()
  if (DOCUMENTED_FORM.test(name)) return { tableName: withinLimit(name), backticksAdded: false }
  const parts = FOUR_PLAIN_PARTS.exec(name)
  if (parts) {
    // Stryker disable next-line StringLiteral: the pattern matched, so its four groups are set; the defaults are for the type checker
    const [datasource = '', catalog = '', schema = '', table = ''] = parts.slice(1)
    return {
      tableName: withinLimit(formatTableName(datasource, `${catalog}.${schema}`, table)),
      backticksAdded: true
    }
  }
  throw new RuleViolation(FULL_NAME_RULE, name)
}

/** A datasource or table name: one part, without dots, backticks or spaces. */
export function validateNamePart(value: string): string {
  const part = value.trim()
  if (!SINGLE_PART.test(part)) {
    throw new RuleViolation(
      'must be one name of letters, digits, _, $ or - (no dots, backticks, quotes or spaces)',
      part
    )
  }
  return part
}

/** `catalog.schema`, with or without its backticks; returns it without them. */
export function normalizeCatalogSchema(value: string): string {
  const bare = stripBackticks(value.trim())
  if (!CATALOG_SCHEMA.test(bare)) {
    throw new RuleViolation('must be catalog.schema (e.g. default_catalog.sales)', value.trim())
  }
  return bare
}

/** Composes the documented form from validated parts (see validateNamePart). */
export function composeTableName(datasource: string, catalogSchema: string, table: string): string {
  return withinLimit(formatTableName(datasource, catalogSchema, table))
}

function formatTableName(datasource: string, catalogSchema: string, table: string): string {
  return `${datasource}.\`${catalogSchema}\`.${table}`
}

function stripBackticks(text: string): string {
  // Stryker disable next-line EqualityOperator: `>` differs only for two backticks, which leave an empty name refused either way
  return text.length >= 2 && text.startsWith('`') && text.endsWith('`') ? text.slice(1, -1) : text
}

function withinLimit(tableName: string): string {
  try {
    requireMaxLength(tableName, MAX_FIELD_LENGTH)
  } catch {
    throw new RuleViolation(
      `must compose a tableName of at most ${MAX_FIELD_LENGTH} characters (it has ${tableName.length})`,
      tableName
    )
  }
  return tableName
}
