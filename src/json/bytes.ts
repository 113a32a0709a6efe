/**
 * The bytes JSON's grammar names, and the tests on them that the scanner's loops use: one byte
 * at a time, or four at a time (a 32-bit word) where a chunk is aligned for it.
 */

export const TAB = 0x09
export const LINE_FEED = 0x0a
export const CARRIAGE_RETURN = 0x0d
export const SPACE = 0x20
export const QUOTE = 0x22
export const PLUS = 0x2b
export const COMMA = 0x2c
export const MINUS = 0x2d
export const DOT = 0x2e
export const ZERO = 0x30
export const NINE = 0x39
export const COLON = 0x3a
export const OPEN_BRACKET = 0x5b
export const BACKSLASH = 0x5c
export const CLOSE_BRACKET = 0x5d
export const OPEN_BRACE = 0x7b
export const CLOSE_BRACE = 0x7d
export const SMALL_E = 0x65
export const CAPITAL_E = 0x45
export const SMALL_U = 0x75
/** The end of the text, where a byte was expected. */
export const END = -1

/** 1 for the bytes that may follow a backslash, besides u: " \\ / b f n r t. */
export const SHORT_ESCAPE = new Uint8Array(256)
for (const byte of [0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]) SHORT_ESCAPE[byte] = 1

/** Words are read in the machine's order; the bit tricks below find the first byte on these. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1
/** The high bits of a word's bytes from its byte 0, 1, 2 or 3 on. */
export const FROM_BYTE = [0x80808080 | 0, 0x80808000 | 0, 0x80800000 | 0, 0x80000000 | 0]

export function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE
}

/**
 * The high bit of each byte of this word that is a quote, a backslash or below 0x20: the SWAR
 * tests for a zero byte (after xor) and for a byte below n. They flag every such byte, and may
 * flag a byte right above one (a borrow), never a byte below the first.
 */
export function stopBits(word: number): number {
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
export function lowestByte(bits: number): number {
  if ((bits & 0xffff) !== 0) return (bits & 0x80) !== 0 ? 0 : 1
  return (bits & 0x800000) !== 0 ? 2 : 3
}

export function isHex4(buf: Uint8Array, at: number): boolean {
  return (
    isHexDigit(buf[at] as number) &&
    isHexDigit(buf[at + 1] as number) &&
    isHexDigit(buf[at + 2] as number) &&
    isHexDigit(buf[at + 3] as number)
  )
}

export function isHexDigit(c: number): boolean {
  return (c >= ZERO && c <= NINE) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
}
