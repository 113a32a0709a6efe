/**
 * The AnyMetrics client: the wire format of each endpoint, the credential headers, and one
 * classified Attempt per request. Proxy routing (http_proxy, https_proxy, no_proxy) comes from
 * @actions/http-client's rules (connection.ts), so it behaves exactly as every other action
 * does; the request itself is made here (http-exchange.ts) so that the timeout is a real
 * deadline for the whole exchange.
 */
import type http from 'node:http'
import type { ApiKeyPair, HeaderCredential } from '../inputs/credentials.js'
import type { PlannedTrigger } from '../inputs/trigger-plan.js'
import type { PlanRef } from '../inputs/wait-plans.js'
import { basicToken, type TrustBoundary } from '../trust.js'
import { answeredAttempt, unansweredAttempt, type Attempt } from './attempt.js'
import { connectionFor } from './connection.js'
import { endpointsAt } from './endpoints.js'
import { post, type RawReply } from './http-exchange.js'
import { planStatusAttempt, type PlanStatusAttempt } from './plan-status-answer.js'
import { tokenAttempt, type TokenAttempt } from './token-answer.js'
import { explain, routeOf } from './transport-errors.js'

/** The body the Data Update endpoint takes. */
export interface TriggerBody {
  tableName: string
  tenantId: string
  tablePartition: string
}

export interface ClientOptions {
  /** The platform's base URL (scheme, host, port, prefix), without credentials. */
  host: string
  tenantId: string
  basicAuth?: { username: string; password: string } | undefined
  timeoutMs: number
  userAgent: string
  maxSockets?: number
  /** Company CAs (PEM) to trust in addition to the defaults, for an HTTPS endpoint. */
  caCertificates?: readonly string[]
  /** Where everything the server or the network says becomes display text. */
  boundary: TrustBoundary
  /** Sees each trigger's body as it is sent (debug logging); never the token request's. */
  onTriggerBody?: ((body: string) => void) | undefined
}

export interface AnyMetricsClient {
  /** The host as logs and summaries show it (a pasted endpoint path taken off). */
  host: string
  /** Sends one trigger; aborting `signal` tears the request down (cancellation). */
  trigger(
    trigger: PlannedTrigger,
    credential: HeaderCredential,
    signal?: AbortSignal
  ): Promise<Attempt>
  /**
   * Asks token/create for a TOKEN with an API key pair. `onToken` gets the token the moment it
   * arrives, before anything of the answer is interpreted or shown, so it can be masked.
   */
  createToken(
    pair: ApiKeyPair,
    onToken: (token: string) => void,
    signal?: AbortSignal
  ): Promise<TokenAttempt>
  /** Reads one materialization plan's status (asked alone: the answer aggregates its list). */
  planStatus(
    plan: PlanRef,
    credential: HeaderCredential,
    signal?: AbortSignal
  ): Promise<PlanStatusAttempt>
  /** Reads the first page of the plan list: proves host, tenant and credential, changes nothing. */
  planList(credential: HeaderCredential, signal?: AbortSignal): Promise<Attempt>
  close(): void
}

export async function createAnyMetricsClient(options: ClientOptions): Promise<AnyMetricsClient> {
  const endpoints = endpointsAt(options.host)
  const url = endpoints.trigger
  const { agent, transport, proxy } = connectionFor(url, {
    maxSockets: options.maxSockets ?? 16,
    caCertificates: options.caCertificates ?? [],
    timeoutMs: options.timeoutMs
  })
  const route = routeOf(url, proxy, options.boundary)
  const unanswered = async (error: unknown) =>
    unansweredAttempt(await explain(error, route), options.boundary, route)
  // Each answer is read as it arrives (see post): `read` makes the attempt of it.
  const send = <A>(
    to: URL,
    headers: http.OutgoingHttpHeaders,
    payload: string,
    signal: AbortSignal | undefined,
    read: (reply: RawReply) => A
  ) =>
    post(
      { transport, url: to, agent, headers, payload, timeoutMs: options.timeoutMs, signal },
      read,
      unanswered
    )
  const common = commonHeaders(options)
  return {
    host: endpoints.host,
    trigger: (trigger, credential, signal) => {
      const body = wireBody(trigger, options.tenantId)
      options.onTriggerBody?.(body)
      return send(
        url,
        { ...common, ...platformHeaders(options.tenantId, credential) },
        body,
        signal,
        reply => answeredAttempt(reply, options.boundary)
      )
    },
    // token/create takes no tenant or credential headers (a gateway's Basic auth stays), and
    // exactly the documented fields, whatever else the caller's object holds.
    createToken: (pair, onToken, signal) =>
      send(
        endpoints.token,
        common,
        JSON.stringify({ appId: pair.appId, appSecret: pair.appSecret }),
        signal,
        reply => tokenAttempt(reply, options.boundary, onToken)
      ),
    planStatus: (plan, credential, signal) =>
      send(
        endpoints.planStatus,
        { ...common, ...platformHeaders(options.tenantId, credential) },
        JSON.stringify(
          plan.by === 'id' ? { planIdList: [plan.value] } : { planNameList: [plan.value] }
        ),
        signal,
        reply => planStatusAttempt(reply, options.boundary)
      ),
    planList: (credential, signal) =>
      send(
        endpoints.planList,
        { ...common, ...platformHeaders(options.tenantId, credential) },
        JSON.stringify({ pager: { pageNumber: 1, pageSize: 1 } }),
        signal,
        reply => answeredAttempt(reply, options.boundary)
      ),
    // Ends pooled sockets, and CONNECTs a proxy has not answered yet.
    close: () => agent.destroy()
  }
}

/** The wire body: the client owns what the platform needs besides the planned trigger. */
function wireBody(trigger: PlannedTrigger, tenantId: string): string {
  const body: TriggerBody = {
    tableName: trigger.tableName,
    tenantId,
    tablePartition: trigger.partition
  }
  return JSON.stringify(body)
}

/** Headers every request carries, with a gateway's Basic auth when the host gave one. */
function commonHeaders(options: ClientOptions): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {
    'content-type': 'application/json',
    accept: 'application/json',
    'user-agent': options.userAgent
  }
  if (options.basicAuth) {
    const { username, password } = options.basicAuth
    headers.authorization = `Basic ${basicToken(username, password)}`
  }
  return headers
}

/** The platform's three headers: tenant-id, auth-type and auth-value. */
function platformHeaders(tenantId: string, credential: HeaderCredential): http.OutgoingHttpHeaders {
  return {
    'tenant-id': tenantId,
    'auth-type': credential.authType,
    'auth-value': credential.authValue
  }
}
