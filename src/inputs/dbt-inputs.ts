/** The dbt inputs: which tables the dbt run rebuilt, from its run_results.json and manifest. */
import { dirname, join } from 'node:path'
import {
  idsToLookUp,
  readManifestNodes,
  readRunResults,
  type DbtNode,
  type DbtRunResult
} from './dbt-artifacts.js'
import { mapDbtRun, type DbtMapping } from './dbt-mapping.js'
import { parseSelector } from './dbt-selectors.js'
import { splitList } from './list.js'
import { InputError, RuleViolation, forInput, type RefusalCollector } from './refusals.js'
import { requireNonEmpty } from './text-rules.js'
import { validateNamePart } from './table-name.js'

type DbtInputs = Record<
  'datasource' | 'dbt-catalog' | 'dbt-select' | 'dbt-exclude' | 'dbt-run-results' | 'dbt-manifest',
  string
>

export const DEFAULT_DBT_CATALOG = 'default_catalog'

/** Reads a dbt artifact (can be tens of MB); throws with a `code` when it cannot. */
export type ReadArtifact = (path: string) => string

/**
 * The tables the dbt run rebuilt, from its run_results.json and manifest.json; undefined when an
 * input is refused (each refusal is kept).
 */
export function readDbt(
  raw: DbtInputs,
  readArtifactFile: ReadArtifact,
  inputs: RefusalCollector
): DbtMapping | undefined {
  const datasource = inputs.take(() =>
    forInput('datasource', () => {
      requireNonEmpty(
        raw.datasource,
        'is required with dbt-run-results: the data source name bound in AnyMetrics'
      )
      return validateNamePart(raw.datasource)
    })
  )
  const defaultCatalog = inputs.take(() =>
    forInput('dbt-catalog', () => validateNamePart(raw['dbt-catalog'] || DEFAULT_DBT_CATALOG))
  )
  const select = inputs.take(() =>
    forInput('dbt-select', () => splitList(raw['dbt-select']).map(parseSelector))
  )
  const exclude = inputs.take(() =>
    forInput('dbt-exclude', () => splitList(raw['dbt-exclude']).map(parseSelector))
  )
  const run = inputs.take(() => readRun(raw, readArtifactFile))
  if (
    datasource === undefined ||
    defaultCatalog === undefined ||
    select === undefined ||
    exclude === undefined ||
    run === undefined
  ) {
    return undefined
  }
  return mapDbtRun(run.results, run.nodes, { datasource, defaultCatalog, select, exclude })
}

/** run_results.json, and the manifest nodes it names (the manifest beside it by default). */
function readRun(
  raw: DbtInputs,
  readArtifactFile: ReadArtifact
): { results: DbtRunResult[]; nodes: Map<string, DbtNode> } {
  const runResultsPath = raw['dbt-run-results']
  const manifestPath = raw['dbt-manifest'] || join(dirname(runResultsPath), 'manifest.json')
  const results = forInput('dbt-run-results', () =>
    readArtifact(readArtifactFile, runResultsPath, readRunResults)
  )
  const wanted = idsToLookUp(results)
  const nodes = forInput('dbt-manifest', () =>
    readArtifact(readArtifactFile, manifestPath, text => readManifestNodes(text, wanted))
  )
  const missing = [...wanted].filter(id => !nodes.has(id))
  if (missing.length > 0) {
    throw new InputError(
      'dbt-manifest',
      `has no node ${missing[0]}${missing.length > 1 ? ` (nor ${missing.length - 1} more)` : ''} that run_results names: give the manifest of the same dbt run`,
      manifestPath
    )
  }
  return { results, nodes }
}

/** Reads and parses an artifact; a refusal names its path, never its content. */
function readArtifact<T>(read: ReadArtifact, path: string, parse: (text: string) => T): T {
  let text: string
  try {
    text = read(path)
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unreadable'
    throw new RuleViolation(`names a file that cannot be read (${code})`, path)
  }
  try {
    return parse(text)
  } catch (error) {
    if (error instanceof RuleViolation) throw new RuleViolation(error.rule, path)
    throw error
  }
}
