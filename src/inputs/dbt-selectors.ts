/** dbt-select and dbt-exclude: the selector methods the action understands, matched purely. */
import type { DbtNode } from './dbt-artifacts.js'
import { RuleViolation } from './refusals.js'
import { globPattern, type GlobPattern } from './path-glob.js'

export type Selector =
  | { kind: 'tag'; value: string }
  | { kind: 'path'; value: string; pattern: GlobPattern }
  | { kind: 'resource_type'; value: string }
  | { kind: 'name'; value: string }

export const RESOURCE_TYPES: readonly string[] = ['model', 'seed', 'snapshot']

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

/** A selector as written: parseSelector reads it back as the same selector. */
export function termText({ kind, value }: Pick<Selector, 'kind' | 'value'>): string {
  return kind === 'name' ? value : `${kind}:${value}`
}

/** `tag:NAME`, `path:GLOB`, `resource_type:TYPE` or a model name. */
export function parseSelector(text: string): Selector {
  const colon = text.indexOf(':')
  // null: no method, a model name. An empty one (`:orders`) is a method it does not know.
  const method = colon < 0 ? null : text.slice(0, colon)
  // The whole text when there is no colon (colon + 1 is 0).
  const value = text.slice(colon + 1)
  if (value === '' || /\s/.test(value)) {
    throw new RuleViolation('has a selector without a value or with spaces', text)
  }
  switch (method) {
    case null:
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
