/**
 * The streaming JSON scanner against JSON.parse: generated texts with every kind of escape,
 * Unicode, nesting, number form and whitespace, fed in chunks of every size (1, 2, 3, 7 bytes…)
 * so that every token and every multi-byte character is cut; and the same texts broken, which
 * it must refuse exactly when JSON.parse does, naming the same byte however it is chunked.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readManifestNodes, readRunResults, type DbtNode } from '../../src/inputs/dbt-artifacts.js'
import { JsonScanner, scanJson, type JsonSource } from '../../src/inputs/json-scan.js'
import { RuleViolation } from '../../src/inputs/refusals.js'

// --- generated JSON texts --------------------------------------------------------------------

/** A JSON string literal as written (`text`) and what it says (`value`). */
interface Literal {
  value: string
  text: string
}

/** A generated JSON value, written with chosen escapes; whitespace is added when it is printed. */
type Tree =
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

const literal: fc.Arbitrary<Literal> = fc
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

const tree: fc.Arbitrary<Tree> = fc.letrec<{ value: Tree; array: Tree; object: Tree }>(tie => ({
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
})).value

/** A small deterministic random source, for where whitespace goes. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

const WHITESPACE = ['', '', '', ' ', '\n', '\t', '\r\n', ' \n\t\r  ']

/** The tree as JSON text, with whitespace (of every kind JSON has) between any two tokens. */
function print(value: Tree, next: () => number): string {
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

const jsonText = fc.tuple(tree, fc.integer()).map(([value, seed]) => print(value, random(seed)))

// --- feeding the scanner ---------------------------------------------------------------------

/**
 * The bytes in chunks of these sizes (cycled), each in memory at this offset: at 0 the scanner
 * reads strings four bytes at a time, elsewhere one by one. With `reuse`, every chunk is written
 * into the same memory, as the file reader does: what the scanner keeps, it must copy.
 */
function* chunked(
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

const chunking = fc.record({
  sizes: fc.oneof(
    fc.constantFrom([1], [2], [3], [7], [4096]),
    fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 })
  ),
  offset: fc.integer({ min: 0, max: 3 }),
  reuse: fc.boolean()
})

type Chunking = { sizes: readonly number[]; offset: number; reuse?: boolean }

const bytesOf = (text: string) => Buffer.from(text, 'utf8')

/** What JSON.parse makes of these bytes, or the refusal. */
function parsed(bytes: Uint8Array): { value: unknown } | { refused: true } {
  try {
    return { value: JSON.parse(Buffer.from(bytes).toString('utf8')) }
  } catch {
    return { refused: true }
  }
}

type Scanned<T> = { value: T } | { refused: string }

/** What the scanner makes of the bytes, or its refusal's rule. */
function scanned<T>(
  bytes: Uint8Array,
  how: Chunking,
  read: (scanner: JsonScanner) => T
): Scanned<T> {
  try {
    return { value: scanJson(chunked(bytes, how.sizes, how.offset, how.reuse), read) }
  } catch (error) {
    if (error instanceof RuleViolation) return { refused: error.rule }
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
      { numRuns: 400 }
    )
  })

  it('refuses a broken text exactly when JSON.parse does, at the same byte however chunked', () => {
    fc.assert(
      fc.property(broken, chunking, chunking, (bytes, how, otherHow) => {
        const expected = parsed(bytes)
        const walked = scanned(bytes, how, wholeValue)
        if ('refused' in expected) {
          if (!('refused' in walked)) throw new Error('accepted what JSON.parse refuses')
          expect(walked.refused).toMatch(
            /^is not valid JSON at byte \d+ \(line \d+, column \d+\): /
          )
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
      { numRuns: 1500 }
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
      { numRuns: 300 }
    )
  })
})

describe('JsonScanner refusals', () => {
  const ruleOf = (text: string, read: (scanner: JsonScanner) => unknown = wholeValue) => {
    const result = scanned(bytesOf(text), { sizes: [3], offset: 1 }, read)
    if (!('refused' in result)) throw new Error(`accepted ${text}`)
    return result.refused
  }

  it.each([
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
  ])('names where %j broke', (text, where) => {
    expect(ruleOf(text)).toBe(`is not valid JSON ${where}`)
    expect(ruleOf(text, skipped)).toBe(`is not valid JSON ${where}`)
  })

  it('refuses nesting deeper than it walks, without running out of stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`
    expect(ruleOf(deep, skipped)).toBe(
      'is not valid JSON at byte 100000 (line 1, column 100001): nested more than 100000 levels deep'
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
    const tooLarge = () => new RuleViolation('too large')
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
    expect(() => scanJson(source(), wholeValue)).toThrow(RuleViolation)
    expect(scanJson(source(), scanner => scanner.kind())).toBe('object')
    expect(closed).toBe(2)
  })
})

// --- the dbt readers over generated artifacts ------------------------------------------------

/** A node as the reader did with JSON.parse before: the fields the mapping needs. */
function nodeOracle(uniqueId: string, node: Record<string, unknown>): DbtNode {
  const config = (node.config ?? {}) as Record<string, unknown>
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null)
  const tags = [node.tags, config.tags].flatMap(list => (Array.isArray(list) ? list : []))
  return {
    uniqueId,
    resourceType: text(node.resource_type) ?? uniqueId.split('.')[0] ?? '',
    name: text(node.name) ?? uniqueId.split('.').at(-1) ?? uniqueId,
    alias: text(node.alias),
    schema: text(node.schema),
    database: text(node.database),
    catalog: text(config.catalog),
    materialized: text(config.materialized),
    tags: [...new Set(tags.filter((tag): tag is string => typeof tag === 'string'))],
    originalFilePath: text(node.original_file_path)
  }
}

