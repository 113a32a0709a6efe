/** The dbt inputs: which tables the dbt run rebuilt, from its run_results.json and manifest. */
import { dirname, join } from 'node:path'
import type { JsonSource } from '../json/scanner.js'
import {
  idsToLookUp,
  readManifestNodes,
  readRunResults,
  type DbtNode,
  type DbtRunResult,
  type EveryNode
} from './dbt-artifacts.js'
import { mapDbtRun, type DbtMapping } from './dbt-mapping.js'
import { SelectionCheck } from './dbt-selection-check.js'
import { parseSelector } from './dbt-selectors.js'
import { splitList } from './list.js'
import { InputError, RuleViolation, forInput, type RefusalCollector } from './refusals.js'
import { requireNonEmpty } from './text-rules.js'
import { validateNamePart } from './table-name.js'
import { buildPlan } from './trigger-plan.js'

type DbtInputs = Record<
  'datasource' | 'dbt-catalog' | 'dbt-select' | 'dbt-exclude' | 'dbt-run-results' | 'dbt-manifest',
  string
>

const DEFAULT_DBT_CATALOG = 'default_catalog'

/**
 * A dbt artifact's bytes (a manifest can be hundreds of MB): its text, or its chunks as they are
 * read. Throws with a `code` when it cannot be read, whether at once or while its chunks come.
 */
export type OpenArtifact = (path: string) => JsonSource

/**
 * The plan as it stands before dbt's tables join it: the tables named by the inputs, the
 * partitions, and buildPlan's limits. When it is already too large, the run is refused as
 * buildPlan refuses it, after run_results and before the manifest is opened.
 */
export interface PlanBeforeDbt {
  tableNames: readonly string[]
  partitions: readonly string[]
  limits: { maxTriggers: number; largest: number }
}

/**
 * The tables the dbt run rebuilt, from its run_results.json and manifest.json; undefined when an
 * input is refused (each refusal is kept).
 */
export function readDbt(
  raw: DbtInputs,
  openArtifact: OpenArtifact,
  inputs: RefusalCollector,
  planBeforeDbt?: PlanBeforeDbt
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
  // Judged against every node of the manifest, not only those the run rebuilt: a term that
  // matches none is a typo, whatever this run did (docs/decisions/0009-dbt-selector-typos.md).
  const check = new SelectionCheck({ 'dbt-select': select ?? [], 'dbt-exclude': exclude ?? [] })
  const run = inputs.take(() =>
    readRun(raw, openArtifact, planBeforeDbt, check.empty ? undefined : check)
  )
  const judged = run !== undefined && judgeTerms(check, inputs)
  if (
    datasource === undefined ||
    defaultCatalog === undefined ||
    select === undefined ||
    exclude === undefined ||
    run === undefined ||
    !judged
  ) {
    return undefined
  }
  return mapDbtRun(run.results, run.nodes, { datasource, defaultCatalog, select, exclude })
}

/** Refuses dbt-select and dbt-exclude for their terms that match no node; whether both pass. */
function judgeTerms(check: SelectionCheck, inputs: RefusalCollector): boolean {
  const passed = (['dbt-select', 'dbt-exclude'] as const).map(input =>
    inputs.take(() => {
      forInput(input, () => check.judge(input))
      return true
    })
  )
  return passed.every(pass => pass === true)
}

/**
 * run_results.json, and the manifest nodes it names (the manifest beside it by default), every
 * node told to `everyNode` when given. A plan already too large without dbt's tables is refused
 * between the two.
 *
 * run_results cannot refuse the plan by itself: its nodes that are tables and were written are
 * at most the tables dbt adds, not at least (ephemeral, unselected and excluded nodes add none,
 * and only the manifest says which those are), so counting them would refuse runs that fit.
 */
function readRun(
  raw: DbtInputs,
  openArtifact: OpenArtifact,
  planBeforeDbt: PlanBeforeDbt | undefined,
  everyNode: EveryNode | undefined
): { results: DbtRunResult[]; nodes: Map<string, DbtNode> } {
  const runResultsPath = raw['dbt-run-results']
  const manifestPath = raw['dbt-manifest'] || join(dirname(runResultsPath), 'manifest.json')
  const results = forInput('dbt-run-results', () =>
    parseArtifactFile(openArtifact, runResultsPath, readRunResults)
  )
  if (planBeforeDbt) {
    const { tableNames, partitions, limits } = planBeforeDbt
    forInput('max-triggers', () => buildPlan(tableNames, partitions, limits))
  }
  const wanted = idsToLookUp(results)
  const nodes = forInput('dbt-manifest', () =>
    parseArtifactFile(openArtifact, manifestPath, text =>
      readManifestNodes(text, wanted, everyNode)
    )
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

/**
 * Reads and parses an artifact; a refusal names its path, never its content. The file may fail
 * while it is read, after parsing began: an error with a `code` is the file's.
 */
function parseArtifactFile<T>(
  read: OpenArtifact,
  path: string,
  parse: (source: JsonSource) => T
): T {
  let source: JsonSource
  try {
    source = read(path)
  } catch (error) {
    throw unreadable(error, path)
  }
  try {
    return parse(source)
  } catch (error) {
    if (error instanceof RuleViolation) throw new RuleViolation(error.rule, path)
    if (typeof (error as { code?: unknown }).code === 'string') throw unreadable(error, path)
    throw error
  }
}

function unreadable(error: unknown, path: string): RuleViolation {
  const code = (error as { code?: unknown }).code
  return new RuleViolation(
    `names a file that cannot be read (${typeof code === 'string' ? code : 'unreadable'})`,
    path
  )
}
