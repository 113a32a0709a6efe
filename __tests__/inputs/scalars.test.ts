import { describe, expect, it } from '@jest/globals'
import { RuleViolation } from '../../src/inputs/refusals.js'
import {
  parseBoolean,
  parseDryRun,
  parseDurationMs,
  parseTimeZone,
  parseTimeoutMs,
  parseWholeNumber
} from '../../src/inputs/scalars.js'

/** The violation a parser throws for this value (fails when it accepts the value). */
function violation(parse: () => unknown): RuleViolation {
  try {
    parse()
  } catch (error) {
    if (error instanceof RuleViolation) return error
    throw error
  }
  throw new Error('expected the value to be refused')
}

describe('parseTimeoutMs', () => {
  it.each([
    ['30', 30_000],
    ['1', 1000],
    ['2.5', 2500],
    ['12.25', 12_250],
    ['0.001', 1],
    ['0.0015', 2],
    ['007', 7000],
    ['3600', 3_600_000],
    ['3600.0', 3_600_000]
  ])('accepts %j seconds as %d ms', (value, ms) => {
    expect(parseTimeoutMs(value)).toBe(ms)
  })

  it.each(['0.0004', '0.0000001'])(
    'refuses %j, which rounds to the 0 ms that would end every request at once',
    value => {
      expect(violation(() => parseTimeoutMs(value))).toMatchObject({
        rule: 'must be at least 0.001 (1 ms); it rounds to 0 ms',
        offendingValue: value
      })
    }
  )

  it('accepts 0.0005 seconds, which rounds up to 1 ms', () => {
    expect(parseTimeoutMs('0.0005')).toBe(1)
  })

  it.each(['0', '0.0', '000', '3600.5', '3600.001', '3601', '-1', '-0.5'])(
    'refuses %j, outside (0, 3600] seconds',
    value => {
      expect(violation(() => parseTimeoutMs(value))).toMatchObject({
        rule: 'must be a number of seconds above 0, at most 3600',
        offendingValue: value
      })
    }
  )

  it.each(['', 'ten', '1e3', '.5', '5.', '+5', ' 5', '5 ', 'x5', '5x', '5.x', '0x10', '1,5'])(
    'refuses %j, which is not written as decimal seconds',
    value => {
      expect(violation(() => parseTimeoutMs(value))).toMatchObject({
        rule: 'must be a number of seconds above 0, at most 3600',
        offendingValue: value
      })
    }
  )
})

describe('parseWholeNumber', () => {
  it.each([
    ['0', 0, 10, 0],
    ['10', 0, 10, 10],
    ['3', 0, 10, 3],
    ['1', 1, 32, 1],
    ['32', 1, 32, 32],
    ['04', 1, 32, 4],
    ['2000', 1, 2000, 2000]
  ])('accepts %j within %d..%d as %d', (value, min, max, parsed) => {
    expect(parseWholeNumber(value, min, max)).toBe(parsed)
  })

  it.each([
    ['11', 0, 10],
    ['-1', 0, 10],
    ['0', 1, 32],
    ['33', 1, 32],
    ['2001', 1, 2000],
    ['99999999999999999999', 1, 2000]
  ])('refuses %j outside %d..%d, naming the range', (value, min, max) => {
    expect(violation(() => parseWholeNumber(value, min, max))).toMatchObject({
      rule: `must be a whole number from ${min} to ${max}`,
      offendingValue: value
    })
  })

  it.each(['', 'three', '3.0', '1e1', '+3', ' 3', '3 ', 'x3', '3x', '0x3'])(
    'refuses %j, which is not written as a whole number',
    value => {
      expect(violation(() => parseWholeNumber(value, 0, 10))).toMatchObject({
        rule: 'must be a whole number from 0 to 10',
        offendingValue: value
      })
    }
  )
})

