/**
 * The tables a dbt run just rebuilt, from dbt's own artifacts: run_results.json says which nodes
 * ran and how, manifest.json says what each node is and where its relation lives. Pure: the
 * files' texts come in, table names and reasons go out.
 */
import { RuleViolation } from './refusals.js'
import { parseTableName } from './table-name.js'

/** What the mapping needs of a manifest node; everything else in the artifact is ignored. */
export interface DbtNode {
  uniqueId: string
  resourceType: string
  name: string
  alias: string | null
  schema: string | null
  database: string | null
  /** `config.catalog` (dbt-starrocks external catalogs). */
  catalog: string | null
  materialized: string | null
  tags: string[]
  originalFilePath: string | null
}

export interface DbtRunResult {
  uniqueId: string
  status: string
}

export interface DbtMapping {
  /** Nodes that became tables, in run_results order. */
  mapped: Array<{ uniqueId: string; tableName: string }>
  /** Nodes that did not, and why. */
  skipped: Array<{ uniqueId: string; reason: string }>
}

export interface DbtOptions {
  datasource: string
  defaultCatalog: string
  select: readonly Selector[]
  exclude: readonly Selector[]
}

export type Selector =
  | { kind: 'tag'; value: string }
  | { kind: 'path'; value: string; pattern: RegExp }
  | { kind: 'resource_type'; value: string }
  | { kind: 'name'; value: string }

// dbt-core 1.8–1.11 write manifest v12 and run_results v6; dbt Fusion has written manifest v20.
const MANIFEST_VERSIONS = ['v12', 'v20']
const RUN_RESULTS_VERSIONS = ['v6']
// A relation was written: dbt 1.9+ marks a microbatch model with some batches written 'partial success'.
const WRITTEN = new Set(['success', 'partial success'])
const TABLE_RESOURCES = new Set(['model', 'seed', 'snapshot'])
const RESOURCE_TYPES = ['model', 'seed', 'snapshot']

/** The results of run_results.json (v6): unique_id and status of each node that ran. */
export function readRunResults(text: string): DbtRunResult[] {
  const artifact = parseArtifact(text, 'run-results', RUN_RESULTS_VERSIONS)
  const results = artifact.results
  if (!Array.isArray(results)) throw new RuleViolation('has no "results" list')
  return results.flatMap(result => {
    const { unique_id: uniqueId, status } = (result ?? {}) as Record<string, unknown>
    return typeof uniqueId === 'string' ? [{ uniqueId, status: String(status) }] : []
  })
}

/**
 * The manifest's nodes (v12, v20) that `wanted` names, reduced to what the mapping needs: a
 * manifest of tens of MB is parsed once and only these few fields are kept.
 */
export function readManifestNodes(text: string, wanted: ReadonlySet<string>): Map<string, DbtNode> {
  const artifact = parseArtifact(text, 'manifest', MANIFEST_VERSIONS)
  const nodes = artifact.nodes
  if (typeof nodes !== 'object' || nodes === null) throw new RuleViolation('has no "nodes" map')
  const kept = new Map<string, DbtNode>()
  for (const uniqueId of wanted) {
    const node = (nodes as Record<string, unknown>)[uniqueId]
    if (typeof node === 'object' && node !== null) {
      kept.set(uniqueId, nodeOf(uniqueId, node as Record<string, unknown>))
    }
  }
  return kept
}

function parseArtifact(
  text: string,
  kind: string,
  versions: readonly string[]
): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new RuleViolation('is not valid JSON')
  }
  if (typeof value !== 'object' || value === null) throw new RuleViolation('is not a JSON object')
  const artifact = value as Record<string, unknown>
  const schema = (artifact.metadata as Record<string, unknown> | undefined)?.dbt_schema_version
  const version = new RegExp(`/${kind}/(v\\d+)\\.json$`).exec(String(schema))?.[1]
  if (!version || !versions.includes(version)) {
    throw new RuleViolation(
      `is ${kind} ${version ?? `of unknown version (${String(schema).slice(0, 80)})`}; this action reads ${kind} ${versions.join(' and ')}`
    )
  }
  return artifact
}

function nodeOf(uniqueId: string, node: Record<string, unknown>): DbtNode {
  const config = (node.config ?? {}) as Record<string, unknown>
  const text = (value: unknown): string | null =>
    typeof value === 'string' && value !== '' ? value : null
  const tags = [node.tags, config.tags].flatMap(list => (Array.isArray(list) ? list : []))
  return {
    uniqueId,
    resourceType: text(node.resource_type) ?? uniqueId.split('.')[0] ?? '',
    name: text(node.name) ?? uniqueId.split('.').at(-1) ?? uniqueId,
    alias: text(node.alias),
    schema: text(node.schema),
    database: text(node.database),
    catalog: text(config.catalog),
    materialized: text(config.materialized),
    tags: [...new Set(tags.filter((tag): tag is string => typeof tag === 'string'))],
    originalFilePath: text(node.original_file_path)
  }
}

