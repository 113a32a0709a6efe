/**
 * The mutation scores CONTRIBUTING shows are those of the committed incremental file, as
 * `npm run mutation:scores` prints them (script/mutation-scores.js).
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { UNIT_TESTS } from '../stryker.config.mjs'
import { incrementalScores, scoresOf, scoreTable } from '../script/mutation-scores.js'

const mutants = (...statuses: string[]) => ({ mutants: statuses.map(status => ({ status })) })

describe('mutation scores', () => {
  it('counts timed-out mutants as detected, and leaves out the disabled and the uncompiled', () => {
    const report = {
      files: {
        'src/b.ts': mutants('Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored'),
        'src/a.ts': mutants('Killed', 'CompileError', 'RuntimeError')
      }
    }
    expect(scoresOf(report)).toEqual([
      { module: 'src/a.ts', detected: 1, missed: 0, ignored: 0 },
      { module: 'src/b.ts', detected: 2, missed: 2, ignored: 1 }
    ])
    expect(scoreTable(scoresOf(report)).split('\n').slice(2)).toEqual([
      '| `src/a.ts` | 1 | 1 | 0 | 0 | 100.0% |',
      '| `src/b.ts` | 4 | 2 | 2 | 1 | 50.0%: below 85% |'
    ])
  })

  it("CONTRIBUTING's table is the committed incremental file's", () => {
    const cells = (line: string) => line.split('|').map(cell => cell.trim())
    const rows = (text: string) =>
      text
        .split('\n')
        .filter(line => line.startsWith('| `src/'))
        .map(cells)
    const contributing = readFileSync('CONTRIBUTING.md', 'utf8')
    const section = contributing.split('\n## Mutation testing\n')[1]?.split('\n## ')[0] ?? ''
    expect(rows(section)).toEqual(rows(scoreTable(incrementalScores())))
  })

  it('npm run mutation finds Stryker and runs it once for each module of UNIT_TESTS', () => {
    const listed = execFileSync(process.execPath, ['script/mutation.js', '--list'], {
      encoding: 'utf8'
    })
    const runs = listed.trim().split('\n')
    expect(runs.map(run => run.split(' ').slice(3))).toEqual(
      Object.keys(UNIT_TESTS).map(module => ['--mutate', module])
    )
    expect(runs.every(run => existsSync(run.split(' ')[1]!))).toBe(true)
  })
})
