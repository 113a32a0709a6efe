/** A rule that a value breaks, before we know which input it came from. */
export class RuleViolation extends Error {
  constructor(
    readonly rule: string,
    readonly offendingValue?: string
  ) {
    super(rule)
    this.name = 'RuleViolation'
  }
}

const MAX_SHOWN_VALUE = 120

/**
 * A refused input: names the input, the rule and the offending value. The value is shown
 * JSON-quoted so that invisible characters (line breaks, tabs) are visible; secret inputs pass
 * no value at all.
 */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly rule: string,
    readonly offendingValue?: string
  ) {
    super(describe(input, rule, offendingValue))
    this.name = 'InputError'
  }
}

function describe(input: string, rule: string, value: string | undefined): string {
  const shown = value === undefined ? '' : `; got ${quote(value)}`
  return `Input "${input}" ${rule}${shown}`
}

function quote(value: string): string {
  const quoted = JSON.stringify(value)
  return quoted.length > MAX_SHOWN_VALUE ? `${quoted.slice(0, MAX_SHOWN_VALUE)}…"` : quoted
}

/** Runs a rule check and names the input it was about when it fails. */
export function forInput<T>(input: string, check: () => T): T {
  try {
    return check()
  } catch (error) {
    if (error instanceof RuleViolation) {
      throw new InputError(input, error.rule, error.offendingValue)
    }
    throw error
  }
}
