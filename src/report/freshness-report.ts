/** What a person sees of the wait for fresh plans: log lines, annotations, outputs, summary. */
import type { PlanWatch } from '../run/plan-watch.js'
import { display, joinDisplay, type DisplayText } from '../trust.js'
import { firstRows, formatDuration, plural, type Detail } from './format.js'
import { codeCell, escapeCell } from './markdown.js'
import { moreRowsLine } from './summary-parts.js'

export type FreshnessOutputs = Record<'fresh' | 'plans' | 'data-through', string>

/** The outputs of a run that did not wait (no wait-for-plans). */
export const NOT_WAITING: FreshnessOutputs = { fresh: '', plans: '[]', 'data-through': '' }

/** A dry run's word on the wait: which plans it would follow. */
export function wouldWaitLine(plans: readonly DisplayText[]): DisplayText {
  return display`After the triggers it would wait for ${plans.length} materialization plan${plural(plans.length)}: ${joinDisplay(plans, ', ')}`
}

export function wouldWaitSection(plans: readonly DisplayText[], detail: Detail): string {
  if (plans.length === 0) return ''
  const { rows, more } = firstRows(plans, detail.rowCap)
  return [
    '### Would wait for these plans',
    '',
    ...rows.map(plan => `- ${codeCell(plan)}`),
    ...moreRowsLine(more),
    ''
  ].join('\n')
}

export function waitStartLine(count: number, timeoutMs: number, intervalMs: number): DisplayText {
  return display`Waiting up to ${minutes(timeoutMs)} for ${count} materialization plan${plural(count)} to turn fresh (polling every ${formatDuration(intervalMs)})`
}

export function baselineLine(watch: PlanWatch): DisplayText {
  return display`plan ${watch.label}: latest refresh ended ${platformTime(watch.baseline.latestRefreshTime)}, data through ${watch.baseline.latestDateTime ?? display`unknown`}`
}

export function planFreshLine(watch: PlanWatch): DisplayText {
  return display`plan ${watch.label} is fresh: a refresh ended ${platformTime(watch.last.latestRefreshTime)}, data through ${watch.last.latestDateTime ?? display`unknown`} (after ${watch.polls} poll${plural(watch.polls)}, ${minutes(watch.waitedMs)})`
}

export function waitProgressLine(
  waiting: number,
  total: number,
  elapsedMs: number,
  timeoutMs: number
): DisplayText {
  return display`waiting for ${waiting} of ${total} plan${plural(total)}, ${Math.floor(elapsedMs / 60_000)} min of ${minutes(timeoutMs)}`
}

/**
 * One annotation per plan that did not turn fresh, naming what was last seen and how long the
 * wait lasted (the one number the log, the outputs and the summary give).
 */
export function planNotFreshLine(watch: PlanWatch): DisplayText | null {
  const seen = display`${refreshSeen(watch)}; data through ${watch.last.latestDateTime ?? display`unknown`}`
  switch (watch.state) {
    case 'stale':
      return watch.reason
        ? display`Plan ${watch.label} is not fresh: ${watch.reason}; ${seen}`
        : display`Plan ${watch.label} is not fresh after ${minutes(watch.waitedMs)}: ${seen}`
    case 'failed':
      return display`Plan ${watch.label} could not be followed: ${watch.reason ?? display`refused`}${traceOf(watch)}`
    default:
      return null
  }
}

/**
 * The refresh time a stale plan last showed. A time at the baseline that is gone at the last
 * poll is said as such: "none had ended" would deny the refresh the baseline saw.
 */
function refreshSeen(watch: PlanWatch): DisplayText {
  const { baseline, last } = watch
  if (last.latestRefreshTime !== null) {
    return display`no refresh ended since ${last.latestRefreshTime} (platform time)`
  }
  if (baseline.latestRefreshTime !== null) {
    return display`its latestRefreshTime vanished (it was ${baseline.latestRefreshTime} at the start, platform time)`
  }
  return display`no refresh ended since the start (none had ended)`
}

