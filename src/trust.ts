/**
 * The trust boundary. Every string from outside (the platform's answers, error pages, header
 * values, transport errors, input values quoted back) becomes `DisplayText` here, and only here,
 * before anything displays it: known secrets and their encoded forms are redacted on the raw text,
 * then it is made one inert, bounded line. Everything runs in time linear in the input and never
 * throws.
 *
 * `DisplayText` is a branded string: only this module can make one, through `TrustBoundary` or
 * the `display` template tag (whose literal parts are the action's own source text). The
 * reporting layer accepts nothing else, so a new field cannot reach a sink without crossing here.
 */

import { canonicalize, secretForms, secretSpans } from './secret-matching.js'

declare const brand: unique symbol
export type DisplayText = string & { readonly [brand]: 'DisplayText' }

const MASK = '***'
/** The longest a platform text (errorMsg, data) is kept; reporting may shorten it further. */
const TEXT_LIMIT = 1000
/** How much of a page markup is stripped from, before the excerpt is taken. */
const EXCERPT_WINDOW = 256 * 1024
/** The first window an excerpt is looked for in (see `excerpt`). */
// Stryker disable next-line ArithmeticOperator: only how soon the window grows to enough text
const EXCERPT_START = 4 * 1024
/** How many times longer a secret can be written encoded (`&#x10ffff;` for one character). */
const ENCODED_GROWTH = 12
/** The longest excerpt of a body that is not JSON (a gateway's error page). */
const EXCERPT_LIMIT = 200
/** The longest input value quoted back in an error. */
const QUOTE_LIMIT = 120

// Runs of white space, line breaks included (CR, LF, NEL, LS, PS): one space.
const WHITESPACE_RUN = /[\s\u0085]+/g
// Everything else that is not printable: C0 and C1 controls (ESC starts ANSI sequences, BEL
// rings), DEL, zero-width and bidirectional controls (they make text read differently than it is).
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f]|\p{Default_Ignorable_Code_Point}|\p{Cf}/gu
const REPLACEMENT = '\ufffd'
// Visible ASCII, spaces only between words: already one inert line.
const SHORT_PLAIN = /^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
// The runner's two command syntaxes: `::name` at the start of a (trimmed) line, `##[name`
// anywhere. Both are broken with a space, which keeps the text readable.
const LEGACY_COMMAND = /##\[/g

/** Makes own text and already-safe values into display text: `display\`HTTP ${status}\``. */
export function display(
  literals: TemplateStringsArray,
  ...values: ReadonlyArray<DisplayText | number>
): DisplayText {
  // The literals as cooked by JavaScript (`\n` a line break), each value between two of them.
  return String.raw({ raw: literals }, ...values) as DisplayText
}

/** Joins display texts with own separator text. */
export function joinDisplay(parts: readonly DisplayText[], separator: string): DisplayText {
  return parts.join(separator) as DisplayText
}

/**
 * A line as the action prints it: even if some piece slipped past the types, it cannot break
 * into two lines or start a runner command. The last guard, applied by the one place that prints.
 */
export function inertLine(text: string): DisplayText {
  return breakCommands(replaceInvisible(text)) as DisplayText
}

/**
 * A secret this short is masked in the action's own identifiers (table names, partitions, codes)
 * only when it is the whole value: as a part, it would rewrite dates and codes that merely hold
 * its characters.
 */
export const SHORT_SECRET_LENGTH = 4

/**
 * The form a user name and password take in an HTTP Basic header: sent by the platform client,
 * and masked as a secret of its own, since it holds the password.
 */
