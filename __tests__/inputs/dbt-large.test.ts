/**
 * dbt artifacts as large projects write them: a manifest of about 150 MB, made on the fly in a
 * temporary folder (deleted after) and read from disk as a stream, keeping a few of its nodes;
 * reading files in chunks; and a plan refused before the manifest is opened only when it is
 * sure to be too large. (bench/dbt-manifest.js measures time and memory up to GBs.)
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync } from 'node:fs'
import { rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readManifestNodes } from '../../src/inputs/dbt-artifacts.js'
import { readDbt } from '../../src/inputs/dbt-inputs.js'
import { readFileChunks } from '../../src/inputs/files.js'
import { INPUT_NAMES, parseInputs, type RawInputs } from '../../src/inputs/parse-inputs.js'
import { InputErrors, RefusalCollector } from '../../src/inputs/refusals.js'

const MB = 1_000_000
const MANIFEST_V12 = 'https://schemas.getdbt.com/dbt/manifest/v12.json'
const RUN_RESULTS_V6 = 'https://schemas.getdbt.com/dbt/run-results/v6.json'
/** A node whose unique_id is written with escapes, somewhere in the middle of the nodes. */
const ESCAPED_ID = 'model.shop.naïve_"quoted"_注文'
const ESCAPED_ID_TEXT = '"model.shop.na\\u00efve_\\"quoted\\"_\\u6ce8\\u6587"'

let dir: string
let nodeCount: number

/** One model as dbt 1.9 writes it (one line, ", " and ": "), with __N__ for its number. */
function nodeTemplate(): string {
  const sql = Array.from({ length: 30 }, (_, i) => `    cast(src."c_${i}" as varchar) as c_${i},`)
  const node = {
    database: null,
    schema: 'sales',
    name: 'm___N__',
    resource_type: 'model',
    package_name: 'shop',
    original_file_path: 'models/marts/m___N__.sql',
    unique_id: 'model.shop.m___N__',
    fqn: ['shop', 'marts', 'm___N__'],
    alias: 'm___N__',
    checksum: { name: 'sha256', checksum: 'ab'.repeat(32) },
    config: { enabled: true, tags: ['nightly'], materialized: 'table', meta: {}, docs: {} },
    tags: ['nightly'],
    description: 'Orders — 注文 😀, one row per line.',
    columns: { id: { name: 'id', description: 'The order.', meta: {}, data_type: null } },
    created_at: 1751168883.0925078,
    raw_code: `select\n${sql.join('\n')}\nfrom {{ ref('stg') }} as src`,
    depends_on: { macros: [], nodes: ['model.shop.stg'] }
  }
  return JSON.stringify(node).replaceAll('":', '": ').replaceAll('","', '", "')
}

