/**
 * `dry-run: check`: proves the connection with read-only calls and triggers nothing. The key
 * pair's exchange when a pair is given; then each plan's status when plans are named (the same
 * baseline a run reads), otherwise one page of the plan list: both carry the tenant and the
 * credential, so a pass proves the host, the tenant and the credential.
 */
import type { PlanRef } from '../inputs/wait-plans.js'
import { failedVerdict, type Verdict } from '../platform/verdict.js'
import { display, type DisplayText } from '../trust.js'
import { readBaselines, type PlanWatch } from './plan-watch.js'
import {
  credentialFor,
  watchDepsOf,
  type RefreshDeps,
  type RefreshHooks,
  type RefreshSettings
} from './refresh.js'
import { retrying } from './retry-loop.js'
import { RunBudget } from './run-budget.js'

export type CheckOutcome =
  | { passed: true; watches: PlanWatch[] }
  | { passed: false; step: DisplayText; verdict: Verdict }
  /** The token exchange failed: already reported through the hooks. */
  | { passed: false; reported: true }

/** The credential's and the plans' presenters; the list call's retries are a plan's. */
export type CheckHooks = Pick<RefreshHooks, 'credential' | 'plans'>

export async function checkConnection(
  settings: Pick<RefreshSettings, 'credentials' | 'policy'> & { waitForPlans: readonly PlanRef[] },
  deps: Omit<RefreshDeps, 'hooks'> & { hooks: CheckHooks }
): Promise<CheckOutcome> {
  const budget = new RunBudget(deps.clock, deps.control)
  const credential = await credentialFor(settings, { ...deps, budget })
  if (!credential) return { passed: false, reported: true }
  if (settings.waitForPlans.length > 0) {
    const baseline = await readBaselines(
      settings.waitForPlans,
      watchDepsOf(settings, { ...deps, budget }, credential)
    )
    if ('failed' in baseline) {
      return {
        passed: false,
        step: display`reading plan ${baseline.failed.label}`,
        verdict: baseline.failed.verdict
      }
    }
    return { passed: true, watches: baseline.watches }
  }
  const run = await retrying(
    () => deps.client.planList(credential.current, budget.requestSignal),
    settings.policy,
    budget.stage,
    notice => deps.hooks.plans.planRetry(display`list`, notice)
  )
  if (run.last?.verdict.succeeded) return { passed: true, watches: [] }
  return {
    passed: false,
    step: display`listing materialization plans`,
    verdict: run.last?.verdict ?? failedVerdict(display`cancelled before an answer`)
  }
}
