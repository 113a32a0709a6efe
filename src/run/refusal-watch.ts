/**
 * Refusals that say a run, or one table of it, cannot succeed. A wrong credential or tenant makes
 * the platform refuse every trigger with the same answer; a table the platform does not know
 * makes it refuse that table's. Asking again for each of a year's dates only repeats the answer
 * (and a real platform may lock an account after that many refused logins), so:
 *
 * - **The run stops** when its first `REFUSALS_BEFORE_STOP` refusals share one answer, none was
 *   accepted, and they came from two tables or more (or the run has one table): the answer is not
 *   about one table.
 * - **A table stops** when its own first `REFUSALS_BEFORE_STOP` refusals share one answer and
 *   none of its triggers was accepted: its other triggers are not sent; other tables go on.
 * - **Different answers never stop anything**: a streak broken by another answer stays broken.
 *
 * The pool sends the tables' dates in turn (first date of each table, then the second…), so the
 * first refusals of a run that the platform refuses whole come from different tables. Pure.
 */
// Why this refusal rule: docs/decisions/0007-run-budget.md
import type { DisplayText } from '../trust.js'

const REFUSALS_BEFORE_STOP = 3

/** One refused trigger's answer: what the platform said, compared as shown. */
export interface Refusal {
  code: DisplayText | null
  reason: DisplayText | null
  /** An answer the action retries (429, 5xx…), given until the retries ran out. */
  transient: boolean
}

/** A stop the refusals decided: the whole run, or one table. */
export interface RefusalStop {
  scope: 'run' | 'table'
  /** The table, for a table's stop. */
  table?: string
  answer: Refusal
  refused: number
}

/** Refusals in a row with one answer, while nothing in their scope was accepted. */
interface Streak {
  key: string
  answer: Refusal
  count: number
  tables: Set<string>
  broken: boolean
}

export class RefusalWatch {
  private run: Streak | undefined
  private runAccepted = false
  private readonly tables = new Map<string, Streak>()
  private readonly acceptedTables = new Set<string>()
  private readonly stopped = new Map<string, RefusalStop>()
  private runStop: RefusalStop | undefined
  /** Triggers sent and not yet settled, by table: an answer still to come may be an acceptance. */
  private readonly inFlight = new Map<string, number>()

  constructor(private readonly tableCount: number) {}

  /** A trigger of `table` is being sent. */
  started(table: string): void {
    this.inFlight.set(table, (this.inFlight.get(table) ?? 0) + 1)
  }

  /** A trigger of `table` that `started` counted has settled, however it ended. */
  ended(table: string): void {
    this.inFlight.set(table, Math.max(0, (this.inFlight.get(table) ?? 0) - 1))
  }

  /** A table outside the streak still has a trigger in flight: its answer may be an acceptance. */
  private awaitingOthers(streakTables: ReadonlySet<string>): boolean {
    return [...this.inFlight].some(([table, count]) => count > 0 && !streakTables.has(table))
  }

  accepted(table: string): void {
    this.runAccepted = true
    this.acceptedTables.add(table)
  }

  /** A trigger of `table` was refused; returns the stop this refusal decides, if any. */
  refused(table: string, answer: Refusal): RefusalStop | undefined {
    // Once the run has stopped, the answers still in flight change nothing.
    if (this.runStop) return undefined
    const key = `${answer.code ?? ''}\u0000${answer.reason ?? ''}`
    if (!this.runAccepted) {
      this.run = extend(this.run, key, answer, table)
      const { count, tables, broken } = this.run
      const notOneTables = tables.size >= 2 || this.tableCount === 1
      const settledEnough = !this.awaitingOthers(tables)
      if (!broken && count >= REFUSALS_BEFORE_STOP && notOneTables && settledEnough) {
        this.runStop = { scope: 'run', answer, refused: count }
        return this.runStop
      }
    }
    if (this.acceptedTables.has(table) || this.stopped.has(table)) return undefined
    const streak = extend(this.tables.get(table), key, answer, table)
    this.tables.set(table, streak)
    if (streak.broken || streak.count < REFUSALS_BEFORE_STOP) return undefined
    const stop: RefusalStop = { scope: 'table', table, answer, refused: streak.count }
    this.stopped.set(table, stop)
    return stop
  }

  /** The stop of `table`, once decided: its remaining triggers are not sent. */
  tableStop(table: string): RefusalStop | undefined {
    return this.stopped.get(table)
  }

  /** The run's stop, once decided. */
  get stopOfRun(): RefusalStop | undefined {
    return this.runStop
  }

  /** Every table's stop, in the order they were decided. */
  get tableStops(): RefusalStop[] {
    return [...this.stopped.values()]
  }
}

function extend(streak: Streak | undefined, key: string, answer: Refusal, table: string): Streak {
  if (!streak) return { key, answer, count: 1, tables: new Set([table]), broken: false }
  if (streak.key !== key) return { ...streak, broken: true }
  streak.tables.add(table)
  return { ...streak, count: streak.count + 1 }
}
