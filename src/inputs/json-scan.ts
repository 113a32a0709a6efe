/**
 * A JSON scanner over bytes that come in chunks, for artifacts too large to hold as one string
 * (a dbt manifest can be hundreds of MB). A reader walks the objects and arrays it cares about
 * (enterObject/nextKey, enterArray/nextItem), parses the few values it keeps (readValue: their
 * bytes collected and given to JSON.parse) and skips the rest without building a string.
 *
 * Everything it passes over is checked against JSON's grammar, skipped values too: strings (no
 * raw control character, only JSON's escapes), numbers, literals, nesting, commas and colons. A
 * text it accepts is one that JSON.parse accepts, and what it reads of it is what JSON.parse
 * would give. Bytes are not checked as UTF-8, as JSON.parse of `buffer.toString()` does not:
 * invalid sequences become U+FFFD. A malformed text is refused with one RuleViolation naming the
 * byte where it broke: `is not valid JSON at byte N (line L, column C): what`, where N counts
 * bytes from 0, and L and C from 1 (C in bytes).
 */
// Why a hand-written scanner: docs/decisions/0001-json-scanner.md
import { RuleViolation } from './refusals.js'

/** A JSON text: as a string, or as its UTF-8 bytes in chunks of any size, the last one short. */
export type JsonSource = string | Iterable<Uint8Array>

export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'true' | 'false' | 'null'

/** Deeper than any artifact nests; a text nested deeper is refused rather than walked. */
const MAX_DEPTH = 100_000

const TAB = 0x09
const LINE_FEED = 0x0a
const CARRIAGE_RETURN = 0x0d
const SPACE = 0x20
const QUOTE = 0x22
const PLUS = 0x2b
const COMMA = 0x2c
const MINUS = 0x2d
const DOT = 0x2e
const ZERO = 0x30
const NINE = 0x39
const COLON = 0x3a
const OPEN_BRACKET = 0x5b
const BACKSLASH = 0x5c
const CLOSE_BRACKET = 0x5d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const SMALL_E = 0x65
const CAPITAL_E = 0x45
const SMALL_U = 0x75
/** The end of the text, where a byte was expected. */
const END = -1

/** 1 for the bytes that may follow a backslash, besides u: " \\ / b f n r t. */
const SHORT_ESCAPE = new Uint8Array(256)
for (const byte of [0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]) SHORT_ESCAPE[byte] = 1
const LITERALS: Record<number, { kind: JsonKind; bytes: Uint8Array }> = {
  0x74: { kind: 'true', bytes: Buffer.from('true') },
  0x66: { kind: 'false', bytes: Buffer.from('false') },
  0x6e: { kind: 'null', bytes: Buffer.from('null') }
}
const EMPTY = Buffer.alloc(0)
const NO_WORDS = new Uint32Array(0)
/** Words are read in the machine's order; the bit tricks below find the first byte on these. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1
/** The high bits of a word's bytes from its byte 0, 1, 2 or 3 on. */
const FROM_BYTE = [0x80808080 | 0, 0x80808000 | 0, 0x80800000 | 0, 0x80000000 | 0]

