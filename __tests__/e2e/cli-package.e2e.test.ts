/**
 * `npx anymetrics-refresh` end to end, on the packed package: packed and installed once into an
 * empty folder, then run against the simulator (or a server that echoes the credential) for each
 * exit code, the JSON on stdout, resume, the wait and cancellation.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  startSimulator,
  type Simulator,
  type SimulatorOptions
} from '../../simulator/anymetrics-simulator.js'
import { jsonAnswer, startScriptedServer, type ScriptedServer } from '../support/attack-helpers.js'
import { TABLE } from '../support/inputs.js'
import { expectNoSecretIn } from '../support/leaks.js'
import {
  flagsOf,
  installPackedCli,
  runCli,
  type CliRun,
  type InstalledCli
} from '../support/packed-cli.js'

const SECRET = 'cli-secret-9f2e4d-DO-NOT-LEAK'
const platform = { tenantId: 'tn_cli', authType: 'TOKEN', authValue: SECRET }
/** The credential as a scheduler passes it: in the environment. */
const ENV = { ANYMETRICS_AUTH_TYPE: 'TOKEN', ANYMETRICS_AUTH_VALUE: SECRET }
const ACCEPTED = { body: { code: '200', succeed: true, traceId: 'tr-ok', data: 'true' } }
const REFUSED = { body: { code: '500', succeed: false, traceId: 'tr-no', errorMsg: 'table busy' } }

let cli: InstalledCli
let simulator: Simulator | undefined
let server: ScriptedServer | undefined

beforeAll(() => {
  cli = installPackedCli()
}, 120_000)
afterAll(() => cli?.remove())
afterEach(async () => {
  await simulator?.close()
  await server?.close()
  simulator = undefined
  server = undefined
})

async function start(options: SimulatorOptions = {}): Promise<Simulator> {
  simulator = await startSimulator({ ...platform, ...options })
  return simulator
}

/** The flags of one trigger of TABLE on `partition` against `host`, and `more`. */
function flags(host: { url: string }, more: Record<string, string> = {}): string[] {
  return flagsOf({
    host: host.url,
    'tenant-id': platform.tenantId,
    'table-name': TABLE,
    partition: '2024-07-17',
    retries: '0',
    ...more
  })
}

/** stdout is one JSON document and nothing else; the log never holds a runner command. */
function jsonOf(run: CliRun): Record<string, unknown> {
  expect(run.stdout.trimStart().startsWith('{')).toBe(true)
  expect(run.stdout.trimEnd().endsWith('}')).toBe(true)
  return JSON.parse(run.stdout) as Record<string, unknown>
}

function expectPlainLog(run: CliRun): void {
  expect(run.stderr).not.toMatch(/^::|::(?:add-mask|error|warning|notice|group|debug)/m)
  expect(run.stderr).not.toContain('\u001b[') // not a terminal: no colour
  expect(run.stderr).not.toMatch(/^\s+at /m) // no stack trace
}

/** Sends `signal` once `ready` shows in the log. */
function signalWhen(ready: RegExp, signal: NodeJS.Signals) {
  let sent = false
  return (stderr: string, child: { kill(signal: NodeJS.Signals): boolean }) => {
    if (sent || !ready.test(stderr)) return
    sent = true
    child.kill(signal)
  }
}

describe('the packed package', () => {
  it('is at most 300 kB unpacked and installs exactly one package', () => {
    expect(cli.packed.unpackedSize).toBeLessThanOrEqual(300_000)
    expect(cli.installed).toEqual(['anymetrics-refresh'])
    const files = cli.packed.files.map(file => file.path).sort()
    expect(files).toEqual(
      expect.arrayContaining(['action.yml', 'dist/cli.js', 'dist/index.js', 'dist/licenses.txt'])
    )
  })

  it('--version prints the version of package.json, --help every input as a flag', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect((await runCli(cli, ['--version'])).stdout).toBe(`${version}\n`)
    const help = await runCli(cli, ['--help'])
    expect(help.exitCode).toBe(0)
    expect(help.stdout).toContain('--wait-for-plans VALUE')
    expect(help.stdout).toContain('ANYMETRICS_AUTH_VALUE or --auth-value-file PATH')
    expect(help.stdout).toMatch(/^ {2}130 /m)
  })
})

