/** main, in-process, with @actions/core replaced by a fixture and a real loopback simulator. */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../__fixtures__/core.js'
import { startSimulator, type Simulator } from '../simulator/anymetrics-simulator.js'
import { inputBuilder } from './support/inputs.js'

jest.unstable_mockModule('@actions/core', () => core)
const { runAction: run } = await import('../src/action.js')

const SECRET = 'in-process-secret-1234'
const credentials = { tenantId: 'tn_main', authType: 'TOKEN', authValue: SECRET }
const inputsFor = inputBuilder(credentials, { partition: '2024-07-01', retries: '0' })
let simulator: Simulator

beforeEach(async () => {
  simulator = await startSimulator(credentials)
  process.env.GITHUB_STEP_SUMMARY = '/dev/null'
  process.exitCode = undefined
})
afterEach(async () => {
  await simulator.close()
  delete process.env.GITHUB_STEP_SUMMARY
  process.exitCode = undefined
})

describe('main', () => {
  it('masks the credential before it logs anything, and succeeds', async () => {
    core.reset(inputsFor(simulator))
    await run()
    expect(core.setSecret).toHaveBeenCalledWith(SECRET)
    expect(core.setSecret.mock.invocationCallOrder[0]).toBeLessThan(
      core.startGroup.mock.invocationCallOrder[0]!
    )
    expect(core.outputs.success).toBe('true')
    expect(process.exitCode).toBeUndefined()
  })

  it('makes at most 10 failure annotations, the last saying how many more and where', async () => {
    // Twelve different reasons: one annotation each, up to the cap.
    const tables = Array.from({ length: 12 }, (_, i) => `starrocks.\`default_catalog.sales\`.t${i}`)
    await simulator.close()
    simulator = await startSimulator({
      ...credentials,
      tableFaults: Object.fromEntries(
        tables.map(table => [table, { body: { succeed: false, errorMsg: `broken ${table}` } }])
      )
    })
    core.reset(inputsFor(simulator, { 'table-name': tables.join(',') }))
    await run()
    const errors = core.error.mock.calls
    expect(errors).toHaveLength(10)
    expect(errors[9]![0]).toBe(
      '3 more failures: see the job summary, the error-message output and the log'
    )
    expect(
      errors.every(([, properties]) => properties?.title === 'AnyMetrics refresh failed')
    ).toBe(true)
    expect(core.outputs['failed-count']).toBe('12')
    expect(process.exitCode).toBe(1)
  })

  it('reports every refused input before any request', async () => {
    core.reset(inputsFor(simulator, { retries: 'many' }))
    await run()
    expect(core.error).toHaveBeenCalledTimes(1)
    expect(core.error.mock.calls[0]![0]).toBe(
      'Input "retries" must be a whole number from 0 to 10; got "many"'
    )
    expect(simulator.requests).toHaveLength(0)
    expect(process.exitCode).toBe(1)
  })
})