/** The bytes of one value being collected: the parts copied from chunks already let go. */
interface Collecting {
  parts: Buffer[]
  size: number
  /** Where the value starts in the current chunk (0 once a chunk was let go). */
  start: number
  maxBytes: number
  tooLarge: () => Error
}

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
  private readonly chunks: Iterator<Uint8Array>
  /** The current chunk, and the position of the next byte in it. */
  private buf: Buffer = EMPTY
  private pos = 0
  /** The chunk as 32-bit words when it is aligned for them (else none), to pass over strings. */
  private words: Uint32Array = NO_WORDS
  /** The offset in the text of the current chunk's first byte. */
  private base = 0
  private ended = false
  /** The line of the next byte (from 1), and the offset where that line starts. */
  private line = 1
  private lineStart = 0
  private collecting: Collecting | null = null
  /** For each object or array a reader entered: whether no member was read yet. */
  private readonly entered: boolean[] = []

  constructor(source: JsonSource) {
    const chunks = typeof source === 'string' ? [Buffer.from(source, 'utf8')] : source
    this.chunks = chunks[Symbol.iterator]()
  }

  /** Lets the source go; the scanner reads no more. */
  close(): void {
    this.ended = true
    this.chunks.return?.()
  }

  /** What the next value is, after any whitespace; refused when no value starts there. */
  kind(): JsonKind {
    const c = this.skipWhitespace()
    if (c === OPEN_BRACE) return 'object'
    if (c === OPEN_BRACKET) return 'array'
    if (c === QUOTE) return 'string'
    if (c === MINUS || (c >= ZERO && c <= NINE)) return 'number'
    const literal = LITERALS[c]
    if (literal) return literal.kind
    return this.expected(c, 'a value')
  }

  /** Steps into the object that kind() said is next. */
  enterObject(): void {
    this.expect(OPEN_BRACE, "'{'")
    this.entered.push(true)
  }

  /**
   * The next key of the object entered last, its ':' consumed: the reader then reads, skips or
   * enters its value. Undefined at the object's end, which leaves it. A key of more than
   * maxBytes is refused with tooLarge's error.
   */
  nextKey(maxBytes: number, tooLarge: () => Error): string | undefined {
    if (this.nextMember(CLOSE_BRACE, "'}'")) return undefined
    const c = this.skipWhitespace()
    if (c !== QUOTE) this.expected(c, 'a key (a string)')
    this.collect(maxBytes, tooLarge)
    this.pos++
    this.skipStringBody()
    // Decoded before the colon is looked for: that may bring the next chunk into this memory.
    const bytes = this.collected()
    const key = bytes.includes(BACKSLASH)
      ? (JSON.parse(bytes.toString('utf8')) as string)
      : bytes.toString('utf8', 1, bytes.length - 1)
    this.expect(COLON, "':'")
    return key
  }

  /** Steps into the array that kind() said is next. */
  enterArray(): void {
    this.expect(OPEN_BRACKET, "'['")
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
    // What closes each object or array the value is inside, innermost last.
    const open: number[] = []
    for (;;) {
      // A value starts here.
      let c = this.skipWhitespace()
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (open.length >= MAX_DEPTH) this.fail(`nested more than ${MAX_DEPTH} levels deep`)
        this.pos++
        const close = c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET
        if (this.skipWhitespace() === close) {
          this.pos++
        } else {
          open.push(close)
          if (close === CLOSE_BRACE) this.skipKey()
          continue
        }
      } else {
        this.skipScalar(c)
      }
      // A value ended: a comma and the next member, or the end of what holds it.
      for (;;) {
        const close = open.at(-1)
        if (close === undefined) return
        c = this.skipWhitespace()
        if (c === COMMA) {
          this.pos++
          if (close === CLOSE_BRACE) this.skipKey()
          break
        }
        if (c !== close) this.expected(c, close === CLOSE_BRACE ? "',' or '}'" : "',' or ']'")
        this.pos++
        open.pop()
      }
    }
  }

  /**
   * The next value, parsed: its bytes are collected (at most maxBytes, else tooLarge's error is
   * thrown) and given to JSON.parse.
   */
  readValue(maxBytes: number, tooLarge: () => Error): unknown {
    this.skipWhitespace()
    const at = { offset: this.offset(), line: this.line, lineStart: this.lineStart }
    this.collect(maxBytes, tooLarge)
    this.skipValue()
    const bytes = this.collected()
    try {
      return JSON.parse(bytes.toString('utf8'))
    } catch {
      // Not expected: the bytes were checked on the way. Refused as malformed, all the same.
      this.line = at.line
      this.lineStart = at.lineStart
      return this.fail('a value JSON.parse refuses', at.offset)
    }
  }

  /** Refuses anything but whitespace after the text's one value. */
  finish(): void {
    const c = this.skipWhitespace()
    if (c !== END) this.fail('more text after the JSON value')
  }

  /** The offset in the text of the next byte. */
  offset(): number {
    return this.base + this.pos
  }

  /** Throws the refusal of a malformed text, naming where it broke. */
  fail(what: string, at = this.offset()): never {
    throw new RuleViolation(
      `is not valid JSON at byte ${at} (line ${this.line}, column ${at - this.lineStart + 1}): ${what}`
    )
  }

  // --- reading bytes ---------------------------------------------------------------------------

  /** Moves to the next chunk once the current one is used up; false at the end of the text. */
  private advanceChunk(): boolean {
    if (this.ended) return false
    const collecting = this.collecting
    if (collecting) {
      // A chunk may be reused for the next one: what is kept of it is copied.
      const part = this.buf.subarray(collecting.start, this.pos)
      collecting.size += part.length
      if (collecting.size > collecting.maxBytes) throw collecting.tooLarge()
      collecting.parts.push(Buffer.from(part))
      collecting.start = 0
    }
    this.base += this.buf.length
    this.buf = EMPTY
    this.words = NO_WORDS
    this.pos = 0
    for (;;) {
      const next = this.chunks.next()
      if (next.done === true) {
        this.ended = true
        return false
      }
      const chunk = next.value
      if (chunk.length > 0) {
        this.buf = Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
        this.words =
          LITTLE_ENDIAN && chunk.byteOffset % 4 === 0
            ? new Uint32Array(chunk.buffer, chunk.byteOffset, chunk.length >> 2)
            : NO_WORDS
        return true
      }
    }
  }

  /** The next byte, not consumed; END at the end of the text. */
  private peek(): number {
    if (this.pos < this.buf.length || this.advanceChunk()) return this.buf[this.pos] as number
    return END
  }

  /** Passes over whitespace, counting lines; the next byte (not consumed) or END. */
  private skipWhitespace(): number {
    for (;;) {
      const buf = this.buf
      const end = buf.length
      let p = this.pos
      while (p < end) {
        const c = buf[p] as number
        if (c === SPACE || c === TAB || c === CARRIAGE_RETURN) {
          p++
        } else if (c === LINE_FEED) {
          p++
          this.line++
          this.lineStart = this.base + p
        } else {
          this.pos = p
          return c
        }
      }
      this.pos = p
      if (!this.advanceChunk()) return END
    }
  }

  /** Consumes this byte after any whitespace, or refuses what is there instead. */
  private expect(byte: number, what: string): void {
    const c = this.skipWhitespace()
    if (c !== byte) this.expected(c, what)
    this.pos++
  }

  private expected(c: number, what: string): never {
    return this.fail(c === END ? `the text ends where ${what} was expected` : `expected ${what}`)
  }

  /**
   * Before a member of the object or array entered last: true (and the container left) at its
   * end, else the comma before any member but the first is consumed.
   */
  private nextMember(close: number, closeName: string): boolean {
    const first = this.entered.at(-1)
    if (first === undefined)
      throw new Error('nextKey or nextItem called outside any object or array')
    const c = this.skipWhitespace()
    if (c === close) {
      this.pos++
      this.entered.pop()
      return true
    }
    if (!first) {
      if (c !== COMMA) this.expected(c, `',' or ${closeName}`)
      this.pos++
    }
    this.entered[this.entered.length - 1] = false
    return false
  }

  /** A key and its colon, inside a skipped object. */
  private skipKey(): void {
    const c = this.skipWhitespace()
    if (c !== QUOTE) this.expected(c, 'a key (a string)')
    this.pos++
    this.skipStringBody()
    this.expect(COLON, "':'")
  }

  private skipScalar(c: number): void {
    if (c === QUOTE) {
      this.pos++
      this.skipStringBody()
    } else if (c === MINUS || (c >= ZERO && c <= NINE)) {
      this.skipNumber()
    } else {
      const literal = LITERALS[c]
      if (!literal) this.expected(c, 'a value')
      const { bytes } = literal
      if (this.pos + bytes.length <= this.buf.length) {
        let i = 0
        while (i < bytes.length && this.buf[this.pos + i] === bytes[i]) i++
        if (i === bytes.length) {
          this.pos += i
          return
        }
      }
      // Across chunks, or not this literal: byte by byte, refused where it differs.
      for (const byte of bytes) {
        if (this.peek() !== byte) this.fail(`expected ${literal.kind}`)
        this.pos++
      }
    }
  }

  /** After the opening quote: up to and past the closing one. */
  private skipStringBody(): void {
    for (;;) {
      const buf = this.buf
      const words = this.words
      const wordBytes = words.length * 4
      const end = buf.length
      let p = this.pos
      while (p < end) {
        if (p < wordBytes) {
          // Four bytes at a time, to the first that may be a quote, a backslash or a control
          // character (exactly those, and rarely a byte right after one: checked below).
          let w = p >> 2
          let stops = stopBits(words[w] as number) & (FROM_BYTE[p & 3] as number)
          while (stops === 0 && ++w < words.length) stops = stopBits(words[w] as number)
          if (stops === 0) {
            p = wordBytes
            continue
          }
          p = w * 4 + lowestByte(stops)
        }
        const c = buf[p] as number
        if (c === QUOTE) {
          this.pos = p + 1
          return
        }
        if (c === BACKSLASH) {
          // The escape read here when it lies in this chunk, else by skipEscape.
          const escaped = p + 1 < end ? (buf[p + 1] as number) : END
          if (SHORT_ESCAPE[escaped] === 1) {
            p += 2
            continue
          }
          if (escaped === SMALL_U && p + 5 < end && isHex4(buf, p + 2)) {
            p += 6
            continue
          }
          break
        }
        if (c < SPACE) {
          this.pos = p
          this.fail('a control character in a string (it must be escaped)')
        }
        p++
      }
      this.pos = p
      if (p < end) {
        this.skipEscape()
      } else if (!this.advanceChunk()) {
        this.fail('the text ends inside a string')
      }
    }
  }

  /** A backslash and what it escapes. */
  private skipEscape(): void {
    this.pos++
    const c = this.peek()
    if (c === END) this.fail('the text ends inside a string')
    if (SHORT_ESCAPE[c] === 1) {
      this.pos++
      return
    }
    if (c !== SMALL_U)
      this.fail('an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)')
    this.pos++
    for (let i = 0; i < 4; i++) {
      if (!isHexDigit(this.peek())) this.fail('a \\u escape without four hexadecimal digits')
      this.pos++
    }
  }

  /** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
  private skipNumber(): void {
    let c = this.peek()
    if (c === MINUS) {
      this.pos++
      c = this.peek()
    }
    if (c === ZERO) {
      this.pos++
    } else {
      this.digits()
    }
    c = this.peek()
    if (c === DOT) {
      this.pos++
      this.digits()
      c = this.peek()
    }
    if (c === SMALL_E || c === CAPITAL_E) {
      this.pos++
      c = this.peek()
      if (c === PLUS || c === MINUS) this.pos++
      this.digits()
    }
  }

  /** One digit or more. */
  private digits(): void {
    if (!isDigit(this.peek())) this.fail('a number without its digits')
    do this.pos++
    while (isDigit(this.peek()))
  }

  /** Starts collecting the bytes of what comes next (the next byte is its first). */
  private collect(maxBytes: number, tooLarge: () => Error): void {
    this.collecting = { parts: [], size: 0, start: this.pos, maxBytes, tooLarge }
  }

  /** The bytes collected since collect(), up to the current position. */
  private collected(): Buffer {
    const collecting = this.collecting
    if (!collecting) throw new Error('nothing was being collected')
    this.collecting = null
    // A view of the current chunk when the value lies in it: used before the next chunk comes.
    const tail = this.buf.subarray(collecting.start, this.pos)
    const size = collecting.size + tail.length
    if (size > collecting.maxBytes) throw collecting.tooLarge()
    if (collecting.parts.length === 0) return tail
    return Buffer.concat([...collecting.parts, tail], size)
  }
}

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE
}

