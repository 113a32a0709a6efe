/**
 * Hostile servers and runner files, round three, each on the committed bundle: answers below
 * HTTP (a protocol switch, a closed socket, thousands of headers), a server that asks for a
 * minute's pause while the runner cancels, runner files that cannot be written, and values that
 * no header can carry.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  faultOfKind,
  startSimulator,
  TOKEN_PATH,
  TRIGGER_PATH,
  type Simulator
} from '../../simulator/anymetrics-simulator.js'
import {
  closeWithoutAnswer,
  cpuSecondsOf,
  manyHeaders,
  runBundleWith,
  startRawServer,
  switchProtocols,
  type PlacedRun,
  type RawAnswer,
  type RawServer
} from '../support/hostile-servers.js'
import { inputBuilder, PARTITION, TABLE } from '../support/inputs.js'
import { expectNoSecretIn, shown } from '../support/leaks.js'
import { expectRefusedBeforeAnyRequest } from '../support/refused.js'
import { annotations, runAction, type ActionRun } from '../support/run-action.js'

const SECRET = 'hostile3-credential-61c0'
const credentials = { tenantId: 'tn_hostile', authType: 'TOKEN', authValue: SECRET }
const inputsFor = inputBuilder(credentials)

const APP_SECRET = 'hostile3-app-secret-9d2e'
const keyPair = { tenantId: 'tn_hostile', appId: 'ak-3003', appSecret: APP_SECRET }
const keyPairInputsFor = inputBuilder(keyPair, { retries: '0' })

const FAILURE = '::error title=AnyMetrics refresh failed::'

let simulator: Simulator | undefined
let raw: RawServer | undefined
const folders: string[] = []
afterEach(async () => {
  await simulator?.close()
  await raw?.close()
  simulator = undefined
  raw = undefined
  folders.splice(0).forEach(folder => rmSync(folder, { recursive: true, force: true }))
})

async function rawServer(answer: RawAnswer): Promise<RawServer> {
  raw = await startRawServer(answer)
  return raw
}

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'anymetrics-hostile3-'))
  folders.push(folder)
  return folder
}

interface ResultRow {
  tableName: string
  partition: string
  success: boolean
  status: string
  errorMsg: string | null
  attempts: number
}

function resultsOf(run: { outputs: Record<string, string> }): ResultRow[] {
  return JSON.parse(run.outputs.results ?? 'null') as ResultRow[]
}

/** A failed step that did not crash: exit 1, nothing on stderr, no stack trace anywhere. */
function expectCleanFailure(run: ActionRun | PlacedRun): void {
  expect(run.exitCode).toBe(1)
  expect(run.stderr).toBe('')
  expect(shown(run)).not.toMatch(/^\s+at /m)
  expect(shown(run)).not.toContain('stopped unexpectedly')
}

