/**
 * Following materialization plans around the triggers: a baseline read of every plan before any
 * trigger, then, once every trigger was accepted, a poll of each plan that is not fresh yet
 * every interval until the deadline. Status calls go through the same retry loop as triggers;
 * every wait ends at once when the run stops.
 */
// Why latestRefreshTime past its baseline: docs/decisions/0006-freshness-signal.md
import type { PlanRef } from '../inputs/wait-plans.js'
import type { PlanStatus, PlanStatusAttempt } from '../platform/plan-status-answer.js'
import type { RetryPolicy } from '../platform/retry-policy.js'
import { boundedJson, failedVerdict, type Verdict } from '../platform/verdict.js'
import { display, type DisplayText, type TrustBoundary } from '../trust.js'
import { readPlatformTime, isFresh, type TimeReading } from './freshness.js'
import { eachBounded } from './bounded.js'
import type { Clock } from './clock.js'
import { retrying, type RetryNoticeBase } from './retry-loop.js'
import { LAST_POLL_LEAD_MS, type RunBudget } from './run-budget.js'
import type { RunControl } from './run-control.js'

export type PlanState = 'fresh' | 'stale' | 'failed' | 'not-waited'

/** One plan's status, as read, with its times as they may be shown. */
export interface PlanReading {
  hasNotReady: boolean | null
  latestDateTime: DisplayText | null
  latestRefreshTime: DisplayText | null
  /** latestRefreshTime read as a time; null when the platform gave none. */
  refreshMs: number | null
  /** latestDateTime read as a time; null when none or unreadable. */
  dataMs: number | null
  traceId: DisplayText | null
}

/** Where a plan stands: its baseline, what was last seen, and how the wait ended for it. */
export interface PlanWatch {
  plan: PlanRef
  label: DisplayText
  baseline: PlanReading
  last: PlanReading
  state: PlanState | 'waiting'
  /** Why it is not fresh (a refusal, an unreadable time, a stopped run). */
  reason: DisplayText | null
  polls: number
  waitedMs: number
}

export interface WatchDeps {
  read(plan: PlanRef, signal: AbortSignal): Promise<PlanStatusAttempt>
  /** Gets the credential anew (a TOKEN that may have expired), once; false when it cannot. */
  renewCredential?: () => Promise<boolean>
  policy: RetryPolicy
  /** The run's budget: the wait's deadline, and how many requests a read may send. */
  budget: RunBudget
  clock: Clock
  control: RunControl
  boundary: TrustBoundary
  onRetry(plan: DisplayText, notice: RetryNoticeBase): void
}

export type BaselineOutcome =
  { watches: PlanWatch[] } | { failed: { label: DisplayText; verdict: Verdict; attempts: number } }

/**
 * Reads every plan before anything is triggered: proves the host, the tenant, the credential and
 * each plan, and keeps what each says as the baseline. The first plan that cannot be read ends
 * it (nothing will be triggered).
 */
export async function readBaselines(
  plans: readonly PlanRef[],
  deps: WatchDeps
): Promise<BaselineOutcome> {
  const watches: PlanWatch[] = []
  // The credential was just got: a refusal here is not an expired TOKEN, so no renewal.
  const baselineDeps = { ...deps, renewCredential: undefined }
  for (const plan of plans) {
    const label = deps.boundary.identifier(plan.label, 200)
    const read = await readPlan(plan, label, baselineDeps)
    if (read.kind !== 'read') {
      return { failed: { label, verdict: read.verdict, attempts: read.attempts } }
    }
    watches.push({
      plan,
      label,
      baseline: read.reading,
      last: read.reading,
      state: 'waiting',
      reason: null,
      polls: 0,
      waitedMs: 0
    })
  }
  return { watches }
}

export interface WaitOptions {
  timeoutMs: number
  intervalMs: number
  /** How many plans are read at once in a round. */
  concurrency: number
}

export interface WaitHooks {
  onFresh(watch: PlanWatch): void
  /** At most once a minute: how many plans are still awaited, and for how long so far. */
  onProgress(waiting: number, total: number, elapsedMs: number, timeoutMs: number): void
}