export function basicToken(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`).toString('base64')
}

export class TrustBoundary {
  /** Every exact form of every secret (for the runner's own mask). */
  private forms: string[] = []
  /** Every exact form of each secret shorter than SHORT_SECRET_LENGTH. */
  private shortForms: string[] = []
  /** The same boundary with only the longer secrets: what masks parts of identifiers. */
  private longSecretsOnly: TrustBoundary | undefined
  /** The same forms in canonical form, as redaction matches them. */
  // Stryker disable next-line ArrayDeclaration: its placeholder holds spaces, which no canonical text does
  private canonicalForms: string[] = []
  /** The longest exact form: how far past a cut a secret can reach. */
  private longestForm = 0

  constructor(
    secrets: readonly string[] = [],
    /** False for the inner boundary of the longer secrets, which needs none of its own. */
    private readonly withIdentifiers = true
  ) {
    secrets.forEach(secret => this.addSecret(secret))
  }

  /** Adds a secret (e.g. a token that just arrived); returns its forms, for the runner's mask. */
  addSecret(secret: string): string[] {
    if (this.withIdentifiers) {
      if (secret.length < SHORT_SECRET_LENGTH) this.shortForms.push(...secretForms(secret))
      else (this.longSecretsOnly ??= new TrustBoundary([], false)).addSecret(secret)
    }
    const added = secretForms(secret).filter(form => !this.forms.includes(form))
    this.forms = [...this.forms, ...added].sort((a, b) => b.length - a.length)
    const canonical = added
      .flatMap(form => [canonicalize(form).chars, canonicalize(form, false).chars])
      .filter(form => form !== '')
    this.canonicalForms = [...new Set([...this.canonicalForms, ...canonical])]
    this.longestForm = this.forms[0]?.length ?? 0
    return added
  }

  /**
   * Known secrets replaced by `***` in whatever form they came back: matched on a canonical
   * form of the text (encodings decoded, invisible characters and spaces dropped, Unicode
   * normalized) and masked over the whole span of the original they were made of.
   */
  redact(text: string): string {
    const spans = secretSpans(text, this.canonicalForms)
    let result = ''
    let from = 0
    for (const [start, end] of spans) {
      result += text.slice(from, start) + MASK
      from = end
    }
    return result + text.slice(from)
  }

  /**
   * How far `text(raw, limit)` reads: past this many characters that are not white space, the
   * rest of a text cannot change what it shows (a reader may cut a longer text there).
   */
  window(limit = TEXT_LIMIT): number {
    return limit * 2 + 64 + this.longestForm * ENCODED_GROWTH + 1
  }

  /** A platform or transport text as one inert, bounded line. */
  text(raw: string, limit = TEXT_LIMIT): DisplayText {
    // Most of what a run shows (names, dates, codes, IDs) is short visible ASCII: nothing to
    // fold, replace or cut, so only secrets and commands are looked for.
    // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: a shortcut
    if (raw.length <= limit && SHORT_PLAIN.test(raw) && !raw.includes('  ')) {
      return ownCopy(breakCommands(this.redact(raw)) as DisplayText)
    }
    // Folded first, so that padding cannot push text past the window and back after the cut;
    // only as much as the window holds is folded (a 100 KB errorMsg is not copied whole).
    const room = limit * 2 + 64
    const folded = foldedPrefix(raw, this.window(limit))
    return this.finish(replaceInvisible(this.redactPart(folded, room)), limit)
  }

  /**
   * One of the action's own identifiers as it may be shown and output: a table name or a
   * partition from the inputs, or a code the platform sent that the action judged. Made inert
   * and bounded like any text, every secret masked in it, except that a secret shorter than
   * SHORT_SECRET_LENGTH masks it only when it is that whole value: a credential "2" must not
   * turn 2024-07-01 into ***0***4-07-01 in data that later steps parse.
   */
  identifier(raw: string, limit = TEXT_LIMIT): DisplayText {
    if (this.shortForms.includes(raw.trim())) return MASK as DisplayText
    const inner = this.longSecretsOnly ?? EMPTY_BOUNDARY
    return inner.text(raw, limit)
  }

  /**
   * A short excerpt of a body that is not JSON, such as a gateway's HTML error page. A page
   * shows its text early, so markup is stripped from a window that grows (by 4, up to 256 KiB)
   * until it holds well more text than is shown: the part of the text an excerpt comes from is
   * redacted and read, not the whole body on every answer.
   */
  excerpt(body: string, limit = EXCERPT_LIMIT): DisplayText {
    const margin = this.longestForm * ENCODED_GROWTH
    // Past the shown part, a cut window can differ from the whole: a secret or a tag cut in two.
    const enough = limit + 2 * margin + 1
    for (let room = Math.max(EXCERPT_START, 4 * enough); ; room *= 4) {
      const window = Math.min(room, EXCERPT_WINDOW)
      const cut = body.length > window + margin && window < EXCERPT_WINDOW
      const redacted = this.redactPart(body, window)
      const text = replaceInvisible(stripMarkup(cut ? withoutOpenTag(redacted) : redacted))
      if (!cut || text.length >= enough) return this.finish(text, limit)
    }
  }

  /**
   * Redacts the first `room` characters of a long text (plus room for a secret's longest
   * encoded form), and drops that margin from the end when the text was cut: a secret
   * straddling the cut is not whole, so not matched, and its prefix must not be shown either.
   */
  private redactPart(text: string, room: number): string {
    const margin = this.longestForm * ENCODED_GROWTH
    if (text.length <= room + margin) return this.redact(text)
    const redacted = this.redact(text.slice(0, room + margin))
    return margin > 0 ? redacted.slice(0, -margin) : redacted
  }

  /** An input value quoted back in an error: JSON-quoted, so invisible characters show. */
  quote(value: string, limit = QUOTE_LIMIT): DisplayText {
    const quoted = breakCommands(escapeInvisible(JSON.stringify(this.redact(value))))
    return (quoted.length > limit ? `${clip(quoted, limit)}…"` : quoted) as DisplayText
  }

  /**
   * Redacts once more after white space was folded and markup removed (a secret that held
   * spaces or a line break is whole again only now), then bounds the length. Redacting before
   * clipping means no prefix of a secret can survive the cut; cutting a tail cannot make a
   * command.
   */
  private finish(text: string, limit: number): DisplayText {
    return ownCopy(shorten(breakCommands(this.redact(text)) as DisplayText, limit))
  }
}

/** A boundary that knows no secret: what an identifier crosses before any long one is known. */
const EMPTY_BOUNDARY = new TrustBoundary()

