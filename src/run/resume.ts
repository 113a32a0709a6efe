/**
 * What a resume record means for one run: the triggers an earlier attempt got accepted (not
 * sent again), the plans' baselines a wait with nothing left to send compares with, and the
 * record to write when the run ends. Pure.
 */
import type {
  AcceptedTrigger,
  ResumeRecord,
  ResumeScope,
  StoredBaseline
} from '../inputs/resume-file.js'
import type { PlannedTrigger } from '../inputs/trigger-plan.js'
import type { PlanRef } from '../inputs/wait-plans.js'
import type { TrustBoundary } from '../trust.js'
import type { PlanWatch } from './plan-watch.js'
import { acceptedEarlierResult, type TriggerResult } from './trigger.js'

/** What earlier attempts left for this run's host and tenant. */
export interface ResumeView {
  accepted(trigger: PlannedTrigger): AcceptedTrigger | undefined
  baseline(plan: Pick<PlanRef, 'by' | 'value'>): StoredBaseline | undefined
}

/** No resume-file: nothing was accepted earlier. */
export const NOTHING_EARLIER: ResumeView = { accepted: () => undefined, baseline: () => undefined }

export function resumeView(record: ResumeRecord | undefined, scope: ResumeScope): ResumeView {
  const entry = record?.entries.find(candidate => sameScope(candidate, scope))
  if (!entry) return NOTHING_EARLIER
  const accepted = new Map(entry.accepted.map(earlier => [triggerKey(earlier), earlier]))
  const baselines = new Map(entry.baselines.map(stored => [planKey(stored.plan), stored]))
  return {
    accepted: trigger => accepted.get(triggerKey(trigger)),
    baseline: plan => baselines.get(planKey(plan))
  }
}

/** The plan split: the triggers to send, and the results of those accepted earlier. */
export function splitByResume(
  plan: readonly PlannedTrigger[],
  view: ResumeView,
  boundary: TrustBoundary
): { toSend: PlannedTrigger[]; earlier: Array<TriggerResult | undefined> } {
  const earlier = plan.map(trigger => {
    const accepted = view.accepted(trigger)
    return accepted && acceptedEarlierResult(trigger, boundary, accepted.traceId)
  })
  return { toSend: plan.filter((_, index) => !earlier[index]), earlier }
}

/** Every trigger's result in plan order: the earlier ones, and the sent ones in their places. */
export function inPlanOrder(
  earlier: ReadonlyArray<TriggerResult | undefined>,
  sent: readonly TriggerResult[]
): TriggerResult[] {
  const fromSent = sent.values()
  return earlier.map(result => result ?? (fromSent.next().value as TriggerResult))
}

/**
 * With nothing left to send, a wait compares each plan with the baseline read before the
 * triggers that were sent last (an earlier attempt's): a plan those triggers refreshed is fresh.
 * Its time crosses the boundary again: the file is outside text.
 */
export function compareWithStored(
  watches: readonly PlanWatch[],
  view: ResumeView,
  boundary: TrustBoundary
): void {
  for (const watch of watches) {
    const stored = view.baseline(watch.plan)
    if (!stored) continue
    watch.baseline = {
      hasNotReady: null,
      latestDateTime: null,
      latestRefreshTime:
        stored.latestRefreshTime === null
          ? null
          : boundary.identifier(stored.latestRefreshTime, 100),
      refreshMs: stored.refreshMs,
      dataMs: null,
      traceId: null
    }
  }
}

/** What this run leaves for the next attempt. */
export interface RunForResume {
  plan: readonly PlannedTrigger[]
  /** In plan order; empty when the run ended before its triggers. */
  results: readonly TriggerResult[]
  /** The plans' readings before this run's triggers (empty when not waiting). */
  watches: readonly PlanWatch[]
}

/**
 * The record after this run: everything accepted so far for its host and tenant (earlier and
 * now), and the baselines a wait with nothing left to send should compare with: the readings
 * before the latest triggers that were sent (this run's, when it sent any), so that a plan
 * counts as fresh only once it has refreshed after every trigger. Other hosts' and tenants'
 * entries are kept as they were.
 */
export function nextRecord(
  record: ResumeRecord | undefined,
  scope: ResumeScope,
  run: RunForResume
): ResumeRecord {
  const others = (record?.entries ?? []).filter(entry => !sameScope(entry, scope))
  const earlier = record?.entries.find(entry => sameScope(entry, scope))
  const accepted = new Map((earlier?.accepted ?? []).map(entry => [triggerKey(entry), entry]))
  run.results.forEach((result, index) => {
    const trigger = run.plan[index]
    if (!trigger || result.status !== 'succeeded') return
    const { tableName, partition } = trigger
    accepted.set(triggerKey(trigger), { tableName, partition, traceId: result.traceId })
  })
  const sentAny = run.results.some(
    result => result.status !== 'not-run' && result.status !== 'accepted-earlier'
  )
  const baselines = new Map(
    (earlier?.baselines ?? []).map(stored => [planKey(stored.plan), stored])
  )
  for (const watch of run.watches) {
    const key = planKey(watch.plan)
    if (sentAny || !baselines.has(key)) baselines.set(key, storedBaseline(watch))
  }
  const entry = { ...scope, accepted: [...accepted.values()], baselines: [...baselines.values()] }
  return { entries: [...others, entry] }
}

function storedBaseline(watch: PlanWatch): StoredBaseline {
  return {
    plan: { by: watch.plan.by, value: watch.plan.value },
    refreshMs: watch.baseline.refreshMs,
    latestRefreshTime: watch.baseline.latestRefreshTime
  }
}

function sameScope(a: ResumeScope, b: ResumeScope): boolean {
  return a.host === b.host && a.tenantId === b.tenantId
}

function triggerKey(trigger: Pick<PlannedTrigger, 'tableName' | 'partition'>): string {
  return JSON.stringify([trigger.tableName, trigger.partition])
}

function planKey(plan: Pick<PlanRef, 'by' | 'value'>): string {
  return JSON.stringify([plan.by, plan.value])
}

/** How many triggers the record holds as accepted for this host and tenant. */
export function acceptedIn(record: ResumeRecord, scope: ResumeScope): number {
  return record.entries.find(entry => sameScope(entry, scope))?.accepted.length ?? 0
}
