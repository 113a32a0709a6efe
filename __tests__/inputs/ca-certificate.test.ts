import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parseCaCertificates } from '../../src/inputs/ca-certificate.js'
import { createTestCa, type TestCa } from '../support/test-ca.js'

let ca: TestCa
beforeAll(() => {
  ca = createTestCa()
})
afterAll(() => ca.cleanup())

const noFiles = (path: string): string => {
  throw Object.assign(new Error(`ENOENT ${path}`), { code: 'ENOENT' })
}

describe('parseCaCertificates', () => {
  it('reads PEM text, one or several certificates', () => {
    expect(parseCaCertificates(ca.caPem, noFiles)).toHaveLength(1)
    expect(parseCaCertificates(`${ca.caPem}\n${ca.serverCert}`, noFiles)).toHaveLength(2)
  })

  it('reads a path through the given reader', () => {
    expect(parseCaCertificates('/etc/company/ca.pem', () => ca.caPem)).toEqual([ca.caPem.trim()])
  })

  it('is empty when not given', () => {
    expect(parseCaCertificates('  ', noFiles)).toEqual([])
  })

  it('refuses a missing file, a file without certificates and a damaged certificate', () => {
    expect(() => parseCaCertificates('/missing.pem', noFiles)).toThrow(
      'the file cannot be read (ENOENT)'
    )
    expect(() => parseCaCertificates('/empty.pem', () => 'no pem here')).toThrow(
      'must be PEM text or the path of a PEM file with at least one certificate'
    )
    const damaged = ca.caPem.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!!!!!!!!!!!!!!!!!')
    expect(() => parseCaCertificates(damaged, noFiles)).toThrow(
      'contains a certificate that is not valid PEM'
    )
  })
})
