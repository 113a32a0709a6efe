/** Wires the layers together: inputs → plan → client and lifecycle → pool → reporting. */
import * as core from '@actions/core'
import { createAnyMetricsClient, type AnyMetricsClient } from './platform/client.js'
import { MAX_CA_FILE_BYTES } from './inputs/ca-certificate.js'
import { readBoundedTextFile } from './inputs/files.js'
import { InputErrors } from './inputs/refusals.js'
import { INPUT_NAMES, parseInputs, secretsOf, type Config, type RawInputs } from './inputs/parse-inputs.js'
import { runContext } from './report/formatters.js'
import { Reporter, type Sink } from './report/printer.js'
import { RunControl } from './run/run-control.js'
import { runPlan } from './run/pool.js'
import { exchangeToken } from './run/token-exchange.js'
import { TrustBoundary } from './trust.js'

const USER_AGENT = 'anymetrics-refresh'
/**
 * On the runner's cancellation (SIGINT, then SIGTERM 7.5 s later, then a kill 2.5 s after that),
 * requests in flight get this long to answer before they are torn down, so that outputs and the
 * summary are written well within the first 7.5 s.
 */
const CANCEL_GRACE_MS = 2000
const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM'] as const
/** dbt artifacts of large projects run to tens of MB; this is far above any seen. */
const MAX_ARTIFACT_BYTES = 512 * 1024 * 1024

export async function run(): Promise<void> {
  const raw = readRawInputs()
  const boundary = new TrustBoundary()
  const reporter = new Reporter(coreSink(), boundary, runContext(process.env, boundary))
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
  }
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
  const client = await createClient(config, boundary)
  const control = new RunControl()
  const stopListening = cancelOnSignals(control)
  try {
    if (config.credentials.kind === 'api-key') {
      const outcome = await exchangeToken(
        client,
        config.credentials,
        config.retryPolicy,
        {
          sleep: ms => abortableSleep(ms, control.stopSignal),
          random: Math.random,
          nowMs: Date.now,
          stopped: () => control.stopped
        },
        {
          onToken: token => reporter.mask(token),
          onRetry: (...retry) => reporter.tokenRetry(...retry)
        },
        control.abortSignal
      )
      if ('failed' in outcome) return await reporter.tokenRefused(outcome.failed, outcome.attempts)
      client.useToken(outcome.token)
    }
    reporter.runStarted(config.plan.length, config.endpoint.display, config.concurrency)
    const results = await runPlan(config.plan, config, {
      send: (trigger, signal) => {
        if (core.isDebug()) reporter.requestBody(JSON.stringify(trigger))
        return client.trigger(trigger, signal)
      },
      sleep: abortableSleep,
      random: Math.random,
      nowMs: Date.now,
      boundary,
      control,
      onRetry: notice => reporter.retry(notice),
      onFinished: (result, finished, total) => reporter.finished(result, finished, total)
    })
    await reporter.runEnded(results, { cause: control.cause, host: config.endpoint.display })
  } finally {
    stopListening()
    client.close()
  }
}

/**
 * The first SIGINT or SIGTERM stops the run (no new trigger, no retry) and, after a short grace,
 * tears down requests in flight; the run then reports what it knows. A second signal ends the
 * process at once.
 */
function cancelOnSignals(control: RunControl): () => void {
  let signalled = false
  const onSignal = (signal: NodeJS.Signals): void => {
    if (signalled) process.exit(signal === 'SIGINT' ? 130 : 143)
    signalled = true
    control.stop('cancelled')
    setTimeout(() => control.abortInFlight(), CANCEL_GRACE_MS).unref()
  }
  CANCEL_SIGNALS.forEach(signal => process.on(signal, onSignal))
  return () => CANCEL_SIGNALS.forEach(signal => process.off(signal, onSignal))
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise(resolve => {
    if (signal.aborted) return resolve()
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
  })
}

function createClient(config: Config, boundary: TrustBoundary): Promise<AnyMetricsClient> {
  return createAnyMetricsClient({
    endpointUrl: config.endpoint.url,
    tokenUrl: config.endpoint.tokenUrl,
    tenantId: config.tenantId,
    ...(config.credentials.kind === 'header'
      ? { authType: config.credentials.authType, authValue: config.credentials.authValue }
      : {}),
    ...(config.endpoint.basicAuth ? { basicAuth: config.endpoint.basicAuth } : {}),
    timeoutMs: config.timeoutMs,
    userAgent: USER_AGENT,
    maxSockets: config.concurrency,
    caCertificates: config.caCertificates,
    boundary
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
    setOutput: core.setOutput,
    writeSummary: async markdown => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write()
    },
    fail: () => {
      process.exitCode = 1
    }
  }
}
