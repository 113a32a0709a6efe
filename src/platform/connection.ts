import http from 'node:http'
import type https from 'node:https'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { tunnelAgent } from './proxy-tunnel.js'
import { trustedCertificates } from './tls-trust.js'

export interface AgentOptions {
  maxSockets: number
  /** Company CAs (PEM) to trust in addition to the defaults, for an HTTPS endpoint. */
  caCertificates: readonly string[]
  /** Each request's deadline, which a CONNECT to a proxy does not outlive. */
  timeoutMs: number
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
 * (http_proxy, https_proxy, no_proxy) are @actions/http-client's own; the tunnel through the
 * proxy is the action's (proxy-tunnel.ts). `https` loads only for https hosts.
 */
export function connectionFor(url: URL, options: AgentOptions): Connection {
  const secure = url.protocol === 'https:'
  const transport = secure ? process.getBuiltinModule('node:https') : http
  const proxy = getProxyUrl(url)
  const { maxSockets, timeoutMs } = options
  const agent = proxy?.hostname
    ? tunnelAgent(secure, { proxy, maxSockets, timeoutMs })
    : new transport.Agent({ keepAlive: true, maxSockets })
  if (secure && options.caCertificates.length > 0) trustAlso(agent, options.caCertificates)
  return { agent, transport, proxy: proxy?.hostname ? proxy : undefined }
}

/**
 * Node merges an agent's options into every TLS connection it opens, and the tunnel agent wraps
 * its tunnels in TLS with those same options, so a CA set here holds with and without a proxy.
 */
function trustAlso(agent: http.Agent, certificates: readonly string[]): void {
  const withOptions = agent as unknown as { options?: Record<string, unknown> }
  withOptions.options = { ...withOptions.options, ca: trustedCertificates(certificates) }
}
