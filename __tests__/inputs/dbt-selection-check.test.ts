/**
 * dbt-select and dbt-exclude terms judged against every node of a manifest: a term that matches
 * none is refused with the nearest names the manifest has for its method.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import '../support/fast-check-setup.js'
import type { DbtNode } from '../../src/inputs/dbt-artifacts.js'
import { SelectionCheck, type SelectorInput } from '../../src/inputs/dbt-selection-check.js'
import { matches, parseSelector, termText, type Selector } from '../../src/inputs/dbt-selectors.js'
import { RuleViolation } from '../../src/inputs/refusals.js'
import { runs } from '../support/property-runs.js'

/** A manifest node with what selectors look at. */
function node(
  uniqueId: string,
  { tags = [], path = null }: { tags?: string[]; path?: string | null } = {}
): DbtNode {
  return {
    uniqueId,
    resourceType: uniqueId.split('.')[0]!,
    name: uniqueId.split('.').at(-1)!,
    alias: null,
    schema: null,
    database: null,
    catalog: null,
    materialized: null,
    tags,
    originalFilePath: path
  }
}

/** The fixture's project, in short. */
const SHOP = [
  node('model.shop.orders', { tags: ['anymetrics'], path: 'models/marts/orders.sql' }),
  node('model.shop.refunds', { tags: ['anymetrics', 'finance'], path: 'models/marts/refunds.sql' }),
  node('model.shop.stg_payments', { path: 'models/staging/stg_payments.sql' }),
  node('seed.shop.country_codes', { path: 'seeds/country_codes.csv' }),
  node('test.shop.not_null_orders_id', { tags: ['nightly'], path: 'models/marts/schema.yml' })
]

/** Each input's terms judged over these nodes, visited in order. */
function checked(terms: Partial<Record<SelectorInput, string[]>>, nodes: readonly DbtNode[]) {
  const check = new SelectionCheck({
    'dbt-select': (terms['dbt-select'] ?? []).map(parseSelector),
    'dbt-exclude': (terms['dbt-exclude'] ?? []).map(parseSelector)
  })
  nodes.forEach(each => check.visit(each.uniqueId, each))
  return check
}

/** The rule each input is refused with, or null. */
function refusals(terms: Partial<Record<SelectorInput, string[]>>, nodes = SHOP) {
  const check = checked(terms, nodes)
  const ruleOf = (input: SelectorInput) => {
    try {
      check.judge(input)
      return null
    } catch (error) {
      if (error instanceof RuleViolation) return error.rule
      throw error
    }
  }
  return { 'dbt-select': ruleOf('dbt-select'), 'dbt-exclude': ruleOf('dbt-exclude') }
}

const selectRule = (...terms: string[]) => refusals({ 'dbt-select': terms })['dbt-select']

