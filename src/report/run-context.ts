import type { DisplayText, TrustBoundary } from '../trust.js'

/**
 * Where the run happened, for the job summary (no link to the run: the reader is on its page);
 * every value crossed the trust boundary.
 */
export interface RunContext {
  workflow?: DisplayText
  runNumber?: DisplayText
  sha?: DisplayText
  event?: DisplayText
}

/** The run's context from the runner's GITHUB_* variables, for the summary. */
export function runContext(
  env: Record<string, string | undefined>,
  boundary: TrustBoundary
): RunContext {
  const shown = (name: string): DisplayText | undefined => {
    const value = env[name]
    return value ? boundary.text(value, 200) : undefined
  }
  return {
    workflow: shown('GITHUB_WORKFLOW'),
    runNumber: shown('GITHUB_RUN_NUMBER'),
    sha: shown('GITHUB_SHA'),
    event: shown('GITHUB_EVENT_NAME')
  }
}
