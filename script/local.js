#!/usr/bin/env node
// @ts-check
/**
 * npm run local: try the action on this machine, with nothing to configure. Builds dist/ if it is
 * not what src/ builds to, starts the AnyMetrics simulator on a free loopback port (unless a
 * real `host` is given; then it starts none), says what the run will do, runs the committed
 * bundle exactly as the runner does, printing its log as it comes, then prints the requests the
 * simulator answered, the outputs, the job summary and the result in one line; Ctrl-C goes to
 * the action as a runner's cancel (passSignals). The simulator accepts the tenant
 * and credential the run gives; inputs the run leaves out are filled with its defaults (the
 * example table only when no table input is given at all). `__tests__/e2e/local-run.e2e.test.ts`
 * runs every flag and example of the help.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { constants } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'yaml'
import {
  describeRefresh,
  describeRequest,
  FAULT_FLAGS,
  FAULT_FLAGS_HELP,
  fullTableName,
  optionsFromFlags,
  startSimulator
} from '../simulator/anymetrics-simulator.js'
import { staleDistFiles } from './check-dist.js'
import { LiveLog } from './local-log.js'
import { runBundle } from './run-bundle.js'

const root = resolve(import.meta.dirname, '..')
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))
const INPUT_NAMES = Object.keys(action.inputs)

/**
 * What the simulator takes when a run gives no tenant or credential of its own. It accepts the
 * tenant and the credential (auth-type and auth-value, or an API key pair) a run does give.
 */
const SIMULATED = {
  tenantId: 'tn_local',
  authType: 'TOKEN',
  authValue: 'local-demo-credential',
  appId: 'local-app',
  appSecret: 'local-app-secret'
}
/** The table a run refreshes when it names none (no table input at all). */
const EXAMPLE_TABLE = 'starrocks.`default_catalog.sales`.p_order'
/** The inputs that name tables: giving any of them, even empty, replaces the example table. */
const TABLE_INPUTS = ['table-name', 'datasource', 'catalog-schema', 'table', 'dbt-run-results']
const SIMULATOR_FLAGS = Object.keys(FAULT_FLAGS)
/** Variables a runner would also pass on: proxies and CA settings, for a real host. */
const PASSED_ON = /^(https?_proxy|no_proxy|NODE_EXTRA_CA_CERTS|NODE_USE_SYSTEM_CA)$/i

const HELP = `Usage: npm run local -- [--INPUT VALUE ...] [--env-file FILE] [options]

Runs the action's committed bundle (dist/index.js) as the GitHub runner does, printing its log
as it comes, then the requests the simulator answered, the outputs, the job summary and a
one-line result.
With no options it triggers one refresh of an example table on a local AnyMetrics simulator.

Inputs: every input of action.yml is a flag, --NAME VALUE, or a NAME=value line in a .env file
(INPUT_TABLE-NAME=… or table-name=…; see .env.example). Flags win over the file. The usual ones:
  --host HOST:PORT    call this platform instead of the simulator (none is started)
  --tenant-id ID      the tenant (default: ${SIMULATED.tenantId})
  --auth-type TYPE --auth-value VALUE
                      the credential (default: ${SIMULATED.authType} ${SIMULATED.authValue})
  --app-id ID --app-secret SECRET
                      an API key pair instead (default pair: ${SIMULATED.appId} ${SIMULATED.appSecret})
  --table-name NAMES  full table names; with none of --table-name, --datasource,
                      --catalog-schema, --table and --dbt-run-results, the simulator's run
                      refreshes ${EXAMPLE_TABLE}
  --datasource DS --catalog-schema CATALOG.SCHEMA --table NAMES
                      tables by their parts
  --dbt-run-results FILE
                      the tables a dbt run wrote (dbt's run_results.json; with --datasource)
  --partition P       e.g. 2024-07-01 or today-6..today (default here: yesterday)
  --dry-run true      validate and plan only: nothing is sent
  --dry-run check     prove the connection with read-only calls; nothing is triggered
  --wait-for-plans PLANS
                      after the triggers, wait until these materialization plans are fresh
  --wait-interval-seconds S
                      how often a plan that is not fresh yet is polled (default 30)
  --wait-timeout-minutes M
                      how long to wait for the plans (default 60)

The simulator accepts whatever tenant, credential and key pair the run gives; the defaults
above are what it knows otherwise, and what a run that gives none sends. With --host there are
no defaults, but for the example table with --dry-run true or check.

Options of npm run local:
  -h, --help          print this help
  --env-file FILE     read inputs from FILE (default: .env, when it exists)
  --debug             show the ::debug:: lines, e.g. request bodies (RUNNER_DEBUG=1; default: off)
  --no-build          use dist/ as it is (default: build it when src/ has changed)
  --output-file FILE  keep the outputs in FILE, as the action writes them to GITHUB_OUTPUT
                      (NAME<<DELIMITER blocks; default: a temporary file, removed)
  --summary-file FILE keep the job summary in FILE, the markdown the action writes to
                      GITHUB_STEP_SUMMARY (default: a temporary file, removed)
                      Both are emptied first; a relative FILE is from where npm was run.

Ctrl-C (SIGINT) or SIGTERM is passed on to the action once, as a runner's cancel: it stops,
writes its outputs and summary, and ends, and they are printed. The same signal again is not
passed on (one Ctrl-C can arrive twice through npm); SIGTERM after Ctrl-C, or Ctrl-\\ (SIGQUIT),
ends the action at once, with no outputs. The exit code is the action's (a cancelled run: 1);
when a signal ended the action, 128 + its number (130 SIGINT, 143 SIGTERM); 2 for arguments
refused.

Simulator options (not with --host):
${FAULT_FLAGS_HELP}

With --wait-for-plans and no --plan, the simulator knows each plan named there (id:X gives a
plan with ID X), fed by the tables the run names in table-name, or datasource, catalog-schema
and table (not those from dbt: give --plan for them).

Examples:
  npm run local -- --partition today-6..today
  npm run local -- --fault 503 --fault-count 2 --retry-after 0
  npm run local -- --wait-for-plans sales_daily --wait-interval-seconds 1
  npm run local -- --app-id my-key --app-secret my-secret --dry-run check
  npm run local -- --host anymetrics.example.com:8083 --tenant-id tn_597771 --app-id ID --app-secret SECRET --dry-run check
`

