/**
 * A JSON scanner over bytes that come in chunks, for texts too large to hold as one string (a
 * dbt manifest can be hundreds of MB). A reader walks the objects and arrays it cares about
 * (enterObject/nextKey, enterArray/nextItem), parses the few values it keeps (readValue: their
 * bytes collected and given to JSON.parse) and skips the rest without building a string.
 *
 * Everything it passes over is checked against JSON's grammar, skipped values too: strings (no
 * raw control character, only JSON's escapes), numbers, literals, nesting, commas and colons. A
 * text it accepts is one that JSON.parse accepts, and what it reads of it is what JSON.parse
 * would give. Bytes are not checked as UTF-8, as JSON.parse of `buffer.toString()` does not:
 * invalid sequences become U+FFFD. A malformed text is refused with one JsonSyntaxError naming
 * the byte where it broke (its offset from 0, its line and column from 1, the column in bytes)
 * and what was wrong there.
 *
 * This module is the grammar; the bytes, the place and the collecting are the ByteReader's
 * (byte-reader.ts), the scalar tokens are tokens.ts's.
 */
// Why a hand-written scanner: docs/decisions/0001-json-scanner.md
import { ByteReader } from './byte-reader.js'
import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  END,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE
} from './bytes.js'
import { LITERALS, skipScalar, skipStringBody, startsNumber } from './tokens.js'

/** A JSON text: as a string, or as its UTF-8 bytes in chunks of any size, the last one short. */
export type JsonSource = string | Iterable<Uint8Array>

export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'true' | 'false' | 'null'

/** Deeper than any artifact nests; a text nested deeper is refused rather than walked. */
const MAX_DEPTH = 100_000

/**
 * Runs `read` over a scanner of this source, and lets the source go (closing a file) however
 * it ends.
 */
export function scanJson<T>(source: JsonSource, read: (scanner: JsonScanner) => T): T {
  const scanner = new JsonScanner(source)
  try {
    return read(scanner)
  } finally {
    scanner.close()
  }
}

export class JsonScanner {
  private readonly bytes: ByteReader
  /** For each object or array a reader entered: whether no member was read yet. */
  private readonly entered: boolean[] = []

  constructor(source: JsonSource) {
    this.bytes = new ByteReader(typeof source === 'string' ? [Buffer.from(source, 'utf8')] : source)
  }

  /** Lets the source go; the scanner reads no more. */
  close(): void {
    this.bytes.close()
  }

  /** What the next value is, after any whitespace; refused when no value starts there. */
  kind(): JsonKind {
    const c = this.bytes.skipWhitespace()
    if (c === OPEN_BRACE) return 'object'
    if (c === OPEN_BRACKET) return 'array'
    if (c === QUOTE) return 'string'
    if (startsNumber(c)) return 'number'
    const literal = LITERALS[c]
    if (literal) return literal.kind
    return this.bytes.expected(c, 'a value')
  }

  /** Steps into the object that kind() said is next. */
  enterObject(): void {
    this.bytes.expect(OPEN_BRACE, "'{'")
    this.entered.push(true)
  }

  /**
   * The next key of the object entered last, its ':' consumed: the reader then reads, skips or
   * enters its value. Undefined at the object's end, which leaves it. A key of more than
   * maxBytes is refused with tooLarge's error.
   */
  nextKey(maxBytes: number, tooLarge: () => Error): string | undefined {
    if (this.nextMember(CLOSE_BRACE, "'}'")) return undefined
    const bytes = this.bytes
    const c = bytes.skipWhitespace()
    if (c !== QUOTE) bytes.expected(c, 'a key (a string)')
    bytes.collect(maxBytes, tooLarge)
    bytes.pos++
    skipStringBody(bytes)
    // Decoded before the colon is looked for: that may bring the next chunk into this memory.
    const text = bytes.collected()
    const key = text.includes(BACKSLASH)
      ? (JSON.parse(text.toString('utf8')) as string)
      : text.toString('utf8', 1, text.length - 1)
    bytes.expect(COLON, "':'")
    return key
  }

  /** Steps into the array that kind() said is next. */
  enterArray(): void {
    this.bytes.expect(OPEN_BRACKET, "'['")
    this.entered.push(true)
  }

  /**
   * Whether the array entered last has another item, which the reader then reads, skips or
   * enters. False at the array's end, which leaves it.
   */
  nextItem(): boolean {
    if (this.nextMember(CLOSE_BRACKET, "']'")) return false
    // A value must follow a comma ([1,] is refused): kind() refuses a missing one.
    this.kind()
    return true
  }

  /** Passes over the next value, checking it, without building it. */
  skipValue(): void {
    const bytes = this.bytes
    // What closes each object or array the value is inside, innermost last.
    const open: number[] = []
    for (;;) {
      // A value starts here.
      let c = bytes.skipWhitespace()
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (open.length >= MAX_DEPTH) bytes.fail(`nested more than ${MAX_DEPTH} levels deep`)
        bytes.pos++
        const close = c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET
        if (bytes.skipWhitespace() === close) {
          bytes.pos++
        } else {
          open.push(close)
          if (close === CLOSE_BRACE) this.skipKey()
          continue
        }
      } else {
        skipScalar(bytes, c)
      }
      // A value ended: a comma and the next member, or the end of what holds it.
      for (;;) {
        const close = open.at(-1)
        if (close === undefined) return
        c = bytes.skipWhitespace()
        if (c === COMMA) {
          bytes.pos++
          if (close === CLOSE_BRACE) this.skipKey()
          break
        }
        if (c !== close) bytes.expected(c, close === CLOSE_BRACE ? "',' or '}'" : "',' or ']'")
        bytes.pos++
        open.pop()
      }
    }
  }

  /**
   * The next value, parsed: its bytes are collected (at most maxBytes, else tooLarge's error is
   * thrown) and given to JSON.parse.
   */
  readValue(maxBytes: number, tooLarge: () => Error): unknown {
    const bytes = this.bytes
    bytes.skipWhitespace()
    const at = bytes.place()
    bytes.collect(maxBytes, tooLarge)
    this.skipValue()
    const text = bytes.collected()
    try {
      return JSON.parse(text.toString('utf8'))
    } catch {
      // Not expected: the bytes were checked on the way. Refused as malformed, all the same.
      return bytes.fail('a value JSON.parse refuses', at)
    }
  }

  /** Refuses anything but whitespace after the text's one value. */
  finish(): void {
    const c = this.bytes.skipWhitespace()
    if (c !== END) this.bytes.fail('more text after the JSON value')
  }

  /**
   * Before a member of the object or array entered last: true (and the container left) at its
   * end, else the comma before any member but the first is consumed.
   */
  private nextMember(close: number, closeName: string): boolean {
    const first = this.entered.at(-1)
    if (first === undefined)
      throw new Error('nextKey or nextItem called outside any object or array')
    const bytes = this.bytes
    const c = bytes.skipWhitespace()
    if (c === close) {
      bytes.pos++
      this.entered.pop()
      return true
    }
    if (!first) {
      if (c !== COMMA) bytes.expected(c, `',' or ${closeName}`)
      bytes.pos++
    }
    this.entered[this.entered.length - 1] = false
    return false
  }

  /** A key and its colon, inside a skipped object. */
  private skipKey(): void {
    const bytes = this.bytes
    const c = bytes.skipWhitespace()
    if (c !== QUOTE) bytes.expected(c, 'a key (a string)')
    bytes.pos++
    skipStringBody(bytes)
    bytes.expect(COLON, "':'")
  }
}
