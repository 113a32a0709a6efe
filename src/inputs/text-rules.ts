import { RuleViolation } from './refusals.js'

export const MAX_FIELD_LENGTH = 128

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/
// What an HTTP header value can carry as the platform receives it: Node writes header strings as
// Latin-1 and refuses anything beyond U+00FF; controls (CR, LF: header injection) are refused.
const HEADER_TEXT = /^[\u0020-\u007e\u00a0-\u00ff]*$/

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value)
}

/** Whether an HTTP header can carry the value as the platform will receive it. */
export function isHeaderSafe(value: string): boolean {
  return HEADER_TEXT.test(value)
}

/** Header values must be visible Latin-1 text: no line breaks, controls or wider characters. */
export function requireHeaderSafe(value: string, options: { secret?: boolean } = {}): void {
  if (!isHeaderSafe(value)) {
    throw new RuleViolation(
      'must be visible Latin-1 text, as an HTTP header carries it (no line breaks, control ' +
        'characters or characters beyond U+00FF)' +
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
