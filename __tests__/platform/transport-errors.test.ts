/**
 * explain(): an EPROTO for https:// is TLS spoken to a plain-HTTP port only when a plain HTTP
 * request to the same address gets HTTP back, asked once per run, never through a proxy.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import https from 'node:https'
import net, { type AddressInfo } from 'node:net'
import {
  describe as describeFailure,
  explain,
  routeOf
} from '../../src/platform/transport-errors.js'
import { testBoundary } from '../support/attempts.js'

const closers: Array<() => void> = []
afterEach(() => {
  for (const close of closers.splice(0).reverse()) close()
})

async function listening(server: net.Server): Promise<number> {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  closers.push(() => server.close())
  return (server.address() as AddressInfo).port
}

/** A plain HTTP server that records the requests it gets (method and Host). */
async function plainHttp() {
  const requests: string[] = []
  const server = http.createServer((request, response) => {
    requests.push(`${request.method} ${request.url} ${request.headers.host}`)
    response.end('plain')
  })
  const port = await listening(server)
  closers.push(() => server.closeAllConnections())
  return { port, requests }
}

/** A TCP server that greets every connection with `greeting` (or says nothing). */
async function notHttp(greeting?: string) {
  const seen = { connections: 0, closed: 0 }
  const server = net.createServer(socket => {
    seen.connections++
    socket.on('error', () => undefined)
    socket.on('close', () => seen.closed++)
    socket.resume()
    if (greeting) socket.write(greeting)
    closers.push(() => socket.destroy())
  })
  return { port: await listening(server), seen }
}

/** The error Node gives an https request to `port` on loopback. */
function httpsError(port: number): Promise<Error & { code?: string }> {
  return new Promise(resolve => {
    const request = https.request(`https://127.0.0.1:${port}/`, { method: 'POST' })
    request.on('error', resolve)
    request.end()
  })
}

const eproto = () =>
  Object.assign(new Error('write EPROTO (any text: it is not read)'), { code: 'EPROTO' })

describe('EPROTO to a plain-HTTP port', () => {
  it('is EPLAINPORT when the port answers plain HTTP, and the user is told to use http://', async () => {
    const server = await plainHttp()
    const url = new URL(`https://127.0.0.1:${server.port}/trigger`)
    const error = await httpsError(server.port)
    expect(error.code).toBe('EPROTO')
    const route = routeOf(url, undefined, testBoundary)
    const failure = await explain(error, route)
    expect(failure.code).toBe('EPLAINPORT')
    expect(String(describeFailure(failure, testBoundary, route))).toBe(
      `127.0.0.1:${server.port} does not speak TLS (it answered plain HTTP): use http:// instead of https://`
    )
    expect(server.requests).toEqual([`HEAD / 127.0.0.1:${server.port}`])
  })

  it('asks once per run: the answer is kept on the route', async () => {
    const server = await plainHttp()
    const route = routeOf(new URL(`https://127.0.0.1:${server.port}/`), undefined, testBoundary)
    expect((await explain(eproto(), route)).code).toBe('EPLAINPORT')
    expect((await explain(eproto(), route)).code).toBe('EPLAINPORT')
    expect(server.requests).toHaveLength(1)
  })

  it('stays EPROTO, as Node gave it, when the port answers something else', async () => {
    const server = await notHttp('SSH-2.0-OpenSSH_9.6\r\n')
    const route = routeOf(new URL(`https://127.0.0.1:${server.port}/`), undefined, testBoundary)
    const error = eproto()
    const failure = await explain(error, route)
    expect(failure).toMatchObject({ code: 'EPROTO', description: error.message })
    expect(server.seen.connections).toBe(1)
  })

  it('stays EPROTO when the port says nothing for 2 s, and the probe’s socket is closed', async () => {
    const server = await notHttp()
    const route = routeOf(new URL(`https://127.0.0.1:${server.port}/`), undefined, testBoundary)
    const startedMs = performance.now()
    expect((await explain(eproto(), route)).code).toBe('EPROTO')
    const waitedMs = performance.now() - startedMs
    expect(waitedMs).toBeGreaterThanOrEqual(1900)
    expect(waitedMs).toBeLessThan(3000)
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(server.seen).toEqual({ connections: 1, closed: 1 })
  })

  it('is not probed through a proxy (the proxy would answer, not the host), nor for http://', async () => {
    const server = await plainHttp()
    const proxied = routeOf(
      new URL(`https://127.0.0.1:${server.port}/`),
      new URL('http://127.0.0.1:3128'),
      testBoundary
    )
    expect((await explain(eproto(), proxied)).code).toBe('EPROTO')
    const plain = routeOf(new URL(`http://127.0.0.1:${server.port}/`), undefined, testBoundary)
    expect((await explain(eproto(), plain)).code).toBe('EPROTO')
    expect(server.requests).toEqual([])
  })
})
