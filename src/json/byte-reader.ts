/**
 * Where the scanner is in a JSON text that comes as chunks of bytes: the current chunk and the
 * next byte in it, the offset and line of that byte, the move to the next chunk, whitespace, the
 * bytes of a value collected across chunks, and the JsonSyntaxError that names the place.
 *
 * The scanner owns one. Its loops read and move `buf`, `pos` and `words` directly (plain fields,
 * read into locals in the hot loops), and call advanceChunk() when a chunk is used up.
 */
import { CARRIAGE_RETURN, END, LINE_FEED, LITTLE_ENDIAN, SPACE, TAB } from './bytes.js'
import { JsonSyntaxError } from './json-error.js'

const EMPTY = Buffer.alloc(0)
const NO_WORDS = new Uint32Array(0)

/** A place in the text: its offset, and the line it is on (from 1) with the line's offset. */
export interface Place {
  offset: number
  line: number
  lineStart: number
}

/** The bytes of one value being collected: the parts copied from chunks already let go. */
interface Collecting {
  parts: Buffer[]
  size: number
  /** Where the value starts in the current chunk (0 once a chunk was let go). */
  start: number
  maxBytes: number
  tooLarge: () => Error
}

export class ByteReader {
  /** The current chunk, and the position of the next byte in it. */
  buf: Buffer = EMPTY
  pos = 0
  /** The chunk as 32-bit words when it is aligned for them (else none), to pass over strings. */
  words: Uint32Array = NO_WORDS
  private readonly chunks: Iterator<Uint8Array>
  /** The offset in the text of the current chunk's first byte. */
  private base = 0
  private ended = false
  /** The line of the next byte (from 1), and the offset where that line starts. */
  private line = 1
  private lineStart = 0
  private collecting: Collecting | null = null

  constructor(chunks: Iterable<Uint8Array>) {
    this.chunks = chunks[Symbol.iterator]()
  }

  /** Lets the source go; no more is read. */
  close(): void {
    this.ended = true
    this.chunks.return?.()
  }

  /** The offset in the text of the next byte. */
  offset(): number {
    return this.base + this.pos
  }

  /** The place of the next byte. */
  place(): Place {
    return { offset: this.offset(), line: this.line, lineStart: this.lineStart }
  }

  /** Throws the JsonSyntaxError of a malformed text, naming where it broke. */
  fail(what: string, at: Place = this.place()): never {
    throw new JsonSyntaxError(at.offset, at.line, at.offset - at.lineStart + 1, what)
  }

  /** Refuses the byte c (or the end) where `what` was expected. */
  expected(c: number, what: string): never {
    return this.fail(c === END ? `the text ends where ${what} was expected` : `expected ${what}`)
  }

  /** Moves to the next chunk once the current one is used up; false at the end of the text. */
  advanceChunk(): boolean {
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
  peek(): number {
    if (this.pos < this.buf.length || this.advanceChunk()) return this.buf[this.pos] as number
    return END
  }

  /** Passes over whitespace, counting lines; the next byte (not consumed) or END. */
  skipWhitespace(): number {
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
  expect(byte: number, what: string): void {
    const c = this.skipWhitespace()
    if (c !== byte) this.expected(c, what)
    this.pos++
  }

  /**
   * Starts collecting the bytes of what comes next (the next byte is its first): at most
   * maxBytes, else tooLarge's error is thrown.
   */
  collect(maxBytes: number, tooLarge: () => Error): void {
    this.collecting = { parts: [], size: 0, start: this.pos, maxBytes, tooLarge }
  }

  /** The bytes collected since collect(), up to the current position. */
  collected(): Buffer {
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
