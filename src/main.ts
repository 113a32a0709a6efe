/** Wires the layers together: inputs → plan → client and retry loop → pool → reporting. */
import * as core from '@actions/core'
import { MAX_CA_FILE_BYTES } from './inputs/ca-certificate.js'
import type { HeaderCredential } from './inputs/credentials.js'
import { readBoundedTextFile } from './inputs/files.js'
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
import { Reporter, type Sink } from './report/printer.js'
import { requireWritableFile } from './report/sink.js'
import { runContext } from './report/run-context.js'
import { cancelOnSignals } from './run/cancel-on-signals.js'
import { runPool } from './run/pool.js'
import { retryStageOf, type RunClock } from './run/retry-loop.js'
import { RunControl } from './run/run-control.js'
import { abortableSleep } from './run/sleep.js'
import { exchangeToken } from './run/token-exchange.js'
import { TrustBoundary } from './trust.js'

const USER_AGENT = 'anymetrics-refresh'
/** dbt artifacts of large projects run to tens of MB; this is far above any seen. */
const MAX_ARTIFACT_BYTES = 512 * 1024 * 1024
const REAL_CLOCK: RunClock = { sleep: abortableSleep, random: Math.random, nowMs: Date.now }

export async function run(): Promise<void> {
  const raw = readRawInputs()
  const boundary = new TrustBoundary()
  const reporter = new Reporter(coreSink(), boundary, runContext(process.env, boundary))
  const stopGuarding = failIfNeverSettled(reporter)
  try {
    secretsOf(raw).forEach(secret => reporter.mask(secret))
    const config = parseOrRefuse(raw, reporter)
    if (!config) return
    reporter.today(config.timeZone, config.today)
    if (config.dbt) reporter.dbtMapping(config.dbt)
    if (config.plan.length === 0) return await reporter.nothingToRefresh()
    if (config.dryRun) return await reporter.dryRun(config.plan)
    await triggerAll(config, boundary, reporter)
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

function parseOrRefuse(raw: RawInputs, reporter: Reporter): Config | undefined {
  try {
    const { config, notices } = parseInputs(raw, {
      now: new Date(),
      readTextFile: path => readBoundedTextFile(path, MAX_CA_FILE_BYTES),
      readArtifact: path => readBoundedTextFile(path, MAX_ARTIFACT_BYTES)
    })
    reporter.notices(notices)
    return config
  } catch (error) {
    if (!(error instanceof InputErrors)) throw error
    reporter.inputRefused(error.errors)
    return undefined
  }
}

async function triggerAll(config: Config, boundary: TrustBoundary, reporter: Reporter) {
  const policy: RetryPolicy = { retries: config.retries, ...DEFAULT_BACKOFF }
  const client = await createClient(config, boundary, reporter)
  const control = new RunControl()
  const stopListening = cancelOnSignals(control)
  try {
    const credential = await headerCredential(config, client, policy, control, reporter)
    if (!credential) return
    reporter.runStarted(config.plan.length, config.endpoint.display, config.concurrency)
    const results = await runPool(
      config.plan,
      { concurrency: config.concurrency, failFast: config.failFast, retryPolicy: policy },
      {
        ...REAL_CLOCK,
        send: (trigger, signal) => client.trigger(trigger, credential, signal),
        boundary,
        control,
        onRetry: notice => reporter.retry(notice),
        onFinished: (result, finished, total) => reporter.finished(result, finished, total)
      }
    )
    await reporter.runEnded(results, { cause: control.cause, host: config.endpoint.display })
  } finally {
    stopListening()
    client.close()
  }
}

/** The credential triggers carry: as given, or a TOKEN got for the API key pair (reported). */
async function headerCredential(
  config: Config,
  client: AnyMetricsClient,
  policy: RetryPolicy,
  control: RunControl,
  reporter: Reporter
): Promise<HeaderCredential | undefined> {
  if (config.credentials.kind === 'header') return config.credentials
  const outcome = await exchangeToken(
    client,
    config.credentials,
    policy,
    retryStageOf(control, REAL_CLOCK),
    { onToken: token => reporter.mask(token), onRetry: notice => reporter.tokenRetry(notice) },
    control.abortSignal
  )
  if ('failed' in outcome) {
    await reporter.tokenRefused(outcome.failed, outcome.attempts)
    return undefined
  }
  return outcome.credential
}

function createClient(
  config: Config,
  boundary: TrustBoundary,
  reporter: Reporter
): Promise<AnyMetricsClient> {
  return createAnyMetricsClient({
    endpointUrl: config.endpoint.url,
    tokenUrl: config.endpoint.tokenUrl,
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
