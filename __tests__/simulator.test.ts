import { describe, expect, it } from '@jest/globals'
import { execFile, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import {
  describeRequest,
  documentedAnswer,
  faultOfKind,
  FAULT_FLAGS,
  FAULT_FLAGS_HELP,
  FAULT_KINDS,
  formatPlanTime,
  ODD_TIME_TEXT,
  optionsFromFlags,
  PLAN_LIST_PATH,
  PLAN_STATUS_PATH,
  PLAN_TIME_FORMATS,
  planIdOf,
  startSimulator,
  TOKEN_PATH,
  TRIGGER_PATH,
  type PlanOptions,
  type Simulator
} from '../simulator/anymetrics-simulator.js'

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

// ── Materialization plans ────────────────────────────────────────────────────────────────

const headers = { 'tenant-id': 'tn_1', 'auth-type': 'TOKEN', 'auth-value': 'secret' }
const TABLE_A = 'sr.`c.s`.a'
const TABLE_B = 'sr.`c.s`.b'

/** A JSON answer, read freely: the tests compare it with what the platform documents. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

/** Posts JSON (or raw text) to the simulator; the answer's status and parsed body. */
async function post(
  server: Simulator,
  path: string,
  body: unknown,
  given: Record<string, string> = headers
): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: given,
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
  return { status: response.status, body: await response.json() }
}

const statusOf = (server: Simulator, body: unknown, given: Record<string, string> = headers) =>
  post(server, PLAN_STATUS_PATH, body, given)

const trigger = (
  server: Simulator,
  tableName: string,
  tablePartition: string,
  given: Record<string, string> = headers
) => post(server, TRIGGER_PATH, { tableName, tenantId: 'tn_1', tablePartition }, given)

/** Polls, every few milliseconds, until read() gives something, for 2 s at most. */
async function until<T>(read: () => T | undefined | false): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = read()
    if (value) return value
    if (Date.now() - started > 2000) throw new Error('not within 2 s')
    await new Promise(tick => setTimeout(tick, 5))
  }
}

/** A simulator for one test, closed after it. */
async function withSimulator(
  options: Parameters<typeof startSimulator>[0],
  test: (server: Simulator) => Promise<void>
) {
  const server = await startSimulator({ ...expected, ...options })
  try {
    await test(server)
  } finally {
    await server.close()
  }
}

const localTime = (text: string) => {
  const [date = '', time = '00:00:00'] = text.split(' ')
  const [y, mo, d] = date.split('-').map(Number)
  const [h, mi, s] = time.split(':').map(Number)
  return new Date(y!, mo! - 1, d!, h!, mi!, s!).getTime()
}