describe('SelectionCheck: a term that matches no node', () => {
  it('is refused with the nearest tags for tag:', () => {
    expect(selectRule('tag:anymetric')).toBe(
      'has tag:anymetric, which matches no node of the manifest; nearest: tag:anymetrics'
    )
  })

  it('is refused with the nearest node names for a bare name', () => {
    expect(selectRule('ordrs')).toBe(
      'has ordrs, which matches no node of the manifest; nearest: orders'
    )
  })

  it('is refused with the nearest files and folders for path:', () => {
    expect(selectRule('path:models/mart')).toBe(
      'has path:models/mart, which matches no node of the manifest; nearest: path:models/marts'
    )
    expect(selectRule('path:models/staging/stg_payment.sql')).toBe(
      'has path:models/staging/stg_payment.sql, which matches no node of the manifest; nearest: path:models/staging/stg_payments.sql'
    )
  })

  it('is refused with the resource types the manifest has for resource_type:', () => {
    expect(selectRule('resource_type:snapshot')).toBe(
      'has resource_type:snapshot, which matches no node of the manifest; it has resource_type:model, resource_type:seed'
    )
    expect(refusals({ 'dbt-select': ['resource_type:seed'] }, [SHOP[4]!])['dbt-select']).toBe(
      'has resource_type:seed, which matches no node of the manifest; it has no model, seed or snapshot'
    )
  })

  it('says so when no name is near', () => {
    expect(selectRule('tag:zzzzzz')).toBe(
      'has tag:zzzzzz, which matches no node of the manifest; no tag of the manifest is near it'
    )
    expect(selectRule('customers')).toBe(
      'has customers, which matches no node of the manifest; no node name of the manifest is near it'
    )
    expect(selectRule('path:dbt/x')).toBe(
      'has path:dbt/x, which matches no node of the manifest; no file path or folder of the manifest is near it'
    )
  })

  it('shows at most 3 names, nearest first', () => {
    const tagged = ['abcd', 'abce', 'abcf', 'abcg', 'abdc'].map((tag, i) =>
      node(`model.p.m${i}`, { tags: [tag] })
    )
    expect(refusals({ 'dbt-select': ['tag:abc'] }, tagged)['dbt-select']).toBe(
      'has tag:abc, which matches no node of the manifest; nearest: tag:abcd, tag:abce, tag:abcf'
    )
  })

  it('names every such term of an input in one rule, each once', () => {
    expect(selectRule('tag:anymetric', 'orders', 'ordrs', 'tag:anymetric')).toBe(
      'has 2 terms that match no node of the manifest: tag:anymetric (nearest: tag:anymetrics); ordrs (nearest: orders)'
    )
  })

  it('is refused in dbt-exclude too, each input on its own', () => {
    expect(
      refusals({ 'dbt-select': ['tag:anymetrics'], 'dbt-exclude': ['tag:financ', 'refunds'] })
    ).toEqual({
      'dbt-select': null,
      'dbt-exclude': 'has tag:financ, which matches no node of the manifest; nearest: tag:finance'
    })
  })

  it('counts a node of any resource type, tests too', () => {
    expect(selectRule('tag:nightly', 'not_null_orders_id', 'path:models/marts/schema.yml')).toBe(
      null
    )
  })

  it('offers no name a selector cannot take: none with spaces, no bare name with a colon', () => {
    const odd = [
      node('model.p.a:rders', { tags: ['any metrics'] }),
      node('model.p.o rders', { path: 'models/my marts/x.sql' })
    ]
    expect(refusals({ 'dbt-select': ['orders', 'tag:anymetrics', 'path:models/my'] }, odd)).toEqual(
      {
        'dbt-select':
          'has 3 terms that match no node of the manifest: orders (no node name of the manifest is near it); tag:anymetrics (no tag of the manifest is near it); path:models/my (no file path or folder of the manifest is near it)',
        'dbt-exclude': null
      }
    )
  })
})

describe('SelectionCheck: the manifest as JSON.parse reads it', () => {
  it('a node listed again under its unique_id replaces what the first one matched', () => {
    const check = checked({ 'dbt-select': ['tag:anymetrics', 'orders'] }, [
      node('model.shop.orders', { tags: ['anymetrics'] }),
      node('model.shop.orders', { tags: ['finance'] })
    ])
    expect(check.unmatched('dbt-select').map(term => term.text)).toEqual(['tag:anymetrics'])
    check.visit('model.shop.orders', undefined)
    expect(check.unmatched('dbt-select').map(term => term.text)).toEqual([
      'tag:anymetrics',
      'orders'
    ])
  })

  it('forgets the nodes of a "nodes" map that a later one replaces', () => {
    const check = checked({ 'dbt-select': ['orders'] }, SHOP)
    expect(check.unmatched('dbt-select')).toEqual([])
    check.restart()
    expect(check.unmatched('dbt-select')).toEqual([
      { text: 'orders', advice: 'no node name of the manifest is near it' }
    ])
  })
})

