import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import '../support/fast-check-setup.js'
import { NearestNames } from '../../src/inputs/nearest-names.js'
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

/** The rule the suggestions keep: a third of the typed length in edits, at least 1, at most 3. */
const nearBound = (typed: string) => Math.min(3, Math.max(1, Math.floor(typed.length / 3)))

/** Short names over a few letters, so that many are near each other. */
const name = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_', 's'), maxLength: 9 })

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
    expect(nearest('orders', ['ord', 'customers'])).toEqual([])
    expect(nearest('ab', ['abc', 'xyz', 'a'])).toEqual(['a', 'abc'])
    expect(nearest('ab', ['b_c'])).toEqual([]) // 2 edits from a name of 2
    expect(nearest('orders', ['rders', 'ordrs_', 'orde'])).toEqual(['rders', 'orde', 'ordrs_'])
    expect(nearest('orders', ['ordersxyz'])).toEqual([]) // 3 edits from a name of 6
    expect(nearest('a_very_long_tag_name', ['a_very_long_tag_nxyz'])).toEqual([
      'a_very_long_tag_nxyz'
    ])
    expect(nearest('a_very_long_tag_name', ['a_very_long_tag_wxyz'])).toEqual([])
  })

  it.each([
    ['anymetric', 'anymetrics'],
    ['ordres', 'orders'],
    ['stg_payment', 'stg_payments'],
    ['tag_anymetircs', 'tag_anymetrics']
  ])('offers %j for %j, one edit away (two neighbours swapped count one)', (typed, meant) => {
    expect(nearest(typed, ['unrelated', meant])).toEqual([meant])
  })

  it('counts a swap of two neighbours as one edit, and two swaps as two', () => {
    expect(nearest('ab', ['ba'])).toEqual(['ba'])
    expect(nearest('abcd', ['badc'])).toEqual([]) // a name of 4 allows 1
    expect(nearest('abcdef', ['badcef'])).toEqual(['badcef'])
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