describe('parseBoolean', () => {
  it.each(['true', 'True', 'TRUE'])('reads %j as true', value => {
    expect(parseBoolean(value)).toBe(true)
  })

  it.each(['false', 'False', 'FALSE'])('reads %j as false', value => {
    expect(parseBoolean(value)).toBe(false)
  })

  it.each(['', 'yes', 'no', '1', '0', 'tRUE', 'fAlse', 'on', ' true'])('refuses %j', value => {
    expect(violation(() => parseBoolean(value))).toMatchObject({
      rule: 'must be true or false',
      offendingValue: value
    })
  })
})

describe('parseTimeZone', () => {
  it.each(['UTC', 'Asia/Shanghai', 'America/New_York'])('accepts the IANA name %j', zone => {
    expect(parseTimeZone(zone)).toBe(zone)
  })

  it('refuses an unknown zone with the reason and the value', () => {
    expect(violation(() => parseTimeZone('Asia/Atlantis'))).toMatchObject({
      rule: 'must be an IANA time zone such as UTC or Asia/Shanghai',
      offendingValue: 'Asia/Atlantis'
    })
  })

  it('refuses a fixed offset, saying why', () => {
    expect(violation(() => parseTimeZone('+08:00'))).toMatchObject({
      rule: expect.stringMatching(/^is a fixed offset/),
      offendingValue: '+08:00'
    })
  })
})

describe('parseDurationMs', () => {
  const MINUTES = { name: 'minutes', ms: 60_000 }
  const SECONDS = { name: 'seconds', ms: 1000 }
  const minutes = (value: string) => parseDurationMs(value, MINUTES, { min: 0, max: 350 })
  const seconds = (value: string) => parseDurationMs(value, SECONDS, { min: 1, max: 600 })

  it.each([
    ['60', 3_600_000],
    ['0.5', 30_000],
    ['12.25', 735_000],
    ['350', 21_000_000]
  ])('accepts %j minutes as %d ms', (value, ms) => {
    expect(minutes(value)).toBe(ms)
  })

  it.each([
    ['1', 1000],
    ['1.5', 1500],
    ['600', 600_000]
  ])('accepts %j seconds, from a minimum of 1, as %d ms', (value, ms) => {
    expect(seconds(value)).toBe(ms)
  })

  it.each(['0', '0.0', '350.5', '351', '-1', '', 'x5', '5x', '.5', '5.', '1e2', ' 5'])(
    'refuses %j minutes, saying above 0 when the minimum is 0',
    value => {
      expect(violation(() => minutes(value))).toMatchObject({
        rule: 'must be a number of minutes above 0, at most 350',
        offendingValue: value
      })
    }
  )

  it.each(['0', '0.5', '0.999', '600.5', '601'])(
    'refuses %j seconds, naming the minimum when it is above 0',
    value => {
      expect(violation(() => seconds(value))).toMatchObject({
        rule: 'must be a number of seconds from 1, at most 600',
        offendingValue: value
      })
    }
  )
})

describe('parseDryRun', () => {
  it.each(['check', 'CHECK', 'Check'])(
    'reads %j as check: plan, then prove the connection',
    value => {
      expect(parseDryRun(value)).toBe('check')
    }
  )

  it.each(['true', 'True', 'TRUE'])('reads %j as plan only', value => {
    expect(parseDryRun(value)).toBe('plan')
  })

  it.each(['false', 'False', 'FALSE'])('reads %j as off', value => {
    expect(parseDryRun(value)).toBe('off')
  })

  it.each(['', 'yes', '1', 'checks', 'plan', 'off'])('refuses %j', value => {
    expect(violation(() => parseDryRun(value))).toMatchObject({
      rule: 'must be true, false or check',
      offendingValue: value
    })
  })
})

describe('parseDurationMs below a millisecond', () => {
  it('refuses a duration that rounds to 0 ms', async () => {
    const { parseDurationMs } = await import('../../src/inputs/scalars.js')
    expect(() =>
      parseDurationMs('0.0000001', { name: 'minutes', ms: 60_000 }, { min: 0, max: 350 })
    ).toThrow('rounds to 0 ms')
    expect(parseDurationMs('0.0001', { name: 'minutes', ms: 60_000 }, { min: 0, max: 350 })).toBe(6)
  })
})
