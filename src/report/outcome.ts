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
  dataThrough,
  freshnessOutputs,
  planNotFreshLine,
  planWarningLine,
  type FreshnessOutputs
} from './freshness-report.js'
import { warningLine } from './lines.js'
import {
  coveredByStop,
  stopHeadline,
  stoppedLine,
  tableStoppedLine,
  type StopFacts,
  type TableStopShown
} from './stop-lines.js'
import {
  acceptedCause,
  freshCause,
  notFreshCause,
  triggersFailedCause,
  type StepCause
} from './step-cause.js'
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
  /** What decided the step: the summary's heading and first line, the log's last line. */
  cause: StepCause
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
  const unexplainedFailures = counted.failed.filter(result => !coveredByStop(result, stops.facts))
  const planFailures = watches.map(planNotFreshLine).filter(line => line !== null)
  const succeeded =
    results.length > 0 && counted.succeeded.length === results.length && freshness.fresh !== 'false'
  return {
    results,
    tally: counted,
    succeeded,
    cause: causeOf({ results, counted, watches, planFailures, unexplainedFailures, stops }),
    stopLines: stops.lines,
    unexplainedFailures,
    watches,
    freshness,
    planFailures,
    warnings: [
      ...results.map(warningLine),
      ...watches.map(watch => planWarningLine(watch, dataBehind(watch.last.dataMs, newest)))
    ].filter(line => line !== null)
  }
}

/**
 * What decided the step, in this order: a stop of the whole run (its line says it in full), then
 * triggers not accepted (there was no wait), then the plans of the wait, then every trigger
 * accepted.
 */
function causeOf(facts: {
  results: readonly TriggerResult[]
  counted: Tally
  watches: readonly PlanWatch[]
  planFailures: readonly DisplayText[]
  unexplainedFailures: readonly TriggerResult[]
  stops: ReturnType<typeof stopsOf>
}): StepCause {
  const { results, counted, watches, stops } = facts
  const stop = stops.runLine ? stopHeadline(stops.facts.cause, stops.facts.refusal, results) : null
  if (stop) return { passed: false, headline: stop, detail: null }
  const total = results.length
  if (counted.succeeded.length < total || total === 0) {
    return triggersFailedCause(counted, total, facts.unexplainedFailures, {
      waiting: watches.length > 0,
      led: stops.lines.length > 0
    })
  }
  if (watches.length === 0) return acceptedCause(total)
  if (watches.some(watch => watch.state !== 'fresh')) {
    return notFreshCause(total, watches, facts.planFailures)
  }
  return freshCause(total, watches, dataThrough(watches))
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
  const runLine = stoppedLine(facts)
  const lines = [
    runLine,
    ...tableStops.map(({ stop, table }) => tableStoppedLine(stop, table, results))
  ].filter(line => line !== null)
  return { facts, runLine, lines }
}
