import { dirname, join } from 'node:path'
import { parseCaCertificates } from './ca-certificate.js'
import {
  idsToLookUp,
  mapDbtRun,
  parseSelector,
  readManifestNodes,
  readRunResults,
  type DbtMapping
} from './dbt.js'
import { parseHost, secretsInHost, type Endpoint } from './host.js'
import { InputError, RefusalCollector, RuleViolation, forInput } from './refusals.js'
import { resolvePartitions, timeZoneProblem, todayIn } from './partition.js'
import { buildPlan, splitList, type PlannedTrigger } from './trigger-plan.js'
import { DEFAULT_BACKOFF, type RetryPolicy } from '../platform/retry-policy.js'
import {
  composeTableName,
  normalizeCatalogSchema,
  parseTableName,
  validateNamePart
} from './table-name.js'
import { requireHeaderSafe, requireMaxLength, requireNonEmpty } from './text-rules.js'

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
  'ca-certificate',
  'dbt-run-results',
  'dbt-manifest',
  'dbt-select',
  'dbt-exclude',
  'dbt-catalog'
] as const

export type InputName = (typeof INPUT_NAMES)[number]
/** Inputs as the runner hands them over: trimmed strings, '' when not given. */
export type RawInputs = Record<InputName, string>

export const AUTH_TYPES = ['UID', 'TOKEN', 'ACCOUNT', 'APIKEY'] as const
export type AuthType = (typeof AUTH_TYPES)[number]

/** How triggers are authorised: as given, or with a TOKEN got from an API key pair first. */
export type Credentials =
  | { kind: 'header'; authType: AuthType; authValue: string }
  | { kind: 'api-key'; appId: string; appSecret: string }

export interface Config {
  endpoint: Endpoint
  tenantId: string
  credentials: Credentials
  plan: PlannedTrigger[]
  timeZone: string
  /** Today's date in timeZone, as the partitions were resolved. */
  today: string
  timeoutMs: number
  retryPolicy: RetryPolicy
  concurrency: number
  failFast: boolean
  dryRun: boolean
  /** Extra CAs (PEM) to trust for an HTTPS host; empty to trust only the defaults. */
  caCertificates: string[]
  /** Which dbt nodes became which tables, when dbt-run-results was given. */
  dbt: DbtMapping | undefined
}

/** What parsing needs from outside: the time, and ways to read the files inputs name. */
export interface InputEnvironment {
  now: Date
  /** A small file (a CA certificate). */
  readTextFile(path: string): string
  /** A dbt artifact, which can be tens of MB. */
  readArtifact(path: string): string
}

export interface ParsedInputs {
  config: Config
  /** Things worth telling the user that are not errors (e.g. backticks added to a name). */
  notices: string[]
}

export const DEFAULTS = {
  partition: 'today',
  timezone: 'UTC',
  'timeout-seconds': '30',
  retries: '3',
  concurrency: '4',
  'fail-fast': 'false',
  'dry-run': 'false',
  'max-triggers': '1000',
  'dbt-catalog': 'default_catalog'
}
const MAX_TIMEOUT_SECONDS = 3600
const MAX_RETRIES = 10
const MAX_CONCURRENCY = 32
// Keeps the `results` output under GitHub's 1 MB limit and the summary under 1 MiB (tested).
const MAX_PLAN_SIZE = 2000

/** Every value that must be masked, found before any validation can log anything. */
export function secretsOf(raw: RawInputs): string[] {
  return [raw['auth-value'], raw['app-secret'], ...secretsInHost(raw.host)].filter(
    secret => secret !== ''
  )
}

/**
 * Validates every input; throws InputErrors with every refusal (input, rule, value), so that a
 * user fixes them all in one go. Inputs that depend on a refused one are not checked.
 */