const MANIFEST_SCHEMA = (version: string) =>
  `"https://schemas.getdbt.com/dbt/manifest/${version}.json"`

/** A field of a node: mostly a string (with escapes), sometimes anything. */
const field = fc.oneof(
  { weight: 3, arbitrary: literal.map(literal => ({ kind: 'string' as const, literal })) },
  { weight: 1, arbitrary: tree }
)

const word = (name: string): Literal => ({ value: name, text: JSON.stringify(name) })

const node: fc.Arbitrary<Tree> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .record(
        {
          resource_type: field,
          name: field,
          alias: field,
          schema: field,
          database: field,
          original_file_path: field,
          tags: fc.array(field, { maxLength: 3 }).map(items => ({ kind: 'array' as const, items })),
          config: fc
            .record(
              { catalog: field, materialized: field, tags: field, extra: tree },
              {
                requiredKeys: []
              }
            )
            .map(fields => ({
              kind: 'object' as const,
              members: Object.entries(fields).map(([key, value]): [Literal, Tree] => [
                word(key),
                value
              ])
            })),
          compiled_code: field,
          columns: tree
        },
        { requiredKeys: [] }
      )
      .map(fields => ({
        kind: 'object' as const,
        members: Object.entries(fields).map(([key, value]): [Literal, Tree] => [word(key), value])
      }))
  },
  { weight: 1, arbitrary: tree }
)

/** A unique_id with anything after its type: escapes and Unicode included. */
const uniqueId = fc
  .tuple(fc.constantFrom('model', 'seed', 'snapshot'), literal)
  .map(([type, rest]) => ({
    value: `${type}.${rest.value}`,
    text: `"${type}.${rest.text.slice(1)}`
  }))

const MANIFEST_VERSION = /\/manifest\/(v\d+)\.json$/

/**
 * Manifests with what JSON.parse reads its own way: nodes written twice under one unique_id,
 * and metadata written more than once (of other versions too), anywhere: the last one counts.
 */
const manifest = fc
  .record({
    nodes: fc.uniqueArray(fc.tuple(uniqueId, node), {
      maxLength: 8,
      selector: ([id]) => id.value
    }),
    repeats: fc.array(fc.tuple(fc.nat(), fc.nat(), node), { maxLength: 3 }),
    others: fc.array(fc.tuple(fc.constantFrom('sources', 'macros', 'parent_map', 'docs'), tree), {
      maxLength: 3
    }),
    versions: fc.array(
      fc.tuple(fc.constantFrom('v12', 'v20', 'v12', 'v20', 'v11', 'v2.0'), fc.nat()),
      { minLength: 1, maxLength: 3 }
    ),
    absent: fc.array(uniqueId, { maxLength: 3 }),
    pick: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    seed: fc.integer()
  })
  .map(({ nodes, repeats, others, versions, absent, pick, seed }) => {
    const written = [...nodes]
    for (const [which, at, value] of repeats) {
      const id = nodes[which % Math.max(nodes.length, 1)]?.[0]
      if (id) written.splice(at % (written.length + 1), 0, [id, value])
    }
    const members: Array<[Literal, Tree]> = others.map(([key, value]) => [word(key), value])
    members.push([word('nodes'), { kind: 'object', members: written }])
    for (const [version, at] of versions) {
      const metadata: Tree = {
        kind: 'object',
        members: [[word('dbt_schema_version'), { kind: 'token', text: MANIFEST_SCHEMA(version) }]]
      }
      // metadata is not always first: the reader does not rely on the order dbt writes.
      members.splice(at % (members.length + 1), 0, [word('metadata'), metadata])
    }
    const text = print({ kind: 'object', members }, random(seed))
    const wanted = new Set([
      ...nodes.filter((_, i) => pick[i]).map(([id]) => id.value),
      ...absent.map(id => id.value)
    ])
    return { text, wanted }
  })

