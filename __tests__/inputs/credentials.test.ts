import { describe, expect, it } from '@jest/globals'
import { readCredentials } from '../../src/inputs/credentials.js'
import { RefusalCollector } from '../../src/inputs/refusals.js'

type CredentialInputs = Parameters<typeof readCredentials>[0]

const SECRET = 'top-secret-credential'
const HEADER_RULE =
  'must be visible Latin-1 text, as an HTTP header carries it (no line breaks, control ' +
  'characters or characters beyond U+00FF)'
const COMBINED_RULE =
  'cannot be combined with auth-type and auth-value: give an API key pair (app-id, app-secret) ' +
  'or auth-type with auth-value'

/** The credential these inputs give, and each refusal as input, rule and the value quoted. */
function read(given: Partial<CredentialInputs>) {
  const inputs = new RefusalCollector()
  const raw = { 'auth-type': '', 'auth-value': '', 'app-id': '', 'app-secret': '', ...given }
  const credentials = readCredentials(raw, inputs)
  const refusals = inputs.errors.map(error => ({
    input: error.input,
    rule: error.rule,
    quoted: error.offendingValue
  }))
  return { credentials, refusals, errors: inputs.errors }
}

describe('readCredentials: auth-type with auth-value', () => {
  it('sends the auth-value under the auth-type given', () => {
    expect(read({ 'auth-type': 'TOKEN', 'auth-value': SECRET })).toEqual({
      credentials: { kind: 'header', authType: 'TOKEN', authValue: SECRET },
      refusals: [],
      errors: []
    })
  })

  it.each([
    ['uid', 'UID'],
    ['Token', 'TOKEN'],
    ['account', 'ACCOUNT'],
    ['ApiKey', 'APIKEY'],
    ['APIKEY', 'APIKEY']
  ])('reads auth-type %j case-insensitively as %s', (given, authType) => {
    expect(read({ 'auth-type': given, 'auth-value': SECRET }).credentials).toEqual({
      kind: 'header',
      authType,
      authValue: SECRET
    })
  })

  it('refuses an unknown auth-type, quoting it and listing the known ones', () => {
    const { credentials, refusals } = read({ 'auth-type': 'PASSWORD', 'auth-value': SECRET })
    expect(credentials).toBeUndefined()
    expect(refusals).toEqual([
      {
        input: 'auth-type',
        rule: 'must be one of UID, TOKEN, ACCOUNT, APIKEY',
        quoted: 'PASSWORD'
      }
    ])
  })

  it('refuses a missing auth-type, pointing at the key pair as the other way', () => {
    const { credentials, refusals } = read({ 'auth-value': SECRET })
    expect(credentials).toBeUndefined()
    expect(refusals).toEqual([
      {
        input: 'auth-type',
        rule: 'is required (one of UID, TOKEN, ACCOUNT, APIKEY), or give app-id and app-secret instead',
        quoted: undefined
      }
    ])
  })

  it('refuses a missing auth-value', () => {
    const { credentials, refusals } = read({ 'auth-type': 'TOKEN' })
    expect(credentials).toBeUndefined()
    expect(refusals).toEqual([{ input: 'auth-value', rule: 'is required', quoted: undefined }])
  })

  it('refuses both when no credential at all is given', () => {
    const { credentials, refusals } = read({})
    expect(credentials).toBeUndefined()
    expect(refusals.map(refusal => refusal.input)).toEqual(['auth-type', 'auth-value'])
  })

  it('refuses an auth-type and an auth-value that are both wrong, together', () => {
    const { refusals } = read({ 'auth-type': 'nope', 'auth-value': 'a\nb' })
    expect(refusals.map(refusal => refusal.input)).toEqual(['auth-type', 'auth-value'])
  })

  it.each([
    ['a line break', `${SECRET}\r\nX-Evil: 1`],
    ['a tab', `${SECRET}\t`],
    ['a control character', `${SECRET}\u0000`],
    ['DEL', `${SECRET}\u007f`],
    ['a character beyond U+00FF', `${SECRET}\u0100`],
    ['an emoji', `${SECRET}🔑`]
  ])('refuses an auth-value with %s and never quotes it', (_what, value) => {
    const { credentials, refusals, errors } = read({ 'auth-type': 'TOKEN', 'auth-value': value })
    expect(credentials).toBeUndefined()
    expect(refusals).toEqual([
      { input: 'auth-value', rule: `${HEADER_RULE} (value hidden)`, quoted: undefined }
    ])
    expect(errors[0]!.message).not.toContain(SECRET)
  })

  it('accepts an auth-value of visible Latin-1 beyond ASCII', () => {
    expect(read({ 'auth-type': 'UID', 'auth-value': 'café ÿ ~' }).credentials).toEqual({
      kind: 'header',
      authType: 'UID',
      authValue: 'café ÿ ~'
    })
  })
})

