import { describe, expect, it } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import {
  PLAN_LIST_PATH,
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
function local(args: string[], options: { build?: boolean } = {}): Promise<LocalRun> {
  const flags = options.build === true ? args : ['--no-build', ...args]
  return new Promise(done => {
    const env = { PATH: process.env.PATH ?? '' }
    execFile(process.execPath, [LOCAL, ...flags], { env }, (error, stdout, stderr) => {
      done({ exitCode: error ? Number(error.code) : 0, stdout, stderr })
    })
  })
}

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
