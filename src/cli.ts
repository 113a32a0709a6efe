/**
 * The command line's host (`anymetrics-refresh`, dist/cli.js): flags and ANYMETRICS_* variables
 * as inputs, the log on stderr, `--json` on stdout, and an exit code a scheduler can act on.
 * Wiring only: the rules are in inputs/flags.ts, the words in report/cli-report.ts.
 */
import { readBoundedTextFile, writeFileAtomically } from './inputs/files.js'
import {
  CREDENTIAL_INPUTS,
  FlagError,
  environmentName,
  parseFlags,
  type CliRequest
} from './inputs/flags.js'
import { INPUT_DOCS } from './inputs/input-docs.js'
import { INPUT_NAMES, type InputName, type RawInputs } from './inputs/parse-inputs.js'
import {
  EXIT,
  credentialFileLine,
  flagRefusalLine,
  helpText,
  jsonDocument,
  refusedOutputs
} from './report/cli-report.js'
import { TerminalSink, wantsColour } from './report/terminal-sink.js'
import { run } from './main.js'
import { TrustBoundary, type DisplayText } from './trust.js'

/** A credential file holds one value; more than this is not one. */
const MAX_CREDENTIAL_FILE_BYTES = 64 * 1024
const EXIT_GRACE_MS = 1000
const SIGNALS = ['SIGINT', 'SIGTERM'] as const
type Signal = (typeof SIGNALS)[number]

export interface CliHost {
  /** The package's version, read only for `--version`. */
  version(): string
}

/** Runs the command with process.argv and process.env; sets the exit code and ends. */
export function runCli(host: CliHost): void {
  const signalled = watchSignals()
  main(process.argv.slice(2), host, signalled)
    .then(code => {
      process.exitCode = code
    })
    .catch(() => {
      // run() reports its own failures; this keeps a bug from printing a stack trace.
      process.stderr.write('error: anymetrics-refresh stopped unexpectedly\n')
      process.exitCode = EXIT.failed
    })
    .finally(() => {
      // As the action: a socket left open by a proxy must not hold the command for hours.
      setTimeout(() => process.exit(), EXIT_GRACE_MS).unref()
    })
}

async function main(
  argv: readonly string[],
  host: CliHost,
  signalled: () => Signal | undefined
): Promise<number> {
  const boundary = new TrustBoundary()
  // Mask what the environment holds before anything, even a refused flag, is printed.
  for (const name of CREDENTIAL_INPUTS) {
    const value = process.env[environmentName(name)]?.trim()
    if (value) boundary.addSecret(value)
  }
  const json = argv.includes('--json')
  const refuse = (line: DisplayText): number => {
    const sink = terminalSink(false, undefined)
    sink.error(line)
    if (json) process.stdout.write(jsonDocument(refusedOutputs(line), false))
    return EXIT.invalid
  }
  let request: CliRequest
  try {
    request = parseFlags(argv, process.env, defaults())
  } catch (error) {
    if (!(error instanceof FlagError)) throw error
    return refuse(flagRefusalLine(error, boundary))
  }
  if (request.help) {
    process.stdout.write(helpText(INPUT_DOCS))
    return EXIT.ok
  }
  if (request.version) {
    process.stdout.write(`${host.version()}\n`)
    return EXIT.ok
  }
  const inputs = { ...request.inputs }
  for (const [name, path] of Object.entries(request.credentialFiles)) {
    try {
      inputs[name as InputName] = readBoundedTextFile(path, MAX_CREDENTIAL_FILE_BYTES).trim()
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'unreadable'
      return refuse(credentialFileLine(`${name}-file`, path, code, boundary))
    }
  }
  const sink = terminalSink(request.debug, request.summaryFile)
  const end = await run({
    inputs: inputs as RawInputs,
    sink,
    debug: request.debug,
    contextEnv: process.env
  })
  sink.close()
  const signal = signalled()
  if (request.json) process.stdout.write(jsonDocument(sink.outputs, signal !== undefined))
  if (signal) return EXIT[signal]
  if (end === 'refused') return EXIT.invalid
  return sink.failed ? EXIT.failed : EXIT.ok
}

/** action.yml's defaults, as a runner fills in an input not given. */
function defaults(): Record<InputName, string> {
  const byName = new Map(INPUT_DOCS.map(doc => [doc.name, doc.default]))
  return Object.fromEntries(INPUT_NAMES.map(name => [name, byName.get(name) ?? ''])) as Record<
    InputName,
    string
  >
}

function terminalSink(debug: boolean, summaryFile: string | undefined): TerminalSink {
  const tty = process.stderr.isTTY === true
  return new TerminalSink({
    write: text => void process.stderr.write(text),
    tty,
    columns: process.stderr.columns,
    colour: wantsColour(tty, process.env),
    debug,
    summaryFile,
    writeFile: writeFileAtomically
  })
}

/**
 * Notes the first SIGINT or SIGTERM for the exit code, all the run long (the run itself stops on
 * it through cancelOnSignals, and reports what it has); a second one ends the command at once.
 */
function watchSignals(): () => Signal | undefined {
  let first: Signal | undefined
  const onSignal = (signal: Signal): void => {
    if (first) process.exit(EXIT[signal])
    first = signal
  }
  SIGNALS.forEach(signal => process.on(signal, onSignal))
  return () => first
}
