#!/usr/bin/env node
// @ts-check
/**
 * Runs the AnyMetrics simulator on 127.0.0.1 until it is stopped (Ctrl-C or SIGTERM), logging
 * one line per request it answers. Mistakes in its flags get one line, never a stack trace.
 */
import { parseArgs } from 'node:util'
import { FAULT_FLAGS, FAULT_FLAGS_HELP, optionsFromFlags } from './flags.js'
import { describeRefresh, describeRequest } from './log.js'
import { startSimulator } from './server.js'

const HELP = `Usage: node simulator/cli.js [options]

A loopback AnyMetrics Data Update endpoint (with token/create and the materialization-plan
calls latestTime and queryAccelerateResultPlanList), for trying the action without a platform.
Each request it answers is logged, and so is each plan refresh as it ends.

  --port N            port on 127.0.0.1 (default 8083, the platform's usual port; 0 = any free)
  --tenant-id ID      the tenant it knows (default tn_simulated)
  --auth-type TYPE    the auth-type it expects (default TOKEN)
  --auth-value VALUE  the credential it expects (default simulated-secret)
  --app-id ID         an API key ID token/create exchanges for a TOKEN (default: none)
  --app-secret S      that key's secret (default simulated-app-secret)
  --help              print this help
${FAULT_FLAGS_HELP}
`

/** @param {string} message */
function fail(message) {
  process.stderr.write(`simulator: ${message}\n`)
  process.exit(2)
}

/** @type {ReturnType<typeof parseArgs>['values'] & Record<string, any>} */
let values = {}
try {
  values = parseArgs({
    options: {
      port: { type: 'string', default: '8083' },
      'tenant-id': { type: 'string', default: 'tn_simulated' },
      'auth-type': { type: 'string', default: 'TOKEN' },
      'auth-value': { type: 'string', default: 'simulated-secret' },
      'app-id': { type: 'string' },
      'app-secret': { type: 'string' },
      help: { type: 'boolean' },
      ...FAULT_FLAGS
    }
  }).values
} catch (error) {
  fail(`${error instanceof Error ? error.message : error} (see --help)`)
}
if (values.help) {
  process.stdout.write(HELP)
  process.exit(0)
}

/** @type {import('./server.js').SimulatorOptions} */
let faults = {}
try {
  faults = optionsFromFlags(values)
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}

const port = Number(values.port)
try {
  const simulator = await startSimulator({
    port,
    tenantId: values['tenant-id'],
    authType: values['auth-type'],
    authValue: values['auth-value'],
    ...(values['app-id'] ? { appId: values['app-id'] } : {}),
    ...(values['app-secret'] ? { appSecret: values['app-secret'] } : {}),
    onAnswered: record => console.log(describeRequest(record)),
    onPlanRefreshed: plan => console.log(describeRefresh(plan)),
    ...faults
  })
  console.log(`AnyMetrics simulator listening on ${simulator.url}`)
  for (const name of Object.keys(faults.plans ?? {})) {
    const plan = simulator.planState(name)
    if (plan) console.log(`plan ${name} (id ${plan.id}) fed by ${plan.tables.join(', ')}`)
  }
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      simulator.close().then(() => process.exit(0))
    })
  }
} catch (error) {
  const code = /** @type {{ code?: string }} */ (error).code
  if (code === 'EADDRINUSE') fail(`port ${port} is in use: choose another with --port`)
  if (code === 'EACCES') fail(`port ${port} needs privileges: choose one above 1024 with --port`)
  fail(error instanceof Error ? error.message : String(error))
}
