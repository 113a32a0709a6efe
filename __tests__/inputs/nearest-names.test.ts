import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import '../support/fast-check-setup.js'
import { NearestNames, editDistance, nearBound } from '../../src/inputs/nearest-names.js'
import { runs } from '../support/property-runs.js'

/** The optimal-string-alignment distance, the whole table, no bound: what editDistance cuts short. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!
      row[j] = Math.min(
        d[i - 1]![j]! + 1,
        row[j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1)
      }
    }
  }
  return d[a.length]![b.length]!
}

/** Short names over a few letters, so that many are near each other. */
const name = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_', 's'), maxLength: 9 })

describe('editDistance', () => {
  it.each([
    ['anymetric', 'anymetrics', 1],
    ['ordres', 'orders', 1],
    ['orders', 'orders', 0],
    ['stg_payment', 'stg_payments', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3]
  ])('%j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance)
    expect(editDistance(b, a, 5)).toBe(distance)
  })

  it('counts two neighbours swapped as one edit', () => {
    expect(editDistance('tag_anymetircs', 'tag_anymetrics', 3)).toBe(1)
  })

  it('says bound + 1 for anything farther than the bound', () => {
    expect(editDistance('a', 'bcdef', 1)).toBe(2)
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3)
  })

  it('is the full distance within the bound, and bound + 1 past it', () => {
    fc.assert(
      fc.property(name, name, fc.integer({ min: 0, max: 4 }), (a, b, bound) => {
        expect(editDistance(a, b, bound)).toBe(Math.min(fullDistance(a, b), bound + 1))
      }),
      { numRuns: runs(2000) }
    )
  })
})

describe('NearestNames', () => {
  const nearest = (typed: string, names: readonly string[]) => {
    const near = new NearestNames(typed)
    names.forEach(candidate => near.consider(candidate))
    return near.names()
  }

  it('offers the nearest names, nearest first, each once, at most 3', () => {
    expect(
      nearest('anymetric', ['finance', 'anymetrics', 'anymetrics', 'any_metric', 'nightly'])
    ).toEqual(['any_metric', 'anymetrics'])
    expect(nearest('aaaa', ['aaab', 'aaba', 'abaa', 'baaa', 'aaaa'])).toEqual([
      'aaaa',
      'aaab',
      'aaba'
    ])
  })

  it('offers nothing farther than a third of the typed length (1 to 3 edits)', () => {
    expect(nearBound('ab')).toBe(1)
    expect(nearBound('orders')).toBe(2)
    expect(nearBound('a_very_long_tag_name')).toBe(3)
    expect(nearest('orders', ['ord', 'customers'])).toEqual([])
    expect(nearest('ab', ['abc', 'xyz'])).toEqual(['abc'])
  })

  it('keeps what sorting every name by distance, then name, would keep', () => {
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 30 }), (typed, names) => {
        const expected = [...new Set(names)]
          .map(candidate => ({ candidate, distance: fullDistance(typed, candidate) }))
          .filter(({ distance }) => distance <= nearBound(typed))
          .sort((x, y) =>
            x.distance !== y.distance ? x.distance - y.distance : x.candidate < y.candidate ? -1 : 1
          )
          .slice(0, 3)
          .map(({ candidate }) => candidate)
        expect(nearest(typed, names)).toEqual(expected)
      }),
      { numRuns: runs(1000) }
    )
  })
})
