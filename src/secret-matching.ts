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

// Tested on two characters at most, so unanchored: two hex digits are all of them.
const HEX = /[0-9a-fA-F]{2}/
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
  // Stryker disable next-line StringLiteral: a `+` is dropped from the canonical form, as nothing is
  plus: '+',
  sol: '/',
  equals: '=',
  ...Object.fromEntries(
    LATIN1_ENTITY_NAMES.map((name, index) => [name, String.fromCharCode(0xa0 + index)])
  )
}
const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/' }
// JSON's escapes of white space and control characters, read as white space.
const JSON_SPACES = new Set('bfnrt')
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
  const starts: number[] = []
  const ends: number[] = []
  for (let at = 0; at < text.length;) {
    const code = text.charCodeAt(at)
    // Stryker disable next-line ConditionalExpression,BlockStatement: the fast path; without it the character is read by the general path below, to the same result
    if (isOwnCanonical(code, decode)) {
      units.push(code)
      starts.push(at)
      ends.push(at + 1)
      at += 1
      continue
    }
    const step = decode ? decodeAt(text, at) : plainAt(text, at)
    for (const char of normalized(step.text)) {
      for (let unit = 0; unit < char.length; unit++) {
        units.push(char.charCodeAt(unit))
        starts.push(at)
        ends.push(at + step.length)
      }
    }
    at += step.length
  }
  // A few thousand units a call (fromCharCode's arguments go on the stack); apply, not a
  // spread, which would walk an iterator. Lone surrogates stay as they are.
  const parts: string[] = []
  // Stryker disable next-line EqualityOperator: `<=` adds an empty chunk at most, which adds nothing
  for (let from = 0; from < units.length; from += 4096) {
    parts.push(String.fromCharCode.apply(null, units.slice(from, from + 4096)))
  }
  return { chars: parts.join(''), starts, ends }
}

/**
 * Printable ASCII but `+`, and, when decoding, the characters that start an encoding. (A fast
 * path: a character it turns away is read by the general path, to the same result, so the
 * mutants that turn more away are equivalent.)
 */
// Stryker disable next-line BlockStatement: an answer of undefined turns every character away
function isOwnCanonical(code: number, decode: boolean): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: turns all away, or DEL (its own canonical form either way)
  if (code <= 0x20 || code >= 0x7f || code === 0x2b) return false
  // Stryker disable next-line ConditionalExpression,LogicalOperator: turns away every character, or (when not decoding) all but the three that start an encoding
  return !decode || (code !== 0x25 && code !== 0x26 && code !== 0x5c)
}

/** A character as it compares: compatibility-decomposed, marks removed, invisibles dropped. */
function normalized(text: string): string[] {
  // Printable ASCII but `+` is its own canonical form, and a dropped character has none: the
  // common cases, kept fast. (Each text here is one code point, which the general path below
  // reads the same: the mutants that skip these lines are equivalent.)
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BooleanLiteral: skip the fast path, for some characters or all
  if (text.length === 1 && isOwnCanonical(text.charCodeAt(0), false)) return [text]
  // Stryker disable next-line ConditionalExpression: no dropped code point decomposes into one that is kept (checked for each of them)
  if (DROPPED.test(text)) return []
  const plain = text.normalize('NFKD').replace(MARKS, '')
  return [...plain].filter(char => !DROPPED.test(char))
}

function decodeAt(text: string, at: number): Step {
  const char = text[at]
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
  // UTF-8's lead bytes: no valid sequence starts with C0 or C1 (nor with a byte below, ASCII
  // apart), so those are read alone.
  const size = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc2 ? 2 : 1
  const bytes = [first]
  // A missing byte reads as 0, which continues no sequence: the bytes are then not UTF-8.
  for (let index = 1; index < size; index++) bytes.push(byteAt(text, at + index * 3) ?? 0)
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
  if (end === -1 || end - at > 12) return { text: '&', length: 1 }
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
  const unit = unicodeEscape(text, at)
  if (unit !== undefined) {
    // A surrogate pair written as two escapes is one character (NFKD needs it whole). No
    // escape after a high surrogate: 0, which is no low one.
    const low = unit >= 0xd800 && unit <= 0xdbff ? (unicodeEscape(text, at + 6) ?? 0) : 0
    if (low >= 0xdc00 && low <= 0xdfff) {
      return { text: String.fromCharCode(unit, low), length: 12 }
    }
    return { text: String.fromCharCode(unit), length: 6 }
  }
  const next = text.charAt(at + 1)
  // Stryker disable next-line StringLiteral: white space is dropped from the canonical form, as nothing is
  if (JSON_SPACES.has(next)) return { text: ' ', length: 2 }
  const escaped = JSON_ESCAPES[next]
  return escaped === undefined ? { text: '\\', length: 1 } : { text: escaped, length: 2 }
}

