/**
 * What the simulator cannot be: raw loopback servers that answer below HTTP (a protocol switch,
 * a closed socket, thousands of headers), and a way to run the bundle with runner files the
 * test places itself (a missing folder, a FIFO), which runAction always makes for it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUNDLE, inputVariable, parseOutputFile } from '../../script/run-bundle.js'

/** One request as a raw server read it. */
export interface RawRequest {
  method: string
  path: string
  headers: Record<string, string>
  body: string
}

export interface RawServer {
  url: string
  port: number
  /** Every HTTP request read in full, in arrival order. */
  requests: RawRequest[]
  close(): Promise<void>
}

/** What a raw server does with a request it read: write bytes to the socket, close it… */
export type RawAnswer = (request: RawRequest, socket: Socket) => void

/** The most a request may hold before the server gives up on it (the action sends ~300 B). */
const MAX_REQUEST_BYTES = 64 * 1024

/**
 * A TCP server on 127.0.0.1 that reads each HTTP request (headers and a Content-Length body) and
 * lets `answer` write whatever it likes. A connection that does not start like HTTP (the
 * action's TLS probe after a reset) is closed at once.
 */
export async function startRawServer(answer: RawAnswer): Promise<RawServer> {
  const requests: RawRequest[] = []
  const sockets = new Set<Socket>()
  const server = createServer(socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
    let buffer = Buffer.alloc(0)
    let answered = false
    socket.on('data', (chunk: Buffer) => {
      if (answered) return
      buffer = Buffer.concat([buffer, chunk])
      if (!/^[A-Z]/.test(buffer.subarray(0, 1).toString('latin1'))) return void socket.destroy()
      if (buffer.length > MAX_REQUEST_BYTES) return void socket.destroy()
      const request = completeRequest(buffer)
      if (!request) return
      answered = true
      requests.push(request)
      answer(request, socket)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

/** The request in `buffer` once its headers and its whole body have arrived, else undefined. */
function completeRequest(buffer: Buffer): RawRequest | undefined {
  const end = buffer.indexOf('\r\n\r\n')
  if (end < 0) return undefined
  const [requestLine = '', ...headerLines] = buffer
    .subarray(0, end)
    .toString('latin1')
    .split('\r\n')
  const headers: Record<string, string> = {}
  for (const line of headerLines) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  const length = Number(headers['content-length'] ?? 0)
  const body = buffer.subarray(end + 4)
  if (body.length < length) return undefined
  const [method = '', path = ''] = requestLine.split(' ')
  return { method, path, headers, body: body.subarray(0, length).toString('utf8') }
}

/** A 101 answer, as a WebSocket server gives it; the socket is left open. */
export const switchProtocols: RawAnswer = (_request, socket) => {
  socket.write(
    'HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n'
  )
}

/** Reads the request and closes the connection without a byte of answer. */
export const closeWithoutAnswer: RawAnswer = (_request, socket) => {
  socket.end()
}

/** A 200 with `count` headers (`X-H-i: v`) before a valid JSON body. */
export function manyHeaders(count: number): RawAnswer {
  return (_request, socket) => {
    const body = JSON.stringify({ code: '200', succeed: true, traceId: 'tr-headers' })
    const lines = Array.from({ length: count }, (_, i) => `X-H-${i}: v\r\n`).join('')
    socket.end(
      `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${lines}\r\n${body}`
    )
  }
}

/** Where the runner files of a run are: a path each, or left to runBundleWith to create. */
export interface RunnerFiles {
  output?: string
  summary?: string
}

export interface PlacedRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Read only from a regular file (never from a FIFO, which would block the test). */
  outputs: Record<string, string>
  summary: string
  /** When the process closed (performance.now()). */
  closedAtMs: number
  /** Killed by the test's own limit: the process would have hung. */
  hung: boolean
}

/** The GitHub context of a workflow_dispatch run, as run-action.ts sets it. */
const RUNNER_CONTEXT = {
  GITHUB_WORKFLOW: 'e2e workflow',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_NUMBER: '17',
  GITHUB_REPOSITORY: 'acme/data-platform',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_SHA: 'abcdef0123456789',
  GITHUB_EVENT_NAME: 'workflow_dispatch'
}

/**
 * Runs the committed bundle as the runner does (INPUT_* with hyphens kept, the GitHub context,
 * nothing else but PATH), with GITHUB_OUTPUT and GITHUB_STEP_SUMMARY where `files` says (fresh
 * empty files in a temporary folder otherwise). `onSpawn` gets the process as soon as it
 * starts. A process still running after `limitMs` is killed (SIGKILL) and reported as hung.
 */
export async function runBundleWith(
  inputs: Record<string, string>,
  files: RunnerFiles = {},
  options: { onSpawn?: (child: ChildProcess) => void; limitMs?: number } = {}
): Promise<PlacedRun> {
  const dir = mkdtempSync(join(tmpdir(), 'anymetrics-hostile-'))
  const output = files.output ?? join(dir, 'output')
  const summary = files.summary ?? join(dir, 'summary')
  if (files.output === undefined) writeFileSync(output, '')
  if (files.summary === undefined) writeFileSync(summary, '')
  const env = {
    PATH: process.env.PATH ?? '',
    RUNNER_TEMP: dir,
    ...RUNNER_CONTEXT,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    ...Object.fromEntries(Object.entries(inputs).map(([name, v]) => [inputVariable(name), v]))
  }
  try {
    const ended = await new Promise<Omit<PlacedRun, 'outputs' | 'summary'>>((resolve, reject) => {
      const child = spawn(process.execPath, [BUNDLE], { env, stdio: ['ignore', 'pipe', 'pipe'] })
      let stdout = ''
      let stderr = ''
      let hung = false
      const limit = setTimeout(() => {
        hung = true
        child.kill('SIGKILL')
      }, options.limitMs ?? 20_000)
      child.stdout.on('data', chunk => (stdout += String(chunk)))
      child.stderr.on('data', chunk => (stderr += String(chunk)))
      child.on('error', reject)
      child.on('close', (exitCode, signal) => {
        clearTimeout(limit)
        resolve({ exitCode, signal, stdout, stderr, closedAtMs: performance.now(), hung })
      })
      options.onSpawn?.(child)
    })
    return {
      ...ended,
      outputs: parseOutputFile(readRegularFile(output)),
      summary: readRegularFile(summary)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A regular file's text; '' for anything else (missing, a FIFO, a folder). */
function readRegularFile(path: string): string {
  try {
    return statSync(path).isFile() ? readFileSync(path, 'utf8') : ''
  } catch {
    return ''
  }
}

/** CPU time (user + system) a live process has used so far, in seconds, from /proc. */
export function cpuSecondsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // Fields 14 and 15 of stat(5) (utime, stime) are the 12th and 13th after the name.
    const ticks = Number(fields[11]) + Number(fields[12])
    return ticks / CLOCK_TICKS_PER_SECOND
  } catch {
    return undefined
  }
}

/** sysconf(_SC_CLK_TCK): 100 on every Linux this runs on. */
const CLOCK_TICKS_PER_SECOND = 100