/** manifest.json of about `bytes` bytes in dir: its number of nodes. */
function writeManifest(path: string, bytes: number): number {
  const template = nodeTemplate()
  const count = Math.floor(bytes / (template.length + 24))
  const fd = openSync(path, 'w')
  try {
    writeSync(fd, `{"metadata": {"dbt_schema_version": "${MANIFEST_V12}"}, "nodes": {`)
    let batch: string[] = []
    for (let i = 0; i < count; i++) {
      const id = i === Math.floor(count / 2) ? ESCAPED_ID_TEXT : `"model.shop.m_${i}"`
      batch.push(`${i === 0 ? '' : ', '}${id}: ${template.replaceAll('__N__', String(i))}`)
      if (batch.length === 1000) {
        writeSync(fd, batch.join(''))
        batch = []
      }
    }
    writeSync(fd, `${batch.join('')}}, "macros": {}, "parent_map": {}, "child_map": {}}`)
  } finally {
    closeSync(fd)
  }
  return count
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'anymetrics-dbt-large-'))
  nodeCount = writeManifest(join(dir, 'manifest.json'), 150 * MB)
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('a 150 MB manifest read from disk as a stream', () => {
  it('keeps the wanted nodes, first, middle (its key escaped) and last', () => {
    const last = `model.shop.m_${nodeCount - 1}`
    const wanted = new Set(['model.shop.m_0', ESCAPED_ID, last, 'model.shop.not_there'])
    const nodes = readManifestNodes(readFileChunks(join(dir, 'manifest.json')), wanted)
    expect([...nodes.keys()]).toEqual(['model.shop.m_0', ESCAPED_ID, last])
    expect(nodes.get(last)).toEqual({
      uniqueId: last,
      resourceType: 'model',
      name: `m_${nodeCount - 1}`,
      alias: `m_${nodeCount - 1}`,
      schema: 'sales',
      database: null,
      catalog: null,
      materialized: 'table',
      tags: ['nightly'],
      originalFilePath: `models/marts/m_${nodeCount - 1}.sql`
    })
    expect(nodes.get(ESCAPED_ID)?.name).toBe(`m_${Math.floor(nodeCount / 2)}`)
  })

  it('maps the run that run_results names, read from disk the way the action does', () => {
    const results = ['model.shop.m_7', ESCAPED_ID, 'test.shop.unique_m_7'].map(uniqueId => ({
      unique_id: uniqueId,
      status: uniqueId.startsWith('test') ? 'pass' : 'success',
      compiled_code: 'select 1'
    }))
    writeFileSync(
      join(dir, 'run_results.json'),
      JSON.stringify({ metadata: { dbt_schema_version: RUN_RESULTS_V6 }, results })
    )
    const inputs = new RefusalCollector()
    const mapping = readDbt(
      {
        datasource: 'starrocks',
        'dbt-catalog': '',
        'dbt-select': '',
        'dbt-exclude': '',
        'dbt-run-results': join(dir, 'run_results.json'),
        'dbt-manifest': ''
      },
      path => readFileChunks(path),
      inputs
    )
    expect(inputs.errors).toEqual([])
    expect(mapping?.mapped).toEqual([
      { uniqueId: 'model.shop.m_7', tableName: 'starrocks.`default_catalog.sales`.m_7' },
      {
        uniqueId: ESCAPED_ID,
        tableName: `starrocks.\`default_catalog.sales\`.m_${Math.floor(nodeCount / 2)}`
      }
    ])
  })
})

describe('readFileChunks', () => {
  /** The chunks, each copied as it comes: the next one is read into the same memory. */
  const read = (path: string) => {
    const chunks: Buffer[] = []
    for (const chunk of readFileChunks(path, 4)) chunks.push(Buffer.from(chunk))
    return chunks
  }

  it('reads a file in chunks of the size asked, the last one short', () => {
    writeFileSync(join(dir, 'ten.txt'), '0123456789')
    expect(read(join(dir, 'ten.txt')).map(String)).toEqual(['0123', '4567', '89'])
    writeFileSync(join(dir, 'empty.txt'), '')
    expect(read(join(dir, 'empty.txt'))).toEqual([])
  })

  it.each([
    ['a directory', () => dir],
    ['a device', () => '/dev/zero']
  ])('refuses %s without reading it', (_what, path) => {
    expect(() => read(path())).toThrow(expect.objectContaining({ code: 'not a regular file' }))
  })

  it('opens nothing until a chunk is asked for, and closes the file when reading stops early', () => {
    const openFiles = () => readdirSync('/proc/self/fd').length
    if (!existsSync('/proc/self/fd')) return
    const before = openFiles()
    const chunks = readFileChunks(join(dir, 'manifest.json'))
    expect(openFiles()).toBe(before)
    for (const chunk of chunks) {
      expect(chunk.length).toBe(1024 * 1024)
      expect(openFiles()).toBe(before + 1)
      break
    }
    expect(openFiles()).toBe(before)
  })
})

