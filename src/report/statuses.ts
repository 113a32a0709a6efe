/**
 * Every status a trigger is shown with: the run's own, and `planned` for a dry run's triggers
 * (nothing sent). One entry each: its mark in the grid and the calendar, and its words in the
 * legend. Pure.
 */
import type { TriggerResult, TriggerStatus } from '../run/trigger.js'
import type { PlannedShown } from './lines.js'

export type ShownStatus = TriggerStatus | 'planned'

/** A trigger as the summary and the `results` output show it: a run's result, or planned. */
export type ShownResult = Omit<TriggerResult, 'status'> & { status: ShownStatus }

/** What a grid or a calendar needs of a trigger. */
export type Marked = Pick<ShownResult, 'tableName' | 'partition' | 'status'>

const SHOWN: Record<ShownStatus, { mark: string; words: string }> = {
  succeeded: { mark: '✅', words: 'succeeded' },
  'accepted-earlier': { mark: '☑️', words: 'accepted earlier (resume-file: not sent again)' },
  failed: { mark: '❌', words: 'failed' },
  unknown: { mark: '❓', words: 'unknown (sent, then cut off)' },
  'not-run': { mark: '⏭️', words: 'not run' },
  planned: { mark: '📅', words: 'planned (dry run: nothing sent)' }
}

/** What any trigger of a run that sent some may have come to: its legend names them all. */
const RUN_OUTCOMES: ReadonlySet<ShownStatus> = new Set([
  'succeeded',
  'failed',
  'unknown',
  'not-run'
])

export function markOf(status: ShownStatus): string {
  return SHOWN[status].mark
}

/**
 * `✅ succeeded · ❌ failed · …`: for a run, its four outcomes whether or not they appear (as the
 * grid always showed them), for a dry run `planned` alone; and any other status that appears.
 */
export function legendLine(statuses: Iterable<ShownStatus>): string {
  const present = new Set(statuses)
  const sent = !present.has('planned')
  return (Object.keys(SHOWN) as ShownStatus[])
    .filter(status => present.has(status) || (sent && RUN_OUTCOMES.has(status)))
    .map(status => `${SHOWN[status].mark} ${SHOWN[status].words}`)
    .join(' · ')
}

/** A dry run's trigger, in the shape of a result: nothing sent, so nothing answered. */
export function plannedResult(trigger: PlannedShown): ShownResult {
  return {
    tableName: trigger.tableName,
    partition: trigger.partition,
    status: 'planned',
    code: null,
    traceId: null,
    data: null,
    errorMsg: null,
    warning: null,
    attempts: 0,
    durationMs: 0,
    answered: false,
    invalidHttp: false,
    transient: false
  }
}
