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
 * @property {NodeJS.Signals | null} signal the signal that ended it, when it did not exit itself
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
 * @property {(stream: 'stdout' | 'stderr', text: string) => void} [onOutput] each piece of
 *   output as it comes, in whole characters
 * @property {(child: import('node:child_process').ChildProcess) => void} [onSpawn] the process,
 *   once started (e.g. to pass it signals)
 * @property {boolean} [detached] start it in a process group of its own, so that a terminal's
 *   Ctrl-C reaches it only through the caller
 * @property {string} [outputFile] GITHUB_OUTPUT at this path, emptied first and kept
 *   (default: a temporary file, removed)
 * @property {string} [summaryFile] GITHUB_STEP_SUMMARY likewise
 */

/**
 * @param {Record<string, string>} inputs action inputs by name
 * @param {Record<string, string>} env the whole environment of the process (nothing else leaks in)
 * @param {RunOptions} [options]
 * @returns {Promise<BundleRun>}
 */
export async function runBundle(inputs, env, options = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'anymetrics-refresh-run-'))
  const outputFile = options.outputFile ?? join(dir, 'output')
  const summaryFile = options.summaryFile ?? join(dir, 'summary')
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
    const { exitCode, signal, stdout, stderr } = await spawnNode(
      options.node ?? process.execPath,
      [options.script ?? BUNDLE],
      processEnv,
      options
    )
    return {
      exitCode,
      signal,
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
 * @param {RunOptions} options
 * @returns {Promise<{ exitCode: number | null, signal: NodeJS.Signals | null, stdout: string, stderr: string }>}
 */
function spawnNode(node, args, env, options) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: options.detached === true
    })
    options.onSpawn?.(child)
    let stdout = ''
    let stderr = ''
    // Decoded as a stream, so that a character split between two chunks stays whole.
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (/** @type {string} */ text) => {
      stdout += text
      options.onOutput?.('stdout', text)
      options.watch?.(stdout, child)
    })
    child.stderr.on('data', (/** @type {string} */ text) => {
      stderr += text
      options.onOutput?.('stderr', text)
    })
    child.on('error', reject)
    child.on('close', (exitCode, signal) => resolvePromise({ exitCode, signal, stdout, stderr }))
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
