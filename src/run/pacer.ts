/**
 * Pacing in time, for a platform that limits its rate: when even one request in flight is
 * refused, sends are spaced by an estimate of the allowed rate. The estimate starts from what
 * the platform accepted lately, rises while it accepts (fast at first, then slowly) and falls
 * once per burst of push-back, so a gateway's token bucket is followed instead of being met
 * with a burst after every pause. Pure apart from the injected clock.
 */

/** Requests a second the estimate never goes below. */
const MIN_RATE = 0.5
/** How far back acceptances count for the first estimate, and the shortest span they cover. */
const WINDOW_MS = 2000
const MIN_SPAN_MS = 250
/** Growth per accepted request: multiplicative until the first cut, then additive. */
const START_GROWTH = 1.05
const STEADY_GROWTH = 0.05
/** What a push-back leaves of the rate. */
const CUT = 0.85

export interface PacerClock {
  nowMs(): number
  sleep(ms: number): Promise<void>
  stopped?(): boolean
}

export class Pacer {
  /** Requests a second; undefined while unpaced. */
  private rate: number | undefined
  private nextSendMs = 0
  private steady = false
  /** Requests sent before this moment belong to a burst already answered with a cut. */
  private lastCutMs = -Infinity
  private readonly recent: number[] = []

  constructor(private readonly clock: PacerClock) {}

  get paced(): boolean {
    return this.rate !== undefined
  }

  /** Waits for this request's turn (at once while unpaced, or once the run has stopped). */
  async turn(): Promise<number> {
    const now = this.clock.nowMs()
    if (this.rate === undefined) return now
    const at = Math.max(now, this.nextSendMs)
    this.nextSendMs = at + 1000 / this.rate
    if (at > now && !this.clock.stopped?.()) await this.clock.sleep(at - now)
    return this.clock.nowMs()
  }

  accepted(): void {
    const now = this.clock.nowMs()
    this.recent.push(now)
    while ((this.recent[0] ?? now) < now - WINDOW_MS) this.recent.shift()
    if (this.rate === undefined) return
    this.rate = this.steady ? this.rate + STEADY_GROWTH : this.rate * START_GROWTH
  }

  /**
   * Even one request at a time was refused: pace, or pace slower (once per burst). The first
   * time, the estimate is what the platform accepted lately; with nothing accepted, the pool
   * waits the pause the platform asked for (Retry-After) before the first paced send.
   */
  pushedBack(sentMs: number, pauseMs: number): void {
    const now = this.clock.nowMs()
    if (this.rate === undefined) {
      const lately = this.recent.filter(at => at >= now - WINDOW_MS)
      // Over the time those acceptances took (a run younger than the window counts as young).
      const spanMs = Math.max(MIN_SPAN_MS, now - (lately[0] ?? now))
      this.rate = Math.max(MIN_RATE, (lately.length * 1000) / spanMs)
      this.lastCutMs = now
      this.nextSendMs = now + (lately.length > 0 ? 1000 / this.rate : pauseMs)
      return
    }
    if (sentMs < this.lastCutMs) return
    this.rate = Math.max(MIN_RATE, this.rate * CUT)
    this.steady = true
    this.lastCutMs = now
  }
}
