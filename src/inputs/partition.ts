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
  // Stryker disable next-line ConditionalExpression: a fast path; Intl finds UTC canonical too
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

/** The zone Intl reads the name as; null when it knows none (an empty name included). */
function resolvedZone(timeZone: string): string | null {
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
  let today: number | undefined
  // Worked out once, and only when a spec needs it: Intl's first use costs tens of ms.
  const days = partitionDays(specs, () => (today ??= todayEpochDay(moment)))
  return days.map(formatEpochDay)
}

/**
 * What can be checked of specs without a time zone, so that a refused `timezone` does not hide
 * a wrong `partition`: each spec's form, real calendar dates, and the order and length of a
 * range whose ends are both dates or both relative to today. A range from a date to a day
 * relative to today (`2024-07-01..today`) is checked only by resolvePartitions: their order
 * depends on which day today is, hence on the zone. Anything else is refused as, and in the
 * words, resolvePartitions would refuse it.
 */
export function checkPartitionForms(specs: readonly string[]): void {
  partitionDays(specs, undefined)
}

/** Today as whole days since 1970-01-01, or undefined when the zone is not known. */
type Today = (() => number) | undefined

/** A day as written: a calendar date, or a number of days before today (today is 0). */
type WrittenDay = { date: number } | { daysBack: number }

/** The specs' days, ascending and distinct; none when today is not known (only checked). */
function partitionDays(specs: readonly string[], today: Today): number[] {
  if (specs.length === 0) throw new RuleViolation('must name at least one partition')
  const days = new Set<number>()
  for (const spec of specs) {
    for (const day of specDays(spec.trim(), today)) days.add(day)
  }
  return [...days].sort((a, b) => a - b)
}

function specDays(spec: string, today: Today): number[] {
  const separator = spec.indexOf(RANGE_SEPARATOR)
  if (separator < 0) {
    const day = readDay(spec)
    // Stryker disable next-line ArrayDeclaration: without today, the days are never read
    return today ? [epochDayOf(day, today)] : []
  }
  if (spec.includes('...')) {
    throw new RuleViolation('has a range with three dots: write A..B (two dots)', spec)
  }
  const from = spec.slice(0, separator).trim()
  const to = spec.slice(separator + RANGE_SEPARATOR.length).trim()
  if (from === '' || to === '') {
    throw new RuleViolation(
      `has a range without its ${from === '' ? 'first' : 'last'} day: write A..B (e.g. 2024-07-01..yesterday)`,
      spec
    )
  }
  const ends = placesOf(rangeEnd(from, spec), rangeEnd(to, spec), today)
  // Stryker disable next-line ArrayDeclaration: without today, the days are never read
  if (ends === undefined) return []
  const [first, last] = ends
  // The ends as written: the same words whether or not the zone is known (a date is written in
  // its one canonical form, so it reads as it would resolve).
  if (last < first) {
    throw new RuleViolation(
      `has a reversed range (${from} is after ${to}): write it oldest first`,
      spec
    )
  }
  if (last - first >= MAX_RANGE_DAYS) {
    throw new RuleViolation(`has a range longer than ${MAX_RANGE_DAYS} days`, spec)
  }
  // Stryker disable next-line ArrayDeclaration: without today, the days are never read
  return today ? Array.from({ length: last - first + 1 }, (_, offset) => first + offset) : []
}

/**
 * Both ends of a range on one line, in days: the calendar when today is known; without it,
 * the calendar for two dates, or days before today for two relative days. A date and a
 * relative day cannot be placed without today.
 */
function placesOf(first: WrittenDay, last: WrittenDay, today: Today): [number, number] | undefined {
  if (today) return [epochDayOf(first, today), epochDayOf(last, today)]
  if ('date' in first && 'date' in last) return [first.date, last.date]
  if ('daysBack' in first && 'daysBack' in last) return [-first.daysBack, -last.daysBack]
  return undefined
}

function epochDayOf(day: WrittenDay, today: () => number): number {
  return 'date' in day ? day.date : today() - day.daysBack
}

/** One end of a range; a refusal quotes the whole range, as the user wrote it. */
function rangeEnd(end: string, spec: string): WrittenDay {
  try {
    return readDay(end)
  } catch (error) {
    if (error instanceof RuleViolation) throw new RuleViolation(error.rule, spec)
    throw error
  }
}

function readDay(spec: string): WrittenDay {
  const keyword = spec.toLowerCase()
  if (keyword === 'today') return { daysBack: 0 }
  if (keyword === 'yesterday') return { daysBack: 1 }
  const relative = RELATIVE_DAY.exec(spec)
  if (relative) {
    const daysBack = Number(relative[1])
    if (daysBack > MAX_DAYS_BACK) {
      throw new RuleViolation(`must not reach back more than ${MAX_DAYS_BACK} days`, spec)
    }
    return { daysBack }
  }
  return { date: parseIsoDate(spec) }
}

function parseIsoDate(spec: string): number {
  const match = ISO_DATE.exec(spec)
  if (!match) throw new RuleViolation(PARTITION_RULE, spec)
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const epochDay = Date.UTC(year, month - 1, day) / MS_PER_DAY
  // Date.UTC reads years 0 to 99 as 1900 to 1999: those come back as another date, refused too.
  if (formatEpochDay(epochDay) !== spec) {
    throw new RuleViolation('must be a real calendar date (yyyy-MM-dd)', spec)
  }
  return epochDay
}

/** Today's date in the moment's zone, as whole days since 1970-01-01. */
function todayEpochDay({ now, timeZone }: Moment): number {
  // UTC needs no time zone data: skip Intl, whose first use costs tens of milliseconds.
  // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path; Intl agrees
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
