/**
 * Helpers for the round-three attacks (e2e/attacks-round-three): a raw loopback server that
 * keeps connections alive and answers each request as a script says (bytes below HTTP, 1xx
 * answers, bodies that never end), the job summary rendered as GitHub would render it, a
 * reader's view of a sink for finding secrets in any form, and dbt artifacts of any size.
 */
import { expect } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import { join } from 'node:path'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { leakForms, shownStdout, type RunText } from './leaks.js'

/** One request as the scripted server read it. */
export interface ScriptedRequest {
  method: string
  path: string
  headers: Record<string, string>
  body: string
  /** 0-based arrival order over the whole server. */
  index: number
  /** 0-based order of the connection it came on. */
  connection: number
  /** When it arrived (performance.now()). */
  arrivedMs: number
}

/** What the server does with a request: write to the socket, close it, or nothing at all. */
export type Script = (request: ScriptedRequest, socket: Socket) => void

export interface ScriptedServer {
  url: string
  port: number
  requests: ScriptedRequest[]
  /** How many TCP connections were opened. */
  connections(): number
  close(): Promise<void>
}

const MAX_REQUEST_BYTES = 64 * 1024

/**
 * A TCP server on 127.0.0.1 that reads every HTTP request on a connection (keep-alive, one
 * after another) and hands each to `script`. Anything that does not look like HTTP (the
 * action's TLS probe) is closed at once.
 */
