/**
 * The decoding secret matching relies on, case by case: surrogate pairs in JSON escapes, UTF-8
 * and Latin-1 percent escapes of every length, HTML entities at the edges of their ranges, and
 * the base64url form. Each expectation is the span of the text a secret occupies, written out.
 */
import { describe, expect, it } from '@jest/globals'
import { canonicalize, secretForms, secretSpans } from '../src/secret-matching.js'

/** The canonical forms of a secret, as the trust boundary keeps them. */
const formsOf = (secret: string) => [
  ...new Set(secretForms(secret).map(form => canonicalize(form).chars))
]
const spans = (text: string, secret: string) => secretSpans(text, formsOf(secret))

describe('JSON escapes', () => {
  it('reads a surrogate pair written as two escapes as one character', () => {
    expect(spans('x\\ud83d\\ude00y', '😀')).toEqual([[1, 13]])
  })

  it('pairs a high surrogate only with a low one, and nothing else with a low one', () => {
    // A letter before a lone low surrogate stays one escape of 6 characters.
    expect(spans('\\u0041\\u0042\\udc00', 'AB')).toEqual([[0, 12]])
    // A lone high surrogate before letters does not swallow the letter after it.
    expect(spans('\\ud83d\\u0041\\u0042', 'AB')).toEqual([[6, 18]])
  })
})

describe('percent escapes', () => {
  it.each([
    ['two-byte UTF-8', '%C3%A9t%C3%A9', 'été', [[0, 13]]],
    ['three-byte UTF-8', '%E2%82%AC42', '€42', [[0, 11]]],
    ['four-byte UTF-8', '%F0%9F%98%80!!', '😀!!', [[0, 14]]],
    ['Latin-1', '%E9t%E9', 'été', [[0, 7]]],
    ['a UTF-8 lead byte cut short, read as Latin-1', '%C3', 'Ã', [[0, 3]]],
    ['a continuation byte alone, skipped as one byte', 'zz%8041', '41', [[5, 7]]],
    ['an escape at the end of a secret', 'ab%41', 'abA', [[0, 5]]]
  ])('decodes %s', (_what, text, secret, expected) => {
    expect(spans(text, secret)).toEqual(expected)
  })
})

describe('HTML entities', () => {
  it('reads hexadecimal entities with either x, and named ones in any letter case', () => {
    expect(spans('&#XE9;t&#xe9;', 'été')).toEqual([[0, 13]])
    expect(spans('a&AMP;b', 'a&b')).toEqual([[0, 7]])
  })

  it('reads the highest code point, and leaves 0, beyond it and malformed ones as text', () => {
    expect(spans('&#x10FFFF;AB', '\u{10ffff}AB')).toEqual([[0, 12]])
    expect(spans('&#0;AB', 'AB')).toEqual([[4, 6]])
    expect(spans('&#x110000;AB', 'AB')).toEqual([[10, 12]])
    // `&#65x;` is no entity: its 65 is not an A, so only the B of `&#66;` is a letter here.
    expect(spans('&#65x;&#66;', 'AB')).toEqual([])
  })

  it('leaves an & whose ; is too far for an entity as it is', () => {
    expect(spans('&averyveryverylongname;AB', 'AB')).toEqual([[23, 25]])
  })
})

describe('secretForms', () => {
  it('has no form for an empty secret, and no empty form', () => {
    expect(secretForms('')).toEqual([])
    expect(secretForms('\u200b')).not.toContain('')
  })

  it('includes the URL-safe base64 form, with - and _ for + and /', () => {
    // base64 of >>>? is Pj4+Pw==: its URL-safe form is Pj4-Pw.
    expect(secretForms('>>>?')).toContain('Pj4-Pw')
    expect(spans('token=Pj4-Pw', '>>>?')).toEqual([[6, 12]])
  })
})

describe('canonicalize', () => {
  it('with decoding off, keeps every escape as it is', () => {
    expect(canonicalize('%41&amp;\\u0041', false).chars).toBe('%41&amp;\\u0041')
  })
})
