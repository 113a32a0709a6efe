/** Wires the layers together: inputs → plan → client and retry loop → pool → reporting. */
// Why @actions/core stays a dependency: docs/decisions/0004-actions-core.md
import * as core from '@actions/core'
import { MAX_CA_FILE_BYTES } from './inputs/ca-certificate.js'
import { readBoundedTextFile, readFileChunks } from './inputs/files.js'
import {
  INPUT_NAMES,
  parseInputs,
  secretsOf,
  type Config,
  type RawInputs
} from './inputs/parse-inputs.js'
import { InputErrors } from './inputs/refusals.js'
import { createAnyMetricsClient, type AnyMetricsClient } from './platform/client.js'
import { DEFAULT_BACKOFF, type RetryPolicy } from './platform/retry-policy.js'
import { checkConnection } from './run/connection-check.js'
import { Reporter, type Sink } from './report/printer.js'
import { requireWritableFile } from './report/sink.js'
import { runContext } from './report/run-context.js'
import { cancelOnSignals } from './run/cancel-on-signals.js'
import { refresh, type RefreshHooks } from './run/refresh.js'
import type { Clock } from './run/clock.js'
import { RunControl } from './run/run-control.js'
import { abortableSleep } from './run/sleep.js'
import { TrustBoundary } from './trust.js'

const USER_AGENT = 'anymetrics-refresh'
const REAL_CLOCK: Clock = { sleep: abortableSleep, random: Math.random, nowMs: Date.now }

export async function run(): Promise<void> {
  const raw = readRawInputs()
  const boundary = new TrustBoundary()
  const reporter = new Reporter(coreSink(), boundary, runContext(process.env, boundary))
  const stopGuarding = failIfNeverSettled(reporter)
  try {
    secretsOf(raw).forEach(secret => reporter.mask(secret))
    const config = await parseOrRefuse(raw, reporter)
    if (!config) return
    reporter.today(config.timeZone, config.today)
    if (config.dbt) reporter.dbtMapping(config.dbt)
    if (config.dryRun === 'check') return await withConnection(config, boundary, reporter, check)
    if (config.plan.length === 0) return await reporter.nothingToRefresh()
    if (config.dryRun === 'plan') {
      return await reporter.dryRun(
        config.plan,
        config.waitForPlans.map(plan => plan.label)
      )
    }
    if (config.waitForPlans.length > 0) reporter.expectWait()
    await withConnection(config, boundary, reporter, triggerAll)
  } catch (error) {
    await reporter.crashed(error)
  } finally {
    stopGuarding()
  }
}

/**
 * Should something the run awaits never settle, Node would drain its event loop and exit 0: a
 * green step with nothing accounted for. Before that exit, say so and fail instead.
 */
function failIfNeverSettled(reporter: Reporter): () => void {
  const onBeforeExit = (): void => {
    process.off('beforeExit', onBeforeExit)
    void reporter.crashed(new Error('the run ended while a request was still unaccounted for'))
  }
  process.on('beforeExit', onBeforeExit)
  return () => process.off('beforeExit', onBeforeExit)
}

function readRawInputs(): RawInputs {
  const entries = INPUT_NAMES.map(name => [name, core.getInput(name)] as const)
  return Object.fromEntries(entries) as RawInputs
}

async function parseOrRefuse(raw: RawInputs, reporter: Reporter): Promise<Config | undefined> {
  try {
    const { config, notices } = parseInputs(raw, {
      now: new Date(),
      readTextFile: path => readBoundedTextFile(path, MAX_CA_FILE_BYTES),
      // Read as a stream, whatever their size: large projects write manifests of hundreds of MB.
      readArtifact: path => readFileChunks(path)
    })
    reporter.notices(notices)
    return config
  } catch (error) {
    if (!(error instanceof InputErrors)) throw error
    await reporter.inputRefused(error.errors)
    return undefined
  }
}

/** What a phase that talks to the platform gets: the client and the run's one control. */
interface Connection {
  config: Config
  client: AnyMetricsClient
  control: RunControl
  boundary: TrustBoundary
  reporter: Reporter
}

/** Runs `phase` with a client and a control that signals stop; closes both after. */
async function withConnection(
  config: Config,
  boundary: TrustBoundary,
  reporter: Reporter,
  phase: (connection: Connection) => Promise<void>
): Promise<void> {
  const client = await createClient(config, boundary, reporter)
  const control = new RunControl()
  const stopListening = cancelOnSignals(control)
  try {
    await phase({ config, client, control, boundary, reporter })
  } finally {
    stopListening()
    client.close()
  }
}