describe('exit codes and --json', () => {
  it('success: exit 0, the log on stderr, one JSON document of the outputs on stdout', async () => {
    const platformServer = await start()
    const run = await runCli(
      cli,
      [...flags(platformServer, { partition: '2024-07-16..2024-07-17' }), '--json'],
      ENV
    )
    expect(run.exitCode).toBe(0)
    expectPlainLog(run)
    expect(run.stderr).toContain('[2/2] ')
    const json = jsonOf(run)
    expect(Object.keys(json)).toEqual([
      'success',
      'trace-id',
      'error-message',
      'results',
      'succeeded-count',
      'failed-count',
      'fresh',
      'plans',
      'data-through'
    ])
    expect(json).toMatchObject({
      success: true,
      'succeeded-count': 2,
      'failed-count': 0,
      fresh: null,
      plans: [],
      'data-through': null
    })
    expect(json.results).toHaveLength(2)
    expect(platformServer.requests).toHaveLength(2)
  })

  it('failure: exit 1, with error: lines and success false', async () => {
    const platformServer = await start({ faults: [REFUSED] })
    const run = await runCli(cli, [...flags(platformServer), '--json'], ENV)
    expect(run.exitCode).toBe(1)
    expectPlainLog(run)
    expect(run.stderr).toMatch(/^error: .*table busy/m)
    expect(jsonOf(run)).toMatchObject({ success: false, 'failed-count': 1 })
  })

  it('invalid input: exit 2, one line naming the input, the rule and the value; nothing sent', async () => {
    const platformServer = await start()
    const run = await runCli(cli, [...flags(platformServer, { partition: 'nope' }), '--json'], ENV)
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(/^error: Input "partition" must be .*; got "nope"$/m)
    expect(jsonOf(run)).toMatchObject({ success: false })
    expect(platformServer.requests).toHaveLength(0)
  })

  it.each([
    [['--no-such-flag', 'x'], /^error: --no-such-flag is not a flag of anymetrics-refresh/m],
    [['--partition'], /^error: --partition needs a value/m],
    [['stray'], /^error: argument 3 is not a flag/m]
  ])('a refused command line %j: exit 2, one clear line', async (extra, line) => {
    const platformServer = await start()
    const run = await runCli(cli, [...flagsOf({ host: platformServer.url }), ...extra], ENV)
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(line)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(platformServer.requests).toHaveLength(0)
  })

  it.each([
    ['--auth-value SECRET', ['--auth-value', SECRET], 'ANYMETRICS_AUTH_VALUE'],
    ['--auth-value=SECRET', [`--auth-value=${SECRET}`], 'ANYMETRICS_AUTH_VALUE'],
    ['--app-secret=SECRET', [`--app-secret=${SECRET}`], 'ANYMETRICS_APP_SECRET']
  ])(
    'a secret given as a flag (%s) is refused: exit 2, the variable named, the secret not echoed',
    async (_form, given, variable) => {
      const platformServer = await start()
      const run = await runCli(
        cli,
        [...flags(platformServer), ...given, '--json'],
        { ANYMETRICS_AUTH_TYPE: 'TOKEN' } // nothing in the environment to mask it with
      )
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toContain(variable)
      expect(jsonOf(run)).toMatchObject({ success: false })
      expectNoSecretIn(run, [SECRET])
      expect(platformServer.requests).toHaveLength(0)
    }
  )
})

