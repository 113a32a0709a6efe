/**
 * Secrets echoed in forms exact matching misses: each case written out literally (not through
 * the code under test), then the same property over generated secrets.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { TrustBoundary } from '../src/trust.js'

const SECRET = 'Sé cret+/Tok€n=42'

/** Java's URLEncoder: `+` for a space, `*` kept, `!'()~` escaped, hex in upper case. */
function javaUrlEncode(text: string): string {
  return encodeURIComponent(text)
    .replace(/%20/g, '+')
    .replace(/[!'()~]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}
const lowerHex = (text: string) => text.replace(/%[0-9A-F]{2}/g, hex => hex.toLowerCase())
const base64Lines = (text: string, width: number) =>
  Buffer.from(text, 'utf8')
    .toString('base64')
    .replace(new RegExp(`(.{${width}})`, 'g'), '$1\r\n')
const decimalEntities = (text: string) => [...text].map(c => `&#${c.codePointAt(0)};`).join('')
const hexEntities = (text: string) =>
  [...text].map(c => `&#x${c.codePointAt(0)!.toString(16)};`).join('')
const withInvisibles = (text: string) => [...text].join('\u200b\u2060')

const echoes: Array<[string, (secret: string) => string]> = [
  ['as is', s => s],
  ["Java's URLEncoder", javaUrlEncode],
  ['URL-encoded in lower-case hex', s => lowerHex(javaUrlEncode(s))],
  ['base64 broken into 4-character lines', s => base64Lines(s, 4)],
  ['base64 in 76-character MIME lines', s => base64Lines(`user:${s}`, 76)],
  ['HTML decimal entities', decimalEntities],
  ['HTML hex entities', hexEntities],
  ['with invisible characters inserted', withInvisibles],
  ['in NFD', s => s.normalize('NFD')],
  [
    'JSON \\u escapes',
    s =>
      s
        .split('')
        .map(c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .join('')
  ]
]

describe('redaction on a canonical form', () => {
  it.each(echoes)('masks the credential echoed %s', (_, encode) => {
    const boundary = new TrustBoundary([SECRET])
    const shown = boundary.text(`error: bad credential <${encode(SECRET)}> for tenant tn_1`)
    expect(shown).toContain('***')
    expect(shown).toContain('error: bad credential')
    expect(shown).toContain('for tenant tn_1')
    for (const [, other] of echoes) expect(shown).not.toContain(other(SECRET))
  })

  it('masks generated secrets in every echoed form, keeping the text around them', () => {
    const secret = fc
      .string({ minLength: 6, maxLength: 24, unit: 'grapheme' })
      .filter(text => text.trim().length >= 6 && !/[*\s]/.test(text))
    fc.assert(
      fc.property(secret, fc.constantFrom(...echoes), (value, [, encode]) => {
        const boundary = new TrustBoundary([value])
        const shown = boundary.text(`before ${encode(value)} after`)
        expect(shown).toContain('***')
        expect(shown.startsWith('before')).toBe(true)
        expect(shown.endsWith('after')).toBe(true)
      })
    )
  })

  it('leaves text without the secret as it is', () => {
    const boundary = new TrustBoundary([SECRET])
    const text = 'HTTP 500: tenant tn_1 %41 &amp; \\n 2024-07-01'
    expect(boundary.redact(text)).toBe(text)
  })
})

describe('the plain-text fast path', () => {
  it('finds the same spans as the canonical reading, for visible ASCII', async () => {
    const { secretSpans, canonicalize } = await import('../src/secret-matching.js')
    const visible = fc.string({
      unit: fc.constantFrom(...'abcXYZ019-_.:/=%&+\\!~'.split('')),
      maxLength: 40
    })
    fc.assert(
      fc.property(
        visible,
        visible.filter(secret => secret.length >= 2),
        (text, secret) => {
          const forms = [canonicalize(secret).chars, canonicalize(secret, false).chars].filter(
            form => form !== ''
          )
          const embedded = `${text}${secret}${text}`
          const spans = secretSpans(embedded, forms)
          expect(spans.length).toBeGreaterThan(0)
        }
      )
    )
  })
})

describe('the shortcuts, which miss no secret', () => {
  it('finds a secret in a text of fullwidth letters alone, which is not ASCII', async () => {
    const { secretSpans } = await import('../src/secret-matching.js')
    expect(secretSpans('\uff53\uff45\uff43\uff52\uff45\uff54', ['secret'])).toEqual([[0, 6]])
  })

  it('finds a secret of % and \\ JSON-escaped, alone in a text', async () => {
    const { secretSpans } = await import('../src/secret-matching.js')
    // The secret %\% comes back as %\\%: only the decoded reading holds it.
    expect(secretSpans('%\\\\%', ['%\\%'])).toEqual([[0, 4]])
  })
})

describe('the canonical form, printable ASCII taken as it is', () => {
  // Pieces that decode, expand, vanish or stand alone, among plain text.
  const piece = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.string({ unit: 'binary', maxLength: 3 }),
    fc.constantFrom(
      '%41',
      '%e2%82%ac',
      '%F6',
      '%',
      '&amp;',
      '&#x41;',
      '&#65;',
      '&ouml;',
      '&bogus;',
      '\\u0041',
      '\\ud83d\\ude00',
      '\\n',
      '\\',
      '+',
      ' ',
      '\u00a0',
      '\u200b',
      'e\u0301',
      '\ufdfa',
      '\ud83d\ude00',
      '\ud83d'
    )
  )
  const text = fc.array(piece, { maxLength: 30 }).map(parts => parts.join(''))

  it('reads every text as the per-character reading does, span for span', async () => {
    const fast = await import('../src/secret-matching.js')
    const slow = await import('./support/canonical-reference.js')
    fc.assert(
      fc.property(text, fc.boolean(), (raw, decode) => {
        expect(fast.canonicalize(raw, decode)).toEqual(slow.canonicalize(raw, decode))
      })
    )
  })

  it('finds the spans the per-character reading finds, in texts with and without encodings', async () => {
    const fast = await import('../src/secret-matching.js')
    const slow = await import('./support/canonical-reference.js')
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 1, maxLength: 3 }), (raw, secrets) => {
        const forms = secrets
          .flatMap(secret => [
            slow.canonicalize(secret).chars,
            slow.canonicalize(secret, false).chars
          ])
          .filter(form => form !== '')
        for (const haystack of [raw, `${raw}${secrets.join(' ')}${raw}`]) {
          expect(fast.secretSpans(haystack, forms)).toEqual(slow.secretSpans(haystack, forms))
        }
      })
    )
  })

  it('reads long texts and long expansions whole', async () => {
    const fast = await import('../src/secret-matching.js')
    const slow = await import('./support/canonical-reference.js')
    // U+FDFA decomposes into 18 characters: far more than the text's length.
    for (const raw of ['\ufdfa'.repeat(600), `${'a'.repeat(5000)}\ufdfa${'%41'.repeat(3000)}`]) {
      expect(fast.canonicalize(raw)).toEqual(slow.canonicalize(raw))
    }
  })
})
