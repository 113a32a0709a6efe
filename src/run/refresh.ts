/**
 * One run's phases, in order: the credential (a TOKEN for a key pair), the plans' baselines
 * when waiting, the triggers through the pool, then the wait for fresh plans when every trigger
 * was accepted, all within one `RunBudget`. What a person sees of each phase goes out through
 * `RefreshHooks`; this module decides, it never prints.
 */
import type { Credentials, HeaderCredential } from '../inputs/credentials.js'
import type { PlannedTrigger } from '../inputs/trigger-plan.js'
import type { PlanRef } from '../inputs/wait-plans.js'
import type { AnyMetricsClient } from '../platform/client.js'
import type { RetryPolicy } from '../platform/retry-policy.js'
import type { Verdict } from '../platform/verdict.js'
import { display, type DisplayText, type TrustBoundary } from '../trust.js'
import {
  notWaited,
  readBaselines,
  waitForFresh,
  type PlanWatch,
  type WatchDeps
} from './plan-watch.js'
import { runPool } from './pool.js'
import type { Clock } from './clock.js'
import type { RetryNoticeBase } from './retry-loop.js'
import { RunBudget } from './run-budget.js'
import type { RunControl, StopCause } from './run-control.js'
import { exchangeToken, type TokenFailure } from './token-exchange.js'
import {
  compareWithStored,
  inPlanOrder,
  NOTHING_EARLIER,
  splitByResume,
  type ResumeView
} from './resume.js'
import { isAccepted, type RetryNotice, type TriggerResult } from './trigger.js'

export interface RefreshSettings {
  credentials: Credentials
  plan: readonly PlannedTrigger[]
  concurrency: number
  failFast: boolean
  policy: RetryPolicy
  waitForPlans: readonly PlanRef[]
  waitTimeoutMs: number
  waitIntervalMs: number
  /** What earlier attempts got accepted (resume-file); nothing when not resuming. */
  resume?: ResumeView
}

/** What a person sees of the credential phase (the report layer's presenter implements it). */
export interface CredentialHooks {
  onToken(token: string): void
  tokenRetry(notice: RetryNoticeBase): void
  tokenRefused(verdict: Verdict, attempts: number, kind: TokenFailure): Promise<void>
}

/** What a person sees of the plans: their baselines, and the wait. */
export interface PlanHooks {
  planRetry(plan: DisplayText, notice: RetryNoticeBase): void
  baselines(watches: readonly PlanWatch[]): void
  baselineFailed(label: DisplayText, verdict: Verdict): Promise<void>
  waitStarted(count: number, timeoutMs: number, intervalMs: number): void
  planFresh(watch: PlanWatch): void
  waitProgress(waiting: number, total: number, elapsedMs: number, timeoutMs: number): void
}

/** What a person sees of the triggers. */
export interface TriggerHooks {
  /** Before the first trigger: how many will be sent, and how many were accepted earlier. */
  runStarted(sending: number, acceptedEarlier: number): void
  retry(notice: RetryNotice): void
  finished(result: TriggerResult, finished: number, total: number): void
}

/** One presenter per phase. */
export interface RefreshHooks {
  credential: CredentialHooks
  plans: PlanHooks
  triggers: TriggerHooks
}

/** What the run came to, for the report; undefined when it ended before any trigger. */
export interface RefreshOutcome {
  results: TriggerResult[]
  cause: StopCause | undefined
  /** The refusals that stopped the run or a table (when they did). */
  refusals: Pick<RunBudget['refusals'], 'stopOfRun' | 'tableStops'>
  /** The plans waited for (or that would have been), empty when not waiting. */
  watches: PlanWatch[]
}

export interface RefreshDeps {
  client: AnyMetricsClient
  clock: Clock
  control: RunControl
  boundary: TrustBoundary
  hooks: RefreshHooks
}

export async function refresh(
  settings: RefreshSettings,
  deps: RefreshDeps
): Promise<RefreshOutcome | undefined> {
  const { client, control, hooks } = deps
  const resume = settings.resume ?? NOTHING_EARLIER
  const { toSend, earlier } = splitByResume(settings.plan, resume, deps.boundary)
  const budget = new RunBudget(deps.clock, control, { ...settings, plan: toSend })
  const credential = await credentialFor(settings, { ...deps, budget })
  if (!credential) return undefined
  const watchDeps = watchDepsOf(settings, { ...deps, budget }, credential)
  let watches: PlanWatch[] = []
  if (settings.waitForPlans.length > 0) {
    const baseline = await readBaselines(settings.waitForPlans, watchDeps)
    if ('failed' in baseline) {
      await hooks.plans.baselineFailed(baseline.failed.label, baseline.failed.verdict)
      return undefined
    }
    watches = baseline.watches
    if (toSend.length === 0) compareWithStored(watches, resume, deps.boundary)
    hooks.plans.baselines(watches)
  }
  hooks.triggers.runStarted(toSend.length, settings.plan.length - toSend.length)
  const sent = await runPool(
    toSend,
    { concurrency: settings.concurrency, retryPolicy: settings.policy },
    {
      send: (trigger, signal) => client.trigger(trigger, credential.current, signal),
      boundary: deps.boundary,
      control,
      budget,
      onRetry: notice => hooks.triggers.retry(notice),
      onFinished: (result, finished, total) => hooks.triggers.finished(result, finished, total)
    }
  )
  const results = inPlanOrder(earlier, sent)
  if (watches.length > 0) await waitIfAccepted(results, watches, settings, watchDeps, hooks)
  return { results, cause: control.cause, refusals: budget.refusals, watches }
}