describe('files, resume and the wait', () => {
  it('reads the credential from --auth-value-file and writes --summary-file, both relative', async () => {
    const platformServer = await start()
    writeFileSync(join(cli.folder, 'credential.txt'), `${SECRET}\n`, { mode: 0o600 })
    const run = await runCli(
      cli,
      [...flags(platformServer), '--auth-value-file', 'credential.txt', '--summary-file', 'sum.md'],
      { ANYMETRICS_AUTH_TYPE: 'TOKEN' }
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toBe('')
    expect(readFileSync(join(cli.folder, 'sum.md'), 'utf8')).toContain(
      '1 succeeded, 0 failed, 1 in all'
    )
  })

  it('--resume-file: a re-run after a failure sends only what failed', async () => {
    const resumeFile = 'backfill-resume.json'
    const backfill = { partition: '2024-07-01..2024-07-04', concurrency: '1' }
    // The second trigger is refused once; the re-run finds the platform answering.
    const platformServer = await start({ faults: [ACCEPTED, REFUSED] })
    const args = [...flags(platformServer, { ...backfill, 'resume-file': resumeFile }), '--json']
    const failed = await runCli(cli, args, ENV)
    expect(failed.exitCode).toBe(1)
    expect(jsonOf(failed)).toMatchObject({ 'succeeded-count': 3, 'failed-count': 1 })
    expect(existsSync(join(cli.folder, resumeFile))).toBe(true)
    const rerun = await runCli(cli, args, ENV)
    expect(rerun.exitCode).toBe(0)
    expect(platformServer.requests.slice(4).map(request => request.body.tablePartition)).toEqual([
      '2024-07-02'
    ])
  })

  it('wait-for-plans: exit 0 when the plan turns fresh, 1 when it does not', async () => {
    const wait = { 'wait-for-plans': 'orders', 'wait-interval-seconds': '1' }
    const fresh = await start({ plans: { orders: { tables: [TABLE], refreshDelayMs: 300 } } })
    const ran = await runCli(
      cli,
      [...flags(fresh, { ...wait, 'wait-timeout-minutes': '0.25' }), '--json'],
      ENV
    )
    expect(ran.exitCode).toBe(0)
    const json = jsonOf(ran)
    expect(json).toMatchObject({ success: true, fresh: true })
    expect(json.plans).toHaveLength(1)
    await simulator!.close()
    const stale = await start({ plans: { orders: { tables: [TABLE], neverRefreshes: true } } })
    const late = await runCli(
      cli,
      [...flags(stale, { ...wait, 'wait-timeout-minutes': '0.03' }), '--json'],
      ENV
    )
    expect(late.exitCode).toBe(1)
    expect(jsonOf(late)).toMatchObject({ success: false, fresh: false })
  })
})

describe('cancellation', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143]
  ] as const)(
    'after %s: exit %i, having printed the log and the JSON with success false',
    async (signal, code) => {
      // The first trigger is answered; everything after it hangs.
      const platformServer = await start({ faults: [ACCEPTED], everyRequest: { hang: true } })
      const run = await runCli(
        cli,
        [
          ...flags(platformServer, { partition: '2024-07-01..2024-07-06', concurrency: '1' }),
          '--json'
        ],
        ENV,
        signalWhen(/\[1\/6\]/, signal)
      )
      expect(run.exitCode).toBe(code)
      expect(run.stderr).toMatch(/^error: The run was cancelled/m)
      const json = jsonOf(run)
      expect(json).toMatchObject({ success: false, 'succeeded-count': 1 })
      expect(json.results).toHaveLength(6)
    }
  )
})

describe('a server that echoes the credential', () => {
  it('never shows it on stdout, stderr or in the summary file, in any form', async () => {
    const base64 = Buffer.from(SECRET).toString('base64')
    server = await startScriptedServer((_request, socket) =>
      socket.write(
        jsonAnswer(200, {
          code: '401',
          succeed: false,
          traceId: encodeURIComponent(SECRET),
          errorMsg: `invalid credential ${SECRET} (${base64}, ${encodeURIComponent(SECRET)})`,
          data: { echo: SECRET }
        })
      )
    )
    const run = await runCli(
      cli,
      [...flags(server), '--json', '--debug', '--summary-file', 'echo-summary.md'],
      ENV
    )
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('***')
    const summary = readFileSync(join(cli.folder, 'echo-summary.md'), 'utf8')
    expectNoSecretIn({ ...run, summary }, [SECRET])
  })
})
