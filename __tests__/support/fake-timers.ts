/** Timers that fire, earliest first, only when nothing else is left to run. */
export function fakeTimers() {
  const timers: Array<{ at: number; fire: () => void }> = []
  const state = {
    now: 0,
    sleep: (ms: number) =>
      new Promise<void>(resolve => {
        timers.push({ at: state.now + ms, fire: resolve })
      }),
    /** Moves the clock to the earliest timer and fires it; false when none is set. */
    fireNext: (): boolean => {
      timers.sort((a, b) => a.at - b.at)
      const next = timers.shift()
      if (!next) return false
      state.now = Math.max(state.now, next.at)
      next.fire()
      return true
    },
    runUntilDone: async <T>(running: Promise<T>): Promise<T> => {
      let settled = false
      void running.finally(() => (settled = true))
      while (!settled) {
        await new Promise(resolve => setImmediate(resolve))
        state.fireNext()
      }
      return running
    }
  }
  return state
}
