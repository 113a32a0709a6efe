/**
 * Issue 7's cases, each on the committed bundle against loopback servers: nothing the platform
 * or an input says can leak a secret or speak to the runner.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import { startSimulator, type Fault, type Simulator } from '../../simulator/anymetrics-simulator.js'
import { inputBuilder, TABLE } from '../support/inputs.js'
import { expectNoSecretIn, shown } from '../support/leaks.js'
import { expectRefusedBeforeAnyRequest, startingWith } from '../support/refused.js'
import { annotations, runAction, type ActionRun } from '../support/run-action.js'
import { commandCounts, foreignCommands } from '../support/runner-commands.js'

const SECRET = 'sk-Live  With<b>Spaces-7f3a9c1e0d'
const credentials = { tenantId: 'tn_trust', authType: 'APIKEY', authValue: SECRET }
const inputsFor = inputBuilder(credentials, { retries: '0' })

let simulator: Simulator | undefined
afterEach(async () => {
  await simulator?.close()
  simulator = undefined
})

async function start(faults: Fault[] = []): Promise<Simulator> {
  simulator = await startSimulator({ ...credentials, faults })
  return simulator
}

function expectOnlyOwnCommands(run: ActionRun, expected: Record<string, number>) {
  expect(foreignCommands(run.stdout)).toEqual([])
  const counts = commandCounts(run.stdout)
  for (const [name, count] of Object.entries(expected))
    expect([name, counts[name] ?? 0]).toEqual([name, count])
}

describe('workflow-command injection', () => {
  it.each([
    ['a traceId with a line break', { traceId: 'tr-1\n::error::forged by traceId' }],
    ['a traceId with a bare CR', { traceId: 'tr-1\r::warning::forged' }],
    ['an errorMsg holding ##[', { errorMsg: 'nope ##[error]forged ##[add-mask]x' }],
    ['an errorMsg that starts a line', { errorMsg: '\n::add-mask::the-log\n::stop-commands::t' }],
    ['ANSI escapes and a bell', { errorMsg: '\u001b[31mred\u001b[0m\u0007 and \u009b2J' }]
  ])('%s reaches no sink as a command or a control character', async (_what, fields) => {
    const server = await start([
      { body: { code: '500', succeed: false, traceId: 'tr-1', errorMsg: 'refused', ...fields } }
    ])
    const run = await runAction(inputsFor(server))
    expect(run.exitCode).toBe(1)
    expectOnlyOwnCommands(run, { error: 1, warning: 0, notice: 0 })
    expect(run.outputs['trace-id']).not.toMatch(/[\r\n]/)
    // eslint-disable-next-line no-control-regex
    expect(shown(run)).not.toMatch(/[\u0007\u001b\u009b]/)
    const rows = run.summary.split('\n').filter(line => line.startsWith(`| \`\` ${TABLE}`))
    expect(rows).toHaveLength(1)
  })

  it('a table name that starts with :: or holds ##[ forges nothing', async () => {
    const server = await start()
    const run = await runAction(
      inputsFor(server, { 'table-name': '::warning::x.`c.s`.t, ##[error]y.`c.s`.t' })
    )
    expectOnlyOwnCommands(run, { warning: 0 })
    expect(annotations(run.stdout, 'error').every(line => line.startsWith('::error title='))).toBe(
      true
    )
  })
})

describe('secrets in altered form', () => {
  it.each([
    ['with its spaces collapsed and a tag removed', (s: string) => `<p>key: ${s}</p>`],
    [
      'as its first 150 characters past the cut',
      (s: string) => `<p>${'x'.repeat(50)} ${s.repeat(6)}</p>`
    ],
    ['URL-encoded', (s: string) => `<p>${encodeURIComponent(s)}</p>`],
    ['base64', (s: string) => `<p>Basic ${Buffer.from(`robot:${s}`).toString('base64')}</p>`],
    ['HTML-escaped', (s: string) => `<p>${s.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`]
  ])('an error page echoing the credential %s shows ***', async (_what, page) => {
    const server = await start([{ status: 502, raw: `<html><body>${page(SECRET)}</body></html>` }])
    const run = await runAction(inputsFor(server), { ACTIONS_STEP_DEBUG: 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs['error-message']).toContain('***')
    expectNoSecretIn(run, [SECRET])
  })

  it('a JSON answer echoing it in every field, nested deep, shows ***', async () => {
    const echo = { nested: [{ key: SECRET, url: encodeURIComponent(SECRET) }] }
    const server = await start([
      { body: { succeed: false, code: SECRET, traceId: SECRET, data: echo, errorMsg: echo } }
    ])
    const run = await runAction(inputsFor(server))
    expect(run.exitCode).toBe(1)
    expectNoSecretIn(run, [SECRET])
  })
})

describe('credentials in host', () => {
  /** A platform that accepts, and echoes the credential back in `data`. */
  const echoing = (secret: string): Fault[] => [
    { body: { code: '200', succeed: true, traceId: 'tr-echo', data: `seen ${secret}` } }
  ]

  it('user:pass@host:port without a scheme is sent as Basic auth and masked', async () => {
    const server = await start(echoing('gw-pass-31337'))
    const host = `robot:gw-pass-31337@127.0.0.1:${server.port}`
    const run = await runAction(inputsFor(server, { host }))
    expect(run.exitCode).toBe(0)
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${btoa('robot:gw-pass-31337')}`)
    expectNoSecretIn(run, ['gw-pass-31337'])
  })

  it.each([
    ['a token given as the user name alone', 'gw-token-4242@127.0.0.1:PORT', 'gw-token-4242'],
    ['an unencoded @ in the password', 'http://robot:p@ss-4242@127.0.0.1:PORT', 'p@ss-4242']
  ])('%s is masked', async (_what, template, secret) => {
    const server = await start(echoing(secret))
    const run = await runAction(
      inputsFor(server, { host: template.replace('PORT', String(server.port)) })
    )
    expect(run.exitCode).toBe(0)
    expect(server.requests).toHaveLength(1)
    expect(JSON.parse(run.outputs.results!)[0].data).toBe('seen ***')
    expectNoSecretIn(run, [secret])
  })

  it.each([
    ['without a port', 'robot:hidden-pw-777@anymetrics.internal', 'hidden-pw-777'],
    ['with a / in the password', 'https://robot:hid/den-pw-777@gw.example.com', 'hid/den-pw-777'],
    ['with a ? in the password', 'robot:hid?den-pw-777@gw.example.com:8083', 'hid?den-pw-777']
  ])('a refused host %s is not quoted with its secret', async (_what, host, secret) => {
    const server = await start()
    const run = await runAction(inputsFor(server, { host }))
    expectRefusedBeforeAnyRequest(run, server, [startingWith('Input "host" ')])
    expectNoSecretIn(run, [secret])
  })
})

describe('hostile bodies', () => {
  it('a 1 MiB error page of "<" ends the trigger cleanly', async () => {
    const server = await start([{ status: 502, raw: '<'.repeat(1024 * 1024) }])
    const run = await runAction(inputsFor(server))
    expect(run.exitCode).toBe(1)
    expect(run.outputs['error-message']).toMatch(
      /HTTP 502 with a body that is not a JSON object: <+…/
    )
    expect(run.summary).toMatch(
      /^## ❌ The trigger failed\\: HTTP 502 with a body that is not a JSON object\\: (&lt;)+…\n/
    )
  })

  it('JSON nested thousands of levels deep fails the trigger, not the run', async () => {
    const depth = 20_000
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`
    const server = await start([{ raw: `{"succeed":false,"data":${nested},"errorMsg":${nested}}` }])
    const run = await runAction(inputsFor(server, { partition: '2024-07-17..2024-07-19' }))
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ 'failed-count': '1', 'succeeded-count': '2' })
    expect(run.stdout).not.toContain('stopped unexpectedly')
    expect(run.summary).toContain('**2 succeeded, 1 failed, 3 in all**')
  })
})

