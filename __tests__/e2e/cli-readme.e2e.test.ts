/**
 * The README's "Outside GitHub Actions" examples, run as written: each command (GitLab CI,
 * Jenkins, Airflow, cron) with `npx --yes anymetrics-refresh@1` replaced by the packed and
 * installed package, in a shell, in an empty folder, with the scheduler's environment pointing
 * at the simulator.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  startSimulator,
  TRIGGER_PATH,
  type Simulator
} from '../../simulator/anymetrics-simulator.js'
import { TABLE } from '../support/inputs.js'
import { expectNoSecretIn } from '../support/leaks.js'
import { installPackedCli, type InstalledCli } from '../support/packed-cli.js'

const README = resolve(import.meta.dirname ?? '.', '../../README.md')
const DBT_FIXTURES = resolve(import.meta.dirname ?? '.', '../fixtures/dbt')
const NPX = 'npx --yes anymetrics-refresh@1'
const SECRET = 'readme-cli-key-6b1f0e'
const platform = { tenantId: 'tn_597771', authType: 'APIKEY', authValue: SECRET }

let cli: InstalledCli
let simulator: Simulator | undefined
let folder: string
beforeAll(() => {
  cli = installPackedCli()
}, 120_000)
afterAll(() => cli?.remove())
afterEach(async () => {
  await simulator?.close()
  simulator = undefined
  rmSync(folder, { recursive: true, force: true })
})

/** The one `npx … anymetrics-refresh@1 …` command of the README example marked NAME. */
function exampleCommand(name: string): string {
  const readme = readFileSync(README, 'utf8')
  const marker = readme.indexOf(`<!-- cli-example: ${name} -->`)
  if (marker < 0) throw new Error(`README has no cli-example ${name}`)
  const block = readme.slice(readme.indexOf('```', marker), readme.indexOf('\n```\n', marker))
  const commands = block.split('\n').filter(line => line.includes(NPX))
  expect(commands).toHaveLength(1)
  // The command, as the scheduler hands it to a shell: from the cron line, the YAML list item or
  // the quotes of Groovy's sh '…' and Python's "…".
  const line = commands[0]!
  const quoted = /(['"])(npx --yes anymetrics-refresh@1[^'"]*)\1/.exec(line)
  if (quoted) return quoted[2]!
  const listed = /^\s*- (npx .*)$/.exec(line)
  if (listed) return listed[1]!
  return line.replace(/^(\S+\s+){5}/, '') // a crontab line: five schedule fields first
}

interface ShellRun {
  exitCode: number | null
  stdout: string
  stderr: string
}

/** Runs the command in a shell in `folder`, the installed package standing for npx's. */
function runExample(command: string, env: Record<string, string>): Promise<ShellRun> {
  const local = command.replace(NPX, cli.bin)
  return new Promise((done, fail) => {
    const child = spawn('sh', ['-c', local], {
      cwd: folder,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text))
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    child.on('error', fail)
    child.on('close', exitCode => done({ exitCode, stdout, stderr }))
  })
}

/** What the scheduler's environment holds in each example, pointed at the simulator. */
function schedulerEnv(server: Simulator, more: Record<string, string> = {}) {
  return {
    ANYMETRICS_HOST: server.url,
    ANYMETRICS_TENANT_ID: platform.tenantId,
    ANYMETRICS_AUTH_TYPE: platform.authType,
    ANYMETRICS_AUTH_VALUE: SECRET,
    ...more
  }
}

function triggersSent(server: Simulator): number {
  return server.requests.filter(request => request.path === TRIGGER_PATH).length
}

describe("the README's commands outside GitHub Actions", () => {
  it('GitLab CI: refreshes yesterday and keeps the JSON as an artifact', async () => {
    folder = mkdtempSync(join(tmpdir(), 'anymetrics-gitlab-'))
    simulator = await startSimulator(platform)
    const env = schedulerEnv(simulator, { ANYMETRICS_TABLE_NAME: TABLE })
    const run = await runExample(exampleCommand('gitlab'), env)
    expect(run.exitCode).toBe(0)
    const result = JSON.parse(readFileSync(join(folder, 'refresh.json'), 'utf8')) as {
      success: boolean
      results: unknown[]
    }
    expect(result.success).toBe(true)
    expect(result.results).toHaveLength(1)
    expect(triggersSent(simulator)).toBe(1)
    expectNoSecretIn({ stdout: run.stdout, stderr: run.stderr }, [SECRET])
  })

  it("Jenkins: refreshes the tables of dbt's target/ after dbt build", async () => {
    folder = mkdtempSync(join(tmpdir(), 'anymetrics-jenkins-'))
    mkdirSync(join(folder, 'target'))
    for (const file of ['run_results.json', 'manifest.json']) {
      copyFileSync(join(DBT_FIXTURES, file), join(folder, 'target', file))
    }
    simulator = await startSimulator(platform)
    const run = await runExample(exampleCommand('jenkins'), schedulerEnv(simulator))
    expect(run.exitCode).toBe(0)
    expect(triggersSent(simulator)).toBeGreaterThan(0)
    expect(run.stderr).toMatch(/accepted/)
  })

  it("Airflow: refreshes the DAG's day, waits until the plan is fresh, prints the JSON", async () => {
    folder = mkdtempSync(join(tmpdir(), 'anymetrics-airflow-'))
    simulator = await startSimulator({
      ...platform,
      plans: { sales_daily: { tables: [TABLE], refreshDelayMs: 300 } }
    })
    // Airflow renders {{ ds }} (the DAG run's day) before the shell sees the command.
    const command = exampleCommand('airflow').replace('{{ ds }}', '2024-07-17')
    const env = schedulerEnv(simulator, {
      ANYMETRICS_TABLE_NAME: TABLE,
      // Not in the example (30 s by default): a poll every second keeps the test short.
      ANYMETRICS_WAIT_INTERVAL_SECONDS: '1'
    })
    const run = await runExample(command, env)
    expect(run.exitCode).toBe(0)
    const result = JSON.parse(run.stdout) as { success: boolean; fresh: boolean }
    expect(result).toMatchObject({ success: true, fresh: true })
  })

  it('cron: a second run the same night sends only what the first did not get accepted', async () => {
    folder = mkdtempSync(join(tmpdir(), 'anymetrics-cron-'))
    writeFileSync(join(folder, 'anymetrics.env'), '')
    const refused = { body: { code: '500', succeed: false, traceId: 'tr-no', errorMsg: 'locked' } }
    const accepted = { body: { code: '200', succeed: true, traceId: 'tr-ok', data: 'true' } }
    // The first run: the platform refuses the first two triggers, then accepts everything.
    simulator = await startSimulator({
      ...platform,
      tableFaults: { [TABLE]: [refused, refused, accepted] }
    })
    // cron reads \% as %, and the env file is this folder's (the example's is /etc's).
    const command = exampleCommand('cron')
      .replaceAll('\\%', '%')
      .replace('/etc/anymetrics.env', join(folder, 'anymetrics.env'))
      .replace('cd /var/lib/anymetrics', `cd ${folder}`)
    const env = schedulerEnv(simulator, { ANYMETRICS_TABLE_NAME: TABLE, ANYMETRICS_RETRIES: '0' })
    const first = await runExample(command, env)
    expect(first.exitCode).toBe(1)
    expect(triggersSent(simulator)).toBe(7)
    const second = await runExample(command, env)
    expect(second.exitCode).toBe(0)
    expect(triggersSent(simulator)).toBe(9)
    expect(
      readdirSync(folder).filter(name => /^resume-\d{4}-\d\d-\d\d\.json$/.test(name))
    ).toHaveLength(1)
    const log = readFileSync(join(folder, 'refresh.log'), 'utf8')
    expect(log).toContain('5 triggers accepted by an earlier attempt (resume-file): not sent again')
    expectNoSecretIn({ stdout: log, stderr: '' }, [SECRET])
  })
})
