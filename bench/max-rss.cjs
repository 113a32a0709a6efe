// Preloaded (NODE_OPTIONS=--require) into the bundle's process by the benchmark: writes the
// process's peak resident memory, in KiB, to BENCH_RSS_FILE when it exits.
process.on('exit', () => {
  require('node:fs').writeFileSync(
    String(process.env.BENCH_RSS_FILE),
    String(process.resourceUsage().maxRSS)
  )
})
