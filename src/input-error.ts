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

/**
 * A refused input: names the input, the rule and the offending value (raw: the reporter quotes
 * it through the trust boundary). Secret inputs pass no value at all. The message leaves the
 * value out, so that nothing that prints an Error by habit can show it.
 */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly rule: string,
    readonly offendingValue?: string
  ) {
    super(`Input "${input}" ${rule}`)
    this.name = 'InputError'
  }
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
