/** Wires the layers together: inputs → plan → client and lifecycle → pool → reporting. */
import * as core from '@actions/core'
import { createAnyMetricsClient, type AnyMetricsClient } from './anymetrics-client.js'
import { MAX_CA_FILE_BYTES } from './ca-certificate.js'
import { readBoundedTextFile } from './files.js'
import { InputError } from './input-error.js'
import { INPUT_NAMES, parseInputs, secretsOf, type Config, type RawInputs } from './inputs.js'
import { runContext } from './report.js'
import { Reporter, type Sink } from './reporter.js'
import { runPlan } from './run-plan.js'
import { TrustBoundary } from './trust.js'

const USER_AGENT = 'anymetrics-refresh'

export async function run(): Promise<void> {
  const raw = readRawInputs()
  const boundary = new TrustBoundary()
  const reporter = new Reporter(coreSink(), boundary, runContext(process.env, boundary))
  try {
    secretsOf(raw).forEach(secret => reporter.mask(secret))
    const config = parseOrRefuse(raw, reporter)
    if (!config) return
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
      readTextFile: path => readBoundedTextFile(path, MAX_CA_FILE_BYTES)
    })
    reporter.notices(notices)
    return config
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    reporter.inputRefused([error])
    return undefined
  }
}

async function triggerAll(config: Config, boundary: TrustBoundary, reporter: Reporter) {
  const client = createClient(config, boundary)
  reporter.runStarted(config.plan.length, config.endpoint.display, config.concurrency)
  try {
    const results = await runPlan(config.plan, config, {
      send: trigger => {
        if (core.isDebug()) reporter.requestBody(JSON.stringify(trigger))
        return client.trigger(trigger)
      },
      sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
      random: Math.random,
      nowMs: Date.now,
      boundary,
      onRetry: notice => reporter.retry(notice),
      onFinished: (result, finished, total) => reporter.finished(result, finished, total)
    })
    await reporter.runEnded(results)
  } finally {
    client.close()
  }
}

function createClient(config: Config, boundary: TrustBoundary): AnyMetricsClient {
  return createAnyMetricsClient({
    endpointUrl: config.endpoint.url,
    tenantId: config.tenantId,
    authType: config.authType,
    authValue: config.authValue,
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
