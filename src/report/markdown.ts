/** Markdown for the job summary's tables: every cell renders as the text it holds. */

/** Markdown code span that survives the backticks of `catalog.schema` and table pipes. */
export function codeCell(text: string): string {
  const escaped = escapePipes(text)
  return text.includes('`') ? `\`\` ${escaped} \`\`` : `\`${escaped}\``
}

function escapePipes(text: string): string {
  return text.replace(/\|/g, '\\|')
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

export function escapeCell(text: string): string {
  return escapePipes(text.replace(/[&<>]/g, c => HTML_ENTITIES[c] ?? c))
}
