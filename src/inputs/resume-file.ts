/**
 * `resume-file`: the action's own record of what earlier attempts of a run got accepted (and,
 * when waiting, the plans' first baselines), so that a re-run sends only the rest. Pure: the
 * file is read and written by the caller. It holds names, dates, trace IDs and times, never a
 * credential: the host is kept as its base URL, without the user:password a host may carry.
 */
import { RuleViolation } from './refusals.js'
import { hasControlCharacters } from './text-rules.js'
import type { PlanRef } from './wait-plans.js'

const FORMAT = 'anymetrics-refresh/resume'
const VERSION = 1
/** 2,000 triggers take about 200 kB; a file many times that size is not one this action wrote. */
export const MAX_RESUME_FILE_BYTES = 8 * 1024 * 1024

/** A trigger an earlier attempt got accepted, with the traceId of the answer that accepted it. */
export interface AcceptedTrigger {
  tableName: string
  partition: string
  traceId: string | null
}

/** A plan's reading before the first attempt's triggers: what a resumed wait compares with. */
export interface StoredBaseline {
  plan: Pick<PlanRef, 'by' | 'value'>
  refreshMs: number | null
  latestRefreshTime: string | null
}

/** Where the triggers went: a record applies only to the same host and tenant. */
export interface ResumeScope {
  host: string
  tenantId: string
}

export interface ResumeEntry extends ResumeScope {
  accepted: AcceptedTrigger[]
  baselines: StoredBaseline[]
}

export interface ResumeRecord {
  entries: ResumeEntry[]
}

/** The input read: where the file is, and what it held (nothing yet on a first attempt). */
export interface ResumeFile {
  path: string
  record: ResumeRecord
}

const RULE = 'must be the path of a file this action wrote as resume-file, or of none yet'

/**
 * Reads the `resume-file` input: a path, and the record at it. A file that does not exist yet
 * is an empty record (the first attempt); one that is not this action's, is corrupt, or is of
 * another version is refused.
 */
export function readResumeFile(
  input: string,
  readTextFile: (path: string) => string | undefined
): ResumeFile | undefined {
  const path = input.trim()
  if (path === '') return undefined
  if (hasControlCharacters(path)) throw new RuleViolation(RULE, path)
  let text: string | undefined
  try {
    text = readTextFile(path)
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unreadable'
    throw new RuleViolation(`${RULE}; it cannot be read (${code})`, path)
  }
  return { path, record: text === undefined ? { entries: [] } : parseResumeRecord(text, path) }
}

/** The record in a resume file's text; refused, naming the path, when it is not one. */
function parseResumeRecord(text: string, path: string): ResumeRecord {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch {
    throw new RuleViolation(`${RULE}; it is not JSON (corrupt, or not this action's)`, path)
  }
  if (!isObject(document) || document.format !== FORMAT) {
    throw new RuleViolation(`${RULE}; it is not this action's (no "format": "${FORMAT}")`, path)
  }
  if (document.version !== VERSION) {
    const version = JSON.stringify(document.version ?? null).slice(0, 20)
    throw new RuleViolation(
      `${RULE}; it is of version ${version}, and this action reads version ${VERSION}`,
      path
    )
  }
  const entries = document.entries
  if (!Array.isArray(entries) || !entries.every(isEntry)) {
    throw new RuleViolation(`${RULE}; its entries are corrupt`, path)
  }
  return { entries }
}

/** The file's text for a record: one JSON document, an entry per host and tenant. */
export function formatResumeRecord(record: ResumeRecord): string {
  const document = {
    format: FORMAT,
    version: VERSION,
    note: 'Written by anymetrics-refresh: triggers accepted so far are not sent again by a run given this file as resume-file.',
    entries: record.entries
  }
  return `${JSON.stringify(document, null, 1)}\n`
}

function isEntry(value: unknown): value is ResumeEntry {
  return (
    isObject(value) &&
    typeof value.host === 'string' &&
    typeof value.tenantId === 'string' &&
    Array.isArray(value.accepted) &&
    value.accepted.every(isAccepted) &&
    Array.isArray(value.baselines) &&
    value.baselines.every(isBaseline)
  )
}

function isAccepted(value: unknown): value is AcceptedTrigger {
  return (
    isObject(value) &&
    typeof value.tableName === 'string' &&
    typeof value.partition === 'string' &&
    isStringOrNull(value.traceId)
  )
}

function isBaseline(value: unknown): value is StoredBaseline {
  return (
    isObject(value) &&
    isObject(value.plan) &&
    (value.plan.by === 'id' || value.plan.by === 'name') &&
    typeof value.plan.value === 'string' &&
    (value.refreshMs === null || Number.isFinite(value.refreshMs)) &&
    isStringOrNull(value.latestRefreshTime)
  )
}

function isStringOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string'
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
