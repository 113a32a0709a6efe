/** Parsers for the single-value inputs: numbers, booleans, the time zone. Pure. */
import { timeZoneProblem } from './partition.js'
import { RuleViolation } from './refusals.js'

const MAX_TIMEOUT_SECONDS = 3600

/**
 * Seconds above 0 (fractions allowed), as whole milliseconds. A value that rounds to 0 ms is
 * refused: such a deadline would end every request before it is sent.
 */
export function parseTimeoutMs(value: string): number {
  const seconds = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
    throw new RuleViolation(
      `must be a number of seconds above 0, at most ${MAX_TIMEOUT_SECONDS}`,
      value
    )
  }
  const ms = Math.round(seconds * 1000)
  if (ms < 1) throw new RuleViolation('must be at least 0.001 (1 ms); it rounds to 0 ms', value)
  return ms
}

/**
 * A positive decimal number of `unit`s (fractions allowed) from `min` to `max`, as whole
 * milliseconds: `wait-timeout-minutes`, `wait-interval-seconds`.
 */
export function parseDurationMs(
  value: string,
  unit: { name: string; ms: number },
  range: { min: number; max: number }
): number {
  const amount = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || amount < range.min || amount > range.max || amount <= 0) {
    const from = range.min > 0 ? `from ${range.min}` : 'above 0'
    throw new RuleViolation(`must be a number of ${unit.name} ${from}, at most ${range.max}`, value)
  }
  const ms = Math.round(amount * unit.ms)
  if (ms < 1) throw new RuleViolation(`must be at least 1 ms; it rounds to 0 ms`, value)
  return ms
}

export function parseWholeNumber(value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new RuleViolation(`must be a whole number from ${min} to ${max}`, value)
  }
  return Number(value)
}

/**
 * `dry-run`: `false` (run), `true` (plan only, nothing sent: for runners that cannot reach the
 * platform), or `check` (plan, then prove the connection with read-only calls).
 */
export type DryRun = 'off' | 'plan' | 'check'

export function parseDryRun(value: string): DryRun {
  if (value.toLowerCase() === 'check') return 'check'
  try {
    return parseBoolean(value) ? 'plan' : 'off'
  } catch {
    throw new RuleViolation('must be true, false or check', value)
  }
}

/** The YAML 1.2 booleans that core.getBooleanInput accepts. */
export function parseBoolean(value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new RuleViolation('must be true or false', value)
}

export function parseTimeZone(value: string): string {
  const problem = timeZoneProblem(value)
  if (problem) throw new RuleViolation(problem, value)
  return value
}
