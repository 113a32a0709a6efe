/** The credential inputs: auth-type with auth-value, or an API key pair. Pure. */
import { InputError, forInput, RuleViolation, type RefusalCollector } from './refusals.js'
import { requireHeaderSafe, requireNonEmpty } from './text-rules.js'

const AUTH_TYPES = ['UID', 'TOKEN', 'ACCOUNT', 'APIKEY'] as const
export type AuthType = (typeof AUTH_TYPES)[number]

/** The three headers' credential, sent as given (or a TOKEN got from a key pair). */
export interface HeaderCredential {
  kind: 'header'
  authType: AuthType
  authValue: string
}

/** An API key pair, exchanged for a TOKEN at token/create before any trigger. */
export interface ApiKeyPair {
  kind: 'api-key'
  appId: string
  appSecret: string
}

/** How triggers are authorised: as given, or with a TOKEN got from an API key pair first. */
export type Credentials = HeaderCredential | ApiKeyPair

type CredentialInputs = Record<'auth-type' | 'auth-value' | 'app-id' | 'app-secret', string>

/**
 * The credential: auth-type with auth-value, or an API key pair (app-id, app-secret) that the
 * action exchanges for a TOKEN. One or the other, whole.
 */
export function readCredentials(
  raw: CredentialInputs,
  inputs: RefusalCollector
): Credentials | undefined {
  const headerGiven = raw['auth-type'] !== '' || raw['auth-value'] !== ''
  const pairGiven = raw['app-id'] !== '' || raw['app-secret'] !== ''
  if (headerGiven && pairGiven) {
    inputs.take(() => {
      throw new InputError(
        'app-id',
        'cannot be combined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with auth-value'
      )
    })
    return undefined
  }
  return pairGiven ? readKeyPair(raw, inputs) : readHeaderCredential(raw, inputs)
}

function readKeyPair(raw: CredentialInputs, inputs: RefusalCollector): ApiKeyPair | undefined {
  const appId = inputs.take(() =>
    forInput('app-id', () => {
      requireNonEmpty(raw['app-id'], 'is required with app-secret (the API key ID)')
      requireHeaderSafe(raw['app-id'])
      return raw['app-id']
    })
  )
  const appSecret = inputs.take(() =>
    forInput('app-secret', () => {
      requireNonEmpty(raw['app-secret'], 'is required with app-id (the API key secret)')
      requireHeaderSafe(raw['app-secret'], { secret: true })
      return raw['app-secret']
    })
  )
  return appId && appSecret ? { kind: 'api-key', appId, appSecret } : undefined
}

function readHeaderCredential(
  raw: CredentialInputs,
  inputs: RefusalCollector
): HeaderCredential | undefined {
  const authType = inputs.take(() => forInput('auth-type', () => parseAuthType(raw['auth-type'])))
  const authValue = inputs.take(() => forInput('auth-value', () => secretHeader(raw['auth-value'])))
  return authType && authValue ? { kind: 'header', authType, authValue } : undefined
}

function secretHeader(value: string): string {
  requireNonEmpty(value)
  requireHeaderSafe(value, { secret: true })
  return value
}

function parseAuthType(value: string): AuthType {
  requireNonEmpty(
    value,
    `is required (one of ${AUTH_TYPES.join(', ')}), or give app-id and app-secret instead`
  )
  const upper = value.toUpperCase()
  const known = AUTH_TYPES.find(type => type === upper)
  if (!known) throw new RuleViolation(`must be one of ${AUTH_TYPES.join(', ')}`, value)
  return known
}
