import { afterEach, describe, expect, it } from '@jest/globals'
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { parseOutputFile } from '../../script/run-bundle.js'
import {
  PLAN_LIST_PATH,
  PLAN_STATUS_PATH,
  startSimulator,
  TOKEN_PATH,
  TRIGGER_PATH,
  type SimulatorOptions
} from '../../simulator/anymetrics-simulator.js'
// Runs dist/ as it is (--no-build): refuses to, once for this file, when dist/ is stale.
import '../support/fresh-dist.js'
import { expectNoSecretIn } from '../support/leaks.js'

const ROOT = resolve(import.meta.dirname ?? '.', '../..')
const LOCAL = join(ROOT, 'script/local.js')
const DBT_RUN_RESULTS = join(ROOT, '__tests__/fixtures/dbt/run_results.json')
const INPUT_NAMES = Object.keys(
  (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs
)

interface LocalRun {
  exitCode: number
  stdout: string
  stderr: string
}

/** Runs `npm run local -- …args` (its script, without npm, on dist/ as it is). */
function local(
  args: string[],
  options: { build?: boolean; env?: Record<string, string> } = {}
): Promise<LocalRun> {
  const flags = options.build === true ? args : ['--no-build', ...args]
  return new Promise(done => {
    const env = { PATH: process.env.PATH ?? '', ...options.env }
    execFile(process.execPath, [LOCAL, ...flags], { env }, (error, stdout, stderr) => {
      done({ exitCode: error ? Number(error.code) : 0, stdout, stderr })
    })
  })
}

/** `npm run local` while it runs: its process, what it printed so far, and its end. */
interface LiveLocal {
  child: ChildProcess
  /** Resolves with stdout so far once it matches `pattern`; rejects if the script ends first. */
  seen: (pattern: RegExp) => Promise<string>
  ended: Promise<LocalRun>
}

/** The scripts started by startLocal that have not ended: ended after each test, whatever it did. */
const running = new Set<LiveLocal>()

afterEach(async () => {
  for (const run of running) run.child.kill('SIGTERM')
  await Promise.all([...running].map(run => run.ended))
})

/**
 * Starts `npm run local -- …args` (on dist/ as it is) and reads its stdout as it comes. It leads
 * a process group of its own, as a command at a terminal does, where Ctrl-C signals the group.
 */
function startLocal(args: string[]): LiveLocal {
  const child = spawn(process.execPath, [LOCAL, '--no-build', ...args], {
    env: { PATH: process.env.PATH ?? '' },
    detached: true
  })
  let stdout = ''
  let stderr = ''
  const waiting: Array<{ pattern: RegExp; found: (text: string) => void; missed: () => void }> = []
  const look = () => {
    for (const waiter of waiting.filter(({ pattern }) => pattern.test(stdout))) {
      waiting.splice(waiting.indexOf(waiter), 1)
      waiter.found(stdout)
    }
  }
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  child.stdout.on('data', (text: string) => {
    stdout += text
    look()
  })
  child.stderr.on('data', (text: string) => (stderr += text))
  const ended = new Promise<LocalRun>(done =>
    child.on('close', (code, signal) => {
      waiting.splice(0).forEach(waiter => waiter.missed())
      running.delete(live)
      done({ exitCode: code ?? (signal ? -1 : 0), stdout, stderr })
    })
  )
  const seen = (pattern: RegExp) =>
    new Promise<string>((found, reject) => {
      const missed = () =>
        reject(new Error(`npm run local ended before printing ${pattern}:\n${stdout}${stderr}`))
      waiting.push({ pattern, found, missed })
      look()
    })
  const live: LiveLocal = { child, seen, ended }
  running.add(live)
  return live
}

/** The body of a section of the printout (── Log, ── Outputs, ── Job summary …). */
function sectionOf(stdout: string, title: string): string {
  const start = stdout.indexOf(`\n── ${title}`)
  if (start < 0) throw new Error(`no section ${title} in:\n${stdout}`)
  const body = stdout.slice(stdout.indexOf('\n', start + 1) + 1)
  const end = body.indexOf('\n\n── ')
  return end < 0 ? body : body.slice(0, end)
}

/** The processes `pid` started (Linux's /proc, as on the CI's runners). */
function childrenOf(pid: number): number[] {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
  return children.split(' ').filter(Boolean).map(Number)
}

/** The process group of `pid`: the third field after the command's name in /proc/PID/stat. */
function groupOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
}

