import { RuleViolation } from './refusals.js'

const BEGIN = '-----BEGIN CERTIFICATE-----'
const END = '-----END CERTIFICATE-----'
/** A CA bundle is a few hundred kB at most; the file input reads no more than this. */
export const MAX_CA_FILE_BYTES = 1024 * 1024
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
  const certificates = pemCertificates(pem)
  if (certificates.length === 0) throw new RuleViolation(RULE, shown(value))
  certificates.forEach(requireReadable)
  return certificates
}

/** The BEGIN…END blocks, found in one pass (a regular expression could backtrack). */
function pemCertificates(text: string): string[] {
  const certificates: string[] = []
  for (let begin = text.indexOf(BEGIN); begin >= 0; begin = text.indexOf(BEGIN, begin + 1)) {
    const end = text.indexOf(END, begin + BEGIN.length)
    if (end < 0) break
    certificates.push(text.slice(begin, end + END.length))
    begin = end
  }
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
    // Loaded here, not at start-up: most runs have no ca-certificate.
    new (process.getBuiltinModule('node:crypto').X509Certificate)(certificate)
  } catch {
    throw new RuleViolation('contains a certificate that is not valid PEM', shown(certificate))
  }
}

function shown(value: string): string {
  return value.includes('-----BEGIN') ? `${value.slice(0, 40)}…` : value
}