/**
 * The high bit of each byte of this word that is a quote, a backslash or below 0x20: the SWAR
 * tests for a zero byte (after xor) and for a byte below n. They flag every such byte, and may
 * flag a byte right above one (a borrow), never a byte below the first.
 */
function stopBits(word: number): number {
  const quotes = word ^ 0x22222222
  const backslashes = word ^ 0x5c5c5c5c
  return (
    (((quotes - 0x01010101) & ~quotes) |
      ((backslashes - 0x01010101) & ~backslashes) |
      ((word - 0x20202020) & ~word)) &
    (0x80808080 | 0)
  )
}

/** The index (0–3) of the lowest byte whose high bit is set in these bits (not 0). */
function lowestByte(bits: number): number {
  if ((bits & 0xffff) !== 0) return (bits & 0x80) !== 0 ? 0 : 1
  return (bits & 0x800000) !== 0 ? 2 : 3
}

function isHex4(buf: Buffer, at: number): boolean {
  return (
    isHexDigit(buf[at] as number) &&
    isHexDigit(buf[at + 1] as number) &&
    isHexDigit(buf[at + 2] as number) &&
    isHexDigit(buf[at + 3] as number)
  )
}

function isHexDigit(c: number): boolean {
  return (c >= ZERO && c <= NINE) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
}
