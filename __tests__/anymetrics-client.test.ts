import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { createAnyMetricsClient, TransportError } from '../src/anymetrics-client.js'
import { TRIGGER_PATH } from '../src/endpoint.js'
import { runTrigger } from '../src/trigger.js'

const base = 'http://127.0.0.1:8083'
const body = {
  tableName: 'starrocks.`c.s`.p_order',
  tenantId: 'tn_1',
  tablePartition: '2024-07-17'
}
const options = {
  endpointUrl: `${base}${TRIGGER_PATH}`,
  tenantId: 'tn_1',
  authType: 'TOKEN',
  authValue: 's3cr3t-value',
  timeoutMs: 2000,
  userAgent: 'anymetrics-refresh-test'
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

  it('POSTs the documented headers and JSON body and returns status and body', async () => {
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
    const client = createAnyMetricsClient(options)
    const reply = await client.trigger(body)
    client.close()
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ traceId: 'abc' })
    expect(scope.isDone()).toBe(true)
  })

  it('passes Retry-After on', async () => {
    nock(base).post(TRIGGER_PATH).reply(429, '', { 'Retry-After': '3' })
    const client = createAnyMetricsClient(options)
    expect(await client.trigger(body)).toEqual({ status: 429, body: '', retryAfter: '3' })
    client.close()
  })

  it('sends credentials from the host URL as HTTP Basic auth', async () => {
    const scope = nock(base, { reqheaders: { authorization: `Basic ${btoa('robot:pw')}` } })
      .post(TRIGGER_PATH)
      .reply(200, {})
    const client = createAnyMetricsClient({
      ...options,
      basicAuth: { username: 'robot', password: 'pw' }
    })
    await client.trigger(body)
    client.close()
    expect(scope.isDone()).toBe(true)
  })

  it('turns a reset connection into a transient TransportError', async () => {
    nock(base).post(TRIGGER_PATH).replyWithError(networkError('ECONNRESET', 'socket hang up'))
    const client = createAnyMetricsClient(options)
    const error = await client.trigger(body).catch((e: unknown) => e)
    client.close()
    expect(error).toBeInstanceOf(TransportError)
    expect(error).toMatchObject({ code: 'ECONNRESET', transient: true })
  })

  it('turns an unknown host into a final TransportError', async () => {
    nock(base).post(TRIGGER_PATH).replyWithError(networkError('ENOTFOUND', 'getaddrinfo ENOTFOUND'))
    const client = createAnyMetricsClient(options)
    const error = await client.trigger(body).catch((e: unknown) => e)
    client.close()
    expect(error).toMatchObject({
      code: 'ENOTFOUND',
      transient: false,
      message: 'host not found (ENOTFOUND)'
    })
  })

  it('gives up on a server that does not answer within the timeout', async () => {
    nock(base).post(TRIGGER_PATH).delay(5000).reply(200, {})
    const client = createAnyMetricsClient({ ...options, timeoutMs: 50 })
    const error = await client.trigger(body).catch((e: unknown) => e)
    client.close()
    expect(error).toMatchObject({
      code: 'TIMEOUT',
      transient: true,
      message: 'no answer within 0.05 s'
    })
  })

  it('carries a retried trigger over HTTP: 503 with Retry-After, then the platform accepts', async () => {
    nock(base)
      .post(TRIGGER_PATH)
      .reply(503, 'busy', { 'Retry-After': '2' })
      .post(TRIGGER_PATH)
      .reply(200, { code: 200, succeed: true, traceId: 'tr-after-retry', data: 'true' })
    const client = createAnyMetricsClient(options)
    const waits: number[] = []
    const result = await runTrigger(
      body,
      { retries: 3, baseDelayMs: 1000, maxDelayMs: 30_000, retryAfterCapMs: 60_000 },
      {
        send: request => client.trigger(request),
        sleep: async ms => void waits.push(ms),
        random: () => 0.5,
        nowMs: () => 0,
        onRetry: () => undefined
      }
    )
    client.close()
    expect(result).toMatchObject({ success: true, traceId: 'tr-after-retry', attempts: 2 })
    expect(waits).toEqual([2000])
    expect(nock.isDone()).toBe(true)
  })
})