/** A fresh plan whose data still looks incomplete: information, not failure. */
export function planWarningLine(watch: PlanWatch, behind: boolean): DisplayText | null {
  if (watch.state !== 'fresh') return null
  if (watch.last.hasNotReady === true) {
    return display`Plan ${watch.label} turned fresh, but the platform says some of its materialized tables were never refreshed or have empty partitions (hasNotReady)`
  }
  return behind
    ? display`Plan ${watch.label} turned fresh, but its data ends ${watch.last.latestDateTime ?? display`earlier`}, before the newest partition this run refreshed`
    : null
}

export function baselineFailedLine(
  label: DisplayText,
  reason: DisplayText | null,
  traceId: DisplayText | null
): DisplayText {
  const trace = traceId ? display` (traceId ${traceId})` : display``
  return display`Could not read materialization plan ${label} before triggering: ${reason ?? display`refused`}${trace}; no trigger was sent`
}

export function freshnessOutputs(watches: readonly PlanWatch[]): FreshnessOutputs {
  return {
    fresh: String(watches.every(watch => watch.state === 'fresh')),
    plans: JSON.stringify(watches.map(planFields)),
    'data-through': dataThrough(watches) ?? ''
  }
}

function planFields(watch: PlanWatch): Record<string, unknown> {
  return {
    plan: watch.label,
    fresh: watch.state === 'fresh',
    hasNotReady: watch.last.hasNotReady,
    latestDateTime: watch.last.latestDateTime,
    latestRefreshTime: watch.last.latestRefreshTime,
    baselineRefreshTime: watch.baseline.latestRefreshTime,
    waitedSeconds: Math.round(watch.waitedMs / 1000),
    polls: watch.polls,
    traceId: watch.last.traceId
  }
}

/** The earliest latestDateTime among the plans, as the platform wrote it; null when unknown. */
export function dataThrough(watches: readonly PlanWatch[]): DisplayText | null {
  let earliest: PlanWatch | undefined
  for (const watch of watches) {
    if (watch.last.dataMs === null) continue
    if (!earliest || watch.last.dataMs < (earliest.last.dataMs ?? Infinity)) earliest = watch
  }
  return earliest?.last.latestDateTime ?? null
}

const STATUS_WORDS: Record<PlanWatch['state'], string> = {
  fresh: '✅ fresh',
  stale: '❌ not fresh',
  failed: '❌ could not be followed',
  'not-waited': '⏭️ not waited for',
  waiting: '⏳ waiting'
}

/** The summary's "Freshness" section: plan, status, refreshed at, data through, waited. */
export function freshnessSection(watches: readonly PlanWatch[], detail: Detail): string {
  if (watches.length === 0) return ''
  const { rows, more } = firstRows(watches, detail.rowCap)
  const reasons = watches
    .filter(watch => watch.state !== 'fresh' && watch.reason)
    .slice(0, Math.min(detail.rowCap, 20))
    .map(watch => `- ${codeCell(watch.label)}: ${escapeCell(watch.reason ?? '')}`)
  return [
    '### Freshness',
    '',
    '| Plan | Status | Refreshed at (platform time) | Data through | Waited |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      watch =>
        `| ${codeCell(watch.label)} | ${STATUS_WORDS[watch.state]} | ${escapeCell(watch.last.latestRefreshTime ?? '')} | ${escapeCell(watch.last.latestDateTime ?? '')} | ${minutes(watch.waitedMs)} |`
    ),
    ...moreRowsLine(more),
    ...(reasons.length > 0 ? ['', ...reasons] : []),
    ''
  ].join('\n')
}

function platformTime(time: DisplayText | null): DisplayText {
  return time ? display`at ${time} (platform time)` : display`never (none recorded)`
}

function traceOf(watch: PlanWatch): DisplayText {
  return watch.last.traceId ? display` (traceId ${watch.last.traceId})` : display``
}

/** `4 min`, or `45 s` under a minute, or `1.5 min`. */
export function minutes(ms: number): DisplayText {
  if (ms < 60_000) return formatDuration(ms)
  const value = ms / 60_000
  return Number.isInteger(value)
    ? display`${value} min`
    : display`${Math.round(value * 10) / 10} min`
}
