/**
 * Time and chance, from outside: real in a run (`abortableSleep`, `Date.now`, `Math.random`),
 * virtual in tests. The run layer's one clock; the budget's stage (retry-loop.ts) is this clock
 * with the run's stop and limits added.
 */
export interface Clock {
  nowMs(): number
  /** Waits `ms`; ends early, at once, when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>
  random(): number
}
