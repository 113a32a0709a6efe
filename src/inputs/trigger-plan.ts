import { RuleViolation } from './refusals.js'

export interface PlannedTrigger {
  tableName: string
  partition: string
}

/**
 * Every table × every partition: tables in the order given (first occurrence wins), partitions
 * ascending. Refused when larger than maxTriggers, before anything is sent.
 */
export function buildPlan(
  tableNames: readonly string[],
  partitions: readonly string[],
  limits: { maxTriggers: number; largest: number }
): PlannedTrigger[] {
  const tables = [...new Set(tableNames)]
  const dates = [...new Set(partitions)].sort()
  const size = tables.length * dates.length
  if (size > limits.maxTriggers) {
    // Past the largest max-triggers, raising it cannot help: the backfill needs splitting.
    const advice =
      size > limits.largest
        ? `split the backfill across steps or a job matrix (one step takes at most ${limits.largest})`
        : 'narrow partition or raise max-triggers'
    throw new RuleViolation(
      `is ${limits.maxTriggers}, and the plan has ${size} triggers ` +
        `(${tables.length} table${tables.length === 1 ? '' : 's'} × ${dates.length} partitions, ` +
        `${dates[0]}..${dates.at(-1)}): ${advice}`
    )
  }
  return tables.flatMap(tableName => dates.map(partition => ({ tableName, partition })))
}
