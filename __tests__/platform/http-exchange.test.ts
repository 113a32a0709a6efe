/** One POST against a loopback server: what the reader makes of the answer, or of its absence. */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { post, type Exchange, type RawReply } from '../../src/platform/http-exchange.js'

let server: http.Server | undefined
const agent = new http.Agent({ keepAlive: false })
afterEach(async () => {
  await new Promise(resolve => (server ? server.close(resolve) : resolve(undefined)))
  server = undefined
})

/** A server that answers every request with `status`, `body` and `headers`. */
async function answering(status: number, body: string, headers: http.OutgoingHttpHeaders = {}) {
  server = http.createServer((request, response) => {
    request.resume()
    request.on('end', () => response.writeHead(status, headers).end(body))
  })
  await new Promise<void>(resolve => server!.listen(0, '127.0.0.1', resolve))
  return exchangeTo((server.address() as AddressInfo).port)
}

function exchangeTo(port: number): Exchange {
  return {
    transport: http,
    url: new URL(`http://127.0.0.1:${port}/trigger`),
    agent,
    headers: { 'content-type': 'application/json' },
    payload: '{}',
    timeoutMs: 5000
  }
}

describe('post', () => {
  it('settles with what the reader makes of the answer: status, body, push-back and the URL called', async () => {
    const body = `{"errorMsg":"${'x'.repeat(200_000)}"}`
    const exchange = await answering(429, body, { 'retry-after': '3' })
    const unanswered = jest.fn(() => 'unanswered')
    const read = jest.fn((reply: RawReply) => ({ status: reply.status, length: reply.body.length }))
    await expect(post(exchange, read, unanswered)).resolves.toEqual({
      status: 429,
      length: body.length
    })
    expect(read).toHaveBeenCalledTimes(1)
    expect(read.mock.calls[0]![0]).toMatchObject({
      status: 429,
      retryAfter: '3',
      url: exchange.url.href
    })
    expect(unanswered).not.toHaveBeenCalled()
  })

  it('fails with the error of a reader that throws, as a .then would: not taken for no answer', async () => {
    const exchange = await answering(200, '{}')
    const unanswered = jest.fn(() => 'unanswered')
    const bug = new Error('a bug in the reader')
    await expect(
      post(
        exchange,
        () => {
          throw bug
        },
        unanswered
      )
    ).rejects.toBe(bug)
    expect(unanswered).not.toHaveBeenCalled()
  })

  it('settles with what unanswered makes of no answer', async () => {
    const exchange = await answering(200, '{}')
    const { port } = server!.address() as AddressInfo
    await new Promise(resolve => server!.close(resolve))
    server = undefined
    const read = jest.fn(() => 'read')
    const outcome = await post(exchangeTo(port), read, async error => error)
    expect(outcome).toMatchObject({ code: 'ECONNREFUSED' })
    expect(read).not.toHaveBeenCalled()
    expect(exchange.url.port).toBe(String(port))
  })
})
