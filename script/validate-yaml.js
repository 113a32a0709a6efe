#!/usr/bin/env node
// @ts-check
/**
 * Validates action.yml, every workflow and every example against GitHub's schemas with
 * @action-validator/cli, and checks that each step using this action passes only inputs that
 * action.yml declares, with every required one.
 */
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

const root = resolve(import.meta.dirname, '..')
const validator = resolve(root, 'node_modules/@action-validator/cli/cli.mjs')
const actionPath = resolve(root, 'action.yml')
const action = parse(readFileSync(actionPath, 'utf8'))
const workflows = ['.github/workflows', 'examples'].flatMap(dir =>
  readdirSync(resolve(root, dir))
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => join(dir, name))
)

/** @type {string[]} */
const problems = []

/** @param {string} file the path the validator sees (its name decides action or workflow) */
function validate(file, shownAs = file) {
  try {
    execFileSync(process.execPath, [validator, file], { stdio: 'pipe' })
  } catch (error) {
    const stderr = /** @type {{ stderr?: Buffer }} */ (error).stderr?.toString() ?? ''
    problems.push(`${shownAs} does not match GitHub's schema:\n${stderr}`)
  }
}

// @action-validator 0.6.0 (the newest release) ships a schema from before node24 existed, so it
// checks action.yml with runs.using set to node20; that node24 is used is checked here instead.
function validateAction() {
  if (action.runs?.using !== 'node24') problems.push('action.yml: runs.using must be node24')
  const dir = mkdtempSync(join(tmpdir(), 'action-yml-'))
  try {
    const copy = join(dir, 'action.yml')
    copyFileSync(actionPath, copy)
    writeFileSync(
      copy,
      readFileSync(copy, 'utf8').replace(/^(\s+using:\s*)node24\s*$/m, '$1node20')
    )
    validate(copy, 'action.yml')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Steps of a workflow that use this action (`./` or `…/anymetrics-refresh@…`). */
function stepsUsingThisAction(/** @type {any} */ workflow) {
  return Object.values(workflow.jobs ?? {})
    .flatMap(job => /** @type {any} */ (job).steps ?? [])
    .filter(step => step.uses === './' || /\/anymetrics-refresh@/.test(step.uses ?? ''))
}

function checkInputs(/** @type {string} */ file) {
  const declared = action.inputs ?? {}
  for (const step of stepsUsingThisAction(parse(readFileSync(resolve(root, file), 'utf8')))) {
    const given = Object.keys(step.with ?? {})
    for (const name of given.filter(name => !(name in declared))) {
      problems.push(`${file}: step "${step.name ?? step.uses}" passes unknown input ${name}`)
    }
    for (const [name, spec] of Object.entries(declared)) {
      if (spec.required && !given.includes(name)) {
        problems.push(`${file}: step "${step.name ?? step.uses}" lacks required input ${name}`)
      }
    }
  }
}

validateAction()
for (const file of workflows) {
  validate(resolve(root, file), file)
  checkInputs(file)
}
if (problems.length > 0) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log(`action.yml and ${workflows.length} workflows validate: ${workflows.join(', ')}`)
