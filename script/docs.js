#!/usr/bin/env node
// @ts-check
/**
 * Generates the README's inputs and outputs lists from action.yml, between the
 * `<!-- inputs:start -->` / `<!-- outputs:start -->` markers, and src/inputs/input-docs.ts, the
 * command line's flags for `--help` (so that they cannot drift, and nothing parses YAML at run
 * time). `--check` fails instead of writing when either is out of date (CI runs it through
 * `npm test`).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { parse } from 'yaml'

const root = resolve(import.meta.dirname, '..')
const README = resolve(root, 'README.md')
const INPUT_DOCS = resolve(root, 'src/inputs/input-docs.ts')

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

/** The first sentence of a description, as one line: `--help` gives one line per flag. */
function firstSentence(/** @type {string} */ text) {
  const line = cell(text)
  const end = line.search(/(?<!\b(?:e\.g|i\.e))\.(\s|$)/)
  return end < 0 ? line : line.slice(0, end + 1)
}

/** src/inputs/input-docs.ts as it should be: each input's name, default and first sentence. */
async function renderInputDocs() {
  const action = parse(readFileSync(resolve(root, 'action.yml'), 'utf8'))
  /** @type {Record<string, InputSpec>} */
  const inputs = action.inputs ?? {}
  const docs = Object.entries(inputs).map(([name, spec]) => ({
    name,
    required: spec.required === true,
    default: spec.default ?? '',
    description: firstSentence(spec.description ?? '')
  }))
  const source = `/** Generated from action.yml by \`npm run docs\` (script/docs.js): do not edit. */
export interface InputDoc {
  name: string
  required: boolean
  default: string
  /** The first sentence of its description in action.yml. */
  description: string
}

export const INPUT_DOCS: readonly InputDoc[] = ${JSON.stringify(docs)}
`
  const options = { ...(await resolveConfig(INPUT_DOCS)), filepath: INPUT_DOCS }
  let current = ''
  try {
    current = readFileSync(INPUT_DOCS, 'utf8')
  } catch {
    // Not generated yet.
  }
  return { current, expected: await format(source, options) }
}

const readme = await renderReadme()
const inputDocs = await renderInputDocs()
if (process.argv.includes('--check')) {
  if (readme.current !== readme.expected) {
    console.error('README.md inputs/outputs tables differ from action.yml: run `npm run docs`.')
    process.exit(1)
  }
  if (inputDocs.current !== inputDocs.expected) {
    console.error('src/inputs/input-docs.ts differs from action.yml: run `npm run docs`.')
    process.exit(1)
  }
  console.log('README.md inputs and outputs, and src/inputs/input-docs.ts, match action.yml.')
} else {
  if (readme.current !== readme.expected) {
    writeFileSync(README, readme.expected)
    console.log('README.md inputs and outputs tables regenerated from action.yml.')
  }
  if (inputDocs.current !== inputDocs.expected) {
    writeFileSync(INPUT_DOCS, inputDocs.expected)
    console.log('src/inputs/input-docs.ts regenerated from action.yml.')
  }
}
