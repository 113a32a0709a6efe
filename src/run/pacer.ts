/**
 * Pacing in time, for a platform that limits its rate: when even one request in flight is
 * refused, sends are spaced by an estimate of the allowed rate. The estimate starts from what
 * the platform accepted lately, rises while it is what holds the sends back (fast at first,
 * then slowly) and falls once per burst of push-back, so a gateway's token bucket is followed
 * instead of being met with a burst after every pause. Pure apart from the injected clock.
 *
 * **A cut must pay off.** Some platforms refuse a share of requests whatever the rate (a busy
 * backend, a gateway shedding load at random). Cutting for those refusals changes nothing, and
 * cut after cut drove the rate to its floor: with every other answer a 429, 40 triggers took
 * 72 s. So cuts are a trial. The first goes down to the rate the platform accepted (the share
 * refused taken off: 15% to half); while requests sent after a cut are still refused, each
 * burst cuts 15% more, down to half the rate sent when the trial began. The next 12 answers are
 * then judged against the share refused before the trial (both above any share tolerated):
 *
 * - **A quarter of it or less** (or none refused): the refusals depended on the rate, as a
 *   token bucket's do. The cuts stay, and the platform is known to limit its rate.
 * - **Down by a third or more:** the cuts stay, but a later trial that fails undoes them too.
 * - **Up by 0.3 or more:** the limit fell meanwhile; a new trial begins at once.
 * - **About the same:** the refusals do not depend on the rate. The cuts are undone and that
 *   share (the lower of before and after) is tolerated: a refused share up to 0.25 above it
 *   neither slows the pool nor lowers the throttle's level, and a share above that (a limit on
 *   top of it) starts a trial. If no trial ever clearly paid off, pacing itself did not either:
 *   the pool goes unpaced, and is paced again, where it was left, once the share rises.
 *
 * Shares are noisy over a few answers: a trial that leaves fewer than 3 refusals is kept, and
 * the trials' thresholds are wide. What is left is chance: with half the answers refused at
 * random, some trigger meets 6 refusals in a row about half the time, whatever the pool does.
 */

/** Requests a second the estimate never goes below. */
// Why a cut must pay off: docs/decisions/0008-pacer-trials.md
import type { RetryStage } from './retry-loop.js'

const MIN_RATE = 0.5
/** How far back acceptances count for the first estimate, and the shortest span they cover. */
const WINDOW_MS = 2000
const MIN_SPAN_MS = 250
/** Growth per answer while the estimate holds the sends back: multiplicative, then additive. */
const START_GROWTH = 1.05
const STEADY_GROWTH = 0.05
/** What one cut leaves of the rate: at most this much, and at least half. */
const CUT = 0.85
const DEEPEST_CUT = 0.5
/** The latest answers the refused share is measured over, and the fewest a trial starts on. */
const SHARE_WINDOW = 16
const MIN_ANSWERS = 8
/** Answers to requests sent after the last cut that judge a trial. */
const TRIAL_ANSWERS = 12
/** The fewest refusals after the cuts that can show a trial did not pay off. */
const MIN_EVIDENCE = 3
/** A share this much higher after the cuts than before them: the limit fell meanwhile. */
const RISE = 0.3
/** How far above the tolerated share the refused share must be to start a trial. */
const MARGIN = 0.25
/** The latest sends the rate actually sent is measured over. */
const RATE_SENDS = 8

/** The run's stage as the pace needs it: its time, waits that a stop ends, and the stop. */
export type PaceStage = Pick<RetryStage, 'nowMs' | 'sleep' | 'stopped'>

/** Cuts on trial: the share refused before them, how low they may go, and the answers since. */
interface Trial {
  shareBefore: number
  floor: number
  answers: number
  refused: number
}

