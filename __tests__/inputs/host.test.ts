import { describe, expect, it } from '@jest/globals'
import { hostForDisplay, parseHost, secretsInHost, TRIGGER_PATH } from '../../src/inputs/host.js'
import { RuleViolation } from '../../src/inputs/refusals.js'

describe('parseHost', () => {
  it('assumes http:// for host:port, as the platform documents', () => {
    expect(parseHost('anymetrics.internal:8083')).toEqual({
      url: `http://anymetrics.internal:8083${TRIGGER_PATH}`,
      tokenUrl: 'http://anymetrics.internal:8083/anymetrics/api/v1/token/create',
      planStatusUrl: 'http://anymetrics.internal:8083/anymetrics/api/v1/accelerate/latestTime',
      planListUrl:
        'http://anymetrics.internal:8083/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanList',
      display: 'http://anymetrics.internal:8083'
    })
  })

  it('accepts a base URL with a prefix and a trailing slash', () => {
    expect(parseHost('https://gateway.example.com/am/').url).toBe(
      `https://gateway.example.com/am${TRIGGER_PATH}`
    )
  })

  it('does not append the endpoint path twice when the full endpoint URL is given', () => {
    expect(parseHost(`http://10.0.0.5:8083${TRIGGER_PATH}`).url).toBe(
      `http://10.0.0.5:8083${TRIGGER_PATH}`
    )
  })

  it('takes credentials in the URL out of it and keeps them for Basic auth', () => {
    const endpoint = parseHost('https://robot:p%40ss@gateway.example.com')
    expect(endpoint.url).toBe(`https://gateway.example.com${TRIGGER_PATH}`)
    expect(endpoint.display).not.toContain('p%40ss')
    expect(endpoint.basicAuth).toEqual({ username: 'robot', password: 'p@ss' })
  })

  it.each([
    ['', 'is required'],
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
    expect(hostForDisplay(host)).not.toContain(secret)
  })

  it('refuses a / ? # in the credentials without quoting them', () => {
    expect(() => parseHost('https://robot:pa/ss-42@gw.example.com')).toThrow(
      expect.objectContaining({ offendingValue: 'https://***@gw.example.com' })
    )
  })

  it('hides the credentials when the host is displayed', () => {
    expect(hostForDisplay('https://robot:pw@gw.example.com/am')).toBe(
      'https://***@gw.example.com/am'
    )
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
    expect(hostForDisplay('https://h.example:8083/?access_token=tok-abc123')).toBe(
      'https://h.example:8083/?…'
    )
    expect(hostForDisplay('https://u:pw@h.example:8083#tok-abc123')).toBe(
      'https://***@h.example:8083#…'
    )
  })
})
