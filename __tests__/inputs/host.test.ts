import { describe, expect, it } from '@jest/globals'
import { parseHost, secretsInHost } from '../../src/inputs/host.js'
import { RuleViolation } from '../../src/inputs/refusals.js'

/** The host as the action shows it: its base when accepted, the refused value otherwise. */
function shown(host: string): string | undefined {
  try {
    return parseHost(host).base
  } catch (error) {
    return (error as RuleViolation).offendingValue
  }
}

describe('parseHost', () => {
  it('assumes http:// for host:port, as the platform documents', () => {
    expect(parseHost('anymetrics.internal:8083')).toEqual({
      base: 'http://anymetrics.internal:8083'
    })
  })

  it('accepts a base URL with a prefix and a trailing slash', () => {
    expect(parseHost('https://gateway.example.com/am/').base).toBe('https://gateway.example.com/am')
  })

  it('drops every trailing slash of the prefix', () => {
    expect(parseHost('https://gw.example.com/am//').base).toBe('https://gw.example.com/am')
  })

  it('takes credentials in the URL out of it and keeps them for Basic auth', () => {
    const endpoint = parseHost('https://robot:p%40ss@gateway.example.com')
    expect(endpoint.base).toBe('https://gateway.example.com')
    expect(endpoint.basicAuth).toEqual({ username: 'robot', password: 'p@ss' })
  })

  it('sends a user name given alone (a token) as Basic auth with an empty password', () => {
    const endpoint = parseHost('https://robot@gateway.example.com')
    expect(endpoint.base).toBe('https://gateway.example.com')
    expect(endpoint.basicAuth).toEqual({ username: 'robot', password: '' })
  })

  it('sends a password given alone as Basic auth with an empty user name', () => {
    expect(parseHost('https://:p%40ss@gateway.example.com').basicAuth).toEqual({
      username: '',
      password: 'p@ss'
    })
  })

  it('sends no Basic auth when there are no credentials, or only an empty @', () => {
    expect(parseHost('https://gateway.example.com').basicAuth).toBeUndefined()
    expect(parseHost('https://@gateway.example.com').basicAuth).toBeUndefined()
  })

  it('takes a user name or password that does not decode as it was typed', () => {
    expect(parseHost('https://ro%bot:p%ss@gateway.example.com').basicAuth).toEqual({
      username: 'ro%bot',
      password: 'p%ss'
    })
  })

  it('trims the input and keeps the scheme, host, port and prefix for display', () => {
    expect(parseHost('  HTTPS://GW.example.com:8443/am/  ').base).toBe(
      'https://gw.example.com:8443/am'
    )
  })

  it.each([
    'http://anymetrics.internal:8083#',
    'http://anymetrics.internal:8083?',
    'anymetrics.internal:8083#',
    'anymetrics.internal:8083/?',
    'http://anymetrics.internal:8083/am#top',
    'https://robot:pw@anymetrics.internal/am?'
  ])('refuses %j: a query or fragment, even an empty one', host => {
    expect(() => parseHost(host)).toThrow('must not contain a query (?) or fragment (#)')
  })

  it.each([
    'http:///robot@gw.example.com',
    'http://@https://@',
    'http://robot:pw@gw.example.com/a@b',
    'http://gw.example.com:8083/@',
    'gw.example.com:8083/x@y'
  ])('refuses %j: an @ after the host', host => {
    expect(() => parseHost(host)).toThrow('and @ in a path (%40)')
  })

  it.each([
    ['', 'is required'],
    ['   ', 'is required'],
    ['http://', 'must be host:port'],
    ['http://:8083', 'must be host:port'],
    ['file:///etc/passwd', 'must use http:// or https://'],
    ['anymetrics\u0000.internal:8083', 'must not contain spaces or control characters'],
    ['anymetrics.internal:8083\tx', 'must not contain spaces or control characters'],
    ['anymetrics.internal', 'must include a port'],
    ['ftp://anymetrics.internal:21', 'must use http:// or https://'],
    ['http://anymetrics.internal:8083/?x=1', 'must not contain a query'],
    ['http://anymetrics.internal:99999', 'must be host:port'],
    ['anymetrics internal:8083', 'must not contain spaces']
  ])('refuses %j: %s', (host, rule) => {
    expect(() => parseHost(host)).toThrow(RuleViolation)
    expect(() => parseHost(host)).toThrow(rule)
  })

  it('never shows the password of a refused host', () => {
    try {
      parseHost('ftp://robot:hunter2@gateway.example.com')
      throw new Error('expected a refusal')
    } catch (error) {
      expect((error as RuleViolation).offendingValue).toBe('ftp://***@gateway.example.com')
    }
  })
})

