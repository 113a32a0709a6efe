// Preloaded (NODE_OPTIONS=--require) into a measured process by bench/bench.js and bench/dbt-manifest.js: writes
// its peak resident memory in KiB to BENCH_RSS_FILE and its CPU time in ms to BENCH_CPU_FILE,
// as it exits. The peak is VmHWM (Linux), which starts afresh at exec; getrusage's maxrss does
// not: a child keeps the peak of the process that spawned it, here one that has just read the
// whole manifest into a Buffer.
process.on('exit', () => {
  const fs = require('node:fs')
  const usage = process.resourceUsage()
  let peakKiB = usage.maxRSS
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))
    if (hwm) peakKiB = Number(hwm[1])
  } catch {
    // Not Linux: maxrss it is.
  }
  fs.writeFileSync(String(process.env.BENCH_RSS_FILE), String(peakKiB))
  if (process.env.BENCH_CPU_FILE) {
    fs.writeFileSync(
      process.env.BENCH_CPU_FILE,
      String((usage.userCPUTime + usage.systemCPUTime) / 1000)
    )
  }
})