/**
 * The start of `raw` with white space folded, at least `length` characters of it when the whole
 * folded text is longer (else all of it): the same characters as the start of
 * `raw.replace(WHITESPACE_RUN, ' ')`, without folding and copying the rest.
 */
function foldedPrefix(raw: string, length: number): string {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut (the same prefix)
  if (raw.length <= length) return raw.replace(WHITESPACE_RUN, ' ')
  const run = new RegExp(WHITESPACE_RUN.source, 'g')
  let folded = 0
  let at = 0
  // Each step takes the text up to the next run of white space, and the run as one space.
  for (;;) {
    const match = run.exec(raw)
    const next = match ? match.index : raw.length
    if (!match || folded + (next - at) >= length) {
      return raw.slice(0, at + (length - folded)).replace(WHITESPACE_RUN, ' ')
    }
    folded += next - at + 1
    at = match.index + match[0].length
  }
}

/**
 * A copy of the text in memory of its own. A slice of a long string can keep the whole of it
 * alive (2,000 results cut from 100 KB error bodies held over 500 MiB); a result must hold only
 * what it shows.
 */
function ownCopy(text: DisplayText): DisplayText {
  // Latin-1 text stays one byte a character (a UTF-16 copy would double it, and every line,
  // output and summary later joined from it).
  const encoding = LATIN1.test(text) ? 'latin1' : 'utf16le'
  return Buffer.from(text, encoding).toString(encoding) as DisplayText
}

// Stryker disable next-line Regex: only the memory a copy takes, not what it holds
const LATIN1 = /^[^\u0100-\uffff]*$/

// What JSON.stringify leaves raw but a reader cannot see: C1 controls, line and paragraph
// separators, zero-width and bidirectional controls.
const UNSEEN = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g

/** Writes characters a reader cannot see as `\uXXXX`, inside an already JSON-quoted value. */
function escapeInvisible(quoted: string): string {
  return quoted.replace(UNSEEN, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** One line: white space folded, invisible characters replaced, trimmed. */
function replaceInvisible(text: string): string {
  // Lone surrogates are no text at all (and JSON writes each as six bytes): replaced too.
  return text
    .replace(LONE_SURROGATE, REPLACEMENT)
    .replace(WHITESPACE_RUN, ' ')
    .replace(INVISIBLE, REPLACEMENT)
    .trim()
}

function breakCommands(text: string): string {
  const legacyBroken = text.replace(LEGACY_COMMAND, '## [')
  // Every caller passes trimmed text; this guards the one that may not.
  // Stryker disable next-line MethodExpression: so trimEnd cannot be told from trimStart
  const trimmed = legacyBroken.trimStart()
  return trimmed.startsWith('::') ? `: :${trimmed.slice(2)}` : legacyBroken
}

/** Cuts at most `limit` UTF-16 units, never half of a surrogate pair. */
function clip(text: string, limit: number): string {
  const cut = text.slice(0, limit)
  const last = cut.charCodeAt(cut.length - 1)
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut
}

// Not shown: scripts, styles, and the head, whose <title> a gateway repeats in its <h1>.
const HIDDEN_ELEMENT_END = /<\/(script|style|head)\s*>/gi

/**
 * Removes tags (each becomes a space) and script/style elements, scanning once: every search
 * starts where the last one ended, so an adversarial page (say, 1 MiB of `<`) costs linear time.
 * An unclosed `<` keeps the rest as it is.
 */
function stripMarkup(text: string): string {
  let out = ''
  let from = 0
  for (;;) {
    const open = text.indexOf('<', from)
    const close = open < 0 ? -1 : text.indexOf('>', open + 1)
    if (close === -1) return out + text.slice(from)
    out += `${text.slice(from, open)} `
    from = close + 1
    if (startsHiddenElement(text, open)) {
      HIDDEN_ELEMENT_END.lastIndex = from
      const end = HIDDEN_ELEMENT_END.exec(text)
      from = end ? end.index + end[0].length : text.length
    }
  }
}

/** A window's text without a tag it cuts in two (an `<` with no `>` after it). */
function withoutOpenTag(text: string): string {
  const open = text.lastIndexOf('<')
  return open > text.lastIndexOf('>') ? text.slice(0, open) : text
}

/** `<script`, `<style` or `<head` (any case) at this position, as a whole tag name. */
function startsHiddenElement(text: string, open: number): boolean {
  const next = text.charCodeAt(open + 1) | 0x20 // lower-case an ASCII letter
  // Stryker disable next-line ConditionalExpression: a shortcut; the pattern below decides
  if (next !== 0x73 && next !== 0x68) return false // none starts without an s or an h
  return /^<(script|style|head)\b/i.test(text.slice(open, open + 8))
}

/** Display text cut to at most `limit` characters (plus an ellipsis); still display text. */
export function shorten(text: DisplayText, limit: number): DisplayText {
  return (text.length > limit ? `${clip(text, limit)}…` : text) as DisplayText
}

/** A number with a fixed count of decimals, as display text (`1.5`). */
export function decimal(value: number, digits: number): DisplayText {
  return value.toFixed(digits) as DisplayText
}
