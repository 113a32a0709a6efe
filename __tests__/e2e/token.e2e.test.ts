/** An API key pair instead of a six-hour token: the bundle gets a TOKEN, then triggers with it. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Fault, type Simulator } from '../../simulator/anymetrics-simulator.js'
import { inputBuilder, TABLE } from '../support/inputs.js'
import { expectNoSecretIn } from '../support/leaks.js'
import { expectRefusedBeforeAnyRequest, startingWith } from '../support/refused.js'
import { annotations, runAction } from '../support/run-action.js'

const APP_SECRET = 'app-secret-9c41d2-DO-NOT-LEAK'
const TOKEN = 'issued-token-5e77a0b1c2'
const platform = { tenantId: 'tn_key', appId: 'ak-1001', appSecret: APP_SECRET, tokenValue: TOKEN }
const inputsFor = inputBuilder(platform, { partition: '2024-07-17..2024-07-18', retries: '0' })

let simulator: Simulator | undefined
afterEach(async () => {
  await simulator?.close()
  simulator = undefined
})

async function start(
  options: { faults?: Fault[]; refuseTokens?: boolean; tableFaults?: Record<string, Fault> } = {}
) {
  simulator = await startSimulator({ ...platform, authValue: 'not-this-one', ...options })
  return simulator
}

/** The key's secret and the token it is exchanged for, in any form a leak would take. */
const SECRETS = [APP_SECRET, TOKEN]

describe('an API key pair', () => {
  it('is exchanged once for a token, which every trigger then carries', async () => {
    const server = await start()
    const run = await runAction(inputsFor(server), { ACTIONS_STEP_DEBUG: 'true' })
    expect(run.exitCode).toBe(0)
    const [tokenRequest, ...triggers] = server.requests
    expect(tokenRequest!.path).toBe('/anymetrics/api/v1/token/create')
    expect(tokenRequest!.body).toEqual({ appId: platform.appId, appSecret: APP_SECRET })
    expect(tokenRequest!.headers['auth-value']).toBeUndefined()
    expect(triggers).toHaveLength(2)
    for (const trigger of triggers) {
      expect(trigger.headers).toMatchObject({ 'auth-type': 'TOKEN', 'auth-value': TOKEN })
    }
    // Masked before anything else is printed: the secret first, the token as it arrives.
    expect(run.stdout.indexOf(`::add-mask::${APP_SECRET}`)).toBe(0)
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
    expectNoSecretIn(run, SECRETS)
  })

  it('states in the debug log how long the run can take by its inputs', async () => {
    const server = await start()
    const run = await runAction(inputsFor(server), { ACTIONS_STEP_DEBUG: 'true' })
    // A token, then both triggers at once: two series of one 30 s request each (retries: 0).
    expect(run.stdout).toContain(
      '::debug::By its inputs, this run ends within 1.0 min (README: Retries and timeouts)'
    )
  })

  it('masks the token even when the platform echoes it back', async () => {
    const server = await start({
      tableFaults: {
        [TABLE]: {
          body: {
            code: '401',
            succeed: false,
            traceId: 'tr-echo',
            errorMsg: `token ${TOKEN} rejected`
          }
        }
      }
    })
    const run = await runAction(inputsFor(server), { ACTIONS_STEP_DEBUG: 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs['error-message']).toContain('token *** rejected')
    expectNoSecretIn(run, SECRETS)
  })

  it('that the platform refuses fails with one annotation naming the token step, and no trigger', async () => {
    const server = await start({ refuseTokens: true })
    const run = await runAction(inputsFor(server))
    expect(run.exitCode).toBe(1)
    expect(server.requests.map(request => request.path)).toEqual([
      '/anymetrics/api/v1/token/create'
    ])
    const traceId = server.requests[0]!.response.traceId as string
    expect(annotations(run.stdout, 'error')).toEqual([
      `::error title=AnyMetrics refresh failed::Could not get a token from token/create with app-id and app-secret: invalid appId or appSecret (traceId ${traceId}); no trigger was sent`
    ])
    expect(run.outputs).toMatchObject({ success: 'false', results: '[]' })
    expect(run.summary).toContain('Could not get a token')
  })

  it('is not shown when the refusal echoes the secret', async () => {
    const server = await start({
      faults: [
        {
          body: {
            success: false,
            code: '401',
            traceId: 'tr-t',
            errorMsg: `bad secret ${APP_SECRET}`
          }
        }
      ]
    })
    const run = await runAction(inputsFor(server), { ACTIONS_STEP_DEBUG: 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs['error-message']).toContain('bad secret ***')
    expectNoSecretIn(run, SECRETS)
  })

  it('counts only a token answer with a non-empty string in data', async () => {
    const server = await start({
      faults: [{ body: { success: true, code: '200', traceId: 'tr-n', data: '' } }]
    })
    const run = await runAction(inputsFor(server))
    expect(run.exitCode).toBe(1)
    expect(run.outputs['error-message']).toContain(
      'the token answer has no token (a non-empty string) in data'
    )
    expect(server.requests).toHaveLength(1)
  })

  it.each([
    [{ 'app-secret': '' }, ['Input "app-secret" is required with app-id (the API key secret)']],
    [
      { 'auth-type': 'TOKEN', 'auth-value': 'x' },
      ['Input "app-id" cannot be combined with auth-type and auth-value']
    ]
  ])('%j is refused before any request', async (overrides, messages) => {
    const server = await start()
    const run = await runAction(inputsFor(server, overrides))
    expectRefusedBeforeAnyRequest(run, server, messages.map(startingWith))
  })
})
