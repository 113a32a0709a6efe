/**
 * When a plan counts as fresh. Platform times are compared only with platform times (never with
 * the runner's clock), so neither time zones nor clock skew matter. Pure.
 */
// Why latestRefreshTime past its baseline: docs/decisions/0006-freshness-signal.md

/** A platform time as a number for comparing, or why it cannot be read. */
export type TimeReading = { ms: number } | { problem: string }

// yyyy-MM-dd HH:mm:ss (the platform's form), or ISO 8601 with T, with or without seconds,
// fraction and zone; or a date alone.
const PLATFORM_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/
// Epoch seconds (9 digits from 1973, 10 today) or milliseconds (up to 16 digits).
const EPOCH_DIGITS = /^\d{9,16}$/

/**
 * Below this an epoch number is seconds, at or above it milliseconds: 1e11 s is the year 5138,
 * 1e11 ms is March 1973, so the two readings meet no real platform time.
 */
const EPOCH_SECONDS_BELOW = 100_000_000_000

/**
 * Reads `yyyy-MM-dd HH:mm:ss`, ISO 8601 (with or without zone or fraction) and epoch seconds
 * or milliseconds (told apart by `EPOCH_SECONDS_BELOW`). A time without a zone is read as it is
 * written (as if UTC): readings of one platform compare among themselves.
 */
export function readPlatformTime(value: unknown): TimeReading {
  if (typeof value === 'number') return epochReading(value)
  if (typeof value !== 'string') return { problem: 'not a time' }
  const text = value.trim()
  if (EPOCH_DIGITS.test(text)) return epochReading(Number(text))
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

/**
 * An epoch number as ms. Seconds, fraction included, are read to the millisecond: rounding
 * keeps t / 1000 seconds and t milliseconds the same instant despite binary fractions.
 */
function epochReading(value: number): TimeReading {
  if (!Number.isFinite(value) || value < 0) return { problem: 'not a time' }
  return { ms: value < EPOCH_SECONDS_BELOW ? Math.round(value * 1000) : value }
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
