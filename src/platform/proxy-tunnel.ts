/**
 * Requests through a proxy: each connection is a CONNECT tunnel the action opens itself, so a
 * tunnel that cannot be opened fails with its facts (Node's error code, or the status the proxy
 * answered), never with text to be read back. Why not the `tunnel` package:
 * docs/decisions/0002-http-exchange.md
 */
import http from 'node:http'
import net from 'node:net'
import type { Duplex } from 'node:stream'
import type tls from 'node:tls'
import { TransportError } from './transport-errors.js'

/** As much of an answer's head as Node's own HTTP parser reads (16 KiB). */
const MAX_HEAD_BYTES = 16 * 1024

export interface TunnelOptions {
  /** The proxy, as @actions/http-client's getProxyUrl gives it (credentials decoded). */
  proxy: URL
  maxSockets: number
  /** The request deadline: by then the CONNECT's request has failed, so the CONNECT ends too. */
  timeoutMs: number
}

type Created = (error: Error | null, socket?: Duplex) => void

/**
 * An agent whose every connection is a tunnel through the proxy, to the request's host:port.
 * Pooling is Node's own: keep-alive, and maxSockets, which counts a tunnel once it is open (a
 * CONNECT in progress is not a socket yet, for Node). For an https target the tunnel is wrapped
 * in TLS with the agent's options, so a company CA set on `agent.options.ca` applies as it does
 * without a proxy; the proxy itself, when it is https://, is checked against the default CAs.
 */
export function tunnelAgent(secure: boolean, options: TunnelOptions): http.Agent {
  const Base: typeof http.Agent = secure ? process.getBuiltinModule('node:https').Agent : http.Agent
  class TunnelAgent extends Base {
    /** Sockets to the proxy whose CONNECT is not answered yet: destroy() ends them too. */
    private readonly opening = new Set<net.Socket>()

    override createConnection(target: http.ClientRequestArgs, created: Created): undefined {
      const host = target.host ?? 'localhost'
      const port = Number(target.port)
      const socket = connectToProxy(options.proxy)
      this.opening.add(socket)
      openTunnel(socket, connectRequest(host, port, options.proxy), options, failure => {
        this.opening.delete(socket)
        if (failure) return created(failure)
        created(null, secure ? overTls(socket, target, host) : socket)
      })
      return undefined
    }

    override destroy(): void {
      for (const socket of this.opening) socket.destroy()
      super.destroy()
    }
  }
  return new TunnelAgent({ keepAlive: true, maxSockets: options.maxSockets })
}

/** A socket to the proxy: plain TCP, or TLS (default CAs) when the proxy URL is https://. */
function connectToProxy(proxy: URL): net.Socket {
  const host = unbracketed(proxy.hostname)
  if (proxy.protocol !== 'https:') return net.connect({ host, port: Number(proxy.port || 80) })
  return process.getBuiltinModule('node:tls').connect({
    host,
    port: Number(proxy.port || 443),
    // SNI takes names only (an IP address there is deprecated and warned about).
    ...(net.isIP(host) ? {} : { servername: host })
  })
}

