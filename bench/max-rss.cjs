// Preloaded (NODE_OPTIONS=--require) into the measured process by the benchmark: writes its
// peak resident memory, in KiB, to BENCH_RSS_FILE, and its CPU time in ms to BENCH_CPU_FILE
// when given, as it exits.
process.on('exit', () => {
  const fs = require('node:fs')
  const usage = process.resourceUsage()
  fs.writeFileSync(String(process.env.BENCH_RSS_FILE), String(usage.maxRSS))
  if (process.env.BENCH_CPU_FILE) {
    fs.writeFileSync(
      process.env.BENCH_CPU_FILE,
      String((usage.userCPUTime + usage.systemCPUTime) / 1000)
    )
  }
})
