/**
 * What a run came to, decided once: the tally, the state of every trigger and plan, why it
 * stopped early, and whether the step succeeded. Every formatter (the log's totals, the outputs,
 * the summary, the annotations) is handed this one value instead of deciding again. Pure.
 */
import type { RefusalStop } from '../run/refusal-watch.js'
import type { PlanWatch } from '../run/plan-watch.js'
import { dataBehind } from '../run/freshness.js'
import type { StopCause } from '../run/run-control.js'
import type { TriggerResult } from '../run/trigger.js'
import type { DisplayText, TrustBoundary } from '../trust.js'
import {
  NOT_WAITING,
  freshnessOutputs,
  planNotFreshLine,
  planWarningLine,
  type FreshnessOutputs
} from './freshness-report.js'
import { warningLine } from './lines.js'
import {
  coveredByStop,
  stoppedLine,
  tableStoppedLine,
  type StopFacts,
  type TableStopShown
} from './stop-lines.js'
import { tally, type Tally } from './tally.js'

/** How a run ended, beyond its results: why it stopped early, the host, the plans' wait. */
export interface RunEnding {
  cause?: StopCause | undefined
  /** The refusals that stopped the run or some of its tables. */
  refusals?: { stopOfRun: RefusalStop | undefined; tableStops: readonly RefusalStop[] }
  host?: string
  freshness?: FreshnessEnding | undefined
}

/** The plans the run waited for (or would have), and what it was waiting against. */
export interface FreshnessEnding {
  watches: readonly PlanWatch[]
  /** The newest partition the run refreshed: a plan's data should reach it. */
  newestPartition: string | undefined
}

export interface RunOutcome {
  results: readonly TriggerResult[]
  tally: Tally
  /** Every trigger accepted and, when waiting, every plan fresh. */
  succeeded: boolean
  /** Why the run, or some of its tables, stopped early: one line each, said once. */
  stopLines: DisplayText[]
  /** Failed triggers that no stop line speaks for: reported one by one (grouped). */
  unexplainedFailures: TriggerResult[]
  /** The plans waited for; empty when the run did not wait. */
  watches: readonly PlanWatch[]
  freshness: FreshnessOutputs
  /** One line per plan that did not turn fresh. */
  planFailures: DisplayText[]
  /** Successes worth a word: `data: "false"`, a fresh plan with data behind or not ready. */
  warnings: DisplayText[]
}

export function decideOutcome(
  results: readonly TriggerResult[],
  ending: RunEnding,
  boundary: TrustBoundary
): RunOutcome {
  const counted = tally(results)
  const watches = ending.freshness?.watches ?? []
  const freshness = ending.freshness ? freshnessOutputs(watches) : NOT_WAITING
  const stops = stopsOf(results, ending, boundary)
  const newest = ending.freshness?.newestPartition
  return {
    results,
    tally: counted,
    succeeded:
      results.length > 0 &&
      counted.succeeded.length === results.length &&
      freshness.fresh !== 'false',
    stopLines: stops.lines,
    unexplainedFailures: counted.failed.filter(result => !coveredByStop(result, stops.facts)),
    watches,
    freshness,
    planFailures: watches.map(planNotFreshLine).filter(line => line !== null),
    warnings: [
      ...results.map(warningLine),
      ...watches.map(watch => planWarningLine(watch, dataBehind(watch.last.dataMs, newest)))
    ].filter(line => line !== null)
  }
}

/**
 * The lines that say why the run, or some tables, stopped early. A refusal that came with the
 * last triggers stopped nothing, and its failures are reported as such.
 */
function stopsOf(results: readonly TriggerResult[], ending: RunEnding, boundary: TrustBoundary) {
  const notRun = results.filter(result => result.status === 'not-run')
  const tableStops: TableStopShown[] = (ending.refusals?.tableStops ?? [])
    .map(stop => ({ stop, table: boundary.identifier(stop.table ?? '') }))
    .filter(({ table }) => notRun.some(result => result.tableName === table))
  const facts: StopFacts & { tableStops: TableStopShown[] } = {
    results,
    cause: ending.cause,
    host: boundary.text(ending.host ?? ''),
    refusal: notRun.length > 0 ? ending.refusals?.stopOfRun : undefined,
    tableStops
  }
  const lines = [
    stoppedLine(facts),
    ...tableStops.map(({ stop, table }) => tableStoppedLine(stop, table, results))
  ].filter(line => line !== null)
  return { facts, lines }
}
