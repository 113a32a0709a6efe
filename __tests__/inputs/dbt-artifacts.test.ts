/**
 * The dbt readers over generated artifacts, against the reader they replaced (JSON.parse of the
 * whole file): the nodes and results they keep, however the bytes are chunked; duplicates and
 * order as JSON.parse reads them; and a malformed artifact refused with a RuleViolation in the
 * scanner's words, naming the byte, line and column where it broke.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  idsToLookUp,
  readManifestNodes,
  readRunResults,
  type DbtNode
} from '../../src/inputs/dbt-artifacts.js'
import { RuleViolation } from '../../src/inputs/refusals.js'
import type { JsonSource } from '../../src/json/scanner.js'
import {
  MALFORMED,
  bytesOf,
  chunked,
  chunking,
  literal,
  print,
  random,
  tree,
  type Literal,
  type Tree
} from '../support/json-texts.js'
import { runs } from '../support/property-runs.js'

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

/** What selectors look at. */
function selectorFields({ resourceType, name, tags, originalFilePath }: DbtNode) {
  return { resourceType, name, tags, originalFilePath }
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
      { numRuns: runs(300) }
    )
  })

  it('tells everyNode each node of it with the fields selectors read, as JSON.parse reads them', () => {
    fc.assert(
      fc.property(manifest, chunking, ({ text, wanted }, how) => {
        const { nodes, metadata } = JSON.parse(text) as {
          nodes: Record<string, unknown>
          metadata: { dbt_schema_version: string }
        }
        fc.pre(/\/manifest\/v(12|20)\.json$/.test(metadata.dbt_schema_version))
        // What a selector sees of each node, the last one a unique_id names counting.
        const seen = new Map<string, ReturnType<typeof selectorFields>>()
        readManifestNodes(chunked(bytesOf(text), how.sizes, how.offset, how.reuse), wanted, {
          restart: () => seen.clear(),
          visit: (id, node) => (node ? seen.set(id, selectorFields(node)) : seen.delete(id))
        })
        const expected = new Map(
          Object.entries(nodes)
            .filter(([, value]) => typeof value === 'object' && value !== null)
            .map(([id, value]) => [
              id,
              selectorFields(nodeOracle(id, value as Record<string, unknown>))
            ])
        )
        expect(seen).toEqual(expected)
      }),
      { numRuns: runs(300) }
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
      { numRuns: runs(500) }
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

  it('reads of a node not wanted the fields selectors read, the last of each written twice', () => {
    const text = `{"metadata": {"dbt_schema_version": ${v12}}, "nodes": {"model.shop.o": {"name": "a", "config": {"tags": ["x"]}, "raw_code": "{", "name": "b", "tags": ["y"], "config": {"tags": ["z"], "tags": ["w"], "materialized": "table"}, "meta": {"tags": ["m"]}, "raw_code": "select 1"}, "model.shop.p": {"config": {"tags": ["x"]}, "config": null}}}`
    const seen: DbtNode[] = []
    const kept = readManifestNodes(text, new Set(), {
      restart: () => {},
      visit: (_, node) => seen.push(node!)
    })
    expect(kept.size).toBe(0)
    expect(seen.map(selectorFields)).toEqual([
      { resourceType: 'model', name: 'b', tags: ['y', 'w'], originalFilePath: null },
      { resourceType: 'model', name: 'p', tags: [], originalFilePath: null }
    ])
    // Not what selectors read: it is left for the mapping, which reads only wanted nodes.
    expect(seen[0]?.materialized).toBeNull()
  })

  it('tells everyNode of each "nodes" map, which restarts it, and of a node gone', () => {
    const text = `{"metadata": {"dbt_schema_version": ${v12}}, "nodes": {"model.shop.orders": {}}, "nodes": {"seed.a.b": [], "model.shop.orders": {"name": "o"}, "model.shop.orders": 1}}`
    const told: string[] = []
    readManifestNodes(text, wanted, {
      restart: () => told.push('restart'),
      visit: (id, node) => told.push(`${id} ${node ? node.name : 'gone'}`)
    })
    expect(told).toEqual([
      'restart',
      'model.shop.orders orders',
      'restart',
      'seed.a.b b',
      'model.shop.orders o',
      'model.shop.orders gone'
    ])
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

  it('reads a manifest as dbt writes it: nodes before sources, config before columns and meta', () => {
    const node = `{"resource_type": "model", "name": "orders", "config": {"materialized": "table", "tags": ["nightly"]}, "tags": [], "meta": {"tags": ["not-a-tag"]}, "columns": {"id": {"tags": []}}, "raw_code": "select 1"}`
    const text = `{"metadata": {"dbt_schema_version": ${v12}}, "nodes": {"model.shop.orders": ${node}, "model.shop.items": ${node}}, "sources": {"source.shop.raw": {}}, "macros": {}, "parent_map": {}}`
    const seen = new Map<string, string[]>()
    const kept = readManifestNodes(text, wanted, {
      restart: () => seen.clear(),
      visit: (id, read) => seen.set(id, read?.tags ?? [])
    })
    expect([...kept.keys()]).toEqual(['model.shop.orders'])
    expect(kept.get('model.shop.orders')).toMatchObject({
      materialized: 'table',
      tags: ['nightly']
    })
    expect(seen).toEqual(
      new Map([
        ['model.shop.orders', ['nightly']],
        ['model.shop.items', ['nightly']]
      ])
    )
  })

  it('reads "nodes" written as a list as a map without nodes, and refuses one that is neither', () => {
    const withNodes = (nodes: string) => `{"metadata": {"dbt_schema_version": ${v12}}, ${nodes}}`
    expect(readManifestNodes(withNodes('"nodes": []'), wanted).size).toBe(0)
    expect(ruleOf(withNodes('"nodes": null'))).toBe('has no "nodes" map')
    expect(ruleOf(withNodes('"nodes": {"model.shop.orders": {}}, "nodes": 1'))).toBe(
      'has no "nodes" map'
    )
    expect(ruleOf(withNodes('"sources": {}'))).toBe('has no "nodes" map')
  })

  it('names a manifest without metadata, or one of another kind, by at most 80 characters of it', () => {
    expect(ruleOf('{"nodes": {}}')).toBe(
      'is manifest of unknown version (undefined); this action reads manifest v12 and v20'
    )
    const long = `"${'x'.repeat(200)}"`
    expect(ruleOf(`{"metadata": {"dbt_schema_version": ${long}}, "nodes": {}}`)).toBe(
      `is manifest of unknown version (${'x'.repeat(80)}); this action reads manifest v12 and v20`
    )
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
      { numRuns: runs(300) }
    )
  })
})

describe('readRunResults: as dbt writes them', () => {
  const v6 = '"https://schemas.getdbt.com/dbt/run-results/v6.json"'
  const withResults = (members: string) => `{"metadata": {"dbt_schema_version": ${v6}}, ${members}}`
  const ruleOf = (text: string) => {
    try {
      readRunResults(text)
    } catch (error) {
      if (error instanceof RuleViolation) return error.rule
      throw error
    }
    throw new Error('accepted')
  }

  it('reads the results that come before elapsed_time and args', () => {
    const text = withResults(
      '"results": [{"status": "success", "timing": [], "unique_id": "model.shop.orders", "compiled_code": "select 1"}], "elapsed_time": 1.5, "args": {"which": "run"}'
    )
    expect(readRunResults(text)).toEqual([{ uniqueId: 'model.shop.orders', status: 'success' }])
  })

  it('refuses "results" that is no list, or none at all', () => {
    expect(ruleOf(withResults('"results": {}'))).toBe('has no "results" list')
    expect(ruleOf(withResults('"results": [], "results": null'))).toBe('has no "results" list')
    expect(ruleOf(withResults('"elapsed_time": 1'))).toBe('has no "results" list')
  })

  it('reads no field of a result through a "__proto__" member, as JSON.parse reads none', () => {
    const text = withResults(
      '"results": [{"__proto__": {"unique_id": "model.shop.orders", "status": "success"}}]'
    )
    expect(readRunResults(text)).toEqual([])
  })
})

describe('idsToLookUp', () => {
  it('keeps the unique_ids of models, seeds and snapshots, the resource types that are tables', () => {
    const ids = ['model.a.b', 'seed.a.c', 'snapshot.a.d', 'test.a.e', 'source.a.f', 'analysis.a.g']
    const results = ids.map(uniqueId => ({ uniqueId, status: 'success' }))
    expect(idsToLookUp(results)).toEqual(new Set(['model.a.b', 'seed.a.c', 'snapshot.a.d']))
  })
})

describe('a malformed artifact', () => {
  it.each(MALFORMED)('is refused as a RuleViolation naming where %j broke', (text, where) => {
    const ruleOf = (read: () => unknown) => {
      try {
        read()
      } catch (error) {
        if (error instanceof RuleViolation) return error.rule
        throw error
      }
      throw new Error(`accepted ${text}`)
    }
    const source = () => chunked(bytesOf(text), [3], 1)
    expect(ruleOf(() => readRunResults(source()))).toBe(`is not valid JSON ${where}`)
    expect(ruleOf(() => readManifestNodes(source(), new Set(['model.a.b'])))).toBe(
      `is not valid JSON ${where}`
    )
  })
})
