/**
 * The one place that writes the action's inputs for a test: what a workflow step's `with:` would
 * give, for the suites that run the bundle and for main in-process. Each suite makes its builder
 * once, from what its platform (the simulator) accepts, and each test says only what differs.
 */
import { readmeExampleInputs } from './readme-examples.js'

export type Inputs = Record<string, string>

/** The table the tests refresh, and the day, unless they say otherwise. */
export const TABLE = 'starrocks.`default_catalog.sales`.p_order'
export const PARTITION = '2024-07-17'

/** The tenant and the credential a platform accepts: auth-type with auth-value, or a key pair. */
export type Platform =
  | { tenantId: string; authType: string; authValue: string }
  | { tenantId: string; appId: string; appSecret: string }

/** A host as written in `host`, or a server (the simulator) to take its URL from. */
export type Host = string | { url: string }

export type InputBuilder = (host: Host, overrides?: Inputs) => Inputs

/**
 * A suite's inputs: `host`, the platform's tenant and credential, one trigger of TABLE on
 * PARTITION, then the suite's `defaults` (read at each call when given as a function), then a
 * test's `overrides`. An empty string leaves an input blank, as an empty `with:` value does.
 */
export function inputBuilder(
  platform: Platform,
  defaults: Inputs | (() => Inputs) = {}
): InputBuilder {
  return (host, overrides = {}) => ({
    host: hostUrl(host),
    'tenant-id': platform.tenantId,
    ...credentialInputs(platform),
    'table-name': TABLE,
    partition: PARTITION,
    ...(typeof defaults === 'function' ? defaults() : defaults),
    ...overrides
  })
}

/**
 * The inputs of the README example marked `<!-- example: NAME -->`, as written, with its
 * `${{ vars.* }}` and its API key pair (`${{ secrets.ANYMETRICS_APP_ID }}`,
 * `${{ secrets.ANYMETRICS_APP_SECRET }}`) filled in for this host and platform, and any other
 * expression (inputs.*, matrix.*) from `expressions`.
 */
export function readmeInputs(
  name: string,
  host: Host,
  platform: { tenantId: string; appId: string; appSecret: string },
  expressions: Inputs = {}
): Inputs {
  return readmeExampleInputs(name, {
    'vars.ANYMETRICS_HOST': hostUrl(host),
    'vars.ANYMETRICS_TENANT_ID': platform.tenantId,
    'secrets.ANYMETRICS_APP_ID': platform.appId,
    'secrets.ANYMETRICS_APP_SECRET': platform.appSecret,
    ...expressions
  })
}

function hostUrl(host: Host): string {
  return typeof host === 'string' ? host : host.url
}

function credentialInputs(platform: Platform): Inputs {
  return 'appId' in platform
    ? { 'app-id': platform.appId, 'app-secret': platform.appSecret }
    : { 'auth-type': platform.authType, 'auth-value': platform.authValue }
}
