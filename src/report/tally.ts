import { isAccepted, type TriggerResult } from '../run/trigger.js'

export interface Tally {
  /** Accepted, now or by an earlier attempt (resume-file). */
  succeeded: TriggerResult[]
  /** Of those, the ones an earlier attempt got accepted. */
  acceptedEarlier: TriggerResult[]
  failed: TriggerResult[]
  notRun: TriggerResult[]
  /** Sent, then torn down by cancellation: the platform may have started them. */
  unknown: TriggerResult[]
}

/** Triggers that ran and failed (those never sent are not failures). */
function failedResults(results: readonly TriggerResult[]): TriggerResult[] {
  return results.filter(result => result.status === 'failed')
}

export function tally(results: readonly TriggerResult[]): Tally {
  return {
    succeeded: results.filter(isAccepted),
    acceptedEarlier: results.filter(result => result.status === 'accepted-earlier'),
    failed: failedResults(results),
    notRun: results.filter(result => result.status === 'not-run'),
    unknown: results.filter(result => result.status === 'unknown')
  }
}
