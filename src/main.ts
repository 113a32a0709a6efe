/**
 * Wires the layers together: inputs → plan → client and retry loop → pool → reporting. What
 * differs between hosts (GitHub's runner: action.ts; a terminal: cli.ts) comes in as a `Host`.
 */
import { MAX_CA_FILE_BYTES } from './inputs/ca-certificate.js'
import {
  readBoundedTextFile,
  readFileChunks,
  readOwnFile,
  writeFileAtomically
} from './inputs/files.js'
import { parseInputs, secretsOf, type Config, type RawInputs } from './inputs/parse-inputs.js'
import { InputErrors } from './inputs/refusals.js'
import {
  formatResumeRecord,
  MAX_RESUME_FILE_BYTES,
  type ResumeFile,
  type ResumeScope
} from './inputs/resume-file.js'
import { createAnyMetricsClient, type AnyMetricsClient } from './platform/client.js'
import { DEFAULT_BACKOFF, type RetryPolicy } from './platform/retry-policy.js'
import { checkConnection } from './run/connection-check.js'
import { CredentialPresenter } from './report/credential-presenter.js'
import { EndPresenter } from './report/end-presenter.js'
import { InputPresenter } from './report/input-presenter.js'
import { decideOutcome } from './report/outcome.js'
import { PlanPresenter } from './report/plan-presenter.js'
import { Printer } from './report/printer.js'
import type { Sink } from './report/sink.js'
import { factsOf, RunReport } from './report/run-report.js'
import { runContext } from './report/run-context.js'
import { TriggerPresenter, requestBodyLog } from './report/trigger-presenter.js'
import { cancelOnSignals } from './run/cancel-on-signals.js'
import { refresh, type RefreshHooks, type RefreshOutcome } from './run/refresh.js'
import { acceptedIn, nextRecord, resumeView } from './run/resume.js'
import { ResumePresenter } from './report/resume-presenter.js'
import type { Clock } from './run/clock.js'
import { RunControl } from './run/run-control.js'
import { abortableSleep } from './run/sleep.js'
import { TrustBoundary } from './trust.js'

const USER_AGENT = 'anymetrics-refresh'
const REAL_CLOCK: Clock = { sleep: abortableSleep, random: Math.random, nowMs: Date.now }

/** What a host hands the run: the raw inputs, where to print, and what it knows of itself. */
export interface Host {
  inputs: RawInputs
  sink: Sink
  /** Whether debug lines (each trigger's body) are wanted. */
  debug: boolean
  /** The variables the summary's run context is read from (GITHUB_* on a runner). */
  contextEnv: Record<string, string | undefined>
}

/** How a run ended for its host: `refused` when an input was refused and nothing was sent. */
export type RunEnd = 'refused' | 'ran'

export async function run(host: Host): Promise<RunEnd> {
  const raw = host.inputs
  const boundary = new TrustBoundary()
  const printer = new Printer(host.sink, boundary)
  let report = new RunReport(printer, runContext(host.contextEnv, boundary))
  const stopGuarding = failIfNeverSettled(() => report)
  try {
    secretsOf(raw).forEach(secret => printer.mask(secret))
    const config = await parseOrRefuse(raw, new InputPresenter(report))
    if (!config) return 'refused'
    report = report.withFacts(factsOf(config, boundary))
    const input = new InputPresenter(report)
    input.read(config)
    const debug = host.debug
    if (config.dryRun === 'check') await withConnection(config, report, debug, check)
    else if (config.plan.length === 0) await input.nothingToRefresh()
    else if (config.dryRun === 'plan') {
      await input.dryRun(
        config.plan,
        config.waitForPlans.map(plan => plan.label)
      )
    } else await withConnection(config, report, debug, triggerAll)
  } catch (error) {
    await new EndPresenter(report).crashed(error)
  } finally {
    stopGuarding()
  }
  return 'ran'
}

/**
 * Should something the run awaits never settle, Node would drain its event loop and exit 0: a
 * green step with nothing accounted for. Before that exit, say so and fail instead.
 */
function failIfNeverSettled(report: () => RunReport): () => void {
  const onBeforeExit = (): void => {
    process.off('beforeExit', onBeforeExit)
    const error = new Error('the run ended while a request was still unaccounted for')
    void new EndPresenter(report()).crashed(error)
  }
  process.on('beforeExit', onBeforeExit)
  return () => process.off('beforeExit', onBeforeExit)
}

