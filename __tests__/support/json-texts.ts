/**
 * JSON texts for the property tests of the JSON scanner and of the dbt readers: generated values
 * with every kind of escape, Unicode, nesting, number form and whitespace, printed as text; and
 * their bytes fed in chunks of every size, at every alignment, in fresh or reused memory.
 */
import fc from 'fast-check'
import { seeded } from './seeded.js'

// --- generated JSON texts --------------------------------------------------------------------

/** A JSON string literal as written (`text`) and what it says (`value`). */
export interface Literal {
  value: string
  text: string
}

/** A generated JSON value, written with chosen escapes; whitespace is added when it is printed. */
export type Tree =
  | { kind: 'token'; text: string }
  | { kind: 'string'; literal: Literal }
  | { kind: 'array'; items: Tree[] }
  | { kind: 'object'; members: Array<[Literal, Tree]> }

const SHORT_ESCAPES: Record<number, string> = {
  0x22: '\\"',
  0x5c: '\\\\',
  0x2f: '\\/',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t'
}

const hex4 = (unit: number, upper: boolean) => {
  const digits = unit.toString(16).padStart(4, '0')
  return `\\u${upper ? digits.toUpperCase() : digits}`
}

/** One code point, written raw or escaped in one of the ways JSON allows (chosen by `way`). */
function writeCodePoint(codePoint: number, way: number): string {
  const upper = way === 3
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return hex4(codePoint, upper) // a lone half
  if (codePoint > 0xffff) {
    const char = String.fromCodePoint(codePoint)
    if (way % 2 === 0) return char
    return hex4(char.charCodeAt(0), upper) + hex4(char.charCodeAt(1), !upper)
  }
  const short = SHORT_ESCAPES[codePoint]
  const mustEscape = codePoint < 0x20 || codePoint === 0x22 || codePoint === 0x5c
  if (short !== undefined && way % 2 === 0 && (mustEscape || way === 2)) return short
  if (mustEscape || way === 1 || way === 3) return hex4(codePoint, upper)
  return String.fromCodePoint(codePoint)
}

const codePoint = fc.oneof(
  fc.constantFrom(0x22, 0x5c, 0x2f, 0x08, 0x0c, 0x0a, 0x0d, 0x09, 0x00, 0x1f, 0x7f, 0x20),
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0x80, max: 0x7ff }), // two bytes in UTF-8 (é)
  fc.integer({ min: 0x800, max: 0xffff }), // three (中, and lone surrogate halves, escaped)
  fc.constantFrom(0x4e2d, 0x6587, 0x1f600, 0x1f469, 0x2028, 0xfeff, 0xffff),
  fc.integer({ min: 0x10000, max: 0x10ffff }) // four (😀), or a surrogate pair when escaped
)

export const literal: fc.Arbitrary<Literal> = fc
  .array(fc.tuple(codePoint, fc.nat(3)), { maxLength: 12 })
  .map(chars => ({
    value: chars.map(([point]) => String.fromCodePoint(point)).join(''),
    text: `"${chars.map(([point, way]) => writeCodePoint(point, way)).join('')}"`
  }))

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map(d => d.join(''))

/** Numbers of every form: sign, zero or not, fraction, exponent of either case and sign. */
const numberText = fc
  .tuple(
    fc.constantFrom('', '-'),
    fc.oneof(
      fc.constant('0'),
      fc.tuple(fc.integer({ min: 1, max: 9 }), digits(0, 20)).map(([a, b]) => `${a}${b}`)
    ),
    fc.option(
      digits(1, 20).map(d => `.${d}`),
      { nil: '' }
    ),
    fc.option(
      fc
        .tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), digits(1, 4))
        .map(parts => parts.join('')),
      { nil: '' }
    )
  )
  .map(parts => parts.join(''))

export const tree: fc.Arbitrary<Tree> = fc.letrec<{ value: Tree; array: Tree; object: Tree }>(
  tie => ({
    value: fc.oneof(
      { maxDepth: 5, depthIdentifier: 'tree' },
      fc.constantFrom('true', 'false', 'null').map(text => ({ kind: 'token' as const, text })),
      numberText.map(text => ({ kind: 'token' as const, text })),
      literal.map(literal => ({ kind: 'string' as const, literal })),
      tie('array'),
      tie('object')
    ),
    array: fc
      .array(tie('value'), { maxLength: 4, depthIdentifier: 'tree' })
      .map(items => ({ kind: 'array' as const, items })),
    object: fc
      .uniqueArray(fc.tuple(literal, tie('value')), {
        maxLength: 4,
        selector: ([key]) => key.value,
        depthIdentifier: 'tree'
      })
      .map(members => ({ kind: 'object' as const, members }))
  })
).value

