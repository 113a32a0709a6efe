import { describe, expect, it } from '@jest/globals'
import { buildPlan } from '../../src/inputs/trigger-plan.js'
import { splitList } from '../../src/inputs/list.js'

const limits = (maxTriggers: number) => ({ maxTriggers, largest: 2000 })

describe('buildPlan', () => {
  it('crosses tables with partitions: tables in the order given, partitions ascending', () => {
    expect(buildPlan(['b', 'a', 'b'], ['2024-01-02', '2024-01-01'], limits(10))).toEqual([
      { tableName: 'b', partition: '2024-01-01' },
      { tableName: 'b', partition: '2024-01-02' },
      { tableName: 'a', partition: '2024-01-01' },
      { tableName: 'a', partition: '2024-01-02' }
    ])
  })

  it('accepts a plan of exactly max-triggers and refuses one more', () => {
    expect(buildPlan(['a', 'b'], ['2024-01-01', '2024-01-02'], limits(4))).toHaveLength(4)
    expect(() => buildPlan(['a', 'b', 'c'], ['2024-01-01', '2024-01-02'], limits(5))).toThrow(
      'is 5, and the plan has 6 triggers (3 tables × 2 partitions, 2024-01-01..2024-01-02): narrow partition or raise max-triggers'
    )
  })

  it('says to split a plan larger than any step takes, not to raise max-triggers', () => {
    expect(() =>
      buildPlan(['a', 'b', 'c'], ['2024-01-01', '2024-01-02'], { maxTriggers: 4, largest: 5 })
    ).toThrow(': split the backfill across steps or a job matrix (one step takes at most 5)')
  })
})

describe('splitList', () => {
  it('splits on newlines and commas and drops blanks', () => {
    expect(splitList(' a ,\nb\r\n\n, c,')).toEqual(['a', 'b', 'c'])
    expect(splitList('')).toEqual([])
  })
})
