/**
 * The command line as a user gets it: `npm pack` of this checkout, installed from the tarball
 * into an empty folder (offline: the package has no dependencies), run through the bin link
 * npm made, with nothing from this environment but PATH.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
// The tarball holds dist/: refuse to pack a stale one.
import './fresh-dist.js'

const ROOT = resolve(import.meta.dirname, '../..')

export interface InstalledCli {
  /** The folder it is installed in (the runs' working directory). */
  folder: string
  /** node_modules/.bin/anymetrics-refresh */
  bin: string
  /** What npm pack --json said of the tarball. */
  packed: { unpackedSize: number; files: Array<{ path: string }> }
  /** The packages npm installed (node_modules' entries but npm's own). */
  installed: string[]
  remove(): void
}

const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' }
  })

/** Packs this checkout and installs the tarball into an empty folder. */
export function installPackedCli(): InstalledCli {
  const packDir = mkdtempSync(join(tmpdir(), 'anymetrics-pack-'))
  const folder = mkdtempSync(join(tmpdir(), 'anymetrics-cli-'))
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', packDir], ROOT)) as [
    InstalledCli['packed'] & { filename: string }
  ]
  npm(['install', '--offline', join(packDir, packed.filename)], folder)
  rmSync(packDir, { recursive: true, force: true })
  const installed = readdirSync(join(folder, 'node_modules')).filter(
    name => name !== '.bin' && name !== '.package-lock.json'
  )
  return {
    folder,
    bin: join(folder, 'node_modules/.bin/anymetrics-refresh'),
    packed,
    installed,
    remove: () => rmSync(folder, { recursive: true, force: true })
  }
}

export interface CliRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/**
 * Runs the installed command with `args` in its folder, with PATH and `env` only; `watch` sees
 * stderr (the log) as it comes, with the process, e.g. to send it a signal.
 */
export function runCli(
  cli: InstalledCli,
  args: readonly string[],
  env: Record<string, string> = {},
  watch?: (stderrSoFar: string, child: ChildProcess) => void
): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(cli.bin, args, {
      cwd: cli.folder,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text))
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text
      watch?.(stderr, child)
    })
    child.on('error', fail)
    child.on('close', (exitCode, signal) => done({ exitCode, signal, stdout, stderr }))
  })
}

/** `--name value` for each input, as a user would type them. */
export function flagsOf(inputs: Record<string, string>): string[] {
  return Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value])
}
