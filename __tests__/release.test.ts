/**
 * Releases and CI as CONTRIBUTING "Releasing" describes them: the release workflow, read from its
 * YAML (what it is triggered by, what it checks before it releases, how it moves the major tag
 * and publishes), the release notes taken from the CHANGELOG with the checks on the tag, and CI
 * on Node 22 and 24.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { releaseNotes } from '../script/release-notes.js'
import './support/fast-check-setup.js'

const root = resolve(import.meta.dirname ?? '.', '..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}
interface Job {
  needs?: string | string[]
  permissions?: Record<string, string>
  strategy?: { matrix?: Record<string, unknown> }
  steps: Step[]
}
interface Workflow {
  on: unknown
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

const release = parse(read('.github/workflows/release.yml')) as Workflow

/** The job whose steps run a command matching `pattern`; exactly one must. */
function jobRunning(pattern: RegExp): [string, Job] {
  const found = Object.entries(release.jobs).filter(([, job]) =>
    job.steps.some(step => pattern.test(step.run ?? ''))
  )
  expect(found.map(([name]) => name)).toHaveLength(1)
  return found[0]!
}

/** Every job `name` waits for, directly or through the jobs it needs. */
function before(name: string): Set<string> {
  const needs = release.jobs[name]?.needs ?? []
  const direct = typeof needs === 'string' ? [needs] : needs
  return new Set(direct.flatMap(job => [job, ...before(job)]))
}

describe('the release workflow', () => {
  it('runs only for a pushed v*.*.* tag, with read-only permissions unless a job needs more', () => {
    expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } })
    expect(release.permissions).toEqual({ contents: 'read' })
  })

  it('checks the tag, that it has no release yet, and that dist/ equals a fresh build', () => {
    const [check, job] = jobRunning(/npm run check-dist/)
    const runs = job.steps.map(step => step.run ?? '').join('\n')
    expect(runs).toMatch(/node script\/release-notes\.js "\$TAG"/)
    expect(runs).toMatch(/gh release view "\$TAG"/)
    expect(before('github-release')).toContain(check)
  })

  it('runs the tests on Node 22 and 24 before releasing', () => {
    const [test, job] = jobRunning(/^npm test$/)
    expect(job.strategy?.matrix?.node).toEqual([22, 24])
    expect(before('github-release')).toContain(test)
  })

  it('creates the GitHub release with the CHANGELOG section as its notes', () => {
    const [name, job] = jobRunning(/gh release create/)
    expect(name).toBe('github-release')
    const run = job.steps.find(step => /gh release create/.test(step.run ?? ''))?.run ?? ''
    expect(run).toMatch(/node script\/release-notes\.js "\$TAG" > "(\S+)"[\s\S]*--notes-file "\1"/)
    expect(job.permissions).toEqual({ contents: 'write' })
  })

  it('moves the major tag as a plain tag, force-pushed, after the release', () => {
    const [name, job] = jobRunning(/git push --force/)
    const run = job.steps.map(step => step.run ?? '').join('\n')
    // A plain tag: no -a, -m, -s or -u, which would make an annotated one.
    expect(run).toMatch(/^\s*git tag --force "\$major" HEAD$/m)
    expect(run).toMatch(/git push --force origin "refs\/tags\/\$major"/)
    expect(run).toMatch(/major=\$\{TAG%%\.\*\}/)
    expect(before(name)).toEqual(new Set(['github-release', 'check', 'test']))
  })

  it('publishes to npm with provenance, only after the checks, the tests and the release', () => {
    const [name, job] = jobRunning(/npm publish/)
    const publish = job.steps.find(step => /npm publish/.test(step.run ?? ''))
    expect(publish?.run).toBe('npm publish --provenance --access public')
    expect(publish?.env?.NODE_AUTH_TOKEN).toMatch(/^\$\{\{\s*secrets\.\w+\s*\}\}$/)
    expect(job.permissions?.['id-token']).toBe('write')
    const setup = job.steps.find(step => step.uses?.startsWith('actions/setup-node@'))
    expect(setup?.with?.['registry-url']).toBe('https://registry.npmjs.org')
    expect(before(name)).toEqual(new Set(['github-release', 'check', 'test']))
  })
})

describe('every workflow', () => {
  const files = readdirSync(join(root, '.github/workflows')).filter(name => /\.ya?ml$/.test(name))

  it.each(files)('%s pins each action by a full commit SHA, its version in a comment', file => {
    const uses = [...read(join('.github/workflows', file)).matchAll(/^\s*(?:- )?uses: (.+)$/gm)]
    const unpinned = uses
      .map(([, target = '']) => target)
      .filter(target => !target.startsWith('./'))
      .filter(target => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/.test(target))
    expect(unpinned).toEqual([])
  })
})

