const MASK = '***'

/**
 * Replaces every known secret in text. The runner masks logs, but outputs and the job summary
 * are files that it does not mask, and a platform may echo a credential in its errorMsg.
 */
export function makeRedactor(secrets: readonly string[]): (text: string) => string {
  const longestFirst = [...new Set(secrets)]
    .filter(s => s !== '')
    .sort((a, b) => b.length - a.length)
  return text => longestFirst.reduce((result, secret) => result.split(secret).join(MASK), text)
}
