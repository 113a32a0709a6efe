/** main's crash path, in-process: a bug in the pool still leaves outputs, a summary, one line. */
import { describe, expect, it, jest } from '@jest/globals'
import * as core from '../__fixtures__/core.js'
import { inputBuilder } from './support/inputs.js'

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('../src/run/pool.js', () => ({
  runPool: async () => {
    throw new Error('worker bug\n::error::forged from a crash message')
  }
}))
const { runAction: run } = await import('../src/action.js')

describe('main when something unexpected throws', () => {
  it('closes the log group, sets outputs, writes a summary and fails with one annotation', async () => {
    process.env.GITHUB_STEP_SUMMARY = '/dev/null'
    const credentials = { tenantId: 'tn_main', authType: 'TOKEN', authValue: 'crash-secret-1234' }
    core.reset(inputBuilder(credentials, { partition: '2024-07-01' })('127.0.0.1:9'))
    try {
      await run()
      expect(core.startGroup).toHaveBeenCalledTimes(1)
      expect(core.endGroup).toHaveBeenCalledTimes(1)
      expect(core.error.mock.calls).toEqual([
        [
          'anymetrics-refresh stopped unexpectedly: worker bug ::error::forged from a crash message',
          { title: 'AnyMetrics refresh failed' }
        ]
      ])
      expect(core.outputs).toMatchObject({ success: 'false', 'succeeded-count': '0' })
      expect(core.summaries.join('')).toContain('stopped unexpectedly')
      expect(process.exitCode).toBe(1)
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY
      process.exitCode = undefined
    }
  })
})
