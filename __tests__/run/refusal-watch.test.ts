import { describe, expect, it } from '@jest/globals'
import { RefusalWatch, type Refusal } from '../../src/run/refusal-watch.js'
import { testBoundary } from '../support/attempts.js'

const answer = (reason: string, code = '401'): Refusal => ({
  code: testBoundary.text(code),
  reason: testBoundary.text(reason),
  transient: false
})
const AUTH = answer('authentication failed')
const NOT_FOUND = answer('data source table not found', '500')

describe('RefusalWatch: the run', () => {
  it('stops the run at the third refusal with one answer from two tables, none accepted', () => {
    const watch = new RefusalWatch(2)
    expect(watch.refused('a', AUTH)).toBeUndefined()
    expect(watch.refused('b', AUTH)).toBeUndefined()
    expect(watch.refused('a', AUTH)).toEqual({ scope: 'run', answer: AUTH, refused: 3 })
    expect(watch.stopOfRun).toMatchObject({ scope: 'run', refused: 3 })
  })

  it('stops a one-table run at its third refusal with one answer', () => {
    const watch = new RefusalWatch(1)
    watch.refused('a', AUTH)
    watch.refused('a', AUTH)
    expect(watch.refused('a', AUTH)?.scope).toBe('run')
  })

  it('stops only the table when its three refusals are all it has seen, then the run when another table says the same', () => {
    const watch = new RefusalWatch(2)
    watch.refused('a', AUTH)
    watch.refused('a', AUTH)
    expect(watch.refused('a', AUTH)).toMatchObject({ scope: 'table', table: 'a', refused: 3 })
    expect(watch.tableStop('a')).toBeDefined()
    expect(watch.stopOfRun).toBeUndefined()
    expect(watch.refused('b', AUTH)?.scope).toBe('run')
  })

  it('never stops the run once anything was accepted', () => {
    const watch = new RefusalWatch(2)
    watch.accepted('b')
    for (let i = 0; i < 5; i++) watch.refused('a', AUTH)
    expect(watch.stopOfRun).toBeUndefined()
    expect(watch.tableStop('a')).toMatchObject({ scope: 'table', refused: 3 })
    expect(watch.tableStop('b')).toBeUndefined()
  })

  it('never stops the run once another table had a trigger accepted', () => {
    const watch = new RefusalWatch(3)
    watch.accepted('c')
    ;['a', 'b', 'a'].forEach(table => watch.refused(table, AUTH))
    expect(watch.stopOfRun).toBeUndefined()
  })

  it('counts the table of the first refusal among the tables that gave the answer', () => {
    const watch = new RefusalWatch(2)
    watch.refused('a', AUTH)
    watch.refused('b', AUTH)
    expect(watch.refused('b', AUTH)).toEqual({ scope: 'run', answer: AUTH, refused: 3 })
  })

  it('takes an answer without a code or reason as one with an empty code or reason', () => {
    const empty = testBoundary.text('')
    const watch = new RefusalWatch(2)
    watch.refused('a', { code: null, reason: testBoundary.text('denied'), transient: false })
    watch.refused('b', { code: empty, reason: testBoundary.text('denied'), transient: false })
    expect(
      watch.refused('a', { code: null, reason: testBoundary.text('denied'), transient: false })
        ?.scope
    ).toBe('run')
    const noReason = new RefusalWatch(2)
    noReason.refused('a', { code: testBoundary.text('401'), reason: null, transient: false })
    noReason.refused('b', { code: testBoundary.text('401'), reason: empty, transient: false })
    expect(
      noReason.refused('a', { code: testBoundary.text('401'), reason: null, transient: false })
        ?.scope
    ).toBe('run')
  })

  it('never stops the run on refusals with different answers', () => {
    const watch = new RefusalWatch(3)
    const answers = [AUTH, NOT_FOUND, AUTH, AUTH, AUTH, AUTH]
    answers.forEach((refusal, i) => watch.refused(['a', 'b', 'c'][i % 3]!, refusal))
    expect(watch.stopOfRun).toBeUndefined()
  })

  it('tells answers apart by code as well as by message', () => {
    const watch = new RefusalWatch(2)
    watch.refused('a', answer('failed', '401'))
    watch.refused('b', answer('failed', '403'))
    watch.refused('a', answer('failed', '401'))
    expect(watch.refused('b', answer('failed', '401'))).toBeUndefined()
    expect(watch.stopOfRun).toBeUndefined()
  })

  it('decides nothing more once the run has stopped (answers still in flight)', () => {
    const watch = new RefusalWatch(2)
    ;['a', 'b', 'a'].forEach(table => watch.refused(table, AUTH))
    expect(watch.refused('b', AUTH)).toBeUndefined()
    expect(watch.tableStops).toEqual([])
  })
})

describe('RefusalWatch: one table', () => {
  it('stops a table whose first three refusals share one answer, and no other table', () => {
    const watch = new RefusalWatch(2)
    watch.refused('a', NOT_FOUND)
    watch.accepted('b')
    watch.refused('a', NOT_FOUND)
    watch.accepted('b')
    expect(watch.refused('a', NOT_FOUND)).toMatchObject({ scope: 'table', table: 'a' })
    expect(watch.tableStop('b')).toBeUndefined()
    expect(watch.tableStops.map(stop => stop.table)).toEqual(['a'])
  })

  it('never stops a table that had a trigger accepted (a refusal then is about its date)', () => {
    const watch = new RefusalWatch(2)
    watch.accepted('a')
    for (let i = 0; i < 5; i++) watch.refused('a', NOT_FOUND)
    expect(watch.tableStop('a')).toBeUndefined()
  })

  it('keeps a streak broken by another answer broken', () => {
    const watch = new RefusalWatch(2)
    watch.accepted('b')
    watch.refused('a', NOT_FOUND)
    watch.refused('a', AUTH)
    for (let i = 0; i < 5; i++) watch.refused('a', NOT_FOUND)
    expect(watch.tableStop('a')).toBeUndefined()
  })
})

describe('RefusalWatch: answers still in flight', () => {
  it("withholds the run's stop while another table's trigger is in flight, then stops at the next refusal", () => {
    const watch = new RefusalWatch(3)
    watch.started('c')
    expect(watch.refused('a', AUTH)).toBeUndefined()
    expect(watch.refused('b', AUTH)).toBeUndefined()
    expect(watch.refused('a', AUTH)).toBeUndefined()
    watch.ended('c')
    expect(watch.refused('b', AUTH)).toEqual({ scope: 'run', answer: AUTH, refused: 4 })
  })

  it("does not wait for the streak's own tables", () => {
    const watch = new RefusalWatch(3)
    watch.started('a')
    watch.started('b')
    watch.refused('a', AUTH)
    watch.refused('b', AUTH)
    expect(watch.refused('a', AUTH)?.scope).toBe('run')
  })

  it('counts each table in flight once per trigger, never below none', () => {
    const watch = new RefusalWatch(3)
    watch.ended('c')
    watch.ended('c')
    watch.started('c')
    watch.started('c')
    watch.ended('c')
    watch.refused('a', AUTH)
    watch.refused('b', AUTH)
    expect(watch.refused('a', AUTH)).toBeUndefined()
    watch.ended('c')
    expect(watch.refused('b', AUTH)?.scope).toBe('run')
  })
})
