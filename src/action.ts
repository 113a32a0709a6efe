/** The action's host: GitHub's runner, through @actions/core (inputs, sink, debug). */
// Why @actions/core stays a dependency: docs/decisions/0004-actions-core.md
import * as core from '@actions/core'
import { INPUT_NAMES, type RawInputs } from './inputs/parse-inputs.js'
import { requireWritableFile, type Sink } from './report/sink.js'
import { run } from './main.js'

/** Runs the action as a runner step: inputs from INPUT_*, lines as runner commands. */
export async function runAction(): Promise<void> {
  await run({
    inputs: readRawInputs(),
    sink: coreSink(),
    debug: core.isDebug(),
    contextEnv: process.env
  })
}

function readRawInputs(): RawInputs {
  const entries = INPUT_NAMES.map(name => [name, core.getInput(name)] as const)
  return Object.fromEntries(entries) as RawInputs
}

/** @actions/core as the printer's sink. The exit code is set directly, not via core.ExitCode. */
function coreSink(): Sink {
  return {
    setSecret: core.setSecret,
    debug: core.debug,
    info: core.info,
    // The runner's log has no line to rewrite: progress is a log line like any other.
    progress: core.info,
    notice: message => core.notice(message),
    warning: message => core.warning(message),
    error: (message, properties) => core.error(message, properties),
    startGroup: core.startGroup,
    endGroup: core.endGroup,
    setOutput: (name, value) => {
      requireWritableFile(process.env.GITHUB_OUTPUT)
      core.setOutput(name, value)
    },
    writeSummary: async markdown => {
      if (!process.env.GITHUB_STEP_SUMMARY) return
      requireWritableFile(process.env.GITHUB_STEP_SUMMARY)
      await core.summary.addRaw(markdown).write()
    },
    fail: () => {
      process.exitCode = 1
    }
  }
}
