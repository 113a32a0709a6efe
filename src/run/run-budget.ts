/**
 * The run's one budget: its time, its requests and its refusals, decided once from the inputs
 * and consulted by every loop that sends or waits (the pool, the retry loop, the wait), so that
 * a limit holds for the run as a whole rather than per request or per round.
 *
 * - **Time.** The wait's deadline (`wait-timeout-minutes`, counted from the end of the
 *   triggers): no pause may end past it, no poll starts after it, and a request still in flight
 *   at it is cut off.
 * - **Requests.** A request series (a trigger, the token, a status read) sends at most
 *   1 + `retries` requests, plus up to `MAX_PACING_REFUSALS` refused only for pace (429) when
 *   `retries` is at least 1: `retries: 0` is exactly one request.
 * - **Push-back.** A platform that has answered every request with 429 for `PACE_STALL_MS`,
 *   accepting nothing, ends the run.
 * - **Silence and refusals.** `UNREACHABLE_AFTER` triggers in a row with no valid answer end
 *   the run; so does the same refusal of its first triggers, or of one table's (refusal-watch).
 *   `fail-fast` ends it at the first failure.
 */
// Why one budget for the run: docs/decisions/0007-run-budget.md
import type { Config } from '../inputs/parse-inputs.js'
import type { PlannedTrigger } from '../inputs/trigger-plan.js'
import { isRateLimited, type Attempt } from '../platform/attempt.js'
import type { RetryPolicy } from '../platform/retry-policy.js'
import { RefusalWatch, type RefusalStop } from './refusal-watch.js'
import type { Clock } from './clock.js'
import type { RequestAllowance, RetryStage } from './retry-loop.js'
import type { RunControl } from './run-control.js'
import type { TriggerResult } from './trigger.js'

/** 429s a request series may meet beyond its retries (when it has any): pacing, not failure. */
const MAX_PACING_REFUSALS = 10
/** How long a platform may refuse every request for pace, accepting nothing, before the run ends. */
export const PACE_STALL_MS = 120_000
/** Triggers in a row with no valid HTTP answer, after their retries, before the run ends. */
export const UNREACHABLE_AFTER = 3
/** The last poll of a wait starts this long before its deadline, so it can end by then. */
export const LAST_POLL_LEAD_MS = 1000

/** What the budget was given: the plan's shape and whether one failure ends the run. */
export interface BudgetSettings {
  plan: readonly PlannedTrigger[]
  failFast: boolean
}

export class RunBudget {
  private deadlineMs: number | undefined
  private readonly deadline = new AbortController()
  private readonly waitOver = new AbortController()
  private requestSignalNow: AbortSignal
  /** Since when every answer has been a 429; undefined while the last answer was another. */
  private paceRefusedSinceMs: number | undefined
  private unansweredInARow = 0
  private invalidInARow = 0
  readonly refusals: RefusalWatch

  constructor(
    private readonly clock: Clock,
    private readonly control: RunControl,
    private readonly settings: BudgetSettings = { plan: [], failFast: false }
  ) {
    this.refusals = new RefusalWatch(new Set(settings.plan.map(t => t.tableName)).size)
    this.requestSignalNow = control.abortSignal
  }

  /** The retry loop's view: waits that a stop ends, pauses that must fit the deadline. */
  get stage(): RetryStage {
    return {
      sleep: ms => this.clock.sleep(ms, this.control.stopSignal),
      random: this.clock.random,
      nowMs: this.clock.nowMs,
      stopped: () => this.control.stopped,
      fits: ms => this.deadlineMs === undefined || this.clock.nowMs() + ms <= this.deadlineMs,
      outOfTime: () => this.outOfTime,
      requests: requestAllowance
    }
  }

  /** What every request listens to: cancellation, and during the wait, its deadline. */
  get requestSignal(): AbortSignal {
    return this.requestSignalNow
  }

  /** Starts the wait's clock: from now on, nothing may outlast `timeoutMs`. */
  startWait(timeoutMs: number): void {
    this.deadlineMs = this.clock.nowMs() + timeoutMs
    this.requestSignalNow = AbortSignal.any([this.control.abortSignal, this.deadline.signal])
    // Only the end of the wait disarms the deadline: a run cancelled just before it still has
    // its status calls cut off at it, not 2 s later by the cancellation's grace.
    const until = this.waitOver.signal
    void this.clock.sleep(timeoutMs, until).then(() => {
      if (!until.aborted) this.deadline.abort()
    })
  }

  /** The wait is over: its deadline no longer needs watching. */
  endWait(): void {
    this.waitOver.abort()
  }

  /** Time left before the deadline; Infinity when there is none. */
  get remainingMs(): number {
    return this.deadlineMs === undefined ? Infinity : this.deadlineMs - this.clock.nowMs()
  }

  get outOfTime(): boolean {
    return this.remainingMs <= 0
  }