async function waitIfAccepted(
  results: readonly TriggerResult[],
  watches: PlanWatch[],
  settings: RefreshSettings,
  watchDeps: WatchDeps,
  hooks: RefreshHooks
): Promise<void> {
  const notAccepted = results.filter(result => !isAccepted(result)).length
  if (notAccepted > 0 || watchDeps.control.stopped) {
    const reason = watchDeps.control.stopped
      ? display`the run stopped before the wait`
      : display`${notAccepted} trigger${notAccepted === 1 ? display`` : display`s`} not accepted, so a refresh may never come`
    watches.forEach(watch => notWaited(watch, reason))
    return
  }
  hooks.plans.waitStarted(watches.length, settings.waitTimeoutMs, settings.waitIntervalMs)
  await waitForFresh(
    watches,
    {
      timeoutMs: settings.waitTimeoutMs,
      intervalMs: settings.waitIntervalMs,
      concurrency: settings.concurrency
    },
    watchDeps,
    {
      onFresh: watch => hooks.plans.planFresh(watch),
      onProgress: (...progress) => hooks.plans.waitProgress(...progress)
    }
  )
}

/** The credential every call carries, renewable once when it came from a key pair. */
export interface CredentialHolder {
  current: HeaderCredential
  renew?: () => Promise<boolean>
}

export async function credentialFor(
  settings: Pick<RefreshSettings, 'credentials' | 'policy'>,
  deps: Pick<RefreshDeps, 'client' | 'control'> & {
    budget: RunBudget
    hooks: Pick<RefreshHooks, 'credential'>
  }
): Promise<CredentialHolder | undefined> {
  const { credentials } = settings
  if (credentials.kind === 'header') return { current: credentials }
  const exchange = () =>
    exchangeToken(
      deps.client,
      credentials,
      settings.policy,
      deps.budget.stage,
      {
        onToken: token => deps.hooks.credential.onToken(token),
        onRetry: notice => deps.hooks.credential.tokenRetry(notice)
      },
      deps.budget.requestSignal
    )
  const outcome = await exchange()
  if ('failed' in outcome) {
    const cancelled = deps.control.cause === 'cancelled'
    await deps.hooks.credential.tokenRefused(
      cancelledOr(outcome.failed, deps.control),
      outcome.attempts,
      cancelled ? 'cancelled' : outcome.kind
    )
    return undefined
  }
  const holder: CredentialHolder = { current: outcome.credential }
  // A six-hour TOKEN can expire during a long wait: exchanged again, once, when refused.
  holder.renew = async () => {
    holder.renew = undefined
    const again = await exchange()
    if ('failed' in again) return false
    holder.current = again.credential
    return true
  }
  return holder
}

/** A verdict as it stands, or, when the run was cancelled meanwhile, said to be that. */
function cancelledOr(verdict: Verdict, control: RunControl): Verdict {
  if (control.cause !== 'cancelled') return verdict
  const last = verdict.reason ? display` (last answer: ${verdict.reason})` : display``
  return { ...verdict, reason: display`the run was cancelled during the token request${last}` }
}

export function watchDepsOf(
  settings: Pick<RefreshSettings, 'policy'>,
  deps: Pick<RefreshDeps, 'client' | 'clock' | 'control' | 'boundary'> & {
    budget: RunBudget
    hooks: { plans: Pick<PlanHooks, 'planRetry'> }
  },
  credential: CredentialHolder
): WatchDeps {
  return {
    read: (plan, signal) => deps.client.planStatus(plan, credential.current, signal),
    renewCredential: async () => (credential.renew ? credential.renew() : false),
    policy: settings.policy,
    budget: deps.budget,
    clock: deps.clock,
    control: deps.control,
    boundary: deps.boundary,
    onRetry: (plan, notice) => deps.hooks.plans.planRetry(plan, notice)
  }
}
