import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { answeredAttempt } from '../src/platform/attempt.js'
import { EndPresenter } from '../src/report/end-presenter.js'
import { decideOutcome } from '../src/report/outcome.js'
import { Printer } from '../src/report/printer.js'
import type { Sink } from '../src/report/sink.js'
import { RunReport } from '../src/report/run-report.js'
import { TriggerPresenter } from '../src/report/trigger-presenter.js'
import { secretForms } from '../src/secret-matching.js'
import {
  TrustBoundary,
  basicToken,
  decimal,
  display,
  inertLine,
  joinDisplay,
  shorten,
  type DisplayText
} from '../src/trust.js'
import './support/fast-check-setup.js'
import { resultOf } from './support/results.js'
import { foreignCommands, runnerCommands } from './support/runner-commands.js'
import { runs } from './support/property-runs.js'

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

/**
 * The ways a secret can be echoed back, as the tests write them, each with what must not be shown
 * of it. In base64 inside a longer text, the characters that also carry the neighbouring bytes
 * (and the padding) may stay.
 */
const encodings: Array<(secret: string) => { echoed: string; hidden: string }> = [
  secret => whole(secret),
  secret => whole(encodeURIComponent(secret)),
  secret => whole(Buffer.from(secret).toString('base64')),
  secret => inBase64(`x${secret}`, 'base64', 2),
  secret => inBase64(`xy${secret}`, 'base64', 3),
  secret => inBase64(`robot:${secret}`, 'base64url', 8),
  secret => whole(secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')),
  secret => whole(JSON.stringify(secret).slice(1, -1))
]

function whole(echoed: string) {
  return { echoed, hidden: echoed }
}

function inBase64(text: string, encoding: 'base64' | 'base64url', prefixCharacters: number) {
  const echoed = Buffer.from(text).toString(encoding)
  return { echoed, hidden: echoed.slice(prefixCharacters, -3) }
}

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
    progress: line => (stdout += `${line}\n`),
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

  it('never throws, whatever it is given, halves of surrogate pairs included', () => {
    // Any UTF-16 code unit: JSON can escape half of a pair, in a message or in a token.
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map(unit => String.fromCharCode(unit))
    const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: codeUnit }))
    fc.assert(
      fc.property(anyText, anyText, (raw, secret) => {
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
          const { echoed, hidden } = encodings[encoding]!(secret)
          const raw = `${before}${echoed}${after}`
          for (const shown of [boundary.text(raw), boundary.excerpt(raw), boundary.quote(raw)]) {
            expect(shown).not.toContain(hidden)
          }
        }
      )
    )
  })

  it('masks a secret echoed in an error page however the excerpt is made', () => {
    const secret = 'sk-Live  With<b>Spaces-0123456789'
    const boundary = new TrustBoundary([secret])
    const excerpt = (page: string) => boundary.excerpt(page)
    // Tags inside the secret, and its two spaces, are masked before markup and space are folded.
    expect(excerpt(`<p>key ${secret}</p>`)).toBe('key ***')
    expect(excerpt(`<p>${'x'.repeat(60)} ${secret.repeat(8)}</p>`)).toBe(`${'x'.repeat(60)} ***`)
    expect(
      excerpt(
        '<html><body>sk-Live%20%20With%3Cb%3ESpaces-0123456789 and ' +
          'c2stTGl2ZSAgV2l0aDxiPlNwYWNlcy0wMTIzNDU2Nzg5</body></html>'
      )
    ).toBe('*** and ***')
    expect(excerpt('<pre>sk-Live  With&lt;b&gt;Spaces-0123456789</pre>')).toBe('***')
  })
})

