import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const README = resolve(import.meta.dirname ?? '.', '../../README.md')

/**
 * The `with:` inputs of the README example marked `<!-- example: NAME -->`, exactly as written,
 * with `${{ ... }}` expressions replaced from `expressions` (an unknown one fails the test).
 */
export function readmeExampleInputs(
  name: string,
  expressions: Record<string, string>
): Record<string, string> {
  const readme = readFileSync(README, 'utf8')
  const marker = readme.indexOf(`<!-- example: ${name} -->`)
  if (marker < 0) throw new Error(`README has no example named ${name}`)
  const fenceStart = readme.indexOf('```yaml\n', marker) + '```yaml\n'.length
  const block = readme.slice(fenceStart, readme.indexOf('```', fenceStart)).split('\n')
  // The action's own `with:` (an example may have other steps, such as actions/cache, before it).
  const step = block.findIndex(line => line.includes('uses: OWNER/anymetrics-refresh@'))
  const withLine = block.findIndex((line, index) => index > step && line.trim() === 'with:')
  const indent = leadingSpaces(block[withLine + 1] ?? '')
  const inputs: Record<string, string> = {}
  for (let i = withLine + 1; i < block.length && leadingSpaces(block[i]!) >= indent; i++) {
    const [, key = '', value = ''] = /^\s*([\w-]+):\s?(.*)$/.exec(block[i]!) ?? []
    if (value === '|') {
      const lines: string[] = []
      while (i + 1 < block.length && leadingSpaces(block[i + 1]!) > indent) {
        lines.push(block[++i]!.trim())
      }
      inputs[key] = lines.join('\n') + '\n'
    } else {
      inputs[key] = substitute(value, expressions)
    }
  }
  return inputs
}

function substitute(value: string, expressions: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    const replacement = expressions[expression]
    if (replacement === undefined) throw new Error(`no value given for \${{ ${expression} }}`)
    return replacement
  })
}

function leadingSpaces(line: string): number {
  return line.length - line.trimStart().length
}
