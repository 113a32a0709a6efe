import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import tls from 'node:tls'
import { trustedCertificates } from '../../src/platform/tls-trust.js'
import { createTestCa, type TestCa } from '../support/test-ca.js'

let ca: TestCa
beforeAll(() => {
  ca = createTestCa()
})
afterAll(() => ca.cleanup())

describe('trustedCertificates', () => {
  it('adds the company CA to the default CAs instead of replacing them', () => {
    const trusted = trustedCertificates([ca.caPem])
    expect(trusted.at(-1)).toBe(ca.caPem)
    expect(trusted.length).toBeGreaterThan(tls.rootCertificates.length)
  })
})
