/**
 * The action's own CONNECT tunnel, against real loopback servers: a proxy that opens the tunnel,
 * refuses it (407), never answers, answers garbage, or is not there; credentials; an https
 * target through the tunnel, trusted by a company CA.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import https from 'node:https'
import net, { type AddressInfo } from 'node:net'
import tls, { type TLSSocket } from 'node:tls'
import { connectionFor } from '../../src/platform/connection.js'
import { post } from '../../src/platform/http-exchange.js'
import { tunnelAgent } from '../../src/platform/proxy-tunnel.js'
import {
  TransportError,
  describe as describeFailure,
  routeOf
} from '../../src/platform/transport-errors.js'
import { testBoundary } from '../support/attempts.js'
import { createTestCa, type TestCa } from '../support/test-ca.js'

const TARGET = 'anymetrics.internal'
const closers: Array<() => void> = []
afterEach(() => {
  for (const close of closers.splice(0).reverse()) close()
})

async function listening<S extends net.Server>(server: S): Promise<number> {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  closers.push(() => {
    ;(server as unknown as http.Server).closeAllConnections?.()
    server.close()
  })
  return (server.address() as AddressInfo).port
}

/** A plain HTTP target: answers with the Host header it got, and counts its connections. */
async function httpTarget() {
  const server = http.createServer((request, response) => {
    request.resume()
    request.on('end', () => response.end(`host=${request.headers.host}`))
  })
  const target = { port: 0, connections: 0 }
  server.on('connection', () => target.connections++)
  target.port = await listening(server)
  return target
}

type Answer = 'tunnel' | 'silent' | 'garbage' | 'extra' | number

interface Proxy {
  url: string
  /** The head of every CONNECT request received. */
  heads: string[]
  /** Resolves when the first connection to the proxy closes. */
  firstClosed: Promise<void>
}

/**
 * A CONNECT proxy on loopback: for every CONNECT, `answer` says what it does. `tunnel` answers
 * 200 and pipes to `targetPort` on loopback, whatever host was asked for.
 */
