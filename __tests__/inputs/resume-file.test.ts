import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  formatResumeRecord,
  parseResumeRecord,
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
    const refused = refusal(() => parseResumeRecord(text, PATH))
    expect(refused.rule).toContain(rule)
    expect(refused.rule).toMatch(/^must be the path of a file this action wrote as resume-file/)
    expect(refused.offendingValue).toBe(PATH)
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
        expect(parseResumeRecord(formatResumeRecord({ entries }), PATH)).toEqual({ entries })
      })
    )
  })
})
