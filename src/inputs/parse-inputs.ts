/**
 * Every input, parsed and checked before anything is sent. Single-value settings are one table
 * (SETTINGS): a new one is a row there and a line in INPUT_NAMES (which the tests hold equal to
 * action.yml's inputs). Every refusal is collected, so that a user fixes them all in one go.
 */
import { parseCaCertificates } from './ca-certificate.js'
import { readCredentials, type Credentials } from './credentials.js'
import { readDbt, type PlanBeforeDbt, type OpenArtifact } from './dbt-inputs.js'
import type { DbtMapping } from './dbt-mapping.js'
import { parseHost, secretsInHost, type Host } from './host.js'
import { splitList } from './list.js'
import { checkPartitionForms, resolvePartitions, todayIn } from './partition.js'
import { RefusalCollector, forInput } from './refusals.js'
import {
  parseBoolean,
  parseDryRun,
  parseDurationMs,
  parseTimeZone,
  parseTimeoutMs,
  parseWholeNumber
} from './scalars.js'
import { readResumeFile, type ResumeFile } from './resume-file.js'
import { parsePlans, type PlanRef } from './wait-plans.js'
import { readTableNames } from './table-inputs.js'
import { requireHeaderSafe, requireMaxLength, requireNonEmpty } from './text-rules.js'
import { buildPlan, type PlannedTrigger } from './trigger-plan.js'

export const INPUT_NAMES = [
  'host',
  'tenant-id',
  'auth-type',
  'auth-value',
  'app-id',
  'app-secret',
  'table-name',
  'datasource',
  'catalog-schema',
  'table',
  'partition',
  'timezone',
  'timeout-seconds',
  'retries',
  'concurrency',
  'fail-fast',
  'dry-run',
  'max-triggers',
  'resume-file',
  'ca-certificate',
  'dbt-run-results',
  'dbt-manifest',
  'dbt-select',
  'dbt-exclude',
  'dbt-catalog',
  'wait-for-plans',
  'wait-timeout-minutes',
  'wait-interval-seconds'
] as const

export type InputName = (typeof INPUT_NAMES)[number]
/** Inputs as the runner hands them over: trimmed strings, '' when not given. */
export type RawInputs = Record<InputName, string>

const MAX_RETRIES = 10
const MAX_CONCURRENCY = 32
// Keeps the `results` output under GitHub's 1 MB limit and the summary under 1 MiB (tested).
const MAX_PLAN_SIZE = 2000
// Under the 6 hours a job may run, with the triggers' time to spare.
const MAX_WAIT_MINUTES = 350
const MAX_WAIT_INTERVAL_SECONDS = 600
const MINUTES = { name: 'minutes', ms: 60_000 }
const SECONDS = { name: 'seconds', ms: 1000 }

interface Setting<T> {
  input: InputName
  default: string
  parse(value: string): T
}

/** The single-value inputs: which input, its default, and its parser. */
const SETTINGS = {
  timeZone: { input: 'timezone', default: 'UTC', parse: parseTimeZone },
  timeoutMs: { input: 'timeout-seconds', default: '30', parse: parseTimeoutMs },
  retries: {
    input: 'retries',
    default: '3',
    parse: value => parseWholeNumber(value, 0, MAX_RETRIES)
  },
  concurrency: {
    input: 'concurrency',
    default: '4',
    parse: value => parseWholeNumber(value, 1, MAX_CONCURRENCY)
  },
  failFast: { input: 'fail-fast', default: 'false', parse: parseBoolean },
  dryRun: { input: 'dry-run', default: 'false', parse: parseDryRun },
  maxTriggers: {
    input: 'max-triggers',
    default: '1000',
    parse: value => parseWholeNumber(value, 1, MAX_PLAN_SIZE)
  },
  waitTimeoutMs: {
    input: 'wait-timeout-minutes',
    default: '60',
    parse: value => parseDurationMs(value, MINUTES, { min: 0, max: MAX_WAIT_MINUTES })
  },
  waitIntervalMs: {
    input: 'wait-interval-seconds',
    default: '30',
    parse: value => parseDurationMs(value, SECONDS, { min: 1, max: MAX_WAIT_INTERVAL_SECONDS })
  }
} satisfies Record<string, Setting<unknown>>

type Settings = { [K in keyof typeof SETTINGS]: ReturnType<(typeof SETTINGS)[K]['parse']> }

export interface Config extends Settings {
  host: Host
  tenantId: string
  credentials: Credentials
  plan: PlannedTrigger[]
  /** Today's date in timeZone, as the partitions were resolved. */
  today: string
  /** Extra CAs (PEM) to trust for an HTTPS host; empty to trust only the defaults. */
  caCertificates: string[]
  /** Which dbt nodes became which tables, when dbt-run-results was given. */
  dbt: DbtMapping | undefined
  /** The materialization plans to wait for; empty when not waiting. */
  waitForPlans: PlanRef[]
  /** What earlier attempts got accepted, and where to record this run's; undefined if not given. */
  resume: ResumeFile | undefined
}

/** What parsing needs from outside: the time, and ways to read the files inputs name. */
export interface InputEnvironment {
  now: Date
  /** A small file (a CA certificate). */
  readTextFile(path: string): string
  /** A dbt artifact, which can be hundreds of MB: read as a stream. */
  openArtifact: OpenArtifact
  /** A file this action wrote earlier (resume-file): undefined when there is none yet. */
  readOwnFile(path: string): string | undefined
}