describe('readCredentials: an API key pair', () => {
  it('takes app-id and app-secret together as a key pair', () => {
    expect(read({ 'app-id': 'ak_123', 'app-secret': SECRET })).toEqual({
      credentials: { kind: 'api-key', appId: 'ak_123', appSecret: SECRET },
      refusals: [],
      errors: []
    })
  })

  it('refuses app-secret without app-id, naming app-id as the missing one', () => {
    const { credentials, refusals } = read({ 'app-secret': SECRET })
    expect(credentials).toBeUndefined()
    expect(refusals).toEqual([
      {
        input: 'app-id',
        rule: 'is required with app-secret (the API key ID)',
        quoted: undefined
      }
    ])
  })

  it('refuses app-id without app-secret, naming app-secret as the missing one', () => {
    const { credentials, refusals } = read({ 'app-id': 'ak_123' })
    expect(credentials).toBeUndefined()
    expect(refusals).toEqual([
      {
        input: 'app-secret',
        rule: 'is required with app-id (the API key secret)',
        quoted: undefined
      }
    ])
  })

  it('refuses an app-id that a header cannot carry, quoting it (it is no secret)', () => {
    const { credentials, refusals } = read({ 'app-id': 'ak\n1', 'app-secret': SECRET })
    expect(credentials).toBeUndefined()
    expect(refusals).toEqual([{ input: 'app-id', rule: HEADER_RULE, quoted: 'ak\n1' }])
  })

  it('refuses an app-secret that a header cannot carry, never quoting it', () => {
    const value = `${SECRET}\n`
    const { credentials, refusals, errors } = read({ 'app-id': 'ak_123', 'app-secret': value })
    expect(credentials).toBeUndefined()
    expect(refusals).toEqual([
      { input: 'app-secret', rule: `${HEADER_RULE} (value hidden)`, quoted: undefined }
    ])
    expect(errors[0]!.message).not.toContain(SECRET)
  })

  it('refuses a bad app-id and a bad app-secret together', () => {
    const { refusals } = read({ 'app-id': 'a\u0100', 'app-secret': 'b\u0100' })
    expect(refusals.map(refusal => refusal.input)).toEqual(['app-id', 'app-secret'])
  })
})

describe('readCredentials: one way or the other, never both', () => {
  it.each<Partial<CredentialInputs>>([
    { 'auth-type': 'TOKEN', 'app-id': 'ak_123' },
    { 'auth-type': 'TOKEN', 'app-secret': SECRET },
    { 'auth-value': SECRET, 'app-id': 'ak_123' },
    { 'auth-value': SECRET, 'app-secret': SECRET },
    { 'auth-type': 'TOKEN', 'auth-value': SECRET, 'app-id': 'ak_123', 'app-secret': SECRET }
  ])('refuses %j once, on app-id, quoting nothing', given => {
    const { credentials, refusals } = read(given)
    expect(credentials).toBeUndefined()
    expect(refusals).toEqual([{ input: 'app-id', rule: COMBINED_RULE, quoted: undefined }])
  })
})