describe('the simulator answers the plan status call as documented', () => {
  const plans: Record<string, PlanOptions> = {
    orders: { latestDateTime: '2024-08-20 00:00:00', latestRefreshTime: '2024-09-01 18:09:16' },
    stock: {
      id: '6665de58846daee543d5db415375d936',
      latestDateTime: '2024-08-23 00:00:00',
      latestRefreshTime: '2024-09-02 07:00:00',
      hasNotReady: true
    },
    fresh: {},
    never: { latestDateTime: null, latestRefreshTime: null, hasNotReady: true }
  }

  it('aggregates the plans listed: any not ready, the oldest data, the latest refresh', async () => {
    await withSimulator({ plans }, async server => {
      const answer = await statusOf(server, { planNameList: ['orders', 'stock'] })
      expect(answer).toEqual({
        status: 200,
        body: {
          success: true,
          code: '200',
          errorMsg: null,
          detailErrorMsg: null,
          traceId: expect.stringMatching(/^[0-9a-f]{16}$/),
          data: {
            hasNotReady: true,
            latestDateTime: '2024-08-20 00:00:00',
            latestRefreshTime: '2024-09-02 07:00:00'
          }
        }
      })
      // The defaults, as the platform's own example.
      expect((await statusOf(server, { planNameList: ['fresh'] })).body.data).toEqual({
        hasNotReady: false,
        latestDateTime: '2024-08-23 00:00:00',
        latestRefreshTime: '2024-09-01 18:09:16'
      })
      // A plan never refreshed has no times; beside others, it leaves theirs.
      expect((await statusOf(server, { planNameList: ['never'] })).body.data).toEqual({
        hasNotReady: true,
        latestDateTime: null,
        latestRefreshTime: null
      })
      expect((await statusOf(server, { planNameList: ['never', 'fresh'] })).body.data).toEqual({
        hasNotReady: true,
        latestDateTime: '2024-08-23 00:00:00',
        latestRefreshTime: '2024-09-01 18:09:16'
      })
    })
  })

  it('knows plans by ID: the one given, else a stable hex ID made from the name', async () => {
    await withSimulator({ plans }, async server => {
      expect(planIdOf('orders')).toMatch(/^[0-9a-f]{32}$/)
      expect(planIdOf('orders')).toBe(planIdOf('orders'))
      expect(server.planState('orders')?.id).toBe(planIdOf('orders'))
      const answer = await statusOf(server, {
        planIdList: [planIdOf('orders'), '6665de58846daee543d5db415375d936']
      })
      expect(answer.body).toMatchObject({
        success: true,
        data: { hasNotReady: true, latestDateTime: '2024-08-20 00:00:00' }
      })
      // A name is not an ID.
      expect((await statusOf(server, { planIdList: ['orders'] })).body).toMatchObject({
        success: false,
        code: '404',
        errorMsg: 'plan not found: orders'
      })
    })
  })

  it('refuses an unknown plan with success false, code 404 and its name', async () => {
    await withSimulator({ plans }, async server => {
      expect(await statusOf(server, { planNameList: ['orders', 'ghost'] })).toEqual({
        status: 200,
        body: {
          success: false,
          code: '404',
          errorMsg: 'plan not found: ghost',
          detailErrorMsg: null,
          traceId: expect.any(String),
          data: null
        }
      })
    })
  })

  it.each([
    ['a body that is not JSON', 'planNameList=orders', 'request body must be a JSON object'],
    ['neither list', {}, 'give exactly one of planNameList and planIdList'],
    [
      'both lists',
      { planNameList: ['orders'], planIdList: [planIdOf('orders')] },
      'give exactly one of planNameList and planIdList'
    ],
    ['an empty list', { planNameList: [] }, 'planNameList must be a non-empty list of strings'],
    ['a name as a string', { planNameList: 'orders' }, 'planNameList must be a non-empty list'],
    ['a number in the list', { planIdList: [42] }, 'planIdList must be a non-empty list']
  ])('refuses %s with success false and code 400', async (_what, body, errorMsg) => {
    await withSimulator({ plans }, async server => {
      expect(await statusOf(server, body)).toEqual({
        status: 200,
        body: expect.objectContaining({
          success: false,
          code: '400',
          errorMsg: expect.stringContaining(errorMsg),
          data: null
        })
      })
    })
  })

  it('checks the three headers as the trigger does, and takes an issued token', async () => {
    await withSimulator({ plans, appId: 'app', appSecret: 'shh' }, async server => {
      const body = { planNameList: ['orders'] }
      const refusals = [
        await statusOf(server, body, { ...headers, 'auth-value': 'nope' }),
        await statusOf(server, body, { 'tenant-id': 'tn_1', 'auth-type': 'TOKEN' }),
        await statusOf(server, body, { ...headers, 'tenant-id': 'tn_2' }),
        await statusOf(server, body, { ...headers, 'auth-type': 'PASSWORD' })
      ]
      expect(
        refusals.map(answer => [answer.status, answer.body.code, answer.body.errorMsg])
      ).toEqual([
        [200, '401', 'authentication failed'],
        [200, '400', 'missing header auth-value'],
        [200, '403', 'unknown tenant tn_2'],
        [200, '400', 'unsupported auth-type PASSWORD']
      ])
      for (const answer of refusals) {
        expect(answer.body).toMatchObject({ success: false, data: null, detailErrorMsg: null })
      }
      const token = (await post(server, TOKEN_PATH, { appId: 'app', appSecret: 'shh' }, {})).body
        .data
      const withToken = { ...headers, 'auth-value': token }
      expect((await statusOf(server, body, withToken)).body.success).toBe(true)
    })
  })

  it('is pure without a server: no plans known, an unknown one', () => {
    const request = { ...good, path: PLAN_STATUS_PATH, body: { planNameList: ['x'] } }
    expect(documentedAnswer(request, expected)).toMatchObject({
      status: 200,
      body: { success: false, code: '404', errorMsg: 'plan not found: x' }
    })
    expect(documentedAnswer({ ...request, method: 'GET' }, expected)).toMatchObject({
      status: 405,
      body: { success: false, code: '405' }
    })
  })

  it('refuses a plan it cannot simulate before it listens', async () => {
    await expect(startSimulator({ plans: { p: { tables: ['sr.c.s.t'] } } })).rejects.toThrow(
      'plan p: table sr.c.s.t is not datasource.`catalog.schema`.table'
    )
    await expect(
      startSimulator({ plans: { p: { timeFormat: 'rfc' as PlanOptions['timeFormat'] } } })
    ).rejects.toThrow('plan p: unknown time format rfc')
    await expect(startSimulator({ plans: { p: { latestRefreshTime: 'soon' } } })).rejects.toThrow(
      'plan p: latestRefreshTime soon is not a time'
    )
  })
})

