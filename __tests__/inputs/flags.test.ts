/** The command line's flags as the action's raw inputs: forms, order, precedence, refusals. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import '../support/fast-check-setup.js'
import {
  CREDENTIAL_INPUTS,
  FlagError,
  environmentName,
  parseFlags
} from '../../src/inputs/flags.js'
import { INPUT_DOCS } from '../../src/inputs/input-docs.js'
import { INPUT_NAMES, type InputName } from '../../src/inputs/parse-inputs.js'

const DEFAULTS = Object.fromEntries(
  INPUT_NAMES.map(name => [name, INPUT_DOCS.find(doc => doc.name === name)?.default ?? ''])
) as Record<InputName, string>
const FLAG_INPUTS = INPUT_NAMES.filter(
  name => !(CREDENTIAL_INPUTS as readonly string[]).includes(name)
)

function refusal(argv: string[], env: Record<string, string> = {}): FlagError {
  try {
    parseFlags(argv, env, DEFAULTS)
  } catch (error) {
    if (error instanceof FlagError) return error
    throw error
  }
  throw new Error('not refused')
}

/** A value a user could give: trimmed, not empty, not starting like a flag. */
const value = fc
  .string({ minLength: 1, maxLength: 20 })
  .map(text => text.trim())
  .filter(text => text !== '' && !text.startsWith('--'))

describe('parseFlags', () => {
  it('is held to action.yml: --help documents every input, in its order', () => {
    expect(INPUT_DOCS.map(doc => doc.name)).toEqual([...INPUT_NAMES])
  })

  it('gives the same inputs whatever the order of the flags and whether --name=value or --name value', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...FLAG_INPUTS), { minLength: 1, maxLength: 8 }),
        fc.array(value, { minLength: 8, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        (names, values, equalsForm, order) => {
          const given = names.map((name, i) => ({
            name,
            value: values[i]!,
            equals: equalsForm[i]!
          }))
          const argvOf = (flags: typeof given) =>
            flags.flatMap(flag =>
              flag.equals ? [`--${flag.name}=${flag.value}`] : [`--${flag.name}`, flag.value]
            )
          const shuffled = given
            .map((flag, i) => ({ flag, key: order[i]! }))
            .sort((a, b) => a.key - b.key)
            .map(({ flag }) => ({ ...flag, equals: !flag.equals }))
          const first = parseFlags(argvOf(given), {}, DEFAULTS)
          const second = parseFlags(argvOf(shuffled), {}, DEFAULTS)
          expect(second.inputs).toEqual(first.inputs)
          for (const flag of given) expect(first.inputs[flag.name]).toBe(flag.value)
        }
      )
    )
  })

  it('takes each input from ANYMETRICS_<INPUT> when no flag gives it, the flag winning', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FLAG_INPUTS), value, value, (name, fromEnv, fromFlag) => {
        const env = { [environmentName(name)]: fromEnv }
        expect(parseFlags([], env, DEFAULTS).inputs[name]).toBe(fromEnv)
        expect(parseFlags([`--${name}`, fromFlag], env, DEFAULTS).inputs[name]).toBe(fromFlag)
      })
    )
  })

  it('fills what nothing gives with the action.yml default, and trims as a runner does', () => {
    const { inputs } = parseFlags(
      ['--host', '  127.0.0.1:8083 '],
      { ANYMETRICS_TENANT_ID: '' },
      DEFAULTS
    )
    expect(inputs).toMatchObject({
      host: '127.0.0.1:8083',
      'tenant-id': '',
      partition: 'today',
      timezone: 'UTC',
      'dbt-catalog': 'default_catalog'
    })
  })

  it('names the variable: hyphens as underscores, upper case', () => {
    expect(environmentName('wait-timeout-minutes')).toBe('ANYMETRICS_WAIT_TIMEOUT_MINUTES')
  })

  it('takes credentials from the environment only, and files from their flags', () => {
    const env = { ANYMETRICS_AUTH_VALUE: 'from-env', ANYMETRICS_APP_SECRET: 'app-env' }
    const request = parseFlags(['--auth-value-file', 'cred.txt'], env, DEFAULTS)
    expect(request.inputs['auth-value']).toBe('from-env')
    expect(request.inputs['app-secret']).toBe('app-env')
    expect(request.credentialFiles).toEqual({ 'auth-value': 'cred.txt' })
  })

  it.each(['--auth-value', '--app-secret'])(
    'refuses %s as a flag, in either form, naming the variable and never holding the value',
    flag => {
      for (const argv of [[flag, 'hunter2-secret'], [`${flag}=hunter2-secret`]]) {
        const error = refusal(['--host', 'h', ...argv])
        expect(error.flag).toBe(flag)
        expect(error.rule).toContain(environmentName(flag.slice(2)))
        expect(`${error.message} ${error.offendingValue}`).not.toContain('hunter2')
      }
    }
  )

  it.each([
    [['--nope', 'x'], '--nope', 'is not a flag'],
    [['--host'], '--host', 'needs a value'],
    [['--host', '--json'], '--host', 'needs a value'],
    [['--json=yes'], '--json', 'takes no value'],
    [['--host', 'a', '--host', 'b'], '--host', 'is given twice'],
    [['secret-without-flag'], 'argument 1', 'is not a flag']
  ])('refuses %j: %s %s, quoting no argument', (argv, flag, rule) => {
    const error = refusal(argv)
    expect(error.flag).toBe(flag)
    expect(error.rule).toContain(rule)
    expect(error.offendingValue).toBeUndefined()
  })

  it('reads its own switches and options', () => {
    const request = parseFlags(
      ['--json', '--debug', '--summary-file=out.md', '--app-secret-file', 's'],
      {},
      DEFAULTS
    )
    expect(request).toMatchObject({
      json: true,
      debug: true,
      help: false,
      version: false,
      summaryFile: 'out.md',
      credentialFiles: { 'app-secret': 's' }
    })
  })
})
