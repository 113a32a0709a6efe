/**
 * The suites that run dist/index.js import this module (run-action.ts does, for all that use
 * runAction): it fails the test file, checked once per file, when dist/ is not what src/ builds
 * to now, rather than test stale code. Unit tests never import it, so they run while src/ is
 * being changed and dist/ is not yet rebuilt.
 */
import { staleDistFiles } from '../../script/check-dist.js'

function staleFiles(): string[] {
  try {
    return staleDistFiles()
  } catch (error) {
    const { stderr } = error as { stderr?: unknown }
    const why = String(stderr ?? error).trim()
    throw new Error(
      `dist/ cannot be checked, src/ does not build: fix it, then run npm run build.\n${why}`,
      { cause: error }
    )
  }
}

const stale = staleFiles()
if (stale.length > 0) {
  throw new Error(`dist/ is stale (${stale.join(', ')}): run npm run build before npm test.`)
}
