/**
 * The decoding secret matching relies on, case by case: surrogate pairs in JSON escapes, UTF-8
 * and Latin-1 percent escapes of every length, HTML entities at the edges of their ranges, and
 * the base64url form. Each expectation is the span of the text a secret occupies, written out.
 */
import { describe, expect, it } from '@jest/globals'
import { canonicalize, secretForms, secretSpans } from '../src/secret-matching.js'

/**
 * The spans of a secret in a text, matched on the secret's own canonical form alone: were its
 * encoded forms matched too (as the trust boundary does), a decoding gone wrong would read the
 * text and the secret's percent-encoded form alike, and still find it.
 */
const spans = (text: string, secret: string) => secretSpans(text, [canonicalize(secret).chars])

describe('JSON escapes', () => {
  it('reads a surrogate pair written as two escapes as one character', () => {
    expect(spans('x\\ud83d\\ude00y', '😀')).toEqual([[1, 13]])
  })

  it('pairs a high surrogate only with a low one, and nothing else with a low one', () => {
    // A letter before a lone low surrogate stays one escape of 6 characters.
    expect(spans('\\u0041\\u0042\\udc00', 'AB')).toEqual([[0, 12]])
    // A lone high surrogate before letters does not swallow the letter after it.
    expect(spans('\\ud83d\\u0041\\u0042', 'AB')).toEqual([[6, 18]])
    // Nor two low surrogates, nor a high one and a character above the low ones: each half is
    // then its own character, masked alone.
    expect(canonicalize('\\udc00\\udc00')).toEqual({
      chars: '\udc00\udc00',
      starts: [0, 6],
      ends: [6, 12]
    })
    expect(canonicalize('\\ud83d\\ue000')).toEqual({
      chars: '\ud83d\ue000',
      starts: [0, 6],
      ends: [6, 12]
    })
  })

  it.each([
    ['the first', '\\ud800\\udc00', '\u{10000}'],
    ['the last', '\\udbff\\udfff', '\u{10ffff}']
  ])('reads %s surrogate pair as one character, both halves from both escapes', (_, text, char) => {
    expect(canonicalize(text)).toEqual({ chars: char, starts: [0, 0], ends: [12, 12] })
  })

  it('reads the short escapes: quote, backslash and slash as themselves, white space as nothing', () => {
    expect(canonicalize('a\\"b\\\\c\\/d').chars).toBe('a"b\\c/d')
    expect(canonicalize('a\\bb\\fc\\nd\\re\\tf').chars).toBe('abcdef')
  })

  it('reads \\u only before four hex digits, and only after a backslash', () => {
    // `\nbeef` is a newline and "beef", not U+BEEF.
    expect(canonicalize('\\nbeef').chars).toBe('beef')
    expect(canonicalize('\\u00e').chars).toBe('\\u00e')
    // A high surrogate's escape followed by `xude00` is not a pair.
    expect(canonicalize('\\ud83dxude00').chars).toBe('\ud83dxude00')
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
    ['an escape at the end of a secret', 'ab%41', 'abA', [[0, 5]]],
    ['the lowest two-byte lead, C2', '%C2%A9 2024', '© 2024', [[0, 11]]],
    ['the lowest three-byte lead, E0', '%E0%A4%95x', '\u0915x', [[0, 10]]],
    ['ASCII bytes, one escape each', '%41%42', 'B', [[3, 6]]],
    ['a character before the secret, left out of its span', '%C3%A9%41%42', 'AB', [[6, 12]]],
    ['a lead byte before text, read as Latin-1', '%C3zA9', '\u00c3zA9', [[0, 6]]]
  ])('decodes %s', (_what, text, secret, expected) => {
    expect(spans(text, secret)).toEqual(expected)
  })

  it('reads a % before fewer than two hex digits as text', () => {
    expect(canonicalize('%4z%4').chars).toBe('%4z%4')
  })
})

