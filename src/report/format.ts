/** Small shared pieces of wording and sizing for everything the report layer forms. */
import { decimal, display, shorten, type DisplayText } from '../trust.js'

/** Longest a free text (errorMsg, data) may be, tried in turn until everything fits. */
const TEXT_LIMITS = [500, 200, 80, 20, 0]

export function plural(count: number): DisplayText {
  return count === 1 ? display`` : display`s`
}

export function formatDuration(ms: number): DisplayText {
  return ms < 1000 ? display`${ms} ms` : display`${decimal(ms / 1000, 1)} s`
}

/** Renders with ever shorter free texts until the UTF-8 size fits. */
export function fitWithin(maxBytes: number, render: (textLimit: number) => string): string {
  let text = ''
  for (const limit of TEXT_LIMITS) {
    text = render(limit)
    if (Buffer.byteLength(text) <= maxBytes) return text
  }
  return text
}

export function clipped(text: DisplayText | null, limit: number): DisplayText | null {
  return text === null ? null : shorten(text, limit)
}