export class Pacer {
  /** Requests a second; undefined while unpaced. */
  private rate: number | undefined
  private nextSendMs = 0
  private steady = false
  /** Requests sent before this moment belong to a burst already answered with a cut. */
  // Stryker disable next-line UnaryOperator: read only once paced, and pacing sets it first
  private lastCutMs = -Infinity
  /** When the latest acceptances came. */
  private readonly recent: number[] = []
  /** When the latest requests were sent (turns booked ahead included). */
  private readonly sends: number[] = []
  /** The latest turn had to wait: the estimate is what holds the sends back. */
  // Stryker disable next-line BooleanLiteral: every answer is to a request whose turn set it first
  private limiting = false
  /** The latest answers since pacing began, true for a refusal. */
  // Stryker disable next-line ArrayDeclaration: pacing begins by keeping only its own refusal
  private readonly answers: boolean[] = []
  /** The refused share found not to depend on the rate. */
  private tolerated = 0
  private trial: Trial | undefined
  /** What the cuts since the last clear payoff undo to, should a trial fail. */
  private undo: { rate: number; steady: boolean } | undefined
  /** A trial has clearly paid off: the platform limits its rate, and pacing is kept. */
  private proven = false
  /** The rate pacing was left at when it did not pay off; paced again, it resumes there. */
  private resumeRate = 0

  constructor(private readonly clock: PaceStage) {}

  /** Pacing, or watching the refused share since pacing did not pay off: it judges push-back. */
  get engaged(): boolean {
    return this.rate !== undefined || this.tolerated > 0
  }

  /** Waits for this request's turn (at once while unpaced, or once the run has stopped). */
  async turn(): Promise<number> {
    const now = this.clock.nowMs()
    let at = now
    if (this.rate !== undefined) {
      at = Math.max(now, this.nextSendMs)
      this.nextSendMs = at + 1000 / this.rate
    }
    this.sends.push(at)
    if (this.sends.length > 2 * RATE_SENDS) this.sends.shift()
    this.limiting = at > now
    if (at > now && !this.clock.stopped()) await this.clock.sleep(at - now)
    return this.clock.nowMs()
  }

  /** The platform accepted a request sent at `sentMs`. */
  accepted(sentMs: number): void {
    const now = this.clock.nowMs()
    this.recent.push(now)
    this.lately(now) // forgets the older ones
    if (!this.engaged) return
    this.grow()
    this.record(sentMs, false)
  }

  /**
   * A request sent at `sentMs` was refused with even one at a time, or while engaged: pace, or
   * pace slower (once per burst), unless the refused share is one found not to depend on the
   * rate. The first time, the estimate is what the platform accepted lately; with nothing
   * accepted, one request per pause the platform asked for (Retry-After), the first after that
   * pause. Returns false for a refusal tolerated, which changes nothing.
   */
  pushedBack(sentMs: number, pauseMs: number): boolean {
    const now = this.clock.nowMs()
    if (this.rate === undefined) {
      this.record(sentMs, true)
      // (Nothing tolerated before pacing ever began: the one answer kept is this refusal.)
      if (this.share() <= this.tolerated + MARGIN) return false
      const lately = this.lately(now)
      // Over the time those acceptances took (a run younger than the window counts as young).
      const spanMs = Math.max(MIN_SPAN_MS, now - (lately[0] ?? now))
      const estimate = lately.length > 0 ? (lately.length * 1000) / spanMs : 1000 / pauseMs
      this.rate = Math.max(MIN_RATE, estimate, this.resumeRate)
      // Judged on the answers from now on (paced again after pacing did not pay off).
      this.answers.splice(0, this.answers.length - 1)
      this.lastCutMs = now
      this.nextSendMs = now + (lately.length > 0 ? 1000 / this.rate : pauseMs)
      return true
    }
    if (this.record(sentMs, true) || sentMs < this.lastCutMs) return true
    if (this.trial) {
      // Refused again after a cut: deeper, down to the floor, then no more until judged.
      if (this.rate * CUT >= this.trial.floor) this.cut(this.trial.shareBefore, CUT)
      else this.trial.floor = Infinity
      return true
    }
    if (this.answers.length < MIN_ANSWERS) return true
    const share = this.share()
    if (this.tolerated > 0 && share <= this.tolerated + MARGIN) {
      this.grow() // a refusal that does not depend on the rate says nothing against it
      return false
    }
    this.cutToAccepted(share)
    return true
  }

