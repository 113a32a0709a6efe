#!/usr/bin/env node
// @ts-check
/**
 * How fast does a 300-trigger backfill go? Runs the committed bundle, as the runner does,
 * against the loopback simulator and prints ratios (not absolute times, which depend on the
 * machine): speed-up over sequential, share of the ideal (latency-bound) time, and how close the
 * adaptive throttle gets to a server's real capacity when it answers 429 past it.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startSimulator } from '../simulator/anymetrics-simulator.js'

const BUNDLE = resolve(import.meta.dirname, '../dist/index.js')
const TRIGGERS = 300
const LATENCY_MS = 20
const credentials = { tenantId: 'tn_bench', authType: 'TOKEN', authValue: 'bench-secret' }

/**
 * @param {import('../simulator/anymetrics-simulator.js').SimulatorOptions} serverOptions
 * @param {number} concurrency
 */
async function timeBackfill(serverOptions, concurrency) {
  const server = await startSimulator({ ...credentials, ...serverOptions })
  const dir = mkdtempSync(join(tmpdir(), 'anymetrics-bench-'))
  writeFileSync(join(dir, 'output'), '')
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: join(dir, 'output'),
    INPUT_HOST: server.url,
    'INPUT_TENANT-ID': credentials.tenantId,
    'INPUT_AUTH-TYPE': credentials.authType,
    'INPUT_AUTH-VALUE': credentials.authValue,
    'INPUT_TABLE-NAME': 'starrocks.`default_catalog.sales`.p_order',
    INPUT_PARTITION: `2024-01-01..today-${daysSince('2024-01-01') - TRIGGERS + 1}`,
    INPUT_CONCURRENCY: String(concurrency),
    INPUT_RETRIES: '10'
  }
  const started = process.hrtime.bigint()
  const exitCode = await new Promise(done => {
    const child = spawn(process.execPath, [BUNDLE], { env, stdio: 'ignore' })
    child.on('close', done)
  })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  const sent = server.requests.length
  const throttled = server.requests.filter(request => request.status === 429).length
  await server.close()
  rmSync(dir, { recursive: true, force: true })
  if (exitCode !== 0) throw new Error(`the backfill failed (exit ${exitCode})`)
  return { ms, sent, throttled }
}

/** @param {string} date */
function daysSince(date) {
  return Math.floor((Date.now() - Date.parse(`${date}T00:00:00Z`)) / 86_400_000)
}

const ratio = (/** @type {number} */ value) => value.toFixed(2)

console.log(`Backfill of ${TRIGGERS} triggers, simulator latency ${LATENCY_MS} ms per request\n`)
const sequential = await timeBackfill({ latencyMs: LATENCY_MS }, 1)
console.log('concurrency | speed-up vs 1 | share of ideal')
for (const concurrency of [1, 4, 8, 16]) {
  const { ms } =
    concurrency === 1 ? sequential : await timeBackfill({ latencyMs: LATENCY_MS }, concurrency)
  const ideal = (TRIGGERS * LATENCY_MS) / concurrency
  console.log(
    `${String(concurrency).padStart(11)} | ${ratio(sequential.ms / ms).padStart(13)} | ${ratio(ideal / ms).padStart(14)}`
  )
}

const CAPACITY = 4
console.log(
  `\nA server that takes ${CAPACITY} at once and answers 429 (Retry-After: 0) beyond that`
)
const atCapacity = await timeBackfill(
  { latencyMs: LATENCY_MS, capacity: CAPACITY, capacityRetryAfter: '0' },
  CAPACITY
)
console.log('concurrency | time vs concurrency = capacity | requests sent per trigger | 429s')
for (const concurrency of [CAPACITY, 8, 16, 32]) {
  const run =
    concurrency === CAPACITY
      ? atCapacity
      : await timeBackfill(
          { latencyMs: LATENCY_MS, capacity: CAPACITY, capacityRetryAfter: '0' },
          concurrency
        )
  console.log(
    `${String(concurrency).padStart(11)} | ${ratio(run.ms / atCapacity.ms).padStart(30)} | ${ratio(run.sent / TRIGGERS).padStart(25)} | ${run.throttled}`
  )
}
