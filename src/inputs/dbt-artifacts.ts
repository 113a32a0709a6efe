/**
 * dbt's own artifacts, read for what the mapping needs: run_results.json says which nodes ran
 * and how, manifest.json says what each node is and where its relation lives. Pure: the files'
 * texts come in, plain records go out.
 */
import { RuleViolation } from './refusals.js'

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

// dbt-core 1.8–1.11 write manifest v12 and run_results v6; dbt Fusion has written manifest v20.
const MANIFEST_VERSIONS = ['v12', 'v20']
const RUN_RESULTS_VERSIONS = ['v6']
/** Resource types whose nodes are relations the platform can refresh. */
export const TABLE_RESOURCES: ReadonlySet<string> = new Set(['model', 'seed', 'snapshot'])

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