describe('the plan before the manifest is opened', () => {
  const now = new Date('2026-11-25T02:00:00Z')
  /** run_results and manifest for these nodes: [unique_id, status, materialized, tags]. */
  function artifacts(nodes: Array<[string, string, string, string[]]>): Record<string, string> {
    return {
      'target/run_results.json': JSON.stringify({
        metadata: { dbt_schema_version: RUN_RESULTS_V6 },
        results: nodes.map(([uniqueId, status]) => ({ unique_id: uniqueId, status }))
      }),
      'target/manifest.json': JSON.stringify({
        metadata: { dbt_schema_version: MANIFEST_V12 },
        nodes: Object.fromEntries(
          nodes.map(([uniqueId, , materialized, tags]) => [
            uniqueId,
            { name: uniqueId.split('.').at(-1), schema: 'sales', config: { materialized }, tags }
          ])
        )
      })
    }
  }
  function parse(files: Record<string, string>, given: Partial<RawInputs>) {
    const raw = {
      ...(Object.fromEntries(INPUT_NAMES.map(name => [name, ''])) as RawInputs),
      host: 'anymetrics.internal:8083',
      'tenant-id': 'tn_1',
      'auth-type': 'token',
      'auth-value': 'secret',
      datasource: 'starrocks',
      'dbt-run-results': 'target/run_results.json',
      partition: '2026-11-20..2026-11-24',
      ...given
    }
    const paths: string[] = []
    const openArtifact = (path: string) => {
      paths.push(path)
      const file = files[path]
      if (file === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      return file
    }
    try {
      const { config } = parseInputs(raw, {
        now,
        readTextFile: openArtifact,
        openArtifact,
        readOwnFile: () => undefined
      })
      return { plan: config.plan.length, refusals: [], paths }
    } catch (error) {
      if (!(error instanceof InputErrors)) throw error
      return { plan: 0, refusals: error.errors.map(refused => refused.message), paths }
    }
  }

  // Four nodes that are tables and were written, × 5 partitions = 20 > 10: but only the
  // manifest says that one is ephemeral and one is not selected. The plan has 2 × 5.
  const files = artifacts([
    ['model.shop.orders', 'success', 'table', ['anymetrics']],
    ['model.shop.events', 'partial success', 'incremental', ['anymetrics']],
    ['model.shop.int_items', 'success', 'ephemeral', ['anymetrics']],
    ['model.shop.staging', 'success', 'table', []],
    ['model.shop.refunds', 'error', 'table', ['anymetrics']]
  ])

  it("does not count run_results' tables as certain: ephemeral and unselected nodes add none", () => {
    const { plan, refusals, paths } = parse(files, {
      'dbt-select': 'tag:anymetrics',
      'max-triggers': '10'
    })
    expect(refusals).toEqual([])
    expect(plan).toBe(10)
    expect(paths).toEqual(['target/run_results.json', 'target/manifest.json'])
  })

  it('refuses the plan after the manifest when the tables dbt adds make it too large', () => {
    const { refusals, paths } = parse(files, {
      'dbt-select': 'tag:anymetrics',
      'max-triggers': '9'
    })
    expect(refusals).toEqual([
      'Input "max-triggers" is 9, and the plan has 10 triggers (2 tables × 5 partitions, 2026-11-20..2026-11-24): narrow partition or raise max-triggers'
    ])
    expect(paths).toEqual(['target/run_results.json', 'target/manifest.json'])
  })

  it('refuses a plan too large with the named tables alone before opening the manifest', () => {
    const { refusals, paths } = parse(files, {
      'table-name': 'sr.`c.s`.a, sr.`c.s`.b, sr.`c.s`.c',
      'max-triggers': '14'
    })
    expect(refusals).toEqual([
      'Input "max-triggers" is 14, and the plan has 15 triggers (3 tables × 5 partitions, 2026-11-20..2026-11-24): narrow partition or raise max-triggers'
    ])
    expect(paths).toEqual(['target/run_results.json'])
  })
})