/** The CONNECT request's head, with the proxy URL's credentials as Basic auth when it has any. */
function connectRequest(host: string, port: number, proxy: URL): string {
  const authority = net.isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`
  const lines = [`CONNECT ${authority} HTTP/1.1`, `Host: ${authority}`]
  if (proxy.username || proxy.password) {
    const credentials = Buffer.from(`${proxy.username}:${proxy.password}`).toString('base64')
    lines.push(`Proxy-Authorization: Basic ${credentials}`)
  }
  return `${lines.join('\r\n')}\r\n\r\n`
}

/**
 * Sends the CONNECT and reads the proxy's answer: `done` gets nothing when the proxy answered
 * 200 (the socket is then the tunnel, with no listener of ours left on it), else the failure
 * (the socket destroyed). Exactly one call, whatever the socket does.
 */
function openTunnel(
  socket: net.Socket,
  request: string,
  options: TunnelOptions,
  done: (failure?: TransportError) => void
): void {
  let head = Buffer.alloc(0)
  const finish = (failure?: string) => {
    clearTimeout(deadline)
    socket.off('data', onData).off('error', onError).off('end', onEnd).off('close', onEnd)
    if (failure === undefined) return done()
    socket.destroy()
    done(new TransportError(failure, 'EPROXY'))
  }
  const onData = (chunk: Buffer) => {
    head = Buffer.concat([head, chunk])
    const lineEnd = head.indexOf('\r\n')
    if (lineEnd < 0) {
      if (head.length > MAX_HEAD_BYTES) finish('the proxy answered something that is not HTTP')
      return
    }
    const status = /^HTTP\/\d(?:\.\d)? (\d{3})(?: |$)/.exec(head.subarray(0, lineEnd).toString())
    if (!status) return finish('the proxy answered something that is not HTTP')
    if (status[1] !== '200') return finish(refusal(Number(status[1]), options.proxy))
    const headEnd = head.indexOf('\r\n\r\n')
    if (headEnd < 0) {
      if (head.length > MAX_HEAD_BYTES) finish("the head of the proxy's answer is over 16 KiB")
      return
    }
    // Nothing may come before the request it answers: the tunnel would not be the target's.
    if (headEnd + 4 < head.length) return finish('the proxy sent bytes after its answer 200')
    finish()
  }
  const onError = (error: Error) => finish(socketFailure(error, options.proxy))
  const onEnd = () => finish('the proxy closed the connection without answering')
  const deadline = setTimeout(
    () => finish(`the proxy did not answer within ${options.timeoutMs / 1000} s`),
    options.timeoutMs
  )
  socket.on('data', onData).on('error', onError).on('end', onEnd).on('close', onEnd)
  socket.write(request)
}

/** The proxy's answer other than 200, in words: 407 says what to look at. */
function refusal(status: number, proxy: URL): string {
  if (status !== 407) return `the proxy answered ${status}`
  return proxy.username || proxy.password
    ? 'the proxy answered 407 (it refused the credentials in the proxy URL)'
    : 'the proxy answered 407 (it wants credentials: user:password@ in the proxy URL)'
}

/**
 * A socket error from its facts: the system call, Node's code and the address, as in
 * "connect ECONNREFUSED 127.0.0.1:3128"; a TLS error (https:// proxy) by its code.
 */
function socketFailure(error: Error, proxy: URL): string {
  const { code, syscall, address, port, hostname } = error as NodeJS.ErrnoException & {
    address?: string
    port?: number
    hostname?: string
  }
  const where = address
    ? port
      ? ` ${address}:${port}`
      : ` ${address}`
    : hostname
      ? ` ${hostname}`
      : ''
  if (syscall) return `${syscall} ${code ?? 'failed'}${where}`
  if (proxy.protocol === 'https:') return `TLS with the proxy failed (${code ?? 'no code'})`
  return `the connection to the proxy failed (${code ?? 'no code'})`
}

/** The tunnel wrapped in TLS for an https target, with the agent's options (its CAs). */
function overTls(socket: net.Socket, target: http.ClientRequestArgs, host: string): tls.TLSSocket {
  const secure = process.getBuiltinModule('node:tls').connect({
    ...(target as tls.ConnectionOptions),
    socket,
    // SNI takes names only, as without a proxy.
    servername: net.isIP(host) ? undefined : host
  })
  // Over an https:// proxy the tunnel is itself TLS, which closing the outer socket leaves open.
  secure.once('close', () => socket.destroy())
  return secure
}

/** A URL's hostname as sockets take it: an IPv6 address without its brackets. */
function unbracketed(hostname: string): string {
  return hostname.startsWith('[') ? hostname.slice(1, -1) : hostname
}
