// @ts-check
// The end-to-end suites run dist/index.js: refuse to run them against a bundle that is not what
// src/ builds to now, rather than test stale code.
import { staleDistFiles } from '../../script/check-dist.js'

export default function assertFreshDist() {
  const stale = staleDistFiles()
  if (stale.length > 0) {
    throw new Error(`dist/ is stale (${stale.join(', ')}): run npm run build before npm test.`)
  }
}
