/**
 * Round three of attacks on the committed bundle, aimed at the fixes "Every request settles
 * once…", "Summary and outputs within GitHub's limits…" and "Secrets matched on a canonical
 * form…": answers that HTTP allows but no platform gives (1xx, bodies that stop or never end),
 * cancellation during every kind of wait, runner files that cannot be written, outside text
 * made to look like markdown, the largest results and dbt runs, and credentials echoed in
 * every encoding a server might use. Each case runs the bundle as the runner does, against a
 * loopback server. The defects this round found (a token request after a stop, live markdown
 * in a refused token's summary, results over 1 MB, listener warnings, Latin-1 and ignorable-
 * character echoes, prefixes at a cut, a proxy holding the process) are fixed; each case guards.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer as createNetServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ACCEPTED,
  expectSecretHidden,
  foreignTags,
  httpAnswer,
  jsonAnswer,
  partitionOf,
  renderSummary,
  startScriptedServer,
  writeDbtArtifacts,
  type Script,
  type ScriptedServer
} from '../support/attack-helpers.js'
import { runBundleWith, type PlacedRun, type RunnerFiles } from '../support/hostile-servers.js'
import { inputBuilder, type Inputs } from '../support/inputs.js'
import { shown } from '../support/leaks.js'
import { annotations, runAction } from '../support/run-action.js'

const SECRET = 'sk-R3+vX/9 q&w<e>"t\'Lm4Zp'
const credentials = { tenantId: 'tn_attack3', authType: 'APIKEY', authValue: SECRET }
const inputsFor = inputBuilder(credentials, { retries: '0', 'timeout-seconds': '2' })

const APP_SECRET = 'attack3-app-secret-5e1f'
const keyPair = { tenantId: 'tn_attack3', appId: 'ak-3303', appSecret: APP_SECRET }
const keyPairInputsFor = inputBuilder(keyPair, { retries: '0', 'timeout-seconds': '2' })

const TOKEN_PATH = '/anymetrics/api/v1/token/create'
const FAILURE = '::error title=AnyMetrics refresh failed::'

let server: ScriptedServer | undefined
const cleanups: Array<() => void | Promise<void>> = []
afterEach(async () => {
  await server?.close()
  server = undefined
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function serve(script: Script): Promise<ScriptedServer> {
  server = await startScriptedServer(script)
  return server
}

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'anymetrics-attack3-'))
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }))
  return folder
}

interface ResultRow {
  tableName: string
  partition: string
  success: boolean
  status: string
  code: string | null
  traceId: string | null
  data: string | null
  errorMsg: string | null
  attempts: number
}

function resultsOf(run: { outputs: Record<string, string> }): ResultRow[] {
  return JSON.parse(run.outputs.results ?? 'null') as ResultRow[]
}

/** Runs the bundle, timing it from spawn to close. */
async function timedRun(
  inputs: Inputs,
  files: RunnerFiles = {},
  options: { onSpawn?: (child: ChildProcess) => void; limitMs?: number } = {}
): Promise<PlacedRun & { elapsedMs: number }> {
  const startedMs = performance.now()
  const run = await runBundleWith(inputs, files, { limitMs: 20_000, ...options })
  return { ...run, elapsedMs: run.closedAtMs - startedMs }
}

