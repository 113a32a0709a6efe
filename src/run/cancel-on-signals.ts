import type { RunControl } from './run-control.js'

/**
 * On the runner's cancellation (SIGINT, then SIGTERM 7.5 s later, then a kill 2.5 s after that),
 * requests in flight get this long to answer before they are torn down, so that outputs and the
 * summary are written well within the first 7.5 s.
 */
const CANCEL_GRACE_MS = 2000
const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM'] as const

/**
 * The first SIGINT or SIGTERM stops the run (no new trigger, no retry) and, after a short grace,
 * tears down requests in flight; the run then reports what it knows. A second signal ends the
 * process at once. Returns the function that stops listening.
 */
export function cancelOnSignals(control: RunControl): () => void {
  let signalled = false
  const onSignal = (signal: NodeJS.Signals): void => {
    if (signalled) process.exit(signal === 'SIGINT' ? 130 : 143)
    signalled = true
    control.stop('cancelled')
    setTimeout(() => control.abortInFlight(), CANCEL_GRACE_MS).unref()
  }
  CANCEL_SIGNALS.forEach(signal => process.on(signal, onSignal))
  return () => CANCEL_SIGNALS.forEach(signal => process.off(signal, onSignal))
}