describe('long texts, read as far as they can show', () => {
  // Words, runs of white space of every kind, and echoes of the secret, at any length.
  const longText = (secret: string) =>
    fc
      .array(
        fc.oneof(
          fc.stringMatching(/^[a-z0-9<>:#[\]]{1,12}$/),
          fc.constantFrom(
            ' ',
            '   ',
            '\n\t',
            '\u00a0\u3000',
            ' '.repeat(300),
            secret,
            `${secret} `
          ),
          fc.string({ unit: 'binary', maxLength: 4 })
        ),
        { minLength: 200, maxLength: 900 }
      )
      .map(parts => parts.join(''))

  it('shows a text as it shows any longer one it starts, once that holds window() characters', () => {
    fc.assert(
      fc.property(
        secretText.chain(secret => fc.tuple(fc.constant(secret), longText(secret))),
        fc.integer({ min: 1, max: 1000 }),
        fc.nat({ max: 2000 }),
        ([secret, raw], limit, extra) => {
          const boundary = new TrustBoundary([secret])
          // Where the text has held window(limit) characters that are not white space.
          let seen = 0
          let end = 0
          while (end < raw.length && seen < boundary.window(limit)) {
            if (!/[\s\u0085]/.test(raw[end]!)) seen += 1
            end += 1
          }
          fc.pre(seen >= boundary.window(limit))
          const cut = raw.slice(0, Math.min(raw.length, end + extra))
          const shown = boundary.text(raw, limit)
          expect(boundary.text(cut, limit)).toBe(shown)
          // Masks shorten the text and pull what was past the window into view: never a piece
          // of a secret that the window cut in two.
          expect(shown.replace(/\s/g, '')).not.toContain(secret.replace(/\s/g, '').slice(0, 8))
        }
      ),
      { numRuns: runs(60) }
    )
  })

  it('never shows a piece of a secret that the window cut, however much the masks before it shorten the text', () => {
    const secret = 'sk-0123456789abcdef'
    const boundary = new TrustBoundary([secret])
    // 2,400 characters that mask down to 480: what lay past the window comes into view.
    for (const raw of [`${secret} `.repeat(120), `${secret}\n\n`.repeat(120)]) {
      const shown = boundary.text(raw)
      expect(shown).toMatch(/^(\*\*\* )+\*\*\*$/)
      expect(shown).not.toContain('sk-')
    }
    // 21 characters a secret: the window cuts one in two, whose start must not show.
    expect(boundary.text(`${secret}, `.repeat(200)).replace(/[*, ]/g, '')).toBe('')
  })

  it('takes an excerpt from the start of a page, whatever follows far enough behind', () => {
    fc.assert(
      fc.property(
        secretText,
        fc.stringMatching(
          /^(<[a-z]{1,6}( [a-z]{1,4}="[a-z ]{0,8}")?>|<\/[a-z]{1,6}>|[a-zA-Z0-9 .,:]{1,30}){10,200}$/
        ),
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 300 }),
        (secret, page, tail, otherTail) => {
          const boundary = new TrustBoundary([secret])
          // Far behind: past the largest window an excerpt reads before its 256 KiB cut.
          const filler = `<p>${'text '.repeat(60_000)}</p>`
          expect(boundary.excerpt(`${page}${filler}${tail}`)).toBe(
            boundary.excerpt(`${page}${filler}${otherTail}`)
          )
          expect(boundary.excerpt(`${page}${secret}${filler}`)).not.toContain(secret)
        }
      ),
      { numRuns: runs(30) }
    )
  })

  it('reads a long page by windows, not whole: what shows is what the whole page shows', () => {
    const boundary = new TrustBoundary(['sk-0123456789abcdef'])
    const head = `<html><head><title>Error</title><script>${'var x = 1; '.repeat(2000)}</script></head>`
    const page = `${head}<body><h1>502 Bad Gateway</h1><p>${'upstream failed '.repeat(5000)}</p></body></html>`
    // The visible text starts after 22 KB of markup: the first windows hold none of it.
    const shown = `502 Bad Gateway ${'upstream failed '.repeat(20)}`.slice(0, 200)
    expect(boundary.excerpt(page)).toBe(`${shown}…`)
  })
})