function unicodeEscape(text: string, at: number): number | undefined {
  if (text[at] !== '\\' || text[at + 1] !== 'u') return undefined
  // At most four characters, so unanchored: four hex digits are all of them.
  const hex = text.slice(at + 2, at + 6)
  return /[0-9a-fA-F]{4}/.test(hex) ? parseInt(hex, 16) : undefined
}

/**
 * The spans of `text` where any of the canonical forms occurs, merged: what to mask. A form
 * found in the canonical text is mapped back to every source character it was made of. The
 * text is read twice, decoded and not: decoding can take a secret's first character into an
 * escape that stands before it (`\\` then `r…` reads as `\\r`), and the plain reading still
 * sees it whole.
 */
export function secretSpans(text: string, forms: readonly string[]): Array<[number, number]> {
  // The shortcuts here (Stryker's mutants that skip them are equivalent): no form, nothing to
  // find; in visible ASCII with nothing to decode or drop, the forms matched as they stand, with
  // nothing allocated (most of what a run shows: names, dates, IDs); in ASCII with nothing to
  // decode, whose canonical form is itself without white space and `+`, no form found so without
  // mapping every character (most error texts hold no secret); and one reading, not two, of a
  // text with nothing to decode.
  // Stryker disable next-line ConditionalExpression: a shortcut
  if (forms.length === 0) return []
  const spans: Array<[number, number]> = []
  // Stryker disable next-line ConditionalExpression,BlockStatement: a shortcut
  if (PLAIN_TEXT.test(text)) {
    for (const form of forms) spansIn(text, form, spans)
    return merged(spans)
  }
  const encoded = ENCODED.test(text)
  // Stryker disable next-line ConditionalExpression: a shortcut
  if (!encoded && ASCII.test(text) && !holdsAny(text.replace(ASCII_DROPPED, ''), forms)) return []
  spansOf(canonicalize(text), forms, text.length, spans)
  // Stryker disable next-line ConditionalExpression: a shortcut (the plain reading is the same)
  if (encoded) spansOf(canonicalize(text, false), forms, text.length, spans)
  return merged(spans)
}

function holdsAny(text: string, forms: readonly string[]): boolean {
  return forms.some(form => text.includes(form))
}

// What the decoded reading decodes: a percent escape, an entity or a backslash escape.
const ENCODED = /[%&\\]/
// Stryker disable next-line Regex: without its `*`, only a text of one character takes the shortcut
// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/
const ASCII_DROPPED = /[\s+]/g

// Visible ASCII but the characters canonicalization decodes (% & \\) or drops (+).
// Stryker disable next-line Regex: without its `*`, only a text of one character takes the shortcut
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
  // None is empty, as each encodes a secret that is not.
  const urlEncoded = urlEncode(secret)
  const forms = [
    secret,
    urlEncoded,
    urlEncoded.replace(/%20/g, '+'),
    JSON.stringify(secret).slice(1, -1),
    htmlEscape(secret, '&#39;'),
    htmlEscape(secret, '&#x27;'),
    ...base64Forms(secret)
  ]
  return [...new Set(forms)]
}

/**
 * A secret can hold half of a surrogate pair (a token answer may JSON-escape one), which
 * `encodeURIComponent` refuses; UTF-8, and so any URL-encoder, writes it as U+FFFD.
 */
function urlEncode(secret: string): string {
  return encodeURIComponent(secret.toWellFormed())
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
  const bytes = Buffer.from(secret)
  const alone = bytes.toString('base64')
  // Its only `=` are the padding.
  const forms = [alone, alone.replace(/=/g, '')]
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
