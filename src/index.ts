import { run } from './main.js'

const EXIT_GRACE_MS = 1000

// Node 24's mid-tier compiler (Maglev; Node 20 has it off) adds about 20 MiB to the peak memory
// of a long backfill (measured: 1,000 triggers, median 91 MiB with it, 68 without), and a short,
// I/O-bound run gains nothing from it. Set before any function is hot enough to be compiled.
process.getBuiltinModule('node:v8').setFlagsFromString('--no-maglev')

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
