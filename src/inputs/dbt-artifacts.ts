/**
 * dbt's own artifacts, read for what the mapping needs: run_results.json says which nodes ran
 * and how, manifest.json says what each node is and where its relation lives. Pure: the files'
 * bytes come in (as a stream, walked by the JSON scanner of src/json/), plain records go out; a
 * malformed file is refused as the other input rules refuse, with a RuleViolation.
 */
// Why a streaming scanner, not JSON.parse: docs/decisions/0001-json-scanner.md
import { constants } from 'node:buffer'
import { JsonSyntaxError } from '../json/json-error.js'
import { scanJson, type JsonScanner, type JsonSource } from '../json/scanner.js'
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

/** A unique_id's first part (`model` of `model.shop.orders`): its resource type. */
export function resourceTypeOf(uniqueId: string): string {
  // Stryker disable next-line StringLiteral: split gives a first part, if only ''.
  return uniqueId.split('.')[0] ?? ''
}

/**
 * The most a reader collects of one value it keeps (a node, a key, metadata, a field): the most
 * bytes Node.js decodes into one string (512 MiB on 64-bit). JSON.parse of the whole file meets
 * the same bound, so every value it reads is read here; past it, collecting stops with a refusal
 * instead of Node's ERR_STRING_TOO_LONG after holding the bytes.
 */
const MAX_VALUE_BYTES = constants.MAX_STRING_LENGTH

/**
 * The results of run_results.json (v6): unique_id and status of each node that ran. Read as a
 * stream: of each result only these two fields are parsed, the rest (compiled code…) skipped.
 */
export function readRunResults(source: JsonSource): DbtRunResult[] {
  let results: DbtRunResult[] | undefined
  scanArtifact(source, 'run-results', RUN_RESULTS_VERSIONS, (key, scanner) => {
    if (key !== 'results') return false
    // As JSON.parse, the last "results" wins.
    if (scanner.kind() === 'array') {
      results = readResults(scanner)
    } else {
      scanner.skipValue()
      results = undefined
    }
    return true
  })
  if (!results) throw new RuleViolation('has no "results" list')
  return results
}

function readResults(scanner: JsonScanner): DbtRunResult[] {
  const results: DbtRunResult[] = []
  scanner.enterArray()
  while (scanner.nextItem()) {
    if (scanner.kind() !== 'object') {
      scanner.skipValue()
      continue
    }
    const fields: Record<string, unknown> = {}
    scanner.enterObject()
    for (let key = nextKey(scanner); key !== undefined; key = nextKey(scanner)) {
      if (key === 'unique_id' || key === 'status') {
        fields[key] = readKept(scanner, `a result's ${key}`)
      } else {
        scanner.skipValue()
      }
    }
    const { unique_id: uniqueId, status } = fields
    if (typeof uniqueId === 'string') results.push({ uniqueId, status: String(status) })
  }
  return results
}

/**
 * Told of every node of the manifest (dbt-select's and dbt-exclude's terms are judged against
 * them all), with what selectors look at: its resource type, name, tags and file path.
 */
export interface EveryNode {
  /** A "nodes" map begins: forget the nodes of any before it (as JSON.parse, the last counts). */
  restart(): void
  /** A node, or undefined when its unique_id holds no node (which replaces one before). */
  visit(uniqueId: string, node: DbtNode | undefined): void
}

/**
 * The manifest's nodes (v12, v20) that `wanted` names, reduced to what the mapping needs. The
 * manifest (hundreds of MB in large projects) is read as a stream: only the wanted nodes are
 * parsed, each as large as JSON.parse reads, and everything else is checked and skipped; with
 * `everyNode`, each other node's few fields that selectors look at are read too.
 */
export function readManifestNodes(
  source: JsonSource,
  wanted: ReadonlySet<string>,
  everyNode?: EveryNode
): Map<string, DbtNode> {
  let kept: Map<string, DbtNode> | undefined
  scanArtifact(source, 'manifest', MANIFEST_VERSIONS, (key, scanner) => {
    if (key !== 'nodes') return false
    everyNode?.restart()
    // As JSON.parse, the last "nodes" wins; an array is a map without these nodes.
    const kind = scanner.kind()
    if (kind === 'object') {
      kept = readNodes(scanner, wanted, everyNode)
    } else {
      scanner.skipValue()
      kept = kind === 'array' ? new Map() : undefined
    }
    return true
  })
  if (!kept) throw new RuleViolation('has no "nodes" map')
  return kept
}

function readNodes(
  scanner: JsonScanner,
  wanted: ReadonlySet<string>,
  everyNode: EveryNode | undefined
): Map<string, DbtNode> {
  const kept = new Map<string, DbtNode>()
  scanner.enterObject()
  for (let uniqueId = nextKey(scanner); uniqueId !== undefined; uniqueId = nextKey(scanner)) {
    const isWanted = wanted.has(uniqueId)
    // Stryker disable next-line ConditionalExpression: when no one looks, reading is only slower.
    const kind = isWanted || everyNode ? scanner.kind() : undefined
    let node: DbtNode | undefined
    if (isWanted && kind === 'object') {
      node = nodeOf(uniqueId, readKept(scanner, `node ${uniqueId}`) as Record<string, unknown>)
    } else if (kind === 'object') {
      node = nodeOf(uniqueId, readSelectorFields(scanner, uniqueId))
    } else {
      scanner.skipValue()
      // A list is a node without fields, as JSON.parse gives an array where an object is read.
      if (kind === 'array') node = nodeOf(uniqueId, {})
    }
    if (isWanted) {
      // A later duplicate that is no object replaces the node, as with JSON.parse.
      if (node) kept.set(uniqueId, node)
      else kept.delete(uniqueId)
    }
    everyNode?.visit(uniqueId, node)
  }
  return kept
}

