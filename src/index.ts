import { run } from './main.js'

const EXIT_GRACE_MS = 1000

// run() reports its own failures; this catch only keeps a bug from printing a stack trace.
run()
  .catch(() => {
    process.exitCode = 1
  })
  .finally(() => {
    // Everything is written by now. Something outside the action's reach (a proxy that took a
    // CONNECT and never answered keeps its socket) must not hold the step open for hours.
    setTimeout(() => process.exit(), EXIT_GRACE_MS).unref()
  })
