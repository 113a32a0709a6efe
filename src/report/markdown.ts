/**
 * Markdown for the job summary: every cell renders as exactly the text it holds. Outside text
 * is either a code span fenced longer than any run of backticks inside it, or plain text whose
 * markdown syntax is made literal, so no link, image, autolink, emphasis, HTML or entity can
 * come alive in it.
 */

/**
 * A code span that no backtick run inside can close early. A table pipe cannot be escaped
 * inside a code span after a backslash (`\\|` splits the cell), so text with a pipe is shown in
 * `<code>` with its markdown made literal instead.
 */
export function codeCell(text: string): string {
  if (text === '') return ''
  if (text.includes('|')) return `<code>${escapeCell(text)}</code>`
  let longest = 0
  for (const run of text.matchAll(/`+/g)) longest = Math.max(longest, run[0].length)
  if (longest === 0) return `\`${text}\``
  const fence = '`'.repeat(longest + 1)
  // The spaces keep a backtick at either end off the fence; CommonMark strips one each side.
  return `${fence} ${text} ${fence}`
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
// What can start markdown inside a line: emphasis, code, links and images, strikethrough, table
// pipes, backslashes; `:` `.` `@` because GitHub turns http://…, www.… and a@b.c into links.
const INLINE_SYNTAX = /[\\`*_[\]()!~|:.@]/g

/** Plain text as a cell: markdown syntax made literal, HTML shown as text, no autolinks. */
export function escapeCell(text: string): string {
  return text
    .replace(INLINE_SYNTAX, mark => `\\${mark}`)
    .replace(/[&<>]/g, c => HTML_ENTITIES[c] ?? c)
}

/**
 * A fenced code block of one line of text: shown as it is, in a box a browser does not wrap
 * (a date never breaks at its hyphens) and that copies without markup. Fenced longer than any
 * backtick run inside, so nothing in it can close it early.
 */
export function codeBlock(text: string): string[] {
  let longest = 2
  for (const run of text.matchAll(/`+/g)) longest = Math.max(longest, run[0].length)
  const fence = '`'.repeat(longest + 1)
  return [fence, text, fence]
}