/** Names over a few characters, so that terms and names are often near; spaces and colons too. */
const text = (unit: fc.Arbitrary<string>) => fc.string({ unit, minLength: 1, maxLength: 7 })
const letter = fc.constantFrom('a', 'b', 'c', '_')
const nameText = text(fc.oneof({ weight: 12, arbitrary: letter }, fc.constantFrom(' ', ':')))
const pathText = text(fc.oneof({ weight: 8, arbitrary: letter }, fc.constantFrom('/', '/', ' ')))
const manifestNode = fc
  .record({
    type: fc.constantFrom('model', 'seed', 'snapshot', 'test'),
    name: nameText,
    tags: fc.array(nameText, { maxLength: 3 }),
    path: fc.option(pathText)
  })
  .map(({ type, name, tags, path }) => ({
    ...node(`${type}.p.${name}`, { tags: [...new Set(tags)], path }),
    name
  }))
// One node a unique_id: a node listed again is the example tests' (JSON.parse keeps the last).
const manifestNodes = fc.uniqueArray(manifestNode, {
  minLength: 1,
  maxLength: 8,
  selector: each => each.uniqueId
})

/** A term as a user writes it: a method and a name (not always one that parses). */
const term = fc
  .tuple(fc.constantFrom('', 'tag:', 'path:', 'resource_type:'), fc.oneof(nameText, pathText))
  .map(([method, name]) => method + name)

function parsed(text: string): Selector | undefined {
  try {
    return parseSelector(text)
  } catch {
    return undefined
  }
}

describe('SelectionCheck: properties', () => {
  it("never refuses a term that is a node's own name, tag, path, folder or type", () => {
    const ownTerm = fc.tuple(manifestNodes, fc.nat(), fc.nat()).map(([nodes, which, pick]) => {
      const one = nodes[which % nodes.length]!
      const path = one.originalFilePath ?? ''
      const own = [
        one.name,
        ...one.tags.map(tag => `tag:${tag}`),
        `path:${path}`,
        ...path.split('/').map((_, i, parts) => `path:${parts.slice(0, i + 1).join('/')}`),
        `resource_type:${one.resourceType}`
      ]
      return { nodes, own: own[pick % own.length]! }
    })
    fc.assert(
      fc.property(ownTerm, ({ nodes, own }) => {
        const selector = parsed(own)
        // One a selector cannot take (spaces, a colon in a name, a test's type) is refused as written.
        fc.pre(selector !== undefined && nodes.some(each => matches(selector, each)))
        const rules = refusals({ 'dbt-select': [own], 'dbt-exclude': [own] }, nodes)
        expect(rules).toEqual({ 'dbt-select': null, 'dbt-exclude': null })
      }),
      { numRuns: runs(1000) }
    )
  })

  it('refuses exactly the terms that match no node', () => {
    fc.assert(
      fc.property(manifestNodes, fc.array(term, { minLength: 1, maxLength: 4 }), (nodes, texts) => {
        const selectors = texts.flatMap(each => parsed(each) ?? [])
        fc.pre(selectors.length > 0)
        const judged = new SelectionCheck({ 'dbt-select': selectors, 'dbt-exclude': [] })
        nodes.forEach(each => judged.visit(each.uniqueId, each))
        const unmatched = selectors.filter(s => !nodes.some(each => matches(s, each)))
        expect(judged.unmatched('dbt-select').map(t => t.text)).toEqual([
          ...new Set(unmatched.map(termText))
        ])
      }),
      { numRuns: runs(1000) }
    )
  })

  it('offers only names the manifest has: each suggestion, written as a term, selects a node', () => {
    fc.assert(
      fc.property(manifestNodes, term, (nodes, typed) => {
        const selector = parsed(typed)
        fc.pre(selector !== undefined && selector.kind !== 'resource_type')
        const [refused] = checked({ 'dbt-select': [typed] }, nodes).unmatched('dbt-select')
        if (!refused) return
        const offered = /^nearest: (.*)$/.exec(refused.advice)?.[1]?.split(', ') ?? []
        expect(offered.length).toBeLessThanOrEqual(3)
        for (const suggestion of offered) {
          const suggested = parsed(suggestion)
          expect(suggested?.kind).toBe(selector.kind)
          expect(nodes.some(each => matches(suggested!, each))).toBe(true)
        }
      }),
      { numRuns: runs(2000) }
    )
  })
})
