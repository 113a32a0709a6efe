/** Small shared pieces of wording and sizing for everything the report layer forms. */
import { decimal, display, shorten, type DisplayText } from '../trust.js'

/**
 * How much of a record is shown, tried in turn until it fits its budget: first free texts
 * (errorMsg, data) get shorter, then identifiers (trace IDs, table names) are clipped, then
 * long lists show their first rows and say how many more there are.
 */
export interface Detail {
  textLimit: number
  idLimit: number
  rowCap: number
}

const DETAIL_LEVELS: readonly Detail[] = [
  ...[500, 200, 80, 20, 0].map(textLimit => ({ textLimit, idLimit: Infinity, rowCap: Infinity })),
  { textLimit: 0, idLimit: 40, rowCap: Infinity },
  ...[1000, 300, 100, 30, 10].map(rowCap => ({ textLimit: 0, idLimit: 40, rowCap })),
  // Last, for what keeps every row (the results output): the shortest identifiers.
  { textLimit: 0, idLimit: 8, rowCap: 10 }
]

export function plural(count: number): DisplayText {
  return count === 1 ? display`` : display`s`
}

export function formatDuration(ms: number): DisplayText {
  return ms < 1000 ? display`${ms} ms` : display`${decimal(ms / 1000, 1)} s`
}

/** Renders with ever less detail until the UTF-8 size fits. */
export function fitWithin(maxBytes: number, render: (detail: Detail) => string): string {
  let text = ''
  for (const detail of DETAIL_LEVELS) {
    text = render(detail)
    if (Buffer.byteLength(text) <= maxBytes) return text
  }
  return text
}

/** The first `cap` items, and how many were left out. */
export function firstRows<T>(items: readonly T[], cap: number): { rows: T[]; more: number } {
  const rows = items.slice(0, cap)
  return { rows, more: items.length - rows.length }
}

export function clipped(text: DisplayText | null, limit: number): DisplayText | null {
  return text === null ? null : shorten(text, limit)
}