/** The step ended by itself, without a crash, a stack trace or a second record. */
function expectSettled(run: PlacedRun): void {
  expect(run.hung).toBe(false)
  expect(run.signal).toBeNull()
  expect(run.stderr).toBe('')
  expect(shown(run)).not.toMatch(/^\s+at /m)
  expect(shown(run)).not.toContain('stopped unexpectedly')
  expect(shown(run)).not.toContain('unaccounted for')
  // One summary, one headline.
  expect(run.summary.match(/^## /gm) ?? []).toHaveLength(1)
}

/** A failed step whose one trigger failed, once, for `reason`. */
function expectOneFailure(run: PlacedRun, reason: RegExp): ResultRow {
  expectSettled(run)
  expect(run.exitCode).toBe(1)
  const results = resultsOf(run)
  expect(results).toHaveLength(1)
  expect(run.outputs).toMatchObject({
    success: 'false',
    'succeeded-count': '0',
    'failed-count': '1'
  })
  expect(results[0]).toMatchObject({ status: 'failed', success: false })
  expect(results[0]!.errorMsg).toMatch(reason)
  const errors = annotations(run.stdout, 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0]!.startsWith(FAILURE)).toBe(true)
  expect(run.summary).toContain('**0 succeeded, 1 failed, 1 in all**')
  return results[0]!
}

/** A green step whose one trigger the platform accepted. */
function expectOneSuccess(run: PlacedRun): void {
  expectSettled(run)
  expect(run.exitCode).toBe(0)
  expect(run.outputs).toMatchObject({
    success: 'true',
    'succeeded-count': '1',
    'failed-count': '0',
    'error-message': ''
  })
  expect(resultsOf(run)).toMatchObject([{ status: 'succeeded', attempts: 1 }])
  expect(annotations(run.stdout, 'error')).toEqual([])
}

const accepted = jsonAnswer(200, ACCEPTED)

// =============================================================================================
describe('every request ends in exactly one outcome, whatever the socket does', () => {
  it.each([
    ['100 Continue (never asked for)', 'HTTP/1.1 100 Continue\r\n\r\n'],
    ['102 Processing', 'HTTP/1.1 102 Processing\r\n\r\n'],
    [
      '103 Early Hints',
      'HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n\r\n'
    ],
    [
      'fifty 1xx answers in a row',
      'HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early Hints\r\n\r\n'.repeat(25)
    ]
  ])('%s before the real answer: the real answer counts', async (_what, informational) => {
    const platform = await serve((_request, socket) => {
      socket.write(informational)
      setTimeout(() => socket.write(accepted), 50)
    })
    const run = await timedRun(inputsFor(platform))
    expectOneSuccess(run)
    expect(platform.requests).toHaveLength(1)
  })

  it('103 Early Hints and then nothing: failed at timeout-seconds, each retry counted', async () => {
    const platform = await serve((_request, socket) => {
      socket.write('HTTP/1.1 103 Early Hints\r\nLink: </a.js>; rel=preload\r\n\r\n')
    })
    const run = await timedRun(inputsFor(platform, { 'timeout-seconds': '0.5', retries: '1' }))
    const result = expectOneFailure(run, /sent no answer within 0\.5 s/)
    expect(result.attempts).toBe(2)
    expect(platform.requests).toHaveLength(2)
    // Two 0.5 s deadlines and a backoff below 1 s: well under 4 s.
    expect(run.elapsedMs).toBeLessThan(4000)
  })

  it.each([
    ['101 without an Upgrade header', 'HTTP/1.1 101 Switching Protocols\r\n\r\n'],
    [
      '101 with Upgrade but no Connection: upgrade',
      'HTTP/1.1 101 OK\r\nUpgrade: websocket\r\n\r\n'
    ],
    [
      '101 without Upgrade, then a JSON acceptance',
      `HTTP/1.1 101 Switching Protocols\r\n\r\n${accepted.toString('latin1')}`
    ]
  ])('%s: one outcome, never a hang', async (_what, answer) => {
    const platform = await serve((_request, socket) => socket.write(answer, 'latin1'))
    const run = await timedRun(inputsFor(platform, { 'timeout-seconds': '1' }))
    // Not a protocol switch Node acts on: an answer of status 101, with no body, refused.
    expectOneFailure(run, /^HTTP 101 /)
    expect(run.elapsedMs).toBeLessThan(5000)
    expect(platform.requests).toHaveLength(1)
  })

  it('an answer that stops in the middle of its body fails, retried as a dropped connection', async () => {
    const body = JSON.stringify({ ...ACCEPTED, data: 'x'.repeat(200) })
    const platform = await serve((_request, socket) => {
      socket.end(
        `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 40)}`
      )
    })
    const run = await timedRun(inputsFor(platform, { retries: '1' }))
    const result = expectOneFailure(run, /closed in the middle of the answer|connection reset/)
    expect(result.attempts).toBe(2)
    expect(platform.requests).toHaveLength(2)
  })

  it('a Content-Length larger than the body, connection held open: failed at the deadline', async () => {
    const body = JSON.stringify(ACCEPTED)
    const platform = await serve((_request, socket) => {
      socket.write(
        `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length + 10}\r\n\r\n${body}`
      )
    })
    const run = await timedRun(inputsFor(platform, { 'timeout-seconds': '0.5' }))
    expectOneFailure(run, /sent no answer within 0\.5 s/)
    expect(run.elapsedMs).toBeLessThan(4000)
  })

  it('a Content-Length shorter than the body: the cut body is judged, the rest answers no one', async () => {
    // The first trigger's answer says 2 bytes and carries, after them, a whole forged acceptance;
    // the second trigger is refused by the platform. Neither may count as accepted.
    const forged = accepted.toString('latin1')
    const platform = await serve((request, socket) => {
      if (request.index === 0) {
        socket.write(
          `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}${forged}`
        )
      } else {
        setTimeout(() => {
          if (!socket.destroyed) socket.write(jsonAnswer(200, { code: '500', succeed: false }))
        }, 100)
      }
    })
    const run = await timedRun(
      inputsFor(platform, {
        partition: '2024-07-17..2024-07-18',
        concurrency: '1',
        'timeout-seconds': '1'
      })
    )
    expectSettled(run)
    expect(run.exitCode).toBe(1)
    expect(run.outputs['succeeded-count']).toBe('0')
    expect(resultsOf(run).map(result => result.status)).toEqual(['failed', 'failed'])
  })

  it.each([
    ['a negative Content-Length', 'Content-Length: -1'],
    ['two Content-Lengths that differ', 'Content-Length: 5\r\nContent-Length: 76'],
    ['Content-Length beside chunked encoding', 'Content-Length: 76\r\nTransfer-Encoding: chunked']
  ])(
    '%s: an answer that is not valid HTTP, not an unreachable platform',
    async (_what, lengths) => {
      const body = JSON.stringify(ACCEPTED)
      const platform = await serve((_request, socket) => {
        socket.write(
          `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n${lengths}\r\n\r\n${body}`
        )
      })
      const run = await timedRun(inputsFor(platform, { 'timeout-seconds': '1' }))
      const result = expectOneFailure(run, /sent an answer that is not valid HTTP \(HPE_[A-Z_]+\)/)
      expect(result.errorMsg).not.toMatch(/unreachable|no answer/)
    }
  )

  it('chunked encoding that never ends: failed at timeout-seconds, and the process exits', async () => {
    const timers: NodeJS.Timeout[] = []
    cleanups.push(() => timers.forEach(clearInterval))
    const platform = await serve((_request, socket) => {
      socket.write(
        'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n'
      )
      timers.push(setInterval(() => !socket.destroyed && socket.write('1\r\n \r\n'), 50))
    })
    const run = await timedRun(inputsFor(platform, { 'timeout-seconds': '0.5' }))
    expectOneFailure(run, /sent no answer within 0\.5 s/)
    expect(run.elapsedMs).toBeLessThan(4000)
  })

  it('a chunked answer cut before its last chunk fails as a dropped connection', async () => {
    const platform = await serve((_request, socket) => {
      socket.end(
        'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1d\r\n{"code":"200","succeed":true}\r\n'
      )
    })
    const run = await timedRun(inputsFor(platform))
    expectOneFailure(run, /closed in the middle of the answer|connection reset/)
  })

  it('an answer without a length, ended by the server half-closing: read to the end, accepted', async () => {
    const platform = await serve((_request, socket) => {
      socket.end(
        `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${JSON.stringify(ACCEPTED)}`
      )
    })
    expectOneSuccess(await timedRun(inputsFor(platform)))
  })

  it('a server that half-closes in the middle of its headers fails the trigger', async () => {
    const platform = await serve((_request, socket) => {
      socket.end('HTTP/1.1 200 OK\r\nContent-Type: appl')
    })
    const run = await timedRun(inputsFor(platform))
    expectOneFailure(run, /127\.0\.0\.1:\d+/)
  })

  it('a 3 MiB error page: one failure with a short excerpt', async () => {
    const page = `<html><body><h1>502 Bad Gateway</h1>${'<p>upstream failed</p>'.repeat(150_000)}</body></html>`
    expect(page.length).toBeGreaterThan(3 * 1024 * 1024)
    const platform = await serve((_request, socket) => socket.write(httpAnswer(502, page)))
    const run = await timedRun(inputsFor(platform))
    const result = expectOneFailure(run, /^HTTP 502 with a body that is not a JSON object: /)
    expect(result.errorMsg!.length).toBeLessThan(400)
    expect(run.outputs['error-message']!.length).toBeLessThan(600)
  })

  it('a 2 MiB acceptance is never taken for one it did not read in full', async () => {
    const body = JSON.stringify({ ...ACCEPTED, data: 'y'.repeat(2 * 1024 * 1024) })
    const platform = await serve((_request, socket) => socket.write(httpAnswer(200, body)))
    const run = await timedRun(inputsFor(platform))
    expectSettled(run)
    const [result] = resultsOf(run)
    // Either judged as a whole or refused as unread: never a cut body read as an acceptance.
    expect(run.exitCode).toBe(result!.status === 'succeeded' ? 0 : 1)
    expect(Buffer.byteLength(run.outputs.results!)).toBeLessThan(10_000)
  })

  it('a body that streams without end at full speed: failed at timeout-seconds', async () => {
    let streaming = true
    cleanups.push(() => {
      streaming = false
    })
    const chunk = `10000\r\n${'z'.repeat(0x10000)}\r\n`
    const platform = await serve((_request, socket) => {
      socket.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n')
      const pump = (): void => {
        while (streaming && !socket.destroyed && socket.write(chunk));
        if (streaming && !socket.destroyed) socket.once('drain', pump)
      }
      pump()
    })
    const run = await timedRun(inputsFor(platform, { 'timeout-seconds': '0.5' }))
    expectOneFailure(run, /sent no answer within 0\.5 s/)
    expect(run.elapsedMs).toBeLessThan(5000)
  })
})

// =============================================================================================
describe('through a proxy: the deadline holds for the tunnel too', () => {
  /**
   * Runs the bundle with `https_proxy` (or `http_proxy`) set to `proxy`, for a host name (a
   * loopback address would bypass the proxy; no name is ever resolved: the proxy is asked to
   * connect). The process is killed `limitMs` after it starts printing.
   */
  async function viaProxy(host: string, variable: string, proxy: ScriptedServer, limitMs: number) {
    let limit: NodeJS.Timeout | undefined
    let hung = false
    const startedMs = performance.now()
    const run = await runAction(
      inputsFor(host, { 'timeout-seconds': '1' }),
      { [variable]: proxy.url },
      (_out, child) => {
        limit ??= setTimeout(() => {
          hung = true
          child.kill('SIGKILL')
        }, limitMs)
      }
    )
    clearTimeout(limit)
    return { run, hung, elapsedMs: performance.now() - startedMs }
  }

  it('a tunnel opened, then no answer through it: failed at timeout-seconds, process ended', async () => {
    const proxy = await serve((_request, socket) =>
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    )
    const { run, hung, elapsedMs } = await viaProxy(
      'http://anymetrics.internal:8083',
      'http_proxy',
      proxy,
      8000
    )
    expect(hung).toBe(false)
    expect(run.exitCode).toBe(1)
    expect(run.outputs['error-message']).toMatch(
      /via proxy http:\/\/127\.0\.0\.1:\d+ sent no answer within 1 s/
    )
    expect(elapsedMs).toBeLessThan(5000)
  })

  // Once a defect: a proxy that takes the CONNECT and never answers it. The deadline failed the
  // trigger, but the process never exited while the old tunnel agent held the CONNECT open.
  // The action's own tunnel (src/platform/proxy-tunnel.ts) gives up at the request's timeout,
  // and the client's close() destroys any CONNECT still waiting.
  it.each([
    ['https://anymetrics.internal:8443', 'https_proxy'],
    ['http://anymetrics.internal:8083', 'http_proxy']
  ])('%s through a %s that never answers CONNECT: the process ends', async (host, variable) => {
    const proxy = await serve(() => undefined)
    const { run, hung } = await viaProxy(host, variable, proxy, 3000)
    expect(proxy.requests.map(request => request.method)).toEqual(['CONNECT'])
    expect(run.outputs['error-message']).toMatch(/sent no answer within 1 s/)
    expect(hung).toBe(false)
  })
})

// =============================================================================================
describe('every wait ends promptly on SIGINT or SIGTERM', () => {
  interface Cancelled {
    run: PlacedRun
    platform: ScriptedServer
    afterSignalMs: number
    /** Requests that arrived after the signal was sent. */
    sentAfterSignal: number
  }

  /**
   * Runs the bundle against `script` and sends `signal` `afterMs` after the first request
   * arrived; the server's answers are the script's.
   */
  async function cancelled(
    script: Script,
    inputsOf: (platform: ScriptedServer) => Inputs,
    signal: NodeJS.Signals,
    afterMs = 400
  ): Promise<Cancelled> {
    let child: ChildProcess | undefined
    let signalledAtMs = 0
    const platform = await serve((request, socket) => {
      if (request.index === 0) {
        setTimeout(() => {
          signalledAtMs = performance.now()
          child?.kill(signal)
        }, afterMs)
      }
      script(request, socket)
    })
    const run = await timedRun(inputsOf(platform), {}, { onSpawn: spawned => (child = spawned) })
    expect(signalledAtMs).toBeGreaterThan(0)
    return {
      run,
      platform,
      afterSignalMs: run.closedAtMs - signalledAtMs,
      sentAfterSignal: platform.requests.filter(request => request.arrivedMs > signalledAtMs).length
    }
  }

  const unavailable = jsonAnswer(
    503,
    { code: '503', succeed: false, errorMsg: 'maintenance' },
    { 'Retry-After': '60' }
  )
  const rateLimited = jsonAnswer(
    429,
    { code: '429', succeed: false, errorMsg: 'slow down' },
    { 'Retry-After': '60' }
  )

  /** Cancelled with every output, the summary, and one line saying so. */
  function expectCancelledRun(run: PlacedRun, total: number): void {
    expectSettled(run)
    expect(run.exitCode).toBe(1)
    const results = resultsOf(run)
    expect(results).toHaveLength(total)
    expect(results.every(result => result.status !== 'succeeded')).toBe(true)
    expect(run.outputs.success).toBe('false')
    expect(run.summary).toContain(`${total} in all**`)
    expect(annotations(run.stdout, 'error')).toContainEqual(
      expect.stringMatching(/^::error title=AnyMetrics refresh failed::The run was cancelled: /)
    )
  }

  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s during backoff waits (every trigger 503, Retry-After: 60)',
    async signal => {
      const { run, afterSignalMs, sentAfterSignal } = await cancelled(
        (_request, socket) => socket.write(unavailable),
        platform =>
          inputsFor(platform, {
            retries: '3',
            concurrency: '2',
            partition: '2024-07-01..2024-07-06'
          }),
        signal
      )
      expectCancelledRun(run, 6)
      expect(afterSignalMs).toBeLessThan(3000)
      expect(sentAfterSignal).toBe(0)
    }
  )

  it('SIGTERM during a throttle pause (one at a time, every answer 429, Retry-After: 60)', async () => {
    const { run, afterSignalMs, sentAfterSignal } = await cancelled(
      (_request, socket) => socket.write(rateLimited),
      platform =>
        inputsFor(platform, {
          retries: '2',
          concurrency: '1',
          partition: '2024-07-01..2024-07-05'
        }),
      'SIGTERM'
    )
    expectCancelledRun(run, 5)
    expect(resultsOf(run).filter(result => result.status === 'not-run')).toHaveLength(4)
    expect(afterSignalMs).toBeLessThan(3000)
    expect(sentAfterSignal).toBe(0)
  })

  it('SIGINT while a trigger got only 103 Early Hints: torn down after the grace', async () => {
    const { run, afterSignalMs } = await cancelled(
      (_request, socket) => socket.write('HTTP/1.1 103 Early Hints\r\n\r\n'),
      platform => inputsFor(platform, { 'timeout-seconds': '60' }),
      'SIGINT'
    )
    expectCancelledRun(run, 1)
    // The request reached the server (it answered 103): the platform may have started it.
    expect(resultsOf(run)[0]!.status).toBe('unknown')
    // The runner's SIGTERM follows SIGINT after 7.5 s: everything is written well before.
    expect(afterSignalMs).toBeLessThan(4000)
  })

  /** The token request's cancellation: no trigger, every output, one line. */
  function expectTokenCancelled(run: PlacedRun, platform: ScriptedServer): void {
    expectSettled(run)
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ success: 'false', results: '[]' })
    expect(platform.requests.every(request => request.path === TOKEN_PATH)).toBe(true)
    expect(annotations(run.stdout, 'error')).toHaveLength(1)
  }

  it('SIGINT while the token request waits out a Retry-After of 60 s', async () => {
    const { run, platform, afterSignalMs } = await cancelled(
      (_request, socket) => socket.write(unavailable),
      platform => keyPairInputsFor(platform, { retries: '3' }),
      'SIGINT'
    )
    expectTokenCancelled(run, platform)
    expect(afterSignalMs).toBeLessThan(3000)
  })

  // DEFECT: once the run is stopped no retry may start (RunControl: "once stopped, no trigger
  // or retry starts"), but the token exchange's retry loop sends its next attempt as soon as the
  // cancelled wait returns: retrying() (src/run/retry-loop.ts) checks stage.stopped() only
  // before it sleeps, and token-exchange's send, unlike the pool's, does not check the control.
  it('SIGINT during the token backoff: no token request is sent after it', async () => {
    const { sentAfterSignal } = await cancelled(
      (_request, socket) => socket.write(unavailable),
      platform => keyPairInputsFor(platform, { retries: '3' }),
      'SIGINT'
    )
    expect(sentAfterSignal).toBe(0)
  })

  it('SIGTERM while the token request hangs: ended after the grace, nothing else sent', async () => {
    const { run, platform, afterSignalMs } = await cancelled(
      () => undefined,
      platform => keyPairInputsFor(platform, { 'timeout-seconds': '60' }),
      'SIGTERM'
    )
    expectTokenCancelled(run, platform)
    expect(platform.requests).toHaveLength(1)
    expect(afterSignalMs).toBeLessThan(4000)
  })
})