/** A wait that cannot end by itself before the test ends it: the plan never refreshes. */
const ENDLESS_WAIT = [
  '--wait-for-plans',
  'sales_daily',
  '--never-refreshes',
  '--wait-timeout-minutes',
  '2',
  '--wait-interval-seconds',
  '1'
]

/** The help, read once: the tests below hold it to what local does. */
const HELP = execFileSync(process.execPath, [LOCAL, '--help'], { encoding: 'utf8' })

/** Every flag the help names, anywhere in it (-h, --debug, --dry-run, …). */
const HELP_FLAGS = [...new Set(HELP.match(/(?<![\w-])--?[a-z][a-z0-9-]*/g) ?? [])].sort()

/** The example command lines of the help, as arguments. */
const HELP_EXAMPLES = [...HELP.matchAll(/^ {2}npm run local -- (.+)$/gm)].map(match =>
  (match[1] ?? '').trim()
)

/** The log lines of the simulator's section (one a request or plan refresh). */
function simulatorLog(stdout: string): string[] {
  const section = /── Simulator: \d+ requests? answered ─+\n([\s\S]*?)\n\n── Outputs/.exec(stdout)
  return (section?.[1] ?? '').split('\n').filter(Boolean)
}

/** A run the brief expects: accepted (no parse error), exiting as the step would. */
function expectAccepted(run: LocalRun, exitCode: number): void {
  expect(run.stderr).not.toMatch(/Unknown option|npm run local:/)
  expect(run.exitCode).toBe(exitCode)
  if (exitCode === 0) expect(run.stdout).toMatch(/^Result: ✅ /m)
  else expect(run.stdout).toMatch(/^Result: ❌ /m)
}

/** Starts a platform of our own, for --host runs: it records every request it gets. */
async function withPlatform<T>(
  options: SimulatorOptions,
  use: (host: string, requests: () => string[]) => Promise<T>
): Promise<T> {
  const platform = await startSimulator(options)
  try {
    return await use(`127.0.0.1:${platform.port}`, () =>
      platform.requests.map(request => request.path)
    )
  } finally {
    await platform.close()
  }
}

/** A check of the help: the flags it exercises, how it runs local, and what it must see. */
interface FlagCase {
  name: string
  flags: string[]
  run: () => Promise<void>
}

const ORDER_TABLE = 'starrocks.`default_catalog.sales`.p_order'

