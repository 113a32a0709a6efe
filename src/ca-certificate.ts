import { X509Certificate } from 'node:crypto'
import tls from 'node:tls'
import { RuleViolation } from './input-error.js'

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g
const RULE = 'must be PEM text or the path of a PEM file with at least one certificate'

/**
 * Reads the `ca-certificate` input: PEM text, or the path of a PEM file (read with readTextFile,
 * so that this stays free of I/O). Returns the certificates, each checked to be readable.
 */
export function parseCaCertificates(
  input: string,
  readTextFile: (path: string) => string
): string[] {
  const value = input.trim()
  if (value === '') return []
  const pem = value.includes('-----BEGIN') ? value : readPemFile(value, readTextFile)
  const certificates = pem.match(PEM_CERTIFICATE) ?? []
  if (certificates.length === 0) throw new RuleViolation(RULE, shown(value))
  certificates.forEach(requireReadable)
  return certificates
}

function readPemFile(path: string, readTextFile: (path: string) => string): string {
  try {
    return readTextFile(path)
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unreadable'
    throw new RuleViolation(`${RULE}; the file cannot be read (${code})`, path)
  }
}

function requireReadable(certificate: string): void {
  try {
    new X509Certificate(certificate)
  } catch {
    throw new RuleViolation('contains a certificate that is not valid PEM', shown(certificate))
  }
}

function shown(value: string): string {
  return value.includes('-----BEGIN') ? `${value.slice(0, 40)}…` : value
}

/**
 * The CAs to trust: Node's default set (with NODE_EXTRA_CA_CERTS and, where enabled, the
 * system store, on Node versions that expose it) plus the given ones.
 */
export function trustedCertificates(extra: readonly string[]): string[] {
  const getDefaults = (tls as { getCACertificates?: (type: 'default') => string[] })
    .getCACertificates
  const defaults = getDefaults ? getDefaults('default') : tls.rootCertificates
  return [...defaults, ...extra]
}