describe('redaction', () => {
  // Every form is written out as it comes back, not computed the way the boundary computes it.
  const secret = `Tr0ub4dor &3/"<>'é`
  const boundary = new TrustBoundary([secret])

  it.each([
    ['as it is', `Tr0ub4dor &3/"<>'é`, '***'],
    ['URL-encoded', "Tr0ub4dor%20%263%2F%22%3C%3E'%C3%A9", '***'],
    ['URL-encoded with + for the space', "Tr0ub4dor+%263%2F%22%3C%3E'%C3%A9", '***'],
    ['JSON-escaped', `Tr0ub4dor &3/\\"<>'é`, '***'],
    ['HTML-escaped with &#39;', 'Tr0ub4dor &amp;3/&quot;&lt;&gt;&#39;é', '***'],
    ['HTML-escaped with &#x27;', 'Tr0ub4dor &amp;3/&quot;&lt;&gt;&#x27;é', '***'],
    ['HTML-escaped with &apos;', 'Tr0ub4dor &amp;3/&quot;&lt;&gt;&apos;é', '***'],
    ['HTML-escaped but for the apostrophe', "Tr0ub4dor &amp;3/&quot;&lt;&gt;'é", '***'],
    ['HTML-escaped but for the quotes', `Tr0ub4dor &amp;3/"&lt;&gt;'é`, '***'],
    ['HTML-escaped but for the double quote', 'Tr0ub4dor &amp;3/"&lt;&gt;&#39;é', '***'],
    ['in base64', 'VHIwdWI0ZG9yICYzLyI8PifDqQ==', '***'],
    ['in base64 without padding', 'VHIwdWI0ZG9yICYzLyI8PifDqQ', '***'],
    ['in base64 after user:', 'cm9ib3Q6VHIwdWI0ZG9yICYzLyI8PifDqQ==', 'cm9ib3Q6***'],
    ['in base64 one byte in', 'eFRyMHViNGRvciAmMy8iPD4nw6k=', 'eF***k='],
    ['in base64 two bytes in', 'eHlUcjB1YjRkb3IgJjMvIjw+J8Op', 'eHl***'],
    ['in URL-safe base64 two bytes in', 'eHlUcjB1YjRkb3IgJjMvIjw-J8Op', 'eHl***']
  ])('masks the secret %s', (_how, echoed, shown) => {
    expect(boundary.redact(`[${echoed}]`)).toBe(`[${shown}]`)
    expect(boundary.text(`a ${echoed} b`)).toBe(`a ${shown} b`)
  })

  it('lists exactly those forms of a secret, for the runner to mask', () => {
    expect(secretForms(secret).sort()).toEqual(
      [
        `Tr0ub4dor &3/"<>'é`,
        "Tr0ub4dor%20%263%2F%22%3C%3E'%C3%A9",
        "Tr0ub4dor+%263%2F%22%3C%3E'%C3%A9",
        `Tr0ub4dor &3/\\"<>'é`,
        'Tr0ub4dor &amp;3/&quot;&lt;&gt;&#39;é',
        'Tr0ub4dor &amp;3/&quot;&lt;&gt;&#x27;é',
        'VHIwdWI0ZG9yICYzLyI8PifDqQ==',
        'VHIwdWI0ZG9yICYzLyI8PifDqQ',
        'VHIwdWI0ZG9yICYzLyI8PifDq',
        'RyMHViNGRvciAmMy8iPD4nw6',
        'UcjB1YjRkb3IgJjMvIjw+J8Op',
        'UcjB1YjRkb3IgJjMvIjw-J8Op'
      ].sort()
    )
  })

  it('masks a short secret only as it is: a few base64 characters would mask unrelated text', () => {
    expect(secretForms('abc')).toEqual(['abc'])
    expect(new TrustBoundary(['abc']).redact('abc YWJj')).toBe('*** YWJj')
    // Base64 forms of six characters and more are masked.
    expect(secretForms('abcd')).toEqual(['abcd', 'YWJjZA==', 'YWJjZA'])
  })

  it('masks nothing for an empty secret', () => {
    expect(secretForms('')).toEqual([])
    expect(new TrustBoundary(['']).redact('text')).toBe('text')
  })

  it('masks the longer of two secrets whole when one holds the other', () => {
    const boundary = new TrustBoundary(['token-1234', 'my-token-1234-key'])
    expect(boundary.redact('a my-token-1234-key b token-1234')).toBe('a *** b ***')
  })

  it('masks a secret added later, and returns its forms not yet known', () => {
    const boundary = new TrustBoundary(['first-secret'])
    expect(boundary.addSecret('first-secret')).toEqual([])
    const added = boundary.addSecret('tok 123456')
    expect(added).toEqual(expect.arrayContaining(['tok 123456', 'tok%20123456', 'tok+123456']))
    expect(boundary.redact('first-secret tok+123456')).toBe('*** ***')
  })
})

