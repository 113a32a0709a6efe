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

/** Every refused input of a run, so that all are reported at once. */
export class InputErrors extends Error {
  constructor(readonly errors: readonly InputError[]) {
    super(errors.map(error => error.message).join('\n'))
    this.name = 'InputErrors'
  }
}

/** Runs input parsers one after another, keeping each refusal instead of stopping at the first. */
export class RefusalCollector {
  readonly errors: InputError[] = []

  /** The parsed value, or undefined when the input was refused (the refusal is kept). */
  take<T>(parse: () => T): T | undefined {
    try {
      return parse()
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      this.errors.push(error)
      return undefined
    }
  }

  /** Throws every refusal kept, if there is any. */
  throwIfAny(): void {
    if (this.errors.length > 0) throw new InputErrors(this.errors)
  }
}
