import { describe, expect, it } from '@jest/globals'
import { makeRedactor } from '../src/redact.js'

describe('makeRedactor', () => {
  it('replaces every occurrence of every secret, longest first', () => {
    const redact = makeRedactor(['abc', 'abcdef', ''])
    expect(redact('token abcdef and abc and abcdef')).toBe('token *** and *** and ***')
  })

  it('leaves text without secrets alone', () => {
    expect(makeRedactor([])('nothing to hide')).toBe('nothing to hide')
  })
})
