/**
 * JSON's scalar tokens, passed over and checked without building them: strings (four bytes at a
 * time where the chunk allows), their escapes, numbers and the literals true, false and null.
 * Each function reads from the scanner's ByteReader and leaves it past the token, or throws the
 * JsonSyntaxError of the byte where the token broke.
 */
import type { ByteReader } from './byte-reader.js'
import {
  BACKSLASH,
  CAPITAL_E,
  DOT,
  END,
  FROM_BYTE,
  MINUS,
  NINE,
  PLUS,
  QUOTE,
  SHORT_ESCAPE,
  SMALL_E,
  SMALL_U,
  SPACE,
  ZERO,
  isDigit,
  isHex4,
  isHexDigit,
  lowestByte,
  stopBits
} from './bytes.js'

/** The literals, by their first byte. */
export const LITERALS: Record<number, { kind: 'true' | 'false' | 'null'; bytes: Uint8Array }> = {
  0x74: { kind: 'true', bytes: Buffer.from('true') },
  0x66: { kind: 'false', bytes: Buffer.from('false') },
  0x6e: { kind: 'null', bytes: Buffer.from('null') }
}

/** Whether a number starts with this byte. */
export function startsNumber(c: number): boolean {
  return c === MINUS || (c >= ZERO && c <= NINE)
}

/** The string, number or literal that starts with c, the next byte; anything else is refused. */
export function skipScalar(r: ByteReader, c: number): void {
  if (c === QUOTE) {
    r.pos++
    skipStringBody(r)
  } else if (startsNumber(c)) {
    skipNumber(r)
  } else {
    const literal = LITERALS[c]
    if (!literal) r.expected(c, 'a value')
    const { bytes } = literal
    // Stryker disable next-line all: a fast path: skipped, the byte-by-byte path after it gives the same answer
    if (r.pos + bytes.length <= r.buf.length) {
      let i = 0
      // Stryker disable next-line all: a fast path: skipped, the byte-by-byte path after it gives the same answer
      while (i < bytes.length && r.buf[r.pos + i] === bytes[i]) i++
      // Stryker disable next-line all: a fast path: skipped, the byte-by-byte path after it gives the same answer
      if (i === bytes.length) {
        r.pos += i
        return
      }
    }
    // Across chunks, or not this literal: byte by byte, refused where it differs.
    for (const byte of bytes) {
      if (r.peek() !== byte) r.fail(`expected ${literal.kind}`)
      r.pos++
    }
  }
}

/** After the opening quote: up to and past the closing one. */
export function skipStringBody(r: ByteReader): void {
  for (;;) {
    const buf = r.buf
    const words = r.words
    const wordBytes = words.length * 4
    const end = buf.length
    let p = r.pos
    while (p < end) {
      // Stryker disable next-line ConditionalExpression,BlockStatement: a fast path: skipped, the byte-by-byte path after it gives the same answer
      if (p < wordBytes) {
        // Four bytes at a time, to the first that may be a quote, a backslash or a control
        // character (exactly those, and rarely a byte right after one: checked below).
        let w = p >> 2
        let stops = stopBits(words[w] as number) & (FROM_BYTE[p & 3] as number)
        // Stryker disable next-line EqualityOperator: past the last word, stopBits(undefined) is 0 too
        while (stops === 0 && ++w < words.length) stops = stopBits(words[w] as number)
        if (stops === 0) {
          p = wordBytes
          continue
        }
        p = w * 4 + lowestByte(stops)
      }
      const c = buf[p] as number
      if (c === QUOTE) {
        r.pos = p + 1
        return
      }
      if (c === BACKSLASH) {
        // The escape read here when it lies in this chunk, else by skipEscape.
        // Stryker disable next-line all: a fast path: skipped, the byte-by-byte path after it gives the same answer
        const escaped = p + 1 < end ? (buf[p + 1] as number) : END
        // Stryker disable next-line ConditionalExpression,BlockStatement: a fast path: skipped, the byte-by-byte path after it gives the same answer
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
        r.pos = p
        r.fail('a control character in a string (it must be escaped)')
      }
      p++
    }
    r.pos = p
    if (p < end) {
      skipEscape(r)
    } else if (!r.advanceChunk()) {
      r.fail('the text ends inside a string')
    }
  }
}

/** A backslash and what it escapes. */
function skipEscape(r: ByteReader): void {
  r.pos++
  const c = r.peek()
  if (c === END) r.fail('the text ends inside a string')
  if (SHORT_ESCAPE[c] === 1) {
    r.pos++
    return
  }
  if (c !== SMALL_U)
    r.fail('an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)')
  r.pos++
  for (let i = 0; i < 4; i++) {
    if (!isHexDigit(r.peek())) r.fail('a \\u escape without four hexadecimal digits')
    r.pos++
  }
}

/** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
function skipNumber(r: ByteReader): void {
  let c = r.peek()
  if (c === MINUS) {
    r.pos++
    c = r.peek()
  }
  if (c === ZERO) {
    r.pos++
  } else {
    digits(r)
  }
  c = r.peek()
  if (c === DOT) {
    r.pos++
    digits(r)
    c = r.peek()
  }
  if (c === SMALL_E || c === CAPITAL_E) {
    r.pos++
    c = r.peek()
    if (c === PLUS || c === MINUS) r.pos++
    digits(r)
  }
}

/** One digit or more. */
function digits(r: ByteReader): void {
  if (!isDigit(r.peek())) r.fail('a number without its digits')
  do r.pos++
  while (isDigit(r.peek()))
}
