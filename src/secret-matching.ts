/**
 * Finding secrets however a server echoed them. Exact matching cannot keep up with every
 * encoding (a Java servlet's URLEncoder writes `+` for a space and percent-escapes in either
 * case; base64 arrives broken into lines; HTML uses numeric entities; invisible characters or
 * another Unicode normalization form can sit inside), so both the text and each secret are
 * reduced to one canonical form, matched there, and the match is mapped back to the span of the
 * original text it came from. Pure and linear in the text (times the number of secret forms).
 */

/** A text in canonical form, with the span of the original that each character came from. */
interface Canonical {
  chars: string
  starts: number[]
  ends: number[]
}

const HEX = /^[0-9a-fA-F]{2}$/
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' '
}
const JSON_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: ' ',
  f: ' ',
  n: ' ',
  r: ' ',
  t: ' '
}
// White space and characters that do not show: dropped from the canonical form.
const DROPPED = /[\s\u0085\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff+]/u
const MARKS = /\p{M}/gu

/** One decoded character (or none) and how many source code units it used. */
type Step = { text: string; length: number }

/**
 * The canonical form of a text: encodings decoded (unless `decode` is false), invisible
 * characters and spaces dropped, marks removed.
 */
export function canonicalize(text: string, decode = true): Canonical {
  const canonical: Canonical = { chars: '', starts: [], ends: [] }
  const parts: string[] = []
  for (let at = 0; at < text.length;) {
    const step = decode ? decodeAt(text, at) : plainAt(text, at)
    for (const char of normalized(step.text)) {
      parts.push(char)
      for (let unit = 0; unit < char.length; unit++) {
        canonical.starts.push(at)
        canonical.ends.push(at + step.length)
      }
    }
    at += step.length
  }
  canonical.chars = parts.join('')
  return canonical
}

/** A character as it compares: compatibility-decomposed, marks removed, invisibles dropped. */
function normalized(text: string): string[] {
  if (text === '' || DROPPED.test(text)) return []
  const plain = text.normalize('NFKD').replace(MARKS, '')
  return [...plain].filter(char => !DROPPED.test(char))
}

function decodeAt(text: string, at: number): Step {
  const char = text[at] ?? ''
  if (char === '%') return percentAt(text, at)
  if (char === '&') return entityAt(text, at)
  if (char === '\\') return escapeAt(text, at)
  return plainAt(text, at)
}

function plainAt(text: string, at: number): Step {
  const code = text.codePointAt(at) ?? 0
  return { text: String.fromCodePoint(code), length: code > 0xffff ? 2 : 1 }
}

/** `%XX`, and a run of them as UTF-8 bytes: one decoded character at a time. */
function percentAt(text: string, at: number): Step {
  const first = byteAt(text, at)
  if (first === undefined) return { text: '%', length: 1 }
  const size = first < 0x80 ? 1 : first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1
  const bytes = [first]
  for (let index = 1; index < size; index++) {
    const next = byteAt(text, at + index * 3)
    if (next === undefined) break
    bytes.push(next)
  }
  const decoded = new TextDecoder().decode(Uint8Array.from(bytes))
  return { text: decoded, length: bytes.length * 3 }
}

function byteAt(text: string, at: number): number | undefined {
  if (text[at] !== '%') return undefined
  const hex = text.slice(at + 1, at + 3)
  return HEX.test(hex) ? parseInt(hex, 16) : undefined
}

/** `&#65;`, `&#x41;` and the few named entities a server writes. */
function entityAt(text: string, at: number): Step {
  const end = text.indexOf(';', at + 1)
  if (end < 0 || end - at > 10) return { text: '&', length: 1 }
  const name = text.slice(at + 1, end)
  const numeric = /^#(x[0-9a-f]{1,6}|[0-9]{1,7})$/i.exec(name)
  if (numeric?.[1]) {
    const value =
      numeric[1].startsWith('x') || numeric[1].startsWith('X')
        ? parseInt(numeric[1].slice(1), 16)
        : parseInt(numeric[1], 10)
    if (value > 0 && value <= 0x10ffff)
      return { text: String.fromCodePoint(value), length: end - at + 1 }
  }
  const named = NAMED_ENTITIES[name.toLowerCase()]
  return named === undefined ? { text: '&', length: 1 } : { text: named, length: end - at + 1 }
}

/** JSON's escapes: `\uXXXX` and `\n`, `\"`, `\\`… */
function escapeAt(text: string, at: number): Step {
  const next = text[at + 1] ?? ''
  const unit = unicodeEscape(text, at)
  if (unit !== undefined) {
    // A surrogate pair written as two escapes is one character (NFKD needs it whole).
    const low = unit >= 0xd800 && unit <= 0xdbff ? unicodeEscape(text, at + 6) : undefined
    if (low !== undefined && low >= 0xdc00 && low <= 0xdfff) {
      return { text: String.fromCharCode(unit, low), length: 12 }
    }
    return { text: String.fromCharCode(unit), length: 6 }
  }
  const escaped = JSON_ESCAPES[next]
  return escaped === undefined ? { text: '\\', length: 1 } : { text: escaped, length: 2 }
}

function unicodeEscape(text: string, at: number): number | undefined {
  if (text[at] !== '\\' || text[at + 1] !== 'u') return undefined
  const hex = text.slice(at + 2, at + 6)
  return /^[0-9a-fA-F]{4}$/.test(hex) ? parseInt(hex, 16) : undefined
}

/**
 * The spans of `text` where any of the canonical forms occurs, merged: what to mask. A form
 * found in the canonical text is mapped back to every source character it was made of. The
 * text is read twice, decoded and not: decoding can take a secret's first character into an
 * escape that stands before it (`\\` then `r…` reads as `\\r`), and the plain reading still
 * sees it whole.
 */
export function secretSpans(text: string, forms: readonly string[]): Array<[number, number]> {
  if (forms.length === 0 || text === '') return []
  const spans: Array<[number, number]> = []
  for (const canonical of [canonicalize(text), canonicalize(text, false)]) {
    spansOf(canonical, forms, text.length, spans)
  }
  return merged(spans)
}

function spansOf(
  canonical: Canonical,
  forms: readonly string[],
  length: number,
  spans: Array<[number, number]>
): void {
  for (const form of forms) {
    for (let found = canonical.chars.indexOf(form); found >= 0;) {
      const last = found + form.length - 1
      spans.push([canonical.starts[found] ?? 0, canonical.ends[last] ?? length])
      found = canonical.chars.indexOf(form, found + 1)
    }
  }
}

function merged(spans: Array<[number, number]>): Array<[number, number]> {
  spans.sort((a, b) => a[0] - b[0])
  const out: Array<[number, number]> = []
  for (const [start, end] of spans) {
    const last = out.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else out.push([start, end])
  }
  return out
}
