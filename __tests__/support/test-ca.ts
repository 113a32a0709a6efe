import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TestCa {
  /** The company CA's certificate (PEM) and where it is on disk. */
  caPem: string
  caPath: string
  /** A server key and certificate signed by that CA, for 127.0.0.1 and anymetrics.internal. */
  serverKey: string
  serverCert: string
  cleanup(): void
}

/** Generates a throw-away company CA and a server certificate it signs, with openssl. */
export function createTestCa(): TestCa {
  const dir = mkdtempSync(join(tmpdir(), 'anymetrics-test-ca-'))
  const file = (name: string) => join(dir, name)
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' })
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']

  openssl(
    'req',
    '-x509',
    ...ecKey,
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=anymetrics-refresh Test Company CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign'
  )
  openssl(
    'req',
    ...ecKey,
    '-keyout',
    file('server.key'),
    '-out',
    file('server.csr'),
    '-subj',
    '/CN=anymetrics.internal'
  )
  writeFileSync(
    file('server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:anymetrics.internal\nbasicConstraints=CA:FALSE\n' +
      'keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n'
  )
  openssl(
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-out',
    file('server.pem'),
    '-days',
    '2',
    '-extfile',
    file('server.ext')
  )

  return {
    caPem: readFileSync(file('ca.pem'), 'utf8'),
    caPath: file('ca.pem'),
    serverKey: readFileSync(file('server.key'), 'utf8'),
    serverCert: readFileSync(file('server.pem'), 'utf8'),
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}
