// @ts-check
/**
 * Runs the committed bundle the way the GitHub runner does: a fresh node process with INPUT_*
 * variables (hyphens kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Shared by `npm run
 * local` and the end-to-end tests, so that both exercise the same thing.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const BUNDLE = resolve(import.meta.dirname, '../dist/index.js')

/**
 * @typedef {object} BundleRun
 * @property {number | null} exitCode
 * @property {string} stdout
 * @property {string} stderr
 * @property {Record<string, string>} outputs
 * @property {string} summary
 */

/** The runner's name for an input's variable: INPUT_ + upper-case name, hyphens kept. */
export function inputVariable(/** @type {string} */ name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/**
 * Called with each chunk of stdout and the process, e.g. to send it a signal as a runner does.
 * @typedef {(text: string, child: import('node:child_process').ChildProcess) => void} StdoutWatcher
 */

/**
 * @typedef {object} RunOptions
 * @property {StdoutWatcher} [watch] sees stdout as it comes, with the process
 * @property {string} [script] what to run instead of the bundle (the benchmark's baseline)
 * @property {string} [node] the node binary (default: the one running this)
 */

/**
 * @param {Record<string, string>} inputs action inputs by name
 * @param {Record<string, string>} env the whole environment of the process (nothing else leaks in)
 * @param {RunOptions} [options]
 * @returns {Promise<BundleRun>}
 */
export async function runBundle(inputs, env, options = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'anymetrics-refresh-run-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const inputVariables = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [inputVariable(name), value])
  )
  try {
    const processEnv = {
      RUNNER_TEMP: dir,
      ...env,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...inputVariables
    }
    const { exitCode, stdout, stderr } = await spawnNode(
      options.node ?? process.execPath,
      [options.script ?? BUNDLE],
      processEnv,
      options.watch
    )
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8')
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * @param {string} node
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @param {StdoutWatcher} [watch]
 * @returns {Promise<{ exitCode: number | null, stdout: string, stderr: string }>}
 */
function spawnNode(node, args, env, watch) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => {
      stdout += String(chunk)
      watch?.(stdout, child)
    })
    child.stderr.on('data', chunk => (stderr += String(chunk)))
    child.on('error', reject)
    child.on('close', exitCode => resolvePromise({ exitCode, stdout, stderr }))
  })
}

/**
 * Reads the `name<<DELIMITER … DELIMITER` blocks that @actions/core writes to GITHUB_OUTPUT.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseOutputFile(text) {
  /** @type {Record<string, string>} */
  const outputs = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!header) continue
    const [, name = '', delimiter] = header
    const value = []
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '')
    outputs[name] = value.join('\n')
  }
  return outputs
}