async function parseOrRefuse(raw: RawInputs, input: InputPresenter): Promise<Config | undefined> {
  try {
    const { config, notices } = parseInputs(raw, {
      now: new Date(),
      readTextFile: path => readBoundedTextFile(path, MAX_CA_FILE_BYTES),
      // Read as a stream, whatever their size: large projects write manifests of hundreds of MB.
      openArtifact: path => readFileChunks(path),
      readOwnFile: path => readOwnFile(path, MAX_RESUME_FILE_BYTES)
    })
    input.notices(notices)
    return config
  } catch (error) {
    if (!(error instanceof InputErrors)) throw error
    await input.refused(error.errors)
    return undefined
  }
}

/** What a phase that talks to the platform gets: the client, the run's one control, the report. */
interface Connection {
  config: Config
  client: AnyMetricsClient
  control: RunControl
  report: RunReport
}

/** Runs `phase` with a client and a control that signals stop; closes both after. */
async function withConnection(
  config: Config,
  report: RunReport,
  debug: boolean,
  phase: (connection: Connection) => Promise<void>
): Promise<void> {
  const client = await createClient(config, report, debug)
  const control = new RunControl()
  const stopListening = cancelOnSignals(control)
  try {
    await phase({ config, client, control, report })
  } finally {
    stopListening()
    client.close()
  }
}

async function triggerAll({ config, client, control, report }: Connection) {
  const { boundary } = report.printer
  const hooks: RefreshHooks = {
    credential: new CredentialPresenter(report),
    plans: new PlanPresenter(report),
    triggers: new TriggerPresenter(report, { host: client.host, concurrency: config.concurrency })
  }
  const scope = { host: client.host, tenantId: config.tenantId }
  const resume = config.resume && resumeView(config.resume.record, scope)
  const settings = { ...config, policy: policyOf(config), resume }
  let outcome: RefreshOutcome | undefined
  try {
    outcome = await refresh(settings, { client, clock: REAL_CLOCK, control, boundary, hooks })
  } finally {
    if (config.resume) keepForResume(config.resume, scope, config.plan, outcome, report)
  }
  if (!outcome) return
  const waited = outcome.watches.length > 0
  const ending = {
    cause: outcome.cause,
    refusals: outcome.refusals,
    host: client.host,
    freshness: waited
      ? { watches: outcome.watches, newestPartition: newestPartition(config) }
      : undefined
  }
  await new EndPresenter(report).runEnded(decideOutcome(outcome.results, ending, boundary))
}

/**
 * Writes the resume file however the run ended (failed, cancelled, crashed), with everything
 * accepted so far, so that a re-run sends only the rest.
 */
function keepForResume(
  file: ResumeFile,
  scope: ResumeScope,
  plan: Config['plan'],
  outcome: RefreshOutcome | undefined,
  report: RunReport
): void {
  const run = { plan, results: outcome?.results ?? [], watches: outcome?.watches ?? [] }
  const record = nextRecord(file.record, scope, run)
  const presenter = new ResumePresenter(report)
  try {
    writeFileAtomically(file.path, formatResumeRecord(record))
    presenter.recorded(file.path, acceptedIn(record, scope))
  } catch (error) {
    presenter.notRecorded(file.path, (error as { code?: string }).code ?? 'unknown error')
  }
}

/** The newest partition the run refreshed: a fresh plan's data should reach it. */
function newestPartition(config: Config): string | undefined {
  return config.plan
    .map(trigger => trigger.partition)
    .sort()
    .at(-1)
}

/** `dry-run: check`: read-only calls that prove host, tenant and credential. */
async function check({ config, client, control, report }: Connection) {
  const hooks = { credential: new CredentialPresenter(report), plans: new PlanPresenter(report) }
  const { boundary } = report.printer
  const settings = { ...config, policy: policyOf(config) }
  const outcome = await checkConnection(settings, {
    client,
    clock: REAL_CLOCK,
    control,
    boundary,
    hooks
  })
  const end = new EndPresenter(report)
  if (outcome.passed) {
    await end.checkPassed(config.plan, {
      host: client.host,
      tokenExchanged: config.credentials.kind === 'api-key',
      watches: outcome.watches
    })
  } else if (!('reported' in outcome)) {
    await end.checkFailed(outcome.step, outcome.verdict)
  }
}

function policyOf(config: Config): RetryPolicy {
  return { retries: config.retries, ...DEFAULT_BACKOFF }
}

function createClient(
  config: Config,
  report: RunReport,
  debug: boolean
): Promise<AnyMetricsClient> {
  return createAnyMetricsClient({
    host: config.host.base,
    tenantId: config.tenantId,
    basicAuth: config.host.basicAuth,
    timeoutMs: config.timeoutMs,
    userAgent: USER_AGENT,
    maxSockets: config.concurrency,
    caCertificates: config.caCertificates,
    boundary: report.printer.boundary,
    onTriggerBody: debug ? requestBodyLog(report) : undefined
  })
}