describe('a simulated plan refreshes after an accepted trigger of a table that feeds it', () => {
  it('ends the refresh refreshDelayMs after the trigger: a later end time, the partition as data time', async () => {
    const plans: Record<string, PlanOptions> = {
      daily: { tables: [TABLE_A, TABLE_B], refreshDelayMs: 150, hasNotReady: true },
      other: { tables: ['sr.`c.s`.z'], refreshDelayMs: 10 }
    }
    await withSimulator({ plans }, async server => {
      const before = server.planState('daily')!
      expect(before).toMatchObject({
        tables: [TABLE_A, TABLE_B],
        hasNotReady: true,
        latestRefreshTime: '2024-09-01 18:09:16',
        latestDateTime: '2024-08-23 00:00:00',
        refreshes: 0,
        pendingRefreshes: 0
      })
      const sent = performance.now()
      expect((await trigger(server, TABLE_B, '2024-09-03')).body.succeed).toBe(true)
      // Still running: nothing has changed yet.
      expect(server.planState('daily')).toMatchObject({ refreshes: 0, pendingRefreshes: 1 })
      expect((await statusOf(server, { planNameList: ['daily'] })).body.data).toEqual({
        hasNotReady: true,
        latestDateTime: '2024-08-23 00:00:00',
        latestRefreshTime: '2024-09-01 18:09:16'
      })
      const after = await until(() => {
        const state = server.planState('daily')!
        return state.refreshes === 1 && state
      })
      expect(performance.now() - sent).toBeGreaterThanOrEqual(145)
      expect(after).toMatchObject({
        hasNotReady: false,
        latestDateTime: '2024-09-03 00:00:00',
        pendingRefreshes: 0
      })
      // The end time is the platform's clock (local wall time) as the refresh ended.
      expect(after.latestRefreshTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
      expect(localTime(String(after.latestRefreshTime))).toBe(
        Math.floor(after.latestRefreshMs! / 1000) * 1000
      )
      expect(Math.abs(after.latestRefreshMs! - Date.now())).toBeLessThan(1000)
      expect((await statusOf(server, { planNameList: ['daily'] })).body.data).toEqual({
        hasNotReady: false,
        latestDateTime: '2024-09-03 00:00:00',
        latestRefreshTime: after.latestRefreshTime
      })
      // A plan the table does not feed is untouched.
      expect(server.planState('other')).toMatchObject({ refreshes: 0, pendingRefreshes: 0 })
    })
  })

  it('moves the end time past the previous one within the same second, and keeps the newest partition', async () => {
    const refreshed: Array<{ ms: number | null; date: unknown }> = []
    await withSimulator(
      {
        plans: { daily: { tables: [TABLE_A], refreshDelayMs: 5, latestRefreshTime: null } },
        onPlanRefreshed: plan =>
          refreshed.push({ ms: plan.latestRefreshMs, date: plan.latestDateTime })
      },
      async server => {
        await trigger(server, TABLE_A, '2024-09-05')
        await trigger(server, TABLE_A, '2024-09-03')
        await trigger(server, TABLE_A, '2024-09-04')
        await until(() => refreshed.length === 3)
        const seconds = refreshed.map(({ ms }) => Math.floor(ms! / 1000))
        expect(seconds[1]).toBeGreaterThan(seconds[0]!)
        expect(seconds[2]).toBeGreaterThan(seconds[1]!)
        expect(refreshed.map(({ date }) => date)).toEqual([
          '2024-09-05 00:00:00',
          '2024-09-05 00:00:00',
          '2024-09-05 00:00:00'
        ])
        expect(server.planState('daily')?.refreshes).toBe(3)
      }
    )
  })

  it('can stay not ready after a refresh (notReadyAfterRefresh)', async () => {
    await withSimulator(
      { plans: { daily: { tables: [TABLE_A], refreshDelayMs: 5, notReadyAfterRefresh: true } } },
      async server => {
        await trigger(server, TABLE_A, '2024-09-05')
        const after = await until(() => {
          const state = server.planState('daily')!
          return state.refreshes === 1 && state
        })
        expect(after).toMatchObject({ hasNotReady: true, latestDateTime: '2024-09-05 00:00:00' })
      }
    )
  })

  it('starts no refresh for a refused or faulted trigger, nor for a plan that never refreshes', async () => {
    const plans: Record<string, PlanOptions> = {
      watched: { tables: [TABLE_A], refreshDelayMs: 5 },
      stuck: { tables: [TABLE_B], refreshDelayMs: 5, neverRefreshes: true },
      witness: { tables: ['sr.`c.s`.w'], refreshDelayMs: 5 }
    }
    // The first request gets the platform's own refusal, as a scripted fault.
    await withSimulator({ plans, faults: [faultOfKind('platform-error')] }, async server => {
      expect((await trigger(server, TABLE_A, '2024-09-05')).body.succeed).toBe(false)
      const wrong = { ...headers, 'auth-value': 'nope' }
      expect((await trigger(server, TABLE_A, '2024-09-05', wrong)).body.succeed).toBe(false)
      expect((await trigger(server, TABLE_A, '2024-02-30')).body.succeed).toBe(false)
      expect((await trigger(server, TABLE_B, '2024-09-05')).body.succeed).toBe(true)
      // A later accepted trigger with the same delay has refreshed its plan: the others would have.
      await trigger(server, 'sr.`c.s`.w', '2024-09-05')
      await until(() => server.planState('witness')!.refreshes === 1)
      for (const name of ['watched', 'stuck']) {
        expect(server.planState(name)).toMatchObject({
          refreshes: 0,
          pendingRefreshes: 0,
          latestRefreshTime: '2024-09-01 18:09:16'
        })
      }
    })
  })

  it('clears refreshes still pending when it closes', async () => {
    const refreshed: string[] = []
    const server = await startSimulator({
      ...expected,
      plans: { slow: { tables: [TABLE_A], refreshDelayMs: 30 } },
      onPlanRefreshed: plan => refreshed.push(plan.name)
    })
    await trigger(server, TABLE_A, '2024-09-05')
    await server.close()
    expect(server.planState('slow')?.pendingRefreshes).toBe(1)
    // Twice the delay: the refresh would have ended by now.
    await new Promise(tick => setTimeout(tick, 60))
    expect(refreshed).toEqual([])
  })
})

describe('the simulated plans write times in the form they are given', () => {
  const zone = (at: Date) => {
    const offset = -at.getTimezoneOffset()
    const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')
    return `${offset < 0 ? '-' : '+'}${hours}:${String(Math.abs(offset) % 60).padStart(2, '0')}`
  }
  const refreshAt = new Date(2024, 8, 1, 18, 9, 16)
  const dataAt = new Date(2024, 7, 23)

  it.each([
    ['platform', '2024-09-01 18:09:16', '2024-08-23 00:00:00'],
    ['iso', '2024-09-01T18:09:16', '2024-08-23T00:00:00'],
    [
      'iso-zoned',
      `2024-09-01T18:09:16.000${zone(refreshAt)}`,
      `2024-08-23T00:00:00.000${zone(dataAt)}`
    ],
    ['epoch', refreshAt.getTime(), dataAt.getTime()],
    ['odd', ODD_TIME_TEXT, ODD_TIME_TEXT]
  ] as const)('%s', async (timeFormat, latestRefreshTime, latestDateTime) => {
    await withSimulator(
      { plans: { p: { timeFormat, tables: [TABLE_A], refreshDelayMs: 5 } } },
      async server => {
        expect((await statusOf(server, { planNameList: ['p'] })).body.data).toEqual({
          hasNotReady: false,
          latestRefreshTime,
          latestDateTime
        })
        await trigger(server, TABLE_A, '2024-09-05')
        const after = await until(() => {
          const state = server.planState('p')!
          return state.refreshes === 1 && state
        })
        const { data } = (await statusOf(server, { planNameList: ['p'] })).body
        expect(data.latestRefreshTime).toEqual(after.latestRefreshTime)
        expect(data.latestRefreshTime).toEqual(formatPlanTime(after.latestRefreshMs, timeFormat))
        expect(data.latestDateTime).toEqual(
          formatPlanTime(new Date(2024, 8, 5).getTime(), timeFormat)
        )
      }
    )
  })

  it('a zoned or epoch time is the same instant; an odd one is no time at all', () => {
    const ms = new Date(2026, 0, 2, 3, 4, 5, 678).getTime()
    expect(Date.parse(String(formatPlanTime(ms, 'iso-zoned')))).toBe(ms)
    expect(formatPlanTime(ms, 'iso-zoned')).toMatch(/^2026-01-02T03:04:05\.678[+-]\d{2}:\d{2}$/)
    expect(formatPlanTime(ms, 'epoch')).toBe(ms)
    expect(formatPlanTime(ms, 'platform')).toBe('2026-01-02 03:04:05')
    expect(formatPlanTime(ms, 'iso')).toBe('2026-01-02T03:04:05')
    expect(Date.parse(String(formatPlanTime(ms, 'odd')))).toBeNaN()
    for (const format of PLAN_TIME_FORMATS) expect(formatPlanTime(null, format)).toBeNull()
  })
})

describe('statusFaults answer the plan status calls, in order', () => {
  it('answers status calls with their faults, leaving triggers theirs, after latencyMs', async () => {
    const busy = { success: false, code: '500', errorMsg: 'busy' }
    await withSimulator(
      {
        plans: { p: { tables: [TABLE_A] } },
        latencyMs: 30,
        statusFaults: [faultOfKind('503', '2'), { body: busy }],
        faults: [faultOfKind('platform-error')]
      },
      async server => {
        const body = { planNameList: ['p'] }
        const first = await fetch(`${server.url}${PLAN_STATUS_PATH}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(body)
        })
        expect([first.status, first.headers.get('retry-after')]).toEqual([503, '2'])
        expect(await first.text()).toContain('<title>503 Service Temporarily Unavailable</title>')
        expect(await statusOf(server, body)).toEqual({ status: 200, body: busy })
        // The trigger fault was not taken by the status calls.
        expect((await trigger(server, TABLE_A, '2024-09-05')).body.errorMsg).toBe(
          'data source table not found'
        )
        expect((await statusOf(server, body)).body.success).toBe(true)
        server.enqueueStatus([{ reset: true }, { status: 504, raw: '<html>504</html>' }])
        await expect(statusOf(server, body)).rejects.toThrow()
        expect(
          (
            await fetch(`${server.url}${PLAN_STATUS_PATH}`, {
              method: 'POST',
              headers,
              body: JSON.stringify(body)
            })
          ).status
        ).toBe(504)
        expect((await statusOf(server, body)).body.success).toBe(true)
        const answered = server.requests.filter(request => request.answeredMs > 0)
        for (const request of answered) {
          expect(request.answeredMs - request.arrivedMs).toBeGreaterThanOrEqual(25)
        }
      }
    )
  })

  it('a hang fault never answers a status call', async () => {
    await withSimulator({ plans: { p: {} }, statusFaults: [{ hang: true }] }, async server => {
      const signal = AbortSignal.timeout(100)
      await expect(
        fetch(`${server.url}${PLAN_STATUS_PATH}`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ planNameList: ['p'] }),
          signal
        })
      ).rejects.toThrow()
      expect((await statusOf(server, { planNameList: ['p'] })).body.success).toBe(true)
    })
  })
})

describe('the simulated plan list pages through the plans', () => {
  const plans: Record<string, PlanOptions> = {
    p1: {},
    p2: { materializeType: 'ACCELERATE', displayName: 'Plan two' },
    p3: {},
    p4: { id: 'abc' },
    p5: {}
  }
  const list = (server: Simulator, body: unknown, given: Record<string, string> = headers) =>
    post(server, PLAN_LIST_PATH, body, given)

  it('answers pages numbered from 1 with hasNext and total', async () => {
    await withSimulator({ plans }, async server => {
      const first = await list(server, { pager: { pageNumber: 1, pageSize: 2 } })
      expect(first).toEqual({
        status: 200,
        body: {
          success: true,
          code: '200',
          errorMsg: null,
          detailErrorMsg: null,
          traceId: expect.any(String),
          data: {
            list: [
              { id: planIdOf('p1'), name: 'p1', displayName: 'p1', materializeType: 'RESULT' },
              {
                id: planIdOf('p2'),
                name: 'p2',
                displayName: 'Plan two',
                materializeType: 'ACCELERATE'
              }
            ],
            hasNext: true,
            total: 5,
            pageNumber: 1,
            pageSize: 2
          }
        }
      })
      const page = async (pageNumber: number) => {
        const { data } = (await list(server, { pager: { pageNumber, pageSize: 2 } })).body
        return [data.list.map((plan: { name: string }) => plan.name), data.hasNext]
      }
      expect(await page(2)).toEqual([['p3', 'p4'], true])
      expect(await page(3)).toEqual([['p5'], false])
      expect(await page(4)).toEqual([[], false])
      const { data } = (await list(server, { pager: { pageNumber: 2, pageSize: 2 } })).body
      expect(data.list[1].id).toBe('abc')
      // Filtered by materializeType; the pager's defaults when it is left out.
      const results = await list(server, { materializeType: 'RESULT' })
      expect(results.body.data).toMatchObject({
        total: 4,
        pageNumber: 1,
        pageSize: 10,
        hasNext: false
      })
      expect((await list(server, { materializeType: 'EXTERNAL' })).body.data.list).toEqual([])
    })
  })

  it.each([
    [{ pager: { pageNumber: 0, pageSize: 2 } }, 'pager.pageNumber must be a whole number from 1'],
    [{ pager: { pageNumber: 1, pageSize: 0 } }, 'pager.pageSize must be a whole number from 1'],
    [{ pager: 'first' }, 'pager must be {pageNumber, pageSize}'],
    [{ materializeType: 'FAST' }, 'materializeType must be one of ACCELERATE, RESULT, EXTERNAL'],
    ['[]', 'request body must be a JSON object']
  ])('refuses %j with code 400', async (body, errorMsg) => {
    await withSimulator({ plans }, async server => {
      expect((await list(server, body)).body).toMatchObject({
        success: false,
        code: '400',
        errorMsg: expect.stringContaining(errorMsg),
        data: null
      })
    })
  })

  it('checks the headers', async () => {
    await withSimulator({ plans }, async server => {
      const answer = await list(
        server,
        { pager: { pageNumber: 1, pageSize: 1 } },
        {
          ...headers,
          'auth-value': 'nope'
        }
      )
      expect(answer).toEqual({
        status: 200,
        body: expect.objectContaining({ success: false, code: '401', data: null })
      })
    })
  })
})

describe('the simulator flags as documented', () => {
  const readme = readFileSync(resolve(import.meta.dirname ?? '.', '../simulator/README.md'), 'utf8')

  it.each(Object.keys(FAULT_FLAGS))(
    '--%s: one line of the help, with its default, and a row of simulator/README.md',
    flag => {
      const lines = FAULT_FLAGS_HELP.split('\n').filter(line => line.startsWith(`  --${flag} `))
      expect(lines).toEqual([expect.stringMatching(/\(default[ :][^)]+\)$/)])
      expect(readme).toMatch(new RegExp(`^\\| \`--${flag}[ \`]`, 'm'))
    }
  )

  it('simulator/README.md names every fault kind and plan time format', () => {
    for (const name of [...FAULT_KINDS, ...PLAN_TIME_FORMATS]) {
      expect([name, readme.includes(`| \`${name}\``)]).toEqual([name, true])
    }
  })
})

describe('the simulator plan flags', () => {
  it('--plan NAME=TABLE[+TABLE…], repeatable, with the settings every plan takes', () => {
    expect(
      optionsFromFlags({
        plan: ['daily=sr.`c.s`.a+sr.c.s.b', 'weekly = sr.`c.s`.a'],
        'refresh-delay': '250',
        'plan-time-format': 'iso-zoned',
        'never-refreshes': true
      })
    ).toEqual({
      plans: {
        daily: {
          tables: [TABLE_A, TABLE_B],
          refreshDelayMs: 250,
          timeFormat: 'iso-zoned',
          neverRefreshes: true
        },
        weekly: {
          tables: [TABLE_A],
          refreshDelayMs: 250,
          timeFormat: 'iso-zoned',
          neverRefreshes: true
        }
      }
    })
    expect(optionsFromFlags({})).toEqual({})
  })

  it('takes the fallback plans when no --plan is given, with the same settings', () => {
    const fallback = { daily: { tables: [TABLE_A] } }
    expect(optionsFromFlags({ 'refresh-delay': '0' }, fallback)).toEqual({
      plans: { daily: { tables: [TABLE_A], refreshDelayMs: 0 } }
    })
    expect(optionsFromFlags({ plan: ['own=sr.`c.s`.b'] }, fallback).plans).toEqual({
      own: { tables: [TABLE_B] }
    })
  })

  it.each([
    [{ plan: ['daily'] }, '--plan daily: give NAME=TABLE, with tables joined by +'],
    [{ plan: ['=sr.`c.s`.a'] }, 'give NAME=TABLE'],
    [{ plan: ['daily=sr.`c.s`.a+'] }, 'give NAME=TABLE'],
    [
      { plan: ['daily=orders'] },
      '--plan daily=orders: orders is not datasource.`catalog.schema`.table'
    ],
    [
      { plan: ['d=sr.`c.s`.a'], 'plan-time-format': 'rfc' },
      'unknown plan time format rfc: use one of platform, iso, iso-zoned, epoch, odd'
    ],
    [
      { plan: ['d=sr.`c.s`.a'], 'refresh-delay': 'soon' },
      '--refresh-delay soon: give a number of milliseconds'
    ],
    [{ 'refresh-delay': '5' }, '--refresh-delay applies to plans: give --plan NAME=TABLE too'],
    [{ 'never-refreshes': true }, '--never-refreshes applies to plans']
  ])('refuses %j', (flags, message) => {
    expect(() => optionsFromFlags(flags)).toThrow(message)
  })

  it('logs a line for each plan call and each refresh', () => {
    const record = (path: string, body: unknown, status: number, response: unknown) => ({
      ...good,
      path,
      body,
      status,
      response
    })
    const data = { hasNotReady: false, latestDateTime: 'D', latestRefreshTime: 'R' }
    expect(
      [
        record(PLAN_STATUS_PATH, { planNameList: ['a', 'b'] }, 200, { success: true, data }),
        record(PLAN_STATUS_PATH, { planIdList: ['x1'] }, 200, {
          success: false,
          errorMsg: 'plan not found: x1'
        }),
        record(PLAN_STATUS_PATH, { planNameList: ['a'] }, 503, undefined),
        record(PLAN_LIST_PATH, { pager: { pageNumber: 2, pageSize: 5 } }, 200, {
          success: true,
          data: { list: [{}, {}], total: 12, hasNext: true }
        }),
        record(PLAN_LIST_PATH, { materializeType: 'RESULT' }, 200, {
          success: false,
          errorMsg: 'authentication failed'
        })
      ].map(describeRequest)
    ).toEqual([
      `POST ${PLAN_STATUS_PATH} plans a, b → 200 hasNotReady=false latestDateTime=D latestRefreshTime=R`,
      `POST ${PLAN_STATUS_PATH} plan IDs x1 → 200 refused: plan not found: x1`,
      `POST ${PLAN_STATUS_PATH} plans a → 503`,
      `POST ${PLAN_LIST_PATH} all page 2 (size 5) → 200 2 of 12 plans, more`,
      `POST ${PLAN_LIST_PATH} RESULT page 1 (size 10) → 200 refused: authentication failed`
    ])
    expect(describeRequest({ ...good, status: 200, response: { succeed: true } })).toBe(
      'POST /anymetrics/api/v1/scheduler/task/trigger sr.`c.s`.t 2024-07-17 → 200 accepted'
    )
  })

  const cli = resolve(import.meta.dirname ?? '.', '../simulator/cli.js')

  it.each([
    [
      ['--plan-time-format', 'rfc', '--plan', 'd=sr.`c.s`.a'],
      'simulator: unknown plan time format rfc'
    ],
    [['--never-refreshes'], 'simulator: --never-refreshes applies to plans'],
    [['--plan', 'nothing'], 'simulator: --plan nothing: give NAME=TABLE']
  ])('%j: one line, exit 2', async (args, message) => {
    const result = await new Promise<{ code: number | null; stderr: string }>(done => {
      execFile(
        process.execPath,
        [cli, '--port', '0', ...args],
        { timeout: 10_000 },
        (error, _o, stderr) => done({ code: error ? (error.code as number) : 0, stderr })
      )
    })
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(message)])
  })

  it('runs plans from its flags and logs their calls and refreshes', async () => {
    const child = spawn(process.execPath, [
      cli,
      ...['--port', '0', '--tenant-id', 'tn_1', '--auth-value', 'secret'],
      ...['--plan', `daily=${TABLE_A}+sr.c.s.b`, '--plan', 'weekly=sr.`c.s`.z'],
      ...['--refresh-delay', '20', '--plan-time-format', 'iso']
    ])
    try {
      const lines: string[] = []
      child.stdout.on('data', chunk => lines.push(...String(chunk).trim().split('\n')))
      const url = await until(() =>
        lines.map(line => /listening on (\S+)/.exec(line)?.[1]).find(Boolean)
      )
      const server = { url } as Simulator
      const planLine = `plan daily (id ${planIdOf('daily')}) fed by ${TABLE_A}, ${TABLE_B}`
      await until(() => lines.includes(planLine))
      await trigger(server, TABLE_B, '2024-09-05')
      await until(() => lines.some(line => line.startsWith('plan daily refreshed')))
      const { data } = (await statusOf(server, { planNameList: ['daily', 'weekly'] })).body
      expect(data).toMatchObject({ latestDateTime: '2024-08-23T00:00:00' })
      await until(() => lines.some(line => line.includes('latestTime')))
      expect(lines).toEqual(
        expect.arrayContaining([
          `POST ${TRIGGER_PATH} ${TABLE_B} 2024-09-05 → 200 accepted`,
          expect.stringMatching(
            /^plan daily refreshed: latestRefreshTime=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d latestDateTime=2024-09-05T00:00:00 hasNotReady=false$/
          ),
          `POST ${PLAN_STATUS_PATH} plans daily, weekly → 200 hasNotReady=false latestDateTime=2024-08-23T00:00:00 latestRefreshTime=${data.latestRefreshTime}`
        ])
      )
    } finally {
      child.kill()
    }
  })
})
