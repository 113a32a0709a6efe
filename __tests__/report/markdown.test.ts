/**
 * Outside text in a summary cell renders as the text it is: rendered here by micromark with
 * GitHub's extensions (tables, autolink literals, strikethrough) and raw HTML allowed, as
 * GitHub allows some, and read back as plain text.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { codeBlock, codeCell, escapeCell } from '../../src/report/markdown.js'

function renderCell(cell: string): string {
  const markdown = `| h |\n| --- |\n| ${cell} |\n`
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()]
  })
}

/** The cell's HTML, and its text with tags removed and entities decoded. */
function cellOf(html: string): { inner: string; text: string } {
  const inner = /<td>([\s\S]*)<\/td>/.exec(html)?.[1] ?? ''
  const text = inner
    .replace(/<\/?code>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
  return { inner, text }
}

const hostile = [
  '![pixel](http://tracker.example/p.gif)',
  '[click](http://evil.example)',
  'see http://evil.example and www.evil.example or a@evil.example',
  '``<img src=x onerror=alert(1)>``',
  '<img src=http://tracker.example/p.gif>',
  '**bold** _em_ ~~gone~~ `code` &amp; &#60;b&#62; \\| pipe | end',
  'a `` two `` three ``` x'
]

// One line of display text: the trust boundary has already replaced controls and line breaks.
const line = fc
  .string({ unit: 'binary', maxLength: 60 })
  // eslint-disable-next-line no-control-regex
  .map(text => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' '))
const trimmed = (text: string) => text.trim()

describe('summary cells', () => {
  it.each(hostile)('render %j as plain text, with no link or image', text => {
    for (const cell of [escapeCell(text), codeCell(text)]) {
      const { inner, text: shown } = cellOf(renderCell(cell))
      expect(inner).not.toMatch(/<(a|img)\b/)
      expect(shown).toBe(text)
    }
  })

  it('escapeCell: any line renders as exactly its text, never as a tag', () => {
    fc.assert(
      fc.property(line.map(trimmed), text => {
        const { inner, text: shown } = cellOf(renderCell(escapeCell(text)))
        expect(inner).not.toMatch(/<(a|img|em|strong|del|code)\b/)
        expect(shown).toBe(text)
      })
    )
  })

  it('codeCell: a code span no backtick run can close early', () => {
    fc.assert(
      fc.property(
        line
          .map(trimmed)
          .filter(text => text !== '' && !text.startsWith('`') && !text.endsWith('`')),
        text => {
          const { inner, text: shown } = cellOf(renderCell(codeCell(text)))
          expect(inner).toMatch(/^<code>/)
          expect(inner.endsWith('</code>')).toBe(true)
          expect(shown).toBe(text)
        }
      )
    )
  })
})

describe('code blocks', () => {
  const blockText = (markdown: string) => {
    const html = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()] })
    const inner = /<pre><code>([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1]
    return inner
      ?.replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
  }

  it.each([...hostile, '```', '````````', '~~~'])(
    'codeBlock: shows %j as it is, at the top or in a list item',
    text => {
      expect(blockText(codeBlock(text).join('\n'))).toBe(`${text}\n`)
      const item = ['- item', '', ...codeBlock(text).map(row => `  ${row}`)].join('\n')
      expect(blockText(item)).toBe(`${text}\n`)
    }
  )

  it('codeBlock: no line of text can close it early or leave it', () => {
    // Any line, and what closes a fence: a run of backticks with at most spaces around it.
    const fenceLike = fc
      .tuple(fc.nat(3), fc.integer({ min: 1, max: 12 }), fc.nat(3))
      .map(
        ([before, ticks, after]) => `${' '.repeat(before)}${'`'.repeat(ticks)}${' '.repeat(after)}`
      )
    fc.assert(
      fc.property(fc.oneof(line, fenceLike), text => {
        expect(blockText(`${codeBlock(text).join('\n')}\n\nafter`)).toBe(`${text}\n`)
      })
    )
  })
})
