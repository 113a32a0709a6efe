/**
 * The streaming JSON scanner against JSON.parse: generated texts with every kind of escape,
 * Unicode, nesting, number form and whitespace, fed in chunks of every size (1, 2, 3, 7 bytes…)
 * so that every token and every multi-byte character is cut; and the same texts broken, which
 * it must refuse exactly when JSON.parse does, naming the same byte however it is chunked.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { JsonSyntaxError } from '../../src/json/json-error.js'
import { JsonScanner, scanJson } from '../../src/json/scanner.js'
import {
  MALFORMED,
  bytesOf,
  chunked,
  chunking,
  jsonText,
  type Chunking
} from '../support/json-texts.js'
import { runs } from '../support/property-runs.js'

/** What JSON.parse makes of these bytes, or the refusal. */
function parsed(bytes: Uint8Array): { value: unknown } | { refused: true } {
  try {
    return { value: JSON.parse(Buffer.from(bytes).toString('utf8')) }
  } catch {
    return { refused: true }
  }
}

type Scanned<T> = { value: T } | { refused: string }

/** The error these tests have the scanner throw for a key or a value past its bound. */
class TooLarge extends Error {}

/** What the scanner makes of the bytes, or its refusal's message. */
function scanned<T>(
  bytes: Uint8Array,
  how: Chunking,
  read: (scanner: JsonScanner) => T
): Scanned<T> {
  try {
    return { value: scanJson(chunked(bytes, how.sizes, how.offset, how.reuse), read) }
  } catch (error) {
    if (error instanceof JsonSyntaxError || error instanceof TooLarge) {
      return { refused: error.message }
    }
    throw error
  }
}

/**
 * The whole value rebuilt through the walker: objects and arrays entered, everything else read
 * with readValue. Members are defined as JSON.parse defines them (a later duplicate replaces
 * the value in place; __proto__ is an own key).
 */
function rebuild(scanner: JsonScanner): unknown {
  const kind = scanner.kind()
  if (kind === 'array') {
    const items: unknown[] = []
    scanner.enterArray()
    while (scanner.nextItem()) items.push(rebuild(scanner))
    return items
  }
  if (kind === 'object') {
    const object: Record<string, unknown> = {}
    scanner.enterObject()
    for (let key = nextKey(scanner); key !== undefined; key = nextKey(scanner)) {
      Object.defineProperty(object, key, {
        value: rebuild(scanner),
        writable: true,
        enumerable: true,
        configurable: true
      })
    }
    return object
  }
  return scanner.readValue(1 << 20, () => new Error('too large'))
}

const nextKey = (scanner: JsonScanner) => scanner.nextKey(1 << 20, () => new Error('too large'))

function wholeValue(scanner: JsonScanner): unknown {
  const value = rebuild(scanner)
  scanner.finish()
  return value
}

function skipped(scanner: JsonScanner): 'skipped' {
  scanner.skipValue()
  scanner.finish()
  return 'skipped'
}

/** The text with one byte changed, inserted or deleted, or cut short. */
const broken = fc
  .tuple(
    jsonText,
    fc.nat(),
    fc.constantFrom('replace', 'insert', 'delete', 'cut'),
    fc.constantFrom(
      ...'{}[],:"\\/0123456789-+.eEtfnrulaxuAFGg \n\t'.split('').map(c => c.charCodeAt(0)),
      0x00,
      0x1f,
      0x7f,
      0xc3,
      0xa9,
      0xe4,
      0xf0,
      0xff
    )
  )
  .map(([text, at, how, byte]) => {
    const bytes = bytesOf(text)
    const i = bytes.length === 0 ? 0 : at % (bytes.length + (how === 'insert' ? 1 : 0))
    const before = bytes.subarray(0, i)
    const after = bytes.subarray(how === 'insert' ? i : i + 1)
    if (how === 'cut') return Buffer.from(before)
    if (how === 'delete') return Buffer.concat([before, after])
    return Buffer.concat([before, Buffer.from([byte]), after])
  })