  /** Each trigger attempt as it ends: only 429s, for long enough, end the run. */
  attemptEnded(attempt: Attempt): void {
    if (attempt.end.kind !== 'answered') return
    const now = this.clock.nowMs()
    if (!isRateLimited(attempt)) {
      this.paceRefusedSinceMs = undefined
      return
    }
    this.paceRefusedSinceMs ??= now
    if (now - this.paceRefusedSinceMs >= PACE_STALL_MS) this.control.stop('throttled')
  }

  /** A trigger is being sent: until it settles, its answer may yet be an acceptance. */
  started(trigger: PlannedTrigger): void {
    this.refusals.started(trigger.tableName)
  }

  /** Each trigger as it ends: silence, refusals and fail-fast may end the run or a table. */
  settled(trigger: PlannedTrigger, result: TriggerResult): void {
    this.refusals.ended(trigger.tableName)
    // Never sent, or torn down by cancellation: no sign of the platform's state.
    if (result.status === 'not-run' || result.status === 'unknown') return
    this.countSilence(result)
    if (result.status === 'succeeded') this.refusals.accepted(trigger.tableName)
    else if (result.answered) {
      const answer = { code: result.code, reason: result.errorMsg, transient: result.transient }
      if (this.refusals.refused(trigger.tableName, answer)?.scope === 'run') {
        this.control.stop('refused')
      }
    }
    if (result.status === 'failed' && this.settings.failFast) this.control.stop('fail-fast')
  }

  /** The refusal that stopped this trigger's table, if one did. */
  tableStop(trigger: PlannedTrigger): RefusalStop | undefined {
    return this.refusals.tableStop(trigger.tableName)
  }

  private countSilence(result: TriggerResult): void {
    if (result.answered) {
      this.unansweredInARow = 0
      this.invalidInARow = 0
      return
    }
    this.unansweredInARow++
    this.invalidInARow = result.invalidHttp ? this.invalidInARow + 1 : 0
    if (this.unansweredInARow < UNREACHABLE_AFTER) return
    this.control.stop(this.invalidInARow >= UNREACHABLE_AFTER ? 'invalid-http' : 'unreachable')
  }
}

/**
 * A series' requests: 1 + `retries` counted ones, plus 429s that do not count, up to
 * `MAX_PACING_REFUSALS`, when retries are allowed at all.
 */
function requestAllowance(policy: Pick<RetryPolicy, 'retries'>): RequestAllowance {
  const pacingAllowed = requestsAtMost(policy.retries) - 1 - policy.retries
  let maxAttempts = policy.retries + 1
  let sent = 0
  let pacing = 0
  return {
    spend(attempt) {
      sent++
      if (isRateLimited(attempt) && pacing < pacingAllowed) {
        pacing++
        maxAttempts++
      }
      return sent < maxAttempts
    },
    get maxAttempts() {
      return maxAttempts
    }
  }
}

/** What the longest run follows from: the inputs that bound its requests and waits. */
interface RunShape {
  triggers: number
  concurrency: number
  retries: number
  timeoutMs: number
  /** A key pair is exchanged for a token first. */
  keyPair: boolean
  /** Plans read before the triggers and waited for after. */
  plans: number
  waitTimeoutMs: number
}

/** The longest wait between two requests of a series: Retry-After's cap (backoff's is 30 s). */
const LONGEST_PAUSE_MS = 60_000
/** How long after the wait's deadline the step may still take: the stop's grace and the report. */
const AFTER_DEADLINE_MS = 2_500

/**
 * The longest a run can take, by its inputs (the rule the README states): each request series
 * at most its requests × `timeout-seconds` plus a 60 s pause between two; the token, then each
 * plan's baseline, then the triggers `concurrency` at a time (one at a time under push-back:
 * `sequential`), then the wait and what follows its deadline.
 */
export function longestRunMs(shape: RunShape, sequential = false): number {
  const requests = requestsAtMost(shape.retries)
  const seriesMs = requests * shape.timeoutMs + (requests - 1) * LONGEST_PAUSE_MS
  const rounds = sequential ? shape.triggers : Math.ceil(shape.triggers / shape.concurrency)
  const waitMs = shape.plans > 0 ? shape.waitTimeoutMs + AFTER_DEADLINE_MS : 0
  return ((shape.keyPair ? 1 : 0) + shape.plans + rounds) * seriesMs + waitMs
}

/** The most requests one series sends: 1 + retries, and the pacing refusals retries allow. */
function requestsAtMost(retries: number): number {
  return 1 + retries + (retries > 0 ? MAX_PACING_REFUSALS : 0)
}

/** The shape of the run these inputs make. */
export function runShapeOf(
  config: Pick<
    Config,
    | 'plan'
    | 'concurrency'
    | 'retries'
    | 'timeoutMs'
    | 'credentials'
    | 'waitForPlans'
    | 'waitTimeoutMs'
  >
): RunShape {
  return {
    triggers: config.plan.length,
    concurrency: config.concurrency,
    retries: config.retries,
    timeoutMs: config.timeoutMs,
    keyPair: config.credentials.kind === 'api-key',
    plans: config.waitForPlans.length,
    waitTimeoutMs: config.waitTimeoutMs
  }
}
