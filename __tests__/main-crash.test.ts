/** main's crash path, in-process: a bug in the pool still leaves outputs, a summary, one line. */
import { describe, expect, it, jest } from '@jest/globals'
import * as core from '../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('../src/run/pool.js', () => ({
  runPool: async () => {
    throw new Error('worker bug\n::error::forged from a crash message')
  }
}))
const { run } = await import('../src/main.js')

describe('main when something unexpected throws', () => {
  it('closes the log group, sets outputs, writes a summary and fails with one annotation', async () => {
    process.env.GITHUB_STEP_SUMMARY = '/dev/null'
    core.reset({
      host: '127.0.0.1:9',
      'tenant-id': 'tn_main',
      'auth-type': 'TOKEN',
      'auth-value': 'crash-secret-1234',
      'table-name': 'starrocks.`default_catalog.sales`.p_order',
      partition: '2024-07-01'
    })
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