const FLAG_CASES: FlagCase[] = [
  {
    name: '-h and --help print the usage and run nothing',
    flags: ['-h', '--help'],
    run: async () => {
      for (const flag of ['-h', '--help']) {
        const run = await local([flag])
        expect(run.exitCode).toBe(0)
        expect(run.stdout).toBe(HELP)
        expect(run.stdout).not.toContain('simulator listening')
      }
    }
  },
  {
    name: '--no-build runs dist/ as it is',
    flags: ['--no-build'],
    run: async () => {
      const run = await local([])
      expectAccepted(run, 0)
      expect(run.stdout).not.toContain('building it')
    }
  },
  {
    name: '--env-file reads inputs from a file, flags winning over it',
    flags: ['--env-file'],
    run: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'anymetrics-local-'))
      try {
        const envFile = join(dir, '.env')
        writeFileSync(
          envFile,
          '# my inputs\nINPUT_TABLE-NAME=sr.cat.sch.orders\npartition=2024-07-01\n'
        )
        const run = await local(['--env-file', envFile, '--partition', '2024-07-09'])
        expectAccepted(run, 0)
        expect(run.stdout).toContain('[1/1] sr.`cat.sch`.orders 2024-07-09: ✅ succeeded')
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  },
  {
    name: '--debug sets RUNNER_DEBUG=1 and shows the ::debug:: lines',
    flags: ['--debug'],
    run: async () => {
      const run = await local(['--debug', '--tenant-id', 'tn_mine'])
      expectAccepted(run, 0)
      expect(run.stdout).toMatch(
        /^ {2}debug: Request body: \{"tableName":"starrocks\.`default_catalog\.sales`\.p_order","tenantId":"tn_mine","tablePartition":"\d{4}-\d{2}-\d{2}"\}$/m
      )
    }
  },
  {
    name: '--summary-file and --output-file keep the job summary and the outputs, as the action wrote them',
    flags: ['--summary-file', '--output-file'],
    run: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'anymetrics-local-'))
      try {
        const outputFile = join(dir, 'outputs.txt')
        writeFileSync(join(dir, 'summary.md'), 'left from an earlier run\n')
        // A relative FILE is from where npm was run, which npm passes as INIT_CWD.
        const run = await local(['--summary-file', 'summary.md', '--output-file', outputFile], {
          env: { INIT_CWD: dir }
        })
        expectAccepted(run, 0)
        const summary = readFileSync(join(dir, 'summary.md'), 'utf8')
        expect(summary).toMatch(/^## ✅ The trigger was accepted$/m)
        expect(summary).not.toContain('left from an earlier run')
        expect(summary.trim()).toBe(sectionOf(run.stdout, 'Job summary').trim())
        expect(run.stdout).toContain(`── Job summary (kept in ${join(dir, 'summary.md')})`)
        const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'))
        expect(outputs).toMatchObject({ success: 'true', 'succeeded-count': '1' })
        expect(outputs['trace-id']).toMatch(/^[0-9a-f]{16}$/)
        expect(Object.entries(outputs).map(([name, value]) => `${name}: ${value}`)).toEqual(
          sectionOf(run.stdout, 'Outputs').split('\n')
        )
        expect(run.stdout).toContain(`── Outputs (kept in ${outputFile})`)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  },
  {
    name: '--tenant-id, --auth-type and --auth-value: the simulator accepts any, and the credential is masked',
    flags: ['--tenant-id', '--auth-type', '--auth-value'],
    run: async () => {
      const secret = 'sk-my-own-api-key-4821'
      const run = await local([
        '--tenant-id',
        'tn_597771',
        '--auth-type',
        'apikey',
        '--auth-value',
        secret
      ])
      expectAccepted(run, 0)
      expect(run.stdout).toContain(`[1/1] ${ORDER_TABLE}`)
      expectNoSecretIn(run, [secret])
    }
  },
  {
    name: '--refuse-tokens makes token/create refuse the pair',
    flags: ['--refuse-tokens'],
    run: async () => {
      const run = await local(['--app-id', 'my-app', '--app-secret', 'a-secret', '--refuse-tokens'])
      expectAccepted(run, 1)
      expect(run.stdout).toMatch(/^Result: ❌ Could not get a token from token\/create/m)
      expect(simulatorLog(run.stdout)).toEqual([
        `POST ${TOKEN_PATH} → 200 refused: invalid appId or appSecret`
      ])
    }
  },
  {
    name: '--table-name replaces the example table',
    flags: ['--table-name'],
    run: async () => {
      const run = await local(['--table-name', 'sr.cat.sch.orders,sr.cat.sch.refunds'])
      expectAccepted(run, 0)
      expect(run.stdout).toContain('sr.`cat.sch`.orders')
      expect(run.stdout).toContain('sr.`cat.sch`.refunds')
      expect(run.stdout).not.toContain('p_order')
    }
  },
  {
    name: '--datasource, --catalog-schema and --table work without --table-name ""',
    flags: ['--datasource', '--catalog-schema', '--table'],
    run: async () => {
      const run = await local([
        '--datasource',
        'starrocks',
        '--catalog-schema',
        'default_catalog.sales',
        '--table',
        'p_a,p_b',
        '--partition',
        '2024-07-01'
      ])
      expectAccepted(run, 0)
      expect(run.stdout).toContain('[1/2] starrocks.`default_catalog.sales`.p_')
      expect(run.stdout).toContain('2 succeeded, 0 failed, 2 in all')
      expect(run.stdout).not.toContain('p_order')
    }
  },
  {
    name: '--dbt-run-results refreshes the tables dbt wrote, without --table-name ""',
    flags: ['--dbt-run-results'],
    run: async () => {
      const run = await local([
        '--dbt-run-results',
        DBT_RUN_RESULTS,
        '--datasource',
        'starrocks',
        '--dbt-select',
        'tag:anymetrics',
        '--partition',
        '2026-11-25'
      ])
      expectAccepted(run, 0)
      expect(run.stdout).toContain('dbt: 3 nodes to refresh')
      expect(run.stdout).toContain('3 succeeded, 0 failed, 3 in all')
      expect(run.stdout).not.toContain('p_order')
    }
  },
  {
    name: '--dry-run true: validates and plans, sends nothing',
    flags: ['--dry-run'],
    run: async () => {
      const run = await local(['--dry-run', 'true'])
      expectAccepted(run, 0)
      expect(run.stdout).toContain('Dry run: validating the inputs and planning')
      expect(run.stdout).toContain(
        `No table given: the plan shows the example table ${ORDER_TABLE} (a dry run triggers nothing)`
      )
      expect(run.stdout).toContain('── Simulator: 0 requests answered')
      expect(run.stdout).toMatch(/^Result: ✅ Dry run: 1 trigger.*; nothing was sent$/m)
    }
  },
  {
    name: '--never-refreshes and --wait-timeout-minutes: a wait that runs out fails the step',
    flags: ['--never-refreshes', '--wait-timeout-minutes'],
    run: async () => {
      const run = await local([
        '--wait-for-plans',
        'sales_daily',
        '--never-refreshes',
        '--wait-timeout-minutes',
        '0.02',
        '--wait-interval-seconds',
        '1'
      ])
      expectAccepted(run, 1)
      // 1.2 s of wait: the last poll a second before its end, when the wait ends.
      expect(run.stdout).toMatch(/^Result: ❌ Plan sales_daily is not fresh after \d+ ms/m)
      expect(run.stdout).toMatch(/^fresh: false$/m)
    }
  },
  {
    name: '--plan and --refresh-delay: a plan of its own, refreshed at once',
    flags: ['--plan', '--refresh-delay'],
    run: async () => {
      const run = await local([
        '--plan',
        'daily=starrocks.default_catalog.sales.p_order',
        '--refresh-delay',
        '0',
        '--wait-for-plans',
        'daily',
        '--wait-interval-seconds',
        '1'
      ])
      expectAccepted(run, 0)
      expect(simulatorLog(run.stdout)).toContainEqual(
        expect.stringMatching(/^plan daily refreshed: /)
      )
      expect(run.stdout).toMatch(/^plan daily is fresh: .*\(after 1 poll, /m)
    }
  },
  {
    name: '--plan-time-format writes plan times as asked',
    flags: ['--plan-time-format'],
    run: async () => {
      const run = await local([
        '--plan-time-format',
        'epoch',
        '--refresh-delay',
        '0',
        '--wait-for-plans',
        'daily',
        '--wait-interval-seconds',
        '1'
      ])
      expectAccepted(run, 0)
      expect(run.stdout).toMatch(
        /^plans: \[\{"plan":"daily","fresh":true,.*"latestRefreshTime":"\d{13}"/m
      )
    }
  },
  {
    name: '--latency delays every answer',
    flags: ['--latency'],
    run: async () => {
      const run = await local(['--latency', '300'])
      expectAccepted(run, 0)
      const ms = /: ✅ succeeded \(traceId \w+, 1 attempt, (\d+) ms\)/.exec(run.stdout)?.[1]
      expect(Number(ms)).toBeGreaterThanOrEqual(300)
    }
  },
  {
    name: '--fault answers every trigger with a fault',
    flags: ['--fault'],
    run: async () => {
      const run = await local([
        '--partition',
        '2024-07-01..2024-07-02',
        '--fault',
        'platform-error'
      ])
      expectAccepted(run, 1)
      expect(run.stdout).toContain(
        'ERROR [AnyMetrics refresh failed]: 2 triggers failed: data source table not found (first: starrocks.`default_catalog.sales`.p_order 2024-07-01 (traceId sim-refused))'
      )
      expect(run.stdout).toMatch(/^failed-count: 2$/m)
    }
  },
  {
    name: '--capacity answers 429 beyond N requests in flight',
    flags: ['--capacity'],
    run: async () => {
      const run = await local([
        '--capacity',
        '1',
        '--latency',
        '100',
        '--retry-after',
        '0',
        '--partition',
        'today-1..today',
        '--concurrency',
        '2'
      ])
      expectAccepted(run, 0)
      expect(simulatorLog(run.stdout)).toContainEqual(
        expect.stringMatching(/ → 429 refused: too many requests$/)
      )
    }
  },
  {
    name: '--rate and --burst: a token bucket of 2, refilled at 1 a second',
    flags: ['--rate', '--burst'],
    run: async () => {
      const run = await local([
        '--rate',
        '1',
        '--burst',
        '2',
        '--partition',
        'today-2..today',
        '--concurrency',
        '3'
      ])
      expectAccepted(run, 0)
      const answers = simulatorLog(run.stdout).map(line => line.split(' → ')[1])
      expect(answers.slice(0, 2)).toEqual(['200 accepted', '200 accepted'])
      expect(answers).toContain('429 refused: rate limit exceeded')
    }
  }
]

/**
 * What each example of the help must do, run as written (the --host one on a platform of our
 * own, given as `host`, that knows the example's tenant and key pair). The flags the examples
 * use count as checked.
 */
const EXAMPLES: Record<string, { exitCode: number; check: (run: LocalRun, host: string) => void }> =
  {
    '--partition today-6..today': {
      exitCode: 0,
      check: run => {
        expect(simulatorLog(run.stdout)).toHaveLength(7)
        expect(run.stdout).toMatch(/^Result: ✅ All 7 triggers accepted$/m)
      }
    },
    '--fault 503 --fault-count 2 --retry-after 0': {
      exitCode: 0,
      check: run => {
        const answers = simulatorLog(run.stdout).map(line => line.split(' → ')[1])
        expect(answers).toEqual(['503', '503', '200 accepted'])
        expect(run.stdout).toMatch(/: ✅ succeeded \(traceId \w+, 3 attempts, /)
      }
    },
    '--wait-for-plans sales_daily --wait-interval-seconds 1': {
      exitCode: 0,
      check: run => {
        expect(run.stdout).toContain('(polling every 1.0 s)')
        expect(simulatorLog(run.stdout)).toContainEqual(
          expect.stringMatching(/^plan sales_daily refreshed: /)
        )
        expect(run.stdout).toMatch(/^plan sales_daily is fresh: /m)
        expect(run.stdout).toMatch(/^fresh: true$/m)
      }
    },
    '--app-id my-key --app-secret my-secret --dry-run check': {
      exitCode: 0,
      check: run => {
        expect(run.stdout).toContain(
          'Checking the connection to the simulator with read-only calls (token/create with the key pair, one page of the materialization plan list); nothing is triggered'
        )
        // Any key pair: exchanged for a token; then read-only calls, and no trigger.
        expect(simulatorLog(run.stdout)).toEqual([
          `POST ${TOKEN_PATH} → 200 accepted`,
          `POST ${PLAN_LIST_PATH} all page 1 (size 1) → 200 0 of 0 plans`
        ])
        expect(run.stdout).toMatch(
          /^Result: ✅ Connection check passed: .* answered; app-id and app-secret were exchanged for a token; the tenant was accepted; the materialization plan list was read; nothing was triggered$/m
        )
        expectNoSecretIn(run, ['my-secret'])
      }
    },
    '--host anymetrics.example.com:8083 --tenant-id tn_597771 --app-id ID --app-secret SECRET --dry-run check':
      {
        exitCode: 0,
        check: (run, host) => {
          expect(run.stdout).not.toContain('simulator')
          const lines = run.stdout.split('\n')
          expect(lines.slice(0, 2)).toEqual([
            `Checking the connection to the real AnyMetrics host ${host} with read-only calls (token/create with the key pair, one page of the materialization plan list); nothing is triggered`,
            `No table given: the plan shows the example table ${ORDER_TABLE} (a dry run triggers nothing)`
          ])
          expect(lines.at(-2)).toBe(
            `Result: ✅ Connection check passed: http://${host} answered; app-id and app-secret were exchanged for a token; the tenant was accepted; the materialization plan list was read; nothing was triggered`
          )
          expectNoSecretIn(run, ['SECRET'])
        }
      }
  }

/** Runs an example of the help as written; --host goes to a platform of our own. */
async function runExample(example: string): Promise<{ run: LocalRun; host: string }> {
  const args = example.split(/\s+/)
  const hostAt = args.indexOf('--host')
  if (hostAt < 0) return { run: await local(args), host: '' }
  const value = (flag: string) => args[args.indexOf(flag) + 1] ?? ''
  const platform = {
    tenantId: value('--tenant-id'),
    appId: value('--app-id'),
    appSecret: value('--app-secret')
  }
  return withPlatform(platform, async (host, requests) => {
    const run = await local(args.map((arg, i) => (i === hostAt + 1 ? host : arg)))
    // Read-only calls only, on that host.
    expect(requests()).toEqual([TOKEN_PATH, PLAN_LIST_PATH])
    return { run, host }
  })
}

/** Every `npm run local …` the README writes as inline code, as its arguments ('' for none). */
const README_COMMANDS = [
  ...new Set(
    [
      ...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/`npm run local(?: -- ([^`]+))?`/g)
    ].map(match => (match[1] ?? '').trim())
  )
]

/** What each README command must do, run as written (the things to try of "Try it…"). */
const README_TRIES: Record<string, { exitCode: number; check: (run: LocalRun) => void }> = {
  '': {
    exitCode: 0,
    check: run => {
      expect(simulatorLog(run.stdout)).toEqual([expect.stringMatching(/ → 200 accepted$/)])
      expect(run.stdout).toMatch(/^Result: ✅ The trigger was accepted$/m)
    }
  },
  '--help': { exitCode: 0, check: run => expect(run.stdout).toBe(HELP) },
  '--app-id my-key --app-secret wrong-secret --refuse-tokens --dry-run check': {
    exitCode: 1,
    check: run => {
      expect(simulatorLog(run.stdout)).toEqual([
        `POST ${TOKEN_PATH} → 200 refused: invalid appId or appSecret`
      ])
      expect(run.stdout).toMatch(
        /^Result: ❌ Could not get a token from token\/create with app-id and app-secret: invalid appId or appSecret /m
      )
      expectNoSecretIn(run, ['wrong-secret'])
    }
  },
  '--plan daily=starrocks.default_catalog.sales.p_order --wait-for-plans weekly --dry-run check': {
    exitCode: 1,
    check: run => {
      expect(simulatorLog(run.stdout)).toEqual([
        `POST ${PLAN_STATUS_PATH} plans weekly → 200 refused: plan not found: weekly`
      ])
      expect(run.stdout).toMatch(
        /^Result: ❌ Connection check failed while reading plan weekly: plan not found: weekly /m
      )
    }
  },
  '--fault 503 --fault-count 2 --retry-after 0': {
    exitCode: 0,
    check: run => {
      const answers = simulatorLog(run.stdout).map(line => line.split(' → ')[1])
      expect(answers).toEqual(['503', '503', '200 accepted'])
    }
  },
  '--fault platform-error': {
    exitCode: 1,
    check: run => {
      expect(run.stdout).toMatch(/^Result: ❌ .*: data source table not found \(traceId /m)
    }
  },
  '--wait-for-plans sales_daily --never-refreshes --wait-timeout-minutes 0.05 --wait-interval-seconds 1':
    {
      exitCode: 1,
      check: run => {
        expect(run.stdout).toMatch(/^Result: ❌ Plan sales_daily is not fresh after /m)
        expect(run.stdout).toMatch(/^fresh: false$/m)
      }
    }
}

describe('the README’s npm run local commands', () => {
  it('have each an expected outcome below, and every one below is in the README', () => {
    expect([...README_COMMANDS].sort()).toEqual(Object.keys(README_TRIES).sort())
  })

  it.concurrent.each(README_COMMANDS)('npm run local -- %s works as written', async command => {
    const expected = README_TRIES[command]
    if (!expected)
      throw new Error(`no expected outcome for the README's npm run local -- ${command}`)
    const run = await local(command === '' ? [] : command.split(/\s+/))
    expect(run.stderr).not.toMatch(/Unknown option|npm run local:/)
    expect(run.exitCode).toBe(expected.exitCode)
    expected.check(run)
  })
})

