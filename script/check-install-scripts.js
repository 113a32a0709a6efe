#!/usr/bin/env node
// @ts-check
/**
 * Fails when a runtime dependency (anything in package-lock.json not marked dev) has an install
 * script: such a script runs on every `npm ci`, and the bundle must not depend on one.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const lock = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package-lock.json'), 'utf8'))
/** @type {Record<string, { dev?: boolean, hasInstallScript?: boolean }>} */
const packages = lock.packages ?? {}
const offenders = Object.entries(packages)
  .filter(([path, info]) => path !== '' && !info.dev && info.hasInstallScript)
  .map(([path]) => path.replace(/^node_modules\//, ''))
if (offenders.length > 0) {
  console.error(`Runtime dependencies with install scripts: ${offenders.join(', ')}`)
  process.exit(1)
}
const runtime = Object.entries(packages).filter(([path, info]) => path !== '' && !info.dev)
console.log(`${runtime.length} runtime dependencies, none with an install script.`)
