import { RuleViolation } from './refusals.js'

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const RELATIVE_DAY = /^today\s*-\s*(\d{1,5})$/i
const MAX_DAYS_BACK = 36_600

const PARTITION_RULE = 'must be yyyy-MM-dd, today, yesterday, today-N, or a range A..B of those'
const RANGE_SEPARATOR = '..'
const MAX_RANGE_DAYS = 36_600

/** The moment of the run, and the time zone in which `today` is read. */
export interface Moment {
  now: Date
  timeZone: string
}

// Canonical IANA forms: Area/Location (America/Argentina/Buenos_Aires has two parts), UTC,
// and Etc/… (Etc/GMT-8 is UTC+8). Everything else Intl takes is a legacy alias or an
// abbreviation (CST is America/Chicago to Intl), or a fixed offset that only newer Node accepts.
const CANONICAL_ZONE =
  /^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/

/** What a user who wrote an abbreviation probably meant. */
const ABBREVIATION_HINTS: Record<string, string> = {
  CST: 'CST is ambiguous: write Asia/Shanghai or America/Chicago',
  EST: 'EST is ambiguous: write America/New_York (or America/Panama, which has no daylight saving)',
  IST: 'IST is ambiguous: write Asia/Kolkata, Europe/Dublin or Asia/Jerusalem',
  BST: 'BST is ambiguous: write Europe/London or Asia/Dhaka',
  GMT: 'write UTC, or Europe/London for British time',
  PST: 'write America/Los_Angeles',
  PDT: 'write America/Los_Angeles',
  MST: 'write America/Denver (or America/Phoenix, which has no daylight saving)',
  JST: 'write Asia/Tokyo',
  KST: 'write Asia/Seoul',
  HKT: 'write Asia/Hong_Kong',
  SGT: 'write Asia/Singapore',
  CET: 'write a city zone such as Europe/Berlin or Europe/Paris',
  EET: 'write a city zone such as Europe/Athens or Europe/Helsinki'
}

/**
 * Why a time zone is refused, or null when it is a canonical IANA name that Intl knows. The
 * same answer on every Node version: fixed offsets are refused everywhere.
 */
export function timeZoneProblem(timeZone: string): string | null {
  // The default needs no time zone data: Intl's first use costs tens of milliseconds.
  if (timeZone === 'UTC') return null
  const upper = timeZone.toUpperCase()
  if (ABBREVIATION_HINTS[upper]) return ABBREVIATION_HINTS[upper]
  if (/^[+-]\d/.test(timeZone) || /^(UTC|GMT)[+-]/i.test(timeZone)) {
    return 'is a fixed offset, which ignores daylight saving: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)'
  }
  const resolved = resolvedZone(timeZone)
  if (resolved === null) return 'must be an IANA time zone such as UTC or Asia/Shanghai'
  if (!CANONICAL_ZONE.test(timeZone)) {
    const better =
      CANONICAL_ZONE.test(resolved) && resolved !== timeZone ? resolved : 'an Area/Location name'
    return `is a legacy alias or abbreviation: write ${better} (e.g. Asia/Shanghai or UTC)`
  }
  return null
}

function resolvedZone(timeZone: string): string | null {
  if (timeZone.trim() === '') return null
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone
  } catch {
    return null
  }
}

/** Today's date in the moment's zone, `yyyy-MM-dd`. */
export function todayIn(moment: Moment): string {
  return formatEpochDay(todayEpochDay(moment))
}

/**
 * Resolves specs (dates, keywords, inclusive ranges `A..B`) to distinct dates, ascending.
 * A reversed range is refused rather than silently emptied.
 */
export function resolvePartitions(specs: readonly string[], moment: Moment): string[] {
  if (specs.length === 0) throw new RuleViolation('must name at least one partition')
  const days = new Set<number>()
  for (const spec of specs) {
    for (const day of resolveSpecDays(spec.trim(), moment)) days.add(day)
  }
  return [...days].sort((a, b) => a - b).map(formatEpochDay)
}

function resolveSpecDays(spec: string, moment: Moment): number[] {
  const separator = spec.indexOf(RANGE_SEPARATOR)
  if (separator < 0) return [resolveEpochDay(spec, moment)]
  if (spec.includes('...')) {
    throw new RuleViolation('has a range with three dots: write A..B (two dots)', spec)
  }
  const [from = '', to = ''] = [
    spec.slice(0, separator),
    spec.slice(separator + RANGE_SEPARATOR.length)
  ].map(side => side.trim())
  if (from === '' || to === '') {
    throw new RuleViolation(
      `has a range without its ${from === '' ? 'first' : 'last'} day: write A..B (e.g. 2024-07-01..yesterday)`,
      spec
    )
  }
  const first = rangeEnd(from, spec, moment)
  const last = rangeEnd(to, spec, moment)
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

/** One end of a range; a refusal quotes the whole range, as the user wrote it. */
function rangeEnd(end: string, spec: string, moment: Moment): number {
  try {
    return resolveEpochDay(end, moment)
  } catch (error) {
    if (error instanceof RuleViolation) throw new RuleViolation(error.rule, spec)
    throw error
  }
}

function resolveEpochDay(spec: string, moment: Moment): number {
  const keyword = spec.toLowerCase()
  if (keyword === 'today') return todayEpochDay(moment)
  if (keyword === 'yesterday') return todayEpochDay(moment) - 1
  const relative = RELATIVE_DAY.exec(spec)
  if (relative) {
    const daysBack = Number(relative[1])
    if (daysBack > MAX_DAYS_BACK) {
      throw new RuleViolation(`must not reach back more than ${MAX_DAYS_BACK} days`, spec)
    }
    return todayEpochDay(moment) - daysBack
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

/** Today's date in the moment's zone, as whole days since 1970-01-01. */
function todayEpochDay({ now, timeZone }: Moment): number {
  // UTC needs no time zone data: skip Intl, whose first use costs tens of milliseconds.
  if (timeZone === 'UTC') return Math.floor(now.getTime() / MS_PER_DAY)
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
