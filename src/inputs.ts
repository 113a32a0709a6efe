import { parseHost, secretsInHost, type Endpoint } from './endpoint.js'
import { InputError, RuleViolation, forInput } from './input-error.js'
import { isKnownTimeZone, resolvePartition } from './partition.js'
import { DEFAULT_BACKOFF, type RetryPolicy } from './retry-policy.js'
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
  'table-name',
  'datasource',
  'catalog-schema',
  'table',
  'partition',
  'timezone',
  'timeout-seconds',
  'retries'
] as const

export type InputName = (typeof INPUT_NAMES)[number]
/** Inputs as the runner hands them over: trimmed strings, '' when not given. */
export type RawInputs = Record<InputName, string>

export const AUTH_TYPES = ['UID', 'TOKEN', 'ACCOUNT', 'APIKEY'] as const
export type AuthType = (typeof AUTH_TYPES)[number]

export interface Config {
  endpoint: Endpoint
  tenantId: string
  authType: AuthType
  authValue: string
  tableName: string
  partition: string
  timeZone: string
  timeoutMs: number
  retryPolicy: RetryPolicy
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
  retries: '3'
}
const MAX_TIMEOUT_SECONDS = 3600
const MAX_RETRIES = 10

/** Every value that must be masked, found before any validation can log anything. */
export function secretsOf(raw: RawInputs): string[] {
  return [raw['auth-value'], ...secretsInHost(raw.host)].filter(secret => secret !== '')
}

/** Validates every input; throws InputError (input, rule, value) on the first refusal. */
export function parseInputs(raw: RawInputs, now: Date): ParsedInputs {
  const notices: string[] = []
  const endpoint = forInput('host', () => parseHost(raw.host))
  const tenantId = forInput('tenant-id', () => headerField(raw['tenant-id']))
  const authType = forInput('auth-type', () => parseAuthType(raw['auth-type']))
  const authValue = forInput('auth-value', () => secretHeader(raw['auth-value']))
  const tableName = readTableName(raw, notices)
  const timeZone = forInput('timezone', () => parseTimeZone(orDefault(raw, 'timezone')))
  const partition = forInput('partition', () =>
    resolvePartition(orDefault(raw, 'partition'), { now, timeZone })
  )
  const timeoutMs = forInput('timeout-seconds', () =>
    parseTimeoutMs(orDefault(raw, 'timeout-seconds'))
  )
  const retries = forInput('retries', () => parseRetries(orDefault(raw, 'retries')))
  return {
    config: {
      endpoint,
      tenantId,
      authType,
      authValue,
      tableName,
      partition,
      timeZone,
      timeoutMs,
      retryPolicy: { retries, ...DEFAULT_BACKOFF }
    },
    notices
  }
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
  requireNonEmpty(value, `is required (one of ${AUTH_TYPES.join(', ')})`)
  const upper = value.toUpperCase()
  const known = AUTH_TYPES.find(type => type === upper)
  if (!known) throw new RuleViolation(`must be one of ${AUTH_TYPES.join(', ')}`, value)
  return known
}

function parseTimeZone(value: string): string {
  if (!isKnownTimeZone(value)) {
    throw new RuleViolation('must be an IANA time zone such as UTC or Asia/Shanghai', value)
  }
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

function parseRetries(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > MAX_RETRIES) {
    throw new RuleViolation(`must be a whole number from 0 to ${MAX_RETRIES}`, value)
  }
  return Number(value)
}

const PART_INPUTS = ['datasource', 'catalog-schema', 'table'] as const

function readTableName(raw: RawInputs, notices: string[]): string {
  const partsGiven = PART_INPUTS.filter(name => raw[name] !== '')
  if (raw['table-name'] !== '' && partsGiven.length > 0) {
    throw new InputError(
      'table-name',
      `cannot be combined with ${partsGiven.join(', ')}: give the full name or its parts, not both`
    )
  }
  if (raw['table-name'] !== '') {
    const parsed = forInput('table-name', () => parseTableName(raw['table-name']))
    if (parsed.backticksAdded) {
      notices.push(`table-name: added the backticks the platform requires: ${parsed.tableName}`)
    }
    return parsed.tableName
  }
  if (partsGiven.length === 0) {
    throw new InputError(
      'table-name',
      'is required (or give datasource, catalog-schema and table instead)'
    )
  }
  return composeFromParts(raw)
}

function composeFromParts(raw: RawInputs): string {
  const missing = PART_INPUTS.find(name => raw[name] === '')
  if (missing) {
    throw new InputError(missing, 'is required when datasource, catalog-schema or table is given')
  }
  const datasource = forInput('datasource', () => validateNamePart(raw.datasource))
  const catalogSchema = forInput('catalog-schema', () =>
    normalizeCatalogSchema(raw['catalog-schema'])
  )
  const table = forInput('table', () => validateNamePart(raw.table))
  return forInput('table', () => composeTableName(datasource, catalogSchema, table))
}