async function triggerAll({ config, client, control, boundary, reporter }: Connection) {
  const outcome = await refresh(
    { ...config, policy: policyOf(config) },
    { client, clock: REAL_CLOCK, control, boundary, hooks: hooksOf(config, reporter) }
  )
  if (!outcome) return
  const waited = outcome.watches.length > 0
  await reporter.runEnded(outcome.results, {
    cause: outcome.cause,
    refusals: outcome.refusals,
    host: config.endpoint.display,
    freshness: waited
      ? {
          watches: outcome.watches,
          newestPartition: config.plan
            .map(trigger => trigger.partition)
            .sort()
            .at(-1)
        }
      : undefined
  })
}

/** `dry-run: check`: read-only calls that prove host, tenant and credential. */
async function check({ config, client, control, boundary, reporter }: Connection) {
  const hooks = hooksOf(config, reporter)
  const outcome = await checkConnection(
    { ...config, policy: policyOf(config) },
    {
      client,
      clock: REAL_CLOCK,
      control,
      boundary,
      hooks: { ...hooks, listRetry: hooks.planRetry }
    }
  )
  if (outcome.passed) {
    await reporter.checkPassed(config.plan, {
      host: config.endpoint.display,
      tokenExchanged: config.credentials.kind === 'api-key',
      watches: outcome.watches
    })
  } else if (!('reported' in outcome)) {
    await reporter.checkFailed(outcome.step, outcome.verdict)
  }
}

function policyOf(config: Config): RetryPolicy {
  return { retries: config.retries, ...DEFAULT_BACKOFF }
}

/** The printer, as the run's phases report to it. */
function hooksOf(config: Config, reporter: Reporter): RefreshHooks {
  return {
    onToken: token => reporter.mask(token),
    tokenRetry: notice => reporter.tokenRetry(notice),
    tokenRefused: (verdict, attempts) => reporter.tokenRefused(verdict, attempts),
    planRetry: (plan, notice) => reporter.planRetry(plan, notice),
    baselines: watches => reporter.baselines(watches),
    baselineFailed: (label, verdict) => reporter.baselineFailed(label, verdict),
    runStarted: () =>
      reporter.runStarted(config.plan.length, config.endpoint.display, config.concurrency),
    retry: notice => reporter.retry(notice),
    finished: (result, finished, total) => reporter.finished(result, finished, total),
    waitStarted: (count, timeoutMs, intervalMs) =>
      reporter.waitStarted(count, timeoutMs, intervalMs),
    planFresh: watch => reporter.planFresh(watch),
    waitProgress: (...progress) => reporter.waitProgress(...progress)
  }
}

function createClient(
  config: Config,
  boundary: TrustBoundary,
  reporter: Reporter
): Promise<AnyMetricsClient> {
  return createAnyMetricsClient({
    endpointUrl: config.endpoint.url,
    tokenUrl: config.endpoint.tokenUrl,
    planStatusUrl: config.endpoint.planStatusUrl,
    planListUrl: config.endpoint.planListUrl,
    tenantId: config.tenantId,
    basicAuth: config.endpoint.basicAuth,
    timeoutMs: config.timeoutMs,
    userAgent: USER_AGENT,
    maxSockets: config.concurrency,
    caCertificates: config.caCertificates,
    boundary,
    onTriggerBody: core.isDebug() ? body => reporter.requestBody(body) : undefined
  })
}

/** @actions/core as the reporter's sink. The exit code is set directly, not via core.ExitCode. */
function coreSink(): Sink {
  return {
    setSecret: core.setSecret,
    debug: core.debug,
    info: core.info,
    notice: message => core.notice(message),
    warning: message => core.warning(message),
    error: (message, properties) => core.error(message, properties),
    startGroup: core.startGroup,
    endGroup: core.endGroup,
    setOutput: (name, value) => {
      requireWritableFile(process.env.GITHUB_OUTPUT)
      core.setOutput(name, value)
    },
    writeSummary: async markdown => {
      if (!process.env.GITHUB_STEP_SUMMARY) return
      requireWritableFile(process.env.GITHUB_STEP_SUMMARY)
      await core.summary.addRaw(markdown).write()
    },
    fail: () => {
      process.exitCode = 1
    }
  }
}