describe('plain characters', () => {
  it('reads U+FFFF as one code unit, and a character beyond it as two', () => {
    expect(spans('\uffffAB', 'AB')).toEqual([[1, 3]])
    expect(spans('\u{10000}AB', 'AB')).toEqual([[2, 4]])
  })

  it('reads compatibility forms beyond the BMP as their plain letters', () => {
    // U+1D400, mathematical bold capital A.
    expect(canonicalize('\u{1d400}BC').chars).toBe('ABC')
  })
})

describe('HTML entities', () => {
  it('reads the named entities a server writes, and `&plus;` as the `+` it is, dropped', () => {
    expect(canonicalize('&amp;&lt;&gt;&quot;&apos;&sol;&equals;').chars).toBe('&<>"\'/=')
    expect(canonicalize('a&plus;b').chars).toBe('ab')
  })

  it("reads HTML 4's Latin-1 names, the first and last of them too", () => {
    // nbsp is a space, dropped; yuml is ÿ, a y once its mark is removed.
    expect(canonicalize('a&nbsp;&deg;&Ouml;&divide;&thorn;&yuml;').chars).toBe('a°O÷þy')
  })

  it('reads hexadecimal entities with either x, and named ones in any letter case', () => {
    expect(spans('&#XE9;t&#xe9;', 'été')).toEqual([[0, 13]])
    expect(spans('a&AMP;b', 'a&b')).toEqual([[0, 7]])
  })

  it('reads the highest code point, and leaves 0, beyond it and malformed ones as text', () => {
    expect(spans('&#x10FFFF;AB', '\u{10ffff}AB')).toEqual([[0, 12]])
    expect(spans('&#0;AB', 'AB')).toEqual([[4, 6]])
    expect(canonicalize('&#0;').chars).toBe('&#0;')
    expect(spans('&#x110000;AB', 'AB')).toEqual([[10, 12]])
    // `&#65x;` is no entity: its 65 is not an A, so only the B of `&#66;` is a letter here.
    expect(spans('&#65x;&#66;', 'AB')).toEqual([])
  })

  it('leaves an & whose ; is too far for an entity as it is', () => {
    expect(spans('&averyveryverylongname;AB', 'AB')).toEqual([[23, 25]])
    // 12 characters after the & at most, zeros and all.
    expect(spans('&#0000000065;B', 'AB')).toEqual([[0, 14]])
    expect(spans('&#00000000065;B', 'AB')).toEqual([])
  })

  it('leaves an & with no ; after it as it is, whatever name follows', () => {
    expect(spans('a&ampZ', 'a&ampZ')).toEqual([[0, 6]])
    expect(spans('a&#65Z', 'a&#65Z')).toEqual([[0, 6]])
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
    expect(secretSpans('token=Pj4-Pw', secretForms('>>>?'))).toEqual([[6, 12]])
    // base64 of ?????? is Pz8/Pz8/: its URL-safe form is Pz8_Pz8_.
    expect(secretForms('??????')).toContain('Pz8_Pz8_')
  })

  it('takes a secret holding half a surrogate pair, URL-encoded as UTF-8 writes it (U+FFFD)', () => {
    // A token answer can JSON-escape a lone surrogate; encodeURIComponent alone would throw.
    const forms = secretForms('tok-\ud800-8b3d9c0e')
    expect(forms).toContain('tok-%EF%BF%BD-8b3d9c0e')
    expect(forms).toContain('tok-\\ud800-8b3d9c0e')
    expect(secretSpans('a tok-%EF%BF%BD-8b3d9c0e', forms)).toEqual([[2, 24]])
  })
})

describe('canonicalize', () => {
  it('with decoding off, keeps every escape as it is', () => {
    expect(canonicalize('%41&amp;\\u0041', false).chars).toBe('%41&amp;\\u0041')
  })

  it('decodes a numeric entity only when # opens its name', () => {
    expect(canonicalize('&x#65;').chars).toBe('&x#65;')
    expect(canonicalize('&#65;').chars).toBe('A')
  })
})
