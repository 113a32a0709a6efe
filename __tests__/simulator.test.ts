import { describe, expect, it } from '@jest/globals'
import { execFile, spawn } from 'node:child_process'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import { documentedAnswer, faultOfKind, FAULT_KINDS } from '../simulator/anymetrics-simulator.js'

const expected = { tenantId: 'tn_1', authType: 'TOKEN', authValue: 'secret' }
const good = {
  method: 'POST',
  path: '/anymetrics/api/v1/scheduler/task/trigger',
  headers: { 'tenant-id': 'tn_1', 'auth-type': 'TOKEN', 'auth-value': 'secret' },
  rawBody: '',
  body: { tableName: 'sr.`c.s`.t', tenantId: 'tn_1', tablePartition: '2024-07-17' },
  status: 0,
  response: undefined,
  arrivedMs: 0,
  answeredMs: 0
}

describe('the simulator checks requests as the platform would', () => {
  it('accepts the documented request', () => {
    expect(documentedAnswer(good, expected)).toMatchObject({
      status: 200,
      body: { code: '200', succeed: true, data: 'true', errorMsg: null }
    })
  })

  it.each([
    [
      'a missing header',
      { ...good, headers: { 'tenant-id': 'tn_1', 'auth-type': 'TOKEN' } },
      'missing header auth-value'
    ],
    [
      'a wrong credential',
      { ...good, headers: { ...good.headers, 'auth-value': 'nope' } },
      'authentication failed'
    ],
    [
      'a bad tableName form',
      { ...good, body: { ...good.body, tableName: 'sr.c.s.t' } },
      'tableName must be datasource.`catalog.schema`.table'
    ],
    [
      'a date that does not exist',
      { ...good, body: { ...good.body, tablePartition: '2024-02-30' } },
      'tablePartition must be a date in yyyy-MM-dd format'
    ],
    [
      'another tenant in the body',
      { ...good, body: { ...good.body, tenantId: 'tn_2' } },
      'tenantId does not match the tenant-id header'
    ]
  ])('refuses %s with HTTP 200, succeed false and an errorMsg', (_what, request, errorMsg) => {
    expect(documentedAnswer(request, expected)).toMatchObject({
      status: 200,
      body: { succeed: false, errorMsg }
    })
  })

  it('knows every fault kind its flags offer', () => {
    const page = (title: string) => expect.stringContaining(`<title>${title}</title>`)
    const refusal = (errorMsg: string) => ({ succeed: false, errorMsg })
    const retryAfter = { 'retry-after': '7' }
    const expected: Record<string, Record<string, unknown>> = {
      '429': { status: 429, headers: retryAfter, body: refusal('too many requests') },
      '500': { status: 500, body: refusal('internal server error') },
      '502': { status: 502, raw: page('502 Bad Gateway') },
      '503': { status: 503, headers: retryAfter, raw: page('503 Service Temporarily Unavailable') },
      '504': { status: 504, raw: page('504 Gateway Time-out') },
      reset: { reset: true },
      hang: { hang: true },
      // The platform's own refusal and its odd success: HTTP 200, as it answers both.
      'platform-error': { body: { code: '500', ...refusal('data source table not found') } },
      'success-with-error': {
        body: { code: '200', success: true, errorMsg: 'the task was not created' }
      }
    }
    expect(new Set(FAULT_KINDS)).toEqual(new Set(Object.keys(expected)))
    for (const kind of FAULT_KINDS) {
      expect({ kind, fault: faultOfKind(kind, '7') }).toMatchObject({
        kind,
        fault: expected[kind]!
      })
    }
    for (const kind of ['platform-error', 'success-with-error']) {
      expect([kind, faultOfKind(kind).status]).toEqual([kind, undefined])
    }
    expect(faultOfKind('429').headers).toEqual({ 'retry-after': '1' })
    expect(() => faultOfKind('meteor')).toThrow('unknown fault meteor')
  })
})

describe('the simulator as a rate-limited platform', () => {
  it('answers 429 with Retry-After once its token bucket is empty', async () => {
    const { startSimulator } = await import('../simulator/anymetrics-simulator.js')
    // A bucket of two that gains a token every 1000 s: the third request finds it empty.
    const server = await startSimulator({ ...expected, rate: 0.001, burst: 2 })
    try {
      const answers = []
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${server.url}/anymetrics/api/v1/scheduler/task/trigger`, {
          method: 'POST',
          headers: { 'tenant-id': 'tn_1', 'auth-type': 'TOKEN', 'auth-value': 'secret' },
          body: JSON.stringify(good.body)
        })
        const retryAfter = response.headers.get('retry-after')
        answers.push({ status: response.status, retryAfter, body: await response.json() })
      }
      const accepted = {
        status: 200,
        retryAfter: null,
        body: expect.objectContaining({ succeed: true })
      }
      expect(answers).toEqual([
        accepted,
        accepted,
        {
          status: 429,
          retryAfter: '1',
          body: { code: '429', succeed: false, errorMsg: 'rate limit exceeded' }
        }
      ])
      // The request log says the same.
      expect(server.requests.map(request => request.status)).toEqual([200, 200, 429])
    } finally {
      await server.close()
    }
  })
})

describe('the simulator CLI', () => {
  const cli = resolve(import.meta.dirname ?? '.', '../simulator/cli.js')
  const run = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>(done => {
      execFile(process.execPath, [cli, ...args], { timeout: 10_000 }, (error, stdout, stderr) =>
        done({ code: error ? (error.code as number) : 0, stdout, stderr })
      )
    })

  it.each([
    [['--bogus'], "simulator: Unknown option '--bogus' (see --help)"],
    [['--fault', 'nope'], 'simulator: unknown fault nope: use one of'],
    [['--port', 'PORT_IN_USE'], 'simulator: port PORT_IN_USE is in use: choose another with --port']
  ])('%j: one line, exit 2, no stack trace', async (args, message) => {
    const busy = createServer()
    await new Promise<void>(ready => busy.listen(0, '127.0.0.1', ready))
    const port = String((busy.address() as { port: number }).port)
    try {
      const result = await run(args.map(arg => arg.replace('PORT_IN_USE', port)))
      expect(result.code).toBe(2)
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringContaining(message.replace('PORT_IN_USE', port))
      ])
    } finally {
      busy.close()
    }
  })

  it('logs one line per request it answers', async () => {
    const child = spawn(process.execPath, [
      cli,
      '--port',
      '0',
      '--tenant-id',
      'tn_1',
      '--auth-value',
      'secret'
    ])
    try {
      const lines: string[] = []
      const url = await new Promise<string>(found => {
        child.stdout.on('data', chunk => {
          lines.push(...String(chunk).trim().split('\n'))
          const listening = lines.map(line => /listening on (\S+)/.exec(line)?.[1]).find(Boolean)
          if (listening) found(listening)
        })
      })
      await fetch(`${url}/anymetrics/api/v1/scheduler/task/trigger`, {
        method: 'POST',
        headers: { 'tenant-id': 'tn_1', 'auth-type': 'TOKEN', 'auth-value': 'secret' },
        body: JSON.stringify(good.body)
      })
      // The line is written as the answer finishes: wait for it, not for a time.
      await new Promise<void>(logged => {
        const check = () => (lines.some(line => line.startsWith('POST')) ? logged() : undefined)
        child.stdout.on('data', check)
        check()
      })
      expect(lines).toContain(
        'POST /anymetrics/api/v1/scheduler/task/trigger sr.`c.s`.t 2024-07-17 → 200 accepted'
      )
    } finally {
      child.kill()
    }
  })
})
