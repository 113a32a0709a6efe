import type { ChildProcess } from 'node:child_process'
import { runBundle } from '../../script/run-bundle.js'
// Runs the bundle: refuses to, once per test file, when dist/ is stale.
import './fresh-dist.js'

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/** The GitHub context of a workflow_dispatch run, as the runner sets it. */
const RUNNER_CONTEXT = {
  GITHUB_WORKFLOW: 'e2e workflow',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_NUMBER: '17',
  GITHUB_REPOSITORY: 'acme/data-platform',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_SHA: 'abcdef0123456789',
  GITHUB_EVENT_NAME: 'workflow_dispatch'
}

/**
 * Runs the committed bundle as the runner does (see script/run-bundle.js), with nothing from
 * this environment but PATH: no proxy variables leak in unless a test passes them.
 */
export async function runAction(
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  watch?: (stdoutSoFar: string, child: ChildProcess) => void
): Promise<ActionRun> {
  const env = { PATH: process.env.PATH ?? '', ...RUNNER_CONTEXT, ...extraEnv }
  return runBundle(inputs, env, watch ? { watch } : {})
}

/** The ::error / ::warning / ::notice workflow commands a run printed. */
export function annotations(stdout: string, kind: 'error' | 'warning' | 'notice'): string[] {
  return stdout.split('\n').filter(line => line.startsWith(`::${kind}`))
}
