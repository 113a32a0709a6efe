/**
 * Whether each dbt-select and dbt-exclude term matches some node of the manifest, judged over
 * every node as the manifest is read. A term that matches none is a mistake (a typo selects
 * nothing, and the run would pass refreshing nothing): it is refused with the names nearest it
 * that the manifest has for its method. Pure.
 */
// Why the whole manifest, and exclude terms too: docs/decisions/0009-dbt-selector-typos.md
import type { DbtNode, EveryNode } from './dbt-artifacts.js'
import { matches, RESOURCE_TYPES, termText, type Selector } from './dbt-selectors.js'
import { NearestNames } from './nearest-names.js'
import { RuleViolation } from './refusals.js'

export type SelectorInput = 'dbt-select' | 'dbt-exclude'

interface Term {
  input: SelectorInput
  selector: Selector
  text: string
  /** How many nodes it matches. */
  matched: number
  nearest: NearestNames
}

export class SelectionCheck implements EveryNode {
  private readonly terms: Term[]
  /**
   * The terms each node matched, by unique_id, for the nodes that matched any: a unique_id
   * listed again replaces its node (as JSON.parse reads it), and with it what that node matched.
   */
  private readonly matchedBy = new Map<string, readonly Term[]>()
  /**
   * Each set of terms some node matched, kept once and shared: a list a node cost 17 MiB of peak
   * memory over 15,000 nodes, where the nodes share a few sets.
   */
  private readonly hitSets = new Map<string, readonly Term[]>()
  private readonly typesPresent = new Set<string>()

  constructor(selectors: Readonly<Record<SelectorInput, readonly Selector[]>>) {
    const terms = (input: SelectorInput) =>
      selectors[input].map(selector => ({
        input,
        selector,
        text: termText(selector),
        matched: 0,
        nearest: new NearestNames(typedName(selector))
      }))
    // A term written twice in one input is judged, and refused, once.
    const all = [...terms('dbt-select'), ...terms('dbt-exclude')]
    this.terms = all.filter(
      (term, i) => all.findIndex(t => t.input === term.input && t.text === term.text) === i
    )
  }

  /** Whether there is anything to judge. */
  get empty(): boolean {
    return this.terms.length === 0
  }

  restart(): void {
    for (const term of this.terms) {
      term.matched = 0
      term.nearest = new NearestNames(typedName(term.selector))
    }
    this.matchedBy.clear()
    this.typesPresent.clear()
  }

  visit(uniqueId: string, node: DbtNode | undefined): void {
    for (const term of this.matchedBy.get(uniqueId) ?? []) term.matched--
    this.matchedBy.delete(uniqueId)
    if (!node) return
    // Names only suggest: one from a node that a later one with its unique_id replaces may stay.
    this.typesPresent.add(node.resourceType)
    const hits: number[] = []
    this.terms.forEach((term, i) => {
      if (matches(term.selector, node)) hits.push(i)
      else for (const name of candidates(term.selector, node)) term.nearest.consider(name)
    })
    if (hits.length > 0) this.matchedBy.set(uniqueId, this.countMatches(hits))
  }

  /** Counts a match for the terms at these indices; returns them, one shared list for each set. */
  private countMatches(indices: readonly number[]): readonly Term[] {
    const key = indices.join()
    let terms = this.hitSets.get(key)
    if (!terms) {
      terms = this.terms.filter((_, i) => indices.includes(i))
      this.hitSets.set(key, terms)
    }
    for (const term of terms) term.matched++
    return terms
  }

  /** The terms of `input` that match no node, each with what to write instead, in input order. */
  unmatched(input: SelectorInput): Array<{ text: string; advice: string }> {
    return this.terms
      .filter(term => term.input === input && term.matched === 0)
      .map(term => ({ text: term.text, advice: this.advice(term) }))
  }

  /** Refuses `input` when any of its terms matches no node: one rule naming each such term. */
  judge(input: SelectorInput): void {
    const unmatched = this.unmatched(input)
    const [first] = unmatched
    if (!first) return
    if (unmatched.length === 1) {
      throw new RuleViolation(
        `has ${first.text}, which matches no node of the manifest; ${first.advice}`
      )
    }
    const each = unmatched.map(({ text, advice }) => `${text} (${advice})`).join('; ')
    throw new RuleViolation(
      `has ${unmatched.length} terms that match no node of the manifest: ${each}`
    )
  }

  private advice({ selector, nearest }: Term): string {
    if (selector.kind === 'resource_type') {
      const present = RESOURCE_TYPES.filter(type => this.typesPresent.has(type))
      return present.length > 0
        ? `it has ${present.map(type => `resource_type:${type}`).join(', ')}`
        : `it has no ${RESOURCE_TYPES.slice(0, -1).join(', ')} or ${RESOURCE_TYPES.at(-1)}`
    }
    const names = nearest.names().map(value => termText({ kind: selector.kind, value }))
    return names.length > 0
      ? `nearest: ${names.join(', ')}`
      : `no ${NOUNS[selector.kind]} of the manifest is near it`
  }
}

const NOUNS: Record<Exclude<Selector['kind'], 'resource_type'>, string> = {
  tag: 'tag',
  name: 'node name',
  path: 'file path or folder'
}

/** What the names a term could have meant are compared with: a path without its last slash. */
function typedName(selector: Selector): string {
  return selector.kind === 'path' ? selector.pattern.source : selector.value
}

/**
 * The names of a node a term of this method could have meant, each one that would select it
 * when written as the term (no spaces; no colon in a bare name, which would read as a method).
 */
function candidates(selector: Selector, node: DbtNode): string[] {
  switch (selector.kind) {
    case 'tag':
      return node.tags.filter(tag => selectable(tag))
    case 'name':
      return selectable(node.name) && !node.name.includes(':') ? [node.name] : []
    case 'path':
      return node.originalFilePath === null || !selectable(node.originalFilePath)
        ? []
        : [node.originalFilePath, ...folders(node.originalFilePath)]
    case 'resource_type':
      return []
  }
}

function selectable(name: string): boolean {
  return name !== '' && !/\s/.test(name)
}

/** `models/marts/orders.sql` is in `models` and `models/marts`. */
function folders(path: string): string[] {
  const found: string[] = []
  for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
    // Not the root, nor an empty folder name (`a//b`): path:a/ is path:a.
    if (slash > 0 && path[slash - 1] !== '/') found.push(path.slice(0, slash))
  }
  return found
}
