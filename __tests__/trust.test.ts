import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { answeredAttempt } from '../src/platform/attempt.js'
import { Reporter, type Sink } from '../src/report/printer.js'
import { finishedResult } from '../src/run/trigger.js'
import { TrustBoundary, inertLine, secretForms, stripMarkup } from '../src/trust.js'
import { foreignCommands, runnerCommands } from './support/runner-commands.js'

/** Strings an attacker would try, mixed into arbitrary text. */
const hostileFragment = fc.constantFrom(
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u0085',
  '::error::forged',
  '::add-mask::x',
  '::stop-commands::t',
  '##[warning]forged',
  '##[group]',
  '\u001b[31m',
  '\u0007',
  '\u009b',
  '\u202e',
  '<',
  '>',
  '<script>',
  '%0A',
  '::'
)
const hostileText = fc
  .array(fc.oneof(fc.string({ unit: 'binary' }), hostileFragment), { maxLength: 12 })
  .map(parts => parts.join(''))

// Any printable secret but one of asterisks: the mask is ***, and masks side by side would
// "contain" such a secret without revealing anything of it.
const secretText = fc.stringMatching(/^[A-Za-z0-9+/=_\-.~!'()@:&<>" ]{8,40}$/)

/** Every encoded form in which a secret could be echoed back, as the tests write them. */
const encodings: Array<(secret: string) => string> = [
  secret => secret,
  secret => encodeURIComponent(secret),
  secret => Buffer.from(secret).toString('base64'),
  secret => Buffer.from(`x${secret}`).toString('base64'),
  secret => Buffer.from(`xy${secret}`).toString('base64'),
  secret => Buffer.from(`robot:${secret}`).toString('base64url'),
  secret => secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  secret => JSON.stringify(secret).slice(1, -1)
]

/** A sink that writes what @actions/core would write to stdout. */
function stdoutSink(): Sink & { stdout: () => string; outputs: Record<string, string> } {
  let stdout = ''
  const outputs: Record<string, string> = {}
  const escape = (text: string) =>
    text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  const command = (name: string, message: string, properties = '') =>
    (stdout += `::${name}${properties}::${escape(message)}\n`)
  return {
    setSecret: value => command('add-mask', value),
    debug: line => command('debug', line),
    info: line => (stdout += `${line}\n`),
    notice: line => command('notice', line),
    warning: line => command('warning', line),
    error: (line, { title }) => command('error', line, ` title=${title}`),
    startGroup: line => command('group', line),
    endGroup: () => command('endgroup', ''),
    setOutput: (name, value) => (outputs[name] = value),
    writeSummary: async () => undefined,
    fail: () => undefined,
    stdout: () => stdout,
    outputs
  }
}

describe('display text', () => {
  it('is one line, bounded, and never starts or holds a runner command', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 300 }), (raw, limit) => {
        const boundary = new TrustBoundary()
        for (const text of [boundary.text(raw, limit), boundary.excerpt(raw, limit)]) {
          expect(text).not.toMatch(/[\r\n\u2028\u2029\u0085]/)
          // eslint-disable-next-line no-control-regex
          expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
          expect(text.length).toBeLessThanOrEqual(limit + 1)
          expect(runnerCommands(text)).toEqual([])
        }
        expect(runnerCommands(boundary.quote(raw))).toEqual([])
      })
    )
  })

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (raw, secret) => {
        const boundary = new TrustBoundary([secret])
        boundary.text(raw)
        boundary.excerpt(raw)
        boundary.quote(raw)
        inertLine(raw)
      })
    )
  })

  it('redacts a secret in every listed encoding, wherever it stands', () => {
    fc.assert(
      fc.property(
        secretText,
        fc.nat({ max: encodings.length - 1 }),
        fc.string(),
        fc.string(),
        (secret, encoding, before, after) => {
          const boundary = new TrustBoundary([secret])
          const raw = `${before}${encodings[encoding]!(secret)}${after}`
          for (const shown of [boundary.text(raw), boundary.excerpt(raw), boundary.quote(raw)]) {
            for (const form of secretForms(secret)) expect(shown).not.toContain(form)
          }
        }
      )
    )
  })

  it('masks a secret echoed in an error page however the excerpt is made', () => {
    const secret = 'sk-Live  With<b>Spaces-0123456789'
    const boundary = new TrustBoundary([secret])
    const pages = [
      `<p>key ${secret}</p>`,
      `<p>${'x'.repeat(60)} ${secret.repeat(8)}</p>`,
      `<html><body>${encodeURIComponent(secret)} and ${Buffer.from(secret).toString('base64')}</body></html>`,
      `<pre>${secret.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</pre>`
    ]
    for (const page of pages) {
      const excerpt = boundary.excerpt(page)
      expect(excerpt).toContain('***')
      for (const form of secretForms(secret)) expect(excerpt).not.toContain(form)
      expect(excerpt).not.toContain('sk-Live')
    }
  })
})

describe('stripMarkup', () => {
  it('drops tags and script or style elements, and keeps an unclosed < as text', () => {
    expect(stripMarkup('<style>a{}</style><h1>502</h1><script>x()</SCRIPT>end')).toBe('  502  end')
    expect(stripMarkup('a < b')).toBe('a < b')
  })

  it('reads 1 MiB of adversarial markup in one pass (a quadratic scan would outlast the test)', () => {
    const size = 1024 * 1024
    const boundary = new TrustBoundary(['secret-value'])
    // A quadratic scan of these takes minutes (about 10^11 steps), far past jest's timeout; a
    // linear one returns at once. No clock is read: the timeout is the judge.
    for (const adversarial of [
      '<'.repeat(size),
      '<script'.repeat(size / 7),
      '< >'.repeat(size / 3)
    ]) {
      const excerpt = boundary.excerpt(adversarial)
      expect(excerpt.length).toBeLessThanOrEqual(201)
    }
  })
})

describe('what the action prints from the platform’s answers', () => {
  it('holds no forged command, no secret, and one line per message', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileText,
        hostileText,
        hostileText,
        secretText,
        async (errorMsg, traceId, data, secret) => {
          const sink = stdoutSink()
          const boundary = new TrustBoundary()
          const reporter = new Reporter(sink, boundary, {})
          reporter.mask(secret)
          const body = JSON.stringify({
            succeed: false,
            code: traceId,
            traceId,
            data,
            errorMsg: `${errorMsg} ${secret}`
          })
          const attempt = answeredAttempt({ status: 200, body }, boundary, 0)
          const trigger = { tableName: `::error::${errorMsg}`, partition: `##[${data}` }
          const result = finishedResult(trigger, boundary, attempt.verdict, {
            attempts: 1,
            durationMs: 1,
            answered: true
          })
          reporter.runStarted(1, 'http://127.0.0.1:1', 1)
          reporter.finished(result, 1, 1)
          await reporter.runEnded([result])

          const stdout = sink.stdout()
          expect(foreignCommands(stdout)).toEqual([])
          const errors = runnerCommands(stdout).filter(command => command.name === 'error')
          expect(errors).toHaveLength(1)
          const printed = stdout.replace(/^::add-mask::.*$/gm, '')
          const sinks = [printed, ...Object.values(sink.outputs)].join('\n')
          for (const form of secretForms(secret)) expect(sinks).not.toContain(form)
          expect(sink.outputs['trace-id']).not.toMatch(/[\r\n]/)
          // eslint-disable-next-line no-control-regex
          expect(sink.outputs.results).not.toMatch(/[\u0000-\u001f\u007f-\u009f]|\\u00(0|1|7f|8|9)/)
        }
      )
    )
  })
})