async function main() {
  const { flags, inputs: flagInputs } = readArguments(process.argv.slice(2))
  if (flags.help) {
    process.stdout.write(HELP)
    return 0
  }
  const envFile = flags['env-file'] ?? (existsSync(join(root, '.env')) ? join(root, '.env') : '')
  const given = { ...(envFile ? readEnvFile(envFile) : {}), ...flagInputs }
  const host = given.host?.trim() ?? ''
  if (host) refuseSimulatorFlags(flags)
  const files = runnerFiles(flags)
  if (!flags['no-build']) buildIfNeeded()

  const inputs = host ? hostInputs(given) : simulatorInputs(given)
  /** @type {string[]} */
  const simulated = []
  const simulator = host
    ? undefined
    : await startSimulator({
        ...simulatorCredentials(inputs),
        onAnswered: record => simulated.push(describeRequest(record)),
        onPlanRefreshed: plan => simulated.push(describeRefresh(plan)),
        ...optionsFromFlags(flags, plansToWaitFor(inputs))
      })
  if (simulator) {
    inputs.host = simulator.url
    console.log(`AnyMetrics simulator listening on ${simulator.url}`)
  }
  for (const line of plannedLines(inputs, given, host)) console.log(line)
  const log = new LiveLog(Boolean(flags.debug), line => console.log(line))
  const signals = passSignals(line => console.log(line))
  try {
    section('Log')
    const run = await runBundle(inputs, runnerEnvironment(Boolean(flags.debug)), {
      ...files,
      detached: true,
      onSpawn: child => signals.started(child),
      onOutput: (stream, text) => log.write(stream, text)
    })
    signals.stop()
    log.end()
    printRun(run, log, files, simulator ? simulated : undefined)
    return exitCodeOf(run)
  } finally {
    signals.stop()
    await simulator?.close()
  }
}

/**
 * Signals passed on to the action: the runner's cancel (SIGINT, then SIGTERM), and a closed
 * terminal or Ctrl-\, which end it at once as they would if it shared the terminal.
 */
const PASSED_SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'])

/**
 * Passes each kind of signal on to the action once, until stop(); this script outlives them.
 * The action runs in a process group of its own (runBundle's `detached`), so a Ctrl-C reaches it
 * only from here: had it shared the terminal's, it would get that Ctrl-C and then ours, and it
 * takes a second signal as "end now", without its outputs and summary. For the same reason a
 * repeat of a signal is dropped: npm passes its own Ctrl-C on to the script, so one Ctrl-C can
 * arrive twice (depending on the shell npm runs it with).
 * @param {(line: string) => void} say
 */
