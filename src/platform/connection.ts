import http from 'node:http'
import type https from 'node:https'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import type * as tunnelTypes from 'tunnel'
import { trustedCertificates } from './tls-trust.js'

export interface AgentOptions {
  maxSockets: number
  /** Company CAs (PEM) to trust in addition to the defaults, for an HTTPS endpoint. */
  caCertificates: readonly string[]
}

export interface Connection {
  agent: http.Agent
  /** `request` of node:http or node:https, for the endpoint's scheme. */
  transport: typeof http | typeof https
  /** The proxy requests go through, when one applies. */
  proxy: URL | undefined
}

/**
 * The agent for an endpoint, with the proxy routing every official action has: the proxy rules
 * (http_proxy, https_proxy, no_proxy) are @actions/http-client's own, and the tunnel is made
 * the way it makes it. What a plain http:// host does not need is never loaded: `https` only for
 * https hosts, the `tunnel` package only when a proxy applies.
 */
export async function connectionFor(url: URL, options: AgentOptions): Promise<Connection> {
  const secure = url.protocol === 'https:'
  const transport = secure ? process.getBuiltinModule('node:https') : http
  const proxy = getProxyUrl(url)
  const agent = proxy?.hostname
    ? await tunnelAgent(secure, proxy, options.maxSockets)
    : new transport.Agent({ keepAlive: true, maxSockets: options.maxSockets })
  if (secure && options.caCertificates.length > 0) trustAlso(agent, options.caCertificates)
  return { agent, transport, proxy: proxy?.hostname ? proxy : undefined }
}

async function tunnelAgent(secure: boolean, proxy: URL, maxSockets: number): Promise<http.Agent> {
  const tunnel = await import('tunnel')
  const overHttps = proxy.protocol === 'https:'
  const make = secure
    ? overHttps
      ? tunnel.httpsOverHttps
      : tunnel.httpsOverHttp
    : overHttps
      ? tunnel.httpOverHttps
      : tunnel.httpOverHttp
  const proxyAuth =
    proxy.username || proxy.password ? { proxyAuth: `${proxy.username}:${proxy.password}` } : {}
  const port = Number(proxy.port || (overHttps ? 443 : 80))
  // keepAlive is passed on to the sockets, as http-client does; the typings omit it.
  const tunnelOptions: tunnelTypes.HttpsOverHttpsOptions & { keepAlive: boolean } = {
    maxSockets,
    keepAlive: true,
    proxy: { ...proxyAuth, host: proxy.hostname, port }
  }
  return make(tunnelOptions)
}

/**
 * Node merges an agent's options into every TLS connection it opens, and the tunnel agent does
 * the same, so a CA set here holds with and without a proxy.
 */
function trustAlso(agent: http.Agent, certificates: readonly string[]): void {
  const withOptions = agent as unknown as { options?: Record<string, unknown> }
  withOptions.options = { ...withOptions.options, ca: trustedCertificates(certificates) }
}
