/**
 * The documentation as users copy it: every workflow in the README and in examples/ passes a
 * credential that lasts (an API key pair, or auth-type APIKEY, from secrets; never a stored
 * TOKEN, which expires after 6 hours and breaks scheduled runs) and only inputs action.yml
 * declares; outputs it reads exist; links and the contents list resolve; and every test the
 * README and CONTRIBUTING name as holding a guarantee exists under that title.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parse } from 'yaml'

const root = resolve(import.meta.dirname ?? '.', '..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')
const README = read('README.md')
const CONTRIBUTING = read('CONTRIBUTING.md')

interface Spec {
  required?: boolean
}
const action = parse(read('action.yml')) as {
  inputs: Record<string, Spec>
  outputs: Record<string, unknown>
}

/** A workflow as written: where it is, its text and what it parses to. */
interface Workflow {
  where: string
  text: string
  parsed: unknown
}

/** The fenced blocks of one language in a markdown text, each named by its first line. */
function fencedBlocks(markdown: string, language: string, file: string): Workflow[] {
  const blocks: Workflow[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```' + language) continue
    const end = lines.indexOf('```', i + 1)
    const text = lines.slice(i + 1, end).join('\n')
    const parsed = language === 'yaml' ? (parse(text) as unknown) : undefined
    blocks.push({ where: `${file}:${i + 2}`, text, parsed })
    i = end
  }
  return blocks
}

const readmeWorkflows = fencedBlocks(README, 'yaml', 'README.md')
const exampleWorkflows: Workflow[] = readdirSync(join(root, 'examples'))
  .filter(name => /\.ya?ml$/.test(name))
  .map(name => {
    const text = read(join('examples', name))
    return { where: `examples/${name}`, text, parsed: parse(text) as unknown }
  })

interface ActionStep {
  id?: string
  uses: string
  with?: Record<string, unknown>
}

/** Every step, at any depth, that uses this action (`./` or `…/anymetrics-refresh@…`). */
function actionSteps(node: unknown): ActionStep[] {
  if (Array.isArray(node)) return node.flatMap(actionSteps)
  if (typeof node !== 'object' || node === null) return []
  const record = node as Record<string, unknown>
  const uses = record.uses
  if (typeof uses === 'string' && (uses === './' || /\/anymetrics-refresh@/.test(uses))) {
    return [record as unknown as ActionStep]
  }
  return Object.values(record).flatMap(actionSteps)
}

const FROM_SECRET = /^\$\{\{\s*secrets\.[A-Za-z0-9_]+\s*\}\}$/

/** What is wrong with a step's credential, or nothing when it lasts and comes from secrets. */
function credentialProblems(inputs: Record<string, unknown>): string[] {
  const text = (name: string) => String(inputs[name] ?? '').trim()
  if (/^token$/i.test(text('auth-type'))) {
    return ['auth-type TOKEN: a stored token lasts 6 hours; use app-id and app-secret']
  }
  const pair = text('app-id') !== '' || text('app-secret') !== ''
  const apiKey = /^apikey$/i.test(text('auth-type'))
  if (!pair && !apiKey) return ['no credential: app-id and app-secret, or auth-type APIKEY']
  const fromSecrets = pair ? ['app-id', 'app-secret'] : ['auth-value']
  return fromSecrets
    .filter(name => !FROM_SECRET.test(text(name)))
    .map(name => `${name} is not \${{ secrets.… }}`)
}

describe('every workflow in the README and in examples/', () => {
  const workflows = [...readmeWorkflows, ...exampleWorkflows]
  const using = workflows.filter(workflow => actionSteps(workflow.parsed).length > 0)

  it('is found: the README and each example have steps that use the action', () => {
    expect(using.filter(workflow => workflow.where.startsWith('README')).length).toBeGreaterThan(5)
    expect(exampleWorkflows.length).toBeGreaterThan(5)
    for (const example of exampleWorkflows) {
      expect([example.where, actionSteps(example.parsed).length]).not.toEqual([example.where, 0])
    }
  })

  it('passes a credential that lasts, from secrets: never auth-type TOKEN', () => {
    const problems = using.flatMap(workflow =>
      actionSteps(workflow.parsed).flatMap(step =>
        credentialProblems(step.with ?? {}).map(problem => `${workflow.where}: ${problem}`)
      )
    )
    expect(problems).toEqual([])
  })

  it('never writes auth-type TOKEN, even in a comment or a step of its own', () => {
    const token = /auth-type:\s*['"]?token\b/i
    const found = workflows.filter(workflow => token.test(workflow.text))
    expect(found.map(workflow => workflow.where)).toEqual([])
  })

  it('passes only inputs action.yml declares, and every required one', () => {
    const problems = using.flatMap(workflow =>
      actionSteps(workflow.parsed).flatMap(step => {
        const given = Object.keys(step.with ?? {})
        const unknown = given.filter(name => !(name in action.inputs))
        const missing = Object.entries(action.inputs)
          .filter(([name, spec]) => spec.required && !given.includes(name))
          .map(([name]) => name)
        return [
          ...unknown.map(name => `${workflow.where}: unknown input ${name}`),
          ...missing.map(name => `${workflow.where}: lacks ${name}`)
        ]
      })
    )
    expect(problems).toEqual([])
  })

  it('reads only outputs action.yml declares, of a step that uses the action', () => {
    const problems = workflows.flatMap(workflow => {
      const ids = new Set(actionSteps(workflow.parsed).map(step => step.id))
      return [...workflow.text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)].flatMap(
        ([reference, id = '', output = '']) =>
          ids.has(id) && output in action.outputs ? [] : [`${workflow.where}: ${reference}`]
      )
    })
    expect(problems).toEqual([])
  })
})