describe('readManifestNodes over generated manifests', () => {
  it('keeps the wanted nodes as the JSON.parse reader did, however the bytes are chunked', () => {
    fc.assert(
      fc.property(manifest, chunking, ({ text, wanted }, how) => {
        const { nodes, metadata } = JSON.parse(text) as {
          nodes: Record<string, unknown>
          metadata: { dbt_schema_version: string }
        }
        const read = () =>
          readManifestNodes(chunked(bytesOf(text), how.sizes, how.offset, how.reuse), wanted)
        // The last metadata's version, as JSON.parse keeps the last of duplicate keys.
        const version = MANIFEST_VERSION.exec(metadata.dbt_schema_version)?.[1]
        if (version !== 'v12' && version !== 'v20') {
          const which = version ?? `of unknown version (${metadata.dbt_schema_version})`
          expect(read).toThrow(`is manifest ${which}; this action reads manifest v12 and v20`)
          return
        }
        const expected = new Map(
          [...wanted]
            .filter(id => Object.hasOwn(nodes, id))
            .map(id => [id, nodes[id]] as const)
            .filter(([, value]) => typeof value === 'object' && value !== null)
            .map(([id, value]) => [id, nodeOracle(id, value as Record<string, unknown>)])
        )
        expect(read()).toEqual(expected)
      }),
      { numRuns: 300 }
    )
  })

  it('refuses a broken manifest whenever JSON.parse does', () => {
    const brokenManifest = fc
      .tuple(manifest, fc.nat(), fc.constantFrom(...'{}[]":,\\ x'.split('')))
      .map(([{ text, wanted }, at, char]) => {
        const i = at % text.length
        return { text: text.slice(0, i) + char + text.slice(i + 1), wanted }
      })
    fc.assert(
      fc.property(brokenManifest, chunking, ({ text, wanted }, how) => {
        let valid = true
        try {
          JSON.parse(text)
        } catch {
          valid = false
        }
        const read = () =>
          readManifestNodes(chunked(bytesOf(text), how.sizes, how.offset, how.reuse), wanted)
        if (!valid) expect(read).toThrow(RuleViolation)
      }),
      { numRuns: 500 }
    )
  })
})

