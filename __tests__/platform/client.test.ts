import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { budgetAllowance } from '../support/stage.js'
import nock from 'nock'
import { createAnyMetricsClient } from '../../src/platform/client.js'
import { tokenAttempt } from '../../src/platform/token-answer.js'
import { endpointsAt } from '../../src/platform/endpoints.js'
import { runTrigger } from '../../src/run/trigger.js'
import { TrustBoundary, display } from '../../src/trust.js'
import { testBoundary } from '../support/attempts.js'

const base = 'http://127.0.0.1:8083'
const TRIGGER_PATH = endpointsAt(base).trigger.pathname
const credential = { kind: 'header', authType: 'TOKEN', authValue: 's3cr3t-value' } as const
const trigger = { tableName: 'starrocks.`c.s`.p_order', partition: '2024-07-17' }
const body = { tableName: trigger.tableName, tenantId: 'tn_1', tablePartition: trigger.partition }
const options = {
  host: base,
  tenantId: 'tn_1',
  timeoutMs: 2000,
  userAgent: 'anymetrics-refresh-test',
  boundary: testBoundary
}

// nock 14 emits only Error instances (a plain { code, message } object never reaches the request).
function networkError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code })
}

describe('AnyMetrics client', () => {
  beforeAll(() => nock.disableNetConnect())
  afterEach(() => {
    nock.abortPendingRequests()
    nock.cleanAll()
  })
  afterAll(() => nock.enableNetConnect())

  it('POSTs the documented headers and the JSON body it builds, and classifies the answer', async () => {
    const scope = nock(base, {
      reqheaders: {
        'tenant-id': 'tn_1',
        'auth-type': 'TOKEN',
        'auth-value': 's3cr3t-value',
        'content-type': 'application/json'
      }
    })
      .post(TRIGGER_PATH, body)
      .reply(200, { code: '200', succeed: true, traceId: 'abc' })
    const client = await createAnyMetricsClient(options)
    const attempt = await client.trigger(trigger, credential)
    client.close()
    expect(attempt).toMatchObject({
      retryable: false,
      end: { kind: 'answered', status: 200, pushbackMs: undefined }
    })
    expect(attempt.verdict).toMatchObject({ succeeded: true, traceId: 'abc' })
    expect(scope.isDone()).toBe(true)
  })

  it('parses Retry-After once, as push-back, and calls a 429 retryable', async () => {
    nock(base).post(TRIGGER_PATH).reply(429, '', { 'Retry-After': '3' })
    const client = await createAnyMetricsClient(options)
    expect(await client.trigger(trigger, credential)).toMatchObject({
      retryable: true,
      end: { kind: 'answered', status: 429, pushbackMs: 3000 }
    })
    client.close()
  })

  it('explains a redirect, does not follow it, and redacts the Location', async () => {
    nock(base)
      .post(TRIGGER_PATH)
      .reply(302, '', { Location: 'https://other.example/login?key=s3cr3t-value' })
    const client = await createAnyMetricsClient(options)
    const attempt = await client.trigger(trigger, credential)
    client.close()
    expect(attempt.retryable).toBe(false)
    expect(attempt.verdict.reason).toBe(
      'HTTP 302 redirect to https://other.example/login?key=***: the action does not follow redirects, set host to the final address'
    )
  })

  it('sends credentials from the host URL as HTTP Basic auth', async () => {
    const scope = nock(base, { reqheaders: { authorization: `Basic ${btoa('robot:pw')}` } })
      .post(TRIGGER_PATH)
      .reply(200, {})
    const client = await createAnyMetricsClient({
      ...options,
      basicAuth: { username: 'robot', password: 'pw' }
    })
    await client.trigger(trigger, credential)
    client.close()
    expect(scope.isDone()).toBe(true)
  })

  it('classifies a reset connection as unanswered and retryable', async () => {
    nock(base).post(TRIGGER_PATH).replyWithError(networkError('ECONNRESET', 'socket hang up'))
    const client = await createAnyMetricsClient(options)
    const attempt = await client.trigger(trigger, credential)
    client.close()
    expect(attempt).toMatchObject({ end: { kind: 'silent' }, retryable: true })
    expect(attempt.verdict.reason).toBe('connection reset by 127.0.0.1:8083 (ECONNRESET)')
  })

  it('classifies an unknown host as final', async () => {
    nock(base).post(TRIGGER_PATH).replyWithError(networkError('ENOTFOUND', 'getaddrinfo ENOTFOUND'))
    const client = await createAnyMetricsClient(options)
    const attempt = await client.trigger(trigger, credential)
    client.close()
    expect(attempt).toMatchObject({ end: { kind: 'silent' }, retryable: false })
    expect(attempt.verdict.reason).toBe('name not found by 127.0.0.1:8083 (ENOTFOUND)')
  })

  it('gives up on a server that does not answer within the timeout', async () => {
    nock(base).post(TRIGGER_PATH).delay(5000).reply(200, {})
    const client = await createAnyMetricsClient({ ...options, timeoutMs: 50 })
    const attempt = await client.trigger(trigger, credential)
    client.close()
    expect(attempt).toMatchObject({ end: { kind: 'silent' }, retryable: true })
    expect(attempt.verdict.reason).toBe('127.0.0.1:8083 sent no answer within 0.05 s')
  })

  it('carries a retried trigger over HTTP: 503 with Retry-After, then the platform accepts', async () => {
    nock(base)
      .post(TRIGGER_PATH)
      .reply(503, 'busy', { 'Retry-After': '2' })
      .post(TRIGGER_PATH)
      .reply(200, { code: 200, succeed: true, traceId: 'tr-after-retry', data: 'true' })
    const client = await createAnyMetricsClient(options)
    const waits: number[] = []
    const result = await runTrigger(
      trigger,
      { retries: 3, baseDelayMs: 1000, maxDelayMs: 30_000, retryAfterCapMs: 60_000 },
      {
        send: request => client.trigger(request, credential),
        sleep: async ms => void waits.push(ms),
        random: () => 0.5,
        nowMs: () => 0,
        onRetry: () => undefined,
        boundary: testBoundary,
        stopped: () => false,
        fits: () => true,
        outOfTime: () => false,
        requests: budgetAllowance,
        notRunReason: () => display`not run`
      }
    )
    client.close()
    expect(result).toMatchObject({ status: 'succeeded', traceId: 'tr-after-retry', attempts: 2 })
    expect(waits).toEqual([2000])
    expect(nock.isDone()).toBe(true)
  })
})