const PROGRESS_EVERY_MS = 60_000

/**
 * Polls each plan that is not fresh every interval until all are fresh, the deadline passes, a
 * plan is refused, or the run stops. The deadline (`timeoutMs` from now) is the run budget's:
 * no pause passes it, no poll starts after it, and a poll still in flight at it is cut off.
 * A round reads its plans `concurrency` at a time. Leaves every watch in a final state, the
 * stale ones with the time waited.
 */
export async function waitForFresh(
  watches: PlanWatch[],
  options: WaitOptions,
  deps: WatchDeps,
  hooks: WaitHooks
): Promise<void> {
  const { clock, budget } = deps
  const startMs = clock.nowMs()
  // Past its baseline already (a baseline an earlier attempt read, resume-file): no poll needed.
  for (const watch of watches.filter(w => isFresh(w.baseline.refreshMs, w.last.refreshMs))) {
    watch.state = 'fresh'
    hooks.onFresh(watch)
  }
  budget.startWait(options.timeoutMs)
  let ended: DisplayText | null
  try {
    ended = await pollRounds(watches, options, deps, hooks)
  } finally {
    budget.endWait()
  }
  const waitedMs = clock.nowMs() - startMs
  for (const watch of watches.filter(w => w.state === 'waiting')) {
    watch.waitedMs = waitedMs
    if (deps.control.stopped) notWaited(watch, display`the run was cancelled during the wait`)
    else {
      watch.state = 'stale'
      watch.reason = ended
    }
  }
}

/** Rounds of polls until nothing is left to wait for; what ended the wait early, if anything. */
async function pollRounds(
  watches: PlanWatch[],
  options: WaitOptions,
  deps: WatchDeps,
  hooks: WaitHooks
): Promise<DisplayText | null> {
  const { clock, control, budget } = deps
  const startMs = clock.nowMs()
  let lastProgressMs = startMs
  let ended: DisplayText | null = null
  const waiting = () => watches.filter(w => w.state === 'waiting')
  for (let round = 0; waiting().length > 0; round++) {
    // The last round starts a moment before the deadline, so that it can end by then; a wait
    // shorter than that moment still gets its one round.
    const pauseMs = Math.min(options.intervalMs, budget.remainingMs - LAST_POLL_LEAD_MS)
    if ((pauseMs <= 0 && round > 0) || control.stopped) return ended
    await clock.sleep(Math.max(0, pauseMs), control.stopSignal)
    if (control.stopped || budget.outOfTime) return ended
    await eachBounded(waiting(), options.concurrency, async watch => {
      if (ended || control.stopped || budget.outOfTime) return
      const refused = await pollOnce(watch, deps, startMs, hooks)
      ended ??= refused
    })
    if (ended) return ended
    if (clock.nowMs() - lastProgressMs >= PROGRESS_EVERY_MS) {
      lastProgressMs = clock.nowMs()
      hooks.onProgress(
        waiting().length,
        watches.length,
        lastProgressMs - startMs,
        options.timeoutMs
      )
    }
  }
  return ended
}

/**
 * One status read of a plan and what it does to the watch; returns why the wait ends when the
 * platform refused the plan.
 */
async function pollOnce(
  watch: PlanWatch,
  deps: WatchDeps,
  startMs: number,
  hooks: WaitHooks
): Promise<DisplayText | null> {
  const read = await readPlan(watch.plan, watch.label, deps)
  // Cut off by the deadline or a stop: this poll did not happen.
  if (read.kind === 'cut-off') return null
  watch.polls++
  watch.waitedMs = deps.clock.nowMs() - startMs
  // A transient failure, its retries spent, is one poll lost: the next interval tries again.
  if (read.kind === 'transient') return null
  if (read.kind !== 'read') {
    watch.state = 'failed'
    watch.reason = read.verdict.reason
    // The answer that failed it is the one its support will ask about.
    watch.last = { ...watch.last, traceId: read.verdict.traceId ?? watch.last.traceId }
    return read.kind === 'refused'
      ? display`the wait ended when the platform refused ${watch.label}`
      : null
  }
  watch.last = read.reading
  if (isFresh(watch.baseline.refreshMs, read.reading.refreshMs)) {
    watch.state = 'fresh'
    hooks.onFresh(watch)
  }
  return null
}

