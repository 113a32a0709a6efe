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
// HTML 4's names for U+00A0 to U+00FF, in order (Java's escapeHtml4 writes `&ouml;`).
const LATIN1_ENTITY_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg ' +
  'plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 ' +
  'iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave ' +
  'Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute ' +
  'Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave ' +
  'eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml ' +
  'divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ')
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  plus: '+',
  sol: '/',
  equals: '=',
  ...Object.fromEntries(
    LATIN1_ENTITY_NAMES.map((name, index) => [name, String.fromCharCode(0xa0 + index)])
  )
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
// White space, `+` (a URL-encoded space) and characters that do not show (default-ignorable
// and format characters, fillers): dropped from the canonical form.
const DROPPED = /[\s\u0085+\u115f\u1160\u3164\uffa0]|\p{Default_Ignorable_Code_Point}|\p{Cf}/u
const MARKS = /\p{M}/gu

/** One decoded character (or none) and how many source code units it used. */
type Step = { text: string; length: number }

/**
 * The canonical form of a text: encodings decoded (unless `decode` is false), invisible
 * characters and spaces dropped, marks removed. Printable ASCII, most of any text, is taken as
 * it is: a long error text is read on every answer, and an object and an array for each of its
 * characters were most of what a run of 2,000 failures allocated.
 */
export function canonicalize(text: string, decode = true): Canonical {
  const units: number[] = []
  const canonical: Canonical = { chars: '', starts: [], ends: [] }
  for (let at = 0; at < text.length;) {
    const code = text.charCodeAt(at)
    if (isOwnCanonical(code, decode)) {
      units.push(code)
      canonical.starts.push(at)
      canonical.ends.push(at + 1)
      at += 1
      continue
    }
    const step = decode ? decodeAt(text, at) : plainAt(text, at)
    for (const char of normalized(step.text)) {
      for (let unit = 0; unit < char.length; unit++) {
        units.push(char.charCodeAt(unit))
        canonical.starts.push(at)
        canonical.ends.push(at + step.length)
      }
    }
    at += step.length
  }
  // A few thousand units a call (fromCharCode's arguments go on the stack); apply, not a
  // spread, which would walk an iterator. Lone surrogates stay as they are.
  const parts: string[] = []
  for (let from = 0; from < units.length; from += 4096) {
    parts.push(String.fromCharCode.apply(null, units.slice(from, from + 4096)))
  }
  canonical.chars = parts.join('')
  return canonical
}

/** Printable ASCII but `+`, and, when decoding, the characters that start an encoding. */
function isOwnCanonical(code: number, decode: boolean): boolean {
  if (code <= 0x20 || code >= 0x7f || code === 0x2b) return false
  return !decode || (code !== 0x25 && code !== 0x26 && code !== 0x5c)
}

/** A character as it compares: compatibility-decomposed, marks removed, invisibles dropped. */
function normalized(text: string): string[] {
  // Printable ASCII but `+` is its own canonical form: the common case, kept fast.
  if (text.length === 1 && text > ' ' && text < '\u007f' && text !== '+') return [text]
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
  // Not UTF-8: a server that percent-encodes the Latin-1 bytes it received (`%F6` for ö).
  if (decoded.includes('\ufffd')) return { text: String.fromCharCode(first), length: 3 }
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
  if (end < 0 || end - at > 12) return { text: '&', length: 1 }
  const name = text.slice(at + 1, end)
  const numeric = /^#(x0*[0-9a-f]{1,6}|0*[0-9]{1,7})$/i.exec(name)
  if (numeric?.[1]) {
    const value =
      numeric[1].startsWith('x') || numeric[1].startsWith('X')
        ? parseInt(numeric[1].slice(1), 16)
        : parseInt(numeric[1], 10)
    if (value > 0 && value <= 0x10ffff)
      return { text: String.fromCodePoint(value), length: end - at + 1 }
  }
  const named = NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()]
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
  if (PLAIN_TEXT.test(text)) {
    // Visible ASCII with nothing to decode or drop is its own canonical form: matched as it
    // stands, with nothing allocated (most of what a run shows: names, dates, IDs).
    for (const form of forms) spansIn(text, form, spans)
    return merged(spans)
  }
  const encoded = ENCODED.test(text)
  if (!encoded && ASCII.test(text)) {
    // ASCII with nothing to decode: its canonical form is itself without white space and `+`.
    // Most error texts hold no secret, and this finds so without mapping every character.
    const chars = text.replace(ASCII_DROPPED, '')
    if (!forms.some(form => chars.includes(form))) return []
  }
  spansOf(canonicalize(text), forms, text.length, spans)
  // With nothing to decode, the plain reading is the same text: read once.
  if (encoded) spansOf(canonicalize(text, false), forms, text.length, spans)
  return merged(spans)
}

// What the decoded reading decodes: a percent escape, an entity or a backslash escape.
const ENCODED = /[%&\\]/
// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/
const ASCII_DROPPED = /[\s+]/g

// Visible ASCII but the characters canonicalization decodes (% & \\) or drops (+).
const PLAIN_TEXT = /^[\x21-\x24\x27-\x2a\x2c-\x5b\x5d-\x7e]*$/

function spansIn(text: string, form: string, spans: Array<[number, number]>): void {
  for (let found = text.indexOf(form); found >= 0; found = text.indexOf(form, found + 1)) {
    spans.push([found, found + form.length])
  }
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

/**
 * The forms in which a secret can come back: as is, URL-encoded (both ways of writing a space),
 * JSON-escaped, HTML-escaped, and base64 (standard and URL-safe, at each of the three byte
 * alignments it can have inside a longer encoded text).
 */
export function secretForms(secret: string): string[] {
  if (secret === '') return []
  const forms = [
    secret,
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%20/g, '+'),
    JSON.stringify(secret).slice(1, -1),
    htmlEscape(secret, '&#39;'),
    htmlEscape(secret, '&#x27;'),
    ...base64Forms(secret)
  ]
  return [...new Set(forms)].filter(form => form !== '')
}

function htmlEscape(text: string, apostrophe: string): string {
  const entities: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": apostrophe
  }
  return text.replace(/[&<>"']/g, c => entities[c] ?? c)
}

/**
 * Base64 of the secret alone, and the characters that depend only on the secret when it starts
 * 1 or 2 bytes into a longer encoded text (as in base64 of `user:secret`).
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  const alone = bytes.toString('base64')
  const forms = [alone, alone.replace(/=+$/, '')]
  for (const offset of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64')
    const first = Math.ceil((offset * 8) / 6)
    const end = Math.floor(((offset + bytes.length) * 8) / 6) // whole characters only
    forms.push(encoded.slice(first, end))
  }
  // A few characters would mask unrelated text; such a short secret is masked in its plain form.
  return forms
    .filter(form => form.length >= 6)
    .flatMap(form => [form, form.replace(/\+/g, '-').replace(/\//g, '_')])
}
