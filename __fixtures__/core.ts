/**
 * A stand-in for @actions/core, for running main in-process (jest.unstable_mockModule), as
 * actions/typescript-action does: inputs come from `inputs`, everything else is recorded. Like
 * @github/local-action's stand-in, it has no `ExitCode`: the failure paths tested with it are
 * the ones that once crashed there.
 */
import type * as core from '@actions/core'
import { jest } from '@jest/globals'

type Summary = typeof core.summary

export const inputs: Record<string, string> = {}
export const outputs: Record<string, string> = {}
export const summaries: string[] = []

export const getInput = jest.fn<typeof core.getInput>(name => inputs[name] ?? '')
export const setOutput = jest.fn<typeof core.setOutput>((name, value) => {
  outputs[name] = value
})
export const setSecret = jest.fn<typeof core.setSecret>()
export const isDebug = jest.fn<typeof core.isDebug>(() => false)
export const debug = jest.fn<typeof core.debug>()
export const info = jest.fn<typeof core.info>()
export const notice = jest.fn<typeof core.notice>()
export const warning = jest.fn<typeof core.warning>()
export const error = jest.fn<typeof core.error>()
export const startGroup = jest.fn<typeof core.startGroup>()
export const endGroup = jest.fn<typeof core.endGroup>()

/**
 * core.summary's addRaw and write, recording what is added. Summary has private fields, so no
 * stand-in is one by type: `asSummary` says so once, for the value the two methods return.
 */
export const summary = {
  addRaw: jest.fn<Summary['addRaw']>(markdown => {
    summaries.push(markdown)
    return asSummary()
  }),
  write: jest.fn<Summary['write']>(async () => asSummary())
}
const asSummary = (): Summary => summary as unknown as Summary

/** Clears what the last run recorded and sets the next run's inputs. */
export function reset(next: Record<string, string>): void {
  for (const record of [inputs, outputs]) {
    for (const key of Object.keys(record)) Reflect.deleteProperty(record, key)
  }
  Object.assign(inputs, next)
  summaries.length = 0
}
