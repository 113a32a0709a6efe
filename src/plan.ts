import { RuleViolation } from './input-error.js'

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
  maxTriggers: number
): PlannedTrigger[] {
  const tables = [...new Set(tableNames)]
  const dates = [...new Set(partitions)].sort()
  const size = tables.length * dates.length
  if (size > maxTriggers) {
    throw new RuleViolation(
      `is ${maxTriggers}, and the plan has ${size} triggers ` +
        `(${tables.length} table${tables.length === 1 ? '' : 's'} × ${dates.length} partitions, ` +
        `${dates[0]}..${dates.at(-1)}): narrow partition or raise max-triggers`
    )
  }
  return tables.flatMap(tableName => dates.map(partition => ({ tableName, partition })))
}

/** Splits a list input on newlines and commas, dropping blanks. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map(item => item.trim())
    .filter(item => item !== '')
}