async function connectProxy(answer: Answer, targetPort = 0): Promise<Proxy> {
  const heads: string[] = []
  let closed: () => void = () => undefined
  const firstClosed = new Promise<void>(resolve => (closed = resolve))
  const server = net.createServer(client => {
    client.once('close', () => closed())
    client.on('error', () => undefined)
    let received = ''
    const onData = (chunk: Buffer) => {
      received += chunk.toString('latin1')
      const end = received.indexOf('\r\n\r\n')
      if (end < 0) return
      client.off('data', onData)
      heads.push(received.slice(0, end))
      if (answer === 'silent') return
      if (answer === 'garbage') return void client.write('SSH-2.0-OpenSSH_9.6\r\n')
      if (answer === 'extra') return void client.write('HTTP/1.1 200 OK\r\n\r\nhello')
      if (typeof answer === 'number') {
        return void client.end(`HTTP/1.1 ${answer} Nope\r\nContent-Length: 0\r\n\r\n`)
      }
      const upstream = net.connect(targetPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection established\r\n\r\n')
        upstream.pipe(client).pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('close', () => upstream.destroy())
    }
    client.on('data', onData)
  })
  const port = await listening(server)
  return { url: `http://127.0.0.1:${port}`, heads, firstClosed }
}

/** One POST through `agent`: the status and body, or the error it failed with. */
function send(
  agent: http.Agent,
  url: string,
  timeoutMs = 5000,
  transport: typeof http | typeof https = http
) {
  return post(
    { transport, url: new URL(url), agent, headers: {}, payload: '{}', timeoutMs },
    reply => ({ status: reply.status, body: reply.body }),
    (error: unknown) => ({ error: error as TransportError })
  )
}

function agentVia(proxy: Proxy | string, timeoutMs = 5000, secure = false): http.Agent {
  const url = new URL(typeof proxy === 'string' ? proxy : proxy.url)
  const agent = tunnelAgent(secure, { proxy: url, maxSockets: 4, timeoutMs })
  closers.push(() => agent.destroy())
  return agent
}

describe('the CONNECT tunnel to an http target', () => {
  it('sends CONNECT host:port with Host, then the request through the tunnel, kept alive', async () => {
    const target = await httpTarget()
    const proxy = await connectProxy('tunnel', target.port)
    const agent = agentVia(proxy)
    const url = `http://${TARGET}:8083/trigger`
    expect(await send(agent, url)).toEqual({ status: 200, body: `host=${TARGET}:8083` })
    expect(await send(agent, url)).toEqual({ status: 200, body: `host=${TARGET}:8083` })
    expect(proxy.heads).toEqual([`CONNECT ${TARGET}:8083 HTTP/1.1\r\nHost: ${TARGET}:8083`])
    expect(target.connections).toBe(1)
  })

  it('sends the proxy URL’s credentials, decoded, as Proxy-Authorization: Basic', async () => {
    const target = await httpTarget()
    const proxy = await connectProxy('tunnel', target.port)
    const withCredentials = proxy.url.replace('//', '//us%65r:p%40ss%3Aword@')
    process.env.http_proxy = withCredentials
    try {
      const { agent } = connectionFor(new URL(`http://${TARGET}:8083/`), {
        maxSockets: 4,
        caCertificates: [],
        timeoutMs: 5000
      })
      closers.push(() => agent.destroy())
      expect(await send(agent, `http://${TARGET}:8083/trigger`)).toMatchObject({ status: 200 })
    } finally {
      delete process.env.http_proxy
    }
    const basic = Buffer.from('user:p@ss:word').toString('base64')
    expect(proxy.heads[0]!.split('\r\n')).toContain(`Proxy-Authorization: Basic ${basic}`)
  })

  it('sends no Proxy-Authorization when the proxy URL has no credentials', async () => {
    const proxy = await connectProxy(407)
    await send(agentVia(proxy), `http://${TARGET}:8083/trigger`)
    expect(proxy.heads[0]).not.toMatch(/proxy-authorization/i)
  })
})

describe('a tunnel that cannot be opened fails with EPROXY and its facts', () => {
  const failureOf = async (agent: http.Agent, url = `http://${TARGET}:8083/trigger`) => {
    const outcome = await send(agent, url)
    expect(outcome).toHaveProperty('error')
    const { error } = outcome as { error: TransportError }
    expect(error).toBeInstanceOf(TransportError)
    return error
  }

  it('a 407, with what to look at, and the whole message the user reads', async () => {
    const proxy = await connectProxy(407)
    const error = await failureOf(agentVia(proxy))
    expect(error.code).toBe('EPROXY')
    expect(error.description).toBe(
      'the proxy answered 407 (it wants credentials: user:password@ in the proxy URL)'
    )
    const target = new URL(`http://${TARGET}:8083/trigger`)
    const route = routeOf(target, new URL(proxy.url), testBoundary)
    expect(String(describeFailure(error, testBoundary, route))).toBe(
      `could not open a tunnel to ${TARGET}:8083 through the proxy ${proxy.url}: the proxy answered 407 (it wants credentials: user:password@ in the proxy URL); check the proxy variables, or list the host in no_proxy`
    )
  })

  it('a 407 to credentials given says they were refused; any other status is named', async () => {
    const refusing = await connectProxy(407)
    const error = await failureOf(agentVia(refusing.url.replace('//', '//u:p@')))
    expect(error.description).toBe(
      'the proxy answered 407 (it refused the credentials in the proxy URL)'
    )
    const forbidding = await connectProxy(403)
    expect((await failureOf(agentVia(forbidding))).description).toBe('the proxy answered 403')
  })

  it('a proxy that refuses the connection: the system call, Node’s code and the address', async () => {
    const closed = net.createServer()
    const port = await listening(closed)
    closers.pop()!()
    const error = await failureOf(agentVia(`http://127.0.0.1:${port}`))
    expect(error.code).toBe('EPROXY')
    expect(error.description).toBe(`connect ECONNREFUSED 127.0.0.1:${port}`)
  })

  it('an answer that is not HTTP, or bytes after the 200', async () => {
    const garbage = await connectProxy('garbage')
    expect(await failureOf(agentVia(garbage))).toMatchObject({
      code: 'EPROXY',
      description: 'the proxy answered something that is not HTTP'
    })
    const extra = await connectProxy('extra')
    expect(await failureOf(agentVia(extra))).toMatchObject({
      code: 'EPROXY',
      description: 'the proxy sent bytes after its answer 200'
    })
  })

  it('a proxy that never answers CONNECT is given up at the agent’s deadline', async () => {
    const proxy = await connectProxy('silent')
    const request = http.request(`http://${TARGET}:8083/`, { agent: agentVia(proxy, 300) })
    const failed = new Promise<unknown>(resolve => request.on('error', resolve))
    request.end()
    expect(await failed).toMatchObject({
      code: 'EPROXY',
      description: 'the proxy did not answer within 0.3 s'
    })
    await proxy.firstClosed
  })

  it('a CONNECT still unanswered when its request gave up ends with destroy()', async () => {
    const proxy = await connectProxy('silent')
    const agent = agentVia(proxy, 60_000)
    const outcome = await send(agent, `http://${TARGET}:8083/trigger`, 200)
    expect(outcome).toMatchObject({ error: { code: 'TIMEOUT' } })
    expect(proxy.heads).toHaveLength(1)
    agent.destroy()
    await proxy.firstClosed
  })
})

describe('an https target through the tunnel', () => {
  let ca: TestCa
  beforeAll(() => {
    ca = createTestCa()
  })
  afterAll(() => ca.cleanup())

  async function httpsTarget() {
    const names: Array<string | false | null> = []
    const server = https.createServer({ key: ca.serverKey, cert: ca.serverCert }, (req, res) => {
      names.push((req.socket as TLSSocket).servername)
      req.resume()
      req.on('end', () => res.end('secure'))
    })
    return { port: await listening(server), names }
  }

  function httpsConnection(proxy: Proxy, caCertificates: string[]) {
    process.env.https_proxy = proxy.url
    try {
      const connection = connectionFor(new URL(`https://${TARGET}:8443/`), {
        maxSockets: 4,
        caCertificates,
        timeoutMs: 5000
      })
      closers.push(() => connection.agent.destroy())
      return connection
    } finally {
      delete process.env.https_proxy
    }
  }

  it('is trusted through the company CA, with the target host as TLS server name', async () => {
    const target = await httpsTarget()
    const proxy = await connectProxy('tunnel', target.port)
    const { agent, transport } = httpsConnection(proxy, [ca.caPem])
    const outcome = await send(agent, `https://${TARGET}:8443/trigger`, 5000, transport)
    expect(outcome).toEqual({ status: 200, body: 'secure' })
    expect(target.names).toEqual([TARGET])
    expect(proxy.heads).toEqual([`CONNECT ${TARGET}:8443 HTTP/1.1\r\nHost: ${TARGET}:8443`])
  })

  it('an IP address is not sent as TLS server name (SNI takes names only)', async () => {
    const target = await httpsTarget()
    const proxy = await connectProxy('tunnel', target.port)
    const agent = agentVia(proxy, 5000, true) as http.Agent & { options: { ca?: string[] } }
    agent.options.ca = [ca.caPem]
    const outcome = await send(agent, `https://127.0.0.1:8443/trigger`, 5000, https)
    expect(outcome).toEqual({ status: 200, body: 'secure' })
    expect(target.names).toEqual([false])
  })

  it('an https:// proxy is spoken to over TLS, checked against the default CAs', async () => {
    const tlsProxy = tls.createServer({ key: ca.serverKey, cert: ca.serverCert }, socket =>
      socket.destroy()
    )
    const port = await listening(tlsProxy)
    const outcome = await send(agentVia(`https://127.0.0.1:${port}`), `http://${TARGET}:8083/`)
    expect(outcome).toMatchObject({
      error: {
        code: 'EPROXY',
        description: 'TLS with the proxy failed (UNABLE_TO_VERIFY_LEAF_SIGNATURE)'
      }
    })
  })

  it('is not trusted without the company CA: the CA is what lets it through', async () => {
    const target = await httpsTarget()
    const proxy = await connectProxy('tunnel', target.port)
    const { agent, transport } = httpsConnection(proxy, [])
    const outcome = await send(agent, `https://${TARGET}:8443/trigger`, 5000, transport)
    expect(outcome).toMatchObject({ error: { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' } })
    expect(target.names).toEqual([])
  })
})