describe('an excerpt of a page', () => {
  it('drops tags and script or style elements, and keeps an unclosed < as text', () => {
    const boundary = new TrustBoundary()
    expect(boundary.excerpt('<style>a{}</style><h1>502</h1><script>x()</SCRIPT>end')).toBe(
      '502 end'
    )
    expect(boundary.excerpt('a < b')).toBe('a < b')
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
          const printer = new Printer(sink, boundary)
          const report = new RunReport(printer, {})
          printer.mask(secret)
          const body = JSON.stringify({
            succeed: false,
            code: traceId,
            traceId,
            data,
            errorMsg: `${errorMsg} ${secret}`
          })
          const attempt = answeredAttempt({ status: 200, body }, boundary, 0)
          const trigger = { tableName: `::error::${errorMsg}`, partition: `##[${data}` }
          const result = await resultOf(trigger, attempt, boundary)
          const triggers = new TriggerPresenter(report, {
            host: 'http://127.0.0.1:1',
            concurrency: 1
          })
          triggers.runStarted(1, 0)
          triggers.finished(result, 1, 1)
          await new EndPresenter(report).runEnded(decideOutcome([result], {}, boundary))

          const stdout = sink.stdout()
          expect(foreignCommands(stdout)).toEqual([])
          const errors = runnerCommands(stdout).filter(command => command.name === 'error')
          expect(errors).toHaveLength(1)
          const printed = stdout.replace(/^::add-mask::.*$/gm, '')
          const sinks = [printed, ...Object.values(sink.outputs)].join('\n')
          for (const form of [secret, JSON.stringify(secret).slice(1, -1)]) {
            expect(sinks).not.toContain(form)
          }
          expect(sink.outputs['trace-id']).not.toMatch(/[\r\n]/)
          // eslint-disable-next-line no-control-regex
          expect(sink.outputs.results).not.toMatch(/[\u0000-\u001f\u007f-\u009f]|\\u00(0|1|7f|8|9)/)
        }
      )
    )
  })
})

describe('the action’s own identifiers', () => {
  const visible = fc.stringMatching(/^[\x21-\x7e]{1,40}$/)

  it('are never rewritten by a secret shorter than four characters, unless they are it', () => {
    fc.assert(
      fc.property(visible, fc.stringMatching(/^[\x21-\x7e]{1,3}$/), (identifier, secret) => {
        const boundary = new TrustBoundary([secret])
        const shown = boundary.identifier(identifier)
        if (identifier === secret) expect(shown).toBe('***')
        else expect(shown).toBe(new TrustBoundary().identifier(identifier))
      })
    )
  })

  it('still have a longer secret masked inside them', () => {
    fc.assert(
      fc.property(visible, fc.stringMatching(/^[A-Za-z0-9]{4,20}$/), visible, (a, secret, b) => {
        const boundary = new TrustBoundary([secret])
        expect(boundary.identifier(`${a}${secret}${b}`)).not.toContain(secret)
      })
    )
  })

  it('keep partitions and codes whole with a one-character credential', () => {
    const boundary = new TrustBoundary(['2'])
    expect(boundary.identifier('2024-07-01')).toBe('2024-07-01')
    expect(boundary.identifier('200')).toBe('200')
    expect(boundary.text('2024-07-01')).toBe('***0***4-07-01')
  })
})

