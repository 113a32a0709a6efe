import * as core from '@actions/core'
import { context } from '@actions/github'
import { createAnyMetricsClient } from './anymetrics-client.js'
import { InputError } from './input-error.js'
import { INPUT_NAMES, parseInputs, secretsOf, type Config, type RawInputs } from './inputs.js'
import { makeRedactor } from './redact.js'
import {
  FAILURE_TITLE,
  INVALID_INPUT_TITLE,
  buildOutputs,
  buildSummary,
  failureLine,
  formatDuration,
  resultLine,
  type Outputs,
  type RunContext
} from './report.js'
import { runTrigger, type RetryNotice, type TriggerResult } from './trigger.js'

const USER_AGENT = 'anymetrics-refresh'

export async function run(): Promise<void> {
  const raw = readRawInputs()
  const secrets = secretsOf(raw)
  secrets.forEach(secret => core.setSecret(secret))
  const redact = makeRedactor(secrets)

  let config: Config
  try {
    const parsed = parseInputs(raw, new Date())
    parsed.notices.forEach(notice => core.notice(notice))
    config = parsed.config
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    setOutputs({ success: 'false', 'trace-id': '', 'error-message': error.message, results: '[]' })
    failStep(error.message, INVALID_INPUT_TITLE)
    return
  }

  const result = redactResult(await trigger(config), redact)
  core.info(resultLine(result))
  setOutputs(buildOutputs([result]))
  await writeSummary(buildSummary([result], runContext()))
  if (result.warning) core.warning(`${result.tableName} ${result.partition}: ${result.warning}`)
  if (!result.success) failStep(failureLine(result), FAILURE_TITLE)
}

/** Last resort for a bug: one annotation, no stack trace, and never a green step. */
export function reportCrash(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  core.setOutput('success', 'false')
  failStep(`anymetrics-refresh stopped unexpectedly: ${message}`, FAILURE_TITLE)
}

function readRawInputs(): RawInputs {
  const entries = INPUT_NAMES.map(name => [name, core.getInput(name)] as const)
  return Object.fromEntries(entries) as RawInputs
}

async function trigger(config: Config): Promise<TriggerResult> {
  const client = createAnyMetricsClient({
    endpointUrl: config.endpoint.url,
    tenantId: config.tenantId,
    authType: config.authType,
    authValue: config.authValue,
    ...(config.endpoint.basicAuth ? { basicAuth: config.endpoint.basicAuth } : {}),
    timeoutMs: config.timeoutMs,
    userAgent: USER_AGENT
  })
  const body = {
    tableName: config.tableName,
    tenantId: config.tenantId,
    tablePartition: config.partition
  }
  core.info(`Triggering a data update on ${config.endpoint.display}`)
  core.debug(`Request body: ${JSON.stringify(body)}`)
  try {
    return await runTrigger(body, config.retryPolicy, {
      send: requestBody => client.trigger(requestBody),
      sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
      random: Math.random,
      nowMs: Date.now,
      onRetry: logRetry
    })
  } finally {
    client.close()
  }
}

function logRetry(notice: RetryNotice): void {
  core.info(
    `${notice.tableName} ${notice.partition}: attempt ${notice.attempt} of ${notice.maxAttempts} ` +
      `failed (${notice.reason}); retrying in ${formatDuration(notice.waitMs)}`
  )
}

function redactResult(result: TriggerResult, redact: (text: string) => string): TriggerResult {
  const clean = (text: string | null): string | null => (text === null ? null : redact(text))
  return {
    ...result,
    code: clean(result.code),
    traceId: clean(result.traceId),
    data: clean(result.data),
    errorMsg: clean(result.errorMsg),
    warning: clean(result.warning)
  }
}

function setOutputs(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(markdown).write()
}

function runContext(): RunContext {
  const repository = process.env.GITHUB_REPOSITORY
  return {
    workflow: context.workflow,
    runNumber: Number.isNaN(context.runNumber) ? undefined : context.runNumber,
    runUrl:
      repository && !Number.isNaN(context.runId)
        ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}`
        : undefined,
    sha: context.sha,
    event: context.eventName
  }
}

/**
 * Fails the step as core.setFailed does (exit code 1 and one ::error annotation), but with a
 * title, so the annotation reads well on the run page.
 */
function failStep(message: string, title: string): void {
  core.error(message, { title })
  process.exitCode = core.ExitCode.Failure
}