function passSignals(say) {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let action
  /** @type {Set<NodeJS.Signals>} */
  const received = new Set()
  /** @type {NodeJS.Signals[]} signals that came before the action started */
  const early = []
  let passed = 0
  const pass = (/** @type {NodeJS.Signals} */ signal) => {
    // Only the first signal is a cancel: the action ends at once on any that follows.
    const first = passed++ === 0
    const cancels = first && (signal === 'SIGINT' || signal === 'SIGTERM')
    action?.kill(signal)
    say(
      cancels
        ? `npm run local: ${signal} passed on to the action: it cancels the run, writes its outputs and summary, and ends`
        : `npm run local: ${signal} passed on to the action: it ends at once`
    )
  }
  const onSignal = (/** @type {NodeJS.Signals} */ signal) => {
    if (received.has(signal)) return
    received.add(signal)
    if (action) pass(signal)
    else early.push(signal)
  }
  // Should this script end first (a bug), the action, in its own group, must not run on alone.
  const endAction = () => {
    if (action?.exitCode === null && action.signalCode === null) action.kill('SIGKILL')
  }
  PASSED_SIGNALS.forEach(signal => process.on(signal, onSignal))
  process.on('exit', endAction)
  return {
    /** @param {import('node:child_process').ChildProcess} child */
    started(child) {
      action = child
      early.splice(0).forEach(pass)
    },
    stop() {
      PASSED_SIGNALS.forEach(signal => process.off(signal, onSignal))
      process.off('exit', endAction)
    }
  }
}

/**
 * The action's exit code; when a signal ended it, 128 + the signal's number, as shells say it.
 * @param {import('./run-bundle.js').BundleRun} run
 */
function exitCodeOf(run) {
  if (run.exitCode !== null) return run.exitCode
  return 128 + ((run.signal && constants.signals[run.signal]) || 0)
}

/**
 * The runner files the user asked to keep, resolved from where npm was run (npm runs scripts
 * from the package's folder) and emptied, so that one that cannot be written is refused before
 * anything runs.
 * @param {Record<string, unknown>} flags
 * @returns {{ outputFile?: string, summaryFile?: string }}
 */
function runnerFiles(flags) {
  /** @type {{ outputFile?: string, summaryFile?: string }} */
  const files = {}
  const from = process.env.INIT_CWD ?? process.cwd()
  for (const [flag, key] of /** @type {const} */ ([
    ['output-file', 'outputFile'],
    ['summary-file', 'summaryFile']
  ])) {
    const given = flags[flag]
    if (typeof given !== 'string') continue
    const path = resolve(from, given)
    if (path === files.outputFile)
      throw new Error(`--summary-file and --output-file name the same file, ${path}: give two`)
    try {
      writeFileSync(path, '')
    } catch (error) {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code ?? String(error)
      throw new Error(`--${flag} ${given}: must be a file this script can write (${code})`, {
        cause: error
      })
    }
    files[key] = path
  }
  return files
}

/**
 * The inputs of a run on the simulator: the tenant, credential, table and partition a run gives
 * none of are the defaults, and the host is the simulator's (set once it listens).
 * @param {Record<string, string>} given
 * @returns {Record<string, string>}
 */
function simulatorInputs(given) {
  const { host: _ignored, ...rest } = given
  /** @type {Record<string, string>} */
  const defaults = { 'tenant-id': SIMULATED.tenantId, partition: 'yesterday' }
  // An API key pair replaces the default credential rather than joining it.
  if (!given['app-id'] && !given['app-secret']) {
    defaults['auth-type'] = SIMULATED.authType
    defaults['auth-value'] = SIMULATED.authValue
  }
  if (!namesTables(given)) defaults['table-name'] = EXAMPLE_TABLE
  return { ...defaults, ...rest }
}

/**
 * The inputs of a run on a real host: as given, but for the example table when a dry run names
 * none (the action needs a plan; a dry run triggers nothing).
 * @param {Record<string, string>} given
 * @returns {Record<string, string>}
 */
function hostInputs(given) {
  const dryRun = dryRunOf(given)
  if (namesTables(given) || (dryRun !== 'plan' && dryRun !== 'check')) return { ...given }
  return { 'table-name': EXAMPLE_TABLE, ...given }
}

/** @param {Record<string, string>} inputs */
function namesTables(inputs) {
  return TABLE_INPUTS.some(name => inputs[name] !== undefined)
}

