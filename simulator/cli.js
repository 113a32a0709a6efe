#!/usr/bin/env node
// @ts-check
/** Runs the AnyMetrics simulator on 127.0.0.1 until it is stopped (Ctrl-C or SIGTERM). */
import { parseArgs } from 'node:util'
import { startSimulator } from './anymetrics-simulator.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8083' },
    'tenant-id': { type: 'string', default: 'tn_simulated' },
    'auth-type': { type: 'string', default: 'TOKEN' },
    'auth-value': { type: 'string', default: 'simulated-secret' }
  }
})

const simulator = await startSimulator({
  port: Number(values.port),
  tenantId: values['tenant-id'],
  authType: values['auth-type'],
  authValue: values['auth-value']
})
console.log(`AnyMetrics simulator listening on ${simulator.url}`)

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    simulator.close().then(() => process.exit(0))
  })
}
