/** dbt-select and dbt-exclude: the selector methods the action understands, matched purely. */
import type { DbtNode } from './dbt-artifacts.js'
import { RuleViolation } from './refusals.js'

export type Selector =
  | { kind: 'tag'; value: string }
  | { kind: 'path'; value: string; pattern: RegExp }
  | { kind: 'resource_type'; value: string }
  | { kind: 'name'; value: string }

const RESOURCE_TYPES = ['model', 'seed', 'snapshot']

export function matches(selector: Selector, node: DbtNode): boolean {
  switch (selector.kind) {
    case 'tag':
      return node.tags.includes(selector.value)
    case 'path':
      return node.originalFilePath !== null && selector.pattern.test(node.originalFilePath)
    case 'resource_type':
      return node.resourceType === selector.value
    case 'name':
      return node.name === selector.value
  }
}

/** `tag:NAME`, `path:GLOB`, `resource_type:TYPE` or a model name. */
export function parseSelector(text: string): Selector {
  const colon = text.indexOf(':')
  const method = colon < 0 ? '' : text.slice(0, colon)
  const value = colon < 0 ? text : text.slice(colon + 1)
  if (value === '' || /\s/.test(value)) {
    throw new RuleViolation('has a selector without a value or with spaces', text)
  }
  switch (method) {
    case '':
      return { kind: 'name', value }
    case 'tag':
      return { kind: 'tag', value }
    case 'path':
      return { kind: 'path', value, pattern: globPattern(value) }
    case 'resource_type':
      if (!RESOURCE_TYPES.includes(value)) {
        throw new RuleViolation(
          `has resource_type:${value}; use ${RESOURCE_TYPES.join(', ')}`,
          text
        )
      }
      return { kind: 'resource_type', value }
    default:
      throw new RuleViolation('takes tag:NAME, path:GLOB, resource_type:TYPE or a model name', text)
  }
}

/**
 * A path glob as dbt users write them: `*` within a folder, `**` across folders, `?` one
 * character; a pattern without wildcards also matches everything below it (a folder).
 */
export function globPattern(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? ''
    if (char === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += glob[i + 2] === '/' ? 2 : 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  const folder = /[*?]/.test(glob) ? '' : '(?:/.*)?'
  return new RegExp(`^${source.replace(/\/$/, '')}${folder}$`)
}