/**
 * @param {Record<string, string>} inputs
 * @returns {'off' | 'plan' | 'check' | 'unknown'}
 */
function dryRunOf(inputs) {
  const value = (inputs['dry-run'] ?? '').trim()
  if (value === '' || ['false', 'False', 'FALSE'].includes(value)) return 'off'
  if (['true', 'True', 'TRUE'].includes(value)) return 'plan'
  return value.toLowerCase() === 'check' ? 'check' : 'unknown'
}

/**
 * The simulator takes the tenant and the credential the run sends (as the runner passes them:
 * trimmed), so any of them works; --refuse-tokens still refuses every key pair.
 * @param {Record<string, string>} inputs
 * @returns {import('../simulator/anymetrics-simulator.js').SimulatorOptions}
 */
function simulatorCredentials(inputs) {
  const given = (/** @type {string} */ name, /** @type {string} */ fallback) =>
    inputs[name]?.trim() || fallback
  return {
    tenantId: given('tenant-id', SIMULATED.tenantId),
    authType: given('auth-type', SIMULATED.authType),
    authValue: given('auth-value', SIMULATED.authValue),
    appId: given('app-id', SIMULATED.appId),
    appSecret: given('app-secret', SIMULATED.appSecret)
  }
}

/** @param {Record<string, unknown>} flags */
function refuseSimulatorFlags(flags) {
  const used = SIMULATOR_FLAGS.filter(flag => flags[flag] !== undefined)
  if (used.length === 0) return
  throw new Error(
    `${used.map(flag => `--${flag}`).join(', ')}: ${used.length === 1 ? 'an option' : 'options'} of the simulator, which --host does not start (it calls the real platform): drop ${used.length === 1 ? 'it' : 'them'} or --host`
  )
}

/**
 * What the run is about to do, before it does it.
 * @param {Record<string, string>} inputs what the run is given
 * @param {Record<string, string>} given what the user gave
 * @param {string} host the real host, or '' for the simulator
 * @returns {string[]}
 */
function plannedLines(inputs, given, host) {
  const where = host ? `the real AnyMetrics host ${host}` : 'the simulator'
  const lines = []
  switch (dryRunOf(inputs)) {
    case 'check':
      lines.push(
        `Checking the connection to ${where} with read-only calls (${readOnlyCalls(inputs)}); nothing is triggered`
      )
      break
    case 'plan':
      lines.push(`Dry run: validating the inputs and planning; nothing is sent to ${where}`)
      break
    case 'off':
      lines.push(
        host
          ? `Triggering data updates on ${where}: this refreshes its tables (--dry-run check only tests the connection)`
          : `Triggering data updates on ${where}`
      )
      break
    default:
      lines.push(`Running the action against ${where}`)
  }
  if (!namesTables(given) && inputs['table-name'] === EXAMPLE_TABLE) {
    lines.push(
      dryRunOf(inputs) === 'off'
        ? `No table given: refreshing the example table ${EXAMPLE_TABLE}`
        : `No table given: the plan shows the example table ${EXAMPLE_TABLE} (a dry run triggers nothing)`
    )
  }
  return lines
}

/**
 * The calls `dry-run: check` makes, as the action documents them.
 * @param {Record<string, string>} inputs
 */
function readOnlyCalls(inputs) {
  const pair = inputs['app-id'] || inputs['app-secret'] ? 'token/create with the key pair, ' : ''
  const plans = inputs['wait-for-plans']?.trim()
    ? "each plan's status"
    : 'one page of the materialization plan list'
  return `${pair}${plans}`
}

/**
 * The plans a run with wait-for-plans (and no --plan) waits for, as the simulator's plans: each
 * fed by the tables the run names (id:X is a plan with ID X).
 * @param {Record<string, string>} inputs the inputs the run is given
 * @returns {Record<string, import('../simulator/anymetrics-simulator.js').PlanOptions>}
 */
