/**
 * What the command line shows of its own: `--help`, a refused flag, and the `--json` document
 * (the action's outputs under their own names, typed). Pure.
 */
import { CREDENTIAL_INPUTS, environmentName, type FlagError } from '../inputs/flags.js'
import type { InputDoc } from '../inputs/input-docs.js'
import { display, type DisplayText, type TrustBoundary } from '../trust.js'
import { emptyOutputs, type Outputs } from './outputs.js'

/** The exit codes, public API: a scheduler acts on them. */
export const EXIT = { ok: 0, failed: 1, invalid: 2, SIGINT: 130, SIGTERM: 143 } as const

const HELP_WIDTH = 100

/** `--help`: usage, every flag with its default (from action.yml), the variables, the exit codes. */
export function helpText(docs: readonly InputDoc[]): string {
  const flags = docs.map(doc => {
    const credential = (CREDENTIAL_INPUTS as readonly string[]).includes(doc.name)
    const head = credential
      ? `  ${environmentName(doc.name)} or --${doc.name}-file PATH`
      : `  --${doc.name} VALUE`
    const given = doc.required ? 'required' : doc.default ? `default: ${doc.default}` : 'optional'
    return `${head}  (${given})\n${wrap(doc.description, '      ')}`
  })
  return [
    'Usage: anymetrics-refresh --host HOST --tenant-id ID [--<input> VALUE]... [--json]',
    '',
    'Triggers Aloudata CAN (AnyMetrics) materialized-table data updates: the engine of the',
    'GitHub Action anymetrics-refresh, with its inputs as flags (--name VALUE or --name=VALUE).',
    `Each input can also come from ANYMETRICS_<INPUT> (e.g. ${environmentName('tenant-id')}); the`,
    'flag wins. Credentials come only from the environment or a file, never from a flag.',
    '',
    'Inputs:',
    ...flags,
    '',
    'Options:',
    '  --json               one JSON document on stdout at the end (the outputs); the log is on stderr',
    '  --summary-file PATH  write the markdown summary to PATH',
    '  --debug              also log debug lines (each trigger body as sent)',
    '  --help               this text',
    '  --version            the version',
    '',
    'Exit codes:',
    `  ${EXIT.ok}    every trigger accepted (and every plan fresh when waiting); a dry run done`,
    `  ${EXIT.failed}    a trigger failed, a plan is not fresh, or a check failed`,
    `  ${EXIT.invalid}    invalid flags or inputs: nothing was sent`,
    `  ${EXIT.SIGINT}  stopped by SIGINT (Ctrl-C), after printing what it has`,
    `  ${EXIT.SIGTERM}  stopped by SIGTERM, likewise`,
    ''
  ].join('\n')
}

/** Words of `text` in lines within HELP_WIDTH, each starting with `indent`. */
function wrap(text: string, indent: string): string {
  const lines: string[] = []
  let line = indent
  for (const word of text.split(' ')) {
    if (line.length > indent.length && line.length + 1 + word.length > HELP_WIDTH) {
      lines.push(line)
      line = indent
    }
    line += line.length > indent.length ? ` ${word}` : word
  }
  lines.push(line)
  return lines.join('\n')
}

/** A refused flag in one line: which, the rule, and what was given when it may be quoted. */
export function flagRefusalLine(error: FlagError, boundary: TrustBoundary): DisplayText {
  const flag = boundary.text(error.flag, 100)
  const given =
    error.offendingValue === undefined
      ? display``
      : display`; got ${boundary.quote(error.offendingValue)}`
  return display`${flag} ${boundary.text(error.rule)}${given}`
}

/** A credential file that could not be read: the flag, the path, and the error's code. */
export function credentialFileLine(
  flag: string,
  path: string,
  code: string,
  boundary: TrustBoundary
): DisplayText {
  return display`--${boundary.text(flag)}: cannot read ${boundary.quote(path)} (${boundary.text(code)})`
}

/** The outputs of a run refused before it started (a refused flag). */
export function refusedOutputs(line: DisplayText): Outputs {
  return emptyOutputs([line])
}

/**
 * The `--json` document: the action's outputs under their own names, as JSON types (`results`
 * and `plans` arrays, the counts numbers, `fresh` true, false or null when not waiting,
 * `data-through` null when unknown). `success` is false after a signal, whatever was accepted.
 */
export function jsonDocument(
  outputs: Readonly<Record<string, string>>,
  signalled: boolean
): string {
  const text = (name: string): string => outputs[name] ?? ''
  const array = (name: string): unknown[] => {
    const value = text(name)
    return value === '' ? [] : (JSON.parse(value) as unknown[])
  }
  const document = {
    success: text('success') === 'true' && !signalled,
    'trace-id': text('trace-id'),
    'error-message': text('error-message'),
    results: array('results'),
    'succeeded-count': Number(text('succeeded-count') || 0),
    'failed-count': Number(text('failed-count') || 0),
    fresh: text('fresh') === '' ? null : text('fresh') === 'true',
    plans: array('plans'),
    'data-through': text('data-through') || null
  }
  return `${JSON.stringify(document, null, 2)}\n`
}
