export interface ThrottleClock {
  nowMs(): number
  sleep(ms: number): Promise<void>
}

/**
 * Shares the server's pace between all workers of a run: at most `limit` requests in flight,
 * and when the server pushes back (429 or Retry-After) every worker pauses and the limit halves
 * (multiplicative decrease); each full window of accepted requests adds one back, up to the
 * configured concurrency (additive increase).
 */
export class Throttle {
  private current: number
  private inFlight = 0
  private pausedUntilMs = 0
  private acceptedSinceChange = 0
  private readonly waiting: Array<() => void> = []

  constructor(
    private readonly maxConcurrency: number,
    private readonly clock: ThrottleClock
  ) {
    this.current = maxConcurrency
  }

  get limit(): number {
    return this.current
  }

  /** Waits for a free slot and for any pause the server asked for to pass. */
  async acquire(): Promise<void> {
    while (this.inFlight >= this.current) {
      await new Promise<void>(resolve => this.waiting.push(resolve))
    }
    this.inFlight++
    for (let wait = this.pauseLeftMs(); wait > 0; wait = this.pauseLeftMs()) {
      await this.clock.sleep(wait)
    }
  }

  release(): void {
    this.inFlight--
    this.wakeWaiting()
  }

  /** The server pushed back: pause everyone for `pauseMs` and halve the limit. */
  throttled(pauseMs: number): void {
    this.pausedUntilMs = Math.max(this.pausedUntilMs, this.clock.nowMs() + pauseMs)
    this.current = Math.max(1, Math.floor(this.current / 2))
    this.acceptedSinceChange = 0
  }

  /** The server answered without pushing back. */
  accepted(): void {
    if (this.current >= this.maxConcurrency) return
    if (++this.acceptedSinceChange >= this.current) {
      this.current++
      this.acceptedSinceChange = 0
      this.wakeWaiting()
    }
  }

  private pauseLeftMs(): number {
    return this.pausedUntilMs - this.clock.nowMs()
  }

  /** Woken waiters re-check for a slot, so waking one too many is harmless. */
  private wakeWaiting(): void {
    const free = this.current - this.inFlight
    if (free > 0) this.waiting.splice(0, free).forEach(resolve => resolve())
  }
}