describe('npm run local', () => {
  it('with no configuration, triggers one refresh on the simulator and prints log, requests, outputs, summary and result', async () => {
    const run = await local([])
    const { exitCode, stdout } = run
    expect(exitCode).toBe(0)
    expect(stdout).toMatch(/^AnyMetrics simulator listening on http:\/\/127\.0\.0\.1:\d+$/m)
    expect(stdout).toContain(`No table given: refreshing the example table ${ORDER_TABLE}`)
    expect(stdout).toMatch(
      /\[1\/1\] starrocks\.`default_catalog\.sales`\.p_order \d{4}-\d{2}-\d{2}: ✅ succeeded \(traceId [0-9a-f]{16},/
    )
    expect(simulatorLog(stdout)).toEqual([
      expect.stringMatching(new RegExp(`^POST ${TRIGGER_PATH} .*p_order .* → 200 accepted$`))
    ])
    expect(stdout).toContain('── Outputs')
    expect(stdout).toMatch(/^success: true$/m)
    expect(stdout).toMatch(/^trace-id: [0-9a-f]{16}$/m)
    expect(stdout).toContain('## ✅ The trigger was accepted')
    expect(stdout).toContain('── Exit code 0: the step succeeded')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('Result: ✅ The trigger was accepted')
    expect(stdout).not.toContain('debug:')
    expectNoSecretIn(run, ['local-demo-credential'])
  })

  describe('every flag of --help works as written', () => {
    it('checks each flag of the help below (in a case or an example), and only those', () => {
      const exampleFlags = HELP_EXAMPLES.flatMap(example =>
        example.split(/\s+/).filter(arg => arg.startsWith('-'))
      )
      const checked = new Set([...FLAG_CASES.flatMap(flagCase => flagCase.flags), ...exampleFlags])
      expect(HELP_FLAGS.filter(flag => !checked.has(flag))).toEqual([])
      expect([...checked].filter(flag => !HELP_FLAGS.includes(flag))).toEqual([])
    })

    it.concurrent.each(FLAG_CASES.map(flagCase => [flagCase.name, flagCase] as const))(
      '%s',
      async (_name, flagCase) => {
        await flagCase.run()
      }
    )

    it('has the expected outcome of each example of the help', () => {
      expect([...HELP_EXAMPLES].sort()).toEqual(Object.keys(EXAMPLES).sort())
    })

    it.concurrent.each(HELP_EXAMPLES)('npm run local -- %s', async example => {
      const expected = EXAMPLES[example]
      if (!expected) throw new Error(`no expected outcome for the help's example ${example}`)
      const { run, host } = await runExample(example)
      expectAccepted(run, expected.exitCode)
      expected.check(run, host)
    })

    it('takes every input of action.yml as a flag', async () => {
      const run = await local([...INPUT_NAMES.flatMap(name => [`--${name}`, 'x']), '--help'])
      expect(run.stderr).toBe('')
      expect(run.exitCode).toBe(0)
    })

    it('prints the defaults a run sends to the simulator, and they work as printed', async () => {
      const credential = /the credential \(default: (\S+) (\S+)\)/.exec(HELP)
      const pair = /key pair instead \(default pair: (\S+) (\S+)\)/.exec(HELP)
      const tenant = /the tenant \(default: (\S+)\)/.exec(HELP)
      expect([credential?.slice(1), pair?.slice(1), tenant?.[1]]).toEqual([
        ['TOKEN', 'local-demo-credential'],
        ['local-app', 'local-app-secret'],
        'tn_local'
      ])
      const runs = await Promise.all([
        local([
          '--tenant-id',
          'tn_local',
          '--auth-type',
          'TOKEN',
          '--auth-value',
          'local-demo-credential'
        ]),
        local(['--app-id', 'local-app', '--app-secret', 'local-app-secret'])
      ])
      runs.forEach(run => expectAccepted(run, 0))
    })
  })

  it('refuses an unknown flag, and a simulator option with --host, before running anything', async () => {
    const [unknown, withHost] = await Promise.all([
      local(['--tabel-name', 'x']),
      local(['--host', '127.0.0.1:9', '--fault', '500', '--latency', '10'])
    ])
    expect(unknown.exitCode).toBe(2)
    expect(unknown.stderr).toMatch(
      /^npm run local: Unknown option '--tabel-name'.*\(see --help\)$/m
    )
    expect(withHost.exitCode).toBe(2)
    expect(withHost.stderr).toBe(
      'npm run local: --latency, --fault: options of the simulator, which --host does not start (it calls the real platform): drop them or --host (see --help)\n'
    )
    expect(withHost.stdout).toBe('')
  })

  it('refuses a --summary-file or --output-file it cannot write, before running anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'anymetrics-local-'))
    try {
      const [missing, same] = await Promise.all([
        local(['--summary-file', join(dir, 'no-such-folder', 'summary.md')]),
        local(['--summary-file', join(dir, 'x'), '--output-file', join(dir, 'x')])
      ])
      expect([missing.exitCode, missing.stdout]).toEqual([2, ''])
      expect(missing.stderr).toBe(
        `npm run local: --summary-file ${join(dir, 'no-such-folder', 'summary.md')}: must be a file this script can write (ENOENT) (see --help)\n`
      )
      expect([same.exitCode, same.stdout]).toEqual([2, ''])
      expect(same.stderr).toBe(
        `npm run local: --summary-file and --output-file name the same file, ${join(dir, 'x')}: give two (see --help)\n`
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  describe('while the action runs', () => {
    it("prints the action's log as it comes, before the run has ended", async () => {
      const run = startLocal(ENDLESS_WAIT)
      const soFar = await run.seen(/^\[1\/1\] .*: ✅ succeeded /m)
      // The wait cannot end by itself: the line came while the action was still running.
      expect(run.child.exitCode).toBeNull()
      expect(soFar).toContain('── Log')
      expect(soFar).not.toContain('── Outputs')
    })

    it('passes Ctrl-C during a wait to the action once, which cancels; then prints its log, outputs and summary', async () => {
      const run = startLocal(ENDLESS_WAIT)
      await run.seen(/^▸ Waiting up to 2 min for 1 materialization plan/m)
      // Ctrl-C at a terminal: SIGINT to the whole foreground process group.
      const group = run.child.pid
      if (group === undefined) throw new Error('npm run local did not start')
      // The action is in a group of its own, so this reaches it only as the script passes it on.
      // (Checked here as well as by the outcome: two SIGINTs sent at once can arrive as one.)
      const [action, ...others] = childrenOf(group)
      expect(others).toEqual([])
      expect(groupOf(action ?? group)).toBe(action)
      process.kill(-group, 'SIGINT')
      const { exitCode, stdout } = await run.ended
      expect(exitCode).toBe(1) // the action's own: a cancelled step fails
      const log = sectionOf(stdout, 'Log')
      expect(log).toContain(
        'npm run local: SIGINT passed on to the action: it cancels the run, writes its outputs and summary, and ends'
      )
      expect(log).toContain(
        'ERROR [AnyMetrics refresh failed]: The run was cancelled: every trigger had been sent'
      )
      const outputs = sectionOf(stdout, 'Outputs')
      expect(outputs).toMatch(/^success: false$/m)
      expect(outputs).toMatch(/^fresh: false$/m)
      expect(outputs).toMatch(/^plans: \[\{"plan":"sales_daily","fresh":false,/m)
      const summary = sectionOf(stdout, 'Job summary')
      expect(summary).toContain('**⛔ The run was cancelled')
      expect(summary).toContain('`sales_daily`: the run was cancelled during the wait')
      expect(stdout).toContain('── Exit code 1: the step failed')
      expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^Result: ❌ The run was cancelled/)
    })

    it('passes a repeated Ctrl-C on only once: the action still writes its outputs and summary', async () => {
      const run = startLocal(['--fault', 'hang', '--debug'])
      await run.seen(/^ {2}debug: Request body: /m)
      run.child.kill('SIGINT')
      await run.seen(/SIGINT passed on to the action/)
      // The action now gives the unanswered trigger 2 s before it tears it down; a second SIGINT
      // passed on would end it at once, with no outputs and no summary.
      run.child.kill('SIGINT')
      const { exitCode, stdout } = await run.ended
      expect(exitCode).toBe(1)
      expect(stdout.match(/passed on to the action/g)).toHaveLength(1)
      expect(sectionOf(stdout, 'Outputs')).toMatch(/^success: false$/m)
      expect(sectionOf(stdout, 'Job summary')).toContain('**⛔ The run was cancelled')
    })

    it('passes SIGTERM after Ctrl-C on, as a runner does: the action ends at once, and says so', async () => {
      const run = startLocal(['--fault', 'hang', '--debug'])
      await run.seen(/^ {2}debug: Request body: /m)
      run.child.kill('SIGINT')
      await run.seen(/SIGINT passed on to the action/)
      run.child.kill('SIGTERM')
      const { exitCode, stdout } = await run.ended
      expect(exitCode).toBe(143)
      expect(stdout).toContain('npm run local: SIGTERM passed on to the action: it ends at once')
      expect(stdout).toContain('── Exit code 143: the step failed')
    })
  })

  it('says in one line why a check of an unreachable host failed', async () => {
    const closed = await startSimulator()
    await closed.close()
    const run = await local([
      '--host',
      `127.0.0.1:${closed.port}`,
      '--tenant-id',
      'tn_own',
      '--auth-type',
      'TOKEN',
      '--auth-value',
      'unreachable-token-value',
      '--retries',
      '0',
      '--dry-run',
      'check'
    ])
    expectAccepted(run, 1)
    expect(run.stdout).toContain(
      `No table given: the plan shows the example table ${ORDER_TABLE} (a dry run triggers nothing)`
    )
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^Result: ❌ Connection check failed while listing materialization plans: connection refused by 127\.0\.0\.1:\d+ \(ECONNREFUSED\).*nothing was triggered$/
    )
  })

  it('triggers on a real host only what it is given: no example table without a dry run', async () => {
    await withPlatform(
      { tenantId: 'tn_own', authValue: 'own-token-value' },
      async (host, requests) => {
        const run = await local([
          '--host',
          host,
          '--tenant-id',
          'tn_own',
          '--auth-type',
          'TOKEN',
          '--auth-value',
          'own-token-value'
        ])
        expectAccepted(run, 1)
        expect(run.stdout).toContain(
          `Triggering data updates on the real AnyMetrics host ${host}: this refreshes its tables`
        )
        expect(run.stdout).toMatch(/^Result: ❌ Input "table-name" is required/m)
        expect(requests()).toEqual([])
      }
    )
  })
})