export function parseInputs(raw: RawInputs, env: InputEnvironment): ParsedInputs {
  const { now, readTextFile } = env
  const notices: string[] = []
  const inputs = new RefusalCollector()
  const endpoint = inputs.take(() => forInput('host', () => parseHost(raw.host)))
  const tenantId = inputs.take(() => forInput('tenant-id', () => headerField(raw['tenant-id'])))
  const credentials = readCredentials(raw, inputs)
  const withDbt = raw['dbt-run-results'] !== ''
  const dbt = withDbt ? inputs.take(() => readDbt(raw, env)) : undefined
  const named = inputs.take(() => readTableNames(raw, notices, withDbt))
  const tableNames = named && (!withDbt || dbt) ? [...named, ...dbtTables(dbt)] : undefined
  const timeZone = inputs.take(() =>
    forInput('timezone', () => parseTimeZone(orDefault(raw, 'timezone')))
  )
  const partitions =
    timeZone === undefined
      ? undefined
      : inputs.take(() =>
          forInput('partition', () =>
            resolvePartitions(splitList(orDefault(raw, 'partition')), { now, timeZone })
          )
        )
  const timeoutMs = inputs.take(() =>
    forInput('timeout-seconds', () => parseTimeoutMs(orDefault(raw, 'timeout-seconds')))
  )
  const retries = inputs.take(() =>
    forInput('retries', () => parseWholeNumber(orDefault(raw, 'retries'), 0, MAX_RETRIES))
  )
  const concurrency = inputs.take(() =>
    forInput('concurrency', () =>
      parseWholeNumber(orDefault(raw, 'concurrency'), 1, MAX_CONCURRENCY)
    )
  )
  const failFast = inputs.take(() =>
    forInput('fail-fast', () => parseBoolean(orDefault(raw, 'fail-fast')))
  )
  const dryRun = inputs.take(() =>
    forInput('dry-run', () => parseBoolean(orDefault(raw, 'dry-run')))
  )
  const maxTriggers = inputs.take(() =>
    forInput('max-triggers', () =>
      parseWholeNumber(orDefault(raw, 'max-triggers'), 1, MAX_PLAN_SIZE)
    )
  )
  const plan =
    tableNames && partitions && maxTriggers !== undefined
      ? inputs.take(() =>
          forInput('max-triggers', () =>
            buildPlan(tableNames, partitions, { maxTriggers, largest: MAX_PLAN_SIZE })
          )
        )
      : undefined
  const caCertificates = inputs.take(() =>
    forInput('ca-certificate', () => parseCaCertificates(raw['ca-certificate'], readTextFile))
  )
  inputs.throwIfAny()
  return {
    config: {
      endpoint: defined(endpoint),
      tenantId: defined(tenantId),
      credentials: defined(credentials),
      plan: defined(plan),
      timeZone: defined(timeZone),
      today: todayIn({ now, timeZone: defined(timeZone) }),
      timeoutMs: defined(timeoutMs),
      retryPolicy: { retries: defined(retries), ...DEFAULT_BACKOFF },
      concurrency: defined(concurrency),
      failFast: defined(failFast),
      dryRun: defined(dryRun),
      caCertificates: defined(caCertificates),
      dbt
    },
    notices
  }
}

/** A value parsed without refusal; only reached when nothing was refused. */
function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('an input was neither parsed nor refused')
  return value
}

/**
 * The credential: auth-type with auth-value, or an API key pair (app-id, app-secret) that the
 * action exchanges for a TOKEN. One or the other, whole.
 */
function readCredentials(raw: RawInputs, inputs: RefusalCollector): Credentials | undefined {
  const headerGiven = raw['auth-type'] !== '' || raw['auth-value'] !== ''
  const pairGiven = raw['app-id'] !== '' || raw['app-secret'] !== ''
  if (headerGiven && pairGiven) {
    inputs.take(() => {
      throw new InputError(
        'app-id',
        'cannot be combined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with auth-value'
      )
    })
    return undefined
  }
  if (pairGiven) {
    const appId = inputs.take(() =>
      forInput('app-id', () => {
        requireNonEmpty(raw['app-id'], 'is required with app-secret (the API key ID)')
        requireHeaderSafe(raw['app-id'])
        return raw['app-id']
      })
    )
    const appSecret = inputs.take(() =>
      forInput('app-secret', () => {
        requireNonEmpty(raw['app-secret'], 'is required with app-id (the API key secret)')
        requireHeaderSafe(raw['app-secret'], { secret: true })
        return raw['app-secret']
      })
    )
    return appId && appSecret ? { kind: 'api-key', appId, appSecret } : undefined
  }
  const authType = inputs.take(() => forInput('auth-type', () => parseAuthType(raw['auth-type'])))
  const authValue = inputs.take(() => forInput('auth-value', () => secretHeader(raw['auth-value'])))
  return authType && authValue ? { kind: 'header', authType, authValue } : undefined
}

function orDefault(raw: RawInputs, name: keyof typeof DEFAULTS): string {
  return raw[name] === '' ? DEFAULTS[name] : raw[name]
}

function headerField(value: string): string {
  requireNonEmpty(value)
  requireHeaderSafe(value)
  requireMaxLength(value)
  return value
}

function secretHeader(value: string): string {
  requireNonEmpty(value)
  requireHeaderSafe(value, { secret: true })
  return value
}

function parseAuthType(value: string): AuthType {
  requireNonEmpty(
    value,
    `is required (one of ${AUTH_TYPES.join(', ')}), or give app-id and app-secret instead`
  )
  const upper = value.toUpperCase()
  const known = AUTH_TYPES.find(type => type === upper)
  if (!known) throw new RuleViolation(`must be one of ${AUTH_TYPES.join(', ')}`, value)
  return known
}

function parseTimeZone(value: string): string {
  const problem = timeZoneProblem(value)
  if (problem) throw new RuleViolation(problem, value)
  return value
}

