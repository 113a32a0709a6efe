import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'
import { INPUT_NAMES, parseInputs } from '../src/inputs/parse-inputs.js'
import { emptyOutputs } from '../src/report/outputs.js'
import { rawInputs } from './support/raw-inputs.js'

interface ActionYml {
  inputs: Record<string, { required?: boolean; default?: string }>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}

const action = parse(
  readFileSync(resolve(import.meta.dirname ?? '.', '../action.yml'), 'utf8')
) as ActionYml

const inputEnvironment = {
  now: new Date('2024-07-17T20:00:00Z'),
  readTextFile: (path: string): string => {
    throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
  },
  openArtifact: (path: string): string => {
    throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
  },
  readOwnFile: () => undefined
}

describe('action.yml and the code agree', () => {
  it('declares exactly the inputs the code reads', () => {
    expect(Object.keys(action.inputs)).toEqual([...INPUT_NAMES])
  })

  it('documents the defaults the code applies: an input left out reads as its default', () => {
    // An empty default is the same as none: only the others say something.
    const given = Object.entries(action.inputs).filter(([, input]) => input.default)
    expect(given.length).toBeGreaterThan(10)
    for (const [name, input] of given) {
      const withDefault = parseInputs(rawInputs({ [name]: input.default }), inputEnvironment)
      const leftOut = parseInputs(rawInputs({ [name]: '' }), inputEnvironment)
      expect([name, leftOut]).toEqual([name, withDefault])
    }
  })

  it('declares the outputs the code sets', () => {
    expect(Object.keys(action.outputs)).toEqual(Object.keys(emptyOutputs()))
  })

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})

describe('the workflows', () => {
  it('pin every third-party action by commit SHA, with its tag in a comment', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const dir = new URL('../.github/workflows/', import.meta.url)
    const uses = readdirSync(dir)
      .flatMap(name => readFileSync(new URL(name, dir), 'utf8').split('\n'))
      .filter(line => /^\s*-?\s*uses:/.test(line) && !line.includes('uses: ./'))
    expect(uses.length).toBeGreaterThan(0)
    for (const line of uses) expect(line).toMatch(/uses: [\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/)
  })
})
