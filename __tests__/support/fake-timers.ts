/** Timers that fire, earliest first, only when nothing else is left to run. */
export function fakeTimers() {
  const timers: Array<{ at: number; fire: () => void }> = []
  const state = {
    now: 0,
    sleep: (ms: number) =>
      new Promise<void>(resolve => {
        timers.push({ at: state.now + ms, fire: resolve })
      }),
    runUntilDone: async <T>(running: Promise<T>): Promise<T> => {
      let settled = false
      void running.finally(() => (settled = true))
      while (!settled) {
        await new Promise(resolve => setImmediate(resolve))
        timers.sort((a, b) => a.at - b.at)
        const next = timers.shift()
        if (next) {
          state.now = Math.max(state.now, next.at)
          next.fire()
        }
      }
      return running
    }
  }
  return state
}
