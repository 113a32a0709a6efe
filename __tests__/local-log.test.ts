import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { LiveLog } from '../script/local-log.js'
import './support/fast-check-setup.js'

/** The lines a LiveLog prints for the pieces given to it, then its end. */
function printed(pieces: Array<['stdout' | 'stderr', string]>, debug = false): string[] {
  const lines: string[] = []
  const log = new LiveLog(debug, line => lines.push(line))
  for (const [stream, text] of pieces) log.write(stream, text)
  log.end()
  return lines
}

/** `text` cut at the given places (any of them, in any order). */
function cut(text: string, places: number[]): string[] {
  const at = [...new Set(places.map(place => place % (text.length + 1)))].sort((a, b) => a - b)
  return [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length))
}

const logLine = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', ':', ' ', 'é', '🙂') }),
  fc.constantFrom('::add-mask::ab', '::group::a b', '::endgroup::', '::error title=T::a b')
)

describe('LiveLog: the log as it comes', () => {
  it('prints the same lines however the output is cut into pieces', () => {
    fc.assert(
      fc.property(fc.array(logLine), fc.array(fc.nat()), (lines, places) => {
        const text = lines.join('\n')
        const whole = printed([['stdout', text]])
        expect(printed(cut(text, places).map(piece => ['stdout', piece]))).toEqual(whole)
      })
    )
  })

  it('prints each line once it is whole, and a last line without a break at the end', () => {
    const lines: string[] = []
    const log = new LiveLog(false, line => lines.push(line))
    log.write('stdout', 'first li')
    expect(lines).toEqual([])
    log.write('stdout', 'ne\nsecond')
    expect(lines).toEqual(['first line'])
    log.write('stderr', 'a warning\n')
    expect(lines).toEqual(['first line', 'a warning'])
    log.end()
    expect(lines).toEqual(['first line', 'a warning', 'second'])
  })

  it('masks a secret from the moment the action registers it, even split between pieces', () => {
    const lines = printed([
      ['stdout', '::add-mask::s3cr'],
      ['stdout', 'et-value\nthe key is s3cret-'],
      ['stdout', 'value, again s3cret-value\n'],
      ['stderr', 'stderr says s3cret-value\n']
    ])
    expect(lines).toEqual(['the key is ***, again ***', 'stderr says ***'])
  })

  it('renders workflow commands as the run page shows them, debug lines only with debug', () => {
    const text =
      '::group::Triggering\n::debug::body\n::endgroup::\n::warning title=A%3A B::careful\nplain\n'
    expect(printed([['stdout', text]])).toEqual([
      '▸ Triggering',
      'WARNING [A: B]: careful',
      'plain'
    ])
    expect(printed([['stdout', text]], true)).toContain('  debug: body')
  })

  it('sums the run up: the first error of a failed step, the last thing a passed one said', () => {
    const lines: string[] = []
    const log = new LiveLog(false, line => lines.push(line))
    log.write('stdout', '::add-mask::tok\n::error::first tok\n::error::second\n2 in all\n')
    expect(log.result(1, null)).toBe('Result: ❌ first ***')
    expect(log.result(0, null)).toBe('Result: ✅ 2 in all')
    const ended = new LiveLog(false, () => undefined)
    expect(ended.result(null, 'SIGQUIT')).toBe('Result: ❌ the action was ended by SIGQUIT')
  })
})
