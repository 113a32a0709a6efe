/** The one check that a run refused its inputs before it sent anything. */
import { expect } from '@jest/globals'
import { shown } from './leaks.js'
import { annotations, type ActionRun } from './run-action.js'

/** The title of every annotation that refuses an input. */
export const INVALID_INPUT_TITLE = 'AnyMetrics refresh input is invalid'

/** An annotation's text after its title: exact, or a matcher such as expect.stringContaining. */
export type ExpectedMessage = string | ReturnType<typeof expect.stringContaining>

/** A message that begins with `text`: the rest (a quoted path, a hint) is not checked. */
export function startingWith(text: string): ExpectedMessage {
  return expect.stringMatching(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
}

/**
 * The run refused its inputs before any request: the server got none, the step failed (exit 1)
 * with exactly one error annotation per message, in order, each titled as an invalid input; the
 * outputs say it failed, and nothing crashed (stderr empty, no stack trace anywhere).
 */
export function expectRefusedBeforeAnyRequest(
  run: ActionRun,
  server: { requests: readonly unknown[] },
  messages: readonly ExpectedMessage[]
): void {
  expect(server.requests).toEqual([])
  expect(run.exitCode).toBe(1)
  expect(annotations(run.stdout, 'error').map(titleAndMessage)).toEqual(
    messages.map(message => ({ title: INVALID_INPUT_TITLE, message }))
  )
  expect(run.outputs.success).toBe('false')
  expect(run.stderr).toBe('')
  expect(shown(run)).not.toMatch(/^\s+at /m)
}

function titleAndMessage(annotation: string): { title: string | undefined; message: string } {
  const [, title, message = annotation] = /^::error title=(.*?)::(.*)$/.exec(annotation) ?? []
  return { title, message }
}