// =============================================================================================
describe('each runner file fails alone, in one line, and never rewrites the other', () => {
  type FileKind = 'a directory' | 'a read-only file' | 'a full device' | 'a socket'
  const KINDS: FileKind[] = ['a directory', 'a read-only file', 'a full device', 'a socket']

  /** A path of that kind; what is at it afterwards, to check that nothing was written there. */
  async function pathOf(kind: FileKind): Promise<{ path: string; untouched: () => boolean }> {
    switch (kind) {
      case 'a directory': {
        const path = join(tempFolder(), 'runner-file')
        mkdirSync(path)
        return { path, untouched: () => readdirSync(path).length === 0 }
      }
      case 'a read-only file':
        // Read-only for root too: /proc/version refuses every write (EIO, or EACCES).
        return { path: '/proc/version', untouched: () => true }
      case 'a full device':
        return { path: '/dev/full', untouched: () => true }
      case 'a socket': {
        const path = join(tempFolder(), 'runner.sock')
        const listening: Server = createNetServer(socket => socket.destroy())
        await new Promise<void>(resolve => listening.listen(path, resolve))
        cleanups.push(() => new Promise<void>(resolve => listening.close(() => resolve())))
        return { path, untouched: () => true }
      }
    }
  }

  it.each(KINDS)('GITHUB_OUTPUT as %s: one error naming it, the summary whole', async kind => {
    const platform = await serve((_request, socket) => socket.write(accepted))
    const { path, untouched } = await pathOf(kind)
    const run = await timedRun(inputsFor(platform), { output: path })
    expectSettled(run)
    expect(run.exitCode).toBe(1)
    expect(platform.requests).toHaveLength(1)
    const errors = annotations(run.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /^::error title=AnyMetrics refresh failed::Could not write the step's outputs to GITHUB_OUTPUT \(/
    )
    expect(annotations(run.stdout, 'warning')).toEqual([])
    expect(run.summary).toContain('## ✅ The trigger was accepted')
    expect(run.summary).toContain('**1 succeeded, 0 failed, 1 in all**')
    expect(untouched()).toBe(true)
  })

  it.each(KINDS)('GITHUB_STEP_SUMMARY as %s: one warning naming it, every output', async kind => {
    const platform = await serve((_request, socket) => socket.write(accepted))
    const { path, untouched } = await pathOf(kind)
    const run = await timedRun(inputsFor(platform), { summary: path })
    expect(run.hung).toBe(false)
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ success: 'true', 'succeeded-count': '1' })
    expect(resultsOf(run)).toHaveLength(1)
    const warnings = annotations(run.stdout, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^::warning::Could not write the job summary to GITHUB_STEP_SUMMARY \(/
    )
    expect(annotations(run.stdout, 'error')).toEqual([])
    expect(untouched()).toBe(true)
  })

  it('both unwritable: one error for the outputs and one warning for the summary', async () => {
    const platform = await serve((_request, socket) => socket.write(accepted))
    const run = await timedRun(inputsFor(platform), { output: '/dev/full', summary: '/dev/full' })
    expect(run.hung).toBe(false)
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(1)
    expect(annotations(run.stdout, 'error')).toEqual([
      expect.stringContaining('GITHUB_OUTPUT (ENOSPC)')
    ])
    expect(annotations(run.stdout, 'warning')).toEqual([
      expect.stringContaining('GITHUB_STEP_SUMMARY (ENOSPC)')
    ])
  })
})

