import { run } from './main.js'

// Node 24's mid-tier compiler (Maglev; Node 20 has it off) adds about 20 MiB to the peak memory
// of a long backfill (measured: 1,000 triggers, median 91 MiB with it, 68 without), and a short,
// I/O-bound run gains nothing from it. Set before any function is hot enough to be compiled.
process.getBuiltinModule('node:v8').setFlagsFromString('--no-maglev')

// run() reports its own failures; this catch only keeps a bug from printing a stack trace.
run().catch(() => {
  process.exitCode = 1
})
