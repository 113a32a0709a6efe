/**
 * The shape of src/ as CONTRIBUTING describes it: every module at most 350 lines, no export
 * that only tests use, and the Design section's folder map naming every module of each folder,
 * and nothing that is not there. The map is read from CONTRIBUTING.md, the tree from the disk.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const MAX_LINES = 350

/** Every .ts file under src/, as a path relative to the repository. */
function sourceFiles(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : []
  )
}

/** The folder map's row for `folder`: the text of its one-line description. */
function mapRow(folder: string): string {
  const contributing = readFileSync('CONTRIBUTING.md', 'utf8')
  const row = contributing.split('\n').find(line => line.startsWith(`| \`${folder}/\``))
  if (!row) throw new Error(`CONTRIBUTING.md's folder map has no row for ${folder}/`)
  return row
}

/** What a row names in backticks that looks like a module: lower case, with hyphens. */
function namedModules(row: string): string[] {
  return [...row.matchAll(/`([a-z][a-z-]*\*?)`/g)].map(match => match[1]!)
}

describe('the shape of src/', () => {
  it(`keeps every module at most ${MAX_LINES} lines`, () => {
    const long = sourceFiles()
      .map(file => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
    expect(long).toEqual([])
  })

  it('exports no value that only tests use: a test goes through what the code itself uses', () => {
    const texts = new Map(sourceFiles().map(file => [file, readFileSync(file, 'utf8')]))
    const testOnly = [...texts].flatMap(([file, text]) =>
      [...text.matchAll(/^export (?:async )?(?:function\*?|const|let|class|enum) (\w+)/gm)]
        .map(match => match[1]!)
        .filter(name => {
          const used = new RegExp(`\\b${name}\\b`)
          return ![...texts].some(([other, code]) => other !== file && used.test(code))
        })
        .map(name => `${file}: ${name}`)
    )
    expect(testOnly).toEqual([])
  })

  const folders = readdirSync('src', { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => `src/${entry.name}`)

  it.each(folders)("CONTRIBUTING's folder map names every module of %s, and only those", folder => {
    const modules = readdirSync(folder)
      .filter(name => name.endsWith('.ts'))
      .map(name => name.replace(/\.ts$/, ''))
    const named = namedModules(mapRow(folder))
    const covers = (name: string, module: string) =>
      name.endsWith('*') ? module.startsWith(name.slice(0, -1)) : name === module
    expect(modules.filter(module => !named.some(name => covers(name, module)))).toEqual([])
    expect(named.filter(name => !modules.some(module => covers(name, module)))).toEqual([])
  })
})
