/** The glob matcher against the regular expression it replaced, on small globs and paths. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { globPattern } from '../../src/inputs/path-glob.js'
import { runs } from '../support/property-runs.js'

/** The old translation to a RegExp: right, but backtracking (exponential on `**a**a…b`). */
function regexOracle(glob: string): RegExp {
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

const globChar = fc.constantFrom('a', 'b', '/', '*', '?', '.')
const pathChar = fc.constantFrom('a', 'b', '/', '.')

describe('globPattern', () => {
  it('matches exactly what the regular expression matched', () => {
    fc.assert(
      fc.property(
        // A glob ending in `**` and a slash is the one place the two differ on purpose: the
        // RegExp read it as "whole folders only", the matcher as "everything below" (tested
        // below), as dbt users mean `models/**/`.
        fc.string({ unit: globChar, maxLength: 8 }).filter(glob => !glob.endsWith('**/')),
        fc.string({ unit: pathChar, maxLength: 10 }),
        (glob, path) => {
          expect(globPattern(glob).test(path)).toBe(regexOracle(glob).test(path))
        }
      ),
      { numRuns: runs(5000) }
    )
  })

  it('reads a trailing `**` and slash as everything below', () => {
    expect(globPattern('models/**/').test('models/a/b.sql')).toBe(true)
    expect(globPattern('models/**/').test('seeds/a.csv')).toBe(false)
  })

  it('answers a backtracking-hostile glob on a long path (linear, not exponential)', () => {
    const glob = `${'**a'.repeat(40)}**b`
    const path = 'a'.repeat(5000)
    expect(globPattern(glob).test(path)).toBe(false)
    expect(globPattern(glob).test(`${path}b`)).toBe(true)
  })
})