/** A small deterministic random source, for where whitespace goes. */
export const random = seeded

const WHITESPACE = ['', '', '', ' ', '\n', '\t', '\r\n', ' \n\t\r  ']

/** The tree as JSON text, with whitespace (of every kind JSON has) between any two tokens. */
export function print(value: Tree, next: () => number): string {
  const ws = () => WHITESPACE[Math.floor(next() * WHITESPACE.length)] ?? ''
  const write = (value: Tree): string => {
    switch (value.kind) {
      case 'token':
        return value.text
      case 'string':
        return value.literal.text
      case 'array':
        return `[${ws()}${value.items.map(write).join(`${ws()},${ws()}`)}${ws()}]`
      case 'object':
        return `{${ws()}${value.members
          .map(([key, item]) => `${key.text}${ws()}:${ws()}${write(item)}`)
          .join(`${ws()},${ws()}`)}${ws()}}`
    }
  }
  return `${ws()}${write(value)}${ws()}`
}

export const jsonText = fc
  .tuple(tree, fc.integer())
  .map(([value, seed]) => print(value, random(seed)))

// --- feeding the scanner ---------------------------------------------------------------------

/**
 * The bytes in chunks of these sizes (cycled), each in memory at this offset: at 0 the scanner
 * reads strings four bytes at a time, elsewhere one by one. With `reuse`, every chunk is written
 * into the same memory, as the file reader does: what the scanner keeps, it must copy.
 */
export function* chunked(
  bytes: Uint8Array,
  sizes: readonly number[],
  offset = 0,
  reuse = false
): Generator<Uint8Array> {
  const largest = Math.max(...sizes)
  const shared = new Uint8Array(offset + largest).subarray(offset)
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = Math.min(sizes[i % sizes.length] ?? 1, bytes.length - at)
    const chunk = reuse ? shared : new Uint8Array(offset + size).subarray(offset)
    chunk.set(bytes.subarray(at, at + size))
    if (reuse) chunk.fill(0x5a, size)
    yield chunk.subarray(0, size)
    at += size
  }
}

export const chunking = fc.record({
  sizes: fc.oneof(
    fc.constantFrom([1], [2], [3], [7], [4096]),
    fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 })
  ),
  offset: fc.integer({ min: 0, max: 3 }),
  reuse: fc.boolean()
})

export type Chunking = { sizes: readonly number[]; offset: number; reuse?: boolean }

export const bytesOf = (text: string) => Buffer.from(text, 'utf8')

/**
 * Malformed texts, and where each broke as the scanner names it: byte from 0, line and column
 * (in bytes) from 1, and why.
 */
export const MALFORMED: Array<[text: string, where: string]> = [
  ['', 'at byte 0 (line 1, column 1): the text ends where a value was expected'],
  ['{"a": tru}', 'at byte 9 (line 1, column 10): expected true'],
  ['{"a": 1,}', 'at byte 8 (line 1, column 9): expected a key (a string)'],
  ['[1 2]', "at byte 3 (line 1, column 4): expected ',' or ']'"],
  ['{"a" 1}', "at byte 5 (line 1, column 6): expected ':'"],
  ['{\n  "a": 1,\n  "b": 01\n}', "at byte 20 (line 3, column 9): expected ',' or '}'"],
  [
    '\r\n\n  "tab\there"',
    'at byte 9 (line 3, column 7): a control character in a string (it must be escaped)'
  ],
  [
    '"\\x"',
    'at byte 2 (line 1, column 3): an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'
  ],
  ['"\\u12g4"', 'at byte 5 (line 1, column 6): a \\u escape without four hexadecimal digits'],
  ['["open', 'at byte 6 (line 1, column 7): the text ends inside a string'],
  ['-', 'at byte 1 (line 1, column 2): a number without its digits'],
  ['1.e5', 'at byte 2 (line 1, column 3): a number without its digits'],
  ['{} {}', 'at byte 3 (line 1, column 4): more text after the JSON value'],
  ['\ufeff{}', 'at byte 0 (line 1, column 1): expected a value'],
  ['{"é": [1, }', 'at byte 11 (line 1, column 12): expected a value']
]