describe('tokenAttempt', () => {
  const reply = (body: unknown) => ({ status: 200, body: JSON.stringify(body) })
  const ok = { data: 'tok-123456789', success: true, code: '200', errorMsg: null, traceId: 't-1' }

  it('hands the token over before the answer is interpreted, then returns it', () => {
    const boundary = new TrustBoundary()
    const seen: string[] = []
    const attempt = tokenAttempt(reply(ok), boundary, token => {
      seen.push(token)
      boundary.addSecret(token)
    })
    expect(seen).toEqual(['tok-123456789'])
    expect(attempt.token).toBe('tok-123456789')
    // By the time the verdict was made, the token was a known secret: data shows masked.
    expect(attempt.verdict).toMatchObject({ succeeded: true, data: '***' })
  })

  it.each([
    [
      'no data',
      { ...ok, data: null },
      'the token answer has no token (a non-empty string) in data'
    ],
    [
      'a blank data',
      { ...ok, data: '  ' },
      'the token answer has no token (a non-empty string) in data'
    ],
    [
      'success false',
      { ...ok, success: false, errorMsg: 'invalid appSecret' },
      'invalid appSecret'
    ],
    ['success true with an errorMsg', { ...ok, errorMsg: 'key disabled' }, 'key disabled'],
    ['code 500', { ...ok, code: '500' }, 'the platform answered code "500"']
  ])('fails %s, with no token', (_what, body, reason) => {
    const attempt = tokenAttempt(reply(body), new TrustBoundary(), () => undefined)
    expect(attempt.token).toBeUndefined()
    expect(attempt.verdict).toMatchObject({ succeeded: false, reason })
  })
})