/** The unique_ids whose manifest nodes the mapping needs: those of resource types that are tables. */
export function idsToLookUp(results: readonly DbtRunResult[]): Set<string> {
  return new Set(
    results.map(result => result.uniqueId).filter(id => TABLE_RESOURCES.has(id.split('.')[0] ?? ''))
  )
}

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
    const type = result.uniqueId.split('.')[0] ?? ''
    const node = nodes.get(result.uniqueId)
    const reason = skipReason(result, type, node, options)
    if (reason !== null || !node) {
      mapping.skipped.push({ uniqueId: result.uniqueId, reason: reason ?? 'not in the manifest' })
      continue
    }
    try {
      mapping.mapped.push({ uniqueId: node.uniqueId, tableName: tableNameOf(node, options) })
    } catch (error) {
      const rule = error instanceof RuleViolation ? error.rule : String(error)
      mapping.skipped.push({ uniqueId: node.uniqueId, reason: `its table name ${rule}` })
    }
  }
  return mapping
}

function skipReason(
  result: DbtRunResult,
  type: string,
  node: DbtNode | undefined,
  options: DbtOptions
): string | null {
  if (!TABLE_RESOURCES.has(node?.resourceType ?? type)) return `a ${type || 'node'}, not a table`
  if (!WRITTEN.has(result.status)) return `status ${result.status}: nothing was written`
  if (!node) return null
  if (node.materialized === 'ephemeral') return 'ephemeral: dbt writes no table for it'
  if (options.select.length > 0 && !options.select.some(selector => matches(selector, node))) {
    return 'not selected by dbt-select'
  }
  if (options.exclude.some(selector => matches(selector, node))) return 'excluded by dbt-exclude'
  return null
}

/**
 * ``<datasource>.`<catalog>.<schema>`.<alias>``: the catalog is the node's `config.catalog`,
 * else its `database` when that is set and differs from its schema (dbt-starrocks sets it null
 * or equal to the schema), else dbt-catalog.
 */
export function tableNameOf(
  node: DbtNode,
  options: Pick<DbtOptions, 'datasource' | 'defaultCatalog'>
): string {
  const schema = node.schema ?? ''
  const database = node.database !== null && node.database !== schema ? node.database : null
  const catalog = node.catalog ?? database ?? options.defaultCatalog
  const composed = `${options.datasource}.\`${catalog}.${schema}\`.${node.alias ?? node.name}`
  return parseTableName(composed).tableName
}

function matches(selector: Selector, node: DbtNode): boolean {
  switch (selector.kind) {
    case 'tag':
      return node.tags.includes(selector.value)
    case 'path':
      return node.originalFilePath !== null && selector.pattern.test(node.originalFilePath)
    case 'resource_type':
      return node.resourceType === selector.value
    case 'name':
      return node.name === selector.value
  }
}

/** `tag:NAME`, `path:GLOB`, `resource_type:TYPE` or a model name. */
export function parseSelector(text: string): Selector {
  const colon = text.indexOf(':')
  const method = colon < 0 ? '' : text.slice(0, colon)
  const value = colon < 0 ? text : text.slice(colon + 1)
  if (value === '' || /\s/.test(value)) {
    throw new RuleViolation('has a selector without a value or with spaces', text)
  }
  switch (method) {
    case '':
      return { kind: 'name', value }
    case 'tag':
      return { kind: 'tag', value }
    case 'path':
      return { kind: 'path', value, pattern: globPattern(value) }
    case 'resource_type':
      if (!RESOURCE_TYPES.includes(value)) {
        throw new RuleViolation(
          `has resource_type:${value}; use ${RESOURCE_TYPES.join(', ')}`,
          text
        )
      }
      return { kind: 'resource_type', value }
    default:
      throw new RuleViolation('takes tag:NAME, path:GLOB, resource_type:TYPE or a model name', text)
  }
}

/**
 * A path glob as dbt users write them: `*` within a folder, `**` across folders, `?` one
 * character; a pattern without wildcards also matches everything below it (a folder).
 */
export function globPattern(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? ''
    if (char === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += glob[i + 2] === '/' ? 2 : 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  const folder = /[*?]/.test(glob) ? '' : '(?:/.*)?'
  return new RegExp(`^${source.replace(/\/$/, '')}${folder}$`)
}
