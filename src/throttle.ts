export interface ThrottleClock {
  nowMs(): number
  sleep(ms: number): Promise<void>
}

/** What a request was sent under, so that its answer is judged against the right level. */
export interface Ticket {
  generation: number
  level: number
  /** Sent with every slot in use: its acceptance says the level itself holds. */
  full: boolean
}

/** Requests in flight at the start; doubled each full round until the server first pushes back. */
const INITIAL_LIMIT = 8

/**
 * Finds and keeps the server's pace, shared by all workers of a run.
 *
 * - **Start and grow:** at most min(concurrency, 8) in flight, doubled after each full round of
 *   accepted requests until the server first pushes back (429 or Retry-After), then +1 a round.
 *   A round counts only requests sent with every slot in use.
 * - **Back off once per burst:** the first push-back at a level halves it; the others of that
 *   burst (requests sent before the change, same generation) change nothing more.
 * - **Remember the level that failed:** a level that was refused is probed again only after a
 *   run of accepted requests that doubles with each failed probe, and a failed probe returns to
 *   the last good level instead of halving. A server that caps requests in flight is thus held
 *   at its cap without the pool ever stopping.
 * - **Pause only for a rate limit:** when the server refuses even one request at a time, every
 *   worker waits as long as it asked (Retry-After) before sending again.
 *
 * Each refused request waits for its own retry (retry-policy), not the pool.
 */
export class Throttle {
  private current: number
  private inFlight = 0
  private generation = 0
  private pausedUntilMs = 0
  private acceptedAtLevel = 0
  /** Still doubling: no push-back seen yet. */
  private growing = true
  /** The highest level that had a full round accepted. */
  private stable = 0
  /** The lowest level refused since; probed again only after `probeRun` rounds. */
  private failed: number | undefined
  private probeRun = 1
  private readonly waiting: Array<() => void> = []

  constructor(
    private readonly maxConcurrency: number,
    private readonly clock: ThrottleClock
  ) {
    this.current = Math.min(maxConcurrency, INITIAL_LIMIT)
  }

  get limit(): number {
    return this.current
  }

  /** Waits for a free slot and for any pause the server asked for to pass. */
  async acquire(): Promise<Ticket> {
    while (this.inFlight >= this.current) {
      await new Promise<void>(resolve => this.waiting.push(resolve))
    }
    this.inFlight++
    for (let wait = this.pauseLeftMs(); wait > 0; wait = this.pauseLeftMs()) {
      await this.clock.sleep(wait)
    }
    return {
      generation: this.generation,
      level: this.current,
      full: this.inFlight >= this.current
    }
  }

  release(): void {
    this.inFlight--
    this.wakeWaiting()
  }

  /** The server answered without pushing back. */
  accepted(ticket: Ticket): void {
    // Only a request sent with the window full proves the level: while workers wait out their
    // own retries, fewer are in flight, and their acceptance says nothing about more.
    if (ticket.generation !== this.generation || !ticket.full) return
    if (++this.acceptedAtLevel < this.current * this.roundsBeforeRaise()) return
    this.stable = Math.max(this.stable, this.current)
    if (this.failed !== undefined && this.current >= this.failed) {
      // A full round at the level that once failed went through: the server has room again.
      this.failed = undefined
      this.probeRun = 1
    }
    if (this.current < this.maxConcurrency) {
      this.change(this.growing ? this.current * 2 : this.current + 1)
    } else {
      this.acceptedAtLevel = 0
    }
  }

  /** The server pushed back (429 or Retry-After) on a request sent under `ticket`. */
  pushedBack(ticket: Ticket, pauseMs: number): void {
    if (ticket.generation !== this.generation) return // this burst was answered already
    this.growing = false
    if (ticket.level <= 1) {
      // Even one at a time is too many right now: a rate limit. Everyone waits.
      this.pausedUntilMs = Math.max(this.pausedUntilMs, this.clock.nowMs() + pauseMs)
      this.change(1)
      return
    }
    const probeFailed = this.stable > 0 && ticket.level > this.stable
    this.failed = ticket.level
    if (probeFailed) {
      this.probeRun *= 2
      this.change(this.stable)
    } else {
      this.stable = 0
      this.change(Math.max(1, Math.floor(ticket.level / 2)))
    }
  }

  /** How many rounds at this level before the next one is tried. */
  private roundsBeforeRaise(): number {
    return this.failed !== undefined && this.current + 1 >= this.failed ? this.probeRun : 1
  }

  private change(limit: number): void {
    this.current = Math.min(this.maxConcurrency, Math.max(1, limit))
    this.generation++
    this.acceptedAtLevel = 0
    this.wakeWaiting()
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
