// @ts-check
/**
 * A plan's times on the platform's own clock (this machine's local time): read from
 * PlanOptions, and written in the formats the plan status call can use.
 */

/** How a plan's times are written by the status call (see PlanOptions.timeFormat). */
export const PLAN_TIME_FORMATS = /** @type {const} */ ([
  'platform',
  'iso',
  'iso-zoned',
  'epoch',
  'odd'
])
/** What the 'odd' time format writes instead of a time. */
export const ODD_TIME_TEXT = 'yesterday evening'

/**
 * @typedef {typeof PLAN_TIME_FORMATS[number]} PlanTimeFormat
 * 'platform' 2024-09-01 18:09:16 (as documented), 'iso' 2024-09-01T18:09:16, 'iso-zoned'
 * 2024-09-01T18:09:16.123+08:00, 'epoch' epoch milliseconds as a JSON number, 'odd' a text that
 * is no time at all (ODD_TIME_TEXT).
 */

/**
 * A plan's initial time, as PlanOptions gives it (yyyy-MM-dd HH:mm:ss on the platform's clock,
 * or any form Date.parse reads), as epoch milliseconds.
 * @param {string} name the plan, for the message
 * @param {string} field
 * @param {string | null | undefined} given
 * @param {string} fallback
 */
export function initialTime(name, field, given, fallback) {
  if (given === null) return null
  const text = given ?? fallback
  const local = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(text)
  const ms = local
    ? new Date(
        Number(local[1]),
        Number(local[2]) - 1,
        Number(local[3]),
        Number(local[4]),
        Number(local[5]),
        Number(local[6])
      ).getTime()
    : Date.parse(text)
  if (Number.isNaN(ms)) throw new Error(`plan ${name}: ${field} ${text} is not a time`)
  return ms
}

/**
 * The start of a partition's day on the platform's clock, as epoch milliseconds.
 * @param {string} partition yyyy-MM-dd, as a trigger the platform accepted has it
 */
export function localMidnight(partition) {
  const [year = 0, month = 1, day = 1] = partition.split('-').map(Number)
  return new Date(year, month - 1, day).getTime()
}

/**
 * A time as the platform writes it, on its own clock (this machine's local time).
 * @param {number | null} ms
 * @param {PlanTimeFormat} format
 * @returns {string | number | null}
 */
export function formatPlanTime(ms, format) {
  if (ms === null) return null
  const at = new Date(ms)
  const two = (/** @type {number} */ n) => String(n).padStart(2, '0')
  const date = `${String(at.getFullYear()).padStart(4, '0')}-${two(at.getMonth() + 1)}-${two(at.getDate())}`
  const time = `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`
  switch (format) {
    case 'platform':
      return `${date} ${time}`
    case 'iso':
      return `${date}T${time}`
    case 'iso-zoned': {
      const offset = -at.getTimezoneOffset()
      const sign = offset < 0 ? '-' : '+'
      const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`
      return `${date}T${time}.${String(at.getMilliseconds()).padStart(3, '0')}${zone}`
    }
    case 'epoch':
      return ms
    case 'odd':
      return ODD_TIME_TEXT
  }
}