describe('the first hour', () => {
  it('tries one’s own platform with npm run local and dry-run check, with the key pair', () => {
    const shell = fencedBlocks(README, 'sh', 'README.md').map(block => block.text)
    const local = shell.find(text => text.includes('npm run local -- --host'))
    expect(local).toMatch(/--dry-run check/)
    expect(local).toMatch(/--app-id .* --app-secret /s)
    expect(shell.join('\n')).not.toMatch(/--auth-type\s+['"]?token\b/i)
    const checks = readmeWorkflows.flatMap(workflow => actionSteps(workflow.parsed))
    expect(checks.some(step => step.with?.['dry-run'] === 'check')).toBe(true)
  })

  it('waits for fresh metrics in a README workflow and an example, then reads fresh and data-through', () => {
    for (const workflows of [readmeWorkflows, exampleWorkflows]) {
      const waiting = workflows.filter(workflow =>
        actionSteps(workflow.parsed).some(step => step.with?.['wait-for-plans'])
      )
      expect(waiting.some(workflow => /steps\.[\w-]+\.outputs\.fresh\b/.test(workflow.text))).toBe(
        true
      )
      expect(waiting.some(workflow => /outputs\.data-through\b/.test(workflow.text))).toBe(true)
    }
  })
})

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

function anchors(markdown: string): Set<string> {
  const headings = [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map(([, text = '']) => slug(text))
  return new Set(headings)
}

describe('links', () => {
  it('the README contents list every section, and only sections', () => {
    const contents = /^\*\*Contents:\*\*([\s\S]*?)\n\n/m.exec(README)?.[1] ?? ''
    const listed = [...contents.matchAll(/\]\(#([^)]+)\)/g)].map(([, anchor]) => anchor)
    const sections = [...README.matchAll(/^## (.+)$/gm)].map(([, text = '']) => slug(text))
    expect(listed).toEqual(sections)
  })

  it.each(['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md'])(
    '%s: every relative link and anchor resolves',
    file => {
      const text = read(file)
      const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map(([, target = '']) => target)
      const broken = links
        .filter(target => !/^[a-z]+:/.test(target))
        .filter(target => {
          const [path = '', anchor] = target.split('#')
          const into = path === '' ? file : join(dirname(file), path)
          if (!existsSync(join(root, into))) return true
          return anchor !== undefined && !anchors(read(into)).has(anchor)
        })
      expect(broken).toEqual([])
    }
  )
})

/** The text of a `## heading` section, its lines joined. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`)
  if (start < 0) throw new Error(`no section ## ${heading}`)
  const end = markdown.indexOf('\n## ', start + 1)
  return markdown.slice(start, end < 0 ? undefined : end).replace(/\s+/g, ' ')
}

/** The tests a text names: `file.test.ts` then “title”s, each title of the file before it. */
function namedTests(text: string): Array<{ file: string; title?: string }> {
  const named: Array<{ file: string; title?: string }> = []
  let file = ''
  for (const [, path, title] of text.matchAll(/`([\w./-]+\.test\.ts)`|“([^”]+)”/g)) {
    if (path) named.push({ file: (file = path) })
    else if (title && file) named.push({ file, title })
  }
  return named
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A test file as named: under `__tests__/`, with or without that folder in front. */
const testPath = (file: string) => (file.startsWith('__tests__/') ? file : join('__tests__', file))

/** Whether the file names a describe or test with this title, as its first argument. */
function hasTitle(file: string, title: string): boolean {
  const source = read(testPath(file)).replace(/\\(['"`])/g, '$1')
  return new RegExp(`\\(\\s*(['"\`])${escapeRegExp(title)}\\1`).test(source)
}

describe('the guarantees and the tests that hold them', () => {
  const readme = section(README, 'Security and reliability')
  const contributing = section(CONTRIBUTING, 'Guarantees and their tests')

  it('the README names a test beside each guarantee', () => {
    const guarantees = readme.split(' - **').slice(1)
    expect(guarantees.length).toBeGreaterThan(8)
    for (const guarantee of guarantees) {
      expect([guarantee, namedTests(guarantee).some(test => test.title)]).toEqual([guarantee, true])
    }
  })

  it.each([
    ['README.md', readme],
    ['CONTRIBUTING.md', contributing]
  ])('every test %s names exists, under that title', (_file, text) => {
    const named = namedTests(text)
    expect(named.length).toBeGreaterThan(10)
    const missing = named.filter(({ file, title }) =>
      existsSync(join(root, testPath(file))) ? title !== undefined && !hasTitle(file, title) : true
    )
    expect(missing).toEqual([])
  })
})