export interface ParsedInputs {
  config: Config
  /** Things worth telling the user that are not errors (e.g. backticks added to a name). */
  notices: string[]
}

/** Every value that must be masked, found before any validation can log anything. */
export function secretsOf(raw: RawInputs): string[] {
  return [raw['auth-value'], raw['app-secret'], ...secretsInHost(raw.host)].filter(
    secret => secret !== ''
  )
}

/**
 * Validates every input; throws InputErrors with every refusal (input, rule, value). Inputs that
 * depend on a refused one are checked only as far as they can be alone (the partitions' form,
 * without the time zone).
 */
export function parseInputs(raw: RawInputs, env: InputEnvironment): ParsedInputs {
  const notices: string[] = []
  const inputs = new RefusalCollector()
  const host = inputs.take(() => forInput('host', () => parseHost(raw.host)))
  const tenantId = inputs.take(() => forInput('tenant-id', () => headerField(raw['tenant-id'])))
  const credentials = readCredentials(raw, inputs)
  const withDbt = raw['dbt-run-results'] !== ''
  const dbt = withDbt
    ? readDbt(raw, env.openArtifact, inputs, planBeforeDbt(raw, env.now))
    : undefined
  const named = readTableNames(raw, notices, withDbt, inputs)
  const tableNames = named && (!withDbt || dbt) ? [...named, ...dbtTables(dbt)] : undefined
  const settings = readSettings(raw, inputs)
  const { timeZone, maxTriggers } = settings
  const partitions = inputs.take(() =>
    forInput('partition', () => readPartitions(raw, { now: env.now, timeZone }))
  )
  const plan =
    tableNames && partitions && maxTriggers !== undefined
      ? inputs.take(() =>
          forInput('max-triggers', () =>
            buildPlan(tableNames, partitions, { maxTriggers, largest: MAX_PLAN_SIZE })
          )
        )
      : undefined
  const waitForPlans = inputs.take(() =>
    forInput('wait-for-plans', () => parsePlans(raw['wait-for-plans']))
  )
  const caCertificates = inputs.take(() =>
    forInput('ca-certificate', () => parseCaCertificates(raw['ca-certificate'], env.readTextFile))
  )
  // Wrapped: a resume-file not given is undefined, which take() would read as a refusal.
  const resume = inputs.take(() => ({
    file: forInput('resume-file', () => readResumeFile(raw['resume-file'], env.readOwnFile))
  }))
  inputs.throwIfAny()
  const parsed = {
    ...settings,
    host,
    tenantId,
    credentials,
    plan,
    caCertificates,
    waitForPlans
  }
  const config = allParsed<Omit<Config, 'today' | 'dbt' | 'resume'>>(parsed)
  const today = todayIn({ now: env.now, timeZone: config.timeZone })
  return {
    config: { ...config, today, dbt, resume: resume?.file },
    notices
  }
}

/**
 * The plan before dbt's tables join it, when every input it needs parses (their refusals are
 * kept below, in their place): readDbt refuses it when it is already too large, before the
 * manifest is opened.
 */
function planBeforeDbt(raw: RawInputs, now: Date): PlanBeforeDbt | undefined {
  const quiet = new RefusalCollector()
  const tableNames = readTableNames(raw, [], true, quiet)
  const { timeZone, maxTriggers } = readSettings(raw, quiet)
  if (tableNames === undefined || timeZone === undefined || maxTriggers === undefined) {
    return undefined
  }
  const partitions = quiet.take(() =>
    forInput('partition', () =>
      resolvePartitions(splitList(raw.partition || 'today'), { now, timeZone })
    )
  )
  return partitions && { tableNames, partitions, limits: { maxTriggers, largest: MAX_PLAN_SIZE } }
}

/**
 * The partitions, resolved in the time zone; with the zone refused, only their form is checked
 * (checkPartitionForms), so that both refusals come out in one go.
 */
function readPartitions(
  raw: RawInputs,
  { now, timeZone }: { now: Date; timeZone: string | undefined }
): string[] | undefined {
  const specs = splitList(raw.partition || 'today')
  if (timeZone !== undefined) return resolvePartitions(specs, { now, timeZone })
  checkPartitionForms(specs)
  return undefined
}

/** Every single-value setting, each parsed or refused (undefined when refused). */
function readSettings(raw: RawInputs, inputs: RefusalCollector): Partial<Settings> {
  const entries = Object.entries(SETTINGS).map(([key, setting]: [string, Setting<unknown>]) => [
    key,
    inputs.take(() =>
      forInput(setting.input, () => setting.parse(raw[setting.input] || setting.default))
    )
  ])
  return Object.fromEntries(entries) as Partial<Settings>
}

/** The parsed values, once nothing was refused: none is undefined. */
function allParsed<T extends object>(values: Partial<T>): T {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) throw new Error(`input ${key} was neither parsed nor refused`)
  }
  return values as T
}

function headerField(value: string): string {
  requireNonEmpty(value)
  requireHeaderSafe(value)
  requireMaxLength(value)
  return value
}

function dbtTables(dbt: DbtMapping | undefined): string[] {
  return dbt ? dbt.mapped.map(node => node.tableName) : []
}
