/**
 * Answers judged on their raw values, and secrets masked in whatever form the platform echoes
 * them: the bundle as the runner runs it, against a loopback server that answers as told.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { annotations, runAction } from '../support/run-action.js'
import { TABLE } from '../support/inputs.js'
import { shownStdout } from '../support/leaks.js'

let server: http.Server | undefined
afterEach(async () => {
  await new Promise(resolve => server?.close(resolve) ?? resolve(undefined))
  server = undefined
})

/** A platform that answers every request with `body` (JSON) and records the headers. */
async function platform(body: (headers: http.IncomingHttpHeaders) => unknown): Promise<string> {
  server = http.createServer((request, response) => {
    request.resume()
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body(request.headers)))
    })
  })
  await new Promise<void>(resolve => server!.listen(0, '127.0.0.1', resolve))
  return `127.0.0.1:${(server!.address() as AddressInfo).port}`
}

const inputs = (host: string, overrides: Record<string, string> = {}) => ({
  host,
  'tenant-id': 'tn_judge',
  'auth-type': 'TOKEN',
  'auth-value': 'Sé cret+/Tok€n=42'.replace('€', 'E'),
  'table-name': TABLE,
  partition: '2024-07-01..2024-07-02',
  retries: '0',
  ...overrides
})

describe('judging on raw values', () => {
  it('accepts code 200 with a one-character credential "2", and warns once that it is short', async () => {
    const host = await platform(() => ({ code: '200', success: true, traceId: 'tr-2', data: 'ok' }))
    const run = await runAction(inputs(host, { 'auth-type': 'UID', 'auth-value': '2' }))
    expect(run.exitCode).toBe(0)
    expect(run.outputs.success).toBe('true')
    expect(run.outputs['succeeded-count']).toBe('2')
    const warnings = annotations(run.stdout, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('shorter than 4 characters')
  })
})

describe('outputs with a credential of a few characters', () => {
  it("carry the action's own values unmasked, while the platform's text stays masked", async () => {
    const host = await platform(() => ({
      code: '200',
      success: true,
      traceId: 'tr-2',
      data: 'done 2 rows'
    }))
    const run = await runAction(inputs(host, { 'auth-type': 'UID', 'auth-value': '2' }))
    expect(run.exitCode).toBe(0)
    const results = JSON.parse(run.outputs.results ?? '[]') as Array<Record<string, unknown>>
    expect(results.map(result => [result.tableName, result.partition, result.code])).toEqual([
      [TABLE, '2024-07-01', '200'],
      [TABLE, '2024-07-02', '200']
    ])
    // What the platform wrote is its text, not the action's: the credential stays masked there.
    expect(results.map(result => [result.traceId, result.data])).toEqual([
      ['tr-***', 'done *** rows'],
      ['tr-***', 'done *** rows']
    ])
  })

  it('mask a code that is the credential itself', async () => {
    const host = await platform(() => ({ code: '42', success: false, errorMsg: 'no' }))
    const run = await runAction(
      inputs(host, { 'auth-type': 'UID', 'auth-value': '42', partition: '2024-07-01' })
    )
    expect(run.exitCode).toBe(1)
    const [result] = JSON.parse(run.outputs.results ?? '[]') as Array<Record<string, unknown>>
    expect(result?.code).toBe('***')
  })
})

describe('headers as the platform receives them', () => {
  it('sends a Latin-1 credential as Latin-1 bytes, not as UTF-8', async () => {
    let received: string | undefined
    const host = await platform(headers => {
      received = headers['auth-value'] as string
      return { code: '200', success: true, traceId: 'tr-latin1' }
    })
    const run = await runAction(inputs(host, { 'auth-value': 'café-clé', partition: '2024-07-01' }))
    expect(run.exitCode).toBe(0)
    // Node reads header bytes as Latin-1: UTF-8 bytes would arrive as "cafÃ©".
    expect(received).toBe('café-clé')
  })
})

describe('secrets echoed in forms exact matching misses', () => {
  const secret = 'Se cret+/TokEn=42'
  const javaUrlEncoded = 'Se+cret%2B%2fTokEn%3d42'
  const mimeBase64 = Buffer.from(`appuser:${secret}`)
    .toString('base64')
    .replace(/(.{8})/g, '$1\r\n')
  const htmlEntities = [...secret].map(c => `&#${c.codePointAt(0)};`).join('')
  const invisible = [...secret].join('\u200b')
  const echoes = [javaUrlEncoded, mimeBase64, htmlEntities, invisible]

  it.each(echoes)('never shows the credential echoed as %j', async echo => {
    const host = await platform(() => ({
      code: '401',
      success: false,
      traceId: 'tr-echo',
      errorMsg: `credential rejected: ${echo}`
    }))
    const run = await runAction(inputs(host, { 'auth-value': secret, partition: '2024-07-01' }))
    expect(run.exitCode).toBe(1)
    const everything = [
      shownStdout(run.stdout),
      run.stderr,
      run.summary,
      ...Object.values(run.outputs)
    ].join('\n')
    expect(everything).toMatch(/credential rejected: .*\*\*\*/)
    expect(everything).not.toContain(echo)
    expect(everything).not.toContain(echo.replace(/\s+/g, ' '))
    expect(everything).not.toContain(secret)
  })
})
