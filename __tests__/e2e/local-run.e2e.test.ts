import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
// Runs dist/ as it is (--no-build): refuses to, once for this file, when dist/ is stale.
import '../support/fresh-dist.js'
import { expectNoSecretIn } from '../support/leaks.js'

const LOCAL = resolve(import.meta.dirname ?? '.', '../../script/local.js')

/** Runs `npm run local -- …args` (its script, without npm) and says what it printed. */
function local(args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise(done => {
    const env = { PATH: process.env.PATH ?? '' }
    execFile(process.execPath, [LOCAL, '--no-build', ...args], { env }, (error, stdout, stderr) => {
      done({ exitCode: error ? Number(error.code) : 0, stdout, stderr })
    })
  })
}

describe('npm run local', () => {
  it('with no configuration, triggers one refresh on the simulator and prints log, outputs and summary', async () => {
    const run = await local([])
    const { exitCode, stdout } = run
    expect(exitCode).toBe(0)
    expect(stdout).toMatch(/^AnyMetrics simulator listening on http:\/\/127\.0\.0\.1:\d+$/m)
    expect(stdout).toMatch(
      /\[1\/1\] starrocks\.`default_catalog\.sales`\.p_order \d{4}-\d{2}-\d{2}: ✅ succeeded \(traceId [0-9a-f]{16},/
    )
    expect(stdout).toContain('── Outputs')
    expect(stdout).toMatch(/^success: true$/m)
    expect(stdout).toMatch(/^trace-id: [0-9a-f]{16}$/m)
    expect(stdout).toContain('## ✅ AnyMetrics refresh succeeded')
    expect(stdout).toContain('── Exit code 0: the step succeeded')
    expectNoSecretIn(run, ['local-demo-credential'])
  })

  it('takes inputs and simulator faults as flags, and exits as the step would', async () => {
    const { exitCode, stdout } = await local([
      '--partition',
      '2024-07-01..2024-07-02',
      '--fault',
      'platform-error'
    ])
    expect(exitCode).toBe(1)
    expect(stdout).toContain(
      'ERROR [AnyMetrics refresh failed]: 2 triggers failed: data source table not found (first: starrocks.`default_catalog.sales`.p_order 2024-07-01 (traceId sim-refused))'
    )
    expect(stdout).toMatch(/^failed-count: 2$/m)
  })

  it('reads inputs from an env file, with flags winning over it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'anymetrics-local-'))
    try {
      const envFile = join(dir, '.env')
      writeFileSync(
        envFile,
        '# my inputs\nINPUT_TABLE-NAME=sr.cat.sch.orders\npartition=2024-07-01\n'
      )
      const { exitCode, stdout } = await local(['--env-file', envFile, '--partition', '2024-07-09'])
      expect(exitCode).toBe(0)
      expect(stdout).toContain('[1/1] sr.`cat.sch`.orders 2024-07-09: ✅ succeeded')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('takes an API key pair instead of auth-type and auth-value, and can make the token step refuse', async () => {
    const pair = ['--app-id', 'local-app', '--app-secret', 'local-app-secret']
    const accepted = await local(pair)
    expect(accepted.exitCode).toBe(0)
    expect(accepted.stdout).toContain('1 succeeded, 0 failed, 1 in all')
    expectNoSecretIn(accepted, ['local-app-secret'])
    const refused = await local([...pair, '--refuse-tokens'])
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toContain('Could not get a token from token/create')
  })

  it('masks a credential given on the command line in everything it prints', async () => {
    const run = await local(['--auth-value', 'my-own-secret-value'])
    expectNoSecretIn(run, ['my-own-secret-value'])
    expect(run.stdout).toContain('authentication failed')
  })
})
