/**
 * The bundle's entry (dist/index.js): run as the main module (`node dist/index.js`, as runners
 * do) it is the action; required (by dist/cli.js) it hands over the command line's entry, so
 * that the package carries the engine once.
 */
import { runAction } from './action.js'

export { runCli } from './cli.js'

const EXIT_GRACE_MS = 1000

// In the CommonJS bundle, `require.main` is the file node was started with.
if (require.main === module) {
  // runAction() reports its own failures; this catch only keeps a bug from printing a stack trace.
  runAction()
    .catch(() => {
      process.exitCode = 1
    })
    .finally(() => {
      // Everything is written by now. Something outside the action's reach (a proxy that took a
      // CONNECT and never answered keeps its socket) must not hold the step open for hours.
      setTimeout(() => process.exit(), EXIT_GRACE_MS).unref()
    })
}