describe('secretsInHost', () => {
  it('finds the password raw, decoded and as the Basic token, without parsing the URL', () => {
    const secrets = secretsInHost('https://robot:p%40ss@gateway example')
    expect(secrets).toEqual(expect.arrayContaining(['p%40ss', 'p@ss']))
    expect(secrets).toContain(Buffer.from('robot:p@ss').toString('base64'))
  })

  it('finds nothing where there are no credentials', () => {
    expect(secretsInHost('http://gateway.example.com:8083')).toEqual([])
    expect(secretsInHost('gateway.example.com:8083/prefix')).toEqual([])
  })

  it.each([
    ['without a scheme', 'robot:pw-1234@gw.example.com:8083', 'pw-1234'],
    ['a token given as the user name alone', 'https://tok-98765@gw.example.com', 'tok-98765'],
    ['an unencoded @ in the password', 'https://robot:p@ss-42@gw.example.com', 'p@ss-42'],
    ['a / in the password', 'https://robot:pa/ss-42@gw.example.com', 'pa/ss-42']
  ])('finds the secret %s', (_what, host, secret) => {
    expect(secretsInHost(host)).toContain(secret)
    expect(shown(host)).not.toContain(secret)
  })

  it('hides every part of a password that holds a / and an @', () => {
    const host = 'https://ro:b@t:pa/ss@gw.example.com'
    expect(shown(host)).toBe('https://***@gw.example.com')
    expect(secretsInHost(host)).toContain('ro:b@t:pa/ss')
    expect(() => parseHost(host)).toThrow(
      expect.objectContaining({ offendingValue: 'https://***@gw.example.com' })
    )
  })

  it('finds the password of user:password and its Basic token, not the user name', () => {
    expect(secretsInHost('https://robot:pw-1234@gw.example.com')).toEqual([
      'pw-1234',
      Buffer.from('robot:pw-1234').toString('base64')
    ])
  })

  it('finds nothing in an empty user name and password', () => {
    expect(secretsInHost('https://@gw.example.com')).toEqual([])
  })

  it('finds a user name given alone and its Basic token, with an empty password', () => {
    expect(secretsInHost('https://tok-98765@gw.example.com')).toEqual([
      'tok-98765',
      Buffer.from('tok-98765:').toString('base64')
    ])
  })

  it('finds a password given without a user name, and its Basic token', () => {
    expect(secretsInHost('https://:pw-1234@gw.example.com')).toEqual([
      'pw-1234',
      Buffer.from(':pw-1234').toString('base64')
    ])
  })

  it('finds only the Basic token of a user name with an empty password', () => {
    expect(secretsInHost('https://robot:@gw.example.com')).toEqual([
      Buffer.from('robot:').toString('base64')
    ])
  })

  it('reads the host as trimmed', () => {
    expect(secretsInHost('  https://robot:pw-1234@gw.example.com\n')).toEqual([
      'pw-1234',
      Buffer.from('robot:pw-1234').toString('base64')
    ])
    expect(shown('  https://robot:pw-1234@gw.example.com:99999\n')).toBe(
      'https://***@gw.example.com:99999'
    )
    expect(shown(' gw.example.com:8083 ')).toBe('http://gw.example.com:8083')
  })

  it('refuses a / ? # in the credentials without quoting them', () => {
    expect(() => parseHost('https://robot:pa/ss-42@gw.example.com')).toThrow(
      expect.objectContaining({ offendingValue: 'https://***@gw.example.com' })
    )
  })

  it('hides the credentials when the host is displayed', () => {
    expect(shown('https://robot:pw@gw.example.com/am')).toBe('https://gw.example.com/am')
    expect(shown('https://robot:pw@gw.example.com:99999/am')).toBe(
      'https://***@gw.example.com:99999/am'
    )
    expect(shown('https://@gw.example.com:99999')).toBe('https://***@gw.example.com:99999')
  })
})

describe('a query or fragment in host', () => {
  it.each([
    'http://h.example:8083?',
    'http://h.example:8083#',
    'h.example:8083/?',
    'h.example:8083#x'
  ])('refuses %s, even when empty', host => {
    expect(() => parseHost(host)).toThrow('must not contain a query (?) or fragment (#)')
  })

  it('never shows what a query or fragment holds', () => {
    expect(shown('https://h.example:8083/?access_token=tok-abc123')).toBe(
      'https://h.example:8083/?…'
    )
    expect(shown('https://u:pw@h.example:8083#tok-abc123')).toBe('https://***@h.example:8083#…')
  })
})
