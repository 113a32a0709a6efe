/** dbt's `path:` globs, matched without backtracking. */

/** A compiled path glob: `test` runs in time linear in the path (times the glob's length). */
export interface GlobPattern {
  /** The glob as written, without a trailing slash. */
  source: string
  test(path: string): boolean
}

/**
 * One step of a glob: a literal character, `?` (one character but /), `*` (any run without /),
 * `**` (any run), or `**` followed by a slash (whole folders, or none).
 */
type GlobStep = { kind: 'char'; char: string } | { kind: 'one' | 'segment' | 'any' | 'folders' }

/**
 * A path glob as dbt users write them: `*` within a folder, `**` across folders, `?` one
 * character; a pattern without wildcards also matches everything below it (a folder).
 * Matched by walking every position of the glob at once (no backtracking), so a glob like
 * `**a**a**a…b` costs no more than its length times the path's.
 */
export function globPattern(glob: string): GlobPattern {
  const source = glob.replace(/\/$/, '')
  if (!/[*?]/.test(source)) {
    return { source, test: path => path === source || path.startsWith(`${source}/`) }
  }
  const steps = globSteps(source)
  return { source, test: path => globMatches(steps, path) }
}

function globSteps(glob: string): GlobStep[] {
  const steps: GlobStep[] = []
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? ''
    if (char === '*' && glob[i + 1] === '*') {
      const folders = glob[i + 2] === '/'
      steps.push({ kind: folders ? 'folders' : 'any' })
      i += folders ? 2 : 1
    } else if (char === '*') steps.push({ kind: 'segment' })
    else if (char === '?') steps.push({ kind: 'one' })
    else steps.push({ kind: 'char', char })
  }
  return steps
}

/**
 * Simulates the glob as a set of positions over the path, one character at a time. A position
 * `n + 0.5` is inside the folders of step n: it can leave only right after a slash.
 */
function globMatches(steps: readonly GlobStep[], path: string): boolean {
  let current = closure(steps, new Set([0]))
  for (const char of path) {
    const next = new Set<number>()
    for (const at of current) {
      const step = steps[Math.floor(at)]
      if (step) advance(step, at, char, next)
    }
    if (next.size === 0) return false
    current = closure(steps, next)
  }
  return current.has(steps.length)
}

function advance(step: GlobStep, at: number, char: string, next: Set<number>): void {
  const slash = char === '/'
  switch (step.kind) {
    case 'char':
      if (step.char === char) next.add(at + 1)
      return
    case 'one':
      if (!slash) next.add(at + 1)
      return
    case 'segment':
      if (!slash) next.add(at)
      return
    case 'any':
      next.add(at)
      return
    case 'folders': {
      const inside = Math.floor(at) + 0.5
      next.add(inside)
      if (slash) next.add(Math.floor(at) + 1)
    }
  }
}

/** Adds the positions reachable without a character: past a star that matches nothing. */
function closure(steps: readonly GlobStep[], positions: Set<number>): Set<number> {
  for (const at of positions) {
    const step = Number.isInteger(at) ? steps[at] : undefined
    if (step && step.kind !== 'char' && step.kind !== 'one') positions.add(at + 1)
  }
  return positions
}