// =============================================================================================
describe('no live markdown from outside text in the job summary', () => {
  /** Outside text that would be a link, an image, HTML or formatting if it were rendered raw. */
  const HOSTILE = [
    '[click](http://evil.example/a)',
    '![px](http://evil.example/p.gif)',
    '<img src=x onerror=alert(1)>',
    '<a href="http://evil.example/h">h</a>',
    '<https://evil.example/auto>',
    'http://evil.example/plain',
    'www.evil.example',
    'ops@evil.example',
    'mailto:ops@evil.example',
    '&lt;img src=y&gt; &#60;b&#62;',
    '`tick` ``two`` ```three```',
    'pipe | in | cells',
    '<details open><summary>x</summary>',
    '<!-- comment -->',
    '[ref]: http://evil.example/ref',
    '**bold** _em_ ~~gone~~ <br>'
  ]
  const HOSTILE_TEXT = HOSTILE.join(' ')

  /** The summary rendered as GitHub renders it holds no tag but the action's own. */
  function expectInert(summary: string): string {
    expect(summary.length).toBeGreaterThan(0)
    const html = renderSummary(summary)
    expect(foreignTags(html)).toEqual([])
    return html
  }

  it('errorMsg, detailErrorMsg, traceId, data, code, a Location and an error page, as cells', async () => {
    // Twenty triggers: each failure carries hostile text in another field; twelve succeed
    // with a hostile traceId (so the succeeded table is folded), one with data "false".
    const platform = await serve((request, socket) => {
      const index = Number(partitionOf(request).slice(-2)) - 1
      const piece = HOSTILE[index % HOSTILE.length]!
      if (index === 0) {
        return void socket.write(
          jsonAnswer(200, {
            code: '500',
            succeed: false,
            traceId: piece,
            errorMsg: HOSTILE_TEXT,
            detailErrorMsg: HOSTILE_TEXT.split(' ').reverse().join(' ')
          })
        )
      }
      if (index === 1) {
        return void socket.write(
          httpAnswer(302, '', {
            Location: `http://evil.example/[x](http://evil.example)<img src=x>`
          })
        )
      }
      if (index === 2) {
        return void socket.write(
          httpAnswer(502, `<html><body><p>${HOSTILE_TEXT.replace(/</g, '&lt;')}</p></body></html>`)
        )
      }
      if (index < 8) {
        return void socket.write(
          jsonAnswer(200, {
            code: piece.slice(0, 30),
            succeed: index % 2 === 0,
            traceId: piece,
            errorMsg: piece
          })
        )
      }
      socket.write(
        jsonAnswer(200, { ...ACCEPTED, traceId: piece, data: index === 8 ? 'false' : HOSTILE_TEXT })
      )
    })
    const run = await timedRun(inputsFor(platform, { partition: '2024-07-01..2024-07-20' }))
    expectSettled(run)
    expect(run.outputs['failed-count']).toBe('8')
    const html = expectInert(run.summary)
    // Shown as the text it is: the link's words and its address, the tag's name.
    expect(html).toContain('[click](http://evil.example/a)')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('GITHUB_WORKFLOW, GITHUB_RUN_NUMBER, GITHUB_SHA and GITHUB_EVENT_NAME as outside text', async () => {
    const platform = await serve((_request, socket) => socket.write(accepted))
    const run = await runAction(inputsFor(platform), {
      GITHUB_WORKFLOW: HOSTILE_TEXT,
      GITHUB_RUN_NUMBER: '[1](http://evil.example/run)',
      GITHUB_SHA: '<img src=x>|`',
      GITHUB_EVENT_NAME: 'www.evil.example'
    })
    expect(run.exitCode).toBe(0)
    expectInert(run.summary)
  })

  // DEFECT: the summary of a refused token is `failureSummary(line)` (src/report/summary.ts),
  // which puts the line (the platform's errorMsg, traceId or error page, through
  // tokenRefusedLine) into the markdown as it is, without escapeCell: links, images, HTML and
  // autolinks from token/create's answer come alive in the job summary.
  it.each([
    [
      'a JSON refusal',
      jsonAnswer(200, {
        success: false,
        code: '401',
        errorMsg: HOSTILE_TEXT,
        traceId: '[t](http://evil.example/t)'
      })
    ],
    [
      'a gateway page',
      httpAnswer(
        403,
        '<html><body><h1>Forbidden</h1><p>Sign in at http://evil.example/login or www.evil.example, or write to ops@evil.example</p></body></html>'
      )
    ]
  ])('a token refused with %s', async (_what, answer) => {
    const platform = await serve((_request, socket) => socket.write(answer))
    const run = await timedRun(keyPairInputsFor(platform))
    expectSettled(run)
    expect(run.exitCode).toBe(1)
    expect(run.summary).toContain('Could not get a token')
    expectInert(run.summary)
  })

  it('dbt unique_ids, resource types and statuses in the From dbt section', async () => {
    const runResults = writeDbtArtifacts(join(tempFolder(), 'target'), [
      { uniqueId: 'model.shop.orders', name: 'orders' },
      { uniqueId: 'model.shop.[x](http://evil.example/m)' },
      { uniqueId: 'model.shop.refunds', status: HOSTILE_TEXT, name: 'refunds' },
      { uniqueId: 'test.shop.<img src=x onerror=alert(1)>' },
      { uniqueId: '[y](http://evil.example/t).shop.www.evil.example' },
      { uniqueId: 'model.shop.a|<b>pipe</b>|`tick`', materialized: 'ephemeral' },
      { uniqueId: 'seed.shop.ops@evil.example', status: 'skipped' },
      { uniqueId: 'snapshot.shop.``code``<!--', status: 'error' }
    ])
    const platform = await serve((_request, socket) => socket.write(accepted))
    const inputs = inputsFor(platform, {
      'table-name': '',
      datasource: 'starrocks',
      'dbt-run-results': runResults
    })
    for (const dryRun of ['true', 'false']) {
      const run = await timedRun({ ...inputs, 'dry-run': dryRun })
      expect(run.hung).toBe(false)
      expect(run.stderr).toBe('')
      expect(run.summary).toContain('### From dbt')
      expectInert(run.summary)
    }
  })
})

// =============================================================================================
describe('the summary within 1 MiB and every output within 1 MB, whatever the texts', () => {
  const MIB = 1024 * 1024
  const MB = 1_000_000

  /** Twenty CJK table names of 124 characters each (letters of any script are allowed). */
  const CJK_TABLES = Array.from(
    { length: 20 },
    (_, i) =>
      `${'数'.repeat(30)}.\`${'目'.repeat(30)}.${'库'.repeat(30)}\`.${'表'.repeat(28)}${String(i).padStart(2, '0')}`
  )
  /** 100 days: 20 tables × 100 partitions = 2,000 triggers, the most max-triggers allows. */
  const HUNDRED_DAYS = '2024-01-01..2024-04-09'

  function sizesOf(run: PlacedRun): Record<string, number> {
    return {
      summary: Buffer.byteLength(run.summary),
      ...Object.fromEntries(
        Object.entries(run.outputs).map(([name, value]) => [name, Buffer.byteLength(value)])
      )
    }
  }

  function expectWithinLimits(run: PlacedRun): void {
    const sizes = sizesOf(run)
    expect(sizes.summary).toBeLessThanOrEqual(MIB)
    for (const [name, size] of Object.entries(sizes)) {
      if (name !== 'summary') expect([name, size <= MB]).toEqual([name, true])
    }
  }

  async function twoThousandFailures(answer: (index: number) => unknown): Promise<PlacedRun> {
    const platform = await serve((request, socket) =>
      socket.write(jsonAnswer(200, answer(request.index)))
    )
    const run = await timedRun(
      inputsFor(platform, {
        'table-name': CJK_TABLES.join('\n'),
        partition: HUNDRED_DAYS,
        'max-triggers': '2000',
        concurrency: '10'
      }),
      {},
      { limitMs: 40_000 }
    )
    expect(run.hung).toBe(false)
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(1)
    expect(resultsOf(run)).toHaveLength(2000)
    expect(run.outputs['failed-count']).toBe('2000')
    return run
  }

  // DEFECT: `results` keeps one entry per trigger at any detail (src/report/outputs.ts), and
  // at the least detail (the last row of DETAIL_LEVELS in src/report/format.ts: texts cut to
  // '…', identifiers to 40 characters) `code` is still whole (up to 32 characters: publicFields
  // never clips it) beside 40-character table names and traceIds. When even that rendering does
  // not fit, fitWithin returns it anyway. A traceId and a code of lone surrogates (each written
  // by JSON.stringify as a 6-byte \udc00 escape) make 2,000 rows about 1.4 MB; CJK alone
  // measured 1,000,120 bytes here.
  it('2,000 failures whose code and traceId JSON-escape to 6 bytes a character', async () => {
    const lone = '\udc00'
    const run = await twoThousandFailures(index => ({
      code: lone.repeat(40),
      succeed: false,
      traceId: `${lone.repeat(200)}${index}`,
      errorMsg: `${'错误'.repeat(20)}${index}`
    }))
    expectWithinLimits(run)
  })

  it('2,000 failures with long CJK and emoji texts', async () => {
    const run = await twoThousandFailures(index => ({
      code: '500',
      succeed: false,
      traceId: `${'跟'.repeat(200)}${index}`,
      errorMsg: `${'错误'.repeat(40)}${index}`,
      data: '🚀'.repeat(40)
    }))
    expectWithinLimits(run)
    expect(run.summary).toContain('**0 succeeded, 2000 failed, 2000 in all**')
    // Every row still names its trigger.
    expect(resultsOf(run).every(result => result.tableName.startsWith('数'))).toBe(true)
  })

  it('a dbt run with 300 tables and 3,000 skipped nodes of long names', async () => {
    const long = (i: number) => `${'節'.repeat(100)}_${i}`
    const nodes = [
      ...Array.from({ length: 300 }, (_, i) => ({
        uniqueId: `model.shop.m${i}_${'表'.repeat(40)}`,
        name: `m${i}_${'表'.repeat(40)}`
      })),
      ...Array.from({ length: 1000 }, (_, i) => ({ uniqueId: `test.shop.${long(i)}` })),
      ...Array.from({ length: 1000 }, (_, i) => ({
        uniqueId: `model.shop.${long(i)}`,
        status: '失败'.repeat(200)
      })),
      ...Array.from({ length: 1000 }, (_, i) => ({
        uniqueId: `model.shop.x${long(i)}`,
        materialized: 'ephemeral'
      }))
    ]
    const runResults = writeDbtArtifacts(join(tempFolder(), 'target'), nodes)
    const platform = await serve((_request, socket) => socket.write(accepted))
    const run = await timedRun(
      inputsFor(platform, {
        'table-name': '',
        datasource: 'starrocks',
        'dbt-run-results': runResults,
        'max-triggers': '2000',
        concurrency: '10'
      }),
      {},
      { limitMs: 40_000 }
    )
    expect(run.hung).toBe(false)
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs['succeeded-count']).toBe('300')
    expect(run.summary).toContain('### From dbt')
    expect(run.summary).toContain('3000 dbt nodes skipped')
    expectWithinLimits(run)
  })
})

// =============================================================================================
describe('a clean log at any allowed concurrency', () => {
  // DEFECT: every request is made with the run's one abort signal (control.abortSignal, given to
  // http.request in src/platform/http-exchange.ts), and Node adds a listener to it per request:
  // from 11 requests in flight on (concurrency 11 to 32 are allowed) Node prints
  // "MaxListenersExceededWarning: Possible EventTarget memory leak detected. 11 abort listeners
  // added to [AbortSignal]" to stderr, into the step's log. RunControl (src/run/run-control.ts)
  // could raise the limit on its signals with events.setMaxListeners.
  it('concurrency 16 with slow answers: nothing on stderr', async () => {
    const platform = await serve((_request, socket) => {
      setTimeout(() => !socket.destroyed && socket.write(accepted), 150)
    })
    const run = await timedRun(
      inputsFor(platform, { concurrency: '16', partition: '2024-07-01..2024-07-31' })
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs['succeeded-count']).toBe('31')
    expect(run.stderr).toBe('')
  })
})

// =============================================================================================
describe('no credential in any sink, in any form a server can echo it', () => {
  /** java.net.URLEncoder: letters, digits and .-*_ kept, a space as +, the rest %XX of UTF-8. */
  function urlEncoder(text: string, { lower = false, charset = 'utf8' as BufferEncoding } = {}) {
    let out = ''
    for (const byte of Buffer.from(text, charset)) {
      const char = String.fromCharCode(byte)
      if (/[A-Za-z0-9.*_-]/.test(char)) out += char
      else if (char === ' ') out += '+'
      else {
        const hex = byte.toString(16).padStart(2, '0')
        out += `%${lower ? hex : hex.toUpperCase()}`
      }
    }
    return out
  }
  const base64 = (text: string) => Buffer.from(text).toString('base64')
  const entities = (text: string, form: (code: number) => string) =>
    [...text].map(char => form(char.codePointAt(0)!)).join('')
  const htmlEscape = (text: string) =>
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  const jsonEscapes = (text: string) =>
    entities(text, code => `\\u${code.toString(16).padStart(4, '0')}`)
  const between = (text: string, inserted: string) => [...text].join(inserted)
  /** Full-width forms (U+FF01–FF5E, U+3000): what NFKC folds back to ASCII. */
  const fullWidth = (text: string) =>
    [...text]
      .map(char =>
        char === ' ' ? '\u3000' : String.fromCodePoint(char.codePointAt(0)! - 0x21 + 0xff01)
      )
      .join('')
  const splitAt = (text: string, at: number, by: string) =>
    `${text.slice(0, at)}${by}${text.slice(at)}`

  /** How the server answers, holding the echoed form somewhere. */
  type Echo = (echoed: string) => Buffer
  const inErrorMsg: Echo = echoed =>
    jsonAnswer(200, {
      code: '401',
      succeed: false,
      traceId: 'tr-echo',
      errorMsg: `invalid credential: ${echoed}`
    })
  const inErrorPage: Echo = echoed =>
    httpAnswer(
      401,
      `<html><head><title>401</title></head><body><h1>Unauthorized</h1><pre>auth-value: ${echoed}</pre></body></html>`,
      { 'Content-Type': 'text/html' }
    )

  async function echoRun(answer: Buffer, inputs: (platform: ScriptedServer) => Inputs = inputsFor) {
    const platform = await serve((_request, socket) => socket.write(answer))
    const run = await timedRun(inputs(platform))
    expectSettled(run)
    expect(run.exitCode).toBe(1)
    return run
  }

  const FORMS: Array<[string, (secret: string) => string]> = [
    ['as URLEncoder writes it (+, %XX)', s => urlEncoder(s)],
    ['as URLEncoder writes it with lower-case %xx', s => urlEncoder(s, { lower: true })],
    ['in base64', base64],
    ['in base64 broken into lines', s => base64(s).replace(/(.{8})/g, '$1\r\n')],
    ['in base64 one byte into a longer text', s => base64(`abc:${s}`)],
    ['in base64 two bytes into a longer text', s => base64(`a:${s}`)],
    ['in URL-safe base64 without padding, at an offset', s => base64url(`robot:${s}`)],
    [
      'in MIME base64 at an offset',
      s => base64(`${'x'.repeat(55)}${s}`).replace(/(.{76})/g, '$1\n')
    ],
    ['as decimal HTML entities', s => entities(s, code => `&#${code};`)],
    ['as hex HTML entities (&#X..;)', s => entities(s, code => `&#X${code.toString(16)};`)],
    ['HTML-escaped with named entities', htmlEscape],
    ['as JSON \\u escapes', jsonEscapes],
    ['with U+200B between its characters', s => between(s, '\u200b')],
    ['with U+2060 and U+FEFF between its characters', s => between(s, '\u2060\ufeff')],
    ['with soft hyphens', s => between(s, '\u00ad')],
    ['in full-width characters (NFKC folds them)', fullWidth],
    ['split by a line break', s => splitAt(s, 9, '\n')],
    ['split by CR LF and indented', s => splitAt(s, 13, '\r\n    ')],
    ['URL-encoded with a %0A inside', s => splitAt(encodeURIComponent(s), 10, '%0A')]
  ]

  function base64url(text: string): string {
    return Buffer.from(text).toString('base64url')
  }

  it.each(FORMS)('the credential echoed %s in errorMsg', async (_what, form) => {
    const echoed = form(SECRET)
    const run = await echoRun(inErrorMsg(echoed))
    expect(run.outputs['error-message']).toContain('***')
    expectSecretHidden(run, SECRET, [echoed])
  })

  it.each(FORMS)('the credential echoed %s in an HTML error page', async (_what, form) => {
    const echoed = form(SECRET)
    const run = await echoRun(inErrorPage(htmlEscape(echoed)))
    expectSecretHidden(run, SECRET, [echoed, htmlEscape(echoed)])
  })

  it('the credential in traceId, code and data, each in another encoding', async () => {
    const run = await echoRun(
      jsonAnswer(200, {
        code: base64(SECRET),
        succeed: false,
        traceId: urlEncoder(SECRET, { lower: true }),
        data: { echo: jsonEscapes(SECRET), html: htmlEscape(SECRET) },
        errorMsg: 'refused'
      })
    )
    expectSecretHidden(run, SECRET, [base64(SECRET), urlEncoder(SECRET, { lower: true })])
  })

  it.each([
    ['URLEncoder form', (s: string) => `https://sso.example/login?auth=${urlEncoder(s)}&next=%2F`],
    ['base64 form', (s: string) => `https://sso.example/cb#t=${base64(`u:${s}`)}`],
    ['lower-case %xx form', (s: string) => `/login?k=${urlEncoder(s, { lower: true })}`]
  ])('the credential in the Location of a redirect, %s', async (_what, location) => {
    const echoed = location(SECRET)
    const run = await echoRun(httpAnswer(302, '', { Location: echoed }))
    expect(run.outputs['error-message']).toMatch(/HTTP 302 redirect to .*\*\*\*/)
    expectSecretHidden(run, SECRET, [echoed])
  })

  it.each([985, 995, 1000, 1010])(
    'the credential at character %d of a 2,000-character errorMsg',
    async at => {
      const message = `${'e'.repeat(at)}${SECRET}${'f'.repeat(2000 - at)}`
      const run = await echoRun(jsonAnswer(200, { code: '500', succeed: false, errorMsg: message }))
      expectSecretHidden(run, SECRET)
    }
  )

  it('the credential at the cut, in a second field and split across it', async () => {
    const run = await echoRun(
      jsonAnswer(200, {
        code: '500',
        succeed: false,
        errorMsg: `${'e'.repeat(990)}${SECRET}`,
        detailErrorMsg: `${'d'.repeat(995)}${splitAt(SECRET, 8, '\n')}${'d'.repeat(100)}`
      })
    )
    expectSecretHidden(run, SECRET)
  })

  it('the app-secret and the token it bought, echoed by both endpoints', async () => {
    const token = 'tok-attack3-8c4d1f0e'
    const platform = await serve((request, socket) => {
      if (request.path === TOKEN_PATH) {
        return void socket.write(
          jsonAnswer(200, {
            success: true,
            code: '200',
            data: token,
            errorMsg: '',
            traceId: base64(`ak-3303:${APP_SECRET}`)
          })
        )
      }
      socket.write(
        inErrorMsg(`${urlEncoder(token)} ${base64(`x${token}`)} ${jsonEscapes(APP_SECRET)}`)
      )
    })
    const run = await timedRun(keyPairInputsFor(platform))
    expectSettled(run)
    expect(run.exitCode).toBe(1)
    expect(platform.requests.map(request => request.path)).toEqual([
      TOKEN_PATH,
      '/anymetrics/api/v1/scheduler/task/trigger'
    ])
    expectSecretHidden(run, APP_SECRET, [base64(`ak-3303:${APP_SECRET}`)])
    expectSecretHidden(run, token, [urlEncoder(token), base64(`x${token}`)])
  })

  /** An account name (auth-type ACCOUNT) with Latin-1 letters, as the header carries it. */
  const ACCOUNT = 'Jösé-Müller.9f3e'
  const accountInputsFor = inputBuilder(
    { tenantId: 'tn_attack3', authType: 'ACCOUNT', authValue: ACCOUNT },
    { retries: '0', 'timeout-seconds': '2' }
  )

  it.each([
    ['in NFD (accents as combining marks)', (s: string) => s.normalize('NFD')],
    ['as URLEncoder writes UTF-8', (s: string) => urlEncoder(s)],
    ['as decimal entities', (s: string) => entities(s, code => `&#${code};`)],
    ['as JSON \\u escapes', jsonEscapes],
    ['in base64 of its UTF-8', base64]
  ])('a Latin-1 account name echoed %s', async (_what, form) => {
    const echoed = form(ACCOUNT)
    const run = await echoRun(inErrorMsg(echoed), accountInputsFor)
    expectSecretHidden(run, ACCOUNT, [echoed])
  })

  // DEFECT: the canonical form (src/secret-matching.ts) decodes only six named entities (amp,
  // lt, gt, quot, apos, nbsp). An HTML page written by Java's StringEscapeUtils.escapeHtml4,
  // or PHP's htmlentities, names every Latin-1 letter (&ouml; &eacute; &uuml;), so an ACCOUNT
  // name such as "Jösé-Müller.9f3e" echoed in such a page is shown as
  // "J&ouml;s&eacute;-M&uuml;ller.9f3e": unmasked, and read by anyone as the name itself.
  it('a Latin-1 account name HTML-escaped with named entities (escapeHtml4)', async () => {
    const echoed = ACCOUNT.replace(/ö/g, '&ouml;').replace(/é/g, '&eacute;').replace(/ü/g, '&uuml;')
    const run = await echoRun(inErrorMsg(echoed), accountInputsFor)
    expectSecretHidden(run, ACCOUNT, [echoed])
  })

  // DEFECT: the credential goes out as Latin-1 bytes (Node writes header strings as Latin-1,
  // src/inputs/text-rules.ts), so a server that percent-encodes the bytes it received writes
  // ö as %F6 (URLEncoder with ISO-8859-1 does the same). percentAt (src/secret-matching.ts)
  // decodes %XX only as UTF-8: %F6 becomes U+FFFD, nothing matches, and
  // "J%F6s%E9-M%FCller.9f3e" is shown as it is.
  it('a Latin-1 account name percent-encoded as the Latin-1 bytes it was sent as', async () => {
    const echoed = urlEncoder(ACCOUNT, { charset: 'latin1' })
    expect(echoed).toBe('J%F6s%E9-M%FCller.9f3e')
    const run = await echoRun(inErrorMsg(echoed), accountInputsFor)
    expectSecretHidden(run, ACCOUNT, [echoed])
  })

  // DEFECT: the characters dropped before matching (DROPPED in src/secret-matching.ts) and
  // those replaced before display (INVISIBLE in src/trust.ts) leave out other zero-width format
  // characters (Unicode Cf, default-ignorable): U+206A–U+206F, the tag characters U+E0000–
  // U+E007F, U+1D173–U+1D17A. One of them between two characters of a credential hides it from
  // the redaction, and it is then printed with the invisible character kept: a reader of the
  // log or the summary sees the whole credential.
  it.each([
    ['U+206F (nominal digit shapes)', '\u206f'],
    ['U+E0020 (tag space)', '\u{e0020}'],
    ['U+1D173 (musical symbol begin beam)', '\u{1d173}']
  ])('the credential with %s between its characters', async (_what, inserted) => {
    const echoed = between(SECRET, inserted)
    const run = await echoRun(inErrorMsg(echoed))
    expectSecretHidden(run, SECRET, [echoed])
  })

  // DEFECT: TrustBoundary.text (src/trust.ts) redacts the first `room` characters of a text
  // (window(): limit * 2 + the longest secret form * 12 + 64) and only then folds white space.
  // A long run of spaces before the credential puts the window's cut inside it: the part before
  // the cut is no whole secret, so it is not masked, and folding the spaces then brings it
  // within the 1,000 characters shown. Here the cut falls at every offset: paddings from 1,900
  // to 3,390 spaces, one trigger each. Redacting again after folding cannot help (the rest of
  // the secret was cut off); the window would have to be taken after folding.
  it('the credential after a long run of spaces, where the window cuts it', async () => {
    const platform = await serve((request, socket) => {
      const day = Math.round((Date.parse(partitionOf(request)) - Date.parse('2024-01-01')) / 864e5)
      const padding = ' '.repeat(1900 + day * 10)
      socket.write(
        jsonAnswer(200, { code: '500', succeed: false, errorMsg: `x${padding}${SECRET}` })
      )
    })
    const run = await timedRun(inputsFor(platform, { partition: '2024-01-01..2024-05-29' }))
    expectSettled(run)
    expect(resultsOf(run)).toHaveLength(150)
    expectSecretHidden(run, SECRET)
  })

  // DEFECT: the same in TrustBoundary.excerpt (src/trust.ts): an error page is redacted in its
  // first 256 KiB (EXCERPT_WINDOW) and only then stripped of markup and folded; a page of
  // spaces (or one long tag) that puts the credential across the 256 KiB cut shows the
  // credential's first characters as the excerpt.
  it('the credential across the 256 KiB cut of an error page', async () => {
    const page = `${' '.repeat(256 * 1024 - 14)}${SECRET}</body></html>`
    const run = await echoRun(httpAnswer(502, page))
    expectSecretHidden(run, SECRET)
  })
})