// --- properties ------------------------------------------------------------------------------

describe('JsonScanner against JSON.parse', () => {
  it('reads generated texts as JSON.parse does, however they are chunked', () => {
    fc.assert(
      fc.property(jsonText, chunking, (text, how) => {
        const bytes = bytesOf(text)
        const expected = parsed(bytes)
        const read = scanned(bytes, how, wholeValue)
        if (!('value' in expected) || !('value' in read)) throw new Error('refused')
        expect(JSON.stringify(read.value)).toBe(JSON.stringify(expected.value))
        // readValue on the whole text, and skipValue, accept it too.
        expect(scanned(bytes, how, scanner => scanner.readValue(1 << 30, Error))).toEqual(read)
        expect(scanned(bytes, how, skipped)).toEqual({ value: 'skipped' })
      }),
      { numRuns: runs(400) }
    )
  })

  it('refuses a broken text exactly when JSON.parse does, at the same byte however chunked', () => {
    fc.assert(
      fc.property(broken, chunking, chunking, (bytes, how, otherHow) => {
        const expected = parsed(bytes)
        const walked = scanned(bytes, how, wholeValue)
        if ('refused' in expected) {
          if (!('refused' in walked)) throw new Error('accepted what JSON.parse refuses')
          expect(walked.refused).toMatch(/^not valid JSON at byte \d+ \(line \d+, column \d+\): /)
          // Skipping checks as much as reading, and the refusal does not depend on the chunks.
          expect(scanned(bytes, otherHow, skipped)).toEqual(walked)
          expect(scanned(bytes, otherHow, wholeValue)).toEqual(walked)
        } else {
          if (!('value' in walked))
            throw new Error(`refused what JSON.parse accepts: ${walked.refused}`)
          expect(JSON.stringify(walked.value)).toBe(JSON.stringify(expected.value))
          expect(scanned(bytes, otherHow, skipped)).toEqual({ value: 'skipped' })
        }
      }),
      { numRuns: runs(1500) }
    )
  })

  it('reads, skips and enters values in any mix, keeping what it reads exact', () => {
    fc.assert(
      fc.property(jsonText, chunking, fc.array(fc.nat(2), { minLength: 1 }), (text, how, ways) => {
        const bytes = bytesOf(text)
        const reference = JSON.parse(bytes.toString('utf8')) as unknown
        let turn = 0
        const way = () => ways[turn++ % ways.length]
        /** Walks the value at `path`, checking each value read against the reference. */
        const walk = (scanner: JsonScanner, expected: unknown): void => {
          const kind = scanner.kind()
          const choice = way()
          if (choice === 0) return scanner.skipValue()
          if (choice === 1 || (kind !== 'object' && kind !== 'array')) {
            expect(scanner.readValue(1 << 20, Error)).toEqual(expected)
            return
          }
          if (kind === 'array') {
            const items = expected as unknown[]
            let i = 0
            scanner.enterArray()
            while (scanner.nextItem()) walk(scanner, items[i++])
            expect(i).toBe(items.length)
            return
          }
          const members = expected as Record<string, unknown>
          const keys: string[] = []
          scanner.enterObject()
          for (let key = nextKey(scanner); key !== undefined; key = nextKey(scanner)) {
            keys.push(key)
            walk(scanner, members[key])
          }
          // The keys as written: JSON.parse orders integer-like keys first.
          expect(keys.sort()).toEqual(Object.keys(members).sort())
        }
        scanJson(chunked(bytes, how.sizes, how.offset, how.reuse), scanner => {
          walk(scanner, reference)
          scanner.finish()
        })
      }),
      { numRuns: runs(300) }
    )
  })
})