describe('answers below HTTP', () => {
  it('a trigger answered 101 Switching Protocols fails the step, once, naming the switch', async () => {
    const server = await rawServer(switchProtocols)
    const run = await runAction(inputsFor(server, { 'timeout-seconds': '20' }))
    expectCleanFailure(run)
    // Not transient: sent once, not retried.
    expect(server.requests.map(request => request.path)).toEqual([TRIGGER_PATH])
    expect(run.outputs).toMatchObject({
      success: 'false',
      'succeeded-count': '0',
      'failed-count': '1'
    })
    const [result] = resultsOf(run)
    expect(result).toMatchObject({
      tableName: TABLE,
      partition: PARTITION,
      success: false,
      status: 'failed'
    })
    expect(result!.errorMsg).toMatch(/101 Switching Protocols \(a protocol switch\)/)
    const errors = annotations(run.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      new RegExp(`^${FAILURE}.*127\\.0\\.0\\.1:${server.port}: answered 101 .*protocol switch`)
    )
    expect(run.summary).toMatch(/^## ❌ The trigger failed\\: .*answered 101 Switching Protocols/)
    expect(run.summary).toContain('**0 succeeded, 1 failed, 1 in all**')
    expectNoSecretIn(run, [SECRET])
  })

  it('a token request answered 101 fails the step with no trigger sent', async () => {
    const server = await rawServer(switchProtocols)
    const run = await runAction(keyPairInputsFor(server, { 'timeout-seconds': '20' }))
    expectCleanFailure(run)
    expect(server.requests.map(request => request.path)).toEqual([TOKEN_PATH])
    expect(run.outputs).toMatchObject({ success: 'false', results: '[]' })
    const errors = annotations(run.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /^::error title=AnyMetrics refresh failed::Could not get a token from token\/create .*protocol switch.*; no trigger was sent$/
    )
    expect(run.summary).toContain('Could not get a token')
    expectNoSecretIn(run, [APP_SECRET])
  })

  it('a server that reads the request and closes without answering fails, after its retries', async () => {
    const server = await rawServer(closeWithoutAnswer)
    const run = await runAction(inputsFor(server, { retries: '2', 'timeout-seconds': '20' }))
    expectCleanFailure(run)
    // Transient: the first attempt and both retries went out, and nothing more.
    expect(server.requests.map(request => request.path)).toEqual([
      TRIGGER_PATH,
      TRIGGER_PATH,
      TRIGGER_PATH
    ])
    expect(run.outputs).toMatchObject({ success: 'false', 'failed-count': '1' })
    const [result] = resultsOf(run)
    expect(result).toMatchObject({ status: 'failed', success: false, attempts: 3 })
    expect(run.stdout).toContain('attempt 2 of 3 failed')
    const errors = annotations(run.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`${TABLE} ${PARTITION}: `)
    expect(errors[0]).toContain('(after 3 attempts in ')
    expect(run.summary).toContain('**0 succeeded, 1 failed, 1 in all**')
  })

  it('3,000 response headers: an answer that is not valid HTTP, not an unreachable platform', async () => {
    const server = await rawServer(manyHeaders(3000))
    const run = await runAction(inputsFor(server))
    expectCleanFailure(run)
    expect(server.requests).toHaveLength(1)
    expect(run.outputs['error-message']).toBe(
      `${TABLE} ${PARTITION}: 127.0.0.1:${server.port} sent an answer that is not valid HTTP (HPE_HEADER_OVERFLOW): its headers are larger than Node reads (16 KiB)`
    )
    expect(shown(run)).not.toMatch(/unreachable|no answer/i)
    expect(annotations(run.stdout, 'error')).toHaveLength(1)
  })
})

describe('a minute-long Retry-After while the runner cancels', () => {
  /**
   * Twenty triggers, four at a time, every answer 429 with Retry-After: 60. One second after
   * the first request arrives, `signal` is sent; the CPU the process used in that second is
   * read from /proc just before.
   */
  async function cancelDuringPause(signal: NodeJS.Signals) {
    let child: ChildProcess | undefined
    let signalledAtMs = 0
    let cpuBefore: number | undefined
    let cpuAtSignal: number | undefined
    let firstAnswered = false
    simulator = await startSimulator({
      ...credentials,
      everyRequest: faultOfKind('429', '60'),
      onAnswered: () => {
        if (firstAnswered || !child?.pid) return
        firstAnswered = true
        const pid = child.pid
        cpuBefore = cpuSecondsOf(pid)
        setTimeout(() => {
          cpuAtSignal = cpuSecondsOf(pid)
          signalledAtMs = performance.now()
          child?.kill(signal)
        }, 1000)
      }
    })
    const run = await runBundleWith(
      inputsFor(simulator, { partition: '2024-07-01..2024-07-20', concurrency: '4' }),
      {},
      { onSpawn: spawned => (child = spawned), limitMs: 25_000 }
    )
    return {
      run,
      afterSignalMs: run.closedAtMs - signalledAtMs,
      // undefined when /proc could not be read (then the test fails: it measures nothing)
      cpuInPause:
        cpuAtSignal !== undefined && cpuBefore !== undefined ? cpuAtSignal - cpuBefore : undefined,
      signalled: signalledAtMs > 0
    }
  }

  it('SIGINT ends the run within seconds, with every output and the summary', async () => {
    const { run, afterSignalMs, cpuInPause, signalled } = await cancelDuringPause('SIGINT')
    expect(signalled).toBe(true)
    expect(run.hung).toBe(false)
    // The runner sends SIGTERM 7.5 s after SIGINT: the run must be over well before.
    expect(afterSignalMs).toBeLessThan(5000)
    // Waiting out the server's pause costs no CPU: about 0.01 s in that second, where a
    // spinning wait costs what the machine gives it (0.4 s and more, even on a loaded 2-core box).
    expect(cpuInPause).toBeDefined()
    expect(cpuInPause!).toBeLessThan(0.25)
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe('')
    const results = resultsOf(run)
    expect(results).toHaveLength(20)
    expect(results.every(result => ['failed', 'not-run'].includes(result.status))).toBe(true)
    expect(results.filter(result => result.status === 'not-run').length).toBeGreaterThanOrEqual(16)
    expect(run.outputs.success).toBe('false')
    expect(run.outputs['succeeded-count']).toBe('0')
    expect(run.summary).toMatch(/\*\*0 succeeded, \d+ failed, \d+ not run, 20 in all\*\*/)
    expect(annotations(run.stdout, 'error')).toContainEqual(
      expect.stringMatching(
        /^::error title=AnyMetrics refresh failed::The run was cancelled: \d+ triggers not run/
      )
    )
    // Nothing new was sent after the signal: at most one attempt per worker.
    expect(simulator!.requests.length).toBeLessThanOrEqual(4)
  })

  it('SIGTERM alone ends it as promptly', async () => {
    const { run, afterSignalMs, signalled } = await cancelDuringPause('SIGTERM')
    expect(signalled).toBe(true)
    expect(run.hung).toBe(false)
    expect(afterSignalMs).toBeLessThan(5000)
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe('')
    expect(resultsOf(run)).toHaveLength(20)
    expect(run.outputs.success).toBe('false')
    expect(run.summary).toContain('20 in all')
  })
})

describe('runner files that cannot be written', () => {
  it('GITHUB_STEP_SUMMARY in a missing folder: one warning, the real outputs, exit 0', async () => {
    simulator = await startSimulator(credentials)
    const summary = join(tempFolder(), 'missing', 'summary.md')
    const run = await runBundleWith(inputsFor(simulator), { summary })
    expect(run.hung).toBe(false)
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.outputs).toMatchObject({
      success: 'true',
      'succeeded-count': '1',
      'failed-count': '0',
      'error-message': ''
    })
    expect(resultsOf(run)[0]).toMatchObject({ status: 'succeeded', success: true })
    const warnings = annotations(run.stdout, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('GITHUB_STEP_SUMMARY')
    expect(annotations(run.stdout, 'error')).toEqual([])
  })

  it('GITHUB_OUTPUT in a missing folder: one error naming it, exit 1, the summary written', async () => {
    simulator = await startSimulator(credentials)
    const output = join(tempFolder(), 'missing', 'output')
    const run = await runBundleWith(inputsFor(simulator), { output })
    expect(run.hung).toBe(false)
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe('')
    expect(simulator.requests).toHaveLength(1)
    const errors = annotations(run.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('GITHUB_OUTPUT')
    expect(run.summary).toContain('**1 succeeded, 0 failed, 1 in all**')
  })

  it('GITHUB_OUTPUT as a FIFO nobody reads: no hang, one error naming it', async () => {
    simulator = await startSimulator(credentials)
    const output = join(tempFolder(), 'output.fifo')
    execFileSync('mkfifo', [output])
    const startedMs = performance.now()
    const run = await runBundleWith(inputsFor(simulator), { output }, { limitMs: 15_000 })
    expect(run.hung).toBe(false)
    expect(run.closedAtMs - startedMs).toBeLessThan(10_000)
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe('')
    const errors = annotations(run.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('GITHUB_OUTPUT')
    expect(run.summary).toContain('**1 succeeded, 0 failed, 1 in all**')
  })
})

describe('values that cannot be sent', () => {
  it('timeout-seconds 0.0004 rounds to 0 ms and is refused before any request', async () => {
    simulator = await startSimulator(credentials)
    const run = await runAction(inputsFor(simulator, { 'timeout-seconds': '0.0004' }))
    expectRefusedBeforeAnyRequest(run, simulator, [
      expect.stringMatching(/^Input "timeout-seconds" .*\b0 ms\b/)
    ])
  })

  it.each([
    ['a line break', 'tok-5f1e7a\ninjected-header: x'],
    ['a euro sign', 'tok-€-8b3d9c0e'],
    // JSON can escape half of a surrogate pair, which no encoding of text can carry.
    ['a lone surrogate', 'tok-\ud800-8b3d9c0e']
  ])('a token holding %s fails the step before any trigger', async (_what, token) => {
    simulator = await startSimulator({
      ...keyPair,
      authValue: 'not-this-one',
      faults: [{ body: { success: true, code: '200', traceId: 'tr-tok', data: token } }]
    })
    const run = await runAction(keyPairInputsFor(simulator))
    expectCleanFailure(run)
    expect(simulator.requests.map(request => request.path)).toEqual([TOKEN_PATH])
    expect(run.outputs).toMatchObject({ success: 'false', results: '[]' })
    const errors = annotations(run.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /^::error title=AnyMetrics refresh failed::Could not get a token from token\/create .*: the platform issued a token that an HTTP header cannot carry \(.*\): ask the platform's administrator \(traceId tr-tok\); no trigger was sent$/
    )
    expect(shown(run)).not.toMatch(/unreachable|no answer/i)
    expectNoSecretIn(run, [APP_SECRET, token])
  })
})