describe('display text, character for character', () => {
  const boundary = new TrustBoundary()

  it('is made of the action’s own words with values between them, and joined with its separators', () => {
    expect(display`HTTP ${503} from ${boundary.text('gw')}.`).toBe('HTTP 503 from gw.')
    expect(display`${1}${2}`).toBe('12')
    expect(joinDisplay([display`a`, display`b`], ', ')).toBe('a, b')
    expect(decimal(1.25, 1)).toBe('1.3')
  })

  it('knows no secret it was not told (Stryker fills a list with this placeholder)', () => {
    const placeholder = 'Stryker was here'
    for (const known of [new TrustBoundary(), new TrustBoundary(['a-long-secret', '2'])]) {
      expect(known.text(placeholder)).toBe(placeholder)
      expect(known.identifier(placeholder)).toBe(placeholder)
      expect(known.addSecret(placeholder)).toContain(placeholder)
    }
  })

  it('reads as far as its longest secret can reach written in its longest form', () => {
    expect(new TrustBoundary().window(10)).toBe(10 * 2 + 64 + 1)
    // Told the shorter first: the longest form of the longer secret counts.
    const secrets = ['abcd', 'a-much-longer-secret']
    const longest = Math.max(...secrets.flatMap(secretForms).map(form => form.length))
    expect(longest).toBe(28)
    expect(new TrustBoundary(secrets).window(10)).toBe(10 * 2 + 64 + longest * 12 + 1)
  })

  it('masks a secret shorter than four characters in an identifier that is it, padded or not', () => {
    const short = new TrustBoundary(['2'])
    expect(short.identifier(' 2 ')).toBe('***')
    expect(short.identifier('2')).toBe('***')
  })

  it('is folded to one line, invisible characters replaced by U+FFFD, and cut at the limit', () => {
    expect(boundary.text('a\u0007b')).toBe('a\ufffdb')
    expect(boundary.text('a\nb')).toBe('a b')
    expect(boundary.text('a\n')).toBe('a')
    expect(boundary.text('a  b')).toBe('a b')
    expect(boundary.text('x'.repeat(1001))).toBe(`${'x'.repeat(1000)}…`)
    expect(boundary.text('x'.repeat(1000))).toBe('x'.repeat(1000))
  })

  it('replaces half of a surrogate pair, and keeps a whole pair', () => {
    expect(boundary.text('a\ud800b')).toBe('a\ufffdb')
    expect(boundary.text('a\udc00b')).toBe('a\ufffdb')
    expect(boundary.text('a\ud83d\ude00b')).toBe('a\ud83d\ude00b')
    expect(boundary.text('\ud800\ud800\udc00')).toBe('\ufffd\ud800\udc00')
    expect(boundary.text('\ud800\udc00\udc00')).toBe('\ud800\udc00\ufffd')
  })

  it('breaks a runner command with a space, keeping its text', () => {
    expect(boundary.text('##[warning]x')).toBe('## [warning]x')
    expect(boundary.text('::error::x')).toBe(': :error::x')
    expect(inertLine(' ::error::x')).toBe(': :error::x')
  })

  it('quotes an input value as JSON, writing what a reader cannot see as \\u escapes', () => {
    expect(boundary.quote('abc')).toBe('"abc"')
    expect(boundary.quote('a\u200bb\u0085')).toBe('"a\\u200bb\\u0085"')
  })

  it('is cut before half of a surrogate pair, never through it', () => {
    const cut = (text: string, limit: number) => shorten(text as DisplayText, limit)
    expect(cut('abc', 2)).toBe('ab…')
    expect(cut('abc', 3)).toBe('abc')
    expect(cut('a\ud83d\ude00b', 2)).toBe('a…')
    expect(cut('ab\ud83d\ude00', 3)).toBe('ab…')
    expect(cut('a\ud800\udc00b', 2)).toBe('a…')
    expect(cut('a\udbff\udfffb', 2)).toBe('a…')
    expect(cut('a\udc00b', 2)).toBe('a\udc00…')
    expect(cut('a\ud7ffb', 2)).toBe('a\ud7ff…')
  })

  it('masks nothing else for a secret made only of what the canonical form drops', () => {
    const invisible = new TrustBoundary(['\u200b\u200b\u200b\u200b'])
    expect(invisible.text('a\u00e9bc')).toBe('a\u00e9bc')
  })

  it('writes the HTTP Basic token a user name and password make', () => {
    expect(basicToken('robot', 'p@ss')).toBe(Buffer.from('robot:p@ss').toString('base64'))
    expect(basicToken('robot', 'p@ss')).toBe('cm9ib3Q6cEBzcw==')
  })
})

describe('an excerpt, character for character', () => {
  const boundary = new TrustBoundary()

  it('is the text of a short page', () => {
    expect(boundary.excerpt('<h1>502</h1>')).toBe('502')
    expect(boundary.excerpt('<p>a</p>b')).toBe('a b')
  })

  it('hides an element only when its tag is named script, style or head', () => {
    expect(boundary.excerpt('<s<style>hidden</style>shown')).toBe('hidden shown')
  })

  it('drops a tag a window cut in two, and reads on until the text is enough', () => {
    const page = `<p>${'x'.repeat(100)}</p><a href="${'y'.repeat(5000)}">z</a>`
    expect(boundary.excerpt(page)).toBe(`${'x'.repeat(100)} z`)
  })
})

describe('a long text, against reading it whole', () => {
  const words = fc
    .array(
      fc.oneof(
        fc.stringMatching(/^[a-z0-9<>:#]{1,12}$/),
        fc.constantFrom(' ', '   ', '\n\t', '\u00a0\u3000', ' '.repeat(300), '\u0007')
      ),
      { minLength: 100, maxLength: 600 }
    )
    .map(parts => parts.join(''))

  it('shows what the whole text shows, cut at the limit, when secrets are few', () => {
    fc.assert(
      fc.property(
        words,
        // Mostly limits whose window the words outgrow (the text is read by its folded prefix).
        fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 101, max: 1000 })),
        fc.option(secretText, { nil: undefined }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (raw, limit, secret, places) => {
          let text = raw
          for (const at of places) {
            if (secret !== undefined)
              text = text.slice(0, at % text.length) + secret + text.slice(at % text.length)
          }
          const known = new TrustBoundary(secret === undefined ? [] : [secret])
          expect(known.text(text, limit)).toBe(shorten(known.text(text, Infinity), limit))
        }
      ),
      { numRuns: runs(100) }
    )
  })
})
