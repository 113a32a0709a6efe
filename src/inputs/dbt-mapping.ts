/** Which nodes of a dbt run became which tables, and why the others did not. Pure. */
import {
  TABLE_RESOURCES,
  resourceTypeOf,
  type DbtNode,
  type DbtRunResult
} from './dbt-artifacts.js'
import { matches, type Selector } from './dbt-selectors.js'
import { RuleViolation } from './refusals.js'
import { parseTableName } from './table-name.js'

/** Why a node that ran is not refreshed; reporting decides by kind, never by wording. */
export type DbtSkipKind =
  | 'not-a-table'
  | 'not-written'
  | 'ephemeral'
  | 'not-selected'
  | 'excluded'
  | 'not-in-manifest'
  | 'invalid-table-name'

export interface DbtMapping {
  /** Nodes that became tables, in run_results order. */
  mapped: Array<{ uniqueId: string; tableName: string }>
  /** Nodes that did not, and why. */
  skipped: Array<{ uniqueId: string; kind: DbtSkipKind; reason: string }>
}

export interface DbtOptions {
  datasource: string
  defaultCatalog: string
  select: readonly Selector[]
  exclude: readonly Selector[]
}

// A relation was written: dbt 1.9+ marks a microbatch model with some batches written 'partial success'.
const WRITTEN = new Set(['success', 'partial success'])

/**
 * Which nodes became which tables. A node counts when dbt wrote its relation (`success`, or
 * `partial success` for a microbatch model), it is a model, seed or snapshot, not ephemeral,
 * matches `select` (all when empty) and not `exclude`, and composes a valid table name.
 */
export function mapDbtRun(
  results: readonly DbtRunResult[],
  nodes: ReadonlyMap<string, DbtNode>,
  options: DbtOptions
): DbtMapping {
  const mapping: DbtMapping = { mapped: [], skipped: [] }
  const seen = new Set<string>()
  for (const result of results) {
    if (seen.has(result.uniqueId)) continue
    seen.add(result.uniqueId)
    const outcome = nodeOutcome(result, nodes.get(result.uniqueId), options)
    if ('tableName' in outcome) mapping.mapped.push({ uniqueId: result.uniqueId, ...outcome })
    else mapping.skipped.push({ uniqueId: result.uniqueId, ...outcome })
  }
  return mapping
}

type Skip = { kind: DbtSkipKind; reason: string }

function nodeOutcome(
  result: DbtRunResult,
  node: DbtNode | undefined,
  options: DbtOptions
): { tableName: string } | Skip {
  const skip = skipOf(result, node, options)
  if (skip) return skip
  if (!node) return { kind: 'not-in-manifest', reason: 'not in the manifest' }
  try {
    return { tableName: tableNameOf(node, options) }
  } catch (error) {
    const rule = error instanceof RuleViolation ? error.rule : String(error)
    return { kind: 'invalid-table-name', reason: `its table name ${rule}` }
  }
}

function skipOf(result: DbtRunResult, node: DbtNode | undefined, options: DbtOptions): Skip | null {
  // The manifest's resource type, else the unique_id's first part (no node is read for a test).
  const type = node?.resourceType ?? resourceTypeOf(result.uniqueId)
  if (!TABLE_RESOURCES.has(type)) {
    return { kind: 'not-a-table', reason: `a ${type || 'node'}, not a table` }
  }
  if (!WRITTEN.has(result.status)) {
    return { kind: 'not-written', reason: `status ${result.status}: nothing was written` }
  }
  if (!node) return null
  if (node.materialized === 'ephemeral') {
    return { kind: 'ephemeral', reason: 'ephemeral: dbt writes no table for it' }
  }
  if (options.select.length > 0 && !options.select.some(selector => matches(selector, node))) {
    return { kind: 'not-selected', reason: 'not selected by dbt-select' }
  }
  if (options.exclude.some(selector => matches(selector, node))) {
    return { kind: 'excluded', reason: 'excluded by dbt-exclude' }
  }
  return null
}

/**
 * ``<datasource>.`<catalog>.<schema>`.<alias>``: the catalog is the node's `config.catalog`,
 * else its `database` when that is set and differs from its schema (dbt-starrocks sets it null
 * or equal to the schema), else dbt-catalog.
 */
function tableNameOf(
  node: DbtNode,
  options: Pick<DbtOptions, 'datasource' | 'defaultCatalog'>
): string {
  const schema = node.schema ?? ''
  const database = node.database !== schema ? node.database : null
  const catalog = node.catalog ?? database ?? options.defaultCatalog
  const composed = `${options.datasource}.\`${catalog}.${schema}\`.${node.alias ?? node.name}`
  return parseTableName(composed).tableName
}