describe('inputs that cannot be sent are refused', () => {
  it.each([
    [{ 'tenant-id': '租户-1' }, startingWith('Input "tenant-id" must be visible Latin-1 text')],
    [
      { 'auth-value': 'sk-€uro-credential' },
      startingWith('Input "auth-value" must be visible Latin-1 text')
    ],
    [{ 'ca-certificate': '/dev/zero' }, expect.stringContaining('not a regular file')]
  ])('%j', async (overrides, message) => {
    const server = await start()
    const run = await runAction(inputsFor(server, overrides))
    expectRefusedBeforeAnyRequest(run, server, [message])
    expectNoSecretIn(run, [SECRET, 'sk-€uro'])
  })
})

describe('redirects', () => {
  it('fail with where they point, and nothing is sent to the other origin', async () => {
    const elsewhere: string[] = []
    const other = createServer((req, res) => {
      elsewhere.push(req.url ?? '')
      res.end('{}')
    })
    await new Promise<void>(resolve => other.listen(0, '127.0.0.1', resolve))
    const address = other.address()
    const location = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/login?key=${SECRET}`
    try {
      const server = await start([{ status: 307, headers: { location }, raw: '' }])
      const run = await runAction(inputsFor(server, { retries: '2' }))
      expect(run.exitCode).toBe(1)
      expect(server.requests).toHaveLength(1)
      expect(elsewhere).toEqual([])
      expect(run.outputs['error-message']).toMatch(
        /: HTTP 307 redirect to http:\/\/127\.0\.0\.1:\d+\/login\?key=\*\*\*: the action does not follow redirects, set host to the final address$/
      )
      expectNoSecretIn(run, [SECRET])
    } finally {
      await new Promise(resolve => other.close(resolve))
    }
  })
})