describe('readManifestNodes: order, duplicates and bounds', () => {
  const v12 = MANIFEST_SCHEMA('v12')
  const wanted = new Set(['model.shop.orders'])
  const ruleOf = (source: JsonSource) => {
    try {
      readManifestNodes(source, wanted)
    } catch (error) {
      if (error instanceof RuleViolation) return error.rule
      throw error
    }
    throw new Error('accepted')
  }

  it('reads nodes that come before metadata, and checks the version at the end', () => {
    const text = `{"nodes": {"model.shop.orders": {"name": "o"}}, "metadata": {"dbt_schema_version": ${v12}}}`
    expect(readManifestNodes(text, wanted).get('model.shop.orders')?.name).toBe('o')
    expect(ruleOf(text.replace('v12', 'v11'))).toBe(
      'is manifest v11; this action reads manifest v12 and v20'
    )
  })

  it('checks the version of the last metadata, as JSON.parse keeps the last of a key', () => {
    const metadata = (version: string) =>
      `"metadata": {"dbt_schema_version": ${MANIFEST_SCHEMA(version)}}`
    const nodes = '"nodes": {"model.shop.orders": {"name": "o"}}'
    const text = `{${metadata('v11')}, ${nodes}, ${metadata('v12')}}`
    expect(readManifestNodes(text, wanted).get('model.shop.orders')?.name).toBe('o')
    expect(ruleOf(`{${metadata('v12')}, ${nodes}, ${metadata('v11')}}`)).toBe(
      'is manifest v11; this action reads manifest v12 and v20'
    )
  })

  it('keeps the last of duplicate nodes, as JSON.parse does', () => {
    const node = (name: unknown) => JSON.stringify({ name })
    const manifestOf = (...values: string[]) =>
      `{"metadata": {"dbt_schema_version": ${v12}}, "nodes": {${values
        .map(value => `"model.shop.orders": ${value}`)
        .join(', ')}}}`
    expect(
      readManifestNodes(manifestOf(node('a'), node('b')), wanted).get('model.shop.orders')?.name
    ).toBe('b')
    expect(readManifestNodes(manifestOf(node('a'), 'null'), wanted).size).toBe(0)
    expect(
      readManifestNodes(manifestOf('"x"', node('c')), wanted).get('model.shop.orders')?.name
    ).toBe('c')
  })

  it('keeps only the last "nodes" map, as JSON.parse does', () => {
    const text = `{"metadata": {"dbt_schema_version": ${v12}}, "nodes": {"model.shop.orders": {}}, "nodes": {}}`
    expect(readManifestNodes(text, wanted).size).toBe(0)
  })

  it('reads a wanted node of 20 MiB, in chunks of 1 MiB', () => {
    const rawCode = 'x'.repeat(20 * 1024 * 1024)
    const big = `{"metadata": {"dbt_schema_version": ${v12}}, "nodes": {"model.shop.orders": {"name": "o", "raw_code": "${rawCode}"}}}`
    const bytes = bytesOf(big)
    expect(
      readManifestNodes(chunked(bytes, [1 << 20]), wanted).get('model.shop.orders')?.name
    ).toBe('o')
    // The same node is passed over when it is not wanted.
    expect(readManifestNodes(chunked(bytes, [1 << 20]), new Set()).size).toBe(0)
  })

  it('refuses a text that is JSON but not an object', () => {
    expect(ruleOf('[]')).toBe('is not a JSON object')
    expect(ruleOf('[')).toBe(
      'is not valid JSON at byte 1 (line 1, column 2): the text ends where a value was expected'
    )
  })
})

describe('readRunResults over generated run_results', () => {
  const RUN_RESULTS_SCHEMA = (version: string) =>
    `"https://schemas.getdbt.com/dbt/run-results/${version}.json"`
  /** A result's fields, a field sometimes written twice: JSON.parse keeps the last. */
  const result = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .array(fc.tuple(fc.constantFrom('unique_id', 'status', 'compiled_code', 'timing'), field), {
          maxLength: 6
        })
        .map((fields): Tree => ({
          kind: 'object',
          members: fields.map(([key, value]): [Literal, Tree] => [word(key), value])
        }))
    },
    { weight: 1, arbitrary: tree }
  )
  /** "results" and "metadata", each written once or more, in any order. */
  const runResults = fc
    .tuple(
      fc.array(fc.array(result, { maxLength: 6 }), { minLength: 1, maxLength: 2 }),
      fc.array(fc.constantFrom('v6', 'v6', 'v5'), { minLength: 1, maxLength: 2 }),
      fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
      fc.integer()
    )
    .map(([lists, versions, places, seed]) => {
      const members: Array<[Literal, Tree]> = []
      const written: Array<[Literal, Tree]> = [
        ...lists.map((items): [Literal, Tree] => [word('results'), { kind: 'array', items }]),
        ...versions.map((version): [Literal, Tree] => [
          word('metadata'),
          {
            kind: 'object',
            members: [
              [word('dbt_schema_version'), { kind: 'token', text: RUN_RESULTS_SCHEMA(version) }]
            ]
          }
        ])
      ]
      written.forEach((member, i) =>
        members.splice((places[i] ?? 0) % (members.length + 1), 0, member)
      )
      return print({ kind: 'object', members }, random(seed))
    })

  it('reads unique_id and status of each result as the JSON.parse reader did', () => {
    fc.assert(
      fc.property(runResults, chunking, (text, how) => {
        const parsed = JSON.parse(text) as {
          results: unknown[]
          metadata: { dbt_schema_version: string }
        }
        const read = () => readRunResults(chunked(bytesOf(text), how.sizes, how.offset, how.reuse))
        if (!parsed.metadata.dbt_schema_version.endsWith('/v6.json')) {
          expect(read).toThrow('is run-results v5; this action reads run-results v6')
          return
        }
        const expected = parsed.results.flatMap(item => {
          const { unique_id: id, status } = (item ?? {}) as Record<string, unknown>
          return typeof id === 'string' ? [{ uniqueId: id, status: String(status) }] : []
        })
        expect(read()).toEqual(expected)
      }),
      { numRuns: 300 }
    )
  })
})
