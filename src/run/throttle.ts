import { Pacer, type PaceStage } from './pacer.js'

/** What a request was sent under, so that its answer is judged against the right level. */
export interface Ticket {
  generation: number
  level: number
  /** Sent with every slot in use: its acceptance says the level itself holds. */
  full: boolean
  /** When it was sent: a pacing cut counts once per burst. */
  sentMs: number
}

/** Full rounds at the last good level before a level that failed is tried again, at first. */
const FIRST_PROBE_RUN = 2

/**
 * Finds and keeps the server's pace, shared by all workers of a run.
 *
 * - **Start at full concurrency**, and after a push-back grow by one per full round of accepted
 *   requests (a round counts only requests sent with every slot in use).
 * - **Back off once per burst:** the first push-back at a level lowers it to what the server
 *   accepted of that burst, at most half of it; the others of that burst (requests sent before
 *   the change, same generation) change nothing more.
 * - **Remember the level that failed:** a level that was refused is probed again only after a
 *   run of accepted requests that doubles with each failed probe, and a failed probe returns to
 *   the last good level instead of halving. A server that caps requests in flight is thus held
 *   at its cap without the pool ever stopping.
 * - **Pace in time for a rate limit:** when the server refuses even one request at a time, the
 *   level drops to one and sends are spaced in time by the `Pacer` (the first paced send waits
 *   the pause the server asked for, when nothing was accepted lately): no pause-then-burst.
 *   Refusals the pacer finds do not depend on the rate (a share refused at any rate) neither
 *   slow the pool nor lower the level.
 *
 * Each refused request waits for its own retry (retry-policy), not the pool.
 */
export class Throttle {
  private current: number
  private inFlight = 0
  private generation = 0
  private acceptedAtLevel = 0
  /** Accepted in this generation, window full or not: what the server took of the last burst. */
  private acceptedInGeneration = 0
  /** The highest level that had a full round accepted. */
  private stable = 0
  /** The lowest level refused since; probed again only after `probeRun` rounds. */
  private failed: number | undefined
  private probeRun = FIRST_PROBE_RUN
  private readonly waiting: Array<() => void> = []
  private readonly pacer: Pacer

  constructor(
    private readonly maxConcurrency: number,
    private readonly clock: PaceStage
  ) {
    this.current = maxConcurrency
    this.pacer = new Pacer(clock)
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
    // The pacer's wait ends at once when the run stops: nothing can spin on a sleep that
    // returns early.
    const sentMs = await this.pacer.turn()
    return {
      generation: this.generation,
      level: this.current,
      full: this.inFlight >= this.current,
      sentMs
    }
  }

  release(): void {
    this.inFlight--
    this.wakeWaiting()
  }

  /** The server answered without pushing back. */
  accepted(ticket: Ticket): void {
    this.pacer.accepted(ticket.sentMs)
    if (ticket.generation === this.generation) this.acceptedInGeneration++
    // Only a request sent with the window full proves the level: while workers wait out their
    // own retries, fewer are in flight, and their acceptance says nothing about more.
    if (ticket.generation !== this.generation || !ticket.full) return
    if (++this.acceptedAtLevel < this.current * this.roundsBeforeRaise()) return
    this.stable = Math.max(this.stable, this.current)
    if (this.current >= (this.failed ?? Infinity)) {
      // The level that once failed held for its probe's run: the server has room again.
      this.failed = undefined
      this.probeRun = FIRST_PROBE_RUN
    }
    // At the top the count runs on: there is no level above to earn.
    if (this.current < this.maxConcurrency) this.change(this.current + 1)
  }

  /** The server pushed back (429 or Retry-After) on a request sent under `ticket`. */
  pushedBack(ticket: Ticket, pauseMs: number): void {
    if (ticket.level <= 1 || this.pacer.engaged) {
      // Even one at a time is too many: a rate limit. Sends are paced in time from now on
      // (the refused request waits its own Retry-After); the pool pauses only until then.
      // Once pacing is under way, or found not to pay off, the pacer judges every push-back,
      // and one it tolerates (a share refused whatever the rate) changes nothing here either.
      const counted = this.pacer.pushedBack(ticket.sentMs, pauseMs)
      if (counted && ticket.generation === this.generation) this.change(1)
      return
    }
    if (ticket.generation !== this.generation) return // this burst was answered already
    const probeFailed = this.stable > 0 && ticket.level > this.stable
    this.failed = ticket.level
    if (probeFailed) {
      this.probeRun *= 2
      this.change(this.stable)
    } else {
      // What the server accepted of this burst is what it holds; never more than half.
      const half = Math.floor(ticket.level / 2)
      const held = this.acceptedInGeneration
      this.stable = 0
      this.change(held > 0 ? Math.min(held, half) : half)
    }
  }

  /** How many rounds at this level before the next one is tried. */
  private roundsBeforeRaise(): number {
    return this.current + 1 >= (this.failed ?? Infinity) ? this.probeRun : 1
  }

  private change(limit: number): void {
    this.current = Math.min(this.maxConcurrency, Math.max(1, limit))
    // Stryker disable next-line UpdateOperator: generations are only compared for equality
    this.generation++
    this.acceptedAtLevel = 0
    this.acceptedInGeneration = 0
    this.wakeWaiting()
  }

  /** Woken waiters re-check for a slot, so waking one too many is harmless. */
  private wakeWaiting(): void {
    // Stryker disable next-line ArithmeticOperator: waking them all only costs re-checks
    const free = this.current - this.inFlight
    // splice takes none for a count of 0 or below.
    this.waiting.splice(0, free).forEach(resolve => resolve())
  }
}
