#!/usr/bin/env node
// @ts-check
/** Runs the AnyMetrics simulator on 127.0.0.1 until it is stopped (Ctrl-C or SIGTERM). */
import { parseArgs } from 'node:util'
import {
  FAULT_FLAGS,
  FAULT_FLAGS_HELP,
  optionsFromFlags,
  startSimulator
} from './anymetrics-simulator.js'

const HELP = `Usage: node simulator/cli.js [options]

A loopback AnyMetrics Data Update endpoint, for trying the action without a platform.

  --port N            port on 127.0.0.1 (default 8083, the platform's usual port; 0 = any free)
  --tenant-id ID      the tenant it knows (default tn_simulated)
  --auth-type TYPE    the auth-type it expects (default TOKEN)
  --auth-value VALUE  the credential it expects (default simulated-secret)
${FAULT_FLAGS_HELP}
`

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8083' },
    'tenant-id': { type: 'string', default: 'tn_simulated' },
    'auth-type': { type: 'string', default: 'TOKEN' },
    'auth-value': { type: 'string', default: 'simulated-secret' },
    help: { type: 'boolean' },
    ...FAULT_FLAGS
  }
})
if (values.help) {
  process.stdout.write(HELP)
  process.exit(0)
}

const simulator = await startSimulator({
  port: Number(values.port),
  tenantId: values['tenant-id'],
  authType: values['auth-type'],
  authValue: values['auth-value'],
  ...optionsFromFlags(values)
})
console.log(`AnyMetrics simulator listening on ${simulator.url}`)

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    simulator.close().then(() => process.exit(0))
  })
}
