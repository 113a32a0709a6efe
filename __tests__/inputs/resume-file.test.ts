import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  formatResumeRecord,
  readResumeFile,
  type ResumeRecord
} from '../../src/inputs/resume-file.js'
import { RuleViolation } from '../../src/inputs/refusals.js'
import '../support/fast-check-setup.js'

const PATH = 'anymetrics-resume.json'
const record: ResumeRecord = {
  entries: [
    {
      host: 'http://anymetrics.internal:8083',
      tenantId: 'tn_1',
      accepted: [
        { tableName: 'starrocks.`c.s`.p_order', partition: '2024-07-01', traceId: 'tr-1' }
      ],
      baselines: [
        {
          plan: { by: 'name', value: 'orders' },
          refreshMs: 1_725_214_156_000,
          latestRefreshTime: '2024-09-01 18:09:16'
        }
      ]
    }
  ]
}

function refusal(run: () => unknown): RuleViolation {
  try {
    run()
  } catch (error) {
    if (error instanceof RuleViolation) return error
    throw error
  }
  throw new Error('not refused')
}

describe('readResumeFile', () => {
  it('is nothing when the input is not given', () => {
    expect(readResumeFile('  ', () => 'never read')).toBeUndefined()
  })

  it('starts an empty record when the file does not exist yet (the first attempt)', () => {
    expect(readResumeFile(PATH, () => undefined)).toEqual({ path: PATH, record: { entries: [] } })
  })

  it('reads back what it wrote', () => {
    expect(readResumeFile(` ${PATH}\n`, () => formatResumeRecord(record))).toEqual({
      path: PATH,
      record
    })
  })

  it('refuses a file it cannot read, naming the path and the cause', () => {
    const refused = refusal(() =>
      readResumeFile(PATH, () => {
        throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' })
      })
    )
    expect(refused.rule).toMatch(/it cannot be read \(EISDIR\)$/)
    expect(refused.offendingValue).toBe(PATH)
  })

  it.each([
    ['not JSON', '{"format":', 'it is not JSON'],
    [
      'another file',
      '{"name": "package"}',
      'it is not this action\'s (no "format": "anymetrics-refresh/resume")'
    ],
    ['a JSON array', '[]', "it is not this action's"],
    [
      'a newer version',
      '{"format":"anymetrics-refresh/resume","version":2,"entries":[]}',
      'of version 2'
    ],
    ['no version', '{"format":"anymetrics-refresh/resume","entries":[]}', 'of version null'],
    [
      'entries not a list',
      '{"format":"anymetrics-refresh/resume","version":1,"entries":{}}',
      'entries are corrupt'
    ],
    [
      'an accepted trigger without a partition',
      '{"format":"anymetrics-refresh/resume","version":1,"entries":[{"host":"h","tenantId":"t","accepted":[{"tableName":"a","traceId":null}],"baselines":[]}]}',
      'entries are corrupt'
    ],
    [
      'a baseline of an unknown kind of plan',
      '{"format":"anymetrics-refresh/resume","version":1,"entries":[{"host":"h","tenantId":"t","accepted":[],"baselines":[{"plan":{"by":"x","value":"p"},"refreshMs":null,"latestRefreshTime":null}]}]}',
      'entries are corrupt'
    ],
    [
      'a baseline time that is no number',
      '{"format":"anymetrics-refresh/resume","version":1,"entries":[{"host":"h","tenantId":"t","accepted":[],"baselines":[{"plan":{"by":"id","value":"p"},"refreshMs":"soon","latestRefreshTime":null}]}]}',
      'entries are corrupt'
    ]
  ])('refuses %s, naming the path', (_what, text, rule) => {
    const refused = refusal(() => readResumeFile(PATH, () => text)?.record)
    expect(refused.rule).toContain(rule)
    expect(refused.rule).toMatch(/^must be the path of a file this action wrote as resume-file/)
    expect(refused.offendingValue).toBe(PATH)
  })

  const entry = {
    host: 'h',
    tenantId: 't',
    accepted: [{ tableName: 'a', partition: 'p', traceId: null }],
    baselines: [{ plan: { by: 'id', value: 'v' }, refreshMs: null, latestRefreshTime: null }]
  }
  const fileWith = (entries: unknown) =>
    JSON.stringify({ format: 'anymetrics-refresh/resume', version: 1, entries })

  it('reads every field of a well-formed entry', () => {
    expect(readResumeFile(PATH, () => fileWith([entry]))?.record).toEqual({ entries: [entry] })
  })

  it.each([
    ['an entry that is null', [null]],
    ['an entry that is a list', [[]]],
    ['a host that is no text', [{ ...entry, host: 1 }]],
    ['no tenant', [{ ...entry, tenantId: undefined }]],
    ['accepted triggers that are not a list', [{ ...entry, accepted: {} }]],
    ['an accepted trigger that is null', [{ ...entry, accepted: [null] }]],
    ['an accepted trigger that is a list', [{ ...entry, accepted: [['a', 'p', null]] }]],
    [
      'a table name that is no text',
      [{ ...entry, accepted: [{ tableName: 1, partition: 'p', traceId: null }] }]
    ],
    [
      'a traceId that is a number',
      [{ ...entry, accepted: [{ tableName: 'a', partition: 'p', traceId: 5 }] }]
    ],
    ['baselines that are not a list', [{ ...entry, baselines: null }]],
    ['a baseline that is null', [{ ...entry, baselines: [null] }]],
    [
      'a baseline without a plan',
      [{ ...entry, baselines: [{ refreshMs: null, latestRefreshTime: null }] }]
    ],
    [
      'a plan that is a list',
      [{ ...entry, baselines: [{ plan: [], refreshMs: null, latestRefreshTime: null }] }]
    ],
    [
      'a plan value that is no text',
      [
        {
          ...entry,
          baselines: [{ plan: { by: 'id', value: 7 }, refreshMs: null, latestRefreshTime: null }]
        }
      ]
    ],
    [
      'a refresh time that is a number',
      [
        {
          ...entry,
          baselines: [{ plan: { by: 'id', value: 'v' }, refreshMs: null, latestRefreshTime: 5 }]
        }
      ]
    ]
  ])('refuses %s as corrupt', (_what, entries) => {
    expect(refusal(() => readResumeFile(PATH, () => fileWith(entries))?.record).rule).toContain(
      'entries are corrupt'
    )
  })

  it('refuses a path with control characters, and a file unreadable for a reason with no code', () => {
    expect(refusal(() => readResumeFile('resume\u0007.json', () => undefined)).offendingValue).toBe(
      'resume\u0007.json'
    )
    const noCode = refusal(() =>
      readResumeFile(PATH, () => {
        throw new Error('gone')
      })
    )
    expect(noCode.rule).toMatch(/it cannot be read \(unreadable\)$/)
  })

  it('quotes at most 20 characters of an unknown version', () => {
    const text = JSON.stringify({ format: 'anymetrics-refresh/resume', version: 'x'.repeat(50) })
    expect(refusal(() => readResumeFile(PATH, () => text)?.record).rule).toContain(
      `of version "${'x'.repeat(19)}, and`
    )
  })

  it('says in the file what it is, for whoever opens it', () => {
    expect(JSON.parse(formatResumeRecord(record))).toMatchObject({
      note: expect.stringMatching(/^Written by anymetrics-refresh: triggers accepted so far/)
    })
  })

  it('reads back every record it writes', () => {
    const text = fc.string({ maxLength: 12 })
    const accepted = fc.record({
      tableName: text,
      partition: text,
      traceId: fc.option(text, { nil: null })
    })
    const baseline = fc.record({
      plan: fc.record({ by: fc.constantFrom('id' as const, 'name' as const), value: text }),
      refreshMs: fc.option(fc.integer(), { nil: null }),
      latestRefreshTime: fc.option(text, { nil: null })
    })
    const entry = fc.record({
      host: text,
      tenantId: text,
      accepted: fc.array(accepted, { maxLength: 4 }),
      baselines: fc.array(baseline, { maxLength: 3 })
    })
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 3 }), entries => {
        expect(readResumeFile(PATH, () => formatResumeRecord({ entries }))?.record).toEqual({
          entries
        })
      })
    )
  })
})
