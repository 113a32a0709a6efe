/**
 * The CAs to trust: Node's default set (with NODE_EXTRA_CA_CERTS and, where enabled, the
 * system store, on Node versions that expose it) plus the given ones.
 */
export function trustedCertificates(extra: readonly string[]): string[] {
  const tls = process.getBuiltinModule('node:tls')
  const getDefaults = (tls as { getCACertificates?: (type: 'default') => string[] })
    .getCACertificates
  const defaults = getDefaults ? getDefaults('default') : tls.rootCertificates
  return [...defaults, ...extra]
}
