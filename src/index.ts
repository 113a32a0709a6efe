import { run } from './main.js'

// run() reports its own failures; this catch only keeps a bug from printing a stack trace.
run().catch(() => {
  process.exitCode = 1
})
