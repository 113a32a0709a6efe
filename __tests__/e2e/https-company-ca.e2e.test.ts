import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../../simulator/anymetrics-simulator.js'
import { startConnectProxy } from '../support/connect-proxy.js'
import { inputBuilder } from '../support/inputs.js'
import { expectRefusedBeforeAnyRequest } from '../support/refused.js'
import { annotations, runAction } from '../support/run-action.js'
import { createTestCa, type TestCa } from '../support/test-ca.js'

const SECRET = 'tls-credential-0ddba11'
const credentials = { tenantId: 'tn_tls', authType: 'TOKEN', authValue: SECRET }
const inputsFor = inputBuilder(credentials, { retries: '0' })

let ca: TestCa
let simulator: Simulator

beforeAll(() => {
  ca = createTestCa()
})
afterAll(() => ca.cleanup())
beforeEach(async () => {
  simulator = await startSimulator({
    ...credentials,
    tls: { key: ca.serverKey, cert: ca.serverCert }
  })
})
afterEach(async () => {
  await simulator.close()
})

describe('an HTTPS host signed by a company CA', () => {
  it('is trusted when ca-certificate gives the CA as PEM text', async () => {
    expect(simulator.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    const run = await runAction(inputsFor(simulator, { 'ca-certificate': ca.caPem }))
    expect(run.exitCode).toBe(0)
    expect(run.outputs.success).toBe('true')
    expect(simulator.requests).toHaveLength(1)
  })

  it('is trusted when ca-certificate gives the path of the PEM file', async () => {
    const run = await runAction(inputsFor(simulator, { 'ca-certificate': ca.caPath }))
    expect(run.exitCode).toBe(0)
    expect(simulator.requests).toHaveLength(1)
  })

  it('is trusted through an https_proxy tunnel too', async () => {
    const proxy = await startConnectProxy(simulator.port)
    try {
      const run = await runAction(
        inputsFor(simulator, {
          host: `https://anymetrics.internal:${simulator.port}`,
          'ca-certificate': ca.caPem
        }),
        { https_proxy: proxy.url }
      )
      expect(run.exitCode).toBe(0)
      expect(proxy.targets).toEqual([`anymetrics.internal:${simulator.port}`])
      expect(simulator.requests).toHaveLength(1)
    } finally {
      await proxy.close()
    }
  })

  it('is refused without ca-certificate, with advice, and not retried', async () => {
    const run = await runAction(inputsFor(simulator, { retries: '3' }))
    expect(run.exitCode).toBe(1)
    expect(simulator.requests).toHaveLength(0)
    expect(JSON.parse(run.outputs.results!)[0]).toMatchObject({ success: false, attempts: 1 })
    expect(annotations(run.stdout, 'error')[0]).toContain(
      'is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE): if a company CA signed it, pass that CA in ca-certificate'
    )
  })

  it('refuses a ca-certificate that is neither PEM nor a readable file, before any request', async () => {
    const run = await runAction(
      inputsFor(simulator, { 'ca-certificate': '/no/such/company-ca.pem' })
    )
    expectRefusedBeforeAnyRequest(run, simulator, [
      'Input "ca-certificate" must be PEM text or the path of a PEM file with at least one certificate; the file cannot be read (ENOENT); got "/no/such/company-ca.pem"'
    ])
  })
})