function parseTimeoutMs(value: string): number {
  const seconds = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
    throw new RuleViolation(
      `must be a number of seconds above 0, at most ${MAX_TIMEOUT_SECONDS}`,
      value
    )
  }
  return Math.round(seconds * 1000)
}

function parseWholeNumber(value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new RuleViolation(`must be a whole number from ${min} to ${max}`, value)
  }
  return Number(value)
}

/** The YAML 1.2 booleans that core.getBooleanInput accepts. */
function parseBoolean(value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new RuleViolation('must be true or false', value)
}

const PART_INPUTS = ['datasource', 'catalog-schema', 'table'] as const

/**
 * The tables named by table-name, or by datasource, catalog-schema and table. With dbt, the
 * datasource belongs to dbt's tables, and naming tables besides them is optional.
 */
function readTableNames(raw: RawInputs, notices: string[], withDbt: boolean): string[] {
  const fullNames = splitList(raw['table-name'])
  const partsGiven = PART_INPUTS.filter(
    name => raw[name] !== '' && !(withDbt && name === 'datasource')
  )
  if (fullNames.length > 0 && partsGiven.length > 0) {
    throw new InputError(
      'table-name',
      `cannot be combined with ${partsGiven.join(', ')}: give full names or their parts, not both`
    )
  }
  if (fullNames.length > 0) return fullNames.map(name => parseFullName(name, notices))
  if (partsGiven.length === 0 && withDbt) return []
  if (partsGiven.length === 0) {
    throw new InputError(
      'table-name',
      'is required (or give datasource, catalog-schema and table, or dbt-run-results, instead)'
    )
  }
  return composeFromParts(raw)
}

function parseFullName(name: string, notices: string[]): string {
  const parsed = forInput('table-name', () => parseTableName(name))
  if (parsed.backticksAdded) {
    notices.push(`table-name: added the backticks the platform requires: ${parsed.tableName}`)
  }
  return parsed.tableName
}

function composeFromParts(raw: RawInputs): string[] {
  const missing = PART_INPUTS.find(name => splitList(raw[name]).length === 0)
  if (missing) {
    throw new InputError(missing, 'is required when datasource, catalog-schema or table is given')
  }
  const datasource = forInput('datasource', () => validateNamePart(raw.datasource))
  const catalogSchema = forInput('catalog-schema', () =>
    normalizeCatalogSchema(raw['catalog-schema'])
  )
  return splitList(raw.table).map(name =>
    forInput('table', () => composeTableName(datasource, catalogSchema, validateNamePart(name)))
  )
}

function dbtTables(dbt: DbtMapping | undefined): string[] {
  return dbt ? dbt.mapped.map(node => node.tableName) : []
}

/** The tables the dbt run rebuilt, from its run_results.json and manifest.json. */
function readDbt(raw: RawInputs, env: InputEnvironment): DbtMapping {
  const datasource = forInput('datasource', () => {
    requireNonEmpty(
      raw.datasource,
      'is required with dbt-run-results: the data source name bound in AnyMetrics'
    )
    return validateNamePart(raw.datasource)
  })
  const defaultCatalog = forInput('dbt-catalog', () =>
    validateNamePart(orDefault(raw, 'dbt-catalog'))
  )
  const select = forInput('dbt-select', () => splitList(raw['dbt-select']).map(parseSelector))
  const exclude = forInput('dbt-exclude', () => splitList(raw['dbt-exclude']).map(parseSelector))
  const runResultsPath = raw['dbt-run-results']
  const manifestPath = raw['dbt-manifest'] || join(dirname(runResultsPath), 'manifest.json')
  const results = forInput('dbt-run-results', () =>
    readArtifact(env, runResultsPath, readRunResults)
  )
  const wanted = idsToLookUp(results)
  const nodes = forInput('dbt-manifest', () =>
    readArtifact(env, manifestPath, text => readManifestNodes(text, wanted))
  )
  const missing = [...wanted].filter(id => !nodes.has(id))
  if (missing.length > 0) {
    throw new InputError(
      'dbt-manifest',
      `has no node ${missing[0]}${missing.length > 1 ? ` (nor ${missing.length - 1} more)` : ''} that run_results names: give the manifest of the same dbt run`,
      manifestPath
    )
  }
  return mapDbtRun(results, nodes, { datasource, defaultCatalog, select, exclude })
}

/** Reads and parses an artifact; a refusal names its path, never its content. */
function readArtifact<T>(env: InputEnvironment, path: string, parse: (text: string) => T): T {
  let text: string
  try {
    text = env.readArtifact(path)
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unreadable'
    throw new RuleViolation(`names a file that cannot be read (${code})`, path)
  }
  try {
    return parse(text)
  } catch (error) {
    if (error instanceof RuleViolation) throw new RuleViolation(error.rule, path)
    throw error
  }
}