/** Fields of a node that selectors look at; JSON.parse keeps the last of a key written twice. */
const SELECTOR_FIELDS = new Set(['resource_type', 'name', 'tags', 'original_file_path'])

/**
 * Of a node not wanted, only the fields selectors look at (and config.tags), as nodeOf reads
 * them; the rest, its code and columns, is checked and skipped without being built.
 */
function readSelectorFields(scanner: JsonScanner, uniqueId: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  const read = () => readKept(scanner, `node ${uniqueId}`)
  scanner.enterObject()
  for (let key = nextKey(scanner); key !== undefined; key = nextKey(scanner)) {
    if (SELECTOR_FIELDS.has(key)) {
      fields[key] = read()
    } else if (key === 'config' && scanner.kind() === 'object') {
      const config: Record<string, unknown> = {}
      scanner.enterObject()
      for (let inner = nextKey(scanner); inner !== undefined; inner = nextKey(scanner)) {
        if (inner === 'tags') config.tags = read()
        else scanner.skipValue()
      }
      fields.config = config
    } else {
      // A later config that is no object replaces one before, and has no tags.
      if (key === 'config') delete fields.config
      scanner.skipValue()
    }
  }
  return fields
}

/**
 * Walks an artifact's top-level object: hands every member but metadata to `member` (which
 * reads or skips its value and says whether it did), skips the others, checks that the text
 * ends with the object, then checks metadata.dbt_schema_version. As with JSON.parse, the last
 * metadata is the one that counts, so the version is known only at the end. The scanner's
 * JsonSyntaxError becomes a RuleViolation here, the one place that reads artifacts.
 */
function scanArtifact(
  source: JsonSource,
  kind: string,
  versions: readonly string[],
  member: (key: string, scanner: JsonScanner) => boolean
): void {
  try {
    scanJson(source, scanner => {
      if (scanner.kind() !== 'object') {
        scanner.skipValue()
        scanner.finish()
        throw new RuleViolation('is not a JSON object')
      }
      let metadata: unknown
      scanner.enterObject()
      for (let key = nextKey(scanner); key !== undefined; key = nextKey(scanner)) {
        if (key === 'metadata') {
          metadata = readKept(scanner, 'its metadata')
        } else if (!member(key, scanner)) {
          scanner.skipValue()
        }
      }
      scanner.finish()
      checkVersion(metadata, kind, versions)
    })
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw malformed(error)
    throw error
  }
}

/** A malformed artifact, refused with the byte, line and column where it broke. */
function malformed(error: JsonSyntaxError): RuleViolation {
  return new RuleViolation(
    `is not valid JSON at byte ${error.offset} (line ${error.line}, column ${error.column}): ${error.reason}`
  )
}

function checkVersion(metadata: unknown, kind: string, versions: readonly string[]): void {
  const schema = (metadata as Record<string, unknown> | null | undefined)?.dbt_schema_version
  const version = new RegExp(`/${kind}/(v\\d+)\\.json$`).exec(String(schema))?.[1]
  if (!version || !versions.includes(version)) {
    throw new RuleViolation(
      `is ${kind} ${version ?? `of unknown version (${String(schema).slice(0, 80)})`}; this action reads ${kind} ${versions.join(' and ')}`
    )
  }
}

// Stryker disable ArrowFunction,StringLiteral,BlockStatement: a value past MAX_VALUE_BYTES is
// refused here; a test would hold 512 MiB to see it (the scanner's tests use small bounds).
function nextKey(scanner: JsonScanner): string | undefined {
  return scanner.nextKey(MAX_VALUE_BYTES, () => tooLarge('a key'))
}

/** The value the scanner is at, which the reader keeps: `what` names it in a refusal. */
function readKept(scanner: JsonScanner, what: string): unknown {
  return scanner.readValue(MAX_VALUE_BYTES, () => tooLarge(what))
}

function tooLarge(what: string): RuleViolation {
  return new RuleViolation(
    `has ${what} of more than ${MAX_VALUE_BYTES} bytes, longer than any string Node.js makes (JSON.parse could not read it either)`
  )
}
// Stryker restore all

function nodeOf(uniqueId: string, node: Record<string, unknown>): DbtNode {
  const config = (node.config ?? {}) as Record<string, unknown>
  const text = (value: unknown): string | null =>
    typeof value === 'string' && value !== '' ? value : null
  const tags = [node.tags, config.tags].flatMap(list => (Array.isArray(list) ? list : []))
  return {
    uniqueId,
    resourceType: text(node.resource_type) ?? resourceTypeOf(uniqueId),
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
    results.map(result => result.uniqueId).filter(id => TABLE_RESOURCES.has(resourceTypeOf(id)))
  )
}