function plansToWaitFor(inputs) {
  const list = (/** @type {string | undefined} */ text) =>
    (text ?? '')
      .split(/[\n,]/)
      .map(item => item.trim())
      .filter(Boolean)
  const named = list(inputs['table-name'])
  const parts = list(inputs.table).map(table =>
    [inputs.datasource, (inputs['catalog-schema'] ?? '').replace(/`/g, ''), table].join('.')
  )
  const tables = [...named, ...(inputs.datasource && inputs['catalog-schema'] ? parts : [])]
    .map(table => {
      try {
        return fullTableName(table)
      } catch {
        return undefined // the action refuses it, and says why
      }
    })
    .filter(table => table !== undefined)
  return Object.fromEntries(
    list(inputs['wait-for-plans']).map(entry => {
      const id = /^id:\s*(.+)$/i.exec(entry)?.[1]
      return id ? [id, { id, tables }] : [entry, { tables }]
    })
  )
}

/** @param {string[]} args */
function readArguments(args) {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      debug: { type: 'boolean' },
      'no-build': { type: 'boolean' },
      'env-file': { type: 'string' },
      'output-file': { type: 'string' },
      'summary-file': { type: 'string' },
      ...FAULT_FLAGS,
      ...Object.fromEntries(
        INPUT_NAMES.map(name => [name, { type: /** @type {const} */ ('string') }])
      )
    }
  })
  /** @type {Record<string, string>} */
  const inputs = {}
  for (const name of INPUT_NAMES) {
    const value = /** @type {Record<string, unknown>} */ (values)[name]
    if (typeof value === 'string') inputs[name] = value
  }
  return { flags: values, inputs }
}

/**
 * NAME=value lines; NAME is an input name or its runner variable (INPUT_TABLE-NAME).
 * @param {string} path
 */
function readEnvFile(path) {
  /** @type {Record<string, string>} */
  const inputs = {}
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([\w-]+)\s*=\s*(.*?)\s*$/.exec(line)
    if (!match || line.trimStart().startsWith('#')) continue
    const [, key = '', raw = ''] = match
    const name = key.replace(/^INPUT_/i, '').toLowerCase()
    if (!INPUT_NAMES.includes(name))
      throw new Error(`${path}: ${key} is not an input of action.yml`)
    inputs[name] = unquote(raw)
  }
  return inputs
}

/** @param {string} value */
function unquote(value) {
  const quoted = /^(["'])([\s\S]*)\1$/.exec(value)
  if (!quoted) return value
  return quoted[1] === '"' ? value.slice(1, -1).replace(/\\n/g, '\n') : value.slice(1, -1)
}

function buildIfNeeded() {
  if (staleDistFiles().length === 0) return
  console.log('dist/ is not what src/ builds to: building it (npm run build)')
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' })
}

/**
 * A runner-like environment: PATH, the context of a manual run, proxy and CA settings, and
 * RUNNER_DEBUG=1 for --debug (what a re-run with debug logging sets; @actions/core's isDebug).
 * @param {boolean} debug
 * @returns {Record<string, string>}
 */
function runnerEnvironment(debug) {
  const passedOn = Object.entries(process.env).filter(([name]) => PASSED_ON.test(name))
  return {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKFLOW: 'npm run local',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    ...Object.fromEntries(/** @type {Array<[string, string]>} */ (passedOn)),
    ...(debug ? { RUNNER_DEBUG: '1' } : {})
  }
}

/**
 * Prints what the run page shows once the step has ended: the requests the simulator answered,
 * the outputs, the job summary and the result (the log was printed as it came).
 * @param {import('./run-bundle.js').BundleRun} run
 * @param {LiveLog} log the log, which masks what it registered as secret
 * @param {{ outputFile?: string, summaryFile?: string }} files the runner files kept
 * @param {string[] | undefined} simulated the simulator's log: a line for each request it answered
 *   and each plan refresh (undefined: a real host)
 */
function printRun(run, log, files, simulated) {
  if (simulated) {
    const count = simulated.filter(line => line.startsWith('POST ')).length
    section(`Simulator: ${count} request${count === 1 ? '' : 's'} answered`)
    for (const line of simulated) console.log(log.mask(line))
  }
  section(`Outputs${files.outputFile ? ` (kept in ${files.outputFile})` : ''}`)
  for (const [name, value] of Object.entries(run.outputs))
    console.log(`${name}: ${log.mask(value)}`)
  section(`Job summary${files.summaryFile ? ` (kept in ${files.summaryFile})` : ''}`)
  console.log(log.mask(run.summary).trim() || '(empty)')
  const code = exitCodeOf(run)
  section(
    run.signal
      ? `Exit code ${code}: the action was ended by ${run.signal}`
      : `Exit code ${code}: the step ${code === 0 ? 'succeeded' : 'failed'}`
  )
  console.log(log.result(run.exitCode, run.signal))
}

/** @param {string} title */
function section(title) {
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}`)
}

main().then(
  code => process.exit(code),
  error => {
    console.error(`npm run local: ${error instanceof Error ? error.message : error} (see --help)`)
    process.exit(2)
  }
)
