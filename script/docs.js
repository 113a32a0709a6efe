#!/usr/bin/env node
// @ts-check
/**
 * Generates the README's inputs and outputs lists from action.yml, between the
 * `<!-- inputs:start -->` / `<!-- outputs:start -->` markers. `--check` fails instead of writing
 * when the README is out of date (CI runs it through `npm test`).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { parse } from 'yaml'

const root = resolve(import.meta.dirname, '..')
const README = resolve(root, 'README.md')

/**
 * @typedef {{ description?: string, required?: boolean, default?: string }} InputSpec
 * @typedef {{ description?: string }} OutputSpec
 */

/** @param {string} text */
const cell = text => text.replace(/\s+/g, ' ').trim()

/** @param {Record<string, InputSpec>} inputs */
function inputsTable(inputs) {
  return Object.entries(inputs)
    .map(([name, spec]) => {
      const given = spec.required
        ? 'required'
        : spec.default
          ? `default \`${spec.default}\``
          : 'optional'
      return `- **\`${name}\`** (${given}): ${cell(spec.description ?? '')}`
    })
    .join('\n')
}

/** @param {Record<string, OutputSpec>} outputs */
function outputsTable(outputs) {
  return Object.entries(outputs)
    .map(([name, spec]) => `- **\`${name}\`**: ${cell(spec.description ?? '')}`)
    .join('\n')
}

/**
 * @param {string} readme
 * @param {string} section
 * @param {string} table
 */
function replaceSection(readme, section, table) {
  const start = `<!-- ${section}:start -->`
  const end = `<!-- ${section}:end -->`
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} markers`)
  return `${readme.slice(0, from + start.length)}\n\n${table}\n\n${readme.slice(to)}`
}

/** The README as it should be: tables from action.yml, formatted as Prettier formats it. */
async function renderReadme() {
  const action = parse(readFileSync(resolve(root, 'action.yml'), 'utf8'))
  const readme = readFileSync(README, 'utf8')
  const withInputs = replaceSection(readme, 'inputs', inputsTable(action.inputs ?? {}))
  const generated = replaceSection(withInputs, 'outputs', outputsTable(action.outputs ?? {}))
  const options = { ...(await resolveConfig(README)), filepath: README }
  return { current: readme, expected: await format(generated, options) }
}

const { current, expected } = await renderReadme()
if (process.argv.includes('--check')) {
  if (current !== expected) {
    console.error('README.md inputs/outputs tables differ from action.yml: run `npm run docs`.')
    process.exit(1)
  }
  console.log('README.md inputs and outputs match action.yml.')
} else if (current !== expected) {
  writeFileSync(README, expected)
  console.log('README.md inputs and outputs tables regenerated from action.yml.')
}
