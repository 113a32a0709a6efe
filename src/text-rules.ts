import { RuleViolation } from './input-error.js'

export const MAX_FIELD_LENGTH = 128

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value)
}

/** Header values must not carry CR/LF (header injection) or other control characters. */
export function requireHeaderSafe(value: string, options: { secret?: boolean } = {}): void {
  if (hasControlCharacters(value)) {
    throw new RuleViolation(
      'must not contain line breaks or control characters' +
        (options.secret ? ' (value hidden)' : ''),
      options.secret ? undefined : value
    )
  }
}

export function requireMaxLength(value: string, max: number = MAX_FIELD_LENGTH): void {
  if (value.length > max) {
    throw new RuleViolation(`must be at most ${max} characters (it has ${value.length})`, value)
  }
}

export function requireNonEmpty(value: string, what = 'is required'): void {
  if (value === '') throw new RuleViolation(what)
}
