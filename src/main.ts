import { readFileSync } from 'node:fs'
import * as core from '@actions/core'
import { context } from '@actions/github'
import { createAnyMetricsClient, type AnyMetricsClient } from './anymetrics-client.js'
import { InputError } from './input-error.js'
import { INPUT_NAMES, parseInputs, secretsOf, type Config, type RawInputs } from './inputs.js'
import { makeRedactor } from './redact.js'
import {
  FAILURE_TITLE,
  INVALID_INPUT_TITLE,
  buildOutputs,
  buildPlanSummary,
  buildSummary,
  emptyOutputs,
  failedResults,
  failureLine,
  formatDuration,
  progressLine,
  totalsLine,
  type Outputs,
  type RunContext
} from './report.js'
import { runPlan } from './run-plan.js'
import type { RetryNotice, TriggerResult } from './trigger.js'

const USER_AGENT = 'anymetrics-refresh'
type Redact = (text: string) => string
/** GitHub shows at most 10 error annotations per step; the rest are in the summary. */
const MAX_FAILURE_ANNOTATIONS = 10

export async function run(): Promise<void> {
  const raw = readRawInputs()
  const secrets = secretsOf(raw)
  secrets.forEach(secret => core.setSecret(secret))

  const config = parseOrRefuse(raw)
  if (!config) return
  if (config.dryRun) {
    await reportPlan(config)
    return
  }
  const redact = makeRedactor(secrets)
  const results = (await triggerAll(config, redact)).map(result => redactResult(result, redact))
  await report(results)
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

function parseOrRefuse(raw: RawInputs): Config | undefined {
  try {
    const { config, notices } = parseInputs(raw, {
      now: new Date(),
      readTextFile: path => readFileSync(path, 'utf8')
    })
    notices.forEach(notice => core.notice(notice))
    return config
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    setOutputs(emptyOutputs(error.message))
    failStep(error.message, INVALID_INPUT_TITLE)
    return undefined
  }
}

async function reportPlan(config: Config): Promise<void> {
  core.startGroup(`Dry run: ${config.plan.length} triggers planned, nothing will be sent`)
  config.plan.forEach(trigger => core.info(`${trigger.tableName} ${trigger.partition}`))
  core.endGroup()
  core.notice(`Dry run: ${config.plan.length} triggers planned; nothing was sent`)
  setOutputs(emptyOutputs())
  await writeSummary(buildPlanSummary(config.plan, runContext()))
}

/** Runs the plan; every line it logs is redacted, as a platform may echo a credential. */
async function triggerAll(config: Config, redact: Redact): Promise<TriggerResult[]> {
  const client = createClient(config)
  const total = config.plan.length
  core.startGroup(
    `Triggering ${total} data update${total === 1 ? '' : 's'} on ${config.endpoint.display} ` +
      `(concurrency ${Math.min(config.concurrency, total)})`
  )
  try {
    return await runPlan(config.plan, config, {
      send: body => {
        core.debug(`Request body: ${JSON.stringify(body)}`)
        return client.trigger(body)
      },
      sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
      random: Math.random,
      nowMs: Date.now,
      onRetry: notice => logRetry({ ...notice, reason: redact(notice.reason) }),
      onFinished: (result, finished) =>
        core.info(progressLine(redactResult(result, redact), finished, total))
    })
  } finally {
    core.endGroup()
    client.close()
  }
}

function createClient(config: Config): AnyMetricsClient {
  return createAnyMetricsClient({
    endpointUrl: config.endpoint.url,
    tenantId: config.tenantId,
    authType: config.authType,
    authValue: config.authValue,
    ...(config.endpoint.basicAuth ? { basicAuth: config.endpoint.basicAuth } : {}),
    timeoutMs: config.timeoutMs,
    userAgent: USER_AGENT,
    maxSockets: config.concurrency,
    caCertificates: config.caCertificates
  })
}

async function report(results: TriggerResult[]): Promise<void> {
  core.info(totalsLine(results))
  setOutputs(buildOutputs(results))
  await writeSummary(buildSummary(results, runContext()))
  for (const result of results) {
    if (result.warning) core.warning(`${result.tableName} ${result.partition}: ${result.warning}`)
  }
  const failed = failedResults(results)
  failed
    .slice(0, MAX_FAILURE_ANNOTATIONS)
    .forEach(result => failStep(failureLine(result), FAILURE_TITLE))
  if (failed.length > MAX_FAILURE_ANNOTATIONS) {
    failStep(
      `${failed.length - MAX_FAILURE_ANNOTATIONS} more triggers failed: see the job summary ` +
        'or the error-message output',
      FAILURE_TITLE
    )
  }
}

function logRetry(notice: RetryNotice): void {
  core.info(
    `${notice.tableName} ${notice.partition}: attempt ${notice.attempt} of ${notice.maxAttempts} ` +
      `failed (${notice.reason}); retrying in ${formatDuration(notice.waitMs)}`
  )
}

function redactResult(result: TriggerResult, redact: Redact): TriggerResult {
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
 * Fails the step as core.setFailed does (exit code 1 and an ::error annotation), but with a
 * title, so the annotation reads well on the run page.
 */
function failStep(message: string, title: string): void {
  core.error(message, { title })
  process.exitCode = core.ExitCode.Failure
}
