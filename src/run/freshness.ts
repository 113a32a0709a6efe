/**
 * When a plan counts as fresh. Platform times are compared only with platform times (never with
 * the runner's clock), so neither time zones nor clock skew matter. Pure.
 */

/** A platform time as a number for comparing, or why it cannot be read. */
export type TimeReading = { ms: number } | { problem: string }

// yyyy-MM-dd HH:mm:ss (the platform's form), or ISO 8601 with T, with or without seconds,
// fraction and zone; or a date alone.
const PLATFORM_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/
const EPOCH_MS = /^\d{10,16}$/

/**
 * Reads `yyyy-MM-dd HH:mm:ss`, ISO 8601 (with or without zone or fraction) and epoch
 * milliseconds. A time without a zone is read as it is written (as if UTC): readings of one
 * platform compare among themselves.
 */
export function readPlatformTime(value: unknown): TimeReading {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? { ms: value } : { problem: 'not a time' }
  }
  if (typeof value !== 'string') return { problem: 'not a time' }
  const text = value.trim()
  if (EPOCH_MS.test(text)) return { ms: Number(text) }
  const parts = PLATFORM_TIME.exec(text)
  if (!parts) return { problem: 'not a time this action reads' }
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone] = parts
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number
  ]
  const ms = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5])
  if (!sameFields(ms, fields)) return { problem: 'not a real date and time' }
  const withFraction = ms + Number(`0.${fraction || '0'}`) * 1000
  return { ms: withFraction - zoneOffsetMs(zone) }
}

function sameFields(ms: number, fields: readonly number[]): boolean {
  const date = new Date(ms)
  const actual = [
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds()
  ]
  return actual.every((part, index) => part === fields[index])
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000
}

/**
 * Fresh: a refresh of the plan ended after the baseline was read, seen as a latestRefreshTime
 * later than the baseline's, or present where the baseline had none.
 */
export function isFresh(baselineMs: number | null, currentMs: number | null): boolean {
  if (currentMs === null) return false
  return baselineMs === null || currentMs > baselineMs
}

/** Whether the plan's data ends before the newest partition the run refreshed. */
export function dataBehind(
  latestDateMs: number | null,
  newestPartition: string | undefined
): boolean {
  if (latestDateMs === null || newestPartition === undefined) return false
  const partition = readPlatformTime(newestPartition)
  return 'ms' in partition && latestDateMs < partition.ms
}
