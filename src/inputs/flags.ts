/**
 * The command line's flags and environment as the action's raw inputs. Pure: every input of
 * action.yml is `--<input> value` or `--<input>=value`, else `ANYMETRICS_<INPUT>`, else its
 * action.yml default, exactly as a runner fills `INPUT_*`. Credentials never come as flags.
 */
import { INPUT_NAMES, type InputName, type RawInputs } from './parse-inputs.js'

/** The inputs a flag would put in shell history and process listings: environment or file only. */
export const CREDENTIAL_INPUTS = ['auth-value', 'app-secret'] as const
type CredentialInput = (typeof CREDENTIAL_INPUTS)[number]

/** The command's own flags, beside the inputs: switches take no value, the others one. */
const SWITCHES = ['json', 'debug', 'help', 'version'] as const
const VALUED = ['summary-file', 'auth-value-file', 'app-secret-file'] as const
type Switch = (typeof SWITCHES)[number]
type Valued = (typeof VALUED)[number]

/** What the command was asked to do. */
export interface CliRequest {
  /** Every input but the credentials, from flag, environment or default. */
  inputs: RawInputs
  /** Files to read a credential from, when given (they win over the environment). */
  credentialFiles: Partial<Record<CredentialInput, string>>
  json: boolean
  debug: boolean
  help: boolean
  version: boolean
  summaryFile: string | undefined
}

/**
 * A refused command line: which flag, the rule, and the offending text when it may be quoted
 * (never a credential's value, never a bare argument, which could be one).
 */
export class FlagError extends Error {
  constructor(
    readonly flag: string,
    readonly rule: string,
    readonly offendingValue?: string
  ) {
    super(`${flag} ${rule}`)
    this.name = 'FlagError'
  }
}

/** `ANYMETRICS_<INPUT>`: upper case, hyphens as underscores. */
export function environmentName(input: string): string {
  return `ANYMETRICS_${input.toUpperCase().replace(/-/g, '_')}`
}

const isInput = (name: string): name is InputName =>
  (INPUT_NAMES as readonly string[]).includes(name)
const isCredential = (name: string): name is CredentialInput =>
  (CREDENTIAL_INPUTS as readonly string[]).includes(name)
const isSwitch = (name: string): name is Switch => (SWITCHES as readonly string[]).includes(name)
const isValued = (name: string): name is Valued => (VALUED as readonly string[]).includes(name)

/**
 * Reads argv (without node and the script) and the environment; throws the first `FlagError`
 * met, left to right, before anything is read or sent.
 */
export function parseFlags(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  defaults: Readonly<Record<InputName, string>>
): CliRequest {
  const given = new Map<string, string | true>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (!arg.startsWith('--') || arg === '--') {
      // Not quoted back: a stray argument can be a secret that lost its flag.
      throw new FlagError(`argument ${i + 1}`, 'is not a flag: every setting is --<name> value')
    }
    const equals = arg.indexOf('=')
    const name = arg.slice(2, equals < 0 ? undefined : equals)
    const flag = `--${name}`
    if (isCredential(name)) {
      throw new FlagError(
        flag,
        `is refused: a credential given as a flag lands in shell history and process listings; set ${environmentName(name)} or use ${flag}-file PATH`
      )
    }
    if (!isInput(name) && !isSwitch(name) && !isValued(name)) {
      throw new FlagError(flag, 'is not a flag of anymetrics-refresh (see --help)')
    }
    if (given.has(name)) throw new FlagError(flag, 'is given twice')
    if (isSwitch(name)) {
      if (equals >= 0) throw new FlagError(flag, 'takes no value')
      given.set(name, true)
      continue
    }
    const next = argv[i + 1]
    if (equals >= 0) given.set(name, arg.slice(equals + 1))
    else if (next === undefined || next.startsWith('--')) {
      throw new FlagError(flag, 'needs a value: --name value or --name=value')
    } else {
      given.set(name, next)
      i++
    }
  }
  const valueOf = (name: string): string | undefined => {
    const value = given.get(name)
    return typeof value === 'string' ? value : undefined
  }
  const inputs = Object.fromEntries(
    INPUT_NAMES.map(name => {
      const value = valueOf(name) ?? nonEmpty(env[environmentName(name)]) ?? defaults[name]
      // Trimmed, as a runner's core.getInput hands inputs over.
      return [name, value.trim()]
    })
  ) as RawInputs
  const credentialFiles: CliRequest['credentialFiles'] = {}
  for (const name of CREDENTIAL_INPUTS) {
    const file = valueOf(`${name}-file`)
    if (file !== undefined) credentialFiles[name] = file
  }
  return {
    inputs,
    credentialFiles,
    json: given.has('json'),
    debug: given.has('debug'),
    help: given.has('help'),
    version: given.has('version'),
    summaryFile: valueOf('summary-file')
  }
}

/** An empty variable counts as not set, as an empty input does on a runner. */
function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value
}
