/**
 * A stand-in for @actions/core, for running main in-process (jest.unstable_mockModule), as
 * actions/typescript-action does: inputs come from `inputs`, everything else is recorded. Like
 * @github/local-action's stand-in, it has no `ExitCode`: the failure paths tested with it are
 * the ones that once crashed there.
 */
import { jest } from '@jest/globals'

export const inputs: Record<string, string> = {}
export const outputs: Record<string, string> = {}
export const summaries: string[] = []

export const getInput = jest.fn((name: string) => inputs[name] ?? '')
export const setOutput = jest.fn((name: string, value: string) => {
  outputs[name] = value
})
export const setSecret = jest.fn<(value: string) => void>()
export const isDebug = jest.fn(() => false)
export const debug = jest.fn<(message: string) => void>()
export const info = jest.fn<(message: string) => void>()
export const notice = jest.fn<(message: string) => void>()
export const warning = jest.fn<(message: string) => void>()
export const error = jest.fn<(message: string, properties?: { title?: string }) => void>()
export const startGroup = jest.fn<(name: string) => void>()
export const endGroup = jest.fn<() => void>()
export const summary = {
  addRaw: jest.fn((markdown: string) => {
    summaries.push(markdown)
    return summary
  }),
  write: jest.fn(async () => summary)
}

/** Clears what the last run recorded and sets the next run's inputs. */
export function reset(next: Record<string, string>): void {
  for (const record of [inputs, outputs]) {
    for (const key of Object.keys(record)) Reflect.deleteProperty(record, key)
  }
  Object.assign(inputs, next)
  summaries.length = 0
}
