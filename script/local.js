#!/usr/bin/env node
// @ts-check
/**
 * npm run local: try the action on this machine, with nothing to configure. Builds dist/ if it is
 * not what src/ builds to, starts the AnyMetrics simulator on a free loopback port (unless a
 * real `host` is given), runs the committed bundle exactly as the runner does, then prints the
 * log, the outputs and the job summary.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'yaml'
import {
  FAULT_FLAGS,
  FAULT_FLAGS_HELP,
  fullTableName,
  optionsFromFlags,
  startSimulator
} from '../simulator/anymetrics-simulator.js'
import { staleDistFiles } from './check-dist.js'
import { runBundle } from './run-bundle.js'

const root = resolve(import.meta.dirname, '..')
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))
const INPUT_NAMES = Object.keys(action.inputs)

/** What the simulator expects, and so what a run with no configuration sends. */
const SIMULATED = {
  tenantId: 'tn_local',
  authType: 'TOKEN',
  authValue: 'local-demo-credential',
  // Also an API key pair: --app-id local-app --app-secret local-app-secret, and no auth-*.
  appId: 'local-app',
  appSecret: 'local-app-secret'
}
const DEFAULT_INPUTS = {
  'tenant-id': SIMULATED.tenantId,
  'auth-type': SIMULATED.authType,
  'auth-value': SIMULATED.authValue,
  'table-name': 'starrocks.`default_catalog.sales`.p_order',
  partition: 'yesterday'
}
/** Variables a runner would also pass on: proxies and CA settings, for a real host. */
const PASSED_ON = /^(https?_proxy|no_proxy|NODE_EXTRA_CA_CERTS|NODE_USE_SYSTEM_CA)$/i

const HELP = `Usage: npm run local -- [--INPUT VALUE ...] [--env-file FILE] [simulator options]

Runs the action's committed bundle as the GitHub runner does and prints its log, outputs and
job summary. With no options it triggers one refresh on a local AnyMetrics simulator.

Inputs: any input of action.yml as --name value, e.g. --partition today-6..today, or as
NAME=value lines in a .env file (INPUT_TABLE-NAME=… or table-name=…; see .env.example).
Flags win over the .env file. Give --host (and your credentials) to call a real platform
instead of the simulator.

  --env-file FILE     read inputs from FILE (default: .env, when it exists)
  --debug             also print ::debug:: lines
  --no-build          use dist/ as it is, even when src/ has changed
${FAULT_FLAGS_HELP}

With --wait-for-plans and no --plan, the simulator knows each plan named there (id:X gives a
plan with ID X), fed by the tables the run refreshes: e.g. --wait-for-plans sales_daily
--wait-interval-seconds 1 shows a run that waits for its plan.
`

async function main() {
  const { flags, inputs: flagInputs } = readArguments(process.argv.slice(2))
  if (flags.help) {
    process.stdout.write(HELP)
    return 0
  }
  const envFile = flags['env-file'] ?? (existsSync(join(root, '.env')) ? join(root, '.env') : '')
  const inputs = { ...(envFile ? readEnvFile(envFile) : {}), ...flagInputs }
  if (!flags['no-build']) buildIfNeeded()

  // An API key pair replaces the default credential rather than joining it.
  const credentials = inputs['app-id'] || inputs['app-secret'] ? ['auth-type', 'auth-value'] : []
  const simulator = inputs.host
    ? undefined
    : await startSimulator({
        ...SIMULATED,
        ...optionsFromFlags(
          flags,
          plansToWaitFor({ ...withoutKeys(DEFAULT_INPUTS, credentials), ...inputs })
        )
      })
  if (simulator) console.log(`AnyMetrics simulator listening on ${simulator.url}`)
  else console.log(`Calling the real AnyMetrics host ${inputs.host}`)
  try {
    const run = await runBundle(
      simulator
        ? { ...withoutKeys(DEFAULT_INPUTS, credentials), host: simulator.url, ...inputs }
        : inputs,
      runnerEnvironment()
    )
    printRun(run, Boolean(flags.debug))
    return run.exitCode ?? 1
  } finally {
    await simulator?.close()
  }
}

/**
 * @param {Record<string, string>} record
 * @param {string[]} keys
 */
function withoutKeys(record, keys) {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)))
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

/** A runner-like environment: PATH, the context of a manual run, and proxy and CA settings. */
function runnerEnvironment() {
  const passedOn = Object.entries(process.env).filter(([name]) => PASSED_ON.test(name))
  return {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKFLOW: 'npm run local',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    ...Object.fromEntries(/** @type {Array<[string, string]>} */ (passedOn))
  }
}

/**
 * Prints what the run page would show: the log with secrets masked and workflow commands
 * rendered, then the outputs and the job summary.
 * @param {import('./run-bundle.js').BundleRun} run
 * @param {boolean} debug
 */
function printRun(run, debug) {
  const secrets = [...run.stdout.matchAll(/^::add-mask::(.*)$/gm)].map(match => match[1] ?? '')
  const mask = (/** @type {string} */ text) =>
    secrets.filter(Boolean).reduce((masked, secret) => masked.split(secret).join('***'), text)
  section('Log')
  for (const line of run.stdout.split('\n')) {
    const shown = renderCommand(line, debug)
    if (shown !== undefined) console.log(mask(shown))
  }
  if (run.stderr.trim()) console.log(mask(run.stderr))
  section('Outputs')
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}: ${mask(value)}`)
  section('Job summary')
  console.log(mask(run.summary).trim() || '(empty)')
  section(`Exit code ${run.exitCode}: the step ${run.exitCode === 0 ? 'succeeded' : 'failed'}`)
}

/**
 * @param {string} line
 * @param {boolean} debug
 * @returns {string | undefined}
 */
function renderCommand(line, debug) {
  const command = /^::([\w-]+)( [^:]*)?::(.*)$/.exec(line)
  if (!command) return line
  const [, name = '', properties = '', message = ''] = command
  const title = /title=([^,]*)/.exec(properties)?.[1]?.replace(/%3A/g, ':')
  switch (name) {
    case 'add-mask':
    case 'endgroup':
      return undefined
    case 'group':
      return `▸ ${message}`
    case 'debug':
      return debug ? `  debug: ${message}` : undefined
    case 'error':
    case 'warning':
    case 'notice':
      return `${name.toUpperCase()}${title ? ` [${title}]` : ''}: ${message}`
    default:
      return line
  }
}

/** @param {string} title */
function section(title) {
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}`)
}

main().then(
  code => process.exit(code),
  error => {
    console.error(`npm run local: ${error instanceof Error ? error.message : error}`)
    process.exit(2)
  }
)
