import { RuleViolation } from './input-error.js'

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const RELATIVE_DAY = /^today\s*-\s*(\d{1,5})$/i
const MAX_DAYS_BACK = 36_600

const PARTITION_RULE = 'must be yyyy-MM-dd, today, yesterday, today-N, or a range A..B of those'
const RANGE_SEPARATOR = '..'
const MAX_RANGE_DAYS = 36_600

export interface Clock {
  now: Date
  timeZone: string
}

/** True when Intl knows the zone (IANA names such as Asia/Shanghai, and UTC). */
export function isKnownTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}

/** Resolves one partition spec to a `yyyy-MM-dd` date, in the clock's time zone. */
export function resolvePartition(spec: string, clock: Clock): string {
  return formatEpochDay(resolveEpochDay(spec.trim(), clock))
}

/**
 * Resolves specs (dates, keywords, inclusive ranges `A..B`) to distinct dates, ascending.
 * A reversed range is refused rather than silently emptied.
 */
export function resolvePartitions(specs: readonly string[], clock: Clock): string[] {
  if (specs.length === 0) throw new RuleViolation('must name at least one partition')
  const days = new Set<number>()
  for (const spec of specs) {
    for (const day of resolveSpecDays(spec.trim(), clock)) days.add(day)
  }
  return [...days].sort((a, b) => a - b).map(formatEpochDay)
}

function resolveSpecDays(spec: string, clock: Clock): number[] {
  const separator = spec.indexOf(RANGE_SEPARATOR)
  if (separator < 0) return [resolveEpochDay(spec, clock)]
  const first = resolveEpochDay(spec.slice(0, separator).trim(), clock)
  const last = resolveEpochDay(spec.slice(separator + RANGE_SEPARATOR.length).trim(), clock)
  if (last < first) {
    throw new RuleViolation(
      `has a reversed range (${formatEpochDay(first)} is after ${formatEpochDay(last)}): write it oldest first`,
      spec
    )
  }
  if (last - first >= MAX_RANGE_DAYS) {
    throw new RuleViolation(`has a range longer than ${MAX_RANGE_DAYS} days`, spec)
  }
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset)
}

function resolveEpochDay(spec: string, clock: Clock): number {
  const keyword = spec.toLowerCase()
  if (keyword === 'today') return todayEpochDay(clock)
  if (keyword === 'yesterday') return todayEpochDay(clock) - 1
  const relative = RELATIVE_DAY.exec(spec)
  if (relative) {
    const daysBack = Number(relative[1])
    if (daysBack > MAX_DAYS_BACK) {
      throw new RuleViolation(`must not reach back more than ${MAX_DAYS_BACK} days`, spec)
    }
    return todayEpochDay(clock) - daysBack
  }
  return parseIsoDate(spec)
}

function parseIsoDate(spec: string): number {
  const match = ISO_DATE.exec(spec)
  if (!match) throw new RuleViolation(PARTITION_RULE, spec)
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const epochDay = Date.UTC(year, month - 1, day) / MS_PER_DAY
  if (year < 1 || formatEpochDay(epochDay) !== spec) {
    throw new RuleViolation('must be a real calendar date (yyyy-MM-dd)', spec)
  }
  return epochDay
}

/** Today's date in the clock's zone, as whole days since 1970-01-01. */
function todayEpochDay({ now, timeZone }: Clock): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric'
  }).formatToParts(now)
  const part = (type: string): number => Number(parts.find(p => p.type === type)?.value)
  return Date.UTC(part('year'), part('month') - 1, part('day')) / MS_PER_DAY
}

function formatEpochDay(epochDay: number): string {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10)
}