  /** The acceptances of the last WINDOW_MS, the older ones forgotten. */
  private lately(now: number): number[] {
    while ((this.recent[0] ?? now) < now - WINDOW_MS) this.recent.shift()
    return this.recent
  }

  /**
   * Only while the estimate is what holds the sends back: a rate that is not used proves
   * nothing (the pool may be waiting out retries), and a cut from it would not bite.
   */
  private grow(): void {
    if (this.rate === undefined || !this.limiting) return
    this.rate = this.steady ? this.rate + STEADY_GROWTH : this.rate * START_GROWTH
  }

  /** Keeps an answer; true when it ended a trial, which then did what was needed. */
  private record(sentMs: number, refused: boolean): boolean {
    this.answers.push(refused)
    if (this.answers.length > SHARE_WINDOW) this.answers.shift()
    const trial = this.trial
    if (!trial || sentMs < this.lastCutMs) return false
    trial.answers++
    if (refused) trial.refused++
    if (trial.answers < TRIAL_ANSWERS) return false
    this.trial = undefined
    this.judge(trial)
    return true
  }

  private share(): number {
    return this.answers.filter(Boolean).length / this.answers.length
  }

  /** Requests a second actually sent over the latest sends; Infinity while too few to tell. */
  private sentRate(): number {
    const now = this.clock.nowMs()
    const sent = this.sends.filter(at => at <= now).slice(-RATE_SENDS)
    if (sent.length < RATE_SENDS) return Infinity
    // All at once, or out of order (turns booked ahead, then pacing ended): nothing to tell either.
    const spanMs = Math.max(0, (sent.at(-1) ?? now) - (sent[0] ?? now))
    return ((RATE_SENDS - 1) * 1000) / spanMs
  }

  /** Cuts to the share accepted above the tolerated one (15% to half). */
  private cutToAccepted(share: number): void {
    this.cut(share, (1 - share) / (1 - this.tolerated))
  }

  /**
   * Cuts by `factor` (15% to half), on trial; a new trial's floor is half the rate sent, or of
   * the estimate when that is lower or the rate sent is not known.
   */
  private cut(shareBefore: number, factor: number): void {
    const rate = this.rate ?? MIN_RATE
    const floor = Math.max(MIN_RATE, Math.min(rate, this.sentRate()) * DEEPEST_CUT)
    this.undo ??= { rate, steady: this.steady }
    this.trial = { shareBefore, floor: this.trial?.floor ?? floor, answers: 0, refused: 0 }
    this.rate = Math.max(MIN_RATE, rate * Math.min(CUT, Math.max(DEEPEST_CUT, factor)))
    this.steady = true
    this.lastCutMs = this.clock.nowMs()
  }

  private judge(trial: Trial): void {
    const share = trial.refused / trial.answers
    // Both measured above the share that does not depend on the rate.
    const before = trial.shareBefore - this.tolerated
    const after = share - this.tolerated
    // (None refused is a quarter of any share: every trial began on one above the tolerated.)
    if (after <= before / 4) {
      this.tolerated = Math.min(this.tolerated, share)
      this.undo = undefined
      this.proven = true
    } else if (after < (before * 2) / 3 || trial.refused < MIN_EVIDENCE) {
      // Kept; undone with the cuts before it should a later trial fail.
    } else if (share >= trial.shareBefore + RISE) {
      this.undo = undefined
      this.cutToAccepted(share)
    } else {
      const undo = this.undo ??
        // Stryker disable next-line ObjectLiteral,LogicalOperator: for the type checker: a trial's cut set undo, and only a judgement clears it
        { rate: this.rate ?? MIN_RATE, steady: this.steady }
      this.undo = undefined
      this.tolerated = Math.min(share, trial.shareBefore)
      this.steady = undo.steady
      if (this.proven) {
        this.rate = Math.max(this.rate ?? MIN_RATE, undo.rate)
      } else {
        this.rate = undefined
        this.resumeRate = undo.rate
      }
    }
  }
}
