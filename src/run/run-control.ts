import { setMaxListeners } from 'node:events'
import { display, type DisplayText } from '../trust.js'

/** Why a run stopped starting triggers before its plan was done (run-budget.ts decides most). */
export type StopCause =
  'fail-fast' | 'unreachable' | 'invalid-http' | 'refused' | 'throttled' | 'cancelled' | 'crashed'

const NOT_RUN_REASONS: Record<StopCause, DisplayText> = {
  'fail-fast': display`not run: fail-fast stopped the run after a failure`,
  unreachable: display`not run: the platform is unreachable`,
  'invalid-http': display`not run: the platform's answers are not valid HTTP`,
  refused: display`not run: the platform refused the run's first triggers with the same answer`,
  throttled: display`not run: the platform refused every request for pace (429) for 2 min`,
  cancelled: display`not run: cancelled`,
  crashed: display`not run: the action stopped unexpectedly`
}

/**
 * One way to stop a run, whatever the cause: once stopped, no trigger or retry starts and every
 * wait (backoff, a server's pause) ends at once; aborting in-flight requests is a second step,
 * taken after a grace period on cancellation.
 */
export class RunControl {
  private readonly stopping = new AbortController()
  private readonly aborting = new AbortController()
  private firstCause: StopCause | undefined

  constructor() {
    // Every request and every wait of a run listens to these two signals: a pool of 32 is
    // not a leak, whatever Node's default of 10 listeners says.
    setMaxListeners(0, this.stopping.signal, this.aborting.signal)
  }

  stop(cause: StopCause): void {
    this.firstCause ??= cause
    this.stopping.abort()
  }

  /** Tears down requests still in flight (their triggers are reported as not run). */
  abortInFlight(): void {
    this.aborting.abort()
  }

  get cause(): StopCause | undefined {
    return this.firstCause
  }

  get stopped(): boolean {
    return this.stopping.signal.aborted
  }

  /** Aborted when the run stops: waits listen to it. */
  get stopSignal(): AbortSignal {
    return this.stopping.signal
  }

  /** Aborted when in-flight requests must end: requests listen to it. */
  get abortSignal(): AbortSignal {
    return this.aborting.signal
  }

  get notRunReason(): DisplayText {
    return NOT_RUN_REASONS[this.firstCause ?? 'cancelled']
  }
}
