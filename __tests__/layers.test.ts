/**
 * The layers of src/ are held by the linter (eslint.config.js): an import that runs up a layer,
 * or into another layer's internal module, fails `npm run lint`. Each case lints a deliberate
 * violation as if it were a file of that layer.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })

/** The layer-rule messages ESLint gives `source` as the file `filePath`. */
async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath })
  return (result?.messages ?? [])
    .filter(message => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map(message => message.message)
}

describe('the linter holds the layers', () => {
  it.each([
    ['src/inputs/x.ts', '../platform/client.js'],
    ['src/inputs/x.ts', '../report/printer.js'],
    ['src/platform/x.ts', '../run/pool.js'],
    ['src/run/x.ts', '../report/summary.js'],
    ['src/report/x.ts', '../main.js'],
    ['src/trust.ts', './inputs/host.js'],
    ['src/secret-matching.ts', './run/pool.js'],
    ['src/json/x.ts', '../inputs/refusals.js'],
    ['src/json/x.ts', '../trust.js'],
    ['src/json/x.ts', '../platform/client.js']
  ])('refuses %s importing %s (up a layer)', async (file, target) => {
    const errors = await layerErrors(file, `import { x } from '${target}'\nexport const y = x\n`)
    expect(errors).toEqual([expect.stringContaining('imports go down the layers only')])
  })

  it.each([
    ['src/run/x.ts', '../platform/http-exchange.js'],
    ['src/report/x.ts', '../secret-matching.js'],
    ['src/main.ts', './json/scanner.js'],
    ['src/platform/x.ts', '../json/scanner.js'],
    ['src/run/x.ts', '../json/scanner.js'],
    ['src/report/x.ts', '../json/json-error.js'],
    ['src/trust.ts', './json/scanner.js']
  ])("refuses %s importing %s (another layer's internals)", async (file, target) => {
    const errors = await layerErrors(
      file,
      `import type { X } from '${target}'\nexport type Y = X\n`
    )
    expect(errors).toEqual([expect.stringContaining("another layer's internal module")])
  })

  it.each([
    ['src/run/x.ts', '../platform/client.js'],
    ['src/report/x.ts', '../run/trigger.js'],
    ['src/platform/x.ts', './http-exchange.js'],
    ['src/inputs/x.ts', '../json/scanner.js'],
    ['src/inputs/x.ts', '../json/json-error.js'],
    ['src/json/x.ts', './byte-reader.js'],
    ['src/trust.ts', './secret-matching.js'],
    ['src/main.ts', './report/printer.js']
  ])('lets %s import %s (down, or within its layer)', async (file, target) => {
    expect(await layerErrors(file, `import { x } from '${target}'\nexport const y = x\n`)).toEqual(
      []
    )
  })

  it('has a rule for every folder and root file of src/', () => {
    const entries = readdirSync('src', { withFileTypes: true })
    const folders = entries.filter(entry => entry.isDirectory()).map(entry => entry.name)
    const files = entries.filter(entry => entry.isFile()).map(entry => entry.name)
    expect(folders.sort()).toEqual(['inputs', 'json', 'platform', 'report', 'run'])
    expect(files.sort()).toEqual([
      'action.ts',
      'cli.ts',
      'index.ts',
      'main.ts',
      'secret-matching.ts',
      'trust.ts'
    ])
  })
})