describe('the release notes (script/release-notes.js)', () => {
  const changelog = (heading: string, body: string) =>
    `# Changelog\n\nIntro.\n\n## [Unreleased]\n\n${heading}\n\n${body}\n\n## [0.9.0] - 2026-01-02\n\n- old\n`
  const ok = { version: '1.2.3' }

  it('are the section of the tag’s version, without its heading or the next section', () => {
    const text = changelog('## [1.2.3] - 2026-12-07', '### Added\n\n- a thing')
    expect(releaseNotes('v1.2.3', text, ok)).toEqual({ notes: '### Added\n\n- a thing' })
  })

  it('end before the link definitions at the end of the file', () => {
    const text = '## [1.2.3] - 2026-12-07\n\n- a\n\n[1.2.3]: https://example.com/v1.2.3\n'
    expect(releaseNotes('v1.2.3', text, ok)).toEqual({ notes: '- a' })
  })

  it('are any section body, trimmed, that holds no heading of its level', () => {
    const line = fc.string().filter(text => !/^## |^\[[^\]]+\]: \S|[\r\n]/.test(text))
    fc.assert(
      fc.property(fc.array(line, { minLength: 1 }), lines => {
        const body = lines.join('\n')
        fc.pre(body.trim() !== '')
        const result = releaseNotes('v1.2.3', changelog('## [1.2.3] - 2026-12-07', body), ok)
        expect(result).toEqual({ notes: body.trim() })
      })
    )
  })

  it.each([
    '1.2.3',
    'v1.2',
    'v1.2.3.4',
    'v01.2.3',
    'v1.02.3',
    'v1.2.03',
    'v1.2.3-rc.1',
    'v1.2.3+b',
    'V1.2.3',
    ' v1.2.3'
  ])('refuse the tag %j, naming it', tag => {
    const result = releaseNotes(tag, changelog('## [1.2.3] - 2026-12-07', '- a'), ok)
    expect(result).toEqual({ problem: `the tag must be vX.Y.Z (say v1.2.3), got '${tag}'` })
  })

  it('refuse any tag that is not v and three numbers without leading zeros', () => {
    const release = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/
    fc.assert(
      fc.property(fc.string(), tag => {
        fc.pre(!release.test(tag))
        expect(releaseNotes(tag, '', ok)).toHaveProperty('problem')
      })
    )
  })

  it.each([
    ['package.json of another version', { version: '1.2.4' }, '## [1.2.3] - 2026-12-07', /1\.2\.4/],
    [
      'a private package.json',
      { version: '1.2.3', private: true },
      '## [1.2.3] - 2026-12-07',
      /private/
    ],
    ['no section', ok, '## [1.2.4] - 2026-12-07', /no '## \[1\.2\.3\] - YYYY-MM-DD' section/],
    ['an undated section', ok, '## [1.2.3] - Unreleased', /'## \[1\.2\.3\] - Unreleased'/],
    ['a date that is no day', ok, '## [1.2.3] - 2026-02-30', /2026-02-30/]
  ])('refuse %s', (_what, pkg, heading, problem) => {
    const result = releaseNotes('v1.2.3', changelog(heading, '- a'), pkg)
    expect(result).toEqual({ problem: expect.stringMatching(problem) })
  })

  it('refuse an empty section', () => {
    const result = releaseNotes('v1.2.3', changelog('## [1.2.3] - 2026-12-07', ''), ok)
    expect(result).toEqual({ problem: "CHANGELOG.md's section for 1.2.3 is empty" })
  })

  it('exist for this repository’s version: its CHANGELOG section is dated', () => {
    const version = (JSON.parse(read('package.json')) as { version: string }).version
    const result = releaseNotes(`v${version}`, read('CHANGELOG.md'), { version })
    expect(result).toEqual({ notes: expect.stringMatching(/^### /) })
  })

  it('as a command, refuse a bad tag in one line on stderr, with exit code 1', () => {
    let failure: { status?: number; stdout?: Buffer; stderr?: Buffer } = {}
    try {
      execFileSync(process.execPath, [join(root, 'script/release-notes.js'), 'v1'], {
        stdio: 'pipe'
      })
    } catch (error) {
      failure = error as typeof failure
    }
    expect(failure.status).toBe(1)
    expect(failure.stdout?.toString()).toBe('')
    expect(failure.stderr?.toString()).toBe(
      "release: the tag must be vX.Y.Z (say v1.2.3), got 'v1'\n"
    )
  })
})

describe('the README on versions', () => {
  const readme = read('README.md')

  it('states the oldest self-hosted runner that runs node24 actions', () => {
    expect(readme).toMatch(/self-hosted runner needs the Actions runner\s+\[v2\.327\.1\]/)
  })

  it('says how to pin a commit until a release exists, and how to find its SHA', () => {
    expect(readme).toMatch(/^- uses: OWNER\/anymetrics-refresh@<40-character SHA> # .+$/m)
    expect(readme).toMatch(/git ls-remote https:\/\/github\.com\/OWNER\/anymetrics-refresh/)
  })
})

describe('CI on Node 22 and 24', () => {
  it('.ci/run installs and tests on Node 22 and 24, and no longer on 20', () => {
    const ci = read('.ci/run')
    expect(ci).toMatch(/^NODE22_BIN=\$\(install_node 22\)$/m)
    expect(ci).toMatch(/^NODE24_BIN=\$\(install_node 24\)$/m)
    expect(ci).toMatch(/^run_tests node22$/m)
    expect(ci).toMatch(/^PATH="\$NODE24_BIN:\$PATH" run_tests node24$/m)
    expect(ci).not.toMatch(/node(-linux-x64@|-)?20\b/)
  })

  it('the CI workflow tests on Node 22 and 24', () => {
    const ci = parse(read('.github/workflows/ci.yml')) as Workflow
    expect(ci.jobs.test?.strategy?.matrix?.node).toEqual([22, 24])
  })
})