export async function startScriptedServer(script: Script): Promise<ScriptedServer> {
  const requests: ScriptedRequest[] = []
  const sockets = new Set<Socket>()
  let connections = 0
  const server = createServer(socket => {
    const connection = connections++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
    let buffer = Buffer.alloc(0)
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk])
      if (!/^[A-Z]/.test(buffer.subarray(0, 1).toString('latin1'))) return void socket.destroy()
      if (buffer.length > MAX_REQUEST_BYTES) return void socket.destroy()
      for (;;) {
        const parsed = readRequest(buffer)
        if (!parsed) return
        buffer = buffer.subarray(parsed.used)
        const request = {
          ...parsed.request,
          index: requests.length,
          connection,
          arrivedMs: performance.now()
        }
        requests.push(request)
        script(request, socket)
      }
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    connections: () => connections,
    close: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

function readRequest(
  buffer: Buffer
): { request: Omit<ScriptedRequest, 'index' | 'connection' | 'arrivedMs'>; used: number } | null {
  const end = buffer.indexOf('\r\n\r\n')
  if (end < 0) return null
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
  if (buffer.length < end + 4 + length) return null
  const [method = '', path = ''] = requestLine.split(' ')
  const body = buffer.subarray(end + 4, end + 4 + length).toString('utf8')
  return { request: { method, path, headers, body }, used: end + 4 + length }
}

/** The partition a trigger asked for ('' for anything else, such as the token request). */
export function partitionOf(request: ScriptedRequest): string {
  try {
    return String((JSON.parse(request.body) as { tablePartition?: unknown }).tablePartition ?? '')
  } catch {
    return ''
  }
}

/** A whole HTTP/1.1 answer, its body counted in Content-Length. */
export function httpAnswer(
  status: number,
  body: string | Buffer,
  headers: Record<string, string> = {},
  reason = 'Status'
): Buffer {
  const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  const head = [
    `HTTP/1.1 ${status} ${reason}`,
    `Content-Length: ${payload.length}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)
  ].join('\r\n')
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), payload])
}

/** A JSON answer, as the platform gives one. */
export function jsonAnswer(
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): Buffer {
  return httpAnswer(status, JSON.stringify(body), {
    'Content-Type': 'application/json',
    ...headers
  })
}

/** The platform's acceptance of a trigger. */
export const ACCEPTED = {
  code: '200',
  succeed: true,
  success: true,
  traceId: 'tr-ok',
  data: 'true'
}

// ---------------------------------------------------------------------------------------------
// The job summary as GitHub renders it.

/** The summary's HTML, as micromark renders it with GitHub's extensions and raw HTML let through. */
export function renderSummary(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()]
  })
}

/** The tags the action's own summary is made of; none of them carries an attribute. */
const OWN_TAGS = new Set([
  'h2',
  'h3',
  'h4',
  'p',
  'strong',
  'em',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'code',
  'pre',
  'details',
  'summary',
  'ul',
  'li',
  'br',
  'hr'
])

/**
 * Every tag in the rendered summary that the action's own markdown does not make: a link, an
 * image, any other element, or one of its own with an attribute (href, src, on…=).
 */
export function foreignTags(html: string): string[] {
  const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)]
  return tags
    .filter(([, name = '', attributes = '']) => {
      return !OWN_TAGS.has(name.toLowerCase()) || attributes.trim() !== ''
    })
    .map(([tag]) => tag)
}

// ---------------------------------------------------------------------------------------------
// Secrets as a reader would recognise them.

/**
 * Text as a person reads it: HTML entities (numeric and the named ones used here), percent
 * escapes (UTF-8, or Latin-1 when that is not UTF-8) and JSON \u escapes decoded, characters
 * that do not show (format and default-ignorable code points, white space) dropped, and
 * compatibility forms (full-width letters, NFD accents) folded.
 */
export function asReadBy(text: string): string {
  return text
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_m, hex: string) => safeCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]{1,7});?/g, (_m, dec: string) => safeCodePoint(parseInt(dec, 10)))
    .replace(/&([a-zA-Z]+);/g, (entity, name: string) => NAMED[name] ?? entity)
    .replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/(?:%[0-9a-fA-F]{2})+/g, percentDecoded)
    .replace(/\+/g, ' ')
    .replace(/[\p{Cf}\p{Default_Ignorable_Code_Point}\s]/gu, '')
    .normalize('NFKC')
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  eacute: 'é',
  Eacute: 'É',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
  plus: '+',
  sol: '/',
  equals: '=',
  lowbar: '_',
  hyphen: '‐',
  period: '.',
  colon: ':'
}

function safeCodePoint(value: number): string {
  return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : ''
}

function percentDecoded(run: string): string {
  const bytes = Buffer.from(run.replace(/%/g, ''), 'hex')
  const utf8 = bytes.toString('utf8')
  return utf8.includes('\ufffd') ? bytes.toString('latin1') : utf8
}

/** Every place a run wrote to, by name (stdout without its ::add-mask:: commands). */
export function sinksOf(run: RunText): Array<[string, string]> {
  return [
    ['stdout', shownStdout(run.stdout)],
    ['stderr', run.stderr ?? ''],
    ...Object.entries(run.outputs ?? {}).map(([name, value]): [string, string] => [
      `output ${name}`,
      value
    ]),
    ['summary', run.summary ?? '']
  ]
}

/**
 * Fails, naming the place and what was found, when a sink holds the secret as the server
 * echoed it (`echoed`, and each of its lines), in any form a leak would take (leaks.ts), or as
 * a reader would recognise it: the first `prefix` characters of the secret, read as a person
 * reads text (see asReadBy).
 */
export function expectSecretHidden(
  run: RunText,
  secret: string,
  echoed: readonly string[] = [],
  prefix = 10
): void {
  const readable = asReadBy(secret).slice(0, prefix)
  const exact = [
    ...new Set([...leakForms(secret), ...echoed.flatMap(form => [form, ...form.split(/\r?\n/)])])
  ].filter(form => form.length >= 6)
  const found = sinksOf(run).flatMap(([place, text]) => [
    ...exact.filter(form => text.includes(form)).map(form => `${JSON.stringify(form)} in ${place}`),
    ...(asReadBy(text).includes(readable) ? [`${JSON.stringify(readable)} (read) in ${place}`] : [])
  ])
  expect(found).toEqual([])
}

// ---------------------------------------------------------------------------------------------
// dbt artifacts.

export interface DbtNodeSpec {
  uniqueId: string
  /** run_results status (default success). */
  status?: string
  /** Absent from the manifest. */
  missing?: boolean
  name?: string
  schema?: string
  materialized?: string
  tags?: string[]
}

/**
 * Writes run_results.json (v6) and manifest.json (v12) for these nodes into `dir` and returns
 * the run_results path (the manifest is beside it, where the action looks by default).
 */
export function writeDbtArtifacts(dir: string, nodes: readonly DbtNodeSpec[]): string {
  mkdirSync(dir, { recursive: true })
  const runResults = {
    metadata: {
      dbt_schema_version: 'https://schemas.getdbt.com/dbt/run-results/v6.json',
      dbt_version: '1.9.4'
    },
    results: nodes.map(node => ({
      status: node.status ?? 'success',
      unique_id: node.uniqueId,
      message: 'OK'
    }))
  }
  const manifest = {
    metadata: {
      dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json',
      dbt_version: '1.9.4'
    },
    nodes: Object.fromEntries(
      nodes
        .filter(node => !node.missing)
        .map(node => [
          node.uniqueId,
          {
            unique_id: node.uniqueId,
            resource_type: node.uniqueId.split('.')[0],
            name: node.name ?? node.uniqueId.split('.').at(-1),
            alias: node.name ?? node.uniqueId.split('.').at(-1),
            schema: node.schema ?? 'sales',
            database: null,
            original_file_path: `models/${node.name ?? 'x'}.sql`,
            tags: node.tags ?? [],
            config: { materialized: node.materialized ?? 'table', tags: node.tags ?? [] }
          }
        ])
    )
  }
  const runResultsPath = join(dir, 'run_results.json')
  writeFileSync(runResultsPath, JSON.stringify(runResults))
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest))
  return runResultsPath
}