/** A plan the run did not wait for, and why (a failed trigger, a stopped run). */
export function notWaited(watch: PlanWatch, reason: DisplayText): void {
  watch.state = 'not-waited'
  watch.reason = reason
}

/**
 * A status read: the reading; a transient failure (retries spent); the platform's refusal; a
 * time that cannot be read; or a read cut off by a stop or by the wait's deadline.
 */
type ReadOutcome =
  | { kind: 'read'; reading: PlanReading }
  | {
      kind: 'transient' | 'refused' | 'unreadable' | 'cut-off'
      verdict: Verdict
      attempts: number
    }

/**
 * One status read through the retry loop. A refusal gets one more try with a renewed
 * credential (a six-hour TOKEN can expire during a long wait); a time that cannot be read
 * fails the plan, quoting it.
 */
async function readPlan(plan: PlanRef, label: DisplayText, deps: WatchDeps): Promise<ReadOutcome> {
  let renewed = false
  for (;;) {
    const run = await retrying(
      () => deps.read(plan, deps.budget.requestSignal),
      deps.policy,
      deps.budget.stage,
      notice => deps.onRetry(label, notice)
    )
    const last = run.last
    const status = last?.status
    if (status && last.verdict.succeeded) {
      return readingOf(status, last.verdict.traceId, deps.boundary)
    }
    // Only the wait has a deadline: a baseline read is cut off by a stop alone.
    if (run.cancelled || run.outOfTime || !last || deps.control.stopped) {
      const verdict =
        last?.verdict ?? failedVerdict(display`cancelled before the platform answered`)
      return { kind: 'cut-off', verdict, attempts: run.attempts }
    }
    if (last.retryable || last.end.kind !== 'answered') {
      return { kind: 'transient', verdict: last.verdict, attempts: run.attempts }
    }
    if (!renewed && deps.renewCredential) {
      renewed = true
      if (await deps.renewCredential()) continue
    }
    return { kind: 'refused', verdict: last.verdict, attempts: run.attempts }
  }
}

function readingOf(
  status: PlanStatus,
  traceId: DisplayText | null,
  boundary: TrustBoundary
): ReadOutcome {
  const refresh = timeOrNull(status.latestRefreshTime)
  const data = timeOrNull(status.latestDateTime)
  // Times the action compares: identifiers, which a credential of a few characters masks only
  // whole (a UID "2" must not rewrite 2024-09-01 in the plans output).
  const shown = (value: unknown) => (value === null ? null : boundary.identifier(asText(value), 64))
  if (refresh !== null && 'problem' in refresh) {
    const quoted = boundary.quote(asText(status.latestRefreshTime), 80)
    const reason = display`latestRefreshTime ${quoted} is ${boundary.text(refresh.problem)}: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch seconds or milliseconds`
    // Stryker disable next-line StringLiteral: like every failure but 'refused' and 'transient'
    return { kind: 'unreadable', verdict: { ...failedVerdict(reason), traceId }, attempts: 1 }
  }
  return {
    kind: 'read',
    reading: {
      hasNotReady: status.hasNotReady,
      latestDateTime: shown(status.latestDateTime),
      latestRefreshTime: shown(status.latestRefreshTime),
      refreshMs: refresh === null ? null : refresh.ms,
      dataMs: data !== null && 'ms' in data ? data.ms : null,
      traceId
    }
  }
}

/** A field as text: a string as it is, anything else as bounded JSON (never throws). */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : boundedJson(value)
}

/** The status answer gives a time left out, or blank, as null (plan-status-answer.ts). */
function timeOrNull(value: unknown): TimeReading | null {
  return value === null ? null : readPlatformTime(value)
}