describe('JsonScanner refusals', () => {
  const ruleOf = (text: string, read: (scanner: JsonScanner) => unknown = wholeValue) => {
    const result = scanned(bytesOf(text), { sizes: [3], offset: 1 }, read)
    if (!('refused' in result)) throw new Error(`accepted ${text}`)
    return result.refused
  }

  it.each(MALFORMED)('names where %j broke', (text, where) => {
    expect(ruleOf(text)).toBe(`not valid JSON ${where}`)
    expect(ruleOf(text, skipped)).toBe(`not valid JSON ${where}`)
  })

  it.each([
    ['[fals]', 'at byte 5 (line 1, column 6): expected false'],
    ['[nul]', 'at byte 4 (line 1, column 5): expected null'],
    ['"abc\\', 'at byte 5 (line 1, column 6): the text ends inside a string'],
    [
      '["\\x0041"]',
      'at byte 3 (line 1, column 4): an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'
    ],
    [
      '["ab\\q1234", 1]',
      'at byte 5 (line 1, column 6): an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'
    ]
  ])('names where %j broke, in one chunk or many', (text, where) => {
    for (const sizes of [[4096], [3], [1]]) {
      const result = scanned(bytesOf(text), { sizes, offset: 0 }, wholeValue)
      expect(result).toEqual({ refused: `not valid JSON ${where}` })
    }
  })

  it('throws a JsonSyntaxError that carries the byte, line, column and reason', () => {
    const text = '{\n  "a": 1,\n  "b": 01\n}'
    for (const sizes of [[1], [3], [4096]]) {
      let thrown: unknown
      try {
        scanJson(chunked(bytesOf(text), sizes), wholeValue)
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(JsonSyntaxError)
      expect(thrown).toBeInstanceOf(Error)
      expect(thrown).toMatchObject({
        name: 'JsonSyntaxError',
        offset: 20,
        line: 3,
        column: 9,
        reason: "expected ',' or '}'",
        message: "not valid JSON at byte 20 (line 3, column 9): expected ',' or '}'"
      })
    }
  })

  it('refuses nesting deeper than it walks, without running out of stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`
    expect(ruleOf(deep, skipped)).toBe(
      'not valid JSON at byte 100000 (line 1, column 100001): nested more than 100000 levels deep'
    )
  })

  it('passes over a long run of escapes and a long string in time', () => {
    const text = `["${'\\\\\\"\\u00e9'.repeat(200_000)}${'x'.repeat(3_000_000)}", 1]`
    expect(scanned(bytesOf(text), { sizes: [65536], offset: 0 }, skipped)).toEqual({
      value: 'skipped'
    })
  })

  it('refuses a key or a value past its bound with the error it is given', () => {
    const text = JSON.stringify({ ['k'.repeat(100)]: 1, small: 'v'.repeat(100) })
    const tooLarge = () => new TooLarge('too large')
    const read = (keyBytes: number, valueBytes: number) =>
      scanned(bytesOf(text), { sizes: [7], offset: 0 }, scanner => {
        scanner.enterObject()
        const values: unknown[] = []
        while (scanner.nextKey(keyBytes, tooLarge) !== undefined) {
          values.push(scanner.readValue(valueBytes, tooLarge))
        }
        return values
      })
    expect(read(102, 102)).toEqual({ value: [1, 'v'.repeat(100)] })
    expect(read(101, 102)).toEqual({ refused: 'too large' })
    expect(read(102, 101)).toEqual({ refused: 'too large' })
  })

  it('lets the source go however reading ends', () => {
    let closed = 0
    function* source(): Generator<Uint8Array> {
      try {
        yield bytesOf('{"a": [1, 2')
        yield bytesOf('], "b": oops}')
      } finally {
        closed++
      }
    }
    expect(() => scanJson(source(), wholeValue)).toThrow(JsonSyntaxError)
    expect(scanJson(source(), scanner => scanner.kind())).toBe('object')
    expect(closed).toBe(2)
  })
})
